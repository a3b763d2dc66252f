//! Claims: a number joined to what it counts and to who said it.
//!
//! [`extract_claims`] reads each number's neighbourhood with the language's lexicon
//! (`<lang>.rs`): the noun it counts ("North Korean volunteers"), or the verb that says what
//! happened ("Five reportedly died"), mapped to a language-independent concept
//! ([`concepts`]). Years, dates, ordinals, labels ("page 12") and names ("Rossiya 1") are not
//! claims. [`link`] then finds the same claim across documents and languages.

use crate::segment::Segments;
use std::sync::LazyLock;

use serde::Serialize;

use crate::error::Result;
use crate::lang::Lang;
use crate::numbers::Number;
use crate::quotes::Quote;

mod about;
pub mod concepts;
mod extract;
pub(crate) mod lexicon;
pub mod link;
mod tokens;

mod de;
mod en;
mod es;
mod fr;
mod it;
mod nl;
mod pt;
mod ru;
mod uk;
mod vi;

pub use concepts::group;
pub use link::{ClaimCluster, LinkClaim, LinkDenial, LinkDoc, link_claims};

use lexicon::Compiled;

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
    pub stance: Stance,
    pub sentence_start_byte: usize,
    pub sentence_end_byte: usize,
}

/// How the article holds a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// In the article's own voice.
    Asserted,
    /// Attributed to a speaker or an outlet.
    Reported,
    /// Inside words that deny it ("denied reports that 100,000 volunteers …").
    Denied,
    /// Hedged where it is made ("allegedly", "no evidence", "chưa được xác minh").
    Doubted,
}

impl Stance {
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Asserted => "asserted",
            Stance::Reported => "reported",
            Stance::Denied => "denied",
            Stance::Doubted => "doubted",
        }
    }
}

/// The languages with a claims lexicon; in any other language only money and percentages
/// make claims.
pub fn supported_languages() -> Vec<Lang> {
    crate::languages::with(|s| s.claims.is_some())
}

macro_rules! lexicons {
    ($($name:ident = $lex:path;)*) => {
        $(pub(crate) static $name: LazyLock<Compiled> = LazyLock::new(|| Compiled::new(&$lex));)*
    };
}

lexicons! {
    EN = en::LEX;
    FR = fr::LEX;
    DE = de::LEX;
    ES = es::LEX;
    PT = pt::LEX;
    IT = it::LEX;
    NL = nl::LEX;
    RU = ru::LEX;
    UK = uk::LEX;
    VI = vi::LEX;
}

/// Every claim in `text`, read with the rules of `lang`, in text order.
///
/// Never fails today; the `Result` keeps the signature of the other stages.
pub fn extract_claims(text: &str, lang: Lang) -> Result<Vec<Claim>> {
    let segments = Segments::of(text);
    let numbers = crate::numbers::parse_numbers(text, lang);
    let quotes = crate::quotes::extract_quotes_in(text, &segments, lang);
    Ok(claims_from(text, &segments, lang, &numbers, &quotes))
}

/// The claims of `text` from its segments, numbers and quotes already found (both in text
/// order), so that the pipeline runs each stage once.
pub fn claims_from(
    text: &str,
    segments: &Segments,
    lang: Lang,
    numbers: &[Number],
    quotes: &[Quote],
) -> Vec<Claim> {
    extract::claims(text, &segments.sentences, lang, numbers, quotes)
}

/// The concepts the nouns of `text` name, read with the claims lexicon of `lang`, each once,
/// in text order: "reports of North Korean volunteers" names "volunteer". The trace attaches
/// a denial to the claims whose concept it names.
pub fn named_concepts(text: &str, lang: Lang) -> Vec<&'static str> {
    let Some(lex) = crate::languages::support(lang).claims else {
        return Vec::new();
    };
    let tk = tokens::Tokens::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tk.len() {
        match lex.noun(&tk, i, tk.len()) {
            Some((concept, len)) => {
                if !out.contains(&concept) {
                    out.push(concept);
                }
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests;
