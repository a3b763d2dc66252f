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
}

/// The running value of a number being read word by word. `Copy`, so that the grammar can keep
/// the last valid state and roll back to it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Acc {
    total: f64,
    current: f64,
    last_scale: f64,
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
}

impl Default for Acc {
    fn default() -> Self {
        Acc {
            total: 0.0,
            current: 0.0,
            last_scale: 0.0,
            last: Last::None,
            items: 0,
            strong: false,
            need_mult: false,
            zero: false,
            scale: 1.0,
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
    pub fn value(&self) -> f64 {
        self.total + self.current
    }

    /// Can the number end here?
    pub fn valid(&self, solo_scale: bool) -> bool {
        if self.last == Last::Join || self.need_mult || self.items == 0 {
            return false;
        }
        self.strong
            || self.items >= 2
            || (solo_scale && self.last == Last::Scale)
            || (solo_scale && self.last == Last::Mult)
    }

    /// Can a whole expression end here, articles alone included ("un", "một")?
    pub fn complete(&self) -> bool {
        self.items > 0 && self.last != Last::Join && !self.need_mult
    }

    /// A digit literal or a number token: only first, or after a scale ("1 tỷ 200 triệu").
    pub fn push_lit(&mut self, v: f64) -> bool {
        let ok = self.items == 0
            || (self.last == Last::Scale && self.current == 0.0 && v < self.last_scale && v >= 1.0);
        if !ok {
            return false;
        }
        self.current = v;
        self.last = Last::Lit;
        self.items += 1;
        self.strong = true;
        true
    }

    /// Pushes one word meaning; false if it cannot continue this number (nothing changes then).
    pub fn push(&mut self, m: M, vigesimal: bool, in_compound: bool) -> bool {
        if self.need_mult && !matches!(m, M::Mult(_) | M::Scale(_)) {
            return false;
        }
        match m {
            M::Unit(v) | M::Weak(v) | M::BeforeMult(v) | M::AfterTens(v) => {
                if self.last == Last::Lit || (self.zero && self.last == Last::Unit) {
                    return false;
                }
                // "quatre-vingts": four times twenty.
                if vigesimal
                    && v == 20.0
                    && self.last == Last::Unit
                    && (1.0..10.0).contains(&(self.current % 100.0))
                    && self.current % 1.0 == 0.0
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
                    return false;
                }
                // After "linh"/"lẻ" a unit ends the number: "một trăm linh năm" = 105.
                self.need_mult = matches!(m, M::BeforeMult(_)) && self.last != Last::Join;
                self.current += v;
                self.last = Last::Unit;
                self.items += 1;
                self.zero = v == 0.0;
                if !matches!(m, M::Weak(_)) {
                    self.strong = true;
                }
                true
            }
            M::Mult(mult) => {
                if self.last == Last::Join {
                    return false;
                }
                let low = self.current % mult;
                if self.zero {
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
                self.items += 1;
                self.need_mult = false;
                true
            }
            M::Scale(s) | M::Abbr(s) | M::MoneyAbbr(s) => {
                if self.last == Last::Join {
                    return false;
                }
                if self.current == 0.0 && self.last == Last::Scale && s <= self.last_scale {
                    return false;
                }
                if s > self.last_scale && self.total > 0.0 {
                    self.total = (self.total + self.current) * s;
                } else if s < self.last_scale || self.last_scale == 0.0 {
                    let c = if self.current == 0.0 {
                        1.0
                    } else {
                        self.current
                    };
                    self.total += c * s;
                } else {
                    return false;
                }
                self.current = 0.0;
                self.last_scale = s;
                self.scale = self.scale.max(s);
                self.last = Last::Scale;
                self.items += 1;
                self.need_mult = false;
                true
            }
            M::Join => {
                if matches!(self.last, Last::None | Last::Join) {
                    return false;
                }
                self.last = Last::Join;
                true
            }
            M::PlusTen => {
                let c = self.current;
                if !(self.last == Last::Unit && (1.0..10.0).contains(&c)) {
                    return false;
                }
                self.current += 10.0;
                self.last = Last::Unit;
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
        // "einundzwanzig", "eenentwintig": the unit comes before the tens.
        if in_compound
            && self.last == Last::Join
            && c < 10.0
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
