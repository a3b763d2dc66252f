//! The decision: whatlang for the script, the trigram model for the language, and the evidence
//! (per-candidate costs) kept so that runs of a document can be summed instead of re-detected.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;
use whatlang::Script;

use super::{Lang, LangFilter, Language, ngrams};

/// Temperature (nats) of the posterior over candidates: overlapping trigrams are far from
/// independent evidence, so raw likelihood ratios would be wildly over-confident.
const TEMPERATURE: f64 = 3.0;
/// Posterior of the best candidate from which a decision is called reliable.
pub(crate) const RELIABLE: f64 = 0.9;
/// Excess cost per letter (nats) over what text in the chosen language typically costs, above
/// which the text fits that language poorly (another language, gibberish, a name list).
const POOR_FIT: f64 = 1.0;

/// URLs, e-mail addresses and @handles carry no language signal but plenty of letters.
static NOISE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:https?://|www\.)\S+|\S+@\S+\.\w+|@\w+").expect("valid regex")
});

fn strip_noise(text: &str) -> Cow<'_, str> {
    if text.contains("://") || text.contains('@') || text.contains("www.") {
        NOISE.replace_all(text, " ")
    } else {
        Cow::Borrowed(text)
    }
}

/// What the trigram model saw in a text: costs per candidate of its script, and letters scored.
/// Costs add up over texts, so the evidence of neighbouring runs can be merged.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Evidence {
    script: Script,
    candidates: Cow<'static, [Lang]>,
    /// Whether the script has allowed languages the model does not know.
    unmodelled: bool,
    costs: Vec<u64>,
    letters: usize,
}

impl Evidence {
    /// Adds `other` to `self` when both weigh the same candidates; false otherwise.
    pub(crate) fn merge(&mut self, other: &Evidence) -> bool {
        if self.script != other.script || self.candidates != other.candidates {
            return false;
        }
        self.costs
            .iter_mut()
            .zip(&other.costs)
            .for_each(|(a, b)| *a += b);
        self.letters += other.letters;
        true
    }

    pub(crate) fn letters(&self) -> usize {
        self.letters
    }

    /// The language this evidence points to; `text` (the text it was gathered on) is only read
    /// when whatlang must be asked about a language the model does not know.
    pub(crate) fn decide(&self, text: &str, filter: &LangFilter) -> Option<Language> {
        let model = ngrams::model()?;
        if self.letters == 0 {
            return None;
        }
        let costs = &self.costs;
        let best = (0..costs.len()).min_by_key(|&i| costs[i])?;
        let norm: f64 = costs
            .iter()
            .map(|&c| (-((c - costs[best]) as f64) / (1000.0 * TEMPERATURE)).exp())
            .sum();
        let per_letter = costs[best] as f64 / 1000.0 / self.letters as f64;
        let expected = model
            .expected_cost(self.candidates[best])
            .unwrap_or(per_letter);
        let excess = per_letter - expected;
        let fit = (1.0 - (excess - POOR_FIT) / 2.0).clamp(0.05, 1.0);
        let confidence = fit / norm;
        if self.unmodelled && excess > POOR_FIT {
            // The text fits even the best modelled language poorly: perhaps a language only
            // whatlang knows; take its answer when it is sure of one.
            if let Some(w) = self.unmodelled_language(text, filter, model) {
                return Some(w);
            }
        }
        let lang = self.candidates[best];
        Some(Language::new(
            lang,
            self.script,
            confidence,
            confidence >= RELIABLE,
        ))
    }
}

/// How many of the model's best candidates are weighed against the languages it does not know
/// before whatlang is asked about all of them.
const RIVALS: usize = 3;

impl Evidence {
    /// A language the model does not know that whatlang reliably finds in `text`: whatlang's
    /// answer over every language of the script, asked only when such a language already beats
    /// the model's closest candidates (whatlang's best over all can only be one that is best over
    /// those few), since its cost is per language weighed, not per letter of a short sentence.
    fn unmodelled_language(
        &self,
        text: &str,
        filter: &LangFilter,
        model: &ngrams::Model,
    ) -> Option<Language> {
        let mut ranked: Vec<usize> = (0..self.costs.len()).collect();
        ranked.sort_by_key(|&i| self.costs[i]);
        let rivals = ranked.iter().take(RIVALS).map(|&i| self.candidates[i]);
        let unknown = self
            .script
            .langs()
            .iter()
            .map(|&l| Lang::from_whatlang(l))
            .filter(|&l| filter.allows(l) && !model.has(l));
        let weighed = rivals.chain(unknown).map(Lang::to_whatlang).collect();
        let closest = whatlang::Detector::with_allowlist(weighed).detect(text)?;
        if model.has(Lang::from_whatlang(closest.lang())) {
            return None;
        }
        whatlang(text, filter).filter(|w| w.reliable && !model.has(w.lang))
    }
}

fn whatlang(text: &str, filter: &LangFilter) -> Option<Language> {
    let info = filter.detector().detect(text)?;
    Some(Language::new(
        Lang::from_whatlang(info.lang()),
        info.script(),
        info.confidence(),
        info.is_reliable(),
    ))
}

/// The model languages of `script` that `filter` allows, and whether it allows others too.
fn candidates(script: Script, filter: &LangFilter, model: &ngrams::Model) -> (Vec<Lang>, bool) {
    let (modelled, unmodelled): (Vec<Lang>, Vec<Lang>) = script
        .langs()
        .iter()
        .map(|&l| Lang::from_whatlang(l))
        .filter(|&l| filter.allows(l))
        .partition(|&l| model.has(l));
    (modelled, !unmodelled.is_empty())
}

/// [`candidates`] of every script for the unfiltered case.
static SCRIPT_CANDIDATES: LazyLock<Vec<(Script, Vec<Lang>, bool)>> = LazyLock::new(|| {
    let Some(model) = ngrams::model() else {
        return Vec::new();
    };
    Script::all()
        .iter()
        .map(|&s| {
            let (c, u) = candidates(s, &LangFilter::all(), model);
            (s, c, u)
        })
        .collect()
});

/// The language of `text` and, when the trigram model decided, its evidence.
pub(crate) fn detect(text: &str, filter: &LangFilter) -> Option<(Language, Option<Evidence>)> {
    let text = strip_noise(text);
    let text = text.as_ref();
    let script = whatlang::detect_script(text)?;
    let Some(model) = ngrams::model() else {
        return whatlang(text, filter).map(|l| (l, None));
    };
    let (candidates, unmodelled): (Cow<'static, [Lang]>, bool) = if filter.is_all() {
        // The common case: candidates per script computed once.
        SCRIPT_CANDIDATES
            .iter()
            .find(|(s, ..)| *s == script)
            .map_or((Cow::Borrowed(&[][..]), false), |(_, c, u)| {
                (Cow::Borrowed(c.as_slice()), *u)
            })
    } else {
        let (c, u) = candidates(script, filter, model);
        (Cow::Owned(c), u)
    };
    if candidates.len() < 2 {
        return whatlang(text, filter).map(|l| (l, None));
    }
    let (costs, letters) = model.score(text, &candidates);
    let evidence = Evidence {
        script,
        candidates,
        unmodelled,
        costs,
        letters,
    };
    let language = evidence.decide(text, filter)?;
    Some((language, Some(evidence)))
}
