//! Where `analyze` spends its time on a folder of articles, stage by stage (one thread):
//! `cargo run --release --example stages -- ../shared/data/news`.
use std::time::Instant;

use sayso::lang::{self, LangFilter};
use sayso::segment::Segments;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/news".into());
    let mut texts = Vec::new();
    for lang in std::fs::read_dir(&dir).expect("a folder of language folders") {
        let lang = lang.expect("readable").path();
        if !lang.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(lang).expect("readable") {
            let p = f.expect("readable").path();
            if p.extension().is_some_and(|e| e == "txt") {
                texts.push(std::fs::read_to_string(p).expect("UTF-8"));
            }
        }
    }
    let mut rows = [0.0f64; 6];
    let names = [
        "segments", "language", "numbers", "quotes", "claims", "analyze",
    ];
    for round in 0..6 {
        let mut t = [0.0f64; 6];
        for text in &texts {
            let clock = Instant::now();
            let segments = Segments::of(text);
            t[0] += clock.elapsed().as_secs_f64();
            let clock = Instant::now();
            let (detected, spans) = lang::detect_document_in(text, &segments, &LangFilter::all());
            t[1] += clock.elapsed().as_secs_f64();
            let rules = detected.as_ref().map_or(lang::Lang::Eng, |l| l.lang);
            let clock = Instant::now();
            let runs = lang::foreign_runs(rules, &spans);
            let numbers = sayso::numbers::parse_numbers_by_runs(text, &runs, rules);
            t[2] += clock.elapsed().as_secs_f64();
            let clock = Instant::now();
            let quotes = sayso::quotes::extract_quotes_in(text, &segments, rules);
            t[3] += clock.elapsed().as_secs_f64();
            let clock = Instant::now();
            let claims = sayso::claims::claims_from(text, &segments, rules, &numbers, &quotes);
            t[4] += clock.elapsed().as_secs_f64();
            std::hint::black_box(claims);
            let clock = Instant::now();
            std::hint::black_box(sayso::analyze(text, None, None));
            t[5] += clock.elapsed().as_secs_f64();
        }
        if round > 0 {
            for (r, x) in rows.iter_mut().zip(t) {
                *r += x / 5.0;
            }
        }
    }
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    println!(
        "{} articles, {mb:.2} MB, mean of 5 rounds (ms)",
        texts.len()
    );
    for (n, r) in names.iter().zip(rows) {
        println!("{n:10} {:8.1}", r * 1000.0);
    }
}
