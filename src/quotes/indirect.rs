//! Reported speech: "X said that …", "selon X, …", "…, a annoncé le conseil", "X cho biết …".
//! One candidate per sentence at most, found from its reporting clause; the content is the
//! clause that the cue introduces, up to the sentence end.

use super::lexicon::ZeroThat;
use super::{Attribution, Ctx, Cue, CueKind, MentionKind, WINDOW};

/// The fewest words reported content may have.
const MIN_WORDS: usize = 2;

/// A reported clause: byte span, attribution, and whether it is free reported speech (no
/// reporting verb: German Konjunktiv I), whose speaker is the last one before it.
pub(crate) type Found = (usize, usize, Attribution, bool);

/// Reported clauses of `sents` that do not overlap a direct quotation (`direct`: mark spans).
pub(crate) fn find(
    ctx: &Ctx<'_>,
    sents: &[(usize, usize)],
    direct: &[(usize, usize)],
) -> Vec<Found> {
    let mut out = Vec::new();
    let mut d = 0;
    for (n, &(ss, se)) in sents.iter().enumerate() {
        // A sentence holding a direct quotation is that quotation's attribution, unless the
        // quotation is a partial one inside a reported clause: "told VOA that the claim «is
        // patently false»" reports the clause and quotes the phrase.
        while d < direct.len() && direct[d].1 <= ss {
            d += 1;
        }
        if direct.get(d).is_some_and(|&(o, _)| o < se) {
            let inside: Vec<(usize, usize)> = direct[d..]
                .iter()
                .take_while(|&&(o, _)| o < se)
                .copied()
                .collect();
            out.extend(
                beside_quotations(ctx, ss, se, &inside)
                    .or_else(|| after_quotations(ctx, se, &inside)),
            );
            continue;
        }
        // (Whether the sentence before holds reported speech.)
        let after_report = out
            .last()
            .is_some_and(|f: &Found| n > 0 && sents[n - 1].0 <= f.0 && f.0 < sents[n - 1].1);
        if let Some((start, end, attr)) = sentence(ctx, ss, se) {
            out.push((start, end, attr, false));
        } else if let Some((start, end)) =
            free(ctx, ss, se).or_else(|| after_report.then(|| continued(ctx, ss, se)).flatten())
        {
            out.push((start, end, Attribution::default(), true));
        } else if let Some(&(ns, ne)) = sents.get(n + 1)
            && direct.get(d).is_none_or(|&(o, _)| o >= ne)
            && let Some(attr) = about_this(ctx, ns, ne)
            && let Some((start, end)) = content(ctx, ctx.tk.at_or_after(ss), ctx.tk.at_or_after(se))
        {
            out.push((start, end, attr, false));
        }
    }
    out
}

/// The clause a sentence holding the quotations `inside` reports in the reporter's own words,
/// if any. (Only a sentence with words of the reporter's own before its first quotation:
/// most such sentences open with the quotation and are not read again.)
fn beside_quotations(
    ctx: &Ctx<'_>,
    ss: usize,
    se: usize,
    inside: &[(usize, usize)],
) -> Option<Found> {
    let tk = &ctx.tk;
    let first_open = inside[0].0;
    let own_words = (tk.at_or_after(ss)..tk.at_or_after(first_open))
        .filter(|&k| tk.toks[k].word)
        .count();
    if own_words < 2 {
        return None;
    }
    if let Some((start, end, attr)) = sentence(ctx, ss, se) {
        // The quotations inside the clause, or all before it ("… ha definito la chiusura
        // «incomprensibile», ricordando che …").
        let before_clause = inside.iter().all(|&(_, c)| c <= start);
        return (before_clause || partial_quotes_only(ctx, start, end, inside))
            .then_some((start, end, attr, false));
    }
    // The verb in the reporter's words, not in the quotation: "In vielen Songtexten werde
    // der Konsum „als Symbol …“ inszeniert."
    if !in_reported_mood(ctx, ss, first_open) || tk.text[ss..se].ends_with('?') {
        return None;
    }
    if let Some((start, end)) = content(ctx, tk.at_or_after(ss), tk.at_or_after(se))
        && partial_quotes_only(ctx, start, end, inside)
    {
        return Some((start, end, Attribution::default(), true));
    }
    // A reported clause introducing the quotation after a colon: "Er sehe darin eine Chance:
    // „…“" (however far the quotation runs).
    let colon = tk.text[ss..first_open]
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ':')
        .ends_with(':');
    let (start, end) = colon
        .then(|| content(ctx, tk.at_or_after(ss), tk.at_or_after(first_open)))
        .flatten()?;
    Some((start, end, Attribution::default(), true))
}

/// "“…,” Palmer said, adding that garages …", "« … », a dit Morel, ajoutant que …": after a
/// sentence's last quotation, a clause that a cue (or a reporting verb's gerund) right before
/// its complementizer introduces reports more of what was said. (Not "…, quien reside en
/// París y que regresó": no cue before that "que".)
fn after_quotations(ctx: &Ctx<'_>, se: usize, inside: &[(usize, usize)]) -> Option<Found> {
    let close = inside.last()?.1;
    if close >= se {
        return None;
    }
    let (start, end, mut attr) = sentence(ctx, close, se)?;
    let tk = &ctx.tk;
    let first = tk.at_or_after(start);
    let that = first
        .checked_sub(1)
        .filter(|&c| tk.toks[c].word && ctx.rules.is_complementizer(tk.low(c)))?;
    let lo = tk.at_or_after(close);
    let verb_end = if that > lo && tk.is_punct(that - 1, ',') {
        that - 1
    } else {
        that
    };
    let cue_before = (lo.max(verb_end.saturating_sub(3))..verb_end)
        .find(|&k| ctx.cue_at(k, that).is_some_and(|c| c.last + 1 == verb_end));
    let gerund = (verb_end > lo
        && tk.toks[verb_end - 1].word
        && ctx.rules.is_reporting_gerund(tk.low(verb_end - 1)))
    .then(|| verb_end - 1);
    // (The cue is the verb that introduces the clause: "adding", not the "said" before it.)
    let first = cue_before.or(gerund)?;
    attr.cue = Some((tk.toks[first].start, tk.toks[verb_end - 1].end));
    Some((start, end, attr, false))
}

/// Does the reported clause `[start, end)` hold every quotation of its sentence (mark spans)
/// inside it, each after words of the reporter's own? Then they are partial quotations of a
/// clause the reporter words, not the whole utterance.
fn partial_quotes_only(ctx: &Ctx<'_>, start: usize, end: usize, quotes: &[(usize, usize)]) -> bool {
    let tk = &ctx.tk;
    quotes.iter().all(|&(o, c)| {
        let own_words = (tk.at_or_after(start)..tk.at_or_after(o))
            .filter(|&k| tk.toks[k].word)
            .count();
        start < o && c <= end + 3 && own_words >= 2
    })
}

/// "Міст відкриють у червні. Про це повідомила прессекретарка Оксана Литвин.", "… Об этом
/// сообщил мэр.": a sentence that only attributes the one before it, opened by "about this"
/// (Russian, Ukrainian) and holding nothing else but the verb, the speaker and adverbials.
fn about_this(ctx: &Ctx<'_>, ss: usize, se: usize) -> Option<Attribution> {
    let tk = &ctx.tk;
    let lo = tk.at_or_after(ss);
    let hi = tk.at_or_after(se).min(lo + WINDOW);
    let n = ctx.rules.about_this(&ctx.words_from(lo, hi, 3))?;
    if lo + n + 1 > hi {
        return None;
    }
    let cue = (lo + n..hi.min(lo + 5))
        .filter(|&c| tk.toks[c].word)
        .find_map(|c| ctx.cue_at(c, hi))?;
    if cue.kind == CueKind::According {
        return None;
    }
    let (m, m_end) = ctx.mention_after(cue.last + 1, hi)?;
    if !ctx.person_like(&m) {
        return None;
    }
    // Nothing but adverbials after the speaker.
    let rest = (m_end..hi).filter(|&i| tk.toks[i].word).count();
    if rest > 6 {
        return None;
    }
    let source = ctx.source_in(cue.last + 1, hi, (0, 0));
    Some(super::attribution(ctx, &cue, m, source))
}

/// Does the sentence `[ss, se)` carry reported content of its own ("Er sagte, es gebe …")?
pub(crate) fn has_content(ctx: &Ctx<'_>, ss: usize, se: usize) -> bool {
    sentence(ctx, ss, se).is_some()
}

fn sentence(ctx: &Ctx<'_>, ss: usize, se: usize) -> Option<(usize, usize, Attribution)> {
    let tk = &ctx.tk;
    let lo = tk.at_or_after(ss);
    let hi = tk.at_or_after(se);
    if hi <= lo {
        return None;
    }
    own_account(ctx, lo, hi)
        .or_else(|| according_first(ctx, lo, hi))
        .or_else(|| postposition_first(ctx, lo, hi))
        .or_else(|| impersonal(ctx, lo, hi))
        .or_else(|| cue_then_clause(ctx, lo, hi))
        .or_else(|| postposed(ctx, lo, hi))
        .or_else(|| incise(ctx, lo, hi))
        .or_else(|| according_inside(ctx, lo, hi))
        .or_else(|| gerund_then_clause(ctx, lo, hi))
        .or_else(|| as_frame(ctx, lo, hi))
}

/// "Nach eigenen Angaben hat er …", "By her own account, she …", "Er hat naar eigen zeggen
/// …": a sentence holding a frame of its subject's own account (`Lexicon::own_account`) is
/// said by that subject. At the sentence's start (past an opener) the subject follows the
/// frame, after its verb where the verb comes second; inside, it is the sentence's own.
fn own_account(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<(usize, usize, Attribution)> {
    let tk = &ctx.tk;
    if ctx.rules.lex.own_account.is_empty() {
        return None;
    }
    // (No frame is longer than four words.)
    let (at, len) = (lo..hi).find_map(|i| {
        ctx.rules
            .own_account(&ctx.words_from(i, hi, 4))
            .map(|n| (i, n))
    })?;
    let first = (lo..hi).find(|&i| tk.toks[i].word)?;
    let opening = (first..at).all(|k| !tk.toks[k].word || ctx.leads_in(k));
    // (What was said starts after an opening frame and its comma.)
    let mut from = at + len;
    while from < hi && !tk.toks[from].word {
        from += 1;
    }
    let m = if opening {
        let verb_first = from < hi && ctx.opening_verb(from);
        ctx.subject(from + usize::from(verb_first), hi, true)
    } else {
        ctx.subject(lo, at, true)
    }?;
    if m.kind == super::MentionKind::Zero {
        return None;
    }
    let (s, e) = content(ctx, if opening { from } else { lo }, hi)?;
    let cue = (tk.toks[at].start, tk.toks[at + len - 1].end);
    Some((
        s,
        e,
        Attribution {
            cue: Some(cue),
            mention: Some(m),
            source: None,
        },
    ))
}

/// "Come ha spiegato il sindaco, il ponte …", "As the mayor said, the bridge …", "Comme l'a
/// rappelé la maire, …": a clause of saying opened by "as" (`Lexicon::as_words`, past a
/// connective) up to its comma; the main clause after the comma is what was said. Its speaker
/// is the clause's subject, before or after the verb.
fn as_frame(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<(usize, usize, Attribution)> {
    /// The most tokens the clause of saying spans.
    const CLAUSE: usize = 16;
    let tk = &ctx.tk;
    let first = (lo..hi.min(lo + 3)).find(|&k| tk.toks[k].word && !ctx.leads_in(k))?;
    if !ctx.rules.lex.as_words.contains(&tk.low(first)) {
        return None;
    }
    let comma = (first + 1..hi.min(first + CLAUSE)).find(|&k| !tk.toks[k].word)?;
    if !tk.is_punct(comma, ',') {
        return None;
    }
    let cue = (first + 1..comma)
        .find_map(|k| ctx.cue_at(k, comma))
        .filter(|c| matches!(c.kind, CueKind::Verb | CueKind::Object) && c.last < comma)?;
    let m = ctx
        .mention_before(first + 1, cue.first)
        .filter(|m| m.kind != MentionKind::Zero)
        .or_else(|| ctx.mention_after(cue.last + 1, comma).map(|(m, _)| m))
        .filter(|m| ctx.person_like(m) || ctx.headed_by_body(m) || !m.roles.is_empty())?;
    let (s, e) = content(ctx, comma + 1, hi)?;
    let source = ctx.source_in(cue.last + 1, comma, (0, 0));
    Some((s, e, super::attribution(ctx, &cue, m, source)))
}

/// "De stad telt volgens hem meer dan 200 scholen", "Die Zahl stieg laut ihr auf 45", "il
/// n'y a selon lui pas de place": an according phrase inside the clause, with no comma
/// before it (where the verb comes second, the usual place), attributes the whole sentence.
/// Its mention must be a person or a body: a pronoun, a name, or a role.
fn according_inside(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<(usize, usize, Attribution)> {
    let tk = &ctx.tk;
    let first = (lo..hi).find(|&i| tk.toks[i].word)?;
    for i in first + 2..hi {
        if !(tk.toks[i].word && tk.toks[i - 1].word) {
            continue;
        }
        let Some(cue) = ctx.cue_at(i, hi).filter(|c| c.kind == CueKind::According) else {
            continue;
        };
        let Some((m, m_end)) = ctx
            .compound_mention(&cue)
            .map(|m| (m, cue.last + 1))
            .or_else(|| ctx.report_source(cue.last + 1, hi))
            .or_else(|| ctx.mention_after(cue.last + 1, hi))
        else {
            continue;
        };
        let someone = match m.kind {
            super::MentionKind::Pronoun | super::MentionKind::Name => true,
            super::MentionKind::Description => !m.roles.is_empty(),
            super::MentionKind::Zero => false,
        };
        // (The clause goes on after the phrase: it is inside it, not closing it.)
        if !someone || m_end >= hi || !tk.toks[m_end].word {
            continue;
        }
        let (s, e) = content(ctx, first, hi)?;
        return Some((s, e, super::attribution(ctx, &cue, m, None)));
    }
    None
}

/// "Russischen Medien zufolge entsandte Moskau …", "Dem Bericht zufolge, …": a phrase and
/// the according-to word that follows it open the sentence; the phrase (a few words, no
/// verb) is who said the rest.
fn postposition_first(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<(usize, usize, Attribution)> {
    let tk = &ctx.tk;
    let r = ctx.rules;
    let k = (lo + 1..hi.min(lo + 7))
        .take_while(|&k| tk.toks[k].word && tk.toks[k - 1].word)
        .find(|&k| r.lex.according_postpositions.contains(&tk.low(k)))?;
    // A noun phrase: its noun right before the word, articles and adjectives before it
    // ("den jüngsten Angaben"), no verb ("Der Frachter lief zufolge …" is no phrase).
    let noun_phrase = tk.is_capitalized(k - 1)
        && (lo..k).all(|j| {
            let l = tk.low(j);
            r.verb(&[l]).is_none()
                && !r.is_aux(l)
                && (tk.is_capitalized(j) || r.is_function_word(l) || ctx.german_attribute(j))
        });
    if !noun_phrase {
        return None;
    }
    let m = ctx
        .phrase(lo, k)
        .filter(|m| m.kind != MentionKind::Zero)
        .unwrap_or_else(|| ctx.new_description(lo, k - 1));
    let cue = Cue {
        first: k,
        last: k,
        kind: CueKind::According,
        clitic: None,
    };
    let mut from = k + 1;
    while from < hi && !tk.toks[from].word {
        from += 1;
    }
    let (s, e) = content(ctx, from, hi)?;
    Some((s, e, super::attribution(ctx, &cue, m, None)))
}

/// "Отмечается, что …", "It was reported that …", "Se dice que …", "Es heißt, …": an
/// impersonal cue near the sentence start (after an adverbial of time at most: "27 марта было
/// объявлено, что …") and its clause, reported speech of nobody named.
fn impersonal(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<(usize, usize, Attribution)> {
    let tk = &ctx.tk;
    let r = ctx.rules;
    let (i, n) = (lo..hi.min(lo + 12))
        .take_while(|&i| tk.toks[i].word || !matches!(tk.raw(i), "." | ";" | ":" | "!" | "?"))
        .filter(|&i| tk.toks[i].word)
        .find_map(|i| r.impersonal(&ctx.words_from(i, hi, 4)).map(|n| (i, n)))?;
    let last = i + n - 1;
    // ("В заявлении говорится, что …": the document says it.)
    if ctx.document_in(lo, i).is_some()
        || ctx.g.declines && ctx.slavic_document_after(last + 1, hi).is_some()
    {
        return None;
    }
    let mut k = last + 1;
    // (Past an adverb: "es heißt nun, dass …", "wurde zudem mitgeteilt, …".)
    while k < hi.min(last + 3) && tk.toks[k].word && r.is_skip(tk.low(k)) {
        k += 1;
    }
    let comma = k < hi && tk.is_punct(k, ',');
    if comma {
        k += 1;
    }
    let from = if k < hi && tk.toks[k].word && r.is_complementizer(tk.low(k)) {
        k + 1
    } else if comma && (r.lex.verb_second || r.lex.zero_complementizer == ZeroThat::Any) {
        k
    } else {
        return None;
    };
    let (s, e) = content(ctx, from, hi)?;
    let attr = Attribution {
        cue: Some((tk.toks[i].start, tk.toks[last].end)),
        mention: None,
        source: ctx.source_in(last + 1, from, (0, 0)),
    };
    Some((s, e, attr))
}

/// The content from token `from` to the sentence end, without its final punctuation.
fn content(ctx: &Ctx<'_>, from: usize, hi: usize) -> Option<(usize, usize)> {
    let tk = &ctx.tk;
    let mut e = hi;
    while e > from
        && !tk.toks[e - 1].word
        && !matches!(tk.raw(e - 1), ")" | "%" | "»" | "”" | "\"" | "“")
    {
        e -= 1;
    }
    let words = (from..e).filter(|&i| tk.toks[i].word).count();
    if words < MIN_WORDS || e <= from {
        return None;
    }
    // A clause that is one quotation from mark to mark ("said that “…”") is given without
    // its marks, as the quotation is.
    let mark = |i: usize| super::is_mark(tk.raw(i));
    let (mut a, mut b) = (from, e - 1);
    if b > a + 1 && mark(a) && mark(b) && !(a + 1..b).any(mark) {
        (a, b) = (a + 1, b - 1);
        while b > a && matches!(tk.raw(b), "." | ",") {
            b -= 1;
        }
    }
    Some((tk.toks[a].start, tk.toks[b].end))
}

/// "According to X, …" / "Selon lui, …" / "Theo X, …" / "По словам X, …" at the sentence start.
fn according_first(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<(usize, usize, Attribution)> {
    let tk = &ctx.tk;
    let according = |i: usize| {
        ctx.cue_at(i, hi).filter(|c| {
            c.kind == CueKind::According
                && !(c.first == c.last && ctx.rules.lex.according_after.contains(&tk.low(c.first)))
        })
    };
    // At the start, or after an opening adverbial and its comma ("Tuy nhiên, theo ông X, …",
    // "Mais, d'après elle, …", "Inoltre, secondo il network, …").
    let first = (lo..hi.min(lo + 3)).find(|&i| tk.toks[i].word)?;
    // (The frame closes with a comma: ", selon un bilan préliminaire." ending a clause is
    // postposed.)
    let after_opening = || {
        let comma = (first..hi.min(lo + 12)).find(|&k| !tk.toks[k].word)?;
        let closed = (comma + 2..hi).any(|k| tk.is_punct(k, ','));
        (tk.is_punct(comma, ',') && closed && comma + 1 < hi && tk.toks[comma + 1].word)
            .then(|| according(comma + 1))
            .flatten()
    };
    // (Past a conjunction or an adverb, or both: "Ainda de acordo com X, …", "Auch laut X …",
    // "But according to X, …", "Mais selon X, …", "Nhưng theo ông X, …".)
    let past_adverb = || {
        let next = (first..hi.min(first + 2))
            .take_while(|&k| ctx.leads_in(k))
            .last()?
            + 1;
        (next < hi && tk.toks[next].word)
            .then(|| according(next))
            .flatten()
    };
    let cue = according(first)
        .or_else(past_adverb)
        .or_else(after_opening)?;
    let (hi_frame, sure) = verb_after_frame(ctx, &cue, hi).unwrap_or((hi, false));
    // The frame's whole phrase where the mention found in it is only a piece of a
    // description ("According to Polish media," is not "Polish").
    let phrase = ctx.according_phrase(cue.last + 1, hi_frame);
    // (Only words that describe: no name, which the mention resolved, and no verb, which
    // makes the phrase a clause: "Volgens de onderzoekers wordt het project, …".)
    // ("le gestionnaire du réseau": a preposition right after the mention opens its complement.)
    let has_complement = |m: &super::Mention| {
        let a = tk.at_or_after(m.end);
        a < hi && tk.toks[a].word && ctx.rules.is_preposition(tk.low(a))
    };
    let describes = |m: &super::Mention, to: usize| {
        let (a, b) = (tk.at_or_after(m.end), tk.at_or_after(to));
        let plain = (a..b).all(|k| {
            !tk.toks[k].word
                || !(tk.is_capitalized(k)
                    || ctx.rules.is_aux(tk.low(k))
                    || ctx.rules.verb(&[tk.low(k)]).is_some())
        });
        // A complement, or the noun a one-word modifier was taken for ("Ukrainian media").
        let one_word = tk.at_or_after(m.start) + 1 == a && b - a <= 2;
        plain && (a < b && has_complement(m) || one_word)
    };
    let (m, m_end) = match (super::speaker_of(ctx, &cue, lo, hi_frame), phrase) {
        (Some((m, _)), Some((p, p_end)))
            if m.kind == super::MentionKind::Description
                && m.end < p.end
                && describes(&m, p.end) =>
        {
            // A role with its complement ("o ex-presidente do tribunal") still refers back by
            // its role; a modifier taken for one ("Polish media") is someone new.
            if m.roles.is_empty() || !has_complement(&m) {
                (p, p_end)
            } else {
                (super::Mention { end: p.end, ..m }, p_end)
            }
        }
        (Some(found), _) => found,
        (None, p) => p?,
    };
    // (Where the verb comes second, the clause starts at its finite verb, not after a comma
    // inside it; where that verb is sure, whatever of the frame's phrase the mention left
    // out: "Nach Meldungen der Agentur X richtete …".)
    let verb_follows = hi_frame < hi && (m_end == hi_frame || sure && m_end < hi_frame);
    let mut from = if verb_follows { hi_frame } else { m_end };
    // The frame's phrase runs to its comma even where the mention stops short of it ("Pour la
    // Fédération des producteurs de lait, …"): the reported clause starts after the comma.
    if from < hi
        && !verb_follows
        && tk.toks[from].word
        && !(cue.last + 1..from).any(|k| tk.is_punct(k, ','))
        && let Some(comma) = (from..hi.min(from + 8))
            .find(|&k| !tk.toks[k].word)
            .filter(|&k| tk.is_punct(k, ','))
    {
        from = comma;
    }
    while from < hi && !tk.toks[from].word {
        from += 1;
    }
    // An apposition or a relative clause after the frame's comma is not what was said:
    // "Para o cientista político X, da Fundação Y (FGV), essas …", "For X, who grows apples,
    // the …". The reported clause starts after the comma closing it.
    // (A prepositional apposition names a body or a place: "da Rádio Planalto", not "a
    // rischio ci sono …", which is the clause itself.)
    let names_a_body = |k: usize| {
        let mut n = k + 1;
        while n < hi && tk.toks[n].word && ctx.rules.is_definite(tk.low(n)) {
            n += 1;
        }
        n < hi && tk.toks[n].word && tk.is_capitalized(n)
    };
    if from < hi
        && tk.toks[from].word
        && ((ctx.opens_with_preposition(from) && names_a_body(from))
            || ctx.rules.is_relative(tk.low(from)))
        && let Some(close) = (from + 1..hi.min(from + 12))
            .take_while(|&k| tk.toks[k].word || !matches!(tk.raw(k), "." | ";" | ":" | "!" | "?"))
            .find(|&k| tk.is_punct(k, ','))
    {
        from = close + 1;
        while from < hi && !tk.toks[from].word {
            from += 1;
        }
    }
    // "Segundo o jornal X, o ministro disse que …": the clause has a speaker and a cue of its
    // own, and the frame names where it was reported.
    // (With its complementizer: "the attackers demanded a ransom" reports nobody's words.)
    if let Some((s, _, _)) = cue_then_clause(ctx, from, hi) {
        let k = tk.at_or_after(s);
        if k > 0 && tk.toks[k - 1].word && ctx.rules.is_complementizer(tk.low(k - 1)) {
            return None;
        }
    }
    let (s, e) = content(ctx, from, hi)?;
    Some((s, e, super::attribution(ctx, &cue, m, None)))
}

/// Where the verb comes second (de, nl), the finite verb that closes a fronted according frame
/// ("Laut Polizei hat der Mann Geld, Schmuck und Papiere gestohlen", "Volgens de politie
/// heeft …", "Nach Meldungen der Agentur X richtete sich …"), with whether it is sure to be
/// one: an auxiliary, or where nouns are capitalised (sure then), a lower-case word after a
/// noun or a closing mark that is no article, preposition or conjunction. From the token
/// after the cue, or at it where the cue names its source itself ("Nach US-Angaben soll …").
/// The frame's source lies before it, never in the clause it opens. None elsewhere, or when
/// no such word comes within a few words.
fn verb_after_frame(ctx: &Ctx<'_>, cue: &Cue, hi: usize) -> Option<(usize, bool)> {
    let tk = &ctx.tk;
    if !ctx.rules.lex.verb_second || ctx.g.declines {
        return None;
    }
    let from = if ctx.compound_mention(cue).is_some() {
        cue.last + 1
    } else {
        cue.last + 2
    };
    (from..hi.min(from + 10))
        .take_while(|&k| tk.toks[k].word || !matches!(tk.raw(k), "," | "." | ";" | ":"))
        .find(|&k| {
            let l = tk.low(k);
            let after_noun =
                tk.toks[k - 1].word && tk.is_capitalized(k - 1) || super::is_mark(tk.raw(k - 1));
            tk.toks[k].word
                && !tk.is_capitalized(k)
                && (ctx.rules.is_aux(l)
                    || ctx.g.noun_caps
                        && after_noun
                        && ctx.rules.determiner(l).is_none()
                        && !ctx.rules.is_preposition(l)
                        && !ctx.rules.is_function_word(l)
                        && !ctx.is_coordinator(k))
        })
        .map(|k| (k, ctx.g.noun_caps))
}

/// "X said (that) …", "X a affirmé que …", "X cho biết …", "Er sagte, es gebe …".
fn cue_then_clause(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<(usize, usize, Attribution)> {
    clause_after(ctx, lo, hi, false)
}

/// "Los vecinos publicaron una carta afirmando que …": a reporting verb's gerund and its
/// complementizer, read only where the sentence reports nothing otherwise. Its subject is
/// the main clause's, and must be a person ("Queste missioni …, assicurando che" reports
/// nothing).
fn gerund_then_clause(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<(usize, usize, Attribution)> {
    clause_after(ctx, lo, hi, true)
}

/// The clause after a cue (`gerunds`: after a gerund cue only).
fn clause_after(
    ctx: &Ctx<'_>,
    lo: usize,
    hi: usize,
    gerunds: bool,
) -> Option<(usize, usize, Attribution)> {
    let tk = &ctx.tk;
    let r = ctx.rules;
    let scan_hi = hi.min(lo + WINDOW);
    'cue: for i in lo..scan_hi {
        let cue = if gerunds {
            ctx.gerund_cue(i, hi).filter(|_| i > lo)
        } else {
            ctx.cue_at(i, hi)
        };
        let Some(cue) = cue else {
            continue;
        };
        // (Vietnamese "khẳng định của ông X": a verb of saying before "của", "of", is a noun.)
        let noun_use = cue.last + 1 < hi && tk.low(cue.last + 1) == "của";
        // "The plan will fail, said Mark Hale.", "…, said the spokesman.": a verb after a
        // comma with a named person, a role or a body closing the sentence after it is a
        // postposed attribution, not a clause's subject and verb.
        // (Read last: it parses the words after the verb.)
        let inverted = || {
            i > lo
                && tk.is_punct(i - 1, ',')
                && !(cue.last + 1 < hi && r.is_complementizer(tk.low(cue.last + 1)))
                && ctx.mention_after(cue.last + 1, hi).is_some_and(|(m, end)| {
                    (m.kind == super::MentionKind::Name
                        || m.kind == super::MentionKind::Description && !m.roles.is_empty()
                        || ctx.headed_by_body(&m))
                        && (end >= hi || !tk.toks[end].word && !tk.is_punct(end, ':'))
                        && only_adverbials(ctx, end, hi)
                })
        };
        if cue.kind == CueKind::According
            || r.lex.hoping_verbs.contains(&tk.low(cue.last))
            || noun_use
            || inverted()
        {
            continue;
        }
        let (m, mut k) = if let Some(c) = cue.clitic {
            let g = r.pronoun(tk.low(c)).unwrap_or(super::Gender::Unknown);
            (
                super::pronoun_mention(tk.toks[c].start, tk.toks[c].end, g),
                c + 1,
            )
        } else if ctx.g.noun_caps
            && tk.low(cue.last) == "es"
            && let Some((m, _)) = ctx.document_in(lo, cue.first).or_else(|| {
                // "hieß es aus dem Ministerium, …": up to the comma that opens the clause.
                let comma = (cue.last + 1..hi.min(cue.last + 12)).find(|&j| tk.is_punct(j, ','))?;
                ctx.document_in(cue.last + 1, comma)
            })
        {
            (m, cue.last + 1)
        } else if gerunds {
            // (The main clause's subject, past an opening conjunction or adverb: "Pero …".)
            let from = (lo..i).find(|&k| !ctx.leads_in(k)).unwrap_or(i);
            let m = ctx.subject(from, i, false).filter(|m| ctx.person_like(m))?;
            (m, cue.last + 1)
        } else if let Some(m) = relative_subject(ctx, lo, i) {
            // (Only with its complementizer right after the verb: "…, que celebra lo que
            // llama …" reports nothing.)
            let next = (cue.last + 1..hi.min(cue.last + 3)).find(|&j| tk.toks[j].word);
            if !next.is_some_and(|j| r.is_complementizer(tk.low(j))) {
                continue;
            }
            (m, cue.last + 1)
        } else if let Some(m) = (i > lo + 2 && tk.toks[i - 1].word && ctx.is_coordinator(i - 1))
            .then(|| ctx.subject(lo, i - 1, false))
            .flatten()
            .filter(|m| m.kind == super::MentionKind::Name || !m.roles.is_empty())
        {
            // "Innenministerin X nannte die Kundgebung "…" und versicherte, …": the second
            // verb of a coordination shares the sentence's subject.
            (m, cue.last + 1)
        } else if i > lo + 2 && ctx.is_coordinator(i - 1) && r.lex.pro_drop && ctx.opening_verb(lo)
        {
            // "Citou X e disse que …": and its dropped subject.
            (super::dropped_subject(ctx, cue.last), cue.last + 1)
        } else if let Some(m) = (i > lo).then(|| ctx.mention_before(lo, i)).flatten() {
            (m, cue.last + 1)
        } else if cue.kind == CueKind::Verb
            && let Some(found) = ctx.mention_after(cue.last + 1, hi)
        {
            found
        } else if cue.kind == CueKind::Verb
            && r.lex.pro_drop
            && (lo..i).all(|k| {
                if tk.toks[k].word {
                    ctx.leads_in(k)
                } else {
                    matches!(tk.raw(k), "," | "." | "!" | "?" | ";")
                }
            })
        {
            // "Ha detto che …", "Indicó que …", "Y afirma que …", "Además, añade que …": a
            // sentence opened by its verb (after a conjunction or an adverb at most) has
            // dropped its subject, the person spoken of before.
            (super::dropped_subject(ctx, cue.last), cue.last + 1)
        } else {
            continue;
        };
        k = k.max(cue.last + 1);
        // A complementizer within a few tokens ("said on Monday that", "told reporters that"),
        // or a relative phrase after the noun of a report ("denied the reports according to
        // which", "a démenti les informations selon lesquelles"): the token after which the
        // content begins.
        let mut comp = None;
        for j in k..hi.min(k + 10) {
            if let Some(len) = r.reported_relative(&ctx.words_from(j, hi, 4)) {
                comp = Some(j + len - 1);
                break;
            }
            if tk.toks[j].word && r.is_complementizer(tk.low(j)) {
                // "Así lo resumió X, de 81 años, que lleva …": after a comma that closes the
                // speaker's phrase or its apposition, "que" opens a relative clause.
                // (Romance "que", "che" are also relative pronouns; "dass" never is.)
                let inverted = ctx.g.romance
                    && (tk.at_or_after(m.start) > cue.last || tk.is_capitalized(cue.last + 1));
                // (The speaker's phrase may end at that comma: "disse X, que reclamou …".)
                if inverted
                    && j > 0
                    && tk.is_punct(j - 1, ',')
                    && (j <= k + 1 || closes_phrase(ctx, k, j - 1))
                {
                    break;
                }
                comp = Some(j);
                break;
            }
            // (A point glued to a word inside the sentence is an abbreviation's: "said on Oct.
            // 31 that …".)
            let abbreviation = j + 1 < hi && tk.point_after_word(j);
            if !tk.toks[j].word && matches!(tk.raw(j), "." | ";" | ":" | "!" | "?") && !abbreviation
            {
                break;
            }
        }
        let from = match comp {
            Some(j) => j + 1,
            None => 'clause: {
                // No complementizer: a comma and a clause (de, nl; vi, where none is needed), or
                // straight on (en, vi).
                // (Where the verb comes second, a lower-case adverb or two may stand between
                // the verb and its comma: "sagte dazu, dies sei …", "zei daarover, …"; not its
                // subject: "sagte er, …".)
                // (Not in Russian or Ukrainian, where a lower-case word there is as often a
                // noun: "рассказал журналистам, …".)
                if r.lex.verb_second
                    && !ctx.g.declines
                    && let Some(c) = (k..hi.min(k + 3))
                        .take_while(|&j| {
                            let l = tk.low(j);
                            !tk.toks[j].word
                                || !tk.is_capitalized(j)
                                    && !ctx.is_coordinator(j)
                                    && !r.is_complementizer(l)
                                    && r.pronoun(l).is_none()
                                    && r.determiner(l).is_none()
                        })
                        .find(|&j| !tk.toks[j].word)
                        .filter(|&j| j > k && tk.is_punct(j, ','))
                {
                    k = c;
                }
                let comma = k < hi && tk.is_punct(k, ',');
                // "Ông Kiên cho biết: Dù đã muộn …", "заявил: проект …": a colon and a clause
                // in the reporter's words (in marks it is a direct quotation).
                let colon = k < hi && tk.is_punct(k, ':');
                let mut first = if comma || colon { k + 1 } else { k };
                // "told reporters the plan …", "told Polygraph.info the claims …": the clause
                // opens past the addressee.
                let mut kind = cue.kind;
                if kind == CueKind::Object
                    && !comma
                    && r.lex.zero_complementizer == ZeroThat::Opener
                    && let Some(f) = past_addressee(ctx, first, hi)
                {
                    (first, kind) = (f, CueKind::Verb);
                }
                // "Dat vertelt X, die een petitie startte": a relative pronoun after the
                // speaker's name opens no reported clause.
                // Nor does an apposition: "Dat zegt X, voorzitter van de huisartsenkring".
                let relative = comma
                    && k == tk.at_or_after(m.end)
                    && m.kind == super::MentionKind::Name
                    && first < hi
                    && (relative_pronoun(ctx, first) || ctx.opens_with_role(first, hi));
                // "Ông đáp rất nhanh: “…”": a few words of manner and a colon lead in to
                // a quotation, they report nothing themselves.
                let lead_in = !colon
                    && (first..hi.min(first + 4))
                        .find(|&j| !tk.toks[j].word)
                        .is_some_and(|j| tk.is_punct(j, ':'));
                // "O prefeito diz ter um plano", "negó haber recibido …": an infinitive.
                if !comma
                    && !colon
                    && kind == CueKind::Verb
                    && let Some(f) = infinitive_clause(ctx, cue.last, first, hi)
                {
                    break 'clause f;
                }
                let ok = !relative
                    && !lead_in
                    && first < hi
                    && tk.toks[first].word
                    // (A preposition opens a reported clause only where its verb is in the
                    // reported mood: "betonte, unter den Opfern seien viele Kinder".)
                    && (!r.is_preposition(tk.low(first))
                        || comma
                            && r.lex.verb_second
                            && in_reported_mood(ctx, tk.toks[first].start, tk.toks[hi - 1].end))
                    && !r.is_skip(tk.low(first))
                    && ctx.cue_at(first, hi).is_none()
                    && !(ctx.g.noun_caps && zu_infinitive(ctx, first, hi))
                    && (colon
                        || comma
                            && (r.lex.verb_second || r.lex.zero_complementizer == ZeroThat::Any)
                            // ("заявил X, а также компания": a coordinator after the comma
                            // joins a second subject or clause, it opens no reported one.)
                            && !ctx.is_coordinator(first)
                        || !comma && zero_that(ctx, kind, first));
                if !ok {
                    continue 'cue;
                }
                first
            }
        };
        let (s, e) = content(ctx, from, hi)?;
        let source = ctx.source_in(cue.last + 1, from, (0, 0));
        return Some((s, e, super::attribution(ctx, &cue, m, source)));
    }
    None
}

/// "O prefeito diz ter um plano", "negó haber recibido el dinero", "ha detto di non sapere",
/// "affirme ne pas avoir …": the infinitive complement at token `first` of the reporting
/// verb at `verb` is a claim of its subject's own (Romance; `Lexicon::infinitive_endings`),
/// unless the verb promises, asks or decides (`Lexicon::directive_stems`: "prometió
/// revisar …"). The token the content opens at: the infinitive or its negation, past the
/// marker ("di").
fn infinitive_clause(ctx: &Ctx<'_>, verb: usize, first: usize, hi: usize) -> Option<usize> {
    let tk = &ctx.tk;
    let r = ctx.rules;
    let lex = r.lex;
    if lex.infinitive_endings.is_empty()
        || lex
            .directive_stems
            .iter()
            .any(|s| tk.low(verb).starts_with(s))
    {
        return None;
    }
    let word = |j: usize| j < hi && tk.toks[j].word;
    let mut from = first;
    if let Some(marker) = lex.infinitive_marker {
        if !(word(from) && tk.low(from) == marker) {
            return None;
        }
        from += 1;
    }
    let mut j = from;
    while word(j) && j < from + 2 && lex.negations.contains(&tk.low(j)) {
        j += 1;
    }
    if !word(j) {
        return None;
    }
    let w = tk.low(j);
    // (A word of three letters at least: "ser", "ter"; not a noun or a function word that
    // happens to end so: "ayer", "hier", "entre", "por".)
    let infinitive = !tk.is_capitalized(j)
        && w.chars().count() >= 3
        && lex.infinitive_endings.iter().any(|e| w.ends_with(e))
        && !r.is_preposition(w)
        && !r.is_function_word(w)
        && !r.is_skip(w)
        && r.determiner(w).is_none()
        && r.pronoun(w).is_none()
        && r.role(w).is_none();
    infinitive.then_some(from)
}

/// Does the German clause from `first` end its first stretch (up to a comma or the end) in
/// "zu" and an infinitive ("kündigte an, den Bericht bald zu veröffentlichen")? Such a
/// clause says what someone will do, not what they said.
fn zu_infinitive(ctx: &Ctx<'_>, first: usize, hi: usize) -> bool {
    let tk = &ctx.tk;
    let end = (first..hi.min(first + 24))
        .find(|&j| !tk.toks[j].word)
        .unwrap_or(hi);
    end >= first + 2 && tk.toks[end - 1].word && tk.low(end - 2) == "zu"
}

/// Do the tokens `[k, comma)` before a comma hold a name, a number or a role (the inverted
/// speaker's apposition: "X, de 81 años,") rather than adverbs alone ("dijo, además, que")?
fn closes_phrase(ctx: &Ctx<'_>, k: usize, comma: usize) -> bool {
    let tk = &ctx.tk;
    let from = (k..comma)
        .rev()
        .find(|&i| tk.is_punct(i, ','))
        .map_or(k, |c| c + 1);
    (from..comma).any(|i| {
        tk.toks[i].word
            && (tk.is_capitalized(i)
                || tk.raw(i).starts_with(|c: char| c.is_ascii_digit())
                || ctx.rules.role(tk.low(i)).is_some())
    })
}

/// A relative pronoun opening a clause after a name (Dutch, German): "die een petitie
/// startte", "der seit Jahren …" (but "der Plan sei …", an article and its noun, is a clause;
/// and "dat" is the complementizer).
fn relative_pronoun(ctx: &Ctx<'_>, i: usize) -> bool {
    let tk = &ctx.tk;
    let r = ctx.rules;
    let l = tk.low(i);
    let next_noun = i + 1 < tk.len() && tk.is_capitalized(i + 1);
    r.is_relative(l)
        || (r.lex.relative_articles.contains(&l)
            && !r.is_complementizer(l)
            && !(ctx.g.noun_caps && next_noun))
}

/// The antecedent of a relative pronoun right before the cue ("El médico, quien asegura que
/// …", "la doctora, que afirma que …"): the noun phrase before it.
fn relative_subject(ctx: &Ctx<'_>, lo: usize, i: usize) -> Option<super::Mention> {
    let tk = &ctx.tk;
    let r = ctx.rules;
    let rel = (lo..i)
        .rev()
        .take_while(|&k| tk.toks[k].word && (r.is_skip(tk.low(k)) || r.is_relative(tk.low(k))))
        .find(|&k| r.is_relative(tk.low(k)))?;
    (rel > lo && tk.is_punct(rel - 1, ','))
        .then(|| ctx.mention_before(lo, rel - 1))
        .flatten()
}

/// The token after a short addressee at `i`: capitalised words ("Polygraph.info", "Business
/// Insider"), or an article and a noun or a bare noun ("reporters", "the committee"), up to the
/// determiner, pronoun or capital that opens a clause. `None` on anything else (a
/// preposition: "told reporters on Monday …").
fn past_addressee(ctx: &Ctx<'_>, i: usize, hi: usize) -> Option<usize> {
    let tk = &ctx.tk;
    let r = ctx.rules;
    let word = |j: usize| j < hi && tk.toks[j].word;
    let mut j = i;
    if word(j) && tk.is_capitalized(j) {
        while word(j) && tk.is_capitalized(j) && j < i + 4 {
            j += 1;
        }
    } else {
        if word(j) && r.determiner(tk.low(j)).is_some() {
            j += 1;
        }
        let noun = j;
        while word(j)
            && !tk.is_capitalized(j)
            && r.determiner(tk.low(j)).is_none()
            && r.pronoun(tk.low(j)).is_none()
            && j < noun + 2
        {
            if r.is_preposition(tk.low(j)) || r.is_function_word(tk.low(j)) {
                return None;
            }
            j += 1;
        }
        if j == noun {
            return None;
        }
    }
    (word(j) && j > i).then_some(j)
}

/// May the reported clause follow the verb with no "that" here? In English it must open
/// like a clause: a pronoun, a determiner or a name ("said the plan…", not "added 40,000 jobs").
fn zero_that(ctx: &Ctx<'_>, kind: CueKind, first: usize) -> bool {
    let r = ctx.rules;
    if kind != CueKind::Verb {
        return false;
    }
    let l = ctx.tk.low(first);
    match r.lex.zero_complementizer {
        ZeroThat::No => false,
        ZeroThat::Any => true,
        ZeroThat::Opener => {
            r.pronoun(l).is_some()
                || r.determiner(l).is_some()
                || r.lex.clause_subjects.contains(&l)
                || ctx.tk.is_capitalized(first)
                || bare_subject(ctx, first)
                || counted_subject(ctx, first)
        }
    }
}

/// A number of things and a finite verb: "said more than 15,000 people registered", "reported
/// at least 5,000 people entered", "said 12 workers had", not "added 40,000 jobs in May".
fn counted_subject(ctx: &Ctx<'_>, first: usize) -> bool {
    let tk = &ctx.tk;
    let plain = |j: usize| j < tk.len() && tk.toks[j].word && !tk.is_capitalized(j);
    let digits = |j: usize| j < tk.len() && tk.raw(j).starts_with(|c: char| c.is_ascii_digit());
    // (Up to two words qualify the number: "more than", "at least", "about".)
    let Some(n) = (first..first + 3).find(|&j| digits(j)) else {
        return false;
    };
    if !(first..n).all(plain) {
        return false;
    }
    // The counted noun (a few words), then the verb: an auxiliary or a past tense.
    (n + 2..n + 5).any(|j| {
        (n + 1..j).all(plain)
            && plain(j)
            && (super::en::FINITE_AUX.contains(&tk.low(j))
                || (tk.low(j).ends_with("ed") && tk.low(j).chars().count() > 4))
    })
}

/// A bare plural or mass noun and a finite auxiliary, one or two words on: "said staff had
/// gone back to pen and paper", "said hospital staff were", "said police would".
fn bare_subject(ctx: &Ctx<'_>, first: usize) -> bool {
    let tk = &ctx.tk;
    (first + 1..first + 3).any(|j| {
        j < tk.len()
            && (first..j).all(|w| tk.toks[w].word && !tk.is_capitalized(w))
            && tk.toks[j].word
            && super::en::FINITE_AUX.contains(&tk.low(j))
    })
}

/// "…, the statistics office said on Friday." / "…, a annoncé mardi le conseil municipal."
fn postposed(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<(usize, usize, Attribution)> {
    let tk = &ctx.tk;
    let tail_lo = lo.max(hi.saturating_sub(24));
    // The attribution opens after the last comma, or after an earlier one when the speaker
    // carries an apposition: "…, a indiqué jeudi le directeur du port, Marc Olivier."
    let mut commas = (tail_lo..hi).rev().filter(|&i| tk.is_punct(i, ','));
    let last = commas.next()?;
    postposed_at(ctx, lo, hi, last, None)
        .or_else(|| postposed_at(ctx, lo, hi, commas.next()?, Some(last)))
        .or_else(|| between_commas(ctx, lo, hi))
}

/// "…est passé de 29 % à 38 %, relève l'institut, mais avec de fortes disparités.", "…, the
/// ministry said, adding that …": an attribution between two commas after a whole clause
/// (a few words at least), with the sentence going on after it; not an according phrase.
fn between_commas(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<(usize, usize, Attribution)> {
    /// Fewer words before the attribution are a phrase ("En 2020, explique-t-il, …"), not
    /// what was said.
    const CLAUSE_WORDS: usize = 4;
    /// The most tokens an attribution, or the name apposed to it, spans between its commas.
    const SPAN: usize = 12;
    let tk = &ctx.tk;
    let commas: Vec<usize> = (lo..hi).filter(|&i| tk.is_punct(i, ',')).collect();
    // ("Ana Roth, deren Firma … beschäftigt, sagte der Zeitung, …": a relative clause before
    // the attribution belongs to its subject, and what was said follows it.)
    let relative = commas
        .iter()
        .copied()
        .find(|&k| k + 1 < hi && tk.toks[k + 1].word && relative_pronoun(ctx, k + 1))
        .unwrap_or(hi);
    // (The clause before the attribution has its words by this token; found once, as a
    // sentence may hold thousands of commas.)
    let clause_from = (lo..hi)
        .filter(|&i| tk.toks[i].word)
        .nth(CLAUSE_WORDS - 1)
        .unwrap_or(hi);
    (0..commas.len().saturating_sub(1)).rev().find_map(|n| {
        let (open, close) = (commas[n], commas[n + 1]);
        let next = commas.get(n + 2).copied().unwrap_or(hi);
        let clause = clause_from < open && relative >= open;
        // (", according to the constitution," sources a fact more often than speech.)
        let according = || {
            ctx.cue_at(open + 1, close)
                .is_some_and(|c| c.kind == CueKind::According)
        };
        if !clause || close - open > SPAN || according() {
            return None;
        }
        // (", a déclaré le porte-parole, Jean Roux, lors d'un …": the speaker's name follows
        // in apposition, up to the next comma.)
        let apposition = next - close <= SPAN
            && (close + 1..next)
                .rev()
                .find(|&i| tk.toks[i].word)
                .is_some_and(|i| tk.is_capitalized(i))
            && ctx
                .phrase(close + 1, next)
                .is_some_and(|m| m.kind == super::MentionKind::Name);
        if apposition {
            postposed_at(ctx, lo, next, open, Some(close))
        } else {
            postposed_at(ctx, lo, close, open, None)
        }
    })
}

/// "The plan, she added, will cost more.", "Las obras, opina, deben terminar.", "Además,
/// añade, la ciudad …": an attribution between two commas a few words into the sentence,
/// which goes on after it; the whole sentence is what was said, past a connective that
/// opens it ("Además" is the reporter's).
fn incise(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<(usize, usize, Attribution)> {
    /// The most words before the attribution: more make a clause of their own, read by
    /// `between_commas`.
    const BEFORE: usize = 3;
    /// The most tokens of the attribution between its commas.
    const SPAN: usize = 6;
    let tk = &ctx.tk;
    let r = ctx.rules;
    let open = (lo..hi.min(lo + BEFORE + 1)).find(|&i| !tk.toks[i].word)?;
    // (Only words before the first comma: `open` is the first token that is none.)
    if open == lo || open - lo > BEFORE || !tk.is_punct(open, ',') {
        return None;
    }
    let close = (open + 1..hi.min(open + SPAN + 2)).find(|&i| !tk.toks[i].word)?;
    if !tk.is_punct(close, ',')
        || close == open + 1
        || tk.text[..tk.toks[hi - 1].end].ends_with('?')
    {
        return None;
    }
    let cue = (open + 1..close).find_map(|c| ctx.cue_at(c, close))?;
    if cue.kind == CueKind::According
        || cue.last + 1 < close && cue.clitic.is_none() && cue.first > open + 1
    {
        return None;
    }
    let m = if let Some(cl) = cue.clitic {
        let g = r.pronoun(tk.low(cl)).unwrap_or(super::Gender::Unknown);
        super::pronoun_mention(tk.toks[cl].start, tk.toks[cl].end, g)
    } else if cue.first > open + 1 {
        // ", she added,", ", sagte er,": the subject before the verb, the only words there.
        ctx.mention_before(open + 1, cue.first)
            .filter(|m| m.kind == MentionKind::Pronoun || m.kind == MentionKind::Name)?
    } else if cue.last + 1 < close {
        // ", dijo el alcalde,", ", said Ms Hale,": the subject after the verb, up to the comma.
        let (m, end) = ctx.mention_after(cue.last + 1, close)?;
        if end < close || !ctx.person_like(&m) {
            return None;
        }
        m
    } else if r.lex.pro_drop {
        super::dropped_subject(ctx, cue.last)
    } else {
        return None;
    };
    let connective = (lo..open).all(|k| ctx.leads_in(k) || r.is_function_word(tk.low(k)));
    // (At least a few words after it, not opening a clause of their own with "que".)
    let mut after = (close + 1..hi).filter(|&i| tk.toks[i].word);
    let first = after.next()?;
    if after.take(2).count() < 2 || r.is_complementizer(tk.low(first)) {
        return None;
    }
    let (s, e) = content(ctx, if connective { close + 1 } else { lo }, hi)?;
    let source = ctx.source_in(cue.last + 1, close, (0, 0));
    Some((s, e, super::attribution(ctx, &cue, m, source)))
}

/// The attribution after the comma at token `comma`; with `apposition`, the later comma
/// that opens the speaker's name ("…, a indiqué le directeur du port, Marc Olivier."): the
/// speaker phrase must reach it and only capitalised words (the name) may follow it.
fn postposed_at(
    ctx: &Ctx<'_>,
    lo: usize,
    hi: usize,
    comma: usize,
    apposition: Option<usize>,
) -> Option<(usize, usize, Attribution)> {
    let tk = &ctx.tk;
    let r = ctx.rules;
    if let Some(ac) = apposition {
        let words: Vec<usize> = (ac + 1..hi).filter(|&i| tk.toks[i].word).collect();
        let name = words.len() <= 4 && words.iter().all(|&i| tk.is_capitalized(i));
        // "…, dijo Julián Soto, profesor de derecho.": a role after the name.
        let role = words.len() <= 6
            && ctx
                .phrase(ac + 1, hi)
                .is_some_and(|m| m.kind == super::MentionKind::Description && !m.roles.is_empty());
        if words.is_empty() || !(name || role) {
            return None;
        }
    }
    let f = comma + 1;
    // "…, qu'il juge …" is a relative clause, not an attribution.
    if f < hi && tk.toks[f].word && r.is_complementizer(tk.low(f)) {
        return None;
    }
    for c in f..hi.min(f + 12) {
        if !tk.toks[c].word {
            continue;
        }
        let Some(cue) = ctx.cue_at(c, hi) else {
            continue;
        };
        let (m, m_end) = if cue.kind == CueKind::According {
            if c != f {
                return None;
            }
            ctx.study_author(cue.last + 1, hi)
                .or_else(|| ctx.report_source(cue.last + 1, hi))
                .or_else(|| ctx.mention_after(cue.last + 1, hi))?
        } else if c == f {
            // "X, auteur du but, a reconnu que …": a verb that opens a "that"-clause after the
            // comma has its subject before it; this is no postposed attribution.
            let after = cue.last + 1;
            if after < hi && tk.toks[after].word && r.is_complementizer(tk.low(after)) {
                return None;
            }
            // "…, anunció la lista": after an inverted verb only a person (or a body: "…, said
            // the union") can be the speaker.
            let person = |m: &super::Mention| {
                m.kind != super::MentionKind::Description
                    || !m.roles.is_empty()
                    || ctx.headed_by_body(m)
            };
            if let Some(cl) = cue.clitic {
                let g = r.pronoun(tk.low(cl)).unwrap_or(super::Gender::Unknown);
                (
                    super::pronoun_mention(tk.toks[cl].start, tk.toks[cl].end, g),
                    cl + 1,
                )
            } else {
                ctx.mention_after(cue.last + 1, hi)
                    .filter(|(m, _)| person(m))?
            }
        } else {
            (ctx.mention_before(f, c)?, cue.last + 1)
        };
        // Only adverbials may follow the attribution: no complementizer, no second clause.
        if apposition.is_some_and(|ac| m_end < ac) {
            return None;
        }
        if !only_adverbials(ctx, m_end.max(cue.last + 1), hi) {
            return None;
        }
        let (s, e) = content(ctx, lo, comma + 1)?;
        let source = ctx.source_in(cue.last + 1, hi, (0, 0));
        return Some((s, e, super::attribution(ctx, &cue, m, source)));
    }
    None
}

/// Do the tokens `[from, hi)` after an attribution hold only adverbials: a few words, no
/// complementizer opening a clause of their own?
fn only_adverbials(ctx: &Ctx<'_>, from: usize, hi: usize) -> bool {
    let tk = &ctx.tk;
    let mut words = (from..hi).filter(|&i| tk.toks[i].word);
    words.clone().count() <= 8 && !words.any(|i| ctx.rules.is_complementizer(tk.low(i)))
}

/// "Die Reform sei gerecht und notwendig.": a sentence in the reported mood (Konjunktiv I)
/// with no reporting verb; the whole sentence is reported content. Not a question, and the
/// verb must be in the main clause's first dozen words.
fn free(ctx: &Ctx<'_>, ss: usize, se: usize) -> Option<(usize, usize)> {
    let tk = &ctx.tk;
    in_reported_mood(ctx, ss, se)
        .then(|| content(ctx, tk.at_or_after(ss), tk.at_or_after(se)))
        .flatten()
}

/// "Zudem würden Beamte mit 48 Wochenstunden mehr arbeiten.": right after reported speech, a
/// sentence whose verb is a form standing for the reported mood
/// (`Lexicon::reported_mood_substitutes`) goes on reporting, unless a subordinate clause
/// before it makes it a condition ("Wenn …, würden …").
fn continued(ctx: &Ctx<'_>, ss: usize, se: usize) -> Option<(usize, usize)> {
    let tk = &ctx.tk;
    let r = ctx.rules;
    if ctx.tk.text[ss..se].ends_with('?') {
        return None;
    }
    let lo = tk.at_or_after(ss);
    let hi = tk.at_or_after(se);
    let words = (lo..hi.min(lo + 12)).filter(|&i| tk.toks[i].word);
    for i in words {
        let w = tk.low(i);
        if r.lex.clause_openers.contains(&w) {
            return None;
        }
        if r.is_reported_mood_substitute(w) {
            return content(ctx, lo, hi);
        }
    }
    None
}

/// Is the text from byte `ss` to `se`, no question, in the reported mood: a listed form in its
/// first words, or the finite verb's ending (`reported_mood_by_ending`)?
fn in_reported_mood(ctx: &Ctx<'_>, ss: usize, se: usize) -> bool {
    let r = ctx.rules;
    if r.lex.reported_mood.is_empty() || ctx.tk.text[ss..se].ends_with('?') {
        return false;
    }
    let tk = &ctx.tk;
    let lo = tk.at_or_after(ss);
    let hi = tk.at_or_after(se);
    (lo..hi.min(lo + 12)).any(|i| tk.toks[i].word && r.is_reported_mood(tk.low(i)))
        || reported_mood_by_ending(ctx, lo, hi)
}

/// Is the finite verb of the main clause opening at token `lo` in the reported mood by its
/// ending (`Lexicon::reported_mood_ending`)? The verb is second (de, nl): after a personal
/// pronoun ("Er sehe darin …"), or after a noun phrase ending in a capitalised noun ("Die
/// Dokumentation entzaubere …", "Drogenkonsum sei …"), where nouns are capitalised.
fn reported_mood_by_ending(ctx: &Ctx<'_>, lo: usize, hi: usize) -> bool {
    let r = ctx.rules;
    let Some((ending, other_tenses)) = r.lex.reported_mood_ending else {
        return false;
    };
    let tk = &ctx.tk;
    let word = |k: usize| k < hi && tk.toks[k].word;
    if !word(lo) || !ctx.g.noun_caps {
        return false;
    }
    let first = tk.low(lo);
    // "Das sei ein falsches Signal": an article standing alone as a pronoun, its verb
    // next (an adjective there would be followed by its capitalised noun: "Das neue Gesetz").
    let pronoun_article = r.determiner(first).is_some()
        && word(lo + 1)
        && !tk.is_capitalized(lo + 1)
        && (!word(lo + 2) || !tk.is_capitalized(lo + 2));
    let verb = if r.pronoun(first).is_some() || pronoun_article {
        lo + 1
    } else {
        // Past an article and its adjectives to the noun, and the nouns after it.
        let mut k = lo;
        if r.determiner(first).is_some() {
            k += 1;
            while word(k) && !tk.is_capitalized(k) && k < lo + 4 {
                k += 1;
            }
        }
        if !word(k) || !tk.is_capitalized(k) || r.is_function_word(tk.low(k)) {
            return false;
        }
        while word(k + 1) && tk.is_capitalized(k + 1) {
            k += 1;
        }
        k + 1
    };
    if !word(verb) || tk.is_capitalized(verb) {
        return false;
    }
    let v = tk.low(verb);
    // (An umlaut makes the other subjunctive, a condition as often as a report: "Die SPD
    // käme auf sechs Prozent"; the listed forms cover "könne", "müsse".)
    v.chars().count() >= 4
        && !v.contains(['ä', 'ö', 'ü'])
        && v.ends_with(ending)
        && !other_tenses.iter().any(|e| v.ends_with(e))
        && !r.is_function_word(v)
        && r.determiner(v).is_none()
}
