#![no_main]
#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let (lang, text) = common::split(data);
    // Half the inputs declare a language, half let sayso detect it.
    let declared = (data.first().copied().unwrap_or(0) & 0x80 != 0).then_some(lang);
    let doc = sayso::analyze(&text, None, declared);
    for n in &doc.numbers {
        common::check_span(&text, n.start_byte, n.end_byte);
    }
    for q in &doc.quotes {
        common::check_span(&text, q.start_byte, q.end_byte);
    }
    for c in &doc.claims {
        common::check_span(&text, c.sentence_start_byte, c.sentence_end_byte);
    }
    // Offsets convert for every span the document holds.
    let offsets: Vec<usize> = doc.spans.iter().flat_map(|s| [s.start_byte, s.end_byte]).collect();
    let map = sayso::offsets::CharOffsets::new(&text, offsets.iter().copied());
    let chars = text.chars().count();
    assert!(offsets.iter().all(|&b| map.get(b) <= chars));
});
