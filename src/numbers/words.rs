//! The value of a sequence of number words, in any language: units add, multipliers multiply
//! the pending small part ("two hundred", "hai mươi", "二十"), scales close a group ("thousand",
//! "triệu", "万"), and a bigger scale after a smaller one multiplies everything ("mil millones").

use super::lexicon::M;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Last {
    None,
    Unit,
    Mult,
    Scale,
    Lit,
    Join,
    /// A fraction word ("fifths", "demi", "Viertel").
    Frac,
    /// The article in "half a million": a scale must follow.
    FracArticle,
    /// "of" after a fraction ("two thirds of a million", "quart de million"): a scale, or an
    /// article and a scale, must follow.
    FracOf,
    /// A decimal word ("point", "virgule", "Komma") or a digit said after it.
    Point,
    /// An ordinal word closing the number ("twenty-first"): nothing may follow.
    Ordinal,
    /// A fraction added to a whole ("2½", "hai rưỡi"): only a scale may follow.
    Closed,
}

/// A fraction read in words: the whole part, the fraction and what scales them.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Frac {
    /// The whole part of a mixed number ("twenty and three fifths"): 0 when none.
    whole: f64,
    part: f64,
    /// The last scale of the whole part when it ends with one ("3 million and a quarter").
    whole_scale: f64,
    /// A scale came after the fraction; the value is final.
    scaled: Option<f64>,
    /// A bare fraction word ("quarter", not "half"): a number only before a scale.
    bare: bool,
}

/// The value before the last join ("one hundred AND three quarters").
#[derive(Debug, Clone, Copy, PartialEq)]
struct JoinPre {
    value: f64,
    /// The part before the join ended with this scale (0 when it did not end with one).
    scale: f64,
    /// The join belongs inside a tens compound ("vingt et un"): no mixed number.
    tight: bool,
    /// The part before the join ended with a multiplier or scale word ("3 hundred and 21").
    after_word: bool,
}

/// The running value of a number being read word by word. `Copy`, so that the grammar can keep
/// the last valid state and roll back to it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Acc {
    /// The closed groups, each a count times its scale, biggest first; their sum is the
    /// number said before the pending part. A bigger scale multiplies only the groups smaller
    /// than itself ("tres billones cuatrocientos mil millones" = 3·10^12 + 400,000·10^6).
    groups: [(f64, f64); 8],
    ngroups: u8,
    current: f64,
    last_scale: f64,
    /// `current` right after the last multiplier ("three hundred"): what a group word
    /// ("dozen") multiplies is said after it.
    mult_base: f64,
    /// The last item was a number written as one word ("tweeduizend").
    compound: bool,
    last: Last,
    /// Number items pushed (joins excluded).
    pub items: u32,
    /// A unit, a digit literal or a number token was pushed (not only articles and scales).
    strong: bool,
    /// The last item needs a multiplier after it (vi "năm").
    need_mult: bool,
    /// The last unit was an explicit zero (vi "không trăm": no hundreds).
    zero: bool,
    /// The largest scale applied, for "20 to 30 million".
    pub scale: f64,
    join_pre: Option<JoinPre>,
    /// After a join, a unit that cannot add to the number before it started a new part,
    /// which only a fraction word can close ("three and one fourth").
    split: bool,
    frac: Option<Frac>,
    /// A numerator read before a denominator that did not add to it ("one twenty-fifth",
    /// "drie eenentwintigste", "tres vinte avos"): the number is valid only once an ordinal,
    /// a fraction word or "avos" closes the denominator.
    numer: Option<f64>,
    /// The last item is a tens word said right after a multiplier or a scale, with no join.
    tens_after: bool,
    /// The number ends with a noun for about so many ("une centaine"): approximate.
    pub around: bool,
    /// The fraction word about to be pushed is singular ("cinquième", not "cinquièmes").
    singular_frac: bool,
    /// The numerator is an article alone ("un vingt-et-unième", "a twenty-first").
    numer_article: bool,
    /// The decimal mark was a conjunction said between number words (es "con"): a fraction
    /// after it makes a mixed number instead ("cinco con un cuarto" = 5.25).
    spoken_point: bool,
    /// After a spoken decimal mark, decimals may end the number: only when they are two
    /// digits or more ("siete con cincuenta"; "tres con dos goles" is three, then two goals).
    spoken_decimals: bool,
    /// Digits said after a decimal word: (their value as an integer, how many, a tens word
    /// waits for its unit).
    dec: Option<(f64, i32, bool)>,
    /// The number ends with an ordinal word ("twenty-first", "hundredth").
    pub ordinal: bool,
    /// The number has a fraction or decimal said in words.
    pub fractional: bool,
    /// The fraction is an article and an ordinal ("un centième", "a third"), which is an
    /// ordinal before a noun ("a third term").
    pub article_ordinal: bool,
}

impl Default for Acc {
    fn default() -> Self {
        Acc {
            groups: [(0.0, 0.0); 8],
            ngroups: 0,
            current: 0.0,
            last_scale: 0.0,
            mult_base: 0.0,
            compound: false,
            last: Last::None,
            items: 0,
            strong: false,
            need_mult: false,
            zero: false,
            scale: 1.0,
            join_pre: None,
            split: false,
            frac: None,
            numer: None,
            tens_after: false,
            singular_frac: false,
            around: false,
            numer_article: false,
            spoken_point: false,
            spoken_decimals: false,
            dec: None,
            ordinal: false,
            fractional: false,
            article_ordinal: false,
        }
    }
}

/// The largest power of ten dividing `c` (for c > 0 and integral), capped.
fn place(c: f64) -> f64 {
    if c.fract() != 0.0 {
        return 0.0;
    }
    let mut p = 1.0;
    while p < 1e18 && c % (p * 10.0) == 0.0 {
        p *= 10.0;
    }
    p
}

impl Acc {
    /// The closed groups' sum.
    fn total(&self) -> f64 {
        self.groups[..self.ngroups as usize]
            .iter()
            .map(|g| g.1)
            .sum()
    }

    /// Drops the closed groups and makes `v` the one group, of scale `s`.
    fn set_total(&mut self, v: f64, s: f64) {
        self.ngroups = 0;
        if v != 0.0 {
            self.groups[0] = (s, v);
            self.ngroups = 1;
        }
    }

    /// Closes the pending part with scale `s`: the groups smaller than `s` and the pending
    /// part are multiplied by it, bigger groups stay. False when there is no room.
    fn close_group(&mut self, s: f64, count: f64) -> bool {
        let mut below = count;
        while self.ngroups > 0 && self.groups[self.ngroups as usize - 1].0 < s {
            self.ngroups -= 1;
            below += self.groups[self.ngroups as usize].1;
        }
        if self.ngroups as usize == self.groups.len() {
            return false;
        }
        self.groups[self.ngroups as usize] = (s, below * s);
        self.ngroups += 1;
        true
    }

    pub fn value(&self) -> f64 {
        if let Some(f) = self.frac {
            return match f.scaled {
                Some(v) => v,
                None if f.whole_scale > 1.0 => f.whole + f.part * f.whole_scale,
                None => f.whole + f.part,
            };
        }
        let base = self.total() + self.current;
        let base = match (self.split, self.join_pre) {
            (true, Some(p)) => p.value + base,
            _ => base,
        };
        match self.dec {
            Some((d, n, _)) if n > 0 => base + d / 10f64.powi(n),
            _ => base,
        }
    }

    /// Can the number end here?
    pub fn valid(&self, solo_scale: bool) -> bool {
        if matches!(self.last, Last::Join | Last::FracArticle | Last::FracOf)
            || self.need_mult
            || self.items == 0
            || (self.split && self.frac.is_none())
            || (self.numer.is_some() && self.frac.is_none())
            || self.dec.is_some_and(|d| d.1 == 0)
            || self
                .dec
                .is_some_and(|d| self.spoken_point && (!self.spoken_decimals || d.0 < 10.0))
            || self.frac.is_some_and(|f| f.bare && f.scaled.is_none())
        {
            return false;
        }
        self.strong
            || self.items >= 2
            || (solo_scale && self.last == Last::Scale)
            || (solo_scale && self.last == Last::Mult)
    }

    /// Can a whole expression end here, articles alone included ("un", "một")?
    pub fn complete(&self) -> bool {
        let open = matches!(self.last, Last::Join | Last::FracArticle | Last::FracOf)
            || self.need_mult
            || (self.split && self.frac.is_none())
            || (self.numer.is_some() && self.frac.is_none())
            || self.dec.is_some_and(|d| d.1 == 0)
            || self
                .dec
                .is_some_and(|d| self.spoken_point && (!self.spoken_decimals || d.0 < 10.0));
        self.items > 0 && !open
    }

    /// A digit fraction ("1/4", "½") after a whole number in digits: "2 1/4", "2½".
    pub fn push_digit_fraction(&mut self, f: f64) -> bool {
        // "2 and 1/4": after a join, the digits before it are the whole.
        let after_join = self.last == Last::Join && self.join_pre.is_some_and(|p| p.scale == 0.0);
        if !(matches!(self.last, Last::None | Last::Lit) || after_join)
            || self.frac.is_some()
            || self.split
        {
            return false;
        }
        self.current += f;
        self.last = Last::Closed;
        self.items += 1;
        self.strong = true;
        self.fractional = true;
        true
    }

    /// The number so far becomes a numerator and the words after it a denominator, when a
    /// number word cannot add to it ("one twenty-fifth", "tres vinte e um avos").
    fn start_denominator(&mut self) -> bool {
        let v = self.value();
        if self.numer.is_some()
            || self.frac.is_some()
            || self.dec.is_some()
            || self.split
            || self.need_mult
            || !matches!(self.last, Last::Unit | Last::Mult | Last::Scale)
            || v < 1.0
            || v.fract() != 0.0
        {
            return false;
        }
        self.numer = Some(v);
        self.numer_article = v == 1.0 && !self.strong;
        self.set_total(0.0, 0.0);
        self.current = 0.0;
        self.mult_base = 0.0;
        self.last_scale = 0.0;
        self.join_pre = None;
        self.scale = 1.0;
        true
    }

    /// The numerator over denominator `d`, as a fraction of the number.
    fn close_denominator(&mut self, num: f64, d: f64) -> bool {
        if d < 2.0 || !d.is_finite() {
            return false;
        }
        self.set_total(0.0, 0.0);
        self.current = 0.0;
        self.ordinal = false;
        self.set_fraction(0.0, num / d, 0.0)
    }

    /// The number is now `whole` and the fraction `part` (of `whole_scale` when the whole
    /// ends with a scale: "3 million and a quarter").
    fn set_fraction(&mut self, whole: f64, part: f64, whole_scale: f64) -> bool {
        self.numer = None;
        self.dec = None;
        self.frac = Some(Frac {
            whole,
            part,
            whole_scale,
            scaled: None,
            bare: false,
        });
        self.last = Last::Frac;
        self.items += 1;
        self.strong = true;
        self.fractional = true;
        true
    }

    /// A fraction word with denominator `d`: "three fifths", "one and a half", "a quarter".
    fn push_frac(&mut self, d: f64, alone: bool) -> bool {
        if let Some(num) = self.numer {
            // "twenty twenty fifths": the words since the numerator and this one.
            let c = self.current;
            if self.frac.is_some() || self.dec.is_some() {
                return false;
            }
            if self.total() == 0.0 && (1.0..10.0).contains(&c) && c < d {
                // "drie een vijfde" (3 1/5): a whole and a fraction, as digits are read aloud.
                return self.set_fraction(num, c / d, 0.0);
            }
            if !(c == 0.0 || d < place(c)) {
                return false;
            }
            return self.close_denominator(num, self.total() + c + d);
        }
        if let Some((num, n, _)) = self.dec.filter(|d| self.spoken_point && d.1 > 0) {
            // "cinco con un cuarto": the words after "con" are the numerator.
            let Some(p) = self.join_pre else { return false };
            if d <= 0.0 || n > 3 {
                return false;
            }
            return self.set_fraction(p.value, num / d, p.scale);
        }
        if self.frac.is_some()
            || self.dec.is_some()
            || matches!(
                self.last,
                Last::Lit | Last::Ordinal | Last::FracArticle | Last::Closed
            )
            || d <= 0.0
        {
            return false;
        }
        let value = self.value();
        if self.tens_after && self.last == Last::Unit && d < 10.0 && !self.split {
            // "one hundred thirty fifths", "cent trente cinquièmes": the tens and the fraction
            // word are one denominator (thirty-fifths), what comes before is the numerator.
            let tens = self.current % 100.0;
            return self.close_denominator(value - tens, tens + d);
        }
        let mut bare = false;
        let (whole, num, pre) = if self.items == 0 {
            // "half", "quarter million": one part.
            bare = !alone;
            (0.0, 1.0, None)
        } else if self.last == Last::Join {
            // "et demi", "and a half" without the article.
            let p = self.join_pre;
            (value, 1.0, p.map(|p| JoinPre { value, ..p }))
        } else {
            match self.join_pre {
                Some(p) if self.split => (p.value, value - p.value, Some(p)),
                // "vingt et un" is one number, "vingt et trois cinquièmes" a mixed one; a
                // singular after it is one part ("vingt et un cinquième" is 20 1/5: 21 of
                // them would be "cinquièmes").
                Some(p)
                    if !(p.tight
                        && matches!(value - p.value, 1.0 | 11.0)
                        && !self.singular_frac)
                        && value - p.value > 0.0
                        && value - p.value < d =>
                {
                    (p.value, value - p.value, Some(p))
                }
                _ => (0.0, value, None),
            }
        };
        let whole_scale = pre.map_or(0.0, |p| p.scale);
        self.frac = Some(Frac {
            whole,
            part: num / d,
            whole_scale,
            scaled: None,
            bare,
        });
        self.last = Last::Frac;
        self.items += 1;
        if !bare {
            self.strong = true;
        }
        self.fractional = true;
        true
    }

    /// A decimal word ("point", "virgule") or a digit word after it.
    fn push_point(&mut self) -> bool {
        if self.dec.is_some()
            || self.frac.is_some()
            || self.split
            || self.items == 0
            || !matches!(self.last, Last::Unit | Last::Mult | Last::Scale | Last::Lit)
            || self.need_mult
        {
            return false;
        }
        self.dec = Some((0.0, 0, false));
        self.last = Last::Point;
        self.fractional = true;
        true
    }

    /// The last item is a join ("and", "und", "en").
    pub fn after_join(&self) -> bool {
        self.last == Last::Join
    }

    /// A number word (not only an article) was said.
    pub fn has_number(&self) -> bool {
        self.strong
    }

    /// Right after a decimal word, nothing said after it yet.
    pub fn awaits_decimals(&self) -> bool {
        self.last == Last::Point && self.dec.is_some_and(|d| d.1 == 0)
    }

    /// The decimals after a decimal word, as the digits of the whole number `v` ("virgule
    /// soixante et onze" = .71), written with `digits` digits when more than its own ("point
    /// 05").
    pub fn set_decimals(&mut self, v: f64, digits: i32) -> bool {
        if !self.awaits_decimals() || v.fract() != 0.0 || !(0.0..1e15).contains(&v) {
            return false;
        }
        let mut n = 1;
        while 10f64.powi(n) <= v {
            n += 1;
        }
        let n = n.max(digits);
        self.dec = Some((v, n, false));
        self.items += 1;
        true
    }

    fn push_decimal_digits(&mut self, v: f64) -> bool {
        let Some((d, n, tens_open)) = self.dec else {
            return false;
        };
        if v.fract() != 0.0 || !(0.0..100.0).contains(&v) || n >= 15 {
            return false;
        }
        self.dec = Some(if tens_open && v < 20.0 {
            // "seventy-one", "soixante et onze": the unit completes the tens.
            (d + v, n, false)
        } else if v < 10.0 {
            (d * 10.0 + v, n + 1, false)
        } else {
            (d * 100.0 + v, n + 2, v >= 20.0 && v % 10.0 == 0.0)
        });
        self.last = Last::Point;
        self.items += 1;
        true
    }

    /// A number written as one word ("tweeduizend", "zweihundert"). It reads like the words it
    /// is made of, so that smaller number words may follow it: "tweeduizend tweehonderd"
    /// (2200), "zweihundert fünfzig" (250), "vierduizend twee" (4002).
    pub fn push_compound(&mut self, v: f64) -> bool {
        // "vijf miljard en driekwart": a fraction in one word after a join; "honderd
        // driekwart" (100 3/4): after a whole number.
        if v > 0.0
            && v < 1.0
            && matches!(
                self.last,
                Last::Join | Last::Unit | Last::Mult | Last::Scale
            )
            && self.items > 0
            && self.frac.is_none()
            && self.dec.is_none()
            && self.numer.is_none()
            && !self.split
            && !self.need_mult
        {
            let (whole, whole_scale) = match (self.last, self.join_pre) {
                (Last::Join, Some(p)) => (p.value, p.scale),
                (Last::Join, None) => return false,
                _ => (self.value(), 0.0),
            };
            return self.set_fraction(whole, v, whole_scale);
        }
        if self.last == Last::Unit
            && self.compound
            && v >= 1.0
            && v.fract() == 0.0
            && place(self.current) >= 100.0
            && v < place(self.current)
            && self.frac.is_none()
            && self.dec.is_none()
            && !self.split
            && !self.need_mult
        {
            self.current += v;
            self.items += 1;
            return true;
        }
        if !self.push_lit(v) {
            return false;
        }
        self.last = Last::Unit;
        self.compound = true;
        // "driehonderd en twee dozijn" (324): a group counts what is said after the hundreds.
        if v >= 100.0 && v.fract() == 0.0 {
            self.mult_base = self.current - self.current % 100.0;
        }
        true
    }

    /// A digit literal or a number token: only first, or after a scale ("1 tỷ 200 triệu").
    pub fn push_lit(&mut self, v: f64) -> bool {
        if self.frac.is_some() || self.dec.is_some() || self.split {
            return false;
        }
        let after_join = self.last == Last::Join
            && self.join_pre.is_some_and(|p| p.after_word)
            && v >= 1.0
            && v.fract() == 0.0
            && self.current > 0.0
            && v < place(self.current);
        let ok = self.items == 0
            || after_join
            || (self.last == Last::Scale && self.current == 0.0 && v < self.last_scale && v >= 1.0);
        if !ok {
            return false;
        }
        if after_join {
            self.current += v;
        } else {
            self.current = v;
        }
        self.last = Last::Lit;
        self.items += 1;
        self.strong = true;
        true
    }

    /// Pushes one word meaning; false if it cannot continue this number (nothing changes then).
    /// The fraction word pushed next is singular in French ("cinquième", not "cinquièmes"):
    /// one part, so "vingt et un cinquième" is 20 1/5.
    pub(crate) fn singular_fraction(&mut self, singular: bool) {
        self.singular_frac = singular;
    }

    pub fn push(&mut self, m: M, vigesimal: bool, in_compound: bool) -> bool {
        // Only the last item decides whether an article and an ordinal are an ordinal.
        self.article_ordinal = false;
        if self.need_mult && !matches!(m, M::Mult(_) | M::Scale(_)) {
            return false;
        }
        match m {
            M::Unit(v) | M::Weak(v) | M::BeforeMult(v) | M::AfterTens(v) if self.dec.is_some() => {
                self.push_decimal_digits(v)
            }
            M::Weak(v) if matches!(self.last, Last::Frac | Last::FracOf) && v == 1.0 => {
                // "half a million", "two thirds of a million": the article waits for a scale.
                let half = self.frac.is_some_and(|f| f.whole == 0.0 && f.part == 0.5);
                if self.last == Last::Frac && (!half || self.items > 1) {
                    return false;
                }
                self.last = Last::FracArticle;
                true
            }
            M::Unit(v) | M::Weak(v) | M::BeforeMult(v) | M::AfterTens(v) => {
                if matches!(
                    self.last,
                    Last::Lit | Last::Frac | Last::Ordinal | Last::FracArticle | Last::Closed
                ) || (self.zero && self.last == Last::Unit)
                    || self.frac.is_some()
                {
                    return false;
                }
                // "quatre-vingts": four times twenty; no other unit multiplies it ("trois
                // vingt-et-unième" is three twenty-firsts).
                if vigesimal
                    && v == 20.0
                    && self.strong
                    && self.last == Last::Unit
                    && self.current % 100.0 == 4.0
                {
                    self.current += self.current % 100.0 * 19.0;
                    self.items += 1;
                    return true;
                }
                if let M::AfterTens(_) = m {
                    let c = self.current % 100.0;
                    if !(c >= 10.0 && c % 10.0 == 0.0 && self.last != Last::Join) {
                        return false;
                    }
                } else if !self.fits(v, vigesimal, in_compound) {
                    // "one twenty-fifth", "tres vinte avos": a numerator, then the
                    // denominator's words.
                    if self.last != Last::Join {
                        if !self.start_denominator() {
                            return false;
                        }
                    // "three and one fourth": after a join, a new part that only a fraction
                    // word can close.
                    } else if self.split || self.join_pre.is_none() || self.numer.is_some() {
                        return false;
                    } else {
                        self.split = true;
                        self.set_total(0.0, 0.0);
                        self.current = 0.0;
                        self.mult_base = 0.0;
                        self.last_scale = 0.0;
                    }
                }
                // After "linh"/"lẻ" a unit ends the number: "một trăm linh năm" = 105.
                self.need_mult = matches!(m, M::BeforeMult(_)) && self.last != Last::Join;
                // A tens word said right after a hundred or a scale may start a compound
                // denominator ("one hundred thirty fifths" = 100/35).
                self.tens_after = (20.0..100.0).contains(&v)
                    && v % 10.0 == 0.0
                    && matches!(self.last, Last::Mult | Last::Scale);
                self.current += v;
                self.last = Last::Unit;
                self.compound = false;
                self.items += 1;
                self.zero = v == 0.0;
                if !matches!(m, M::Weak(_)) {
                    self.strong = true;
                }
                true
            }
            M::Mult(mult) => {
                if matches!(
                    self.last,
                    Last::Join
                        | Last::Frac
                        | Last::FracArticle
                        | Last::Point
                        | Last::Ordinal
                        | Last::Closed
                ) || self.dec.is_some()
                    || self.frac.is_some()
                    // "3 hundred and 2 hundred": digits after a join end the number.
                    || (self.last == Last::Lit && self.join_pre.is_some())
                {
                    return false;
                }
                // French "un cent cinquième" (1/105): "cent" takes no article, so the article
                // is a numerator.
                if vigesimal
                    && mult == 100.0
                    && self.items == 1
                    && !self.strong
                    && !self.start_denominator()
                {
                    return false;
                }
                let low = self.current % mult;
                // Not after a join: "3 hundred and 2 hundred" is two numbers.
                if self.last == Last::Lit && self.current >= mult && self.join_pre.is_none() {
                    // "322 hundred": digits times the multiplier.
                    self.current *= mult;
                } else if self.zero {
                    // "không trăm": zero hundreds.
                    self.zero = false;
                } else if low == 0.0 {
                    if self.current % (mult * 10.0) != 0.0 {
                        return false;
                    }
                    self.current += mult;
                } else {
                    self.current += low * mult - low;
                }
                self.last = Last::Mult;
                self.mult_base = self.current;
                self.items += 1;
                self.need_mult = false;
                true
            }
            // "two and a half dozen": the group scales the fraction.
            M::Group(g) if matches!(self.last, Last::Frac | Last::FracArticle) => {
                self.push(M::Scale(g), vigesimal, in_compound)
            }
            // "une centaine", "deux milliers", "un centenar": the whole count so far, once;
            // "десяток раненых": no article in Russian, the noun alone is one of them.
            M::Around(g) | M::AroundOne(g) => {
                let alone = matches!(m, M::AroundOne(_)) && self.items == 0;
                if !alone
                    && (!matches!(self.last, Last::Unit | Last::Lit)
                        || self.mult_base != 0.0
                        || self.total() != 0.0
                        || self.current <= 0.0
                        || self.dec.is_some()
                        || self.frac.is_some()
                        || self.numer.is_some()
                        || self.split
                        || self.need_mult)
                {
                    return false;
                }
                self.current = if alone { g } else { self.current * g };
                self.last = Last::Closed;
                self.items += 1;
                self.strong = true;
                self.around = true;
                true
            }
            M::Group(g) => {
                // "a dozen", "three hundred and two dozen" (324): the count said since the
                // last multiplier, never a bare "dozens".
                let count = self.current - self.mult_base;
                if !matches!(self.last, Last::Unit | Last::Lit)
                    || count <= 0.0
                    || self.dec.is_some()
                    || self.frac.is_some()
                    || self.split
                    || self.need_mult
                {
                    return false;
                }
                self.current = self.mult_base + count * g;
                self.last = Last::Closed;
                self.items += 1;
                self.strong = true;
                true
            }
            M::Scale(s) | M::Abbr(s) | M::MoneyAbbr(s)
                if matches!(self.last, Last::Frac | Last::FracArticle | Last::FracOf) =>
            {
                let Some(mut f) = self.frac else { return false };
                if f.scaled.is_some() {
                    return false;
                }
                // "one billion and a half million" keeps the billion; "five and a half
                // million" scales all.
                f.scaled = Some(if f.whole_scale > s {
                    f.whole + f.part * s
                } else {
                    (f.whole + f.part) * s
                });
                self.frac = Some(f);
                self.scale = self.scale.max(s);
                self.last = Last::Scale;
                self.items += 1;
                self.strong = true;
                true
            }
            M::Scale(s) | M::Abbr(s) | M::MoneyAbbr(s) if self.dec.is_some() => {
                // "one point five million".
                if self.last != Last::Point || self.dec.is_some_and(|d| d.1 == 0) {
                    return false;
                }
                let v = self.value();
                self.dec = None;
                self.set_total(v * s, s);
                self.current = 0.0;
                self.mult_base = 0.0;
                self.last_scale = s;
                self.scale = self.scale.max(s);
                self.last = Last::Scale;
                self.items += 1;
                true
            }
            M::Scale(s) | M::Abbr(s) | M::MoneyAbbr(s) => {
                if matches!(self.last, Last::Join | Last::Ordinal) || self.frac.is_some() {
                    return false;
                }
                if self.current == 0.0 && self.last == Last::Scale && s <= self.last_scale {
                    return false;
                }
                if s > self.last_scale && self.total() > 0.0 {
                    // "dos mil quinientos millones": the thousands are millions too.
                    if !self.close_group(s, self.current) {
                        return false;
                    }
                } else if s < self.last_scale || self.last_scale == 0.0 {
                    let c = if self.current == 0.0 {
                        1.0
                    } else {
                        self.current
                    };
                    if !self.close_group(s, c) {
                        return false;
                    }
                } else {
                    return false;
                }
                self.current = 0.0;
                self.mult_base = 0.0;
                self.last_scale = s;
                self.scale = self.scale.max(s);
                self.last = Last::Scale;
                self.items += 1;
                self.need_mult = false;
                true
            }
            M::Join => {
                if !matches!(self.last, Last::Unit | Last::Mult | Last::Scale | Last::Lit)
                    || self.dec.is_some()
                    || self.split
                {
                    return false;
                }
                self.join_pre = Some(JoinPre {
                    value: self.value(),
                    scale: if self.last == Last::Scale {
                        self.last_scale
                    } else {
                        0.0
                    },
                    // "vingt et un": the join sits inside a tens number.
                    tight: vigesimal
                        && self.last == Last::Unit
                        && self.current % 10.0 == 0.0
                        && (20.0..100.0).contains(&(self.current % 100.0)),
                    after_word: matches!(self.last, Last::Mult | Last::Scale)
                        || (self.compound && place(self.current) >= 100.0),
                });
                self.last = Last::Join;
                true
            }
            M::Frac(d) => self.push_frac(d, false),
            M::Part(d) => self.push_frac(d, true),
            M::Half => self.push_frac(2.0, true),
            M::PlusHalf if self.items == 0 => self.push_frac(2.0, true),
            M::PlusHalf => {
                if self.frac.is_some()
                    || self.dec.is_some()
                    || self.split
                    || self.need_mult
                    || !matches!(self.last, Last::Unit | Last::Mult | Last::Scale | Last::Lit)
                {
                    return false;
                }
                let half = match self.last {
                    Last::Scale => self.last_scale / 2.0,
                    Last::Mult => place(self.current) / 2.0,
                    _ => 0.5,
                };
                self.current += half;
                self.last = Last::Closed;
                self.items += 1;
                self.fractional = true;
                true
            }
            M::Point => self.push_point(),
            M::Ordinal(v)
                if v >= 3.0
                    && self.items == 1
                    && !self.strong
                    && self.current == 1.0
                    && self.last == Last::Unit
                    && self.numer.is_none() =>
            {
                // "un centième", "een honderdste", "un venticinquesimo": an article before an
                // ordinal names a fraction (an ordinal takes the definite article).
                self.article_ordinal = self.close_denominator(1.0, v);
                self.article_ordinal
            }
            // "un et un quatrième": after a join, an ordinal names the fraction.
            M::Ordinal(v) if self.split => v >= 3.0 && self.push_frac(v, false),
            M::Ordinal(v) => {
                // "twenty-first", "one hundred and fifth": an ordinal closing a number.
                if self.items == 0
                    || self.frac.is_some()
                    || self.dec.is_some()
                    || self.split
                    || !matches!(
                        self.last,
                        Last::Unit | Last::Mult | Last::Scale | Last::Join
                    )
                    || self.need_mult
                {
                    return false;
                }
                if v >= 100.0 {
                    // "two hundredth", "thousandth": the ordinal multiplies like its cardinal.
                    if self.last == Last::Join || self.current == 0.0 || self.current >= v {
                        return false;
                    }
                    self.current *= v;
                } else if !self.fits(v, vigesimal, in_compound) {
                    // "drie eenentwintigste", "tre ventunesimi": an ordinal that cannot add to
                    // the number before it is its denominator.
                    // After a join, a mixed number ("zes miljoen en twee derde").
                    if self.join_pre.is_some() {
                        return v >= 3.0 && self.push_frac(v, false);
                    }
                    let num = self.value();
                    if v < 3.0 || self.last == Last::Join || !self.start_denominator() {
                        return false;
                    }
                    return self.close_denominator(num, v);
                } else {
                    self.current += v;
                }
                if let Some(num) = self.numer {
                    let article = self.numer_article;
                    let ok = self.close_denominator(num, self.value());
                    self.article_ordinal = ok && article;
                    return ok;
                }
                self.last = Last::Ordinal;
                self.ordinal = true;
                self.strong = true;
                self.items += 1;
                true
            }
            // "tres vinte e um avos": the words since the numerator are the denominator.
            M::Avos => {
                let Some(num) = self.numer else {
                    return false;
                };
                if !matches!(self.last, Last::Unit | Last::Mult | Last::Scale) || self.need_mult {
                    return false;
                }
                self.close_denominator(num, self.value())
            }
            // "two thirds of a million", "quart de million".
            M::Of => {
                if self.last != Last::Frac
                    || !self
                        .frac
                        .is_some_and(|f| f.whole == 0.0 && f.scaled.is_none())
                {
                    return false;
                }
                self.last = Last::FracOf;
                true
            }
            // es "siete con cincuenta" (7.50), "cinco con un cuarto" (5.25): only between
            // number words, never after digits ("30 con 20 votos").
            M::SpokenPoint(decimals) => {
                if self.compound || self.last == Last::Lit {
                    return false;
                }
                self.spoken_decimals = decimals;
                let pre = JoinPre {
                    value: self.value(),
                    scale: if self.last == Last::Scale {
                        self.last_scale
                    } else {
                        0.0
                    },
                    tight: false,
                    after_word: false,
                };
                if !self.push_point() {
                    return false;
                }
                self.join_pre = Some(pre);
                self.spoken_point = true;
                true
            }
            M::PlusTen => {
                let c = self.current;
                if self.dec.is_some() || !(self.last == Last::Unit && (1.0..10.0).contains(&c)) {
                    return false;
                }
                self.current += 10.0;
                self.last = Last::Unit;
                self.compound = false;
                true
            }
            _ => false,
        }
    }

    /// May unit `v` be added to the pending part?
    fn fits(&self, v: f64, vigesimal: bool, in_compound: bool) -> bool {
        let c = self.current;
        if c == 0.0 {
            return true;
        }
        if v < place(c) {
            return true;
        }
        // "einundzwanzig", "eenentwintig", "hunderteinunddreißig": the unit comes before the
        // tens.
        if in_compound
            && self.last == Last::Join
            && (1.0..10.0).contains(&(c % 100.0))
            && v % 10.0 == 0.0
            && (20.0..100.0).contains(&v)
        {
            return true;
        }
        // "soixante-dix", "quatre-vingt-onze".
        vigesimal && (c % 100.0 == 60.0 || c % 100.0 == 80.0) && v < 20.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eval(ms: &[M]) -> Option<f64> {
        let mut acc = Acc::default();
        for &m in ms {
            if !acc.push(m, true, false) {
                return None;
            }
        }
        acc.valid(false).then(|| acc.value())
    }

    #[test]
    fn adds_multiplies_and_scales() {
        use M::*;
        assert_eq!(
            eval(&[Unit(2.0), Mult(100.0), Unit(30.0), Unit(4.0)]),
            Some(234.0)
        );
        assert_eq!(
            eval(&[Unit(2.0), Mult(100.0), Unit(3.0), Mult(10.0)]),
            Some(230.0)
        );
        assert_eq!(eval(&[Mult(10.0), Unit(5.0)]), Some(15.0));
        assert_eq!(
            eval(&[Unit(2.0), Scale(1e3), Unit(500.0), Scale(1e6)]),
            Some(2.5e9)
        );
        assert_eq!(eval(&[Scale(1e3), Scale(1e6)]), Some(1e9));
        assert_eq!(eval(&[Weak(1.0), Scale(1e6)]), Some(1e6));
        assert_eq!(eval(&[Weak(1.0)]), None);
        assert_eq!(eval(&[Unit(1.0), Unit(2.0)]), None);
        assert_eq!(eval(&[Unit(60.0), Unit(10.0)]), Some(70.0));
        assert_eq!(eval(&[Unit(1.0), Scale(1e4), Scale(1e8)]), Some(1e12));
    }
}
