//! sayso: which language a news article is in, who said what, which numbers it claims, and
//! which articles in which languages repeat the same claim — fast, with no model to download.
//!
//! The core is plain Rust with byte offsets; the Python bindings (feature `python`) convert
//! offsets to code points at the boundary.

pub mod claims;
pub mod contain;
pub mod dates;
pub mod document;
pub mod error;
pub mod lang;
mod languages;
pub mod numbers;
pub mod offsets;
pub mod parallel;
pub mod quotes;
pub mod segment;
pub mod text;

#[cfg(feature = "python")]
mod python;

pub use claims::{Claim, Stance, extract_claims};
pub use document::{Document, analyze, analyze_batch};
pub use error::{Error, Result};
pub use lang::{
    LangFilter, Language, LanguageSpan, detect_language, detect_language_batch, language_spans,
};
pub use numbers::{Number, NumberKind, Qualifier, parse_number, parse_numbers};
pub use quotes::{Quote, QuoteKind, extract_quotes};
