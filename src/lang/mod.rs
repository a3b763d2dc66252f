//! Language identification: which language a text is in, over whatlang with our own
//! refinements, and the language runs of a mixed document.

mod codes;
mod detect;
mod ngrams;
mod spans;

use crate::segment::Segments;
pub use codes::{Lang, codes, parse_code};
use rayon::prelude::*;
use serde::Serialize;

use crate::error::{Error, Result};

/// A detected (or declared) language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Language {
    #[serde(skip)]
    pub lang: Lang,
    /// ISO 639-1 where one exists, else ISO 639-3.
    pub code: &'static str,
    pub iso639_3: &'static str,
    /// English name.
    pub name: &'static str,
    /// Writing system the decision was made on ("Latin", "Cyrillic", "Han", …).
    pub script: &'static str,
    /// 0..1.
    pub confidence: f64,
    pub reliable: bool,
}

impl Language {
    pub(crate) fn new(
        lang: Lang,
        script: whatlang::Script,
        confidence: f64,
        reliable: bool,
    ) -> Self {
        let (code, iso639_3, name) = codes(lang);
        Language {
            lang,
            code,
            iso639_3,
            name,
            script: script_name(script),
            confidence,
            reliable,
        }
    }

    /// A language the caller declared (`lang=`): certain by definition.
    pub fn declared(lang: Lang) -> Self {
        let w = lang.to_whatlang();
        let script = whatlang::Script::all()
            .iter()
            .copied()
            .find(|s| s.langs().contains(&w))
            .unwrap_or(whatlang::Script::Latin);
        Language::new(lang, script, 1.0, true)
    }
}

/// A run of text in one language; byte offsets into the analysed text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LanguageSpan {
    pub start_byte: usize,
    pub end_byte: usize,
    pub language: Language,
}

/// The languages a caller allows (`allow=`); `None` allows every language sayso knows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LangFilter(Option<Vec<Lang>>);

impl LangFilter {
    pub fn all() -> Self {
        LangFilter(None)
    }

    /// Parses `allow=` codes; an unknown code or an empty list is an error, not "allow all".
    pub fn from_codes<S: AsRef<str>>(codes: &[S]) -> Result<Self> {
        if codes.is_empty() {
            return Err(Error::InvalidArgument {
                name: "allow",
                reason: "the list is empty; pass None to allow every language".into(),
            });
        }
        let mut langs = codes
            .iter()
            .map(|c| parse_code(c.as_ref()))
            .collect::<Result<Vec<_>>>()?;
        langs.dedup();
        Ok(LangFilter(Some(langs)))
    }

    pub fn is_all(&self) -> bool {
        self.0.is_none()
    }

    pub fn allows(&self, lang: Lang) -> bool {
        self.0.as_ref().is_none_or(|l| l.contains(&lang))
    }

    pub(crate) fn detector(&self) -> whatlang::Detector {
        match &self.0 {
            None => whatlang::Detector::new(),
            Some(list) => {
                whatlang::Detector::with_allowlist(list.iter().map(|l| l.to_whatlang()).collect())
            }
        }
    }
}

fn script_name(script: whatlang::Script) -> &'static str {
    use whatlang::Script as S;
    match script {
        S::Arabic => "Arabic",
        S::Armenian => "Armenian",
        S::Bengali => "Bengali",
        S::Cyrillic => "Cyrillic",
        S::Devanagari => "Devanagari",
        S::Ethiopic => "Ethiopic",
        S::Georgian => "Georgian",
        S::Greek => "Greek",
        S::Gujarati => "Gujarati",
        S::Gurmukhi => "Gurmukhi",
        S::Hangul => "Hangul",
        S::Hebrew => "Hebrew",
        S::Hiragana => "Hiragana",
        S::Kannada => "Kannada",
        S::Katakana => "Katakana",
        S::Khmer => "Khmer",
        S::Latin => "Latin",
        S::Malayalam => "Malayalam",
        S::Myanmar => "Myanmar",
        S::Oriya => "Oriya",
        S::Sinhala => "Sinhala",
        S::Tamil => "Tamil",
        S::Telugu => "Telugu",
        S::Thai => "Thai",
        // whatlang names the Han script after its main language.
        S::Mandarin => "Han",
    }
}

/// The language of `text`, or `None` when the text carries no language signal.
///
/// whatlang finds the script; for scripts shared by several languages, a character trigram
/// model ranks the candidates and its posterior, discounted when the text fits even the best
/// language poorly, is the confidence. whatlang answers alone for one-language scripts (Greek,
/// Hangul…) and is consulted for languages the model does not know (Javanese, Uzbek…).
pub fn detect_language(text: &str, filter: &LangFilter) -> Option<Language> {
    detect::detect(text, filter).map(|(language, _)| language)
}

/// [`detect_language`] over many texts in parallel (rayon), in input order, each text's work
/// contained (see [`crate::contain`]): a text whose detection failed is `Err` with the reason.
pub fn detect_language_batch<S: AsRef<str> + Sync>(
    texts: &[S],
    filter: &LangFilter,
) -> Vec<std::result::Result<Option<Language>, String>> {
    texts
        .par_iter()
        .map(|t| {
            let t = t.as_ref();
            crate::contain::contained(t, || detect_language(t, filter))
        })
        .collect()
}

/// The language whose conventions later stages apply to `text`: the detected one, else English
/// (the most common language of numbers and quotes without a language signal, e.g. "$5m").
pub fn rules_language(text: &str) -> Lang {
    detect_language(text, &LangFilter::all()).map_or(Lang::Eng, |l| l.lang)
}

/// The document split into runs of one language, in text order; parts with no language
/// signal (numbers, URLs, empty lines) belong to no run.
pub fn language_spans(text: &str, filter: &LangFilter) -> Vec<LanguageSpan> {
    spans::language_spans(text, &crate::segment::sentences(text), filter).1
}

/// The runs of `spans` in another language than `main`, detected reliably: (start byte, end
/// byte, language), for the stages that read each part with its own language's rules.
pub fn foreign_runs(main: Lang, spans: &[LanguageSpan]) -> Vec<(usize, usize, Lang)> {
    spans
        .iter()
        .filter(|s| s.language.reliable && s.language.lang != main)
        .map(|s| (s.start_byte, s.end_byte, s.language.lang))
        .collect()
}

/// The main language of a document and its runs, in one pass: the runs' evidence is summed
/// rather than the text detected again.
pub fn detect_document(text: &str, filter: &LangFilter) -> (Option<Language>, Vec<LanguageSpan>) {
    spans::language_spans(text, &crate::segment::sentences(text), filter)
}

/// [`detect_document`] on a text already split.
pub fn detect_document_in(
    text: &str,
    segments: &Segments,
    filter: &LangFilter,
) -> (Option<Language>, Vec<LanguageSpan>) {
    spans::language_spans(text, &segments.sentences, filter)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Languages of the Latin script the trigram model does not know are whatlang's answer
    /// when it is sure of one (Uzbek, Turkmen), and not an answer for text the model fits.
    #[test]
    fn latin_languages_only_whatlang_knows() {
        let code = |t| detect_language(t, &LangFilter::all()).map(|l| l.code);
        let uzbek = "Toshkent shahrida yangi maktablar qurilmoqda, bolalar uchun sport \
                     maydonchalari ham ochilmoqda.";
        let turkmen =
            "Türkmenistanyň prezidenti şu gün täze mekdepleriň açylyş dabarasyna gatnaşdy.";
        assert_eq!(code(uzbek), Some("uz"));
        assert_eq!(code(turkmen), Some("tk"));
        let turkish = "Cumhurbaşkanı bugün yeni okulların açılış törenine katıldı.";
        assert_eq!(code(turkish), Some("tr"));
    }

    #[test]
    fn detects_common_languages() {
        let cases = [
            (
                "Le gouvernement a annoncé jeudi une nouvelle aide pour les agriculteurs.",
                "fr",
            ),
            (
                "The government announced new support for farmers on Thursday.",
                "en",
            ),
            (
                "Chính phủ đã công bố gói hỗ trợ mới cho nông dân vào thứ Năm.",
                "vi",
            ),
            (
                "Die Regierung hat am Donnerstag neue Hilfen für Landwirte angekündigt.",
                "de",
            ),
        ];
        for (text, code) in cases {
            let lang = detect_language(text, &LangFilter::all()).expect(text);
            assert_eq!(lang.code, code, "{text}");
            assert!((0.0..=1.0).contains(&lang.confidence));
        }
    }

    #[test]
    fn no_signal_is_none() {
        for text in ["", "123", "   ", "!!!"] {
            assert_eq!(detect_language(text, &LangFilter::all()), None, "{text:?}");
        }
    }

    #[test]
    fn allow_list_narrows() {
        let filter = LangFilter::from_codes(&["es", "pt"]).unwrap();
        let lang = detect_language("The government announced new support.", &filter);
        assert!(lang.is_none_or(|l| l.code == "es" || l.code == "pt"));
        assert!(LangFilter::from_codes::<&str>(&[]).is_err());
        assert!(LangFilter::from_codes(&["en", "klingon"]).is_err());
    }

    #[test]
    fn batch_equals_singles() {
        let texts = [
            "Bonjour à tous, merci d'être venus.",
            "",
            "Xin chào các bạn.",
        ];
        let batch = detect_language_batch(&texts, &LangFilter::all());
        let singles: Vec<_> = texts
            .iter()
            .map(|t| Ok(detect_language(t, &LangFilter::all())))
            .collect();
        assert_eq!(batch, singles);
    }

    #[test]
    fn declared_language_has_a_script() {
        assert_eq!(Language::declared(Lang::Rus).script, "Cyrillic");
        assert_eq!(Language::declared(Lang::Vie).script, "Latin");
    }
}
