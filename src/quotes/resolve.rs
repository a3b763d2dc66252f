//! Pronouns and descriptions to names: "he", "il", "ông", "the analyst" become the last
//! compatible named person, and a bare surname becomes the full name said earlier.

use super::lexicon::{Gender, Rules, cyrillic};
use super::{Mention, MentionKind};

/// A named person the text has mentioned, at byte `pos`.
#[derive(Debug, Clone)]
pub(crate) struct Entity {
    pub pos: usize,
    pub start: usize,
    pub end: usize,
    pub name: String,
    pub gender: Gender,
    pub roles: Vec<String>,
    /// Spoke somewhere in the text (a stronger antecedent than a passing mention).
    pub speaker: bool,
    /// A name; otherwise a description that spoke ("le ministre"), the antecedent of last
    /// resort for a pronoun when no name fits.
    pub named: bool,
    /// What a sentence is about as written there: a speaker's or a subject's mention, or the
    /// antecedent a subject pronoun carries on; not a guess from a description.
    pub centre: bool,
}

/// How far back a pronoun may look, in entities.
const LOOKBACK: usize = 40;

/// Entities in text order, with lookups for resolution.
#[derive(Default)]
pub(crate) struct Entities {
    pub people: Vec<Entity>,
    /// Where each sentence of the text starts, in bytes, sorted.
    pub sentence_starts: Vec<usize>,
}

impl Entities {
    /// The full name of a surname said earlier ("Ferrer" -> "Lucía Ferrer").
    pub fn full_name(&self, name: &str, pos: usize) -> Option<&Entity> {
        if name.contains(' ') {
            return None;
        }
        let k = self.people.partition_point(|e| e.pos < pos);
        self.people[..k]
            .iter()
            .rev()
            .take(LOOKBACK * 4)
            .find(|e| e.named && e.name.contains(' ') && same_surname(&e.name, name))
    }

    /// Where the sentence before the one holding byte `pos` starts (0 when there is none).
    fn previous_sentence_start(&self, pos: usize) -> usize {
        let k = self.sentence_starts.partition_point(|&s| s <= pos);
        k.checked_sub(2).map_or(0, |i| self.sentence_starts[i])
    }

    /// The antecedent of a pronoun, zero subject or description at byte `pos`.
    pub fn resolve(&self, m: &Mention, pos: usize, rules: &Rules) -> Option<&Entity> {
        let k = self.people.partition_point(|e| e.pos < pos);
        let before = || {
            self.people[..k]
                .iter()
                .rev()
                .take(LOOKBACK)
                .filter(|e| e.named)
        };
        let described = || {
            self.people[..k]
                .iter()
                .rev()
                .take(LOOKBACK)
                .filter(|e| !e.named)
        };
        match m.kind {
            MentionKind::Name => None,
            // "ein Sprecher der Feuerwehr", "a spokesman", "the 45-year-old": someone new.
            MentionKind::Description if m.new_person => None,
            MentionKind::Description => {
                // A role said of a named person earlier ("Maria Lopez, an analyst" … "the analyst"),
                // else a synonym of it ("il sindaco Massimo Cattaneo" … "il primo cittadino"): the
                // same role first, so that "the goalkeeper" is not the striker named since.
                let has_role = |e: &Entity, same: &dyn Fn(&str, &str) -> bool| {
                    compatible(m.gender, e.gender)
                        && m.roles.iter().any(|r| e.roles.iter().any(|x| same(x, r)))
                };
                let exact = |x: &str, r: &str| {
                    x == r || x.strip_suffix(r).is_some_and(|head| head.ends_with(' '))
                };
                let by_role = before()
                    .find(|e| has_role(e, &exact))
                    .or_else(|| before().find(|e| has_role(e, &|x, r| rules.same_role(x, r))));
                // Else a definite description of one person ("the analyst", "le ministre") is the
                // last named person whose gender agrees; "a commentator" introduces someone new.
                by_role.or_else(|| {
                    (m.definite && m.gender != Gender::Plural && (!m.roles.is_empty() || m.by_age))
                        .then(|| before().find(|e| compatible(m.gender, e.gender)))
                        .flatten()
                })
            }
            MentionKind::Pronoun | MentionKind::Zero => {
                if m.gender == Gender::Plural {
                    return None;
                }
                let fits = |e: &&Entity| {
                    // A pronoun of either gender ("sie", "ze") is a person, not a body named
                    // since ("Sabine Ertl von der Hochschule Talbach … sagte sie").
                    if m.kind == MentionKind::Pronoun && e.gender == Gender::Plural {
                        false
                    } else if m.gender == Gender::Unknown {
                        e.speaker || e.gender != Gender::Unknown
                    } else {
                        e.gender == m.gender || (e.gender == Gender::Unknown && e.speaker)
                    }
                };
                // The one a sentence was about, in this sentence or the one before, goes on
                // before a person it only mentioned nearer ("Ela defende … a saída de Pedro
                // Alves. Questionada …, respondeu": Alves is no subject): a pronoun or a
                // dropped subject keeps the centre of the text.
                let nearest = before().find(fits);
                if nearest.is_some_and(|e| !e.speaker) {
                    let from = self.previous_sentence_start(pos);
                    if let Some(s) = before()
                        .take_while(|e| e.pos >= from)
                        // (Not a person a description was taken to be: that is a guess.)
                        .filter(|e| e.centre)
                        .find(fits)
                    {
                        return Some(s);
                    }
                }
                nearest.or_else(|| described().find(fits))
            }
        }
    }
}

fn compatible(a: Gender, b: Gender) -> bool {
    a == Gender::Unknown || b == Gender::Unknown || a == b
}

/// Does the last word of `full` name the same person as `surname`? Equal, or (Russian and
/// Ukrainian, which decline names) the same stem: "Петрова" / "Петровой".
fn same_surname(full: &str, surname: &str) -> bool {
    let Some(last) = full.rsplit(' ').next() else {
        return false;
    };
    if last == surname {
        return true;
    }
    if !cyrillic(last) || !cyrillic(surname) {
        return false;
    }
    let a: Vec<char> = last.chars().collect();
    let b: Vec<char> = surname.chars().collect();
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    a.len() >= 5 && b.len() >= 5 && common + 2 >= a.len().max(b.len()) && common >= 4
}

/// Every speaker by the fullest name the document gives that person, wherever it gives it:
/// "Korotchenko" said before "Igor Korotchenko" is named, or a surname declined in a Russian
/// or Ukrainian sentence ("по словам Уилсона") once a speaker's full name is known. `said` are
/// the full names (several words) of the document's speakers, `named` those of the other people
/// it names; a declined surname meets only a speaker's name (more likely the nominative), and a
/// surname that more than one full name ends with stays as written.
pub(crate) fn fullest_names(speakers: &mut [Option<String>], said: &[String], named: &[String]) {
    for speaker in speakers.iter_mut() {
        let Some(s) = speaker.as_deref() else {
            continue;
        };
        if s.chars().next().is_none_or(|c| !c.is_uppercase()) {
            continue;
        }
        // A declined full name ("Сергея Ларионова") is the nominative one a speaker has or
        // the text names ("Сергей Ларионов"), word by word.
        if s.contains(' ') {
            let words: Vec<&str> = s.split(' ').collect();
            let declined_of = |n: &&String| {
                let full: Vec<&str> = n.split(' ').collect();
                full.len() == words.len()
                    && *n != s
                    && full
                        .iter()
                        .zip(&words)
                        .all(|(f, w)| f.len() <= w.len() && same_surname(f, w))
            };
            if let Some(n) = said.iter().chain(named).find(declined_of) {
                *speaker = Some(n.clone());
                continue;
            }
            // A name said without its last part ("Y Blin" for "Y Blin Êban", "María López" for
            // "María López Garrido"): the one full name it opens.
            let mut longer = said
                .iter()
                .chain(named)
                .filter(|n| n.len() > s.len() && n.starts_with(s) && n[s.len()..].starts_with(' '));
            if let Some(first) = longer.next()
                && longer.all(|n| n == first)
            {
                *speaker = Some(first.clone());
            }
            continue;
        }
        let exact = |n: &&String| n.rsplit(' ').next() == Some(s);
        // (A surname shares its first letters with the word it is compared with: most names
        // are passed over before the costlier stem comparison.)
        let head: String = s.chars().take(3).collect();
        let same_start = |n: &&String| n.rsplit(' ').next().is_some_and(|l| l.starts_with(&head));
        // (A full name whose surname is `s` plus an ending is itself declined: "Литвин" is
        // not "Степана Литвина".)
        let not_longer = |n: &&String| n.rsplit(' ').next().is_some_and(|l| l.len() <= s.len());
        let mut fits = said
            .iter()
            .chain(named)
            .filter(same_start)
            .filter(|n| same_surname(n, s))
            .filter(not_longer)
            .chain(named.iter().filter(exact));
        if let Some(first) = fits.next()
            && fits.all(|n| n == first)
        {
            *speaker = Some(first.clone());
            continue;
        }
        // A name said by its given name or its best-known part alone ("Dilma" for "Dilma
        // Rousseff", "Lula" for "Luiz Inácio Lula da Silva"): the one full name holding it.
        let mut holding = said
            .iter()
            .chain(named)
            .filter(|n| n.split(' ').rev().skip(1).any(|w| w == s));
        if let Some(first) = holding.next()
            && holding.all(|n| n == first)
        {
            *speaker = Some(first.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_surname_takes_the_one_full_name_it_ends_with() {
        let names = [
            "Igor Korotchenko".to_string(),
            "Гэри Уилсон".to_string(),
            "Степана Литвина".to_string(),
        ];
        let declined = ["Игоря Баранова".to_string()];
        let mut speakers = vec![
            Some("Баранов".to_string()),
            Some("Литвин".to_string()),
            Some("Korotchenko".to_string()),
            Some("Уилсона".to_string()),
            Some("Peskov".to_string()),
            None,
        ];
        fullest_names(&mut speakers, &names, &declined);
        assert_eq!(
            speakers,
            [
                // (A declined name of someone who never spoke is no nominative to give.)
                Some("Баранов".to_string()),
                Some("Литвин".to_string()),
                Some("Igor Korotchenko".to_string()),
                Some("Гэри Уилсон".to_string()),
                Some("Peskov".to_string()),
                None
            ]
        );
        let mut speakers = vec![Some("Сергея Ларионова".to_string())];
        fullest_names(&mut speakers, &[], &["Сергей Ларионов".to_string()]);
        assert_eq!(speakers, [Some("Сергей Ларионов".to_string())]);
        // Two people of one surname: nobody's full name is chosen.
        let names = ["Mere Tane".to_string(), "Robert Tane".to_string()];
        let mut speakers = vec![Some("Tane".to_string())];
        fullest_names(&mut speakers, &names, &[]);
        assert_eq!(speakers, [Some("Tane".to_string())]);
    }

    #[test]
    fn a_name_said_without_its_last_part_takes_the_one_full_name_it_opens() {
        let named = ["Ana Lucía Ferreyra Paz".to_string(), "Tom Ong".to_string()];
        let mut speakers = vec![
            Some("Ana Lucía Ferreyra".to_string()),
            Some("Tom".to_string()),
        ];
        fullest_names(&mut speakers, &[], &named);
        assert_eq!(speakers[0].as_deref(), Some("Ana Lucía Ferreyra Paz"));
        // Two longer names open the same way: none is chosen.
        let named = ["Ana Paz Ruiz".to_string(), "Ana Paz Gil".to_string()];
        let mut speakers = vec![Some("Ana Paz".to_string())];
        fullest_names(&mut speakers, &[], &named);
        assert_eq!(speakers[0].as_deref(), Some("Ana Paz"));
    }

    #[test]
    fn a_given_name_alone_takes_the_one_full_name_holding_it() {
        let named = [
            "Dilma Rousseff".to_string(),
            "Luiz Inácio Lula da Silva".to_string(),
        ];
        let mut speakers = vec![Some("Dilma".to_string()), Some("Lula".to_string())];
        fullest_names(&mut speakers, &[], &named);
        assert_eq!(speakers[0].as_deref(), Some("Dilma Rousseff"));
        assert_eq!(speakers[1].as_deref(), Some("Luiz Inácio Lula da Silva"));
        // Two people share it: neither is chosen.
        let named = ["Ana Ruiz".to_string(), "Ana Gil".to_string()];
        let mut speakers = vec![Some("Ana".to_string())];
        fullest_names(&mut speakers, &[], &named);
        assert_eq!(speakers[0].as_deref(), Some("Ana"));
    }
}
