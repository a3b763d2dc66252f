//! Bad records in batch calls: the `errors=` policy.
//!
//! One record a batch cannot use (a str holding a lone surrogate, common in data decoded with
//! `surrogateescape`; a document whose analysis failed inside sayso) costs that record only:
//! `errors="raise"` raises a `DocumentError` naming it, `"replace"` keeps its place (the text
//! with U+FFFD for each lone surrogate, or an empty result) and `"skip"` leaves it out; both
//! report it with a `SaysoWarning` naming its index and id.

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;

use crate::python::errors::{DocumentError, SaysoWarning};

/// What a batch call does with a record it cannot use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnError {
    Raise,
    Replace,
    Skip,
}

impl OnError {
    pub fn parse(errors: &str) -> PyResult<Self> {
        match errors {
            "raise" => Ok(Self::Raise),
            "replace" => Ok(Self::Replace),
            "skip" => Ok(Self::Skip),
            other => Err(crate::Error::InvalidArgument {
                name: "errors",
                reason: format!("must be \"raise\", \"replace\" or \"skip\", got {other:?}"),
            }
            .into()),
        }
    }
}

/// One text of a batch: borrowed from Python without a copy, or cleaned of lone surrogates.
pub enum Text {
    Py(PyBackedStr),
    Cleaned(String),
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        match self {
            Text::Py(s) => s,
            Text::Cleaned(s) => s,
        }
    }
}

/// The texts of a batch that can be analysed, each with its index in the caller's list.
pub struct Batch {
    pub texts: Vec<Text>,
    pub places: Vec<usize>,
    /// Records left out before any work, with the reason (only under `"skip"`).
    pub dropped: Vec<(usize, String)>,
    pub on_error: OnError,
}

/// Names record `index` the way messages do: `texts[3]`, with its id when there is one.
pub fn record_name(what: &str, index: usize, ids: Option<&[Option<String>]>) -> String {
    match ids
        .and_then(|ids| ids.get(index))
        .and_then(Option::as_deref)
    {
        Some(id) => format!("{what}[{index}] (id {id:?})"),
        None => format!("{what}[{index}]"),
    }
}

/// The str of `item` with every lone surrogate replaced by U+FFFD: one code point for one, so
/// offsets into the cleaned text are offsets into the original.
fn without_surrogates(item: &Bound<'_, PyAny>) -> PyResult<String> {
    let bytes: Vec<u8> = item
        .call_method1("encode", ("utf-8", "surrogatepass"))?
        .extract()?;
    let mut out = String::with_capacity(bytes.len());
    let mut rest = &bytes[..];
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(good).unwrap_or_default());
                out.push('\u{FFFD}');
                // "surrogatepass" writes each surrogate as three bytes (ED A0..BF 80..BF).
                rest = &bad[e.error_len().unwrap_or(bad.len()).max(3).min(bad.len())..];
            }
        }
    }
}

/// A list (any iterable) of str, checked item by item before any work starts: a non-str is a
/// `TypeError` naming its index; a str with lone surrogates is handled by `on_error`.
pub fn extract_batch(
    texts: &Bound<'_, PyAny>,
    ids: Option<&[Option<String>]>,
    on_error: OnError,
) -> PyResult<Batch> {
    let items = crate::python::convert::str_items(texts, "texts")?;
    let mut batch = Batch {
        texts: Vec::with_capacity(items.len()),
        places: Vec::new(),
        dropped: Vec::new(),
        on_error,
    };
    for (i, item) in items.into_iter().enumerate() {
        let text = match item.extract::<PyBackedStr>() {
            Ok(s) => Text::Py(s),
            Err(e) => {
                let reason = format!("not valid text ({})", e.value(item.py()));
                match on_error {
                    OnError::Raise => {
                        return Err(DocumentError::new_err(format!(
                            "{}: {reason}; errors=\"replace\" or \"skip\" keeps the batch going",
                            record_name("texts", i, ids)
                        )));
                    }
                    OnError::Skip => {
                        batch.dropped.push((i, reason));
                        continue;
                    }
                    OnError::Replace => {
                        warn(
                            item.py(),
                            &format!(
                                "{}: {reason}; lone surrogates replaced with U+FFFD",
                                record_name("texts", i, ids)
                            ),
                        )?;
                        Text::Cleaned(without_surrogates(&item)?)
                    }
                }
            }
        };
        batch.texts.push(text);
        batch.places.push(i);
    }
    Ok(batch)
}

fn warn(py: Python<'_>, msg: &str) -> PyResult<()> {
    let category = py.get_type::<SaysoWarning>();
    let msg = std::ffi::CString::new(msg.replace('\0', " ")).unwrap_or_default();
    PyErr::warn(py, &category, &msg, 2)
}

impl Batch {
    /// The ids (or the dates) of the texts kept, in their order.
    pub fn kept(&self, items: Option<&[Option<String>]>) -> Option<Vec<Option<String>>> {
        let items = items?;
        Some(
            self.places
                .iter()
                .map(|&i| items.get(i).cloned().flatten())
                .collect(),
        )
    }

    /// The results in the caller's order under the policy: a failed record raises, is replaced
    /// by `empty(its text, its index)`, or is left out, and each one is reported.
    pub fn finish<T>(
        self,
        py: Python<'_>,
        results: Vec<Result<T, String>>,
        ids: Option<&[Option<String>]>,
        empty: impl Fn(&str, usize) -> T,
    ) -> PyResult<Vec<T>> {
        for (i, reason) in &self.dropped {
            warn(
                py,
                &format!("{}: {reason}; skipped", record_name("texts", *i, ids)),
            )?;
        }
        let mut out = Vec::with_capacity(results.len());
        for ((result, &place), text) in results.into_iter().zip(&self.places).zip(&self.texts) {
            match result {
                Ok(v) => out.push(v),
                Err(reason) => {
                    let name = record_name("texts", place, ids);
                    match self.on_error {
                        OnError::Raise => {
                            return Err(DocumentError::new_err(format!("{name}: {reason}")));
                        }
                        OnError::Replace => {
                            warn(
                                py,
                                &format!("{name}: {reason}; an empty result in its place"),
                            )?;
                            out.push(empty(text.as_ref(), place));
                        }
                        OnError::Skip => warn(py, &format!("{name}: {reason}; skipped"))?,
                    }
                }
            }
        }
        Ok(out)
    }

    /// Every record's outcome in the caller's order, the ones left out before any work
    /// included, for callers that report failures themselves (the CLI, the Dask/Spark helpers).
    pub fn outcomes<T>(self, results: Vec<Result<T, String>>) -> Vec<Result<T, String>> {
        let total = self.places.len() + self.dropped.len();
        let mut out: Vec<Option<Result<T, String>>> = (0..total).map(|_| None).collect();
        for (i, reason) in self.dropped {
            out[i] = Some(Err(reason));
        }
        for (r, place) in results.into_iter().zip(self.places) {
            out[place] = Some(r);
        }
        out.into_iter()
            .map(|r| r.unwrap_or_else(|| Err("not analysed".to_owned())))
            .collect()
    }
}
