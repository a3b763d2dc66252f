//! Word and punctuation tokens with byte spans and lower-cased forms, made once per document.

/// One token: a word (letters, digits, inner hyphens and apostrophes) or one punctuation char.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    /// Range of the lower-cased form in [`Tokens::lower`].
    lo: (usize, usize),
    pub word: bool,
    /// A French inverted subject clitic split off its verb: "dit-il" gives "dit" + "il".
    pub clitic: bool,
}

/// All tokens of a text in order; the lower-cased forms share one buffer (one allocation).
pub(crate) struct Tokens<'t> {
    pub text: &'t str,
    pub toks: Vec<Tok>,
    lower: String,
}

/// Elided articles and pronouns written with an apostrophe ("l'analyste", "dell'Interno"):
/// split off so the noun after them is a token of its own.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "dell", "all",
    "dall", "nell", "sull", "un", "quell", "dell’", "all’",
];

/// French subject clitics after a verb and a hyphen ("a-t-il", "ajoute-t-elle", "dit-on").
const CLITIC_TAILS: &[&str] = &[
    "-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles", "-il", "-elle", "-ils", "-elles", "-on",
];

/// Is `head` (lower-case, before an apostrophe) an elided article or pronoun?
pub(crate) fn is_elision(head: &str) -> bool {
    ELISIONS.contains(&head)
}

fn is_word_char(c: char) -> bool {
    crate::text::is_alphanumeric(c) || ('\u{300}'..='\u{36f}').contains(&c) || c == '\u{200d}'
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '\u{2011}')
}

impl<'t> Tokens<'t> {
    /// Tokenizes `text`; `french` splits inverted clitics ("a-t-il") off their verb.
    pub fn new(text: &'t str, french: bool) -> Self {
        let mut t = Tokens {
            text,
            toks: Vec::with_capacity(text.len() / 5),
            lower: String::with_capacity(text.len()),
        };
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c.is_whitespace() {
                continue;
            }
            if !is_word_char(c) {
                t.push(i, i + c.len_utf8(), false, false);
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    iter.next();
                } else if is_joiner(d) || matches!(d, '.' | ',') {
                    // A joiner, a decimal point or the dot of a web address ("Polygraph.info",
                    // "vnexpress.net") belongs to the word only between word chars.
                    let next = text[j + d.len_utf8()..].chars().next();
                    let digit = text[..j].ends_with(|x: char| x.is_ascii_digit());
                    let digit_ok = match d {
                        '.' if !digit => next.is_some_and(|x| x.is_ascii_lowercase()),
                        '.' | ',' => digit && next.is_some_and(|x| x.is_ascii_digit()),
                        _ => true,
                    };
                    if next.is_some_and(is_word_char) && digit_ok {
                        iter.next();
                    } else {
                        // "qu’« … »": an elided word before a mark keeps its apostrophe.
                        if matches!(d, '\'' | '’') && is_elision(&text[i..j].to_lowercase()) {
                            end = j + d.len_utf8();
                            iter.next();
                        }
                        break;
                    }
                } else {
                    break;
                }
            }
            t.push_word(i, end, french);
        }
        t
    }

    fn push(&mut self, start: usize, end: usize, word: bool, clitic: bool) {
        let ls = self.lower.len();
        crate::text::push_lower(&mut self.lower, &self.text[start..end]);
        let le = self.lower.len();
        self.toks.push(Tok {
            start,
            end,
            lo: (ls, le),
            word,
            clitic,
        });
    }

    fn push_word(&mut self, start: usize, end: usize, french: bool) {
        let w = &self.text[start..end];
        // Elision: "l'analyste" -> "l'" + "analyste".
        if let Some(k) = w.find(['\'', '’']) {
            let head = w[..k].to_lowercase();
            let apos = w[k..].chars().next().map_or(1, char::len_utf8);
            if ELISIONS.contains(&head.as_str()) && k + apos < w.len() {
                self.push(start, start + k + apos, true, false);
                return self.push_word(start + k + apos, end, french);
            }
        }
        if french && w.contains('-') {
            let lower = w.to_lowercase();
            if let Some(tail) = CLITIC_TAILS.iter().find(|t| lower.ends_with(*t))
                && lower.len() > tail.len()
                && lower.is_char_boundary(lower.len() - tail.len())
                && w.len() == lower.len()
            {
                let verb_end = end - tail.len();
                let pron_start = end - tail.rsplit('-').next().map_or(0, str::len);
                self.push(start, verb_end, true, false);
                self.push(pron_start, end, true, true);
                return;
            }
        }
        self.push(start, end, true, false);
    }

    /// The lower-cased form of token `i`.
    pub fn low(&self, i: usize) -> &str {
        let (s, e) = self.toks[i].lo;
        &self.lower[s..e]
    }

    /// The token as written.
    pub fn raw(&self, i: usize) -> &'t str {
        let t = self.toks[i];
        &self.text[t.start..t.end]
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Index of the first token starting at or after byte `pos`.
    pub fn at_or_after(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    /// Is token `i` the single punctuation char `c`?
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        let t = self.toks[i];
        !t.word && self.text[t.start..t.end].starts_with(c)
    }

    /// Is token `i` a full stop glued to words on both sides ("PGS.TS", "TP.HCM"): an
    /// abbreviation's point, not a sentence's end?
    pub fn glued_dot(&self, i: usize) -> bool {
        i > 0
            && i + 1 < self.toks.len()
            && self.is_punct(i, '.')
            && self.toks[i - 1].word
            && self.toks[i + 1].word
            // (Capitals after it: "z.B." and "u.a." may well end a sentence.)
            && (self.is_capitalized(i + 1) || self.is_all_caps(i + 1))
            && self.toks[i - 1].end == self.toks[i].start
            && self.toks[i + 1].start == self.toks[i].end
    }

    /// Is token `i` a full stop glued to the word before it ("Nov.", "ZN.UA")?
    pub fn point_after_word(&self, i: usize) -> bool {
        i > 0
            && self.raw(i) == "."
            && self.toks[i - 1].word
            && self.toks[i - 1].end == self.toks[i].start
    }

    /// Is the word title-cased (an upper-case first letter and not all capitals)?
    pub fn is_capitalized(&self, i: usize) -> bool {
        let t = self.toks[i];
        if !t.word {
            return false;
        }
        let raw = self.raw(i);
        let mut chars = raw.chars();
        chars.next().is_some_and(char::is_uppercase)
    }

    /// An acronym such as "BBC", "UBND", "ТАСС".
    pub fn is_all_caps(&self, i: usize) -> bool {
        let raw = self.raw(i);
        raw.chars()
            .filter(|&c| crate::text::is_alphabetic(c))
            .count()
            >= 2
            && raw.chars().all(|c| !c.is_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lows(text: &str, french: bool) -> Vec<String> {
        let t = Tokens::new(text, french);
        (0..t.len()).map(|i| t.low(i).to_string()).collect()
    }

    #[test]
    fn words_punct_elision_and_clitics() {
        assert_eq!(
            lows("« Oui », a-t-il dit à l'analyste d’AFP.", true),
            [
                "«", "oui", "»", ",", "a", "il", "dit", "à", "l'", "analyste", "d'", "afp", "."
            ]
        );
        // Before a mark, the elided word keeps its apostrophe; a closing quote does not join.
        assert_eq!(
            lows("qu’« oui » 'non'", true),
            ["qu'", "«", "oui", "»", "'", "non", "'"]
        );
        let t = Tokens::new("a-t-il", true);
        assert!(t.toks[1].clitic);
        assert_eq!(t.raw(1), "il");
        assert_eq!(
            lows("Jean-Pierre's 3.5 aujourd'hui інтерв'ю", false),
            ["jean-pierre's", "3.5", "aujourd'hui", "інтерв'ю"]
        );
    }

    #[test]
    fn spans_are_char_boundaries() {
        for s in [
            "é-",
            "'é'",
            "x.-y",
            "İstanbul",
            "1,5",
            "a’",
            "-t-il",
            "🎉a-t-il",
        ] {
            let t = Tokens::new(s, true);
            for k in &t.toks {
                assert!(s.is_char_boundary(k.start) && s.is_char_boundary(k.end));
                assert!(k.start < k.end);
            }
        }
    }
}
