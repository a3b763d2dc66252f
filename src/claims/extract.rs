//! One claim per number that counts something: what it counts (as written and as a concept),
//! from the words around the number, read with the language's lexicon.

use super::Claim;
use super::lexicon::{Compiled, Fallback, Morph};
use super::tokens::Tokens;
use crate::numbers::{Number, NumberKind};
use crate::quotes::Quote;

/// How many words may stand between a number and the noun it counts ("100,000 North Korean
/// volunteers") in languages that put modifiers first; noun-first languages allow one.
const WINDOW: usize = 4;
/// Fillers allowed between a count and its verb ("three were later injured").
const MAX_FILLERS: usize = 3;
/// How far a verb-final clause may reach for its verb.
const CLAUSE: usize = 8;
/// How far before a number a death-toll word may be ("the death toll rose to 45").
const TOLL_WINDOW: usize = 5;

/// What a number counts.
struct Counted {
    concept: Option<&'static str>,
    /// Token range of the subject as written, if any.
    subject: Option<(usize, usize)>,
}

/// The claims of `text` given its numbers and quotes (both in text order).
pub(crate) fn claims(
    text: &str,
    lex: Option<&Compiled>,
    numbers: &[Number],
    quotes: &[Quote],
) -> Vec<Claim> {
    if numbers.is_empty() {
        return Vec::new();
    }
    let tk = Tokens::new(text);
    let sents = crate::segment::sentences(text);
    let mut out = Vec::new();
    for (ni, n) in numbers.iter().enumerate() {
        if matches!(
            n.kind,
            NumberKind::Year | NumberKind::Date | NumberKind::Ordinal
        ) {
            continue;
        }
        let (ss, se) = sentence_of(&sents, n);
        // Words of this number's own stretch: up to the next number, not before the previous.
        let next_start = numbers.get(ni + 1).map_or(se, |m| m.start_byte.min(se));
        let prev_end = if ni > 0 {
            numbers[ni - 1].end_byte.max(ss)
        } else {
            ss
        };
        let w = Window {
            lo: tk.at_or_after(prev_end),
            before_hi: tk.at_or_after(n.start_byte),
            after_lo: tk.at_or_after(n.end_byte),
            hi: tk.at_or_after(next_start),
            sentence_lo: tk.at_or_after(ss),
        };
        let counted = match n.kind {
            NumberKind::Currency => n.unit.map(|u| Counted {
                concept: Some(u),
                subject: None,
            }),
            NumberKind::Percent => Some(Counted {
                concept: Some("percent"),
                subject: None,
            }),
            _ => match lex {
                Some(lex) if !is_ratio(&tk, lex, numbers, ni) => counted(&tk, lex, n, &w),
                _ => None,
            },
        };
        let Some(c) = counted else { continue };
        let quote = quote_of(quotes, n);
        out.push(Claim {
            number: n.clone(),
            subject: c
                .subject
                .map(|(a, b)| text[tk.toks[a].start..tk.toks[b - 1].end].to_string()),
            concept: c.concept.map(str::to_string),
            speaker: quote.and_then(|q| q.speaker.clone()),
            source: quote.and_then(|q| q.source.clone()),
            sentence_start_byte: ss,
            sentence_end_byte: se,
        });
    }
    out
}

/// Token bounds around one number.
struct Window {
    /// First token this number may look back to.
    lo: usize,
    /// First token of the number itself (tokens before it are `lo..before_hi`).
    before_hi: usize,
    /// First token after the number.
    after_lo: usize,
    /// End of the tokens this number may look forward to.
    hi: usize,
    sentence_lo: usize,
}

fn sentence_of(sents: &[(usize, usize)], n: &Number) -> (usize, usize) {
    let i = sents.partition_point(|&(s, _)| s <= n.start_byte);
    match i.checked_sub(1).map(|i| sents[i]) {
        Some((s, e)) if n.end_byte <= e => (s, e),
        // A number across a sentence boundary (should not happen): its own span.
        _ => (n.start_byte, n.end_byte),
    }
}

/// The quotation or reported speech the number stands in, if any.
fn quote_of<'q>(quotes: &'q [Quote], n: &Number) -> Option<&'q Quote> {
    let i = quotes.partition_point(|q| q.start_byte <= n.start_byte);
    quotes[..i]
        .iter()
        .rev()
        .take(4)
        .find(|q| q.end_byte >= n.end_byte)
}

/// "3 in 10 voters", "1 sur 5": a proportion, not two counts.
fn is_ratio(tk: &Tokens<'_>, lex: &Compiled, numbers: &[Number], ni: usize) -> bool {
    let between = |a: &Number, b: &Number| {
        let i = tk.at_or_after(a.end_byte);
        let j = tk.at_or_after(b.start_byte);
        (1..=2).contains(&(j - i)) && (i..j).all(|k| Compiled::is_in(lex.lex.ratio, tk.low(k)))
    };
    (ni + 1 < numbers.len() && between(&numbers[ni], &numbers[ni + 1]))
        || (ni > 0 && between(&numbers[ni - 1], &numbers[ni]))
}

fn counted(tk: &Tokens<'_>, lex: &Compiled, n: &Number, w: &Window) -> Option<Counted> {
    let l = lex.lex;
    let mut i = w.after_lo;
    while i < w.hi && i < w.after_lo + 2 && Compiled::is_in(l.connectors, tk.low(i)) {
        i += 1;
    }
    let start = i;
    let window = if l.noun_first { 2 } else { WINDOW };
    let mut noun: Option<(&'static str, usize, usize)> = None;
    let mut j = start;
    while j < w.hi && tk.toks[j].word && (noun.is_some() || j < start + window) {
        if let Some((unit, len)) = lex.unit(tk, j, w.hi) {
            if noun.is_none() {
                return Some(Counted {
                    concept: Some(unit),
                    subject: Some((start, j + len)),
                });
            }
            break;
        }
        if noun.is_none() && lex.not_count(tk, j, w.hi) {
            return None;
        }
        if let Some((concept, len)) = lex.noun(tk, j, w.hi) {
            // The last of consecutive nouns heads the phrase ("civilian deaths").
            noun = Some((concept, j, j + len));
            j += len;
            if l.noun_first {
                break;
            }
            continue;
        }
        if noun.is_some() || is_stop(tk, l, j) {
            break;
        }
        j += 1;
    }
    if let Some((concept, _, end)) = noun {
        let end = post_modifiers(tk, l, end, w.hi);
        let mut concept = concept;
        if super::concepts::is_person(concept) {
            // "12 civilians were killed" counts deaths; "погибли шесть человек" too.
            let verb = after_verb(tk, lex, end, w.hi)
                .map(|(c, _)| c)
                .or_else(|| before_verb(tk, lex, w).map(|(c, _)| c))
                .or_else(|| toll(tk, lex, w));
            if let Some(c) = verb {
                concept = c;
            }
        }
        return Some(Counted {
            concept: Some(concept),
            subject: Some((start, end)),
        });
    }
    // No noun: "Six reportedly died", "трое получили ранения".
    if let Some((c, (a, b))) = after_verb(tk, lex, w.after_lo, w.hi) {
        return Some(Counted {
            concept: Some(c),
            subject: Some((a, b)),
        });
    }
    if let Some((c, _)) = before_verb(tk, lex, w) {
        return Some(Counted {
            concept: Some(c),
            subject: None,
        });
    }
    if let Some(c) = toll(tk, lex, w) {
        return Some(Counted {
            concept: Some(c),
            subject: None,
        });
    }
    fallback(tk, l, n, w, start).map(|e| Counted {
        concept: None,
        subject: Some((start, e)),
    })
}

fn is_stop(tk: &Tokens<'_>, l: &super::lexicon::Lex, j: usize) -> bool {
    let low = tk.low(j);
    Compiled::is_in(l.stop, low)
        || Compiled::is_in(l.fillers, low)
        || low.starts_with(|c: char| c.is_ascii_digit())
}

/// Modifiers after a noun-first head: agreeing adjectives ("volontaires nord-coréens") or a
/// proper name ("chí nguyện quân Triều Tiên").
fn post_modifiers(tk: &Tokens<'_>, l: &super::lexicon::Lex, end: usize, hi: usize) -> usize {
    if !l.noun_first || end == 0 {
        return end;
    }
    let mut e = end;
    if l.morph == Morph::Plain {
        while e < hi && e < end + 3 && tk.toks[e].word && tk.capitalized(e) {
            e += 1;
        }
        return e;
    }
    let head = tk.low(end - 1);
    let plural_mark = head.chars().last().filter(|c| matches!(c, 's' | 'x' | 'i'));
    while e < hi && e < end + 2 && tk.toks[e].word {
        let low = tk.low(e);
        let agrees = plural_mark.is_none_or(|m| low.ends_with(m));
        if tk.capitalized(e)
            || !agrees
            || low.chars().count() < 4
            || is_stop(tk, l, e)
            || !low
                .chars()
                .all(|c| crate::text::is_alphabetic(c) || c == '-')
        {
            break;
        }
        e += 1;
    }
    e
}

/// A verb after the count, past a few fillers: "died", "were injured", "sont mortes"; in a
/// verb-final language anywhere up to the end of the clause ("12.500 Einwohner aus dem Tal
/// evakuiert").
fn after_verb(
    tk: &Tokens<'_>,
    lex: &Compiled,
    from: usize,
    hi: usize,
) -> Option<(&'static str, (usize, usize))> {
    let mut j = from;
    let mut fillers = 0;
    let reach = if lex.lex.verb_final { CLAUSE } else { 0 };
    while j < hi && tk.toks[j].word {
        if let Some((c, len)) = lex.after(tk, j, hi) {
            return Some((c, (j, j + len)));
        }
        if fillers < MAX_FILLERS && Compiled::is_in(lex.lex.fillers, tk.low(j)) {
            fillers += 1;
            j += 1;
            continue;
        }
        if j < from + reach {
            j += 1;
            continue;
        }
        break;
    }
    None
}

/// A verb right before the number: "killed 12", "murieron seis personas".
fn before_verb(tk: &Tokens<'_>, lex: &Compiled, w: &Window) -> Option<(&'static str, usize)> {
    let mut j = w.before_hi;
    let mut fillers = 0;
    while j > w.lo {
        j -= 1;
        if !tk.toks[j].word {
            return None;
        }
        // Forms of up to three words ending right before the number.
        for k in 0..3 {
            if j >= w.lo + k {
                if let Some((c, len)) = lex.before(tk, j - k, j + 1) {
                    if j - k + len == j + 1 {
                        return Some((c, j - k));
                    }
                }
            }
        }
        if fillers < 2 && Compiled::is_in(lex.lex.fillers, tk.low(j)) {
            fillers += 1;
            continue;
        }
        return None;
    }
    None
}

/// "The death toll rose to 45": a toll word shortly before the number, same clause.
fn toll(tk: &Tokens<'_>, lex: &Compiled, w: &Window) -> Option<&'static str> {
    let lo = w.lo.max(w.before_hi.saturating_sub(TOLL_WINDOW));
    let mut j = w.before_hi;
    while j > lo {
        j -= 1;
        if !tk.toks[j].word {
            return None;
        }
        if let Some((c, _)) = lex.toll(tk, j, w.before_hi) {
            return Some(c);
        }
    }
    None
}

/// A counted noun the lexicon does not know; `None` unless it looks like one.
fn fallback(
    tk: &Tokens<'_>,
    l: &super::lexicon::Lex,
    n: &Number,
    w: &Window,
    start: usize,
) -> Option<usize> {
    // "page 12", "Rossiya 1", "Boeing 737": the number names something.
    if w.before_hi > w.sentence_lo.max(w.lo) {
        let p = w.before_hi - 1;
        if Compiled::is_in(l.labels, tk.low(p))
            || (tk.toks[p].word && tk.capitalized(p) && !tk.sentence_initial(p))
        {
            return None;
        }
    }
    // "Der 1974 gebaute Damm": four bare digits in the range of years, with a noun the lexicon
    // does not know, are a year the number engine could not tell.
    let digits = &tk.text[n.start_byte..n.end_byte];
    if digits.len() == 4
        && digits.bytes().all(|b| b.is_ascii_digit())
        && n.value.is_some_and(|v| (1800.0..=2100.0).contains(&v))
    {
        return None;
    }
    // Modifier-first languages may put up to two adjectives before the noun ("two new
    // interfaces").
    let reach = if l.noun_first { 1 } else { 3 };
    let mut j = start;
    while j < w.hi && j < start + reach {
        if !tk.toks[j].word || is_stop(tk, l, j) {
            return None;
        }
        let raw = tk.raw(j);
        let low = tk.low(j);
        if low.chars().count() < 3 || !low.chars().all(crate::text::is_alphabetic) {
            return None;
        }
        let ok = match l.fallback {
            Fallback::Never => return None,
            Fallback::Capitalized => raw.starts_with(char::is_uppercase),
            Fallback::Plural(endings) => {
                if raw.starts_with(char::is_uppercase) {
                    return None;
                }
                n.value != Some(1.0) && endings.iter().any(|e| low.ends_with(e))
            }
        };
        if ok {
            return Some(post_modifiers(tk, l, j + 1, w.hi));
        }
        j += 1;
    }
    None
}
