//! The speaker's mention by the cue's grammar: the subject before the verb, the inverted
//! subject after it, a name introduced with its role.

use super::*;

impl<'a> Ctx<'a> {
    /// Do tokens `[s, e)` form a relative clause: a relative pronoun first, and for the
    /// German and Dutch ones that are also articles ("der", "die"), a verb last ("der als
    /// Sprecher tätig ist")?
    pub(crate) fn relative_clause(&self, s: usize, e: usize) -> bool {
        if !self.word(s) || e <= s + 1 {
            return false;
        }
        let verb_last = || {
            let last = (s..e).rev().find(|&i| self.word(i));
            last.is_some_and(|i| i > s + 1 && !self.tk.is_capitalized(i) && !self.tk.is_all_caps(i))
        };
        let l = self.tk.low(s);
        if self.rules.is_relative(l) {
            true
        } else if self.rules.lex.relative_articles.contains(&l) {
            (self.g.noun_caps || self.rules.lex.particle_verbs) && verb_last()
        } else {
            false
        }
    }

    /// Does the verb at token `verb` introduce its clause (a punctuation mark or a
    /// complementizer first), rather than have its subject after it ("Der Zeitung „…“ sagte
    /// er", "телеканалу «Звезда» заявил первый зампред …")?
    fn clause_follows(&self, verb: usize) -> bool {
        (verb + 1..(verb + 4).min(self.tk.len()))
            .find(|&t| {
                let low = self.tk.low(t);
                !self.word(t)
                    || self.rules.is_complementizer(low)
                    || self.rules.pronoun(low).is_some()
                    || self.tk.is_capitalized(t)
            })
            .is_some_and(|t| !self.word(t) || self.rules.is_complementizer(self.tk.low(t)))
    }

    /// Is the coordinator at `k` inside an apposition that closes with a comma right before
    /// the verb at `end`, after a name and its comma ("Paul Martin, chef des visas et des
    /// ports, a dit")? Then it joins two parts of the apposition, not two subjects.
    fn coordinates_apposition(&self, lo: usize, k: usize, end: usize) -> bool {
        if !(self.word(k)
            && self.is_coordinator(k)
            && end > k + 1
            && self.tk.is_punct(end - 1, ','))
        {
            return false;
        }
        let open = (lo..k)
            .rev()
            .find(|&c| self.tk.is_punct(c, ',') || self.is_boundary(c));
        open.is_some_and(|c| {
            c > lo && self.tk.is_punct(c, ',') && self.word(c - 1) && self.tk.is_capitalized(c - 1)
        })
    }

    /// Where a subject ending at token `j` ends when a bracket closes it ("Anna Brecht (SPD)
    /// sagte"): before the bracket; else `j`.
    fn before_bracket(&self, lo: usize, j: usize) -> usize {
        if j > lo + 2
            && let Some(k) = self.bracket_after_word(lo, j - 1, 9)
        {
            return k;
        }
        j
    }

    /// The opening of the bracket closing at token `close`, at most `reach` tokens back and
    /// after `lo`, when a word stands right before it ("Anna Brecht (SPD)").
    fn bracket_after_word(&self, lo: usize, close: usize, reach: usize) -> Option<usize> {
        if !self.tk.is_punct(close, ')') {
            return None;
        }
        (close.saturating_sub(reach).max(lo + 1)..close)
            .rev()
            .take_while(|&o| !self.tk.is_punct(o, ')'))
            .find(|&o| self.tk.is_punct(o, '('))
            .filter(|&o| self.word(o - 1))
    }

    /// The opening of a short bracket closing at token `close` right after a capitalised word
    /// ("Jan Vos (45)", "Anna Berg (SPD)"), no further back than `lo`.
    fn bracket_after_name(&self, lo: usize, close: usize) -> Option<usize> {
        self.bracket_after_word(lo, close, 6)
            .filter(|&o| self.tk.is_capitalized(o - 1))
    }

    /// "La ministra, sin embargo, dijo que …", "The council, in turn, said …": when the comma
    /// at token `close` ends a connective of one to three lower-case words set off by commas
    /// after a word or a bracket, the opening comma's token. The connective opens with a
    /// preposition or is made of adverbs the language lists; it holds no role, verb or
    /// pronoun, so an apposition ("X, ministra, dijo") or a clause stays what it is.
    fn adverbial_between_commas(&self, lo: usize, close: usize) -> Option<usize> {
        let open = (close.saturating_sub(4).max(lo + 1)..close)
            .rev()
            .find(|&k| !self.word(k))
            .filter(|&k| {
                self.tk.is_punct(k, ',') && (self.word(k - 1) || self.tk.is_punct(k - 1, ')'))
            })?;
        let words = open + 1..close;
        let r = self.rules;
        let plain = |k: usize| {
            let l = self.tk.low(k);
            !self.tk.is_capitalized(k)
                && r.role(l).is_none()
                && r.verb(&[l]).is_none()
                && !r.is_aux(l)
                && r.pronoun(l).is_none()
                && !r.is_complementizer(l)
                && !r.is_relative(l)
        };
        let opens = |k: usize| r.is_preposition(self.tk.low(k)) || r.is_skip(self.tk.low(k));
        (!words.is_empty()
            && words.clone().all(|k| self.word(k) && plain(k))
            && (opens(open + 1) && words.len() > 1
                || words.clone().all(|k| r.is_skip(self.tk.low(k)))))
        .then_some(open)
    }

    pub(crate) fn mention_before(&self, lo: usize, end: usize) -> Option<Mention> {
        let lo = lo.max(end.saturating_sub(WINDOW));
        let mut j = end;
        // A Romance object clitic before the verb ("X, que no participó, lo considera «…»",
        // "X le ha detto", "Lo ha detto il presidente X, che …" at a sentence's start) is not
        // the subject, nor is one before its auxiliary when the cue starts at the participle.
        let clitic =
            |k: usize| self.word(k) && self.rules.lex.object_clitics.contains(&self.tk.low(k));
        if self.g.romance && j > lo && clitic(j - 1) {
            j -= 1;
        } else if self.g.romance
            && j > lo + 1
            && self.word(j - 1)
            && self.rules.is_aux(self.tk.low(j - 1))
            && clitic(j - 2)
        {
            j -= 2;
        }
        loop {
            if j > lo && self.word(j - 1) && self.rules.is_skip(self.tk.low(j - 1)) {
                j -= 1;
            } else if j > lo + 1 && self.skip_pair(j - 2) {
                // Two-word adverbs ("sau đó", "vui vẻ kể"), lower-case, so never a name.
                j -= 2;
            } else {
                break;
            }
        }
        // A bracket after the name says more about it ("Anna Brecht (SPD) sagte", "Jan Vos
        // (45) zei"): the subject ends before it.
        j = self.before_bracket(lo, j);
        // A connective set off by commas before the verb ("La ministra, sin embargo, dijo"),
        // also after a relative clause ("Ela, que …, no entanto, disse"): skipped first,
        // keeping its opening comma for the relative clause's test.
        let adverbial = (j > lo + 2 && self.tk.is_punct(j - 1, ','))
            .then(|| self.adverbial_between_commas(lo, j - 1))
            .flatten();
        if let Some(open) = adverbial {
            j = open + 1;
        }
        // A relative clause between the subject and the verb ("Frank Sichau, der als Sprecher
        // tätig ist, erklärte"; "who has led …"; "qui dirige …") says more about the subject,
        // which ends before it; words inside it ("als", "when") are no boundary.
        if j > lo + 2 && self.tk.is_punct(j - 1, ',') {
            let open = (j.saturating_sub(WINDOW / 2).max(lo)..j - 1)
                .rev()
                .take_while(|&k| self.word(k) || matches!(self.tk.raw(k), "," | "-" | "(" | ")"))
                .find(|&k| self.tk.is_punct(k, ','));
            if let Some(k) = open.filter(|&k| k > lo && self.relative_clause(k + 1, j - 1)) {
                j = k;
            } else if adverbial.is_some() {
                j = self.before_bracket(lo, j - 1);
            }
        }
        // A pronoun right before the verb is its subject, whatever precedes it ("… here he said").
        if j > lo
            && self.word(j - 1)
            && let Some(g) = self.rules.pronoun(self.tk.low(j - 1))
        {
            let (start, end) = self.span(j - 1, j - 1);
            return Some(self.mention(start, end, MentionKind::Pronoun, g, Vec::new()));
        }
        // A medium's title in marks right before the verb is its subject: "Газета «Ведомости»
        // сообщила, что …", "The newspaper "Vedomosti" reported that …".
        if j > lo + 1
            && let Some(o) = self.title_of_medium_before(j - 1, lo)
            && self.clause_follows(j)
        {
            let (start, end) = self.span(o + 1, j - 2);
            return Some(self.mention(start, end, MentionKind::Name, Gender::Plural, Vec::new()));
        }
        let mut start = lo;
        let mut k = j;
        // The byte range of the last such phrase skipped: a nickname is nobody's name.
        let mut marked = None;
        while k > lo {
            k -= 1;
            // (A conjunction between capitalised words joins the parts of a name: "the
            // Information and Press Department", "Ministerio de Trabajo y Economía Social".)
            let joins_name = self.word(k)
                && k > lo
                && k + 1 < j
                && self.tk.is_capitalized(k - 1)
                && self.tk.is_capitalized(k + 1)
                && self.is_coordinator(k);
            if !self.is_boundary(k) || joins_name || self.coordinates_apposition(lo, k, j) {
                continue;
            }
            // A short bracket after a name, its apposition going on after it ("Jan Vos (45),
            // wethouder, zei", "Anna Berg (SPD), Stadträtin in Kiel, sagte") is no boundary.
            if k + 1 < j
                && self.tk.is_punct(k + 1, ',')
                && let Some(open) = self.bracket_after_name(lo, k)
            {
                k = open;
                continue;
            }
            // A short phrase in marks inside the subject's apposition ("X, người có biệt danh
            // “Lực ngừ”, than", "Y, autrice du livre « Sel »,") is no boundary.
            if let Some(o) = self.short_marked_before(k, lo) {
                marked = Some((self.tk.toks[o].start, self.tk.toks[k].end));
                k = o;
                continue;
            }
            start = k + 1;
            break;
        }
        let in_marks = |m: &Mention| marked.is_some_and(|(a, b)| a <= m.start && m.end <= b);
        let mut e = j;
        while e > start && self.is_seg_sep(e - 1) {
            e -= 1;
            // (A bracket after the name is cut off with the comma after it.)
            if let Some(open) = self.bracket_after_name(start, e) {
                e = open;
                break;
            }
        }
        if e <= start {
            return None;
        }
        // Comma-separated segments, closest first.
        let mut segs = Vec::new();
        let mut s_end = e;
        let mut k = e;
        while k > start && segs.len() < 3 {
            k -= 1;
            // (That bracket is cut off the name it follows: "Luciano Bivar (PE), …".)
            if k + 1 == s_end
                && let Some(open) = self.bracket_after_name(start, k)
            {
                (s_end, k) = (open, open);
                continue;
            }
            if self.is_seg_sep(k) {
                if k + 1 < s_end {
                    segs.push((k + 1, s_end));
                }
                s_end = k;
            }
        }
        if segs.len() < 3 && start < s_end {
            segs.push((start, s_end));
        }
        let &(s0, e0) = segs.first()?;
        // "bà Nguyễn Thị Lan, 68 tuổi, kể lại": an age or a place between name and verb.
        // With an age and a place ("anh Lê Văn Bình, 42 tuổi, ở xã Tân Lộc, chia sẻ") the
        // name is two segments back, past a short one (a clause is no apposition).
        // "In una nota l'azienda ha comunicato", "In a statement the council said": after an
        // opening prepositional phrase, the definite phrase reaching the verb is the subject.
        // (Not where the verb comes second: "In een brief aan de Tweede Kamer schrijft X".)
        let after_prep = || {
            if self.rules.lex.verb_second || !self.opens_with_preposition(s0) {
                return None;
            }
            (s0 + 2..e0)
                .filter(|&p| {
                    self.word(p)
                        && self.rules.is_definite(self.tk.low(p))
                        && !(self.word(p - 1) && self.rules.is_preposition(self.tk.low(p - 1)))
                })
                .find_map(|p| {
                    self.phrase(p, e0)
                        .filter(|m| m.kind == MentionKind::Name || !m.roles.is_empty())
                })
        };
        // "После встречи Анна Смирнова сказала": after an opening prepositional phrase, a
        // name reaching the verb is its subject (where the verb is not second, its subject
        // before it).
        let name_after_opening = || {
            if !self.opens_with_preposition(s0) {
                return None;
            }
            let last_word = (s0..e0).rev().find(|&k| self.word(k))?;
            // (Not the preposition's own object: "Tegen het AD zei …", "Im Deutschlandfunk
            // sagte …", "Ao Jornal de Notícias, …": the word before the name is a plain word of
            // the opening phrase, not an article, a preposition or part of a longer name.)
            let plain = |k: usize| {
                let low = self.tk.low(k);
                self.word(k)
                    && !self.tk.is_capitalized(k)
                    && !self.rules.is_preposition(low)
                    && !self.rules.is_definite(low)
                    && self.rules.determiner(low).is_none()
            };
            (s0 + 2..=last_word)
                .filter(|&p| self.word(p) && self.tk.is_capitalized(p) && plain(p - 1))
                .find_map(|p| {
                    self.phrase(p, e0).filter(|m| {
                        m.kind == MentionKind::Name && m.end >= self.tk.toks[last_word].end
                    })
                })
        };
        // "Vor zwei Wochen hatte die Gewerkschaft erklärt": where the verb comes second, the
        // subject of a participle stands between it and the auxiliary after the opening phrase.
        let after_aux = || {
            if !self.rules.lex.verb_second {
                return None;
            }
            let aux = (s0 + 1..e0)
                .rev()
                .find(|&k| self.word(k) && self.rules.is_aux(self.tk.low(k)))?;
            self.phrase(aux + 1, e0)
                .filter(|m| m.kind == MentionKind::Name || !m.roles.is_empty())
        };
        let Some(m) = self
            .phrase(s0, e0)
            .filter(|m| !in_marks(m))
            .or_else(after_prep)
            .or_else(name_after_opening)
            .or_else(after_aux)
        else {
            let &(s1, e1) = segs.get(1)?;
            let p1 = self.phrase(s1, e1);
            if p1.as_ref().is_some_and(|m| m.kind == MentionKind::Name) {
                return p1;
            }
            // Two segments back past a short one, or past a role: "Omar Haddad, a senior
            // analyst at Westline, the Ohio-based research firm, told …" (the closest
            // segment describes the firm).
            let short = (s1..e1).filter(|&k| self.word(k)).count() <= 3;
            let role = p1
                .as_ref()
                .is_some_and(|p| p.kind == MentionKind::Description && !p.roles.is_empty());
            let &(s2, e2) = segs.get(2).filter(|_| short || role)?;
            return self.phrase(s2, e2).filter(|m| m.kind == MentionKind::Name);
        };
        if segs.len() == 1 {
            return Some(m);
        }
        // Apposition: a name in the previous segment, unless it opens with a preposition, and
        // only a name that is the whole segment ("Libérée dans la soirée, l'élue …" opens
        // with a participle, not a name).
        let (s1, e1) = segs[1];
        let opens_prep = self.opens_with_preposition(s1);
        let whole_name = |(s, e): (usize, usize)| {
            let last_word = (s..e).rev().find(|&k| self.word(k));
            self.phrase(s, e).filter(|p| {
                p.kind != MentionKind::Name
                    || last_word.is_some_and(|k| p.end >= self.tk.toks[k].end)
            })
        };
        let prev = if opens_prep {
            None
        } else {
            whole_name((s1, e1))
        };
        // Two appositions ("Tiền vệ X, đội trưởng Hải Đăng, người được … đặt biệt danh “…”,
        // chia sẻ", "Chị X, 31 tuổi, người khởi xướng …, cho biết"): a description, then a
        // role or an age, then the name.
        if m.kind == MentionKind::Description
            && prev
                .as_ref()
                .is_none_or(|p| p.kind == MentionKind::Description)
            && let Some(&(s2, e2)) = segs.get(2)
            && !self.opens_with_preposition(s2)
            && let Some(name) = whole_name((s2, e2)).filter(|p| p.kind == MentionKind::Name)
        {
            return Some(appose(m, Some(name)));
        }
        Some(appose(m, prev))
    }

    /// The speaker after a cue ("said Daniel Osei", "a déclaré le ministre", "sagte er"), from
    /// token `from`; returns it with the token index where it ends.
    pub(crate) fn mention_after(&self, from: usize, hi: usize) -> Option<(Mention, usize)> {
        let hi = hi.min(from + WINDOW).min(self.tk.len());
        // Time words before an inverted subject: "a annoncé mardi le conseil", "anunció el
        // martes la compañía", "anunciou na terça-feira o presidente".
        let mut i = self.after_medium(from, hi);
        let mut skipped = 0;
        while i < hi && skipped < 4 && self.word(i) {
            let l = self.tk.low(i);
            if self.rules.is_skip(l) {
                i += 1;
            } else if (self.rules.is_preposition(l) || self.rules.determiner(l).is_some())
                && self.word(i + 1)
                && i + 1 < hi
                && self.rules.is_skip(self.tk.low(i + 1))
            {
                i += 2;
            } else {
                break;
            }
            skipped += 1;
        }
        let seg_end = |s: usize| {
            let mut e = s;
            while e < hi
                && (self.tk.toks[e].word || !(self.is_seg_sep(e) || self.is_boundary(e)))
                && e < s + 12
            {
                // (A «team» after a Russian or Ukrainian role, a name after it.)
                if self.g.declines
                    && e + 1 < hi
                    && e > s
                    && self.tk.raw(e + 1) == "«"
                    && let Some(c) = (e + 2..(e + 7).min(hi)).find(|&c| self.tk.raw(c) == "»")
                    && c + 1 < hi
                    && self.word(c + 1)
                    && self.tk.is_capitalized(c + 1)
                {
                    e = c + 1;
                    continue;
                }
                if self.tk.toks[e].word && e > s && self.rules.is_complementizer(self.tk.low(e)) {
                    break;
                }
                e += 1;
            }
            e
        };
        let e0 = seg_end(i);
        if e0 == i {
            return None;
        }
        let e0 = if self.g.noun_caps {
            self.german_dative_after(i, e0)
        } else {
            e0
        };
        // A short prepositional phrase before the inverted subject: "сказал после финала
        // главный тренер X", "dijo tras el partido el entrenador X".
        let (i, e0, m) = match self.phrase(i, e0) {
            Some(m) => (i, e0, m),
            // (Only a phrase of lower-case words: "al Corriere di Bologna" names an outlet; up
            // to four: "dijo en rueda de prensa Ana Torres".)
            None if self.rules.is_preposition(self.tk.low(i)) => (i + 2..(i + 6).min(e0))
                .filter(|&k| self.word(k) && self.word(k - 1))
                .take_while(|&k| !self.tk.is_capitalized(k - 1))
                .find_map(|k| {
                    let m = self.phrase(k, e0).filter(|m| {
                        m.kind != MentionKind::Pronoun
                            && (m.kind == MentionKind::Name || !m.roles.is_empty())
                            && self.person_like(m)
                    })?;
                    Some((k, e0, m))
                })
                .or_else(|| {
                    // "reconoció a El País una doctora de Vigo, X", "a confié à Ouest-Matin
                    // le président": an outlet (capitalised words) after the preposition,
                    // then the subject opened by its article.
                    let mut k = i + 1;
                    while k < e0 && k < i + 6 && self.word(k) && self.tk.is_capitalized(k) {
                        k += 1;
                    }
                    if k == i + 1
                        || k >= e0
                        || !self.word(k)
                        || self.rules.determiner(self.tk.low(k)).is_none()
                    {
                        return None;
                    }
                    let m = self.phrase(k, e0).filter(|m| {
                        m.kind == MentionKind::Description
                            && !m.roles.is_empty()
                            && self.person_like(m)
                    })?;
                    Some((k, e0, m))
                })?,
            None => return None,
        };
        // An appositive after a comma: "their chief economist, Daniel Osei".
        if e0 < hi && self.is_seg_sep(e0) && m.kind != MentionKind::Pronoun {
            let s1 = e0 + 1;
            let e1 = seg_end(s1);
            let opens_prep = self.opens_with_preposition(s1);
            // "their chief economist, Daniel Osei." may end the clause; a description after a
            // name needs its closing comma, or it is the reported clause ("Selon X, le projet…").
            let comma_closed = e1 < hi && self.is_seg_sep(e1);
            let clause_end = e1 >= hi || !self.tk.toks[e1].word;
            if e1 > s1
                && clause_end
                && !opens_prep
                && let Some(p) = self.phrase(s1, e1)
            {
                let fits = match (m.kind, p.kind) {
                    (MentionKind::Description, MentionKind::Name) => true,
                    (MentionKind::Name, MentionKind::Description) => comma_closed,
                    _ => false,
                };
                if fits {
                    let end = if comma_closed { e1 + 1 } else { e1 };
                    return Some((appose(m, Some(p)), end));
                }
            }
        }
        let end = self.tk.at_or_after(m.end).clamp(i, e0);
        Some((m, end))
    }

    /// The person a clause `[lo, hi)` is about: its first noun phrase (with an appositive name:
    /// "Der Vorsitzende des Verbands, Klaus Richter, zeigte sich verärgert"), or, in
    /// verb-second languages, the subject after the verb ("Dazu äußerte sich der Minister").
    /// `loose` (a colon lead-in, a strong sign that the subject speaks) also accepts a phrase
    /// opened by an article with no known role ("Die Autoren der Studie", "Die SPD").
    pub(crate) fn subject(&self, lo: usize, hi: usize, loose: bool) -> Option<Mention> {
        let hi = hi.min(lo + WINDOW).min(self.tk.len());
        let lo = self.after_label(lo, hi);
        if self.opening_verb(lo) {
            return None;
        }
        let seg_end = |s: usize| {
            let mut e = s;
            while e < hi && self.tk.toks[e].word {
                e += 1;
            }
            e
        };
        // (The phrase ends before a verb: "El alcalde visitó el puente y dijo …", "Le maire a
        // visité le pont et a assuré …".)
        let e0 = seg_end(lo);
        let e0 = (lo + 1..e0).find(|&j| self.finite_verb(j)).unwrap_or(e0);
        // "Sein Fazit:", "Haar oordeel:", "His answer:": a possessive and one noun leading in
        // to a quote are the possessor's words, a pronoun of the possessor's gender.
        if e0 == lo + 2
            && e0 == hi
            && let Some(g) = self.possessor(lo)
            && self.rules.role(self.tk.low(lo + 1)).is_none()
            && !self.rules.is_function_word(self.tk.low(lo + 1))
        {
            let (start, end) = self.span(lo, lo);
            return Some(self.mention(start, end, MentionKind::Pronoun, g, Vec::new()));
        }
        // A colon lead-in opened by a possessive and its noun, whatever the rest says: "Su
        // diagnóstico, en una entrevista con la agencia EFE, fue claro:", "Son constat est sans
        // appel :", "A posição dela não deixa margem para dúvidas:", "Il suo giudizio è netto:".
        if loose && let Some(g) = self.possessive_lead(lo, hi) {
            let (start, end) = self.span(lo, lo);
            return Some(self.mention(start, end, MentionKind::Pronoun, g, Vec::new()));
        }
        let mut fallback = None;
        if let Some(m) = self.phrase(lo, e0) {
            // "O presidente do STF (Supremo Tribunal Federal) Ana Reis": brackets after an
            // acronym spell it out; the name apposed to the description comes after them.
            let next =
                if e0 > lo && e0 < hi && self.tk.is_punct(e0, '(') && self.tk.is_all_caps(e0 - 1) {
                    (e0 + 1..hi.min(e0 + 12))
                        .find(|&k| self.tk.is_punct(k, ')'))
                        .map(|close| {
                            let comma = close + 1 < hi && self.tk.is_punct(close + 1, ',');
                            close + 1 + usize::from(comma)
                        })
                } else {
                    Some(e0 + 1)
                };
            let m = match next {
                Some(n) if n < hi && self.is_seg_sep(e0) && m.kind == MentionKind::Description => {
                    let p = self
                        .phrase(n, seg_end(n))
                        .filter(|p| p.kind == MentionKind::Name);
                    appose(m, p)
                }
                _ => m,
            };
            let article = m.kind == MentionKind::Description
                && self.word(lo)
                && self.rules.determiner(self.tk.low(lo)).is_some()
                && m.end > self.tk.toks[lo].end;
            if self.person_like(&m) {
                return Some(m);
            }
            // An article phrase with no role is a weaker subject than a speaker after the
            // verb: "Die Kritik des Beauftragten wies die Landesregierung zurück:".
            fallback = (loose && article).then_some(m);
        }
        // An opening participle or adverbial before a comma: "Libérée dans la soirée, l'élue
        // s'est dite …", "Hélitreuillé au petit matin, le navigateur a rassuré …".
        // (A short one: a clause before the comma has its own subject.)
        if fallback.is_none()
            && e0 + 1 < hi
            && e0 <= lo + 5
            && self.tk.is_punct(e0, ',')
            && self.word(lo)
            && self.rules.determiner(self.tk.low(lo)).is_none()
            && let Some(m) = self
                .phrase(e0 + 1, seg_end(e0 + 1))
                .filter(|m| m.kind != MentionKind::Pronoun && self.person_like(m))
        {
            // ("Prudent, le président de l'association, Gilles Aubertin, salue …": the name in
            // apposition is the subject, as without the opening word.)
            let e1 = seg_end(e0 + 1);
            if m.kind == MentionKind::Description && e1 + 1 < hi && self.is_seg_sep(e1) {
                let p = self
                    .phrase(e1 + 1, seg_end(e1 + 1))
                    .filter(|p| p.kind == MentionKind::Name);
                return Some(appose(m, p));
            }
            return Some(m);
        }
        if !self.rules.lex.verb_second {
            return fallback;
        }
        for j in lo + 1..hi.min(lo + 12) {
            if !self.word(j) || !self.word(j - 1) || self.rules.is_preposition(self.tk.low(j - 1)) {
                continue;
            }
            let l = self.tk.low(j);
            // German articles that are never nominative open an object ("werfen den Behörden
            // vor"), not the subject.
            let oblique = self.g.noun_caps
                && matches!(l, "den" | "dem" | "des" | "einen" | "einem" | "eines");
            let opener = self.rules.pronoun(l).is_some()
                || (self.rules.determiner(l).is_some() && !oblique)
                || self.rules.honorific(l).is_some();
            // `loose`: a bare name right after a lower-case word (the finite verb) may be the
            // subject too ("Kurz vor der Wahl war Huber optimistisch und sagte: …").
            // Not after an article and an adjective ("ein 82-jähriger Rentner").
            let bare_name = loose
                && self.namey(j)
                && !self.tk.is_capitalized(j - 1)
                && !(self.g.noun_caps && self.german_attribute(j - 1))
                && !(j >= 2
                    && self.word(j - 2)
                    && self.rules.determiner(self.tk.low(j - 2)).is_some());
            if !(opener || bare_name) || self.rules.determiner(self.tk.low(j - 1)).is_some() {
                continue;
            }
            if let Some(m) = self.phrase(j, seg_end(j))
                && (self.person_like(&m) || (bare_name && m.kind == MentionKind::Name))
            {
                return Some(m);
            }
        }
        fallback
    }

    /// Is token `j` a finite verb by its form: an auxiliary, a reporting verb, or a word with
    /// an ending only verbs have (`Lexicon::finite_endings`, after a stem of three letters)?
    fn finite_verb(&self, j: usize) -> bool {
        let l = self.tk.low(j);
        let r = self.rules;
        self.word(j)
            && !self.tk.is_capitalized(j)
            && (r.is_aux(l)
                || r.verb(&[l]).is_some()
                || r.lex
                    .finite_endings
                    .iter()
                    .any(|e| l.ends_with(e) && l.chars().count() >= e.chars().count() + 3))
    }

    /// The speaker a colon lead-in `[lo, hi)` hands its quote to: its subject (`subject`,
    /// loose), unless that is no person ("Un colpo duro …, ma dalle parole di Bianchi traspare
    /// la rabbia:"), or there is none ("Für Trainerin Berger ohnehin keine Frage:"); then the
    /// person the lead-in names, with a given name, a role or named before (only with a role
    /// before the name where there is no subject: "Asked whether Brandt would play, the
    /// manager was careful:" is about Brandt, said by the manager).
    pub(crate) fn colon_lead_subject(&self, lo: usize, hi: usize) -> Option<Mention> {
        // ("Diante da foto de um menino, após …, a Atea fustigou:": with no subject at its
        // start, past the opening phrases and their commas.)
        let subject = self.subject(lo, hi, true).or_else(|| {
            (lo..hi)
                .filter(|&i| self.tk.is_punct(i, ','))
                .find_map(|comma| self.subject(comma + 1, hi, true))
        });
        if subject.as_ref().is_some_and(|m| self.person_like(m)) {
            return subject;
        }
        let hi = hi.min(lo + WINDOW).min(self.tk.len());
        let named = (lo..hi).find_map(|i| {
            if !self.namey(i) || (i > lo && self.namey(i - 1)) {
                return None;
            }
            let start =
                if i > lo && self.word(i - 1) && self.rules.role(self.tk.low(i - 1)).is_some() {
                    i - 1
                } else {
                    i
                };
            let mut end = i;
            while end < hi && self.namey(end) {
                end += 1;
            }
            if subject.is_none() && start == i {
                return None;
            }
            let m = self.phrase(start, end)?;
            let name = &self.tk.text[m.start..m.end];
            (m.kind == MentionKind::Name
                && self.person_like(&m)
                && (m.gender != Gender::Unknown
                    || !m.roles.is_empty()
                    || self.said_before_as_surname(name, m.start)))
            .then_some(m)
        });
        named.or(subject)
    }

    /// Verb-second order: is `after` (the phrase right after the verb) the subject rather than
    /// `before`? "Der Zeitung sagte Filep Karma", "Ähnlich äußerte sich der US-Präsident",
    /// "Die Bestrebungen …, bezeichnete er als …", "Nachdem …, entgegnete Suttner".
    pub(crate) fn inverted_subject(
        &self,
        after: &Mention,
        before: Option<&Mention>,
        comma: bool,
    ) -> bool {
        // "Diese Woche sagte der Minister", "Den Plan lobte die Ministerin": a description
        // that can speak, after the verb, against one before it that cannot (a time, an
        // object: German "den", "dem" are never the subject).
        let oblique = |b: &Mention| {
            let i = self.tk.at_or_after(b.start);
            self.g.noun_caps
                && self.word(i)
                && matches!(
                    self.tk.low(i),
                    "den" | "dem" | "des" | "einen" | "einem" | "eines"
                )
        };
        let after_ok = match after.kind {
            MentionKind::Pronoun => after.gender != Gender::Plural,
            MentionKind::Name => self.person_like(after) || comma,
            MentionKind::Description => {
                self.person_like(after)
                    && before.is_some_and(|b| {
                        b.kind == MentionKind::Description && (!self.person_like(b) || oblique(b))
                    })
            }
            MentionKind::Zero => false,
        };
        if !after_ok || after.outlet {
            return false;
        }
        match before {
            None => true,
            Some(b) => match b.kind {
                // A pronoun in a clause fronted before the comma ("Dass sie erlaubt war,
                // erklärt Polizeipräsident X") is not the subject of the verb after it.
                MentionKind::Pronoun => comma && after.kind == MentionKind::Name,
                MentionKind::Name => comma || !self.person_like(b),
                _ => true,
            },
        }
    }
}
