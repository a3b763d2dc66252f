//! Numbers as each language writes them: separators, scale words, words, qualifiers, units.

use serde::Serialize;

use std::sync::LazyLock;

use crate::lang::Lang;

mod grammar;
mod han;
pub(crate) mod lexicon;
mod scan;
mod words;

mod de;
mod en;
mod es;
mod fr;
mod hi;
mod id;
mod it;
mod ja;
mod ko;
mod nl;
mod pt;
mod ru;
mod uk;
mod vi;
mod zh;

use lexicon::{Locale, Spec};

/// How a number is hedged in the text ("about", "more than", "up to", "between … and …"), or
/// that it is the level a change reached ("rose from 20 to 30 %": see [`Number::previous`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    Approx,
    AtLeast,
    AtMost,
    Range,
    Change,
}

/// What kind of number it is; years, dates and ordinals count nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    Cardinal,
    Decimal,
    Percent,
    Currency,
    Ordinal,
    Year,
    Date,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
            Qualifier::Range => "range",
            Qualifier::Change => "change",
        }
    }
}

impl NumberKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::Cardinal => "cardinal",
            NumberKind::Decimal => "decimal",
            NumberKind::Percent => "percent",
            NumberKind::Currency => "currency",
            NumberKind::Ordinal => "ordinal",
            NumberKind::Year => "year",
            NumberKind::Date => "date",
        }
    }
}

/// A number found in a text; byte offsets into that text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Number {
    pub start_byte: usize,
    pub end_byte: usize,
    /// The value; `None` for a range (see `low`/`high`).
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// For a change ("rose from 20 to 30 %", "passé de 20 % à 31 %", "von 5 auf 7 Prozent"):
    /// the value it changed from; `value` is the value it reached.
    pub previous: Option<f64>,
    pub qualifier: Qualifier,
    pub kind: NumberKind,
    /// "%" or an ISO 4217 currency code.
    pub unit: Option<&'static str>,
}

thread_local! {
    /// Token buffer reused across calls on one thread, so that a batch allocates it once.
    static TOKENS: std::cell::RefCell<Vec<scan::Tok>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Every number in `text`, read with the conventions of `lang`, in text order.
pub fn parse_numbers(text: &str, lang: Lang) -> Vec<Number> {
    run(text, lang, false)
}

/// Every number in `text`, each part read with the conventions of its own language: `runs`
/// are (start byte, end byte, language) of the parts in another language than `main`, in text
/// order, on character boundaries ("1,250" in an English quote inside a French article is 1250,
/// "12,5 %" around it 12.5 %). The rest of the text is read as `main`.
pub fn parse_numbers_by_runs(text: &str, runs: &[(usize, usize, Lang)], main: Lang) -> Vec<Number> {
    let mut out = Vec::new();
    let mut segment = |start: usize, end: usize, lang: Lang| {
        if start >= end {
            return;
        }
        for mut n in run(&text[start..end], lang, false) {
            n.start_byte += start;
            n.end_byte += start;
            out.push(n);
        }
    };
    let mut pos = 0;
    for &(start, end, lang) in runs {
        // Overlapping or unordered runs are skipped rather than read twice.
        if start < pos
            || end > text.len()
            || lang == main
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
        {
            continue;
        }
        segment(pos, start, main);
        segment(start, end, lang);
        pos = end;
    }
    segment(pos, text.len(), main);
    out
}

fn run(text: &str, lang: Lang, whole: bool) -> Vec<Number> {
    let loc = locale(lang);
    let mut out = Vec::new();
    TOKENS.with(|cell| {
        // A re-entrant call (none today) would find the buffer taken: use a fresh one then.
        let mut fresh = Vec::new();
        let mut guard = cell.try_borrow_mut();
        let toks = match guard.as_deref_mut() {
            Ok(t) => t,
            Err(_) => &mut fresh,
        };
        scan::scan(text, loc, toks);
        grammar::numbers(text, toks, loc, whole, &mut out);
        if toks.capacity() > 1 << 16 {
            // Do not keep a huge buffer alive after one big document.
            *toks = Vec::new();
        }
    });
    out
}

/// The value of one number expression such as "1,5 triệu": `None` unless the whole of `text`
/// (surrounding spaces and final punctuation aside) is one number; ranges and dates have no
/// single value.
pub fn parse_number(text: &str, lang: Lang) -> Option<f64> {
    let trimmed = text
        .trim()
        .trim_end_matches(['.', ',', ';', '!', '?', '。']);
    let found = run(trimmed, lang, true);
    match found.as_slice() {
        [n] if n.start_byte == 0 && n.end_byte == trimmed.len() && n.kind != NumberKind::Date => {
            n.value
        }
        _ => None,
    }
}

/// Languages sayso has no word table for read digits with their CLDR separators only.
const GENERIC_DOT: Spec = Spec::BASE;

const GENERIC_COMMA: Spec = Spec {
    decimal: ',',
    ..GENERIC_DOT
};

const GENERIC_COMMA_SPACE: Spec = Spec {
    decimal: ',',
    space_group: true,
    ..GENERIC_DOT
};

macro_rules! locales {
    ($($name:ident = $spec:expr;)*) => {
        $(pub(crate) static $name: LazyLock<Locale> = LazyLock::new(|| Locale::build(&$spec));)*
    };
}

locales! {
    EN = en::SPEC;
    FR = fr::SPEC;
    DE = de::SPEC;
    ES = es::SPEC;
    PT = pt::SPEC;
    IT = it::SPEC;
    NL = nl::SPEC;
    VI = vi::SPEC;
    RU = ru::SPEC;
    UK = uk::SPEC;
    ZH = zh::SPEC;
    JA = ja::SPEC;
    KO = ko::SPEC;
    HI = hi::SPEC;
    ID = id::SPEC;
    DOT = GENERIC_DOT;
    COMMA = GENERIC_COMMA;
    COMMA_SPACE = GENERIC_COMMA_SPACE;
}

/// How the scanner reads Han numerals in `loc`: `None` outside Chinese and Japanese, else
/// whether a last digit after 百, 千 or 万 counts one place below ("一百五" is 150 in Chinese,
/// "二百五" 205 in Japanese).
fn han_rules(loc: &Locale) -> Option<bool> {
    if std::ptr::eq(loc, &*ZH) {
        Some(true)
    } else if std::ptr::eq(loc, &*JA) {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
fn han_locale(zh: bool) -> &'static Locale {
    if zh { &ZH } else { &JA }
}

/// The number conventions of `lang`, from the language registry.
fn locale(lang: Lang) -> &'static Locale {
    crate::languages::support(lang).numbers
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// One tuple per number found in `text`, in order: the field or fields a test looks at.
    fn found<T>(text: &str, lang: Lang, field: impl Fn(&Number) -> T) -> Vec<T> {
        parse_numbers(text, lang).iter().map(field).collect()
    }

    fn values(text: &str, lang: Lang) -> Vec<(String, Option<f64>, Qualifier, NumberKind)> {
        found(text, lang, |n| {
            (
                text[n.start_byte..n.end_byte].to_string(),
                n.value,
                n.qualifier,
                n.kind,
            )
        })
    }

    #[test]
    fn an_ordinal_indicator_after_a_point() {
        let kinds = |text: &str, lang| {
            found(text, lang, |n| {
                (text[n.start_byte..n.end_byte].to_string(), n.kind)
            })
        };
        assert_eq!(
            kinds("el 1.º de noviembre", Lang::Spa),
            [("1.º".to_string(), NumberKind::Ordinal)]
        );
        assert_eq!(
            kinds("a 2.ª edição", Lang::Por),
            [("2.ª".to_string(), NumberKind::Ordinal)]
        );
        // A point that ends the sentence is no part of it.
        assert_eq!(
            kinds("Son 3. Luego", Lang::Spa),
            [("3".to_string(), NumberKind::Cardinal)]
        );
    }

    #[test]
    fn separators_follow_the_language() {
        assert_eq!(parse_number("1,5 triệu", Lang::Vie), Some(1_500_000.0));
        assert_eq!(parse_number("1,250", Lang::Deu), Some(1.25));
        assert_eq!(parse_number("1,250", Lang::Eng), Some(1250.0));
        assert_eq!(parse_number("1.250", Lang::Eng), Some(1.25));
        assert_eq!(parse_number("1.250", Lang::Ind), Some(1250.0));
        assert_eq!(parse_number("100\u{a0}000", Lang::Fra), Some(100_000.0));
        assert_eq!(parse_number("100\u{202f}000", Lang::Fra), Some(100_000.0));
        assert_eq!(parse_number("100 000", Lang::Fra), Some(100_000.0));
        // An ASCII space does not group in English: two numbers; but a "000" after it can only
        // be a group (SI style), and Spanish groups with spaces as the RAE writes them.
        assert_eq!(parse_number("100 500", Lang::Eng), None);
        assert_eq!(parse_number("100 000", Lang::Eng), Some(100_000.0));
        assert_eq!(
            parse_number("unos 300 000 euros", Lang::Spa),
            Some(300_000.0)
        );
        assert_eq!(parse_number("1'000'000", Lang::Deu), Some(1e6));
        assert_eq!(parse_number("1,00,000", Lang::Hin), Some(1e5));
        assert_eq!(parse_number("1.234,5", Lang::Spa), Some(1234.5));
    }

    #[test]
    fn scales_words_and_qualifiers() {
        let got = values("Up to 100,000 troops, about 40 percent, $1.5bn", Lang::Eng);
        assert_eq!(
            got,
            vec![
                (
                    "Up to 100,000".into(),
                    Some(1e5),
                    Qualifier::AtMost,
                    NumberKind::Cardinal
                ),
                (
                    "about 40 percent".into(),
                    Some(40.0),
                    Qualifier::Approx,
                    NumberKind::Percent
                ),
                (
                    "$1.5bn".into(),
                    Some(1.5e9),
                    Qualifier::Exact,
                    NumberKind::Currency
                ),
            ]
        );
        assert_eq!(parse_number("zweihunderttausend", Lang::Deu), Some(2e5));
        assert_eq!(parse_number("quatre-vingt-dix-sept", Lang::Fra), Some(97.0));
        assert_eq!(parse_number("hai mươi năm", Lang::Vie), None);
        assert_eq!(parse_number("一千二百万", Lang::Cmn), Some(1.2e7));
    }

    #[test]
    fn ranges_share_scale_and_unit() {
        let n = &parse_numbers("2 to 3 million dollars", Lang::Eng)[0];
        assert_eq!((n.low, n.high, n.unit), (Some(2e6), Some(3e6), Some("USD")));
        assert_eq!(n.qualifier, Qualifier::Range);
        assert!(
            parse_numbers("5-2", Lang::Eng)
                .iter()
                .all(|n| n.low.is_none())
        );
    }

    #[test]
    fn a_change_has_the_value_it_reached_and_the_one_before() {
        let change = |t: &str, l| {
            let n = &parse_numbers(t, l)[0];
            (n.qualifier, n.previous, n.value, n.low, n.high)
        };
        let c = Qualifier::Change;
        // A word of change before "from", or a "to" that only a change has.
        assert_eq!(
            change("Fares fell sharply from 9 to 7 million euros.", Lang::Eng),
            (c, Some(9e6), Some(7e6), None, None)
        );
        assert_eq!(
            change("Die Quote sank von 7 auf 5 Prozent.", Lang::Deu),
            (c, Some(7.0), Some(5.0), None, None)
        );
        assert_eq!(
            change("Số vé tăng từ 20 lên 30.", Lang::Vie),
            (c, Some(20.0), Some(30.0), None, None)
        );
        // The year its first end held is part of it; the year of the second is a year.
        let t = "Le taux est passé de 20 % en 2019 à 31 % en 2023.";
        let found = parse_numbers(t, Lang::Fra);
        assert_eq!(
            &t[found[0].start_byte..found[0].end_byte],
            "de 20 % en 2019 à 31 %"
        );
        assert_eq!(
            (found[0].previous, found[0].value),
            (Some(20.0), Some(31.0))
        );
        assert_eq!(found[1].kind, NumberKind::Year);
        // Without one it is a range: "from 20 to 30 people", "the scale goes from 1 to 10",
        // Russian "от" ("выросли от 20 до 30 %" is by 20 to 30 %).
        let r = Qualifier::Range;
        assert_eq!(change("from 20 to 30 people came", Lang::Eng).0, r);
        assert_eq!(change("the scale goes from 1 to 10", Lang::Eng).0, r);
        assert_eq!(change("Цены выросли от 20 до 30 %.", Lang::Rus).0, r);
        assert_eq!(change("Цены выросли с 20 до 30 %.", Lang::Rus).0, c);
        // And a fall with no word of change is no range either.
        assert!(
            parse_numbers("from 30 to 20 people came", Lang::Eng)
                .iter()
                .all(|n| n.qualifier != r && n.qualifier != c)
        );
    }

    #[test]
    fn years_dates_and_names_are_not_counts() {
        let kinds = |t: &str, l| found(t, l, |n| n.kind);
        assert_eq!(kinds("August 4, 2022", Lang::Eng), [NumberKind::Date]);
        assert_eq!(kinds("ngày 24.2", Lang::Vie), [NumberKind::Date]);
        assert_eq!(kinds("năm 1948", Lang::Vie), [NumberKind::Year]);
        assert!(parse_numbers("the channel Rossiya 1 said", Lang::Eng).is_empty());
        assert!(parse_numbers("Der Sender Rossija 1 meldete", Lang::Deu).is_empty());
        assert!(parse_numbers("iPhone 15 sales fell", Lang::Eng).is_empty());
        // The number sign makes a rank or a label; lower-case "no." ends a sentence.
        assert_eq!(kinds("the No. 1 seed", Lang::Eng), [NumberKind::Ordinal]);
        assert_eq!(
            kinds("Er trug die Nr. 10", Lang::Deu),
            [NumberKind::Ordinal]
        );
        assert_eq!(
            kinds("The answer was no. 300 people came", Lang::Eng),
            [NumberKind::Cardinal]
        );
        assert_eq!(kinds("ngày thứ 3", Lang::Vie), [NumberKind::Ordinal]);
        // Seasons and fiscal years: one range of years.
        for (t, l) in [
            ("the 2022/23 season", Lang::Eng),
            ("la Liga 2022-23", Lang::Spa),
            ("im Haushaltsjahr 2022–23", Lang::Deu),
        ] {
            let n = &parse_numbers(t, l)[..];
            assert_eq!(n.len(), 1, "{t}");
            assert_eq!(
                (n[0].low, n[0].high, n[0].kind),
                (Some(2022.0), Some(2023.0), NumberKind::Year)
            );
        }
        let n = &parse_numbers("the 1999-00 budget", Lang::Eng)[0];
        assert_eq!((n.low, n.high), (Some(1999.0), Some(2000.0)));
        // Not a season: a date, a later year far off, a score.
        assert_eq!(parse_numbers("the 2022-85 plan", Lang::Eng).len(), 2);
        // German nouns are capitalised: the noun after the digits is what they count.
        let counted = values(
            "Am Samstag kamen laut Polizei 300 Demonstranten zusammen",
            Lang::Deu,
        );
        assert_eq!(counted.len(), 1);
        assert_eq!(counted[0].1, Some(300.0));
    }

    #[test]
    fn denominators_decimals_and_long_scales_in_words() {
        let one = |t: &str, l| parse_number(t, l);
        let close =
            |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() < 1e-9 * b.abs().max(1.0));
        // A numerator, then a denominator that does not add to it.
        assert!(close(one("one twenty-fifth", Lang::Eng), 0.04));
        assert!(close(one("tres veinteavos", Lang::Spa), 0.15));
        // French agreement: a plural counts parts, a singular after "et un" is one part.
        assert!(close(one("vingt et un cinquièmes", Lang::Fra), 4.2));
        assert!(close(one("vingt et un cinquième", Lang::Fra), 20.2));
        assert!(close(one("un veintiunavo", Lang::Spa), 1.0 / 21.0));
        assert!(close(one("três vinte e um avos", Lang::Por), 3.0 / 21.0));
        assert!(close(one("tre ventunesimi", Lang::Ita), 3.0 / 21.0));
        assert!(close(one("drie eenentwintigste", Lang::Nld), 3.0 / 21.0));
        assert!(close(one("un vingt-cinquième", Lang::Fra), 0.04));
        assert!(close(one("un vingt-et-unième", Lang::Fra), 1.0 / 21.0));
        assert!(close(one("trois vingt-et-unième", Lang::Fra), 3.0 / 21.0));
        assert!(close(one("un cent cinquième", Lang::Fra), 1.0 / 105.0));
        assert!(close(one("cent quatre-vingts", Lang::Fra), 180.0));
        // A tens word after a hundred and a fraction word are one denominator; after "and",
        // the tens belong to the numerator.
        assert!(close(
            one("one hundred thirty fifths", Lang::Eng),
            100.0 / 35.0
        ));
        assert!(close(one("one hundred and thirty fifths", Lang::Eng), 26.0));
        assert!(close(one("twenty fifths", Lang::Eng), 4.0));
        // An article and an ordinal: a fraction alone or before "of", an ordinal before a noun.
        assert!(close(one("un centième", Lang::Fra), 0.01));
        assert!(close(one("een honderdste", Lang::Nld), 0.01));
        let t = "Le club vise un douzième titre.";
        let n = &parse_numbers(t, Lang::Fra)[0];
        assert_eq!(
            (n.value, n.kind, &t[n.start_byte..n.end_byte]),
            (Some(12.0), NumberKind::Ordinal, "douzième")
        );
        let n = &parse_numbers("Il a couru en un centième de seconde de moins.", Lang::Fra)[0];
        assert_eq!(n.value, Some(0.01));
        // An article and an ordinal before a noun are an ordinal: "a twenty-first century".
        let n = &parse_numbers("a twenty-first century problem", Lang::Eng)[0];
        assert_eq!((n.value, n.kind), (Some(21.0), NumberKind::Ordinal));
        // Decimals said as a number in languages with a decimal comma, digit by digit in English.
        assert!(close(
            one("deux cent virgule soixante et onze", Lang::Fra),
            200.71
        ));
        assert!(close(
            one("quarenta e sete vírgula vinte e oito", Lang::Por),
            47.28
        ));
        assert!(close(one("duecento punto ventinove", Lang::Ita), 200.29));
        assert!(close(one("uno coma cinco millones", Lang::Spa), 1.5e6));
        assert_eq!(
            parse_numbers("one point two hundred thirty", Lang::Eng).len(),
            2
        );
        // Spanish "con" between number words: a decimal, or a mixed number before a fraction.
        assert!(close(one("siete con cincuenta", Lang::Spa), 7.5));
        assert!(close(one("cinco con un cuarto", Lang::Spa), 5.25));
        assert!(close(
            one("seis millones con dos tercios", Lang::Spa),
            6e6 + 2e6 / 3.0
        ));
        // A single unit after "con" is no decimal: "ganó tres con dos goles".
        let ns = parse_numbers("Ganó tres con dos goles.", Lang::Spa);
        assert_eq!(
            ns.iter().map(|n| n.value).collect::<Vec<_>>(),
            [Some(3.0), Some(2.0)]
        );
        assert_eq!(
            parse_numbers("Três com cinquenta.", Lang::Por)[0].value,
            Some(3.0)
        );
        // An article before a percentage point is one.
        let n = &parse_numbers("Il Pil è cresciuto di un punto percentuale.", Lang::Ita)[0];
        assert_eq!(
            (n.value, n.kind, n.unit),
            (Some(1.0), NumberKind::Percent, Some("%"))
        );
        assert!(parse_numbers("Un pourcentage élevé a voté.", Lang::Fra).is_empty());
        let ns = parse_numbers("centième, mille deux cent trentième", Lang::Fra);
        assert_eq!(
            ns.iter().map(|n| n.value).collect::<Vec<_>>(),
            [Some(100.0), Some(1230.0)]
        );
        let ns = parse_numbers("centième mille deux cent trentième", Lang::Fra);
        assert_eq!(
            ns.iter().map(|n| n.value).collect::<Vec<_>>(),
            [Some(100.0), Some(1230.0)]
        );
        assert_eq!(
            parse_number("a quarter million", Lang::Eng),
            Some(250_000.0)
        );
        assert_eq!(
            parse_number("thirty-five thousands", Lang::Eng),
            Some(35_000.0)
        );
        assert!(parse_numbers("Thousands of people marched.", Lang::Eng).is_empty());
        // Digits after a decimal word.
        let n = &parse_numbers("Unemployment rose to 4 point 5 percent.", Lang::Eng)[0];
        assert_eq!((n.value, n.unit), (Some(4.5), Some("%")));
        assert!(close(one("1 point 05", Lang::Eng), 1.05));
        assert!(close(one("drei Komma 25", Lang::Deu), 3.25));
        assert_eq!(parse_number("zwei und vierzig", Lang::Deu), Some(42.0));
        assert_eq!(parse_number("twee en twintig", Lang::Nld), Some(22.0));
        let ns = parse_numbers("eins, zwei und drei", Lang::Deu);
        assert_eq!(ns.len(), 3);
        // Two ordinal words make one ordinal.
        let n = &parse_numbers("O vigésimo quinto aniversário.", Lang::Por)[0];
        assert_eq!((n.value, n.kind), (Some(25.0), NumberKind::Ordinal));
        let ns = parse_numbers("ganaron 30 con 20 votos", Lang::Spa);
        assert_eq!(
            ns.iter().map(|n| n.value).collect::<Vec<_>>(),
            [Some(30.0), Some(20.0)]
        );
        // A bigger scale multiplies only the groups below it (the long scale).
        assert!(close(
            one(
                "tres billones cuatrocientos cincuenta y cinco mil doscientos veintiocho millones",
                Lang::Spa
            ),
            3_455_228_000_000.0
        ));
        assert!(close(one("dos mil quinientos millones", Lang::Spa), 2.5e9));
        assert!(close(one("ventuno bilioni", Lang::Ita), 2.1e13));
        // A fraction of a scale; words written without their accents.
        assert!(close(one("two thirds of a million", Lang::Eng), 2e6 / 3.0));
        assert!(close(one("quart de million", Lang::Fra), 250_000.0));
        assert!(close(one("tres trilhoes", Lang::Por), 3e12));
        assert!(close(one("un milesimo", Lang::Spa), 0.001));
        // Plural Italian ordinals are fractions; a whole and a digit fraction across "and".
        assert!(close(one("cento miliardesimi", Lang::Ita), 1e-7));
        assert!(close(one("2 e 1/4", Lang::Ita), 2.25));
        assert!(close(one("deux et un quatrième", Lang::Fra), 2.25));
        assert!(close(one("vingt et trois cinquièmes", Lang::Fra), 20.6));
        assert!(close(one("vingt et un", Lang::Fra), 21.0));
        // French "cents" after digits: hundreds inside a longer number, else money.
        assert!(close(one("4 mille 3 cents et 21", Lang::Fra), 4321.0));
        let n = &parse_numbers("Le timbre coûte 50 cents.", Lang::Fra)[0];
        assert_eq!((n.value, n.kind), (Some(50.0), NumberKind::Currency));
        // Digits after a join that a multiplier follows start a new number.
        let ns = parse_numbers("3 hundred and 2 hundred", Lang::Eng);
        assert_eq!(
            ns.iter().map(|n| n.value).collect::<Vec<_>>(),
            [Some(300.0), Some(200.0)]
        );
        assert!(close(one("3 hundred and 21", Lang::Eng), 321.0));
        // Dutch: a fraction after "en", a dozen after the hundreds, "uit" as a bar.
        assert!(close(
            one("zes miljoen en twee derde", Lang::Nld),
            6e6 + 2e6 / 3.0
        ));
        assert!(close(one("vijf miljard en driekwart", Lang::Nld), 5.75e9));
        assert!(close(one("driehonderd en twee dozijn", Lang::Nld), 324.0));
        assert!(close(one("één uit de 20", Lang::Nld), 0.05));
        assert!(close(one("anderhalve", Lang::Nld), 1.5));
        assert!(close(one("drie een vijfde", Lang::Nld), 3.2));
        assert!(close(one("twee driekwart", Lang::Nld), 2.75));
        assert!(close(one("twintig vijfde", Lang::Nld), 4.0));
        assert!(close(one("1 van de 3", Lang::Nld), 1.0 / 3.0));
        let ns = parse_numbers("Hij is een van de drie kandidaten.", Lang::Nld);
        assert_eq!(ns.iter().map(|n| n.value).collect::<Vec<_>>(), [Some(3.0)]);
    }

    #[test]
    fn fractions_decimals_and_ordinals_in_words() {
        let one = |t: &str, l| parse_number(t, l);
        assert_eq!(one("three fifths", Lang::Eng), Some(0.6));
        assert_eq!(
            one("one hundred and three quarters", Lang::Eng),
            Some(100.75)
        );
        assert_eq!(one("five and a half million", Lang::Eng), Some(5.5e6));
        assert_eq!(one("half a million", Lang::Eng), Some(5e5));
        assert_eq!(one("two point zero three", Lang::Eng), Some(2.03));
        assert_eq!(one("2 1/4", Lang::Eng), Some(2.25));
        assert_eq!(one("trois quarts", Lang::Fra), Some(0.75));
        assert_eq!(one("un million et demi", Lang::Fra), Some(1.5e6));
        assert_eq!(one("dreiviertel", Lang::Deu), Some(0.75));
        assert_eq!(one("zweieinhalb", Lang::Deu), Some(2.5));
        assert_eq!(one("hai triệu rưỡi", Lang::Vie), Some(2.5e6));
        assert_eq!(one("三分之一", Lang::Cmn), Some(1.0 / 3.0));
        assert_eq!(one("一百五", Lang::Cmn), Some(150.0));
        assert_eq!(one("零点五", Lang::Cmn), Some(0.5));
        assert_eq!(one("3M", Lang::Vie), Some(3e6));
        let n = &parse_numbers("the twenty-first summit", Lang::Eng)[0];
        assert_eq!((n.value, n.kind), (Some(21.0), NumberKind::Ordinal));
        // "three" is never reported for "three fifths", nor "half" for "the first half".
        assert_eq!(parse_numbers("three fifths", Lang::Eng).len(), 1);
        assert!(
            parse_numbers("in the first half", Lang::Eng)
                .iter()
                .all(|n| n.kind == NumberKind::Ordinal)
        );
    }

    #[test]
    fn money_minor_units_and_prefixes() {
        let one = |t: &str, l| {
            let n = &parse_numbers(t, l)[0];
            (
                t[n.start_byte..n.end_byte].to_string(),
                n.value,
                n.kind,
                n.unit,
            )
        };
        assert_eq!(
            one("50 cents", Lang::Fra),
            ("50 cents".into(), Some(50.0), NumberKind::Currency, None)
        );
        assert_eq!(one("3 dollars and 50 cents", Lang::Eng).1, Some(3.5));
        assert_eq!(one("C$ 300 million", Lang::Eng).3, Some("CAD"));
        assert_eq!(one("75 USD million", Lang::Eng).1, Some(75e6));
        assert_eq!(one("254 millions de $", Lang::Fra).3, Some("USD"));
        assert_eq!(one("un yen", Lang::Fra).1, Some(1.0));
        assert!(parse_numbers("a dollar store", Lang::Eng).is_empty());
        assert_eq!(one("trois cents", Lang::Fra).1, Some(300.0));
        let n = &parse_numbers("between negative ten and fifteen", Lang::Eng)[0];
        assert_eq!((n.low, n.high), (Some(-10.0), Some(15.0)));
        let n = &parse_numbers("about 500 or more", Lang::Eng)[0];
        assert_eq!((n.qualifier, n.low), (Qualifier::AtLeast, Some(500.0)));
    }

    #[test]
    fn powers_groups_and_spaced_signs() {
        let one = |t: &str, l| parse_number(t, l);
        assert_eq!(one("2^10", Lang::Eng), Some(1024.0));
        assert_eq!(one("2.5^-1", Lang::Eng), Some(0.4));
        assert_eq!(one("1.3x10^6", Lang::Eng), Some(1.3e6));
        assert_eq!(one("4,5×10^-2", Lang::Fra), Some(0.045));
        assert_eq!(one("1.2b", Lang::Eng), Some(1.2e9));
        assert_eq!(one("7MM", Lang::Eng), Some(7e6));
        assert_eq!(one("three hundred and two dozen", Lang::Eng), Some(324.0));
        assert_eq!(one("meia dúzia", Lang::Por), Some(6.0));
        assert_eq!(one("fifty - two", Lang::Eng), Some(52.0));
        assert_eq!(one("one - fourth", Lang::Eng), Some(0.25));
        // A bare "dozens", a "4b" section and a range across a spaced hyphen are no such number.
        assert!(parse_numbers("dozens of people", Lang::Eng).is_empty());
        assert!(parse_numbers("Article 4b", Lang::Eng).is_empty());
        assert_eq!(
            parse_numbers("one hundred - two hundred", Lang::Eng).len(),
            2
        );
        // A spaced minus starting a line: a sign when the number ends the line, else a bullet.
        let got = parse_numbers("Change:\n- 10 k\n- 3 people left", Lang::Eng);
        let values: Vec<_> = got.iter().map(|n| n.value).collect();
        assert_eq!(values, [Some(-1e4), Some(3.0)]);
    }

    #[test]
    fn compounds_after_hundreds_and_next_to_each_other() {
        let one = |t: &str, l| parse_number(t, l);
        assert_eq!(one("einhunderteinunddreißig", Lang::Deu), Some(131.0));
        assert_eq!(one("zweihundertsechsundfuenfzig", Lang::Deu), Some(256.0));
        assert_eq!(one("zeshonderdenachtenzeventig", Lang::Nld), Some(678.0));
        assert_eq!(
            one("tweeduizend tweehonderdtwintig", Lang::Nld),
            Some(2220.0)
        );
        assert_eq!(one("tweeduizend en vijfhonderd", Lang::Nld), Some(2500.0));
        assert_eq!(one("zweihundert fünfzig", Lang::Deu), Some(250.0));
        // Two numbers of the same order stay two.
        assert_eq!(parse_numbers("zweihundert dreihundert", Lang::Deu).len(), 2);
    }

    #[test]
    fn second_only_after_an_article_where_it_also_means_according_to() {
        let kinds = |t: &str, l| found(t, l, |n| (n.value, n.kind));
        let second = [(Some(2.0), NumberKind::Ordinal)];
        assert_eq!(kinds("nel secondo trimestre", Lang::Ita), second);
        assert_eq!(kinds("la seconda volta", Lang::Ita), second);
        assert_eq!(kinds("no segundo turno", Lang::Por), second);
        assert!(kinds("secondo Rossi il piano è pronto", Lang::Ita).is_empty());
        assert!(kinds("segundo o ministro", Lang::Por).is_empty());
        assert_eq!(kinds("um décimo de segundo", Lang::Por).len(), 1);
    }

    #[test]
    fn times_of_day_are_no_counts() {
        for (t, l) in [
            ("La réunion commence à 15 h 30 avec 40 élus.", Lang::Fra),
            ("Rendez-vous vers 9h30 pour 40 élus.", Lang::Fra),
            ("Um 15 Uhr kamen 40 Abgeordnete.", Lang::Deu),
            ("At 3 p.m. some 40 lawmakers met.", Lang::Eng),
            ("At 11pm, 40 lawmakers met.", Lang::Eng),
            ("Às 15h, 40 deputados chegaram.", Lang::Por),
        ] {
            let got = found(t, l, |n| n.value);
            assert_eq!(got.last(), Some(&Some(40.0)), "{t}");
            assert_eq!(got.len(), 1, "{t}");
        }
        // A duration longer than a day stays a count.
        assert_eq!(
            parse_numbers("pendant 48 h", Lang::Fra)[0].value,
            Some(48.0)
        );
    }

    #[test]
    fn each_language_run_reads_its_own_digits() {
        let text = "Le taux atteint 12,5 %. \"We counted 1,250 votes\", dit-il.";
        let quote = text.find("We").unwrap();
        let end = text.find(", dit").unwrap();
        let found = parse_numbers_by_runs(text, &[(quote, end, Lang::Eng)], Lang::Fra);
        let got: Vec<_> = found
            .iter()
            .map(|n| (&text[n.start_byte..n.end_byte], n.value))
            .collect();
        assert_eq!(got, [("12,5 %", Some(12.5)), ("1,250", Some(1250.0))]);
        // Runs out of order or past the end are ignored, never read twice.
        let odd = [(end, text.len() + 5, Lang::Eng), (0, 3, Lang::Eng)];
        assert_eq!(parse_numbers_by_runs(text, &odd, Lang::Fra).len(), 2);
    }

    #[test]
    fn nouns_for_about_so_many() {
        let all = values;
        let about = |t: &str, v: f64| {
            vec![(
                t.to_string(),
                Some(v),
                Qualifier::Approx,
                NumberKind::Cardinal,
            )]
        };
        assert_eq!(
            all("une centaine de blessés", Lang::Fra),
            about("une centaine", 100.0)
        );
        assert_eq!(
            all("deux milliers de manifestants", Lang::Fra),
            about("deux milliers", 2000.0)
        );
        assert_eq!(
            all("un centenar de heridos", Lang::Spa),
            about("un centenar", 100.0)
        );
        assert_eq!(
            all("una ventina di feriti", Lang::Ita),
            about("una ventina", 20.0)
        );
        assert_eq!(
            all("een tiental gewonden", Lang::Nld),
            about("een tiental", 10.0)
        );
        assert_eq!(
            all("дві сотні військових", Lang::Ukr),
            about("дві сотні", 200.0)
        );
        // Without articles the noun alone is one of them; a plural alone stays vague.
        assert_eq!(all("десяток раненых", Lang::Rus), about("десяток", 10.0));
        assert_eq!(all("около десятка задержанных", Lang::Rus)[0].1, Some(10.0));
        assert!(all("сотни людей", Lang::Rus).is_empty());
        // Plurals without a count are vague ("hundreds of"), and a quarantine is no forty.
        assert!(all("des centaines de morts", Lang::Fra).is_empty());
        assert!(all("placé en quarantaine", Lang::Fra).is_empty());
    }

    #[test]
    fn ukrainian_words_scales_and_bounds() {
        let all = |t: &str| {
            found(t, Lang::Ukr, |n| {
                (
                    t[n.start_byte..n.end_byte].to_string(),
                    n.value,
                    n.qualifier,
                    n.unit,
                )
            })
        };
        assert_eq!(
            all("Понад 2 тисячі людей"),
            [(
                "Понад 2 тисячі".into(),
                Some(2000.0),
                Qualifier::AtLeast,
                None
            )]
        );
        assert_eq!(
            all("близько 1,5 млрд гривень"),
            [(
                "близько 1,5 млрд гривень".into(),
                Some(1.5e9),
                Qualifier::Approx,
                Some("UAH")
            )]
        );
        assert_eq!(all("зросла на 7,4 відсотка")[0].3, Some("%"));
        // The apostrophe in all three spellings; "сім'я" is a family, not seven.
        for t in ["п'ять тисяч", "п’ять тисяч", "п‘ять тисяч", "пʼять тисяч"]
        {
            assert_eq!(parse_number(t, Lang::Ukr), Some(5000.0), "{t}");
        }
        assert_eq!(parse_number("двісті сорок дев'ять", Lang::Ukr), Some(249.0));
        assert!(all("його сім'я переїхала").is_empty());
        // No articles: a fraction word alone is one part; with a numerator, that many.
        assert_eq!(all("третина експертів")[0].1, Some(1.0 / 3.0));
        assert_eq!(
            parse_numbers("треть экспертов", Lang::Rus)[0].value,
            Some(1.0 / 3.0)
        );
        assert_eq!(parse_number("две трети", Lang::Rus), Some(2.0 / 3.0));
    }

    #[test]
    fn parts_of_a_whole_and_signed_articles() {
        let vals = |t: &str, l| found(t, l, |n| n.value);
        assert_eq!(vals("12 out of 10", Lang::Eng), [Some(12.0), Some(10.0)]);
        assert_eq!(vals("2 out of 10", Lang::Eng), [Some(0.2)]);
        // "in" is a bar before a count, not before a span of time or a year.
        assert_eq!(vals("one in five children", Lang::Eng), [Some(0.2)]);
        assert_eq!(vals("3 in 10 voters", Lang::Eng), [Some(0.3)]);
        assert_eq!(vals("2 in 3 minutes", Lang::Eng), [Some(2.0), Some(3.0)]);
        assert_eq!(vals("hit a record 12.3pc", Lang::Eng), [Some(12.3)]);
        // A bound before a contracted article: "más del" is more than, "menos del" no minus.
        let quals = |t: &str, l| found(t, l, |n| (n.value, n.qualifier));
        assert_eq!(
            quals("más del 50 %", Lang::Spa),
            [(Some(50.0), Qualifier::AtLeast)]
        );
        assert_eq!(
            quals("menos del 10 %", Lang::Spa),
            [(Some(10.0), Qualifier::AtMost)]
        );
        assert_eq!(
            quals("perto de 30%", Lang::Por),
            [(Some(30.0), Qualifier::Approx)]
        );
        assert_eq!(
            quals("tot 50 woningen", Lang::Nld),
            [(Some(50.0), Qualifier::AtMost)]
        );
        assert_eq!(
            quals("van 20 tot 30", Lang::Nld),
            [(None, Qualifier::Range)]
        );
        // A change in points, then a level: no range.
        assert_eq!(
            vals("fell 0.3 percentage points to 4.1%", Lang::Eng),
            [Some(0.3), Some(4.1)]
        );
        assert_eq!(
            vals("sank um 0,4 Prozentpunkte auf 5,9 Prozent", Lang::Deu),
            [Some(0.4), Some(5.9)]
        );
        assert_eq!(
            vals("снизилась на 0,5 процентных пункта", Lang::Rus),
            [Some(0.5)]
        );
        assert_eq!(vals("won 1 in 2021", Lang::Eng), [Some(1.0), Some(2021.0)]);
        assert_eq!(
            vals("ranked 4 in 3 polls", Lang::Eng),
            [Some(4.0), Some(3.0)]
        );
        assert_eq!(vals("5 sobre 2022", Lang::Por), [Some(5.0), Some(2022.0)]);
        assert_eq!(vals("één op de vijf", Lang::Nld), [Some(0.2)]);
        assert_eq!(vals("négatif un", Lang::Fra), [Some(-1.0)]);
        assert_eq!(vals("un", Lang::Fra), []);
    }

    #[test]
    fn bounds_join_and_split() {
        let one = |t: &str, l| {
            found(t, l, |n| {
                (t[n.start_byte..n.end_byte].to_string(), n.low, n.high)
            })
        };
        // "or less than 60" is a bound of its own, not "or less" after 50.
        assert_eq!(
            one("equal to 50 or less than 60", Lang::Eng),
            [
                ("equal to 50".into(), Some(50.0), Some(50.0)),
                ("less than 60".into(), None, Some(60.0))
            ]
        );
        assert_eq!(
            one("5 or more than that", Lang::Eng),
            [("5 or more".into(), Some(5.0), None)]
        );
        assert_eq!(
            one("plus de 20 mais moins de 40", Lang::Fra),
            [("plus de 20 mais moins de 40".into(), Some(20.0), Some(40.0))]
        );
        // A comma joins only bounds on the same unit.
        assert_eq!(one("over 10, under 20", Lang::Eng).len(), 1);
        assert_eq!(one("under 900 euros, over 20", Lang::Eng).len(), 2);
        let n = &parse_numbers("tra il decimo e il dodicesimo", Lang::Ita)[0];
        assert_eq!(
            (n.low, n.high, n.kind),
            (Some(10.0), Some(12.0), NumberKind::Ordinal)
        );
        let n = &parse_numbers("tussen de 20 en 30", Lang::Nld)[0];
        assert_eq!((n.low, n.high), (Some(20.0), Some(30.0)));
        // A range of days.
        let n = &parse_numbers("entre el 4 y el 6 de marzo", Lang::Spa)[0];
        assert_eq!(
            (n.low, n.high, n.kind),
            (Some(4.0), Some(6.0), NumberKind::Date)
        );
        let n = &parse_numbers("1 t/m 12", Lang::Nld)[0];
        assert_eq!((n.low, n.high), (Some(1.0), Some(12.0)));
        // English "over the 12 months" is a span of time, not a bound.
        assert_eq!(
            one("over the 12 months", Lang::Eng),
            [("12".into(), None, None)]
        );
        assert_eq!(parse_number("ao menos 20", Lang::Por), Some(20.0));
    }

    #[test]
    fn dutch_money_forms() {
        assert_eq!(parse_number("€ 5,-", Lang::Nld), Some(5.0));
        assert_eq!(parse_number("€ -12", Lang::Nld), Some(-12.0));
        assert_eq!(parse_number("-€ 12", Lang::Nld), Some(-12.0));
        let n = &parse_numbers("een kwartje", Lang::Nld)[0];
        assert_eq!(
            (n.value, n.kind, n.unit),
            (Some(1.0), NumberKind::Currency, None)
        );
        // A coin after a major amount is no hundredths of it.
        assert_eq!(parse_numbers("3 euro en 2 kwartjes", Lang::Nld).len(), 2);
        // A hyphen joins a number to its money word as a modifier.
        let n = &parse_numbers("a 10-dollar bill", Lang::Eng)[0];
        assert_eq!((n.value, n.unit), (Some(10.0), Some("USD")));
        assert_eq!(parse_number("7 vom Hundert", Lang::Deu), Some(7.0));
        // A scale letter glued before an ISO code: millions, thousands.
        let n = &parse_numbers("MEUR 120", Lang::Eng)[0];
        assert_eq!((n.value, n.unit), (Some(1.2e8), Some("EUR")));
        assert_eq!(parse_number("350 TEUR", Lang::Deu), Some(3.5e5));
    }

    #[test]
    fn fraction_bars_stay_linear() {
        let text = "one over ".repeat(20_000);
        let t = std::time::Instant::now();
        let _ = parse_numbers(&text, Lang::Eng);
        let _ = parse_numbers(&"1又".repeat(20_000), Lang::Cmn);
        assert!(t.elapsed().as_secs() < 5);
    }

    proptest! {
        #[test]
        fn never_panics_and_spans_are_boundaries(text in "\\PC{0,60}", k in 0usize..18) {
            let langs = [Lang::Eng, Lang::Fra, Lang::Deu, Lang::Spa, Lang::Por, Lang::Ita,
                Lang::Nld, Lang::Vie, Lang::Rus, Lang::Cmn, Lang::Jpn, Lang::Kor, Lang::Hin,
                Lang::Ind, Lang::Swe, Lang::Ara, Lang::Tur, Lang::Ukr];
            for n in parse_numbers(&text, langs[k]) {
                prop_assert!(n.start_byte < n.end_byte && n.end_byte <= text.len());
                prop_assert!(text.is_char_boundary(n.start_byte) && text.is_char_boundary(n.end_byte));
            }
            let _ = parse_number(&text, langs[k]);
        }

        #[test]
        fn numberish_never_panics(parts in proptest::collection::vec(
            prop::sample::select(vec!["1", "25", ",", ".", " ", "\u{a0}", "000", "'", "-", "%",
                "$", "million", "k", "triệu", "万", "一", "十", "and", "to", "e6", "/", ":"]), 0..24),
            k in 0usize..4) {
            let text: String = parts.concat();
            let langs = [Lang::Eng, Lang::Fra, Lang::Vie, Lang::Cmn];
            for n in parse_numbers(&text, langs[k]) {
                prop_assert!(text.is_char_boundary(n.start_byte) && text.is_char_boundary(n.end_byte));
                prop_assert!(n.value.is_none_or(f64::is_finite));
            }
        }

        /// Number words in any order: numerators, denominators, spoken decimals, long scales.
        #[test]
        fn number_words_in_any_order(parts in proptest::collection::vec(
            prop::sample::select(vec!["un", "tres", "veinte", "cien", "mil", "millones",
                "billones", "con", "coma", "y", "avos", "veinteavos", "cuarto", "de", "vigésimo",
                "quinto", "vingt", "cent", "virgule", "et", "cinquième", "centième", "quatre",
                "tre", "ventunesimi", "punto", "bilioni", "e", "drie", "een", "vijfde", "en",
                "driekwart", "van de", "uit", "3", "1/4", "one", "twenty", "hundred", "thirty",
                "fifths", "of", "a", "million", "-", " "]), 0..16),
            k in 0usize..5) {
            let text: String = parts.join(" ");
            let langs = [Lang::Spa, Lang::Fra, Lang::Ita, Lang::Nld, Lang::Eng];
            for n in parse_numbers(&text, langs[k]) {
                prop_assert!(text.is_char_boundary(n.start_byte) && text.is_char_boundary(n.end_byte));
                prop_assert!(n.value.is_none_or(f64::is_finite));
                prop_assert!(n.low.is_none_or(f64::is_finite) && n.high.is_none_or(f64::is_finite));
            }
            if let Some(v) = parse_number(&text, langs[k]) {
                prop_assert!(v.is_finite());
            }
        }
    }
}
