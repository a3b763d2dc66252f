#![no_main]
#[path = "common.rs"]
mod common;

use sayso::lang::LangFilter;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let (_, text) = common::split(data);
    let spans = sayso::lang::language_spans(&text, &LangFilter::all());
    let mut last = 0;
    for s in &spans {
        common::check_span(&text, s.start_byte, s.end_byte);
        assert!(s.start_byte >= last, "runs overlap");
        assert!((0.0..=1.0).contains(&s.language.confidence));
        last = s.end_byte;
    }
    for (start, end) in sayso::segment::sentences(&text) {
        common::check_span(&text, start, end);
    }
});
