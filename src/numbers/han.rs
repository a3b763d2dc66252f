//! Han numerals as Chinese and Japanese write them: digits times 十 百 千 within a group of
//! four places, groups closed by 万 億 兆, 零 for skipped places, Arabic digits mixed in ("1千零20",
//! "3 万 4,500"), 多/余/几 before a scale ("一千多万": more than ten million), a decimal after 点
//! (and ・ in Japanese), and the Chinese short form "一百五" (150) and "一万三" (13,000).

use super::Qualifier;
use super::lexicon::{Locale, M};
use super::scan::digit_value;

/// A numeral read from the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Han {
    pub end: usize,
    pub value: f64,
    /// The largest scale word applied (1 when none), for "20至30万".
    pub scale: f64,
    /// "一千多万", "二十几万": a bound said inside the number.
    pub qual: Option<Qualifier>,
    /// One character and nothing else ("一", "十"): a number only before a classifier.
    pub single: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum El {
    /// A Han digit 1-9.
    Digit(f64),
    /// 零 or 〇: a skipped place, or the digit zero in "二〇二二", "零点五".
    Zero,
    /// Arabic digits ("20", "4,500") and how many.
    Lit(f64, i32),
    Mult(f64),
    Scale(f64),
    /// 点, 點, and ・ in Japanese; Arabic decimals follow ・ only (after digits "8点" is a
    /// clock hour).
    Point(bool),
    /// 多, 余, 几 … before a scale.
    Approx(Qualifier),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Prev {
    None,
    Digit,
    Zero,
    Lit,
    Mult(f64),
    Scale(f64),
    Point,
    Frac,
    Approx,
}

#[derive(Debug, Clone, Copy)]
struct St {
    /// Groups closed by a scale.
    total: f64,
    /// The group being read (below the last scale).
    group: f64,
    /// A digit or literal waiting for its multiplier.
    pending: Option<f64>,
    /// What a last Han digit counts when nothing follows it: "一百五" = 150 in Chinese.
    tail_place: f64,
    /// The last multiplier of the group: the next one must be smaller.
    last_mult: f64,
    last_scale: f64,
    prev: Prev,
    /// A zero opened the number ("零点五", "〇八").
    leading_zero: bool,
    /// Digits said one by one: their value, count, and whether one is zero ("二〇二二").
    digitwise: Option<(f64, u32, bool)>,
    /// The decimal mark admits Arabic digits (・).
    point_arabic: bool,
    /// Digits after the decimal mark: their value as an integer, and how many.
    frac: Option<(f64, i32)>,
    qual: Option<Qualifier>,
    scale: f64,
    /// Number elements read (spaces and approximations aside).
    items: u32,
    /// The numeral opened with a bare scale ("万分之七"): no digit may follow it ("万一" is
    /// "in case").
    bare_scale: bool,
}

impl St {
    fn new() -> St {
        St {
            total: 0.0,
            group: 0.0,
            pending: None,
            tail_place: 0.0,
            last_mult: f64::INFINITY,
            last_scale: 0.0,
            prev: Prev::None,
            leading_zero: false,
            digitwise: None,
            point_arabic: false,
            frac: None,
            qual: None,
            scale: 1.0,
            items: 0,
            bare_scale: false,
        }
    }

    /// The group with its pending digit; a last lone digit after 百, 千 or a scale counts one
    /// place below it in Chinese.
    fn int_group(&self, tail: bool) -> f64 {
        let p = self.pending.unwrap_or(0.0);
        if tail && self.tail_place > 0.0 {
            self.group + p * self.tail_place
        } else {
            self.group + p
        }
    }

    /// The value if the numeral may end here.
    fn value(&self, tail: bool) -> Option<f64> {
        if let Some((v, n, zero)) = self.digitwise
            && self.frac.is_none()
        {
            // Two digits without a zero are words more often ("一一", "三五").
            return (n >= 3 || zero).then_some(v);
        }
        match self.prev {
            Prev::None | Prev::Point | Prev::Approx => return None,
            Prev::Zero if !self.leading_zero || self.items > 1 => return None,
            _ => {}
        }
        let int = self.total + self.int_group(tail);
        let v = match self.frac {
            Some((f, n)) if n > 0 => int + f / 10f64.powi(n),
            _ => int,
        };
        v.is_finite().then_some(v)
    }

    fn push(&mut self, el: El, glued: bool, tail: bool) -> bool {
        match el {
            El::Digit(d) | El::Lit(d, _) if matches!(self.prev, Prev::Point | Prev::Frac) => {
                // Decimals are said digit by digit.
                let Some((f, n)) = self.frac else {
                    return false;
                };
                if self.prev == Prev::Frac && !glued {
                    return false;
                }
                let digits = match el {
                    El::Lit(_, k)
                        if self.point_arabic && self.prev == Prev::Point && d.fract() == 0.0 =>
                    {
                        k
                    }
                    El::Digit(_) => 1,
                    _ => return false,
                };
                if n + digits > 15 {
                    return false;
                }
                self.frac = Some((f * 10f64.powi(digits) + d, n + digits));
                self.prev = Prev::Frac;
                self.items += 1;
                true
            }
            El::Zero if matches!(self.prev, Prev::Point | Prev::Frac) => {
                let Some((f, n)) = self.frac else {
                    return false;
                };
                if (self.prev == Prev::Frac && !glued) || n >= 15 {
                    return false;
                }
                self.frac = Some((f * 10.0, n + 1));
                self.prev = Prev::Frac;
                self.items += 1;
                true
            }
            El::Digit(_) | El::Lit(..) | El::Zero | El::Mult(_) | El::Point(_)
                if self.bare_scale =>
            {
                false
            }
            El::Digit(d) => {
                let after_digit = self.prev == Prev::Digit
                    || (self.prev == Prev::Zero && (self.leading_zero || self.digitwise.is_some()));
                match self.prev {
                    Prev::Digit | Prev::Zero if glued && after_digit && self.frac.is_none() => {
                        // "二〇二二", "一九四九": digits read as written.
                        let (v, n, z) = self.digitwise.unwrap_or((
                            self.pending.unwrap_or(0.0),
                            1,
                            self.leading_zero,
                        ));
                        if n >= 15 || self.total > 0.0 || self.group > 0.0 {
                            return false;
                        }
                        self.digitwise = Some((v * 10.0 + d, n + 1, z));
                        self.pending = None;
                    }
                    Prev::None | Prev::Mult(_) | Prev::Scale(_) | Prev::Zero => {
                        if self.prev == Prev::Zero && !self.leading_zero {
                            // A gap: no short form after it ("一百零五").
                            self.tail_place = 0.0;
                        } else {
                            self.tail_place = match self.prev {
                                Prev::Mult(m) if m >= 100.0 => m / 10.0,
                                Prev::Scale(s) => s / 10.0,
                                _ => 0.0,
                            };
                        }
                        self.pending = Some(d);
                    }
                    _ => return false,
                }
                self.prev = Prev::Digit;
                self.items += 1;
                true
            }
            El::Lit(v, _) => {
                match self.prev {
                    Prev::None => {}
                    // "1千零20", "150万5245", "2千222", "8385万2326.33": smaller than the
                    // place before it.
                    Prev::Mult(m) if v < m && v.fract() == 0.0 => {}
                    Prev::Scale(s) if v < s => {}
                    Prev::Zero if !self.leading_zero && v.fract() == 0.0 => {}
                    _ => return false,
                }
                self.pending = Some(v);
                self.tail_place = 0.0;
                self.prev = Prev::Lit;
                self.items += 1;
                true
            }
            El::Zero => {
                match self.prev {
                    Prev::None => {
                        self.leading_zero = true;
                        self.pending = Some(0.0);
                    }
                    // "二〇二二": a zero among digits said one by one.
                    Prev::Digit | Prev::Zero if glued && self.total == 0.0 && self.group == 0.0 => {
                        let (v, n, _) =
                            self.digitwise
                                .unwrap_or((self.pending.unwrap_or(0.0), 1, true));
                        if n >= 15 {
                            return false;
                        }
                        self.digitwise = Some((v * 10.0, n + 1, true));
                        self.pending = None;
                    }
                    Prev::Mult(_) | Prev::Scale(_) => {}
                    _ => return false,
                }
                self.prev = Prev::Zero;
                self.items += 1;
                true
            }
            El::Mult(m) => {
                if self.digitwise.is_some() || self.frac.is_some() || m >= self.last_mult {
                    return false;
                }
                let n = match (self.prev, self.pending) {
                    // "十五", "零十二", "百三": 一 is understood.
                    (Prev::None | Prev::Scale(_) | Prev::Mult(_), None) => 1.0,
                    (Prev::Zero, _) => 1.0,
                    (Prev::Digit, Some(d)) => d,
                    // "5千": a digit, not "50千".
                    (Prev::Lit, Some(v)) if v < 10.0 => v,
                    _ => return false,
                };
                self.group += n * m;
                self.pending = None;
                self.tail_place = 0.0;
                self.last_mult = m;
                self.prev = Prev::Mult(m);
                self.items += 1;
                true
            }
            El::Scale(s) => {
                if self.digitwise.is_some() || self.prev == Prev::Point {
                    return false;
                }
                let mut x = self.group + self.pending.unwrap_or(0.0);
                if let Some((f, n)) = self.frac {
                    x += f / 10f64.powi(n);
                    self.frac = None;
                }
                let after_scale = matches!(self.prev, Prev::Scale(_))
                    || (self.prev == Prev::Approx && x == 0.0 && self.last_scale > 0.0);
                if after_scale {
                    // "四万万", "一万亿", "三十万多亿": a scale after a scale multiplies.
                    self.total *= s;
                } else if self.prev == Prev::None {
                    self.total = s;
                    self.bare_scale = true;
                } else if x == 0.0 {
                    return false;
                } else if self.last_scale == 0.0 || s < self.last_scale {
                    self.total += x * s;
                } else if s > self.last_scale {
                    self.total = (self.total + x) * s;
                } else {
                    return false;
                }
                self.group = 0.0;
                self.pending = None;
                self.tail_place = 0.0;
                self.last_mult = f64::INFINITY;
                self.last_scale = s;
                self.scale = if after_scale {
                    self.scale * s
                } else {
                    self.scale.max(s)
                };
                self.prev = Prev::Scale(s);
                self.items += 1;
                true
            }
            El::Point(arabic) => {
                if !matches!(
                    self.prev,
                    Prev::Digit | Prev::Lit | Prev::Mult(_) | Prev::Scale(_) | Prev::Zero
                ) || self.frac.is_some()
                    || (self.prev == Prev::Zero && !self.leading_zero)
                    || (self.prev == Prev::Lit && !arabic)
                {
                    return false;
                }
                self.point_arabic = arabic;
                let ip = match self.digitwise.take() {
                    Some((v, _, _)) => v,
                    None => self.int_group(tail),
                };
                self.group = ip;
                self.pending = None;
                self.tail_place = 0.0;
                self.frac = Some((0.0, 0));
                self.prev = Prev::Point;
                true
            }
            El::Approx(q) => {
                if !matches!(
                    self.prev,
                    Prev::Digit | Prev::Lit | Prev::Mult(_) | Prev::Scale(_) | Prev::Zero
                ) || self.digitwise.is_some()
                    || self.frac.is_some()
                {
                    return false;
                }
                // "十几万多亿": the first bound says it.
                self.qual.get_or_insert(q);
                self.prev = Prev::Approx;
                true
            }
        }
    }
}

/// Spaces that may sit between the parts of a numeral ("1000 万", "三千 八百").
fn spaces(text: &str, mut p: usize) -> usize {
    let mut n = 0;
    while let Some(c) = text.get(p..).and_then(|s| s.chars().next()) {
        if !matches!(c, ' ' | '\u{3000}' | '\u{a0}') || n == 3 {
            break;
        }
        p += c.len_utf8();
        n += 1;
    }
    p
}

/// Arabic digits from `p`, with groups of three after commas ("4,500") and decimals after a
/// point ("2326.33"): value, digits, end.
fn arabic(text: &str, p: usize) -> Option<(f64, i32, usize)> {
    let mut v = 0.0;
    let mut end = p;
    let mut digits = 0;
    let mut chars = text.get(p..)?.char_indices().peekable();
    while let Some(&(k, c)) = chars.peek() {
        if let Some(d) = digit_value(c) {
            v = v * 10.0 + d as f64;
            digits += 1;
            end = p + k + c.len_utf8();
            chars.next();
        } else if matches!(c, ',' | '，') && digits > 0 {
            let rest = &text[p + k + c.len_utf8()..];
            let group: Vec<u32> = rest.chars().take(4).map_while(digit_value).collect();
            if group.len() != 3 {
                break;
            }
            chars.next();
        } else {
            break;
        }
        if digits > 15 {
            return None;
        }
    }
    if digits == 0 {
        return None;
    }
    // Decimals: only digits after the mark, and at most nine of them.
    if let Some(c) = text[end..].chars().next()
        && matches!(c, '.' | '．')
    {
        let after = end + c.len_utf8();
        let mut f = 0.0;
        let mut n = 0;
        let mut e = after;
        for d in text[after..].chars() {
            let Some(x) = digit_value(d) else { break };
            if n == 9 {
                return None;
            }
            f = f * 10.0 + x as f64;
            n += 1;
            e += d.len_utf8();
        }
        if n > 0 {
            return Some((v + f / 10f64.powi(n), digits, e));
        }
    }
    Some((v, digits, end))
}

/// The element at `p` and its end.
fn element(text: &str, p: usize, loc: &Locale) -> Option<(El, usize)> {
    let c = text.get(p..)?.chars().next()?;
    if digit_value(c).is_some() {
        let (v, n, end) = arabic(text, p)?;
        return Some((El::Lit(v, n), end));
    }
    let end = p + c.len_utf8();
    if let Some(&m) = loc.numerals.get(&c) {
        return match m {
            M::Unit(0.0) => Some((El::Zero, end)),
            M::Unit(v) => Some((El::Digit(v), end)),
            M::Join => Some((El::Zero, end)),
            M::Mult(m) => Some((El::Mult(m), end)),
            M::Scale(s) => Some((El::Scale(s), end)),
            M::Point => Some((El::Point(c == '・'), end)),
            _ => None,
        };
    }
    // "多", "余", "余り", "几": a bound said before a scale.
    for (phrase, ms) in loc.cjk.get(&c)? {
        if text[p..].starts_with(phrase) {
            return ms.iter().find_map(|m| match m {
                M::QualAfter(q) => Some((El::Approx(*q), p + phrase.len())),
                _ => None,
            });
        }
    }
    None
}

/// A power said after a base ending at `at`: ja "2.5の-1乗", "十の十三乗", zh "2的10次方".
/// The value and the end.
pub(crate) fn power_after(
    text: &str,
    at: usize,
    loc: &Locale,
    zh: bool,
    base: f64,
) -> Option<(f64, usize)> {
    let (particle, suffixes): (&str, &[&str]) = if zh {
        ("的", &["次方", "次幂", "次冪"])
    } else {
        ("の", &["乗"])
    };
    let mut p = at + particle.len();
    if !text.get(at..)?.starts_with(particle) {
        return None;
    }
    // Signs; a doubled one cancels out ("の--23乗", "のマイナスマイナス二十三乗").
    let mut neg = false;
    for _ in 0..3 {
        let rest = &text[p..];
        let c = rest.chars().next()?;
        if matches!(c, '-' | '−' | '－' | '+' | '＋') {
            neg ^= !matches!(c, '+' | '＋');
            p += c.len_utf8();
        } else if let Some(w) = ["マイナス", "负", "負"]
            .iter()
            .find(|w| rest.starts_with(**w))
        {
            neg = !neg;
            p += w.len();
        } else {
            break;
        }
    }
    let (e, end) = match text[p..].chars().next() {
        Some(c) if digit_value(c).is_some() => {
            let (v, _, end) = arabic(text, p)?;
            (v, end)
        }
        _ => {
            let h = read(text, p, loc, zh, None)?;
            (h.value, h.end)
        }
    };
    if e.fract() != 0.0 || e > 400.0 {
        return None;
    }
    let suffix = suffixes.iter().find(|s| text[end..].starts_with(**s))?;
    let v = if neg {
        1.0 / base.powi(e as i32)
    } else {
        base.powi(e as i32)
    };
    v.is_finite().then_some((v, end + suffix.len()))
}

/// "12.32×10の14乗": a mantissa times a power said in words, after the mantissa ending at
/// `at`. The value and the end.
pub(crate) fn times_power(
    text: &str,
    at: usize,
    loc: &Locale,
    zh: bool,
    mantissa: f64,
) -> Option<(f64, usize)> {
    let c = text.get(at..)?.chars().next()?;
    if !matches!(c, '×' | '＊' | '*') {
        return None;
    }
    let p = at + c.len_utf8();
    let (base, end) = match text[p..].chars().next() {
        Some(d) if digit_value(d).is_some() => {
            let (v, _, end) = arabic(text, p)?;
            (v, end)
        }
        _ => {
            let h = read(text, p, loc, zh, None)?;
            (h.value, h.end)
        }
    };
    let (v, end) = power_after(text, end, loc, zh, base)?;
    let v = mantissa * v;
    v.is_finite().then_some((v, end))
}

/// Reads the numeral at `start`. `init`: Arabic digits just before `start` that the numeral
/// continues ("1000 万"); `tail`: the Chinese short form ("一百五" = 150).
pub(crate) fn read(
    text: &str,
    start: usize,
    loc: &Locale,
    tail: bool,
    init: Option<f64>,
) -> Option<Han> {
    let mut st = St::new();
    if let Some(v) = init {
        st.push(El::Lit(v, 1), true, tail);
    }
    let mut best: Option<(St, usize)> = None;
    // The state before a digit that came after a space: if the digit cannot go on with what
    // is glued to it ("三十 五十"), it starts another number.
    let mut spaced_digit: Option<Option<(St, usize)>> = None;
    // The reading before a decimal mark: decimals glued to a multiplier ("四・八十九") are no
    // decimals we can read, and the number ends before the mark.
    let mut before_point: Option<(St, usize)> = None;
    let mut p = start;
    let mut first_end = None;
    for _ in 0..64 {
        let q = spaces(text, p);
        let Some((el, e)) = element(text, q, loc) else {
            break;
        };
        let glued = q == p;
        let mut next = st;
        if !next.push(el, glued, tail) {
            if glued && spaced_digit.is_some() {
                best = spaced_digit.take().flatten();
            }
            if glued && st.prev == Prev::Frac && matches!(el, El::Mult(_) | El::Digit(_)) {
                best = before_point;
            }
            break;
        }
        if matches!(el, El::Point(_)) {
            before_point = best;
        }
        st = next;
        first_end.get_or_insert(e);
        if glued {
            if !matches!(el, El::Digit(_) | El::Lit(..) | El::Zero) {
                spaced_digit = None;
            }
        } else {
            spaced_digit = matches!(el, El::Digit(_) | El::Lit(..)).then_some(best);
        }
        if st.value(tail).is_some() {
            best = Some((st, e));
        }
        p = e;
    }
    let (st, end) = best?;
    if end == start && init.is_none() {
        return None;
    }
    let value = st.value(tail)?;
    let single = init.is_none() && first_end == Some(end) && end - start <= 4;
    Some(Han {
        end,
        value,
        scale: st.scale,
        qual: st.qual,
        single,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn reads_stay_on_boundaries(parts in proptest::collection::vec(
            prop::sample::select(vec!["一", "二", "十", "百", "千", "万", "億", "亿", "零", "〇",
                "点", "・", "多", "余", "几", "数", "あまり", " ", "  ", "1", "20", "4,500",
                "2.5", "の", "乗", "的", "次方", "-", "マイナス", "×", "x"]), 0..20),
            zh in any::<bool>()) {
            let text: String = parts.concat();
            let loc = super::super::han_locale(zh);
            for (i, _) in text.char_indices() {
                if let Some(h) = read(&text, i, loc, zh, None) {
                    prop_assert!(h.end > i && h.end <= text.len() && text.is_char_boundary(h.end));
                    prop_assert!(h.value.is_finite());
                }
                if let Some((v, e)) = power_after(&text, i, loc, zh, 2.0) {
                    prop_assert!(e <= text.len() && text.is_char_boundary(e) && v.is_finite());
                }
            }
        }
    }

    fn zh(s: &str) -> Option<(f64, usize)> {
        let loc = super::super::han_locale(true);
        read(s, 0, loc, true, None).map(|h| (h.value, h.end))
    }

    fn ja(s: &str) -> Option<f64> {
        let loc = super::super::han_locale(false);
        read(s, 0, loc, false, None).map(|h| h.value)
    }

    #[test]
    fn places_groups_and_zeros() {
        assert_eq!(
            zh("三千八百九十六万四千九百六十五"),
            Some((38_964_965.0, 45))
        );
        assert_eq!(zh("一百零一万零三千零十二").map(|v| v.0), Some(1_013_012.0));
        assert_eq!(zh("一万零十二").map(|v| v.0), Some(10_012.0));
        assert_eq!(zh("四万万").map(|v| v.0), Some(4e8));
        assert_eq!(zh("两千万").map(|v| v.0), Some(2e7));
        assert_eq!(zh("二〇二二").map(|v| v.0), Some(2022.0));
        assert_eq!(zh("零点五").map(|v| v.0), Some(0.5));
        assert_eq!(zh("一千零二十点零五").map(|v| v.0), Some(1020.05));
        // "五十千" is no number: the places must fall.
        assert_eq!(zh("五十千").map(|v| v.0), Some(50.0));
    }

    #[test]
    fn chinese_short_form_and_japanese_places() {
        assert_eq!(zh("一百五").map(|v| v.0), Some(150.0));
        assert_eq!(zh("一万三").map(|v| v.0), Some(13_000.0));
        assert_eq!(zh("两千三点一").map(|v| v.0), Some(2300.1));
        assert_eq!(zh("一百零五").map(|v| v.0), Some(105.0));
        assert_eq!(ja("二百五"), Some(205.0));
        assert_eq!(ja("十億六万五百六"), Some(1_000_060_506.0));
        assert_eq!(ja("百二十三"), Some(123.0));
    }

    #[test]
    fn han_numerals_in_sentences() {
        use crate::lang::Lang;
        use crate::numbers::{NumberKind, Qualifier, parse_numbers};
        let one = |t: &str, l| {
            let n = parse_numbers(t, l).into_iter().next().unwrap();
            (n.value, n.low, n.high, n.qualifier, n.unit)
        };
        assert_eq!(
            one("票房一千多万元", Lang::Cmn),
            (Some(1e7), Some(1e7), None, Qualifier::AtLeast, Some("CNY"))
        );
        assert_eq!(
            one("年龄在18和25之间", Lang::Cmn),
            (None, Some(18.0), Some(25.0), Qualifier::Range, None)
        );
        assert_eq!(
            one("1000以上、5000以下", Lang::Jpn),
            (None, Some(1000.0), Some(5000.0), Qualifier::Range, None)
        );
        assert_eq!(one("3又一千分之23", Lang::Cmn).0, Some(3.023));
        assert_eq!(one("千分之五", Lang::Cmn).4, Some("%"));
        assert_eq!(one("打率は3割8分7厘", Lang::Jpn).0, Some(38.7));
        assert_eq!(one("五元三角", Lang::Cmn).0, Some(5.3));
        // A lone unit character is no number outside a classifier, a unit or a bound.
        assert!(parse_numbers("我们一起统一行动", Lang::Cmn).is_empty());
        let n = &parse_numbers("2022年8月4日", Lang::Cmn)[0];
        assert_eq!(n.kind, NumberKind::Date);
    }

    #[test]
    fn powers_in_words() {
        let ja_loc = super::super::han_locale(false);
        let zh_loc = super::super::han_locale(true);
        let p = |t: &str, at, zh, base| {
            let loc = if zh { zh_loc } else { ja_loc };
            power_after(t, at, loc, zh, base).map(|(v, e)| (v, e == t.len()))
        };
        assert_eq!(p("2の10乗", 1, false, 2.0), Some((1024.0, true)));
        assert_eq!(p("2.5の-1乗", 3, false, 2.5), Some((0.4, true)));
        assert_eq!(
            p("十のマイナスマイナス二乗", 3, false, 10.0),
            Some((100.0, true))
        );
        assert_eq!(p("2的十次方", 1, true, 2.0), Some((1024.0, true)));
        assert_eq!(p("2の本", 1, false, 2.0), None);
        let t = "12.32×10の14乗";
        let (v, e) = times_power(t, 5, ja_loc, false, 12.32).unwrap();
        assert!((v - 1.232e15).abs() < 1.0 && e == t.len());
    }

    #[test]
    fn arabic_digits_spaces_and_bounds() {
        let loc = super::super::han_locale(true);
        assert_eq!(zh("1千零20").map(|v| v.0), Some(1020.0));
        assert_eq!(zh("2千零30万").map(|v| v.0), Some(2.03e7));
        let h = read("1000  万人", 4, loc, true, Some(1000.0)).unwrap();
        assert_eq!((h.value, h.end, h.scale), (1e7, 9, 1e4));
        assert_eq!(zh("三千 九百 六十五").map(|v| v.0), Some(3965.0));
        // A spaced digit that cannot go on starts another number.
        assert_eq!(zh("三十 五十").map(|v| v.0), Some(30.0));
        let h = read("一千多万", 0, loc, true, None).unwrap();
        assert_eq!((h.value, h.qual), (1e7, Some(Qualifier::AtLeast)));
        let h = read("500余万", 3, loc, true, Some(500.0)).unwrap();
        assert_eq!((h.value, h.qual), (5e6, Some(Qualifier::AtLeast)));
        // A bound not followed by a scale is no part of the numeral.
        assert_eq!(zh("三十多人").map(|v| v.0), Some(30.0));
    }
}
