//! Who said a direct quote: the cue before, after or inside the marks, a lead-in ending with a
//! colon, the next sentence's cue, and the mention each one attaches to.

use super::*;

pub(crate) fn attribute_direct(
    ctx: &Ctx<'_>,
    spans: &[Span],
    k: usize,
    sents: &[(usize, usize)],
    (prev_close, next_long_open): (usize, usize),
) -> (Attribution, How) {
    let tk = &ctx.tk;
    let sp = &spans[k];
    let next_open = spans.get(k + 1).map_or(tk.text.len(), |s| s.open);
    let b_start = sentence_at(sents, sp.open)
        .map_or(0, |i| sents[i].0)
        .max(prev_close);
    let b_hi = tk.at_or_after(sp.open);
    let mut b_lo = tk.at_or_after(b_start).max(b_hi.saturating_sub(WINDOW));
    // A bracket still open before the quote bounds its lead-in: "(Motto: „…“)".
    let mut depth = 0usize;
    for i in (b_lo..b_hi).rev() {
        if tk.is_punct(i, ')') {
            depth += 1;
        } else if tk.is_punct(i, '(') {
            if depth == 0 {
                b_lo = i + 1;
                break;
            }
            depth -= 1;
        }
    }
    let mut a_end = sentence_at(sents, sp.close.saturating_sub(1))
        .map_or(sp.close, |i| sents[i].1.max(sp.close));
    // `"We won!" Smith said.` starts a new short sentence that still attributes the quote.
    if a_end == sp.close
        && let Some(i) = sentence_at(sents, sp.close)
    {
        // (Longer when it opens in lower case, which no new sentence does: "“…” thuyền trưởng
        // X, người có biệt danh “Lực ngừ”, than.")
        // (Not one that leads in the next quotation with its colon: "«…?» Они ответили:
        // «…»" answers; it does not attribute the question.)
        let leads_next = |s: &(usize, usize)| {
            spans.get(k + 1).is_some_and(|n| {
                n.open < s.1
                    && tk
                        .text
                        .get(s.0..n.open)
                        .is_some_and(|lead| lead.trim_end().ends_with(':'))
            })
        };
        let next = sents.get(i + 1).filter(|s| {
            let (lo, hi) = (tk.at_or_after(s.0), tk.at_or_after(s.1));
            let lower = lo < hi && tk.toks[lo].word && !tk.is_capitalized(lo);
            s.0 >= sp.close && hi - lo <= if lower { 24 } else { 10 } && !leads_next(s)
        });
        if let Some(s) = next
            && !tk.text[sp.close..s.0].contains('\n')
        {
            a_end = s.1;
        }
    }
    let a_lo = tk.at_or_after(sp.close);
    // A short quote after the verb is a name in the attribution, not a boundary: "—
    // рассказала «Заречинской правде» учительница X", "told the „Bild“".
    let a_hi = tk.at_or_after(a_end.min(next_long_open)).min(a_lo + WINDOW);
    // The outlet may be the sentence's last words, in marks: "— сказал он в интервью газете
    // «Спортивный вестник Прикамья»." (a name of a few words, however it ends).
    let src_end = match spans.get(k + 1) {
        Some(n) if few_words(&tk.text[n.start..n.end]) => {
            spans.get(k + 2).map_or(tk.text.len(), |s| s.open)
        }
        Some(n) => n.open,
        None => tk.text.len(),
    };
    let a_src_hi = tk
        .at_or_after(a_end.min(src_end))
        .min(a_lo + WINDOW)
        .max(a_hi);

    // "Die Staatsanwaltschaft gab eine Stellungnahme ab. Darin steht: „…“": the document.
    if b_hi > b_lo
        && tk.is_punct(b_hi - 1, ':')
        && let Some(i) = sentence_at(sents, sp.open)
        && let Some(&(p0, p1)) = i.checked_sub(1).and_then(|p| sents.get(p))
        && p0 >= prev_close
        && !tk.text.get(p1..sp.open).is_some_and(|g| g.contains('\n'))
        && let Some(m) = ctx.document_back(tk.at_or_after(p0), b_lo, b_hi - 1)
    {
        let cue = (b_lo..b_hi - 1)
            .find_map(|c| ctx.cue_at(c, b_hi - 1))
            .map(|c| (tk.toks[c.first].start, tk.toks[c.last].end));
        let attr = Attribution {
            cue,
            mention: Some(m),
            source: None,
        };
        return (attr, How::Lead);
    }
    // "Я можу процитувати Ліну Костенко: «…»", "Il cite Victor Hugo : « … »": the person
    // quoted speaks, not the one who quotes.
    if b_hi > b_lo
        && tk.is_punct(b_hi - 1, ':')
        && let Some(m) = cited(ctx, b_lo, b_hi - 1)
    {
        return (subject_only(m), How::Lead);
    }
    let lead_mark = b_hi > b_lo && (tk.is_punct(b_hi - 1, ':') || tk.is_punct(b_hi - 1, ','));
    if lead_mark && let Some(a) = before_cue(ctx, b_lo, b_hi, 12) {
        return (a, How::Lead);
    }
    // `Капітан Віталій Мороз був обережнішим: «…»`: no verb of saying, but the colon hands the
    // quote to the named subject of the sentence.
    // Also a pronoun or a description: "Він задоволений: «…»", "Die Autoren der Studie werfen
    // den Behörden vor: „…“", and the subject after the verb in verb-second languages.
    // A reporting verb after the quote still wins over a subject with no verb of saying:
    // "Unterstützung bekam er von Sarah Palin: „…“, sagte die frühere Gouverneurin."
    if b_hi > b_lo && tk.is_punct(b_hi - 1, ':') {
        // "Desde su punto de vista, el Gobierno debe …: «…»": the sentence opens with
        // whose view it is.
        if let Some(c) = ctx
            .cue_at(b_lo, b_hi - 1)
            .filter(|c| c.kind == CueKind::According)
            && let Some((m, m_end)) = speaker_of(ctx, &c, b_lo, b_hi - 1)
        {
            let source = ctx.source_in(c.first, b_hi - 1, (c.last + 1, m_end));
            return (attribution(ctx, &c, m, source), How::Lead);
        }
        if let Some(m) = ctx.colon_lead_subject(b_lo, b_hi - 1) {
            if let Some(a) = after_cue(ctx, a_lo, a_hi, a_src_hi) {
                return (a, How::After { opens: false });
            }
            return (subject_only(m), How::Lead);
        }
    }
    // `Der Minister sagte dazu:` ending the sentence (or paragraph) before the quote.
    if b_hi == b_lo
        && b_hi > 0
        && tk.is_punct(b_hi - 1, ':')
        && let Some(i) = sentence_at(sents, tk.toks[b_hi - 1].start)
    {
        let lo = tk.at_or_after(sents[i].0.max(prev_close));
        if let Some(a) = before_cue(ctx, lo, b_hi, 16) {
            return (a, How::Lead);
        }
        if let Some(m) = ctx.colon_lead_subject(lo, b_hi - 1) {
            if let Some(a) = after_cue(ctx, a_lo, a_hi, a_src_hi) {
                return (a, How::After { opens: false });
            }
            return (subject_only(m), How::Lead);
        }
    }
    if let Some(a) = after_cue(ctx, a_lo, a_hi, a_src_hi) {
        let opens = (b_lo..b_hi).all(|i| !tk.toks[i].word);
        return (a, How::After { opens });
    }
    if let Some(m) = bracket_after(ctx, a_lo, a_hi) {
        let opens = (b_lo..b_hi).all(|i| !tk.toks[i].word);
        return (subject_only(m), How::After { opens });
    }
    if let Some(a) = naming_cue(ctx, b_lo, b_hi) {
        return (a, How::Near);
    }
    if let Some(a) = before_cue(ctx, b_lo, b_hi, WINDOW) {
        // A reporting verb a few words before, with a person as subject: "nannte es einen
        // „Skandal“", "a dénoncé « un projet bâclé »" (a partial quotation, even if short).
        // Or a short phrase quoted inside the verb's reported clause: "admitted that the squad
        // had "lost its way"", "reconoció que la plantilla necesita «dos o tres refuerzos»".
        let person = a
            .mention
            .as_ref()
            .is_some_and(|m| m.kind == MentionKind::Zero || ctx.person_like(m));
        let from = a.cue.map(|(_, e)| tk.at_or_after(e));
        let near = person && from.is_some_and(|f| partial_object(ctx, f, b_hi));
        // ("Según su portavoz, la decisión “no tiene nada que ver” …": the clause after an
        // according-to phrase is reported too.)
        let according = a.cue.is_some_and(|(s, _)| {
            ctx.cue_at(tk.at_or_after(s), b_hi)
                .is_some_and(|c| c.kind == CueKind::According)
        });
        // (A body's reported clause holds no partial quotation: "El sindicato denunció que la
        // plantilla trabaja «al límite»" marks a phrase, not the union's words.)
        let body = a
            .mention
            .as_ref()
            .is_some_and(|m| m.gender == Gender::Plural);
        if person
            && !body
            && !near
            && from.is_some_and(|f| partial_in_clause(ctx, sp, f, b_hi, according))
        {
            return (a, How::InClause);
        }
        return (a, if near { How::Near } else { How::Before });
    }
    if let Some(a) = next_sentence_cue(ctx, sp, sents, next_long_open) {
        let opens = (b_lo..b_hi).all(|i| !tk.toks[i].word);
        return (a, How::After { opens });
    }
    if let Some(a) = words_of_sentence(ctx, sp, sents, next_open) {
        let opens = (b_lo..b_hi).all(|i| !tk.toks[i].word);
        return (a, How::After { opens });
    }
    if let Some(m) = signature_after(ctx, sp) {
        let opens = (b_lo..b_hi).all(|i| !tk.toks[i].word);
        return (subject_only(m), How::After { opens });
    }
    if let Some(m) = sentence_subject(ctx, b_lo, b_hi) {
        return (subject_only(m), How::Subject);
    }
    if let Some(a) = previous_sentence(ctx, sp, sents, prev_close, b_lo, b_hi) {
        return (a, How::Before);
    }
    (Attribution::default(), How::None)
}

/// "El jurista Carlos Nino llamó a la Argentina "…"", "La Constitución manda "…"": a
/// quotation inside a sentence that no verb of saying attributes is the words of the
/// sentence's subject, named or described by a role, with a few words of the reporter's
/// between the two.
fn sentence_subject(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<Mention> {
    let words = (lo..hi).filter(|&i| ctx.tk.toks[i].word).count();
    if words < 3 {
        return None;
    }
    let person = |m: &Mention| {
        let who = match m.kind {
            MentionKind::Name => ctx.person_like(m),
            MentionKind::Description => !m.roles.is_empty(),
            MentionKind::Pronoun | MentionKind::Zero => false,
        };
        // (Not the subject of a relative or subordinate clause: "la réforme, que le
        // président « a fait passer en force »" holds someone else's words about him.)
        let at = ctx.tk.at_or_after(m.start);
        let subordinate = at > lo
            && ctx.word(at - 1)
            && (ctx.rules.is_relative(ctx.tk.low(at - 1))
                || ctx.rules.is_complementizer(ctx.tk.low(at - 1)));
        who && !subordinate && ctx.tk.at_or_after(m.end) + 1 < hi
    };
    // The clause holding the quotation: "X definía … y el jurista Y llamó a la Argentina
    // "…"" is Y's, after the last coordinator that opens a clause with a subject of its own.
    (lo + 1..hi)
        .rev()
        .filter(|&k| ctx.is_coordinator(k))
        .find_map(|k| ctx.subject(k + 1, hi, false).filter(person))
        .or_else(|| ctx.subject(lo, hi, false).filter(person))
        .or_else(|| {
            // Past an opening prepositional phrase and its comma: "En el caso de los
            // fármacos, Gates plantea un "…"".
            let first = (lo..hi).find(|&k| ctx.word(k))?;
            if !ctx.opens_with_preposition(first) {
                return None;
            }
            let comma = (first..hi.min(first + 12))
                .take_while(|&k| ctx.word(k) || ctx.tk.is_punct(k, ','))
                .find(|&k| ctx.tk.is_punct(k, ','))?;
            ctx.subject(comma + 1, hi, false).filter(person)
        })
}

/// The person who signs a quotation on the line after it, as under an epigraph or a pull
/// quote: the quote ends its paragraph and the next opens with a dash and a person's name
/// ("“…”\n\n- Dr. Ana Ruiz, directora de …").
fn signature_after(ctx: &Ctx<'_>, sp: &Span) -> Option<Mention> {
    let tk = &ctx.tk;
    let rest = tk.text.get(sp.close..)?;
    let line_end = rest.find('\n')?;
    if rest[..line_end].chars().any(char::is_alphanumeric) {
        return None;
    }
    let next = rest[line_end..].trim_start();
    let after_dash = ["- ", "– ", "— "]
        .iter()
        .find_map(|d| next.strip_prefix(d))?;
    let from = tk.at_or_after(tk.text.len() - after_dash.len());
    // The name ends at the first comma or the line's end.
    let end = (from..tk.len().min(from + 12))
        .find(|&i| !tk.toks[i].word && !tk.is_punct(i, '.'))
        .unwrap_or(tk.len().min(from + 12));
    ctx.phrase(from, end)
        .filter(|m| m.kind == MentionKind::Name && ctx.person_like(m))
}

/// The person named right after a verb of quoting in `[lo, hi)`, running to `hi`: "can
/// quote Margaret Thatcher", "cite le général de Gaulle".
fn cited(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<Mention> {
    let tk = &ctx.tk;
    let j = (lo..hi).find_map(|i| {
        ctx.rules
            .citing_verb(&ctx.words_from(i, hi, 3))
            .map(|n| i + n)
    })?;
    let m = ctx.phrase(j, hi)?;
    (m.kind == MentionKind::Name && ctx.person_like(&m) && tk.at_or_after(m.end) == hi).then_some(m)
}

/// "Peter Hale called the plan a "temporary fix"", "described the budget as "tight"": a naming
/// verb (`Lexicon::naming_verbs`) at most eight tokens before the quote, whose own object runs
/// up to the mark (`partial_object`), with a person as its subject: a partial quotation.
pub(crate) fn naming_cue(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<Attribution> {
    let tk = &ctx.tk;
    let near = lo.max(hi.saturating_sub(8));
    let v = (near..hi)
        .rev()
        .find(|&i| tk.toks[i].word && ctx.rules.is_naming_verb(tk.low(i)))?;
    // "the so-called "peace plan"".
    if v > 0 && matches!(tk.raw(v - 1), "-" | "\u{2011}") || !partial_object(ctx, v + 1, hi) {
        return None;
    }
    // "what it calls a "people's petition"", "ce qu'il appelle", "lo que llama": a free
    // relative names a thing in the speaker's words, it does not report a statement.
    if free_relative_before(ctx, v) {
        return None;
    }
    let cue = Cue {
        first: v,
        last: v,
        kind: CueKind::Verb,
        clitic: None,
    };
    // A participle after a comma ("…, dismissing as "false" …", "…, décrivant ses troupes
    // comme « … »") has the subject of its sentence's first cue ("Ivan Nechaev … has ruled out
    // that North Korea …"), not the nearest name.
    let main = (v > lo && tk.is_punct(v - 1, ','))
        .then(|| {
            let start = (lo..v)
                .rev()
                .find(|&k| matches!(tk.raw(k), "." | "!" | "?" | "\n"))
                .map_or(lo, |k| k + 1);
            (start..v - 1)
                .filter(|&k| tk.toks[k].word)
                .find_map(|k| ctx.cue_at(k, v - 1).filter(|c| c.kind == CueKind::Verb))
                .and_then(|c| speaker_of(ctx, &c, start, v - 1))
        })
        .flatten()
        .filter(|(m, _)| m.kind != MentionKind::Zero && ctx.person_like(m));
    // Else the subject before the verb: what follows it is the thing named ("Kim described
    // Putin as his "closest comrade"").
    let subject = || {
        ctx.mention_before(lo, v)
            .filter(|m| ctx.person_like(m))
            .map(|m| (m, v))
    };
    let (m, m_end) = match main.or_else(subject) {
        Some(found) => found,
        None => speaker_of(ctx, &cue, lo, hi)?,
    };
    if m.kind != MentionKind::Zero && !ctx.person_like(&m) {
        return None;
    }
    let source = ctx.source_in(cue.first, hi, (cue.last + 1, m_end));
    Some(attribution(ctx, &cue, m, source))
}

/// The outlet named by the sentence right after a quote's attribution, when that sentence
/// refers back to the words (it opens with a possessive, a demonstrative or a pronoun: "Ses
/// propos ont été repris par …", "His remarks were carried by …") and holds no quote.
pub(crate) fn source_after(
    ctx: &Ctx<'_>,
    sp: &Span,
    attr: &Attribution,
    sents: &[(usize, usize)],
    next_open: usize,
) -> Option<(usize, usize)> {
    let tk = &ctx.tk;
    let end = [
        Some(sp.close),
        attr.cue.map(|c| c.1),
        attr.mention.as_ref().map(|m| m.end),
    ]
    .into_iter()
    .flatten()
    .max()?;
    let i = sentence_at(sents, end.saturating_sub(1))?;
    let &(s0, s1) = sents.get(i + 1)?;
    if s0 < end || next_open < s1 || tk.text.get(end..s0)?.contains('\n') {
        return None;
    }
    let lo = tk.at_or_after(s0);
    let hi = tk.at_or_after(s1);
    if hi <= lo || hi - lo > 20 || !tk.toks[lo].word {
        return None;
    }
    let first = tk.low(lo);
    let refers = ctx.rules.determiner(first).is_some() || ctx.rules.pronoun(first).is_some();
    if !refers || (lo..hi).any(|j| tk.toks[j].word && ctx.rules.is_complementizer(tk.low(j))) {
        return None;
    }
    ctx.marked_source(lo, hi)
}

/// The speaker in brackets right after a quote: "„…“ (Konrad-Adenauer-Stiftung).", ""…" (Mayor
/// Anna Kowalski)". Only a phrase that can speak: "(dpa)", "(Artikel 115)" are not speakers.
pub(crate) fn bracket_after(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<Mention> {
    let tk = &ctx.tk;
    let mut i = lo;
    if i < hi && (tk.is_punct(i, '.') || tk.is_punct(i, ',')) {
        i += 1;
    }
    if i >= hi || !tk.is_punct(i, '(') {
        return None;
    }
    let close = (i + 1..hi.min(i + 10)).find(|&j| !tk.toks[j].word)?;
    if !tk.is_punct(close, ')') {
        return None;
    }
    ctx.phrase(i + 1, close)
        .filter(|m| m.kind != MentionKind::Pronoun && ctx.person_like(m))
}

/// An attribution with a speaker and no reporting verb of its own.
pub(crate) fn subject_only(m: Mention) -> Attribution {
    Attribution {
        cue: None,
        mention: Some(m),
        source: None,
    }
}

/// The sentence right after a quote that ends its own sentence, in the same paragraph.
pub(crate) fn sentence_after(
    ctx: &Ctx<'_>,
    sp: &Span,
    sents: &[(usize, usize)],
) -> Option<(usize, usize)> {
    let i = sents.partition_point(|s| s.0 < sp.close);
    let &(s0, s1) = sents.get(i)?;
    let gap = ctx.tk.text.get(sp.close..s0)?;
    (!gap.contains('\n') && !gap.chars().any(crate::text::is_alphanumeric)).then_some((s0, s1))
}

/// The sentence right after a quote that ends its own sentence, in the same paragraph, when it
/// only attributes it: "„…“ Das sagte Müller am Dienstag.", "« … » C'est ce qu'affirme X.",
/// ""…" Dat zei Jansen tegen de NOS.", "«…» Так прокоментував ситуацію X". It holds no quote,
/// no reported clause of its own and does not lead in to the next quote with a colon.
pub(crate) fn next_sentence_cue(
    ctx: &Ctx<'_>,
    sp: &Span,
    sents: &[(usize, usize)],
    next_open: usize,
) -> Option<Attribution> {
    let tk = &ctx.tk;
    let (s0, s1) = sentence_after(ctx, sp, sents)?;
    if next_open < s1 {
        return None;
    }
    let lo = tk.at_or_after(s0);
    let hi = tk.at_or_after(s1).min(lo + WINDOW);
    if hi <= lo || tk.is_punct(hi - 1, ':') {
        return None;
    }
    // (A first word "Dat", "That" is a demonstrative, not a complementizer; nor is "que"
    // after a neuter pronoun: "C'est ce qu'affirme X", "Es lo que dijo X", "È ciò che ha
    // detto X": a free relative, whose verb attributes the quote.)
    let lex = ctx.rules.lex;
    let free_relative = |j: usize| j > lo && lex.neuter_pronouns.contains(&tk.low(j - 1));
    // "That was how X described it", "C'est ainsi que X l'a résumé", "Es así como lo contó
    // X": a manner adverb opening the sentence refers back to the quote; the subject follows.
    let manner = (lo..hi.min(lo + 5))
        .filter(|&j| tk.toks[j].word)
        .find_map(|j| {
            ctx.rules
                .manner_word(&ctx.words_from(j, hi, 3))
                .map(|n| j + n - 1)
        });
    let manner_ok = |j: usize| manner.is_some_and(|m| j <= m);
    // (Romance "que", "che" after a comma open a relative clause: "Así lo resumió X, de 81
    // años, que vive en …".)
    let relative = |j: usize| ctx.g.romance && tk.is_punct(j - 1, ',');
    if (lo + 1..hi).any(|j| {
        tk.toks[j].word
            && ctx.rules.is_complementizer(tk.low(j))
            && !free_relative(j)
            && !manner_ok(j)
            && !relative(j)
    }) {
        return None;
    }
    let lo = manner.map_or(lo, |m| m + 1);
    // (The subject may carry an apposition: "Chị Lê Thu Hà, một phụ huynh ở quận Đống Đa, kể
    // lại với phóng viên.")
    for c in lo..hi.min(lo + 16) {
        let Some(cue) = ctx.cue_at(c, hi) else {
            continue;
        };
        if cue.kind == CueKind::According {
            return None;
        }
        let (mut m, mut m_end) = speaker_of(ctx, &cue, lo, hi)?;
        // "Así lo resumió el portavoz, X": the words before the verb cannot speak, the
        // subject follows it.
        if !(m.kind == MentionKind::Zero || ctx.person_like(&m))
            && let Some((a, a_end)) = person_after(ctx, cue.last + 1, hi)
        {
            (m, m_end) = (a, a_end);
        }
        if !(m.kind == MentionKind::Zero || ctx.person_like(&m)) {
            return None;
        }
        if indirect::has_content(ctx, s0, s1) {
            return None;
        }
        let source = ctx.source_in(cue.first, hi, (cue.last + 1, m_end));
        return Some(attribution(ctx, &cue, m, source));
    }
    // "That was how the deputy leader, X, summed up the mood", "Dat is hoe X het omschreef":
    // after the manner word comes the subject, and the verb after it, whatever it is, says
    // how the words were put (with its particle: "summed up").
    let m_word = manner?;
    let (m, m_end) = person_after(ctx, m_word + 1, hi)?;
    let v = (m_end..hi.min(m_end + 2)).find(|&k| tk.toks[k].word && !tk.is_capitalized(k))?;
    let particle = |k: usize| {
        k < hi && tk.toks[k].word && ctx.rules.lex.verb_particles_after.contains(&tk.low(k))
    };
    let last = if particle(v + 1) { v + 1 } else { v };
    let cue = Cue {
        first: v,
        last,
        kind: CueKind::Verb,
        clitic: None,
    };
    let source = ctx.source_in(v, hi, (0, 0));
    Some(attribution(ctx, &cue, m, source))
}

/// A named or described person (no pronoun) from token `from`: after the verb, the subject
/// when the words before the verb cannot speak ("Así lo resumió el portavoz, X", "Lo dijo X").
pub(crate) fn person_after(ctx: &Ctx<'_>, from: usize, hi: usize) -> Option<(Mention, usize)> {
    ctx.mention_after(from, hi)
        .filter(|(a, _)| a.kind != MentionKind::Pronoun && ctx.person_like(a))
}

/// A possessive at token `i` and a noun of words, figures, statements or studies after it (one
/// word between at most: "ses propres mots"): the possessor as a pronoun, with the token after
/// the noun.
fn possessed_words(ctx: &Ctx<'_>, i: usize, hi: usize) -> Option<(Mention, usize)> {
    let tk = &ctx.tk;
    let lex = ctx.rules.lex;
    if i >= hi || !tk.toks[i].word {
        return None;
    }
    let g = ctx.rules.possessive(tk.low(i))?;
    let said = |w: &str| {
        [
            lex.words_nouns,
            lex.report_nouns,
            lex.statement_nouns,
            lex.study_nouns,
        ]
        .iter()
        .any(|list| list.contains(&w))
    };
    let noun = (i + 1..hi.min(i + 3))
        .take_while(|&k| tk.toks[k].word)
        .find(|&k| said(tk.low(k)))?;
    Some((
        pronoun_mention(tk.toks[i].start, tk.toks[i].end, g),
        noun + 1,
    ))
}

/// The sentence right after a quote that ends its own sentence, when it attributes the quote
/// with a noun for words and no verb: ""…" That was the warning from X.", "« … » Ce sont les
/// mots du préfet, X.", ""…" A afirmação é do superintendente, X.", ""…" Đó là lời khuyên
/// của cô X.", "«…» Così l'ex ministro X.", "«…» Эти слова Беляковой …". The noun opens the
/// sentence (after a few words at most) and the speaker follows it or its preposition.
pub(crate) fn words_of_sentence(
    ctx: &Ctx<'_>,
    sp: &Span,
    sents: &[(usize, usize)],
    next_open: usize,
) -> Option<Attribution> {
    let tk = &ctx.tk;
    let lex = ctx.rules.lex;
    let (s0, s1) = sentence_after(ctx, sp, sents)?;
    if next_open < s0 {
        return None;
    }
    // (A quote later in that sentence does not stop it: "A afirmação é do X, para quem "…"".)
    let lo = tk.at_or_after(s0);
    let hi = tk.at_or_after(s1.min(next_open)).min(lo + WINDOW);
    let noun_len = |j: usize| {
        let one = tk.low(j);
        if lex.words_nouns.contains(&one) {
            return Some(1);
        }
        let two =
            j + 1 < hi && tk.toks[j + 1].word && has_pair(lex.words_nouns, one, tk.low(j + 1));
        two.then_some(2)
    };
    let (j, n) = (lo..hi.min(lo + 5))
        .filter(|&j| tk.toks[j].word)
        .find_map(|j| noun_len(j).map(|n| (j, n)))?;
    let after = j + n;
    // The preposition may follow a copula or a word ("A afirmação é do", "lời khuyên của").
    let from = (after..hi.min(after + 3))
        .find(|&k| tk.toks[k].word && lex.words_of.contains(&tk.low(k)))
        .map_or(after, |k| k + 1);
    let (m, _) = ctx.mention_after(from, hi)?;
    (m.kind != MentionKind::Pronoun && ctx.person_like(&m)).then(|| subject_only(m))
}

/// A quote that opens its sentence, after a sentence of the same paragraph that names who
/// speaks: "Der Minister äußerte sich am Montag. „…“", "He struck a conciliatory tone. "…"".
/// The reporting verb there (if any) belongs to that sentence, so the quote gets no cue.
pub(crate) fn previous_sentence(
    ctx: &Ctx<'_>,
    sp: &Span,
    sents: &[(usize, usize)],
    prev_close: usize,
    b_lo: usize,
    b_hi: usize,
) -> Option<Attribution> {
    let tk = &ctx.tk;
    if (b_lo..b_hi).any(|i| tk.toks[i].word) {
        return None;
    }
    let (lo, hi, _) = sentence_before(ctx, sp, sents, prev_close)?;
    // A question is put to the speaker (an interview): whom it names is what the answer is
    // about ("Is Jan de Groot the right man? “He is popular because …”").
    if ends_with_question(ctx, lo, hi) {
        return None;
    }
    // A sentence in the reported mood ("Die Angestellten seien …") still gives the last
    // speaker's words: its subject is what they spoke about, and the quote goes on with them.
    if (lo..hi).any(|i| tk.toks[i].word && ctx.rules.is_reported_mood(tk.low(i))) {
        return None;
    }
    let person = |m: &Mention| ctx.person_like(m);
    if let Some(a) = before_cue(ctx, lo, hi, WINDOW)
        && let Some(m) = a.mention.filter(|m| a.cue.is_some() && person(m))
    {
        return Some(Attribution {
            cue: None,
            mention: Some(m),
            source: a.source,
        });
    }
    ctx.subject(lo, hi, false).map(subject_only)
}

/// Does the quote `sp` answer a question: right after a sentence of the running text (in its
/// paragraph, nothing between) that ends with a question mark, as an interview's answers do?
pub(crate) fn answers_question(
    ctx: &Ctx<'_>,
    sp: &Span,
    sents: &[(usize, usize)],
    prev_close: usize,
) -> bool {
    let tk = &ctx.tk;
    sentence_before(ctx, sp, sents, prev_close).is_some_and(|(lo, hi, end)| {
        !tk.text[end..sp.open].chars().any(char::is_alphanumeric) && ends_with_question(ctx, lo, hi)
    })
}

/// The tokens of the sentence that ends before the quote `sp` opens, in its paragraph and after
/// the last quote (`prev_close`), and the byte where it ends.
fn sentence_before(
    ctx: &Ctx<'_>,
    sp: &Span,
    sents: &[(usize, usize)],
    prev_close: usize,
) -> Option<(usize, usize, usize)> {
    let tk = &ctx.tk;
    let i = sents.partition_point(|s| s.1 <= sp.open).checked_sub(1)?;
    let (s0, s1) = sents[i];
    if s0 < prev_close || tk.text.get(s1..sp.open)?.contains('\n') {
        return None;
    }
    Some((tk.at_or_after(s0), tk.at_or_after(s1), s1))
}

/// Does the sentence of tokens `[lo, hi)` end with a question mark?
fn ends_with_question(ctx: &Ctx<'_>, lo: usize, hi: usize) -> bool {
    let tk = &ctx.tk;
    (lo..hi)
        .rev()
        .find(|&i| !tk.toks[i].word)
        .is_some_and(|i| tk.is_punct(i, '?'))
}

/// The last cue in `[lo, hi)` (at most `max_dist` tokens back) that has a speaker.
pub(crate) fn before_cue(
    ctx: &Ctx<'_>,
    lo: usize,
    hi: usize,
    max_dist: usize,
) -> Option<Attribution> {
    // The cue is near; its subject may reach further back ("Martin Behrsing, Sprecher des
    // Forums kommentierte den Sachverhalt am Sonntag in Bonn mit den Worten:").
    let (subject_lo, lo) = (lo, lo.max(hi.saturating_sub(max_dist)));
    let mut i = hi;
    // The nearest few cues only: a cue with no speaker rarely hands over to one further back,
    // and a text made of cues would cost a speaker search for each.
    let mut tries = 0;
    while i > lo && tries < 3 {
        i -= 1;
        let Some(mut cue) = ctx.cue_at(i, hi) else {
            continue;
        };
        tries += 1;
        // A longer cue that starts earlier and covers this one wins ("was quoted as saying").
        for j in (lo.max(i.saturating_sub(4))..i).rev() {
            if let Some(c) = ctx.cue_at(j, hi).filter(|c| c.last >= cue.last) {
                cue = c;
                i = j;
            }
        }
        if let Some((mention, m_end)) = speaker_of(ctx, &cue, subject_lo, hi) {
            // "…, segundo pesquisa X de setembro, e assegurar «…»": a frame closing one
            // conjunct attributes that one, not the next.
            if cue.kind == CueKind::According && closes_conjunct(ctx, m_end, hi) {
                continue;
            }
            let source = ctx.source_in(cue.first, hi, (cue.last + 1, m_end));
            return Some(attribution(ctx, &cue, mention, source));
        }
    }
    None
}

/// Is the phrase ending at token `from` followed, within a few words, by a comma and a
/// coordinator ("…, and", "…, e")?
fn closes_conjunct(ctx: &Ctx<'_>, from: usize, hi: usize) -> bool {
    let tk = &ctx.tk;
    let Some(comma) = (from..hi.min(from + 4)).find(|&j| !tk.toks[j].word) else {
        return false;
    };
    tk.is_punct(comma, ',') && comma + 1 < hi && ctx.is_coordinator(comma + 1)
}

/// A name of at most six words ("Спортивный вестник Прикамья", "Bild").
pub(crate) fn few_words(s: &str) -> bool {
    s.split_whitespace().nth(6).is_none()
}

/// After the closing mark: `, said X`, `, X said`, `— заявил он`, `a-t-il ajouté`, `dijo.`
/// `src_hi` bounds the search for an outlet, which may run past a name in marks.
pub(crate) fn after_cue(ctx: &Ctx<'_>, lo: usize, hi: usize, src_hi: usize) -> Option<Attribution> {
    let tk = &ctx.tk;
    let mut f = lo;
    while f < hi && !tk.toks[f].word {
        if !matches!(tk.raw(f), "," | "—" | "–" | "-" | ":" | "\u{a0}") {
            return None;
        }
        f += 1;
    }
    if f >= hi {
        return None;
    }
    let mut cue = ctx.cue_at(f, hi);
    // An adverb before the verb: "— скептически заметил X", "— коротко ответила она".
    if cue.is_none()
        && ctx.is_manner_adverb(f)
        && let Some(c) = ctx.cue_at(f + 1, hi)
    {
        f += 1;
        cue = Some(c);
    }
    if let Some(cue) = cue {
        let (m, m_end) = speaker_of(ctx, &cue, f, hi)?;
        let source = ctx.source_in(cue.first, src_hi, (cue.last + 1, m_end));
        return Some(attribution(ctx, &cue, m, source));
    }
    for c in f + 1..hi.min(f + 20) {
        if !tk.toks[c].word {
            if matches!(tk.raw(c), "." | "!" | "?" | ";" | ":") && !tk.glued_dot(c) {
                break;
            }
            continue;
        }
        let Some(cue) = ctx.cue_at(c, hi) else {
            continue;
        };
        if cue.kind == CueKind::According {
            break;
        }
        // "« … », c'est ce que dit Paul Girard": a free relative; the subject follows.
        // (Italian "è quanto sostiene X" says the same with one word.)
        let lex = ctx.rules.lex;
        let free_relative = (c > f && lex.free_relatives.contains(&tk.low(c - 1)))
            || (c >= f + 2
                && ctx.rules.is_complementizer(tk.low(c - 1))
                && lex.neuter_pronouns.contains(&tk.low(c - 2)));
        if free_relative {
            let (m, m_end) = ctx.mention_after(cue.last + 1, hi)?;
            let source = ctx.source_in(cue.first, src_hi, (cue.last + 1, m_end));
            return Some(attribution(ctx, &cue, m, source));
        }
        let m = ctx.mention_before(f, c)?;
        let source = ctx.source_in(cue.first, src_hi, (0, 0));
        // ""…" Así lo resumió el portavoz, X.": what comes before the verb cannot speak and
        // the subject follows it.
        if !ctx.person_like(&m)
            && let Some((a, a_end)) = person_after(ctx, cue.last + 1, hi)
        {
            let source = ctx.source_in(cue.first, src_hi, (cue.last + 1, a_end));
            return Some(attribution(ctx, &cue, a, source));
        }
        return Some(attribution(ctx, &cue, m, source));
    }
    None
}

/// The speaker of a cue found in `[lo, hi)` and the token where its phrase ends.
pub(crate) fn speaker_of(
    ctx: &Ctx<'_>,
    cue: &Cue,
    lo: usize,
    hi: usize,
) -> Option<(Mention, usize)> {
    let tk = &ctx.tk;
    let rules = ctx.rules;
    if let Some(c) = cue.clitic {
        let g = rules.pronoun(tk.low(c)).unwrap_or(Gender::Unknown);
        let t = tk.toks[c];
        return Some((pronoun_mention(t.start, t.end, g), c + 1));
    }
    match cue.kind {
        // "nach Angaben der Verteidigung": an article closing the cue opens the source's phrase.
        CueKind::According => {
            if let Some(m) = ctx.compound_mention(cue) {
                return Some((m, cue.last + 1));
            }
            // "по его словам", "in her view", "en su opinión", "na opinião dela": the person is
            // the pronoun or possessive inside the cue, not the clause's subject after it.
            let inside = (cue.first..=cue.last).find_map(|i| {
                let w = tk.low(i);
                let g = rules
                    .pronoun(w)
                    .or_else(|| rules.possessive(w))
                    .or_else(|| rules.possessive_after(w))?;
                Some((
                    pronoun_mention(tk.toks[i].start, tk.toks[i].end, g),
                    cue.last + 1,
                ))
            });
            if inside.is_some() {
                return inside;
            }
            // "según sus palabras", "selon ses propres mots", "según sus datos": a possessive
            // after the cue and a noun of words or figures (an "own" between at most) are
            // the possessor's.
            if let Some(found) = possessed_words(ctx, cue.last + 1, hi) {
                return Some(found);
            }
            let from = if rules.determiner(tk.low(cue.last)).is_some() && cue.last > cue.first {
                cue.last
            } else {
                cue.last + 1
            };
            // "segundo pesquisa do Instituto X": whoever made the study; "laut Angaben der
            // Polizei": whoever gave the figures.
            ctx.study_author(from, hi)
                .or_else(|| ctx.report_source(from, hi))
                .or_else(|| ctx.mention_after(from, hi))
        }
        // (With no word before the verb, right after a quotation, the phrase after it is its
        // subject: "“…,” warned the minister.")
        CueKind::Object => ctx
            .mention_before(lo, cue.first)
            .map(|m| (m, cue.last + 1))
            .or_else(|| {
                (lo..cue.first)
                    .all(|k| !tk.toks[k].word)
                    .then(|| ctx.mention_after(cue.last + 1, hi))
                    .flatten()
                    .filter(|(m, _)| ctx.person_like(m))
            }),
        // "was quoted as saying"; "цитирует его газета": a pronoun object after the cue.
        CueKind::Passive => ctx
            .mention_before(lo, cue.first)
            .map(|m| (m, cue.last + 1))
            .or_else(|| {
                ctx.mention_after(cue.last + 1, hi)
                    .filter(|(m, _)| m.kind == MentionKind::Pronoun)
            }),
        CueKind::Verb => {
            if ctx.g.declines
                && ctx.rules.impersonal(&[tk.low(cue.last)]).is_some()
                && let Some(found) = ctx.slavic_document_after(cue.last + 1, hi)
            {
                return Some(found);
            }
            if ctx.g.noun_caps
                && tk.low(cue.last) == "es"
                && let Some(found) = ctx
                    .document_in(lo, cue.first)
                    .or_else(|| ctx.document_in(cue.last + 1, hi))
            {
                return Some(found);
            }
            // A verb right after "and" shares the subject of the clause before ("Die Firma
            // bestätigte das nicht und nannte es …", "The firm denied it and called it …"): the
            // phrase after it is its object.
            if cue.first > lo + 1
                && ctx.is_coordinator(cue.first - 1)
                && let Some(m) = ctx.subject(lo, cue.first - 1, true)
            {
                return Some((m, cue.last + 1));
            }
            // "Los tratamientos, opina, «…»": a verb set off by commas with nothing after it,
            // where subjects are dropped, has dropped its own; the phrase before the first
            // comma opens the words reported.
            let incise = cue.first > lo
                && cue.last + 1 < hi.min(tk.len())
                && tk.is_punct(cue.first - 1, ',')
                && tk.is_punct(cue.last + 1, ',');
            if rules.lex.pro_drop && incise {
                return Some((dropped_subject(ctx, cue.last), cue.last + 1));
            }
            let before = (cue.first > lo)
                .then(|| ctx.mention_before(lo, cue.first))
                .flatten();
            // Verb-second order puts the subject after the verb when anything else comes
            // first: "Der Zeitung sagte Filep Karma", "Nachdem …, entgegnete Suttner".
            if rules.lex.verb_second
                && let Some((a, a_end)) = ctx.mention_after(cue.last + 1, hi)
            {
                let comma = cue.first > lo && tk.is_punct(cue.first - 1, ',');
                if ctx.inverted_subject(&a, before.as_ref(), comma) {
                    return Some((a, a_end));
                }
            }
            if let Some(m) = before {
                return Some((m, cue.last + 1));
            }
            // After the verb, a subject ("„…“, meint die 56-Jährige"); in verb-second languages,
            // with words before the verb, the phrase there is more often the object
            // ("X, Sprecher des Forums kommentierte den Sachverhalt"): it must be able to speak.
            if let Some(found) = ctx
                .mention_after(cue.last + 1, hi)
                .filter(|(m, _)| cue.first == lo || !rules.lex.verb_second || ctx.person_like(m))
            {
                return Some(found);
            }
            // A title in quotation marks between the verb and the subject: "заявил в эфире
            // программы «Вести» мэр Павел Иванов", "told the „Tagesspiegel“ Minister X".
            if let Some(close) = title_after(ctx, cue.last + 1, hi)
                && let Some(found) = ctx
                    .mention_after(close + 1, hi)
                    .filter(|(m, _)| ctx.person_like(m))
            {
                return Some(found);
            }
            // Nothing written: a dropped subject ("dijo.", "— добавила.") means the last speaker.
            if !rules.lex.pro_drop {
                return None;
            }
            Some((dropped_subject(ctx, cue.last), cue.last + 1))
        }
    }
}

/// The closing mark of a short quoted title within a few words after `from` ("в эфире
/// программы «Вести»"), with only words before it.
pub(crate) fn title_after(ctx: &Ctx<'_>, from: usize, hi: usize) -> Option<usize> {
    let tk = &ctx.tk;
    let hi = hi.min(tk.len()).min(from + 12);
    let open = (from..hi).find(|&i| !tk.toks[i].word)?;
    if !matches!(tk.raw(open), "«" | "„" | "“" | "\"" | "»") {
        return None;
    }
    (open + 1..hi.min(open + 7))
        .find(|&i| !tk.toks[i].word)
        .filter(|&i| matches!(tk.raw(i), "»" | "“" | "”" | "\"" | "«"))
}

/// The subject a pro-drop language leaves out, placed at the verb (token `verb`), whose
/// ending may tell the gender ("— добавила.").
pub(crate) fn dropped_subject(ctx: &Ctx<'_>, verb: usize) -> Mention {
    let t = ctx.tk.toks[verb];
    let g = ctx.rules.verb_gender(ctx.tk.low(verb));
    Mention {
        kind: MentionKind::Zero,
        ..pronoun_mention(t.start, t.end, g)
    }
}

pub(crate) fn pronoun_mention(start: usize, end: usize, g: Gender) -> Mention {
    Mention {
        start,
        end,
        kind: MentionKind::Pronoun,
        gender: g,
        roles: Vec::new(),
        outlet: false,
        definite: false,
        new_person: false,
        by_age: false,
    }
}

/// Builds the attribution; a verb that agrees in gender (ru, uk) tells the speaker's gender.
pub(crate) fn attribution(
    ctx: &Ctx<'_>,
    cue: &Cue,
    mut m: Mention,
    source: Option<(usize, usize)>,
) -> Attribution {
    let tk = &ctx.tk;
    if m.gender == Gender::Unknown {
        m.gender = ctx.rules.verb_gender(tk.low(cue.last));
    }
    // "Speaking to BBC Radio Kestrel, he admitted …", "En declaraciones a Radio X, el
    // capitán afirmó …", "Gegenüber dem Lüneburger Abendblatt schilderte er …": the outlet in
    // the lead-in of the clause, before the subject and the verb.
    // A medium named in the speaker's apposition is where the speaker works ("X, editor of the
    // magazine Naval Review, said"), not what carried the words: there only a marker ("X,
    // speaking to Radio Y, said") gives the outlet.
    let mut source = source.or_else(|| {
        let lo = lead_in_start(ctx, cue.first);
        let first = tk.at_or_after(m.start);
        let skip = (first, tk.at_or_after(m.end));
        let comma_after = skip.1 < tk.len() && tk.is_punct(skip.1, ',');
        let apposition = if first < cue.first && comma_after {
            (first, cue.first)
        } else {
            skip
        };
        (lo < cue.first)
            .then(|| {
                ctx.marked_source_in(lo, cue.first, skip)
                    .or_else(|| ctx.named_source_in(lo, cue.first, apposition))
            })
            .flatten()
    });
    if m.kind == MentionKind::Name && ctx.mention_is_outlet(&m) {
        // "theo Reuters", "selon The Independent": the outlet, not a person.
        m.outlet = true;
        source = source.or(Some((m.start, m.end)));
    } else if m.kind == MentionKind::Name && ctx.publication_after(&m) {
        // "The Kestrel article claims": the outlet speaks through its article; it is both
        // the speaker and what carried the words.
        source = source.or(Some((m.start, m.end)));
    } else if m.kind == MentionKind::Description
        && let Some(outlet) = ctx.outlet_of_publication(&m)
    {
        // "selon un article du Monde", "a report by Reuters said": a piece of an outlet is no
        // person; the outlet carried the words, as in "selon Le Monde".
        m.outlet = true;
        source = source.or(Some(outlet));
    }
    // "dit-elle": an inverted clitic after the verb is part of the cue as written.
    let last = cue.clitic.map_or(cue.last, |c| c.max(cue.last));
    Attribution {
        cue: Some((tk.toks[cue.first].start, tk.toks[last].end)),
        mention: Some(m),
        source,
    }
}

/// The first token of the clause that ends at token `cue`: back to a sentence stop, a quote
/// mark, a colon or a line break, at most twenty tokens.
pub(crate) fn lead_in_start(ctx: &Ctx<'_>, cue: usize) -> usize {
    let tk = &ctx.tk;
    let floor = cue.saturating_sub(20);
    let mut i = cue;
    while i > floor {
        let k = i - 1;
        if !tk.toks[k].word
            && (matches!(tk.raw(k), "." | "!" | "?" | ":" | ";" | "—" | "–") || is_mark(tk.raw(k)))
        {
            break;
        }
        i = k;
        if k > 0 && tk.text[tk.toks[k - 1].end..tk.toks[k].start].contains('\n') {
            break;
        }
    }
    i
}

pub(crate) fn is_mark(s: &str) -> bool {
    is_open_mark(s) || is_close_mark(s)
}
