//! Word tokens around numbers: byte spans and lower-cased forms, made once per document.

/// A word (letters, digits, inner hyphens and apostrophes) or one punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub word: bool,
}

/// The tokens of one text, with their lower-cased forms in one shared buffer.
pub(crate) struct Tokens<'t> {
    pub text: &'t str,
    pub toks: Vec<Tok>,
    lower: String,
    lo: Vec<(u32, u32)>,
}

/// Elided articles and prepositions ("d'euros", "l'armée", "dell'esercito"): split off so the
/// noun after them is a token of its own.
const ELISIONS: &[&str] = &[
    "l", "d", "qu", "jusqu", "dell", "all", "dall", "nell", "sull", "un", "quell", "c", "s", "n",
];

fn is_word_char(c: char) -> bool {
    crate::text::is_alphanumeric(c) || ('\u{300}'..='\u{36f}').contains(&c)
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '\u{2011}')
}

impl<'t> Tokens<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut t = Tokens {
            text,
            toks: Vec::with_capacity(text.len() / 6),
            lower: String::with_capacity(text.len()),
            lo: Vec::with_capacity(text.len() / 6),
        };
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c.is_whitespace() {
                continue;
            }
            if !is_word_char(c) {
                t.push(i, i + c.len_utf8(), false);
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    iter.next();
                } else if is_joiner(d)
                    && text[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(is_word_char)
                {
                    iter.next();
                } else {
                    break;
                }
            }
            t.push_word(i, end);
        }
        t
    }

    fn push(&mut self, start: usize, end: usize, word: bool) {
        let ls = self.lower.len();
        crate::text::push_lower(&mut self.lower, &self.text[start..end]);
        self.lo.push((ls as u32, self.lower.len() as u32));
        self.toks.push(Tok { start, end, word });
    }

    fn push_word(&mut self, start: usize, end: usize) {
        let w = &self.text[start..end];
        if let Some(k) = w.find(['\'', '’']) {
            let apos = w[k..].chars().next().map_or(1, char::len_utf8);
            if ELISIONS.contains(&w[..k].to_lowercase().as_str()) && k + apos < w.len() {
                self.push(start, start + k + apos, true);
                return self.push_word(start + k + apos, end);
            }
        }
        self.push(start, end, true);
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The lower-cased form of token `i`.
    pub fn low(&self, i: usize) -> &str {
        let (s, e) = self.lo[i];
        &self.lower[s as usize..e as usize]
    }

    /// The token as written.
    pub fn raw(&self, i: usize) -> &'t str {
        let t = self.toks[i];
        &self.text[t.start..t.end]
    }

    /// Does token `i` start with an upper-case letter?
    pub fn capitalized(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// The first token that starts at or after byte `pos`.
    pub fn at_or_after(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    /// Is token `i` the first word of its sentence (after an opening quote or bracket)?
    pub fn sentence_initial(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 {
            j -= 1;
            if self.toks[j].word {
                return false;
            }
            match self.raw(j) {
                "." | "!" | "?" | "…" | ":" | "\u{2014}" | "\u{2013}" => return true,
                _ => {}
            }
            // A line break between the two ends a paragraph.
            if self.text[self.toks[j].end..self.toks[j + 1].start].contains('\n') {
                return true;
            }
        }
        true
    }

    /// Is there a line break or sentence punctuation between tokens `a` and `b` (a < b)?
    pub fn break_between(&self, a: usize, b: usize) -> bool {
        let gap = &self.text[self.toks[a].end..self.toks[b].start];
        gap.contains('\n')
    }
}

/// A token that opens a quotation ("«", "“", "„", "‘", the straight double mark).
pub(crate) fn is_opening_mark(s: &str) -> bool {
    matches!(s, "«" | "“" | "„" | "\"" | "‘")
}

/// A token that closes a quotation ("»", "”", "’"; "“" and the straight double mark close too).
pub(crate) fn is_closing_mark(s: &str) -> bool {
    matches!(s, "»" | "”" | "\"" | "“" | "’")
}

/// A quotation mark of either kind, or a straight single one.
pub(crate) fn is_quote_mark(s: &str) -> bool {
    is_opening_mark(s) || is_closing_mark(s) || s == "'"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_elisions_and_keeps_hyphens() {
        let t = Tokens::new("1,5 million d'euros, nord-coréens…");
        let words: Vec<&str> = (0..t.len()).map(|i| t.raw(i)).collect();
        assert_eq!(
            words,
            [
                "1",
                ",",
                "5",
                "million",
                "d'",
                "euros",
                ",",
                "nord-coréens",
                "…"
            ]
        );
        assert_eq!(t.low(5), "euros");
    }

    #[test]
    fn an_elision_is_split_and_lower_cased_with_a_straight_apostrophe() {
        let t = Tokens::new("L’immeuble d’Anna");
        let lows: Vec<&str> = (0..t.len()).map(|i| t.low(i)).collect();
        assert_eq!(lows, ["l'", "immeuble", "d'", "anna"]);
        assert_eq!(t.raw(0), "L’");
    }

    #[test]
    fn sentence_initial_words() {
        let t = Tokens::new("Kyiv said. « Selon lui, X");
        assert!(t.sentence_initial(0));
        assert!(!t.sentence_initial(1));
        assert!(t.sentence_initial(4));
        assert!(!t.sentence_initial(6));
    }
}
