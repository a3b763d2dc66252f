//! The word lists one language needs for attribution, and their compiled lookup form.
//!
//! Every entry is lower-case; several words are separated by one space and match consecutive
//! tokens ("was quoted as saying", "cho biết", "по словам").

/// The lexicon's tables are fixed word lists looked up once per token and phrase, so the hash
/// is a large share of attribution time: foldhash's fast hasher (as in `numbers::lexicon`),
/// 10–20% faster over the whole run than the multiply-rotate hash written here before. The
/// keys are our own lists, so collisions cannot be forced; the fixed seed keeps runs the same.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;
type HashSet<K> = std::collections::HashSet<K, foldhash::fast::FixedState>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
    Plural,
    Unknown,
}

/// Reported speech with no complementizer after the cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ZeroThat {
    /// Never: "que", "dass", "что" are required (a comma is enough in verb-second languages).
    No,
    /// When the clause opens like one: a pronoun, a determiner or a name ("She said the plan…").
    Opener,
    /// Always (Vietnamese: "cho biết tỉnh đã chuẩn bị …").
    Any,
}

/// The most words a quotation that is a label has ("false", "fake news", "фейком"): such a
/// denial names what it denies around it, not in its words.
pub(crate) const LABEL_WORDS: usize = 4;

/// Hand-written word lists for one language (see `src/quotes/<lang>.rs`).
pub(crate) struct Lexicon {
    /// Reporting verbs as written in news: finite forms and participles ("said", "a déclaré"
    /// is "a" from `aux` + "déclaré"); multi-word cues such as "cho biết" or "nói thêm".
    pub verbs: &'static [&'static str],
    /// Auxiliaries and particles that may precede a verb form in the cue ("has", "a", "ha", "đã").
    pub aux: &'static [&'static str],
    /// Verbs whose following noun phrase is the addressee, not the speaker ("told").
    pub object_verbs: &'static [&'static str],
    /// Passive cues: the speaker precedes them, an outlet may follow ("was quoted as saying").
    pub passive: &'static [&'static str],
    /// "according to X": the speaker (or outlet) follows.
    pub according: &'static [&'static str],
    /// Words after which reported speech begins ("that", "que", "dass", "rằng", "что").
    pub complementizers: &'static [&'static str],
    /// Phrases after which the outlet is named ("quoted by", "in an interview with", "theo tờ").
    pub source_markers: &'static [&'static str],
    /// Nouns for media ("newspaper", "agence", "tờ", "газета"): a name after one is an outlet.
    pub media: &'static [&'static str],
    /// Nouns for the press as a whole ("media", "Medien", "prensa", "СМИ"), lower-case: with
    /// only adjectives around them ("local media", "medios locales", "russische Staatsmedien")
    /// they are a description that speaks (`Ctx::press_phrase`). Where nouns compound, also
    /// the last part of one. (Not a word that also means something else: Italian "media" is
    /// also "average".)
    pub press_nouns: &'static [&'static str],
    /// Well-known outlets written as they appear, lower-case ("reuters", "the independent").
    pub outlets: &'static [&'static str],
    /// Personal pronouns that can be speakers.
    pub pronouns: &'static [(&'static str, Gender)],
    /// Honorifics before a name ("mr", "mme", "herr", "ông").
    pub honorifics: &'static [(&'static str, Gender)],
    /// Role nouns that make a description ("minister", "analyst", "maire"), with a gender when
    /// the word marks one ("ministra", "Sprecherin").
    pub roles: &'static [(&'static str, Gender)],
    /// Role-noun endings for languages that compound them ("…minister", "…sprecherin").
    pub role_suffixes: &'static [(&'static str, Gender)],
    /// Determiners and possessives, with the gender they mark.
    pub determiners: &'static [(&'static str, Gender)],
    /// Prepositions: a capitalised word after one is not the speaker's name.
    pub prepositions: &'static [&'static str],
    /// Other words that are capitalised at a sentence start but never a name.
    pub function_words: &'static [&'static str],
    /// Words that may stand between the speaker and the cue or after the cue ("also", "mardi").
    pub skip: &'static [&'static str],
    /// Paragraphs opened by a dash are dialogue quotes (Russian, Ukrainian, Spanish).
    pub dash_quotes: bool,
    /// The subject may be left out ("dijo.", "ha detto."): the last speaker is meant.
    pub pro_drop: bool,
    /// Verb-second order: after a fronted phrase the subject follows the verb (de, nl), and a
    /// comma alone may introduce reported speech ("sagte, es gebe …").
    pub verb_second: bool,
    /// Particle verbs split around the subject and join at a subordinate clause's end (de,
    /// nl): "stellte … fest" / "feststellte".
    pub particle_verbs: bool,
    /// A role noun ends its phrase: adjectives come before it, so a lower-case word after it
    /// is the verb ("The ministry rejected …"; en, nl). Romance and Slavic phrases go on
    /// ("un commentateur militaire russe", "начальник управления").
    pub head_final: bool,
    /// Indefinite articles: a description opened by one introduces someone new ("a
    /// spokesman", "ein Sprecher", "um porta-voz").
    pub indefinite: &'static [&'static str],
    /// Whether reported speech may follow the verb with no "that".
    pub zero_complementizer: ZeroThat,
    /// Verb forms of the reported mood (German Konjunktiv I: "sei", "habe", "werde"): a
    /// sentence holding one, with no reporting verb, continues the last speaker's words.
    pub reported_mood: &'static [&'static str],
    /// Forms that stand for the reported mood where its own is the indicative's (German
    /// plural "hätten" for "haben", "würden" with an infinitive): a sentence holding one
    /// continues a report only right after one; elsewhere they state a condition.
    pub reported_mood_substitutes: &'static [&'static str],
    /// Past-tense verbs agree with the speaker's gender (ru, uk): "заявил" / "заявила".
    pub verb_gender: fn(&str) -> Gender,
    /// According-to frames that put the speaker's name in the genitive ("по словам Ивана
    /// Петрова", "за словами Олени Кравчук"), lower-case; empty where names do not decline.
    /// They are according frames too, not listed again in `according`.
    pub genitive_frames: &'static [&'static str],
    /// The possible nominatives of one word of a person's name given in the genitive, most
    /// likely first ("Петрова" → "Петров"; "Павла" → "Павел", "Павло"; "Олени" → "Олена");
    /// the word itself where names do not decline. The document picks among them.
    pub nominative: fn(&str) -> Vec<String>,
    /// Particles that, capitalised, open a surname said alone ("Van Dijk", "De la Cruz", "Di
    /// Maio"), lower-case; empty where every noun is capitalised (German).
    pub name_openers: &'static [&'static str],
    /// Endings of a place or organisation put in the genitive after a noun, where the case
    /// joins them (ru, uk): one word ("России", "України") and the first of several, an
    /// adjective's ("Європейського Союзу"); empty elsewhere.
    pub genitive_endings: &'static [&'static str],
    pub genitive_adjective_endings: &'static [&'static str],
    /// Words that open a sentence and attribute what follows to the person named up to the
    /// comma ("Para o procurador X, …", "Pour la syndicaliste, …"), lower-case; a cue only
    /// there and only before a person ("Para 2024, …" is none).
    pub opinion_frames: &'static [&'static str],
    /// Cues that deny or dismiss what they report ("denied", "a démenti", "bác bỏ",
    /// "опроверг"), lower-case: a quote they introduce is a denial. They are reporting verbs
    /// as well (not listed again in `verbs`), unless listed among the naming verbs.
    pub denials: &'static [&'static str],
    /// Nouns for someone's words in a sentence that attributes the quote before it with no
    /// verb ("That was the warning from X", "Ce sont les mots du préfet", "A afirmação é do
    /// X", "Đó là lời khuyên của X", "Così X", "Эти слова Беляковой"), lower-case.
    pub words_nouns: &'static [&'static str],
    /// Nouns for a survey, a study or a report of findings ("survey", "pesquisa", "Umfrage",
    /// "опросу"; Vietnamese two syllables, "khảo sát"), lower-case: "according to a survey by
    /// X", "segundo pesquisa do Instituto X" is X's finding.
    pub study_nouns: &'static [&'static str],
    /// Nouns for reported information, as written after an according word ("Angaben",
    /// "figures", "datos", "chiffres"), lower-case: "laut Angaben der Polizei", "according to
    /// figures from the ministry" are the police's and the ministry's words. Empty where the
    /// genitive needs no link word (ru, uk) or the frame is one phrase (vi).
    pub report_nouns: &'static [&'static str],
    /// Nouns for a piece an outlet published ("article", "report", "reportage", "статья"),
    /// lower-case: "The Kestrel Post article claims" names the outlet that carried the words.
    pub publication_nouns: &'static [&'static str],
    /// Nouns for an organisation, in the singular ("company", "ministère", "banco",
    /// "Konzern"): a definite description with one at its head ("the company said") names a body
    /// the text named before (`Ctx::body_antecedent`), lower-case.
    pub bodies: &'static [&'static str],
    /// Nouns for a written statement ("statement", "communiqué", "nota", "Erklärung"): the
    /// statement as speaker ("the statement read") is whoever the text said issued it
    /// (`Ctx::statement_author`), lower-case.
    pub statement_nouns: &'static [&'static str],
    /// The prepositions that join such a noun to the speaker ("of", "du", "do", "của"); none
    /// where the genitive case does it (ru, uk).
    pub words_of: &'static [&'static str],
    /// Verbs that say what someone called a thing ("called the plan a", "described it as",
    /// "branded"): they report words only when a quotation is their object, a few words on
    /// (a partial quotation); they open no reported clause and never follow a quote, so they
    /// are not in `verbs`. Lower-case; languages whose naming verbs are reporting verbs
    /// anyway ("nannte", "a qualifié", "calificó") leave this empty.
    pub naming_verbs: &'static [&'static str],
    /// How the language builds names and phrases.
    pub grammar: Grammar,
    /// Definite articles: a description opened by one refers back to someone named before
    /// (Russian, Ukrainian and Vietnamese have none; their bare descriptions count as definite).
    pub definite: &'static [&'static str],
    /// Relative pronouns that are never articles ("who", "qui", "dont", "который"; German and
    /// Dutch "der", "die" are both: see `relative_articles`).
    pub relative: &'static [&'static str],
    /// Demonstrative pronouns that refer back to a person, with the gender they mark
    /// ("dieser", "celui-ci", "este").
    pub demonstratives: &'static [(&'static str, Gender)],
    /// Possessives before a noun, with the possessor's gender they tell: "his", "zijn" tell
    /// one, "son", "su", "ihr" (also "their") none.
    pub possessives: &'static [(&'static str, Gender)],
    /// Possessives after the noun (Portuguese "a posição dela").
    pub possessives_after: &'static [(&'static str, Gender)],
    /// Noun endings that name a person by what she or he does ("-trice", "-eira", "-erin"),
    /// with the gender they mark; nouns of six letters or more only. Institutions end
    /// otherwise ("la préfecture", "le syndicat").
    pub agent_endings: &'static [(&'static str, Gender)],
    /// Nouns for a person by the decade of their age ("quinquagénaire", "the octogenarian"),
    /// by which news refers back to someone just named.
    pub age_nouns: &'static [&'static str],
    /// Endings of an age written as one word with its digits (Italian "il 64enne").
    pub age_suffixes: &'static [&'static str],
    /// Prepositions that hold an article, with the article ("au" → "le", "della" → "la",
    /// German dative "der" → "die"): a name after one is a place or a thing, and an outlet's
    /// name may get its article back ("al Tirreno" → "Il Tirreno").
    pub contractions: &'static [(&'static str, &'static str)],
    /// An outlet's own name from the form a sentence gives it after the word `prev` (lower-case):
    /// an article a contraction swallowed, the noun declined back to the nominative
    /// ("Интерфаксу"). `None`: as written, or as `declined_name_base` gives it.
    pub outlet_base: fn(&Rules, prev: &str, name: &str) -> Option<String>,
    /// A speaker's name (a body's, mostly) from the case an article `prev` (lower-case) shows
    /// it in, back in the nominative and without the article: German "nach Angaben des
    /// Statistischen Bundesamtes" → "Statistisches Bundesamt". `None`: as written.
    pub declined_name_base: fn(prev: &str, name: &str) -> Option<String>,
    /// An outlet's name of one or two words in the dative the verb puts it in, back in the
    /// nominative, case kept ("Интерфаксу" → "Интерфакс"); `None` where it does not end so, and
    /// always where nouns do not decline.
    pub outlet_dative: fn(words: &[&str]) -> Option<String>,
    /// Words found in outlets' names ("gazette", "radio", "zeitung", "вестник"): a capitalised
    /// name holding one, after a preposition or an article, names a medium.
    pub outlet_words: &'static [&'static str],
    /// Last parts of outlets' names written as one compound ("Abendblatt", "Sportkrant"), in
    /// languages that compound.
    pub outlet_endings: &'static [&'static str],
    /// Lower-case words joining the parts of an outlet's name ("Diário do Vouga", "Corriere
    /// della Sera").
    pub outlet_joiners: &'static [&'static str],
    /// Nouns for works, campaigns, organisations, signs and nicknames whose name follows in
    /// quotation marks ("the novel "…"", "la campagne « … »", "biệt danh "…""): that quote is
    /// a name, not words said.
    pub thing_nouns: &'static [&'static str],
    /// Verbs that say what a sign or a banner carries ("a banner reading", "auf den Plakaten
    /// stand"): a capitalised phrase after one is the text written on it.
    pub written_verbs: &'static [&'static str],
    /// Reporting verbs that are also common nouns (Vietnamese "than", to complain, also
    /// coal): a verb only where it ends its clause or is followed by a complementizer.
    pub clause_final_verbs: &'static [&'static str],
    /// Words of the name particles of `names` that in this language are a preposition with
    /// its article and never inside a name (Italian "al", "dal": "ha detto Giulia Ferri al
    /// Corriere"; Arabic names write "al-" with a hyphen).
    pub not_name_particles: &'static [&'static str],
    /// Conjunctions joining two clauses or phrases ("and", "but", "et", "но"): never part of a
    /// name, and where a speaker's phrase ends.
    pub coordinators: &'static [&'static str],
    /// The third person plural of a verb form in the third person singular by its ending,
    /// singular ending → plural ending, the first that fits ("afirma" → "afirmam", "explicó" →
    /// "explicaron", "estime" → "estiment"): reporting verbs and denials are listed in the
    /// singular and said by groups too ("Os economistas afirmam que …"). Empty where the lists
    /// give the plural. A form with a hyphen (a clitic: "mostra-se") takes none.
    pub verb_plural: &'static [(&'static str, &'static str)],
    /// Each regular conjugation class by its endings (`Conjugation`): a reporting verb or
    /// denial listed in one tense is read in the others ("afirmó" → "afirmaba", "заявил" →
    /// "заявила"; English "adds" → "adding"), so the lists need not spell out every tense.
    /// Empty where forms are listed in full.
    pub verb_tenses: &'static [Conjugation],
    /// Endings that mark a finite verb and no noun or adjective (the Spanish and Portuguese
    /// preterite "visitó", "visitaron", "visitou", the Italian "visitò"): a subject's phrase
    /// ends before such a word ("El alcalde visitó el puente y dijo …" is said by "El
    /// alcalde").
    pub finite_endings: &'static [&'static str],
    /// Conjunctions opening an adverbial clause ("while", "because", "aunque", "weil", "khi"):
    /// like the coordinators, where a speaker's phrase ends ("…, aunque Lozoya asegura que …").
    pub clause_openers: &'static [&'static str],
    /// "As" opening a clause of saying before the main clause ("As the mayor said, …", "Come
    /// ha spiegato il sindaco, …", "Comme l'a rappelé X, …"), lower-case.
    pub as_words: &'static [&'static str],
    /// The ending of the reported mood's third person singular (German Konjunktiv I "zeichne",
    /// "entzaubere": the stem and "-e"), recognised in the finite verb's place after the
    /// subject, and the endings that look alike but are another tense (the preterite "-te":
    /// "sagte", "machte", and "wurde"; the forms of `reported_mood` are taken whatever they
    /// end with).
    pub reported_mood_ending: Option<(&'static str, &'static [&'static str])>,
    /// According-to cues that follow what they attribute and never open a sentence's frame
    /// (German ", so Heusgen", "dem Bericht zufolge"; Dutch ", aldus X"): "so" opening a
    /// clause is an adverb ("Die Entscheidung, so heißt es, …").
    pub according_after: &'static [&'static str],
    /// According-to words that follow the phrase they name ("Russischen Medien zufolge", "dem
    /// Bericht zufolge"): opening a sentence, the phrase before them is who said what follows.
    pub according_postpositions: &'static [&'static str],
    /// According-to phrases written as a preposition and a compound whose first part is the
    /// source ("nach Polizeiangaben", "nach US-Angaben", "laut Behördenangaben"): the
    /// preposition and the compound's last part.
    pub according_compounds: &'static [(&'static str, &'static str)],
    /// Cues with no one as their subject ("it was reported", "on rapporte", "se dice", "es
    /// heißt", "отмечается", "кажуть"): the clause they introduce is reported speech of
    /// nobody named, lower-case.
    pub impersonal: &'static [&'static str],
    /// Phrases taking one or some out of a group ("one of the", "uno dei", "l'une des", "один
    /// из"), with the gender they mark: "one of the owners" is a description of someone new,
    /// its role the group's noun.
    pub partitives: &'static [(&'static str, Gender)],
    /// Articles that are also relative pronouns, opening a relative clause when its verb comes
    /// last (German "der", "die"; Dutch "die", "dat").
    pub relative_articles: &'static [&'static str],
    /// Object pronouns before the verb ("lo considera", "le ha detto", "l'a dit"): not its
    /// subject.
    pub object_clitics: &'static [&'static str],
    /// Verbs of hoping: a wish, not a report of what was said, when they govern a clause
    /// ("hofft, dass es klappt"; in English and Romance "hope" is no reporting verb at all).
    pub hoping_verbs: &'static [&'static str],
    /// Words that mark a name as only so called ("so-called", "sogenannte", "cosiddetto", the
    /// participle of "так называемый"): a quote after one is a name, never a statement.
    pub so_called: &'static [&'static str],
    /// Participles that give a thing its name ("called", "dubbed", "dit", "llamado"): after
    /// one, a short quote is that name.
    pub naming_participles: &'static [&'static str],
    /// Negations that open a predicate ("not", "ne", "no", "não", "non").
    pub negations: &'static [&'static str],
    /// Endings of the infinitive where a reporting verb takes one as its claim ("diz ter",
    /// "negó haber", "affirme avoir"; Romance), lower-case; empty elsewhere.
    pub infinitive_endings: &'static [&'static str],
    /// The word that must open such an infinitive ("ha detto di avere"), if any.
    pub infinitive_marker: Option<&'static str>,
    /// Beginnings of the verbs that promise, ask, propose, hope or decide ("prometió", "ha
    /// chiesto", "suggère", "espèrent"): their infinitive is an act still to be done, not a
    /// claim.
    pub directive_stems: &'static [&'static str],
    /// Endings of a reporting verb in the third person plural, where no singular form ends so
    /// ("dizem", "dicen", "dicono", "говорят", "кажуть"): its subject is a group, never the
    /// one person named last. Empty where a singular may end so (French "dément").
    pub plural_endings: &'static [&'static str],
    /// Verbs of quoting someone else's words ("quote", "citer", "процитувати"): in a lead-in
    /// before a colon, the person after one is the quote's speaker ("I can quote Thatcher: …").
    pub citing_verbs: &'static [&'static str],
    /// Relative phrases after a noun of report that open what the report says, as a
    /// complementizer does ("a démenti les informations selon lesquelles …", "dementierte
    /// Berichte, wonach …", "smentito le notizie secondo cui …"), lower-case.
    pub reported_relatives: &'static [&'static str],
    /// Frames of one's own account ("nach eigenen Angaben", "by his own account", "naar eigen
    /// zeggen"), lower-case: the clause holding one is said by its own subject.
    pub own_account: &'static [&'static str],
    /// Words that call what was said false ("false", "fake news", "fausses", "фейком"),
    /// lower-case: a quotation of a few words holding one, attributed, is a denial
    /// ("dismissing as "false" the reports", "назвал «фейком»").
    pub falsehoods: &'static [&'static str],
    /// The first person singular ("I", "je", "tôi"): outside quotation marks it is the writer,
    /// never a person the text named before, and speaks as written.
    pub narrator: &'static [&'static str],
    /// Neuter pronouns that open a free relative with the complementizer ("ce que", "lo que",
    /// "o que", "ciò che"): "C'est ce qu'affirme X" attributes the quote before it.
    pub neuter_pronouns: &'static [&'static str],
    /// One-word free relatives that do the same ("è quanto sostiene X").
    pub free_relatives: &'static [&'static str],
    /// Manner words opening a sentence that refers back to a quote ("That was how X put it",
    /// "C'est ainsi que X l'a résumé", "Es así como lo contó X"); phrases match consecutive
    /// words and end at their last.
    pub manner_words: &'static [&'static str],
    /// Particles that belong to the verb after such a manner word ("summed up", "put it").
    pub verb_particles_after: &'static [&'static str],
    /// Phrases opening a sentence that only attributes the one before it ("Об этом сообщил
    /// мэр.", "Про це повідомила прессекретарка X."), lower-case.
    pub about_this: &'static [&'static str],
    /// Expletive or demonstrative subjects that open a clause after a reporting verb with no
    /// "that", besides pronouns and determiners ("said there was", "said it would", "said this
    /// was").
    pub clause_subjects: &'static [&'static str],
}

/// How a language builds names and phrases: the switches of the shared rules.
pub(crate) struct Grammar {
    /// Nouns and names decline by case (ru, uk): a genitive joins a phrase, an outlet stands
    /// in the dative after the verb, and names mark gender by their ending.
    pub declines: bool,
    /// Romance (fr, es, it, pt): a complement may stand between title and name ("il ministro
    /// dei Trasporti Fabrizio Morandini"), clitic pronouns precede the verb, and a noun's
    /// ending may mark a person or a woman's given name.
    pub romance: bool,
    /// A name may follow any word in its phrase ("начальник управления Андрей Соколов"):
    /// genitive complements come between title and name.
    pub loose_names: bool,
    /// Every noun is capitalised (German): a capitalised word after an article is a noun.
    pub noun_caps: bool,
    /// Inverted subjects are written with a hyphen ("a-t-il ajouté", "dit-elle"; French): the
    /// tokenizer splits the clitic off.
    pub inverted_clitics: bool,
    /// Names open with a family name from a closed list (Vietnamese): another capitalised run
    /// is a place or an organisation ("Sở Giao thông vận tải Hải Phòng").
    pub family_name: Option<fn(&str) -> bool>,
    /// Auxiliaries and particles before the verb ("đã", "cũng", "thì") are adverbs, not part
    /// of the cue as written (Vietnamese): "Ông Cẩn thì than rằng …" has the cue "than".
    pub cue_without_aux: bool,
    /// Words are written as syllables apart (Vietnamese: "khí tượng"): a word takes about
    /// two tokens, so a phrase's reach in tokens doubles.
    pub syllables: bool,
}

/// The plural `lex.verb_plural` gives a verb form, if any.
fn plural_of(lex: &Lexicon, w: &str) -> Option<String> {
    if w.contains('-') {
        return None;
    }
    let (sg, pl) = lex.verb_plural.iter().find(|(sg, _)| w.ends_with(sg))?;
    Some(format!("{}{pl}", &w[..w.len() - sg.len()]))
}

/// One regular conjugation class, by the endings of its third person. The longest ending a
/// listed form has picks its class (on a tie, each class that fits); irregular forms stay
/// listed. Participles are in no class: alone they are adjectives and nouns ("acusado",
/// "pedido"), and after an auxiliary they are listed with it.
pub struct Conjugation {
    /// The present singular ("-a", "-e"): recognised, never derived, as it is often a noun or
    /// another verb too ("pregunta", "protesta", "precisa"). Empty where the present has no
    /// ending of the class's own (ru, uk).
    pub present: &'static str,
    /// The other tenses ("-ó", "-aba", "-ará"), derived from any listed form of the class. A
    /// gerund only where the speaker search finds its subject (English "…, adding that …");
    /// the Romance gerund's subject is the main clause's, which it does not yet find.
    pub others: &'static [&'static str],
    /// The gerund where it is no cue of its own ("-ant", "-ando"; empty where none): it reports
    /// only right after a quotation's attribution ("», a dit Morel, ajoutant que …"), where
    /// the subject is that attribution's.
    pub gerund: &'static str,
}

/// The single-word `forms` in the other tenses of their conjugation class
/// (`Lexicon::verb_tenses`), those not listed already. A stem must keep three letters, so a
/// short irregular form ("dit", "va") takes none.
fn other_tenses(lex: &Lexicon, forms: &[&str]) -> Vec<String> {
    derived_forms(lex, forms, |class| class.others)
}

/// The gerunds of the single-word `forms` (`Conjugation::gerund`), as [`other_tenses`].
fn gerunds(lex: &Lexicon, forms: &[&str]) -> Vec<String> {
    derived_forms(lex, forms, |class| {
        if class.gerund.is_empty() {
            &[]
        } else {
            std::slice::from_ref(&class.gerund)
        }
    })
}

/// The forms `endings` gives each of the single-word `forms` by its conjugation class.
fn derived_forms(
    lex: &Lexicon,
    forms: &[&str],
    endings: impl for<'c> Fn(&'c Conjugation) -> &'c [&'static str],
) -> Vec<String> {
    let listed: HashSet<&str> = forms.iter().copied().collect();
    let mut seen: HashSet<String> = HashSet::default();
    let mut out = Vec::new();
    let len = |e: &str| e.chars().count();
    for f in forms.iter().filter(|f| !f.contains([' ', '-'])) {
        let fits: Vec<(&Conjugation, &str)> = lex
            .verb_tenses
            .iter()
            .filter_map(|class| {
                let endings = std::iter::once(&class.present).chain(class.others);
                let e = endings
                    .filter(|e| !e.is_empty() && f.ends_with(*e))
                    .max_by_key(|e| len(e))?;
                Some((class, *e))
            })
            .collect();
        let Some(longest) = fits.iter().map(|(_, e)| len(e)).max() else {
            continue;
        };
        for (class, ending) in fits.into_iter().filter(|(_, e)| len(e) == longest) {
            let stem = &f[..f.len() - ending.len()];
            if stem.chars().count() < 3 {
                continue;
            }
            for e in endings(class) {
                let form = format!("{stem}{e}");
                if !listed.contains(form.as_str()) && seen.insert(form.clone()) {
                    out.push(form);
                }
            }
        }
    }
    out
}

/// Each cue phrase with its last word in the plural `lex.verb_plural` gives, when that form is
/// not listed already.
fn plural_cues(lex: &Lexicon, cues: &[&str]) -> Vec<String> {
    let listed: HashSet<&str> = cues.iter().copied().collect();
    cues.iter()
        .filter_map(|c| {
            let (head, last) = c.rsplit_once(' ').map_or(("", *c), |(h, l)| (h, l));
            let plural = plural_of(lex, last)?;
            let phrase = if head.is_empty() {
                plural
            } else {
                format!("{head} {plural}")
            };
            (!listed.contains(phrase.as_str())).then_some(phrase)
        })
        .collect()
}

/// Outlets' names are kept as written.
pub(crate) fn outlet_as_written(_: &Rules, _: &str, _: &str) -> Option<String> {
    None
}

/// Names are kept as the sentence writes them.
pub(crate) fn name_as_written(_: &str, _: &str) -> Option<String> {
    None
}

/// Where nouns do not decline, no word is a dative.
pub(crate) fn no_dative(_: &[&str]) -> Option<String> {
    None
}

/// Does `w` hold a Cyrillic letter (Russian, Ukrainian), whose names and nouns decline?
pub(crate) fn cyrillic(w: &str) -> bool {
    w.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// A Cyrillic consonant letter (the soft and hard signs and "й" count as vowels here: no
/// dative stem ends in them).
pub(crate) fn cyrillic_consonant(c: char) -> bool {
    !"аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄьЬйЙ".contains(c)
}

/// A one-word name in the dative "-у"/"-ю" after a consonant, without the ending
/// ("Интерфаксу" → "Интерфакс"); five letters at least.
pub(crate) fn consonant_dative(w: &str) -> Option<String> {
    if w.chars().count() <= 4 {
        return None;
    }
    w.strip_suffix(['у', 'ю'])
        .filter(|st| st.chars().last().is_some_and(cyrillic_consonant))
        .map(str::to_string)
}

/// A Russian or Ukrainian outlet's name back in the nominative by the language's `dative`: one
/// word of five letters or more (not in "-ю", mostly a noun's own ending), or two words when
/// the nominative is a known outlet.
pub(crate) fn declined_outlet(
    rules: &Rules,
    name: &str,
    dative: fn(&[&str]) -> Option<String>,
) -> Option<String> {
    if !name.contains(' ') {
        return dative(&[name]).filter(|_| name.chars().count() >= 5 && !name.ends_with('ю'));
    }
    let words: Vec<&str> = name.split(' ').collect();
    dative(&words).filter(|b| rules.outlet_phrase(&b.to_lowercase()).is_some())
}

/// Names that do not decline: every word is its own nominative.
pub(crate) fn as_written(w: &str) -> Vec<String> {
    vec![w.to_string()]
}

/// A masculine genitive in "-а" after a consonant: the stem, and the stem with the vowel it
/// drops when it declines ("Павла" → "Павел", "Петра" → "Петр"), and, where given names end
/// in "-о" (Ukrainian "Павло", "Петро"), that one.
pub(crate) fn masculine_a(stem: &str, with_o: bool) -> Vec<String> {
    let chars: Vec<char> = stem.chars().collect();
    let mut out = vec![stem.to_string()];
    // A consonant before a final "л", "р" or "к": no nominative ends so in Ukrainian ("Павло",
    // "Петро", "Михайло"), and a Russian one drops a vowel there ("Павел").
    let cluster =
        matches!(chars[..], [.., a, b] if !"аеёиоуыэюяіїє".contains(a) && "лрк".contains(b));
    if with_o {
        out.insert(usize::from(!cluster), format!("{stem}о"));
    }
    if cluster {
        let head: String = chars[..chars.len() - 1].iter().collect();
        out.push(format!("{head}е{}", chars[chars.len() - 1]));
    }
    out
}

pub(crate) fn no_verb_gender(_: &str) -> Gender {
    Gender::Unknown
}

/// A lexicon with its lists turned into hash lookups; built once per language.
pub(crate) struct Rules {
    pub lex: &'static Lexicon,
    /// First word -> the remaining words of every cue phrase starting with it, longest first.
    verbs: Phrases,
    /// Particle verbs of verb-second languages split around the subject ("stellte … fest",
    /// "voegde … toe"): first word -> the particle words that close the clause.
    split: Phrases,
    passive: Phrases,
    according: Phrases,
    citing_verbs: Phrases,
    reported_relatives: Phrases,
    own_account: Phrases,
    falsehoods: Phrases,
    opinion_frames: Phrases,
    source_markers: Phrases,
    aux: HashSet<&'static str>,
    object_verbs: HashSet<&'static str>,
    complementizers: HashSet<&'static str>,
    media: HashSet<&'static str>,
    bodies: HashSet<&'static str>,
    statement_nouns: HashSet<&'static str>,
    outlets: Phrases,
    pronouns: HashMap<&'static str, Gender>,
    honorifics: HashMap<&'static str, Gender>,
    roles: HashMap<&'static str, Gender>,
    /// The role-noun endings grouped by their last byte, in list order.
    role_suffixes: Vec<Vec<(&'static str, Gender)>>,
    determiners: HashMap<&'static str, Gender>,
    prepositions: HashSet<&'static str>,
    /// Every word `is_function_word` accepts, in one table: it is asked for almost every
    /// token, and most tokens are in none of the six lists it would otherwise try.
    any_function_word: HashSet<&'static str>,
    skip: HashSet<&'static str>,
    reported_mood: HashSet<&'static str>,
    reported_mood_substitutes: HashSet<&'static str>,
    naming_verbs: HashSet<&'static str>,
    /// Role word -> the synonym groups it belongs to (`synonyms.rs`).
    role_groups: HashMap<&'static str, Vec<u16>>,
    outlet_words: HashSet<&'static str>,
    /// The denials in their other tenses and in the plural (`Lexicon::verb_tenses`,
    /// `Lexicon::verb_plural`).
    denial_forms: Vec<String>,
    /// Gerunds of the reporting verbs (`Conjugation::gerund`), which are no cues of their own.
    reporting_gerunds: HashSet<String>,
    /// The cues' last words in the plural (`Lexicon::verb_plural`).
    plural_verbs: HashSet<String>,
    impersonal: Phrases,
    manner_words: Phrases,
    about_this: Phrases,
    /// `Lexicon::partitives` as the tokenizer splits them, longest first.
    partitives: Vec<(Vec<String>, Gender)>,
}

/// Words of a phrase as the tokenizer sees them: "un'intervista" is "un'" + "intervista".
fn phrase_words(p: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in p.split(' ').filter(|w| !w.is_empty()) {
        match w.find('\'') {
            Some(k) if k + 1 < w.len() && super::tokens::is_elision(&w[..k]) => {
                out.push(w[..=k].to_string());
                out.push(w[k + 1..].to_string());
            }
            _ => out.push(w.to_string()),
        }
    }
    out
}

type Phrases = HashMap<String, Vec<Vec<String>>>;

/// German and Dutch particle verbs listed as "stellte fest", "voegde eraan toe" also occur
/// joined at the end of a subordinate clause ("…, indem sie feststellte", "dat hij eraan
/// toevoegde") and split around the subject in a main clause ("stellte der Trainer fest").
/// Returns the joined phrases and the split table. A reflexive ("zeigte sich"), an auxiliary
/// ("erklärt hat"), a verb ("zo zegt") or an infinitive ("ließ verlauten") is no particle.
fn particle_verbs(lex: &Lexicon) -> (Vec<Vec<String>>, Phrases) {
    const NOT_PARTICLES: &[&str] = &["sich", "es", "zich", "het", "von", "van", "door"];
    let aux: HashSet<&str> = lex.aux.iter().copied().collect();
    let single: HashSet<&str> = lex
        .verbs
        .iter()
        .copied()
        .filter(|v| !v.contains(' '))
        .collect();
    let mut joined = Vec::new();
    let mut split = Phrases::default();
    for p in lex.verbs {
        let words: Vec<&str> = p.split(' ').collect();
        if !(2..=3).contains(&words.len()) {
            continue;
        }
        let tail = &words[1..];
        let particle = |w: &&str| {
            !NOT_PARTICLES.contains(w)
                && !aux.contains(w)
                && !single.contains(w)
                && w.chars().all(char::is_alphabetic)
        };
        if !tail.iter().all(particle) {
            continue;
        }
        split
            .entry(words[0].to_string())
            .or_default()
            .push(tail.iter().map(|w| w.to_string()).collect());
        let last = tail[tail.len() - 1];
        if !(last.ends_with("en") && last.chars().count() > 4) {
            let mut j: Vec<String> = tail[..tail.len() - 1]
                .iter()
                .map(|w| w.to_string())
                .collect();
            j.push(format!("{last}{}", words[0]));
            joined.push(j);
        }
    }
    (joined, split)
}

fn phrases(list: &[&'static str]) -> Phrases {
    let mut m: Phrases = HashMap::default();
    add_phrases(&mut m, list.iter().copied());
    m
}

fn add_phrases<'p>(m: &mut Phrases, list: impl Iterator<Item = &'p str>) {
    for p in list {
        let mut words = phrase_words(p).into_iter();
        if let Some(first) = words.next() {
            m.entry(first).or_default().push(words.collect());
        }
    }
    for v in m.values_mut() {
        v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    }
}

fn lookup<T: Copy>(list: &[(&'static str, T)], w: &str) -> Option<T> {
    list.iter().find(|(k, _)| *k == w).map(|&(_, v)| v)
}

fn set(list: &[&'static str]) -> HashSet<&'static str> {
    list.iter().copied().collect()
}

fn map(list: &[(&'static str, Gender)]) -> HashMap<&'static str, Gender> {
    list.iter().copied().collect()
}

impl Rules {
    pub fn new(lex: &'static Lexicon) -> Self {
        let (joined, split) = if lex.particle_verbs {
            particle_verbs(lex)
        } else {
            (Vec::new(), Phrases::default())
        };
        // A denial is a reporting verb too, unless it reports only a quotation it governs.
        let denials = lex.denials.iter().filter(|d| !lex.naming_verbs.contains(d));
        let listed: Vec<&'static str> = lex.verbs.iter().chain(denials).copied().collect();
        let tenses = other_tenses(lex, &listed);
        let reporting_gerunds = gerunds(lex, &listed).into_iter().collect();
        let cues: Vec<&str> = listed
            .iter()
            .copied()
            .chain(tenses.iter().map(String::as_str))
            .collect();
        let mut verbs = Phrases::default();
        add_phrases(&mut verbs, cues.iter().copied());
        let plurals = plural_cues(lex, &cues);
        // Every plural form the endings give, listed or not: a verb in the plural has a
        // plural subject.
        let plural_verbs = cues
            .iter()
            .filter_map(|c| plural_of(lex, c.rsplit(' ').next().unwrap_or(c)))
            .collect();
        add_phrases(&mut verbs, plurals.iter().map(String::as_str));
        let mut denial_forms = other_tenses(lex, lex.denials);
        let denials: Vec<&str> = lex
            .denials
            .iter()
            .copied()
            .chain(denial_forms.iter().map(String::as_str))
            .collect();
        let plurals = plural_cues(lex, &denials);
        denial_forms.extend(plurals);
        for words in joined {
            let mut it = words.into_iter();
            if let Some(first) = it.next() {
                verbs.entry(first).or_default().push(it.collect());
            }
        }
        for v in verbs.values_mut() {
            v.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        Rules {
            lex,
            verbs,
            split,
            passive: phrases(lex.passive),
            according: {
                // (A frame that puts the name in the genitive is an according frame too.)
                let mut m = phrases(lex.according);
                add_phrases(&mut m, lex.genitive_frames.iter().copied());
                m
            },
            citing_verbs: phrases(lex.citing_verbs),
            reported_relatives: phrases(lex.reported_relatives),
            own_account: phrases(lex.own_account),
            falsehoods: phrases(lex.falsehoods),
            opinion_frames: phrases(lex.opinion_frames),
            source_markers: phrases(lex.source_markers),
            aux: set(lex.aux),
            object_verbs: set(lex.object_verbs),
            complementizers: set(lex.complementizers),
            media: set(lex.media),
            bodies: set(lex.bodies),
            statement_nouns: set(lex.statement_nouns),
            outlets: phrases(lex.outlets),
            pronouns: map(lex.pronouns),
            honorifics: map(lex.honorifics),
            roles: map(lex.roles),
            role_suffixes: {
                let mut by_last = vec![Vec::new(); 256];
                for &(suffix, g) in lex.role_suffixes {
                    if let Some(&b) = suffix.as_bytes().last() {
                        by_last[usize::from(b)].push((suffix, g));
                    }
                }
                by_last
            },
            determiners: map(lex.determiners),
            prepositions: set(lex.prepositions),
            any_function_word: lex
                .function_words
                .iter()
                .chain(lex.prepositions)
                .chain(lex.determiners.iter().map(|(w, _)| w))
                .chain(lex.complementizers)
                .chain(lex.pronouns.iter().map(|(w, _)| w))
                .chain(lex.coordinators)
                .copied()
                .collect(),
            skip: set(lex.skip),
            reported_mood: set(lex.reported_mood),
            reported_mood_substitutes: set(lex.reported_mood_substitutes),
            naming_verbs: set(lex.naming_verbs),
            role_groups: HashMap::default(),
            denial_forms,
            reporting_gerunds,
            plural_verbs,
            impersonal: phrases(lex.impersonal),
            manner_words: phrases(lex.manner_words),
            about_this: phrases(lex.about_this),
            partitives: {
                let mut p: Vec<(Vec<String>, Gender)> = lex
                    .partitives
                    .iter()
                    .map(|&(w, g)| (phrase_words(w), g))
                    .collect();
                p.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
                p
            },
            // English words name outlets in every language's news ("Kyiv Post", "Sky News").
            outlet_words: lex
                .outlet_words
                .iter()
                .chain(super::en::LEXICON.outlet_words)
                .copied()
                .collect(),
        }
    }

    /// Adds the language's role synonyms: each word becomes a role (keeping the gender the
    /// role list gives it, if any) and remembers its groups, for `same_role`.
    pub fn with_role_synonyms(mut self, groups: super::synonyms::Groups) -> Self {
        for (id, group) in groups.iter().enumerate() {
            let id = u16::try_from(id).unwrap_or(u16::MAX);
            for &(w, g) in *group {
                self.roles.entry(w).or_insert(g);
                let ids = self.role_groups.entry(w).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        self
    }

    /// The listed nominative of a declined Cyrillic role noun ("мэра" -> "мэр", "главы
    /// города" -> "глава города", "посадовиці" -> "посадовиця"), with its gender.
    fn declined_role(&self, w: &str) -> Option<Gender> {
        self.declined_base(w)
            .and_then(|b| self.roles.get(b.as_str()).copied())
    }

    fn declined_base(&self, w: &str) -> Option<String> {
        let (first, rest) = match w.split_once(' ') {
            Some((f, r)) => (f, Some(r)),
            None => (w, None),
        };
        if !cyrillic(first) {
            return None;
        }
        const ENDINGS: &[&str] = &[
            "ами", "ями", "ом", "ем", "ём", "ой", "ей", "ою", "ею", "ов", "ев", "ам", "ям", "ах",
            "ях", "а", "я", "у", "ю", "е", "і", "и", "ы",
        ];
        // Nominative endings a stem may take back: masculine zero, -а/-я, -ь, -й, -ий.
        const BACK: &[&str] = &["", "а", "я", "ь", "й"];
        for e in ENDINGS {
            let Some(stem) = first.strip_suffix(e) else {
                continue;
            };
            if stem.chars().count() < 3 {
                continue;
            }
            for b in BACK {
                let cand = match rest {
                    Some(r) => format!("{stem}{b} {r}"),
                    None => format!("{stem}{b}"),
                };
                if cand != w && self.roles.contains_key(cand.as_str()) {
                    return Some(cand);
                }
            }
        }
        None
    }

    /// Do two role phrases as written name the same function ("il sindaco" / "il primo
    /// cittadino", "die Grünen-Fraktionschefin" / "die Politikerin")? A phrase not listed whole
    /// is looked up by its last word or the part after its last hyphen.
    pub fn same_role(&self, a: &str, b: &str) -> bool {
        if self.role_groups.is_empty() {
            return false;
        }
        let groups = |r: &str| -> &[u16] {
            if let Some(v) = self.role_groups.get(r) {
                return v;
            }
            if let Some(v) = self
                .declined_base(r)
                .and_then(|b| self.role_groups.get(b.as_str()))
            {
                return v;
            }
            let tail = r.rsplit([' ', '-']).next().unwrap_or(r);
            self.role_groups.get(tail).map_or(&[], Vec::as_slice)
        };
        let gb = groups(b);
        !gb.is_empty() && groups(a).iter().any(|g| gb.contains(g))
    }

    fn longest(table: &Phrases, words: &[&str]) -> Option<usize> {
        let first = words.first()?;
        let rest = table.get(*first)?;
        rest.iter()
            .find(|r| r.len() < words.len() && r.iter().zip(&words[1..]).all(|(a, b)| a == b))
            .map(|r| r.len() + 1)
    }

    /// The gender or number a verb form marks on its subject: the past tense's gender (ru,
    /// uk), the plural where the endings give it ("afirmam", "dijeron").
    pub fn verb_gender(&self, w: &str) -> Gender {
        let plural_ending = || {
            let n = w.chars().count();
            self.lex
                .plural_endings
                .iter()
                .any(|e| n > e.chars().count() + 2 && w.ends_with(e))
        };
        if self.plural_verbs.contains(w) || plural_ending() {
            Gender::Plural
        } else {
            (self.lex.verb_gender)(w)
        }
    }
    /// Are the quoted words a few that call something false ("dismissing as "false"",
    /// "called it "fake news"", "назвал «фейком»"; see `Lexicon::falsehoods`)? Only a
    /// quotation of a few words is such a label.
    pub fn calls_false(&self, quoted: &str) -> bool {
        let quoted = quoted.to_lowercase();
        let words: Vec<&str> = quoted
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        words.len() <= LABEL_WORDS
            && (0..words.len()).any(|i| Self::longest(&self.falsehoods, &words[i..]).is_some())
    }
    /// Does the cue, as written, deny or dismiss (see `Lexicon::denials`)?
    pub fn is_denial(&self, cue: &str) -> bool {
        let cue = cue.to_lowercase();
        let words: Vec<&str> = cue.split_whitespace().collect();
        let denials = self.lex.denials.iter().copied();
        denials
            .chain(self.denial_forms.iter().map(String::as_str))
            .any(|d| {
                let form: Vec<&str> = d.split(' ').collect();
                words.windows(form.len()).any(|w| w == form.as_slice())
            })
    }
    /// The length of a partitive at the start of `words` and the gender it marks.
    pub fn partitive(&self, words: &[&str]) -> Option<(usize, Gender)> {
        self.partitives
            .iter()
            .find(|(p, _)| p.len() <= words.len() && p.iter().zip(words).all(|(a, b)| a == b))
            .map(|(p, g)| (p.len(), *g))
    }
    /// The length of an impersonal cue at the start of `words`, if one is there.
    /// The length of a manner phrase at the start of `words` ("how", "ainsi que"), if any.
    pub fn manner_word(&self, words: &[&str]) -> Option<usize> {
        Self::longest(&self.manner_words, words)
    }
    /// The length of an "about this" opening at the start of `words` ("об этом"), if any.
    pub fn about_this(&self, words: &[&str]) -> Option<usize> {
        Self::longest(&self.about_this, words)
    }
    pub fn impersonal(&self, words: &[&str]) -> Option<usize> {
        Self::longest(&self.impersonal, words)
    }
    /// The length of an opinion frame at the start of `words`, if one is there.
    pub fn opinion_frame(&self, words: &[&str]) -> Option<usize> {
        Self::longest(&self.opinion_frames, words)
    }
    pub fn verb(&self, words: &[&str]) -> Option<usize> {
        Self::longest(&self.verbs, words)
    }
    /// The particles that may close the clause of a split particle verb opened by `w`.
    pub fn split_particles(&self, w: &str) -> Option<&[Vec<String>]> {
        self.split.get(w).map(Vec::as_slice)
    }
    pub fn passive(&self, words: &[&str]) -> Option<usize> {
        Self::longest(&self.passive, words)
    }
    pub fn according(&self, words: &[&str]) -> Option<usize> {
        Self::longest(&self.according, words)
    }
    pub fn source_marker(&self, words: &[&str]) -> Option<usize> {
        Self::longest(&self.source_markers, words)
    }
    pub fn outlet(&self, words: &[&str]) -> Option<usize> {
        Self::longest(&self.outlets, words).or_else(|| Self::longest(&COMMON.outlets, words))
    }
    /// `outlet` for a lower-case phrase written with spaces ("економічна правда").
    pub fn outlet_phrase(&self, phrase: &str) -> Option<usize> {
        self.outlet(&phrase.split(' ').collect::<Vec<_>>())
    }
    pub fn is_naming_verb(&self, w: &str) -> bool {
        self.naming_verbs.contains(w)
    }
    pub fn is_aux(&self, w: &str) -> bool {
        self.aux.contains(w)
    }
    pub fn is_object_verb(&self, w: &str) -> bool {
        self.object_verbs.contains(w)
    }
    pub fn is_reporting_gerund(&self, w: &str) -> bool {
        self.reporting_gerunds.contains(w)
    }
    pub fn is_complementizer(&self, w: &str) -> bool {
        self.complementizers.contains(w)
    }
    pub fn is_media(&self, w: &str) -> bool {
        self.media.contains(w)
    }
    pub fn is_body(&self, w: &str) -> bool {
        self.bodies.contains(w)
    }
    pub fn is_statement_noun(&self, w: &str) -> bool {
        self.statement_nouns.contains(w)
    }
    /// The length of a relative phrase that opens a report's content at the start of
    /// `words` ("selon lesquelles"), if one is there.
    pub fn reported_relative(&self, words: &[&str]) -> Option<usize> {
        Self::longest(&self.reported_relatives, words)
    }
    /// The length of a frame of one's own account at the start of `words`, if one is there.
    pub fn own_account(&self, words: &[&str]) -> Option<usize> {
        Self::longest(&self.own_account, words)
    }
    /// The length of a verb of quoting at the start of `words`, if one is there.
    pub fn citing_verb(&self, words: &[&str]) -> Option<usize> {
        Self::longest(&self.citing_verbs, words)
    }
    /// Is `w` (lower case) the first person singular, the writer outside quotation marks?
    pub fn is_narrator(&self, w: &str) -> bool {
        self.lex.narrator.contains(&w)
    }
    pub fn pronoun(&self, w: &str) -> Option<Gender> {
        self.pronouns.get(w).copied()
    }
    pub fn honorific(&self, w: &str) -> Option<Gender> {
        self.honorifics
            .get(w.trim_end_matches('.'))
            .or_else(|| COMMON.honorifics.get(w.trim_end_matches('.')))
            .copied()
    }
    /// The gender a role noun marks, if `w` is one (whole word or a compound ending).
    pub fn role(&self, w: &str) -> Option<Gender> {
        if let Some(g) = self.roles.get(w) {
            return Some(*g);
        }
        // A former holder: "exalcalde", "ex-ministro", "ex-présidente", "экс-министр".
        if let Some(rest) = ["ex-", "ex", "экс-", "екс-"]
            .iter()
            .find_map(|p| w.strip_prefix(p))
            .filter(|r| r.chars().count() >= 4)
            && let Some(g) = self.roles.get(rest)
        {
            return Some(*g);
        }
        // A compound's ending names its kind ("Regierungssprecher"); a phrase of several words
        // must be listed whole ("bestätigte den Bericht" is no role for ending in "bericht").
        let by_suffix = |w: &str| {
            if w.contains(' ') {
                return None;
            }
            let last = usize::from(*w.as_bytes().last()?);
            self.role_suffixes[last]
                .iter()
                .find(|(s, _)| w.ends_with(s))
                .map(|(_, g)| *g)
        };
        // Russian and Ukrainian decline role nouns: "по словам мэра", "министру",
        // "тренером", "посадовиці"; the first word of a phrase ("главы города").
        if let Some(g) = self.declined_role(w) {
            return Some(g);
        }
        // German genitive and plural endings: "des Sprechers", "der Ministerinnen", "des
        // Verbandes", "der Behörden", "die Gewerkschaften".
        // ("-en" only where nouns are capitalised: Dutch "artsen" is no "arts" as a speaker's
        // role after a verb.)
        let endings: &[&str] = if self.lex.grammar.noun_caps {
            &["nen", "en", "es", "s", "n"]
        } else {
            &["nen", "es", "s", "n"]
        };
        by_suffix(w).or_else(|| {
            endings.iter().find_map(|e| {
                let stem = w.strip_suffix(e).filter(|s| s.chars().count() >= 3)?;
                self.roles.get(stem).copied().or_else(|| by_suffix(stem))
            })
        })
    }
    pub fn determiner(&self, w: &str) -> Option<Gender> {
        self.determiners.get(w).copied()
    }
    pub fn is_preposition(&self, w: &str) -> bool {
        self.prepositions.contains(w)
    }
    /// Never part of a name, even when capitalised.
    pub fn is_function_word(&self, w: &str) -> bool {
        self.any_function_word.contains(w)
    }
    pub fn is_reported_mood_substitute(&self, w: &str) -> bool {
        self.reported_mood_substitutes.contains(w)
    }
    pub fn is_reported_mood(&self, w: &str) -> bool {
        self.reported_mood.contains(w)
    }
    pub fn is_definite(&self, w: &str) -> bool {
        self.lex.definite.contains(&w)
    }
    pub fn is_relative(&self, w: &str) -> bool {
        self.lex.relative.contains(&w)
    }
    pub fn demonstrative(&self, w: &str) -> Option<Gender> {
        lookup(self.lex.demonstratives, w)
    }
    pub fn possessive(&self, w: &str) -> Option<Gender> {
        lookup(self.lex.possessives, w)
    }
    pub fn possessive_after(&self, w: &str) -> Option<Gender> {
        lookup(self.lex.possessives_after, w)
    }
    /// The gender a noun's agent ending marks ("la libraia", "der Tischler"), if it has one.
    pub fn agent_noun(&self, l: &str) -> Option<Gender> {
        if l.chars().count() < 6 {
            return None;
        }
        self.lex
            .agent_endings
            .iter()
            .find(|(e, _)| l.ends_with(e))
            .map(|&(_, g)| g)
    }
    /// An age said as a word: "quinquagénaire", "64enne".
    pub fn is_age_noun(&self, l: &str) -> bool {
        self.lex.age_nouns.contains(&l)
            || self.lex.age_suffixes.iter().any(|s| {
                l.strip_suffix(s)
                    .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
            })
    }
    /// The article a preposition holds ("au" → "le"), if it holds one.
    pub fn contraction(&self, w: &str) -> Option<&'static str> {
        self.lex
            .contractions
            .iter()
            .find(|(c, _)| *c == w)
            .map(|&(_, a)| a)
    }
    pub fn is_outlet_word(&self, w: &str) -> bool {
        self.outlet_words.contains(w)
    }
    pub fn is_outlet_joiner(&self, w: &str) -> bool {
        self.lex.outlet_joiners.contains(&w)
    }
    pub fn is_thing_noun(&self, w: &str) -> bool {
        self.lex.thing_nouns.contains(&w)
    }
    pub fn is_written_verb(&self, w: &str) -> bool {
        self.lex.written_verbs.contains(&w)
    }
    pub fn is_skip(&self, w: &str) -> bool {
        self.skip.contains(w)
    }
}

/// Lists shared by every language: outlets named the same everywhere, international honorifics.
struct Common {
    outlets: Phrases,
    honorifics: HashMap<&'static str, Gender>,
}

static COMMON: std::sync::LazyLock<Common> = std::sync::LazyLock::new(|| Common {
    outlets: phrases(&[
        "reuters",
        "afp",
        "ap",
        "associated press",
        "agence france-presse",
        "bbc",
        "cnn",
        "the guardian",
        "the independent",
        "the times",
        "the new york times",
        "new york times",
        "the washington post",
        "washington post",
        "the wall street journal",
        "bloomberg",
        "politico",
        "al jazeera",
        "dpa",
        "ansa",
        "efe",
        "lusa",
        "anp",
        "belga",
        "tass",
        "ria novosti",
        "interfax",
        "ria",
        "ukrinform",
        "unian",
        "vnexpress",
        "tuổi trẻ",
        "thanh niên",
        "vnexpress",
        "le monde",
        "le figaro",
        "libération",
        "der spiegel",
        "spiegel",
        "die zeit",
        "bild",
        "süddeutsche zeitung",
        "faz",
        "el país",
        "el mundo",
        "la repubblica",
        "corriere della sera",
        "de telegraaf",
        "nrc",
        "de volkskrant",
        "folha de s.paulo",
        "o globo",
        "público",
        "rossiya 1",
        "ria",
        "ттасс",
        "тасс",
        "риа новости",
        "интерфакс",
        "укрінформ",
        "уніан",
        "франс пресс",
    ]),
    honorifics: map(&[("dr", Gender::Unknown), ("prof", Gender::Unknown)]),
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_longest_first() {
        let t = phrases(&["said", "said that", "was quoted as saying"]);
        assert_eq!(Rules::longest(&t, &["said", "that", "x"]), Some(2));
        assert_eq!(Rules::longest(&t, &["said"]), Some(1));
        assert_eq!(Rules::longest(&t, &["was", "quoted"]), None);
    }
}
