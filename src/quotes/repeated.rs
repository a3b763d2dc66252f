//! A short phrase the text puts in marks again and again, with no verb of saying, is the name
//! of a thing (a show, a report, a campaign, a book: "Зимова казка з Олею Поляковою" …
//! "Зимової казки з Олею Поляковою", "Охота на овец" … "Охоты на овец"), not a quotation:
//! what people say is reported once, a title is repeated, and in languages that decline it
//! changes its endings each time. A phrase with an auxiliary or a personal pronoun is a clause
//! someone said, repeated as a headline or a pull quote ("Ha cambiato la mia vita"): kept.
//! A longer phrase opened the same way three times or more is the full name of a plan or a
//! programme, cut differently each time ("the “Clean Rivers for Every Town and Village by
//! 2030” plan" … "the “Clean Rivers for Every Town and Village…” goals").

use super::lexicon::Rules;
use super::{Quote, QuoteKind};

/// Most words a repeated title may have.
const TITLE_WORDS: usize = 8;

/// How often a longer phrase must open the same way to be a name.
const LONG_NAME_TIMES: usize = 3;

/// The words of `s` cut to their first four letters, so that declined forms of one title
/// meet, and whether the phrase runs past `TITLE_WORDS` words (then only its first ones).
fn key(s: &str) -> Option<(Vec<String>, bool)> {
    // (One word past the title's most says that it runs on; the rest is never read.)
    let mut words: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(TITLE_WORDS + 1)
        .map(|w| w.to_lowercase().chars().take(4).collect())
        .collect();
    let long = words.len() > TITLE_WORDS;
    words.truncate(TITLE_WORDS);
    (!words.is_empty()).then_some((words, long))
}

/// Does `s` read as a clause: an auxiliary or a personal pronoun among its words?
fn clause(rules: &Rules, s: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(str::to_lowercase)
        .any(|w| rules.is_aux(&w) || rules.pronoun(&w).is_some())
}

/// Drops the direct quotes of `quotes` (over `text`) whose words the text puts in marks at
/// least twice, that no cue introduces and that read as no clause.
pub(crate) fn drop_repeated_titles(text: &str, rules: &Rules, quotes: &mut Vec<Quote>) {
    let keys: Vec<Option<(Vec<String>, bool)>> = quotes
        .iter()
        .map(|q| {
            (q.kind == QuoteKind::Direct)
                .then(|| key(&text[q.start_byte..q.end_byte]))
                .flatten()
        })
        .collect();
    let mut counts: std::collections::HashMap<&[String], usize> = std::collections::HashMap::new();
    for (k, _) in keys.iter().flatten() {
        *counts.entry(k.as_slice()).or_default() += 1;
    }
    let repeated = |(k, long): &(Vec<String>, bool)| {
        let times = if *long { LONG_NAME_TIMES } else { 2 };
        counts.get(k.as_slice()).is_some_and(|&n| n >= times)
    };
    let mut i = 0;
    quotes.retain(|q| {
        // (A long name may hold a pronoun or an auxiliary: three times is enough.)
        let drop = q.cue.is_none()
            && keys[i].as_ref().is_some_and(|k| {
                repeated(k) && (k.1 || !clause(rules, &text[q.start_byte..q.end_byte]))
            });
        i += 1;
        !drop
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(text: &str, part: &str, cue: Option<&str>) -> Quote {
        let start = text.find(part).unwrap();
        Quote {
            start_byte: start,
            end_byte: start + part.len(),
            speaker: None,
            speaker_start_byte: None,
            speaker_end_byte: None,
            speaker_role: None,
            cue: cue.map(str::to_string),
            source: None,
            kind: QuoteKind::Direct,
            denial: false,
        }
    }

    #[test]
    fn a_long_name_opened_the_same_way_three_times_is_no_quote() {
        let name = "Clean Rivers for Every Town and Village We Have by 2030";
        let text = format!(
            "The council adopted the \"{name}\" plan. Under the \"{name}\" goals, work began. \
             The \"Clean Rivers for Every Town and Village We Have\" budget grew."
        );
        let parts: Vec<(usize, usize)> = text
            .match_indices("Clean Rivers")
            .map(|(s, _)| (s, s + text[s..].find('"').unwrap()))
            .collect();
        let quotes = |n: usize| -> Vec<Quote> {
            parts[..n]
                .iter()
                .map(|&(s, e)| Quote {
                    start_byte: s,
                    end_byte: e,
                    ..quote(&text, "Clean", None)
                })
                .collect()
        };
        let mut qs = quotes(3);
        drop_repeated_titles(&text, &super::super::EN, &mut qs);
        assert!(qs.is_empty());
        // Twice is a pull quote as often as a name.
        let mut qs = quotes(2);
        drop_repeated_titles(&text, &super::super::EN, &mut qs);
        assert_eq!(qs.len(), 2);
    }

    #[test]
    fn a_declined_title_said_twice_is_no_quote() {
        let text = "Шоу «Зимова казка з Марією» вийшло. Рейтинг «Зимової казки з Марією» ріс. \
                    «Ми раді», — сказала Марія.";
        let mut qs = vec![
            quote(text, "Зимова казка з Марією", None),
            quote(text, "Зимової казки з Марією", None),
            quote(text, "Ми раді", Some("сказала")),
        ];
        drop_repeated_titles(text, &super::super::UK, &mut qs);
        assert_eq!(qs.len(), 1);
        assert_eq!(&text[qs[0].start_byte..qs[0].end_byte], "Ми раді");
    }
}
