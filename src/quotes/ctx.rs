//! The document as attribution reads it: tokens, the lexicon, per-token answers kept once,
//! and the small questions every rule asks (a word? a boundary? a sentence start?). Every search
//! looks at a bounded window of tokens, so attribution costs linear time whatever the input.

use std::cell::Cell;

use super::Mention;
use super::lexicon::{Gender, Grammar, Rules};
use super::tokens::Tokens;

/// The most tokens any search looks at on one side of a quote or cue.
pub(crate) const WINDOW: usize = 48;

pub(crate) fn is_open_mark(s: &str) -> bool {
    matches!(s, "«" | "„" | "“" | "\"" | "‚" | "‹")
}

pub(crate) fn is_close_mark(s: &str) -> bool {
    matches!(s, "»" | "“" | "”" | "\"" | "‘" | "›")
}

/// What attribution found for one quote or reported clause; byte offsets.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Attribution {
    pub cue: Option<(usize, usize)>,
    pub mention: Option<Mention>,
    pub source: Option<(usize, usize)>,
}

/// The most words `words_from` reads (no rule looks further than six).
pub(crate) const MAX_WORDS: usize = 6;

/// A few consecutive lower-cased words, on the stack: `words_from` is called for nearly
/// every token, and a heap vector each time was a visible share of the run.
pub(crate) struct Words<'t> {
    w: [&'t str; MAX_WORDS],
    len: usize,
}

impl<'t> std::ops::Deref for Words<'t> {
    type Target = [&'t str];
    fn deref(&self) -> &[&'t str] {
        &self.w[..self.len]
    }
}

pub(crate) struct Ctx<'a> {
    pub tk: Tokens<'a>,
    pub rules: &'static Rules,
    /// The language's grammar switches (`Lexicon::grammar`).
    pub g: &'static Grammar,
    /// Answers of per-token lookups asked again and again by the rules (filled on first use).
    pub memo: TokenMemo,
}

/// The lexicon answers that depend on one token only, kept per token: the rules ask them for
/// the same tokens from every quote and clause nearby, and the lookups were a third of the
/// attribution time.
pub(crate) struct TokenMemo {
    /// `namey` (`None` until asked).
    pub(crate) namey: Vec<Cell<Option<bool>>>,
    /// `role_at`: the role, if any, of the phrase of one, two and three words opening at the
    /// token (`None` until asked).
    pub(crate) roles: Vec<Cell<Option<[Option<Gender>; 3]>>>,
    /// `media_at`: bit n-1 set when the phrase of n words opening at the token is a media
    /// noun (`None` until asked).
    pub(crate) media: Vec<Cell<Option<u8>>>,
    /// `cue_at`: the bound it was asked with and its answer (`None` until asked). The
    /// reported-speech readings of one sentence ask it at the same tokens with the same bound,
    /// the sentence's end.
    pub(crate) cues: Vec<Cell<Option<AskedCue>>>,
}

/// A token's `cue_at` answer and the bound it was asked with.
pub(crate) type AskedCue = (usize, Option<super::Cue>);

impl TokenMemo {
    pub(crate) fn new(tokens: usize) -> Self {
        TokenMemo {
            namey: vec![Cell::new(None); tokens],
            roles: vec![Cell::new(None); tokens],
            media: vec![Cell::new(None); tokens],
            cues: vec![Cell::new(None); tokens],
        }
    }
}

impl<'a> Ctx<'a> {
    /// The document `text` as the rules of one language read it.
    pub(crate) fn new(text: &'a str, rules: &'static Rules) -> Self {
        let g = &rules.lex.grammar;
        let tk = Tokens::new(text, g.inverted_clitics);
        let memo = TokenMemo::new(tk.len());
        Ctx { tk, rules, g, memo }
    }

    pub(crate) fn word(&self, i: usize) -> bool {
        i < self.tk.len() && self.tk.toks[i].word
    }

    /// Up to `n` consecutive lower-cased words from `i` (stopping at punctuation or `hi`).
    pub(crate) fn words_from(&self, i: usize, hi: usize, n: usize) -> Words<'_> {
        let mut out = Words {
            w: [""; MAX_WORDS],
            len: 0,
        };
        let n = n.min(MAX_WORDS);
        let mut j = i;
        while j < hi.min(self.tk.len()) && out.len < n && self.tk.toks[j].word {
            out.w[out.len] = self.tk.low(j);
            out.len += 1;
            j += 1;
        }
        out
    }

    /// Does token `i` open a sentence (the text's start, after a stop or a line break)?
    pub(crate) fn opens_sentence(&self, i: usize) -> bool {
        let tk = &self.tk;
        i == 0
            || tk.text[tk.toks[i - 1].end..tk.toks[i].start].contains('\n')
            || (!tk.toks[i - 1].word && matches!(tk.raw(i - 1), "." | "!" | "?" | ":" | ";"))
    }

    pub(crate) fn span(&self, first: usize, last: usize) -> (usize, usize) {
        (self.tk.toks[first].start, self.tk.toks[last].end)
    }

    /// How many of the (at most three) tokens from `i` before `hi` are consecutive words.
    pub(crate) fn words_before(&self, i: usize, hi: usize) -> usize {
        (i..hi.min(self.tk.len()))
            .take(3)
            .take_while(|&j| self.tk.toks[j].word)
            .count()
    }

    /// Is token `i` a coordinating conjunction ("and", "und", "et", "и")?
    pub(crate) fn is_coordinator(&self, i: usize) -> bool {
        self.word(i) && self.rules.lex.coordinators.contains(&self.tk.low(i))
    }

    /// Is token `i` a conjunction or an adverb that may lead into a clause ("Y", "Además",
    /// "But", "Auch")?
    pub(crate) fn leads_in(&self, i: usize) -> bool {
        self.is_coordinator(i) || self.word(i) && self.rules.is_skip(self.tk.low(i))
    }

    pub(crate) fn is_boundary(&self, i: usize) -> bool {
        let t = self.tk.toks[i];
        if t.word {
            let l = self.tk.low(i);
            let lex = self.rules.lex;
            return self.rules.is_complementizer(l)
                || lex.coordinators.contains(&l)
                || lex.clause_openers.contains(&l);
        }
        let c = self.tk.raw(i);
        matches!(
            c,
            ":" | ";" | "!" | "?" | "\"" | "“" | "”" | "«" | "»" | "„" | "(" | ")" | "「" | "」"
        )
    }

    /// When token `close` is a closing quotation mark ending a phrase of at most five words
    /// that a noun before it says is a name ("biệt danh “Lực ngừ”"), the opening mark's
    /// token.
    pub(crate) fn short_marked_before(&self, close: usize, lo: usize) -> Option<usize> {
        self.marked_words_before(close, lo)
            .filter(|&o| super::thing_noun_before(self, o))
    }

    /// The opening mark of a title closed at `close` ("«Ведомости»", "« Le Monde »") that
    /// follows a media noun ("газета", "newspaper", "journal"): the medium's name.
    pub(crate) fn title_of_medium_before(&self, close: usize, lo: usize) -> Option<usize> {
        self.marked_words_before(close, lo)
            .filter(|&o| self.word(o - 1) && self.is_media_word(o - 1))
    }

    /// When token `close` is a closing quotation mark ending a phrase of at most five words
    /// (after `lo`), its opening mark's token.
    fn marked_words_before(&self, close: usize, lo: usize) -> Option<usize> {
        let opener = match self.tk.raw(close) {
            "”" => "“",
            "»" => "«",
            "“" => "„",
            "\"" => "\"",
            "」" => "「",
            _ => return None,
        };
        let o = (close.saturating_sub(6).max(lo + 1)..close)
            .rev()
            .find(|&o| self.tk.raw(o) == opener)?;
        (o + 1 < close && (o + 1..close).all(|t| self.word(t))).then_some(o)
    }

    pub(crate) fn is_seg_sep(&self, i: usize) -> bool {
        !self.tk.toks[i].word && matches!(self.tk.raw(i), "," | "—" | "–" | "(" | ")")
    }

    /// The subject ending just before token `end` (the cue), looking no further back than `lo`:
    /// the closest noun phrase, or a name in apposition with it ("Korotchenko, editor-in-chief
    /// of …, said"; "the mayor, Anna Kowalski, said").
    /// Does token `i` open a prepositional phrase? Not when it is also an article (Portuguese
    /// "a", "o"): ", a bióloga Marina Teixeira," is an apposition.
    pub(crate) fn opens_with_preposition(&self, i: usize) -> bool {
        // `word` first: `i` may be one past the last token.
        self.word(i) && {
            let l = self.tk.low(i);
            self.rules.is_preposition(l)
                && self.rules.determiner(l).is_none()
                && !self.particle_opens_name(i)
        }
    }

    /// Tokens `i` and `i + 1` are a two-word entry of the skip list, written in lower case.
    pub(crate) fn skip_pair(&self, i: usize) -> bool {
        let lower = |k: usize| self.word(k) && !self.tk.is_capitalized(k);
        lower(i)
            && lower(i + 1)
            && self.tk.toks[i].end < self.tk.toks[i + 1].start
            && self
                .rules
                .is_skip(&format!("{} {}", self.tk.low(i), self.tk.low(i + 1)))
    }

    /// A Russian or Ukrainian adverb that may stand before a verb of saying as its manner
    /// ("скептически", "коротко", "спокійно").
    pub(crate) fn is_manner_adverb(&self, i: usize) -> bool {
        if !self.word(i) {
            return false;
        }
        let l = self.tk.low(i);
        self.g.declines
            && l.chars().count() >= 5
            && ["ски", "чно", "ьно", "нно", "ко", "но", "ло"]
                .iter()
                .any(|e| l.ends_with(e))
    }

    /// The few kilobytes of text before byte `pos` (a bound that keeps look-backs linear).
    pub(crate) fn window_before(&self, pos: usize) -> &'a str {
        let text = self.tk.text;
        let mut lo = pos.saturating_sub(4000);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        &text[lo..pos]
    }
}
