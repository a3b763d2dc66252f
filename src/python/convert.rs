//! Shared plumbing of the binding layer: argument extraction with clear errors, JSON values to
//! Python objects, and the boilerplate every result class shares.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyDict, PyList, PyString};

use crate::lang::{self, LangFilter};

/// A list (any iterable) of str, checked item by item before any work starts, so that a bad
/// element is named by its index.
pub fn extract_texts(texts: &Bound<'_, PyAny>, what: &str) -> PyResult<Vec<PyBackedStr>> {
    // A str that fails here holds a lone surrogate: UnicodeEncodeError propagates as is.
    str_items(texts, what)?
        .iter()
        .map(|item| item.extract::<PyBackedStr>())
        .collect()
}

/// The items of a list (any iterable) of str, each checked to be a str, before any work starts:
/// a single str, a non-iterable or a non-str item is a `TypeError` naming `what` (and the
/// item's index).
pub fn str_items<'py>(texts: &Bound<'py, PyAny>, what: &str) -> PyResult<Vec<Bound<'py, PyAny>>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a list of str, not a single str (wrap it in a list)"
        )));
    }
    let iter = texts.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "{what} must be a list of str, not {}",
            type_name(texts)
        ))
    })?;
    let mut out = Vec::with_capacity(texts.len().unwrap_or(0));
    for (i, item) in iter.enumerate() {
        let item = item?;
        if !item.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(format!(
                "{what}[{i}] must be str, not {}",
                type_name(&item)
            )));
        }
        out.push(item);
    }
    Ok(out)
}

/// An optional list given with a batch (`what`: "ids", "dates"), each item read by `item`
/// (given the item and its name, "ids[3]"); a single str is a `TypeError`, not a list.
fn optional_list(
    items: Option<&Bound<'_, PyAny>>,
    what: &str,
    kinds: &str,
    item: impl Fn(&Bound<'_, PyAny>, &str) -> PyResult<Option<String>>,
) -> PyResult<Option<Vec<Option<String>>>> {
    let Some(items) = items else { return Ok(None) };
    if items.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a list of {kinds}, not a single str"
        )));
    }
    let mut out = Vec::new();
    for (i, x) in items.try_iter()?.enumerate() {
        out.push(item(&x?, &format!("{what}[{i}]"))?);
    }
    Ok(Some(out))
}

/// Optional ids for a batch: each one a str or None.
pub fn extract_ids(ids: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Vec<Option<String>>>> {
    optional_list(ids, "ids", "str or None", |item, name| {
        if item.is_none() {
            Ok(None)
        } else if item.is_instance_of::<PyString>() {
            Ok(Some(item.extract::<String>()?))
        } else {
            Err(PyTypeError::new_err(format!(
                "{name} must be str or None, not {}",
                type_name(item)
            )))
        }
    })
}

/// Optional dates for a batch: each one an ISO 8601 str, a `datetime.date` or `datetime`, or
/// None.
pub fn extract_dates(dates: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Vec<Option<String>>>> {
    optional_list(dates, "dates", "str, date or None", |item, name| {
        extract_date(Some(item), name)
    })
}

/// One date: an ISO 8601 str ("2022-08-05", "2022-08-05T14:30:00Z"), kept as given, or a
/// `datetime.date` / `datetime`, written in ISO 8601; None stays None. Anything else is a
/// `TypeError`, a str that is no ISO 8601 date a `ValueError`.
pub fn extract_date(date: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<String>> {
    let Some(date) = date.filter(|d| !d.is_none()) else {
        return Ok(None);
    };
    let text: String = if date.is_instance_of::<PyString>() {
        date.extract()?
    } else if date.is_instance_of::<pyo3::types::PyDate>() {
        date.call_method0("isoformat")?.extract()?
    } else {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a str (ISO 8601), a date or None, not {}",
            type_name(date)
        )));
    };
    if crate::dates::day_number(&text).is_none() {
        return Err(crate::Error::InvalidArgument {
            name: "date",
            reason: format!("{what} = {text:?} is not an ISO 8601 date (YYYY-MM-DD…)"),
        }
        .into());
    }
    Ok(Some(text))
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}

/// `allow=`: None, or a list of language codes.
pub fn extract_filter(allow: Option<&Bound<'_, PyAny>>) -> PyResult<LangFilter> {
    match allow {
        None => Ok(LangFilter::all()),
        Some(obj) => {
            let codes = extract_texts(obj, "allow")?;
            Ok(LangFilter::from_codes(&codes)?)
        }
    }
}

/// `lang=`: None, or one language code.
pub fn extract_lang(lang: Option<&str>) -> PyResult<Option<lang::Lang>> {
    Ok(lang.map(lang::parse_code).transpose()?)
}

/// The language whose conventions read `text`: declared, else detected, else English.
pub fn rules_lang(text: &str, lang: Option<&str>) -> PyResult<crate::lang::Lang> {
    Ok(extract_lang(lang)?.unwrap_or_else(|| crate::lang::rules_language(text)))
}

/// `threads=`: None (all cores) or a positive int.
pub fn extract_threads(threads: Option<i64>) -> PyResult<Option<usize>> {
    match threads {
        None => Ok(None),
        Some(n) if n >= 1 => Ok(Some(n as usize)),
        Some(n) => Err(crate::Error::InvalidArgument {
            name: "threads",
            reason: format!("must be at least 1 (or None for all cores), got {n}"),
        }
        .into()),
    }
}

/// A serde_json value as the equivalent Python object (dict, list, str, int, float, bool, None).
pub fn json_to_py<'py>(py: Python<'py>, value: &serde_json::Value) -> PyResult<Bound<'py, PyAny>> {
    use serde_json::Value;
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => u.into_pyobject(py)?.into_any(),
            (None, Some(i)) => i.into_pyobject(py)?.into_any(),
            _ => n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any(),
        },
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(json_to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, json_to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

pub fn to_json_value<T: serde::Serialize>(value: &T) -> PyResult<serde_json::Value> {
    serde_json::to_value(value)
        .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(format!("cannot serialise: {e}")))
}

pub fn to_json_string<T: serde::Serialize>(value: &T) -> PyResult<String> {
    serde_json::to_string(value)
        .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(format!("cannot serialise: {e}")))
}

/// Declares an immutable result class: the struct with its fields (all readable from Python,
/// compared by value), a keyword constructor, pickling through `__getnewargs__`, a
/// constructor-like `__repr__`, `to_dict()` and `to_json()`.
macro_rules! result_class {
    (
        $(#[$meta:meta])*
        struct $ty:ident as $name:tt {
            $( $(#[$fmeta:meta])* $field:ident : $fty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[pyclass(frozen, get_all, eq, from_py_object, module = "sayso", name = $name)]
        #[derive(Debug, Clone, PartialEq, serde::Serialize)]
        pub struct $ty {
            $( $(#[$fmeta])* pub $field: $fty ),*
        }

        #[pymethods]
        impl $ty {
            #[new]
            #[pyo3(signature = ($($field),*))]
            #[allow(clippy::too_many_arguments)] // the constructor mirrors the fields
            fn py_new($($field: $fty),*) -> Self {
                Self { $($field),* }
            }

            // (A tuple built at run time: Rust tuples convert only up to 12 fields.)
            fn __getnewargs__<'py>(
                &self,
                py: Python<'py>,
            ) -> PyResult<Bound<'py, pyo3::types::PyTuple>> {
                use pyo3::IntoPyObjectExt;
                let fields = [$(self.$field.clone().into_bound_py_any(py)?,)*];
                pyo3::types::PyTuple::new(py, fields)
            }

            fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
                let mut parts: Vec<String> = Vec::new();
                $(
                    let value = slf.getattr(stringify!($field))?;
                    parts.push(format!("{}={}", stringify!($field), value.repr()?));
                )*
                Ok(format!("{}({})", $name, parts.join(", ")))
            }

            /// The result as plain Python values (dicts, lists, str, int, float, None).
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                $crate::python::convert::json_to_py(py, &$crate::python::convert::to_json_value(self)?)
            }

            /// The result as a JSON string (the same as `to_dict()`).
            fn to_json(&self) -> PyResult<String> {
                $crate::python::convert::to_json_string(self)
            }
        }
    };
}
pub(crate) use result_class;
