//! Mentions: the person, description or pronoun a noun phrase names (names with particles,
//! initials and declensions, roles and descriptions, appositions), typed and gendered.

use super::*;

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

pub(crate) fn merge(a: Gender, b: Gender) -> Gender {
    if a == Gender::Unknown { b } else { a }
}

/// Joins a phrase with the one in apposition to it, keeping the name and both sets of roles.
pub(crate) fn appose(m: Mention, other: Option<Mention>) -> Mention {
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

impl<'a> Ctx<'a> {
    /// An age or ordinal written with digits and a hyphen, or an age said as a word, part of
    /// a description: "45-year-old", "19-jährige", "45-летний", "le quinquagénaire".
    pub(crate) fn numbered_adjective(&self, l: &str) -> bool {
        self.rules.is_age_noun(l)
            || l.split_once('-').is_some_and(|(n, rest)| {
                !n.is_empty()
                    && n.chars().all(|c| c.is_ascii_digit())
                    && rest.starts_with(char::is_alphabetic)
            })
    }

    /// Length in tokens of a role phrase at `i` ("minister", "tổng biên tập").
    pub(crate) fn role_at(&self, i: usize, hi: usize) -> Option<(usize, Gender)> {
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
    pub(crate) fn prefix_phrases(&self, i: usize, mut f: impl FnMut(usize, &str)) {
        let mut phrase = String::new();
        for (n, x) in self.words_from(i, self.tk.len(), 3).iter().enumerate() {
            if n > 0 {
                phrase.push(' ');
            }
            phrase.push_str(x);
            f(n, &phrase);
        }
    }

    /// Can token `i` be part of a name?
    pub(crate) fn namey(&self, i: usize) -> bool {
        if !self.word(i) || !self.tk.is_capitalized(i) {
            return false;
        }
        self.memo.namey[i].get().unwrap_or_else(|| {
            let yes = self.namey_uncached(i);
            self.memo.namey[i].set(Some(yes));
            yes
        })
    }

    pub(crate) fn namey_uncached(&self, i: usize) -> bool {
        let l = self.tk.low(i);
        let r = self.rules;
        // "Carmen Flores", "Plácido Domingo": where months and days are written in lower
        // case, one capitalised right after a given name is a surname.
        let surname = || {
            self.g.romance
                && i > 0
                && self.word(i - 1)
                && self.tk.is_capitalized(i)
                && self.tk.is_capitalized(i - 1)
                && !r.is_function_word(self.tk.low(i - 1))
                && r.lex.function_words.contains(&l)
                && r.determiner(l).is_none()
                && r.pronoun(l).is_none()
                && !r.is_preposition(l)
                && !r.lex.coordinators.contains(&l)
        };
        // "Indiana State Police", "Federal Reserve Bank": an organisation noun after a name's
        // word ends an organisation's name (not in German, which capitalises every noun), but
        // not before a role, where the organisation only qualifies it: "Capitol Police Chief
        // Maria Lane".
        let before_role = || {
            self.word(i + 1)
                && (r.role(self.tk.low(i + 1)).is_some()
                    || r.honorific(self.tk.low(i + 1)).is_some())
        };
        let body_name = || {
            !self.g.noun_caps
                && !before_role()
                && r.is_body(l)
                && i > 0
                && self.word(i - 1)
                && self.tk.is_capitalized(i - 1)
                && !r.is_function_word(self.tk.low(i - 1))
                && r.role(self.tk.low(i - 1)).is_none()
                && r.honorific(self.tk.low(i - 1)).is_none()
        };
        // "Ken Doctor", "Anna Richter", "Paul Bishop": a role word right after a common given
        // name is the family name (a role after a name is set off by a comma: "Anna Berg,
        // Richterin").
        let family_name = || {
            i > 0
                && self.word(i - 1)
                && self.tk.is_capitalized(i - 1)
                && names::given_name(self.tk.low(i - 1)).is_some()
        };
        !((r.is_function_word(l) && !surname())
            || r.honorific(l).is_some()
            || (r.role(l).is_some() && !body_name() && !family_name())
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

    /// "Citou Marina Silva, …": does a verb whose ending says it is one (a two-letter ending
    /// at least: "Miró" is a name) open the sentence at token `i`? Its subject is dropped:
    /// the name after it is its object.
    pub(crate) fn opening_verb(&self, i: usize) -> bool {
        let l = self.tk.low(i);
        self.word(i)
            && self.opens_sentence(i)
            && names::given_name(l).is_none()
            && self.rules.lex.finite_endings.iter().any(|e| {
                let n = e.chars().count();
                n >= 2 && l.ends_with(e) && l.chars().count() >= n + 3
            })
    }

    /// Does the capitalised run opening `words` name a person where names open with a family
    /// name? After an honorific ("ông Toàn", "Anh Y Bhin Niê"), or from a family name with
    /// a given name after it ("Thứ trưởng Bộ Giáo dục và Đào tạo Lê Minh Tâm": not "Bộ",
    /// nor "Đào" of "Đào tạo"); a foreign name (plain Latin letters: "Kim Sang-sik",
    /// "Donald Trump") as elsewhere (`fallback`); a given name alone after a role, right
    /// before a verb of saying (`after_role`: "Thượng tá Hùng đáp").
    pub(crate) fn family_name_run(
        &self,
        words: &[usize],
        family: fn(&str) -> bool,
        (honor_before, after_role): (bool, bool),
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
        // (Only right before a verb of saying: the look-back is the costly part.) A rank or
        // office says the same of the word after it: "Giám đốc Hùng cho biết".
        let given_again = || {
            run == 1
                && self.cue_at(words[0] + 1, self.tk.len()).is_some()
                && (after_role
                    || self.said_before_as_given(
                        self.tk.raw(words[0]),
                        self.tk.toks[words[0]].start,
                        family,
                    ))
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
    pub(crate) fn phrase(&self, lo: usize, hi: usize) -> Option<Mention> {
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
        // "one of the owners", "uno dei titolari", "один из владельцев": someone new, described
        // by the group's noun (a role, or the plain noun right after, in the plural).
        if let Some((n, g)) = r.partitive(&self.words_from(first, hi, 4)) {
            let k = first + n;
            let group = self
                .phrase(k, hi)
                .filter(|m| m.kind == MentionKind::Description && !m.roles.is_empty())
                .or_else(|| {
                    // The lower-case words after it; the noun is the last where adjectives
                    // come first ("один з перших фермерів"), else the first.
                    let plain = |j: usize| {
                        j < hi
                            && self.word(j)
                            && !self.tk.is_capitalized(j)
                            && !r.is_function_word(self.tk.low(j))
                    };
                    let last = (k..k + 3).take_while(|&j| plain(j)).last()?;
                    let head = if r.lex.head_final || self.g.declines {
                        last
                    } else {
                        k
                    };
                    let (start, end) = self.span(k, head);
                    let role = vec![self.tk.low(head).to_string()];
                    Some(self.mention(start, end, MentionKind::Description, g, role))
                });
            if let Some(m) = group {
                return Some(Mention {
                    start: self.tk.toks[first].start,
                    gender: g,
                    definite: false,
                    new_person: true,
                    ..m
                });
            }
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
        let possessive = self.g.declines
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
        if let Some(m) = self.press_phrase(&words) {
            return Some(m);
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
            if self.g.declines && k > 0 && i > 0 && self.tk.raw(i - 1) == "«" {
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
                    || !self.g.noun_caps
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
                // (An article and an adjective before a given name are no particle: "De
                // Nederlands-Chileense Anna Debets" is Anna Debets.)
                let from = (2..=e)
                    .find(|&p| {
                        names::given_name(self.tk.low(words[p])).is_some()
                            && !PARTICLES.contains(&self.tk.low(words[p - 1]))
                    })
                    .unwrap_or(0);
                let g = merge(gender, self.name_gender(&words[from.max(1)..=e]));
                let (start, end) = self.span(words[from], words[e]);
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
            let surname = !self.g.noun_caps
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
                && !self.g.noun_caps
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
            // "die Deutsche Bahn", "der Vereinten Nationen", "des Deutschen Roten Kreuzes":
            // where every noun is capitalised, an adjective is written capitalised only in a
            // name, so one right after the article that opens the phrase (declined after it:
            // "-e", "-en"), before more capitalised words, opens an organisation's name; only
            // lower-case words (a verb's particle: "teilte die Deutsche Telekom mit") may
            // follow it. (Not a person's role before a name, nor a place's adjective, which
            // does not decline: "die Vorsitzende Eva Roth", "der Zürcher Stadtrat Jan Frei".)
            if k == 1
                && has_det
                && after_det
                && !blocked
                && self.g.noun_caps
                && (l.ends_with('e') || l.ends_with("en"))
            {
                let capital = |n: usize| {
                    let low = self.tk.low(n);
                    self.tk.is_capitalized(n)
                        && names::given_name(low).is_none()
                        && r.role(low).is_none_or(|g| g == Gender::Plural)
                };
                let run = words[k..]
                    .iter()
                    .enumerate()
                    .take_while(|&(d, &n)| n == i + d && capital(n))
                    .count();
                if run >= 2 && words[k + run..].iter().all(|&n| !self.tk.is_capitalized(n)) {
                    let (start, end) = self.span(i, words[k + run - 1]);
                    return Some(self.mention(
                        start,
                        end,
                        MentionKind::Name,
                        Gender::Plural,
                        roles,
                    ));
                }
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
                    && self.g.declines
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
                noun_seen = self.g.noun_caps;
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
            let slavic_name = self.g.declines
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
            let romance_name = self.g.romance
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
            let german_head = self.g.noun_caps
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
                && !self.g.noun_caps
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
                && !self.g.noun_caps
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
            // "the top-ranked Schwartzman", "the veteran Okafor": one capitalised word closing
            // a phrase of an article and lower-case modifiers is the person's surname. (Not
            // where a verb may come second, "Volgens zijn partijgenote neemt Wiebes …", nor in
            // Vietnamese, whose names are several capitalised syllables.)
            let surname_after_modifiers = has_det
                && content_seen
                && !blocked
                && head.is_none()
                && !self.g.noun_caps
                && self.g.family_name.is_none()
                && !r.lex.verb_second
                && k + 1 == words.len()
                && words[k - 1] + 1 == i
                && !self.tk.is_capitalized(words[k - 1])
                && self.namey(i);
            let opens_name = k == 0
                || prev_role
                || given_name
                || name_after_description
                || surname_after_modifiers
                || (content_seen && self.g.loose_names && !german_head)
                || honor_before;
            // "Các quan chức Mỹ", "một quan chức Nga": after a plural or an indefinite role a
            // lone capitalised word says where they come from; it is no given name.
            let one_known = !(has_det
                && (gender == Gender::Plural || r.lex.indefinite.contains(&self.tk.low(first))));
            let opens_name = match self.g.family_name {
                Some(family) if self.namey(i) => self.family_name_run(
                    &words[k..],
                    family,
                    (honor_before, prev_role && one_known),
                    opens_name,
                ),
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
                        // (Not after a surname said before: "sagte Meier der FAZ" is the
                        // outlet he told.)
                        let person_before = || {
                            self.said_before_as_surname(
                                self.tk.raw(words[e]),
                                self.tk.toks[words[e]].start,
                            )
                        };
                        let lone_article = words.get(p).is_some_and(|&m| {
                            matches!(self.tk.low(m), "der" | "den")
                                && (!words.get(p + 1).is_some_and(|&a| self.tk.is_all_caps(a))
                                    || person_before())
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
                if self.g.family_name.is_none()
                    && run.len() >= 3
                    && let Some(p) = (1..run.len() - 1).find(|&p| {
                        names::given_name(self.tk.low(run[p])).is_some()
                            && names::given_name(self.tk.low(run[p - 1])).is_none()
                            && !PARTICLES.contains(&self.tk.low(run[p - 1]))
                    })
                {
                    run.drain(..p);
                }
                // Nor is a first word that is a role by its ending or the role of a compound
                // ("Kriminologin Anna Berger", "CDA-Kamerlid Jan de Vries"), an acronym
                // ("США Джон Смит") or an organisation in the genitive ("МИД Великобритании
                // Филипп Хаммонд") before two more capitalised words.
                while self.g.family_name.is_none() && run.len() >= 3 {
                    let first = self.tk.low(run[0]);
                    let tail = first.rsplit('-').next().unwrap_or(first);
                    let role = self.rules.role(tail).is_some()
                        || (self.g.noun_caps && self.rules.agent_noun(first).is_some());
                    let acronym = self.tk.is_all_caps(run[0]) && first.chars().count() <= 5;
                    let genitive = self.g.declines
                        && self
                            .rules
                            .lex
                            .genitive_endings
                            .iter()
                            .any(|g| first.chars().count() > 4 && first.ends_with(g))
                        && names::given_name(first).is_none();
                    if !(role || acronym || genitive) {
                        break;
                    }
                    run.drain(..1);
                }
                // "Western officials", "Westliche Regierungsvertreter": an adjective before a
                // role noun, not a name; so is a first word before the lower-case modifiers of
                // a role ("High school math teacher Anna Berg", where modifiers come first).
                let role_follows = |d: usize| {
                    words
                        .get(e + d)
                        .is_some_and(|&n| n == run[0] + d && self.role_at(n, hi).is_some())
                };
                let plain = |d: usize| {
                    words.get(e + d).is_some_and(|&n| {
                        n == run[0] + d
                            && !self.tk.is_capitalized(n)
                            && !r.is_function_word(self.tk.low(n))
                            && self.cue_at(n, hi).is_none()
                    })
                };
                let adjective = run.len() == 1
                    && (role_follows(1)
                        || (k == 0
                            && r.lex.head_final
                            && !self.g.noun_caps
                            && (2..=3).any(|d| (1..d).all(plain) && role_follows(d))));
                // German capitalises nouns: "Verteidigung", "Illegale Geschäftspraktiken",
                // "Hotel" are not names unless a title or a given name says so.
                // "sagte Oberländer" after "Katrin Oberländer": a surname said before,
                // though it ends like a noun (only a phrase of that one word is checked).
                let said_surname = || {
                    words.len() == 1
                        && self
                            .said_before_as_surname(self.tk.raw(run[0]), self.tk.toks[run[0]].start)
                };
                let noun_run = self.g.noun_caps
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
                let slavic_complement = self.g.declines
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
                    && !self.g.noun_caps
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
                // (Also between two roles: "South Korean Trade Minister Park Ji-won".)
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
                    let from = if !self.g.noun_caps && !self.tk.is_capitalized(head_start) {
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
                    let sentence_case = self.g.romance
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
                self.g.noun_caps && !blocked && self.tk.is_capitalized(i) && !r.is_function_word(l);
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
        // (Where names open with a family name, a capitalised word that opens none after the
        // head says where the people come from: "Các quan chức Mỹ", "quan chức phương Tây".)
        let place = |l: &str| self.g.family_name.is_some_and(|family| !family(l));
        let stops = |i: usize| {
            let l = self.tk.low(i);
            (self.tk.is_capitalized(i) && !place(l))
                || r.is_preposition(l)
                || r.is_function_word(l)
                || r.is_skip(l)
                || r.is_complementizer(l)
                || (l.starts_with(|c: char| c.is_numeric()) && !self.numbered_adjective(l))
        };
        let mut last = head.unwrap_or(first);
        let from = words.iter().position(|&w| w == last).unwrap_or(0);
        let mut noun_head = head.is_some();
        if self.g.noun_caps {
            last = words[self.german_np_end(&words, from, head.is_some())];
            noun_head = true;
        }
        // (Where words are syllables, a word takes two tokens: "Trung tâm Dự báo khí tượng".)
        let tokens_per_word = if self.g.syllables { 2 } else { 1 };
        for (n, &i) in words.iter().enumerate().skip(from + 1).take(
            if noun_head && (self.g.noun_caps || r.lex.head_final) {
                0
            } else if head.is_some() {
                3 * tokens_per_word
            } else {
                6 * tokens_per_word
            },
        ) {
            if n > 0 && words[n - 1] + 1 != i {
                break;
            }
            // German capitalises every noun: "Die Autoren der Studie" has "Autoren" as head.
            let caps_noun = self.g.noun_caps
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
        // A body keeps the complement that names it: "le ministère de la Défense", "el
        // Ministerio de Salud", "the Department of Energy" (a preposition, an article at
        // most, then capitalised words).
        if gender == Gender::Plural && head.is_some() && !self.g.noun_caps {
            let next = |n: usize| {
                words
                    .get(n)
                    .copied()
                    .filter(|&w| n > 0 && w == words[n - 1] + 1)
            };
            let mut n = words
                .iter()
                .position(|&w| w == last)
                .map_or(words.len(), |p| p + 1);
            let joins = |w: usize| {
                let l = self.tk.low(w);
                r.is_preposition(l) || r.contraction(l).is_some()
            };
            if next(n).is_some_and(joins) {
                n += 1;
                while next(n).is_some_and(|w| r.is_definite(self.tk.low(w))) {
                    n += 1;
                }
                let mut named = false;
                while let Some(w) = next(n).filter(|&w| self.tk.is_capitalized(w)) {
                    last = w;
                    named = true;
                    n += 1;
                }
                // Where adjectives follow, one belongs to the name: "des Affaires étrangères".
                if named
                    && self.g.romance
                    && let Some(w) = next(n).filter(|&w| {
                        let l = self.tk.low(w);
                        !stops(w) && !r.is_aux(l) && r.verb(&[l]).is_none()
                    })
                {
                    last = w;
                }
            }
        }
        // A phrase opened by other words ("Später meldete sich ein Sprecher der Feuerwehr",
        // "Later a spokesman") starts at the article before its head, or at the head.
        // Where modifiers come first, the words right before the head with no article are
        // its modifiers, and say who is meant: "Western officials", "Senior administration
        // officials", "Harbour union representatives".
        let modifiers = head.is_some()
            && r.lex.head_final
            && !self.g.noun_caps
            && !blocked
            && (first..head_start).all(|j| {
                let l = self.tk.low(j);
                self.word(j)
                    && !r.is_function_word(l)
                    && !r.is_skip(l)
                    && !l.ends_with("ly")
                    && self.cue_at(j, head_start).is_none()
            });
        let first = if has_det || head.is_none() || modifiers {
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
        if self.g.noun_caps && aged_head && m.gender == Gender::Unknown {
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
            && (self.rules.is_definite(article) || (self.g.declines && !has_det));
        // "la dottoressa", "la libraia", "la conductora": an article and one noun with an
        // agent ending name a person by what she or he does, even when the role lexicon does
        // not hold the noun; the noun is the role.
        if self.g.romance
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
        if self.g.noun_caps
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
    pub(crate) fn german_np_end(&self, words: &[usize], from: usize, has_head: bool) -> usize {
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
    pub(crate) fn german_dative_after(&self, s: usize, e: usize) -> usize {
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
    pub(crate) fn german_attribute(&self, i: usize) -> bool {
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
    pub(crate) fn german_noun_run(&self, run: &[usize]) -> bool {
        let low = |t: usize| self.tk.low(t);
        let (&first, &last) = match (run.first(), run.last()) {
            (Some(f), Some(l)) => (f, l),
            _ => return false,
        };
        if names::given_name(low(first)).is_some() || self.tk.is_all_caps(last) {
            return false;
        }
        // "Klaus Maier, Leiter der Schule, sagte": one capitalised word opening an
        // apposition, a genitive article after it, heads a noun phrase, not a name.
        let heads_genitive = run.len() == 1
            && first > 0
            && self.tk.is_punct(first - 1, ',')
            && self.word(first + 1)
            && super::de::genitive_article(low(first + 1));
        super::de::common_noun(low(last))
            || heads_genitive
            || (run.len() > 1 && super::de::adjective_form(low(first)))
            || (run.len() > 1 && super::de::common_noun(low(first)))
    }

    pub(crate) fn mention(
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

    pub(crate) fn name_gender(&self, run: &[usize]) -> Gender {
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
        if self.g.declines {
            for &t in run.iter().rev() {
                if let Some(g) = names::slavic_name(self.tk.low(t)) {
                    return g;
                }
            }
        }
        Gender::Unknown
    }

    /// "Van Dijk", "De Vries", "Di Maio": a capitalised particle before a name opens the name,
    /// where nouns are not capitalised (in German "Von Berlin aus" is a preposition).
    pub(crate) fn particle_opens_name(&self, i: usize) -> bool {
        // (Not a preposition fused with an article: "Al Corriere", "Del Valle" are not names
        // for being capitalised at a sentence's start.)
        let openers = self.rules.lex.name_openers;
        if self.g.noun_caps || !self.tk.is_capitalized(i) || !openers.contains(&self.tk.low(i)) {
            return false;
        }
        // Up to two more particles before the name proper: "De la Fuente", "Van der Berg".
        let mut n = i + 1;
        while n < i + 3 && self.word(n) && PARTICLES.contains(&self.tk.low(n)) {
            n += 1;
        }
        self.namey(n) && self.tk.toks[n - 1].end < self.tk.toks[n].start
    }

    /// Tokens `first..=last` as a description of someone new, kept as written (a source
    /// named by an according-to phrase, a document an impersonal cue quotes).
    pub(crate) fn new_description(&self, first: usize, last: usize) -> Mention {
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

    /// Does a role noun open the phrase at token `i`, maybe after its article ("voorzitter
    /// van …", "der Sprecher der Polizei")? An apposition, not a clause.
    pub(crate) fn opens_with_role(&self, i: usize, hi: usize) -> bool {
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

    /// Is a capitalised name right at token `i`?
    pub(crate) fn namey_run_after(&self, i: usize, hi: usize) -> bool {
        i < hi && self.word(i) && (self.tk.is_capitalized(i) || self.tk.is_all_caps(i))
    }

    /// The end (exclusive) of a name that starts at token `s`: capitalised words, acronyms,
    /// numbers after the first word, the particles that join the parts of an outlet's name
    /// ("Diário do Vouga", "Dagblad van de Polder", "Le Courrier de l'Ouest"), and Vietnamese
    /// names in sentence case after their first word ("Thể thao Ngày nay").
    pub(crate) fn name_end(&self, s: usize, hi: usize) -> usize {
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
            if self.g.family_name.is_some()
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
    pub(crate) fn marked_name(&self, i: usize, hi: usize) -> Option<(usize, usize)> {
        if !self.namey_run_after(i, hi) {
            return None;
        }
        let hi = hi.min(self.tk.len());
        let close = (i + 1..hi.min(i + 8)).find(|&k| !self.tk.toks[k].word)?;
        is_close_mark(self.tk.raw(close)).then(|| self.span(i, close - 1))
    }

    /// Can this mention be a person (or a body that speaks) rather than a capitalised noun?
    /// Pronouns, descriptions with a role, and names that are more than one word, carry a
    /// gender, a role or a title, or repeat the surname of a fuller name said shortly before.
    pub(crate) fn person_like(&self, m: &Mention) -> bool {
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
                    || (self.g.declines && self.said_before_declined(name, m.start))
            }
        }
    }

    /// Russian and Ukrainian decline surnames: "Беляковой", "Петренка" are "Белякова",
    /// "Петренко" said earlier. The stem (the name less its last one or two letters, five
    /// letters at least) as the last word of a longer name, with at most two letters of
    /// another ending.
    pub(crate) fn said_before_declined(&self, name: &str, pos: usize) -> bool {
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
    pub(crate) fn said_before_as_surname(&self, name: &str, pos: usize) -> bool {
        self.said_before_as(name, pos, 0)
    }

    /// `said_before_as_surname` with up to `ending` more letters after `name` in the earlier
    /// mention (a declined form).
    pub(crate) fn said_before_as(&self, name: &str, pos: usize, ending: usize) -> bool {
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
    pub(crate) fn said_before_as_given(
        &self,
        name: &str,
        pos: usize,
        family: fn(&str) -> bool,
    ) -> bool {
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

    /// The possessor's gender a possessive at token `i` tells, in the languages whose
    /// possessives agree with the possessor ("sein", "haar", "his"); French "son" or Spanish
    /// "su" tell none.
    pub(crate) fn possessor(&self, i: usize) -> Option<Gender> {
        if !self.word(i) {
            return None;
        }
        self.rules.possessive(self.tk.low(i))
    }

    /// The possessor's gender when `[lo, hi)` opens with a possessive and a plain noun ("Su
    /// diagnóstico", "il suo giudizio", Portuguese "a posição dela") and names no one else.
    pub(crate) fn possessive_lead(&self, lo: usize, hi: usize) -> Option<Gender> {
        let r = self.rules;
        let noun = |i: usize| {
            self.word(i)
                && (self.g.noun_caps || !self.tk.is_capitalized(i))
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
}
