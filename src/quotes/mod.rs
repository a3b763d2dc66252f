//! Who said what: direct and reported quotes, speakers, reporting verbs and outlets.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// A quotation; byte offsets into the analysed text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// The quoted words, quotation marks excluded.
    pub start_byte: usize,
    pub end_byte: usize,
    /// The resolved name or description of the speaker.
    pub speaker: Option<String>,
    /// The mention that names the speaker.
    pub speaker_start_byte: Option<usize>,
    pub speaker_end_byte: Option<usize>,
    /// The reporting verb as written.
    pub cue: Option<String>,
    /// An outlet that carried the words.
    pub source: Option<String>,
    pub kind: QuoteKind,
}

/// Every quotation in `text`, attributed with the rules of `lang`.
pub fn extract_quotes(_text: &str, _lang: Lang) -> Result<Vec<Quote>> {
    Err(Error::NotImplemented("extract_quotes (quote attribution)"))
}
