//! Tokens to numbers: [qualifier] [currency] amount [scale] [unit] [qualifier], ranges,
//! dates and years, each decided from the tokens next to the amount. Linear in the tokens: an
//! expression is tried at each token and never looks more than a few tokens ahead.

use super::lexicon::{Locale, M, is_cjk};
use super::scan::{K, Lit, Tok};
use super::words::Acc;
use super::{Number, NumberKind, Qualifier};

/// How far back the words before a "from" are read for a word of change.
const LOOK_BACK_BYTES: usize = 256;

/// An amount: a number read from one or more tokens.
#[derive(Debug, Clone, Copy, Default)]
struct Amt {
    value: f64,
    /// Token range [first, end).
    first: usize,
    end: usize,
    /// Largest scale applied (1 when none).
    scale: f64,
    /// The amount is one digit literal with nothing else.
    lit: Option<Lit>,
    /// One CJK unit character ("一"), which needs a classifier after it.
    single: bool,
    /// The amount ends with "m"/"b", a scale only for money.
    money_abbr: Option<(f64, usize)>,
    /// The amount ends with an ordinal word ("twenty-first").
    ordinal: bool,
    /// A bare fraction word ("half"): no number after an ordinal ("the first half").
    bare_frac: bool,
    /// A fraction or a decimal said in words.
    fractional: bool,
    /// A bound said inside a Han numeral ("一千多万").
    qual: Option<Qualifier>,
    /// A ratio per thousand or more, its value given in percent ("千分之五" = 0.5 %).
    per_cent: bool,
}

/// A unit read after an amount.
#[derive(Debug, Clone, Copy, Default)]
struct Unit {
    percent: bool,
    /// Percentage points: a change, never one end of a range with a level in percent.
    points: bool,
    /// The amount counts tenths ("三成" = 30 %).
    tenths: bool,
    currency: Option<&'static str>,
    /// A minor unit of money ("50 cents"): a currency amount whose currency is not said.
    minor: bool,
    /// A scale after a currency code ("75 USD million").
    scale: Option<f64>,
    end: usize,
}

fn meaning(t: &Tok, pred: impl Fn(&M) -> bool) -> Option<M> {
    match t.kind {
        K::Word(ms) => ms.iter().copied().find(pred),
        _ => None,
    }
}

fn currency_symbol(c: char, loc: &Locale) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' | '￥' => loc.spec.yen,
        '₫' => "VND",
        '₹' => "INR",
        '₽' => "RUB",
        '₩' => "KRW",
        '₺' => "TRY",
        '₴' => "UAH",
        '₱' => "PHP",
        '₦' => "NGN",
        '₪' => "ILS",
        '฿' => "THB",
        '₡' => "CRC",
        '₾' => "GEL",
        '₭' => "LAK",
        '₮' => "MNT",
        '₲' => "PYG",
        '₵' => "GHS",
        '₸' => "KZT",
        '₼' => "AZN",
        '৳' => "BDT",
        '៛' => "KHR",
        // Bitcoin has no ISO 4217 code; BTC is how markets write it.
        '₿' => "BTC",
        _ => return None,
    })
}

/// "US$", "HK$", "R$", "MXN$", "C $": the country letters before a dollar sign. `spaced`:
/// a space between them, then only letters that are no word of their own ("c", "hk", "cad").
fn dollar_prefix(word: &str, spaced: bool) -> Option<&'static str> {
    if word.len() > 4 {
        return None;
    }
    let mut buf = [0u8; 4];
    for (d, b) in buf.iter_mut().zip(word.bytes()) {
        *d = b.to_ascii_uppercase();
    }
    let upper = &buf[..word.len()];
    let code = match upper {
        b"US" | b"USD" => "USD",
        b"C" | b"CA" | b"CAN" | b"CAD" => "CAD",
        b"A" | b"AU" | b"AUD" => "AUD",
        b"HK" | b"HKD" => "HKD",
        b"NZ" | b"NZD" => "NZD",
        b"S" | b"SG" | b"SGD" => "SGD",
        b"R" => "BRL",
        b"MX" | b"MEX" | b"MXN" => "MXN",
        b"NT" | b"TWD" => "TWD",
        _ => return None,
    };
    // "a $5 gift", "us $5": English words before a spaced sign name no currency.
    if spaced
        && matches!(
            upper,
            b"A" | b"US" | b"S" | b"R" | b"CA" | b"CAN" | b"AU" | b"MEX"
        )
    {
        return None;
    }
    // Lower-case glued letters ("us$") are fine; "U.S." is handled by the caller.
    Some(code)
}

/// "U.S.$": the periods of the abbreviation.
fn dollar_prefix_dotted(word: &str) -> Option<&'static str> {
    (word == "U.S." || word == "u.s.").then_some("USD")
}

fn is_number_meaning(m: &M) -> bool {
    matches!(
        m,
        M::Unit(_)
            | M::Weak(_)
            | M::BeforeMult(_)
            | M::AfterTens(_)
            | M::Mult(_)
            | M::Scale(_)
            | M::Group(_)
            | M::Around(_)
            | M::AroundOne(_)
            | M::Join
            | M::PlusTen
            | M::Frac(_)
            | M::Half
            | M::Part(_)
            | M::PlusHalf
            | M::Point
            | M::SpokenPoint(_)
            | M::Avos
            | M::Ordinal(_)
    )
}

/// "fifty - two", "one - fourth": tens then a unit, or a numerator then a fraction word, are
/// one number across a spaced hyphen; anything else there is a range or a list.
fn spaced_compound(a: &Tok, b: &Tok) -> bool {
    let tens = meaning(
        a,
        |m| matches!(m, M::Unit(v) if (20.0..100.0).contains(v) && v % 10.0 == 0.0),
    );
    let unit = meaning(
        b,
        |m| matches!(m, M::Unit(v) | M::Ordinal(v) if (1.0..10.0).contains(v)),
    );
    let numerator = meaning(a, |m| matches!(m, M::Unit(_) | M::Weak(_)));
    let frac = meaning(b, |m| matches!(m, M::Frac(_)));
    (tens.is_some() && unit.is_some()) || (numerator.is_some() && frac.is_some())
}

/// A meaning that never opens an expression: it only follows a number or joins two.
fn follows_only(m: &M) -> bool {
    matches!(
        m,
        M::Counter
            | M::QualAfter(_)
            | M::ThanAfter(_)
            | M::BetweenAfter
            | M::And
            | M::Subunit(_)
            | M::Currency(_)
            | M::Percent
            | M::PercentTen
            | M::PercentPoint
            | M::YearAfter
            | M::MonthSuffix
            | M::DaySuffix
            | M::Plain
            | M::To
            | M::ToLevel
            | M::OverRev
            | M::OverCount
            | M::Time
            | M::Clock
            | M::MixedAnd
            | M::Minor
    )
}

/// The tokens are one number in digits.
fn lit_only(toks: &[Tok]) -> bool {
    matches!(toks, [t] if matches!(t.kind, K::Lit(_)))
}

fn is_year(v: f64) -> bool {
    (1000.0..=2100.0).contains(&v) && v.fract() == 0.0
}

/// The last word of a token of ordinary words (they are joined by spaces and elisions).
fn last_word(run: &str) -> &str {
    run.rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or(run)
}

/// "iPhone", "eBay", "PlayStation": a capital after the first letter, and a small letter.
fn camel_case(word: &str) -> bool {
    word.chars().skip(1).any(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

fn year_lit(a: &Amt) -> bool {
    a.lit
        .is_some_and(|l| l.plain && l.int_digits == 4 && is_year(l.value))
}

pub(crate) struct Grammar<'a> {
    text: &'a str,
    toks: &'a [Tok],
    loc: &'static Locale,
    /// The text is one expression (`parse_number`): "un", "một", "一" count alone.
    whole: bool,
}

/// Every number in the tokens of `text`, appended to `out` in text order.
pub(crate) fn numbers(
    text: &str,
    toks: &[Tok],
    loc: &'static Locale,
    whole: bool,
    out: &mut Vec<Number>,
) {
    let g = Grammar {
        text,
        toks,
        loc,
        whole,
    };
    let mut i = 0;
    while i < toks.len() {
        if let Some(after) = g.clock_time(i) {
            i = after;
            continue;
        }
        match g.expr(i) {
            Some((n, next)) => {
                let next = next.max(i + 1);
                match g.bounds(&n, next) {
                    Some((range, after)) => {
                        out.push(range);
                        i = after;
                    }
                    None => {
                        out.push(n);
                        i = next;
                    }
                }
            }
            None => i += 1,
        }
    }
}

impl Grammar<'_> {
    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    /// The token at `i` continues the line (no line break before it).
    fn near(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i).filter(|t| !t.newline)
    }

    /// "15 h 30", "15h", "um 15 Uhr", "3 p.m.": an hour at `i` with a clock word after it, and
    /// its minutes; the token after them.
    fn clock_time(&self, i: usize) -> Option<usize> {
        let hour = self.small_at(i)?;
        if hour > 24.0 || self.word_meaning(i + 1, |m| *m == M::Clock).is_none() {
            return None;
        }
        let minutes = self.near(i + 2).is_some_and(
            |t| matches!(t.kind, K::Lit(l) if l.plain && l.int_digits == 2 && l.value < 60.0),
        );
        Some(if minutes { i + 3 } else { i + 2 })
    }

    /// "secondo Rossi", "de segundo": the word at `i` is an ordinal only after an article,
    /// and has none.
    fn article_missing(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            matches!(t.kind, K::Word(ms) if ms.contains(&M::NeedsArticle))
                && !(i > 0 && self.is_article(i - 1))
        })
    }

    /// Is the token at `i` one article ("the", "le", "de")?
    fn is_article(&self, i: usize) -> bool {
        self.article_at(i).is_some()
    }

    /// The article at `i`: `Some(true)` when it may stand before any number after a bound.
    fn article_at(&self, i: usize) -> Option<bool> {
        let t = self.near(i)?;
        match t.kind {
            K::Other { article, .. } => article,
            K::Word(ms) => ms.iter().find_map(|m| match m {
                M::Article(any) => Some(*any),
                _ => None,
            }),
            _ => None,
        }
    }

    fn word_meaning(&self, i: usize, pred: impl Fn(&M) -> bool) -> Option<M> {
        self.near(i).and_then(|t| meaning(t, pred))
    }

    fn number(
        &self,
        first: usize,
        last_end: usize,
        value: Option<f64>,
        kind: NumberKind,
    ) -> Number {
        Number {
            start_byte: self.toks[first].start,
            end_byte: self.toks[last_end - 1].end,
            value,
            low: None,
            high: None,
            previous: None,
            qualifier: Qualifier::Exact,
            kind,
            unit: None,
        }
    }

    /// Reads an amount starting at token `i`.
    fn amount(&self, i: usize) -> Option<Amt> {
        self.amount_at(i, 2)
    }

    /// `depth`: 1 or more, "one over three" and "三分之一" may be read; 2, a whole number
    /// and a fraction ("3又1/2"). Each nested amount has a smaller depth, so that a chain of
    /// bars stays linear.
    fn amount_at(&self, i: usize, depth: u8) -> Option<Amt> {
        if self.article_missing(i) {
            return None;
        }
        let over = depth > 0;
        let toks = self.toks;
        let spec = self.loc.spec;
        let mut acc = Acc::default();
        let mut best: Option<(Acc, usize)> = None;
        let mut article_best: Option<(Acc, usize)> = None;
        let mut single = false;
        let mut per_cent = false;
        let mut num_qual = None;
        let mut money_abbr = None;
        // The best reading before the last join, and the join's token.
        let mut before_join: Option<(Option<(Acc, usize)>, usize)> = None;
        let mut k = i;
        while k < toks.len() {
            let t = &toks[k];
            if k > i && t.newline {
                break;
            }
            if over && let Some(e) = self.decimals_in_words(&mut acc, k) {
                k = e;
                if acc.valid(spec.solo_scale) || (self.whole && acc.complete()) {
                    best = Some((acc, k));
                }
                if acc.complete() {
                    article_best = Some((acc, k));
                }
                continue;
            }
            let ok = match t.kind {
                K::Lit(l) if l.frac => {
                    // "3/4", "2 1/4", "2½": a fraction in digits, alone or after a whole number.
                    (k == i
                        || (k == i + 1
                            && matches!(toks[i].kind, K::Lit(p) if p.plain)
                            && (l.slash != t.glued))
                        // "2 e 1/4", "2 and 1/4".
                        || (k == i + 2
                            && matches!(toks[i].kind, K::Lit(p) if p.plain)
                            && l.slash
                            && !t.glued))
                        && acc.push_digit_fraction(l.value)
                }
                K::Lit(l) if !l.slash => {
                    // Digits after words ("twenty 5") or glued to a previous number are not one.
                    (k == i || !t.glued || matches!(toks[k - 1].kind, K::Scale(_)))
                        && acc.push_lit(l.value)
                }
                K::Num {
                    value,
                    single: s,
                    scale,
                    qual,
                } => {
                    single = k == i && s;
                    num_qual = qual;
                    let compound = self.text[t.start..t.end]
                        .chars()
                        .next()
                        .is_some_and(|c| !is_cjk(c));
                    let ok = if compound {
                        acc.push_compound(value)
                    } else {
                        acc.push_lit(value)
                    };
                    acc.scale = acc.scale.max(scale);
                    ok
                }
                K::Scale(v) => k > i && acc.push(M::Scale(v), false, false),
                K::Ord(v) => acc.push(M::Ordinal(v), spec.vigesimal, false),
                K::Den(v) => acc.push(M::Frac(v), spec.vigesimal, false),
                K::Word(ms) => {
                    let mut pushed = false;
                    for &m in ms.iter() {
                        let allowed = match m {
                            M::Abbr(_) => {
                                k == i + 1 && matches!(toks[i].kind, K::Lit(_) | K::Num { .. })
                            }
                            M::MoneyAbbr(_) => {
                                k == i + 1 && t.glued && matches!(toks[i].kind, K::Lit(_))
                            }
                            // "50 cents" after digits is money, "trois cents" is 300, and
                            // so are digits after a scale ("4 mille 3 cents") or before more
                            // of the number ("3 cents et 21").
                            M::Mult(_) if ms.contains(&M::Minor) => {
                                !matches!(toks[k - 1].kind, K::Lit(_))
                                    || acc.items > 1
                                    || (self.word_meaning(k + 1, |m| *m == M::Join).is_some()
                                        && self.near(k + 2).is_some_and(|n| {
                                            matches!(n.kind, K::Lit(_))
                                                || meaning(n, |m| matches!(m, M::Unit(_))).is_some()
                                        }))
                            }
                            // "quarantacinque centesimi": cents of money, not hundredths.
                            M::Frac(_) if ms.contains(&M::Minor) => false,
                            // An ordinal opening a number is no fraction of a scale: "centième
                            // mille deux cent trentième" is the 100th and the 1230th ("quarter
                            // million" has no ordinal reading).
                            M::Frac(_)
                                if k == i && ms.iter().any(|m| matches!(m, M::Ordinal(_))) =>
                            {
                                false
                            }
                            // "two thirds of a million": the number decides.
                            M::Of => true,
                            // Languages that write numbers as one word write their ordinals
                            // so too: "twintig vijfde" is 20/5, "vijfentwintigste" the 25th.
                            M::Ordinal(_) if spec.compounds && acc.has_number() => false,
                            _ => is_number_meaning(&m),
                        };
                        if !allowed {
                            continue;
                        }
                        // "zwei und vierzig", "twee en twintig": the unit before its tens
                        // across words, as speech transcripts write compounds (not "eins und
                        // zwanzig": "ein-" alone begins "einundzwanzig").
                        let spaced = spec.compounds
                            && acc.after_join()
                            && (2.0..10.0).contains(&acc.value());
                        let mut a2 = acc;
                        if spec.vigesimal && matches!(m, M::Frac(_) | M::Ordinal(_)) {
                            let plural = self.text[t.start..t.end].ends_with(['s', 'S']);
                            a2.singular_fraction(!plural);
                        }
                        if a2.push(m, spec.vigesimal, spaced) {
                            if let M::MoneyAbbr(s) = m {
                                money_abbr = Some((s, k));
                            }
                            if m == M::Join {
                                before_join = Some((best, k));
                            }
                            acc = a2;
                            pushed = true;
                            break;
                        }
                    }
                    pushed
                }
                // "twenty-five", "dix-sept": a hyphen between two number words; spaced on
                // both sides too, as transcripts write "fifty - two".
                K::Sym('-') => {
                    k > i
                        && matches!(toks[k - 1].kind, K::Word(_))
                        && self.near(k + 1).is_some_and(|n| {
                            n.glued == t.glued
                                && meaning(n, is_number_meaning).is_some()
                                && (t.glued || spaced_compound(&toks[k - 1], n))
                        })
                }
                _ => false,
            };
            if !ok {
                // "3 hundred and 2 hundred", "3 cents et 2 cents": digits after the join that
                // a multiplier or scale follows start a number of their own.
                if let Some((b, j)) = before_join
                    && k == j + 2
                    && matches!(toks[k - 1].kind, K::Lit(_))
                    && meaning(t, |m| matches!(m, M::Mult(_) | M::Scale(_))).is_some()
                {
                    best = b;
                }
                break;
            }
            if t.kind == K::Sym('-') {
                // A number never ends on its hyphen.
                k += 1;
                continue;
            }
            if acc.valid(spec.solo_scale) || (self.whole && acc.complete()) {
                best = Some((acc, k + 1));
            }
            if acc.complete() {
                article_best = Some((acc, k + 1));
            }
            if money_abbr.is_some() {
                break;
            }
            k += 1;
        }
        // "un sur trois": an article counts as the numerator of a fraction bar.
        if over
            && let Some((a2, e2)) = article_best
            && best.is_none_or(|(_, e)| e < e2)
            && self.word_meaning(e2, |m| *m == M::Over).is_some()
        {
            best = Some((a2, e2));
        }
        // "un yen", "einen Euro", "een cent", "un punto percentuale": an article counts as one
        // before money or a percentage (not English "a", which says nothing about the amount:
        // "a dollar store").
        if best.is_none()
            && let Some((a2, e2)) = article_best
            && e2 == i + 1
            && !matches!(
                &self.text[toks[i].start..toks[i].end],
                "a" | "A" | "an" | "An"
            )
            && self
                .word_meaning(e2, |m| {
                    matches!(
                        m,
                        M::Currency(_) | M::Minor | M::Coin | M::Percent | M::PercentPoint
                    )
                })
                .is_some()
            // "un pourcentage élevé", "una percentuale": the noun for a share is no unit.
            && !toks.get(e2).is_some_and(|t| {
                let word = self.text[t.start..t.end].split(' ').next().unwrap_or("");
                let word = word.to_lowercase();
                ["centage", "centagem", "centaje", "centuale"]
                    .iter()
                    .any(|end| word.ends_with(end))
            })
        {
            best = Some((a2, e2));
        }
        let (acc, mut end) = best?;
        // "un douzième essai", "a third term": an article and an ordinal before a noun are
        // an ordinal ("a twelfth attempt"); before "of", or alone, a fraction ("un douzième
        // du budget"). The ordinal is read from the next token on.
        if acc.article_ordinal
            && toks.get(end).is_some_and(|t| {
                matches!(t.kind, K::Other { .. }) || meaning(t, |m| *m == M::Time).is_some()
            })
        {
            return None;
        }
        // "一打": a unit character followed by more of the number is no lone "一".
        single &= end == i + 1;
        let mut value = acc.value();
        // "one over three", "un sur trois", "uno de cada tres": a fraction said with a bar word.
        let mut fractional = acc.fractional;
        if over
            && !acc.fractional
            && !acc.ordinal
            && let Some(bar) = self.word_meaning(end, |m| matches!(m, M::Over | M::OverRev | M::OverDigits | M::OverCount))
            && let Some(b) = self.amount_at(end + 1, 0)
            && b.value >= 1.0
            // nl "1 van de 3" is one in three, "een van de drie" one of the three.
            && (bar != M::OverDigits || (lit_only(&toks[i..end]) && b.lit.is_some()))
            // "one in three", but "2 in 3 minutes", "1 in 10 years": a time after it is a span.
            && (bar != M::OverCount
                || (self.word_meaning(b.end, |m| *m == M::Time).is_none()
                    && b.value >= 2.0
                    && value.fract() == 0.0))
            && !b.ordinal
            && b.money_abbr.is_none()
            && !matches!(toks[end + 1].kind, K::Lit(l) if l.frac)
            // "$10000 over 3 years", "1000 sur 3 ans", "12 out of 10": a part is never more
            // than its whole, so a bigger amount over a smaller one is two numbers (a span of
            // time, a score), not a fraction.
            && !(bar != M::OverRev && value > b.value)
            // "5 sobre 2022", "3 over 2021": a year after the bar is a comparison.
            && !(bar != M::OverRev && year_lit(&b))
        {
            // "千分之五", "万分之三": parts per thousand or ten thousand are ratios, given in
            // percent as 百分之 is.
            // Not inside a mixed number ("3又一千分之23" is 3.023).
            per_cent = depth == 2 && bar == M::OverRev && (value == 1e3 || value == 1e4);
            value = if bar == M::OverRev {
                b.value / value
            } else {
                value / b.value
            };
            if per_cent {
                value *= 100.0;
            }
            end = b.end;
            fractional = true;
            single = false;
        }
        // "3又1/2", "100と4分の3": a whole number and a fraction.
        if depth == 2
            && !fractional
            && !acc.ordinal
            && self.word_meaning(end, |m| *m == M::MixedAnd).is_some()
            && let Some(b) = self.amount_at(end + 1, 1)
            && b.fractional
            && b.value > 0.0
            && b.value < 1.0
        {
            value += b.value;
            end = b.end;
            fractional = true;
            single = false;
        }
        if !value.is_finite() {
            return None;
        }
        let lit = match toks[i].kind {
            K::Lit(l) if end == i + 1 => Some(l),
            _ => None,
        };
        Some(Amt {
            value,
            first: i,
            end,
            scale: acc.scale,
            lit,
            single,
            money_abbr: money_abbr.filter(|&(_, at)| at < end),
            ordinal: acc.ordinal,
            bare_frac: acc.items == 1 && acc.fractional && end == i + 1,
            fractional,
            qual: if acc.around {
                Some(Qualifier::Approx)
            } else {
                num_qual
            },
            per_cent,
        })
    }

    /// Right after a decimal word, a whole number in words whose digits are the decimals:
    /// "virgule soixante et onze" (.71), "coma mil quinientos setenta y ocho" (.1578),
    /// "punto ventinove" (.29). Digits said one by one ("point zero three") and a number that
    /// ends with a scale ("one point five million") are read word by word instead. Returns
    /// the token after the decimals.
    fn decimals_in_words(&self, acc: &mut Acc, k: usize) -> Option<usize> {
        // "4 point 5 percent", "drei Komma 14": digits after a decimal word, as transcripts
        // write them (their leading zeros kept: "point 05").
        if acc.awaits_decimals()
            && let K::Lit(l) = self.toks[k].kind
            && l.plain
            && !self.toks[k].glued
            && l.int_digits <= 15
            && acc.set_decimals(l.value, l.int_digits as i32)
        {
            return Some(k + 1);
        }
        // Languages that write a decimal comma read the decimals as a number ("virgule
        // vingt-cinq"); English reads them digit by digit ("point two three six"), so "one
        // point two hundred thirty-six" is 1.2 and 136 there.
        if self.loc.spec.decimal != ','
            || !acc.awaits_decimals()
            || !matches!(self.toks[k].kind, K::Word(_) | K::Num { .. })
        {
            return None;
        }
        let b = self.amount_at(k, 0)?;
        let last = &self.toks[b.end - 1];
        let scaled = matches!(last.kind, K::Scale(_))
            || meaning(last, |m| {
                matches!(m, M::Scale(_) | M::Abbr(_) | M::MoneyAbbr(_))
            })
            .is_some();
        if b.fractional
            || b.ordinal
            || scaled
            || b.value.fract() != 0.0
            || (b.end == k + 1 && b.value < 10.0)
            || !acc.set_decimals(b.value, 0)
        {
            return None;
        }
        Some(b.end)
    }

    /// "t/m" at token `i` in a language whose "tot en met" closes a range.
    fn t_m(&self, i: usize) -> bool {
        let word = |k: usize, w: &str| {
            self.near(k).is_some_and(|t| {
                (k == i || t.glued) && self.text[t.start..t.end].eq_ignore_ascii_case(w)
            })
        };
        word(i, "t")
            && self
                .near(i + 1)
                .is_some_and(|t| t.glued && t.kind == K::Sym('/'))
            && word(i + 2, "m")
            && self
                .loc
                .words
                .get("tot")
                .is_some_and(|l| l.iter().any(|e| e.rest == ["en", "met"]))
    }

    /// An ordinal word alone ("tenth", "dixième") as an amount.
    fn ordinal_word(&self, j: usize) -> Option<Amt> {
        if self.article_missing(j) {
            return None;
        }
        let one = |k: usize| match self.toks.get(k)?.kind {
            K::Ord(v) => Some(v),
            _ => match self.word_meaning(k, |m| matches!(m, M::Ordinal(_)))? {
                M::Ordinal(v) => Some(v),
                _ => None,
            },
        };
        let mut v = one(j)?;
        let mut end = j + 1;
        // "vigésimo quinto", "centésimo vigésimo": an ordinal of tens or hundreds and a smaller
        // one after it are one ordinal (25th, 120th); languages that write numbers as one word
        // write such ordinals as one word too.
        while !self.loc.spec.compounds
            && end < j + 3
            && v.fract() == 0.0
            && let Some(w) = one(end)
            && w >= 1.0
            && ((v % 10.0 == 0.0 && v < 100.0 && w < 10.0)
                || (v % 100.0 == 0.0 && v < 1000.0 && w < 100.0))
            && !self.toks[end].newline
        {
            v += w;
            end += 1;
        }
        Some(Amt {
            value: v,
            first: j,
            end,
            scale: 1.0,
            ordinal: true,
            ..Amt::default()
        })
    }

    /// Percent sign or word, currency sign or word after an amount ending at token `e`.
    fn unit_after(&self, a: &Amt) -> Unit {
        let mut e = a.end;
        // "20个比特币": a classifier before the currency.
        if self.word_meaning(e, |m| *m == M::Counter).is_some()
            && self
                .word_meaning(e + 1, |m| matches!(m, M::Currency(_)))
                .is_some()
        {
            e += 1;
        }
        // "€ 5,-", "5,– DM": a dash for the cents of a round price where ',' is the decimal mark.
        if self.loc.spec.decimal == ','
            && a.lit.is_some_and(|l| l.plain)
            && self
                .near(e)
                .is_some_and(|t| t.glued && t.kind == K::Punct(','))
            && self
                .near(e + 1)
                .is_some_and(|t| t.glued && matches!(t.kind, K::Sym('-' | '–')))
            && !self
                .near(e + 2)
                .is_some_and(|t| t.glued && !matches!(t.kind, K::Punct(_)))
        {
            e += 2;
        }
        let mut u = Unit {
            end: e,
            ..Unit::default()
        };
        // "a 12-cent dividend", "a 10-dollar bill", "siebenhundert-Euro": a number joined to
        // its money word by a hyphen, as a modifier.
        if self
            .near(e)
            .is_some_and(|t| t.glued && matches!(t.kind, K::Sym('-' | '‐')))
            && let Some(m) = self
                .near(e + 1)
                // "a 20-pound turkey" weighs.
                .filter(|n| n.glued && !self.text[n.start..n.end].eq_ignore_ascii_case("pound"))
                .and_then(|n| meaning(n, |m| matches!(m, M::Currency(_) | M::Minor | M::Coin)))
        {
            match m {
                M::Currency(c) => u.currency = Some(c),
                _ => u.minor = true,
            }
            u.end = e + 2;
            return u;
        }
        let Some(t) = self.near(e) else { return u };
        match t.kind {
            K::Sym('%' | '％') => {
                u.percent = true;
                u.end = e + 1;
            }
            K::Sym(c) => {
                if let Some(code) = currency_symbol(c, self.loc) {
                    u.currency = Some(code);
                    u.end = e + 1;
                }
            }
            K::Word(ms) => {
                for m in ms {
                    match m {
                        M::Percent => {
                            u.percent = true;
                            u.end = e + 1;
                            break;
                        }
                        M::PercentPoint if a.value.abs() <= 100.0 => {
                            u.percent = true;
                            u.points = true;
                            u.end = e + 1;
                            break;
                        }
                        M::PercentTen if a.value <= 10.0 => {
                            u.percent = true;
                            u.tenths = true;
                            u.end = e + 1;
                            break;
                        }
                        // "75折": tenths and hundredths, 75 %.
                        M::PercentTen
                            if a.value > 10.0 && a.value < 100.0 && a.value.fract() == 0.0 =>
                        {
                            u.percent = true;
                            u.end = e + 1;
                            break;
                        }
                        M::Currency(c) => {
                            u.currency = Some(c);
                            u.end = e + 1;
                            // "75 USD million", "75 USD millones": a scale after the code.
                            if a.scale == 1.0
                                && let Some(M::Scale(v)) =
                                    self.word_meaning(e + 1, |m| matches!(m, M::Scale(_)))
                            {
                                u.scale = Some(v);
                                u.end = e + 2;
                            }
                            break;
                        }
                        M::ScaledCode(c, s) => {
                            u.currency = Some(c);
                            if a.scale == 1.0 {
                                u.scale = Some(*s);
                            }
                            u.end = e + 1;
                            break;
                        }
                        M::Minor | M::Coin => {
                            u.minor = true;
                            u.end = e + 1;
                            break;
                        }
                        // "millions de dollars", "milioni di euro", "millions de $": only after
                        // a scale word.
                        M::Of if a.scale > 1.0 && a.lit.is_none() => {
                            if let Some(M::Currency(c)) =
                                self.word_meaning(e + 1, |m| matches!(m, M::Currency(_)))
                            {
                                u.currency = Some(c);
                                u.end = e + 2;
                                break;
                            }
                            if let Some(K::Sym(c)) = self.near(e + 1).map(|t| t.kind)
                                && let Some(code) = currency_symbol(c, self.loc)
                            {
                                u.currency = Some(code);
                                u.end = e + 2;
                                // "millions de $ CAD", "millions de $ c", "milliards de $ hk".
                                if c == '$'
                                    && let Some(n) = self.near(e + 2)
                                    && matches!(n.kind, K::Other { .. } | K::Word(_))
                                {
                                    let w = &self.text[n.start..n.end];
                                    let w = w.split(char::is_whitespace).next().unwrap_or("");
                                    if let Some(cc) = dollar_prefix(w, true).or(match w {
                                        "usd" | "us" | "USD" => Some("USD"),
                                        _ => None,
                                    }) && w.len() == n.end - n.start
                                    {
                                        u.currency = Some(cc);
                                        u.end = e + 3;
                                    }
                                }
                                break;
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
        u
    }

    /// Does token `t` end (or start, `at_end` false) with a letter of a spaced script? Han,
    /// kana and Hangul sit right next to numbers without making them part of a word.
    fn latin_edge(&self, t: &Tok, at_end: bool) -> bool {
        let s = &self.text[t.start..t.end];
        let c = if at_end {
            s.chars().next_back()
        } else {
            s.chars().next()
        };
        c.is_some_and(|c| !is_cjk(c))
    }

    /// Letters glued to the digits of an amount ("180ml", "A320", "COVID-19"): not a quantity.
    /// `prefixed`: a qualifier or currency was read right before the amount.
    fn glued_letters(&self, a: &Amt, u: &Unit, prefixed: bool) -> bool {
        let first = &self.toks[a.first];
        if first.glued && a.first > 0 && !prefixed {
            let prev = &self.toks[a.first - 1];
            match prev.kind {
                K::Other { .. } | K::Word(_) if self.latin_edge(prev, true) => return true,
                K::Sym('-') if a.first >= 2 => {
                    let before = &self.toks[a.first - 2];
                    if prev.glued
                        && matches!(before.kind, K::Other { .. })
                        && self.latin_edge(before, true)
                    {
                        return true;
                    }
                }
                _ => {}
            }
        }
        let Some(next) = self.tok(u.end) else {
            return false;
        };
        if !next.glued {
            return false;
        }
        match next.kind {
            K::Other { .. } => self.latin_edge(next, false),
            K::Word(ms) => {
                self.latin_edge(next, false)
                    && !ms.iter().any(|m| {
                        matches!(
                            m,
                            M::OrdSuffix
                                | M::QualAfter(_)
                                | M::Counter
                                | M::YearAfter
                                | M::MonthSuffix
                                | M::DaySuffix
                                | M::To
                                | M::ToLevel
                        )
                    })
            }
            K::Lit(_) | K::Num { .. } => {
                !matches!(self.toks[u.end - 1].kind, K::Word(_) | K::Scale(_))
            }
            _ => false,
        }
    }

    /// Tries an expression starting at token `i`; the number and the token after it.
    fn expr(&self, i: usize) -> Option<(Number, usize)> {
        let toks = self.toks;
        // Callers look one token ahead ("more than 10 and …" at the end of the text).
        let t = toks.get(i)?;
        match t.kind {
            K::Date(day) => {
                return Some((self.number(i, i + 1, Some(day), NumberKind::Date), i + 1));
            }
            K::Punct('>' | '<' | '≥' | '≤' | '⩾' | '⩽') => {}
            K::Skip | K::Punct(_) | K::Other { .. } | K::Scale(_) => return None,
            // Words that only follow a number (classifiers, units, particles) start nothing:
            // in Chinese and Japanese they are many and frequent.
            K::Word(ms) if ms.iter().all(follows_only) => return None,
            _ => {}
        }
        if let Some(found) = self.date(i) {
            return Some(found);
        }
        // Prefixes.
        let mut j = i;
        let mut qual: Option<(Qualifier, usize)> = None;
        let mut open: Option<(M, usize)> = None;
        let mut cur: Option<(&'static str, usize)> = None;
        let mut pct_prefix: Option<usize> = None;
        let mut ord_prefix: Option<usize> = None;
        let mut negative: Option<usize> = None;
        let mut than: Option<usize> = None;
        // "- 10 k" at the start of a line is a bullet unless the number ends the line.
        let mut spaced_sign = false;
        let mut article = false;
        // "MEUR 120": the scale of a scaled code before the number.
        let mut cur_scale = None;
        while j < toks.len() && j < i + 4 {
            let t = &toks[j];
            if j > i && t.newline {
                return None;
            }
            // "between the tenth and …", "tussen de 20 en 30", "higher than the tenth": one
            // article right after a bound or "between".
            if !article
                && j > i
                && let Some(any) = self.article_at(j)
                && (open.is_some_and(|o| o.1 + 1 == j)
                    || (qual.is_some_and(|q| q.1 + 1 == j)
                        && (any
                            || self
                                .word_meaning(j + 1, |m| {
                                    matches!(m, M::Ordinal(_) | M::Frac(_) | M::Half | M::Part(_))
                                })
                                .is_some())))
            {
                article = true;
                j += 1;
                continue;
            }
            match t.kind {
                K::Word(ms) => {
                    let q = ms.iter().find_map(|m| match m {
                        M::Qual(q) => Some(*q),
                        _ => None,
                    });
                    if let (Some(q), None) = (q, qual) {
                        qual = Some((q, j));
                    } else if open.is_none()
                        && let Some(m) = ms
                            .iter()
                            .copied()
                            .find(|m| matches!(m, M::Between | M::From))
                    {
                        open = Some((m, j));
                    } else if let (Some(M::CurPrefix(c)), None) = (
                        ms.iter().copied().find(|m| matches!(m, M::CurPrefix(_))),
                        cur,
                    ) {
                        cur = Some((c, j));
                    } else if let (Some(M::ScaledCode(c, s)), None) = (
                        ms.iter().copied().find(|m| matches!(m, M::ScaledCode(..))),
                        cur,
                    ) {
                        cur = Some((c, j));
                        cur_scale = Some(s);
                    } else if ms.contains(&M::PercentPrefix) {
                        pct_prefix = Some(j);
                    } else if ms.contains(&M::OrdPrefix)
                        // "No. 10", "Nr. 5" only with their capital: "the answer was no. 300
                        // people…" is a sentence end.
                        && !(self.text[self.toks[j].start..self.toks[j].end].ends_with('.')
                            && self.text[self.toks[j].start..].starts_with(|c: char| c.is_ascii_lowercase()))
                    {
                        ord_prefix = Some(j);
                    } else if ms.contains(&M::Negative) && negative.is_none() {
                        negative = Some(j);
                    } else if ms.contains(&M::Than) && than.is_none() {
                        than = Some(j);
                    } else {
                        break;
                    }
                }
                // "MXN$ 20", "USD$5": a code glued before the sign it names.
                K::Sym('$') if t.glued && cur.is_some_and(|(_, at)| at + 1 == j) => {
                    if !self
                        .near(j + 1)
                        .is_some_and(|n| matches!(n.kind, K::Lit(_) | K::Num { .. }))
                    {
                        return None;
                    }
                }
                K::Sym(c) => {
                    // "€ -12": a minus glued to the number may sit after the sign.
                    let next_glued_number = self.near(j + 1).is_some_and(|n| {
                        matches!(n.kind, K::Lit(_) | K::Num { .. })
                            || (matches!(n.kind, K::Sym('-' | '−'))
                                && self
                                    .near(j + 2)
                                    .is_some_and(|d| d.glued && matches!(d.kind, K::Lit(_))))
                    });
                    if let (Some(code), None) = (currency_symbol(c, self.loc), cur) {
                        if !next_glued_number {
                            return None;
                        }
                        let mut code = code;
                        let mut at = j;
                        if c == '$' && t.glued && j > 0 {
                            // The last word of the token: runs of words are one token.
                            let w = self.text[toks[j - 1].start..toks[j - 1].end]
                                .rsplit(char::is_whitespace)
                                .next()
                                .unwrap_or("");
                            if let Some(cc) = dollar_prefix(w, false).or(dollar_prefix_dotted(w)) {
                                code = cc;
                                at = j - 1;
                            }
                        } else if c == '$'
                            && j > 0
                            && matches!(toks[j - 1].kind, K::Other { .. })
                            && !self.toks[j].newline
                        {
                            // "C $ 16.4", "hk $ 10": spaced country letters.
                            let w = self.text[toks[j - 1].start..toks[j - 1].end]
                                .rsplit(char::is_whitespace)
                                .next()
                                .unwrap_or("");
                            if let Some(cc) = dollar_prefix(w, true) {
                                code = cc;
                                at = j - 1;
                            }
                        }
                        cur = Some((code, at));
                    } else if matches!(c, '-' | '−')
                        && negative.is_none()
                        && self.near(j + 1).is_some_and(|n| {
                            // "- 1.200.000": a spaced minus only in one expression, or
                            // before a number alone on its line (checked at the end).
                            ((n.glued || (self.whole && j == 0) || ((j == 0 || t.newline) && j == i))
                                && matches!(n.kind, K::Lit(_) | K::Num { .. }))
                            // "-€ 12", "-$5": the minus before the currency sign.
                            || (n.glued
                                && matches!(n.kind, K::Sym(c) if currency_symbol(c, self.loc).is_some())
                                && self
                                    .near(j + 2)
                                    .is_some_and(|d| matches!(d.kind, K::Lit(_))))
                        })
                        // "答えは-5": Han and kana sit right next to a sign.
                        && (j == 0
                            || !t.glued
                            || matches!(toks[j - 1].kind, K::Punct(_) | K::Sym(_))
                            || !self.latin_edge(&toks[j - 1], true))
                        && (j == 0 || !matches!(toks[j - 1].kind, K::Lit(_) | K::Num { .. }))
                    {
                        negative = Some(j);
                        spaced_sign = !self.whole && self.near(j + 1).is_some_and(|n| !n.glued);
                    } else {
                        return None;
                    }
                }
                // "> 700", "≤ 20": comparison signs.
                K::Punct(c @ ('>' | '<' | '≥' | '≤' | '⩾' | '⩽')) if qual.is_none() => {
                    let q = if matches!(c, '>' | '≥' | '⩾') {
                        Qualifier::AtLeast
                    } else {
                        Qualifier::AtMost
                    };
                    qual = Some((q, j));
                    if self.near(j + 1).is_some_and(|n| n.kind == K::Punct('=')) {
                        j += 1;
                    }
                }
                _ => break,
            }
            j += 1;
        }
        // "du 4 août": a date after a word that would have opened a range.
        if j > i
            && let Some(found) = self.date(j)
        {
            return Some(found);
        }
        // "moins un", "négatif un": after a sign an article is the number one.
        let signed_article = || {
            let M::Weak(v) = self.word_meaning(j, |m| matches!(m, M::Weak(_)))? else {
                return None;
            };
            Some(Amt {
                value: v,
                first: j,
                end: j + 1,
                scale: 1.0,
                lit: None,
                single: false,
                money_abbr: None,
                ordinal: false,
                bare_frac: false,
                fractional: false,
                qual: None,
                per_cent: false,
            })
        };
        let a = self
            .amount(j)
            .or_else(|| negative.and_then(|_| signed_article()));
        let Some(a) = a else {
            // "first", "troisième": ordinal words, also as the ends of a range ("between the
            // tenth and the fifteenth") or after a bound ("higher than the tenth").
            let a = self.ordinal_word(j)?;
            let u = Unit {
                end: a.end,
                ..Unit::default()
            };
            let first = [ord_prefix, qual.map(|q| q.1)]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(j);
            if let Some(r) = self.range(&a, &u, open, true) {
                let start = r.open.map_or(first, |o| o.min(first));
                let mut n = self.number(start, r.end, None, r.kind);
                n.low = Some(r.low);
                n.high = Some(r.high);
                n.qualifier = Qualifier::Range;
                return Some((n, r.end));
            }
            let mut n = self.number(first, a.end, Some(a.value), NumberKind::Ordinal);
            match qual.map(|q| q.0) {
                Some(Qualifier::AtLeast) => n.low = Some(a.value),
                Some(Qualifier::AtMost) => n.high = Some(a.value),
                _ => {}
            }
            if let Some((q, _)) =
                qual.filter(|q| matches!(q.0, Qualifier::AtLeast | Qualifier::AtMost))
            {
                n.qualifier = q;
            } else {
                n.start_byte = self.toks[ord_prefix.unwrap_or(j)].start;
            }
            return Some((n, a.end));
        };
        // Context before the amount (only when nothing was consumed before it).
        let before = if j > 0 {
            self.tok(j - 1).filter(|_| !toks[j].newline)
        } else {
            None
        };
        // "the first half", "the second half", "half-time": a bare fraction word that counts
        // nothing (ordinals, and words such as "second" or "last" marked plain).
        if a.bare_frac
            && (before
                .is_some_and(|b| meaning(b, |m| matches!(m, M::Ordinal(_) | M::Plain)).is_some())
                || self
                    .near(a.end)
                    .is_some_and(|n| n.glued && n.kind == K::Sym('-')))
        {
            return None;
        }
        let mut u = self.unit_after(&a);
        // "$ 20,000.00 $ 37,305.97": a sign after an amount that has one belongs to the next.
        if cur.is_some()
            && u.currency.is_some()
            && matches!(self.toks.get(a.end).map(|t| t.kind), Some(K::Sym(_)))
        {
            u.currency = None;
            u.end = a.end;
        }
        if cur.is_some() && u.currency.is_none() && !u.percent && !u.minor {
            u.currency = cur.map(|(c, _)| c);
            if a.scale == 1.0 {
                u.scale = cur_scale;
            }
        }
        // "3 dollars and 50 cents", "zwei Euro fünfzig": hundredths after a major amount.
        let mut cents = 0.0;
        if u.currency.is_some()
            && !matches!(open, Some((M::Between, _)))
            && u.scale.is_none()
            && a.scale == 1.0
            && let Some((c, end)) = self.minor_after(u.end)
        {
            cents = c;
            u.end = end;
        }
        let mut a = a;
        // "10m" without money is ten metres: no quantity. "1.2b" is a billion: a decimal
        // before "b" counts no bits, bytes or sections ("Article 4b").
        let decimal_billions = a.money_abbr.is_some_and(|(s, _)| s == 1e9)
            && matches!(toks[a.first].kind, K::Lit(l) if l.value.fract() != 0.0);
        if a.money_abbr.is_some() && u.currency.is_none() && !decimal_billions {
            return None;
        }
        let prefixed = j > i;
        if self.glued_letters(&a, &u, prefixed) {
            return None;
        }
        if pct_prefix.is_some() || a.per_cent {
            u.percent = true;
        }
        // Qualifier or "+" after.
        let mut qual_after = a.qual;
        // "3000人以上": the classifier may sit between the number and its qualifier.
        let mut classifier = false;
        if self.word_meaning(u.end, |m| *m == M::Counter).is_some()
            && self
                .word_meaning(u.end + 1, |m| matches!(m, M::QualAfter(_)))
                .is_some()
        {
            u.end += 1;
            classifier = true;
        }
        if let Some(t) = self.near(u.end) {
            // "20 at least 5 times": a phrase that also bounds before a number belongs to
            // the number after it.
            if let Some(M::QualAfter(q)) = meaning(t, |m| matches!(m, M::QualAfter(_)))
                && (meaning(t, |m| matches!(m, M::Qual(_))).is_none()
                    || self.amount(u.end + 1).is_none())
            {
                qual_after = Some(q);
                u.end += 1;
            } else if than.is_some()
                && let Some(M::ThanAfter(q)) = meaning(t, |m| matches!(m, M::ThanAfter(_)))
            {
                // "比三十大": a comparison around the number.
                qual_after = Some(q);
                u.end += 1;
            } else if t.kind == K::Sym('+') && t.glued {
                qual_after = Some(Qualifier::AtLeast);
                u.end += 1;
            }
        }
        // Suffix words: ordinal, year, month, day, classifier.
        let mut kind = None;
        // "1.º", "2.ª": the ordinal indicator after a glued point, as Spanish and Portuguese
        // write it.
        let dotted_suffix = self
            .near(u.end)
            .is_some_and(|t| t.glued && t.kind == K::Punct('.'))
            && self.near(u.end + 1).is_some_and(|t| {
                t.glued && matches!(t.kind, K::Word(ms) if ms.contains(&M::OrdSuffix))
            })
            && a.lit.is_some_and(|l| l.plain);
        if dotted_suffix {
            kind = Some(NumberKind::Ordinal);
            u.end += 2;
        } else if let Some(t) = self.near(u.end) {
            if let K::Word(ms) = t.kind {
                if t.glued && ms.contains(&M::OrdSuffix) && a.lit.is_some_and(|l| l.plain) {
                    kind = Some(NumberKind::Ordinal);
                    u.end += 1;
                } else if ms.contains(&M::YearAfter) {
                    if is_year(a.value) && a.scale == 1.0 {
                        kind = Some(NumberKind::Year);
                        u.end += 1;
                    }
                    if let Some(end) = self.cjk_month_day(u.end) {
                        return Some((
                            self.number(i.min(j), end.0, Some(end.1), NumberKind::Date),
                            end.0,
                        ));
                    }
                } else if ms.contains(&M::MonthSuffix) && (1.0..=12.0).contains(&a.value) {
                    if let Some(end) = self.cjk_month_day(j) {
                        return Some((self.number(j, end.0, Some(end.1), NumberKind::Date), end.0));
                    }
                } else if ms.contains(&M::DaySuffix)
                    && (1.0..=31.0).contains(&a.value)
                    && a.value.fract() == 0.0
                {
                    return Some((
                        self.number(j, u.end + 1, Some(a.value), NumberKind::Date),
                        u.end + 1,
                    ));
                }
            }
        }
        if a.single && !self.whole {
            // "一" counts only before a classifier, a unit or after 第 / 百分之.
            let ok = u.percent
                || classifier
                || negative.is_some()
                || qual.is_some()
                || u.currency.is_some()
                || ord_prefix.is_some()
                || kind.is_some()
                || self
                    .word_meaning(u.end, |m| matches!(m, M::Counter | M::Scale(_)))
                    .is_some()
                || self.range(&a, &u, open, false).is_some();
            if !ok {
                return None;
            }
        }
        if a.lit.is_some_and(|l| l.slash && !l.frac) {
            return None;
        }
        // Ranges; "between negative ten and fifteen": the sign belongs to the first end.
        let signed = Amt {
            value: if negative.is_some() {
                -a.value
            } else {
                a.value
            },
            ..a
        };
        let a_ordinal = a.ordinal || kind == Some(NumberKind::Ordinal);
        let range = self.range(&signed, &u, open, a_ordinal);
        let start_tok = [
            qual.map(|q| q.1),
            cur.map(|c| c.1),
            pct_prefix,
            ord_prefix,
            negative,
            than.filter(|_| qual_after.is_some()),
        ]
        .into_iter()
        .flatten()
        .chain(range.as_ref().and_then(|r| r.open))
        .min()
        .unwrap_or(j);
        let line_goes_on = |end: usize| spaced_sign && self.near(end).is_some();
        if let Some(r) = range {
            if line_goes_on(r.end) {
                return None;
            }
            let mut n = self.number(start_tok, r.end, None, r.kind);
            if r.change {
                (n.value, n.previous) = (Some(r.high), Some(r.low));
                n.qualifier = Qualifier::Change;
            } else {
                (n.low, n.high) = (Some(r.low), Some(r.high));
                n.qualifier = Qualifier::Range;
            }
            n.unit = r.unit;
            return Some((n, r.end));
        }
        // "3割8分7厘": hundredths and thousandths after the tenths.
        let mut tenths = a.value;
        if u.tenths
            && let Some((x, end)) = self.subunits(u.end)
        {
            tenths += x;
            u.end = end;
        }
        let value = if u.tenths { tenths * 10.0 } else { a.value };
        let value = value * u.scale.unwrap_or(1.0) + cents;
        let value = if negative.is_some() { -value } else { value };
        let plain_context = qual.is_none()
            && cur.is_none()
            && !u.percent
            && u.currency.is_none()
            && qual_after.is_none()
            && kind.is_none()
            && a.lit.is_some();
        // "vers 15 h", "gegen 15 Uhr": a time of day after a word, not a count (the main
        // loop skips the time itself).
        if a.lit.is_some() && a.end == a.first + 1 && self.clock_time(a.first).is_some() {
            return None;
        }
        // "Rossiya 1", "Channel 4": digits right after a capitalised word name something; so
        // do they after a capital inside a word, even at a sentence start ("iPhone 15").
        if plain_context
            && j == i
            && before.is_some_and(|b| {
                !toks[j].glued
                    && match b.kind {
                        K::Other { cap: true, .. } => true,
                        K::Other { cap: false, .. } => camel_case(last_word(&self.text[b.start..b.end])),
                        _ => false,
                    }
            })
            && a.lit.is_some_and(|l| l.plain && l.int_digits <= 4)
            && self
                .word_meaning(u.end, |m| matches!(m, M::Counter))
                .is_none()
            // German "Leerzeichen 74 Zeichen", "Demonstranten 300 Polizisten": every noun is
            // capitalised, so a noun after the digits is what they count, not a name's end.
            // (A token of ordinary words carries its last word's case: read the first's.)
            && !(self.loc.spec.capital_nouns
                && toks.get(u.end).is_some_and(|t| {
                    matches!(t.kind, K::Other { .. })
                        && self.text[t.start..].chars().next().is_some_and(char::is_uppercase)
                }))
        {
            return None;
        }
        if kind.is_none() && year_lit(&a) && qual.is_none() && !u.percent && u.currency.is_none() {
            let year_context = before.is_some_and(|b| {
                meaning(b, |m| matches!(m, M::YearBefore | M::Month(_))).is_some()
            });
            if year_context {
                kind = Some(NumberKind::Year);
            }
        }
        if ord_prefix.is_some() || a.ordinal {
            kind = Some(NumberKind::Ordinal);
        }
        let kind = if u.percent {
            NumberKind::Percent
        } else if u.currency.is_some() || u.minor {
            NumberKind::Currency
        } else if let Some(k) = kind {
            k
        } else if value.fract() != 0.0 {
            NumberKind::Decimal
        } else {
            NumberKind::Cardinal
        };
        let mut n = self.number(start_tok, u.end, Some(value), kind);
        n.unit = if u.percent { Some("%") } else { u.currency };
        // "about 500 or more": the bound after says more than the hedge before.
        let q = match (qual.map(|q| q.0), qual_after) {
            (None | Some(Qualifier::Approx | Qualifier::Exact), Some(after)) => after,
            (Some(before), _) => before,
            (None, None) => Qualifier::Exact,
        };
        n.qualifier = q;
        match q {
            Qualifier::AtLeast => n.low = Some(value),
            Qualifier::AtMost => n.high = Some(value),
            // "equal to 20", "égal à 20", "20に等しい": a comparison that bounds both sides.
            Qualifier::Exact if qual.is_some() || qual_after.is_some() => {
                n.low = Some(value);
                n.high = Some(value);
            }
            _ => {}
        }
        a.end = u.end;
        if line_goes_on(a.end) {
            return None;
        }
        Some((n, a.end))
    }

    /// Hundredths after a major amount of money ending before token `k`: "and 50 cents",
    /// "y 15 centavos", "und fünfzig Cent", or a bare "50" that ends the sentence ("zwei
    /// Euro fünfzig."). The value in major units and the end token.
    fn minor_after(&self, k: usize) -> Option<(f64, usize)> {
        let mut at = k;
        if self
            .word_meaning(at, |m| matches!(m, M::And | M::Join))
            .is_some()
        {
            at += 1;
        }
        let t = self.near(at)?;
        if !matches!(t.kind, K::Lit(l) if l.plain && l.int_digits <= 2)
            && !matches!(t.kind, K::Num { .. } | K::Word(_))
        {
            return None;
        }
        let b = self.amount_at(at, 0)?;
        if !(1.0..100.0).contains(&b.value) || b.value.fract() != 0.0 || b.ordinal || b.fractional {
            return None;
        }
        if self.word_meaning(b.end, |m| *m == M::Minor).is_some() {
            return Some((b.value / 100.0, b.end + 1));
        }
        if let Some(found) = self.subunits(at) {
            return Some(found);
        }
        let ends = match self.toks.get(b.end) {
            None => true,
            Some(n) => n.newline || matches!(n.kind, K::Punct('.' | '!' | '?' | ';' | ')')),
        };
        // Without "cents" only right after the currency: "5 dollars and 10." may be a list.
        (ends && at == k).then_some((b.value / 100.0, b.end))
    }

    /// "五元三角", "50元6角3分", "2222円13銭", "3割8分7厘": amounts of subunits from token
    /// `at`, each smaller than the one before, in major units; and the end token.
    fn subunits(&self, at: usize) -> Option<(f64, usize)> {
        let mut value = 0.0;
        let mut end = at;
        let mut last = 1.0;
        for _ in 0..2 {
            let Some(b) = self.amount_at(end, 0) else {
                break;
            };
            let Some(M::Subunit(f)) = self.word_meaning(b.end, |m| matches!(m, M::Subunit(_)))
            else {
                break;
            };
            if b.value < 1.0 || b.value.fract() != 0.0 || f >= last || b.value * f >= last {
                break;
            }
            value += b.value * f;
            end = b.end + 1;
            last = f;
        }
        (end > at).then_some((value, end))
    }

    /// "more than 10 and less than 20", "more than 100 but less than 300", "≥ 100, ≤ 300":
    /// two opposite bounds joined by "and", "but" or a comma make one range.
    fn bounds(&self, n: &Number, next: usize) -> Option<(Number, usize)> {
        use Qualifier::{AtLeast, AtMost};
        if !matches!(n.qualifier, AtLeast | AtMost) {
            return None;
        }
        // "100以上300以下", "大于10小于20", "1000以上、1500以下": in Chinese and Japanese
        // the two bounds may follow each other with no word, or a comma, between them.
        let t = self.near(next)?;
        // Chinese or Japanese around: the character before, or the first bound itself
        // ("多くて１００、少なくとも２０").
        let cjk_before = self.text[..t.start].chars().next_back().is_some_and(is_cjk)
            || self
                .text
                .get(n.start_byte..n.end_byte)
                .is_some_and(|s| s.chars().any(is_cjk));
        let comma = match t.kind {
            K::Punct(',') => true,
            K::Punct('、') => cjk_before,
            _ => false,
        };
        let k = if comma { next + 1 } else { next };
        let joined = self
            .word_meaning(k, |m| matches!(m, M::And | M::Join | M::But))
            .is_some();
        let second = if joined {
            k + 1
        } else if comma {
            k
        } else {
            if !cjk_before && self.latin_edge(t, false) {
                return None;
            }
            match t.kind {
                K::Punct(_) | K::Sym(_) => return None,
                _ => next,
            }
        };
        let (m, after) = self.expr(second)?;
        let (low, high) = match (n.qualifier, m.qualifier) {
            (AtLeast, AtMost) => (n.value?, m.value?),
            (AtMost, AtLeast) => (m.value?, n.value?),
            _ => return None,
        };
        // "more than 40 and less than 10", "less than 10, more than 10": no range.
        if low >= high || (n.unit.is_some() && m.unit.is_some() && n.unit != m.unit) {
            return None;
        }
        // Without "and", two bounds of different things are two clauses ("不超过2000元，至少有
        // 12家").
        if !joined && (n.unit != m.unit || n.kind != m.kind) {
            return None;
        }
        let mut r = n.clone();
        r.end_byte = m.end_byte;
        r.value = None;
        r.low = Some(low);
        r.high = Some(high);
        r.qualifier = Qualifier::Range;
        r.unit = n.unit.or(m.unit);
        if r.unit.is_some() {
            r.kind = m.kind;
        }
        Some((r, after))
    }

    /// "A to B", "A-B", "between A and B": the second amount, with scale and unit shared.
    /// `a_ordinal`: the first end is an ordinal ("tenth", "10th").
    fn range(&self, a: &Amt, u: &Unit, open: Option<(M, usize)>, a_ordinal: bool) -> Option<Range> {
        if let Some(r) = self.season(a, u, open) {
            return Some(r);
        }
        let mut e = u.end;
        // "一個から五個まで", "3个到5个": a classifier after each end.
        if self.word_meaning(e, |m| *m == M::Counter).is_some()
            && self.word_meaning(e + 1, |m| *m == M::To).is_some()
        {
            e += 1;
        }
        let between = matches!(open, Some((M::Between, _)));
        let from = matches!(open, Some((M::From, _)));
        let after_change_word = from && open.is_some_and(|(_, i)| self.after_change_word(i));
        // "est passé de 20 % en 2019 à 31 % en 2023", "rose from 5 % in 2010 to 7 %": a change
        // may say when its first end held; the year is part of the change.
        let dated = self.word_meaning(e, |m| *m == M::YearBefore).is_some()
            && self.near(e + 1).is_some_and(
                |t| matches!(t.kind, K::Lit(l) if l.plain && l.int_digits == 4 && is_year(l.value)),
            );
        let e = if dated
            && (after_change_word || self.word_meaning(e + 2, |m| *m == M::ToLevel).is_some())
        {
            e + 2
        } else {
            e
        };
        let t = self.near(e)?;
        // "von 5 auf 7 Prozent", "từ 5% lên 7%": a change, whatever comes before.
        let to_level = from && meaning(t, |m| *m == M::ToLevel).is_some();
        // "20和30之间", "20と30の間": "and" links when 之间 closes the range.
        let mut closed_by_between = false;
        let link = match t.kind {
            K::Word(ms) => {
                if between {
                    ms.iter().any(|m| matches!(m, M::And | M::Join))
                } else if ms.contains(&M::To) || to_level {
                    true
                } else {
                    closed_by_between = ms.contains(&M::And);
                    closed_by_between
                }
            }
            K::Sym('-' | '–' | '—' | '~' | '〜' | '～') if !between => {
                // "20-30" or "20 – 30", never "20 -30"; and digits on both sides ("ninety -
                // five" is a number said in words, not a range).
                let n = self.near(e + 1)?;
                t.glued == n.glued
                    && matches!(
                        self.toks[e - 1].kind,
                        K::Lit(_) | K::Num { .. } | K::Scale(_) | K::Word(_)
                    )
                    && (a.lit.is_some() || a.scale > 1.0)
                    && matches!(n.kind, K::Lit(_) | K::Num { .. })
            }
            _ => false,
        };
        // Dutch "1 t/m 12" ("tot en met"), written with a slash.
        let t_m = !between && self.t_m(e);
        if !link && !t_m {
            return None;
        }
        let e = if t_m { e + 2 } else { e };
        // "between the tenth and the fifteenth", "tussen de 20 en de 30".
        let second = if self.is_article(e + 1) { e + 2 } else { e + 1 };
        // "entre el 4 y el 6 de marzo", "between 4 and 6 March": a range of days.
        if let Some((d, end)) = self.date(second)
            && let Some(day) = d.value
            && a.lit.is_some_and(|l| l.plain)
            && a.value.fract() == 0.0
            && (1.0..day).contains(&a.value)
            && u.end == a.end
            && !closed_by_between
        {
            return Some(Range {
                low: a.value,
                high: day,
                end,
                kind: NumberKind::Date,
                unit: None,
                open: open.map(|o| o.1),
                change: false,
            });
        }
        let b = match self.amount(second) {
            Some(b) => b,
            None if a_ordinal => self.ordinal_word(second)?,
            None => return None,
        };
        if b.lit.is_some_and(|l| l.slash && !l.frac) || b.money_abbr.is_some() {
            return None;
        }
        let mut bu = self.unit_after(&b);
        // "一到五个": a lone unit character ends a range before a classifier only.
        if b.single
            && !bu.percent
            && bu.currency.is_none()
            && self
                .word_meaning(bu.end, |m| matches!(m, M::Counter | M::Scale(_)))
                .is_none()
        {
            return None;
        }
        // "between the 10th and the 15th".
        let b_suffix = bu.end == b.end
            && b.lit.is_some_and(|l| l.plain)
            && self
                .near(b.end)
                .is_some_and(|n| n.glued && meaning(n, |m| *m == M::OrdSuffix).is_some());
        if b_suffix {
            bu.end += 1;
        }
        if self.glued_letters(&b, &bu, true) {
            return None;
        }
        // "rose from 20 to 30 %", "fell from 30 to 20 %": a "from … to" after a word of change
        // says where the value went, and may fall; a range only rises.
        let change = to_level || after_change_word;
        let mut low = a.value;
        let high = b.value;
        // "20 to 30 million": the first number takes the scale of the second; of a change,
        // also a fall ("fell from 7 to 5 billion"), though not to a hundredth ("from 500 to
        // 3 million" is 500).
        let limit = if change { 100.0 * high } else { high };
        if b.scale > 1.0 && a.scale == 1.0 && a.value * b.scale <= limit {
            low = a.value * b.scale;
        }
        if low > high && !change {
            return None;
        }
        // "6 % to 309,381 yen" is no range: both ends must measure the same thing ("fell 0.3
        // percentage points to 4.1 %" is a change, then a level).
        if u.points != bu.points
            || (u.percent && bu.currency.is_some())
            || (u.currency.is_some() && bu.percent)
            || (u.currency.is_some() && bu.currency.is_some() && u.currency != bu.currency)
        {
            return None;
        }
        let percent = u.percent || bu.percent;
        let currency = u.currency.or(bu.currency);
        let mut end = bu.end;
        if e > u.end && self.word_meaning(end, |m| *m == M::Counter).is_some() {
            end += 1;
        }
        if self.word_meaning(end, |m| *m == M::BetweenAfter).is_some() {
            end += 1;
        } else if closed_by_between {
            return None;
        }
        // "まで", "까지" closing the range.
        if self
            .word_meaning(end, |m| matches!(m, M::QualAfter(Qualifier::AtMost)))
            .is_some()
        {
            end += 1;
        }
        let kind = if percent {
            NumberKind::Percent
        } else if currency.is_some() {
            NumberKind::Currency
        } else if a_ordinal && (b.ordinal || b_suffix) {
            NumberKind::Ordinal
        } else if year_lit(a) && year_lit(&b) {
            NumberKind::Year
        } else if low.fract() != 0.0 || high.fract() != 0.0 {
            NumberKind::Decimal
        } else {
            NumberKind::Cardinal
        };
        Some(Range {
            low,
            high,
            end,
            kind,
            unit: if percent { Some("%") } else { currency },
            open: open.map(|o| o.1),
            change,
        })
    }

    /// Does the "from" at token `i` open a change: is it one that may (ru "с", not "от"), and
    /// is the word before it (or the one before that, past one word: "rose sharply from") a
    /// word of change of the language? (Ordinary words reach the grammar as runs of one token,
    /// so the text is read.)
    fn after_change_word(&self, i: usize) -> bool {
        let spec = self.loc.spec;
        let t = &self.toks[i];
        let opener = self.text[t.start..t.end].to_lowercase();
        if !spec.change_from.is_empty() && !spec.change_from.contains(&opener.as_str()) {
            return false;
        }
        let words = &spec.change_words;
        // (Two words back need only the last few hundred bytes: the whole line would make a
        // paragraph of many "de" quadratic.)
        let end = self.toks[i].start;
        let mut lo = end.saturating_sub(LOOK_BACK_BYTES);
        while !self.text.is_char_boundary(lo) {
            lo -= 1;
        }
        let line = self.text[lo..end].rsplit('\n').next().unwrap_or("");
        line.split_whitespace()
            .rev()
            .take(2)
            .take_while(|w| {
                w.chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '\'')
            })
            .any(|w| {
                let w = w.to_lowercase();
                words.iter().any(|c| match c.strip_suffix('-') {
                    Some(stem) => w.starts_with(stem),
                    None => w == *c,
                })
            })
    }

    /// "the 2022/23 season", "2020-21", "1999–00": a year and the last two digits of a later
    /// one, as seasons and fiscal years are written; a range of years, not 2022 and 23.
    fn season(&self, a: &Amt, u: &Unit, open: Option<(M, usize)>) -> Option<Range> {
        if !year_lit(a) || u.end != a.end {
            return None;
        }
        let sep = self.toks.get(a.end)?;
        let short = self.toks.get(a.end + 1)?;
        let K::Lit(l) = short.kind else { return None };
        if !matches!(sep.kind, K::Sym('-' | '–' | '/') | K::Punct('-' | '–' | '/'))
            || !sep.glued
            || !short.glued
            || !l.plain
            || l.int_digits != 2
            || self.text[short.start..short.end].len() != 2
            // "2020-21-05" is no season.
            || self.toks.get(a.end + 2).is_some_and(|t| {
                t.glued && matches!(t.kind, K::Sym(_) | K::Punct(_) | K::Lit(_))
            })
        {
            return None;
        }
        let low = a.value;
        let century = low - low % 100.0;
        let mut high = century + l.value;
        if high <= low {
            high += 100.0;
        }
        if high - low > 10.0 {
            return None;
        }
        Some(Range {
            low,
            high,
            end: a.end + 2,
            kind: NumberKind::Year,
            unit: None,
            open: open.map(|o| o.1),
            change: false,
        })
    }

    /// 8月4日 / 8월 4일 after token `i` (a number, then 月, then optionally a number and 日).
    /// Returns the end token and the value (the day, else the month).
    fn cjk_month_day(&self, i: usize) -> Option<(usize, f64)> {
        let month = self.small_at(i)?;
        self.word_meaning(i + 1, |m| *m == M::MonthSuffix)?;
        if !(1.0..=12.0).contains(&month) {
            return None;
        }
        if let Some(day) = self.small_at(i + 2)
            && self.word_meaning(i + 3, |m| *m == M::DaySuffix).is_some()
            && (1.0..=31.0).contains(&day)
        {
            return Some((i + 4, day));
        }
        Some((i + 2, month))
    }

    fn small_at(&self, i: usize) -> Option<f64> {
        match self.near(i)?.kind {
            K::Lit(l) if l.plain && l.int_digits <= 2 => Some(l.value),
            K::Num { value, .. } if value.fract() == 0.0 && value <= 31.0 => Some(value),
            _ => None,
        }
    }

    /// Dates written with a month name or a day word, starting at token `i`.
    fn date(&self, i: usize) -> Option<(Number, usize)> {
        let t = self.toks.get(i)?;
        let day_at = |k: usize| -> Option<f64> {
            self.small_at(k)
                .filter(|d| (1.0..=31.0).contains(d) && d.fract() == 0.0)
        };
        // "August 4", "August 4th, 2022", "August 2022".
        if meaning(t, |m| matches!(m, M::Month(_))).is_some() {
            if let Some(day) = day_at(i + 1) {
                let mut end = i + 2;
                if self
                    .near(end)
                    .is_some_and(|n| n.glued && meaning(n, |m| *m == M::OrdSuffix).is_some())
                {
                    end += 1;
                }
                end = self.year_after(end).unwrap_or(end);
                return Some((self.number(i, end, Some(day), NumberKind::Date), end));
            }
            return None;
        }
        // "4 August 2022", "4. August", "4 de agosto de 2022", "4 августа 2022 года".
        if let Some(day) = day_at(i) {
            let mut k = i + 1;
            if self.near(k).is_some_and(|n| {
                n.glued && (n.kind == K::Punct('.') || meaning(n, |m| *m == M::OrdSuffix).is_some())
            }) {
                k += 1;
            }
            if self.word_meaning(k, |m| *m == M::Of).is_some()
                && self
                    .word_meaning(k + 1, |m| matches!(m, M::Month(_)))
                    .is_some()
            {
                k += 1;
            }
            if self.word_meaning(k, |m| matches!(m, M::Month(_))).is_some() {
                let end = self.year_after(k + 1).unwrap_or(k + 1);
                return Some((self.number(i, end, Some(day), NumberKind::Date), end));
            }
        }
        // vi: "ngày 24", "ngày 24.2", "ngày 24/2/2022", "tháng 8 năm 2022".
        // "đêm 24.2", "sáng 24/2": a time of day before a day and a month.
        if let Some(m) = meaning(t, |m| matches!(m, M::DayWord | M::MonthWord | M::DayTime)) {
            let n = self.near(i + 1)?;
            let value = match n.kind {
                K::Lit(l) if l.plain && m != M::DayTime && (1.0..=31.0).contains(&l.value) => {
                    l.value
                }
                K::Lit(Lit {
                    dm: Some((d, mo)), ..
                }) if (1..=31).contains(&d) && (1..=12).contains(&mo) => {
                    if m == M::MonthWord {
                        return None;
                    }
                    d as f64
                }
                K::Date(d) => d,
                _ => return None,
            };
            if m == M::MonthWord && value > 12.0 {
                return None;
            }
            let mut end = i + 2;
            if self.word_meaning(end, |m| *m == M::MonthWord).is_some() && day_at(end + 1).is_some()
            {
                end += 2;
            }
            if self.word_meaning(end, |m| *m == M::YearBefore).is_some()
                && self
                    .near(end + 1)
                    .is_some_and(|t| matches!(t.kind, K::Lit(l) if l.plain && is_year(l.value)))
            {
                end += 2;
            }
            return Some((self.number(i + 1, end, Some(value), NumberKind::Date), end));
        }
        None
    }

    /// A year after a day and month: ", 2022", " 2022", " de 2022", " 2022 года".
    fn year_after(&self, mut k: usize) -> Option<usize> {
        if self.near(k).is_some_and(|t| t.kind == K::Punct(','))
            || self.word_meaning(k, |m| *m == M::Of).is_some()
        {
            k += 1;
        }
        match self.near(k)?.kind {
            K::Lit(l) if l.plain && l.int_digits == 4 && is_year(l.value) => {}
            _ => return None,
        }
        k += 1;
        if self.word_meaning(k, |m| *m == M::YearAfter).is_some() {
            k += 1;
        }
        Some(k)
    }
}

struct Range {
    low: f64,
    high: f64,
    end: usize,
    kind: NumberKind,
    unit: Option<&'static str>,
    open: Option<usize>,
    /// The ends are where a change started and what it reached, not a range.
    change: bool,
}
