//! The word lists one language needs for attribution, and their compiled lookup form.
//!
//! Every entry is lower-case; several words are separated by one space and match consecutive
//! tokens ("was quoted as saying", "cho biết", "по словам").

use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
    Plural,
    Unknown,
}

/// Reported speech with no complementizer after the cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ZeroThat {
    /// Never: "que", "dass", "что" are required (a comma is enough in verb-second languages).
    No,
    /// When the clause opens like one: a pronoun, a determiner or a name ("She said the plan…").
    Opener,
    /// Always (Vietnamese: "cho biết tỉnh đã chuẩn bị …").
    Any,
}

/// Hand-written word lists for one language (see `src/quotes/<lang>.rs`).
pub(crate) struct Lexicon {
    /// Reporting verbs as written in news: finite forms and participles ("said", "a déclaré"
    /// is "a" from `aux` + "déclaré"); multi-word cues such as "cho biết" or "nói thêm".
    pub verbs: &'static [&'static str],
    /// Auxiliaries and particles that may precede a verb form in the cue ("has", "a", "ha", "đã").
    pub aux: &'static [&'static str],
    /// Verbs whose following noun phrase is the addressee, not the speaker ("told").
    pub object_verbs: &'static [&'static str],
    /// Passive cues: the speaker precedes them, an outlet may follow ("was quoted as saying").
    pub passive: &'static [&'static str],
    /// "according to X": the speaker (or outlet) follows.
    pub according: &'static [&'static str],
    /// Words after which reported speech begins ("that", "que", "dass", "rằng", "что").
    pub complementizers: &'static [&'static str],
    /// Phrases after which the outlet is named ("quoted by", "in an interview with", "theo tờ").
    pub source_markers: &'static [&'static str],
    /// Nouns for media ("newspaper", "agence", "tờ", "газета"): a name after one is an outlet.
    pub media: &'static [&'static str],
    /// Well-known outlets written as they appear, lower-case ("reuters", "the independent").
    pub outlets: &'static [&'static str],
    /// Personal pronouns that can be speakers.
    pub pronouns: &'static [(&'static str, Gender)],
    /// Honorifics before a name ("mr", "mme", "herr", "ông").
    pub honorifics: &'static [(&'static str, Gender)],
    /// Role nouns that make a description ("minister", "analyst", "maire"), with a gender when
    /// the word marks one ("ministra", "Sprecherin").
    pub roles: &'static [(&'static str, Gender)],
    /// Role-noun endings for languages that compound them ("…minister", "…sprecherin").
    pub role_suffixes: &'static [(&'static str, Gender)],
    /// Determiners and possessives, with the gender they mark.
    pub determiners: &'static [(&'static str, Gender)],
    /// Prepositions: a capitalised word after one is not the speaker's name.
    pub prepositions: &'static [&'static str],
    /// Other words that are capitalised at a sentence start but never a name.
    pub function_words: &'static [&'static str],
    /// Words that may stand between the speaker and the cue or after the cue ("also", "mardi").
    pub skip: &'static [&'static str],
    /// Paragraphs opened by a dash are dialogue quotes (Russian, Ukrainian, Spanish).
    pub dash_quotes: bool,
    /// The subject may be left out ("dijo.", "ha detto."): the last speaker is meant.
    pub pro_drop: bool,
    /// Verb-second order: after a fronted phrase the subject follows the verb (de, nl), and a
    /// comma alone may introduce reported speech ("sagte, es gebe …").
    pub verb_second: bool,
    /// Whether reported speech may follow the verb with no "that".
    pub zero_complementizer: ZeroThat,
    /// Verb forms of the reported mood (German Konjunktiv I: "sei", "habe", "werde"): a
    /// sentence holding one, with no reporting verb, continues the last speaker's words.
    pub reported_mood: &'static [&'static str],
    /// Past-tense verbs agree with the speaker's gender (ru, uk): "заявил" / "заявила".
    pub verb_gender: fn(&str) -> Gender,
}

pub(crate) fn no_verb_gender(_: &str) -> Gender {
    Gender::Unknown
}

/// A lexicon with its lists turned into hash lookups; built once per language.
pub(crate) struct Rules {
    pub lex: &'static Lexicon,
    /// First word -> the remaining words of every cue phrase starting with it, longest first.
    verbs: Phrases,
    passive: Phrases,
    according: Phrases,
    source_markers: Phrases,
    aux: HashSet<&'static str>,
    object_verbs: HashSet<&'static str>,
    complementizers: HashSet<&'static str>,
    media: HashSet<&'static str>,
    outlets: Phrases,
    pronouns: HashMap<&'static str, Gender>,
    honorifics: HashMap<&'static str, Gender>,
    roles: HashMap<&'static str, Gender>,
    determiners: HashMap<&'static str, Gender>,
    prepositions: HashSet<&'static str>,
    function_words: HashSet<&'static str>,
    skip: HashSet<&'static str>,
    reported_mood: HashSet<&'static str>,
}

/// Words of a phrase as the tokenizer sees them: "un'intervista" is "un'" + "intervista".
fn phrase_words(p: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in p.split(' ').filter(|w| !w.is_empty()) {
        match w.find('\'') {
            Some(k) if k + 1 < w.len() && super::tokens::is_elision(&w[..k]) => {
                out.push(w[..=k].to_string());
                out.push(w[k + 1..].to_string());
            }
            _ => out.push(w.to_string()),
        }
    }
    out
}

type Phrases = HashMap<String, Vec<Vec<String>>>;

fn phrases(list: &[&'static str]) -> Phrases {
    let mut m: Phrases = HashMap::new();
    for p in list {
        let mut words = phrase_words(p).into_iter();
        if let Some(first) = words.next() {
            m.entry(first).or_default().push(words.collect());
        }
    }
    for v in m.values_mut() {
        v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    }
    m
}

fn set(list: &[&'static str]) -> HashSet<&'static str> {
    list.iter().copied().collect()
}

fn map(list: &[(&'static str, Gender)]) -> HashMap<&'static str, Gender> {
    list.iter().copied().collect()
}

impl Rules {
    pub fn new(lex: &'static Lexicon) -> Self {
        Rules {
            lex,
            verbs: phrases(lex.verbs),
            passive: phrases(lex.passive),
            according: phrases(lex.according),
            source_markers: phrases(lex.source_markers),
            aux: set(lex.aux),
            object_verbs: set(lex.object_verbs),
            complementizers: set(lex.complementizers),
            media: set(lex.media),
            outlets: phrases(lex.outlets),
            pronouns: map(lex.pronouns),
            honorifics: map(lex.honorifics),
            roles: map(lex.roles),
            determiners: map(lex.determiners),
            prepositions: set(lex.prepositions),
            function_words: set(lex.function_words),
            skip: set(lex.skip),
            reported_mood: set(lex.reported_mood),
        }
    }

    fn longest(table: &Phrases, words: &[&str]) -> Option<usize> {
        let first = words.first()?;
        let rest = table.get(*first)?;
        rest.iter()
            .find(|r| r.len() < words.len() && r.iter().zip(&words[1..]).all(|(a, b)| a == b))
            .map(|r| r.len() + 1)
    }

    /// Length in words of the reporting-verb phrase starting `words`, if one does.
    pub fn verb(&self, words: &[&str]) -> Option<usize> {
        Self::longest(&self.verbs, words)
    }
    pub fn passive(&self, words: &[&str]) -> Option<usize> {
        Self::longest(&self.passive, words)
    }
    pub fn according(&self, words: &[&str]) -> Option<usize> {
        Self::longest(&self.according, words)
    }
    pub fn source_marker(&self, words: &[&str]) -> Option<usize> {
        Self::longest(&self.source_markers, words)
    }
    pub fn outlet(&self, words: &[&str]) -> Option<usize> {
        Self::longest(&self.outlets, words).or_else(|| Self::longest(&COMMON.outlets, words))
    }
    pub fn is_aux(&self, w: &str) -> bool {
        self.aux.contains(w)
    }
    pub fn is_object_verb(&self, w: &str) -> bool {
        self.object_verbs.contains(w)
    }
    pub fn is_complementizer(&self, w: &str) -> bool {
        self.complementizers.contains(w)
    }
    pub fn is_media(&self, w: &str) -> bool {
        self.media.contains(w)
    }
    pub fn pronoun(&self, w: &str) -> Option<Gender> {
        self.pronouns.get(w).copied()
    }
    pub fn honorific(&self, w: &str) -> Option<Gender> {
        self.honorifics
            .get(w.trim_end_matches('.'))
            .or_else(|| COMMON.honorifics.get(w.trim_end_matches('.')))
            .copied()
    }
    /// The gender a role noun marks, if `w` is one (whole word or a compound ending).
    pub fn role(&self, w: &str) -> Option<Gender> {
        if let Some(g) = self.roles.get(w) {
            return Some(*g);
        }
        let by_suffix = |w: &str| {
            self.lex
                .role_suffixes
                .iter()
                .find(|(s, _)| w.len() > s.len() && w.ends_with(s))
                .map(|(_, g)| *g)
        };
        // German genitive and plural endings: "des Sprechers", "der Ministerinnen".
        by_suffix(w).or_else(|| {
            let stem = w.strip_suffix("nen").or_else(|| w.strip_suffix('s'))?;
            self.roles.get(stem).copied().or_else(|| by_suffix(stem))
        })
    }
    pub fn determiner(&self, w: &str) -> Option<Gender> {
        self.determiners.get(w).copied()
    }
    pub fn is_preposition(&self, w: &str) -> bool {
        self.prepositions.contains(w)
    }
    /// Never part of a name, even when capitalised.
    pub fn is_function_word(&self, w: &str) -> bool {
        self.function_words.contains(w)
            || self.prepositions.contains(w)
            || self.determiners.contains_key(w)
            || self.complementizers.contains(w)
            || self.pronouns.contains_key(w)
            || COMMON.function_words.contains(w)
    }
    pub fn is_reported_mood(&self, w: &str) -> bool {
        self.reported_mood.contains(w)
    }
    pub fn is_skip(&self, w: &str) -> bool {
        self.skip.contains(w) || COMMON.skip.contains(w)
    }
}

/// Lists shared by every language: outlets named the same everywhere, international honorifics,
/// weekday-free skip words.
struct Common {
    outlets: Phrases,
    honorifics: HashMap<&'static str, Gender>,
    function_words: HashSet<&'static str>,
    skip: HashSet<&'static str>,
}

static COMMON: std::sync::LazyLock<Common> = std::sync::LazyLock::new(|| Common {
    outlets: phrases(&[
        "reuters",
        "afp",
        "ap",
        "associated press",
        "agence france-presse",
        "bbc",
        "cnn",
        "the guardian",
        "the independent",
        "the times",
        "the new york times",
        "new york times",
        "the washington post",
        "washington post",
        "the wall street journal",
        "bloomberg",
        "politico",
        "al jazeera",
        "dpa",
        "ansa",
        "efe",
        "lusa",
        "anp",
        "belga",
        "tass",
        "ria novosti",
        "interfax",
        "ria",
        "ukrinform",
        "unian",
        "vnexpress",
        "tuổi trẻ",
        "thanh niên",
        "vnexpress",
        "le monde",
        "le figaro",
        "libération",
        "der spiegel",
        "spiegel",
        "die zeit",
        "bild",
        "süddeutsche zeitung",
        "faz",
        "el país",
        "el mundo",
        "la repubblica",
        "corriere della sera",
        "de telegraaf",
        "nrc",
        "de volkskrant",
        "folha de s.paulo",
        "o globo",
        "público",
        "rossiya 1",
        "ria",
        "ттасс",
        "тасс",
        "риа новости",
        "интерфакс",
        "укрінформ",
        "уніан",
        "франс пресс",
    ]),
    honorifics: map(&[("dr", Gender::Unknown), ("prof", Gender::Unknown)]),
    function_words: set(&[
        "and", "or", "but", "et", "ou", "mais", "und", "oder", "aber", "y", "o", "pero", "e", "ou",
        "mas", "ma", "en", "of", "maar", "và", "nhưng", "и", "или", "но", "і", "та", "або", "але",
    ]),
    skip: HashSet::new(),
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_longest_first() {
        let t = phrases(&["said", "said that", "was quoted as saying"]);
        assert_eq!(Rules::longest(&t, &["said", "that", "x"]), Some(2));
        assert_eq!(Rules::longest(&t, &["said"]), Some(1));
        assert_eq!(Rules::longest(&t, &["was", "quoted"]), None);
    }
}
