//! Second stage of language identification: a character trigram language model per language,
//! scored over the candidates that share the text's script.
//!
//! The statistics are lingua's (Apache-2.0), packed into the checked-in `ngrams.bin` by
//! `tools/ngrams` (which says how to regenerate it); the scoring is
//! ours: a chain-rule log-likelihood per word, P(c1) P(c2|c1) Π P(ci|ci-2 ci-1), backing off to
//! the suffix bigram and unigram with a penalty, and a floor for characters a language never uses.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::Lang;
use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};

static TABLE: &[u8] = include_bytes!("ngrams.bin");

/// Cost (milli-nats) of a character the language model has never seen in any context.
const FLOOR: u32 = 13_000;
/// Extra cost per back-off level (trigram → bigram → unigram), milli-nats.
const BACKOFF: u32 = 1_200;
/// At most this many languages in a model (entry languages are u8).
const MAX_LANGS: usize = 64;

/// Multiplicative hashing for packed n-gram keys: they are already well spread integers.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u64(&mut self, k: u64) {
        self.0 = (k ^ (k >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A letter in the Unicode sense (general category L): the statistics count words as runs of
/// letters, so combining marks (Indic vowel signs, Arabic harakat) separate them here too.
fn is_letter(c: char) -> bool {
    // Fast paths for the blocks news text is mostly written in (checked against the general
    // category by a test); everything else asks the Unicode tables.
    match u32::from(c) {
        0..=0x7f => c.is_ascii_alphabetic(),
        0xc0..=0x24f => c != '×' && c != '÷',
        0x400..=0x481 | 0x48a..=0x52f | 0x1e00..=0x1eff => true,
        _ => c.general_category_group() == GeneralCategoryGroup::Letter,
    }
}

pub(crate) struct Model {
    /// Model index of each language (indexed by its discriminant), u8::MAX if absent.
    position: [u8; 128],
    /// Typical cost per letter of text in each language (milli-nats), to tell a poor fit.
    expected: Vec<u16>,
    index: HashMap<u64, (u32, u32), BuildHasherDefault<KeyHasher>>,
    /// The languages that know each n-gram and its cost in each, side by side so that one
    /// cache line holds a key's run (a common trigram has ~25).
    entries: Vec<Entry>,
}

#[derive(Clone, Copy)]
struct Entry {
    lang: u8,
    cost: u16,
}

static MODEL: LazyLock<Option<Model>> = LazyLock::new(|| Model::parse(TABLE));

/// The n-gram model, loaded on first use (a few tens of milliseconds).
pub(crate) fn model() -> Option<&'static Model> {
    MODEL.as_ref()
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, tail) = self.0.split_at_checked(n)?;
        self.0 = tail;
        Some(head)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
}

impl Model {
    fn parse(bytes: &[u8]) -> Option<Model> {
        let mut r = Reader(bytes);
        (r.take(8)? == b"SAYSONG2").then_some(())?;
        let n_langs = usize::from(*r.take(1)?.first()?);
        let (mut langs, mut expected) = (Vec::new(), Vec::new());
        for _ in 0..n_langs {
            let code = std::str::from_utf8(r.take(3)?).ok()?;
            langs.push(Lang::all().find(|l| l.iso639_3() == code)?);
            expected.push(u16::from_le_bytes(r.take(2)?.try_into().ok()?));
        }
        if langs.len() > MAX_LANGS {
            return None;
        }
        let n_keys = r.u32()? as usize;
        let keys = r.take(n_keys * 8)?;
        let starts = r.take((n_keys + 1) * 4)?;
        let start_at =
            |i: usize| u32::from_le_bytes(starts[i * 4..i * 4 + 4].try_into().unwrap_or_default());
        let n_entries = start_at(n_keys) as usize;
        let langs_of = r.take(n_entries)?;
        let costs = r.take(n_entries * 2)?.chunks_exact(2);
        let entries = langs_of
            .iter()
            .zip(costs)
            .map(|(&lang, c)| Entry {
                lang,
                cost: u16::from_le_bytes([c[0], c[1]]),
            })
            .collect();
        let mut index = HashMap::with_capacity_and_hasher(n_keys, Default::default());
        for (i, key) in keys.chunks_exact(8).enumerate() {
            let key = u64::from_le_bytes(key.try_into().ok()?);
            index.insert(key, (start_at(i), start_at(i + 1)));
        }
        let mut position = [u8::MAX; 128];
        for (i, &lang) in langs.iter().enumerate() {
            *position.get_mut(lang as usize)? = i as u8;
        }
        Some(Model {
            position,
            expected,
            index,
            entries,
        })
    }

    /// Typical cost per letter (nats) of text in `lang`, if the model knows it.
    pub(crate) fn expected_cost(&self, lang: Lang) -> Option<f64> {
        let i = self.index_of(lang)?;
        Some(f64::from(self.expected[i]) / 1000.0)
    }

    pub(crate) fn has(&self, lang: Lang) -> bool {
        self.index_of(lang).is_some()
    }

    fn index_of(&self, lang: Lang) -> Option<usize> {
        let i = *self.position.get(lang as usize)?;
        (i != u8::MAX).then_some(usize::from(i))
    }

    /// For every language of `key` not `seen` yet: adds `cost + penalty - FLOOR` to its total
    /// and marks it seen. Called from the highest order down, so each language is charged by the
    /// longest context it knows. Totals are kept for every model language (indexed by its place
    /// in the model), candidates or not: a branch-free add is cheaper than asking which
    /// languages are wanted, and the others' totals are simply not read.
    fn charge(&self, key: u64, penalty: i64, seen: &mut u64, totals: &mut [i64; MAX_LANGS]) {
        let Some(&(start, end)) = self.index.get(&key) else {
            return;
        };
        let entries = self
            .entries
            .get(start as usize..end as usize)
            .unwrap_or_default();
        let base = penalty - i64::from(FLOOR);
        if *seen == 0 {
            // The first order charged (the common case): nothing to skip.
            for e in entries {
                let lang = usize::from(e.lang) % MAX_LANGS;
                totals[lang] += i64::from(e.cost) + base;
                *seen |= 1u64 << lang;
            }
            return;
        }
        for e in entries {
            let lang = usize::from(e.lang) % MAX_LANGS;
            let bit = 1u64 << lang;
            if *seen & bit == 0 {
                *seen |= bit;
                totals[lang] += i64::from(e.cost) + base;
            }
        }
    }

    /// Negative log-likelihood (milli-nats) of `text`'s letters under each candidate language,
    /// and the number of letters scored. Candidates are model languages (at most 64).
    pub(crate) fn score(&self, text: &str, candidates: &[Lang]) -> (Vec<u64>, usize) {
        // Back-off stops once every candidate knows some context.
        let wanted: u64 = candidates
            .iter()
            .take(MAX_LANGS)
            .filter_map(|&l| self.index_of(l))
            .fold(0, |m, i| m | 1u64 << (i % MAX_LANGS));
        // Every letter costs FLOOR unless some context is known: totals hold the difference.
        let mut totals = [0i64; MAX_LANGS];
        let (mut prev2, mut prev1) = (0u64, 0u64); // 0: no letter (word start)
        let mut letters = 0usize;
        let (b, b2) = (i64::from(BACKOFF), 2 * i64::from(BACKOFF));
        let mut step = |c: char| {
            if !is_letter(c) {
                (prev2, prev1) = (0, 0);
                return;
            }
            let c = u64::from(c);
            letters += 1;
            let mut seen = 0u64;
            if prev2 != 0 {
                self.charge(prev2 | (prev1 << 21) | (c << 42), 0, &mut seen, &mut totals);
            }
            if prev1 != 0 && seen & wanted != wanted {
                // Without a trigram context the bigram is the full context: no penalty.
                let penalty = if prev2 != 0 { b } else { 0 };
                self.charge(prev1 | (c << 21), penalty, &mut seen, &mut totals);
            }
            if seen & wanted != wanted {
                // A word's first letter: its unigram probability is the full context.
                let penalty = if prev1 != 0 { b2 } else { 0 };
                self.charge(c, penalty, &mut seen, &mut totals);
            }
            (prev2, prev1) = (prev1, c);
        };
        // Lower-cased as read.
        for c in text.chars() {
            crate::text::for_each_lower(c, &mut step);
        }
        let floor = i64::from(FLOOR) * letters as i64;
        let costs = candidates
            .iter()
            .take(MAX_LANGS)
            .map(|&l| {
                let t = self.index_of(l).map_or(0, |i| totals[i % MAX_LANGS]);
                (t + floor).max(0) as u64
            })
            .collect();
        (costs, letters)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_fast_paths_agree_with_the_general_category() {
        for c in (0u32..0x2000).filter_map(char::from_u32) {
            let slow = c.general_category_group() == GeneralCategoryGroup::Letter;
            assert_eq!(is_letter(c), slow, "{c:?} U+{:04X}", u32::from(c));
        }
    }

    /// The table is binary and checked in: a truncated copy, a Git LFS pointer or an edit by
    /// hand must fail here, not as odd language guesses.
    #[test]
    fn table_matches_the_checksum_its_generator_wrote() {
        use sha2::{Digest, Sha256};
        let expected = include_str!("ngrams.bin.sha256");
        let actual = format!("{:x}  ngrams.bin\n", Sha256::digest(TABLE));
        assert_eq!(actual, expected, "regenerate with tools/ngrams");
    }

    #[test]
    fn table_loads_with_every_language() {
        let m = model().expect("ngrams.bin parses");
        assert!(m.position.iter().filter(|&&p| p != u8::MAX).count() >= 40);
        assert!(m.has(Lang::Eng) && m.has(Lang::Vie) && m.has(Lang::Rus));
        assert!(m.index.len() > 10_000);
    }

    #[test]
    fn scores_prefer_the_right_language() {
        let m = model().unwrap();
        let cands = [Lang::Dan, Lang::Nob, Lang::Swe];
        let (costs, letters) =
            m.score("Regjeringen har bestemt at skolene skal åpne igjen", &cands);
        assert!(letters > 30);
        let best = costs.iter().enumerate().min_by_key(|(_, c)| **c).unwrap().0;
        assert_eq!(cands[best], Lang::Nob);
    }
}
