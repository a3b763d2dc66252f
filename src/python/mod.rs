//! The Python bindings: the only place that uses pyo3. The module is a list of exports.

pub(crate) mod batch;
pub(crate) mod claims;
pub(crate) mod convert;
pub(crate) mod document;
pub(crate) mod errors;
pub(crate) mod lang;
pub(crate) mod numbers;
pub(crate) mod quotes;

use pyo3::prelude::*;

#[pymodule(name = "_core")]
mod sayso_core {
    #[pymodule_export]
    use super::claims::{PyClaim, PyClaimCluster, extract_claims, link_claims};
    #[pymodule_export]
    use super::document::{
        _analyze_batch_json, _analyze_batch_reports, _arm_test_panic, _is_iso_date, PyDocument,
        analyze, analyze_batch,
    };
    #[pymodule_export]
    use super::errors::{
        DocumentError, InvalidArgumentError, SaysoError, SaysoWarning, UnsupportedLanguageError,
    };
    #[pymodule_export]
    use super::lang::{
        PyLanguage, PyLanguageSpan, detect_language, detect_language_batch, language_spans,
    };
    #[pymodule_export]
    use super::numbers::{PyNumber, parse_number, parse_numbers};
    #[pymodule_export]
    use super::quotes::{PyQuote, extract_quotes};

    use super::*;

    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        m.add("__version__", env!("CARGO_PKG_VERSION"))
    }
}
