//! One pass over the text: digits read with the language's separators, words looked up in its
//! table, CJK numerals evaluated, everything else reduced to a token the grammar can skip.

use std::sync::LazyLock;

use super::Qualifier;
use super::han;
use super::lexicon::{ISO_CODES, Locale, M, Suffixed, is_cjk};
use super::words::Acc;

/// A run of digits with separators, read the way the language writes numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Lit {
    pub value: f64,
    /// Digits only: no separator, no decimal mark.
    pub plain: bool,
    /// Digits before the decimal mark.
    pub int_digits: u32,
    /// Two small parts around one '.' or '/', as in "24.2" (a day and a month in vi).
    pub dm: Option<(u32, u32)>,
    /// Written with '/' ("1/2", "24/2"): a fraction or a date, never a plain value.
    pub slash: bool,
    /// A fraction: "3/4" (numerator below the denominator) or a vulgar fraction sign ("½").
    pub frac: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum K {
    Lit(Lit),
    /// A number written in one token: a CJK numeral run or a compound word. `single` is one
    /// unit character ("一"), which counts only before a classifier.
    Num {
        value: f64,
        single: bool,
        /// The largest scale word in it ("30万": 10,000), for "20至30万".
        scale: f64,
        /// A bound said inside a Han numeral ("一千多万").
        qual: Option<Qualifier>,
    },
    /// A run of CJK scale characters ("万", "千万") after digits.
    Scale(f64),
    /// An ordinal written as one word: a compound ("vijfentwintigste", "einundzwanzigste") or
    /// a number word with an ordinal suffix ("venticinquesimo").
    Ord(f64),
    /// A fraction word made of a number word and a suffix: es "veinteavos" (twentieths).
    Den(f64),
    Word(&'static [M]),
    /// A word with no number meaning. `cap`: starts upper-case away from a sentence start.
    /// `article`: one article alone ("the", "le", "de"), which may sit inside a range, with
    /// its `M::Article` flag.
    Other {
        cap: bool,
        article: Option<bool>,
    },
    /// A numeric date ("24.02.2022", "2022-08-04"); the value is the day.
    Date(f64),
    /// Digits that are no quantity: times, over-long runs.
    Skip,
    Sym(char),
    Punct(char),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: K,
    /// Nothing (not even a space) between the previous token and this one.
    pub glued: bool,
    /// A line break before this token: expressions never cross it.
    pub newline: bool,
}

/// The value of a decimal digit in the scripts news is written in.
pub(crate) fn digit_value(c: char) -> Option<u32> {
    let (base, cu) = match c {
        '0'..='9' => ('0', c),
        '\u{FF10}'..='\u{FF19}' => ('\u{FF10}', c),
        '\u{0966}'..='\u{096F}' => ('\u{0966}', c),
        '\u{0660}'..='\u{0669}' => ('\u{0660}', c),
        '\u{06F0}'..='\u{06F9}' => ('\u{06F0}', c),
        '\u{09E6}'..='\u{09EF}' => ('\u{09E6}', c),
        _ => return None,
    };
    Some(cu as u32 - base as u32)
}

fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963)
}

#[inline]
fn is_word_char(c: char) -> bool {
    // Most characters of news text are ASCII: no mark table for them.
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    crate::text::is_alphabetic(c) || is_mark(c)
}

fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '%' | '％'
            | '‰'
            | '₿'
            | '$'
            | '€'
            | '£'
            | '¥'
            | '￥'
            | '₫'
            | '₹'
            | '₽'
            | '₩'
            | '₺'
            | '₴'
            | '₱'
            | '₦'
            | '₪'
            | '฿'
            | '₡'
            | '₾'
            | '₭'
            | '₮'
            | '₲'
            | '₵'
            | '₸'
            | '₼'
            | '৳'
            | '៛'
            | '-'
            | '–'
            | '—'
            | '−'
            | '~'
            | '〜'
            | '～'
            | '+'
            | '/'
    )
}

/// Punctuation after which a capitalised word starts a sentence rather than a name.
fn opens_sentence(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | ':'
            | ';'
            | '"'
            | '“'
            | '”'
            | '«'
            | '»'
            | '('
            | '['
            | '—'
            | '–'
            | '-'
            | '\''
            | '‘'
            | '…'
            | '„'
            | '。'
            | '•'
            | '*'
    )
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

static ISO_MEANINGS: LazyLock<Vec<(&'static str, [M; 2])>> = LazyLock::new(|| {
    ISO_CODES
        .iter()
        .map(|&c| (c, [M::Currency(c), M::CurPrefix(c)]))
        .collect()
});

/// Codes also written in lower case ("10 usd", "rmb 10"); others are words too ("try").
const LOWER_CODES: &[&str] = &[
    "usd", "eur", "gbp", "jpy", "cny", "chf", "inr", "rub", "hkd", "mxn", "brl", "krw", "vnd",
    "aud", "btc",
];

/// Meanings of an ISO code with a scale letter: millions, thousands.
type Scaled = (&'static str, [M; 1], [M; 1]);

/// "MEUR", "MUSD", "TEUR", "kEUR": a scale letter glued before an ISO code.
static SCALED_MEANINGS: LazyLock<Vec<Scaled>> = LazyLock::new(|| {
    ISO_CODES
        .iter()
        .map(|&c| (c, [M::ScaledCode(c, 1e6)], [M::ScaledCode(c, 1e3)]))
        .collect()
});

fn scaled_code(word: &str) -> Option<&'static [M]> {
    let b = word.as_bytes();
    if b.len() != 4 || !b[1..].iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let entry = SCALED_MEANINGS.iter().find(|e| e.0.as_bytes() == &b[1..])?;
    match b[0] {
        b'M' => Some(&entry.1[..]),
        b'T' | b'k' => Some(&entry.2[..]),
        _ => None,
    }
}

fn iso_meanings(word: &str) -> Option<&'static [M]> {
    if word.len() != 3 {
        return None;
    }
    if word.bytes().all(|b| b.is_ascii_lowercase()) {
        let upper = LOWER_CODES.iter().position(|c| *c == word)?;
        let code = LOWER_CODES[upper];
        return ISO_MEANINGS
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(code))
            .map(|(_, m)| &m[..]);
    }
    if !word.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    ISO_MEANINGS
        .iter()
        .find(|(c, _)| *c == word)
        .map(|(_, m)| &m[..])
}

/// Scans `text` into `toks` (cleared first).
pub(crate) fn scan(text: &str, loc: &'static Locale, toks: &mut Vec<Tok>) {
    toks.clear();
    let mut s = Scanner {
        text,
        loc,
        toks,
        prev_end: 0,
        newline: false,
        sentence_start: true,
        lower: String::new(),
        morph: Vec::new(),
        han: super::han_rules(loc),
    };
    s.run();
}

struct Scanner<'a> {
    text: &'a str,
    loc: &'static Locale,
    toks: &'a mut Vec<Tok>,
    prev_end: usize,
    newline: bool,
    sentence_start: bool,
    lower: String,
    morph: Vec<M>,
    /// Han numerals are read by `han` (Chinese and Japanese); `true` for the Chinese short
    /// form ("一百五" = 150).
    han: Option<bool>,
}

#[derive(Clone, Copy)]
struct Part {
    sep: char,
    start: usize,
    end: usize,
    n: usize,
}

const MAX_PARTS: usize = 24;
/// Longer digit strings are identifiers or noise, not quantities.
const MAX_DIGITS: usize = 40;

impl Scanner<'_> {
    fn push(&mut self, start: usize, end: usize, kind: K) {
        // Runs of ordinary words become one token: the grammar only needs their edges, and a
        // short token list keeps long documents in cache. A word before '$' stays apart
        // ("US$", "R$", "C $").
        // "$ c", "$ hk": short letters after a dollar sign may name its country.
        let after_dollar = || {
            self.toks.len() >= 2
                && self.toks[self.toks.len() - 2].kind == K::Sym('$')
                && self.toks[self.toks.len() - 1].end - self.toks[self.toks.len() - 1].start <= 3
        };
        if let K::Other { cap, .. } = kind
            && !self.newline
            && !after_dollar()
            && !self.text[end..].trim_start_matches(' ').starts_with('$')
            && let Some(last) = self.toks.last_mut()
            && matches!(last.kind, K::Other { .. })
            // Glued runs come from Han or kana around a character of the word table that
            // starts no phrase here ("の" outside "の間").
            && (last.end < start || (last.end == start && char_at(self.text, start).is_some_and(is_cjk)))
        {
            last.end = end;
            last.kind = K::Other { cap, article: None };
            self.prev_end = end;
            self.sentence_start = false;
            return;
        }
        self.toks.push(Tok {
            start,
            end,
            kind,
            glued: start == self.prev_end && !self.toks.is_empty(),
            newline: self.newline,
        });
        self.prev_end = end;
        self.newline = false;
        self.sentence_start = match kind {
            K::Punct(c) | K::Sym(c) => opens_sentence(c),
            _ => false,
        };
    }

    fn run(&mut self) {
        let text = self.text;
        let mut i = 0;
        while let Some(c) = char_at(text, i) {
            if c.is_whitespace() {
                if c == '\n' || c == '\r' || c == '\u{2029}' {
                    self.newline = true;
                    self.sentence_start = true;
                }
                i += c.len_utf8();
            } else if matches!(c, '\'' | '’' | '‘')
                && self
                    .toks
                    .last()
                    .is_some_and(|t| t.end == i && matches!(t.kind, K::Word(_) | K::Other { .. }))
                && char_at(text, i + c.len_utf8()).is_some_and(is_word_char)
            {
                // An elision ("d'euros", "l'an"): the words stay next to each other.
                i += c.len_utf8();
            } else if digit_value(c).is_some() {
                let end = self.number(i);
                let end = self.han_after_digits(end);
                i = self.han_power(end);
            } else if let Some(v) = vulgar_fraction(c) {
                let end = i + c.len_utf8();
                let lit = Lit {
                    value: v,
                    plain: false,
                    int_digits: 0,
                    dm: None,
                    slash: false,
                    frac: true,
                };
                self.push(i, end, K::Lit(lit));
                i = end;
            } else if is_cjk(c) {
                i = self.cjk(i, c);
            } else if is_word_char(c) {
                i = self.word(i);
            } else if c == self.loc.spec.decimal
                && self.toks.last().is_none_or(|t| t.end != i)
                && char_at(text, i + 1).is_some_and(|d| d.is_ascii_digit())
            {
                // ".08", ",77": a decimal without its leading zero, after a space.
                i = self.leading_decimal(i);
            } else {
                let end = i + c.len_utf8();
                let f = fold_width(c);
                let kind = if is_symbol(f) { K::Sym(f) } else { K::Punct(f) };
                self.push(i, end, kind);
                i = end;
            }
        }
    }

    /// End of the run of digits starting at `i`, and how many digits it has.
    fn digit_run(&self, i: usize) -> (usize, usize) {
        let mut end = i;
        let mut n = 0;
        for c in self.text[i..].chars() {
            if digit_value(c).is_none() {
                break;
            }
            end += c.len_utf8();
            n += 1;
        }
        (end, n)
    }

    fn number(&mut self, i: usize) -> usize {
        if let Some(end) = self.numeric_date(i) {
            return end;
        }
        let text = self.text;
        let (end0, n0) = self.digit_run(i);
        // Times and scores: "10:30", "2:1".
        if char_at(text, end0) == Some(':')
            && char_at(text, end0 + 1).is_some_and(|c| c.is_ascii_digit())
        {
            let (mut end, _) = self.digit_run(end0 + 1);
            if char_at(text, end) == Some(':')
                && char_at(text, end + 1).is_some_and(|c| c.is_ascii_digit())
            {
                end = self.digit_run(end + 1).0;
            }
            self.push(i, end, K::Skip);
            return end;
        }
        if char_at(text, end0).map(fold_width) == Some('/') && n0 <= 2 {
            let slash_end = end0 + char_at(text, end0).map_or(1, char::len_utf8);
            let (end1, n1) = char_at(text, slash_end)
                .filter(|c| digit_value(*c).is_some())
                .map_or((end0, 0), |_| self.digit_run(slash_end));
            if n1 > 0 && n1 <= 2 {
                let a = small_value(&text[i..end0]);
                let b = small_value(&text[end0..end1]);
                let lit = Lit {
                    value: if b > 0 { a as f64 / b as f64 } else { 0.0 },
                    plain: false,
                    int_digits: n0 as u32,
                    dm: Some((a, b)),
                    slash: true,
                    frac: a >= 1 && a < b,
                };
                self.push(i, end1, K::Lit(lit));
                return end1;
            }
        }
        let mut parts = [Part {
            sep: ' ',
            start: i,
            end: end0,
            n: n0,
        }; MAX_PARTS];
        let mut count = 1;
        let mut pos = end0;
        while count < MAX_PARTS {
            let Some(raw) = char_at(text, pos) else { break };
            let sep = fold_width(raw);
            let is_sep = matches!(
                sep,
                '.' | ',' | '\'' | '’' | '\u{a0}' | '\u{202f}' | '\u{2009}'
            ) || (sep == ' '
                && (self.loc.spec.space_group
                    || (count > 1 && parts[count - 1].sep == ' ')
                    || (count == 1 && space_groups(text, i, pos))));
            if !is_sep {
                break;
            }
            let after = pos + raw.len_utf8();
            if char_at(text, after).is_none_or(|c| digit_value(c).is_none()) {
                break;
            }
            let (end, n) = self.digit_run(after);
            parts[count] = Part {
                sep,
                start: after,
                end,
                n,
            };
            count += 1;
            pos = end;
        }
        let parts = &parts[..count];
        if is_list(parts) {
            // "192.168.1.2", "1,2,3": every part is its own number.
            for (k, p) in parts.iter().enumerate() {
                if k > 0 {
                    self.push(parts[k - 1].end, p.start, K::Punct(p.sep));
                }
                // Parts are read with `small_value`, exact up to nine digits.
                let kind = if p.n > 9 {
                    K::Skip
                } else {
                    K::Lit(Lit {
                        value: small_value(&text[p.start..p.end]) as f64,
                        plain: true,
                        int_digits: p.n as u32,
                        dm: None,
                        slash: false,
                        frac: false,
                    })
                };
                self.push(p.start, p.end, kind);
            }
            return parts[count - 1].end;
        }
        let (used, dec_at) = interpret(parts, self.loc.spec.decimal);
        let end = parts[used - 1].end;
        let digits: usize = parts[..used].iter().map(|p| p.n).sum();
        if digits > MAX_DIGITS {
            // Consume the whole chain so that a hostile run is scanned once.
            let end = parts[count - 1].end;
            self.push(i, end, K::Skip);
            return end;
        }
        let mut buf = [0u8; MAX_DIGITS + 2];
        let mut len = 0;
        for (k, p) in parts[..used].iter().enumerate() {
            if Some(k) == dec_at {
                buf[len] = b'.';
                len += 1;
            }
            for c in text[p.start..p.end].chars() {
                buf[len] = b'0' + digit_value(c).unwrap_or(0) as u8;
                len += 1;
            }
        }
        let value = std::str::from_utf8(&buf[..len])
            .ok()
            .and_then(|s| s.parse::<f64>().ok())
            .filter(|v| v.is_finite());
        let Some(mut value) = value else {
            self.push(i, end, K::Skip);
            return end;
        };
        // Scientific notation: "1.3e6", "12.32e+14".
        let mut end = end;
        let mut sci = false;
        if let Some((e, exp)) = exponent(text, end) {
            let v = value * 10f64.powi(exp);
            if v.is_finite() {
                value = v;
                end = e;
                sci = true;
            }
        } else if let Some((e, v)) = power(text, end, value) {
            // "1.3x10^6", "2.5^-1": powers written with a caret.
            value = v;
            end = e;
            sci = true;
        }
        let int_digits: usize = parts[..dec_at.unwrap_or(used)].iter().map(|p| p.n).sum();
        let dm = (count >= 2 && parts[1].sep == '.' && n0 <= 2 && parts[1].n <= 2).then(|| {
            (
                small_value(&text[i..end0]),
                small_value(&text[parts[1].start..parts[1].end]),
            )
        });
        let lit = Lit {
            value,
            plain: used == 1 && !sci,
            int_digits: int_digits as u32,
            dm: dm.filter(|_| count == 2 || parts[2].sep != '.'),
            slash: false,
            frac: false,
        };
        self.push(i, end, K::Lit(lit));
        end
    }

    fn leading_decimal(&mut self, i: usize) -> usize {
        let (end, n) = self.digit_run(i + 1);
        let value = if n <= MAX_DIGITS {
            format!("0.{}", &self.text[i + 1..end]).parse::<f64>().ok()
        } else {
            None
        };
        let kind = value.map_or(K::Skip, |value| {
            K::Lit(Lit {
                value,
                plain: false,
                int_digits: 0,
                dm: None,
                slash: false,
                frac: false,
            })
        });
        self.push(i, end, kind);
        end
    }

    /// "24.02.2022", "24/2/2022", "2022-08-04": a date token, or None.
    fn numeric_date(&mut self, i: usize) -> Option<usize> {
        let b = self.text.as_bytes();
        let run = |j: usize| {
            let mut k = j;
            while k < b.len() && b[k].is_ascii_digit() {
                k += 1;
            }
            k
        };
        let e1 = run(i);
        let sep = *b.get(e1)?;
        if !matches!(sep, b'.' | b'/' | b'-') {
            return None;
        }
        let e2 = run(e1 + 1);
        if e2 == e1 + 1 || b.get(e2) != Some(&sep) {
            return None;
        }
        let e3 = run(e2 + 1);
        let (l1, l2, l3) = (e1 - i, e2 - e1 - 1, e3 - e2 - 1);
        // Another separator and digit after it: an address or a version, not a date.
        if b.get(e3)
            .is_some_and(|&c| matches!(c, b'.' | b'/' | b'-' | b',' | b':'))
            && b.get(e3 + 1).is_some_and(u8::is_ascii_digit)
        {
            return None;
        }
        let num = |s: usize, e: usize| small_value(&self.text[s..e]);
        let (x, y, z) = (num(i, e1), num(e1 + 1, e2), num(e2 + 1, e3));
        let day = if l1 == 4 && (1..=2).contains(&l2) && (1..=2).contains(&l3) {
            (1..=12).contains(&y).then_some(z)
        } else if (1..=2).contains(&l1) && (1..=2).contains(&l2) && (l3 == 4 || l3 == 2) {
            if (1..=12).contains(&y) {
                Some(x)
            } else if (1..=12).contains(&x) {
                Some(y) // month first, as in US dates
            } else {
                None
            }
        } else {
            None
        }?;
        if !(1..=31).contains(&day) {
            return None;
        }
        self.push(i, e3, K::Date(day as f64));
        Some(e3)
    }

    /// Digits just read that a Han numeral continues ("1000 万", "1千零20", "500余万"): the
    /// literal token grows into the whole numeral. Returns where scanning goes on.
    fn han_after_digits(&mut self, end: usize) -> usize {
        let Some(tail) = self.han else {
            return end;
        };
        let Some(last) = self.toks.last() else {
            return end;
        };
        let K::Lit(l) = last.kind else { return end };
        if last.end != end || l.slash || l.frac {
            return end;
        }
        let Some(h) = han::read(self.text, end, self.loc, tail, Some(l.value)) else {
            return end;
        };
        if h.end <= end {
            return end;
        }
        if let Some(last) = self.toks.last_mut() {
            last.end = h.end;
            last.kind = K::Num {
                value: h.value,
                single: false,
                scale: h.scale,
                qual: h.qual,
            };
        }
        self.prev_end = h.end;
        h.end
    }

    /// A numeral at `i`: Han numerals in Chinese and Japanese, Sino-Korean ones in Korean.
    fn numeral(&mut self, i: usize) -> Option<usize> {
        let tail = match self.han {
            Some(tail) if !char_at(self.text, i).is_some_and(c_is_hangul) => tail,
            _ => return self.numeral_run(i),
        };
        let h = han::read(self.text, i, self.loc, tail, None)?;
        self.push(
            i,
            h.end,
            K::Num {
                value: h.value,
                single: h.single,
                scale: h.scale,
                qual: h.qual,
            },
        );
        Some(self.han_power(h.end))
    }

    /// A power said in words after the number just read ("1.1の23乗", "12.32×10の14乗",
    /// "2的10次方"): the number token takes its value.
    fn han_power(&mut self, end: usize) -> usize {
        let Some(zh) = self.han else {
            return end;
        };
        let Some(last) = self.toks.last() else {
            return end;
        };
        let base = match last.kind {
            K::Lit(l) if !l.slash => l.value,
            K::Num { value, .. } => value,
            _ => return end,
        };
        if last.end != end {
            return end;
        }
        let found = han::power_after(self.text, end, self.loc, zh, base)
            .or_else(|| han::times_power(self.text, end, self.loc, zh, base));
        let Some((value, e)) = found else {
            return end;
        };
        if let Some(last) = self.toks.last_mut() {
            last.end = e;
            last.kind = K::Num {
                value,
                single: false,
                scale: 1.0,
                qual: None,
            };
        }
        self.prev_end = e;
        e
    }

    fn cjk(&mut self, i: usize, c: char) -> usize {
        let text = self.text;
        let loc = self.loc;
        // A numeral followed by a numeral is a number even if it also starts a word
        // ("일억" is 100 million, not the day suffix 일).
        let numeral_next = loc.numerals.contains_key(&c)
            && char_at(text, i + c.len_utf8()).is_some_and(|d| loc.numerals.contains_key(&d));
        if numeral_next && let Some(end) = self.numeral(i) {
            return end;
        }
        if let Some(list) = loc.cjk.get(&c) {
            for (p, ms) in list {
                if text[i..].starts_with(p) {
                    self.push(i, i + p.len(), K::Word(ms));
                    return i + p.len();
                }
            }
        }
        if loc.numerals.contains_key(&c) {
            if let Some(end) = self.numeral(i) {
                return end;
            }
        }
        // Collapse a run of other CJK characters into one token.
        let mut end = i + c.len_utf8();
        while let Some(d) = char_at(text, end) {
            if !is_cjk(d) || loc.cjk.contains_key(&d) || loc.numerals.contains_key(&d) {
                break;
            }
            end += d.len_utf8();
        }
        self.push(
            i,
            end,
            K::Other {
                cap: false,
                article: None,
            },
        );
        end
    }

    fn numeral_run(&mut self, i: usize) -> Option<usize> {
        let text = self.text;
        let loc = self.loc;
        let mut ends = [0usize; 32];
        let mut ms = [M::Join; 32];
        let mut n = 0;
        let mut end = i;
        for d in text[i..].chars() {
            let Some(&m) = loc.numerals.get(&d) else {
                break;
            };
            if n == ms.len() {
                break;
            }
            end += d.len_utf8();
            ms[n] = m;
            ends[n] = end;
            n += 1;
        }
        let ms = &ms[..n];
        let hangul = c_is_hangul(text[i..].chars().next().unwrap_or(' '));
        let has_mult = ms.iter().any(|m| matches!(m, M::Mult(_) | M::Scale(_)));
        if hangul && !has_mult {
            return None;
        }
        // Scale characters only ("万", "千万") right after digits multiply them.
        let after_digits = self
            .toks
            .last()
            .is_some_and(|t| t.end == i && matches!(t.kind, K::Lit(_)));
        if after_digits && ms.iter().all(|m| matches!(m, M::Mult(_) | M::Scale(_))) {
            let v = ms.iter().fold(1.0, |acc, m| match m {
                M::Mult(x) | M::Scale(x) => acc * x,
                _ => acc,
            });
            self.push(i, end, K::Scale(v));
            return Some(end);
        }
        // Digit by digit ("二〇二二", "一九四九"): the digits read as written. Two characters
        // without 〇 are words more often ("一一").
        let digitwise = (n >= 3 || ms.contains(&M::Unit(0.0)))
            && ms
                .iter()
                .all(|m| matches!(m, M::Unit(v) if *v < 10.0) || *m == M::Join);
        if digitwise {
            let v = ms.iter().fold(0.0, |acc, m| match m {
                M::Unit(v) => acc * 10.0 + v,
                _ => acc * 10.0,
            });
            self.push(
                i,
                end,
                K::Num {
                    value: v,
                    single: false,
                    scale: 1.0,
                    qual: None,
                },
            );
            return Some(end);
        }
        let mut acc = Acc::default();
        let mut best: Option<(usize, f64)> = None;
        for (k, &m) in ms.iter().enumerate() {
            // "零点五": a leading 零 is the digit zero.
            let m = if k == 0 && m == M::Join {
                M::Unit(0.0)
            } else {
                m
            };
            if !acc.push(m, false, false) {
                break;
            }
            if acc.valid(true) {
                best = Some((ends[k], acc.value()));
            }
        }
        let (end, mut value) = best?;
        // "一百五" is 150 and "一万三" 13,000: a last digit right after 百, 千, 万 or 亿
        // counts in the unit below it (not in Korean, where "삼백오" is 305).
        let used = ends[..n]
            .iter()
            .position(|&e| e == end)
            .map_or(0, |k| k + 1);
        if !hangul
            && used >= 3
            && let (M::Mult(m) | M::Scale(m), M::Unit(v)) = (ms[used - 2], ms[used - 1])
            && m >= 100.0
            && (1.0..10.0).contains(&v)
        {
            value += v * (m / 10.0) - v;
        }
        let single = text[i..end].chars().count() == 1;
        self.push(
            i,
            end,
            K::Num {
                value,
                single,
                scale: 1.0,
                qual: None,
            },
        );
        Some(end)
    }

    fn word(&mut self, i: usize) -> usize {
        let text = self.text;
        let mut end = i;
        let mut ascii = true;
        for c in text[i..].chars() {
            if !is_word_char(c) || is_cjk(c) {
                break;
            }
            ascii &= c.is_ascii();
            end += c.len_utf8();
        }
        let word = &text[i..end];
        let loc = self.loc;
        // "3M", "1,2M": a capital M glued to digits is a million (a metre is written "m").
        // "1MM": a thousand thousands, as US finance writes a million.
        if (word == "M" || word == "MM")
            && self
                .toks
                .last()
                .is_some_and(|t| t.end == i && matches!(t.kind, K::Lit(l) if !l.slash))
        {
            self.push(i, end, K::Word(&[M::Abbr(1e6)]));
            return end;
        }
        if let Some(ms) = iso_meanings(word).or_else(|| scaled_code(word)) {
            self.push(i, end, K::Word(ms));
            return end;
        }
        if word.len() <= loc.max_word || loc.spec.compounds {
            self.lower.clear();
            if ascii {
                self.lower
                    .extend(word.bytes().map(|b| b.to_ascii_lowercase() as char));
            } else {
                self.lower.extend(word.chars().flat_map(char::to_lowercase));
            }
            if let Some((ms, e)) = self.lookup(end) {
                // An article alone is an ordinary word that the range rules may skip.
                let kind = if let [M::Article(any)] = ms {
                    K::Other {
                        cap: false,
                        article: Some(*any),
                    }
                } else {
                    K::Word(ms)
                };
                self.push(i, e, kind);
                return e;
            }
            if let Some(kind) = self.suffixed() {
                self.push(i, end, kind);
                return end;
            }
            if loc.spec.compounds
                && self.lower.len() >= 4
                && let Some((value, ordinal)) = self.compound_value(None)
            {
                let kind = if ordinal {
                    K::Ord(value)
                } else {
                    K::Num {
                        value,
                        single: false,
                        scale: 1.0,
                        qual: None,
                    }
                };
                self.push(i, end, kind);
                return end;
            }
        }
        let cap = word.chars().next().is_some_and(char::is_uppercase) && !self.sentence_start;
        self.push(i, end, K::Other { cap, article: None });
        end
    }

    /// The value of the compound in `self.lower` (or of `word`), and whether it ends with an
    /// ordinal.
    fn compound_value(&mut self, word: Option<&str>) -> Option<(f64, bool)> {
        let loc = self.loc;
        let mut morph = std::mem::take(&mut self.morph);
        let word = word.unwrap_or(&self.lower);
        let mut acc = Acc::default();
        let found = loc.split_compound(word, &mut morph)
            && morph.iter().all(|&m| acc.push(m, loc.spec.vigesimal, true))
            && acc.valid(false);
        self.morph = morph;
        found.then(|| (acc.value(), acc.ordinal))
    }

    /// A number word with an ordinal or fraction suffix ("ventunesimo", "veinteavos"): the
    /// stem is a cardinal, perhaps without its last vowel ("ventun-esimo", "treint-avos").
    fn suffixed(&mut self) -> Option<K> {
        let loc = self.loc;
        let &(suffix, kind) = loc
            .spec
            .suffixes
            .iter()
            .find(|(suf, _)| self.lower.len() > suf.len() + 1 && self.lower.ends_with(suf))?;
        let stem_len = self.lower.len() - suffix.len();
        let mut stem = String::with_capacity(stem_len + 1);
        for vowel in ["", "e", "o", "a", "i"] {
            stem.clear();
            stem.push_str(&self.lower[..stem_len]);
            stem.push_str(vowel);
            let value = match loc.words.get(stem.as_str()).and_then(|l| {
                l.iter()
                    .find(|e| e.rest.is_empty())
                    .and_then(|e| e.meanings.first())
            }) {
                Some(M::Unit(v) | M::Mult(v) | M::Scale(v)) => Some(*v),
                _ if loc.spec.compounds => self
                    .compound_value(Some(&stem))
                    .filter(|c| !c.1)
                    .map(|c| c.0),
                _ => None,
            };
            // The table has the small ordinals and fractions ("quinto", "décimo").
            match (kind, value) {
                (Suffixed::Ordinal, Some(v)) if v >= 11.0 && v.fract() == 0.0 => {
                    return Some(K::Ord(v));
                }
                (Suffixed::Denominator, Some(v)) if v >= 3.0 && v.fract() == 0.0 => {
                    return Some(K::Den(v));
                }
                _ => {}
            }
        }
        None
    }

    /// The longest phrase of the table starting with the word in `self.lower` (which ends at
    /// `end`), as its meanings and end.
    fn lookup(&mut self, end: usize) -> Option<(&'static [M], usize)> {
        let loc = self.loc;
        let text = self.text;
        // Abbreviations keep their period: "Mio.", "тыс.", "Rs.".
        if char_at(text, end) == Some('.') {
            self.lower.push('.');
            let found = loc
                .words
                .get(self.lower.as_str())
                .and_then(|l| l.iter().find(|e| e.rest.is_empty()));
            self.lower.pop();
            if let Some(e) = found {
                return Some((&e.meanings, end + 1));
            }
        }
        let list = loc.words.get(self.lower.as_str())?;
        for entry in list {
            if let Some(e) = match_rest(text, end, &entry.rest) {
                // "5000 or less than 6000", "200 ou plus de 190": the words after "or" start a
                // comparison of their own when a number follows it.
                if !entry.rest.is_empty()
                    && entry.meanings.iter().all(|m| matches!(m, M::QualAfter(_)))
                    && comparison_at(text, loc, skip_gap(text, end))
                {
                    continue;
                }
                return Some((&entry.meanings, e));
            }
        }
        None
    }
}

/// The position after the spaces, hyphens and apostrophes at `pos`.
fn skip_gap(text: &str, mut pos: usize) -> usize {
    while let Some(c) = char_at(text, pos) {
        if !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '-' | '\'' | '’' | '‘') {
            break;
        }
        pos += c.len_utf8();
    }
    pos
}

/// The end of the word starting at `pos` and the word lower-cased (empty when it is no word).
fn word_at(text: &str, pos: usize) -> (usize, String) {
    let mut end = pos;
    for c in text.get(pos..).unwrap_or("").chars() {
        if !is_word_char(c) || is_cjk(c) {
            break;
        }
        end += c.len_utf8();
    }
    let lower = text[pos..end]
        .chars()
        .flat_map(char::to_lowercase)
        .collect();
    (end, lower)
}

/// Does a bound phrase ("less than", "plus de") start at `pos`, with a number after it?
fn comparison_at(text: &str, loc: &Locale, pos: usize) -> bool {
    let (end, lower) = word_at(text, pos);
    let Some(list) = loc.words.get(lower.as_str()) else {
        return false;
    };
    list.iter().any(|entry| {
        entry
            .meanings
            .iter()
            .any(|m| matches!(m, M::Qual(Qualifier::AtLeast | Qualifier::AtMost)))
            && match_rest(text, end, &entry.rest).is_some_and(|e| number_at(text, loc, e))
    })
}

/// Does a number (digits, a sign or a number word) follow `pos`?
fn number_at(text: &str, loc: &Locale, pos: usize) -> bool {
    let pos = skip_gap(text, pos);
    let Some(c) = char_at(text, pos) else {
        return false;
    };
    if digit_value(c).is_some() || is_symbol(c) && !matches!(c, '/' | '%' | '％') {
        return true;
    }
    let (_, lower) = word_at(text, pos);
    if lower.is_empty() {
        return false;
    }
    let numeric = |m: &M| {
        matches!(
            m,
            M::Unit(_) | M::Weak(_) | M::Mult(_) | M::Scale(_) | M::Frac(_) | M::Half | M::Part(_)
        )
    };
    if loc
        .words
        .get(lower.as_str())
        .is_some_and(|l| l.iter().any(|e| e.meanings.iter().any(numeric)))
    {
        return true;
    }
    let mut morph = Vec::new();
    loc.spec.compounds && loc.split_compound(&lower, &mut morph)
}

/// Full-width forms of the marks around numbers ("１，２３４．５", "－５", "１／２") read as
/// their ASCII forms.
fn fold_width(c: char) -> char {
    match c {
        '．' => '.',
        '，' => ',',
        '－' => '-',
        '／' => '/',
        '＋' => '+',
        '＄' => '$',
        '＜' => '<',
        '＞' => '>',
        '＝' => '=',
        _ => c,
    }
}

/// "1 234 567" in a language that does not group with an ASCII space: only a chain of at
/// least two groups of exactly three digits after one to three digits groups. `start` is the
/// first digit, `pos` the space.
fn space_groups(text: &str, start: usize, pos: usize) -> bool {
    let b = text.as_bytes();
    let first = text[start..pos].chars().count();
    if !(1..=3).contains(&first) || !text[start..pos].bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let mut k = pos;
    let mut groups = 0;
    while b.get(k) == Some(&b' ') && groups < 8 {
        let g = &b[(k + 1).min(b.len())..(k + 4).min(b.len())];
        if g.len() != 3 || !g.iter().all(u8::is_ascii_digit) {
            break;
        }
        k += 4;
        groups += 1;
        if b.get(k).is_some_and(u8::is_ascii_digit) {
            return false;
        }
    }
    // One group is enough when it is "000": nobody counts "000" of anything ("300 000").
    (groups >= 2 || (groups == 1 && &b[pos + 1..pos + 4] == b"000"))
        && !b.get(k).is_some_and(|c| c.is_ascii_alphanumeric())
}

/// "½", "¾", "⅔": the vulgar fraction signs.
fn vulgar_fraction(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        '⅐' => 1.0 / 7.0,
        '⅑' => 1.0 / 9.0,
        '⅒' => 0.1,
        _ => return None,
    })
}

fn c_is_hangul(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7AF)
}

/// Matches the remaining words of a phrase after `pos`: words separated by spaces, hyphens or
/// apostrophes, compared case-insensitively. Returns the end of the phrase.
fn match_rest(text: &str, mut pos: usize, rest: &[&str]) -> Option<usize> {
    for want in rest {
        let mut gap = 0;
        while let Some(c) = char_at(text, pos) {
            if matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '-' | '\'' | '’' | '‘') && gap < 3 {
                pos += c.len_utf8();
                gap += 1;
            } else {
                break;
            }
        }
        if gap == 0 {
            return None;
        }
        let (want, period) = match want.strip_suffix('.') {
            Some(w) => (w, true),
            None => (*want, false),
        };
        let start = pos;
        let mut end = pos;
        for c in text[pos..].chars() {
            if !is_word_char(c) || is_cjk(c) {
                break;
            }
            end += c.len_utf8();
        }
        if end == start
            || !text[start..end]
                .chars()
                .flat_map(char::to_lowercase)
                .eq(want.chars())
        {
            return None;
        }
        pos = end;
        if period {
            if char_at(text, pos) != Some('.') {
                return None;
            }
            pos += 1;
        }
    }
    Some(pos)
}

/// "e6", "E+14", "e-3" right after digits: the end and the exponent.
fn exponent(text: &str, at: usize) -> Option<(usize, i32)> {
    let b = text.as_bytes();
    if !matches!(b.get(at), Some(b'e' | b'E')) {
        return None;
    }
    let mut k = at + 1;
    let neg = match b.get(k) {
        Some(b'+') => {
            k += 1;
            false
        }
        Some(b'-') => {
            k += 1;
            true
        }
        _ => false,
    };
    let start = k;
    while k < b.len() && b[k].is_ascii_digit() && k - start < 3 {
        k += 1;
    }
    // Digits then a letter ("3e4x") or nothing: not an exponent.
    if k == start || b.get(k).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let e: i32 = text[start..k].parse().ok()?;
    Some((k, if neg { -e } else { e }))
}

/// "^6", "^-1", "^+23" (a doubled sign cancels out, as in "^--23") after a base ending at
/// `at`, or "x10^6", "×10^-4", "*10^6" after a mantissa: the end and the value.
fn power(text: &str, at: usize, value: f64) -> Option<(usize, f64)> {
    let b = text.as_bytes();
    let rest = text.get(at..)?;
    let caret = b.get(at) == Some(&b'^');
    let mut k = if caret {
        at + 1
    } else {
        let times = ["x10^", "X10^", "×10^", "*10^"]
            .iter()
            .find(|p| rest.starts_with(**p))?;
        at + times.len()
    };
    let mut neg = false;
    let signs = k;
    while k < b.len() && matches!(b[k], b'+' | b'-') && k - signs < 2 {
        neg ^= b[k] == b'-';
        k += 1;
    }
    let start = k;
    while k < b.len() && b[k].is_ascii_digit() && k - start < 3 {
        k += 1;
    }
    // "2^10x", "2^3^2", "2^1234": not a power we read.
    let decimal_after =
        matches!(b.get(k), Some(b'.' | b',')) && b.get(k + 1).is_some_and(u8::is_ascii_digit);
    if k == start
        || decimal_after
        || b.get(k)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'^')
    {
        return None;
    }
    let e: i32 = text[start..k].parse().ok()?;
    let v = match (caret, neg) {
        (true, false) => value.powi(e),
        (true, true) => 1.0 / value.powi(e),
        // Dividing keeps "6.23x10^-4" at 0.000623 exactly.
        (false, false) => value * 10f64.powi(e),
        (false, true) => value / 10f64.powi(e),
    };
    v.is_finite().then_some((k, v))
}

fn small_value(s: &str) -> u32 {
    s.chars()
        .filter_map(digit_value)
        .take(9)
        .fold(0, |acc, d| acc * 10 + d)
}

/// How many parts of a digit chain form one number, and which part (if any) follows the
/// decimal mark (lists such as "192.168.1.2" are split before). The rules, in order:
/// - spaces (ASCII in languages that group with it, U+00A0, U+202F, U+2009) and apostrophes
///   group three digits;
/// - "1,00,000" is Indian grouping;
/// - a mark followed by three digits groups unless it is the language's decimal mark ("1.250"
///   is 1250 in de, 1.25 in en), but a repeated mark, or one followed by the other mark, groups;
/// - the language's decimal mark, or '.' in a comma language, is the decimal mark otherwise.
fn interpret(parts: &[Part], decimal: char) -> (usize, Option<usize>) {
    if parts.len() == 1 {
        return (1, None);
    }
    let first = parts[0].n;
    let s1 = parts[1].sep;
    let spacey = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’');
    let group = if spacey(s1) {
        if first <= 3 && parts[1].n == 3 {
            Some(s1)
        } else {
            return (1, None);
        }
    } else if s1 == ',' && lakh(parts) {
        let n = parts.iter().skip(1).take_while(|p| p.sep == ',').count() + 1;
        return decimal_after(parts, n, ',');
    } else if parts[1].n == 3 && first <= 3 {
        let repeated = parts.get(2).is_some_and(|p| p.sep == s1 && p.n == 3);
        let other_follows = parts
            .get(2)
            .is_some_and(|p| matches!(p.sep, '.' | ',') && p.sep != s1);
        if s1 != decimal || repeated || other_follows {
            Some(s1)
        } else {
            None
        }
    } else {
        None
    };
    let Some(g) = group else {
        // A decimal mark, if it is one here.
        if s1 == decimal || (s1 == '.' && decimal == ',') {
            return (2, Some(1));
        }
        return (1, None);
    };
    let mut n = 2;
    while n < parts.len()
        && (parts[n].sep == g || (spacey(g) && spacey(parts[n].sep)))
        && parts[n].n == 3
    {
        n += 1;
    }
    decimal_after(parts, n, g)
}

/// After `n` grouped parts, one more part after the other mark is the decimal part.
fn decimal_after(parts: &[Part], n: usize, group: char) -> (usize, Option<usize>) {
    match parts.get(n) {
        Some(p) if matches!(p.sep, '.' | ',') && p.sep != group => (n + 1, Some(n)),
        _ => (n, None),
    }
}

/// A mark repeated with runs other than three digits: a list or an address, not one number.
fn is_list(parts: &[Part]) -> bool {
    ['.', ','].into_iter().any(|mark| {
        parts[1..].iter().filter(|p| p.sep == mark).count() >= 2
            && !lakh(parts)
            && parts[1..].iter().any(|p| p.sep == mark && p.n != 3)
    })
}

/// "1,00,000", "12,34,56,789": one or two digits, then pairs, then three.
fn lakh(parts: &[Part]) -> bool {
    let commas = parts[1..].iter().take_while(|p| p.sep == ',').count();
    let groups = &parts[1..=commas.min(parts.len() - 1)];
    parts[0].n <= 2
        && commas >= 2
        && groups.last().is_some_and(|p| p.n == 3)
        && groups[..commas - 1].iter().all(|p| p.n == 2)
}
