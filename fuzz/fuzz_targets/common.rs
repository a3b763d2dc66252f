// Shared by the fuzz targets (and by tests/fuzz_regressions.rs, which replays their findings):
// the first byte picks the language whose rules apply, the rest is the text, either lossily
// decoded (`split`) or read as choices among the pieces news is made of (`grammar_text`).
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

/// Punctuation that opens, closes and interrupts quotations, in every style the engine reads.
const MARKS: &[&str] = &[
    "\"", "“", "”", "„", "«", "»", "‹", "›", "'", "‘", "’", "「", "」", "—", "–", "-", ":", ",",
    ".", "?", "!", ";", "(", ")", "\n", "\n\n", " ", "…",
];
/// Name-shaped pieces: initials, particles, hyphens, apostrophes, several scripts.
const NAMES: &[&str] = &[
    "Anna",
    "Kowalski",
    "M.",
    "O'Neill",
    "Jean-Luc",
    "von der",
    "de la",
    "van",
    "Z",
    "Nguyễn",
    "Văn",
    "Ông",
    "Коротченко",
    "Игорь",
    "Олена",
    "ПАТ",
    "Reuters",
    "BBC",
    "Le Monde",
    "ТАСС",
    "Kim",
    "Yong-Hyun",
    "MR.",
    "Dr",
];
/// Numbers and their qualifiers, the pieces claims are built from.
const NUMBERS: &[&str] = &[
    "100,000",
    "100 000",
    "100.000",
    "1,5",
    "3",
    "zwei",
    "mười",
    "près de",
    "up to",
    "%",
    "€",
    "millions",
    "triệu",
    "тысяч",
    "2022",
    "từ",
    "lên",
    "from",
    "to",
];

/// The grammar-aware reading of an input: each byte picks a kind of piece (a word of the
/// language's lexicon, a mark, a name, a number) and the next one or two which piece; the top
/// bit of the kind byte glues the piece to the one before (marks on words, clitics on verbs).
#[allow(dead_code)]
pub fn grammar_text(data: &[u8]) -> (Lang, String) {
    let (lang, _) = split(&data[..data.len().min(1)]);
    let vocabulary = sayso::quotes::vocabulary(lang);
    let mut text = String::new();
    let mut bytes = data.iter().skip(1).copied();
    while let Some(b) = bytes.next() {
        let pick = usize::from(bytes.next().unwrap_or(0));
        let piece = match b % 5 {
            0 | 1 if !vocabulary.is_empty() => {
                let hi = usize::from(bytes.next().unwrap_or(0));
                vocabulary[(hi << 8 | pick) % vocabulary.len()]
            }
            2 => MARKS[pick % MARKS.len()],
            3 => NAMES[pick % NAMES.len()],
            _ => NUMBERS[pick % NUMBERS.len()],
        };
        if b & 0x80 == 0 && !text.is_empty() {
            text.push(' ');
        }
        text.push_str(piece);
    }
    (lang, text)
}
