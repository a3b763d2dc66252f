//! Number results and the number functions.

use pyo3::prelude::*;

use crate::offsets::CharOffsets;
use crate::python::convert::{extract_lang, result_class, rules_lang};

result_class! {
    /// A number as the text writes it: `text == document[start:end]`.
    ///
    /// Attributes:
    ///     value: the value; None for a range (see low/high); for a change, the value reached.
    ///     low, high: bounds of a range or of a qualified number.
    ///     qualifier: "exact", "approx", "at_least", "at_most", "range" or "change" ("rose from
    ///         20 to 30 %": value 30, previous 20).
    ///     kind: "cardinal", "decimal", "percent", "currency", "ordinal", "year" or "date".
    ///     unit: "%", an ISO 4217 currency code, or None.
    ///     previous: for a change, the value it changed from; else None.
    struct PyNumber as "Number" {
        text: String,
        start: usize,
        end: usize,
        value: Option<f64>,
        low: Option<f64>,
        high: Option<f64>,
        qualifier: String,
        kind: String,
        unit: Option<String>,
        previous: Option<f64>,
    }
}

impl PyNumber {
    pub fn new(text: &str, n: &crate::Number, map: &CharOffsets<'_>) -> Self {
        PyNumber {
            text: text[n.start_byte..n.end_byte].to_string(),
            start: map.get(n.start_byte),
            end: map.get(n.end_byte),
            value: n.value,
            low: n.low,
            high: n.high,
            qualifier: n.qualifier.as_str().into(),
            kind: n.kind.as_str().into(),
            unit: n.unit.map(Into::into),
            previous: n.previous,
        }
    }
}

/// Find every number in a text, read the way its language writes numbers.
///
/// Args:
///     text: the text.
///     lang: language code whose conventions apply ("1.250" is 1250 in "de", 1.25 in "en");
///         None detects it, part by part: a passage reliably in another language than the
///         rest (an English quote in a French article) is read with its own conventions.
///
/// Returns:
///     A list of Number in text order.
///
/// Raises:
///     UnsupportedLanguageError (a ValueError): unknown lang code.
#[pyfunction]
#[pyo3(signature = (text, *, lang = None))]
pub fn parse_numbers(py: Python<'_>, text: &str, lang: Option<&str>) -> PyResult<Vec<PyNumber>> {
    let lang = extract_lang(lang)?;
    let found = py.detach(|| match lang {
        Some(lang) => crate::numbers::parse_numbers(text, lang),
        None => crate::document::parse_numbers_detected(text),
    });
    let map = CharOffsets::new(text, found.iter().flat_map(|n| [n.start_byte, n.end_byte]));
    Ok(found.iter().map(|n| PyNumber::new(text, n, &map)).collect())
}

/// The value of one number expression, e.g. parse_number("1,5 triệu", lang="vi") == 1500000.0.
///
/// Args:
///     s: the expression.
///     lang: language code whose conventions apply; None detects it.
///
/// Returns:
///     The value as a float, or None if s is not a number.
#[pyfunction]
#[pyo3(signature = (s, *, lang = None))]
pub fn parse_number(py: Python<'_>, s: &str, lang: Option<&str>) -> PyResult<Option<f64>> {
    let lang = rules_lang(s, lang)?;
    Ok(py.detach(|| crate::numbers::parse_number(s, lang)))
}
