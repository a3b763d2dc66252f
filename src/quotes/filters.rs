//! Which marked spans are quotations: not a title, a name, a slogan on a banner or a scare
//! quote; incises (", dit-il, ") split off.

use super::*;

/// Most tokens an inserted attribution may take between its verb and its closing stop.
pub(crate) const INCISE_WORDS: usize = 8;

/// One pair of marks holding an inserted attribution: « La direction fait semblant, poursuit
/// le syndicaliste. Nous l'avions alertée. », «Ветер был такой, — говорит Валентина Пахомова.
/// — Мы сидели со свечами». After a comma (and a dash), a reporting verb with an inverted
/// subject or clitic, then a stop or a comma (and a dash) and more words: two quotes, the
/// first ending at the comma, so that each piece is attributed as if it had marks of its own.
/// Each span is read once, up to its first incise.
pub(crate) fn split_incises(ctx: &Ctx<'_>, spans: Vec<Span>) -> Vec<Span> {
    let tk = &ctx.tk;
    let mut out = Vec::with_capacity(spans.len());
    for sp in spans {
        if sp.dash {
            out.push(sp);
            continue;
        }
        let lo = tk.at_or_after(sp.start);
        let hi = tk.at_or_after(sp.end);
        let mut cut = None;
        // An incise opens at a comma, or at a dash set off by a space before it ("«… - racconta
        // X - …»", "«… —dijo X— …»"; a hyphen also after it), not a hyphen inside a word.
        let dash = |i: usize| {
            let spaced_after = i + 1 < tk.len() && tk.toks[i].end < tk.toks[i + 1].start;
            match tk.raw(i) {
                "-" => tk.toks[i - 1].end < tk.toks[i].start && spaced_after,
                "–" | "—" => tk.toks[i - 1].end < tk.toks[i].start && i + 1 < tk.len(),
                _ => false,
            }
        };
        // The dash closing such an incise: a space after it, or the marks' end.
        let closing_dash = |t: usize| {
            matches!(tk.raw(t), "-" | "–" | "—")
                && (t + 1 >= hi || tk.toks[t].end < tk.toks[t + 1].start || !tk.toks[t + 1].word)
        };
        for i in lo + 2..hi {
            if !tk.is_punct(i, ',') && !dash(i) {
                continue;
            }
            let mut j = i + 1;
            while j < hi && matches!(tk.raw(j), "—" | "–") {
                j += 1;
            }
            let Some(cue) = ctx
                .cue_at(j, hi)
                .filter(|c| matches!(c.kind, CueKind::Verb | CueKind::Object))
            else {
                continue;
            };
            // Opened by a dash, it runs to the closing dash, whatever it says of the speaker
            // ("- racconta Bianchi mentre chiude il negozio -", "—dijo el alcalde—").
            if dash(i)
                && let Some(close) = (cue.last + 1..hi.min(cue.last + 1 + 2 * INCISE_WORDS))
                    .take_while(|&t| !matches!(tk.raw(t), "." | "!" | "?" | ";"))
                    .find(|&t| closing_dash(t))
            {
                let mut k = close + 1;
                while k < hi && !tk.toks[k].word {
                    k += 1;
                }
                if k < hi {
                    cut = Some((i, k));
                }
                break;
            }
            // The inserted clause ends after its clitic ("a-t-il dit,", "dit-elle.") or after
            // its inverted subject with any apposition ("explique la maire, Christine
            // Vautrin."), at a stop, a comma or a dash.
            let window = hi.min(cue.last + 1 + INCISE_WORDS);
            let after = match cue.clitic {
                Some(c) => Some(c.max(cue.last) + 1),
                None => speaker_of(ctx, &cue, j, window).map(|(_, m_end)| m_end),
            };
            let Some(mut e) = after else {
                break;
            };
            // A stop inside ends it ("la maire, Christine Vautrin. Les …"); the comma that
            // closes an apposition is its end ("a dit X, conseiller d'opposition, et …").
            if let Some(stop) = (cue.last + 1..e.min(window)).find(|&t| tk.is_punct(t, '.')) {
                e = stop;
            } else if e > cue.last + 1 && e <= window && tk.is_punct(e - 1, ',') {
                e -= 1;
            }
            while e < window && tk.toks[e].word && ctx.rules.is_skip(tk.low(e)) {
                e += 1;
            }
            // ("— розповів Дзюбенко Суспільному. —": the outlet in the dative after the name.)
            if e < window
                && let Some(n) = ctx.dative_outlet(e)
            {
                e += n;
            }
            if e >= window || !matches!(tk.raw(e), "." | "," | "—" | "–" | "-") {
                break;
            }
            let mut k = e + 1;
            while k < hi && !tk.toks[k].word {
                k += 1;
            }
            if k < hi && (!tk.is_punct(e, '.') || tk.is_capitalized(k)) {
                cut = Some((i, k));
            }
            break;
        }
        let Some((comma, k)) = cut else {
            out.push(sp);
            continue;
        };
        // (The first piece keeps its comma but not the dash that opens the incise.)
        let comma_end = if tk.is_punct(comma, ',') {
            tk.toks[comma].end
        } else {
            tk.toks[comma - 1].end
        };
        out.push(Span {
            open: sp.open,
            close: comma_end,
            start: sp.start,
            end: comma_end,
            runs_on: false,
            dangling: false,
            dash: false,
            short: false,
            after_incise: false,
        });
        out.push(Span {
            open: tk.toks[k].start,
            start: tk.toks[k].start,
            after_incise: true,
            ..sp
        });
    }
    out
}

/// A short quote: at most four words and no punctuation of its own ("peace plan", „Bild“).
pub(crate) fn is_short(text: &str, sp: &Span) -> bool {
    let content = &text[sp.start..sp.end];
    let mut weight = 0usize;
    let mut cjk = 0usize;
    let mut in_word = false;
    for c in content.chars().take(400) {
        if crate::text::is_alphabetic(c) && !c.is_lowercase() && !c.is_uppercase() {
            cjk += 1;
            in_word = false;
        } else if crate::text::is_alphanumeric(c) {
            if !in_word {
                weight += 1;
            }
            in_word = true;
        } else {
            in_word = c == '\'' || c == '’' || c == '-';
        }
    }
    weight += cjk / 2;
    // Russian and German put the stop after the closing mark: «Другого выхода нет».
    let after = text[sp.close..].chars().next();
    let sentence = weight >= 3
        && content.chars().next().is_some_and(char::is_uppercase)
        && after.is_some_and(|c| matches!(c, '.' | '!' | '?' | '…'));
    weight <= 4 && !content.ends_with(['.', ',', '!', '?', '…', ';', ':']) && !sentence
}

/// Does the clause go on after the quote's closing mark ("… that the firm "knew the risks
/// all along" at the plant"), the quote being a phrase of at most a dozen words with no stop
/// inside? A longer phrase quoted inside a reported clause is still part of that clause.
pub(crate) fn clause_runs_on(text: &str, sp: &Span) -> bool {
    let content = &text[sp.start..sp.end];
    let next = text[sp.close..]
        .chars()
        .find(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}');
    next.is_some_and(char::is_alphabetic)
        && !content.contains(['.', '!', '?', ';', ':'])
        && content.split_whitespace().take(13).count() <= 12
}

/// Is this quotation a quotation, and not a scare quote, a title or a stray mark?
/// A capitalised phrase of a few words in marks, with no stop of its own, inside a sentence
/// that runs on after it ("wrote «Поему про море» in 1955", "the conference «Нові аспекти
/// політики безпеки» opened") or followed by a bracket: the title of a work or an event, not
/// words anybody said. Asked only of quotes nobody is said to have said.
fn title_in_running_text(ctx: &Ctx<'_>, sp: &Span) -> bool {
    let text = ctx.tk.text;
    let content = &text[sp.start..sp.end];
    if !content.starts_with(char::is_uppercase)
        || content.ends_with(['.', '!', '?', '…', ',', ';', ':'])
        || content.split_whitespace().nth(10).is_some()
    {
        return false;
    }
    // Inside a sentence: words before the mark in its paragraph, and a word, a comma or the
    // line's end after it (a headline: "…конференции «Арктика: регион развития»"); or a
    // bracket after it, which says more about a work ("«Різдвяна історія» (виробництво …)").
    let before = text[..sp.open].trim_end_matches([' ', '\u{a0}']);
    let opens_paragraph = before.is_empty() || before.ends_with(['\n', '.', '!', '?', ':']);
    let after = text[sp.close..].trim_start_matches([' ', '\u{a0}']);
    // (Or the sentence's end, "навчальний курс «Основи цифрової безпеки».", where a
    // title has no clauses: an utterance there often has, "«Tao lừa đảo rồi, tao …»".)
    let ends_sentence = after.starts_with(['.', ';']) && !content.contains(',');
    let runs_on = ends_sentence
        || after.is_empty()
        || after.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '\n' | ',' | '-' | '–'));
    (!opens_paragraph && runs_on) || after.starts_with('(')
}

/// For each span, whether it stands in a list of three or more short capitalised phrases in
/// marks with only commas and a coordinator between them ("hits like “China Grove,” “Black
/// Water” and “Minute By Minute”", «„Faust“, „Nathan“ und „Emilia“»): such a list names
/// works or things, however its sentence attributes it.
pub(crate) fn listed_names(ctx: &Ctx<'_>, spans: &[Span]) -> Vec<bool> {
    /// The fewest items a list has, and the most words an item has.
    const ITEMS: usize = 3;
    const WORDS: usize = 6;
    let tk = &ctx.tk;
    let item = |sp: &Span| {
        let words = &tk.text[sp.start..sp.end];
        words.starts_with(char::is_uppercase) && words.split_whitespace().nth(WORDS).is_none()
    };
    // (Only commas and a coordinator between one item's close and the next one's open.)
    let joined = |a: &Span, b: &Span| {
        a.close <= b.open
            && (tk.at_or_after(a.close)..tk.at_or_after(b.open))
                .all(|k| tk.is_punct(k, ',') || tk.toks[k].word && ctx.is_coordinator(k))
            && tk.text[a.close..b.open]
                .chars()
                .all(|c| c == ',' || c == ' ' || c == '\u{a0}' || c.is_alphabetic())
    };
    let mut out = vec![false; spans.len()];
    let mut k = 0;
    while k < spans.len() {
        let mut e = k + 1;
        while e < spans.len()
            && item(&spans[e - 1])
            && item(&spans[e])
            && joined(&spans[e - 1], &spans[e])
        {
            e += 1;
        }
        if e - k >= ITEMS {
            out[k..e].fill(true);
        }
        k = e;
    }
    out
}

pub(crate) fn keep(ctx: &Ctx<'_>, sp: &Span, how: How, attributed: bool, continues: bool) -> bool {
    if sp.dangling {
        return attributed && !sp.short;
    }
    if sp.dash {
        return attributed || continues;
    }
    if names_a_thing(ctx, sp) || (!attributed && !continues && title_in_running_text(ctx, sp)) {
        return false;
    }
    // "moved the money through a so-called "comfort fund"": a name, even inside a reported
    // clause; so is the body after a role ("the correspondent of "The Daily"", "o
    // correspondente do “Diário”").
    if sp.short
        && (after_so_called(ctx, ctx.tk.at_or_after(sp.open), true)
            || (ctx.tk.text[sp.start..sp.end].starts_with(char::is_uppercase)
                && role_complement(ctx, ctx.tk.at_or_after(sp.open))))
    {
        return false;
    }
    // « Et vite », a-t-elle ajouté: short, but a whole utterance with its own attribution.
    !sp.short
        || matches!(
            how,
            How::Lead | How::After { opens: true } | How::Near | How::InClause
        )
}

/// Are the words before token `open` a role and a preposition (an article after it at most),
/// or where nouns decline, a role alone ("корреспондент «Вестника»")? A capitalised quote
/// there names the body the role belongs to (not so a word the speaker said of the person:
/// "назвал планы губернатора «нереалистичными»").
fn role_complement(ctx: &Ctx<'_>, open: usize) -> bool {
    let tk = &ctx.tk;
    let word = |k: usize| k < tk.len() && tk.toks[k].word;
    let mut p = open;
    if ctx.g.declines && p > 0 && word(p - 1) && ctx.rules.role(tk.low(p - 1)).is_some() {
        return true;
    }
    if p > 0 && word(p - 1) && ctx.rules.determiner(tk.low(p - 1)).is_some() {
        p -= 1;
    }
    p >= 2
        && word(p - 1)
        && (ctx.rules.is_preposition(tk.low(p - 1))
            || ctx.rules.contraction(tk.low(p - 1)).is_some())
        && word(p - 2)
        && ctx.rules.role(tk.low(p - 2)).is_some()
}

/// Is the word before token `open` (or the two words before it) a noun that names what
/// follows in marks: "biệt danh “Lực ngừ”", "surnommé « le Vieux Loup »", "the book "Salt""?
pub(crate) fn thing_noun_before(ctx: &Ctx<'_>, open: usize) -> bool {
    let tk = &ctx.tk;
    if open == 0 || !tk.toks[open - 1].word {
        return false;
    }
    let l = tk.low(open - 1);
    ctx.rules.is_thing_noun(l)
        || (open > 1
            && tk.toks[open - 2].word
            && has_pair(ctx.rules.lex.thing_nouns, tk.low(open - 2), l))
}

/// Is the quote a name (of a work, a campaign, an organisation) rather than words said? It
/// opens with a capital, has at most eight words and no sentence of its own, and its mark
/// follows a noun of `THING_NOUNS` (an article or possessive may stand between: "ihren Roman
/// „…“", "the exhibition, titled "…"").
pub(crate) fn names_a_thing(ctx: &Ctx<'_>, sp: &Span) -> bool {
    let tk = &ctx.tk;
    let content = &tk.text[sp.start..sp.end];
    if !content.chars().next().is_some_and(char::is_uppercase)
        || content.split_whitespace().take(9).count() > 8
    {
        return false;
    }
    let open = tk.at_or_after(sp.open);
    // (A slogan may end with its own "!": „Unser Bad bleibt!“.)
    if written_on_a_sign(ctx, open) || attributive(ctx, open, tk.at_or_after(sp.close)) {
        return true;
    }
    if content.contains(['.', '!', '?', ';', ':']) {
        return false;
    }
    let mut i = open;
    let mut seen = 0;
    while i > 0 && seen < 2 {
        i -= 1;
        if !tk.toks[i].word {
            if matches!(tk.raw(i), "," | "(") {
                continue;
            }
            return false;
        }
        seen += 1;
        let l = tk.low(i);
        let two =
            i > 0 && tk.toks[i - 1].word && has_pair(ctx.rules.lex.thing_nouns, tk.low(i - 1), l);
        if ctx.rules.is_thing_noun(l) || two {
            return true;
        }
        if ctx.rules.determiner(l).is_none() {
            return false;
        }
    }
    false
}

/// "the “Fresh. Local.” campaign", "de „Samen sterk“ campagne": where the head noun ends its
/// phrase (en, nl), marks between an article and a common noun name what the noun names.
fn attributive(ctx: &Ctx<'_>, open: usize, close: usize) -> bool {
    let tk = &ctx.tk;
    let r = ctx.rules;
    let word = |k: usize| k < tk.len() && tk.toks[k].word;
    r.lex.head_final
        && open > 0
        && word(open - 1)
        && r.determiner(tk.low(open - 1)).is_some()
        && word(close)
        && !tk.is_capitalized(close)
        && !r.is_function_word(tk.low(close))
        && !r.is_aux(tk.low(close))
        && r.verb(&[tk.low(close)]).is_none()
}

/// Is the quote at token `open` right after a verb of `WRITTEN_VERBS` whose sentence names a
/// banner, a sign or a slogan (`THING_NOUNS`) in the six words before it?
pub(crate) fn written_on_a_sign(ctx: &Ctx<'_>, open: usize) -> bool {
    let tk = &ctx.tk;
    if open == 0 || !tk.toks[open - 1].word || !ctx.rules.is_written_verb(tk.low(open - 1)) {
        return false;
    }
    let mut words = 0;
    let mut i = open - 1;
    while i > 0 && words < 6 {
        i -= 1;
        if !tk.toks[i].word {
            if matches!(tk.raw(i), "." | "!" | "?" | ";" | ":") {
                return false;
            }
            continue;
        }
        words += 1;
        let l = tk.low(i);
        if ctx.rules.is_thing_noun(l)
            || i > 0 && has_pair(ctx.rules.lex.thing_nouns, tk.low(i - 1), l)
        {
            return true;
        }
    }
    false
}

/// `list` holds the two-word phrase "`a` `b`" (without building it).
pub(crate) fn has_pair(list: &[&str], a: &str, b: &str) -> bool {
    list.iter().any(|e| {
        e.strip_prefix(a)
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| r == b)
    })
}

/// Is the quote at `sp` (its mark at token `open`) a short phrase quoted inside the clause
/// a reporting verb introduces at token `from`? The clause opens with a complementizer (or,
/// in English, with none: "admitted the squad had …"), runs to the mark within one sentence,
/// and the phrase reads as words of the speaker: lower-case, not after "so-called", not
/// after a media noun, not after a free relative ("what it calls").
pub(crate) fn partial_in_clause(
    ctx: &Ctx<'_>,
    sp: &Span,
    from: usize,
    open: usize,
    according: bool,
) -> bool {
    let tk = &ctx.tk;
    if open <= from || open - from > 12 {
        return false;
    }
    // The complementizer may follow a time word or two ("reconoció este martes que …").
    // After an according-to phrase, the quoted words must carry the predicate ("« arrêté de
    // défendre »"); a quoted noun phrase there ("étudie « toutes les pistes »") is the object
    // of a verb that reports nothing.
    let predicate = || {
        let first = tk.at_or_after(sp.start);
        first < tk.len() && tk.toks[first].word && {
            let w = tk.low(first);
            // (A negation opens a predicate: "no tiene nada que ver", "non è vero".)
            ctx.rules.lex.negations.contains(&w)
                || ctx.rules.determiner(w).is_none() && !ctx.rules.is_function_word(w)
        }
    };
    let opens_clause = (according && predicate())
        || tk.toks[from].word
            && (ctx.rules.lex.head_final
                || (from..open.min(from + 4))
                    .any(|i| tk.toks[i].word && ctx.rules.is_complementizer(tk.low(i))));
    let in_sentence = (from..open)
        .all(|i| tk.toks[i].word || !matches!(tk.raw(i), "." | "!" | "?" | ";" | ":" | "(" | ")"));
    let lower = tk.text[sp.start..sp.end]
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    let so_called = after_so_called(ctx, open, false);
    let media = (open.saturating_sub(2)..open).any(|i| tk.toks[i].word && ctx.is_media_word(i));
    opens_clause
        && in_sentence
        && lower
        && (sp.short || clause_runs_on(tk.text, sp))
        && !so_called
        && !media
        && !free_relative_before(ctx, open)
}

/// Is the quotation mark at token `open` right after a word that says the phrase is only a
/// name? `strict`: "so-called", "sogenannte", "soi-disant", "cosiddetto", "так называемый",
/// whatever verb comes before; otherwise also the naming participles ("called", "dubbed",
/// "llamado", "baptisé"), which in "called it "a disaster"" follow a verb of saying.
pub(crate) fn after_so_called(ctx: &Ctx<'_>, open: usize, strict: bool) -> bool {
    let tk = &ctx.tk;
    let lex = ctx.rules.lex;
    (open.saturating_sub(3)..open).any(|i| {
        tk.toks[i].word && {
            let w = tk.low(i);
            lex.so_called.contains(&w) || !strict && lex.naming_participles.contains(&w)
        }
    })
}

/// A short quote right after a naming verb in a free relative ("what fans call "the toughest
/// league"", "ce que les habitants appellent « la cuvette »", "lo que llaman «el muro»") is
/// a name the text gives a thing, not anybody's statement.
pub(crate) fn named_by_free_relative(ctx: &Ctx<'_>, sp: &Span) -> bool {
    let tk = &ctx.tk;
    let open = tk.at_or_after(sp.open);
    if !few_words(&tk.text[sp.start..sp.end]) {
        return false;
    }
    (open.saturating_sub(3)..open).rev().any(|v| {
        tk.toks[v].word
            && (ctx.rules.is_naming_verb(tk.low(v)) || ctx.cue_at(v, open).is_some())
            && (v + 1..open).all(|j| !tk.toks[j].word || ctx.rules.determiner(tk.low(j)).is_some())
            // A group names it ("fans", "les habitants"); "what he called" quotes the speaker.
            && v > 0
            && tk.toks[v - 1].word
            && !tk.is_capitalized(v - 1)
            && ctx.rules.pronoun(tk.low(v - 1)).is_none()
            && free_relative_before(ctx, v)
    })
}

/// Does a free relative ("what", "was", "wat", "ce que", "lo que", "o que", "quello che",
/// "то, что", "те, що") open within the four words before the naming verb at `v`?
pub(crate) fn free_relative_before(ctx: &Ctx<'_>, v: usize) -> bool {
    let tk = &ctx.tk;
    let words: Vec<&str> = (v.saturating_sub(6)..v)
        .filter(|&i| tk.toks[i].word)
        .map(|i| tk.low(i))
        .collect();
    let words = &words[words.len().saturating_sub(4)..];
    // ("was" is German only: in English it is a verb.)
    let single = |w: &str| matches!(w, "what" | "wat") || ctx.g.noun_caps && w == "was";
    let pair = |a: &str, b: &str| {
        matches!(
            (a, b),
            ("ce", "que" | "qu'" | "qu")
                | ("lo", "que")
                | ("o", "que")
                | ("quello" | "ciò" | "quel", "che")
                | ("то", "что")
                | ("те", "що")
        )
    };
    words.iter().any(|w| single(w)) || words.windows(2).any(|p| pair(p[0], p[1]))
}

/// Are tokens `[from, open)` (between a reporting verb and a quotation mark) the start of the
/// verb's own object ("nannte den Schritt einen", "a dénoncé une")? Not when a reported clause
/// opens in between ("said that the so-called …", "dijo que …"), nor when the quote is the
/// name of a medium ("der Zeitung „Allgemeine“").
pub(crate) fn partial_object(ctx: &Ctx<'_>, from: usize, open: usize) -> bool {
    let tk = &ctx.tk;
    if open < from || open - from > 10 {
        return false;
    }
    let clause = (from..open).any(|i| {
        if tk.toks[i].word {
            ctx.rules.is_complementizer(tk.low(i))
        } else {
            matches!(tk.raw(i), "," | ":" | ";" | "." | "(" | ")")
        }
    });
    let media = (open.saturating_sub(2)..open).any(|i| tk.toks[i].word && ctx.is_media_word(i));
    // "fordert eine Rücknahme von „Schäuble I“": in German a preposition after the verb's
    // object (an article and a noun) makes the quote that noun's complement, a name or a
    // title; the verb's own preposition comes right after it or after an adverbial ("sprach
    // von „Verrat“", "sprachen in diesem Zusammenhang von „…“"). Romance "calificó el plan
    // de «…»" is predicative, so this is German only.
    let noun_complement = ctx.g.noun_caps
        && open >= from + 3
        && tk.toks[open - 1].word
        && ctx.rules.is_preposition(tk.low(open - 1))
        && tk.is_capitalized(open - 2)
        && tk.toks[open - 3].word
        && ctx.rules.determiner(tk.low(open - 3)).is_some()
        && (open - 3 == from || !ctx.rules.is_preposition(tk.low(open - 4)));
    !clause && !media && !noun_complement
}
