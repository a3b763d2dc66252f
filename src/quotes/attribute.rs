//! Who said it: the reporting verb next to a quotation, the speaker mention on either side of
//! it, and the outlet the words came through. Every search looks at a bounded window of
//! tokens, so attribution costs linear time whatever the input.

use std::cell::Cell;

use super::lexicon::{Gender, Rules};
use super::names::{self, PARTICLES};
use super::tokens::Tokens;

/// The most tokens any search looks at on one side of a quote or cue.
pub(crate) const WINDOW: usize = 48;

pub(crate) fn is_open_mark(s: &str) -> bool {
    matches!(s, "«" | "„" | "“" | "\"" | "‚" | "‹")
}

pub(crate) fn is_close_mark(s: &str) -> bool {
    matches!(s, "»" | "“" | "”" | "\"" | "‘" | "›")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MentionKind {
    Name,
    Pronoun,
    Description,
    /// No subject written ("dijo.", "— добавила."): the last speaker is meant.
    Zero,
}

/// A speaker mention; byte offsets of its key words (the name inside "the mayor, Anna Kowalski").
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mention {
    pub start: usize,
    pub end: usize,
    pub kind: MentionKind,
    pub gender: Gender,
    /// Role nouns said of the speaker here ("mayor", "analyst"), lower-case.
    pub roles: Vec<String>,
    /// The name is a medium (newspaper, agency, channel), not a person.
    pub outlet: bool,
    /// A description opened by a definite article ("the analyst", "le ministre"): it refers
    /// back to someone already named.
    pub definite: bool,
    /// Someone new, never resolved to an earlier person: a description opened by an indefinite
    /// article ("ein Sprecher", "a spokesman") or telling an age ("the 45-year-old father").
    pub new_person: bool,
    /// A definite description by age alone ("der 61-Jährige", "the 67-year-old"): refers back
    /// to the last person named, though it has no role.
    pub by_age: bool,
}

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

/// What attribution found for one quote or reported clause; byte offsets.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Attribution {
    pub cue: Option<(usize, usize)>,
    pub mention: Option<Mention>,
    pub source: Option<(usize, usize)>,
}

pub(crate) fn merge(a: Gender, b: Gender) -> Gender {
    if a == Gender::Unknown { b } else { a }
}

/// The most words `words_from` reads (no rule looks further than six).
const MAX_WORDS: usize = 6;

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
    /// Russian and Ukrainian names mark gender by their ending.
    pub slavic: bool,
    /// French, Spanish, Italian, Portuguese: a complement may stand between title and name
    /// ("il consigliere di opposizione Walter Fumagalli", "il ministro dei Trasporti Fabrizio
    /// Morandini").
    pub romance: bool,
    /// A name may follow any word in its phrase ("начальник управления Андрей Соколов"):
    /// languages whose genitive complements come between title and name.
    pub loose_names: bool,
    /// Every noun is capitalised (German): a capitalised word after an article is a noun.
    pub noun_caps: bool,
    /// Names open with a family name from a closed list (Vietnamese): another capitalised
    /// run is a place or an organisation ("Sở Giao thông vận tải Hải Phòng").
    pub family_name: Option<fn(&str) -> bool>,
    /// Answers of per-token lookups asked again and again by the rules (filled on first use).
    pub memo: TokenMemo,
}

/// The lexicon answers that depend on one token only, kept per token: the rules ask them for
/// the same tokens from every quote and clause nearby, and the lookups were a third of the
/// attribution time.
pub(crate) struct TokenMemo {
    /// `namey` (`None` until asked).
    namey: Vec<Cell<Option<bool>>>,
    /// `role_at`: the role, if any, of the phrase of one, two and three words opening at the
    /// token (`None` until asked).
    roles: Vec<Cell<Option<[Option<Gender>; 3]>>>,
    /// `media_at`: bit n-1 set when the phrase of n words opening at the token is a media
    /// noun (`None` until asked).
    media: Vec<Cell<Option<u8>>>,
}

impl TokenMemo {
    pub fn new(tokens: usize) -> Self {
        TokenMemo {
            namey: vec![Cell::new(None); tokens],
            roles: vec![Cell::new(None); tokens],
            media: vec![Cell::new(None); tokens],
        }
    }
}

impl<'a> Ctx<'a> {
    /// An age or ordinal written with digits and a hyphen, or an age said as a word, part of
    /// a description: "45-year-old", "19-jährige", "45-летний", "le quinquagénaire".
    fn numbered_adjective(&self, l: &str) -> bool {
        self.rules.is_age_noun(l)
            || l.split_once('-').is_some_and(|(n, rest)| {
                !n.is_empty()
                    && n.chars().all(|c| c.is_ascii_digit())
                    && rest.starts_with(char::is_alphabetic)
            })
    }

    fn word(&self, i: usize) -> bool {
        i < self.tk.len() && self.tk.toks[i].word
    }

    /// Up to `n` consecutive lower-cased words from `i` (stopping at punctuation or `hi`).
    fn words_from(&self, i: usize, hi: usize, n: usize) -> Words<'_> {
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
    fn opens_sentence(&self, i: usize) -> bool {
        let tk = &self.tk;
        i == 0
            || tk.text[tk.toks[i - 1].end..tk.toks[i].start].contains('\n')
            || (!tk.toks[i - 1].word && matches!(tk.raw(i - 1), "." | "!" | "?" | ":" | ";"))
    }

    /// Is the phrase from token `from` to the next comma (a few words, before `hi`) a person:
    /// a name, or a description with a role ("o procurador Davi Pracucho", "la syndicaliste")?
    fn person_up_to_comma(&self, from: usize, hi: usize) -> bool {
        let Some(comma) = (from..hi.min(from + 9)).find(|&k| !self.word(k)) else {
            return false;
        };
        // (A verb makes it a clause of its own: "Per i commercianti parla X, …".)
        let verbless = (from..comma).all(|k| self.rules.verb(&[self.tk.low(k)]).is_none());
        let person = comma > from
            && self.tk.is_punct(comma, ',')
            && verbless
            && self.phrase(from, comma).is_some_and(|m| {
                m.kind != MentionKind::Pronoun
                    && (m.kind == MentionKind::Name || !m.roles.is_empty())
                    && self.person_like(&m)
            });
        // The opinion follows the comma; an apposition or a relative clause there ("For X,
        // who grows apples …,", "Pour X, président de …,", "Para X, da Rádio …,") would be
        // read as the opinion.
        let next = comma + 1;
        let apposition = self.word(next)
            && (self.rules.is_relative(self.tk.low(next))
                || self.opens_with_preposition(next)
                || (next..hi.min(next + 9))
                    .find(|&k| !self.word(k))
                    .is_some_and(|e| {
                        self.tk.is_punct(e, ',')
                            && self
                                .phrase(next, e)
                                .is_some_and(|m| m.kind == MentionKind::Name || !m.roles.is_empty())
                    }));
        person && !apposition
    }

    fn span(&self, first: usize, last: usize) -> (usize, usize) {
        (self.tk.toks[first].start, self.tk.toks[last].end)
    }

    /// A reporting cue starting at token `i`, not reaching `hi`.
    pub fn cue_at(&self, i: usize, hi: usize) -> Option<Cue> {
        if !self.word(i) || self.tk.toks[i].clitic || i >= hi {
            return None;
        }
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
        if let Some(n) = r.according(&w)
            && (n > 1 || w[0] != "so" || after_comma)
        {
            return Some(make(i + n - 1, CueKind::According));
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

    /// A particle verb split around its subject: "stellte der Trainer nach dem Spiel fest",
    /// "teilte die Polizei mit". The particle closes the clause a few words on; the cue is the
    /// verb as written next to the subject (`j`; `i` when an auxiliary opened it).
    fn split_cue(&self, i: usize, j: usize, hi: usize) -> Option<Cue> {
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

    /// Length in tokens of a role phrase at `i` ("minister", "tổng biên tập").
    fn role_at(&self, i: usize, hi: usize) -> Option<(usize, Gender)> {
        let words = self.words_before(i, hi);
        if words == 0 {
            return None;
        }
        let roles = self.memo.roles[i].get().unwrap_or_else(|| {
            let mut r = [None; 3];
            self.prefix_phrases(i, |n, p| r[n] = self.rules.role(p));
            self.memo.roles[i].set(Some(r));
            r
        });
        (1..=words).rev().find_map(|n| roles[n - 1].map(|g| (n, g)))
    }

    /// Calls `f(n, phrase)` for the phrases of one, two and three words opening at token `i`
    /// (n = 0, 1, 2), whatever window a caller reads: a shorter window reads a prefix of them,
    /// so the answers can be kept per token.
    fn prefix_phrases(&self, i: usize, mut f: impl FnMut(usize, &str)) {
        let mut phrase = String::new();
        for (n, x) in self.words_from(i, self.tk.len(), 3).iter().enumerate() {
            if n > 0 {
                phrase.push(' ');
            }
            phrase.push_str(x);
            f(n, &phrase);
        }
    }

    fn media_at(&self, i: usize, hi: usize) -> Option<usize> {
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

    /// How many of the (at most three) tokens from `i` before `hi` are consecutive words.
    fn words_before(&self, i: usize, hi: usize) -> usize {
        (i..hi.min(self.tk.len()))
            .take(3)
            .take_while(|&j| self.tk.toks[j].word)
            .count()
    }

    /// Is token `i` a media noun ("Zeitung", "journal", "газета")?
    pub fn is_media_word(&self, i: usize) -> bool {
        self.rules.is_media(self.tk.low(i))
    }

    /// Can token `i` be part of a name?
    fn namey(&self, i: usize) -> bool {
        if !self.word(i) || !self.tk.is_capitalized(i) {
            return false;
        }
        self.memo.namey[i].get().unwrap_or_else(|| {
            let yes = self.namey_uncached(i);
            self.memo.namey[i].set(Some(yes));
            yes
        })
    }

    fn namey_uncached(&self, i: usize) -> bool {
        let l = self.tk.low(i);
        let r = self.rules;
        !(r.is_function_word(l)
            || r.honorific(l).is_some()
            || r.role(l).is_some()
            || r.is_media(l)
            || l.chars().next().is_some_and(|c| c.is_numeric())
            // "рассказала Ковалёва РБК": a known outlet's acronym after a name is the outlet;
            // so is a known outlet in the dative ("розповів Дзюбенко Суспільному").
            || (i > 0
                && self.tk.is_all_caps(i)
                && self.tk.is_capitalized(i - 1)
                && !self.tk.is_all_caps(i - 1)
                && r.outlet(&[l]).is_some())
            || (i > 0 && self.tk.is_capitalized(i - 1) && self.dative_outlet(i) == Some(1)))
    }

    /// Does the capitalised run opening `words` name a person where names open with a family
    /// name? After an honorific ("ông Toàn", "Anh Y Bhin Niê"), or from a family name with
    /// a given name after it ("Thứ trưởng Bộ Giáo dục và Đào tạo Lê Minh Tâm": not "Bộ",
    /// nor "Đào" of "Đào tạo"); a foreign name (plain Latin letters: "Kim Sang-sik",
    /// "Donald Trump") as elsewhere (`fallback`).
    fn family_name_run(
        &self,
        words: &[usize],
        family: fn(&str) -> bool,
        honor_before: bool,
        fallback: bool,
    ) -> bool {
        let run = words
            .iter()
            .enumerate()
            .take_while(|&(n, &w)| (n == 0 || w == words[n - 1] + 1) && self.namey(w))
            .count();
        let foreign = words[..run].iter().all(|&w| {
            self.tk
                .raw(w)
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c == '-' || c == '\'')
        });
        // A school, street or city named after a person ("trường THPT Chu Văn An", "đường Lê
        // Lợi", "TP Hồ Chí Minh") or a province ("Hà Nội") is a place.
        // ("trường tiểu học Lê Lợi": the place noun may come a few words before.)
        let named_place = (words[0].saturating_sub(3)..words[0])
            .any(|w| self.word(w) && super::vi::PLACE_NOUNS.contains(&self.tk.low(w)));
        let province =
            run >= 2 && super::vi::is_province(self.tk.low(words[0]), self.tk.low(words[1]));
        // "Phúc nói …" after "Lê Hoàng Phúc": news names a person again by the given name,
        // the last word of the full name said before.
        // (Only right before a verb of saying: the look-back is the costly part.)
        let given_again = || {
            run == 1
                && self.cue_at(words[0] + 1, self.tk.len()).is_some()
                && self.said_before_as_given(
                    self.tk.raw(words[0]),
                    self.tk.toks[words[0]].start,
                    family,
                )
        };
        // (One foreign word that cannot be a syllable is a surname: "Korotchenko, …".)
        let foreign_surname = || run == 1 && super::vi::foreign_word(self.tk.low(words[0]));
        honor_before
            || (run >= 2 && family(self.tk.low(words[0])) && !named_place && !province)
            || (foreign && fallback && (run >= 2 || foreign_surname()))
            || given_again()
    }

    /// Analyses tokens `[lo, hi)` as one noun phrase: a name (possibly after titles), a
    /// pronoun, or a description ("the mayor", "a Russian military commentator").
    pub fn phrase(&self, lo: usize, hi: usize) -> Option<Mention> {
        let r = self.rules;
        let words: Vec<usize> = (lo..hi.min(self.tk.len()))
            .filter(|&i| self.tk.toks[i].word)
            .collect();
        let &first = words.first()?;
        // A prepositional phrase is not a subject (Portuguese "a" is also an article), but a
        // capitalised particle opens a name ("zei Van Dijk").
        if self.opens_with_preposition(first) {
            return None;
        }
        // A demonstrative standing alone refers to the last person named: "schreibt diese:",
        // "a répondu celui-ci", "dijo este".
        let alone = words.get(1).is_none_or(|&n| n != first + 1);
        if alone && let Some(g) = self.rules.demonstrative(self.tk.low(first)) {
            let (start, end) = self.span(first, first);
            return Some(self.mention(start, end, MentionKind::Pronoun, g, Vec::new()));
        }
        // Russian and Ukrainian possessives are pronouns too: "его соседка Ольга Панкратова",
        // "її колега" is the neighbour, not "he".
        let possessive = self.slavic
            && matches!(
                self.tk.low(first),
                "его" | "её" | "ее" | "их" | "його" | "її" | "їх"
            )
            && words
                .get(1)
                .is_some_and(|&n| n == first + 1 && !self.tk.is_capitalized(n))
            // ("цитирует его газета X": "him", and the outlet quoting him.)
            && self.media_at(first + 1, hi).is_none();
        if let Some(g) = r.pronoun(self.tk.low(first))
            && !possessive
            && !words.get(1).is_some_and(|&n| self.namey(n))
        {
            let (start, end) = self.span(first, first);
            return Some(self.mention(start, end, MentionKind::Pronoun, g, Vec::new()));
        }
        let mut gender = Gender::Unknown;
        let mut roles = Vec::new();
        let (mut blocked, mut after_det, mut has_det) = (false, false, false);
        let (mut content_seen, mut honor_before, mut media_blocked) = (false, false, false);
        let mut head: Option<usize> = None;
        // The first word of the role phrase that is the head.
        let mut head_start = first;
        // A German noun was read (a capitalised word that is no name, or a role).
        let mut noun_seen = false;
        // The capitalised words (and the prepositions and articles between them) from
        // `words[k]` to the phrase's end, where nouns are not capitalised: an organisation's
        // name ("el Ayuntamiento de Lorca", "la Asociación de Propietarios Urbanos de
        // Villarrube"); the index of its last word.
        // (`roles`: capitalised role nouns continue it too, "de Propietarios".)
        let org_to_end = |k: usize, roles: bool| {
            let caps = |n: usize| {
                self.namey(n)
                    || (roles && self.tk.is_capitalized(n) && r.role(self.tk.low(n)).is_some())
            };
            let mut e = k;
            while e + 1 < words.len() && words[e + 1] == words[e] + 1 {
                let n = words[e + 1];
                let joins = (r.is_preposition(self.tk.low(n))
                    || r.determiner(self.tk.low(n)).is_some())
                    && words.get(e + 2).is_some_and(|&m| m == n + 1 && caps(m));
                if caps(n) {
                    e += 1;
                } else if joins {
                    e += 2;
                } else {
                    break;
                }
            }
            (e + 1 == words.len()).then_some(e)
        };
        let mut k = 0;
        while k < words.len() {
            let i = words[k];
            let l = self.tk.low(i);
            // Russian and Ukrainian write the team or body in marks between a role and the
            // name ("главный тренер «Буревестника» Виктор Зарубин"): its words are the role's
            // complement.
            if self.slavic && k > 0 && i > 0 && self.tk.raw(i - 1) == "«" {
                while k < words.len() && !(words[k] > 0 && self.tk.raw(words[k] - 1) == "»") {
                    k += 1;
                }
                content_seen = true;
                continue;
            }
            // "De Vries", "Di Maio", "Le Pen": a capitalised particle opening a name, where
            // nouns are not capitalised (in German "Der Vorfall" is an article and a noun).
            if k == 0
                && (self.particle_opens_name(i)
                    || !self.noun_caps
                        && self.tk.is_capitalized(i)
                        && PARTICLES.contains(&l)
                        && words.get(1).is_some_and(|&n| self.namey(n)))
                && words.get(1) == Some(&(i + 1))
            {
                // (Past the particles that follow the first: "De la Fuente".)
                let mut e = 1;
                while e < 3
                    && words.get(e + 1) == Some(&(words[e] + 1))
                    && PARTICLES.contains(&self.tk.low(words[e]))
                {
                    e += 1;
                }
                while words
                    .get(e + 1)
                    .is_some_and(|&n| n == words[e] + 1 && self.namey(n))
                {
                    e += 1;
                }
                let g = merge(gender, self.name_gender(&words[1..=e]));
                let (start, end) = self.span(i, words[e]);
                return Some(self.mention(start, end, MentionKind::Name, g, roles));
            }
            if let Some(g) = r.honorific(l) {
                gender = merge(gender, g);
                after_det = false;
                honor_before = true;
                k += 1;
                continue;
            }
            if let Some(g) = r.determiner(l) {
                // "Die Sprecherin des Auswärtigen Amtes": a determiner after the head opens a
                // genitive complement, which never holds the speaker's name.
                // So does one after a German noun: "Die Angestellten der Bundesregierung".
                if head.is_some() || noun_seen {
                    blocked = true;
                }
                gender = merge(gender, g);
                // Only an article that opens the phrase makes it a description: in "heißt es
                // in dem Schreiben", "Wie der Spiegel" the article belongs to something else.
                has_det |= !content_seen && !blocked;
                after_det = true;
                k += 1;
                continue;
            }
            if r.is_preposition(l) {
                blocked = true;
                k += 1;
                continue;
            }
            if let Some(n) = self.media_at(i, hi) {
                blocked = true;
                media_blocked = true;
                k += n;
                continue;
            }
            // A capitalised word right after a given name is a surname, not a role noun ("Tom
            // Baker", "Marco Russo", "Julien Boulanger"), where nouns are not capitalised.
            let surname = !self.noun_caps
                && k > 0
                && words[k - 1] + 1 == i
                && self.tk.is_capitalized(i)
                && self.tk.is_capitalized(words[k - 1])
                && names::given_name(self.tk.low(words[k - 1])).is_some();
            // "la Asociación de Propietarios …", "a Associação de Exportadores da Beira
            // Litoral": a capitalised institution noun opening a name after the article is the
            // organisation's name, and its kind a role ("la asociación" later).
            if k == 1
                && has_det
                && after_det
                && !blocked
                && !self.noun_caps
                && words.len() > 2
                && self.tk.is_capitalized(i)
                && r.role(l) == Some(Gender::Plural)
                && let Some(e) = org_to_end(k, true).filter(|&e| e > k)
            {
                let (start, end) = self.span(i, words[e]);
                return Some(self.mention(
                    start,
                    end,
                    MentionKind::Name,
                    Gender::Plural,
                    vec![l.to_string()],
                ));
            }
            if !blocked
                && !surname
                && let Some((n, g)) = self.role_at(i, hi)
            {
                // An institution after a person's role is its complement ("руководитель
                // клуба", "директор филиала"): the person keeps the role and its gender.
                if g == Gender::Plural
                    && head.is_some()
                    && gender != Gender::Plural
                    && !roles.is_empty()
                    && self.slavic
                {
                    content_seen = true;
                    k += n;
                    continue;
                }
                // An institution ("the ministry", "le conseil") is never "he" or "she".
                gender = if g == Gender::Plural {
                    g
                } else {
                    merge(gender, g)
                };
                let last = words.get(k + n - 1).copied().unwrap_or(i);
                noun_seen = self.noun_caps;
                roles.push(
                    self.tk.text[self.tk.toks[i].start..self.tk.toks[last].end].to_lowercase(),
                );
                if head.is_none() {
                    head_start = i;
                }
                head = Some(last);
                after_det = false;
                k += n;
                continue;
            }
            // A name opens the phrase or follows a title ("finance minister Clara Jensen"); a
            // lone capitalised word before a common noun is an adjective ("Western officials").
            let prev_role =
                k > 0 && (self.role_at(words[k - 1], hi).is_some() || head == Some(words[k - 1]));
            let surname_next = |j: usize| {
                words.get(j).is_some_and(|&n| self.namey(n))
                    || words
                        .get(j)
                        .is_some_and(|&n| PARTICLES.contains(&self.tk.low(n)))
                        && words.get(j + 1).is_some_and(|&n| self.namey(n))
            };
            let given_name = surname_next(k + 1)
                && names::given_name(l).is_some()
                && !(i > 0 && self.word(i - 1) && names::saint_title(self.tk.low(i - 1)));
            // A known given name is a person even after a complement ("il consigliere di
            // opposizione Marco Bianchi"), but never the name of a medium.
            // Russian and Ukrainian write a place between title and name ("директор школи у
            // Волинській області Василь Гнатюк"): two capitalised words that do not follow the
            // preposition directly are the name.
            let slavic_name = self.slavic
                && k > 0
                && !r.is_preposition(self.tk.low(words[k - 1]))
                && (!self.tk.is_capitalized(words[k - 1]) || self.tk.raw(i - 1) == "»")
                && words
                    .get(k + 1)
                    .is_some_and(|&n| n == i + 1 && self.namey(n));
            // Romance titles take their complement before the name too: a lower-case one
            // ("il consigliere di opposizione Walter Fumagalli"), or one capitalised word right
            // after the preposition ("il ministro dei Trasporti Fabrizio Morandini"), when two
            // capitalised words then end the phrase.
            let romance_name = self.romance
                && k > 1
                && head.is_some()
                && words.len() == k + 2
                && words[k + 1] == i + 1
                && self.namey(words[k + 1])
                && (!self.tk.is_capitalized(words[k - 1])
                    && !r.is_preposition(self.tk.low(words[k - 1]))
                    && r.determiner(self.tk.low(words[k - 1])).is_none()
                    || self.tk.is_capitalized(words[k - 1])
                        && words[k - 1] + 1 == i
                        && (r.is_preposition(self.tk.low(words[k - 2]))
                            || r.determiner(self.tk.low(words[k - 2])).is_some()));
            // (After a role only: in "Une promesse qui ne suffit pas à Karim Belhadj" the name
            // is an object, not the subject.)
            let unblocked = !blocked
                || (((given_name && head.is_some()) || slavic_name || romance_name)
                    && !media_blocked);
            // "der 45-jährige Vater", "die frühere Gouverneurin": after an article and an
            // adjective a German capitalised word is the head noun, not a name.
            let german_head = self.noun_caps
                && !noun_seen
                && k > 0
                && words[k - 1] + 1 == i
                && self.german_attribute(words[k - 1]);
            // "Die SPD", "la CGT", "die CCE": an acronym after an article, ending the phrase,
            // names an organisation.
            if unblocked
                && after_det
                && words
                    .get(k + 1)
                    .is_none_or(|&n| n != i + 1 || !self.namey(n))
                && self.tk.is_all_caps(i)
                && self.namey(i)
            {
                let (start, end) = self.span(i, i);
                let org = self.mention(start, end, MentionKind::Name, Gender::Plural, roles);
                return Some(org);
            }
            // "a Defesa Civil", "la Guardia Civil", "o Ibama", "el Ayuntamiento de Lorca":
            // capitalised words (and the prepositions between them) right after the article
            // that opens the phrase, up to its end, name an organisation where nouns are not
            // capitalised.
            if unblocked
                && after_det
                && has_det
                && k == 1
                && !self.noun_caps
                && self.namey(i)
                && let Some(e) = org_to_end(k, false)
            {
                let (start, end) = self.span(i, words[e]);
                return Some(self.mention(start, end, MentionKind::Name, Gender::Plural, roles));
            }
            // "el ingeniero agrónomo Tomás Ruiz", "season-ticket holder Kevin Walsh", "a
            // diarista Sônia Lopes": two or more capitalised words after the lower-case words
            // of a description are the person's name, where nouns are not capitalised.
            // (A role must have been read, at most two words before: "học sinh lớp 12 trường
            // THPT …" names a school, not the pupil.)
            // Or at most three plain words and an article, no preposition: "el estibador
            // veterano Julián Ocaña", "union organiser Colin Reid".
            // (The surname may open with a particle: "Zijn moeder Riet van Hulsel".)
            let name_after_description = content_seen
                && !self.noun_caps
                && (head.is_some_and(|h| i <= h + 3) || (!blocked && k <= 4))
                && words.get(k + 1).is_some_and(|&n| n == i + 1)
                && surname_next(k + 1);
            // "A presidente da Câmara Municipal de Covelas do Douro, Ana Rita Pimentel,": a
            // role ending in a capitalised institution goes on with the rest of its name when
            // the person's name stands after the comma.
            if prev_role
                && head == Some(words[k - 1])
                && words[k - 1] != first
                && self.tk.is_capitalized(words[k - 1])
                && names::given_name(l).is_none()
                && words.last().is_some_and(|&w| w + 1 == hi)
                && hi + 1 < self.tk.len()
                && self.tk.raw(hi) == ","
                && self.namey(hi + 1)
            {
                content_seen = true;
                blocked = true;
                k = words.len();
                continue;
            }
            let opens_name = k == 0
                || prev_role
                || given_name
                || name_after_description
                || (content_seen && self.loose_names && !german_head)
                || honor_before;
            let opens_name = match self.family_name {
                Some(family) if self.namey(i) => {
                    self.family_name_run(&words[k..], family, honor_before, opens_name)
                }
                _ => opens_name,
            };
            if unblocked && !after_det && self.namey(i) && opens_name {
                // The name run: capitalised words and particles between them.
                let mut e = k;
                while e + 1 < words.len() {
                    let n = words[e + 1];
                    if n != words[e] + 1 && !self.tk.is_punct(words[e] + 1, '.') {
                        break;
                    }
                    if self.namey(n) {
                        e += 1;
                    } else {
                        // Particles before the surname ("von der Leyen", "da Silva"), but not
                        // before a given name, which opens another name ("Santorum von Sarah
                        // Palin").
                        let mut p = e + 1;
                        // A lone "der", "den" after a surname is an article ("sagte Kubiak der
                        // Lindauer Zeitung"), a particle only after "von", "van" ("von der
                        // Leyen"); before an acronym it opens an organisation's genitive
                        // ("Wahlbeobachtungsmission der OSZE").
                        let lone_article = words.get(p).is_some_and(|&m| {
                            matches!(self.tk.low(m), "der" | "den")
                                && !words.get(p + 1).is_some_and(|&a| self.tk.is_all_caps(a))
                        });
                        while !lone_article
                            && p <= e + 2
                            && words.get(p).is_some_and(|&m| {
                                m == words[p - 1] + 1
                                    && PARTICLES.contains(&self.tk.low(m))
                                    // Italian "al", "dal" are "a il", "da il": "ha detto
                                    // Giulia Ferri al Corriere" (Arabic names take a hyphen).
                                    && !self.rules.lex.not_name_particles.contains(&self.tk.raw(m))
                            })
                        {
                            p += 1;
                        }
                        let surname = words.get(p).is_some_and(|&m| {
                            m == words[p - 1] + 1
                                && self.namey(m)
                                && names::given_name(self.tk.low(m)).is_none()
                        });
                        if p > e + 1 && surname {
                            e = p;
                        } else {
                            break;
                        }
                    }
                }
                let mut run: Vec<usize> = words[k..=e].to_vec();
                // A title or role before a known given name is not part of the name
                // ("Detective Inspector Karen Whitlow", "Anwohnerin Miriam Schaller", "улице
                // Садовой Валентина Кущ"), where names open with the given name.
                if self.family_name.is_none()
                    && run.len() >= 3
                    && let Some(p) = (1..run.len() - 1).find(|&p| {
                        names::given_name(self.tk.low(run[p])).is_some()
                            && names::given_name(self.tk.low(run[p - 1])).is_none()
                            && !PARTICLES.contains(&self.tk.low(run[p - 1]))
                    })
                {
                    run.drain(..p);
                }
                // "Western officials", "Westliche Regierungsvertreter": an adjective before a
                // role noun, not a name.
                let adjective = run.len() == 1
                    && words
                        .get(e + 1)
                        .is_some_and(|&n| self.role_at(n, hi).is_some());
                // German capitalises nouns: "Verteidigung", "Illegale Geschäftspraktiken",
                // "Hotel" are not names unless a title or a given name says so.
                // "sagte Oberländer" after "Katrin Oberländer": a surname said before,
                // though it ends like a noun (only a phrase of that one word is checked).
                let said_surname = || {
                    words.len() == 1
                        && self
                            .said_before_as_surname(self.tk.raw(run[0]), self.tk.toks[run[0]].start)
                };
                let noun_run = self.noun_caps
                    && !honor_before
                    && !prev_role
                    && !given_name
                    && self.german_noun_run(&run)
                    && !said_surname();
                if noun_run {
                    noun_seen = true;
                    content_seen = true;
                    after_det = false;
                    k = e + 1;
                    continue;
                }
                // "Губернатор Приозёрной области Елена Воронцова", "Депутат Законодательного
                // собрания Сергей Клёнов": a capitalised adjective and its noun after a
                // Russian or Ukrainian role are the role's complement when a name follows.
                let slavic_complement = self.slavic
                    && run.len() == 1
                    && k > 0
                    && words.get(e + 1).is_some_and(|&n| {
                        n == run[0] + 1 && self.word(n) && !self.tk.is_capitalized(n)
                    })
                    && words
                        .get(e + 2)
                        .is_some_and(|&n| n == run[0] + 2 && self.namey(n))
                    && words
                        .get(e + 3)
                        .is_some_and(|&n| n == run[0] + 3 && self.namey(n));
                if slavic_complement {
                    content_seen = true;
                    k = e + 2;
                    continue;
                }
                // "Kestrel Town manager Rob Fennimore", "Liverpool captain X": a club or
                // body before a role and a name, where titles precede names (English).
                let body_before_role = r.lex.head_final
                    && !self.noun_caps
                    && words.get(e + 1).is_some_and(|&n| {
                        n == words[e] + 1
                            && !self.tk.is_capitalized(n)
                            && self.role_at(n, hi).is_some()
                    })
                    && words
                        .get(e + 2)
                        .is_some_and(|&n| n == words[e] + 2 && self.namey(n));
                if body_before_role {
                    content_seen = true;
                    k = e + 1;
                    continue;
                }
                // (Also between two roles: "South Korean Defense Minister Kim Yong-Hyun".)
                if adjective && (k == 0 || prev_role) {
                    content_seen = true;
                    k = e + 1;
                    continue;
                }
                let acronym_only = run.iter().all(|&t| self.tk.is_all_caps(t));
                // A name right after an institution is its name ("die Stadtwerke Hallberg",
                // "the Ministry of …", "Regierung Merkel"), not a person's.
                let institution = roles.len() == 1
                    && run.len() == 1
                    && gender == Gender::Plural
                    && k > 0
                    && head == Some(words[k - 1])
                    && !given_name
                    && !honor_before;
                if institution {
                    // A lower-case common noun before it is apposed, not part of the name
                    // ("the company Ferrowell", "la société Transalpe", "l'azienda Amtv"); a
                    // capitalised head belongs to it ("Stadtwerke Hallberg", "Ministry").
                    let from = if !self.noun_caps && !self.tk.is_capitalized(head_start) {
                        run[0]
                    } else {
                        head_start
                    };
                    // Romance names capitalise their first word only ("L'association Lettres
                    // vivantes, qui …"): a lower-case word or two ending the phrase belong.
                    let mut tail = &words[e + 1..];
                    if let Some(gap) = tail
                        .iter()
                        .enumerate()
                        .position(|(x, &t)| t != run[0] + 1 + x)
                    {
                        tail = &tail[..gap];
                    }
                    let sentence_case = self.romance
                        && !tail.is_empty()
                        && tail.len() <= 2
                        && !self.word(tail[tail.len() - 1] + 1)
                        && tail.iter().all(|&t| {
                            let l = self.tk.low(t);
                            !self.tk.is_capitalized(t)
                                && !r.is_function_word(l)
                                && !r.is_skip(l)
                                && self.cue_at(t, hi).is_none()
                                && !l.starts_with(|c: char| c.is_numeric())
                        });
                    let last = if sentence_case {
                        tail[tail.len() - 1]
                    } else {
                        run[run.len() - 1]
                    };
                    let (start, end) = self.span(from, last);
                    return Some(self.mention(start, end, MentionKind::Name, gender, roles));
                }
                if !(acronym_only && words.len() > run.len()) {
                    // An institution in the title ("начальник управления МЧС") says nothing
                    // about the person's gender.
                    if gender == Gender::Plural {
                        gender = Gender::Unknown;
                    }
                    gender = merge(gender, self.name_gender(&run));
                    let (start, end) = self.span(run[0], run[run.len() - 1]);
                    return Some(self.mention(start, end, MentionKind::Name, gender, roles));
                }
                k = e + 1;
                continue;
            }
            // German adjectives precede their noun: a lower-case word after it is the verb
            // (inside a prepositional phrase it may be an attribute of a later noun: "Der auf
            // der Konferenz für nukleare Sicherheit anwesende Außenminister").
            if noun_seen && !blocked && !self.tk.is_capitalized(i) {
                break;
            }
            noun_seen |=
                self.noun_caps && !blocked && self.tk.is_capitalized(i) && !r.is_function_word(l);
            after_det = false;
            honor_before = false;
            content_seen = true;
            if blocked && head.is_none() && !has_det {
                break;
            }
            k += 1;
        }
        if !has_det && roles.is_empty() {
            return None;
        }
        // A description: from its first word to its head noun and the lower-case words after
        // it ("un commentateur militaire russe"), stopping at a preposition.
        let stops = |i: usize| {
            let l = self.tk.low(i);
            self.tk.is_capitalized(i)
                || r.is_preposition(l)
                || r.is_function_word(l)
                || r.is_skip(l)
                || r.is_complementizer(l)
                || (l.starts_with(|c: char| c.is_numeric()) && !self.numbered_adjective(l))
        };
        let mut last = head.unwrap_or(first);
        let from = words.iter().position(|&w| w == last).unwrap_or(0);
        let mut noun_head = head.is_some();
        if self.noun_caps {
            last = words[self.german_np_end(&words, from, head.is_some())];
            noun_head = true;
        }
        for (n, &i) in words.iter().enumerate().skip(from + 1).take(
            if noun_head && (self.noun_caps || r.lex.head_final) {
                0
            } else if head.is_some() {
                3
            } else {
                6
            },
        ) {
            if n > 0 && words[n - 1] + 1 != i {
                break;
            }
            // German capitalises every noun: "Die Autoren der Studie" has "Autoren" as head.
            let caps_noun = self.noun_caps
                && !noun_head
                && self.tk.is_capitalized(i)
                && !r.is_function_word(self.tk.low(i));
            if caps_noun {
                noun_head = true;
                last = i;
                continue;
            }
            if stops(i) {
                break;
            }
            // Where adjectives come first, "-ed" after a noun is its verb ("The library trust
            // rejected"), not a participle ("the injured man", "the recently retired teacher").
            if r.lex.head_final
                && n > from + 1
                && self.tk.low(i).ends_with("ed")
                && !self.tk.low(words[n - 1]).ends_with("ly")
            {
                break;
            }
            last = i;
        }
        // A phrase opened by other words ("Später meldete sich ein Sprecher der Feuerwehr",
        // "Later a spokesman") starts at the article before its head, or at the head.
        let first = if has_det || head.is_none() {
            first
        } else {
            (head_start.saturating_sub(3).max(first)..head_start)
                .rev()
                .take_while(|&j| self.word(j))
                .find(|&j| r.determiner(self.tk.low(j)).is_some())
                .unwrap_or(head_start)
        };
        // A lone article or demonstrative ("Das sagte Müller", "Dat zei Jansen") names nobody.
        if last == first && roles.is_empty() && r.determiner(self.tk.low(first)).is_some() {
            return None;
        }
        let (start, end) = self.span(first, last);
        let article = self.tk.low(first);
        let aged_word =
            (first..=last).find(|&i| self.word(i) && self.numbered_adjective(self.tk.low(i)));
        let aged = aged_word.is_some();
        let mut m = self.mention(start, end, MentionKind::Description, gender, roles);
        // "a spokesman", "ein 82-jähriger Rentner" introduce someone; a definite aged
        // description ("der 61-Jährige", "de 24-jarige Friezin", "the 67-year-old") is how
        // news refers back to the person just named.
        // A relative clause right after it makes even a definite one new: "the 45-year-old
        // father of two who uses the branch".
        let relative_after = (last + 1..(last + 6).min(self.tk.len()))
            .take_while(|&j| self.word(j) || self.tk.is_punct(j, ','))
            .any(|j| self.word(j) && self.rules.is_relative(self.tk.low(j)));
        // Only the age as the head refers back; an aged noun is news about someone ("der
        // 45-jährige Vater zweier Kinder").
        let aged_head = aged_word == Some(last);
        // A definite aged role ("de 55-jarige coach", "der 49-jährige Trainer") refers back
        // to the person who holds that role (or a synonym of it), and to nobody else.
        let aged_role = aged
            && !aged_head
            && !m.roles.is_empty()
            && self.rules.is_definite(article)
            && !relative_after
            && last == head.unwrap_or(usize::MAX);
        m.new_person = r.lex.indefinite.contains(&article)
            || (aged
                && !aged_role
                && (!self.rules.is_definite(article) || relative_after || !aged_head));
        m.by_age = aged_head && !m.new_person;
        // German marks the gender of a nominalised age on its article: "der 49-Jährige", "die
        // 47-Jährige" (singular; "die 30-Jährigen" is plural).
        if self.noun_caps && aged_head && m.gender == Gender::Unknown {
            let head_word = self.tk.low(last);
            m.gender = match article {
                "der" => Gender::Male,
                "die" if head_word.ends_with('e') => Gender::Female,
                "die" => Gender::Plural,
                _ => Gender::Unknown,
            };
        }
        m.definite = !m.new_person
            && !aged_role
            && (self.rules.is_definite(article) || (self.slavic && !has_det));
        // "la dottoressa", "la libraia", "la conductora": an article and one noun with an
        // agent ending name a person by what she or he does, even when the role lexicon does
        // not hold the noun; the noun is the role.
        if self.romance
            && m.definite
            && m.roles.is_empty()
            && head.is_none()
            && last == first + 1
            && self.word(last)
            && !self.tk.is_capitalized(last)
        {
            let noun = self.tk.low(last);
            if self.rules.agent_noun(noun).is_some() {
                m.roles.push(noun.to_string());
            }
        }
        // German likewise: "erzählt die Rentnerin", "sagt der Tischler". The noun is
        // capitalised; its ending gives the gender.
        if self.noun_caps
            && m.definite
            && m.roles.is_empty()
            && head.is_none()
            && last == first + 1
            && self.word(last)
            && self.tk.is_capitalized(last)
            && let Some(g) = self.rules.agent_noun(self.tk.low(last))
        {
            m.roles.push(self.tk.low(last).to_string());
            if m.gender == Gender::Unknown {
                m.gender = g;
            }
        }
        Some(m)
    }

    /// Where a German description ends (an index into `words`), from its article or role noun
    /// at `words[from]`: the attributes before the head noun ("der 45-jährige Vater", "der seit
    /// Jahren in Berlin lebende Künstler", "der 45-Jährige") and one genitive complement after
    /// it ("ein Sprecher der Polizei"). German adjectives precede their noun, so a lower-case
    /// word after the head is the verb ("Die Reederei bestätigte …"). With no head noun after
    /// the article, `from`.
    fn german_np_end(&self, words: &[usize], from: usize, has_head: bool) -> usize {
        let r = self.rules;
        let low = |i: usize| self.tk.low(i);
        let next_to = |k: usize| k > 0 && k < words.len() && words[k - 1] + 1 == words[k];
        let noun = |i: usize| {
            (self.tk.is_capitalized(i) && !r.is_function_word(low(i)))
                || self.tk.raw(i).split_once('-').is_some_and(|(n, rest)| {
                    n.chars().all(|c| c.is_ascii_digit()) && rest.starts_with(char::is_uppercase)
                })
        };
        // An inflected adjective or participle ("frühere", "lebenden", "45-jährige").
        let attribute = |i: usize| {
            let l = low(i);
            !self.tk.is_capitalized(i)
                && !r.is_function_word(l)
                && !r.is_complementizer(l)
                && ["e", "en", "er", "es", "em"].iter().any(|e| l.ends_with(e))
        };
        let mut last = from;
        let mut n = from + 1;
        if !has_head {
            let mut in_pp = false;
            let mut head = None;
            let mut k = from + 1;
            while k < words.len().min(from + 9) && next_to(k) {
                let i = words[k];
                let l = low(i);
                if r.is_complementizer(l) || r.is_skip(l) {
                    break;
                }
                if noun(i) {
                    if !in_pp {
                        head = Some(k);
                        break;
                    }
                    in_pp = false;
                } else if r.is_preposition(l) {
                    in_pp = true;
                }
                k += 1;
            }
            match head {
                Some(h) if h == from + 1 || attribute(words[h - 1]) => {
                    last = h;
                    n = h + 1;
                }
                _ => return from,
            }
        }
        if next_to(n) && matches!(low(words[n]), "des" | "der") {
            let mut k = n + 1;
            while k < words.len().min(n + 4) && next_to(k) {
                if noun(words[k]) {
                    last = k;
                    break;
                }
                if !attribute(words[k]) {
                    break;
                }
                k += 1;
            }
        }
        last
    }

    /// Where a German subject in `[s, e)` ends before a dative, the addressee, most often the
    /// outlet ("sagte der 52-Jährige dem SWR", "sagte die Forscherin der Zeit"): "dem" after
    /// a noun, or "der" (also a genitive) before an outlet's name.
    fn german_dative_after(&self, s: usize, e: usize) -> usize {
        let noun = |k: usize| {
            self.word(k)
                && (self.tk.is_capitalized(k)
                    || self.tk.is_all_caps(k)
                    || self.tk.raw(k).starts_with(|c: char| c.is_ascii_digit()))
        };
        (s + 2..e.min(s + 8))
            .find(|&k| {
                self.word(k)
                    && noun(k - 1)
                    && k + 1 < e
                    && noun(k + 1)
                    && match self.tk.low(k) {
                        "dem" => true,
                        "der" => {
                            self.outlet_word(k + 1)
                                || self.rules.outlet(&self.words_from(k + 1, e, 3)).is_some()
                                || self.rules.outlet(&["die", self.tk.low(k + 1)]).is_some()
                        }
                        _ => false,
                    }
            })
            .unwrap_or(e)
    }

    /// A German word that can stand between an article and its noun: a lower-case inflected
    /// adjective or participle ("frühere", "lebenden"), a number ("45-jährige"), an article.
    fn german_attribute(&self, i: usize) -> bool {
        let l = self.tk.low(i);
        let r = self.rules;
        if self.tk.is_capitalized(i) || self.tk.is_all_caps(i) {
            return false;
        }
        r.determiner(l).is_some()
            || l.starts_with(|c: char| c.is_ascii_digit())
            || (!r.is_function_word(l)
                && !r.is_complementizer(l)
                && ["e", "en", "er", "es", "em"].iter().any(|e| l.ends_with(e)))
    }

    /// A run of capitalised German words that reads as nouns (or an adjective and a noun),
    /// not as a name: one common noun, or a capitalised adjective or common noun at either end.
    fn german_noun_run(&self, run: &[usize]) -> bool {
        let low = |t: usize| self.tk.low(t);
        let (&first, &last) = match (run.first(), run.last()) {
            (Some(f), Some(l)) => (f, l),
            _ => return false,
        };
        if names::given_name(low(first)).is_some() || self.tk.is_all_caps(last) {
            return false;
        }
        super::de::common_noun(low(last))
            || (run.len() > 1 && super::de::adjective_form(low(first)))
            || (run.len() > 1 && super::de::common_noun(low(first)))
    }

    fn mention(
        &self,
        start: usize,
        end: usize,
        kind: MentionKind,
        gender: Gender,
        roles: Vec<String>,
    ) -> Mention {
        Mention {
            start,
            end,
            kind,
            gender,
            roles,
            outlet: false,
            definite: false,
            new_person: false,
            by_age: false,
        }
    }

    fn name_gender(&self, run: &[usize]) -> Gender {
        let first = self.tk.low(run[0]);
        if let Some(g) = names::given_name(first) {
            return g;
        }
        // "Santa Clara", "San Lorenzo": a place named after a saint has no gender.
        if names::saint_title(first) {
            return Gender::Unknown;
        }
        // Vietnamese (and Hungarian, Chinese…) write the given name last.
        if let Some(&last) = run.last()
            && run.len() > 1
            && let Some(g) = names::given_name(self.tk.low(last))
        {
            return g;
        }
        if self.slavic {
            for &t in run.iter().rev() {
                if let Some(g) = names::slavic_name(self.tk.low(t)) {
                    return g;
                }
            }
        }
        Gender::Unknown
    }

    /// Is token `i` a coordinating conjunction ("and", "und", "et", "и")?
    pub fn is_coordinator(&self, i: usize) -> bool {
        self.word(i) && self.rules.lex.coordinators.contains(&self.tk.low(i))
    }

    fn is_boundary(&self, i: usize) -> bool {
        let t = self.tk.toks[i];
        if t.word && self.family_name.is_some() {
            // Vietnamese: its own conjunctions only ("y" of "Sở Y tế" is no Spanish "and").
            let l = self.tk.low(i);
            return self.rules.is_complementizer(l) || matches!(l, "và" | "nhưng" | "khi");
        }
        if t.word {
            let l = self.tk.low(i);
            // French "but" (a goal, an aim) is no English "but" ("X, auteur du but, a
            // reconnu que …").
            if self.romance && l == "but" {
                return false;
            }
            return self.rules.is_complementizer(l)
                || matches!(
                    l,
                    "and"
                        | "but"
                        | "et"
                        | "mais"
                        | "und"
                        | "aber"
                        | "y"
                        | "pero"
                        | "e"
                        | "mas"
                        | "ma"
                        | "en"
                        | "maar"
                        | "và"
                        | "nhưng"
                        | "и"
                        | "но"
                        | "і"
                        | "але"
                        | "while"
                        | "when"
                        | "as"
                        | "wie"
                        | "als"
                        | "weil"
                        | "wenn"
                        | "nachdem"
                        | "obwohl"
                        | "bevor"
                        | "sobald"
                        | "sondern"
                        | "indem"
                        | "während"
                        | "da"
                        | "ehe"
                        | "falls"
                        | "sodass"
                        | "sofern"
                        | "zumal"
                        | "wobei"
                        | "woraufhin"
                        // English and Romance conjunctions opening an adverbial clause of
                        // concession, contrast or cause ("…, aunque Lozoya asegura que …").
                        | "although"
                        | "though"
                        | "whereas"
                        | "because"
                        | "aunque"
                        | "mientras"
                        | "porque"
                        | "embora"
                        | "enquanto"
                        | "mentre"
                        | "sebbene"
                        | "benché"
                        | "tandis"
                        | "lorsque"
                        | "lorsqu'"
                        | "puisque"
                        | "puisqu'"
                );
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
    fn short_marked_before(&self, close: usize, lo: usize) -> Option<usize> {
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
        (o + 1 < close && (o + 1..close).all(|t| self.word(t)) && super::thing_noun_before(self, o))
            .then_some(o)
    }

    /// Do tokens `[s, e)` form a relative clause: a relative pronoun first, and for the
    /// German and Dutch ones that are also articles ("der", "die"), a verb last ("der als
    /// Sprecher tätig ist")?
    fn relative_clause(&self, s: usize, e: usize) -> bool {
        if !self.word(s) || e <= s + 1 {
            return false;
        }
        let verb_last = || {
            let last = (s..e).rev().find(|&i| self.word(i));
            last.is_some_and(|i| i > s + 1 && !self.tk.is_capitalized(i) && !self.tk.is_all_caps(i))
        };
        match self.tk.low(s) {
            "who" | "whom" | "whose" | "which" | "qui" | "dont" | "lequel" | "laquelle"
            | "quien" | "quienes" | "cuyo" | "cuya" | "cui" | "che" | "que" | "welcher"
            | "welche" | "welches" | "dessen" | "deren" | "который" | "которая" | "которое"
            | "которые" | "який" | "яка" | "яке" | "які" | "котрий" => {
                true
            }
            "der" | "die" | "das" | "den" | "dem" | "dat" | "wie" => {
                (self.noun_caps || self.rules.lex.particle_verbs) && verb_last()
            }
            _ => false,
        }
    }

    fn is_seg_sep(&self, i: usize) -> bool {
        !self.tk.toks[i].word && matches!(self.tk.raw(i), "," | "—" | "–" | "(" | ")")
    }

    /// The subject ending just before token `end` (the cue), looking no further back than `lo`:
    /// the closest noun phrase, or a name in apposition with it ("Korotchenko, editor-in-chief
    /// of …, said"; "the mayor, Anna Kowalski, said").
    /// Does token `i` open a prepositional phrase? Not when it is also an article (Portuguese
    /// "a", "o"): ", a bióloga Marina Teixeira," is an apposition.
    fn opens_with_preposition(&self, i: usize) -> bool {
        // `word` first: `i` may be one past the last token.
        self.word(i) && {
            let l = self.tk.low(i);
            self.rules.is_preposition(l)
                && self.rules.determiner(l).is_none()
                && !self.particle_opens_name(i)
        }
    }

    /// "Van Dijk", "De Vries", "Di Maio": a capitalised particle before a name opens the name,
    /// where nouns are not capitalised (in German "Von Berlin aus" is a preposition).
    fn particle_opens_name(&self, i: usize) -> bool {
        // (Not a preposition fused with an article: "Al Corriere", "Del Valle" are not names
        // for being capitalised at a sentence's start.)
        let openers = self.rules.lex.name_openers;
        if self.noun_caps || !self.tk.is_capitalized(i) || !openers.contains(&self.tk.low(i)) {
            return false;
        }
        // Up to two more particles before the name proper: "De la Fuente", "Van der Berg".
        let mut n = i + 1;
        while n < i + 3 && self.word(n) && PARTICLES.contains(&self.tk.low(n)) {
            n += 1;
        }
        self.namey(n) && self.tk.toks[n - 1].end < self.tk.toks[n].start
    }

    /// Tokens `i` and `i + 1` are a two-word entry of the skip list, written in lower case.
    fn skip_pair(&self, i: usize) -> bool {
        let lower = |k: usize| self.word(k) && !self.tk.is_capitalized(k);
        lower(i)
            && lower(i + 1)
            && self.tk.toks[i].end < self.tk.toks[i + 1].start
            && self
                .rules
                .is_skip(&format!("{} {}", self.tk.low(i), self.tk.low(i + 1)))
    }

    pub fn mention_before(&self, lo: usize, end: usize) -> Option<Mention> {
        let lo = lo.max(end.saturating_sub(WINDOW));
        let mut j = end;
        // A Romance object clitic before the verb ("X, que no participó, lo considera «…»",
        // "X le ha detto", "Lo ha detto il presidente X, che …" at a sentence's start) is not
        // the subject, nor is one before its auxiliary when the cue starts at the participle.
        let clitic = |k: usize| {
            self.word(k)
                && matches!(
                    self.tk.low(k),
                    "lo" | "la" | "le" | "les" | "los" | "las" | "l'" | "gli" | "ne" | "ci" | "lhe"
                )
        };
        if self.romance && j > lo && clitic(j - 1) {
            j -= 1;
        } else if self.romance
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
        if j > lo + 2 && self.tk.is_punct(j - 1, ')') {
            let open = (j.saturating_sub(10).max(lo)..j - 1)
                .rev()
                .take_while(|&k| !self.tk.is_punct(k, ')'))
                .find(|&k| self.tk.is_punct(k, '('));
            if let Some(k) = open.filter(|&k| k > lo && self.word(k - 1)) {
                j = k;
            }
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
        let mut start = lo;
        let mut k = j;
        // The byte range of the last such phrase skipped: a nickname is nobody's name.
        let mut marked = None;
        while k > lo {
            k -= 1;
            if !self.is_boundary(k) {
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
        let Some(m) = self
            .phrase(s0, e0)
            .filter(|m| !in_marks(m))
            .or_else(after_prep)
        else {
            let short = |&(s, e): &(usize, usize)| (s..e).filter(|&k| self.word(k)).count() <= 3;
            return segs[1..]
                .iter()
                .take(if segs.get(1).is_some_and(short) { 2 } else { 1 })
                .find_map(|&(s, e)| self.phrase(s, e).filter(|m| m.kind == MentionKind::Name));
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

    /// After "according to" opening a sentence, the phrase up to its comma names the source
    /// whatever its words ("Según fuentes de la consejería,", "За даними поліції,", "Segundo a
    /// Defesa Civil,"): at most eight tokens, words only; someone new, kept as written.
    pub fn according_phrase(&self, from: usize, hi: usize) -> Option<(Mention, usize)> {
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

    /// Tokens `first..=last` as a description of someone new, kept as written (a source
    /// named by an according-to phrase, a document an impersonal cue quotes).
    fn new_description(&self, first: usize, last: usize) -> Mention {
        let (start, end) = self.span(first, last);
        let mut m = self.mention(
            start,
            end,
            MentionKind::Description,
            Gender::Unknown,
            Vec::new(),
        );
        m.new_person = true;
        m
    }

    /// The speaker after a cue ("said Daniel Osei", "a déclaré le ministre", "sagte er"), from
    /// token `from`; returns it with the token index where it ends.
    pub fn mention_after(&self, from: usize, hi: usize) -> Option<(Mention, usize)> {
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
                if self.slavic
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
        let e0 = if self.noun_caps {
            self.german_dative_after(i, e0)
        } else {
            e0
        };
        // A short prepositional phrase before the inverted subject: "сказал после финала
        // главный тренер X", "dijo tras el partido el entrenador X".
        let (i, e0, m) = match self.phrase(i, e0) {
            Some(m) => (i, e0, m),
            // (Only a phrase of lower-case words: "al Corriere di Bologna" names an outlet.)
            None if self.rules.is_preposition(self.tk.low(i)) => (i + 2..(i + 4).min(e0))
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

    /// The document a German "heißt es" quotes: "In der Pressemitteilung heißt es", "heißt es
    /// im Grundgesetz", "So heißt es in dem Schreiben"; the phrase after "in"/"im" in
    /// `[lo, hi)` when it is a document, an institution or a name.
    pub fn document_in(&self, lo: usize, hi: usize) -> Option<(Mention, usize)> {
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
    pub fn slavic_document_after(&self, from: usize, hi: usize) -> Option<(Mention, usize)> {
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
    pub fn document_back(&self, prev_lo: usize, lo: usize, hi: usize) -> Option<Mention> {
        let opens = (lo..hi.min(lo + 2))
            .any(|i| self.word(i) && matches!(self.tk.low(i), "darin" | "hierin" | "daarin"));
        if !opens {
            return None;
        }
        let prev_lo = prev_lo.max(lo.saturating_sub(WINDOW));
        // The last noun there that names a body or a document, with its article.
        let k = (prev_lo..lo).rev().find(|&k| {
            self.word(k)
                && (self.tk.is_capitalized(k) || !self.noun_caps)
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
    pub fn outlet_at(&self, i: usize, hi: usize, loose: bool) -> Option<(usize, usize)> {
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
            if !self.noun_caps && self.tk.is_capitalized(j) && self.namey_run_after(j + n, hi) {
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
    fn title_article(&self, j: usize) -> bool {
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
    fn after_medium(&self, i: usize, hi: usize) -> usize {
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

    /// Does a role noun open the phrase at token `i`, maybe after its article ("voorzitter
    /// van …", "der Sprecher der Polizei")? An apposition, not a clause.
    pub fn opens_with_role(&self, i: usize, hi: usize) -> bool {
        let j = if self.word(i) && self.rules.determiner(self.tk.low(i)).is_some() {
            i + 1
        } else {
            i
        };
        j < hi
            && self.word(j)
            && self
                .role_at(j, hi)
                .is_some_and(|(_, g)| g != Gender::Plural)
    }

    /// A Russian or Ukrainian adverb that may stand before a verb of saying as its manner
    /// ("скептически", "коротко", "спокійно").
    pub fn is_manner_adverb(&self, i: usize) -> bool {
        if !self.word(i) {
            return false;
        }
        let l = self.tk.low(i);
        self.slavic
            && l.chars().count() >= 5
            && ["ски", "чно", "ьно", "нно", "ко", "но", "ло"]
                .iter()
                .any(|e| l.ends_with(e))
    }

    /// Is a capitalised name right at token `i`?
    fn namey_run_after(&self, i: usize, hi: usize) -> bool {
        i < hi && self.word(i) && (self.tk.is_capitalized(i) || self.tk.is_all_caps(i))
    }

    /// The end (exclusive) of a name that starts at token `s`: capitalised words, acronyms,
    /// numbers after the first word, the particles that join the parts of an outlet's name
    /// ("Diário do Vouga", "Dagblad van de Polder", "Le Courrier de l'Ouest"), and Vietnamese
    /// names in sentence case after their first word ("Thể thao Ngày nay").
    fn name_end(&self, s: usize, hi: usize) -> usize {
        let caps = |k: usize| self.namey_run_after(k, hi);
        let mut e = s;
        while e < hi && self.word(e) {
            if caps(e) || (e > s && self.tk.raw(e).chars().all(|c| c.is_ascii_digit())) {
                e += 1;
                continue;
            }
            if e == s {
                break;
            }
            // Up to two joining particles, then a capitalised word.
            let mut k = e;
            while k < hi && k < e + 2 && self.word(k) && self.rules.is_outlet_joiner(self.tk.low(k))
            {
                k += 1;
            }
            if k > e && k < hi && caps(k) {
                e = k;
                continue;
            }
            // Vietnamese capitalises only a name's first word: go on to a verb, a function
            // word or punctuation, five words at most.
            if self.family_name.is_some()
                && e < s + 5
                && !self.rules.is_function_word(self.tk.low(e))
                && !self.rules.is_preposition(self.tk.low(e))
                && self.cue_at(e, hi).is_none()
            {
                e += 1;
                continue;
            }
            break;
        }
        e
    }

    /// The words between an opening mark at token `i - 1` and its closing mark, when they are
    /// a short name ("«Спортивный вестник Прикамья»", "„Bild“"): at most six words, the
    /// first capitalised.
    fn marked_name(&self, i: usize, hi: usize) -> Option<(usize, usize)> {
        if !self.namey_run_after(i, hi) {
            return None;
        }
        let hi = hi.min(self.tk.len());
        let close = (i + 1..hi.min(i + 8)).find(|&k| !self.tk.toks[k].word)?;
        is_close_mark(self.tk.raw(close)).then(|| self.span(i, close - 1))
    }

    /// Does token `i` read as part of an outlet's name: an acronym ("BBC", "NOS", "ТАСС"), a
    /// word that names media in many languages ("Courier", "Gazette", "Radio", "Diário"), or,
    /// in languages that compound, such a word as the last part ("Abendblatt", "Sportkrant")?
    fn outlet_word(&self, i: usize) -> bool {
        if !self.word(i) {
            return false;
        }
        let l = self.tk.low(i);
        let r = self.rules;
        (self.tk.is_all_caps(i) && l.chars().count() <= 5)
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
    fn compounds(&self) -> bool {
        self.noun_caps || self.rules.lex.particle_verbs
    }

    /// The outlet in tokens `[lo, hi)` outside the speaker's own phrase `skip`: after "quoted
    /// by", "according to", "told", or a preposition and a media noun; or a name that reads as
    /// an outlet's after a preposition or a dative article ("told the Dunhallow Courier", "a
    /// confié au Matin", "sagte der Rabenfelser Rundschau", "рассказал ТАСС").
    pub fn source_in(&self, lo: usize, hi: usize, skip: (usize, usize)) -> Option<(usize, usize)> {
        let hi = hi.min(self.tk.len()).min(lo + 2 * WINDOW);
        let inside = |i: usize| i >= skip.0 && i < skip.1;
        for i in lo..hi {
            if inside(i) || !self.word(i) {
                continue;
            }
            let w = self.words_from(i, hi, 5);
            if let Some(n) = self.rules.source_marker(&w) {
                // "à Rádio Maré": a marker ending in a capitalised media noun ends in the name.
                let m = i + n - 1;
                let from = if !self.noun_caps && self.tk.is_capitalized(m) && self.is_media_word(m)
                {
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
            if self.slavic
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
    fn after_dative(&self, i: usize) -> bool {
        if !self.word(i) {
            return false;
        }
        let l = self.tk.low(i);
        self.rules.is_preposition(l)
            || self.rules.determiner(l).is_some()
            || self.rules.is_object_verb(l)
            || (self.slavic && self.cue_at(i, i + 1).is_some())
    }

    /// Can this mention be a person (or a body that speaks) rather than a capitalised noun?
    /// Pronouns, descriptions with a role, and names that are more than one word, carry a
    /// gender, a role or a title, or repeat the surname of a fuller name said shortly before.
    pub fn person_like(&self, m: &Mention) -> bool {
        match m.kind {
            MentionKind::Pronoun => m.gender != Gender::Plural,
            // "der 52-Jährige", "the 67-year-old": an age alone says a person.
            MentionKind::Description => !m.roles.is_empty() || m.by_age,
            MentionKind::Zero => false,
            MentionKind::Name => {
                if m.outlet || self.mention_is_outlet(m) {
                    return false;
                }
                let name = &self.tk.text[m.start..m.end];
                name.contains(' ')
                    || m.gender != Gender::Unknown
                    || !m.roles.is_empty()
                    || self.said_before_as_surname(name, m.start)
                    || (self.slavic && self.said_before_declined(name, m.start))
            }
        }
    }

    /// Russian and Ukrainian decline surnames: "Беляковой", "Петренка" are "Белякова",
    /// "Петренко" said earlier. The stem (the name less its last one or two letters, five
    /// letters at least) as the last word of a longer name, with at most two letters of
    /// another ending.
    fn said_before_declined(&self, name: &str, pos: usize) -> bool {
        let chars: Vec<(usize, char)> = name.char_indices().collect();
        if chars.len() < 6 || name.contains(' ') {
            return false;
        }
        (1..=2).any(|cut| {
            let stem = &name[..chars[chars.len() - cut].0];
            self.said_before_as(stem, pos, 2)
        })
    }

    /// Was `name` the last word of a longer capitalised name in the few kilobytes before `pos`?
    /// Bounded, so a text full of quotes stays linear.
    fn said_before_as_surname(&self, name: &str, pos: usize) -> bool {
        self.said_before_as(name, pos, 0)
    }

    /// The few kilobytes of text before byte `pos` (a bound that keeps look-backs linear).
    fn window_before(&self, pos: usize) -> &'a str {
        let text = self.tk.text;
        let mut lo = pos.saturating_sub(4000);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        &text[lo..pos]
    }

    /// `said_before_as_surname` with up to `ending` more letters after `name` in the earlier
    /// mention (a declined form).
    fn said_before_as(&self, name: &str, pos: usize, ending: usize) -> bool {
        let window = self.window_before(pos);
        let mut from = 0;
        let mut tries = 0;
        while let Some(k) = window[from..].find(name) {
            let at = from + k;
            from = at + name.len();
            tries += 1;
            if tries > 16 {
                break;
            }
            let before = window[..at].trim_end_matches(' ');
            let ends_word = window[from..]
                .chars()
                .take_while(|&c| crate::text::is_alphanumeric(c))
                .count()
                <= ending;
            if before.len() + 1 == at
                && ends_word
                && before
                    .rsplit(|c: char| !crate::text::is_alphanumeric(c) && c != '-')
                    .next()
                    .and_then(|w| w.chars().next())
                    .is_some_and(char::is_uppercase)
            {
                return true;
            }
        }
        false
    }

    /// Was `name` the last word of a person's full name, opened by a family name, in the few
    /// kilobytes before `pos` ("Lê Hoàng Phúc" before "Phúc"; not "Hải Phòng")? Bounded.
    fn said_before_as_given(&self, name: &str, pos: usize, family: fn(&str) -> bool) -> bool {
        let window = self.window_before(pos);
        let mut from = 0;
        for _ in 0..16 {
            let Some(k) = window[from..].find(name) else {
                break;
            };
            let at = from + k;
            from = at + name.len();
            if window[from..].starts_with(crate::text::is_alphanumeric) {
                continue;
            }
            // The capitalised words right before, nearest first: one of them opens the name.
            let before = window[..at].strip_suffix(' ').unwrap_or("");
            let opens = before
                .rsplit(' ')
                .take(3)
                .take_while(|w| w.starts_with(char::is_uppercase))
                .any(|w| family(&w.to_lowercase()));
            if opens && at > 0 && window[..at].ends_with(' ') {
                return true;
            }
        }
        false
    }

    /// The person a clause `[lo, hi)` is about: its first noun phrase (with an appositive name:
    /// "Der Vorsitzende des Verbands, Klaus Richter, zeigte sich verärgert"), or, in
    /// verb-second languages, the subject after the verb ("Dazu äußerte sich der Minister").
    /// `loose` (a colon lead-in, a strong sign that the subject speaks) also accepts a phrase
    /// opened by an article with no known role ("Die Autoren der Studie", "Die SPD").
    pub fn subject(&self, lo: usize, hi: usize, loose: bool) -> Option<Mention> {
        let hi = hi.min(lo + WINDOW).min(self.tk.len());
        let lo = self.after_label(lo, hi);
        let seg_end = |s: usize| {
            let mut e = s;
            while e < hi && self.tk.toks[e].word {
                e += 1;
            }
            e
        };
        let e0 = seg_end(lo);
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
            let m = if e0 + 1 < hi && self.is_seg_sep(e0) && m.kind == MentionKind::Description {
                let p = self
                    .phrase(e0 + 1, seg_end(e0 + 1))
                    .filter(|p| p.kind == MentionKind::Name);
                appose(m, p)
            } else {
                m
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
            let oblique =
                self.noun_caps && matches!(l, "den" | "dem" | "des" | "einen" | "einem" | "eines");
            let opener = self.rules.pronoun(l).is_some()
                || (self.rules.determiner(l).is_some() && !oblique)
                || self.rules.honorific(l).is_some();
            // `loose`: a bare name right after a lower-case word (the finite verb) may be the
            // subject too ("Kurz vor der Wahl war Huber optimistisch und sagte: …").
            // Not after an article and an adjective ("ein 82-jähriger Rentner").
            let bare_name = loose
                && self.namey(j)
                && !self.tk.is_capitalized(j - 1)
                && !(self.noun_caps && self.german_attribute(j - 1))
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

    /// Where a clause starting at `lo` really starts, after a heading or label ("Europapolitik:
    /// Die SPD will …", "Fazit: …") or a dateline ("Berlin (dpa) – Der Minister …", "Paris,
    /// 3. Mai 2024 – …"): a colon after at most four words, or a dash after a bracket or a
    /// number within the first dozen tokens.
    pub fn after_label(&self, lo: usize, hi: usize) -> usize {
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

    /// Verb-second order: is `after` (the phrase right after the verb) the subject rather than
    /// `before`? "Der Zeitung sagte Filep Karma", "Ähnlich äußerte sich der US-Präsident",
    /// "Die Bestrebungen …, bezeichnete er als …", "Nachdem …, entgegnete Suttner".
    pub fn inverted_subject(&self, after: &Mention, before: Option<&Mention>, comma: bool) -> bool {
        // "Diese Woche sagte der Minister", "Den Plan lobte die Ministerin": a description
        // that can speak, after the verb, against one before it that cannot (a time, an
        // object: German "den", "dem" are never the subject).
        let oblique = |b: &Mention| {
            let i = self.tk.at_or_after(b.start);
            self.noun_caps
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
                MentionKind::Pronoun => false,
                MentionKind::Name => comma || !self.person_like(b),
                _ => true,
            },
        }
    }

    /// An outlet after an explicit source marker in `[lo, hi)` ("repris par Le Parisien",
    /// "reported by Reuters"), and no other kind of source.
    pub fn marked_source(&self, lo: usize, hi: usize) -> Option<(usize, usize)> {
        let hi = hi.min(self.tk.len()).min(lo + WINDOW);
        (lo..hi).filter(|&i| self.word(i)).find_map(|i| {
            let n = self.rules.source_marker(&self.words_from(i, hi, 5))?;
            self.outlet_at(i + n, hi, true)
        })
    }

    /// Is the named mention an outlet rather than a person ("theo Reuters", "selon The
    /// Independent")?
    pub fn mention_is_outlet(&self, m: &Mention) -> bool {
        let i = self.tk.at_or_after(m.start);
        if i >= self.tk.len() {
            return false;
        }
        let before_media = i > 0 && {
            let lo = i.saturating_sub(3);
            (lo..i).any(|k| self.media_at(k, i).is_some_and(|n| k + n == i))
        };
        before_media || self.known_outlet(i, self.tk.len()) || self.tk.raw(i) == "The"
    }

    /// The possessor's gender a possessive at token `i` tells, in the languages whose
    /// possessives agree with the possessor ("sein", "haar", "his"); French "son" or Spanish
    /// "su" tell none.
    fn possessor(&self, i: usize) -> Option<Gender> {
        if !self.word(i) {
            return None;
        }
        self.rules.possessive(self.tk.low(i))
    }

    /// The possessor's gender when `[lo, hi)` opens with a possessive and a plain noun ("Su
    /// diagnóstico", "il suo giudizio", Portuguese "a posição dela") and names no one else.
    fn possessive_lead(&self, lo: usize, hi: usize) -> Option<Gender> {
        let r = self.rules;
        let noun = |i: usize| {
            self.word(i)
                && (self.noun_caps || !self.tk.is_capitalized(i))
                && r.role(self.tk.low(i)).is_none()
                && !r.is_function_word(self.tk.low(i))
        };
        let article = self.word(lo) && r.determiner(self.tk.low(lo)).is_some();
        let g = if let Some(g) = self.possessor(lo).filter(|_| noun(lo + 1)) {
            g
        } else if article && let Some(g) = self.possessor(lo + 1).filter(|_| noun(lo + 2)) {
            g
        } else if article && noun(lo + 1) && self.word(lo + 2) {
            r.possessive_after(self.tk.low(lo + 2))?
        } else {
            return None;
        };
        // (A name in the clause may be the possessor: "Sein Urteil über Meyer:" is left alone.
        // A German noun after the possessive reads as a name too, and blocks the rule.)
        let other = (lo + 1..hi.min(self.tk.len()))
            .any(|k| self.namey(k) && !self.known_outlet(k, hi) && !self.tk.is_all_caps(k));
        (!other).then_some(g)
    }

    /// Is a known outlet named at token `i`, also in the Russian or Ukrainian dative the
    /// verb puts it in ("сказал Интерфаксу", "розповіла Укрінформу")?
    fn known_outlet(&self, i: usize, hi: usize) -> bool {
        self.rules.outlet(&self.words_from(i, hi, 4)).is_some() || self.dative_outlet(i).is_some()
    }

    /// A known outlet of one or two words in the Russian or Ukrainian dative at token `i`
    /// ("Интерфаксу", "Суспільному", "Економічній правді"): how many tokens it takes.
    pub(crate) fn dative_outlet(&self, i: usize) -> Option<usize> {
        if !self.slavic || !self.word(i) {
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

/// Joins a phrase with the one in apposition to it, keeping the name and both sets of roles.
fn appose(m: Mention, other: Option<Mention>) -> Mention {
    let Some(o) = other else { return m };
    let (mut named, desc) = match (m.kind, o.kind) {
        (MentionKind::Name, MentionKind::Description) => (m, o),
        (MentionKind::Description, MentionKind::Name) => (o, m),
        _ => return m,
    };
    named.roles.extend(desc.roles);
    named.gender = merge(named.gender, desc.gender);
    named
}
