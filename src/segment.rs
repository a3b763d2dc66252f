//! Segmentation shared by every stage: paragraphs (lines) and sentences, as byte ranges.
//!
//! Rules, not a model: a sentence ends at . ! ? … (and CJK 。！？) followed by closing quotes or
//! brackets, then whitespace and something that can start a sentence; never after a known
//! abbreviation or an initial ("M. Dupont", "J. Smith", "Dr."). A line break always ends one.

/// Words that end with a period without ending the sentence, lower-cased, period excluded.
/// Written for news text in the languages sayso reads; initials are handled separately.
const ABBREVIATIONS: &[&str] = &[
    // en
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "maj", "jr", "sr", "rev", "hon", "no", "nos", "vs", "etc", "inc", "ltd", "co",
    "corp", "dept", "est", "approx", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "a.m", "p.m", // fr
    "mme", "mlle", "mm", "me", "pr", "art", "av", "bd", "env", "cf", "p", "ex",
    // de / nl
    "hr", "fr", "frau", "nr", "bzw", "ca", "z.b", "d.h", "u.a", "dr", "mio", "mrd", "bzw", "vgl",
    "dhr", "mevr", "drs", "ir", // es / pt / it
    "sra", "srta", "dña", "dra", "ud", "uds", "av", "sig", "dott", "ing", "avv", "on",
    // vi
    "tp", "gs", "ts", "pgs", "ths", // ru / uk
    "г", "гг", "т", "тыс", "млн", "млрд", "руб", "им", "ул", "д", "с", "ст", "тов",
];

/// Non-empty lines (paragraphs) of `text`, trimmed, as byte ranges.
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        push_trimmed(text, pos, pos + line.len(), &mut out);
        pos += line.len();
    }
    out
}

/// Sentences of `text`, trimmed, as byte ranges in text order; they never cross a line break.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    Segments::of(text).sentences
}

/// The paragraphs and sentences of one text, split once by the pipeline and read by every
/// stage (language runs, quotes, claims) instead of each stage splitting the text again.
#[derive(Debug, Clone, Default)]
pub struct Segments {
    /// As [`paragraphs`].
    pub paragraphs: Vec<(usize, usize)>,
    /// As [`sentences`].
    pub sentences: Vec<(usize, usize)>,
}

impl Segments {
    pub fn of(text: &str) -> Segments {
        let paragraphs = paragraphs(text);
        let mut sentences = Vec::new();
        for &(p_start, p_end) in &paragraphs {
            split_paragraph(text, p_start, p_end, &mut sentences);
        }
        Segments {
            paragraphs,
            sentences,
        }
    }
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push((start + lead, start + lead + trimmed.len()));
    }
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '।')
}

fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '«' | ')' | ']' | '」' | '』' | '›' | '“'
    )
}

fn is_cjk_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

/// Could `c` begin a new sentence?
fn can_start(c: char) -> bool {
    c.is_uppercase()
        || c.is_numeric()
        || matches!(
            c,
            '"' | '“'
                | '„'
                | '«'
                | '‘'
                | '\''
                | '('
                | '['
                | '—'
                | '–'
                | '-'
                | '¿'
                | '¡'
                | '‹'
                | '»'
                | '「'
                | '『'
        )
        || !c.is_alphabetic() && !c.is_whitespace() && !c.is_ascii_punctuation()
        || is_caseless_letter(c)
}

/// Letters of scripts without case (CJK, Arabic, Hebrew, Thai, Devanagari…) can start sentences.
fn is_caseless_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase()
}

/// "— заявил он": a dash and a lower-case word continue the sentence of the quote before them.
fn attribution_dash(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(chars.next(), Some('—' | '–' | '-'))
        && chars
            .as_str()
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
}

/// Is the word ending at `end` (exclusive, just before a '.') an abbreviation or an initial?
fn is_abbreviation(text: &str, para_start: usize, end: usize) -> bool {
    let before = &text[para_start..end];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '«' | '\'' | '‘'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    // A single capital letter is an initial: "J. Smith", "M. Dupont"; after a number it is a
    // unit ("8,2 G.", "20 V.").
    if first.is_uppercase() && chars.next().is_none() {
        let after_number = before[..word_start]
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit());
        return !after_number;
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

fn split_paragraph(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let para = &text[start..end];
    let mut sent_start = start;
    let mut iter = para.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_terminal(c) {
            continue;
        }
        // Swallow runs of terminals ("?!", "...") and closing marks.
        let mut cut = start + i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if is_terminal(d) || is_closing(d) {
                cut = start + j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        // French puts a space before the closing guillemet: "arbres. » Elle".
        let spaced = &text[cut..end];
        let inner = spaced.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        if let Some(close) = inner.chars().next().filter(|&d| matches!(d, '»' | '”'))
            && inner.len() < spaced.len()
            && inner[close.len_utf8()..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace)
        {
            cut = end - inner.len() + close.len_utf8();
        }
        let rest = &text[cut..end];
        let after_space = rest.trim_start();
        let had_space = after_space.len() < rest.len();
        let Some(next) = after_space.chars().next() else {
            break;
        };
        let boundary = if is_cjk_terminal(c) {
            true
        } else {
            had_space
                && can_start(next)
                && !attribution_dash(after_space)
                && !(c == '.' && is_abbreviation(text, start, start + i))
        };
        if boundary {
            push_trimmed(text, sent_start, cut, out);
            sent_start = cut;
        }
    }
    push_trimmed(text, sent_start, end, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn splits_news_sentences() {
        let t = "The mayor spoke on Monday. \"We are ready,\" she said. Was it true? Nobody knew!";
        assert_eq!(
            texts(t),
            [
                "The mayor spoke on Monday.",
                "\"We are ready,\" she said.",
                "Was it true?",
                "Nobody knew!"
            ]
        );
    }

    #[test]
    fn keeps_abbreviations_initials_and_decimals() {
        let t = "M. Dupont a vu Dr. Martin à 10 h. Il a payé 3.5 euros.";
        assert_eq!(
            texts(t),
            ["M. Dupont a vu Dr. Martin à 10 h.", "Il a payé 3.5 euros."]
        );
        assert_eq!(
            texts("J. K. Smith said so. Then he left."),
            ["J. K. Smith said so.", "Then he left."]
        );
        assert_eq!(
            texts("Ngày 24.2, TP. Hồ Chí Minh mưa lớn. Người dân sơ tán."),
            ["Ngày 24.2, TP. Hồ Chí Minh mưa lớn.", "Người dân sơ tán."]
        );
        // A capital letter after a number is a unit, not an initial.
        assert_eq!(
            texts("Die Kapsel erreichte 8,2 G. Danach landete sie."),
            ["Die Kapsel erreichte 8,2 G.", "Danach landete sie."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let t = "« Nous voulons planter des arbres. » Elle a ajouté cela.";
        assert_eq!(
            texts(t),
            [
                "« Nous voulons planter des arbres. »",
                "Elle a ajouté cela."
            ]
        );
        let r = "«Вода поднялась.» — заявил он. Потом ушёл.";
        assert_eq!(texts(r), ["«Вода поднялась.» — заявил он.", "Потом ушёл."]);
    }

    #[test]
    fn cjk_and_lines() {
        assert_eq!(
            texts("政府宣布了计划。金额很大。"),
            ["政府宣布了计划。", "金额很大。"]
        );
        assert_eq!(
            texts("First line\n\n  second line  \n"),
            ["First line", "second line"]
        );
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\n ").is_empty());
    }

    #[test]
    fn ranges_are_char_boundaries_on_any_text() {
        for t in ["…", "a.…b", "ё. Ё", "🎉. 🎉!", "\u{301}. x", "?\n?"] {
            for (s, e) in sentences(t) {
                assert!(t.is_char_boundary(s) && t.is_char_boundary(e) && s < e);
            }
        }
    }
}
