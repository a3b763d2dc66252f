#![no_main]
#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let (lang, text) = common::split(data);
    for n in sayso::numbers::parse_numbers(&text, lang) {
        common::check_span(&text, n.start_byte, n.end_byte);
    }
    let _ = sayso::numbers::parse_number(&text, lang);
});
