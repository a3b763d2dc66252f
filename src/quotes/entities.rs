//! The document's people: named persons with their roles and gender, and the subject each
//! sentence is about, for pronouns and descriptions to resolve to.

use super::*;

/// `m` as the phrase it is a piece of: the person named after a complement, the noun a
/// complement belongs to, or no written subject for a sentence-opening adverb.
pub(crate) fn whole_mention(ctx: &Ctx<'_>, m: &mut Mention) {
    match fragments::name_piece(ctx, m) {
        fragments::Piece::Name => {}
        fragments::Piece::NameAfter(start, end) => {
            (m.start, m.end) = (start, end);
        }
        fragments::Piece::Description(start, end, role) => {
            (m.start, m.end) = (start, end);
            m.kind = MentionKind::Description;
            m.gender = ctx.rules.role(&role).unwrap_or(m.gender);
            m.roles = vec![role];
            m.definite = true;
        }
        fragments::Piece::Possessed(start, end, noun) => {
            (m.start, m.end) = (start, end);
            m.kind = MentionKind::Description;
            m.gender = ctx.rules.role(&noun).unwrap_or(Gender::Unknown);
            m.roles = vec![noun];
            m.new_person = true;
            m.definite = false;
        }
        fragments::Piece::NotAName => {
            m.kind = MentionKind::Zero;
            m.end = m.start;
        }
    }
}

/// The people the text names, in text order, with what later mentions add to them: the
/// speakers of the quotes, people named with a title, a role or a given name, and the
/// subjects of sentences near a mention that needs an antecedent.
pub(crate) fn entities(
    ctx: &Ctx<'_>,
    cands: &[Cand],
    sents: &[(usize, usize)],
    quoted: &[(usize, usize)],
) -> Entities {
    let text = ctx.tk.text;
    let mut ents: Vec<Entity> = cands
        .iter()
        .filter_map(|c| c.attr.mention.as_ref())
        .filter(|m| matches!(m.kind, MentionKind::Name | MentionKind::Description) && !m.outlet)
        .map(|m| Entity {
            pos: m.start,
            start: m.start,
            end: m.end,
            name: text[m.start..m.end].to_string(),
            gender: m.gender,
            roles: m.roles.clone(),
            speaker: true,
            named: m.kind == MentionKind::Name,
            centre: true,
        })
        .collect();
    // Sentences inside quotation marks are the speaker's words, not news about a person: a
    // name said there ("the Russian Armed Forces") is nobody's antecedent.
    ents.extend(
        person_mentions(ctx)
            .into_iter()
            .filter(|e| !within(quoted, e.pos)),
    );
    // Only mentions that need an antecedent look for one among sentence subjects: pronouns
    // and dropped subjects nearby, descriptions (which match a role said earlier) further.
    let needing = |kinds: &[MentionKind]| {
        let mut v: Vec<usize> = cands
            .iter()
            .filter_map(|c| c.attr.mention.as_ref())
            .filter(|m| kinds.contains(&m.kind) && !m.outlet)
            .map(|m| m.start)
            .collect();
        v.sort_unstable();
        v
    };
    let near = needing(&[MentionKind::Pronoun, MentionKind::Zero]);
    let far = needing(&[MentionKind::Description]);
    let (subjects, referring) = sentence_subjects(ctx, sents, quoted, [(&near, 3), (&far, 12)]);
    ents.extend(subjects);
    ents.sort_by_key(|e| (e.pos, !e.speaker));
    // One entity per position, the speaker's, with the roles every reading found there ("a
    // Russian military analyst, Igor Korotchenko, claimed": the role from the apposition).
    ents.dedup_by(|later, kept| {
        let same = later.pos == kept.pos;
        if same {
            for r in later.roles.drain(..) {
                if !kept.roles.contains(&r) {
                    kept.roles.push(r);
                }
            }
        }
        same
    });
    // A later mention of a surname, a role or a gender completes the earlier full name.
    let mut entities = Entities {
        people: Vec::with_capacity(ents.len()),
        sentence_starts: sents.iter().map(|s| s.0).collect(),
    };
    for mut e in ents {
        if let Some(full) = entities.full_name(&e.name, e.pos) {
            if e.gender == Gender::Unknown {
                e.gender = full.gender;
            }
            let mut roles = full.roles.clone();
            roles.extend(e.roles);
            e.roles = roles;
        }
        entities.people.push(e);
    }
    // "La gerente insistió en que …", "Ele defende …": a sentence about a described person or
    // one a pronoun or a dropped subject stands for makes that person the antecedent again (a
    // copy of the entity at the subject), in text order, so that a chain of such sentences
    // carries one person.
    for d in &referring {
        let Some(e) = entities.resolve(d, d.start, ctx.rules) else {
            continue;
        };
        let again = Entity {
            pos: d.start,
            speaker: true,
            centre: matches!(d.kind, MentionKind::Pronoun | MentionKind::Zero),
            ..e.clone()
        };
        let at = entities.people.partition_point(|x| x.pos <= d.start);
        entities.people.insert(at, again);
    }
    entities
}

/// People named in the running text with an honorific, a role or a known given name
/// ("Mayor Anna Kowalski visited …"): antecedents for a later "she said".
pub(crate) fn person_mentions(ctx: &Ctx<'_>) -> Vec<Entity> {
    let tk = &ctx.tk;
    let mut out = Vec::new();
    let mut i = 0;
    while i < tk.len() {
        if !tk.toks[i].word || !tk.is_capitalized(i) {
            i += 1;
            continue;
        }
        let l = tk.low(i);
        let title = i > 0 && tk.toks[i - 1].word && {
            let p = tk.low(i - 1);
            ctx.rules.honorific(p).is_some() || ctx.rules.role(p).is_some()
        };
        // An abbreviated title with its point: "Dr. Merle Brandt", "Prof. Jan Vos".
        let dotted = i > 1
            && tk.is_punct(i - 1, '.')
            && tk.toks[i - 2].word
            && ctx.rules.honorific(tk.low(i - 2)).is_some();
        let title = title || dotted;
        // A given name by its ending, for a name of two capitalised words at least, not after
        // an article ("Josiane Le Quéméner", "Sandrine Caron"; not "La Rochelle").
        // Romance women's given names end in "-a" too ("Loredana", "Gabriella", "Léa"),
        // but for a few men's ("Andrea", "Luca", "Nicola").
        let saint = i > 0 && tk.toks[i - 1].word && names::saint_title(tk.low(i - 1));
        let known = names::given_name(l).filter(|_| !saint);
        let in_a = || {
            !names::saint_title(l)
                && l.ends_with('a')
                && l.chars().count() >= 4
                && !names::MASCULINE_IN_A.contains(&l)
                && known != Some(Gender::Male)
        };
        let shaped = ctx.g.romance
            && (in_a()
                || names::FEMININE_ENDINGS
                    .iter()
                    .any(|e| l.len() > e.len() + 1 && l.ends_with(e)))
            && i + 1 < tk.len()
            && tk.is_capitalized(i + 1)
            && !(i > 0
                && tk.toks[i - 1].word
                && (ctx.rules.determiner(tk.low(i - 1)).is_some()
                    || ctx.rules.contraction(tk.low(i - 1)).is_some()));
        // Russian and Ukrainian: a surname whose ending marks a gender after a capitalised
        // word ("… «Вольт-Аналітика» Богдан Ткачишин вважає …").
        let slavic_pair = ctx.g.declines
            && i + 1 < tk.len()
            && tk.toks[i + 1].word
            && tk.is_capitalized(i + 1)
            && names::slavic_name(tk.low(i + 1)).is_some()
            && !(i > 0 && tk.toks[i - 1].word && tk.is_capitalized(i - 1));
        let given = known.is_some() || shaped || slavic_pair;
        // (A function word is never a name: the costlier apposition check comes after it.)
        if ctx.rules.is_function_word(l) {
            i += 1;
            continue;
        }
        // (Also for a known given name: the apposition gives the role a later "the analyst"
        // refers back by.)
        let apposed = (!title).then(|| apposed_name(ctx, i)).flatten();
        if !(title || given || apposed.is_some()) {
            i += 1;
            continue;
        }
        // (With the role before the title, which says the gender: "Forscherin Dr. …".)
        let lo = if dotted {
            let role = i > 2 && tk.toks[i - 3].word && ctx.rules.role(tk.low(i - 3)).is_some();
            if role { i - 3 } else { i - 2 }
        } else if title {
            i - 1
        } else {
            i
        };
        // A nickname in marks ("có biệt danh "thầy Bếp"", "surnommé « le Vieux Loup »") names
        // nobody new.
        if lo > 0
            && matches!(tk.raw(lo - 1), "\"" | "“" | "«" | "„" | "‘")
            && thing_noun_before(ctx, lo - 1)
        {
            i += 1;
            continue;
        }
        let mut e = i + 1;
        // (A particle inside the name: "Josiane Le Quéméner", "Yannick Le Floch"; in lower
        // case only after the given name, "Omar bin Khalid", "Ineke van Dorsten", since after
        // a full name it is as often "of": "Henk Wolters van Lokaal Hoogeloo".)
        let particle = |e: usize| {
            PARTICLES.contains(&tk.low(e))
                && (tk.is_capitalized(e) || e == i + 1)
                && e + 1 < tk.len()
                && tk.toks[e + 1].word
                && tk.is_capitalized(e + 1)
        };
        while e < tk.len()
            && e < i + 4
            && tk.toks[e].word
            && (tk.is_capitalized(e) && !ctx.rules.is_function_word(tk.low(e)) || particle(e))
        {
            e += 1;
        }
        if let Some(mut m) = ctx.phrase(lo, e).filter(|m| m.kind == MentionKind::Name) {
            // "Президент России", "представницею України": the role's complement is no person.
            whole_mention(ctx, &mut m);
            if m.kind != MentionKind::Name {
                i = e;
                continue;
            }
            if shaped && m.gender == Gender::Unknown {
                m.gender = Gender::Female;
            }
            if let Some((g, role)) = apposed {
                m.gender = merge(m.gender, g);
                m.roles.push(role);
            }
            out.push(named_entity(tk.text, m, false));
        }
        i = e;
    }
    out
}

/// Is the capitalised run at token `i` (two or three words, not after an article) a person in
/// apposition to a role: "Karim Belhadj, président de l'association", "la direttrice
/// dell'ufficio, Loredana Pizzuti"? Where nouns are not capitalised only. Gives the gender
/// the role's word marks, and the role, which a later "the analyst" refers back by.
pub(crate) fn apposed_name(ctx: &Ctx<'_>, i: usize) -> Option<(Gender, String)> {
    let tk = &ctx.tk;
    if ctx.g.family_name.is_some() {
        return None;
    }
    let caps = |k: usize| k < tk.len() && tk.toks[k].word && tk.is_capitalized(k);
    let mut e = i;
    // (A particle between the parts: "Omar bin Khalid", "Jan van Dijk".)
    while e < i + 4
        && (caps(e) && !ctx.rules.is_function_word(tk.low(e))
            || e > i && e < tk.len() && PARTICLES.contains(&tk.low(e)) && caps(e + 1))
    {
        e += 1;
    }
    if !(2..=4).contains(&(e - i)) || caps(e) {
        return None;
    }
    // Where every noun is capitalised, only "Name Surname, Role …" with the role noun right
    // after the comma ("Omar bin Khalid, Außenminister von Katar,"): a capitalised run
    // before a comma is as often a noun phrase.
    if ctx.g.noun_caps {
        let role = e + 1 < tk.len()
            && tk.is_punct(e, ',')
            && tk.toks[e + 1].word
            && tk.is_capitalized(e + 1);
        return role
            .then(|| ctx.rules.role(tk.low(e + 1)))
            .flatten()
            .filter(|&g| g != Gender::Plural)
            .map(|g| (g, tk.low(e + 1).to_string()));
    }
    let role = |k: usize| {
        if !tk.toks[k].word || tk.is_capitalized(k) {
            return None;
        }
        let g = match ctx.rules.role(tk.low(k)) {
            Some(Gender::Plural) => None,
            Some(g) => Some(g),
            None => (ctx.g.romance && ctx.rules.agent_noun(tk.low(k)).is_some())
                .then_some(Gender::Unknown),
        };
        g.map(|g| (g, tk.low(k).to_string()))
    };
    // "Name Surname, (article) (adjective) role …" ("Anna Petrova, a Russian economist")
    let after = || {
        (e + 1 < tk.len() && tk.is_punct(e, ','))
            .then(|| {
                // (A third word only after an article: "em entrevista à …" is no role.)
                let det = e + 1 < tk.len()
                    && tk.toks[e + 1].word
                    && ctx.rules.determiner(tk.low(e + 1)).is_some();
                (e + 1..(e + 3 + usize::from(det)).min(tk.len()))
                    .take_while(|&k| tk.toks[k].word)
                    .find_map(role)
            })
            .flatten()
    };
    // "… role (complement), Name Surname" closing its clause; the complement may be long ("le
    // président de la Cour des comptes de la région, Pierre Martin,").
    let before = || {
        (i > 1 && tk.is_punct(i - 1, ',') && (e >= tk.len() || !tk.toks[e].word))
            .then(|| {
                (i.saturating_sub(9)..i - 1)
                    .rev()
                    .take_while(|&k| tk.toks[k].word)
                    .find_map(role)
            })
            .flatten()
    };
    after().or_else(before)
}

/// The spans of the direct quotes among `cands`, sorted: the words in them are the speakers',
/// so a name said there is nobody the text itself names.
pub(crate) fn quoted_spans(cands: &[Cand]) -> Vec<(usize, usize)> {
    let mut quoted: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| c.kind == QuoteKind::Direct)
        .map(|c| (c.start, c.end))
        .collect();
    quoted.sort_unstable();
    quoted
}

/// Is byte `pos` inside one of the sorted `spans`?
pub(crate) fn within(spans: &[(usize, usize)], pos: usize) -> bool {
    let k = spans.partition_point(|&(s, _)| s <= pos);
    k > 0 && pos < spans[k - 1].1
}

/// A named person mentioned at `m`; `speaker` when they spoke or the sentence is about them.
pub(crate) fn named_entity(text: &str, m: Mention, speaker: bool) -> Entity {
    Entity {
        pos: m.start,
        start: m.start,
        end: m.end,
        name: text[m.start..m.end].to_string(),
        gender: m.gender,
        roles: m.roles,
        speaker,
        named: true,
        centre: speaker,
    }
}

/// The named person each sentence is about (its subject, with the roles of an appositive: "La
/// presidenta de la cooperativa, Inés Calvo, pidió …", "The port authority's chair, Deborah
/// Okafor, called …"): the antecedent a journalist means by the next "she said", "advirtió",
/// "a-t-il estimé" or "la ministra", even when someone else spoke last. Counted as a speaker,
/// since the sentence is about them. One bounded subject search per sentence.
/// Also returns the definite descriptions with a role and the pronouns that are subjects ("La
/// gerente insistió", "Ele defende"), to be resolved once the names are known.
/// Only sentences shortly before a mention that needs an antecedent are read: `needs` holds
/// sorted byte offsets of such mentions, each list with how many sentences back it looks. One
/// pass.
pub(crate) fn sentence_subjects(
    ctx: &Ctx<'_>,
    sents: &[(usize, usize)],
    quoted: &[(usize, usize)],
    needs: [(&[usize], usize); 2],
) -> (Vec<Entity>, Vec<Mention>) {
    let tk = &ctx.tk;
    let mut out = Vec::new();
    // The subjects that refer back: definite descriptions, pronouns and dropped subjects.
    let mut referring = Vec::new();
    let mut next = [0usize; 2];
    let mut q = 0;
    for (k, &(s0, s1)) in sents.iter().enumerate() {
        // (A sentence that opens inside a quotation: its subject is no antecedent.)
        while q < quoted.len() && quoted[q].1 <= s0 {
            q += 1;
        }
        if quoted.get(q).is_some_and(|&(a, b)| a <= s0 && s0 < b) {
            continue;
        }
        let mut wanted = false;
        for (list, (offsets, back)) in needs.iter().enumerate() {
            while next[list] < offsets.len() && offsets[next[list]] < s0 {
                next[list] += 1;
            }
            let reach = sents[(k + back).min(sents.len() - 1)].1;
            wanted |= offsets.get(next[list]).is_some_and(|&n| n < reach);
        }
        if !wanted {
            continue;
        }
        let lo = tk.at_or_after(s0);
        let hi = tk.at_or_after(s1);
        if hi <= lo || !tk.toks[lo].word {
            continue;
        }
        // "Citou X …": a sentence opened by its verb goes on about the person before, as a
        // pronoun does.
        if ctx.rules.lex.pro_drop && ctx.opening_verb(lo) {
            referring.push(super::dropped_subject(ctx, lo));
            continue;
        }
        let Some(mut m) = ctx.subject(lo, hi, false) else {
            continue;
        };
        // "Президент России подчеркнул …": the subject is the president, not Russia.
        whole_mention(ctx, &mut m);
        if m.kind == MentionKind::Zero {
            continue;
        }
        // Not a group: an institution or a team ("Сборная России выиграла …") is no "he".
        let group = m.gender == Gender::Plural;
        // "Ele defende …": a sentence about the person a pronoun stands for keeps them the
        // antecedent, past the people it names after its subject.
        if m.kind == MentionKind::Pronoun && !group {
            referring.push(m);
            continue;
        }
        if m.kind == MentionKind::Description && m.definite && !m.roles.is_empty() && !group {
            // "Il ministro dei Trasporti Fabrizio Morandini ha annunciato …": the name after
            // the role's complement is the subject.
            if let Some(mut named) = name_after_complement(ctx, tk.at_or_after(m.end), hi) {
                named.roles.extend(m.roles.iter().cloned());
                named.gender = merge(named.gender, m.gender);
                out.push(named_entity(tk.text, named, true));
                continue;
            }
            referring.push(m);
            continue;
        }
        // (An organisation named with its kind, "la Asociación de Vecinos …", is one: "la
        // asociación" later refers to it.)
        let named_body = group && m.kind == MentionKind::Name && !m.roles.is_empty();
        if m.kind != MentionKind::Name
            || m.outlet
            || (group && !named_body)
            || !(named_body || ctx.person_like(&m))
        {
            continue;
        }
        out.push(named_entity(tk.text, m, true));
    }
    (out, referring)
}

/// A name right after a role's complement, from token `i`: a preposition (with its article)
/// and at most two capitalised words, then a name of two words or more ("dei Trasporti
/// Fabrizio Morandini", "de l'Intérieur Paul Roche"). Romance languages only.
pub(crate) fn name_after_complement(ctx: &Ctx<'_>, i: usize, hi: usize) -> Option<Mention> {
    let tk = &ctx.tk;
    if !ctx.g.romance || i >= hi || !tk.toks[i].word || !ctx.rules.is_preposition(tk.low(i)) {
        return None;
    }
    let mut j = i + 1;
    if j < hi && tk.toks[j].word && ctx.rules.determiner(tk.low(j)).is_some() {
        j += 1;
    }
    let caps = |k: usize| k < hi && tk.toks[k].word && tk.is_capitalized(k);
    (j + 1..(j + 3).min(hi)).find_map(|s| {
        // (Not a place named after a saint: "do Hospital Santa Clara", "di San Rocco".)
        let saint = |k: usize| names::saint_title(tk.low(k));
        if !(j..s).all(caps) || !caps(s) || !caps(s + 1) || saint(s - 1) || saint(s) {
            return None;
        }
        let mut e = s + 2;
        while caps(e) && e < s + 4 {
            e += 1;
        }
        ctx.phrase(s, e)
            .filter(|m| m.kind == MentionKind::Name && ctx.person_like(m))
    })
}
