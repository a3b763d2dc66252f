//! The crate's one error type. Messages are lower-case and name the value at fault.

/// Everything that can go wrong in sayso's core; every variant is about the caller's input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// A language code that sayso does not know (`allow=`, `lang=`).
    #[error(
        "unknown language code {0:?}: expected an ISO 639-1 or 639-3 code such as \"en\" or \"vie\""
    )]
    UnsupportedLanguage(String),
    /// An argument outside its domain, e.g. `threads=0`.
    #[error("invalid argument {name}: {reason}")]
    InvalidArgument { name: &'static str, reason: String },
    /// One document of a batch whose analysis failed (a caught panic: a bug in sayso).
    #[error("document {index}{}: {reason}", id.as_ref().map(|i| format!(" (id {i:?})")).unwrap_or_default())]
    DocumentFailed {
        index: usize,
        id: Option<String>,
        reason: String,
    },
    /// A stage whose engine is not built yet; never answered with a fake result.
    #[error("{0} is not implemented yet in this version of sayso")]
    NotImplemented(&'static str),
}

pub type Result<T> = std::result::Result<T, Error>;
