//! Who said what: direct and reported quotes, speakers, reporting verbs and outlets.
//!
//! One pass per document, no model: quotation marks are paired ([`marks`]), each quotation is
//! attributed from the words around it with the language's hand-written lexicon
//! ([`attribute`], `<lang>.rs`), reported speech is found from its reporting clause
//! ([`indirect`]), and pronouns and descriptions are resolved to the last compatible named
//! speaker ([`resolve`]).

mod attribute;
mod fragments;
mod indirect;
mod lexicon;
mod marks;
mod names;
mod repeated;
mod resolve;
mod synonyms;
mod tokens;

mod de;
mod en;
mod es;
mod fr;
mod it;
mod nl;
mod pt;
mod ru;
mod uk;
mod vi;

use std::sync::LazyLock;

use serde::Serialize;

use crate::error::Result;
use crate::lang::Lang;
use attribute::{Attribution, Ctx, CueKind, Mention, MentionKind, WINDOW};
use lexicon::{Gender, Rules};
use marks::Span;
use resolve::{Entities, Entity};
use tokens::Tokens;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// A quotation; byte offsets into the analysed text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// The quoted words, quotation marks excluded.
    pub start_byte: usize,
    pub end_byte: usize,
    /// The resolved name or description of the speaker.
    pub speaker: Option<String>,
    /// The mention that names the speaker.
    pub speaker_start_byte: Option<usize>,
    pub speaker_end_byte: Option<usize>,
    /// The role or description the document gives the speaker ("analyst", "ministre"), as
    /// its head noun in lower case.
    pub speaker_role: Option<String>,
    /// The reporting verb as written.
    pub cue: Option<String>,
    /// An outlet that carried the words.
    pub source: Option<String>,
    pub kind: QuoteKind,
    /// The cue denies or dismisses what it reports ("denied", "a démenti", "bác bỏ").
    pub denial: bool,
}

/// The languages with their own rules; any other language is read with the English ones
/// (quotation marks are still found, attribution is weaker).
pub fn supported_languages() -> &'static [Lang] {
    &[
        Lang::Eng,
        Lang::Fra,
        Lang::Spa,
        Lang::Deu,
        Lang::Por,
        Lang::Ita,
        Lang::Nld,
        Lang::Vie,
        Lang::Rus,
        Lang::Ukr,
    ]
}

macro_rules! rules {
    ($($name:ident = $lex:path, $syn:path;)*) => {
        $(static $name: LazyLock<Rules> =
            LazyLock::new(|| Rules::new(&$lex).with_role_synonyms($syn));)*
    };
}

rules! {
    EN = en::LEXICON, synonyms::EN;
    FR = fr::LEXICON, synonyms::FR;
    ES = es::LEXICON, synonyms::ES;
    DE = de::LEXICON, synonyms::DE;
    PT = pt::LEXICON, synonyms::PT;
    IT = it::LEXICON, synonyms::IT;
    NL = nl::LEXICON, synonyms::NL;
    VI = vi::LEXICON, synonyms::VI;
    RU = ru::LEXICON, synonyms::RU;
    UK = uk::LEXICON, synonyms::UK;
}

fn rules_for(lang: Lang) -> &'static Rules {
    match lang {
        Lang::Fra => &FR,
        Lang::Spa => &ES,
        Lang::Deu => &DE,
        Lang::Por => &PT,
        Lang::Ita => &IT,
        Lang::Nld => &NL,
        Lang::Vie => &VI,
        Lang::Rus => &RU,
        Lang::Ukr => &UK,
        _ => &EN,
    }
}

/// The words the attribution rules of `lang` react to (cues, according-to forms, prepositions,
/// roles, pronouns, honorifics, determiners, media nouns and outlets), for the grammar-aware fuzz
/// target: inputs built from them reach the attribution rules instead of only the tokenizer.
#[doc(hidden)]
pub fn vocabulary(lang: Lang) -> Vec<&'static str> {
    let lex = rules_for(lang).lex;
    let mut words: Vec<&'static str> = Vec::new();
    for list in [
        lex.verbs,
        lex.aux,
        lex.object_verbs,
        lex.passive,
        lex.according,
        lex.complementizers,
        lex.source_markers,
        lex.media,
        lex.outlets,
        lex.prepositions,
        lex.skip,
        lex.indefinite,
        lex.naming_verbs,
        lex.denials,
        lex.opinion_frames,
        lex.genitive_frames,
    ] {
        words.extend_from_slice(list);
    }
    for list in [
        lex.pronouns,
        lex.honorifics,
        lex.roles,
        lex.role_suffixes,
        lex.determiners,
    ] {
        words.extend(list.iter().map(|(w, _)| *w));
    }
    words
}

/// Every quotation in `text`, attributed with the rules of `lang`, in text order.
///
/// Never fails today (any text gives a list, possibly empty); the `Result` keeps the signature
/// of the other stages.
pub fn extract_quotes(text: &str, lang: Lang) -> Result<Vec<Quote>> {
    Ok(extract(text, lang))
}

/// How a direct quote got its attribution; short quotes need a close one to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum How {
    /// `X said: "…"` or `X said, "…"`.
    Lead,
    /// `"…," X said`; `opens` when the quote opens its sentence.
    After {
        opens: bool,
    },
    /// Earlier in the sentence (`He was quoted as saying … that "…"`).
    Before,
    /// A reporting verb with a person as subject a few words before the quote, in the same
    /// clause: a partial quotation (`nannte den Plan „faulen Kompromiss“`), kept even if short.
    Near,
    /// A short phrase quoted inside the reported clause of a verb with a person as subject
    /// (`admitted the squad had "lost its way"`): a partial quotation, and the clause is also
    /// reported speech.
    InClause,
    None,
}

/// A quote before resolution.
struct Cand {
    start: usize,
    end: usize,
    kind: QuoteKind,
    attr: Attribution,
    /// Takes the speaker of this earlier candidate (a continuation quote).
    inherit: Option<usize>,
    /// Index of the paragraph holding the quote.
    para: usize,
    /// Free reported speech: kept only when an earlier speaker can take it.
    free: bool,
}

fn extract(text: &str, lang: Lang) -> Vec<Quote> {
    let rules = rules_for(lang);
    let g = &rules.lex.grammar;
    let tk = Tokens::new(text, g.inverted_clitics);
    let memo = attribute::TokenMemo::new(tk.len());
    let ctx = Ctx {
        tk,
        rules,
        slavic: g.declines,
        romance: g.romance,
        loose_names: g.loose_names,
        noun_caps: g.noun_caps,
        family_name: g.family_name,
        memo,
    };
    let paras = crate::segment::paragraphs(text);
    let sents = crate::segment::sentences(text);
    let mut spans = split_incises(&ctx, marks::find(text, &paras, rules.lex.dash_quotes));
    for sp in &mut spans {
        sp.short = is_short(text, sp);
    }

    // Where the previous quote ended, for each quote; a short one before it („Bild“) is part of
    // the sentence, not a boundary. One pass, so thousands of short quotes stay linear.
    let mut prev_closes = Vec::with_capacity(spans.len());
    let mut last_close = 0;
    for sp in &spans {
        prev_closes.push(last_close);
        if !sp.short {
            last_close = sp.close;
        }
    }
    // Where the next quote that is not short opens, for each quote: a title in the sentence
    // after a quote („Bild“, «Суспільне») does not stop that sentence from attributing it.
    let mut next_long_opens = vec![text.len(); spans.len()];
    let mut next_long = text.len();
    for k in (0..spans.len()).rev() {
        next_long_opens[k] = next_long;
        if !spans[k].short {
            next_long = spans[k].open;
        }
    }
    let mut found: Vec<(Attribution, How)> = (0..spans.len())
        .map(|k| {
            let around = (prev_closes[k], next_long_opens[k]);
            attribute_direct(&ctx, &spans, k, &sents, around)
        })
        .collect();
    // A quote that runs on into the next paragraph shares the attribution of its last piece.
    for k in (0..spans.len().saturating_sub(1)).rev() {
        if spans[k].runs_on && found[k].0.mention.is_none() && found[k + 1].0.mention.is_some() {
            // The verb is written next to the last piece: the earlier pieces share its speaker
            // and outlet but have no cue of their own (cue `None`, as for any continuation).
            let mut attr = found[k + 1].0.clone();
            attr.cue = None;
            found[k] = (attr, How::After { opens: true });
        }
    }

    // "« … », a-t-il prévenu. Ses propos ont été repris par Le Parisien.": the outlet named in
    // the sentence after the attribution.
    for k in 0..spans.len() {
        if found[k].0.mention.is_some() && found[k].0.source.is_none() {
            let next_open = spans.get(k + 1).map_or(text.len(), |s| s.open);
            found[k].0.source = source_after(&ctx, &spans[k], &found[k].0, &sents, next_open);
        }
    }

    // A verb written once attributes the pieces around it ("—El agua … —dijo X—. No pudimos
    // …"); only the first piece carries it as its cue, the others are continuations.
    // (A short quote before, such as a title, „Allgemeine“, does not count.)
    let mut last_cue = None;
    for (k, sp) in spans.iter().enumerate() {
        let cue = found[k].0.cue;
        if cue.is_some() && cue == last_cue {
            found[k].0.cue = None;
        }
        if !sp.short {
            last_cue = cue;
        }
    }

    // A short quote that another quote's attribution names as its outlet ("рассказала
    // «Заречинской правде»") is a name, not a quotation.
    let mut outlet_spans = vec![false; spans.len()];
    for (a, _) in &found {
        if let Some((s0, s1)) = a.source {
            let j = spans.partition_point(|sp| sp.start < s0);
            if let Some(sp) = spans.get(j)
                && sp.end <= s1
                && few_words(&text[sp.start..sp.end])
            {
                outlet_spans[j] = true;
            }
        }
    }

    let para_of = |pos: usize| paras.partition_point(|p| p.1 <= pos);
    let mut cands: Vec<Cand> = Vec::new();
    let mut last_direct: Option<(usize, usize, bool)> = None; // (cand index, paragraph, runs on)
    // Direct quotes that make their sentence their own attribution, so it holds no reported
    // clause; a short partial quotation does not ("admitted the squad had "lost its way"" is
    // also reported speech).
    let mut direct: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (k, sp) in spans.iter().enumerate() {
        let (attr, how) = &found[k];
        let attributed = attr.mention.is_some() || attr.cue.is_some();
        let para = para_of(sp.open);
        let continues =
            last_direct.is_some_and(|(_, p, runs_on)| p == para || (runs_on && p + 1 == para));
        if outlet_spans[k]
            || named_by_free_relative(&ctx, sp)
            || !keep(&ctx, sp, *how, attributed, continues)
        {
            continue;
        }
        let inherit = match last_direct {
            Some((c, _, _)) if attr.mention.is_none() && continues => Some(c),
            _ => None,
        };
        last_direct = Some((cands.len(), para, sp.runs_on));
        if !matches!(how, How::InClause) {
            direct.push((sp.start, sp.end));
        }
        cands.push(Cand {
            start: sp.start,
            end: sp.end,
            kind: QuoteKind::Direct,
            attr: attr.clone(),
            inherit,
            para,
            free: false,
        });
    }

    for (start, end, attr, free) in indirect::find(&ctx, &sents, &direct) {
        cands.push(Cand {
            start,
            end,
            kind: QuoteKind::Indirect,
            attr,
            inherit: None,
            para: para_of(start),
            free,
        });
    }
    // Indirect candidates came after the direct ones; keep inherit indices valid while sorting.
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| (cands[i].start, cands[i].end));
    let mut new_index = vec![0; cands.len()];
    for (n, &i) in order.iter().enumerate() {
        new_index[i] = n;
    }
    let mut sorted: Vec<Option<Cand>> = cands.into_iter().map(Some).collect();
    let mut cands: Vec<Cand> = order
        .iter()
        .filter_map(|&i| sorted[i].take())
        .map(|mut c| {
            c.inherit = c.inherit.map(|i| new_index[i]);
            c
        })
        .collect();
    // A floating quote (no cue of its own, no quote before it in its paragraph) belongs to the
    // last attributed speaker of this paragraph or the one before, the way news text runs on.
    // Free reported speech ("Er sei bereit …") goes to the last speaker of this paragraph or the
    // one before, and is dropped when there is none.
    let mut last: Option<(usize, usize)> = None; // (cand, paragraph)
    let mut floating = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        if c.attr.mention.is_none() && c.inherit.is_none() {
            if let Some((j, p)) = last
                && p + 1 >= c.para
            {
                floating.push((i, j));
            }
        } else if c.attr.mention.is_some() {
            last = Some((i, c.para));
        }
    }
    for (i, j) in floating {
        cands[i].inherit = Some(j);
    }
    // Dropping orphans shifts indices: map every inherit to its new place.
    let keep_cand: Vec<bool> = cands
        .iter()
        .map(|c| !c.free || c.inherit.is_some())
        .collect();
    let mut new_at = vec![usize::MAX; cands.len()];
    let mut n = 0;
    for (i, &k) in keep_cand.iter().enumerate() {
        if k {
            new_at[i] = n;
            n += 1;
        }
    }
    let cands: Vec<Cand> = cands
        .into_iter()
        .zip(keep_cand)
        .filter_map(|(mut c, k)| {
            c.inherit = c.inherit.map(|j| new_at[j]).filter(|&j| j != usize::MAX);
            k.then_some(c)
        })
        .collect();
    resolve_all(&ctx, cands, &sents)
}

/// Most tokens an inserted attribution may take between its verb and its closing stop.
const INCISE_WORDS: usize = 8;

/// One pair of marks holding an inserted attribution: « La direction fait semblant, poursuit
/// le syndicaliste. Nous l'avions alertée. », «Ветер был такой, — говорит Валентина Пахомова.
/// — Мы сидели со свечами». After a comma (and a dash), a reporting verb with an inverted
/// subject or clitic, then a stop or a comma (and a dash) and more words: two quotes, the
/// first ending at the comma, so that each piece is attributed as if it had marks of its own.
/// Each span is read once, up to its first incise.
fn split_incises(ctx: &Ctx<'_>, spans: Vec<Span>) -> Vec<Span> {
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
        // An incise opens at a comma, or at a dash set off by spaces ("«… - racconta X -
        // …»"), not a hyphen inside a word.
        let dash = |i: usize| {
            matches!(tk.raw(i), "-" | "–" | "—")
                && tk.toks[i - 1].end < tk.toks[i].start
                && i + 1 < tk.len()
                && tk.toks[i].end < tk.toks[i + 1].start
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
        });
        out.push(Span {
            open: tk.toks[k].start,
            start: tk.toks[k].start,
            ..sp
        });
    }
    out
}

/// A short quote: at most four words and no punctuation of its own ("peace plan", „Bild“).
fn is_short(text: &str, sp: &Span) -> bool {
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
fn clause_runs_on(text: &str, sp: &Span) -> bool {
    let content = &text[sp.start..sp.end];
    let next = text[sp.close..]
        .chars()
        .find(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}');
    next.is_some_and(char::is_alphabetic)
        && !content.contains(['.', '!', '?', ';', ':'])
        && content.split_whitespace().take(13).count() <= 12
}

/// Is this quotation a quotation, and not a scare quote, a title or a stray mark?
fn keep(ctx: &Ctx<'_>, sp: &Span, how: How, attributed: bool, continues: bool) -> bool {
    if sp.dangling {
        return attributed && !sp.short;
    }
    if sp.dash {
        return attributed || continues;
    }
    if names_a_thing(ctx, sp) {
        return false;
    }
    // "moved the money through a so-called "comfort fund"": a name, even inside a reported
    // clause.
    if sp.short && after_so_called(ctx, ctx.tk.at_or_after(sp.open), true) {
        return false;
    }
    // « Et vite », a-t-elle ajouté: short, but a whole utterance with its own attribution.
    !sp.short
        || matches!(
            how,
            How::Lead | How::After { opens: true } | How::Near | How::InClause
        )
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
fn names_a_thing(ctx: &Ctx<'_>, sp: &Span) -> bool {
    let tk = &ctx.tk;
    let content = &tk.text[sp.start..sp.end];
    if !content.chars().next().is_some_and(char::is_uppercase)
        || content.split_whitespace().take(9).count() > 8
    {
        return false;
    }
    let open = tk.at_or_after(sp.open);
    // (A slogan may end with its own "!": „Unser Bad bleibt!“.)
    if written_on_a_sign(ctx, open) {
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

/// Is the quote at token `open` right after a verb of `WRITTEN_VERBS` whose sentence names a
/// banner, a sign or a slogan (`THING_NOUNS`) in the six words before it?
fn written_on_a_sign(ctx: &Ctx<'_>, open: usize) -> bool {
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
fn has_pair(list: &[&str], a: &str, b: &str) -> bool {
    list.iter().any(|e| {
        e.strip_prefix(a)
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| r == b)
    })
}

/// Index of the sentence holding byte `pos` (or the one before it).
fn sentence_at(sents: &[(usize, usize)], pos: usize) -> Option<usize> {
    sents.partition_point(|s| s.0 <= pos).checked_sub(1)
}

fn attribute_direct(
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
        let next = sents.get(i + 1).filter(|s| {
            let (lo, hi) = (tk.at_or_after(s.0), tk.at_or_after(s.1));
            let lower = lo < hi && tk.toks[lo].word && !tk.is_capitalized(lo);
            s.0 >= sp.close && hi - lo <= if lower { 24 } else { 10 }
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
        if let Some(m) = ctx.subject(b_lo, b_hi - 1, true) {
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
        if let Some(m) = ctx.subject(lo, b_hi - 1, true) {
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
    if let Some(a) = previous_sentence(ctx, sp, sents, prev_close, b_lo, b_hi) {
        return (a, How::Before);
    }
    (Attribution::default(), How::None)
}

/// "Peter Hale called the plan a "temporary fix"", "described the budget as "tight"": a naming
/// verb (`Lexicon::naming_verbs`) at most eight tokens before the quote, whose own object runs
/// up to the mark (`partial_object`), with a person as its subject: a partial quotation.
fn naming_cue(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<Attribution> {
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
    let cue = attribute::Cue {
        first: v,
        last: v,
        kind: CueKind::Verb,
        clitic: None,
    };
    let (m, m_end) = speaker_of(ctx, &cue, lo, hi)?;
    if m.kind != MentionKind::Zero && !ctx.person_like(&m) {
        return None;
    }
    let source = ctx.source_in(cue.first, hi, (cue.last + 1, m_end));
    Some(attribution(ctx, &cue, m, source))
}

/// Is the quote at `sp` (its mark at token `open`) a short phrase quoted inside the clause
/// a reporting verb introduces at token `from`? The clause opens with a complementizer (or,
/// in English, with none: "admitted the squad had …"), runs to the mark within one sentence,
/// and the phrase reads as words of the speaker: lower-case, not after "so-called", not
/// after a media noun, not after a free relative ("what it calls").
fn partial_in_clause(ctx: &Ctx<'_>, sp: &Span, from: usize, open: usize, according: bool) -> bool {
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
            matches!(
                w,
                "no" | "non" | "ne" | "n'" | "não" | "not" | "nunca" | "jamais"
            ) || ctx.rules.determiner(w).is_none() && !ctx.rules.is_function_word(w)
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
fn after_so_called(ctx: &Ctx<'_>, open: usize, strict: bool) -> bool {
    let tk = &ctx.tk;
    (open.saturating_sub(3)..open).any(|i| {
        tk.toks[i].word && {
            let w = tk.low(i);
            matches!(
                w,
                "so-called"
                    | "sogenannte"
                    | "sogenannten"
                    | "sogenannter"
                    | "soi-disant"
                    | "cosiddetto"
                    | "cosiddetta"
                    | "cosiddetti"
                    | "zogenaamde"
                    | "zogeheten"
                    | "supuesto"
                    | "supuesta"
            ) || w.starts_with("так называем")
                || w.starts_with("так зван")
                || !strict
                    && matches!(
                        w,
                        "called"
                            | "dubbed"
                            | "dit"
                            | "dite"
                            | "llamado"
                            | "llamada"
                            | "denominado"
                            | "denominada"
                            | "chamado"
                            | "chamada"
                            | "baptisé"
                            | "baptisée"
                            | "bautizado"
                            | "bautizada"
                            | "ribattezzato"
                    )
        }
    })
}

/// A short quote right after a naming verb in a free relative ("what fans call "the toughest
/// league"", "ce que les habitants appellent « la cuvette »", "lo que llaman «el muro»") is
/// a name the text gives a thing, not anybody's statement.
fn named_by_free_relative(ctx: &Ctx<'_>, sp: &Span) -> bool {
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
fn free_relative_before(ctx: &Ctx<'_>, v: usize) -> bool {
    let tk = &ctx.tk;
    let words: Vec<&str> = (v.saturating_sub(6)..v)
        .filter(|&i| tk.toks[i].word)
        .map(|i| tk.low(i))
        .collect();
    let words = &words[words.len().saturating_sub(4)..];
    // ("was" is German only: in English it is a verb.)
    let single = |w: &str| matches!(w, "what" | "wat") || ctx.noun_caps && w == "was";
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
fn partial_object(ctx: &Ctx<'_>, from: usize, open: usize) -> bool {
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
    let noun_complement = ctx.noun_caps
        && open >= from + 3
        && tk.toks[open - 1].word
        && ctx.rules.is_preposition(tk.low(open - 1))
        && tk.is_capitalized(open - 2)
        && tk.toks[open - 3].word
        && ctx.rules.determiner(tk.low(open - 3)).is_some()
        && (open - 3 == from || !ctx.rules.is_preposition(tk.low(open - 4)));
    !clause && !media && !noun_complement
}

/// The outlet named by the sentence right after a quote's attribution, when that sentence
/// refers back to the words (it opens with a possessive, a demonstrative or a pronoun: "Ses
/// propos ont été repris par …", "His remarks were carried by …") and holds no quote.
fn source_after(
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
fn bracket_after(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<Mention> {
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
fn subject_only(m: Mention) -> Attribution {
    Attribution {
        cue: None,
        mention: Some(m),
        source: None,
    }
}

/// The sentence right after a quote that ends its own sentence, in the same paragraph.
fn sentence_after(ctx: &Ctx<'_>, sp: &Span, sents: &[(usize, usize)]) -> Option<(usize, usize)> {
    let i = sents.partition_point(|s| s.0 < sp.close);
    let &(s0, s1) = sents.get(i)?;
    let gap = ctx.tk.text.get(sp.close..s0)?;
    (!gap.contains('\n') && !gap.chars().any(crate::text::is_alphanumeric)).then_some((s0, s1))
}

/// The sentence right after a quote that ends its own sentence, in the same paragraph, when it
/// only attributes it: "„…“ Das sagte Müller am Dienstag.", "« … » C'est ce qu'affirme X.",
/// ""…" Dat zei Jansen tegen de NOS.", "«…» Так прокоментував ситуацію X". It holds no quote,
/// no reported clause of its own and does not lead in to the next quote with a colon.
fn next_sentence_cue(
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
    let free_relative =
        |j: usize| j > lo && matches!(tk.low(j - 1), "ce" | "c'" | "lo" | "o" | "ciò" | "quello");
    // "That was how X described it", "C'est ainsi que X l'a résumé", "Es así como lo contó
    // X": a manner adverb opening the sentence refers back to the quote; the subject follows.
    let manner = (lo..hi.min(lo + 5)).find(|&j| {
        tk.toks[j].word
            && (matches!(tk.low(j), "how" | "como" | "come" | "hoe")
                || tk.low(j) == "que" && j > lo && tk.low(j - 1) == "ainsi")
    });
    let manner_ok = |j: usize| manner.is_some_and(|m| j <= m);
    // (Romance "que", "che" after a comma open a relative clause: "Así lo resumió X, de 81
    // años, que vive en …".)
    let relative = |j: usize| ctx.romance && tk.is_punct(j - 1, ',');
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
    let last = if v + 1 < hi && tk.toks[v + 1].word && matches!(tk.low(v + 1), "up" | "it") {
        v + 1
    } else {
        v
    };
    let cue = attribute::Cue {
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
fn person_after(ctx: &Ctx<'_>, from: usize, hi: usize) -> Option<(Mention, usize)> {
    ctx.mention_after(from, hi)
        .filter(|(a, _)| a.kind != MentionKind::Pronoun && ctx.person_like(a))
}

/// The sentence right after a quote that ends its own sentence, when it attributes the quote
/// with a noun for words and no verb: ""…" That was the warning from X.", "« … » Ce sont les
/// mots du préfet, X.", ""…" A afirmação é do superintendente, X.", ""…" Đó là lời khuyên
/// của cô X.", "«…» Così l'ex ministro X.", "«…» Эти слова Беляковой …". The noun opens the
/// sentence (after a few words at most) and the speaker follows it or its preposition.
fn words_of_sentence(
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
fn previous_sentence(
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
    let i = sents.partition_point(|s| s.1 <= sp.open).checked_sub(1)?;
    let (s0, s1) = sents[i];
    if s0 < prev_close || tk.text.get(s1..sp.open)?.contains('\n') {
        return None;
    }
    let lo = tk.at_or_after(s0);
    let hi = tk.at_or_after(s1);
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

/// The last cue in `[lo, hi)` (at most `max_dist` tokens back) that has a speaker.
fn before_cue(ctx: &Ctx<'_>, lo: usize, hi: usize, max_dist: usize) -> Option<Attribution> {
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
            let source = ctx.source_in(cue.first, hi, (cue.last + 1, m_end));
            return Some(attribution(ctx, &cue, mention, source));
        }
    }
    None
}

/// A name of at most six words ("Спортивный вестник Прикамья", "Bild").
fn few_words(s: &str) -> bool {
    s.split_whitespace().nth(6).is_none()
}

/// After the closing mark: `, said X`, `, X said`, `— заявил он`, `a-t-il ajouté`, `dijo.`
/// `src_hi` bounds the search for an outlet, which may run past a name in marks.
fn after_cue(ctx: &Ctx<'_>, lo: usize, hi: usize, src_hi: usize) -> Option<Attribution> {
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
        let free_relative = (c > f && tk.low(c - 1) == "quanto")
            || (c >= f + 2
                && ctx.rules.is_complementizer(tk.low(c - 1))
                && matches!(tk.low(c - 2), "ce" | "c'" | "lo" | "o" | "ciò" | "quello"));
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
    cue: &attribute::Cue,
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
            let from = if rules.determiner(tk.low(cue.last)).is_some() && cue.last > cue.first {
                cue.last
            } else {
                cue.last + 1
            };
            ctx.mention_after(from, hi)
        }
        .or_else(|| {
            // "по его словам", "за її словами": the pronoun is inside the cue.
            (cue.first..=cue.last).find_map(|i| {
                let g = rules.pronoun(tk.low(i))?;
                Some((
                    pronoun_mention(tk.toks[i].start, tk.toks[i].end, g),
                    cue.last + 1,
                ))
            })
        }),
        CueKind::Object => ctx.mention_before(lo, cue.first).map(|m| (m, cue.last + 1)),
        // "was quoted as saying"; "цитирует его газета": a pronoun object after the cue.
        CueKind::Passive => ctx
            .mention_before(lo, cue.first)
            .map(|m| (m, cue.last + 1))
            .or_else(|| {
                ctx.mention_after(cue.last + 1, hi)
                    .filter(|(m, _)| m.kind == MentionKind::Pronoun)
            }),
        CueKind::Verb => {
            if ctx.slavic
                && matches!(
                    tk.low(cue.last),
                    "говорится" | "говориться" | "ідеться" | "йдеться" | "сказано"
                )
                && let Some(found) = ctx.slavic_document_after(cue.last + 1, hi)
            {
                return Some(found);
            }
            if ctx.noun_caps
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
fn title_after(ctx: &Ctx<'_>, from: usize, hi: usize) -> Option<usize> {
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
    let g = (ctx.rules.lex.verb_gender)(ctx.tk.low(verb));
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
    cue: &attribute::Cue,
    mut m: Mention,
    source: Option<(usize, usize)>,
) -> Attribution {
    let tk = &ctx.tk;
    if m.gender == Gender::Unknown {
        m.gender = (ctx.rules.lex.verb_gender)(tk.low(cue.last));
    }
    // "Speaking to BBC Radio Kestrel, he admitted …", "En declaraciones a Radio X, el
    // capitán afirmó …", "Gegenüber dem Lüneburger Abendblatt schilderte er …": the outlet in
    // the lead-in of the clause, before the subject and the verb.
    let mut source = source.or_else(|| {
        let lo = lead_in_start(ctx, cue.first);
        let skip = (tk.at_or_after(m.start), tk.at_or_after(m.end));
        (lo < cue.first)
            .then(|| ctx.source_in(lo, cue.first, skip))
            .flatten()
    });
    if m.kind == MentionKind::Name && ctx.mention_is_outlet(&m) {
        // "theo Reuters", "selon The Independent": the outlet, not a person.
        m.outlet = true;
        source = source.or(Some((m.start, m.end)));
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
fn lead_in_start(ctx: &Ctx<'_>, cue: usize) -> usize {
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

fn is_mark(s: &str) -> bool {
    attribute::is_open_mark(s) || attribute::is_close_mark(s)
}

/// Where a pronoun or description attached to candidate `c` looks back from: the quote's
/// start when the mention follows it ("“Jens was the best teammate,” he says": the name inside
/// the quote is the one talked about, not the speaker).
fn antecedent_pos(m: &Mention, c: &Cand) -> usize {
    m.start.min(c.start)
}

/// Resolves speakers in text order and builds the output.
fn resolve_all(ctx: &Ctx<'_>, mut cands: Vec<Cand>, sents: &[(usize, usize)]) -> Vec<Quote> {
    let text = ctx.tk.text;
    // A name that is only a piece of a larger phrase is not the speaker (see `fragments`).
    for c in &mut cands {
        if let Some(m) = c.attr.mention.as_mut() {
            whole_mention(ctx, m);
        }
    }
    // The people named in the text serve only a mention that needs an antecedent or a fuller
    // name (a pronoun, a dropped subject, a description, a one-word name): with none, or no
    // quote at all, the scan of every capitalised word is skipped.
    let needed = cands
        .iter()
        .filter_map(|c| c.attr.mention.as_ref())
        .any(|m| !m.outlet && (m.kind != MentionKind::Name || !text[m.start..m.end].contains(' ')));
    let entities = if needed {
        entities(ctx, &cands, sents)
    } else {
        Entities(Vec::new())
    };

    let mut out: Vec<Quote> = Vec::with_capacity(cands.len());
    for c in &cands {
        let (mut speaker, mut sp_start, mut sp_end) = (None, None, None);
        let mut role: Option<String> = None;
        if let Some(m) = c.attr.mention.as_ref().filter(|m| !m.outlet) {
            role = m.roles.first().cloned();
            match m.kind {
                MentionKind::Name => {
                    let name = &text[m.start..m.end];
                    // "по словам Ивана Петрова": the frame put the name in the genitive.
                    let lex = ctx.rules.lex;
                    let genitive = c.attr.cue.is_some_and(|(s, e)| {
                        lex.genitive_frames
                            .contains(&text[s..e].to_lowercase().as_str())
                    });
                    let name = if genitive {
                        name.split(' ')
                            .map(|w| {
                                // The form the document writes elsewhere, else the likeliest.
                                let forms = (lex.nominative)(w);
                                forms
                                    .iter()
                                    .find(|f| written_as_word(text, f))
                                    .unwrap_or(&forms[0])
                                    .clone()
                            })
                            .collect::<Vec<_>>()
                            .join(" ")
                    } else {
                        name.to_string()
                    };
                    speaker = Some(fuller_name(&entities, &name, m.start));
                }
                _ => {
                    if let Some(e) = entities.resolve(m, antecedent_pos(m, c), ctx.rules) {
                        // An antecedent written as a surname, maybe declined ("за словами
                        // Яремчука" … "— додав доцент"), is the full name said before it.
                        speaker = Some(fuller_name(&entities, &e.name, e.pos));
                        role = role.or_else(|| e.roles.first().cloned());
                    } else if m.kind == MentionKind::Description {
                        speaker = Some(text[m.start..m.end].to_string());
                    }
                }
            }
            // The mention attached to the cue, even a pronoun nobody resolves; a dropped
            // subject has none of its own, so it points at its antecedent.
            if m.kind != MentionKind::Zero {
                (sp_start, sp_end) = (Some(m.start), Some(m.end));
            } else if let Some(e) = speaker
                .as_ref()
                .and_then(|_| entities.resolve(m, antecedent_pos(m, c), ctx.rules))
            {
                (sp_start, sp_end) = (Some(e.start), Some(e.end));
            }
        }
        if c.attr.mention.is_none()
            && let Some(q) = c.inherit.and_then(|i| out.get(i))
        {
            speaker.clone_from(&q.speaker);
            role.clone_from(&q.speaker_role);
            (sp_start, sp_end) = (q.speaker_start_byte, q.speaker_end_byte);
        }
        let source = c
            .attr
            .source
            .map(|(s, e)| {
                with_swallowed_article(ctx, s, e)
                    .unwrap_or_else(|| outlet_base(ctx.rules, text, s, e))
            })
            .or_else(|| {
                c.inherit
                    .and_then(|i| out.get(i))
                    .and_then(|q| q.source.clone())
            });
        out.push(Quote {
            start_byte: c.start,
            end_byte: c.end,
            speaker,
            speaker_start_byte: sp_start,
            speaker_end_byte: sp_end,
            speaker_role: role,
            cue: c.attr.cue.map(|(s, e)| text[s..e].to_string()),
            source,
            kind: c.kind,
            // (A continuation of a denial denies too.)
            denial: match c.attr.cue {
                Some((s, e)) => ctx.rules.is_denial(&text[s..e]),
                None => c.inherit.and_then(|i| out.get(i)).is_some_and(|q| q.denial),
            },
        });
    }
    // The fullest name of each speaker, said before or after (see `fullest_names`).
    let full =
        |n: &String| n.contains(' ') && n.split(' ').all(|w| w.starts_with(char::is_uppercase));
    let mut said: Vec<String> = out
        .iter()
        .filter_map(|q| q.speaker.clone())
        .filter(full)
        .collect();
    let mut named: Vec<String> = entities
        .0
        .iter()
        .filter(|e| e.named)
        .map(|e| e.name.clone())
        .filter(full)
        .collect();
    for list in [&mut said, &mut named] {
        list.sort_unstable();
        list.dedup();
    }
    let mut speakers: Vec<Option<String>> = out.iter_mut().map(|q| q.speaker.take()).collect();
    resolve::fullest_names(&mut speakers, &said, &named);
    for (q, s) in out.iter_mut().zip(speakers) {
        q.speaker = s;
    }
    repeated::drop_repeated_titles(text, ctx.rules, &mut out);
    out
}

/// Does `text` hold `word` as a whole word somewhere?
fn written_as_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        !text[..at].ends_with(char::is_alphabetic)
            && !text[at + word.len()..].starts_with(char::is_alphabetic)
    })
}

/// `m` as the phrase it is a piece of: the person named after a complement, the noun a
/// complement belongs to, or no written subject for a sentence-opening adverb.
fn whole_mention(ctx: &Ctx<'_>, m: &mut Mention) {
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
        fragments::Piece::NotAName => {
            m.kind = MentionKind::Zero;
            m.end = m.start;
        }
    }
}

/// A known outlet whose article the preposition swallowed, with the article given back:
/// "al Tirreno" → "Il Tirreno", "der Zeit" → "Die Zeit".
fn with_swallowed_article(ctx: &Ctx<'_>, s: usize, e: usize) -> Option<String> {
    let text = ctx.tk.text;
    let prev = text[..s]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()?
        .to_lowercase();
    let article = ctx.rules.contraction(&prev)?;
    let name = &text[s..e];
    let low = name.to_lowercase();
    let mut words = vec![article];
    words.extend(low.split(' '));
    (ctx.rules.outlet(&words) == Some(words.len())).then(|| {
        let mut a = article.to_string();
        a[..1].make_ascii_uppercase();
        format!("{a} {name}")
    })
}

/// An outlet's own name, from the form the sentence gives it: the article a French
/// contraction swallowed ("au Monde", "du Figaro" → "Le Monde", "Le Figaro"), German
/// adjectives declined after "der"/"dem" back in the nominative ("der Süddeutschen Zeitung" →
/// "Süddeutsche Zeitung", "dem Bayerischen Rundfunk" → "Bayerischer Rundfunk"), a Russian or
/// Ukrainian one-word name in the dative or genitive ("Интерфаксу" → "Интерфакс",
/// "Суспільного" → "Суспільне"). Names not in one of these forms are kept as written.
fn outlet_base(rules: &Rules, text: &str, s: usize, e: usize) -> String {
    let name = &text[s..e];
    let prev = text[..s]
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .to_lowercase();
    (rules.lex.outlet_base)(rules, &prev, name).unwrap_or_else(|| name.to_string())
}

/// The full name said before a one-word `name` at byte `pos`, else `name`. A declined full
/// name whose surname is `name` plus an ending ("главного тренера Игоря Баранова" …
/// "Баранов сказал") is not the nominative the speaker is given in; the bare surname is.
fn fuller_name(entities: &Entities, name: &str, pos: usize) -> String {
    match entities.full_name(name, pos) {
        Some(e)
            if !e.name.rsplit(' ').next().is_some_and(|last| {
                last.len() > name.len() && last.starts_with(name) && lexicon::cyrillic(last)
            }) =>
        {
            e.name.clone()
        }
        _ => name.to_string(),
    }
}

/// The people the text names, in text order, with what later mentions add to them: the
/// speakers of the quotes, people named with a title, a role or a given name, and the
/// subjects of sentences near a mention that needs an antecedent.
fn entities(ctx: &Ctx<'_>, cands: &[Cand], sents: &[(usize, usize)]) -> Entities {
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
        })
        .collect();
    // Sentences inside quotation marks are the speaker's words, not news about a person: a
    // name said there ("the Russian Armed Forces") is nobody's antecedent.
    let mut quoted: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| c.kind == QuoteKind::Direct)
        .map(|c| (c.start, c.end))
        .collect();
    quoted.sort_unstable();
    let inside = |pos: usize| {
        let k = quoted.partition_point(|&(s, _)| s <= pos);
        k > 0 && pos < quoted[k - 1].1
    };
    ents.extend(person_mentions(ctx).into_iter().filter(|e| !inside(e.pos)));
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
    let (subjects, described) = sentence_subjects(ctx, sents, &quoted, [(&near, 3), (&far, 12)]);
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
    let mut entities = Entities(Vec::with_capacity(ents.len()));
    for mut e in ents {
        if let Some(full) = entities.full_name(&e.name, e.pos) {
            if e.gender == Gender::Unknown {
                e.gender = full.gender;
            }
            let mut roles = full.roles.clone();
            roles.extend(e.roles);
            e.roles = roles;
        }
        entities.0.push(e);
    }
    // "La gerente insistió en que …": a sentence about a described person makes the person
    // it refers to the antecedent again (a copy of that entity at the description).
    let again: Vec<Entity> = described
        .iter()
        .filter_map(|d| {
            let e = entities.resolve(d, d.start, ctx.rules)?;
            Some(Entity {
                pos: d.start,
                speaker: true,
                ..e.clone()
            })
        })
        .collect();
    if !again.is_empty() {
        entities.0.extend(again);
        entities.0.sort_by_key(|e| e.pos);
    }
    entities
}

/// People named in the running text with an honorific, a role or a known given name
/// ("Mayor Anna Kowalski visited …"): antecedents for a later "she said".
fn person_mentions(ctx: &Ctx<'_>) -> Vec<Entity> {
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
        let shaped = ctx.romance
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
        let slavic_pair = ctx.slavic
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
        // (A capitalised particle inside the name: "Josiane Le Quéméner", "Yannick Le Floch".)
        let particle = |e: usize| {
            matches!(tk.low(e), "le" | "la" | "de" | "del" | "di" | "da" | "van")
                && e + 1 < tk.len()
                && tk.toks[e + 1].word
                && tk.is_capitalized(e + 1)
        };
        while e < tk.len()
            && e < i + 4
            && tk.toks[e].word
            && tk.is_capitalized(e)
            && (!ctx.rules.is_function_word(tk.low(e)) || particle(e))
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
                m.gender = attribute::merge(m.gender, g);
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
fn apposed_name(ctx: &Ctx<'_>, i: usize) -> Option<(Gender, String)> {
    let tk = &ctx.tk;
    if ctx.noun_caps || ctx.family_name.is_some() {
        return None;
    }
    let caps = |k: usize| k < tk.len() && tk.toks[k].word && tk.is_capitalized(k);
    let mut e = i;
    while e < i + 4 && caps(e) && !ctx.rules.is_function_word(tk.low(e)) {
        e += 1;
    }
    if !(2..=3).contains(&(e - i)) || caps(e) {
        return None;
    }
    let role = |k: usize| {
        if !tk.toks[k].word || tk.is_capitalized(k) {
            return None;
        }
        let g = match ctx.rules.role(tk.low(k)) {
            Some(Gender::Plural) => None,
            Some(g) => Some(g),
            None => (ctx.romance && ctx.rules.agent_noun(tk.low(k)).is_some())
                .then_some(Gender::Unknown),
        };
        g.map(|g| (g, tk.low(k).to_string()))
    };
    // "Name Surname, (article) role …"
    let after = || {
        (e + 1 < tk.len() && tk.is_punct(e, ','))
            .then(|| {
                (e + 1..(e + 3).min(tk.len()))
                    .take_while(|&k| tk.toks[k].word)
                    .find_map(role)
            })
            .flatten()
    };
    // "… role (complement), Name Surname" closing its clause; the complement may be long ("le
    // juge en chef de la Cour de l'impôt, Eugene Rossiter,").
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

/// A named person mentioned at `m`; `speaker` when they spoke or the sentence is about them.
fn named_entity(text: &str, m: Mention, speaker: bool) -> Entity {
    Entity {
        pos: m.start,
        start: m.start,
        end: m.end,
        name: text[m.start..m.end].to_string(),
        gender: m.gender,
        roles: m.roles,
        speaker,
        named: true,
    }
}

/// The named person each sentence is about (its subject, with the roles of an appositive: "La
/// presidenta de la cooperativa, Inés Calvo, pidió …", "The port authority's chair, Deborah
/// Okafor, called …"): the antecedent a journalist means by the next "she said", "advirtió",
/// "a-t-il estimé" or "la ministra", even when someone else spoke last. Counted as a speaker,
/// since the sentence is about them. One bounded subject search per sentence.
/// Also returns the definite descriptions with a role that are subjects ("La gerente
/// insistió"), to be resolved once the names are known.
/// Only sentences shortly before a mention that needs an antecedent are read: `needs` holds
/// sorted byte offsets of such mentions, each list with how many sentences back it looks. One
/// pass.
fn sentence_subjects(
    ctx: &Ctx<'_>,
    sents: &[(usize, usize)],
    quoted: &[(usize, usize)],
    needs: [(&[usize], usize); 2],
) -> (Vec<Entity>, Vec<Mention>) {
    let tk = &ctx.tk;
    let mut out = Vec::new();
    let mut described = Vec::new();
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
        if m.kind == MentionKind::Description && m.definite && !m.roles.is_empty() && !group {
            // "Il ministro dei Trasporti Fabrizio Morandini ha annunciato …": the name after
            // the role's complement is the subject.
            if let Some(mut named) = name_after_complement(ctx, tk.at_or_after(m.end), hi) {
                named.roles.extend(m.roles.iter().cloned());
                named.gender = attribute::merge(named.gender, m.gender);
                out.push(named_entity(tk.text, named, true));
                continue;
            }
            described.push(m);
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
    (out, described)
}

/// A name right after a role's complement, from token `i`: a preposition (with its article)
/// and at most two capitalised words, then a name of two words or more ("dei Trasporti
/// Fabrizio Morandini", "de l'Intérieur Paul Roche"). Romance languages only.
fn name_after_complement(ctx: &Ctx<'_>, i: usize, hi: usize) -> Option<Mention> {
    let tk = &ctx.tk;
    if !ctx.romance || i >= hi || !tk.toks[i].word || !ctx.rules.is_preposition(tk.low(i)) {
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

#[cfg(test)]
mod tests;
