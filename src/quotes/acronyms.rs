//! Acronyms the text defines: "l'Institut Paris Région (IPR)", "the WHO (World Health
//! Organization)". A speaker named by its acronym is reported by the name it stands for, the
//! fullest name the article gives.

/// The most characters between the parentheses of a definition.
const INNER: usize = 120;

/// Acronyms defined in `text`, each with the name it stands for (the first definition wins).
pub(crate) fn definitions(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (open, _) in text.match_indices('(') {
        let inner_start = open + 1;
        let Some(len) = text[inner_start..]
            .char_indices()
            .take_while(|&(i, _)| i <= INNER)
            .find(|&(_, c)| c == ')' || c == '(' || c == '\n')
            .filter(|&(_, c)| c == ')')
            .map(|(i, _)| i)
        else {
            continue;
        };
        let inner = text[inner_start..inner_start + len].trim();
        let before = words_before(&text[..open]);
        let found = if is_acronym(inner) || is_short_name(inner) {
            // "Institut Paris Région (IPR)", "Agência Nacional de Vigilância Sanitária
            // (Anvisa)": the shortest run of words before it that spells it.
            (1..=before.len())
                .map(|n| &before[before.len() - n..])
                .find(|run| spells(inner, run))
                .map(|run| (inner.to_string(), joined(run)))
        } else {
            // "the WHO (World Health Organization)", "Ubra (União Brasileira de
            // Apicultores)".
            let words: Vec<&str> = inner.split_whitespace().collect();
            before
                .last()
                .map(|w| elided(w))
                .filter(|w| spells(w, &words))
                .map(|w| (w.to_string(), joined(&words)))
        };
        if let Some((acronym, full)) = found
            && !out.iter().any(|(a, _)| *a == acronym)
        {
            out.push((acronym, full));
        }
    }
    out
}

/// Two to eight capital letters, nothing else ("IPR", "IGGÖ", "ACEA").
fn is_acronym(s: &str) -> bool {
    let n = s.chars().count();
    (2..=8).contains(&n) && s.chars().all(char::is_uppercase)
}

/// The words of a name, as written but for an elided article before the first
/// ("l'Institut" is "Institut").
fn joined(words: &[&str]) -> String {
    let mut out: Vec<&str> = words.to_vec();
    if let Some(first) = out.first_mut() {
        *first = elided(first);
    }
    out.join(" ")
}

/// The words right before the end of `text`, in text order: up to ten, back to the first
/// character that joins no words (punctuation, a bracket, a digit).
fn words_before(text: &str) -> Vec<&str> {
    let start = text
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphabetic() || c.is_whitespace() || matches!(c, '\'' | '’' | '-')))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let mut words: Vec<&str> = text[start..].split_whitespace().collect();
    let keep = words.len().saturating_sub(10);
    words.drain(..keep);
    words
}

/// The word after an elided article or preposition ("l'", "d'", "dell'"), else the word.
fn elided(w: &str) -> &str {
    match w.char_indices().find(|&(_, c)| c == '\'' || c == '’') {
        Some((i, c)) if i <= 4 && i + c.len_utf8() < w.len() => &w[i + c.len_utf8()..],
        _ => w,
    }
}

/// Do `words` spell `acronym`: the first a capitalised word with its first letter, each word
/// after it either giving the next letter by its initial or a short lower-case function word
/// ("des", "of", "für"), at least two letters and half of them matched (the end may stay
/// unspelt: "Islamische Glaubensgemeinschaft (IGGÖ)" leaves out "in Österreich")?
fn stands_for(acronym: &str, words: &[&str]) -> bool {
    /// Longer lower-case words are content words, and must give a letter.
    const FUNCTION_WORD: usize = 5;
    let letters: Vec<char> = acronym.chars().collect();
    let Some(first) = words.first() else {
        return false;
    };
    if !elided(first).starts_with(char::is_uppercase) {
        return false;
    }
    let mut next = 0;
    // (A run does not end on a function word: the last word must give a letter.)
    let mut last_spelt = false;
    for w in words {
        let w = elided(w);
        let initial = w.chars().next().and_then(|c| c.to_uppercase().next());
        last_spelt = next < letters.len() && initial == Some(letters[next]);
        if last_spelt {
            next += 1;
        } else if w.starts_with(char::is_uppercase) || w.chars().count() > FUNCTION_WORD {
            return false;
        }
    }
    next >= 2 && next * 2 >= letters.len() && last_spelt
}

/// Do `words` spell `short`, an acronym by its initials or a short name by its syllables?
fn spells(short: &str, words: &[&str]) -> bool {
    (is_acronym(short) && stands_for(short, words))
        || (is_short_name(short) && syllables_of(short, words))
}

/// One capitalised word of three to ten letters, the rest lower-case ("Anvisa", "Ubra",
/// "Unicef"): a short name, which Portuguese, Spanish and Italian make of syllables.
fn is_short_name(s: &str) -> bool {
    let mut chars = s.chars();
    let n = s.chars().count();
    (3..=10).contains(&n)
        && chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
}

/// Is `short` spelt by the beginnings of `words` in order, two words at least giving a
/// piece and the first word's initial opening it ("Embrapa": Em-presa Bra-sileira de
/// P-esquisa A-gropecuária; "Ubra": U-nião Bra-sileira de Apicultores)? A word may give
/// nothing, as "de" does.
fn syllables_of(short: &str, words: &[&str]) -> bool {
    /// Can `letters` be spelt by pieces of `words` from the first on, `given` pieces so far?
    fn spell(letters: &[char], words: &[Vec<char>], given: usize) -> bool {
        if letters.is_empty() {
            return given >= 2;
        }
        let Some((w, rest)) = words.split_first() else {
            return false;
        };
        spell(letters, rest, given)
            || (1..=w.len().min(letters.len()))
                .take_while(|&k| w[k - 1] == letters[k - 1])
                .any(|k| spell(&letters[k..], rest, given + 1))
    }
    let Some(first) = words.first().map(|w| elided(w)) else {
        return false;
    };
    let lower = |w: &str| -> Vec<char> { elided(w).chars().flat_map(char::to_lowercase).collect() };
    let letters = lower(short);
    let spelt: Vec<Vec<char>> = words.iter().map(|w| lower(w)).collect();
    words.len() >= 2
        && first.starts_with(char::is_uppercase)
        && spelt[0].first() == letters.first()
        && spell(&letters, &spelt, 0)
}

/// The name `speaker` stands for, when it is an acronym the text defines.
pub(crate) fn expand<'d>(definitions: &'d [(String, String)], speaker: &str) -> Option<&'d str> {
    definitions
        .iter()
        .find(|(a, _)| a == speaker)
        .map(|(_, full)| full.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definitions_in_both_orders() {
        let t = "Selon l'Office national des forêts d'altitude (ONFA), la récolte baisse. \
                 The WHO (World Health Organization) agreed. \
                 Der Bund Deutscher Imker (BDI) warnt.";
        assert_eq!(
            definitions(t),
            [
                (
                    "ONFA".to_string(),
                    "Office national des forêts d'altitude".to_string()
                ),
                ("WHO".to_string(), "World Health Organization".to_string()),
                ("BDI".to_string(), "Bund Deutscher Imker".to_string()),
            ]
        );
    }

    #[test]
    fn what_is_no_definition() {
        // A parenthesis that is no acronym, an acronym the words before do not spell, a
        // country code after a name.
        let t = "Le chiffre (en hausse) surprend. Anna Weber (SPD) sagte. Die Stadt (KL) plant.";
        assert!(definitions(t).is_empty());
        // A part of the end may stay unspelt, not most of it.
        assert_eq!(
            definitions("Der Verband Freier Berufe in Sachsen (VFBS) klagt."),
            [(
                "VFBS".to_string(),
                "Verband Freier Berufe in Sachsen".to_string()
            )]
        );
        assert!(definitions("Die Kammer (KXYZ) klagt.").is_empty());
    }

    #[test]
    fn short_names_made_of_syllables() {
        let t = "A Agência Nacional de Vigilância Sanitária (Anvisa) aprovou. \
                 A Ubra (União Brasileira de Apicultores) protestou.";
        assert_eq!(
            definitions(t),
            [
                (
                    "Anvisa".to_string(),
                    "Agência Nacional de Vigilância Sanitária".to_string()
                ),
                (
                    "Ubra".to_string(),
                    "União Brasileira de Apicultores".to_string()
                ),
            ]
        );
        // A word the name does not spell, or one word of it alone, defines nothing.
        let t = "O deputado Rui Lemos (Podemos) votou. O Rio (Rio de Janeiro) votou.";
        assert!(definitions(t).is_empty());
    }
}
