// Shared by the fuzz targets: the first byte picks the language whose rules apply, the rest is
// the text (lossily decoded, so every input exercises the engines).
use sayso::lang::Lang;

const LANGS: &[Lang] = &[
    Lang::Eng,
    Lang::Fra,
    Lang::Deu,
    Lang::Spa,
    Lang::Por,
    Lang::Ita,
    Lang::Nld,
    Lang::Vie,
    Lang::Rus,
    Lang::Ukr,
    Lang::Cmn,
    Lang::Jpn,
    Lang::Kor,
    Lang::Hin,
    Lang::Ind,
    Lang::Ara,
];

pub fn split(data: &[u8]) -> (Lang, String) {
    let (first, rest) = data.split_first().map_or((0, &[][..]), |(f, r)| (*f, r));
    (
        LANGS[usize::from(first) % LANGS.len()],
        String::from_utf8_lossy(rest).into_owned(),
    )
}

/// A byte span must lie inside the text, on character boundaries.
pub fn check_span(text: &str, start: usize, end: usize) {
    assert!(
        start <= end && end <= text.len(),
        "span {start}..{end} of {}",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "span {start}..{end}"
    );
}
