//! Language results and the detection functions.

use pyo3::prelude::*;

use crate::offsets::CharOffsets;
use crate::parallel::with_threads;
use crate::python::batch::{OnError, extract_batch};
use crate::python::convert::{extract_filter, extract_threads, result_class};

result_class! {
    /// The language of a text.
    ///
    /// Attributes:
    ///     code: ISO 639-1 code where one exists ("fr"), else ISO 639-3.
    ///     iso639_3: ISO 639-3 code ("fra").
    ///     name: English name ("French").
    ///     script: writing system ("Latin", "Cyrillic", "Han", ...).
    ///     confidence: 0..1; 1.0 for a language declared with lang=.
    ///     reliable: whether the decision is clear enough to act on.
    struct PyLanguage as "Language" {
        code: String,
        iso639_3: String,
        name: String,
        script: String,
        confidence: f64,
        reliable: bool,
    }
}

impl From<&crate::Language> for PyLanguage {
    fn from(l: &crate::Language) -> Self {
        PyLanguage {
            code: l.code.into(),
            iso639_3: l.iso639_3.into(),
            name: l.name.into(),
            script: l.script.into(),
            confidence: l.confidence,
            reliable: l.reliable,
        }
    }
}

result_class! {
    /// A run of text in one language: `text == document[start:end]`.
    struct PyLanguageSpan as "LanguageSpan" {
        text: String,
        start: usize,
        end: usize,
        language: PyLanguage,
    }
}

impl PyLanguageSpan {
    pub fn new(text: &str, span: &crate::LanguageSpan, map: &CharOffsets<'_>) -> Self {
        PyLanguageSpan {
            text: text[span.start_byte..span.end_byte].to_string(),
            start: map.get(span.start_byte),
            end: map.get(span.end_byte),
            language: (&span.language).into(),
        }
    }
}

/// Detect the language of a text.
///
/// Args:
///     text: any text: an article, a headline, a caption.
///     allow: optional list of language codes ("en", "fra", ...) to choose from.
///
/// Returns:
///     A Language, or None when the text carries no language signal ("", "123").
///
/// Raises:
///     TypeError: text is not a str.
///     UnsupportedLanguageError (a ValueError): allow names an unknown language code.
///
/// Example:
///     >>> sayso.detect_language("Le gouvernement a annoncé une aide.").code
///     'fr'
#[pyfunction]
#[pyo3(signature = (text, *, allow = None))]
pub fn detect_language(
    py: Python<'_>,
    text: &str,
    allow: Option<&Bound<'_, PyAny>>,
) -> PyResult<Option<PyLanguage>> {
    let filter = extract_filter(allow)?;
    let found = py.detach(|| crate::lang::detect_language(text, &filter));
    Ok(found.as_ref().map(PyLanguage::from))
}

/// Detect the language of many texts in parallel, releasing the GIL.
///
/// Args:
///     texts: a list of str.
///     allow: optional list of language codes to choose from.
///     threads: number of threads; None uses every core.
///     errors: what to do with a text that cannot be read (a str holding lone surrogates, or a
///         failure inside sayso): "raise" (the default) raises DocumentError naming it;
///         "replace" keeps its place (lone surrogates become U+FFFD; a failure gives None);
///         "skip" leaves it out. Each such text is reported with a SaysoWarning.
///
/// Returns:
///     A list, in input order, of Language or None; the same as calling detect_language on each.
///
/// Raises:
///     TypeError: texts is not a list of str (the message names the first bad index).
///     UnsupportedLanguageError: allow names an unknown language code.
///     DocumentError (a ValueError): under errors="raise", the first text that could not be read.
#[pyfunction]
#[pyo3(signature = (texts, *, allow = None, threads = None, errors = "raise"))]
pub fn detect_language_batch(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    allow: Option<&Bound<'_, PyAny>>,
    threads: Option<i64>,
    errors: &str,
) -> PyResult<Vec<Option<PyLanguage>>> {
    let on_error = OnError::parse(errors)?;
    let batch = extract_batch(texts, None, on_error)?;
    let filter = extract_filter(allow)?;
    let threads = extract_threads(threads)?;
    let found = py.detach(|| {
        with_threads(threads, || {
            crate::lang::detect_language_batch(&batch.texts, &filter)
        })
    })?;
    let found = found
        .into_iter()
        .map(|r| r.map(|l| l.as_ref().map(PyLanguage::from)))
        .collect();
    batch.finish(py, found, None, |_, _| None)
}

/// Split a document into runs of one language (an English tweet quoted in a French article).
///
/// Args:
///     text: the document.
///     allow: optional list of language codes to choose from.
///
/// Returns:
///     A list of LanguageSpan covering the text's language-bearing parts, in order.
#[pyfunction]
#[pyo3(signature = (text, *, allow = None))]
pub fn language_spans(
    py: Python<'_>,
    text: &str,
    allow: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<PyLanguageSpan>> {
    let filter = extract_filter(allow)?;
    let spans = py.detach(|| crate::lang::language_spans(text, &filter));
    let map = CharOffsets::new(text, spans.iter().flat_map(|s| [s.start_byte, s.end_byte]));
    Ok(spans
        .iter()
        .map(|s| PyLanguageSpan::new(text, s, &map))
        .collect())
}
