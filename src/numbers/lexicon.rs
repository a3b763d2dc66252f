//! What a word means to the number grammar, and the per-language tables built from it.

use std::collections::HashMap;

/// The tables are looked up once per word of every document: foldhash's fast hasher costs a
/// fraction of SipHash there, and the keys are our own words, so flooding is not a concern.
type Map<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

use super::Qualifier;

/// The role of a word (or phrase) in a number expression. One word may carry several roles
/// ("de" is both "from" and "of"); each grammar rule asks for the role it needs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum M {
    /// A number word below a hundred: "five", "vingt", "zwanzig".
    Unit(f64),
    /// A word that is also an article ("un", "a", "ein", "một"): a number only inside a
    /// longer number ("un million"), never alone.
    Weak(f64),
    /// A number only when a multiplier follows (vi "năm" is five in "năm trăm", else "year").
    BeforeMult(f64),
    /// A number only right after a tens word (vi "lăm", "mốt", "tư" in "hai mươi lăm").
    AfterTens(f64),
    /// Multiplies the pending small part: hundred, 百, 十, mươi, 千 (in CJK numerals).
    Mult(f64),
    /// Closes a group: thousand, million, lakh, crore, 万, 亿.
    Scale(f64),
    /// A scale written as an abbreviation, only right after a number: "k", "bn", "Mio.", "млн".
    Abbr(f64),
    /// "m", "b": a scale only when the amount is money ("$5m"), else a unit of length.
    MoneyAbbr(f64),
    /// Counts in groups: "dozen", "douzaine", "Dutzend" (12). Multiplies the number said before it
    /// ("three hundred and two dozen" = 324) and never counts alone ("dozens of people").
    Group(f64),
    /// Joins number words: "and", "et", "y", "und", "linh", 零.
    Join,
    /// id "belas": adds ten to the unit before it ("dua belas" = 12).
    PlusTen,
    Ordinal(f64),
    /// A fraction word with its denominator: "half" (2), "thirds", "quart", "Viertel".
    /// Ordinals that also name fractions carry both meanings ("fifth", "cinquième").
    Frac(f64),
    /// A noun for about so many, after its count: fr "une centaine" (about 100), "deux
    /// milliers", es "un centenar", it "una ventina", pt "uma dezena", nl "een tiental", ru
    /// "десяток". The number is approximate.
    Around(f64),
    /// The same, counting one when nothing comes before it, in languages without articles:
    /// ru "десяток раненых", "около сотни" (about ten, about a hundred).
    AroundOne(f64),
    /// A word for one half that counts alone: "half", "moitié", "Hälfte", "mitad".
    Half,
    /// A fraction word that counts alone as one part, in languages without articles: ru
    /// "треть экспертов", uk "третина експертів" (a third of the experts).
    Part(f64),
    /// After a number, adds half of its last unit: vi "rưỡi" ("hai rưỡi" = 2.5, "một triệu
    /// rưỡi" = 1.5 million), id "setengah" ("dua setengah"); alone it is one half.
    PlusHalf,
    /// A decimal mark said in words: "point", "virgule", "Komma", "coma", "phẩy".
    Point,
    /// A conjunction said as a decimal mark between number words (es "con": "siete con
    /// cincuenta" = 7.50); before a fraction it makes a mixed number ("cinco con un cuarto").
    /// `false`: only the mixed number (pt "seis milhões com dois terços").
    SpokenPoint(bool),
    /// pt "avos", after a numerator: the number before it is a denominator ("três vinte avos"
    /// = 3/20).
    Avos,
    /// A fraction bar said in words: "over", "out of", "sur", "de cada", "su", "op".
    Over,
    /// A fraction bar before a count only, not a span of time: en "in" ("one in three
    /// adults", "1 in 5"; "2 in 3 minutes" is two numbers).
    OverCount,
    /// After an hour, a time of day: fr/pt "h" ("15 h 30", "15h30"), de "Uhr", en "p.m.",
    /// "o'clock". The hour and its minutes are no count.
    Clock,
    /// Beside an ordinal meaning: the word is an ordinal only right after an article, as
    /// alone it is another word (it "secondo Rossi" = according to Rossi, "nel secondo
    /// trimestre" = in the second quarter; pt "segundo o ministro", "no segundo turno").
    NeedsArticle,
    /// A unit of time: after "in" it makes a span, not a fraction ("2 in 3 minutes").
    Time,
    /// A fraction bar only between numbers in digits: nl "1 van de 3" (one in three), where
    /// "een van de drie" is one of the three.
    OverDigits,
    /// A fraction bar with the denominator first: zh "分之" ("三分之一" = 1/3), ja "分の".
    OverRev,
    /// zh "又", ja "と" between a whole number and a fraction ("3又1/2", "100と4分の3").
    MixedAnd,
    /// Tenths as a percentage after a number: zh "成" ("三成" = 30 %), ja "割".
    PercentTen,
    /// vi "sáng", "đêm": a day and a month after it ("đêm 24.2") make a date.
    DayTime,
    /// Glued after digits: "st", "er", "º", "-й".
    OrdSuffix,
    /// Before a number: 第, "thứ", 제.
    OrdPrefix,
    /// After a number: "percent", "pour cent", "phần trăm".
    Percent,
    /// Before a number: 百分之.
    PercentPrefix,
    /// After a number, percentage points said with a word that also names other points (ja
    /// ポイント): a percentage only up to 100.
    PercentPoint,
    /// After a number: "dollars", "đồng", "рублей", 元.
    Currency(&'static str),
    /// A currency code with a scale letter, before or after a number: "MEUR 120", "30 MUSD",
    /// "500 TEUR" (millions, thousands; business and financial reports).
    ScaledCode(&'static str, f64),
    /// Before a number: "Rs", "Rp", "US$", 人民币.
    CurPrefix(&'static str),
    /// After a number: a minor unit of money whose major currency is not said ("50 cents",
    /// "470 pence", "12 centavos"); after a major amount it adds hundredths ("3 dollars and 50
    /// cents").
    Minor,
    /// After a major amount of money, a fraction of its unit: zh 角 (0.1), 分 (0.01), ja 銭.
    /// Never money alone ("3分" is three minutes or points).
    Subunit(f64),
    /// After a number: a coin or note named without its currency ("een kwartje", "drie
    /// stuivers"): money counted in pieces, never hundredths of an amount before it.
    Coin,
    /// Before a number: "about", "more than", "up to".
    Qual(Qualifier),
    /// After a number: "or more", 以上, 이상.
    QualAfter(Qualifier),
    /// zh 比 before a number whose comparison follows it ("比三十大").
    Than,
    /// The comparison after "比 N": 大, 多, 高 (more), 小, 少, 低 (less); nothing elsewhere.
    ThanAfter(Qualifier),
    /// "between" … and.
    Between,
    /// After "A and B": zh 之间, ja の間 ("20和30之间", "20と30の間").
    BetweenAfter,
    /// "from" … to.
    From,
    /// "to", "à", "bis", "đến", "до", 至.
    To,
    /// A "to" that names the level a change reached, never the end of a range: de "auf", nl
    /// "naar", pt "para", vi "lên", "xuống" ("von 5 auf 7 Prozent", "từ 5% lên 7%").
    ToLevel,
    /// "and" in "between 20 and 30".
    And,
    /// "of" in "millions de dollars", "milioni di euro".
    Of,
    Month(u8),
    /// vi "tháng": the number after it is a month.
    MonthWord,
    /// vi "ngày": the number after it is a day.
    DayWord,
    /// A word after which a four-digit number is a year: "in", "since", "năm".
    YearBefore,
    /// A word after a year: 年, 년, "году".
    YearAfter,
    /// 月, 월 after a month number.
    MonthSuffix,
    /// 日, 号, 일 after a day number.
    DaySuffix,
    /// A classifier after a CJK numeral: 个, 人, 名, 명.
    Counter,
    /// A known word that is not part of a name (weekdays): it keeps the name rule away.
    Plain,
    /// "minus", "âm", "минус" before a number.
    Negative,
    /// An article ("the", "le", "de", "o"): skipped inside ranges and after a bound
    /// ("between the tenth and the fifteenth", "tussen de 20 en 30", "oltre i 50 anni").
    /// `false`: after a bound only before an ordinal or a fraction ("higher than the tenth"),
    /// as English "over the 12 months" is a span of time.
    Article(bool),
    /// "but", "mais", "maar": joins two opposite bounds into one range.
    But,
}

/// A language's number conventions and words.
pub(crate) struct Spec {
    /// The decimal mark; the other of '.' and ',' groups.
    pub decimal: char,
    /// An ASCII space may group digits ("100 000" in French).
    pub space_group: bool,
    /// A bare multiplier or scale counts alone ("mille", "cien", "тысяча").
    pub solo_scale: bool,
    /// Number words are written as one word ("zweihunderttausend").
    pub compounds: bool,
    /// Every noun is capitalised (German): a capitalised word says nothing of a name.
    pub capital_nouns: bool,
    /// French counting in twenties ("quatre-vingt-dix").
    pub vigesimal: bool,
    /// The currency of "¥" and "元".
    pub yen: &'static str,
    /// Words and phrases, lower-case; words of a phrase are separated by one space.
    pub words: &'static [(&'static str, M)],
    /// Numeral characters of CJK scripts.
    pub numerals: &'static [(char, M)],
    /// Only morphemes valid inside compounds ("vent" in "ventuno").
    pub morphemes: &'static [(&'static str, M)],
    /// Word endings that make a number word an ordinal or a denominator, glued to its stem
    /// (it "venticinqu-esimo", es "veinte-avos"); the stem may have lost its last vowel.
    pub suffixes: &'static [(&'static str, Suffixed)],
    /// Words of change ("rose", "est passé", "выросла"), lower-case, a stem where it ends in
    /// '-': a "from … to" right after one is a change, not a range ("rose from 20 to 30 %").
    pub change_words: &'static [&'static str],
    /// The words for "from" that may open a change, where others open only a range (ru "с"
    /// but not "от"); empty: any.
    pub change_from: &'static [&'static str],
}

impl Spec {
    /// No words, '.' decimal, no grouping space: each language says what it changes.
    pub(crate) const BASE: Spec = Spec {
        decimal: '.',
        space_group: false,
        solo_scale: false,
        compounds: false,
        capital_nouns: false,
        vigesimal: false,
        yen: "JPY",
        words: &[],
        numerals: &[],
        morphemes: &[],
        suffixes: &[],
        change_words: &[],
        change_from: &[],
    };
}

/// What a suffix makes of the number word it is glued to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Suffixed {
    /// "ventunesimo": the 21st, or a twenty-first after a numerator.
    Ordinal,
    /// "veinteavos": twentieths, a fraction word.
    Denominator,
}

/// One phrase that starts with a given word.
pub(crate) struct Entry {
    pub rest: Vec<&'static str>,
    pub meanings: Vec<M>,
}

/// A language ready for scanning.
pub(crate) struct Locale {
    pub spec: &'static Spec,
    /// First word (lower-case) → phrases starting with it, longest first.
    pub words: Map<&'static str, Vec<Entry>>,
    /// First character → CJK phrases starting with it, longest first.
    pub cjk: Map<char, Vec<(&'static str, Vec<M>)>>,
    pub numerals: Map<char, M>,
    /// Number words for splitting compounds, longest first.
    pub morphemes: Vec<(&'static str, M)>,
    /// Longest first word in `words`, in bytes: longer words are never looked up.
    pub max_word: usize,
}

/// Words every language understands: ISO 4217 codes are matched upper-case by the scanner.
pub(crate) const ISO_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "RUB", "VND", "KRW", "CHF", "CAD", "AUD",
    "NZD", "HKD", "SGD", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "IDR", "MYR", "THB", "PHP",
    "PKR", "BDT", "LKR", "NPR", "TRY", "UAH", "PLN", "CZK", "HUF", "RON", "SEK", "NOK", "DKK",
    "ISK", "ZAR", "NGN", "KES", "EGP", "SAR", "AED", "QAR", "ILS", "IRR", "TWD", "KZT", "BGN",
    "BTC",
];

/// `word` without the accents of its Latin-1 letters (á, è, ñ, ç, õ …), when it has some and
/// no other non-ASCII letter (Vietnamese tone marks stay: they make other words).
fn fold_accents(word: &str) -> Option<String> {
    if word.is_ascii() {
        return None;
    }
    word.chars()
        .map(|c| {
            if c.is_ascii() {
                return Some(c);
            }
            let base = match c {
                'à'..='å' => 'a',
                'ç' => 'c',
                'è'..='ë' => 'e',
                'ì'..='ï' => 'i',
                'ñ' => 'n',
                'ò'..='ö' => 'o',
                'ù'..='ü' => 'u',
                'ý' | 'ÿ' => 'y',
                _ => return None,
            };
            Some(base)
        })
        .collect()
}

#[inline]
pub(crate) fn is_cjk(c: char) -> bool {
    // Asked of every character: Latin, Cyrillic and Vietnamese text answers in one compare.
    let u = c as u32;
    u >= 0x1100
        && matches!(u,
        0x3005..=0x3007 | 0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF | 0xFF66..=0xFF9F | 0x20000..=0x2FA1F
        | 0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF)
}

impl Locale {
    pub fn build(spec: &'static Spec) -> Locale {
        let mut words: Map<&'static str, Vec<Entry>> = Map::default();
        let mut cjk: Map<char, Vec<(&'static str, Vec<M>)>> = Map::default();
        for &(phrase, m) in spec.words {
            let Some(first) = phrase.chars().next() else {
                continue;
            };
            if is_cjk(first) {
                let list = cjk.entry(first).or_default();
                match list.iter_mut().find(|(p, _)| *p == phrase) {
                    Some((_, ms)) => ms.push(m),
                    None => list.push((phrase, vec![m])),
                }
                continue;
            }
            let mut parts = phrase.split(' ');
            let head = parts.next().unwrap_or(phrase);
            let rest: Vec<&'static str> = parts.collect();
            let list = words.entry(head).or_default();
            match list.iter_mut().find(|e| e.rest == rest) {
                Some(e) => e.meanings.push(m),
                None => list.push(Entry {
                    rest,
                    meanings: vec![m],
                }),
            }
        }
        for list in words.values_mut() {
            list.sort_by_key(|e| std::cmp::Reverse(e.rest.len()));
        }
        for list in cjk.values_mut() {
            list.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        }
        let mut morphemes: Vec<(&'static str, M)> = Vec::new();
        if spec.compounds {
            for &(w, m) in spec.words.iter().chain(spec.morphemes) {
                // One-letter joins ("e" in Italian) would split ordinary words.
                let number_part = matches!(
                    m,
                    M::Unit(_) | M::Weak(_) | M::Mult(_) | M::Scale(_) | M::Frac(_) | M::Ordinal(_)
                ) || (m == M::Join && w.chars().count() >= 2);
                if number_part && !w.contains(' ') && !morphemes.iter().any(|(x, _)| *x == w) {
                    morphemes.push((w, m));
                }
            }
            morphemes.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        // Words written without their accents ("milesimo", "trilhoes", "quatrieme") find the
        // accented entry; short words are left alone ("a" is not "à").
        let folded: Vec<(String, &'static str)> = words
            .keys()
            .filter_map(|&k| fold_accents(k).map(|f| (f, k)))
            .filter(|(f, _)| f.chars().count() >= 5)
            .collect();
        for (f, k) in folded {
            if words.contains_key(f.as_str()) {
                continue;
            }
            let entries: Vec<Entry> = words[k]
                .iter()
                .map(|e| Entry {
                    rest: e.rest.clone(),
                    meanings: e.meanings.clone(),
                })
                .collect();
            // Locales are built once into statics and live as long as the program.
            words.insert(Box::leak(f.into_boxed_str()), entries);
        }
        let max_word = words.keys().map(|k| k.len()).max().unwrap_or(0);
        Locale {
            spec,
            words,
            cjk,
            numerals: spec.numerals.iter().copied().collect(),
            morphemes,
            max_word,
        }
    }

    /// Splits a lower-case compound ("zweihundertdreiundzwanzig") into number morphemes.
    /// Depth-first, longest morpheme first; bounded so that a hostile word stays linear.
    pub fn split_compound(&self, word: &str, out: &mut Vec<M>) -> bool {
        out.clear();
        let mut budget = 64u32;
        self.split_from(word, out, &mut budget)
    }

    fn split_from(&self, rest: &str, out: &mut Vec<M>, budget: &mut u32) -> bool {
        if rest.is_empty() {
            return !out.is_empty();
        }
        if *budget == 0 || out.len() >= 16 {
            return false;
        }
        *budget -= 1;
        for &(w, m) in &self.morphemes {
            if let Some(after) = rest.strip_prefix(w) {
                out.push(m);
                if self.split_from(after, out, budget) {
                    return true;
                }
                out.pop();
            }
        }
        false
    }
}
