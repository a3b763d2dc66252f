//! The language registry: for each language, what every stage reads it with. Adding a language
//! is one entry here plus the stage files it names (`numbers/<lang>.rs`, `quotes/<lang>.rs`,
//! `claims/<lang>.rs`); no stage matches on languages itself.

use crate::claims::lexicon::Compiled;
use crate::lang::Lang;
use crate::numbers::lexicon::Locale;
use crate::quotes::lexicon::Rules;
use crate::{claims, numbers, quotes};

/// What sayso knows of one language beyond detecting it.
pub(crate) struct Support {
    /// Number conventions: the language's own word table, else its CLDR separators.
    pub numbers: &'static Locale,
    /// Quote attribution rules; None: read with the English ones (marks are still found).
    pub quotes: Option<&'static Rules>,
    /// Claims lexicon; None: only money and percentages make claims.
    pub claims: Option<&'static Compiled>,
}

/// A language with a number table, attribution rules and a claims lexicon of its own.
macro_rules! full {
    ($name:ident) => {
        Support {
            numbers: &numbers::$name,
            quotes: Some(&quotes::$name),
            claims: Some(&claims::$name),
        }
    };
}

/// A language sayso reads numbers in, and nothing more.
fn numbers_only(numbers: &'static Locale) -> Support {
    Support {
        numbers,
        quotes: None,
        claims: None,
    }
}

/// The registry entry of `lang`.
pub(crate) fn support(lang: Lang) -> Support {
    use Lang as L;
    match lang {
        L::Eng => full!(EN),
        L::Fra => full!(FR),
        L::Deu => full!(DE),
        L::Spa => full!(ES),
        L::Por => full!(PT),
        L::Ita => full!(IT),
        L::Nld => full!(NL),
        L::Vie => full!(VI),
        L::Rus => full!(RU),
        L::Ukr => full!(UK),
        L::Cmn => numbers_only(&numbers::ZH),
        L::Jpn => numbers_only(&numbers::JA),
        L::Kor => numbers_only(&numbers::KO),
        L::Hin | L::Mar | L::Nep => numbers_only(&numbers::HI),
        L::Ind | L::Jav => numbers_only(&numbers::ID),
        // CLDR: ',' decimal with '.' groups.
        L::Dan | L::Ron | L::Tur | L::Ell | L::Hrv | L::Slv | L::Srp | L::Aze | L::Cat | L::Afr => {
            numbers_only(&numbers::COMMA)
        }
        // CLDR: ',' decimal with space groups.
        L::Swe
        | L::Nob
        | L::Fin
        | L::Pol
        | L::Ces
        | L::Slk
        | L::Hun
        | L::Bel
        | L::Bul
        | L::Lit
        | L::Lav
        | L::Est
        | L::Mkd
        | L::Kat
        | L::Hye
        | L::Uzb
        | L::Epo => numbers_only(&numbers::COMMA_SPACE),
        // CLDR: '.' decimal.
        _ => numbers_only(&numbers::DOT),
    }
}

/// The languages whose entry satisfies `has`, in the order of [`Lang`].
pub(crate) fn with(has: impl Fn(&Support) -> bool) -> Vec<Lang> {
    Lang::all().filter(|&l| has(&support(l))).collect()
}
