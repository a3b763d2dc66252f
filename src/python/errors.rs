//! Python exception classes and the one mapping from the core's `Error`.

use pyo3::create_exception;
use pyo3::exceptions::{PyNotImplementedError, PyUserWarning, PyValueError};
use pyo3::prelude::*;

create_exception!(
    sayso,
    SaysoError,
    PyValueError,
    "Base class of all sayso errors; a ValueError, since every sayso error is about the input."
);
create_exception!(
    sayso,
    UnsupportedLanguageError,
    SaysoError,
    "A language code that sayso does not know (allow=, lang=)."
);
create_exception!(
    sayso,
    InvalidArgumentError,
    SaysoError,
    "An argument outside its domain, e.g. threads=0 or ids of the wrong length."
);
create_exception!(
    sayso,
    DocumentError,
    SaysoError,
    "One record of a batch that could not be analysed (named by its index and id): a str that is \
     not valid text, or a failure inside sayso, which is a bug to report."
);
create_exception!(
    sayso,
    SaysoWarning,
    PyUserWarning,
    "A record of a batch replaced or skipped under errors=\"replace\" or \"skip\"."
);

impl From<crate::Error> for PyErr {
    fn from(e: crate::Error) -> PyErr {
        let msg = e.to_string();
        // One arm per variant: a new variant must choose its exception.
        match e {
            crate::Error::UnsupportedLanguage(_) => UnsupportedLanguageError::new_err(msg),
            crate::Error::InvalidArgument { .. } => InvalidArgumentError::new_err(msg),
            crate::Error::NotImplemented(_) => PyNotImplementedError::new_err(msg),
            crate::Error::DocumentFailed { .. } => DocumentError::new_err(msg),
        }
    }
}
