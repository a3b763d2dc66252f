//! What a sum, a share or a measure is about when no noun of its own follows the number: the
//! complement after it ("80 % of voters", "10 % опрошенных"), the noun before an amount frame
//! ("долги на сумму …"), the subject of the verb that gives the quantity ("Les ventes ont
//! augmenté de 3 %", "выручка составила …"), the noun before a connector ("un budget de
//! …"); failing these (in `extract`), the amount before it in its sentence, or the noun that
//! opens the sentence.

use super::extract::{Window, is_stop, name_after, noun_after, past_stop_words};
use super::lexicon::{Compiled, Lex, Morph};
use super::tokens::{Tokens, is_closing_mark, is_opening_mark};

/// The most words a subject found before its verb may have: longer, the clause says more
/// than who or what the quantity belongs to.
const SUBJECT_WORDS: usize = 8;

/// What a sum or a share (`share`: a percentage) is of, as a token range, from the words
/// around it (the caller falls back on an amount before it and on [`sentence_subject`]).
pub(super) fn amount_subject(
    tk: &Tokens<'_>,
    lex: &Compiled,
    w: &Window,
    share: bool,
) -> Option<(usize, usize)> {
    let l = lex.lex;
    let a = w.after_lo;
    if a < w.hi && tk.toks[a].word && Compiled::is_in(l.connectors, tk.low(a)) {
        // Past one article or possessive: "of its budget", "de la population".
        let k = past_stop_words(tk, l, a + 1, w.hi.min(a + 2));
        // A share of a company or an economy is of its name: "4 % de Renault", "du PIB"
        // (a sum's "de Taïwan" names its currency).
        let name = || share.then(|| name_after(tk, k, w.hi)).flatten();
        if let Some(s) = noun_after(tk, l, k, w.hi).or_else(name) {
            return Some(s);
        }
    }
    // Where nouns decline, a share or a sum takes what it is of in the genitive, with no
    // preposition: "10 % опрошенных", "40 % уставного капитала". The phrase must end on
    // its head noun or at punctuation ("на 60 % принадлежащий Петрову" is no complement).
    if l.genitive_complements()
        && a < w.hi
        && tk.toks[a].word
        && !is_stop(tk, l, a)
        && !tk.capitalized(a)
        && let Some((s, e)) = noun_after(tk, l, a, w.hi)
    {
        let last = tk.low(e - 1);
        let head = !l.modifier_endings.iter().any(|m| last.ends_with(m));
        let verb = (s..e).any(|k| l.verb_endings.iter().any(|v| tk.low(k).ends_with(v)));
        if !verb && (head || e >= tk.len() || !tk.toks[e].word) {
            return Some((s, e));
        }
    }
    // "$2 billion in cash reserves": a sum names what it is in by a preposition and a bare
    // noun (not "in the first quarter", "in 2019").
    if !share
        && a + 1 < w.hi
        && tk.toks[a].word
        && Compiled::is_in(l.sum_complements, tk.low(a))
        && let Some(s) = noun_after(tk, l, a + 1, w.hi)
    {
        return Some(s);
    }
    // "$16.50 per share", "20 euros par action": a price per unit is of the unit (not a rate
    // per unit of time: "$15 an hour").
    if !share
        && a + 1 < w.hi
        && tk.toks[a].word
        && Compiled::is_in(l.per, tk.low(a))
        && lex.unit(tk, a + 1, w.hi).is_none()
        && let Some(s) = noun_after(tk, l, a + 1, w.hi)
    {
        return Some(s);
    }
    if let Some(s) = modified_noun(tk, l, w, w.after_lo) {
        return Some(s);
    }
    if let Some(s) = price_object(tk, lex, w)
        .or_else(|| framed_amount(tk, lex, w))
        .or_else(|| quantity_subject(tk, l, w, true))
    {
        return Some(s);
    }
    noun_before_connector(tk, l, w)
}

/// "a 9% funding increase", "the entire 25.2% stake", "a $5 million grant", "a 20 minute
/// walk": where adjectives come first, an article before the number (past one adjective)
/// makes the number, with its unit if any, a modifier of the noun from token `a` (after them).
pub(super) fn modified_noun(
    tk: &Tokens<'_>,
    l: &Lex,
    w: &Window,
    a: usize,
) -> Option<(usize, usize)> {
    let b = w.before_hi;
    let article = |k: usize| k >= w.sentence_lo && tk.toks[k].word && l.is_article(tk.low(k));
    let plain = |k: usize| tk.toks[k].word && !is_stop(tk, l, k) && !tk.capitalized(k);
    let opened = (b >= 1 && article(b - 1)) || (b >= 2 && plain(b - 1) && article(b - 2));
    if l.noun_first || !opened || a >= w.hi || !tk.toks[a].word || is_stop(tk, l, a) {
        return None;
    }
    noun_after(tk, l, a, w.hi)
}

/// What a measure is of when no noun follows its unit (the token after it: `after_unit`): the
/// noun before a frame ("un'esercitazione della durata di tre giorni", "a vigil lasting four
/// days"), the subject of a verb that gives it ("La réunion a duré trois heures", "The
/// tanker is 330 metres long"), and but for a duration, the noun
/// before a connector ("una distancia de seis pies"; before a duration it is mostly a phrase
/// of time: "a lo largo de 15 años", "nel giro di due minuti").
pub(super) fn measure_subject(
    tk: &Tokens<'_>,
    lex: &Compiled,
    w: &Window,
    duration: bool,
    after_unit: usize,
) -> Option<(usize, usize)> {
    let l = lex.lex;
    // "The tanker is 330 metres long": before an adjective of dimension, a form of "to be"
    // gives its subject the measure.
    let dimension = after_unit < w.hi
        && tk.toks[after_unit].word
        && Compiled::is_in(l.dimensions, tk.low(after_unit));
    if dimension && let Some(s) = quantity_subject(tk, l, w, true) {
        return Some(s);
    }
    framed_amount(tk, lex, w)
        .or_else(|| quantity_subject(tk, l, w, false))
        .or_else(|| {
            (!duration)
                .then(|| noun_before_connector(tk, l, w))
                .flatten()
        })
}

/// "Банк покупает сеть магазинов в Сибири за 3 млрд рублей", "bought the stadium for $40
/// million", "a racheté le terrain pour 3 millions": a sum after the preposition of a price
/// (`Lex::price_prepositions`), in a clause with a word of buying, selling or paying before it
/// (`Lex::trade_words`), is the price of that word's object, the noun after it. None where no
/// noun stands between them ("was sold for …": what was sold is the clause's subject).
fn price_object(tk: &Tokens<'_>, lex: &Compiled, w: &Window) -> Option<(usize, usize)> {
    let l = lex.lex;
    let prep = lex
        .price_preposition_before(tk, w.before_hi)
        .filter(|&s| s >= w.sentence_lo)?;
    let trade = (prep.saturating_sub(10).max(w.sentence_lo)..prep)
        .rev()
        .take_while(|&k| tk.toks[k].word)
        .find(|&k| is_form(l.trade_words, tk.low(k)))?;
    let from = past_stop_words(tk, l, trade + 1, prep);
    noun_after(tk, l, from, prep)
}

/// "долги на сумму 2 млрд", "выкуп долга «Север» в размере …", "a contract worth
/// $2m": the noun phrase before a frame that gives its amount (`Lex::amount_frames`), past
/// a name in marks. (It starts after an article, a preposition or a possessive; where nouns
/// take no article and none of these stands before, it runs back to the clause start: "Банк
/// списал долги на сумму …" gives the whole clause.)
fn framed_amount(tk: &Tokens<'_>, lex: &Compiled, w: &Window) -> Option<(usize, usize)> {
    let l = lex.lex;
    let mut e = lex.amount_frame_before(tk, w.before_hi)?;
    if e > w.sentence_lo && is_closing_mark(tk.raw(e - 1)) {
        e = (e.saturating_sub(10).max(w.sentence_lo)..e - 1)
            .rev()
            .find(|&k| is_opening_mark(tk.raw(k)))?;
    }
    let (s, _) = clause_before(tk, l, w.sentence_lo, e, true, SUBJECT_WORDS)?;
    let s = past_leading_stop_words(tk, l, s, e);
    (s < e).then_some((s, e))
}

/// "Les ventes de vélos ont augmenté de 3 %", "la perte a atteint 2 milliards",
/// "выручка завода составила …", "A reunião, que durou três horas": the
/// number completes a verb that gives its subject a quantity (`Lex::quantity_verbs`: rise,
/// fall, reach, amount to, cost, last; with `copulas`, be), and that subject is what it is
/// about. Also "un chiffre d'affaires en hausse de 12 %": the quantity word after a preposition of
/// state is said of the noun before it.
pub(super) fn quantity_subject(
    tk: &Tokens<'_>,
    l: &Lex,
    w: &Window,
    copulas: bool,
) -> Option<(usize, usize)> {
    if l.quantity_verbs.is_empty() {
        return None;
    }
    let lo = w.lo.max(w.sentence_lo);
    // The verb: right before the number, or before at most two prepositions or fillers
    // ("s'est élevé à", "rose to", "bajan a").
    let mut v = w.before_hi;
    let mut gap = 0;
    loop {
        if v == lo {
            return None;
        }
        v -= 1;
        if !tk.toks[v].word {
            // "убыток — 20 миллионов": a dash right before a sum stands for "is".
            if copulas && v + 1 == w.before_hi && matches!(tk.raw(v), "—" | "–") {
                break;
            }
            return None;
        }
        let low = tk.low(v);
        if is_form(l.quantity_verbs, low) || (copulas && is_form(l.copulas, low)) {
            break;
        }
        let small = Compiled::is_in(l.connectors, low)
            || l.is_stop_word(low)
            || Compiled::is_in(l.fillers, low);
        if gap == 2 || !small {
            return None;
        }
        gap += 1;
    }
    // What may stand between the subject and the verb: auxiliaries ("è durata"), reflexives,
    // and the preposition of a state.
    let joins = |low: &str| {
        Compiled::is_in(l.fillers, low)
            || Compiled::is_in(l.reflexives, low)
            || Compiled::is_in(l.state_prepositions, low)
            || is_form(l.copulas, low)
    };
    // An article before the word makes it a noun ("une hausse de 5 %", "la durata di"): the
    // noun itself is what the number measures, which the caller finds otherwise.
    if v > w.sentence_lo && tk.toks[v - 1].word {
        let prev = tk.low(v - 1);
        // (A relative pronoun is no article either: "que durou".)
        if !joins(prev) && l.is_stop_word(prev) && !Compiled::is_in(l.relatives, prev) {
            return None;
        }
    }
    let mut e = v;
    let mut state = false;
    while e > w.sentence_lo && tk.toks[e - 1].word && joins(tk.low(e - 1)) {
        state |= Compiled::is_in(l.state_prepositions, tk.low(e - 1));
        e -= 1;
    }
    let max = if matches!(l.morph, Morph::Plain) {
        SUBJECT_WORDS * 3 / 2
    } else {
        SUBJECT_WORDS
    };
    // The clause before the verb, or where it runs long, the noun phrase ending at the verb.
    let (s, stop) = clause_before(tk, l, w.sentence_lo, e, state, max)
        .or_else(|| clause_before(tk, l, w.sentence_lo, e, true, max))?;
    let s = past_leading_stop_words(tk, l, s, e);
    // "A reunião, que durou …", "Літр молока, який у травні коштував …": a clause
    // opened by a relative pronoun standing as its subject is said of the noun before it.
    let relative = stop.filter(|&k| Compiled::is_in(l.relatives, tk.low(k)));
    if let Some(k) = relative
        && (s == e || matches!(l.morph, Morph::Russian))
    {
        let k = if k > w.sentence_lo && tk.raw(k - 1) == "," {
            k - 1
        } else {
            k
        };
        let (a, _) = clause_before(tk, l, w.sentence_lo, k, true, max)?;
        let a = past_leading_stop_words(tk, l, a, k);
        return (a < k).then_some((a, k));
    }
    (s < e).then_some((s, e))
}

/// Where the clause before token `e` starts: back to punctuation, a digit, an auxiliary or a
/// relative pronoun (that token, if one stopped it, is returned too); with `np_only`, back to
/// the article or preposition that opens the noun phrase ending at `e` ("un bénéfice net en
/// hausse" gives "bénéfice net"; "des" and "de la" inside a complement are kept). None when
/// the clause runs longer than `max` words: it says more than what the quantity belongs to.
fn clause_before(
    tk: &Tokens<'_>,
    l: &Lex,
    lo: usize,
    e: usize,
    np_only: bool,
    max: usize,
) -> Option<(usize, Option<usize>)> {
    let mut s = e;
    while s > lo {
        let p = s - 1;
        let low = tk.low(p);
        // (Quotation marks inside the subject are part of it: "La part des offres dites
        // « premium » est passée de …".)
        let mark = is_opening_mark(tk.raw(p)) || is_closing_mark(tk.raw(p));
        if (!tk.toks[p].word && !mark)
            || low.starts_with(|c: char| c.is_ascii_digit())
            || Compiled::is_in(l.fillers, low)
            || Compiled::is_in(l.relatives, low)
        {
            return Some((s, Some(p)));
        }
        if np_only && l.is_stop_word(low) && !Compiled::is_in(l.connectors, low) {
            let joins =
                p > lo && tk.toks[p - 1].word && Compiled::is_in(l.connectors, tk.low(p - 1));
            if !joins {
                return Some((s, Some(p)));
            }
        }
        if e - p > max {
            return None;
        }
        s = p;
    }
    Some((s, None))
}

/// The first token from `s` (before `e`) that is no article, preposition or pronoun, nor the
/// word closing a number just before ("По итогам 2019 года выручка", "từ 20.000 đồng").
fn past_leading_stop_words(tk: &Tokens<'_>, l: &Lex, mut s: usize, e: usize) -> usize {
    if s > 0 && s < e && tk.low(s - 1).starts_with(|c: char| c.is_ascii_digit()) {
        s += 1;
    }
    while s < e && (!tk.toks[s].word || l.is_stop_word(tk.low(s))) {
        s += 1;
    }
    s
}

/// Is `low` a verb that gives its subject a quantity, or a copula ("atteint", "élevé", "est")?
fn gives_quantity(l: &Lex, low: &str) -> bool {
    is_form(l.quantity_verbs, low) || is_form(l.copulas, low)
}

/// Is `low` one of `forms`? An entry ending in "-" is a stem ("augment-" for "augmenté",
/// "augmentent"); others are whole words ("dura", not "durante").
pub(super) fn is_form(forms: &[&str], low: &str) -> bool {
    forms.iter().any(|f| match f.strip_suffix('-') {
        Some(stem) => low.starts_with(stem),
        None => low == *f,
    })
}

/// "a budget of €1.5 million", "un bénéfice net de …": the noun right before a connector.
fn noun_before_connector(tk: &Tokens<'_>, l: &Lex, w: &Window) -> Option<(usize, usize)> {
    let b = w.before_hi;
    let mut noun = b.checked_sub(2).filter(|&noun| {
        b > w.lo
            && noun >= w.sentence_lo
            && tk.toks[b - 1].word
            && Compiled::is_in(l.connectors, tk.low(b - 1))
            && tk.toks[noun].word
            && !is_stop(tk, l, noun)
            // (Not a verb of quantity after its auxiliary: "ont chuté de …"; "un aumento del
            // 6 %" is a noun.)
            && !(is_form(l.quantity_verbs, tk.low(noun))
                && noun > w.sentence_lo
                && Compiled::is_in(l.fillers, tk.low(noun - 1)))
            && tk.low(noun).chars().all(crate::text::is_alphabetic)
    })?;
    // Where nouns come first, the head opens the phrase and adjectives follow it: "un bénéfice
    // net de …", "el beneficio neto de …" (one word back, after an article).
    if l.noun_first {
        let plain = |k: usize| {
            k >= w.sentence_lo
                && tk.toks[k].word
                && !is_stop(tk, l, k)
                && !tk.capitalized(k)
                && tk.low(k).chars().all(crate::text::is_alphabetic)
        };
        // (Only to an article: "registou lucros de …" has no adjective before the sum.)
        let article = |k: usize| k >= w.sentence_lo && is_stop(tk, l, k);
        if let Some(k) = noun.checked_sub(1)
            && plain(k)
            && k > 0
            && article(k - 1)
        {
            noun = k;
        }
    }
    Some((noun, noun + 1))
}

/// Where nouns come first, the head of the noun phrase that opens the sentence: what a sum or
/// a share that says nothing of its own is about ("Les commandes ont chuté de 12 %", "El
/// beneficio neto subió un 5 %").
pub(super) fn sentence_subject(tk: &Tokens<'_>, l: &Lex, w: &Window) -> Option<(usize, usize)> {
    /// The most tokens an opening phrase set off by a comma may span.
    const OPENING: usize = 8;
    if !l.noun_first {
        return None;
    }
    let plain = |k: usize| {
        tk.toks[k].word && !is_stop(tk, l, k) && tk.low(k).chars().all(crate::text::is_alphabetic)
    };
    // "Toutes motorisations confondues, le marché a …", "En 2023, las ventas …": past an
    // opening phrase and its comma, an article and its noun are the clause's subject ("Le
    // Topix, plus large, a cédé …" has none there).
    let opening = (w.sentence_lo..w.before_hi.min(w.sentence_lo + OPENING))
        .find(|&k| tk.raw(k) == ",")
        .map(|comma| comma + 1)
        .filter(|&k| {
            k + 1 < w.before_hi && tk.toks[k].word && l.is_article(tk.low(k)) && plain(k + 1)
        })
        .map(|k| k + 1);
    let j = opening.unwrap_or_else(|| past_stop_words(tk, l, w.sentence_lo, w.before_hi));
    // ("Il s'est élevé à …": past the pronoun and the auxiliary, a verb, no subject.)
    if !(j < w.before_hi
        && !gives_quantity(l, tk.low(j))
        && plain(j)
        && tk.low(j).chars().count() >= 3
        && (!tk.capitalized(j) || tk.sentence_initial(j)))
    {
        return None;
    }
    // The rest of a head noun written in several tokens ("Doanh nghiệp").
    let mut end = j + 1;
    while end < w.before_hi && end < j + l.head_tokens() && plain(end) && !tk.capitalized(end) {
        end += 1;
    }
    Some((j, end))
}

/// Does the sentence open, past pronouns and auxiliaries, with the verb that gives the
/// quantity ("Il s'est élevé à …", "Alcanzó los …")? Its subject is then a pronoun or none,
/// said in the sentence before.
pub(super) fn opens_with_its_verb(tk: &Tokens<'_>, l: &Lex, w: &Window) -> bool {
    /// The most words between the verb and its quantity ("s'est élevé à", "reached about").
    const GAP: usize = 3;
    let j = past_stop_words(tk, l, w.sentence_lo, w.before_hi);
    j < w.before_hi
        && tk.toks[j].word
        && gives_quantity(l, tk.low(j))
        // (The quantity completes that verb: not "Estima-se que R$ 5 milhões …".)
        && w.before_hi - j <= GAP
        && (j + 1..w.before_hi).all(|k| {
            tk.toks[k].word && is_stop(tk, l, k) && !Compiled::is_in(l.relatives, tk.low(k))
        })
}
