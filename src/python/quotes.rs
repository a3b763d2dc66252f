//! Quote results and the quote function.

use pyo3::prelude::*;

use crate::offsets::CharOffsets;
use crate::python::convert::result_class;
use crate::python::convert::rules_lang;

result_class! {
    /// A quotation: `text == document[start:end]` (the words, quotation marks excluded).
    ///
    /// Attributes:
    ///     speaker: the resolved name of who said it ("he" becomes the name said earlier), else a
    ///         description as written ("the parks department"), else None.
    ///     speaker_start, speaker_end: the speaker mention attached to this quote (a name, a
    ///         description or a pronoun as written), or None when there is none.
    ///     speaker_role: the role the document gives the speaker ("analyst", "ministre"), as
    ///         its head noun in lower case, or None.
    ///     cue: the reporting verb as written ("said", "a déclaré", "cho biết"), or None.
    ///     source: an outlet that carried the words ("The Independent"), or None.
    ///     kind: "direct" (in quotation marks) or "indirect" (reported speech).
    ///     denial: the cue denies or dismisses what it reports ("denied", "a démenti",
    ///         "bác bỏ", "опроверг").
    struct PyQuote as "Quote" {
        text: String,
        start: usize,
        end: usize,
        speaker: Option<String>,
        speaker_start: Option<usize>,
        speaker_end: Option<usize>,
        speaker_role: Option<String>,
        cue: Option<String>,
        source: Option<String>,
        kind: String,
        denial: bool,
    }
}

impl PyQuote {
    pub fn byte_offsets(q: &crate::Quote) -> impl Iterator<Item = usize> {
        [
            Some(q.start_byte),
            Some(q.end_byte),
            q.speaker_start_byte,
            q.speaker_end_byte,
        ]
        .into_iter()
        .flatten()
    }

    pub fn new(text: &str, q: &crate::Quote, map: &CharOffsets<'_>) -> Self {
        PyQuote {
            text: text[q.start_byte..q.end_byte].to_string(),
            start: map.get(q.start_byte),
            end: map.get(q.end_byte),
            speaker: q.speaker.clone(),
            speaker_start: q.speaker_start_byte.map(|b| map.get(b)),
            speaker_end: q.speaker_end_byte.map(|b| map.get(b)),
            speaker_role: q.speaker_role.clone(),
            cue: q.cue.clone(),
            source: q.source.clone(),
            kind: q.kind.as_str().into(),
            denial: q.denial,
        }
    }
}

/// Find every quotation in a text with its speaker, reporting verb and outlet.
///
/// Args:
///     text: the article.
///     lang: language code whose reporting verbs and quotation marks apply; None detects it.
///
/// Returns:
///     A list of Quote in text order.
///
/// Raises:
///     UnsupportedLanguageError (a ValueError): unknown lang code.
#[pyfunction]
#[pyo3(signature = (text, *, lang = None))]
pub fn extract_quotes(py: Python<'_>, text: &str, lang: Option<&str>) -> PyResult<Vec<PyQuote>> {
    let lang = rules_lang(text, lang)?;
    let found = py.detach(|| crate::quotes::extract_quotes(text, lang))?;
    let map = CharOffsets::new(text, found.iter().flat_map(PyQuote::byte_offsets));
    Ok(found.iter().map(|q| PyQuote::new(text, q, &map)).collect())
}
