#![no_main]
#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let (lang, text) = common::split(data);
    for q in sayso::quotes::extract_quotes(&text, lang).unwrap_or_default() {
        common::check_span(&text, q.start_byte, q.end_byte);
        if let (Some(s), Some(e)) = (q.speaker_start_byte, q.speaker_end_byte) {
            common::check_span(&text, s, e);
        }
    }
});
