//! The cue: the reporting verb, the according-to phrase or the opinion frame that attributes
//! words, found at a token.

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueKind {
    Verb,
    /// "told X": X is the addressee.
    Object,
    /// "was quoted as saying": the speaker is before, an outlet may follow "by".
    Passive,
    /// "according to X", "selon X", "theo X", "по словам X".
    According,
}

/// A cue: token indices of its first and last word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cue {
    pub first: usize,
    pub last: usize,
    pub kind: CueKind,
    /// An inverted clitic inside or after the cue ("a-t-il ajouté", "dit-elle").
    pub clitic: Option<usize>,
}

impl<'a> Ctx<'a> {
    /// Is the phrase from token `from` to the next comma (a few words, before `hi`) a person:
    /// a name, or a description with a role ("o procurador João Mendes", "la syndicaliste")?
    pub(crate) fn person_up_to_comma(&self, from: usize, hi: usize) -> bool {
        let Some(comma) = (from..hi.min(from + 9)).find(|&k| !self.word(k)) else {
            return false;
        };
        // (A verb makes it a clause of its own: "Per i commercianti parla X, …".)
        let verbless = (from..comma).all(|k| self.rules.verb(&[self.tk.low(k)]).is_none());
        // (A personal pronoun too: "Para ele, …" is the opinion of the person just named;
        // an apposition after the comma is skipped where the frame is read, `according_first`.)
        comma > from
            && self.tk.is_punct(comma, ',')
            && verbless
            && self.phrase(from, comma).is_some_and(|m| {
                (m.kind == MentionKind::Pronoun
                    || m.kind == MentionKind::Name
                    || !m.roles.is_empty())
                    && self.person_like(&m)
            })
    }

    /// A reporting cue starting at token `i`, not reaching `hi`.
    pub(crate) fn cue_at(&self, i: usize, hi: usize) -> Option<Cue> {
        if !self.word(i) || self.tk.toks[i].clitic || i >= hi {
            return None;
        }
        let slot = &self.memo.cues[i];
        if let Some((bound, cue)) = slot.get()
            && bound == hi
        {
            return cue;
        }
        let cue = self.read_cue_at(i, hi);
        slot.set(Some((hi, cue)));
        cue
    }

    /// `cue_at`, read from the words.
    fn read_cue_at(&self, i: usize, hi: usize) -> Option<Cue> {
        let r = self.rules;
        let w = self.words_from(i, hi, 6);
        let make = |last: usize, kind| Cue {
            first: i,
            last,
            kind,
            clitic: None,
        };
        // ", so der Minister" reports speech; a sentence-opening "So heißt es" does not.
        let after_comma = i > 0 && matches!(self.tk.raw(i - 1), "," | "—" | "–" | "-" | "(");
        // ("laut Veranstalterangaben": before "laut" alone, an according word of its own.)
        // (The preposition first: cue_at runs at every token, and most languages have none.)
        if self.compound_preposition(i) && self.compound_source(i + 1).is_some() {
            return Some(make(i + 1, CueKind::According));
        }
        if let Some(n) = r.according(&w)
            && (n > 1 || w[0] != "so" || after_comma)
        {
            return Some(make(i + n - 1, CueKind::According));
        }
        if let Some(last) = self.report_after_preposition(i, hi) {
            return Some(make(last, CueKind::According));
        }
        if let Some(n) = r.opinion_frame(&w)
            && self.opens_sentence(i)
            && self.person_up_to_comma(i + n, hi)
        {
            return Some(make(i + n - 1, CueKind::According));
        }
        if let Some(n) = r.passive(&w) {
            return Some(make(i + n - 1, CueKind::Passive));
        }
        let mut clitic = None;
        let mut j = i;
        if r.is_aux(w[0]) {
            j = i + 1;
            while j < hi && j < i + 4 && self.word(j) {
                if self.tk.toks[j].clitic {
                    clitic = Some(j);
                } else if !r.is_skip(self.tk.low(j)) {
                    break;
                }
                j += 1;
            }
            let v = self.words_from(j, hi, 5);
            if r.verb(&v).is_none() {
                j = i;
                clitic = None;
            }
        }
        let v = self.words_from(j, hi, 5);
        // "the statement read", "la nota reza": a verb of what is written, said of a
        // statement, reports its words.
        if j == i
            && i > 0
            && self.word(i - 1)
            && r.is_written_verb(w[0])
            && r.is_statement_noun(self.tk.low(i - 1))
        {
            return Some(make(i, CueKind::Verb));
        }
        let Some(n) = r.verb(&v) else {
            return self.split_cue(i, j, hi);
        };
        // Vietnamese "than" (to complain) is also "coal": a verb only ending its clause or
        // before "rằng" ("…”, ông than.", "Ông Cẩn thì than rằng …").
        if n == 1
            && r.lex.clause_final_verbs.contains(&v[0])
            && self.word(j + 1)
            && self.tk.low(j + 1) != "rằng"
        {
            return None;
        }
        // After an indefinite article the word is a noun: "In una nota l'azienda …" (a
        // clitic pronoun may stand before a verb, an indefinite article never does).
        if j == i && i > 0 && self.word(i - 1) && r.lex.indefinite.contains(&self.tk.low(i - 1)) {
            return None;
        }
        let last = j + n - 1;
        if clitic.is_none() && last + 1 < hi && self.word(last + 1) && self.tk.toks[last + 1].clitic
        {
            clitic = Some(last + 1);
        }
        let kind = if r.is_object_verb(self.tk.low(last)) {
            CueKind::Object
        } else {
            CueKind::Verb
        };
        // Vietnamese particles before the verb ("đã", "cũng", "thì") are adverbs, not part of
        // the verb as written: "Ông Cẩn thì than rằng …" has the cue "than".
        let first = if r.lex.grammar.cue_without_aux { j } else { i };
        Some(Cue {
            first,
            last,
            kind,
            clitic,
        })
    }

    /// "publicaron una carta afirmando que …", "a publié un texte affirmant que …": a reporting
    /// verb's gerund right before its complementizer, a cue whose subject is the main clause's.
    /// (Only there: "afirmando" alone is as often manner as report.)
    pub(crate) fn gerund_cue(&self, i: usize, hi: usize) -> Option<Cue> {
        let next = i + 1;
        (self.word(i)
            && next < hi
            && self.word(next)
            && self.rules.is_reporting_gerund(self.tk.low(i))
            && self.rules.is_complementizer(self.tk.low(next)))
        .then_some(Cue {
            first: i,
            last: i,
            kind: CueKind::Verb,
            clitic: None,
        })
    }

    /// "nach Meldungen der Agentur X", "nach einem Bericht der Zeitung Y": the preposition of an
    /// according compound (`Lexicon::according_compounds`) before a noun of report, publication
    /// or study (past an article and an adjective: `Ctx::report_noun_form_at`) and the source's
    /// phrase, is an according frame; the noun is its last token.
    fn report_after_preposition(&self, i: usize, hi: usize) -> Option<usize> {
        if !self.compound_preposition(i) {
            return None;
        }
        let k = (i + 1..hi.min(i + 4))
            .take_while(|&k| self.word(k))
            .find(|&k| self.tk.is_capitalized(k))?;
        // (What follows names the source: a genitive article, "von", or a name.)
        let source = k + 1 < hi
            && self.word(k + 1)
            && (self.rules.determiner(self.tk.low(k + 1)).is_some()
                || self.rules.is_preposition(self.tk.low(k + 1))
                || self.tk.is_capitalized(k + 1));
        (self.report_noun_form_at(k) && source).then_some(k)
    }

    /// Is token `i` the preposition of an according compound (`Lexicon::according_compounds`)?
    fn compound_preposition(&self, i: usize) -> bool {
        let l = self.tk.low(i);
        self.rules
            .lex
            .according_compounds
            .iter()
            .any(|(p, _)| *p == l)
    }

    /// The source named by the first part of an according compound at token `k`, as a byte
    /// span: "US" of "US-Angaben", "Polizei" of "Polizeiangaben" (at least two letters).
    pub(crate) fn compound_source(&self, k: usize) -> Option<(usize, usize)> {
        if !self.word(k) || !self.tk.is_capitalized(k) {
            return None;
        }
        let raw = self.tk.raw(k);
        let low = self.tk.low(k);
        let n = self
            .rules
            .lex
            .according_compounds
            .iter()
            .find(|(_, suffix)| low.ends_with(suffix))?
            .1
            .len();
        // (The lower-cased form keeps the word's byte length where its letters do.)
        let head = raw.get(..raw.len().checked_sub(n)?)?.trim_end_matches('-');
        let start = self.tk.toks[k].start;
        (head.chars().count() >= 2 && low.len() == raw.len()).then_some((start, start + head.len()))
    }

    /// The source an according compound closing `cue` names ("nach US-Angaben": "US"), as a
    /// name.
    pub(crate) fn compound_mention(&self, cue: &Cue) -> Option<Mention> {
        let (s, e) = self.compound_source(cue.last)?;
        (cue.kind == CueKind::According)
            .then(|| self.mention(s, e, MentionKind::Name, Gender::Plural, Vec::new()))
    }

    /// A particle verb split around its subject: "stellte der Trainer nach dem Spiel fest",
    /// "teilte die Polizei mit". The particle closes the clause a few words on; the cue is the
    /// verb as written next to the subject (`j`; `i` when an auxiliary opened it).
    pub(crate) fn split_cue(&self, i: usize, j: usize, hi: usize) -> Option<Cue> {
        let tails = self.rules.split_particles(self.tk.low(j))?;
        let end = hi.min(self.tk.len()).min(j + 14);
        let mut k = j + 1;
        while k < end {
            if !self.tk.toks[k].word {
                // An apposition may stand between ("stellte der Chef, Martin Kraus, fest").
                if matches!(self.tk.raw(k), "(" | ")" | "-" | ",") {
                    k += 1;
                    continue;
                }
                return None;
            }
            for t in tails {
                let n = t.len();
                let fits = k + n <= end
                    && t.iter()
                        .enumerate()
                        .all(|(x, w)| self.word(k + x) && self.tk.low(k + x) == w);
                // The particle ends the clause: punctuation (or the text's end) follows it.
                if fits && (k + n >= self.tk.len() || !self.tk.toks[k + n].word) {
                    return Some(Cue {
                        first: i,
                        last: j,
                        kind: CueKind::Verb,
                        clitic: None,
                    });
                }
            }
            k += 1;
        }
        None
    }

    /// After "according to" opening a sentence, the phrase up to its comma names the source
    /// whatever its words ("Según fuentes de la consejería,", "За даними поліції,", "Segundo a
    /// Defesa Civil,"): at most eight tokens, words only; someone new, kept as written.
    pub(crate) fn according_phrase(&self, from: usize, hi: usize) -> Option<(Mention, usize)> {
        let end = (from..hi.min(from + 9)).find(|&i| !self.word(i))?;
        if end == from || !self.tk.is_punct(end, ',') {
            return None;
        }
        // "Theo đó,", "Demnach,": a word that refers back to what was said names nobody.
        if end == from + 1 && self.rules.is_function_word(self.tk.low(from)) {
            return None;
        }
        Some((self.new_description(from, end - 1), end))
    }

    /// Where a clause starting at `lo` really starts, after a heading or label ("Europapolitik:
    /// Die SPD will …", "Fazit: …") or a dateline ("Berlin (dpa) – Der Minister …", "Paris,
    /// 3. Mai 2024 – …"): a colon after at most four words, or a dash after a bracket or a
    /// number within the first dozen tokens.
    pub(crate) fn after_label(&self, lo: usize, hi: usize) -> usize {
        let mut words = 0;
        let mut dated = false;
        // A dateline in capitals ("LAVINIA –", "KOLDEROOG –") is a label too.
        let mut caps = true;
        for i in lo..hi.min(lo + 14) {
            let t = self.tk.toks[i];
            if t.word {
                words += 1;
                dated |= self.tk.raw(i).starts_with(|c: char| c.is_ascii_digit());
                caps &= self.tk.is_all_caps(i) && self.tk.raw(i).chars().count() > 2;
                continue;
            }
            match self.tk.raw(i) {
                ":" if words > 0 && words <= 4 && i + 1 < hi => return i + 1,
                ")" => dated = true,
                "–" | "—" if (dated || (caps && words <= 3)) && i + 1 < hi => return i + 1,
                "(" | "," | "." | "/" => {}
                _ => return lo,
            }
        }
        lo
    }
}
