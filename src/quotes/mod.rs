//! Who said what: direct and reported quotes, speakers, reporting verbs and outlets.
//!
//! One pass per document, no model, each stage in its own file:
//! - [`marks`] pairs quotation marks; [`filters`] keeps the spans that are quotations;
//! - [`cue`] finds reporting verbs and according-to phrases; [`mentions`] reads noun phrases as
//!   persons, descriptions, pronouns; [`subject`] picks the cue's subject by its grammar;
//!   [`outlets`] the medium the words came through; [`speaker`] puts these together for each
//!   direct quote, [`indirect`] for reported speech;
//! - [`entities`] lists the document's people, [`resolve`] links pronouns and descriptions to
//!   them, and [`assemble`] turns attributions into quotes with the fullest names (an
//!   acronym the text defines as the name it stands for: [`acronyms`]);
//! - what a language contributes sits in its lexicon, `<lang>.rs` ([`lexicon`]).

mod acronyms;
mod assemble;
mod bodies;
mod ctx;
mod cue;
mod entities;
mod filters;
mod fragments;
mod indirect;
pub(crate) mod lexicon;
mod marks;
mod mentions;
mod names;
mod outlets;
mod repeated;
mod resolve;
mod speaker;
mod subject;
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

use crate::segment::Segments;
use std::sync::LazyLock;

use serde::Serialize;

use crate::error::Result;
use crate::lang::Lang;
// The stages of one pipeline, one concept a file, share one namespace.
use assemble::*;
use ctx::*;
use cue::*;
use entities::*;
use filters::*;
use lexicon::{Gender, Rules};
use marks::Span;
use mentions::*;
use names::PARTICLES;
use outlets::*;
use resolve::{Entities, Entity};
use speaker::*;

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
pub fn supported_languages() -> Vec<Lang> {
    crate::languages::with(|s| s.quotes.is_some())
}

macro_rules! rules {
    ($($name:ident = $lex:path, $syn:path;)*) => {
        $(pub(crate) static $name: LazyLock<Rules> =
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

/// The attribution rules of `lang`, from the language registry; English's where it has none.
fn rules_for(lang: Lang) -> &'static Rules {
    crate::languages::support(lang).quotes.unwrap_or(&EN)
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
    Ok(extract(text, &Segments::of(text), lang))
}

/// [`extract_quotes`] on a text already split.
pub fn extract_quotes_in(text: &str, segments: &Segments, lang: Lang) -> Vec<Quote> {
    extract(text, segments, lang)
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
    /// The subject of the quotation's sentence, with no verb of saying (`called the country
    /// "…"`): it names the speaker but does not make the marks a quotation.
    Subject,
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
    /// Right after a question in the running text (an interview's answer).
    answers: bool,
}

fn extract(text: &str, segments: &Segments, lang: Lang) -> Vec<Quote> {
    let rules = rules_for(lang);
    let ctx = Ctx::new(text, rules);
    let (paras, sents) = (&segments.paragraphs, &segments.sentences);
    let mut spans = split_incises(&ctx, marks::find(text, paras, rules.lex.dash_quotes));
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
            attribute_direct(&ctx, &spans, k, sents, around)
        })
        .collect();
    // A quote that runs on into the next paragraph shares the attribution of its last piece,
    // and so do quotations joined by a coordinator ("“…” y “…”, resaltó X").
    let joined = |k: usize| {
        let (a, b) = (
            ctx.tk.at_or_after(spans[k].close),
            ctx.tk.at_or_after(spans[k + 1].open),
        );
        b == a + 1 && ctx.is_coordinator(a)
    };
    for k in (0..spans.len().saturating_sub(1)).rev() {
        if found[k].0.mention.is_none()
            && found[k + 1].0.mention.is_some()
            && (spans[k].runs_on || joined(k))
        {
            // The verb is written next to the last piece: the earlier pieces share its speaker
            // and outlet but have no cue of their own (cue `None`, as for any continuation).
            let mut attr = found[k + 1].0.clone();
            attr.cue = None;
            found[k] = (attr, How::After { opens: true });
        }
    }

    // The piece after an incise continues the one before it, whose verb the incise holds.
    for k in 1..spans.len() {
        if spans[k].after_incise && found[k - 1].0.mention.is_some() {
            let mut attr = found[k - 1].0.clone();
            // (A short piece before, "«Per essere chiari – precisa il comitato – …»", is no
            // quote of its own to carry the verb.)
            if !spans[k - 1].short {
                attr.cue = None;
            }
            found[k] = (attr, How::After { opens: true });
        }
    }

    // "« … », a-t-il prévenu. Ses propos ont été repris par Le Parisien.": the outlet named in
    // the sentence after the attribution.
    for k in 0..spans.len() {
        if found[k].0.mention.is_some() && found[k].0.source.is_none() {
            let next_open = spans.get(k + 1).map_or(text.len(), |s| s.open);
            found[k].0.source = source_after(&ctx, &spans[k], &found[k].0, sents, next_open);
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
    let listed = listed_names(&ctx, &spans);
    // Direct quotes that make their sentence their own attribution, so it holds no reported
    // clause; a short partial quotation does not ("admitted the squad had "lost its way"" is
    // also reported speech).
    let mut direct: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (k, sp) in spans.iter().enumerate() {
        let (attr, how) = &found[k];
        let attributed =
            attr.mention.is_some() && !matches!(how, How::Subject) || attr.cue.is_some();
        let para = para_of(sp.open);
        let continues =
            last_direct.is_some_and(|(_, p, runs_on)| p == para || (runs_on && p + 1 == para));
        if outlet_spans[k]
            || listed[k]
            || named_by_free_relative(&ctx, sp)
            || !keep(&ctx, sp, *how, attributed, continues)
        {
            continue;
        }
        let answers = attr.mention.is_none()
            && attr.cue.is_none()
            && answers_question(&ctx, sp, sents, prev_closes[k]);
        let inherit = match last_direct {
            Some((c, _, _)) if attr.mention.is_none() && continues => Some(c),
            _ => None,
        };
        last_direct = Some((cands.len(), para, sp.runs_on));
        // "escreveu que “…”", "said that "…"": a quotation that is the whole
        // reported clause after its complementizer is reported speech as well.
        let reported_clause =
            matches!(how, How::Before)
                && attr.cue.is_some()
                && ctx.tk.at_or_after(sp.open).checked_sub(1).is_some_and(|i| {
                    ctx.tk.toks[i].word && ctx.rules.is_complementizer(ctx.tk.low(i))
                });
        if !matches!(how, How::InClause) && !reported_clause {
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
            answers,
        });
    }

    for (start, end, attr, free) in indirect::find(&ctx, sents, &direct) {
        cands.push(Cand {
            start,
            end,
            kind: QuoteKind::Indirect,
            attr,
            inherit: None,
            para: para_of(start),
            free,
            answers: false,
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
    // An answer to a question put in the running text is the interviewee's, like the answer
    // before it, however many paragraphs back and whoever the text named since.
    let mut last: Option<(usize, usize)> = None; // (cand, paragraph)
    let mut last_answer: Option<usize> = None;
    for (i, c) in cands.iter_mut().enumerate() {
        if c.answers && last_answer.is_some() {
            c.inherit = last_answer;
        // (An impersonal cue, "Отмечается, что …", has nobody to take from before.)
        } else if c.attr.mention.is_none() && c.attr.cue.is_none() && c.inherit.is_none() {
            // (Reported speech goes on past a heading: "…, sagte X.\n\nEin Wendepunkt\n\nDie
            // Doku könne …" is still X's.)
            let past_headings = |p: usize| {
                c.free
                    && c.para <= p + 3
                    && (p + 1..c.para).all(|q| is_heading(&text[paras[q].0..paras[q].1]))
            };
            c.inherit = last
                .filter(|&(_, p)| p + 1 >= c.para || past_headings(p))
                .map(|(j, _)| j);
        } else if c.attr.mention.is_some() {
            last = Some((i, c.para));
        }
        if c.answers && c.inherit.is_some() {
            last_answer = Some(i);
        }
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
    resolve_all(&ctx, cands, sents)
}

/// A paragraph that is a heading: a few words with no closing punctuation ("Ein Wendepunkt
/// für die Prävention").
fn is_heading(paragraph: &str) -> bool {
    /// The most words a heading has.
    const WORDS: usize = 12;
    let p = paragraph.trim();
    p.chars().last().is_some_and(char::is_alphanumeric) && p.split_whitespace().count() <= WORDS
}

/// Index of the sentence holding byte `pos` (or the one before it).
fn sentence_at(sents: &[(usize, usize)], pos: usize) -> Option<usize> {
    sents.partition_point(|s| s.0 <= pos).checked_sub(1)
}

#[cfg(test)]
mod tests;
