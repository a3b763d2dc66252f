//! Outlets: the newspaper, agency or broadcaster the words came through, and its own name.

use super::*;

/// An outlet's own name, from the form the sentence gives it after the word before it: a known
/// outlet whose article a preposition swallowed, with the article given back ("al Tirreno" →
/// "Il Tirreno", "der Zeit" → "Die Zeit"), else the language's own reading
/// (`Lexicon::outlet_base`: "au Monde" → "Le Monde", "Интерфаксу" → "Интерфакс"), else a name
/// declined after its article back in the nominative, as for any speaker
/// (`Lexicon::declined_name_base`: "der Süddeutschen Zeitung" → "Süddeutsche Zeitung"), else
/// as written.
pub(crate) fn outlet_name(ctx: &Ctx<'_>, s: usize, e: usize) -> String {
    let text = ctx.tk.text;
    let name = &text[s..e];
    let prev = text[..s]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    let swallowed = ctx.rules.contraction(&prev).and_then(|article| {
        let low = name.to_lowercase();
        let mut words = vec![article];
        words.extend(low.split(' '));
        (ctx.rules.outlet(&words) == Some(words.len())).then(|| {
            let mut a = article.to_string();
            a[..1].make_ascii_uppercase();
            format!("{a} {name}")
        })
    });
    swallowed
        .or_else(|| (ctx.rules.lex.outlet_base)(ctx.rules, &prev, name))
        .or_else(|| (ctx.rules.lex.declined_name_base)(&prev, name))
        .unwrap_or_else(|| name.to_string())
}

impl<'a> Ctx<'a> {
    pub(crate) fn media_at(&self, i: usize, hi: usize) -> Option<usize> {
        let words = self.words_before(i, hi);
        if words == 0 {
            return None;
        }
        let media = self.memo.media[i].get().unwrap_or_else(|| {
            let mut bits = 0u8;
            self.prefix_phrases(i, |n, p| {
                if self.rules.is_media(p) {
                    bits |= 1 << n;
                }
            });
            self.memo.media[i].set(Some(bits));
            bits
        });
        (1..=words).rev().find(|&n| media & (1 << (n - 1)) != 0)
    }

    /// "Local media", "Russian state media", "medios locales", "russische Staatsmedien",
    /// "местные СМИ": the press of a place or a kind, no outlet named, is a description that
    /// speaks, as written. The phrase's `words` (token indices, adjacent) are an optional
    /// article, then adjectives before the press noun (`Lexicon::press_nouns`) and lower-case
    /// ones after it, nothing else: no name, pronoun, preposition or role ("GateHouse Media"
    /// is a name).
    pub(crate) fn press_phrase(&self, words: &[usize]) -> Option<Mention> {
        const MODIFIERS: usize = 3;
        let r = self.rules;
        if words.windows(2).any(|p| p[1] != p[0] + 1) {
            return None;
        }
        let low = |k: usize| self.tk.low(k);
        let press = |k: usize| {
            let w = low(k);
            r.lex
                .press_nouns
                .iter()
                .any(|p| w == *p || (self.g.noun_caps && w.len() > p.len() + 3 && w.ends_with(p)))
        };
        let from = usize::from(
            words
                .first()
                .is_some_and(|&k| r.determiner(low(k)).is_some()),
        );
        let rest = &words[from..];
        let h = rest.iter().position(|&k| press(k))?;
        // A capitalised press noun inside the phrase ends a name where nouns are written
        // lower-case: "GateHouse Media".
        if !self.g.noun_caps && rest[h] != words[0] && self.tk.is_capitalized(rest[h]) {
            return None;
        }
        let plain = |k: usize| {
            let w = low(k);
            !press(k)
                && !r.is_function_word(w)
                && !r.is_preposition(w)
                && r.pronoun(w).is_none()
                && r.role(w).is_none()
                && !r.is_media(w)
                && names::given_name(w).is_none()
        };
        // (A nationality is a role noun too: "Russian", "Iranian" before the noun are its
        // adjectives, where capitalised.)
        let before_ok = h <= MODIFIERS
            && rest[..h]
                .iter()
                .all(|&k| plain(k) || (self.tk.is_capitalized(k) && r.role(low(k)).is_some()));
        let after = &rest[h + 1..];
        let after_ok = after.len() <= MODIFIERS
            && after
                .iter()
                .all(|&k| plain(k) && !self.tk.is_capitalized(k));
        if !before_ok || !after_ok {
            return None;
        }
        let (start, end) = self.span(words[0], words[words.len() - 1]);
        Some(self.mention(
            start,
            end,
            MentionKind::Description,
            Gender::Plural,
            Vec::new(),
        ))
    }

    /// Is token `i` a media noun ("Zeitung", "journal", "газета")?
    pub(crate) fn is_media_word(&self, i: usize) -> bool {
        self.rules.is_media(self.tk.low(i))
    }

    /// The document a German "heißt es" quotes: "In der Pressemitteilung heißt es", "heißt es
    /// im Grundgesetz", "So heißt es in dem Schreiben"; the phrase after "in"/"im" in
    /// `[lo, hi)` when it is a document, an institution or a name.
    pub(crate) fn document_in(&self, lo: usize, hi: usize) -> Option<(Mention, usize)> {
        let hi = hi.min(lo + 16).min(self.tk.len());
        for i in lo..hi {
            if !self.word(i) {
                if self.is_boundary(i) {
                    break;
                }
                continue;
            }
            // "heißt es in der Mitteilung", "hieß es aus dem Ministerium", "heißt es seitens der
            // Polizei", "von Seiten des Verbands".
            let from = match self.tk.low(i) {
                "in" | "im" | "aus" | "seitens" | "vonseiten" => i + 1,
                "von" if self.word(i + 1) && self.tk.low(i + 1) == "seiten" => i + 2,
                _ => continue,
            };
            let i = from - 1;
            let mut e = i + 1;
            while e < hi && self.word(e) && e < i + 8 {
                e += 1;
            }
            if let Some(m) = self
                .phrase(i + 1, e)
                .filter(|m| !m.roles.is_empty() || m.kind == MentionKind::Name)
            {
                let end = self.tk.at_or_after(m.end);
                return Some((m, end));
            }
        }
        None
    }

    /// Russian and Ukrainian impersonal cues ("говорится", "ідеться") quote a document:
    /// "— говорится в сообщении пресс-службы", "— ідеться в рішенні суду". The words after
    /// "в"/"у" up to the punctuation (six at most), kept as written.
    pub(crate) fn slavic_document_after(&self, from: usize, hi: usize) -> Option<(Mention, usize)> {
        if !(self.word(from) && matches!(self.tk.low(from), "в" | "во" | "у")) {
            return None;
        }
        let end = (from + 1..hi.min(from + 8).min(self.tk.len()))
            .find(|&i| !self.word(i))
            .unwrap_or(hi.min(from + 8).min(self.tk.len()));
        if end <= from + 1 || end - from > 7 {
            return None;
        }
        Some((self.new_description(from + 1, end - 1), end))
    }

    /// "Darin steht: „…“", "Darin heißt es", "Daarin staat": a pronominal adverb opening the
    /// lead-in `[lo, hi)` points back to the document named last in the sentence before
    /// (`prev_lo..lo`): "Die Staatsanwaltschaft gab eine Stellungnahme ab. Darin steht …".
    pub(crate) fn document_back(&self, prev_lo: usize, lo: usize, hi: usize) -> Option<Mention> {
        let opens = (lo..hi.min(lo + 2))
            .any(|i| self.word(i) && matches!(self.tk.low(i), "darin" | "hierin" | "daarin"));
        if !opens {
            return None;
        }
        let prev_lo = prev_lo.max(lo.saturating_sub(WINDOW));
        // The last noun there that names a body or a document, with its article.
        let k = (prev_lo..lo).rev().find(|&k| {
            self.word(k)
                && (self.tk.is_capitalized(k) || !self.g.noun_caps)
                && self.rules.role(self.tk.low(k)) == Some(Gender::Plural)
        })?;
        let start = (k.saturating_sub(3).max(prev_lo)..k)
            .find(|&j| self.word(j) && self.rules.determiner(self.tk.low(j)).is_some())
            .unwrap_or(k);
        self.phrase(start, k + 1)
            .filter(|m| m.kind == MentionKind::Description)
    }

    /// An outlet named at token `i`: a known one, a name after a media noun ("tờ The
    /// Independent", "la chaîne Rossiya 1", "газете «Известия»"), "The X", or a name that reads
    /// as an outlet's ("the Dunhallow Courier", "Radio Calder", "NOS"; see `outlet_word`).
    /// `loose` also accepts any name.
    pub(crate) fn outlet_at(&self, i: usize, hi: usize, loose: bool) -> Option<(usize, usize)> {
        let hi = hi.min(self.tk.len()).min(i + 12);
        let mut j = i;
        for _ in 0..2 {
            if j < hi
                && let Some(n) = self.rules.outlet(&self.words_from(j, hi, 4))
            {
                // "BBC Radio Kestrel": a known outlet's name may go on.
                return Some(self.span(j, self.name_end(j, hi).max(j + n) - 1));
            }
            if j < hi
                && self.word(j)
                && self.rules.determiner(self.tk.low(j)).is_some()
                && !self.title_article(j)
            {
                j += 1;
            }
        }
        let mut media = false;
        // "Radio Calder", "Rádio Alecrim FM", "Diário do Vouga": a capitalised media noun
        // inside the sentence is part of the name (not in German, which capitalises nouns).
        let mut named_from = None;
        if let Some(n) = self.media_at(j, hi) {
            media = true;
            if !self.g.noun_caps && self.tk.is_capitalized(j) && self.namey_run_after(j + n, hi) {
                named_from = Some(j);
            }
            j += n;
            // "the magazine National Defence", "der Zeitung „Bild“", "газете «Известия»"
            let mut marks = false;
            while j < hi
                && (!self.tk.toks[j].word
                    || (self.rules.determiner(self.tk.low(j)).is_some() && !self.title_article(j)))
                && j < i + 8
            {
                if is_open_mark(self.tk.raw(j)) {
                    marks = true;
                    j += 1;
                } else if self.tk.toks[j].word {
                    j += 1;
                } else {
                    break;
                }
            }
            if marks && let Some(s) = self.marked_name(j, hi) {
                return Some(s);
            }
        }
        let the = j < hi && self.title_article(j);
        let s = named_from.unwrap_or(j);
        let e = self.name_end(j, hi);
        if e == j || (e == j + 1 && the && named_from.is_none()) {
            return None;
        }
        let named = (s..e).any(|k| self.outlet_word(k));
        (media || the || loose || named).then(|| self.span(s, e - 1))
    }

    /// A capitalised article inside a sentence opens a title: "The Guardian", "Le Courrier
    /// de l'Ouest", "L'Écho", "El País" (at a sentence start it is only capitalised).
    pub(crate) fn title_article(&self, j: usize) -> bool {
        self.tk.raw(j) == "The"
            || (j > 0
                && self.tk.is_capitalized(j)
                && self.rules.determiner(self.tk.low(j)).is_some()
                && (self.tk.toks[j - 1].word || self.tk.is_punct(j - 1, ','))
                && self.namey_run_after(j + 1, self.tk.len()))
    }

    /// Past the medium a verb addresses before its inverted subject: "contó a este periódico
    /// el jefe de bomberos", "declaró a Radio Meseta el presidente", "zei tegen de krant de
    /// trainer": a preposition, a determiner or demonstrative, and a media noun or a name that
    /// reads as an outlet's. `i` itself when there is none.
    pub(crate) fn after_medium(&self, i: usize, hi: usize) -> usize {
        if !self.word(i) || !self.rules.is_preposition(self.tk.low(i)) {
            return i;
        }
        let mut j = i + 1;
        if self.word(j) && self.rules.determiner(self.tk.low(j)).is_some() && !self.title_article(j)
        {
            j += 1;
        }
        if let Some(n) = self.media_at(j, hi) {
            let k = j + n;
            // "al diario El País", "ao jornal Diário do Vouga": the name after the noun.
            let e = if self.namey_run_after(k, hi) {
                self.name_end(k, hi)
            } else {
                k
            };
            return if e < hi && self.word(e) { e } else { i };
        }
        if self.namey_run_after(j, hi) {
            let e = self.name_end(j, hi);
            if (j..e).any(|k| self.outlet_word(k)) && e < hi && self.word(e) {
                return e;
            }
        }
        i
    }

    /// Does token `i` read as part of an outlet's name: an acronym ("BBC", "NOS", "ТАСС"), a
    /// word that names media in many languages ("Courier", "Gazette", "Radio", "Diário"), or,
    /// in languages that compound, such a word as the last part ("Abendblatt", "Sportkrant")?
    pub(crate) fn outlet_word(&self, i: usize) -> bool {
        if !self.word(i) {
            return false;
        }
        let l = self.tk.low(i);
        let r = self.rules;
        // (A role written as an acronym, "CEO", "PDG", is a person's title.)
        (self.tk.is_all_caps(i) && l.chars().count() <= 5 && r.role(l).is_none())
            || r.is_outlet_word(l)
            // "Ouest-Matin", "Radio-Canada"
            || (l.contains('-') && l.split('-').any(|p| r.is_outlet_word(p)))
            || r.is_media(l)
            || (self.compounds()
                && r.lex
                    .outlet_endings
                    .iter()
                    .any(|e| l.len() > e.len() + 2 && l.ends_with(e)))
    }

    /// German and Dutch write compounds as one word.
    pub(crate) fn compounds(&self) -> bool {
        self.g.noun_caps || self.rules.lex.particle_verbs
    }

    /// The outlet in tokens `[lo, hi)` outside the speaker's own phrase `skip`: after "quoted
    /// by", "according to", "told", or a preposition and a media noun; or a name that reads as
    /// an outlet's after a preposition or a dative article ("told the Dunhallow Courier", "a
    /// confié au Matin", "sagte der Rabenfelser Rundschau", "рассказал ТАСС").
    pub(crate) fn source_in(
        &self,
        lo: usize,
        hi: usize,
        skip: (usize, usize),
    ) -> Option<(usize, usize)> {
        self.marked_source_in(lo, hi, skip)
            .or_else(|| self.named_source_in(lo, hi, skip))
    }

    /// How far a search for the outlet from token `lo` reads: to `hi`, at most two windows.
    fn source_hi(&self, lo: usize, hi: usize) -> usize {
        hi.min(self.tk.len()).min(lo + 2 * WINDOW)
    }

    /// The outlet in tokens `[lo, hi)` outside `skip` that a marker, an according phrase or
    /// an object verb introduces ("quoted by", "selon", "told").
    pub(crate) fn marked_source_in(
        &self,
        lo: usize,
        hi: usize,
        skip: (usize, usize),
    ) -> Option<(usize, usize)> {
        let hi = self.source_hi(lo, hi);
        let inside = |i: usize| i >= skip.0 && i < skip.1;
        for i in lo..hi {
            if inside(i) || !self.word(i) {
                continue;
            }
            let w = self.words_from(i, hi, 5);
            if let Some(n) = self.rules.source_marker(&w) {
                // "à Rádio Maré": a marker ending in a capitalised media noun ends in the name.
                let m = i + n - 1;
                let from =
                    if !self.g.noun_caps && self.tk.is_capitalized(m) && self.is_media_word(m) {
                        m
                    } else {
                        i + n
                    };
                if let Some(s) = self.outlet_at(from, hi, true) {
                    return Some(s);
                }
            }
            if let Some(n) = self.rules.according(&w)
                && let Some(s) = self.outlet_at(i + n, hi, false)
            {
                return Some(s);
            }
            if self.rules.is_object_verb(w[0])
                && let Some(s) = self.outlet_at(i + 1, hi, false)
            {
                return Some(s);
            }
            // "told BBC Radio Leeds that …": the window opens right after the verb, so the
            // outlet's first word would otherwise be passed over for the media noun after it.
            if i == lo
                && i > 0
                && self.word(i - 1)
                && self.rules.is_object_verb(self.tk.low(i - 1))
                && let Some(s) = self.outlet_at(i, hi, false)
            {
                return Some(s);
            }
        }
        None
    }

    /// The outlet in tokens `[lo, hi)` outside `skip` that a media noun or a preposition
    /// before it says is one, with no marker.
    pub(crate) fn named_source_in(
        &self,
        lo: usize,
        hi: usize,
        skip: (usize, usize),
    ) -> Option<(usize, usize)> {
        let hi = self.source_hi(lo, hi);
        let inside = |i: usize| i >= skip.0 && i < skip.1;
        // "цитирует его газета The Independent", "sur la chaîne Rossiya 1": a media noun and
        // its name, outside the speaker's own phrase; "told the Kestrel Echo", "al Gazzettino
        // Adriatico": a name that reads as an outlet's after a preposition, an article or
        // the verb itself.
        for i in lo..hi {
            if !inside(i)
                && self.media_at(i, hi).is_some()
                && let Some(s) = self.outlet_at(i, hi, false)
            {
                return Some(s);
            }
            // (Also right after the verb, before an inverted subject: "declaró a Radio Meseta
            // el presidente".)
            // ("сказав Литвин Укрінформу", "розповіла Укрінформу мешканка …": a declined known
            // outlet needs no preposition.)
            let dative = self.dative_outlet(i);
            if self.namey_run_after(i, hi)
                && (((!inside(i) || i <= skip.0 + 2) && i > lo && self.after_dative(i - 1))
                    || dative.is_some())
            {
                let words = self.words_from(i, hi, 4);
                // "au Monde", "al Tirreno", "der Zeit": the article the preposition swallowed
                // is part of the known name ("Le Monde", "Il Tirreno", "Die Zeit").
                let known = dative.is_some()
                    || self.rules.outlet(&words).is_some()
                    || self
                        .rules
                        .contraction(self.tk.low(i.saturating_sub(1)))
                        .is_some_and(|a| {
                            let mut full = vec![a];
                            full.extend_from_slice(&words);
                            self.rules.outlet(&full).is_some_and(|n| n > 1)
                        });
                // "розповіла Укрінформу Ірина Коваль": the declined outlet ends there.
                let e = match dative {
                    Some(n) => i + n,
                    None => self.name_end(i, hi),
                };
                if known || (i..e).any(|k| self.outlet_word(k)) {
                    return Some(self.span(i, e - 1));
                }
            }
            // Russian and Ukrainian: «…» right after the verb is its dative object, the
            // outlet ("рассказала «Заречинской правде» учительница …").
            if self.g.declines
                && i == lo + 1
                && is_open_mark(self.tk.raw(i))
                && let Some(s) = self.marked_name(i + 1, hi)
            {
                return Some(s);
            }
        }
        None
    }

    /// Can a name after token `i` be the addressee or the medium of a saying verb: a
    /// preposition, an article, or (for languages that mark the dative by case) a verb?
    pub(crate) fn after_dative(&self, i: usize) -> bool {
        if !self.word(i) {
            return false;
        }
        let l = self.tk.low(i);
        self.rules.is_preposition(l)
            || self.rules.determiner(l).is_some()
            || self.rules.is_object_verb(l)
            || (self.g.declines && self.cue_at(i, i + 1).is_some())
    }

    /// An outlet after an explicit source marker in `[lo, hi)` ("repris par Le Parisien",
    /// "reported by Reuters"), and no other kind of source.
    pub(crate) fn marked_source(&self, lo: usize, hi: usize) -> Option<(usize, usize)> {
        let hi = hi.min(self.tk.len()).min(lo + WINDOW);
        (lo..hi).filter(|&i| self.word(i)).find_map(|i| {
            let n = self.rules.source_marker(&self.words_from(i, hi, 5))?;
            self.outlet_at(i + n, hi, true)
        })
    }

    /// Is the named mention an outlet rather than a person ("theo Reuters", "selon The
    /// Independent")?
    pub(crate) fn mention_is_outlet(&self, m: &Mention) -> bool {
        let i = self.tk.at_or_after(m.start);
        if i >= self.tk.len() {
            return false;
        }
        // (The name may stand in marks after its media noun: "газета «Ведомости»".)
        let opens_title = i > 0 && matches!(self.tk.raw(i - 1), "«" | "“" | "„" | "\"");
        let before_media = i > 0 && {
            let lo = i.saturating_sub(4);
            (lo..i).any(|k| {
                self.media_at(k, i)
                    .is_some_and(|n| k + n == i || (opens_title && k + n + 1 == i))
            })
        };
        before_media || self.known_outlet(i, self.tk.len()) || self.tk.raw(i) == "The"
    }

    /// Does a publication noun follow the name `m` ("The Kestrel Post article claims", "a
    /// Reuters report said")? The name is then the outlet that published the words.
    pub(crate) fn publication_after(&self, m: &Mention) -> bool {
        self.publication_noun_at(self.tk.at_or_after(m.end))
            .is_some()
    }

    /// The length in tokens of a publication noun at token `i` (`Lexicon::publication_nouns`:
    /// one word, or two where words are syllables: "bài báo").
    fn publication_noun_at(&self, i: usize) -> Option<usize> {
        self.listed_noun_at(self.rules.lex.publication_nouns, i)
    }

    /// Who made the study an according frame names, from token `i` ("a 2018 survey by Pew
    /// Research", "pesquisa Ferraz", "uma pesquisa do IBGE", "опросу ВЦИОМ"): a study noun
    /// (`Lexicon::study_nouns`) within the first few tokens, then at most a preposition and an
    /// article, then a name. The name and the token after it.
    pub(crate) fn study_author(&self, i: usize, hi: usize) -> Option<(Mention, usize)> {
        let hi = hi.min(self.tk.len());
        let list = self.rules.lex.study_nouns;
        let (k, n) =
            (i..hi.min(i + 4)).find_map(|k| self.listed_noun_at(list, k).map(|n| (k, n)))?;
        // (A report is also what an outlet publishes: "a report by the Dunhallow Courier"
        // names the source, which `Ctx::outlet_of_publication` reads.)
        if self.publication_noun_at(k).is_some() {
            return None;
        }
        let mut j = k + n;
        let joining = |j: usize| {
            let l = self.tk.low(j);
            !self.word(j)
                || self.rules.is_preposition(l)
                || self.rules.contraction(l).is_some()
                || self.rules.determiner(l).is_some()
        };
        while j < hi.min(k + n + 2) && !self.namey(j) && joining(j) && !self.tk.is_punct(j, ',') {
            j += 1;
        }
        // (An outlet's study is its publication: the source, not a speaker.)
        let outlet = || {
            self.outlet_at(j, hi, false)
                .is_some_and(|(s, e)| self.named_as_outlet(s, e))
        };
        if j >= hi || !self.namey(j) || outlet() {
            return None;
        }
        let e = self.name_end(j, hi);
        let m = self.phrase(j, e).filter(|m| m.kind == MentionKind::Name)?;
        Some((m, e))
    }

    /// "laut Angaben der Polizei", "according to figures from the ministry", "según datos del
    /// instituto": a noun for reported information (`Lexicon::report_nouns`) at token `i`, after
    /// an adjective or two at most ("official figures"), a link word after it, and the one it
    /// comes from: the speaker, with the token after it.
    pub(crate) fn report_source(&self, i: usize, hi: usize) -> Option<(Mention, usize)> {
        let hi = hi.min(self.tk.len());
        let r = self.rules;
        let k = (i..hi.min(i + 3))
            .take_while(|&k| self.word(k))
            .find(|&k| r.lex.report_nouns.contains(&self.tk.low(k)))?;
        // (The words before it qualify it: no name, no verb.)
        let plain = (i..k).all(|j| {
            let l = self.tk.low(j);
            !self.tk.is_capitalized(j) && r.verb(&[l]).is_none() && r.pronoun(l).is_none()
        });
        let link = k + 1 < hi && self.word(k + 1) && {
            let l = self.tk.low(k + 1);
            r.lex.words_of.contains(&l) || r.is_preposition(l) || r.contraction(l).is_some()
        };
        if !plain || !link {
            return None;
        }
        // (An article as the link opens the phrase: "der Polizei".)
        let from = if r.determiner(self.tk.low(k + 1)).is_some() {
            k + 1
        } else {
            k + 2
        };
        self.mention_after(from, hi)
            .filter(|(m, _)| m.kind != MentionKind::Zero)
    }

    /// The length in tokens of a noun of `list` at token `i`: one word, or two where words
    /// are syllables ("bài báo", "khảo sát").
    fn listed_noun_at(&self, list: &[&str], i: usize) -> Option<usize> {
        let tk = &self.tk;
        if !self.word(i) {
            None
        } else if list.contains(&tk.low(i)) {
            Some(1)
        } else {
            (self.word(i + 1) && super::filters::has_pair(list, tk.low(i), tk.low(i + 1)))
                .then_some(2)
        }
    }

    /// Is token `i` a noun of report, publication or study (`Lexicon::report_nouns`,
    /// `publication_nouns`, `study_nouns`) in any of its forms: the listed one and up to two
    /// more letters ("Meldungen", "Berichten")?
    pub(crate) fn report_noun_form_at(&self, i: usize) -> bool {
        let lex = self.rules.lex;
        let w = self.tk.low(i);
        [lex.report_nouns, lex.publication_nouns, lex.study_nouns]
            .iter()
            .flat_map(|l| l.iter())
            .any(|n| {
                w.strip_prefix(n)
                    .is_some_and(|rest| rest.chars().count() <= 2)
            })
    }

    /// The outlet named after a publication noun in the mention `m` ("un article du Monde", "a
    /// report by Reuters", "статья РБК", "Bericht der Süddeutschen Zeitung"): past a
    /// preposition or an article, a run of capitalised words, as a byte span.
    pub(crate) fn outlet_of_publication(&self, m: &Mention) -> Option<(usize, usize)> {
        let tk = &self.tk;
        let r = self.rules;
        let (lo, hi) = (tk.at_or_after(m.start), tk.at_or_after(m.end));
        let (noun, len) = (lo..hi).find_map(|i| Some((i, self.publication_noun_at(i)?)))?;
        let mut k = noun + len;
        while k < noun + len + 2
            && self.word(k)
            && !tk.is_capitalized(k)
            && (r.is_preposition(tk.low(k))
                || r.determiner(tk.low(k)).is_some()
                || r.contraction(tk.low(k)).is_some())
        {
            k += 1;
        }
        let end = (k..(k + 4).min(tk.len()))
            .take_while(|&i| self.word(i) && tk.is_capitalized(i))
            .last()?;
        Some((tk.toks[k].start, tk.toks[end].end))
    }

    /// Is a known outlet named at token `i`, also in the Russian or Ukrainian dative the
    /// verb puts it in ("сказал Интерфаксу", "розповіла Укрінформу")?
    pub(crate) fn known_outlet(&self, i: usize, hi: usize) -> bool {
        self.rules.outlet(&self.words_from(i, hi, 4)).is_some() || self.dative_outlet(i).is_some()
    }

    /// A known outlet of one or two words in the Russian or Ukrainian dative at token `i`
    /// ("Интерфаксу", "Суспільному", "Економічній правді"): how many tokens it takes.
    pub(crate) fn dative_outlet(&self, i: usize) -> Option<usize> {
        if !self.g.declines || !self.word(i) {
            return None;
        }
        let known = |words: &[&str]| {
            (self.rules.lex.outlet_dative)(words)
                .is_some_and(|b| self.rules.outlet_phrase(&b).is_some())
        };
        if self.word(i + 1) && known(&[self.tk.low(i), self.tk.low(i + 1)]) {
            return Some(2);
        }
        known(&[self.tk.low(i)]).then_some(1)
    }
}
