//! Claims: a number joined to what it counts and to who said it.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::numbers::Number;

/// A claim; byte offsets into the analysed text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    pub number: Number,
    /// What is counted, as written ("North Korean volunteers").
    pub subject: Option<String>,
    /// A language-independent key for what is counted ("volunteer", "death", "USD").
    pub concept: Option<String>,
    pub speaker: Option<String>,
    pub source: Option<String>,
    pub sentence_start_byte: usize,
    pub sentence_end_byte: usize,
}

/// Every claim in `text`, read with the rules of `lang`.
pub fn extract_claims(_text: &str, _lang: Lang) -> Result<Vec<Claim>> {
    Err(Error::NotImplemented("extract_claims (claim extraction)"))
}
