//! The Document result and the pipeline functions.

use pyo3::prelude::*;

use crate::offsets::CharOffsets;
use crate::parallel::with_threads;
use crate::python::claims::PyClaim;
use crate::python::convert::{
    extract_ids, extract_lang, extract_texts, extract_threads, json_to_py, to_json_string,
    to_json_value,
};
use crate::python::lang::{PyLanguage, PyLanguageSpan};
use crate::python::numbers::PyNumber;
use crate::python::quotes::PyQuote;

/// Everything sayso found in one article.
///
/// Attributes:
///     id: the id given to analyze / analyze_batch, or None.
///     text: the analysed text; every offset below indexes it.
///     language: the main Language, or None without language signal.
///     spans: LanguageSpan runs of the document.
///     numbers, quotes, claims: what the text says, in text order.
#[pyclass(
    frozen,
    get_all,
    eq,
    from_py_object,
    module = "sayso",
    name = "Document"
)]
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PyDocument {
    pub id: Option<String>,
    /// Left out of JSON: the output is about the text, and the id links back to it.
    #[serde(skip)]
    pub text: String,
    pub language: Option<PyLanguage>,
    pub spans: Vec<PyLanguageSpan>,
    pub numbers: Vec<PyNumber>,
    pub quotes: Vec<PyQuote>,
    pub claims: Vec<PyClaim>,
}

impl PyDocument {
    fn new(text: &str, doc: &crate::Document) -> Self {
        let offsets = doc
            .spans
            .iter()
            .flat_map(|s| [s.start_byte, s.end_byte])
            .chain(doc.numbers.iter().flat_map(|n| [n.start_byte, n.end_byte]))
            .chain(doc.quotes.iter().flat_map(PyQuote::byte_offsets))
            .chain(doc.claims.iter().flat_map(PyClaim::byte_offsets));
        let map = CharOffsets::new(text, offsets);
        PyDocument {
            id: doc.id.clone(),
            text: text.to_string(),
            language: doc.language.as_ref().map(PyLanguage::from),
            spans: doc
                .spans
                .iter()
                .map(|s| PyLanguageSpan::new(text, s, &map))
                .collect(),
            numbers: doc
                .numbers
                .iter()
                .map(|n| PyNumber::new(text, n, &map))
                .collect(),
            quotes: doc
                .quotes
                .iter()
                .map(|q| PyQuote::new(text, q, &map))
                .collect(),
            claims: doc
                .claims
                .iter()
                .map(|c| PyClaim::new(text, c, &map))
                .collect(),
        }
    }
}

#[pymethods]
impl PyDocument {
    #[new]
    #[pyo3(signature = (id, text, language, spans, numbers, quotes, claims))]
    fn py_new(
        id: Option<String>,
        text: String,
        language: Option<PyLanguage>,
        spans: Vec<PyLanguageSpan>,
        numbers: Vec<PyNumber>,
        quotes: Vec<PyQuote>,
        claims: Vec<PyClaim>,
    ) -> Self {
        PyDocument {
            id,
            text,
            language,
            spans,
            numbers,
            quotes,
            claims,
        }
    }

    #[allow(clippy::type_complexity)]
    fn __getnewargs__(
        &self,
    ) -> (
        Option<String>,
        String,
        Option<PyLanguage>,
        Vec<PyLanguageSpan>,
        Vec<PyNumber>,
        Vec<PyQuote>,
        Vec<PyClaim>,
    ) {
        let s = self.clone();
        (
            s.id, s.text, s.language, s.spans, s.numbers, s.quotes, s.claims,
        )
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        let this = slf.get();
        let code = this.language.as_ref().map(|l| l.code.as_str());
        Ok(format!(
            "Document(id={}, language={}, chars={}, spans={}, numbers={}, quotes={}, claims={})",
            slf.getattr("id")?.repr()?,
            code.into_pyobject(slf.py())?.repr()?,
            this.text.chars().count(),
            this.spans.len(),
            this.numbers.len(),
            this.quotes.len(),
            this.claims.len(),
        ))
    }

    /// The result as plain Python values; the text itself is left out (see `text`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(py, &to_json_value(self)?)
    }

    /// One JSON object, exactly the line `sayso analyze` writes for this document.
    fn to_json(&self) -> PyResult<String> {
        to_json_string(self)
    }

    /// The document as HTML for notebooks: quotes coloured by speaker, speakers, numbers and
    /// claims highlighted (drawn by `sayso._html`).
    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
        slf.py()
            .import("sayso._html")?
            .call_method1("render", (slf,))?
            .extract()
    }
}

/// Analyse one article: language, numbers, quotes and claims.
///
/// Args:
///     text: the article.
///     id: an id to carry into the result (e.g. the article's URL), or None.
///     lang: the article's language code if known; None detects it.
///
/// Returns:
///     A Document. Stages not built yet in this version leave their lists empty.
///
/// Raises:
///     TypeError: text is not a str.
///     UnsupportedLanguageError (a ValueError): unknown lang code.
#[pyfunction]
#[pyo3(signature = (text, *, id = None, lang = None))]
pub fn analyze(
    py: Python<'_>,
    text: &str,
    id: Option<String>,
    lang: Option<&str>,
) -> PyResult<PyDocument> {
    let lang = extract_lang(lang)?;
    let doc = py.detach(|| crate::document::analyze(text, id, lang));
    Ok(PyDocument::new(text, &doc))
}

/// Analyse many articles in parallel, releasing the GIL.
///
/// Args:
///     texts: a list of str.
///     ids: optional list of ids (str or None), one per text.
///     lang: the articles' language code if known; None detects each one.
///     threads: number of threads; None uses every core.
///
/// Returns:
///     A list of Document in input order, the same as calling analyze on each.
///
/// Raises:
///     TypeError: texts is not a list of str (the message names the first bad index).
///     InvalidArgumentError (a ValueError): ids of the wrong length, threads < 1.
#[pyfunction]
#[pyo3(signature = (texts, *, ids = None, lang = None, threads = None))]
pub fn analyze_batch(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    ids: Option<&Bound<'_, PyAny>>,
    lang: Option<&str>,
    threads: Option<i64>,
) -> PyResult<Vec<PyDocument>> {
    let texts = extract_texts(texts, "texts")?;
    let ids = extract_ids(ids)?;
    let lang = extract_lang(lang)?;
    let threads = extract_threads(threads)?;
    // Offsets are converted on the worker threads too, not serially under the GIL.
    Ok(py.detach(|| {
        with_threads(threads, || {
            crate::document::analyze_batch_with(&texts, ids, lang, |t, d| PyDocument::new(t, &d))
        })
    })??)
}

/// For the command line: analyse and serialise in parallel, one JSON line per text (the same
/// as `Document.to_json()`), without building Python objects.
#[pyfunction]
#[pyo3(signature = (texts, *, ids = None, lang = None, threads = None))]
pub fn _analyze_batch_json(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    ids: Option<&Bound<'_, PyAny>>,
    lang: Option<&str>,
    threads: Option<i64>,
) -> PyResult<Vec<String>> {
    let texts = extract_texts(texts, "texts")?;
    let ids = extract_ids(ids)?;
    let lang = extract_lang(lang)?;
    let threads = extract_threads(threads)?;
    let lines = py.detach(|| {
        with_threads(threads, || {
            crate::document::analyze_batch_with(&texts, ids, lang, |t, d| {
                serde_json::to_string(&PyDocument::new(t, &d))
            })
        })
    })??;
    lines
        .into_iter()
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(format!("cannot serialise: {e}")))
}
