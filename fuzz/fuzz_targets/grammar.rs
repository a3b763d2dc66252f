#![no_main]
//! Grammar-aware fuzzing: the input is read as a sequence of choices among the pieces real news
//! is made of (the language's own cues, prepositions, roles and outlets from its lexicon, quote
//! marks, dashes, names, numbers), so that the fuzzer reaches the attribution and claims rules
//! instead of spending its time on byte soup the tokenizer rejects.
#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let (lang, text) = common::grammar_text(data);
    let declared = (data.first().copied().unwrap_or(0) & 0x80 != 0).then_some(lang);
    let doc = sayso::analyze(&text, None, declared);
    for q in &doc.quotes {
        common::check_span(&text, q.start_byte, q.end_byte);
        if let (Some(s), Some(e)) = (q.speaker_start_byte, q.speaker_end_byte) {
            common::check_span(&text, s, e);
        }
    }
    for n in &doc.numbers {
        common::check_span(&text, n.start_byte, n.end_byte);
    }
    for c in &doc.claims {
        common::check_span(&text, c.sentence_start_byte, c.sentence_end_byte);
    }
    for q in sayso::quotes::extract_quotes(&text, lang).unwrap_or_default() {
        common::check_span(&text, q.start_byte, q.end_byte);
    }
});
