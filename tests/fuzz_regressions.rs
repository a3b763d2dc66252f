//! Replays every input kept in fuzz/regressions (inputs the fuzzers once crashed on) through the
//! same checks the fuzz targets make, on stable Rust, as part of `cargo test`.

#[path = "../fuzz/fuzz_targets/common.rs"]
mod common;

use sayso::lang::LangFilter;

fn check(data: &[u8]) {
    // Each input is replayed both ways the fuzz targets read bytes.
    let (lang, text) = common::split(data);
    check_text(lang, &text);
    let (lang, text) = common::grammar_text(data);
    check_text(lang, &text);
}

fn check_text(lang: sayso::lang::Lang, text: &str) {
    let text = text.to_owned();
    for n in sayso::numbers::parse_numbers(&text, lang) {
        common::check_span(&text, n.start_byte, n.end_byte);
    }
    let _ = sayso::numbers::parse_number(&text, lang);
    for q in sayso::quotes::extract_quotes(&text, lang).unwrap_or_default() {
        common::check_span(&text, q.start_byte, q.end_byte);
    }
    for s in sayso::lang::language_spans(&text, &LangFilter::all()) {
        common::check_span(&text, s.start_byte, s.end_byte);
    }
    let doc = sayso::analyze(&text, None, Some(lang));
    for c in &doc.claims {
        common::check_span(&text, c.sentence_start_byte, c.sentence_end_byte);
    }
}

#[test]
fn fuzz_regressions_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("fuzz/regressions exists") {
        let path = entry.expect("readable entry").path();
        check(&std::fs::read(&path).expect("readable input"));
        n += 1;
    }
    // The sample corpus runs too, so the test means something before the first regression.
    let sample = include_str!("../python/sayso/data/sample.jsonl");
    for line in sample.lines() {
        check(line.as_bytes());
        n += 1;
    }
    assert!(n >= 10);
}
