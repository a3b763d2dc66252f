//! Organisations a definite description refers back to: "the production company said" after
//! "Dick Clark Productions denied …", "secondo il network" after "un'analisi della Cbs News",
//! "o ministério" after "o Ministério da Saúde". A journalist names a body once and then calls
//! it by what it is; the speaker is the body's name, as for a person's.

use super::*;

/// How far back, in tokens, a description looks for the body it names.
const LOOKBACK_TOKENS: usize = 400;

impl<'a> Ctx<'a> {
    /// The name of the organisation the definite description `m` refers to, if its head is an
    /// organisation noun (`Lexicon::bodies`) or a media noun, and the text named one before:
    /// - a media noun ("the newspaper", "il network") is the last outlet named;
    /// - an organisation noun is the last name containing that noun ("the ministry" … "the
    ///   Ministry of Health", "o banco" … "Banco do Brasil", "der Konzern" … "Siemens-Konzern").
    ///
    /// A body named otherwise ("the production company" after "Dick Clark Productions") is not
    /// guessed: the last organisation that spoke is as often not the one meant.
    ///
    /// Names inside quotation marks (`quoted`, sorted) are the speaker's words, not the text's.
    pub(crate) fn body_antecedent(&self, m: &Mention, quoted: &[(usize, usize)]) -> Option<String> {
        if m.new_person {
            return None;
        }
        let (at, last) = self.definite_head(m)?;
        let head = self.tk.low(last);
        // (A noun of both, "agency", is read as a body: "the news agency" says which it is.)
        let body = self.rules.is_body(head);
        let media = !body && self.rules.is_media(head);
        if !media && !body {
            return None;
        }
        // A description that goes on to its own name ("l'agence de presse russe Regnum", "the
        // union Unite") names the body there, not before.
        let names_itself = !self.g.noun_caps
            && (last + 1..self.tk.len().min(last + 5))
                .take_while(|&j| self.word(j))
                .any(|j| self.tk.is_capitalized(j));
        if names_itself {
            return None;
        }
        let mut found: Option<(usize, usize)> = None;
        let mut k = at.saturating_sub(LOOKBACK_TOKENS);
        while k < at {
            // (A capitalised determiner opens no name: "Welcher Gruppe", "Der Konzern".)
            if !self.word(k)
                || !self.tk.is_capitalized(k)
                || self.rules.is_function_word(self.tk.low(k))
                || within(quoted, self.tk.toks[k].start)
            {
                k += 1;
                continue;
            }
            let span = if media {
                self.outlet_at(k, at, false)
                    .filter(|&(s, e)| self.named_as_outlet(s, e))
            } else {
                let e = self.name_end(k, at);
                // (Where every noun is capitalised, one word names a body only as a compound:
                // "Siemens-Konzern", not "Gruppe".)
                let names_head = (k..e).any(|j| {
                    let w = self.tk.low(j);
                    (w == head && (!self.g.noun_caps || e > k + 1))
                        || (self.g.noun_caps && w.len() > head.len() && w.ends_with(head))
                });
                // (The body's noun alone, "the Ministry", is its short form, not its name;
                // "Workers' Union" found at "Union" is a name.)
                let short_form = |from: usize| {
                    !self.g.noun_caps && from == k && e == k + 1 && self.tk.low(k) == head
                };
                (e > k && names_head)
                    .then(|| self.name_start(k))
                    .filter(|&from| !short_form(from))
                    .map(|from| self.span(from, e - 1))
            };
            match span {
                Some((s, e)) => {
                    found = Some((s, e));
                    k = self.tk.at_or_after(e).max(k + 1);
                }
                None => k += 1,
            }
        }
        found.map(|(s, e)| self.tk.text[s..e].to_string())
    }

    /// The body a capitalised organisation noun after a definite article refers back to,
    /// where nouns are not capitalised: "the Commission" after "the European Commission", "el
    /// Instituto" after "el Instituto de Salud Pública", "a Secretaria" after "a Secretaria de
    /// Estado de Cultura". Writers capitalise a body's short form as they do its name; read as
    /// a name of its own it would be the speaker "Commission".
    pub(crate) fn short_form_antecedent(
        &self,
        m: &Mention,
        quoted: &[(usize, usize)],
    ) -> Option<String> {
        if self.g.noun_caps || m.kind != MentionKind::Name || m.outlet {
            return None;
        }
        let (a, b) = (self.tk.at_or_after(m.start), self.tk.at_or_after(m.end));
        let article = |k: usize| self.word(k) && self.rules.is_definite(self.tk.low(k));
        // The article is outside the name, or inside it where it opens a sentence ("El
        // Instituto calcula …").
        let at = match b.checked_sub(a) {
            Some(1) if a > 0 && article(a - 1) => a,
            Some(2) if article(a) => a + 1,
            _ => return None,
        };
        if !self.word(at) || !self.rules.is_body(self.tk.low(at)) {
            return None;
        }
        let described = Mention {
            start: self.tk.toks[at].start,
            kind: MentionKind::Description,
            definite: true,
            new_person: false,
            ..m.clone()
        };
        self.body_antecedent(&described, quoted)
    }

    /// Does the outlet found at bytes `[s, e)` read as one by its words ("The New York Times",
    /// "Folha de S.Paulo", "Radio Calder"), not only by an acronym, which as often names a
    /// court or a party ("Supremo Tribunal Federal (STF)")?
    pub(crate) fn named_as_outlet(&self, s: usize, e: usize) -> bool {
        let (a, b) = (self.tk.at_or_after(s), self.tk.at_or_after(e));
        self.known_outlet(a, b)
            || self.title_article(a)
            || (a..b).any(|j| {
                let l = self.tk.low(j);
                self.word(j) && (self.rules.is_outlet_word(l) || self.rules.is_media(l))
            })
    }

    /// Where the name whose run of capitalised words starts at token `k` starts: earlier, over
    /// words joined by "and", a joining particle or a possessive mark ("The Food and Bakery
    /// Workers’ Union" found at "Union"); a title article stays out.
    fn name_start(&self, k: usize) -> usize {
        let capital = |j: usize| {
            self.word(j)
                && self.tk.is_capitalized(j)
                && !self.rules.is_function_word(self.tk.low(j))
        };
        let joining = |j: usize| {
            matches!(self.tk.raw(j), "’" | "'" | "&")
                || (self.word(j)
                    && (self.rules.is_outlet_joiner(self.tk.low(j))
                        || self.rules.lex.coordinators.contains(&self.tk.low(j))))
        };
        let mut s = k;
        // (Where every noun is capitalised, the words before are as often not the name.)
        if self.g.noun_caps {
            return s;
        }
        loop {
            if s > 0 && capital(s - 1) {
                s -= 1;
            } else if s > 1 && joining(s - 1) && capital(s - 2) {
                s -= 2;
            } else {
                return s;
            }
        }
    }

    /// Who issued the statement the definite description `m` names ("the statement read",
    /// "a nota afirma"; `Lexicon::statement_nouns`): the subject of the last sentence before it
    /// (among `sents`, outside `quoted`) that names such a statement ("Big Machine Records
    /// issued a statement …", "In a statement, the ministry said …"), when that subject is a
    /// name; past sentences that open with the statement itself ("The statement, seen by …,
    /// said").
    pub(crate) fn statement_author(
        &self,
        m: &Mention,
        sents: &[(usize, usize)],
        quoted: &[(usize, usize)],
    ) -> Option<Mention> {
        /// How many sentences back the statement may have been named.
        const SENTENCES_BACK: usize = 6;
        let (_, last) = self.definite_head(m)?;
        let head = self.tk.low(last);
        if !self.rules.is_statement_noun(head) {
            return None;
        }
        let k = sents.partition_point(|&(s, _)| s <= m.start);
        for &(s0, s1) in sents[..k].iter().rev().skip(1).take(SENTENCES_BACK) {
            let (lo, hi) = (self.tk.at_or_after(s0), self.tk.at_or_after(s1));
            let Some(noun) = (lo..hi).rev().find(|&j| {
                self.word(j) && self.tk.low(j) == head && !within(quoted, self.tk.toks[j].start)
            }) else {
                continue;
            };
            // "The statement, seen by …, said …": a sentence that opens with the
            // statement again names no author; the one before may.
            let opens_with_it = noun > lo
                && noun <= lo + 2
                && (lo..noun)
                    .all(|j| self.word(j) && self.rules.determiner(self.tk.low(j)).is_some());
            if opens_with_it {
                continue;
            }
            return self
                .subject(lo, noun, true)
                .filter(|s| s.kind == MentionKind::Name && !s.outlet);
        }
        None
    }

    /// Is the definite description `m` headed by an organisation noun, singular or with a
    /// plural "s" ("the union", "the unions", "los sindicatos")? After an inverted verb
    /// ("…, said the union.") such a body speaks as a person would.
    pub(crate) fn headed_by_body(&self, m: &Mention) -> bool {
        if m.kind != MentionKind::Description {
            return false;
        }
        self.definite_head(m).is_some_and(|(_, last)| {
            let head = self.tk.low(last);
            self.rules.is_body(head)
                || head
                    .strip_suffix('s')
                    .is_some_and(|h| self.rules.is_body(h))
        })
    }

    /// The first token of a definite description and its head: the last word before a
    /// complement ("the production company", "a nota de repúdio").
    fn definite_head(&self, m: &Mention) -> Option<(usize, usize)> {
        if !m.definite {
            return None;
        }
        let at = self.tk.at_or_after(m.start);
        // ("o ex-presidente do tribunal" is a person, not the court.)
        let last = (at..self.tk.len())
            .take_while(|&k| self.tk.toks[k].end <= m.end)
            .take_while(|&k| k == at || !self.word(k) || !self.rules.is_preposition(self.tk.low(k)))
            .last()?;
        Some((at, last))
    }
}
