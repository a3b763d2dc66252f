//! The Document result and the pipeline functions.

use pyo3::prelude::*;

use crate::contain::contained;
use crate::offsets::CharOffsets;
use crate::parallel::with_threads;
use crate::python::batch::{Batch, OnError, extract_batch};
use crate::python::claims::PyClaim;
use crate::python::convert::{
    extract_date, extract_dates, extract_ids, extract_lang, extract_threads, json_to_py,
    to_json_string, to_json_value,
};
use crate::python::errors::DocumentError;
use crate::python::lang::{PyLanguage, PyLanguageSpan};
use crate::python::numbers::PyNumber;
use crate::python::quotes::PyQuote;

/// Everything sayso found in one article.
///
/// Attributes:
///     id: the id given to analyze / analyze_batch, or None.
///     date: the date given (ISO 8601, as given), or None.
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
    pub date: Option<String>,
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
            date: doc.date.clone(),
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
    #[pyo3(signature = (id, text, language, spans, numbers, quotes, claims, date = None))]
    #[allow(clippy::too_many_arguments)]
    fn py_new(
        id: Option<String>,
        text: String,
        language: Option<PyLanguage>,
        spans: Vec<PyLanguageSpan>,
        numbers: Vec<PyNumber>,
        quotes: Vec<PyQuote>,
        claims: Vec<PyClaim>,
        date: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        Ok(PyDocument {
            id,
            date: extract_date(date, "date")?,
            text,
            language,
            spans,
            numbers,
            quotes,
            claims,
        })
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
        Option<String>,
    ) {
        let s = self.clone();
        (
            s.id, s.text, s.language, s.spans, s.numbers, s.quotes, s.claims, s.date,
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
///     date: when the article appeared: an ISO 8601 str ("2022-08-05", kept as given) or a
///         datetime.date; link_claims dates its clusters by it.
///
/// Returns:
///     A Document.
///
/// Raises:
///     TypeError: text is not a str, or date is neither a str nor a date.
///     InvalidArgumentError (a ValueError): date is a str but no ISO 8601 date.
///     UnsupportedLanguageError (a ValueError): unknown lang code.
///     DocumentError (a ValueError): the analysis failed inside sayso (a bug to report).
#[pyfunction]
#[pyo3(signature = (text, *, id = None, lang = None, date = None))]
pub fn analyze(
    py: Python<'_>,
    text: &str,
    id: Option<String>,
    lang: Option<&str>,
    date: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyDocument> {
    let lang = extract_lang(lang)?;
    let date = extract_date(date, "date")?;
    let mut doc = py
        .detach(|| contained(text, || crate::document::analyze(text, id, lang)))
        .map_err(DocumentError::new_err)?;
    doc.date = date;
    Ok(PyDocument::new(text, &doc))
}

/// An empty result in the place of a document that could not be analysed.
fn empty_document(text: &str, id: Option<String>, date: Option<String>) -> PyDocument {
    PyDocument::new(
        text,
        &crate::document::Document {
            id,
            date,
            language: None,
            spans: Vec::new(),
            numbers: Vec::new(),
            quotes: Vec::new(),
            claims: Vec::new(),
        },
    )
}

/// Analyse many articles in parallel, releasing the GIL.
///
/// Args:
///     texts: a list of str.
///     ids: optional list of ids (str or None), one per text.
///     dates: optional list of dates (ISO 8601 str, datetime.date or None), one per text.
///     lang: the articles' language code if known; None detects each one.
///     threads: number of threads; None uses every core.
///     errors: what to do with a record that cannot be analysed (a str holding lone
///         surrogates, or a failure inside sayso): "raise" (the default) raises DocumentError
///         naming it; "replace" keeps its place (lone surrogates become U+FFFD; a failed
///         analysis gives an empty Document with its id); "skip" leaves it out. Under "replace"
///         and "skip" each such record is reported with a SaysoWarning naming its index and id.
///
/// Returns:
///     A list of Document in input order, the same as calling analyze on each.
///
/// Raises:
///     TypeError: texts is not a list of str (the message names the first bad index).
///     InvalidArgumentError (a ValueError): ids or dates of the wrong length, a date that is
///         no ISO 8601 date, threads < 1, bad errors=.
///     DocumentError (a ValueError): under errors="raise", the first record that could not be
///         analysed.
#[pyfunction]
#[pyo3(signature = (texts, *, ids = None, dates = None, lang = None, threads = None, errors = "raise"))]
#[allow(clippy::too_many_arguments)]
pub fn analyze_batch(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    ids: Option<&Bound<'_, PyAny>>,
    dates: Option<&Bound<'_, PyAny>>,
    lang: Option<&str>,
    threads: Option<i64>,
    errors: &str,
) -> PyResult<Vec<PyDocument>> {
    let on_error = OnError::parse(errors)?;
    let meta = Meta::extract(ids, dates)?;
    // Offsets are converted on the worker threads too, not serially under the GIL.
    let (batch, results) = run_batch(py, texts, &meta, lang, threads, on_error, |t, d| {
        PyDocument::new(t, &d)
    })?;
    batch.finish(py, results, meta.ids.as_deref(), |text, place| {
        empty_document(text, meta.id(place), meta.date(place))
    })
}

/// The ids and dates given with a batch, one of each per text when given.
struct Meta {
    ids: Option<Vec<Option<String>>>,
    dates: Option<Vec<Option<String>>>,
}

impl Meta {
    fn extract(ids: Option<&Bound<'_, PyAny>>, dates: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        Ok(Meta {
            ids: extract_ids(ids)?,
            dates: extract_dates(dates)?,
        })
    }

    fn id(&self, place: usize) -> Option<String> {
        self.ids.as_ref().and_then(|ids| ids[place].clone())
    }

    fn date(&self, place: usize) -> Option<String> {
        self.dates.as_ref().and_then(|d| d[place].clone())
    }
}

/// The steps every batch call shares: the arguments checked, then the texts that can be read
/// analysed in parallel with the GIL released, each document passed through `finish` on its
/// worker thread; returned with the batch, which places the results.
fn run_batch<T: Send>(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    meta: &Meta,
    lang: Option<&str>,
    threads: Option<i64>,
    on_error: OnError,
    finish: impl Fn(&str, crate::document::Document) -> T + Sync + Send,
) -> PyResult<(Batch, Vec<Result<T, String>>)> {
    let batch = extract_batch(texts, meta.ids.as_deref(), on_error)?;
    let n = batch.places.len() + batch.dropped.len();
    check_len("ids", &meta.ids, n)?;
    check_len("dates", &meta.dates, n)?;
    let lang = extract_lang(lang)?;
    let threads = extract_threads(threads)?;
    let kept_ids = batch.kept(meta.ids.as_deref());
    let kept_dates = batch.kept(meta.dates.as_deref());
    let results = py.detach(|| {
        with_threads(threads, || {
            crate::document::analyze_batch_with(&batch.texts, kept_ids, kept_dates, lang, finish)
        })
    })??;
    Ok((batch, results))
}

/// `items` (the ids or the dates), when given, has one entry per text.
fn check_len(
    name: &'static str,
    items: &Option<Vec<Option<String>>>,
    texts: usize,
) -> PyResult<()> {
    match items {
        Some(items) => Ok(crate::document::check_per_text(name, items.len(), texts)?),
        None => Ok(()),
    }
}

/// Every record's outcome, in input order: `(result, None)` or `(None, reason)`. The batch
/// helpers that report failures themselves (the CLI, the Dask/Spark helpers) build on it.
fn outcomes<T: Send>(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    meta: &Meta,
    lang: Option<&str>,
    threads: Option<i64>,
    finish: impl Fn(&str, crate::document::Document) -> T + Sync + Send,
) -> PyResult<Vec<(Option<T>, Option<String>)>> {
    let (batch, results) = run_batch(py, texts, meta, lang, threads, OnError::Skip, finish)?;
    Ok(batch
        .outcomes(results)
        .into_iter()
        .map(|r| match r {
            Ok(v) => (Some(v), None),
            Err(e) => (None, Some(e)),
        })
        .collect())
}

/// For the command line: analyse and serialise in parallel, one JSON line per text (the same
/// as `Document.to_json()`), without building Python objects; `(line, None)` or
/// `(None, reason)` for each text, in input order.
#[pyfunction]
#[pyo3(signature = (texts, *, ids = None, dates = None, lang = None, threads = None))]
pub fn _analyze_batch_json(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    ids: Option<&Bound<'_, PyAny>>,
    dates: Option<&Bound<'_, PyAny>>,
    lang: Option<&str>,
    threads: Option<i64>,
) -> PyResult<Vec<(Option<String>, Option<String>)>> {
    let meta = Meta::extract(ids, dates)?;
    let found = outcomes(py, texts, &meta, lang, threads, |t, d| {
        serde_json::to_string(&PyDocument::new(t, &d)).map_err(|e| format!("cannot serialise: {e}"))
    })?;
    Ok(found
        .into_iter()
        .map(|(line, err)| match line {
            Some(Ok(line)) => (Some(line), None),
            Some(Err(e)) => (None, Some(e)),
            None => (None, err),
        })
        .collect())
}

/// For the Dask/Spark helpers: `(Document, None)` or `(None, reason)` for each text, in input
/// order.
#[pyfunction]
#[pyo3(signature = (texts, *, ids = None, dates = None, lang = None, threads = None))]
pub fn _analyze_batch_reports(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    ids: Option<&Bound<'_, PyAny>>,
    dates: Option<&Bound<'_, PyAny>>,
    lang: Option<&str>,
    threads: Option<i64>,
) -> PyResult<Vec<(Option<PyDocument>, Option<String>)>> {
    let meta = Meta::extract(ids, dates)?;
    outcomes(py, texts, &meta, lang, threads, |t, d| {
        PyDocument::new(t, &d)
    })
}

/// For the command line: is `date` one that analyze accepts (ISO 8601, "2022-08-05…")? A
/// record's bad date is then reported and left out, where passing it would fail the batch.
#[pyfunction]
pub fn _is_iso_date(date: &str) -> bool {
    crate::dates::day_number(date).is_some()
}

/// Test hook: while armed, a document holding the marker text panics inside its analysis (see
/// `crate::contain`), so tests can show that a panic costs that document only.
#[pyfunction]
pub fn _arm_test_panic(armed: bool) -> &'static str {
    crate::contain::arm_test_panic(armed);
    crate::contain::PANIC_MARKER
}
