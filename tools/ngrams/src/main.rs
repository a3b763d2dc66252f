//! Regenerates `src/lang/ngrams.bin`: the character 1- to 3-gram log-probabilities of lingua's
//! language models (Apache-2.0) packed into the compact table that `src/lang/ngrams.rs` compiles
//! in, and `src/lang/ngrams.bin.sha256` beside it (checked by sayso's `cargo test`).
//! The table is checked in so that building sayso never downloads or reads the 44 model crates;
//! run this only to change the table:
//!
//! ```text
//! cargo run --release --manifest-path tools/ngrams/Cargo.toml            # rewrite both files
//! cargo run --release --manifest-path tools/ngrams/Cargo.toml -- --check # compare, write nothing
//! ```
//!
//! Only the `ngrams.fst` model files are read; the crates' test data is never touched.
//! The output is deterministic (models in a fixed order, keys sorted).
//!
//! Table layout (little endian): b"SAYSONG2", u8 language count, then per language a 3-byte
//! ISO 639-3 code and a u16 expected cost per letter (the model's own trigram entropy, in
//! milli-nats: what text in that language typically costs); u32 key count; keys (u64, sorted), entry starts (u32, count + 1), entry
//! languages (u8), entry costs (u16: round(-ln p * 1000), saturating).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use fst::{IntoStreamer, Streamer};
use include_dir::Dir;
use sha2::{Digest, Sha256};

const MAX_ORDER: usize = 3;

fn models() -> Vec<(&'static str, &'static Dir<'static>)> {
    vec![
        (
            "afr",
            &lingua_afrikaans_language_model::AFRIKAANS_MODELS_DIRECTORY,
        ),
        (
            "ara",
            &lingua_arabic_language_model::ARABIC_MODELS_DIRECTORY,
        ),
        (
            "aze",
            &lingua_azerbaijani_language_model::AZERBAIJANI_MODELS_DIRECTORY,
        ),
        (
            "bel",
            &lingua_belarusian_language_model::BELARUSIAN_MODELS_DIRECTORY,
        ),
        (
            "nob",
            &lingua_bokmal_language_model::BOKMAL_MODELS_DIRECTORY,
        ),
        (
            "bul",
            &lingua_bulgarian_language_model::BULGARIAN_MODELS_DIRECTORY,
        ),
        (
            "cat",
            &lingua_catalan_language_model::CATALAN_MODELS_DIRECTORY,
        ),
        (
            "hrv",
            &lingua_croatian_language_model::CROATIAN_MODELS_DIRECTORY,
        ),
        ("ces", &lingua_czech_language_model::CZECH_MODELS_DIRECTORY),
        (
            "dan",
            &lingua_danish_language_model::DANISH_MODELS_DIRECTORY,
        ),
        ("nld", &lingua_dutch_language_model::DUTCH_MODELS_DIRECTORY),
        (
            "eng",
            &lingua_english_language_model::ENGLISH_MODELS_DIRECTORY,
        ),
        (
            "epo",
            &lingua_esperanto_language_model::ESPERANTO_MODELS_DIRECTORY,
        ),
        (
            "est",
            &lingua_estonian_language_model::ESTONIAN_MODELS_DIRECTORY,
        ),
        (
            "fin",
            &lingua_finnish_language_model::FINNISH_MODELS_DIRECTORY,
        ),
        (
            "fra",
            &lingua_french_language_model::FRENCH_MODELS_DIRECTORY,
        ),
        (
            "deu",
            &lingua_german_language_model::GERMAN_MODELS_DIRECTORY,
        ),
        ("hin", &lingua_hindi_language_model::HINDI_MODELS_DIRECTORY),
        (
            "hun",
            &lingua_hungarian_language_model::HUNGARIAN_MODELS_DIRECTORY,
        ),
        (
            "ind",
            &lingua_indonesian_language_model::INDONESIAN_MODELS_DIRECTORY,
        ),
        (
            "ita",
            &lingua_italian_language_model::ITALIAN_MODELS_DIRECTORY,
        ),
        ("lat", &lingua_latin_language_model::LATIN_MODELS_DIRECTORY),
        (
            "lav",
            &lingua_latvian_language_model::LATVIAN_MODELS_DIRECTORY,
        ),
        (
            "lit",
            &lingua_lithuanian_language_model::LITHUANIAN_MODELS_DIRECTORY,
        ),
        (
            "mkd",
            &lingua_macedonian_language_model::MACEDONIAN_MODELS_DIRECTORY,
        ),
        (
            "mar",
            &lingua_marathi_language_model::MARATHI_MODELS_DIRECTORY,
        ),
        (
            "pes",
            &lingua_persian_language_model::PERSIAN_MODELS_DIRECTORY,
        ),
        (
            "pol",
            &lingua_polish_language_model::POLISH_MODELS_DIRECTORY,
        ),
        (
            "por",
            &lingua_portuguese_language_model::PORTUGUESE_MODELS_DIRECTORY,
        ),
        (
            "ron",
            &lingua_romanian_language_model::ROMANIAN_MODELS_DIRECTORY,
        ),
        (
            "rus",
            &lingua_russian_language_model::RUSSIAN_MODELS_DIRECTORY,
        ),
        (
            "srp",
            &lingua_serbian_language_model::SERBIAN_MODELS_DIRECTORY,
        ),
        ("sna", &lingua_shona_language_model::SHONA_MODELS_DIRECTORY),
        (
            "slk",
            &lingua_slovak_language_model::SLOVAK_MODELS_DIRECTORY,
        ),
        (
            "slv",
            &lingua_slovene_language_model::SLOVENE_MODELS_DIRECTORY,
        ),
        (
            "spa",
            &lingua_spanish_language_model::SPANISH_MODELS_DIRECTORY,
        ),
        (
            "swe",
            &lingua_swedish_language_model::SWEDISH_MODELS_DIRECTORY,
        ),
        (
            "tgl",
            &lingua_tagalog_language_model::TAGALOG_MODELS_DIRECTORY,
        ),
        (
            "tur",
            &lingua_turkish_language_model::TURKISH_MODELS_DIRECTORY,
        ),
        (
            "ukr",
            &lingua_ukrainian_language_model::UKRAINIAN_MODELS_DIRECTORY,
        ),
        ("urd", &lingua_urdu_language_model::URDU_MODELS_DIRECTORY),
        (
            "vie",
            &lingua_vietnamese_language_model::VIETNAMESE_MODELS_DIRECTORY,
        ),
        ("cym", &lingua_welsh_language_model::WELSH_MODELS_DIRECTORY),
        ("zul", &lingua_zulu_language_model::ZULU_MODELS_DIRECTORY),
    ]
}

/// Up to three code points packed 21 bits apart; 0 marks an absent position.
fn pack(ngram: &str) -> Option<u64> {
    let mut key = 0u64;
    let mut n = 0;
    for c in ngram.chars() {
        if n == MAX_ORDER {
            return None;
        }
        key |= (c as u64) << (21 * n);
        n += 1;
    }
    (n > 0).then_some(key)
}

/// H = -Σ p(a) p(b|a) p(c|ab) ln p(c|ab) over the model's trigrams, normalised by their total
/// mass (the model is pruned): the cost per letter of typical text in this language.
fn trigram_entropy(probs: &std::collections::HashMap<u64, f64>) -> f64 {
    const MASK: u64 = (1 << 21) - 1;
    let (mut h, mut mass) = (0.0, 0.0);
    for (&key, &p_c) in probs {
        let (a, b, c) = (key & MASK, (key >> 21) & MASK, key >> 42);
        if c == 0 || b == 0 {
            continue;
        }
        let (Some(p_a), Some(p_b)) = (probs.get(&a), probs.get(&(a | (b << 21)))) else {
            continue;
        };
        let joint = p_a * p_b * p_c;
        h -= joint * p_c.ln();
        mass += joint;
    }
    if mass > 0.0 { h / mass } else { 0.0 }
}

fn main() -> ExitCode {
    let check = match std::env::args().nth(1).as_deref() {
        None => false,
        Some("--check") => true,
        Some(other) => {
            eprintln!("unknown argument {other:?}; the only option is --check");
            return ExitCode::from(2);
        }
    };
    let table = build_table();
    let digest = format!("{:x}  ngrams.bin\n", Sha256::digest(&table));
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../src/lang");
    let (bin, sum) = (dir.join("ngrams.bin"), dir.join("ngrams.bin.sha256"));
    if check {
        let same = std::fs::read(&bin).is_ok_and(|old| old == table)
            && std::fs::read_to_string(&sum).is_ok_and(|old| old == digest);
        eprintln!(
            "{}: {} bytes, sha256 {}",
            if same { "identical" } else { "DIFFERENT" },
            table.len(),
            digest.trim_end()
        );
        return if same {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        };
    }
    std::fs::write(&bin, &table).expect("write src/lang/ngrams.bin");
    std::fs::write(&sum, &digest).expect("write src/lang/ngrams.bin.sha256");
    eprintln!(
        "wrote {} ({} bytes), sha256 {}",
        bin.display(),
        table.len(),
        digest.trim_end()
    );
    ExitCode::SUCCESS
}

fn build_table() -> Vec<u8> {
    let models = models();
    let mut table: BTreeMap<u64, Vec<(u8, u16)>> = BTreeMap::new();
    let mut entropies: Vec<f64> = Vec::new();
    for (i, (code, dir)) in models.iter().enumerate() {
        let mut probs: std::collections::HashMap<u64, f64> = Default::default();
        let file = dir
            .get_file("ngrams.fst")
            .unwrap_or_else(|| panic!("lingua model for {code} has no ngrams.fst"));
        let map = fst::Map::new(file.contents()).expect("valid fst");
        let mut stream = map.into_stream();
        while let Some((key, value)) = stream.next() {
            let Ok(ngram) = std::str::from_utf8(key) else {
                continue;
            };
            let Some(packed) = pack(ngram) else { continue };
            let cost = (-f64::from_bits(value) * 1000.0)
                .round()
                .clamp(0.0, 65535.0) as u16;
            table.entry(packed).or_default().push((i as u8, cost));
            probs.insert(packed, f64::from_bits(value).exp());
        }
        entropies.push(trigram_entropy(&probs));
    }

    let mut out = Vec::new();
    out.extend_from_slice(b"SAYSONG2");
    out.push(models.len() as u8);
    for ((code, _), entropy) in models.iter().zip(&entropies) {
        out.extend_from_slice(code.as_bytes());
        out.extend_from_slice(
            &((entropy * 1000.0).round().clamp(0.0, 65535.0) as u16).to_le_bytes(),
        );
    }
    out.extend_from_slice(&(table.len() as u32).to_le_bytes());
    for key in table.keys() {
        out.extend_from_slice(&key.to_le_bytes());
    }
    let mut start = 0u32;
    out.extend_from_slice(&start.to_le_bytes());
    for entries in table.values() {
        start += entries.len() as u32;
        out.extend_from_slice(&start.to_le_bytes());
    }
    for entries in table.values() {
        out.extend(entries.iter().map(|(lang, _)| *lang));
    }
    for entries in table.values() {
        for (_, cost) in entries {
            out.extend_from_slice(&cost.to_le_bytes());
        }
    }
    out
}
