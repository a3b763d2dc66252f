//! The document pipeline: one call runs every stage over one article.

use crate::segment::Segments;
use rayon::prelude::*;
use serde::Serialize;

use crate::claims::Claim;
use crate::error::{Error, Result};
use crate::lang::{self, LangFilter, Language, LanguageSpan};
use crate::numbers::Number;
use crate::quotes::Quote;

/// Everything sayso found in one article; byte offsets into its text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    pub id: Option<String>,
    /// When the article appeared, as given (ISO 8601: "2022-08-05", "2022-08-05T14:30:00Z");
    /// the trace dates its clusters by it.
    pub date: Option<String>,
    /// The main language (declared with `lang=` or detected), `None` without language signal.
    pub language: Option<Language>,
    pub spans: Vec<LanguageSpan>,
    pub numbers: Vec<Number>,
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
}

/// Runs the pipeline over one text. `lang` declares the language and skips detection.
pub fn analyze(text: &str, id: Option<String>, lang: Option<lang::Lang>) -> Document {
    // Split once; every stage reads the same paragraphs and sentences.
    let segments = Segments::of(text);
    let (detected, spans) = lang::detect_document_in(text, &segments, &LangFilter::all());
    let language = match lang {
        Some(l) => Some(Language::declared(l)),
        None => detected,
    };
    // Later stages read the text with the rules of its language; English without one.
    let rules = language.as_ref().map_or(lang::Lang::Eng, |l| l.lang);
    // Numbers are read part by part: an English quote in a French article keeps "1,250".
    let numbers = if lang.is_some() {
        crate::numbers::parse_numbers(text, rules)
    } else {
        crate::numbers::parse_numbers_by_runs(text, &lang::foreign_runs(rules, &spans), rules)
    };
    let quotes = crate::quotes::extract_quotes_in(text, &segments, rules);
    let claims = crate::claims::claims_from(text, &segments, rules, &numbers, &quotes);
    Document {
        id,
        date: None,
        language,
        spans,
        numbers,
        quotes,
        claims,
    }
}

/// Every number in `text`, its language detected: the main language's rules, and each
/// reliably detected run in another language read with its own ("1,250" in an English quote
/// inside a French article is 1250).
pub fn parse_numbers_detected(text: &str) -> Vec<Number> {
    let (detected, spans) = lang::detect_document(text, &LangFilter::all());
    let main = detected.map_or(lang::Lang::Eng, |l| l.lang);
    crate::numbers::parse_numbers_by_runs(text, &lang::foreign_runs(main, &spans), main)
}

/// [`analyze`] over many texts in parallel, in input order; `ids`, when given, must match.
/// A document whose analysis fails (a bug: see [`crate::contain`]) is an
/// [`Error::DocumentFailed`] naming it; [`analyze_batch_with`] keeps the others.
pub fn analyze_batch<S: AsRef<str> + Sync>(
    texts: &[S],
    ids: Option<Vec<Option<String>>>,
    lang: Option<lang::Lang>,
) -> Result<Vec<Document>> {
    analyze_batch_with(texts, ids.clone(), None, lang, |_, doc| doc)?
        .into_iter()
        .enumerate()
        .map(|(index, r)| {
            r.map_err(|reason| Error::DocumentFailed {
                index,
                id: ids.as_ref().and_then(|ids| ids[index].clone()),
                reason,
            })
        })
        .collect()
}

/// [`analyze`] over many texts in parallel, in input order, each document's work contained
/// (see [`crate::contain`]): a document whose analysis failed is `Err` with the reason, the
/// others are analysed as usual. Each result passes through `finish` (given its text) on the
/// worker thread that made it: the bindings convert offsets or serialise there, in parallel.
/// `ids` and `dates`, when given, have one entry per text; the dates date the documents.
pub fn analyze_batch_with<S, T, F>(
    texts: &[S],
    ids: Option<Vec<Option<String>>>,
    dates: Option<Vec<Option<String>>>,
    lang: Option<lang::Lang>,
    finish: F,
) -> Result<Vec<std::result::Result<T, String>>>
where
    S: AsRef<str> + Sync,
    T: Send,
    F: Fn(&str, Document) -> T + Sync,
{
    let per_text = |name: &'static str, items: Option<Vec<Option<String>>>| match items {
        Some(items) => check_per_text(name, items.len(), texts.len()).map(|()| items),
        None => Ok(vec![None; texts.len()]),
    };
    let ids = per_text("ids", ids)?;
    let dates = per_text("dates", dates)?;
    Ok(texts
        .par_iter()
        .zip(ids)
        .zip(dates)
        .map(|((t, id), date)| {
            let t = t.as_ref();
            crate::contain::contained(t, || {
                let mut doc = analyze(t, id, lang);
                doc.date = date;
                finish(t, doc)
            })
        })
        .collect())
}

/// `items` entries given for `texts` texts (the ids, the dates) must be one per text.
pub fn check_per_text(name: &'static str, items: usize, texts: usize) -> Result<()> {
    if items == texts {
        Ok(())
    } else {
        Err(Error::InvalidArgument {
            name,
            reason: format!("{items} {name} for {texts} texts"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analyze_detects_language_and_keeps_id() {
        let doc = analyze("Le maire a promis 100 000 arbres.", Some("a1".into()), None);
        assert_eq!(doc.id.as_deref(), Some("a1"));
        assert_eq!(doc.language.map(|l| l.code), Some("fr"));
    }

    #[test]
    fn declared_language_wins() {
        let doc = analyze(
            "Le maire a promis 100 000 arbres.",
            None,
            Some(lang::Lang::Eng),
        );
        let language = doc.language.unwrap();
        assert_eq!((language.code, language.confidence), ("en", 1.0));
    }

    #[test]
    fn batch_checks_ids_and_keeps_order() {
        let texts = ["Hello there, my friends.", "Bonjour à tous les amis."];
        assert!(analyze_batch(&texts, Some(vec![None]), None).is_err());
        let docs = analyze_batch(&texts, Some(vec![Some("x".into()), None]), None).unwrap();
        assert_eq!(docs[0], analyze(texts[0], Some("x".into()), None));
        assert_eq!(docs[1], analyze(texts[1], None, None));
    }
}
