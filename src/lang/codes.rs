//! ISO codes and names for the languages sayso detects.

use whatlang::Lang;

use crate::error::{Error, Result};

/// (language, ISO 639-1 code where one exists else 639-3, ISO 639-3 code, English name).
/// Written by hand from ISO 639; whatlang's own `code()` is 639-3 only.
pub(crate) const LANGS: &[(Lang, &str, &str, &str)] = &[
    (Lang::Afr, "af", "afr", "Afrikaans"),
    (Lang::Aka, "ak", "aka", "Akan"),
    (Lang::Amh, "am", "amh", "Amharic"),
    (Lang::Ara, "ar", "ara", "Arabic"),
    (Lang::Aze, "az", "aze", "Azerbaijani"),
    (Lang::Bel, "be", "bel", "Belarusian"),
    (Lang::Ben, "bn", "ben", "Bengali"),
    (Lang::Bul, "bg", "bul", "Bulgarian"),
    (Lang::Cat, "ca", "cat", "Catalan"),
    (Lang::Ces, "cs", "ces", "Czech"),
    (Lang::Cmn, "zh", "cmn", "Chinese"),
    (Lang::Cym, "cy", "cym", "Welsh"),
    (Lang::Dan, "da", "dan", "Danish"),
    (Lang::Deu, "de", "deu", "German"),
    (Lang::Ell, "el", "ell", "Greek"),
    (Lang::Eng, "en", "eng", "English"),
    (Lang::Epo, "eo", "epo", "Esperanto"),
    (Lang::Est, "et", "est", "Estonian"),
    (Lang::Fin, "fi", "fin", "Finnish"),
    (Lang::Fra, "fr", "fra", "French"),
    (Lang::Guj, "gu", "guj", "Gujarati"),
    (Lang::Heb, "he", "heb", "Hebrew"),
    (Lang::Hin, "hi", "hin", "Hindi"),
    (Lang::Hrv, "hr", "hrv", "Croatian"),
    (Lang::Hun, "hu", "hun", "Hungarian"),
    (Lang::Hye, "hy", "hye", "Armenian"),
    (Lang::Ind, "id", "ind", "Indonesian"),
    (Lang::Ita, "it", "ita", "Italian"),
    (Lang::Jav, "jv", "jav", "Javanese"),
    (Lang::Jpn, "ja", "jpn", "Japanese"),
    (Lang::Kan, "kn", "kan", "Kannada"),
    (Lang::Kat, "ka", "kat", "Georgian"),
    (Lang::Khm, "km", "khm", "Khmer"),
    (Lang::Kor, "ko", "kor", "Korean"),
    (Lang::Lat, "la", "lat", "Latin"),
    (Lang::Lav, "lv", "lav", "Latvian"),
    (Lang::Lit, "lt", "lit", "Lithuanian"),
    (Lang::Mal, "ml", "mal", "Malayalam"),
    (Lang::Mar, "mr", "mar", "Marathi"),
    (Lang::Mkd, "mk", "mkd", "Macedonian"),
    (Lang::Mya, "my", "mya", "Burmese"),
    (Lang::Nep, "ne", "nep", "Nepali"),
    (Lang::Nld, "nl", "nld", "Dutch"),
    (Lang::Nob, "nb", "nob", "Norwegian Bokmål"),
    (Lang::Ori, "or", "ori", "Odia"),
    (Lang::Pan, "pa", "pan", "Punjabi"),
    (Lang::Pes, "fa", "pes", "Persian"),
    (Lang::Pol, "pl", "pol", "Polish"),
    (Lang::Por, "pt", "por", "Portuguese"),
    (Lang::Ron, "ro", "ron", "Romanian"),
    (Lang::Rus, "ru", "rus", "Russian"),
    (Lang::Sin, "si", "sin", "Sinhala"),
    (Lang::Slk, "sk", "slk", "Slovak"),
    (Lang::Slv, "sl", "slv", "Slovenian"),
    (Lang::Sna, "sn", "sna", "Shona"),
    (Lang::Spa, "es", "spa", "Spanish"),
    (Lang::Srp, "sr", "srp", "Serbian"),
    (Lang::Swe, "sv", "swe", "Swedish"),
    (Lang::Tam, "ta", "tam", "Tamil"),
    (Lang::Tel, "te", "tel", "Telugu"),
    (Lang::Tgl, "tl", "tgl", "Tagalog"),
    (Lang::Tha, "th", "tha", "Thai"),
    (Lang::Tuk, "tk", "tuk", "Turkmen"),
    (Lang::Tur, "tr", "tur", "Turkish"),
    (Lang::Ukr, "uk", "ukr", "Ukrainian"),
    (Lang::Urd, "ur", "urd", "Urdu"),
    (Lang::Uzb, "uz", "uzb", "Uzbek"),
    (Lang::Vie, "vi", "vie", "Vietnamese"),
    (Lang::Yid, "yi", "yid", "Yiddish"),
    (Lang::Zul, "zu", "zul", "Zulu"),
];

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
    LANGS
        .iter()
        .find(|(l, ..)| *l == lang)
        .map(|(_, one, three, name)| (*one, *three, *name))
        // Every whatlang language is in the table (checked by a test); stay total regardless.
        .unwrap_or((lang.code(), lang.code(), lang.eng_name()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_covers_every_whatlang_language() {
        for lang in Lang::all() {
            assert!(LANGS.iter().any(|(l, ..)| l == lang), "{lang:?} missing");
        }
        assert_eq!(LANGS.len(), Lang::all().len());
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
