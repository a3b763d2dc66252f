//! Name mentions that are only a piece of a larger noun phrase, and so never the speaker:
//!
//! - the complement of a noun: "o ex-ministro da Fazenda afirmou" (the minister spoke, not
//!   the Fazenda), "director de la Clínica … y Medicina Rural", and in the languages whose
//!   genitive case does the joining, "Президент Франции заявил", "посол Європейського
//!   Союзу"; the speaker is then a name that follows in the same phrase ("первый заместитель
//!   председателя комитета по бюджету Иван Петров"), else the noun's
//!   description, resolved like any other;
//! - a word capitalised only because it opens the sentence and stands alone before a comma or
//!   a preposition ("Asimismo, señala …", "Procurada, a assessoria …", "Apesar da recusa …"),
//!   which the text never writes capitalised elsewhere: the subject is then not written at
//!   all.

use super::{Ctx, Mention, MentionKind};

/// What a name mention really is.
pub(crate) enum Piece {
    /// A name of its own: keep it.
    Name,
    /// The complement of a noun; the person named after it in the same phrase (byte span).
    NameAfter(usize, usize),
    /// The complement of a noun, nobody named after it: the noun's description (byte span of
    /// the noun and its complement, and the noun as a role).
    Description(usize, usize, String),
    /// A sentence-opening word, not a name: the subject is not written.
    NotAName,
    /// The possessor of a noun ("Ana Ruiz's lawyer"): that noun's person, someone new (byte
    /// span of the whole phrase, and the noun).
    Possessed(usize, usize, String),
}

/// Genitive endings of a place or organisation after a noun in Russian and Ukrainian
/// ("России", "Госдумы", "України"; as the first of several words only an adjective's:
/// "Європейського Союзу", "Государственной Думы"). A person's name after a role is nominative
/// ("посол Тетяна Коваль") or, declined with the role, a given name and a surname
/// ("за словами глядачки Олени Кравчук"), whose first word does not end so.
fn genitive_complement(ctx: &Ctx<'_>, word: &str, several: bool) -> bool {
    let lex = ctx.rules.lex;
    let endings = if several {
        lex.genitive_adjective_endings
    } else {
        lex.genitive_endings
    };
    word.chars().count() > 3 && endings.iter().any(|e| word.ends_with(e))
}

/// Classifies a name mention `m` (see [`Piece`]).
pub(crate) fn name_piece(ctx: &Ctx<'_>, m: &Mention) -> Piece {
    if m.kind != MentionKind::Name || m.outlet {
        return Piece::Name;
    }
    let tk = &ctx.tk;
    let first = tk.at_or_after(m.start);
    if first >= tk.len() {
        return Piece::Name;
    }
    if let Some(piece) = possessor(ctx, m) {
        return piece;
    }
    if let Some(piece) = complement(ctx, m, first) {
        return piece;
    }
    if opens_sentence_alone(ctx, m, first) {
        return Piece::NotAName;
    }
    Piece::Name
}

/// "Ana Ruiz's lawyer said": a name with a possessive ending before a lower-case noun owns
/// the person who speaks. The noun is the first role within a few lower-case words ("Moscow's
/// foreign ministry", "Berlin's health ministry"), else the word right after the name.
fn possessor(ctx: &Ctx<'_>, m: &Mention) -> Option<Piece> {
    const MODIFIERS: usize = 2;
    let tk = &ctx.tk;
    let name = &tk.text[m.start..m.end];
    if !(name.ends_with("'s") || name.ends_with("’s")) {
        return None;
    }
    let n = tk.at_or_after(m.end);
    let lower = |k: usize| k < tk.len() && tk.toks[k].word && !tk.is_capitalized(k);
    if !lower(n) {
        return None;
    }
    let noun = (n..=n + MODIFIERS)
        .take_while(|&k| lower(k))
        .find(|&k| ctx.rules.role(tk.low(k)).is_some())
        .unwrap_or(n);
    Some(Piece::Possessed(
        m.start,
        tk.toks[noun].end,
        tk.low(noun).to_string(),
    ))
}

/// The noun whose complement `m` is, if it is one (see the module doc).
fn complement(ctx: &Ctx<'_>, m: &Mention, first: usize) -> Option<Piece> {
    let tk = &ctx.tk;
    let word = |k: usize| k < tk.len() && tk.toks[k].word;
    let link = |k: usize| word(k) && ctx.rules.lex.words_of.contains(&tk.low(k));
    // Right before the complement: its link or article ("da Fazenda", "de la Clínica",
    // "y Medicina Rural"), or in Russian and Ukrainian the noun itself. Capitalised words
    // right before a name make it a name of its own ("Minister van Sociale Zaken Femke
    // Mulder").
    let before = first.checked_sub(1).filter(|&p| word(p))?;
    // (One capitalised word after others is the end of the complement: "head of the
    // Ministry's Information and Press Department".)
    let one_word = tk.at_or_after(m.end) <= first + 1;
    if !ctx.g.declines && !one_word && (tk.is_capitalized(before) || tk.is_all_caps(before)) {
        return None;
    }
    let mut k = first;
    let mut linked = false;
    // Back over the capitalised words of the complement, the links between them ("de",
    // "of") and the function words between capitalised words ("la", "y", "the").
    while k > 0 && word(k - 1) {
        let p = k - 1;
        let l = tk.low(p);
        if link(p) {
            linked = true;
        } else if tk.is_capitalized(p) || tk.is_all_caps(p) {
            // A capitalised role is the head ("Президент России" opening a sentence, German
            // "Sprecher der Polizei"), not part of the complement, unless it modifies the
            // capitalised word after it ("the Russian Foreign Ministry").
            let modifies = !ctx.g.declines && word(p + 1) && tk.is_capitalized(p + 1);
            if ctx.rules.role(l).is_some() && !modifies {
                break;
            }
        } else if !(ctx.rules.is_function_word(l)
            && p > 0
            && (tk.is_capitalized(p - 1) || link(p - 1)))
        {
            // (An article after the link: "head of the Russian Foreign Ministry's …".)
            break;
        }
        k = p;
    }
    let head = k.checked_sub(1).filter(|&h| word(h))?;
    let h = tk.low(head);
    // Only a person's noun: after "a study of", "in the view of" ("A juicio de Saldaña") the
    // complement is who speaks.
    let head_is_role = ctx.rules.role(h).is_some() && ctx.rules.verb(&[h]).is_none();
    let last = tk.at_or_after(m.end).max(first + 1);
    let slavic_genitive = ctx.g.declines
        && head + 1 == first
        && genitive_complement(ctx, tk.raw(first), last > first + 1);
    if !(head_is_role && (linked || slavic_genitive)) {
        return None;
    }
    if let Some((s, e)) = name_after(ctx, last) {
        return Some(Piece::NameAfter(s, e));
    }
    Some(Piece::Description(
        tk.toks[head].start,
        m.end,
        h.to_string(),
    ))
}

/// A person named right after a complement, in the same phrase: two or more capitalised
/// words, themselves no complement, before any punctuation or reporting verb.
fn name_after(ctx: &Ctx<'_>, from: usize) -> Option<(usize, usize)> {
    let tk = &ctx.tk;
    let mut j = from;
    while j < tk.len() && j < from + 8 && tk.toks[j].word {
        let l = tk.low(j);
        if ctx.rules.verb(&[l]).is_some() {
            return None;
        }
        let linked = j > 0 && ctx.rules.lex.words_of.contains(&tk.low(j - 1));
        if tk.is_capitalized(j) && !linked {
            let mut e = j;
            while e + 1 < tk.len() && tk.toks[e + 1].word && tk.is_capitalized(e + 1) {
                e += 1;
            }
            // Slavic complements run on in the genitive; a name is nominative.
            if e > j && !genitive_complement(ctx, tk.raw(j), true) {
                return Some((tk.toks[j].start, tk.toks[e].end));
            }
            j = e + 1;
            continue;
        }
        j += 1;
    }
    None
}

/// A one-word "name" that opens its sentence, stands before a comma, and is capitalised
/// nowhere else in the text: a sentence adverb or participle ("Asimismo,", "Questionada,").
fn opens_sentence_alone(ctx: &Ctx<'_>, m: &Mention, first: usize) -> bool {
    let tk = &ctx.tk;
    let one_word = tk.toks[first].end == m.end;
    let opens = first == 0 || !tk.toks[first - 1].word && !tk.is_punct(first - 1, ',');
    let comma = first + 1 < tk.len() && tk.is_punct(first + 1, ',');
    // Or before a preposition and a lower-case word: "Apesar da recusa …", "Teniendo en
    // cuenta …" (a name goes on capitalised: "Lula da Silva").
    let word = |k: usize| k < tk.len() && tk.toks[k].word;
    let prep = word(first + 1)
        && (ctx.rules.is_preposition(tk.low(first + 1))
            || ctx.rules.contraction(tk.low(first + 1)).is_some())
        && word(first + 2)
        && !tk.is_capitalized(first + 2)
        && ctx.rules.role(tk.low(first)).is_none();
    if !(one_word && opens && (comma || prep)) {
        return false;
    }
    let raw = tk.raw(first);
    // Written again after another word: a name after all ("Moro, …" … "disse Moro"). (Within
    // a few thousand tokens, so that a text made of such sentences stays linear.)
    let (lo, hi) = (
        first.saturating_sub(3000).max(1),
        (first + 3000).min(tk.len()),
    );
    !(lo..hi).any(|k| k != first && tk.toks[k - 1].word && tk.raw(k) == raw)
}
