//! The languages sayso knows: its own [`Lang`] (so that a release of the detector it builds
//! on never changes sayso's API), with ISO codes and English names, and the one mapping to and
//! from whatlang's type, which only `lang/` uses.

use crate::error::{Error, Result};

/// One list defines the type, the code table and the mapping to whatlang (which has the same
/// languages: a new whatlang language fails to compile here until it is added).
macro_rules! languages {
    ($(($lang:ident, $code:literal, $iso639_3:literal, $name:literal)),* $(,)?) => {
        /// A language sayso detects. The variants are ISO 639-3 codes in camel case; more may
        /// be added in a minor release.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Lang {
            $($lang),*
        }

        /// (language, ISO 639-1 code where one exists else 639-3, ISO 639-3 code, English
        /// name). Written by hand from ISO 639.
        pub(crate) const LANGS: &[(Lang, &str, &str, &str)] =
            &[$((Lang::$lang, $code, $iso639_3, $name)),*];

        impl Lang {
            pub(crate) fn to_whatlang(self) -> whatlang::Lang {
                match self {
                    $(Lang::$lang => whatlang::Lang::$lang),*
                }
            }

            pub(crate) fn from_whatlang(lang: whatlang::Lang) -> Lang {
                match lang {
                    $(whatlang::Lang::$lang => Lang::$lang),*
                }
            }
        }
    };
}

languages! {
    (Afr, "af", "afr", "Afrikaans"),
    (Aka, "ak", "aka", "Akan"),
    (Amh, "am", "amh", "Amharic"),
    (Ara, "ar", "ara", "Arabic"),
    (Aze, "az", "aze", "Azerbaijani"),
    (Bel, "be", "bel", "Belarusian"),
    (Ben, "bn", "ben", "Bengali"),
    (Bul, "bg", "bul", "Bulgarian"),
    (Cat, "ca", "cat", "Catalan"),
    (Ces, "cs", "ces", "Czech"),
    (Cmn, "zh", "cmn", "Chinese"),
    (Cym, "cy", "cym", "Welsh"),
    (Dan, "da", "dan", "Danish"),
    (Deu, "de", "deu", "German"),
    (Ell, "el", "ell", "Greek"),
    (Eng, "en", "eng", "English"),
    (Epo, "eo", "epo", "Esperanto"),
    (Est, "et", "est", "Estonian"),
    (Fin, "fi", "fin", "Finnish"),
    (Fra, "fr", "fra", "French"),
    (Guj, "gu", "guj", "Gujarati"),
    (Heb, "he", "heb", "Hebrew"),
    (Hin, "hi", "hin", "Hindi"),
    (Hrv, "hr", "hrv", "Croatian"),
    (Hun, "hu", "hun", "Hungarian"),
    (Hye, "hy", "hye", "Armenian"),
    (Ind, "id", "ind", "Indonesian"),
    (Ita, "it", "ita", "Italian"),
    (Jav, "jv", "jav", "Javanese"),
    (Jpn, "ja", "jpn", "Japanese"),
    (Kan, "kn", "kan", "Kannada"),
    (Kat, "ka", "kat", "Georgian"),
    (Khm, "km", "khm", "Khmer"),
    (Kor, "ko", "kor", "Korean"),
    (Lat, "la", "lat", "Latin"),
    (Lav, "lv", "lav", "Latvian"),
    (Lit, "lt", "lit", "Lithuanian"),
    (Mal, "ml", "mal", "Malayalam"),
    (Mar, "mr", "mar", "Marathi"),
    (Mkd, "mk", "mkd", "Macedonian"),
    (Mya, "my", "mya", "Burmese"),
    (Nep, "ne", "nep", "Nepali"),
    (Nld, "nl", "nld", "Dutch"),
    (Nob, "nb", "nob", "Norwegian Bokmål"),
    (Ori, "or", "ori", "Odia"),
    (Pan, "pa", "pan", "Punjabi"),
    (Pes, "fa", "pes", "Persian"),
    (Pol, "pl", "pol", "Polish"),
    (Por, "pt", "por", "Portuguese"),
    (Ron, "ro", "ron", "Romanian"),
    (Rus, "ru", "rus", "Russian"),
    (Sin, "si", "sin", "Sinhala"),
    (Slk, "sk", "slk", "Slovak"),
    (Slv, "sl", "slv", "Slovenian"),
    (Sna, "sn", "sna", "Shona"),
    (Spa, "es", "spa", "Spanish"),
    (Srp, "sr", "srp", "Serbian"),
    (Swe, "sv", "swe", "Swedish"),
    (Tam, "ta", "tam", "Tamil"),
    (Tel, "te", "tel", "Telugu"),
    (Tgl, "tl", "tgl", "Tagalog"),
    (Tha, "th", "tha", "Thai"),
    (Tuk, "tk", "tuk", "Turkmen"),
    (Tur, "tr", "tur", "Turkish"),
    (Ukr, "uk", "ukr", "Ukrainian"),
    (Urd, "ur", "urd", "Urdu"),
    (Uzb, "uz", "uzb", "Uzbek"),
    (Vie, "vi", "vie", "Vietnamese"),
    (Yid, "yi", "yid", "Yiddish"),
    (Zul, "zu", "zul", "Zulu"),
}

impl Lang {
    /// Every language sayso detects.
    pub fn all() -> impl Iterator<Item = Lang> {
        LANGS.iter().map(|(lang, ..)| *lang)
    }

    /// ISO 639-1 code where one exists, else ISO 639-3 ("en", "fil" has none: "tl").
    pub fn code(self) -> &'static str {
        codes(self).0
    }

    /// ISO 639-3 code ("eng").
    pub fn iso639_3(self) -> &'static str {
        codes(self).1
    }

    /// English name ("English").
    pub fn name(self) -> &'static str {
        codes(self).2
    }
}

/// Other codes users write for the same languages: macrolanguage and ISO 639-2/B codes.
const ALIASES: &[(&str, Lang)] = &[
    ("zho", Lang::Cmn),
    ("chi", Lang::Cmn),
    ("fas", Lang::Pes),
    ("per", Lang::Pes),
    ("no", Lang::Nob),
    ("nor", Lang::Nob),
    ("fre", Lang::Fra),
    ("ger", Lang::Deu),
    ("dut", Lang::Nld),
    ("cze", Lang::Ces),
    ("gre", Lang::Ell),
    ("rum", Lang::Ron),
    ("slo", Lang::Slk),
    ("arm", Lang::Hye),
    ("geo", Lang::Kat),
    ("bur", Lang::Mya),
    ("wel", Lang::Cym),
    ("fil", Lang::Tgl),
];

/// The language behind an ISO 639-1 / 639-3 code (case-insensitive, region suffix ignored:
/// "pt-BR" is Portuguese).
pub fn parse_code(code: &str) -> Result<Lang> {
    let base = code.trim().split(['-', '_']).next().unwrap_or("");
    let lower = base.to_ascii_lowercase();
    LANGS
        .iter()
        .find(|(_, one, three, _)| *one == lower || *three == lower)
        .map(|(lang, ..)| *lang)
        .or_else(|| ALIASES.iter().find(|(a, _)| *a == lower).map(|(_, l)| *l))
        .ok_or_else(|| Error::UnsupportedLanguage(code.to_string()))
}

/// (code, ISO 639-3, English name) of a language.
pub fn codes(lang: Lang) -> (&'static str, &'static str, &'static str) {
    // The table is in the enum's order (both come from one list).
    let (_, one, three, name) = LANGS[lang as usize];
    (one, three, name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_whatlang_language_maps_back_and_forth() {
        assert_eq!(LANGS.len(), whatlang::Lang::all().len());
        for &w in whatlang::Lang::all() {
            let lang = Lang::from_whatlang(w);
            assert_eq!(lang.to_whatlang(), w);
            assert_eq!(lang.iso639_3(), w.code(), "{w:?}");
        }
        for (i, (lang, ..)) in LANGS.iter().enumerate() {
            assert_eq!(
                *lang as usize, i,
                "{lang:?}: the table must follow the enum"
            );
        }
    }

    #[test]
    fn parses_codes() {
        assert_eq!(parse_code("en"), Ok(Lang::Eng));
        assert_eq!(parse_code("VIE"), Ok(Lang::Vie));
        assert_eq!(parse_code("pt-BR"), Ok(Lang::Por));
        assert_eq!(parse_code("zh"), Ok(Lang::Cmn));
        assert_eq!(parse_code("fas"), Ok(Lang::Pes));
        assert!(matches!(parse_code("xx"), Err(Error::UnsupportedLanguage(c)) if c == "xx"));
        assert!(parse_code("").is_err());
    }
}
