//! The same claim across documents and languages, and the figures that disagree with it.
//!
//! No pair of documents is ever compared directly, so a corpus of any size links in about
//! linear time:
//!
//! 1. Each document gets *anchors*: language-independent keys for the names it mentions (the
//!    last word of each run of capitalized words, accents folded and Cyrillic transliterated, so
//!    "Igor Korotchenko", "Игорь Коротченко" and "Korotchenko" meet) and for its claims (concept
//!    group and figure). Anchors found in too many documents say nothing and are dropped.
//! 2. *Stories*: documents that share at least two anchors are one story (union-find; each
//!    anchor remembers the last few stories it was seen in, so common anchors stay cheap).
//! 3. *Clusters*: claims of one story with the same concept group and the same figure
//!    ("100,000", "up to 100,000", "more than 100,000" share the figure 100,000), in at least
//!    two documents.
//! 4. *Conflicts*: claims of the same story and the same concept, in other documents, that give
//!    another figure ("at least 52 dead" against "at least 37 dead"); "about" allows 10%.
//! 5. *Provenance*: the cluster's origin (the speaker most members attribute the figure to,
//!    the earliest on a tie), the outlets that carried it, its first and last dates, and the
//!    denials that name what it counts: in a member document, any of the members' concepts;
//!    in another document of the story, the cluster's own concept, within a month of the
//!    cluster's dates when both are dated.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use rayon::prelude::*;
use serde::Serialize;

use super::concepts::group;
use super::tokens::Tokens;
use crate::numbers::Qualifier;

/// Anchors shared by two documents of one story, at least.
const STORY_ANCHORS: u32 = 2;
/// Stories each anchor remembers (the most recent ones).
const RECENT_STORIES: usize = 8;
/// An anchor in more documents than this (and than 1/20 of the corpus) is too common to
/// say that two documents tell the same story.
const MIN_COMMON_DF: usize = 50;
/// Relative tolerance for equal figures (rounding in the text: "1.5 million" vs "1,502,000").
const TOLERANCE: f64 = 0.005;
/// How far an "about" figure may be from another one and still agree.
const APPROX: f64 = 0.1;
/// Days around a cluster's dates within which a denial in another document of the story may
/// answer it.
const DENIAL_WINDOW_DAYS: i64 = 31;

/// One claim as linking needs it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinkClaim<'a> {
    pub concept: Option<&'a str>,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    pub speaker: Option<&'a str>,
    pub source: Option<&'a str>,
}

/// One document as linking needs it: its text (for the names), language, date (ISO 8601),
/// claims and denials.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkDoc<'a> {
    pub text: &'a str,
    pub language: Option<&'a str>,
    pub date: Option<&'a str>,
    pub claims: Vec<LinkClaim<'a>>,
    pub denials: Vec<LinkDenial>,
}

/// A quotation of the document that denies something, and the concepts its words name
/// ([`super::named_concepts`]).
#[derive(Debug, Clone, PartialEq)]
pub struct LinkDenial {
    /// Its index among the document's quotes.
    pub quote: usize,
    pub concepts: Vec<&'static str>,
}

/// The same claim in several documents. Members and conflicts are (document index, claim
/// index) pairs into the input.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimCluster {
    /// The concept most members use.
    pub concept: String,
    pub group: String,
    /// The figure the members share.
    pub value: f64,
    /// What all members allow together: "up to 100,000" alone gives (None, Some(100000)).
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub members: Vec<(usize, usize)>,
    pub conflicts: Vec<(usize, usize)>,
    /// In order of first appearance.
    pub languages: Vec<String>,
    pub speakers: Vec<String>,
    /// The speaker the claim traces to: the one most members name, the earliest on a tie.
    pub origin: Option<String>,
    /// The outlets the members name as carrying the claim.
    pub carried_by: Vec<String>,
    /// (document index, quote index) of the quotations that deny the claim.
    pub denials: Vec<(usize, usize)>,
    /// The distinct documents that make the claim, in input order.
    pub documents: Vec<usize>,
    /// The earliest and the latest date of those documents, as given, when they have one.
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
}

impl LinkDenial {
    /// The denials among a document's quotes, given as (is a denial, byte span of the quoted
    /// words) in order, their words read with the rules of `lang`. A denial of a few words
    /// is a label ("dismissing as "false" the reports that volunteers …"): what it denies is
    /// named around it, so the concepts are those of its sentence.
    pub fn of_quotes(
        text: &str,
        quotes: impl Iterator<Item = (bool, usize, usize)>,
        lang: crate::lang::Lang,
    ) -> Vec<LinkDenial> {
        use crate::quotes::lexicon::LABEL_WORDS;
        // (Split only for a document with a label, and then once.)
        let mut sentences: Option<Vec<(usize, usize)>> = None;
        quotes
            .enumerate()
            .filter(|(_, (denial, _, _))| *denial)
            .map(|(quote, (_, start, end))| {
                let (start, end) = if text[start..end].split_whitespace().count() <= LABEL_WORDS {
                    let sentences =
                        sentences.get_or_insert_with(|| crate::segment::sentences(text));
                    let i = sentences.partition_point(|&(_, e)| e <= start);
                    sentences
                        .get(i)
                        .filter(|&&(s, _)| s <= start)
                        .map_or((start, end), |&(s, e)| (s, e.max(end)))
                } else {
                    (start, end)
                };
                LinkDenial {
                    quote,
                    concepts: super::named_concepts(&text[start..end], lang),
                }
            })
            .collect()
    }
}

impl<'a> LinkDoc<'a> {
    /// A document of the pipeline, `text` being the text it was analysed from.
    pub fn of(text: &'a str, doc: &'a crate::Document) -> Self {
        let lang = doc
            .language
            .as_ref()
            .map_or(crate::lang::Lang::Eng, |l| l.lang);
        LinkDoc {
            text,
            language: doc.language.as_ref().map(|l| l.code),
            date: doc.date.as_deref(),
            claims: doc
                .claims
                .iter()
                .map(|c| LinkClaim {
                    concept: c.concept.as_deref(),
                    value: c.number.value,
                    low: c.number.low,
                    high: c.number.high,
                    qualifier: c.number.qualifier,
                    speaker: c.speaker.as_deref(),
                    source: c.source.as_deref(),
                })
                .collect(),
            denials: LinkDenial::of_quotes(
                text,
                doc.quotes
                    .iter()
                    .map(|q| (q.denial, q.start_byte, q.end_byte)),
                lang,
            ),
        }
    }
}

/// A qualifier from its name ("exact", "approx", "at_least", "at_most", "range", "change");
/// anything else is exact.
pub fn parse_qualifier(name: &str) -> Qualifier {
    match name {
        "approx" => Qualifier::Approx,
        "at_least" => Qualifier::AtLeast,
        "at_most" => Qualifier::AtMost,
        "range" => Qualifier::Range,
        "change" => Qualifier::Change,
        _ => Qualifier::Exact,
    }
}

impl LinkClaim<'_> {
    /// The figure a claim states: its value, or the top of a range.
    fn figure(&self) -> Option<f64> {
        self.value
            .or(self.high)
            .or(self.low)
            .filter(|v| v.is_finite())
    }

    /// The values the claim allows.
    fn interval(&self) -> Option<(f64, f64)> {
        let f = self.figure()?;
        Some(match self.qualifier {
            // (A change states the value it reached.)
            Qualifier::Exact | Qualifier::Change => (f, f),
            Qualifier::Approx => (f * (1.0 - APPROX), f * (1.0 + APPROX)),
            Qualifier::AtLeast => (self.low.unwrap_or(f), f64::INFINITY),
            Qualifier::AtMost => (f64::NEG_INFINITY, self.high.unwrap_or(f)),
            Qualifier::Range => (self.low.unwrap_or(f), self.high.unwrap_or(f)),
        })
    }
}

/// Does `claim` give another figure than `value`? Qualifiers do not excuse a different figure
/// ("at least 52" disagrees with "at least 37"), but "about" allows some distance.
fn disagrees(claim: &LinkClaim<'_>, value: f64, approx: bool) -> bool {
    let Some(f) = claim.figure() else {
        return false;
    };
    let slack = if approx || claim.qualifier == Qualifier::Approx {
        APPROX
    } else {
        TOLERANCE
    };
    (f - value).abs() > value.abs().max(f.abs()) * slack
}

/// The key of a figure: equal up to rounding in the text.
fn figure_key(f: f64) -> i64 {
    if f == 0.0 {
        return 0;
    }
    // Six significant digits: 1500000.0000002 and 1500000 are one figure.
    let mag = f.abs().log10().floor() as i32;
    let scale = 10f64.powi(5 - mag);
    let mantissa = (f * scale).round() as i64;
    mantissa.saturating_mul(1000).saturating_add(i64::from(mag))
}

fn hash<T: Hash + ?Sized>(x: &T) -> u64 {
    let mut h = DefaultHasher::new();
    x.hash(&mut h);
    h.finish()
}

/// Links claims across `docs`: clusters in order of the number of documents (largest first).
pub fn link_claims(docs: &[LinkDoc<'_>]) -> Vec<ClaimCluster> {
    let anchors: Vec<Vec<u64>> = docs.par_iter().map(doc_anchors).collect();
    let stories = stories(&anchors);
    clusters(docs, &stories)
}

/// The anchors of one document, sorted and distinct.
fn doc_anchors(doc: &LinkDoc<'_>) -> Vec<u64> {
    let mut out = name_keys(doc.text, doc.language)
        .into_iter()
        .map(|k| hash(&("n", k)))
        .collect::<Vec<_>>();
    for c in &doc.claims {
        if let (Some(concept), Some(f)) = (c.concept, c.figure()) {
            out.push(hash(&("c", group(concept), figure_key(f))));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Capitalized words that are not names: days, months, titles (folded).
const NOT_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "the",
    "mr",
    "mrs",
    "ms",
    "dr",
    "hai",
    "ba",
    "tu",
    "nam",
    "sau",
    "bay",
];

/// One key per run of capitalized words: its last word, folded ("Igor Korotchenko" →
/// "korotchenko", "Rossiya 1" → "rossiya 1"). A lone capitalized word that opens a sentence is
/// not a name, nor is any lone capitalized word in German, where every noun has one.
pub fn name_keys(text: &str, language: Option<&str>) -> Vec<String> {
    let lone_ok = !matches!(language, Some("de" | "lb"));
    let tk = Tokens::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tk.len() {
        if !(tk.toks[i].word && tk.capitalized(i)) {
            i += 1;
            continue;
        }
        let start = i;
        let mut last = i;
        i += 1;
        while i < tk.len()
            && tk.toks[i].word
            && !tk.break_between(i - 1, i)
            && (tk.capitalized(i) || tk.raw(i).chars().all(|c| c.is_ascii_digit()))
        {
            if tk.capitalized(i) {
                last = i;
            }
            i += 1;
        }
        if i - start == 1 && (!lone_ok || tk.sentence_initial(start)) {
            continue;
        }
        let mut key = fold(tk.raw(last));
        if key.chars().count() < 3 || NOT_NAMES.contains(&key.as_str()) {
            continue;
        }
        if last + 1 < i {
            key.push(' ');
            key.push_str(tk.raw(i - 1));
        }
        out.push(key);
    }
    out
}

/// Lower-cased, accents removed, Cyrillic in Latin letters.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        if c.is_ascii() {
            out.push(c);
        } else if let Some(t) = translit(c) {
            out.push_str(t);
        } else if let Some(&(_, base)) = LATIN.iter().find(|(set, _)| set.contains(c)) {
            out.push(base);
        } else {
            out.push(c);
        }
    }
    out
}

const LATIN: &[(&str, char)] = &[
    ("àáâãäåāăąạảấầẩẫậắằẳẵặ", 'a'),
    ("çćčĉċ", 'c'),
    ("ďđ", 'd'),
    ("èéêëēĕėęěẹẻẽếềểễệ", 'e'),
    ("ğĝġģ", 'g'),
    ("ìíîïĩīĭįıịỉ", 'i'),
    ("ñńňņ", 'n'),
    ("òóôõöøōŏőơọỏốồổỗộớờởỡợ", 'o'),
    ("řŕ", 'r'),
    ("śšşŝș", 's'),
    ("ťţț", 't'),
    ("ùúûüũūŭůűųưụủứừửữự", 'u'),
    ("ýÿỳỵỷỹ", 'y'),
    ("źžż", 'z'),
    ("ł", 'l'),
    ("ß", 's'),
];

fn translit(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' | 'є' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' => "i",
        'ї' => "yi",
        'й' | 'ы' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ю' => "yu",
        'я' => "ya",
        _ => return None,
    })
}

/// Union-find over documents, with path halving.
struct Dsu(Vec<u32>);

impl Dsu {
    fn find(&mut self, mut x: u32) -> u32 {
        while self.0[x as usize] != x {
            let up = self.0[self.0[x as usize] as usize];
            self.0[x as usize] = up;
            x = up;
        }
        x
    }

    fn union(&mut self, a: u32, b: u32) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            // The older document stays the root, so roots are stable for early documents.
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            self.0[hi as usize] = lo;
        }
    }
}

/// The story (a root document index) of every document.
fn stories(anchors: &[Vec<u64>]) -> Vec<u32> {
    let n = anchors.len();
    let mut df: HashMap<u64, usize> = HashMap::new();
    for a in anchors.iter().flatten() {
        *df.entry(*a).or_default() += 1;
    }
    let max_df = MIN_COMMON_DF.max(n / 20);
    let mut dsu = Dsu((0..n as u32).collect());
    let mut recent: HashMap<u64, Vec<u32>> = HashMap::new();
    let mut counts: Vec<(u32, u32)> = Vec::new();
    let mut roots: Vec<u32> = Vec::new();
    for (d, doc) in anchors.iter().enumerate() {
        let d = d as u32;
        counts.clear();
        let kept = doc
            .iter()
            .filter(|a| df.get(a).is_some_and(|&f| f > 1 && f <= max_df));
        for a in kept.clone() {
            let Some(seen) = recent.get(a) else { continue };
            roots.clear();
            roots.extend(seen.iter().map(|&r| dsu.find(r)));
            roots.sort_unstable();
            roots.dedup();
            for &r in &roots {
                match counts.iter_mut().find(|(x, _)| *x == r) {
                    Some((_, c)) => *c += 1,
                    None => counts.push((r, 1)),
                }
            }
        }
        for &(r, c) in &counts {
            if c >= STORY_ANCHORS {
                dsu.union(d, r);
            }
        }
        let root = dsu.find(d);
        for a in kept {
            let seen = recent.entry(*a).or_default();
            if !seen.contains(&root) {
                if seen.len() == RECENT_STORIES {
                    seen.remove(0);
                }
                seen.push(root);
            }
        }
    }
    (0..n as u32).map(|d| dsu.find(d)).collect()
}

/// (document index, claim index).
type ClaimRef = (usize, usize);

fn clusters(docs: &[LinkDoc<'_>], stories: &[u32]) -> Vec<ClaimCluster> {
    // (story, group, figure) -> claims; (story, concept) -> claims, for conflicts.
    let mut buckets: HashMap<(u32, &str, i64), Vec<ClaimRef>> = HashMap::new();
    let mut by_concept: HashMap<(u32, &str), Vec<ClaimRef>> = HashMap::new();
    for (d, doc) in docs.iter().enumerate() {
        for (k, c) in doc.claims.iter().enumerate() {
            let (Some(concept), Some(f)) = (c.concept, c.figure()) else {
                continue;
            };
            let story = stories[d];
            buckets
                .entry((story, group(concept), figure_key(f)))
                .or_default()
                .push((d, k));
            by_concept.entry((story, concept)).or_default().push((d, k));
        }
    }
    let mut story_denials: HashMap<u32, Vec<usize>> = HashMap::new();
    for (d, doc) in docs.iter().enumerate() {
        if !doc.denials.is_empty() {
            story_denials.entry(stories[d]).or_default().push(d);
        }
    }
    let days: Vec<Option<i64>> = docs
        .iter()
        .map(|d| d.date.and_then(crate::dates::day_number))
        .collect();
    let claim = |(d, k): (usize, usize)| &docs[d].claims[k];
    let mut out: Vec<ClaimCluster> = buckets
        .into_iter()
        .filter_map(|((story, group, _), members)| {
            let mut member_docs: Vec<usize> = members.iter().map(|m| m.0).collect();
            member_docs.dedup();
            member_docs.sort_unstable();
            member_docs.dedup();
            if member_docs.len() < 2 {
                return None;
            }
            let first = claim(members[0]);
            let value = first.figure()?;
            let (mut lo, mut hi) = (f64::NEG_INFINITY, f64::INFINITY);
            for &m in &members {
                if let Some((a, b)) = claim(m).interval() {
                    lo = lo.max(a);
                    hi = hi.min(b);
                }
            }
            if lo > hi + hi.abs() * TOLERANCE {
                (lo, hi) = (value, value);
            }
            let approx = members
                .iter()
                .any(|&m| claim(m).qualifier == Qualifier::Approx);
            let concept = majority(members.iter().filter_map(|&m| claim(m).concept));
            let mut concepts: Vec<&str> =
                members.iter().filter_map(|&m| claim(m).concept).collect();
            concepts.sort_unstable();
            concepts.dedup();
            let mut conflicts = Vec::new();
            for &c in &concepts {
                for &x in by_concept.get(&(story, c)).into_iter().flatten() {
                    let other = claim(x);
                    if member_docs.binary_search(&x.0).is_err() && disagrees(other, value, approx) {
                        conflicts.push(x);
                    }
                }
            }
            conflicts.sort_unstable();
            // (day, document) of the earliest and the latest dated member.
            let dated = member_docs.iter().filter_map(|&d| Some((days[d]?, d)));
            let (first, last) = (dated.clone().min(), dated.max());
            let story_docs = story_denials.get(&story).map_or(&[][..], Vec::as_slice);
            let denials = denials(
                docs,
                story_docs,
                &member_docs,
                &concepts,
                concept,
                |d| match (first.zip(last), days[d]) {
                    (Some(((a, _), (b, _))), Some(day)) => {
                        (a - DENIAL_WINDOW_DAYS..=b + DENIAL_WINDOW_DAYS).contains(&day)
                    }
                    _ => true,
                },
            );
            Some(ClaimCluster {
                concept: concept.to_string(),
                group: group.to_string(),
                value,
                low: lo.is_finite().then_some(lo),
                high: hi.is_finite().then_some(hi),
                languages: distinct(members.iter().filter_map(|m| docs[m.0].language)),
                speakers: distinct(members.iter().filter_map(|&m| claim(m).speaker)),
                origin: origin(docs, &members, &days),
                carried_by: distinct(members.iter().filter_map(|&m| claim(m).source)),
                denials,
                first_seen: first.and_then(|(_, d)| docs[d].date).map(str::to_string),
                last_seen: last.and_then(|(_, d)| docs[d].date).map(str::to_string),
                documents: member_docs,
                members,
                conflicts,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.documents
            .len()
            .cmp(&a.documents.len())
            .then(b.languages.len().cmp(&a.languages.len()))
            .then(a.members.cmp(&b.members))
    });
    out
}

/// The speaker most members name; on a tie, the one named in the earliest document (by date
/// where the documents have one, else by input order). Names come before descriptions: "a
/// military analyst" in three articles and "Tomas Ferreira" in two trace to Ferreira, since a
/// description may be anyone and is written differently in every language.
fn origin(docs: &[LinkDoc<'_>], members: &[ClaimRef], days: &[Option<i64>]) -> Option<String> {
    let mut said: Vec<(Option<i64>, usize, &str)> = members
        .iter()
        .filter_map(|&(d, k)| Some((days[d], d, docs[d].claims[k].speaker?)))
        .collect();
    // Undated documents after dated ones; then input order.
    said.sort_by_key(|&(day, d, _)| (day.is_none(), day, d));
    let any_name = said.iter().any(|&(_, _, s)| is_name(s));
    let top = majority(
        said.iter()
            .map(|&(_, _, s)| s)
            .filter(|s| !any_name || is_name(s)),
    );
    (!top.is_empty()).then(|| top.to_string())
}

/// Does a speaker read as a name: every word longer than three letters capitalised ("Igor
/// Korotchenko", "Ineke van Dorsten", "REGNUM"), where a description has lower-case words
/// ("a military analyst", "The politician", "Moscow's foreign ministry")?
fn is_name(speaker: &str) -> bool {
    speaker
        .split_whitespace()
        .filter(|w| w.chars().count() > 3)
        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && speaker.chars().next().is_some_and(char::is_uppercase)
}

/// The denials of a cluster among its story's documents that deny something (`story_docs`):
/// in a member document, one that names any of the members' `concepts`; in another document,
/// one that names the cluster's `concept` and whose date `near` accepts.
fn denials(
    docs: &[LinkDoc<'_>],
    story_docs: &[usize],
    member_docs: &[usize],
    concepts: &[&str],
    concept: &str,
    near: impl Fn(usize) -> bool,
) -> Vec<ClaimRef> {
    let mut out = Vec::new();
    for &d in story_docs {
        let member = member_docs.binary_search(&d).is_ok();
        if !member && !near(d) {
            continue;
        }
        for denial in &docs[d].denials {
            let names = |c: &str| denial.concepts.contains(&c);
            if (member && concepts.iter().any(|c| names(c))) || (!member && names(concept)) {
                out.push((d, denial.quote));
            }
        }
    }
    out
}

fn distinct<'a>(items: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    items
        .filter(|s| seen.insert(*s))
        .map(str::to_string)
        .collect()
}

/// The most frequent item; the first one seen on a tie.
fn majority<'a>(items: impl Iterator<Item = &'a str>) -> &'a str {
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    for (i, s) in items.enumerate() {
        counts.entry(s).or_insert((0, i)).0 += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(_, (n, first))| (n, std::cmp::Reverse(first)))
        .map_or("", |(s, _)| s)
}
