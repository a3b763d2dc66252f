//! Numbers as each language writes them: separators, scale words, words, qualifiers, units.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::lang::Lang;

/// How a number is hedged in the text ("about", "more than", "up to", "between … and …").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    Approx,
    AtLeast,
    AtMost,
    Range,
}

/// What kind of number it is; years, dates and ordinals count nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    Cardinal,
    Decimal,
    Percent,
    Currency,
    Ordinal,
    Year,
    Date,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
            Qualifier::Range => "range",
        }
    }
}

impl NumberKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::Cardinal => "cardinal",
            NumberKind::Decimal => "decimal",
            NumberKind::Percent => "percent",
            NumberKind::Currency => "currency",
            NumberKind::Ordinal => "ordinal",
            NumberKind::Year => "year",
            NumberKind::Date => "date",
        }
    }
}

/// A number found in a text; byte offsets into that text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Number {
    pub start_byte: usize,
    pub end_byte: usize,
    /// The value; `None` for a range (see `low`/`high`).
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    pub kind: NumberKind,
    /// "%" or an ISO 4217 currency code.
    pub unit: Option<&'static str>,
}

/// Every number in `text`, read with the conventions of `lang`.
pub fn parse_numbers(_text: &str, _lang: Lang) -> Result<Vec<Number>> {
    Err(Error::NotImplemented("parse_numbers (number recognition)"))
}

/// The value of one number expression such as "1,5 triệu".
pub fn parse_number(_text: &str, _lang: Lang) -> Result<Option<f64>> {
    Err(Error::NotImplemented("parse_number (number recognition)"))
}
