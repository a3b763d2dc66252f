//! Language runs of a mixed document: sentence by sentence (a long quotation inside a sentence is
//! a unit of its own, so that an English tweet quoted in a French sentence stands apart), merged
//! when neighbours agree. A unit whose language is unclear joins its neighbour rather than
//! starting a run of its own.

use super::detect::{Evidence, detect};
use super::{LangFilter, Language, LanguageSpan, detect_language};

/// Quotation marks that may enclose a passage in another language: (open, close).
const PAIRS: &[(char, char)] = &[('"', '"'), ('“', '”'), ('«', '»'), ('„', '“'), ('「', '」')];
/// A quoted passage needs this many letters to be judged on its own.
const MIN_QUOTE_LETTERS: usize = 20;

/// A unit of text with its detection: (start, end, language, evidence).
type Unit = (usize, usize, Language, Option<Evidence>);

/// The trimmed piece `[a, b)` of `text` as a detected unit, if it has language signal.
fn piece(text: &str, a: usize, b: usize, filter: &LangFilter) -> Option<Unit> {
    let raw = &text[a..b];
    let lead = raw.len() - raw.trim_start().len();
    let trimmed = raw.trim();
    let start = a + lead;
    let (language, evidence) = detect(trimmed, filter)?;
    Some((start, start + trimmed.len(), language, evidence))
}

/// `total` with `evidence` added; None once either is missing or they weigh other candidates.
fn add(total: Option<Evidence>, evidence: Option<Evidence>) -> Option<Evidence> {
    let (mut total, evidence) = (total?, evidence?);
    total.merge(&evidence).then_some(total)
}

/// The summed evidence of `units`; None when one has none or they weigh other candidates.
fn sum_evidence<'a>(units: impl IntoIterator<Item = &'a Unit>) -> Option<Evidence> {
    let mut total: Option<Evidence> = None;
    for (.., evidence) in units {
        let ev = evidence.as_ref()?;
        match total.as_mut() {
            None => total = Some(ev.clone()),
            Some(t) => t.merge(ev).then_some(())?,
        }
    }
    total
}

/// The detected units of the sentence `[start, end)`: the sentence itself, or, when it holds a
/// long quotation clearly in another language than the words around it, before / inside / after.
/// Each piece is read once; the whole sentence's answer sums the pieces' evidence.
fn units_of_sentence(
    text: &str,
    start: usize,
    end: usize,
    filter: &LangFilter,
    out: &mut Vec<Unit>,
) {
    let s = &text[start..end];
    for &(open, close) in PAIRS {
        let Some(o) = s.find(open) else { continue };
        let inner_start = o + open.len_utf8();
        let Some(c) = s[inner_start..].find(close) else {
            continue;
        };
        let inner_end = inner_start + c;
        let after = inner_end + close.len_utf8();
        let letters = s[inner_start..inner_end]
            .chars()
            .filter(|c| c.is_alphabetic())
            .count();
        if letters < MIN_QUOTE_LETTERS {
            continue;
        }
        let Some(inside) = piece(text, start + inner_start, start + inner_end, filter) else {
            continue;
        };
        let before = piece(text, start, start + o, filter);
        let behind = piece(text, start + after, end, filter);
        let around_lang = sum_evidence(before.iter().chain(&behind))
            .and_then(|ev| ev.decide(s, filter))
            .or_else(|| before.as_ref().xor(behind.as_ref()).map(|u| u.2.clone()));
        let Some(around_lang) = around_lang else {
            continue;
        };
        if inside.2.reliable && inside.2.lang != around_lang.lang {
            out.extend(before);
            out.push(inside);
            out.extend(behind);
            return;
        }
        // One language throughout: the sentence is one unit, its evidence the pieces' sum.
        let evidence = sum_evidence(before.iter().chain([&inside]).chain(&behind));
        if let Some(language) = evidence.as_ref().and_then(|ev| ev.decide(s, filter)) {
            out.push((start, end, language, evidence));
            return;
        }
        break;
    }
    out.extend(detect(s, filter).map(|(l, ev)| (start, end, l, ev)));
}

/// The document's main language and its runs. The main language weighs the evidence of every
/// unit written in the document's main script (by bytes), so the text is read once.
pub fn language_spans(
    text: &str,
    sentences: &[(usize, usize)],
    filter: &LangFilter,
) -> (Option<Language>, Vec<LanguageSpan>) {
    let mut detected: Vec<Unit> = Vec::new();
    for &(start, end) in sentences {
        units_of_sentence(text, start, end, filter, &mut detected);
    }
    let (main, main_sum) = main_language(text, filter, &detected);

    let mut spans: Vec<LanguageSpan> = Vec::new();
    // Per span: how many units it holds, and their summed evidence (None once incompatible).
    let mut sums: Vec<(usize, Option<Evidence>)> = Vec::new();
    // Unclear units before the first clear one: the stretch they cover and their script, and
    // their summed evidence (None once one has none or they weigh other candidates).
    let mut pending: Option<(usize, usize, &str)> = None;
    let mut pending_sum: Option<Evidence> = None;
    for (start, end, language, evidence) in detected {
        match spans.last_mut() {
            // An unclear unit joins the run before it, if it is written in the same script.
            Some(last)
                if last.language.lang == language.lang
                    || (!language.reliable && last.language.script == language.script) =>
            {
                last.end_byte = end;
                let (count, sum) = sums.last_mut().expect("one sum per span");
                *count += 1;
                *sum = add(sum.take(), evidence);
            }
            None if !language.reliable
                && pending.is_none_or(|(_, _, script)| script == language.script) =>
            {
                pending_sum = match pending {
                    None => evidence,
                    Some(_) => add(pending_sum, evidence),
                };
                pending = Some((pending.map_or(start, |p| p.0), end, language.script));
            }
            _ => {
                let mut start = start;
                let mut count = 1;
                let mut evidence = evidence;
                if let Some((p_start, p_end, script)) = pending.take() {
                    if script == language.script {
                        (start, count) = (p_start, 2);
                        evidence = add(pending_sum.take(), evidence);
                    } else if let Some(l) = judge(text, p_start, p_end, pending_sum.take(), filter)
                    {
                        spans.push(LanguageSpan {
                            start_byte: p_start,
                            end_byte: p_end,
                            language: l,
                        });
                        sums.push((1, None));
                    }
                }
                spans.push(LanguageSpan {
                    start_byte: start,
                    end_byte: end,
                    language,
                });
                sums.push((count, evidence));
            }
        }
    }
    if let Some((start, end, _)) = pending {
        // No clear unit at all: one run over everything, judged as a whole.
        if let Some(language) = judge(text, start, end, pending_sum, filter) {
            spans.push(LanguageSpan {
                start_byte: start,
                end_byte: end,
                language,
            });
            sums.push((1, None));
        }
    }
    for (span, (count, sum)) in spans.iter_mut().zip(sums) {
        if count < 2 {
            continue;
        }
        // More text gives a firmer answer; keep the unit-level one if that fails. A run that
        // holds what the main language was decided on (often the whole text) has its answer.
        let decided = match (&main, &main_sum) {
            (Some(l), Some(m)) if sum.as_ref() == Some(m) => Some(l.clone()),
            _ => judge(text, span.start_byte, span.end_byte, sum, filter),
        };
        if let Some(l) = decided {
            span.language = l;
        }
    }
    (main, spans)
}

/// The language of `text[start..end]` from its units' summed evidence, read again only when
/// there is no sum (a unit without evidence, or units weighing other candidates).
fn judge(
    text: &str,
    start: usize,
    end: usize,
    sum: Option<Evidence>,
    filter: &LangFilter,
) -> Option<Language> {
    let piece = &text[start..end];
    match sum {
        Some(evidence) => evidence.decide(piece, filter),
        None => detect_language(piece, filter),
    }
}

/// The main language: the summed evidence of the units in the script that covers the most
/// bytes; whole-text detection when that script has no evidence to sum (e.g. Greek, Hangul).
/// The sum it was decided on comes with it.
fn main_language(
    text: &str,
    filter: &LangFilter,
    units: &[Unit],
) -> (Option<Language>, Option<Evidence>) {
    let mut by_script: Vec<(&str, usize)> = Vec::new();
    for (s, e, l, _) in units {
        match by_script.iter_mut().find(|(script, _)| *script == l.script) {
            Some((_, bytes)) => *bytes += e - s,
            None => by_script.push((l.script, e - s)),
        }
    }
    let Some((script, _)) = by_script.iter().max_by_key(|(_, bytes)| *bytes) else {
        return (None, None);
    };
    let sum =
        sum_evidence(units.iter().filter(|u| u.2.script == *script)).filter(|ev| ev.letters() > 0);
    match sum.as_ref().and_then(|ev| ev.decide(text, filter)) {
        Some(language) => (Some(language), sum),
        None => (detect_language(text, filter), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<(&str, &str)> {
        language_spans(text, &crate::segment::sentences(text), &LangFilter::all())
            .1
            .into_iter()
            .map(|s| (s.language.code, &text[s.start_byte..s.end_byte]))
            .collect()
    }

    #[test]
    fn splits_a_french_article_with_an_english_paragraph() {
        let text = "Le ministre a défendu mercredi la réforme des aides aux éleveurs.\n\n\
                    We will look very carefully at whether these subsidies respect the rules.\n\n\
                    Nous ne demandons rien d'autre que l'équité, a répondu le ministre.";
        let codes: Vec<_> = runs(text).into_iter().map(|r| r.0).collect();
        assert_eq!(codes, ["fr", "en", "fr"]);
    }

    #[test]
    fn a_quoted_tweet_inside_a_sentence_is_its_own_run() {
        let text = "La commissaire a réagi en anglais sur les réseaux sociaux : \"We will look very \
                    carefully at whether these subsidies respect the rules of the market.\" Le \
                    ministre n'a pas souhaité commenter cette déclaration.";
        let r = runs(text);
        assert_eq!(
            r.iter().map(|r| r.0).collect::<Vec<_>>(),
            ["fr", "en", "fr"]
        );
        assert!(r[1].1.starts_with("We will") && r[1].1.ends_with("market."));
    }

    #[test]
    fn merges_agreeing_sentences_and_skips_empty_ones() {
        let text = "  Die Regierung hat neue Hilfen angekündigt.\n\nDie Opposition kritisiert das Paket.\n123\n";
        let r = runs(text);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, "de");
        assert!(r[0].1.starts_with("Die Regierung") && r[0].1.ends_with("Paket."));
        assert!(runs("").is_empty());
        assert!(runs("123 456").is_empty());
    }

    #[test]
    fn short_unclear_lines_join_their_neighbours() {
        let text = "OK.\nLe conseil municipal a voté le budget de la ville mardi soir.\nMerci.";
        let r = runs(text);
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "fr");
    }
}
