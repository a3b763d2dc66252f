//! One claim per number that counts something: what it counts (as written and as a concept),
//! from the words around the number, read with the language's lexicon.

use super::about::{
    amount_subject, is_form, measure_subject, modified_noun, opens_with_its_verb, quantity_subject,
    sentence_subject,
};
use super::lexicon::{Compiled, Morph};
use super::tokens::{Tokens, is_quote_mark};
use super::{Claim, Stance};
use crate::lang::Lang;
use crate::numbers::{Number, NumberKind, Qualifier};
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
    /// A measure's unit code ("h", "km", "year"), read from the word after the number.
    unit: Option<&'static str>,
}

/// The claims of `text` given its numbers and quotes (both in text order).
pub(crate) fn claims(
    text: &str,
    sents: &[(usize, usize)],
    lang: Lang,
    numbers: &[Number],
    quotes: &[Quote],
) -> Vec<Claim> {
    let lex = crate::languages::support(lang).claims;
    if numbers.is_empty() {
        return Vec::new();
    }
    let tk = Tokens::new(text);
    // (The quotes lexicon's coordinators join doublets and decades too.)
    let coordinators = crate::languages::support(lang)
        .quotes
        .map_or(&[][..], |r| r.lex.coordinators);
    let mut out: Vec<Claim> = Vec::new();
    // The last claim, when it is a sum or a share whose subject words gave (its own or those
    // of the amount before it): its sentence's start and that subject.
    let mut last_amount: Option<(usize, String)> = None;
    // The start of the last sentence read for hedges, and whether it has one.
    let mut hedged_sentence: Option<(usize, bool)> = None;
    for (ni, n) in numbers.iter().enumerate() {
        if matches!(
            n.kind,
            NumberKind::Year | NumberKind::Date | NumberKind::Ordinal
        ) {
            continue;
        }
        let (ss, se) = sentence_of(sents, n);
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
        // "7-ма школа", "у 80-х роках", "her 19-year-old son", "der 60-jährige Meier",
        // "к 85-летию": an ordinal, a decade, an age or an anniversary joined by a hyphen.
        if lex.is_some_and(|lex| hyphen_compound(&tk.text[n.end_byte..], lex.lex)) {
            continue;
        }
        if vague_scale(text, n, lang)
            || lex.is_some_and(|lex| decade(&tk, lex, coordinators, numbers, ni, &w))
            || first_day_of_dates(text, lang, numbers, ni)
            || name_in_marks(text, n)
            || lex.is_some_and(|lex| time_of_day(&tk, lex, &w))
        {
            continue;
        }
        let amount = matches!(n.kind, NumberKind::Currency | NumberKind::Percent);
        let own =
            || lex.and_then(|lex| amount_subject(&tk, lex, &w, n.kind == NumberKind::Percent));
        let counted = match n.kind {
            NumberKind::Currency => n.unit.map(|u| Counted {
                concept: Some(u),
                subject: own(),
                unit: None,
            }),
            NumberKind::Percent => Some(Counted {
                concept: Some("percent"),
                subject: own(),
                unit: None,
            }),
            _ => match lex {
                Some(lex) if !is_ratio(&tk, lex, numbers, ni) => counted(&tk, lex, n, &w),
                _ => None,
            },
        };
        let Some(mut c) = counted else { continue };
        c.subject = c.subject.map(|s| with_doublet(&tk, coordinators, s, w.hi));
        let as_written =
            |(a, b): (usize, usize)| text[tk.toks[a].start..tk.toks[b - 1].end].to_string();
        let mut subject = c.subject.map(as_written);
        // "à 5 milliards de dollars (4,6 milliards d'euros), contre 3 milliards": a sum or a
        // share that says nothing of its own is about the one before it in its sentence, else
        // about the noun that opens the sentence.
        if amount && subject.is_none() {
            subject = last_amount
                .take()
                .filter(|(start, _)| *start == ss)
                .map(|(_, said)| said);
        }
        last_amount = subject.clone().filter(|_| amount).map(|said| (ss, said));
        if amount && subject.is_none() {
            subject = lex
                .and_then(|lex| sentence_subject(&tk, lex.lex, &w))
                .map(as_written);
        }
        // "Le chiffre d'affaires a progressé de 5 %. Il a atteint 3 milliards": a sentence that
        // opens with its verb is about the last subject of the sentence right before it.
        if amount
            && subject.is_none()
            && lex.is_some_and(|lex| opens_with_its_verb(&tk, lex.lex, &w))
        {
            let before = sents
                .partition_point(|&(a, _)| a < ss)
                .checked_sub(1)
                .map(|k| sents[k].0);
            subject = out
                .last()
                .filter(|c| {
                    Some(c.sentence_start_byte) == before
                        && !text[c.sentence_end_byte..ss].contains("\n\n")
                })
                .and_then(|c| c.subject.clone());
        }
        let quote = quote_of(quotes, n).or_else(|| attributed_after(quotes, n, (ss, se)));
        let mut number = n.clone();
        if number.unit.is_none() {
            number.unit = c.unit;
        }
        // (Once per sentence: a sentence of many numbers is read for hedges once.)
        let hedged = match hedged_sentence {
            Some((start, h)) if start == ss => h,
            _ => {
                let h = lex.is_some_and(|lex| lex.hedged(&tk, w.sentence_lo, tk.at_or_after(se)));
                hedged_sentence = Some((ss, h));
                h
            }
        };
        let stance = stance(quote, hedged);
        out.push(Claim {
            number,
            subject,
            concept: c.concept.map(str::to_string),
            speaker: quote.and_then(|q| q.speaker.clone()),
            source: quote.and_then(|q| q.source.clone()),
            stance,
            sentence_start_byte: ss,
            sentence_end_byte: se,
        });
    }
    share_counted_nouns(&tk, &mut out);
    out
}

/// "Schülerinnen und Schüler", "ciudadanos y ciudadanas", "électeurs et électrices": a noun
/// phrase ending on one form of a word coordinated with another form of the same word names
/// both; the subject `(a, b)` takes in the second (before token `hi`).
fn with_doublet(
    tk: &Tokens<'_>,
    coordinators: &[&str],
    (a, b): (usize, usize),
    hi: usize,
) -> (usize, usize) {
    let (and, other) = (b, b + 1);
    if other >= hi
        || !tk.toks[b - 1].word
        || !tk.toks[and].word
        || !tk.toks[other].word
        || !coordinators.contains(&tk.low(and))
    {
        return (a, b);
    }
    let (head, next) = (tk.low(b - 1), tk.low(other));
    let shared = head
        .chars()
        .zip(next.chars())
        .take_while(|(x, y)| x == y)
        .count();
    // Each word's letters past the shared stem, and its last letter.
    let rest = |w: &str| (w.chars().count() - shared, w.chars().last());
    let ((n1, last1), (n2, last2)) = (rest(head), rest(next));
    // Past the shared stem, a gender ending added ("Lehrer" / "Lehrerinnen") or two endings
    // that agree in number ("-os" / "-as", "-eurs" / "-rices"); anything longer or unlike is
    // another word of the same root ("Schulen und Schulhöfe").
    let added = (n1 == 0) != (n2 == 0) && n1.max(n2) <= 5;
    let agreeing = n1 > 0 && n2 > 0 && n1.max(n2) <= 5 && last1 == last2;
    if shared >= 4 && (added || agreeing) {
        (a, other + 1)
    } else {
        (a, b)
    }
}

/// "16 von 33 Kindern", "only 57 of 153 kids": a count with no noun of its own, next to
/// another count in its sentence, a few words away, counts the same thing; failing that, so
/// does the count before it in the sentence ("2 209 Français ont été localisés tandis que 393
/// n'ont pas pu être joints", "384 leden stemden voor, 269 tegen"), or, in a sentence where
/// no count names its noun, the last count of the sentence right before it in the paragraph
/// ("Im Norden kamen 80 von 240 Schülern. Im Süden waren es nur 35 von 190.").
fn share_counted_nouns(tk: &Tokens<'_>, claims: &mut [Claim]) {
    // Claims come in text order, so each sentence's claims are a run: one pass, keeping the
    // run's start, whether the sentence names a counted noun, and its last claim that does
    // (a sentence of thousands of numbers stays linear).
    let mut run_start = 0;
    let mut named_here = false;
    let mut last_named: Option<usize> = None;
    for k in 0..claims.len() {
        let ss = claims[k].sentence_start_byte;
        if k == 0 || claims[k - 1].sentence_start_byte != ss {
            run_start = k;
            last_named = None;
            named_here = claims[k..]
                .iter()
                .take_while(|o| o.sentence_start_byte == ss)
                .any(|o| o.subject.is_some());
        }
        if claims[k].subject.is_none() && claims[k].number.unit.is_none() {
            let near = |o: &Claim| {
                let (a, b) = if o.number.start_byte > claims[k].number.end_byte {
                    (claims[k].number.end_byte, o.number.start_byte)
                } else {
                    (o.number.end_byte, claims[k].number.start_byte)
                };
                o.sentence_start_byte == ss
                    && o.subject.is_some()
                    && o.number.unit.is_none()
                    && a <= b
                    && tk.at_or_after(b) - tk.at_or_after(a) <= 3
            };
            let other = [k.wrapping_sub(1), k + 1]
                .into_iter()
                .filter_map(|i| claims.get(i))
                .find(|o| near(o))
                .or_else(|| last_named.map(|i| &claims[i]))
                .or_else(|| {
                    // (Whole counts only: "a third", "la metà" are shares of something else.)
                    let n = &claims[k].number;
                    if n.kind != NumberKind::Cardinal
                        || n.value.is_none_or(|v| v < 1.0 || v.fract() != 0.0)
                    {
                        return None;
                    }
                    let last_before = &claims[run_start.checked_sub(1)?];
                    let adjacent = tk
                        .text
                        .get(last_before.sentence_end_byte..ss)
                        .is_some_and(|gap| gap.chars().all(|c| c == ' ' || c == '\u{a0}'));
                    (!named_here
                        && adjacent
                        && last_before.subject.is_some()
                        && last_before.number.unit.is_none())
                    .then_some(last_before)
                })
                .map(|o| (o.subject.clone(), o.concept.clone()));
            if let Some((subject, concept)) = other {
                claims[k].subject = subject;
                if claims[k].concept.is_none() {
                    claims[k].concept = concept;
                }
            }
        }
        if claims[k].subject.is_some() && claims[k].number.unit.is_none() {
            last_named = Some(k);
        }
    }
}

/// Token bounds around one number.
pub(super) struct Window {
    /// First token this number may look back to.
    pub lo: usize,
    /// First token of the number itself (tokens before it are `lo..before_hi`).
    pub before_hi: usize,
    /// First token after the number.
    pub after_lo: usize,
    /// End of the tokens this number may look forward to.
    pub hi: usize,
    pub sentence_lo: usize,
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

/// How the article holds a claim: inside a denial it is denied; in a `hedged` sentence
/// ("allegedly", "unconfirmed") doubted; said by someone reported; else the article's own.
fn stance(quote: Option<&Quote>, hedged: bool) -> Stance {
    if quote.is_some_and(|q| q.denial) {
        Stance::Denied
    } else if hedged {
        Stance::Doubted
    } else if quote.is_some_and(|q| q.speaker.is_some() || q.source.is_some()) {
        Stance::Reported
    } else {
        Stance::Asserted
    }
}

/// "… dont près de la moitié en faillite, « un record », selon
/// l'Insee": a number before a quotation whose speaker is named after it, in the same sentence
/// (a postposed attribution, which covers the sentence before it), is that speaker's.
fn attributed_after<'q>(
    quotes: &'q [Quote],
    n: &Number,
    sentence: (usize, usize),
) -> Option<&'q Quote> {
    let (ss, se) = sentence;
    quotes
        .iter()
        .skip_while(|q| q.end_byte <= ss)
        .take_while(|q| q.start_byte < se)
        .find(|q| {
            q.speaker.is_some()
                && q.start_byte >= ss
                && q.end_byte <= se
                && n.end_byte <= q.start_byte
                && q.speaker_start_byte
                    .is_some_and(|m| m >= q.end_byte && m < se)
        })
}

/// "3 in 10 voters", "1 sur 5", "four out of five": a proportion, not two counts. (Out of a
/// base of ten or less, or a power of ten: "16 von 33 Kindern" counts 16 children and 33.)
fn is_ratio(tk: &Tokens<'_>, lex: &Compiled, numbers: &[Number], ni: usize) -> bool {
    let base = |b: &Number| {
        b.value
            .is_some_and(|v| v <= 10.0 || v == 100.0 || v == 1000.0)
    };
    let between = |a: &Number, b: &Number| {
        let i = tk.at_or_after(a.end_byte);
        let j = tk.at_or_after(b.start_byte);
        base(b)
            && (1..=2).contains(&(j - i))
            && (i..j).all(|k| Compiled::is_in(lex.lex.ratio, tk.low(k)))
    };
    (ni + 1 < numbers.len() && between(&numbers[ni], &numbers[ni + 1]))
        || (ni > 0 && between(&numbers[ni - 1], &numbers[ni]))
}

fn counted(tk: &Tokens<'_>, lex: &Compiled, n: &Number, w: &Window) -> Option<Counted> {
    let l = lex.lex;
    // "35 °C", "-5 °F", "41 °": a temperature.
    if w.after_lo < w.hi && tk.raw(w.after_lo) == "°" {
        let next = w.after_lo + 1;
        let unit = if next < tk.len() && tk.raw(next) == "F" {
            "°F"
        } else {
            "°C"
        };
        return Some(Counted {
            concept: Some(unit),
            subject: quantity_subject(tk, l, w, false),
            unit: Some(unit),
        });
    }
    let mut i = w.after_lo;
    while i < w.hi && i < w.after_lo + 2 && Compiled::is_in(l.connectors, tk.low(i)) {
        i += 1;
        // A partitive's article or possessive: "100,000 of its soldiers", "un tiers des".
        while i < w.hi && i < w.after_lo + 3 && tk.toks[i].word && is_stop(tk, l, i) {
            i += 1;
        }
    }
    // What is counted may stand in quotation marks: 'an army of 100,000 "volunteer soldiers"'.
    if i < w.hi && !tk.toks[i].word && is_quote_mark(tk.raw(i)) {
        i += 1;
    }
    let start = i;
    let window = if l.noun_first { 2 } else { WINDOW };
    let mut noun: Option<(&'static str, usize, usize)> = None;
    let mut j = start;
    while j < w.hi && tk.toks[j].word && (noun.is_some() || j < start + window) {
        if let Some((unit, len)) = lex.unit(tk, j, w.hi) {
            // "120 km/h", "25 м/с", "900 kilometres per hour": a distance over a time.
            let (unit, len) =
                speed(tk, lex, unit, j + len, w.hi).map_or((unit, len), |(u, end)| (u, end - j));
            if noun.is_none() {
                // A number of years after "aged" or before "old" is a person's age.
                // (Also where the number took the words in as its qualifier: "menores de 2
                // años" is read as "at most 2".)
                let own_start = (w.before_hi..w.after_lo)
                    .find(|&k| tk.low(k).starts_with(|c: char| c.is_ascii_digit()))
                    .unwrap_or(w.before_hi);
                if unit == "year"
                    && (lex.age_before_years(tk, w.before_hi)
                        || lex.age_before_years(tk, own_start)
                        || lex.age_after(tk, j + len))
                {
                    return None;
                }
                // What a weight or a volume measures may follow its unit: "5 кг мяса", "2
                // tonnes of rice", "10 Tonnen Weizen", "3 Millionen Barrel Rohöl"; else the unit is all the phrase says
                // (a duration or a distance is followed by anything: "fünf Monate sperren"),
                // but for a duration's complement, a common noun after a connector or a
                // German noun: "20 ans de prison", "tres días de huelga", "20 Jahren Haft" (not
                // "10 km de Paris", "5 ans de Macron").
                let after = j + len;
                let duration = matches!(unit, "year" | "month" | "week" | "day" | "h" | "min");
                let common_after = |k: usize| {
                    k < w.hi && tk.toks[k].word && (l.nouns_capitalised || !tk.capitalized(k))
                };
                let complement = duration
                    && after < w.hi
                    && tk.toks[after].word
                    && ((Compiled::is_in(l.connectors, tk.low(after)) && common_after(after + 1))
                        || (l.nouns_capitalised && tk.capitalized(after)));
                let mut k =
                    if matches!(unit, "kg" | "g" | "t" | "l" | "m3" | "barrel") || complement {
                        after
                    } else {
                        w.hi
                    };
                if k < w.hi && tk.toks[k].word && Compiled::is_in(l.connectors, tk.low(k)) {
                    k = past_stop_words(tk, l, k + 1, w.hi.min(k + 3));
                }
                let measured = (k < w.hi && tk.toks[k].word && lex.unit(tk, k, w.hi).is_none())
                    .then(|| noun_after(tk, l, k, w.hi))
                    .flatten();
                // "a 20 minute walk": the noun the measure modifies.
                let measured = measured.or_else(|| {
                    (l.measure_modifies && after < w.hi && lex.unit(tk, after, w.hi).is_none())
                        .then(|| modified_noun(tk, l, w, after))
                        .flatten()
                });
                // "Нарада тривала близько 30 хв": what lasts, costs or weighs it.
                let measured = measured.or_else(|| measure_subject(tk, lex, w, duration, after));
                return Some(Counted {
                    concept: Some(unit),
                    subject: measured.or(Some((start, j + len))),
                    unit: Some(unit),
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
        if concept == "person" && refers_back(tk, lex, n, w, end) {
            return None;
        }
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
            unit: None,
        });
    }
    // No noun: "Five reportedly died", "трое получили ранения".
    if let Some((c, (a, b))) = after_verb(tk, lex, w.after_lo, w.hi) {
        return Some(Counted {
            concept: Some(c),
            subject: Some((a, b)),
            unit: None,
        });
    }
    if let Some((c, _)) = before_verb(tk, lex, w) {
        return Some(Counted {
            concept: Some(c),
            subject: None,
            unit: None,
        });
    }
    if let Some(c) = toll(tk, lex, w) {
        return Some(Counted {
            concept: Some(c),
            subject: None,
            unit: None,
        });
    }
    // No noun after it: "put at about 25,000" is the subject's count.
    unlisted(tk, lex, n, w, start).map(|subject| Counted {
        concept: None,
        subject: subject.or_else(|| quantity_subject(tk, l, w, false)),
        unit: None,
    })
}

/// A distance unit `unit` ending at token `end` and a time after "/" or a word for "per"
/// (`Lex::per`): the speed's unit code and the token after it.
fn speed(
    tk: &Tokens<'_>,
    lex: &Compiled,
    unit: &'static str,
    end: usize,
    hi: usize,
) -> Option<(&'static str, usize)> {
    if !matches!(unit, "km" | "m") || end + 1 >= hi {
        return None;
    }
    let per =
        tk.raw(end) == "/" || (tk.toks[end].word && Compiled::is_in(lex.lex.per, tk.low(end)));
    if !per {
        return None;
    }
    // (After "/", the one-letter symbols: "km/h", "м/с".)
    let symbol = match tk.low(end + 1) {
        "h" | "ч" => Some(("h", 1)),
        "s" | "с" => Some(("s", 1)),
        _ => None,
    };
    let (time, len) = lex.unit(tk, end + 1, hi).or(symbol)?;
    let code = match (unit, time) {
        ("km", "h") => "km/h",
        ("m", "s") => "m/s",
        _ => return None,
    };
    Some((code, end + 1 + len))
}

/// The first token from `i` (before `hi`) that is not a stop word (an article, a possessive,
/// a preposition).
pub(super) fn past_stop_words(
    tk: &Tokens<'_>,
    l: &super::lexicon::Lex,
    mut i: usize,
    hi: usize,
) -> usize {
    while i < hi && tk.toks[i].word && l.is_stop_word(tk.low(i)) {
        i += 1;
    }
    i
}

/// "The two men met", "hai người chào nhau": two or three people after a definite article
/// or before a reciprocal pronoun are people just named, not a count anyone claims.
fn refers_back(tk: &Tokens<'_>, lex: &Compiled, n: &Number, w: &Window, end: usize) -> bool {
    let l = lex.lex;
    if !n.value.is_some_and(|v| v == 2.0 || v == 3.0) {
        return false;
    }
    let definite = w.before_hi > w.lo
        && tk.toks[w.before_hi - 1].word
        && Compiled::is_in(l.definite, tk.low(w.before_hi - 1));
    let hi = (end + 5).min(tk.len());
    let reciprocal = (end..hi)
        .take_while(|&k| tk.toks[k].word)
        .any(|k| lex.reciprocal(tk, k, hi));
    definite || reciprocal
}

pub(super) fn is_stop(tk: &Tokens<'_>, l: &super::lexicon::Lex, j: usize) -> bool {
    let low = tk.low(j);
    l.is_stop_word(low)
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

/// A number next to no word the lexicon knows still counts something (the noun after it, as
/// written, when there is one) unless it labels, names, dates, scores or gives an age.
fn unlisted(
    tk: &Tokens<'_>,
    lex: &Compiled,
    n: &Number,
    w: &Window,
    start: usize,
) -> Option<Option<(usize, usize)>> {
    let l = lex.lex;
    // "page 12", "Rossiya 1", "Boeing 737": the number names something. (Where every noun is
    // capitalised, a noun before the number names it only when no noun follows it: "Heute hat
    // die Stadt 200 neue Schulen" counts schools, "Linie 5 fährt" names a line.)
    if w.before_hi > w.sentence_lo.max(w.lo) {
        let p = w.before_hi - 1;
        let counts_a_noun = l.nouns_capitalised
            && (start..w.hi.min(start + 2))
                .take_while(|&k| tk.toks[k].word)
                .any(|k| tk.capitalized(k));
        if Compiled::is_in(l.labels, tk.low(p))
            || (tk.toks[p].word && tk.capitalized(p) && !tk.sentence_initial(p) && !counts_a_noun)
        {
            return None;
        }
    }
    let raw = &tk.text[n.start_byte..n.end_byte];
    // "Der 1974 gebaute Damm": four bare digits in the range of years, with a noun the lexicon
    // does not know, are a year the number engine could not tell.
    if raw.len() == 4
        && raw.bytes().all(|b| b.is_ascii_digit())
        && n.value.is_some_and(|v| (1800.0..=2100.0).contains(&v))
    {
        return None;
    }
    // A written "one" ("one of them", "un homme", "ein Mann") is an article more often than
    // a count; a clock time or a score ("5:30", "2:1") counts nothing.
    if (n.value == Some(1.0) && !raw.bytes().any(|b| b.is_ascii_digit())) || raw.contains(':') {
        return None;
    }
    // A score written like a range, whose ends fall or tie: "4-1", "1-1" (a range rises).
    if n.qualifier == Qualifier::Range
        && !raw.contains(' ')
        && matches!((n.low, n.high), (Some(a), Some(b)) if a >= b)
    {
        return None;
    }
    // "seit dem 4. Spieltag": digits, a point, a word after an article.
    let dot_ordinal = l.dot_ordinals
        && tk.text[n.end_byte..].starts_with(". ")
        && w.before_hi > 0
        && tk.toks[w.before_hi - 1].word
        && is_stop(tk, l, w.before_hi - 1)
        && tk.text[n.end_byte + 2..].starts_with(char::is_alphabetic);
    if dot_ordinal
        || age_apposition(tk, n, w)
        || in_a_sequence(tk, n)
        || clock_time(raw)
        || lex.age_before(tk, w.before_hi)
    {
        return None;
    }
    // A number word capitalised inside a sentence, before another capital, is part of a name
    // ("Seven Mile Beach").
    let first = tk.at_or_after(n.start_byte);
    if first < tk.len()
        && tk.capitalized(first)
        && !tk.sentence_initial(first)
        && !raw.bytes().any(|b| b.is_ascii_digit())
        && start < tk.len()
        && tk.toks[start].word
        && tk.capitalized(start)
    {
        return None;
    }
    // Where nouns follow the number, a capitalised word there is what is counted: a
    // nationality or a model ("2 209 Français", "due F-35").
    let names = l.noun_first && l.morph != Morph::Plain && start == w.after_lo;
    let subject = noun_after(tk, l, start, w.hi)
        .or_else(|| names.then(|| name_after(tk, start, w.hi)).flatten());
    // "khối 12", "Quyết định 281": where counts go before their nouns, a number after a word
    // that is no verb of quantity, with no noun of its own, names what that word names.
    if subject.is_none() && l.postposed_labels && w.before_hi > w.sentence_lo.max(w.lo) {
        let p = w.before_hi - 1;
        let low = tk.low(p);
        let names = tk.toks[p].word
            && !is_stop(tk, l, p)
            && !is_form(l.quantity_verbs, low)
            && !is_form(l.copulas, low);
        if names {
            return None;
        }
    }
    // "cả hai đều …", "the two met": people just named, with no noun of their own.
    if subject.is_none() && refers_back(tk, lex, n, w, start) {
        return None;
    }
    Some(subject)
}

/// Does the text right after a number join it to an ordinal or decade ending
/// (`ordinal_suffixes`, the whole word, by a hyphen or glued: "7-ма", "da 7a Vara") or by a
/// hyphen to an age or anniversary (`age_compounds`, the start of the hyphenated words)?
fn hyphen_compound(after: &str, l: &super::lexicon::Lex) -> bool {
    let letters = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphabetic() || *c == '-')
            .collect::<String>()
            .to_lowercase()
    };
    let Some(rest) = after.strip_prefix('-') else {
        return l.ordinal_suffixes.contains(&letters(after).as_str());
    };
    let chain = letters(rest);
    let word = chain.split('-').next().unwrap_or("");
    l.ordinal_suffixes.contains(&word) || l.age_compounds.iter().any(|p| chain.starts_with(p))
}

/// "on 12 and 13 April", "12 и 13 апреля", "3–5 mai": a day joined by a coordinator of the
/// language or a dash to the date after it is a date too.
fn first_day_of_dates(text: &str, lang: Lang, numbers: &[Number], ni: usize) -> bool {
    let n = &numbers[ni];
    let Some(next) = numbers.get(ni + 1) else {
        return false;
    };
    let gap = text.get(n.end_byte..next.start_byte).unwrap_or("").trim();
    n.kind == NumberKind::Cardinal
        && n.unit.is_none()
        && next.kind == NumberKind::Date
        && n.value
            .is_some_and(|v| (1.0..=31.0).contains(&v) && v.fract() == 0.0)
        && (matches!(gap, "-" | "–" | "—")
            || crate::languages::support(lang)
                .quotes
                .is_some_and(|r| r.lex.coordinators.contains(&gap.to_lowercase().as_str())))
}

/// "des millions de personnes", "Die Sendung erreicht Millionen", "recebe milhões de dólares":
/// a word for millions or more alone says many, not how many.
fn vague_scale(text: &str, n: &Number, lang: Lang) -> bool {
    let raw = &text[n.start_byte..n.end_byte];
    if raw.bytes().any(|b| b.is_ascii_digit()) || !n.value.is_some_and(|v| v >= 1e6) {
        return false;
    }
    let first = raw.split_whitespace().next().unwrap_or("");
    crate::numbers::parse_number(first, lang).is_some_and(|v| v >= 1e6)
}

/// "la cadena «36,6»", "la película «1917»": a number in digits that is all a name in
/// quotation marks. (Words there are someone's words: "“one hundred per cent”".)
fn name_in_marks(text: &str, n: &Number) -> bool {
    let before = text[..n.start_byte].chars().next_back();
    matches!(n.kind, NumberKind::Cardinal | NumberKind::Decimal)
        && text[n.start_byte..n.end_byte]
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
        && before.is_some_and(|c| matches!(c, '«' | '“' | '„' | '"'))
        && text[n.end_byte..].starts_with(['»', '”', '“', '"'])
}

/// "om twintig over negen", "seis horas da manhã", "о 9 годині ранку": a time of day (a word
/// before the number, or one after it or after its word for hours).
fn time_of_day(tk: &Tokens<'_>, lex: &Compiled, w: &Window) -> bool {
    let l = lex.lex;
    let b = w.before_hi;
    if b > w.sentence_lo && tk.toks[b - 1].word && Compiled::is_in(l.clock_before, tk.low(b - 1)) {
        return true;
    }
    let mut a = w.after_lo;
    if let Some(("h", len)) = lex.unit(tk, a, tk.len()) {
        a += len;
    }
    a < tk.len() && lex.clock_after(tk, a)
}

/// Digits glued to other digits by a dash or set in brackets after them: a score ("6-4, 7-6
/// (5)"), a code or a sequence, not a count; and digits with a leading zero ("0100 GMT").
fn in_a_sequence(tk: &Tokens<'_>, n: &Number) -> bool {
    let text = tk.text;
    let raw = &text[n.start_byte..n.end_byte];
    if raw.len() > 1 && raw.starts_with('0') && raw.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    let glued_before = dash_then_digit(text[..n.start_byte].chars().rev());
    let glued_after = dash_then_digit(text[n.end_byte..].chars());
    // "7-6 (5)": a tie-break in brackets right after a score.
    let bracketed = text[..n.start_byte].ends_with('(')
        && text[..n.start_byte - 1]
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit())
        && text[n.end_byte..].starts_with(')');
    // "1+1": a plus glued between digits.
    let plus = raw.ends_with('+') && text[n.end_byte..].starts_with(|c: char| c.is_ascii_digit());
    plus || (raw.bytes().all(|b| b.is_ascii_digit()) && (glued_before || glued_after || bracketed))
}

/// Do the characters next to a number (read away from it) open with a dash and a digit ("6-4";
/// a plus too: "1+1" names a channel)?
fn dash_then_digit(mut cs: impl Iterator<Item = char>) -> bool {
    matches!((cs.next(), cs.next()), (Some('-' | '–' | '+'), Some(x)) if x.is_ascii_digit())
}

/// "15.00", "20.30", "18h30": a time of day written with a point or an "h".
fn clock_time(raw: &str) -> bool {
    let Some((h, m)) = raw.split_once(['.', 'h', ':']) else {
        return false;
    };
    h.len() <= 2
        && m.len() == 2
        && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
        && h.parse::<u32>().is_ok_and(|h| h <= 24)
        && m.parse::<u32>().is_ok_and(|m| m < 60 && m % 5 == 0)
}

/// "los años 80 y 90", "de jaren zeventig", "les années 80": a round number of tens right after
/// the word for years (or after such a decade and a coordinator) names a decade.
fn decade(
    tk: &Tokens<'_>,
    lex: &Compiled,
    coordinators: &[&str],
    numbers: &[Number],
    ni: usize,
    w: &Window,
) -> bool {
    let n = &numbers[ni];
    let raw = &tk.text[n.start_byte..n.end_byte];
    // Two digits, or a number word ("de jaren zeventig", "gli anni Sessanta", "jaren nul").
    let digits = raw.bytes().filter(u8::is_ascii_digit).count();
    let tens = (digits == 2 && raw.len() == 2 || digits == 0)
        && n.value.is_some_and(|v| v < 100.0 && v % 10.0 == 0.0);
    let b = w.before_hi;
    if !tens || b == 0 || !tk.toks[b - 1].word {
        return false;
    }
    let after_years = (b.saturating_sub(2)..b).any(|s| {
        lex.unit(tk, s, b)
            .is_some_and(|(u, len)| u == "year" && s + len == b)
    });
    // ("… 80 y 90": the decade before, then a coordinator.)
    let after_decade = b >= 2
        && ni > 0
        && coordinators.contains(&tk.low(b - 1))
        && tk.at_or_after(numbers[ni - 1].end_byte) == b - 1
        && decade(
            tk,
            lex,
            coordinators,
            numbers,
            ni - 1,
            &Window {
                before_hi: tk.at_or_after(numbers[ni - 1].start_byte),
                ..*w
            },
        );
    after_years || after_decade
}

/// "Parise, 35, had …", "The driver, 45, survived", "Parata (75)": a bare whole number under
/// 120 set off by commas or brackets after a name or a noun is an age.
fn age_apposition(tk: &Tokens<'_>, n: &Number, w: &Window) -> bool {
    let b = w.before_hi;
    let a = w.after_lo;
    let raw = &tk.text[n.start_byte..n.end_byte];
    let small = raw.bytes().all(|b| b.is_ascii_digit()) && n.value.is_some_and(|v| v < 120.0);
    let opens = small
        && b >= 2
        && !tk.toks[b - 1].word
        && matches!(tk.raw(b - 1), "," | "(")
        && tk.toks[b - 2].word
        && !tk.low(b - 2).starts_with(|c: char| c.is_ascii_digit());
    let closes = a >= tk.len() || (!tk.toks[a].word && matches!(tk.raw(a), "," | ")"));
    // After a name, a dash or the sentence's end closes it too: "said Braun, 38 – who …",
    // "admitted the engineer Ana Lima, 46."
    let after_name = opens
        && tk.capitalized(b - 2)
        && a < tk.len()
        && !tk.toks[a].word
        && matches!(tk.raw(a), "." | ";" | "–" | "—");
    opens && (closes || after_name)
}

/// A name from token `start`: up to three capitalised words ("PIB", "Safran", "F-35",
/// "Banque de France" is cut at "de").
pub(super) fn name_after(tk: &Tokens<'_>, start: usize, hi: usize) -> Option<(usize, usize)> {
    let mut e = start;
    while e < hi && e < start + 3 && tk.toks[e].word && tk.capitalized(e) {
        e += 1;
    }
    (e > start).then_some((start, e))
}

/// The noun phrase a number counts, as written, from token `start`: the head noun right after
/// the number where nouns come first (and the modifiers after it), or up to three words
/// ending at the last content word where modifiers come first. Never a proper name (save
/// German nouns, all capitalised), a stop word or a token that is not a word.
pub(super) fn noun_after(
    tk: &Tokens<'_>,
    l: &super::lexicon::Lex,
    start: usize,
    hi: usize,
) -> Option<(usize, usize)> {
    let reach = if l.noun_first { l.head_tokens() } else { 3 };
    let mut last = None;
    let mut j = start;
    while j < hi && j < start + reach {
        if !tk.toks[j].word || is_stop(tk, l, j) {
            break;
        }
        let low = tk.low(j);
        // (Inner hyphens and apostrophes are the word's own: "м'яса", "жінок-послів"; not a
        // final "'s", a possessive or a plural: "the state's", "collega's".)
        let inner_apostrophe = low
            .rsplit_once('\'')
            .is_none_or(|(_, tail)| tail.chars().count() >= 2);
        if low.chars().count() < 2
            || !inner_apostrophe
            || !low
                .chars()
                .all(|c| crate::text::is_alphabetic(c) || matches!(c, '-' | '\''))
        {
            break;
        }
        let proper = tk.capitalized(j) && !tk.sentence_initial(j);
        let mut compound = false;
        if proper && !l.nouns_capitalised {
            // A name before a common noun modifies it ("200 U.S. military personnel", "three
            // Grammy awards"); a compound whose last part is common is one ("250 SP-leden").
            let common = |k: usize| {
                k < hi
                    && tk.toks[k].word
                    && !tk.capitalized(k)
                    && !is_stop(tk, l, k)
                    && tk.low(k).chars().all(crate::text::is_alphabetic)
            };
            compound = tk
                .raw(j)
                .rsplit_once('-')
                .is_some_and(|(_, tail)| tail.starts_with(char::is_lowercase));
            // (Where nouns come first, the word after a name is its adjective: "PIB prévu".)
            if !((common(j + 1) && !l.noun_first) || compound) {
                break;
            }
        }
        last = Some(j);
        j += 1;
        // The head ends the phrase: a plural ending, a German noun, a word that is no
        // agreeing modifier.
        let head = compound
            || l.head_endings.iter().any(|e| low.ends_with(e))
            || (l.nouns_capitalised && tk.capitalized(j - 1))
            || (!l.modifier_endings.is_empty()
                && !l.modifier_endings.iter().any(|e| low.ends_with(e)));
        if head {
            break;
        }
    }
    last.map(|e| (start, post_modifiers(tk, l, e + 1, hi)))
}
