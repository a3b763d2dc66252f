//! Claim results, claim clusters and the claim functions.

use pyo3::prelude::*;

use crate::offsets::CharOffsets;
use crate::python::convert::result_class;
use crate::python::convert::rules_lang;
use crate::python::document::PyDocument;
use crate::python::numbers::PyNumber;
use crate::python::quotes::PyQuote;

result_class! {
    /// A claim: a number, what it counts, and who said it.
    ///
    /// Attributes:
    ///     number: the Number.
    ///     subject: what is counted, as written ("North Korean volunteers"), or None.
    ///     concept: a language-independent key ("volunteer", "death", "USD"), or None.
    ///     speaker, source: who made the claim and through which outlet, when it is quoted.
    ///     stance: "asserted" (the article's own voice), "reported" (attributed), "denied"
    ///         (inside words that deny it) or "doubted" (hedged: "allegedly", "unconfirmed").
    ///     sentence_start, sentence_end: the sentence that makes the claim.
    struct PyClaim as "Claim" {
        number: PyNumber,
        subject: Option<String>,
        concept: Option<String>,
        speaker: Option<String>,
        source: Option<String>,
        stance: String,
        sentence_start: usize,
        sentence_end: usize,
    }
}

impl PyClaim {
    pub fn byte_offsets(c: &crate::Claim) -> impl Iterator<Item = usize> {
        [
            c.number.start_byte,
            c.number.end_byte,
            c.sentence_start_byte,
            c.sentence_end_byte,
        ]
        .into_iter()
    }

    pub fn new(text: &str, c: &crate::Claim, map: &CharOffsets<'_>) -> Self {
        PyClaim {
            number: PyNumber::new(text, &c.number, map),
            subject: c.subject.clone(),
            concept: c.concept.clone(),
            speaker: c.speaker.clone(),
            source: c.source.clone(),
            stance: c.stance.as_str().to_string(),
            sentence_start: map.get(c.sentence_start_byte),
            sentence_end: map.get(c.sentence_end_byte),
        }
    }
}

result_class! {
    /// The same claim across documents and languages, traced.
    ///
    /// Attributes:
    ///     concept: what is counted, as a language-independent key (the members' most common).
    ///     value: the figure the members share.
    ///     low, high: what all members allow together ("up to 100,000" alone: None, 100000.0).
    ///     members: (document id, Claim) pairs.
    ///     languages: language codes of the member documents, in order of first appearance.
    ///     speakers: everyone the members attribute the claim to.
    ///     origin: the speaker the claim traces to: the one most members name, the earliest
    ///         document's on a tie; None when no member names one.
    ///     carried_by: the outlets the members name as carrying the claim.
    ///     denials: (document id, Quote) pairs: denials that name what the claim counts, in
    ///         the members' documents or in other documents of the same story (within a
    ///         month of the cluster's dates, when both are dated).
    ///     documents: the ids of the documents that make the claim, in input order.
    ///     first_seen, last_seen: the earliest and the latest of their dates, as given (None
    ///         when none is dated).
    ///     conflicts: (document id, Claim) pairs of the same story on the same concept whose
    ///         figure cannot be this one.
    ///     group: the concept group claims are compared in ("military" for soldiers and
    ///         volunteers).
    struct PyClaimCluster as "ClaimCluster" {
        concept: String,
        value: Option<f64>,
        low: Option<f64>,
        high: Option<f64>,
        members: Vec<(Option<String>, PyClaim)>,
        languages: Vec<String>,
        speakers: Vec<String>,
        origin: Option<String>,
        carried_by: Vec<String>,
        denials: Vec<(Option<String>, PyQuote)>,
        documents: Vec<Option<String>>,
        first_seen: Option<String>,
        last_seen: Option<String>,
        conflicts: Vec<(Option<String>, PyClaim)>,
        group: String,
    }
}

/// Find every claim in a text: a number joined to what it counts and to who said it.
///
/// Args:
///     text: the article.
///     lang: language code whose rules apply; None detects it.
///
/// Returns:
///     A list of Claim in text order.
#[pyfunction]
#[pyo3(signature = (text, *, lang = None))]
pub fn extract_claims(py: Python<'_>, text: &str, lang: Option<&str>) -> PyResult<Vec<PyClaim>> {
    let lang = rules_lang(text, lang)?;
    let found = py.detach(|| crate::claims::extract_claims(text, lang))?;
    let map = CharOffsets::new(text, found.iter().flat_map(PyClaim::byte_offsets));
    Ok(found.iter().map(|c| PyClaim::new(text, c, &map)).collect())
}

/// The denials of a document for linking, their code-point offsets turned to bytes.
fn denials(d: &PyDocument) -> Vec<crate::claims::LinkDenial> {
    let mut chars: Vec<usize> = d
        .quotes
        .iter()
        .filter(|q| q.denial)
        .flat_map(|q| [q.start, q.end])
        .collect();
    if chars.is_empty() {
        return Vec::new();
    }
    chars.sort_unstable();
    chars.dedup();
    let bytes = crate::offsets::char_to_byte(&d.text, &chars);
    let byte = |c: usize| chars.binary_search(&c).map_or(0, |i| bytes[i]);
    let lang = d
        .language
        .as_ref()
        .and_then(|l| crate::lang::parse_code(&l.code).ok())
        .unwrap_or(crate::lang::Lang::Eng);
    crate::claims::LinkDenial::of_quotes(
        &d.text,
        d.quotes.iter().map(|q| match q.denial {
            true => (true, byte(q.start), byte(q.end)),
            // (Only denials are read; the others keep their place in the quotes' order.)
            false => (false, 0, 0),
        }),
        lang,
    )
}

/// Link the same claim across documents and languages.
///
/// Documents that share names and figures form stories; within a story, claims with the same
/// concept group and the same figure ("100,000", "up to 100,000", "100 000") form a cluster
/// when at least two documents make them. Claims of the same story and concept whose figure
/// disagrees are the cluster's conflicts. Each cluster is traced: its origin, the outlets that
/// carried it, the denials that answer it, its first and last dates. Runs in about linear time
/// in the corpus size.
///
/// Args:
///     documents: Documents from analyze / analyze_batch (dated with their date=).
///
/// Returns:
///     A list of ClaimCluster, the most repeated first.
#[pyfunction]
pub fn link_claims(
    py: Python<'_>,
    documents: Vec<PyRef<'_, PyDocument>>,
) -> PyResult<Vec<PyClaimCluster>> {
    let docs: Vec<crate::claims::LinkDoc<'_>> = documents
        .iter()
        .map(|d| crate::claims::LinkDoc {
            text: &d.text,
            language: d.language.as_ref().map(|l| l.code.as_str()),
            date: d.date.as_deref(),
            denials: denials(d),
            claims: d
                .claims
                .iter()
                .map(|c| crate::claims::LinkClaim {
                    concept: c.concept.as_deref(),
                    value: c.number.value,
                    low: c.number.low,
                    high: c.number.high,
                    qualifier: crate::claims::link::parse_qualifier(&c.number.qualifier),
                    speaker: c.speaker.as_deref(),
                    source: c.source.as_deref(),
                })
                .collect(),
        })
        .collect();
    let clusters = py.detach(|| crate::claims::link_claims(&docs));
    let pair = |&(d, k): &(usize, usize)| {
        let doc = &documents[d];
        (doc.id.clone(), doc.claims[k].clone())
    };
    Ok(clusters
        .into_iter()
        .map(|c| PyClaimCluster {
            concept: c.concept,
            value: Some(c.value),
            low: c.low,
            high: c.high,
            members: c.members.iter().map(pair).collect(),
            languages: c.languages,
            speakers: c.speakers,
            origin: c.origin,
            carried_by: c.carried_by,
            denials: c
                .denials
                .iter()
                .map(|&(d, q)| (documents[d].id.clone(), documents[d].quotes[q].clone()))
                .collect(),
            documents: c
                .documents
                .iter()
                .map(|&d| documents[d].id.clone())
                .collect(),
            first_seen: c.first_seen,
            last_seen: c.last_seen,
            conflicts: c.conflicts.iter().map(pair).collect(),
            group: c.group,
        })
        .collect())
}
