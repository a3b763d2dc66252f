//! Second stage of language identification: a character trigram language model per language,
//! scored over the candidates that share the text's script.
//!
//! The statistics are lingua's (Apache-2.0), packed by build.rs into `ngrams.bin`; the scoring is
//! ours: a chain-rule log-likelihood per word, P(c1) P(c2|c1) Π P(ci|ci-2 ci-1), backing off to
//! the suffix bigram and unigram with a penalty, and a floor for characters a language never uses.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};
use whatlang::Lang;

static TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ngrams.bin"));

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
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic() && c.general_category_group() == GeneralCategoryGroup::Letter
}

pub(crate) struct Model {
    langs: Vec<Lang>,
    /// Typical cost per letter of text in each language (milli-nats), to tell a poor fit.
    expected: Vec<u16>,
    index: HashMap<u64, (u32, u32), BuildHasherDefault<KeyHasher>>,
    entry_lang: Vec<u8>,
    entry_cost: Vec<u16>,
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
            langs.push(Lang::from_code(std::str::from_utf8(r.take(3)?).ok()?)?);
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
        let entry_lang = r.take(n_entries)?.to_vec();
        let entry_cost = r
            .take(n_entries * 2)?
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        let mut index = HashMap::with_capacity_and_hasher(n_keys, Default::default());
        for (i, key) in keys.chunks_exact(8).enumerate() {
            let key = u64::from_le_bytes(key.try_into().ok()?);
            index.insert(key, (start_at(i), start_at(i + 1)));
        }
        Some(Model {
            langs,
            expected,
            index,
            entry_lang,
            entry_cost,
        })
    }

    /// Typical cost per letter (nats) of text in `lang`, if the model knows it.
    pub(crate) fn expected_cost(&self, lang: Lang) -> Option<f64> {
        let i = self.langs.iter().position(|&l| l == lang)?;
        Some(f64::from(self.expected[i]) / 1000.0)
    }

    pub(crate) fn has(&self, lang: Lang) -> bool {
        self.langs.contains(&lang)
    }

    /// Sets `costs[slot[lang]] = cost + penalty` for every language of `key` that is a candidate.
    fn apply(&self, key: u64, penalty: u32, slot: &[u8; MAX_LANGS], costs: &mut [u32]) -> usize {
        let Some(&(start, end)) = self.index.get(&key) else {
            return 0;
        };
        let (start, end) = (start as usize, end as usize);
        let mut hits = 0;
        for (&lang, &cost) in self.entry_lang[start..end]
            .iter()
            .zip(&self.entry_cost[start..end])
        {
            let s = slot[usize::from(lang) % MAX_LANGS];
            if let Some(c) = costs.get_mut(usize::from(s)) {
                *c = u32::from(cost) + penalty;
                hits += 1;
            }
        }
        hits
    }

    /// Negative log-likelihood (milli-nats) of `text`'s letters under each candidate language,
    /// and the number of letters scored. Candidates are model languages.
    pub(crate) fn score(&self, text: &str, candidates: &[Lang]) -> (Vec<u64>, usize) {
        let mut slot = [u8::MAX; MAX_LANGS];
        for (i, lang) in candidates.iter().enumerate() {
            if let Some(m) = self.langs.iter().position(|l| l == lang) {
                slot[m] = i as u8;
            }
        }
        let n = candidates.len();
        let mut totals = vec![0u64; n];
        let mut step = vec![0u32; n];
        let (mut prev2, mut prev1) = (0u64, 0u64); // 0: no letter (word start)
        let mut letters = 0;
        for c in text.chars().flat_map(char::to_lowercase) {
            if !is_letter(c) {
                (prev2, prev1) = (0, 0);
                continue;
            }
            let c = u64::from(c);
            letters += 1;
            step.iter_mut().for_each(|s| *s = FLOOR);
            // Lowest order first, so that higher orders overwrite what they know better.
            self.apply(c, 2 * BACKOFF, &slot, &mut step);
            if prev1 != 0 {
                // Without a trigram context the bigram is the full context: no penalty.
                let penalty = if prev2 != 0 { BACKOFF } else { 0 };
                self.apply(prev1 | (c << 21), penalty, &slot, &mut step);
                if prev2 != 0 {
                    self.apply(prev2 | (prev1 << 21) | (c << 42), 0, &slot, &mut step);
                }
            } else {
                // A word's first letter: its unigram probability is the full context.
                for s in step.iter_mut().filter(|s| **s != FLOOR) {
                    *s -= 2 * BACKOFF;
                }
            }
            for (t, s) in totals.iter_mut().zip(&step) {
                *t += u64::from(*s);
            }
            (prev2, prev1) = (prev1, c);
        }
        (totals, letters)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_loads_with_every_language() {
        let m = model().expect("ngrams.bin parses");
        assert!(m.langs.len() >= 40);
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
