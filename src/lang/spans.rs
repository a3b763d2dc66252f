//! Language runs of a mixed document, first version: line by line, merged when adjacent lines
//! agree. Lines whose language is unclear join the run before them rather than starting their own.

use super::{LangFilter, LanguageSpan, detect_language};

/// The trimmed, non-empty lines of `text` as byte ranges.
fn lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut pos = 0;
    text.split_inclusive('\n').filter_map(move |line| {
        let start = pos;
        pos += line.len();
        let lead = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        (!trimmed.is_empty()).then(|| (start + lead, start + lead + trimmed.len()))
    })
}

pub fn language_spans(text: &str, filter: &LangFilter) -> Vec<LanguageSpan> {
    let mut spans: Vec<LanguageSpan> = Vec::new();
    // Whether the last span's language must be re-detected over its merged extent.
    let mut merged = Vec::new();
    for (start, end) in lines(text) {
        let Some(language) = detect_language(&text[start..end], filter) else {
            continue;
        };
        match spans.last_mut() {
            Some(last) if last.language.lang == language.lang || !language.reliable => {
                last.end_byte = end;
                *merged.last_mut().expect("one flag per span") = true;
            }
            _ => {
                spans.push(LanguageSpan {
                    start_byte: start,
                    end_byte: end,
                    language,
                });
                merged.push(false);
            }
        }
    }
    for (span, was_merged) in spans.iter_mut().zip(merged) {
        if was_merged {
            // More text gives a firmer answer; keep the line-level one if detection now fails.
            if let Some(l) = detect_language(&text[span.start_byte..span.end_byte], filter) {
                span.language = l;
            }
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_a_french_article_with_an_english_paragraph() {
        let text = "Le ministre a défendu mercredi la réforme des aides aux éleveurs.\n\n\
                    We will look very carefully at whether these subsidies respect the rules.\n\n\
                    Nous ne demandons rien d'autre que l'équité, a répondu le ministre.";
        let spans = language_spans(text, &LangFilter::all());
        let codes: Vec<_> = spans.iter().map(|s| s.language.code).collect();
        assert_eq!(codes, ["fr", "en", "fr"]);
        assert!(text[spans[1].start_byte..spans[1].end_byte].starts_with("We will"));
    }

    #[test]
    fn merges_agreeing_lines_and_skips_empty_ones() {
        let text = "  Die Regierung hat neue Hilfen angekündigt.\n\nDie Opposition kritisiert das Paket.\n123\n";
        let spans = language_spans(text, &LangFilter::all());
        assert_eq!(spans.len(), 1);
        assert_eq!(spans[0].language.code, "de");
        assert_eq!(
            &text[spans[0].start_byte..spans[0].end_byte],
            text.trim().trim_end_matches("\n123")
        );
        assert!(language_spans("", &LangFilter::all()).is_empty());
    }
}
