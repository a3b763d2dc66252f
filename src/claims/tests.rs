//! Claims on short texts in every language with a lexicon.

use super::*;

fn claims(text: &str, lang: Lang) -> Vec<(String, f64, Option<String>)> {
    extract_claims(text, lang)
        .unwrap()
        .into_iter()
        .map(|c| {
            let v = c.number.value.or(c.number.high).unwrap_or(f64::NAN);
            (c.concept.unwrap_or_else(|| "-".into()), v, c.subject)
        })
        .collect()
}

/// The subject of the first claim in `text`.
fn subject(text: &str, lang: Lang) -> Option<String> {
    claims(text, lang).remove(0).2
}

fn concepts(text: &str, lang: Lang) -> Vec<(String, f64)> {
    claims(text, lang)
        .into_iter()
        .map(|(c, v, _)| (c, v))
        .collect()
}

fn pairs(items: &[(&str, f64)]) -> Vec<(String, f64)> {
    items.iter().map(|(c, v)| (c.to_string(), *v)).collect()
}

#[test]
fn english_subjects_and_concepts() {
    let got = claims(
        "Up to 100,000 North Korean volunteers could join the war, he said on Rossiya 1.",
        Lang::Eng,
    );
    assert_eq!(
        got,
        [(
            "volunteer".into(),
            100000.0,
            Some("North Korean volunteers".into())
        )]
    );
}

#[test]
fn verb_counted_claims() {
    assert_eq!(
        concepts("Five reportedly died and two were injured.", Lang::Eng),
        pairs(&[("death", 5.0), ("injured", 2.0)])
    );
    assert_eq!(
        concepts(
            "The attack killed at least 12 civilians and wounded 30 others.",
            Lang::Eng
        ),
        pairs(&[("death", 12.0), ("injured", 30.0)])
    );
    assert_eq!(
        concepts("The death toll rose to 45 on Monday.", Lang::Eng),
        pairs(&[("death", 45.0)])
    );
}

#[test]
fn years_dates_labels_and_names_are_not_claims() {
    let text = "On March 3, 2022, page 12 of Article 5 said 2019 was calm; Boeing 737 flew.";
    assert_eq!(concepts(text, Lang::Eng), vec![]);
    assert_eq!(concepts("Der 1974 gebaute Damm brach.", Lang::Deu), vec![]);
}

#[test]
fn french_plurals_and_modifiers() {
    let got = claims(
        "Jusqu'à 100 000 volontaires nord-coréens pourraient venir. Six personnes sont mortes et trois ont été blessées.",
        Lang::Fra,
    );
    assert_eq!(got[0].2.as_deref(), Some("volontaires nord-coréens"));
    let got: Vec<(String, f64)> = got.into_iter().map(|(c, v, _)| (c, v)).collect();
    assert_eq!(
        got,
        pairs(&[("volunteer", 100000.0), ("death", 6.0), ("injured", 3.0)])
    );
}

#[test]
fn german_compounds() {
    assert_eq!(
        concepts(
            "Rund 2.000 Bundeswehrsoldaten und 500 nordkoreanische Freiwillige; mindestens 45 Tote.",
            Lang::Deu
        ),
        pairs(&[("soldier", 2000.0), ("volunteer", 500.0), ("death", 45.0)])
    );
}

#[test]
fn vietnamese_multi_syllable_nouns() {
    let got = claims(
        "Khoảng 100.000 chí nguyện quân Triều Tiên có thể tham gia. Lũ làm hơn 600 người thiệt mạng và 1.200 hộ dân phải sơ tán.",
        Lang::Vie,
    );
    assert_eq!(got[0].2.as_deref(), Some("chí nguyện quân Triều Tiên"));
    let got: Vec<(String, f64)> = got.into_iter().map(|(c, v, _)| (c, v)).collect();
    assert_eq!(
        got,
        pairs(&[
            ("volunteer", 100000.0),
            ("death", 600.0),
            ("household", 1200.0)
        ])
    );
}

#[test]
fn russian_cases() {
    assert_eq!(
        concepts(
            "Около 5 тысяч человек эвакуированы. Погибли шесть человек, 120 раненых, 500 добровольцев.",
            Lang::Rus
        ),
        pairs(&[
            ("evacuee", 5000.0),
            ("death", 6.0),
            ("injured", 120.0),
            ("volunteer", 500.0)
        ])
    );
}

#[test]
fn romance_languages() {
    assert_eq!(
        concepts(
            "Al menos 45 muertos y 120 heridos. Más de 3.000 familias.",
            Lang::Spa
        ),
        pairs(&[("death", 45.0), ("injured", 120.0), ("family", 3000.0)])
    );
    assert_eq!(
        concepts("Pelo menos 45 mortos e 120 feridos.", Lang::Por),
        pairs(&[("death", 45.0), ("injured", 120.0)])
    );
    assert_eq!(
        concepts(
            "Almeno 45 morti e 120 feriti, circa 2.000 soldati.",
            Lang::Ita
        ),
        pairs(&[("death", 45.0), ("injured", 120.0), ("soldier", 2000.0)])
    );
}

#[test]
fn money_percent_units_and_speakers() {
    let text = "« Nous voulons planter 10 000 arbres », a déclaré Claire Dubreuil. Le budget atteint 312,7 millions d'euros, en hausse de 2,3 %, et 500 tonnes de gravats.";
    let got = extract_claims(text, Lang::Fra).unwrap();
    let keys: Vec<&str> = got.iter().filter_map(|c| c.concept.as_deref()).collect();
    assert_eq!(keys, ["tree", "EUR", "percent", "t"]);
    assert_eq!(got[0].speaker.as_deref(), Some("Claire Dubreuil"));
    assert_eq!(got[1].speaker, None);
}

#[test]
fn unknown_nouns_have_a_subject_and_no_concept() {
    let got = claims("The council bought 40 bicycles.", Lang::Eng);
    assert_eq!(got, [("-".into(), 40.0, Some("bicycles".into()))]);
}

#[test]
fn any_text_is_safe() {
    for text in [
        "",
        "1",
        "1 2 3",
        "½ ¾ 1e9",
        "100\n\n people",
        "— 5 —",
        "3 in 10",
    ] {
        for lang in supported_languages() {
            let _ = extract_claims(text, lang).unwrap();
        }
    }
}

#[test]
fn links_across_languages_and_reports_conflicts() {
    let texts = [
        (
            "en",
            "At least 37 people were killed when the Karvina dam burst, governor Elena Vasquez said.",
        ),
        (
            "fr",
            "Au moins 37 personnes ont été tuées dans la rupture du barrage de Karvina, selon la gouverneure Elena Vasquez.",
        ),
        (
            "it",
            "Almeno 52 persone sono morte nel crollo della diga di Karvina, ha detto la governatrice Elena Vasquez.",
        ),
        (
            "en",
            "A bus crash near Lindqvist killed 37 people, police in Oskarsborg said.",
        ),
    ];
    let docs: Vec<crate::Document> = texts
        .iter()
        .map(|(l, t)| crate::analyze(t, None, Some(crate::lang::parse_code(l).unwrap())))
        .collect();
    let link_docs: Vec<LinkDoc<'_>> = docs
        .iter()
        .zip(texts)
        .map(|(d, (_, t))| LinkDoc::of(t, d))
        .collect();
    let clusters = link_claims(&link_docs);
    assert_eq!(clusters.len(), 1);
    let c = &clusters[0];
    assert_eq!((c.concept.as_str(), c.value), ("death", 37.0));
    assert_eq!(c.members.iter().map(|m| m.0).collect::<Vec<_>>(), [0, 1]);
    assert_eq!(c.languages, ["en", "fr"]);
    // The Italian figure disagrees; the bus crash is another story.
    assert_eq!(c.conflicts, [(2, 0)]);
}

fn units(text: &str, lang: Lang) -> Vec<(f64, Option<&'static str>)> {
    extract_claims(text, lang)
        .unwrap()
        .into_iter()
        .map(|c| (c.number.value.unwrap_or(f64::NAN), c.number.unit))
        .collect()
}

#[test]
fn durations_are_measures_with_a_unit() {
    assert_eq!(
        units("The talks lasted 72 hours.", Lang::Eng),
        [(72.0, Some("h"))]
    );
    assert_eq!(
        units("Die Verhandlungen dauerten 72 Stunden.", Lang::Deu),
        [(72.0, Some("h"))]
    );
    assert_eq!(
        units("La obra duró ocho años.", Lang::Spa),
        [(8.0, Some("year"))]
    );
    assert_eq!(
        units("Chuyến đi kéo dài 7 ngày.", Lang::Vie),
        [(7.0, Some("day"))]
    );
    // A person's age is no claim.
    assert_eq!(units("The driver, aged 45, was unhurt.", Lang::Eng), []);
    assert_eq!(units("She is 45 years old.", Lang::Eng), []);
}

#[test]
fn any_counted_noun_makes_a_claim_without_a_concept() {
    let got = claims("The bank closed 14 branches last year.", Lang::Eng);
    assert_eq!(got, [("-".into(), 14.0, Some("branches".into()))]);
    let got = claims("El club abrió 12 sucursales.", Lang::Spa);
    assert_eq!(got, [("-".into(), 12.0, Some("sucursales".into()))]);
}

#[test]
fn scores_times_codes_and_ages_after_names_are_not_claims() {
    assert_eq!(units("Nadal won 6-4, 7-6 (5) in Madrid.", Lang::Eng), []);
    assert_eq!(units("The polls close at 20.30 tonight.", Lang::Eng), []);
    assert_eq!(units("It ended at 0100 GMT.", Lang::Eng), []);
    assert_eq!(units("Moreau, 61, has coached since.", Lang::Eng), []);
    // Decades: "los años 80 y 90"; a count after them still counts.
    assert_eq!(units("Rodó sobre todo en los años 80 y 90.", Lang::Spa), []);
    assert_eq!(
        units("Negli anni 70 e 80 erano 30 operai.", Lang::Ita).len(),
        1
    );
    assert_eq!(
        units("In de jaren zeventig werkten hier 400 mensen.", Lang::Nld).len(),
        1
    );
    // An age after a name closed by a dash or by the sentence's end.
    assert_eq!(
        units("The deal was done by Ana Reyes, 38 – a lawyer.", Lang::Eng),
        []
    );
    assert_eq!(units("Admite o engenheiro Rui Costa, 46.", Lang::Por), []);
    // Not after a plain noun: "the total, 46." is no age.
    assert_eq!(units("They counted the boats, 46.", Lang::Eng).len(), 1);
}

#[test]
fn a_sum_or_a_share_says_what_it_is_of() {
    let got = claims("About 80 % of voters backed the plan.", Lang::Eng);
    assert_eq!(got[0].2.as_deref(), Some("voters"));
    let got = claims(
        "Le conseil a voté un budget de 1,5 million d'euros.",
        Lang::Fra,
    );
    assert_eq!(got[0].2.as_deref(), Some("budget"));
}

#[test]
fn a_name_before_a_common_noun_modifies_what_is_counted() {
    assert_eq!(
        subject("Nearly 40 Nordic ski clubs joined the league.", Lang::Eng).as_deref(),
        Some("Nordic ski clubs")
    );
    assert_eq!(
        subject("De brief kreeg steun van ruim 300 PvdA-leden.", Lang::Nld).as_deref(),
        Some("PvdA-leden")
    );
    // Where nouns come first, the word after a name is its adjective, not what is counted.
    assert_eq!(
        subject("La prévision porte sur 3,1 % du PIB prévu.", Lang::Fra).as_deref(),
        Some("PIB")
    );
}

#[test]
fn a_price_per_unit_is_of_the_unit() {
    assert_eq!(
        subject("The fund offered $21.40 per share in cash.", Lang::Eng).as_deref(),
        Some("share")
    );
    // A rate per unit of time is not.
    assert_ne!(
        subject("Cleaners earn $17 an hour in the city.", Lang::Eng).as_deref(),
        Some("hour")
    );
}

#[test]
fn dutch_and_ukrainian_claims() {
    assert_eq!(
        concepts("Bij de brand kwamen 12 mensen om het leven.", Lang::Nld),
        pairs(&[("death", 12.0)])
    );
    assert_eq!(
        units("Het onderzoek duurde elf jaar.", Lang::Nld),
        [(11.0, Some("year"))]
    );
    assert_eq!(
        concepts("Унаслідок обстрілу загинули шість людей.", Lang::Ukr),
        pairs(&[("death", 6.0)])
    );
    assert_eq!(
        units("Будівництво тривало три роки.", Lang::Ukr),
        [(3.0, Some("year"))]
    );
}

#[test]
fn what_is_counted_after_a_partitive_or_in_quotation_marks() {
    let got = claims(
        "The rebels could send up to 5,000 of their fighters.",
        Lang::Eng,
    );
    assert_eq!(got, [("fighter".into(), 5000.0, Some("fighters".into()))]);
    let got = claims(
        "They promised a force of 2,000 “volunteer soldiers” soon.",
        Lang::Eng,
    );
    assert_eq!(got[0].2.as_deref(), Some("volunteer soldiers"));
}

#[test]
fn people_just_named_are_not_counted_again() {
    assert_eq!(
        units(
            "Ông Lâm và ông Vũ trò chuyện; sau đó hai người chào nhau rồi về Huế.",
            Lang::Vie
        ),
        []
    );
    assert_eq!(units("The two men met in Geneva.", Lang::Eng), []);
    assert_eq!(units("Two men were arrested.", Lang::Eng).len(), 1);
}

#[test]
fn a_count_without_its_own_noun_and_a_sum_about_the_sentence_subject() {
    // "of 153 pupils only 57 came": the bare count counts what its neighbour counts.
    let got = claims("Von 153 Kindern kamen nur 57.", Lang::Deu);
    let subjects: Vec<Option<&str>> = got.iter().map(|c| c.2.as_deref()).collect();
    assert_eq!(subjects, [Some("Kindern"), Some("Kindern")]);
    // A share that says nothing of its own is about the noun that opens the sentence.
    let got = claims("Las exportaciones subieron un 12 % en marzo.", Lang::Spa);
    assert_eq!(got[0].2.as_deref(), Some("exportaciones"));
    // "1+1" names a channel.
    assert_eq!(
        units("Il programma va in onda su 1+1 ogni sera.", Lang::Ita),
        []
    );
}

#[test]
fn a_sums_subject_is_the_head_noun_not_its_adjective_where_nouns_come_first() {
    let c = claims(
        "Le groupe a publié un bénéfice net de 240 millions d'euros.",
        Lang::Fra,
    );
    assert_eq!(c[0].2.as_deref(), Some("bénéfice"));
    let c = claims(
        "La cooperativa obtuvo un beneficio neto de 3 millones de euros.",
        Lang::Spa,
    );
    assert_eq!(c[0].2.as_deref(), Some("beneficio"));
    // No article before: the word before the sum is the noun ("registou lucros de …").
    let c = claims(
        "A empresa registou lucros de 18 milhões de euros.",
        Lang::Por,
    );
    assert_eq!(c[0].2.as_deref(), Some("lucros"));
}

#[test]
fn what_a_weight_or_a_duration_measures_follows_its_unit() {
    let c = claims("Волонтёры собрали 150 кг гречки.", Lang::Rus);
    assert_eq!(c[0].2.as_deref(), Some("гречки"));
    let c = claims("The convoy carried 20 tonnes of flour.", Lang::Eng);
    assert_eq!(c[0].2.as_deref(), Some("flour"));
    // A duration says what it lasts, not what follows it.
    let c = claims(
        "The road will be closed for five months starting Monday.",
        Lang::Eng,
    );
    assert_ne!(c[0].2.as_deref(), Some("starting"));
    // What lasts is the subject of the verb, in the plural too.
    for (text, lang, subject) in [
        ("Die Gespräche dauerten 9 Stunden.", Lang::Deu, "Gespräche"),
        ("De gesprekken duurden 9 uur.", Lang::Nld, "gesprekken"),
        ("As conversas duraram 9 horas.", Lang::Por, "conversas"),
        (
            "Las conversaciones duraron 9 horas.",
            Lang::Spa,
            "conversaciones",
        ),
    ] {
        assert_eq!(claims(text, lang)[0].2.as_deref(), Some(subject), "{text}");
    }
    // Its complement after a connector, or a German noun after it, is what lasted.
    let c = claims("Le syndicat annonce trois jours de grève.", Lang::Fra);
    assert_eq!(c[0].2.as_deref(), Some("grève"));
    let c = claims("Das Gericht verhängte drei Jahre Haft.", Lang::Deu);
    assert_eq!(c[0].2.as_deref(), Some("Haft"));
    let c = claims("Die Stadt will die Brücke fünf Monate sperren.", Lang::Deu);
    assert_eq!(c[0].2.as_deref(), Some("Monate"));
    // A place after a distance is where from, not what.
    let c = claims("Le village est à 12 km de Rennes.", Lang::Fra);
    assert_ne!(c[0].2.as_deref(), Some("Rennes"));
}

#[test]
fn a_price_is_of_what_was_bought() {
    for (text, lang, subject) in [
        (
            "The club bought the old stadium for 40 million dollars.",
            Lang::Eng,
            "stadium",
        ),
        (
            "La mairie a racheté le terrain pour 3 millions d'euros.",
            Lang::Fra,
            "terrain",
        ),
        (
            "Банк покупает свою долю в заводе за 2 млрд рублей.",
            Lang::Rus,
            "долю",
        ),
        (
            "Der Konzern kaufte die Werft für 2 Milliarden Euro.",
            Lang::Deu,
            "Werft",
        ),
        (
            "Công ty mua lại nhà máy với giá 2 tỉ đồng.",
            Lang::Vie,
            "nhà máy",
        ),
    ] {
        let c = claims(text, lang);
        let got = c[0].2.as_deref().unwrap_or("");
        assert!(got.contains(subject), "{text}: {got}");
    }
    // Without an object between them, what was sold is the clause's subject, not a price's.
    let c = claims("The ferry line was sold for 2 billion dollars.", Lang::Eng);
    assert_ne!(c[0].2.as_deref(), Some("sold"));
}

/// Vietnamese tokens are syllables: a noun the lexicon does not list is taken whole (two
/// syllables), short of a particle or an adverb after it.
#[test]
fn vietnamese_subjects_span_the_syllables_of_a_noun() {
    let subject = |text: &str| {
        claims(text, Lang::Vie)
            .into_iter()
            .map(|(_, _, s)| s)
            .next()
    };
    assert_eq!(
        subject("Tỉnh sẽ xây thêm 12 bệnh viện mới trong năm tới."),
        Some(Some("bệnh viện".into()))
    );
    assert_eq!(
        subject("Xã đã có 3 đội bóng rồi."),
        Some(Some("đội bóng".into()))
    );
    // A sum that says nothing of its own is about the noun opening the sentence.
    assert_eq!(
        subject("Giá gạo tăng thêm 15% so với năm ngoái."),
        Some(Some("Giá gạo".into()))
    );
}

/// Where nouns decline, a share takes what it is of in the genitive with no preposition; a
/// participle or a verb after it is not that.
#[test]
fn slavic_shares_take_their_genitive_complement() {
    let subject = |text: &str, lang| claims(text, lang).into_iter().map(|(_, _, s)| s).next();
    assert_eq!(
        subject("Фонд продал 12 % акций компании.", Lang::Rus),
        Some(Some("акций компании".into()))
    );
    assert_eq!(
        subject("Лише 26% погоджуються з таким планом.", Lang::Ukr),
        Some(None)
    );
    assert_eq!(
        subject(
            "Сделку одобрил холдинг, на 82 % принадлежащий Ивану Петрову.",
            Lang::Rus
        ),
        Some(None)
    );
}

/// An age, an anniversary or a decade joined to the number by a hyphen counts nothing.
#[test]
fn hyphenated_ages_anniversaries_and_decades_are_no_claims() {
    for (text, lang) in [
        ("Her 34-year-old brother drove the truck.", Lang::Eng),
        ("Der 52-jährige Landwirt verkaufte 40 Kühe.", Lang::Deu),
        ("De 61-jarige voorzitter trad af.", Lang::Nld),
        ("К 85-летию театра выпустили альбом.", Lang::Rus),
        ("Завод закрили у 90-х роках.", Lang::Ukr),
    ] {
        let values: Vec<f64> = claims(text, lang).into_iter().map(|(_, v, _)| v).collect();
        assert!(
            !values
                .iter()
                .any(|v| [34.0, 52.0, 61.0, 85.0, 90.0].contains(v)),
            "{text}"
        );
    }
    // The count in the same sentence stays.
    assert_eq!(
        concepts("Der 52-jährige Landwirt verkaufte 40 Kühe.", Lang::Deu).len(),
        1
    );
}

#[test]
fn a_share_after_a_partitive_article_is_of_its_noun() {
    assert_eq!(
        subject("Gut 40 Prozent der Pendler fahren mit dem Rad.", Lang::Deu).as_deref(),
        Some("Pendler")
    );
    assert_eq!(
        subject("Près de 30 % des abonnés ont résilié.", Lang::Fra).as_deref(),
        Some("abonnés")
    );
    assert_eq!(
        subject("Cerca de um terço das escolas fechou.", Lang::Por).as_deref(),
        Some("escolas")
    );
    // "menos 9 % do que no ano anterior": a comparison, not a partitive.
    assert_ne!(
        subject("As vendas caíram, menos 9 % do que em março.", Lang::Por).as_deref(),
        Some("março")
    );
}

#[test]
fn a_quantity_after_its_verb_is_about_the_verbs_subject() {
    let cases = [
        (
            "Le chiffre d'affaires du groupe s'est élevé à 4,2 milliards d'euros.",
            Lang::Fra,
            "chiffre d'affaires du groupe",
        ),
        (
            "Selon l'institut, la facture énergétique des ménages a augmenté de 14 %.",
            Lang::Fra,
            "facture énergétique des ménages",
        ),
        (
            "The trust's operating deficit rose to £18 million.",
            Lang::Eng,
            "trust's operating deficit",
        ),
        (
            "Прибыль холдинга за год составила 12 млрд рублей.",
            Lang::Rus,
            "Прибыль холдинга за год",
        ),
        (
            "Ремонт мосту коштував 9 мільйонів гривень.",
            Lang::Ukr,
            "Ремонт мосту",
        ),
        // A duration: what lasted.
        (
            "La huelga de los estibadores duró once días.",
            Lang::Spa,
            "huelga de los estibadores",
        ),
    ];
    for (text, lang, want) in cases {
        assert_eq!(subject(text, lang).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_quantity_verbs_subject_through_a_relative_or_a_state() {
    // The relative pronoun stands for the noun before it.
    assert_eq!(
        subject(
            "A obra, que custou 2 milhões de euros, abriu ontem.",
            Lang::Por
        )
        .as_deref(),
        Some("obra")
    );
    // "en hausse de": the state of the noun before.
    assert_eq!(
        subject(
            "La coopérative affiche un excédent brut en hausse de 8 %.",
            Lang::Fra
        )
        .as_deref(),
        Some("excédent brut")
    );
    // An article makes the quantity word a noun: "une hausse de 8 %" is about the rise.
    assert_eq!(
        subject("Les syndicats réclament une hausse de 8 %.", Lang::Fra).as_deref(),
        Some("hausse")
    );
    // A pronoun is no subject; "durante" is no form of "durar".
    assert_ne!(
        subject("Il s'est élevé à 3 millions d'euros.", Lang::Fra).as_deref(),
        Some("Il")
    );
    assert_eq!(
        subject("Los vecinos protestaron durante tres horas.", Lang::Spa).as_deref(),
        Some("horas")
    );
    // "To be" gives a sum to its subject, not a count or a duration.
    assert_eq!(
        subject("Le taux de chômage est de 7,4 %.", Lang::Fra).as_deref(),
        Some("taux de chômage")
    );
    assert_eq!(
        subject("Ils sont restés deux ans.", Lang::Fra).as_deref(),
        Some("ans")
    );
}

#[test]
fn a_bare_count_counts_what_the_count_before_it_counts() {
    let got = claims(
        "Sur les 1 200 salariés du site, 340 ont accepté le plan et 85 ont refusé.",
        Lang::Fra,
    );
    let subjects: Vec<Option<&str>> = got.iter().map(|c| c.2.as_deref()).collect();
    assert_eq!(
        subjects,
        [Some("salariés"), Some("salariés"), Some("salariés")]
    );
    // Not across sentences, and not from a sum.
    let got = claims(
        "Le club compte 40 bénévoles. Le club a payé 3 millions d'euros, puis 12 ont signé.",
        Lang::Fra,
    );
    let twelve = got.iter().find(|c| c.1 == 12.0).expect("12 is a claim");
    assert_eq!(twelve.2, None);
}

#[test]
fn names_after_a_count_or_a_share() {
    // Where nouns follow the number: a nationality, a model.
    assert_eq!(
        subject("Les autorités ont rapatrié 1 450 Belges.", Lang::Fra).as_deref(),
        Some("Belges")
    );
    assert_eq!(
        subject("L'aeronautica ha schierato quattro Eurofighter.", Lang::Ita).as_deref(),
        Some("Eurofighter")
    );
    // A share of a company or an economy.
    assert_eq!(
        subject("La dette publique atteint 112 % du PIB.", Lang::Fra).as_deref(),
        Some("PIB")
    );
    // An ordinal written with a letter is no count: "a 5a Turma".
    assert!(claims("O caso foi para a 5a Turma do tribunal.", Lang::Por).is_empty());
}

#[test]
fn times_of_day_vague_millions_decades_and_ages_are_no_claims() {
    let none = [
        ("Het alarm ging om tien over half zes af.", Lang::Nld),
        ("A polícia chegou às seis horas da manhã.", Lang::Por),
        ("Заседание началось в девять утра.", Lang::Rus),
        ("Die Serie erreicht Millionen.", Lang::Deu),
        ("Des millions de spectateurs ont regardé.", Lang::Fra),
        ("La moda de los años 90 vuelve.", Lang::Spa),
        ("Mia nipote ha dodici anni.", Lang::Ita),
        ("Він почав малювати в шість років.", Lang::Ukr),
        // Where counts go before their nouns, a number after a noun names it.
        ("Học sinh khối 12 đã tham gia.", Lang::Vie),
    ];
    for (text, lang) in none {
        assert_eq!(claims(text, lang), [], "{text}");
    }
    // The same words before other numbers, or a count before its noun, still count.
    assert_eq!(claims("Він працює в двох лікарнях.", Lang::Ukr).len(), 1);
    assert_eq!(
        claims("Das Gericht tagte mit 23 Richtern.", Lang::Deu).len(),
        1
    );
    assert_eq!(claims("Nhà trường mở 12 lớp học.", Lang::Vie).len(), 1);
    assert_eq!(
        units("Le bassin contient 3 000 mètres cubes d'eau.", Lang::Fra),
        [(3000.0, Some("m3"))]
    );
}

#[test]
fn a_postposed_attribution_covers_the_numbers_before_its_quotation() {
    // (The clause before the quotation is no reported speech of its own here: the speaker's
    // apposition after the frame stops that reading.)
    let text = "Les ventes ont progressé en mars, avec 64 % des magasins en hausse, « un rythme jamais \
                vu depuis 2010 », selon la fédération, l'organisme qui regroupe les libraires. \
                Le maire, élu avec 5 200 voix, a déclaré : « Nous ferons mieux. »";
    let got = extract_claims(text, Lang::Fra).unwrap();
    assert_eq!(got[0].number.value, Some(64.0));
    assert_eq!(got[0].speaker.as_deref(), Some("la fédération"));
    // A number in the speaker's own description, before the cue, is the reporter's.
    let votes = got.iter().find(|c| c.number.value == Some(5200.0)).unwrap();
    assert_eq!(
        (votes.speaker.as_deref(), votes.source.as_deref()),
        (None, None)
    );
}

#[test]
fn a_sum_after_an_amount_frame_or_a_dash_is_about_the_noun_before() {
    assert_eq!(
        subject("Банк списал её долги на сумму 40 млн рублей.", Lang::Rus).as_deref(),
        Some("долги")
    );
    assert_eq!(
        subject(
            "The council signed a contract worth $12 million.",
            Lang::Eng
        )
        .as_deref(),
        Some("contract")
    );
    assert_eq!(
        subject(
            "Выручка выросла, чистая прибыль — 90 млн рублей.",
            Lang::Rus
        )
        .as_deref(),
        Some("чистая прибыль")
    );
}

#[test]
fn a_sum_with_no_words_of_its_own_is_about_the_one_before_it() {
    let got = claims(
        "Le chiffre d'affaires a atteint 4,2 milliards de dollars (3,9 milliards d'euros), \
         contre 3,8 milliards de dollars un an plus tôt.",
        Lang::Fra,
    );
    let subjects: Vec<Option<&str>> = got.iter().map(|c| c.2.as_deref()).collect();
    assert_eq!(subjects, [Some("chiffre d'affaires"); 3]);
    // Quotation marks inside the subject belong to it; those around the sentence do not.
    let got = claims(
        "« Le nombre de trajets « domicile-travail » est passé de 31 % à 44 % », dit-elle.",
        Lang::Fra,
    );
    assert_eq!(
        got[0].2.as_deref(),
        Some("nombre de trajets « domicile-travail »")
    );
}

#[test]
fn speeds_and_temperatures_are_measures() {
    let cases = [
        ("Der Sturm erreichte 120 km/h.", Lang::Deu, 120.0, "km/h"),
        (
            "The train ran at 300 kilometres per hour.",
            Lang::Eng,
            300.0,
            "km/h",
        ),
        ("Порывы ветра достигали 25 м/с.", Lang::Rus, 25.0, "m/s"),
        ("Il faisait 38 °C à l'ombre.", Lang::Fra, 38.0, "°C"),
        ("La temperatura llegó a 44 grados.", Lang::Spa, 44.0, "°C"),
    ];
    for (text, lang, value, unit) in cases {
        assert_eq!(units(text, lang), [(value, Some(unit))], "{text}");
    }
    // A one-letter unit is no stem: "14 мая" is a date, not metres.
    assert!(
        units("Заседание назначено на 14 мая.", Lang::Rus)
            .iter()
            .all(|(_, u)| *u != Some("m"))
    );
}

#[test]
fn a_number_that_is_a_name_in_marks_or_an_ordinal_with_its_indicator_is_no_claim() {
    assert!(claims("Он руководил аптечной сетью «36,6».", Lang::Rus).is_empty());
    assert!(claims("La reunión será el 1.º de marzo.", Lang::Spa).is_empty());
    assert!(claims("O processo foi para a 3ª Turma.", Lang::Por).is_empty());
    // Words in marks are someone's words: "“cent pour cent”" stays a claim.
    assert_eq!(
        claims("Il a soutenu le projet « à 100 % ».", Lang::Fra).len(),
        1
    );
}

#[test]
fn a_ratio_has_a_small_or_round_base() {
    assert!(claims("Nur 3 von 10 Wählern gingen hin.", Lang::Deu).is_empty());
    let got = claims("Am Montag kamen nur 147 von 519 Schülern.", Lang::Deu);
    let values: Vec<f64> = got.iter().map(|c| c.1).collect();
    assert_eq!(values, [147.0, 519.0]);
}

#[test]
fn an_age_phrase_the_number_took_as_its_qualifier() {
    assert!(claims("Los menores de 12 años no pagan entrada.", Lang::Spa).is_empty());
    assert!(
        claims(
            "Les suspects, âgés de 24 à 41 ans, ont été arrêtés.",
            Lang::Fra
        )
        .is_empty()
    );
    // "menos de", unlike "menores de", says nothing of an age.
    assert_eq!(
        units("La obra durará menos de 2 años.", Lang::Spa),
        [(2.0, Some("year"))]
    );
}

#[test]
fn a_sentence_of_bare_counts_counts_what_the_sentence_before_counted() {
    let subjects = |t: &str, lang| -> Vec<Option<String>> {
        claims(t, lang).into_iter().map(|(_, _, s)| s).collect()
    };
    let s = Some("Schülern".to_string());
    assert_eq!(
        subjects(
            "Im Norden kamen 80 von 240 Schülern. Im Süden waren es nur 35 von 190.",
            Lang::Deu
        ),
        [s.clone(), s.clone(), s.clone(), s]
    );
    // Not across a paragraph.
    assert_eq!(
        subjects(
            "Im Norden kamen 80 von 240 Schülern.\n\nIm Süden waren es nur 35.",
            Lang::Deu
        )[2],
        None
    );
}

#[test]
fn a_measure_in_a_relative_clause_is_said_of_the_noun_the_clause_is_about() {
    let s = |w: &str| Some(w.to_string());
    assert_eq!(
        subject(
            "The meeting, which lasted nearly three hours, ended late.",
            Lang::Eng
        ),
        s("meeting")
    );
    assert_eq!(
        subject(
            "A reunião, que durou quase três horas, terminou sem acordo.",
            Lang::Por
        ),
        s("reunião")
    );
    assert_eq!(
        subject(
            "La riunione, che è durata tre ore, è finita tardi.",
            Lang::Ita
        ),
        s("riunione")
    );
    assert_eq!(
        subject(
            "Le parc, qui s'étend sur 40 hectares, ouvrira en mai.",
            Lang::Fra
        ),
        s("parc")
    );
    // An auxiliary before the verb is no part of the subject.
    assert_eq!(
        subject("Il costo è salito a 3 milioni di euro.", Lang::Ita),
        s("costo")
    );
}

#[test]
fn days_joined_to_a_date_grades_and_ages_turned_are_no_claims() {
    assert_eq!(units("The talks run on 12 and 13 April.", Lang::Eng), []);
    assert_eq!(units("Вистави пройдуть 14 і 15 травня.", Lang::Ukr), []);
    // A count before a date is still a count.
    assert_eq!(
        units("Officers arrested 12 people on 13 April.", Lang::Eng).len(),
        1
    );
    assert_eq!(units("Học sinh khối 9 tham gia hội thi.", Lang::Vie), []);
    assert_eq!(units("Йому виповнилося 70 років.", Lang::Ukr), []);
    assert_eq!(units("Ему исполнилось 70 лет.", Lang::Rus), []);
}

fn stances(text: &str, lang: Lang) -> Vec<Stance> {
    extract_claims(text, lang)
        .unwrap()
        .into_iter()
        .map(|c| c.stance)
        .collect()
}

#[test]
fn a_claim_is_asserted_reported_denied_or_doubted() {
    use Stance::*;
    let cases: &[(&str, Lang, Stance)] = &[
        (
            "The town planted 4,000 trees last spring.",
            Lang::Eng,
            Asserted,
        ),
        (
            "\"We planted 4,000 trees,\" said Mayor Ruth Okafor.",
            Lang::Eng,
            Reported,
        ),
        (
            "The council denied reports that 4,000 trees were felled.",
            Lang::Eng,
            Denied,
        ),
        (
            "Some 4,000 trees were allegedly felled near the river.",
            Lang::Eng,
            Doubted,
        ),
        (
            "Le ministère a démenti que 300 soldats seraient partis.",
            Lang::Fra,
            Denied,
        ),
        (
            "Selon des informations non confirmées, 300 soldats seraient partis.",
            Lang::Fra,
            Doubted,
        ),
        ("Angeblich wurden 300 Soldaten verlegt.", Lang::Deu, Doubted),
        (
            "По неподтверждённым данным, погибли 12 человек.",
            Lang::Rus,
            Doubted,
        ),
        (
            "Khoảng 300 binh sĩ được cho là đã rời căn cứ.",
            Lang::Vie,
            Doubted,
        ),
    ];
    for (text, lang, want) in cases {
        assert_eq!(stances(text, *lang), [*want], "{text}");
    }
}

#[test]
fn of_course_is_no_hedge() {
    // Spanish "por supuesto" holds the word for "alleged" but doubts nothing.
    assert_eq!(
        stances("Por supuesto, llegaron 300 voluntarios.", Lang::Spa),
        [Stance::Asserted]
    );
}

#[test]
fn the_concepts_words_name() {
    assert_eq!(
        named_concepts("reports that volunteers and troops were sent", Lang::Eng),
        ["volunteer", "soldier"]
    );
    assert_eq!(
        named_concepts("des informations sur l'envoi de volontaires", Lang::Fra),
        ["volunteer"]
    );
    assert!(named_concepts("nothing of the kind", Lang::Eng).is_empty());
}

/// The trace of a cluster: where it comes from, who carried it, who denied it, when.
#[test]
fn a_cluster_is_traced_to_its_origin_carriers_and_denials() {
    let texts = [
        // (language, date, text)
        (
            "en",
            Some("2031-05-02"),
            "\"Some 4,000 volunteers from Norvania are ready to help,\" said analyst Tomas Ferreira, quoted by the Harbour Gazette. Officials in Tarsk confirmed nothing.",
        ),
        (
            "fr",
            Some("2031-05-03"),
            "L'analyste Tomas Ferreira a affirmé que 4 000 volontaires de Norvanie étaient prêts. Le ministère de Tarsk a démenti que des volontaires seraient envoyés.",
        ),
        (
            "en",
            Some("2031-05-04"),
            "The Norvanian ministry in Tarsk denied reports that volunteers were on their way, and Tomas Ferreira stood by his figure.",
        ),
        (
            "en",
            Some("2034-01-10"),
            "Tarsk's ministry denied reports that volunteers from Norvania had crossed, as Tomas Ferreira had claimed.",
        ),
        (
            "en",
            Some("2031-05-05"),
            "Tarsk denied that soldiers from Norvania had crossed the border, where Tomas Ferreira saw them.",
        ),
        (
            "en",
            Some("2031-05-06"),
            "Tomas Ferreira repeated that 4,000 volunteers from Norvania were ready, a figure the ministry in Tarsk called \"false\".",
        ),
    ];
    let mut docs: Vec<crate::Document> = texts
        .iter()
        .map(|(l, _, t)| crate::analyze(t, None, Some(crate::lang::parse_code(l).unwrap())))
        .collect();
    for (doc, (_, date, _)) in docs.iter_mut().zip(&texts) {
        doc.date = date.map(str::to_string);
    }
    let link_docs: Vec<LinkDoc<'_>> = docs
        .iter()
        .zip(&texts)
        .map(|(d, (_, _, t))| LinkDoc::of(t, d))
        .collect();
    let clusters = link_claims(&link_docs);
    assert_eq!(clusters.len(), 1, "{clusters:?}");
    let c = &clusters[0];
    assert_eq!((c.concept.as_str(), c.value), ("volunteer", 4000.0));
    assert_eq!(c.documents, [0, 1, 5]);
    assert_eq!(c.origin.as_deref(), Some("Tomas Ferreira"));
    assert_eq!(c.carried_by, ["Harbour Gazette"]);
    assert_eq!(
        (c.first_seen.as_deref(), c.last_seen.as_deref()),
        (Some("2031-05-02"), Some("2031-05-06"))
    );
    // The denial in a member (1) and the one two days later in the story (2) answer it, as
    // does a one-word label whose sentence names the volunteers (5); the one three years
    // later (3) and the one about soldiers (4) do not.
    let denied_in: Vec<usize> = c.denials.iter().map(|d| d.0).collect();
    assert_eq!(
        denied_in,
        [1, 2, 5],
        "{:?}",
        docs.iter().map(|d| &d.quotes).collect::<Vec<_>>()
    );
}

#[test]
fn the_origin_is_a_name_before_a_description() {
    let text = "Tomas Ferreira spoke of volunteers from Norvania and of Harbour Point.";
    let claim = |speaker: &'static str| LinkClaim {
        concept: Some("volunteer"),
        value: Some(4000.0),
        low: None,
        high: None,
        qualifier: crate::numbers::Qualifier::Exact,
        speaker: Some(speaker),
        source: None,
    };
    let docs: Vec<LinkDoc<'_>> = [
        "a military analyst",
        "a military analyst",
        "Tomas Ferreira",
        "a military analyst",
        "Tomas Ferreira",
    ]
    .into_iter()
    .map(|speaker| LinkDoc {
        text,
        language: Some("en"),
        date: None,
        claims: vec![claim(speaker)],
        denials: Vec::new(),
    })
    .collect();
    let clusters = link_claims(&docs);
    assert_eq!(clusters.len(), 1);
    assert_eq!(clusters[0].origin.as_deref(), Some("Tomas Ferreira"));
    // With no name at all, the description most members give.
    let unnamed: Vec<LinkDoc<'_>> = docs
        .iter()
        .map(|d| LinkDoc {
            claims: vec![claim("a military analyst")],
            ..d.clone()
        })
        .collect();
    assert_eq!(
        link_claims(&unnamed)[0].origin.as_deref(),
        Some("a military analyst")
    );
}

#[test]
fn a_german_noun_before_a_count_does_not_make_it_a_label() {
    // Verb second: the subject after the verb stands right before the count.
    assert_eq!(
        claims("Heute hat die Stadt 200 Schulen.", Lang::Deu),
        [("-".into(), 200.0, Some("Schulen".into()))]
    );
    // With no noun after it, the number still names what the noun before it names.
    assert!(claims("Die Linie 5 fährt heute nicht.", Lang::Deu).is_empty());
}

/// The first claim's subject and unit.
fn first(text: &str, lang: Lang) -> (Option<String>, Option<&'static str>) {
    let c = extract_claims(text, lang).unwrap().remove(0);
    (c.subject, c.number.unit)
}

fn s(subject: &str, unit: &'static str) -> (Option<String>, Option<&'static str>) {
    (Some(subject.to_string()), Some(unit))
}

#[test]
fn a_measure_is_of_the_noun_before_its_frame_or_connector() {
    assert_eq!(
        first("È stata una gara della durata di sei ore.", Lang::Ita),
        s("gara", "h")
    );
    assert_eq!(
        first("They held a vigil lasting four days.", Lang::Eng),
        s("vigil", "day")
    );
    assert_eq!(
        first("Завод построят на участке площадью 12 гектаров.", Lang::Rus),
        s("участке", "ha")
    );
    // Not a duration: a frame of time before it is not what it measures.
    assert_eq!(
        first("Le village forme une ceinture de 14 kilomètres.", Lang::Fra),
        s("ceinture", "km")
    );
    assert_eq!(
        first("Todo cambió a lo largo de nueve años.", Lang::Spa),
        s("años", "year")
    );
}

#[test]
fn short_unit_forms_and_apostrophes_inside_words() {
    assert_eq!(
        first("Засідання тривало 25 хв.", Lang::Ukr),
        s("Засідання", "min")
    );
    assert_eq!(
        first("На ярмарок привезли 40 кг м’яса.", Lang::Ukr),
        s("м’яса", "kg")
    );
    assert_eq!(
        first("The shift lasted 14 hrs.", Lang::Eng),
        s("shift", "h")
    );
    // A volume is of the substance after it, as a weight is.
    assert_eq!(
        first("Der Frachter lud 2,5 Millionen Barrel Rohöl.", Lang::Deu),
        s("Rohöl", "barrel")
    );
    assert_eq!(
        first("Xưởng nhận thêm 900 m3 gỗ.", Lang::Vie),
        s("gỗ", "m3")
    );
    // An elided article is no part of the subject.
    assert_eq!(
        first("Era un’asta della durata di due giorni.", Lang::Ita),
        s("asta", "day")
    );
}

#[test]
fn a_share_is_of_the_subject_after_an_opening_phrase() {
    assert_eq!(
        subject(
            "Segundo a direção, a ocupação ronda os 80 por cento.",
            Lang::Por
        ),
        Some("ocupação".to_string())
    );
    assert_eq!(
        subject("Según la empresa, la producción ronda el 60 %.", Lang::Spa),
        Some("producción".to_string())
    );
    // No article after the comma: the apposition's adjective is no subject.
    assert_eq!(
        subject("Le Nikkei, plus volatil, finit à 2 %.", Lang::Fra),
        None
    );
}

#[test]
fn a_sentence_that_opens_with_its_verb_is_about_the_subject_before() {
    let subjects = |t: &str, lang| claims(t, lang).into_iter().map(|c| c.2).collect::<Vec<_>>();
    let s = |w: &str| Some(w.to_string());
    assert_eq!(
        subjects(
            "Le chiffre d'affaires a progressé de 5 %. Il a atteint 3 milliards d'euros.",
            Lang::Fra
        ),
        [s("chiffre d'affaires"), s("chiffre d'affaires")]
    );
    assert_eq!(
        subjects(
            "La facturación creció un 5 %. Alcanzó los 3.000 millones de euros.",
            Lang::Spa
        ),
        [s("facturación"), s("facturación")]
    );
    // The verb is no subject, and a verb with a clause after it does not take the count
    // before: "Estima-se que …".
    assert_eq!(
        subjects("Il s'est élevé à 2 milliards d'euros.", Lang::Fra),
        [None]
    );
    assert_eq!(
        subjects(
            "Oito pessoas foram presas. Estima-se que R$ 5 milhões foram desviados.",
            Lang::Por
        )[1],
        None
    );
}

#[test]
fn a_sum_or_share_is_of_the_noun_it_modifies_or_is_in() {
    // A preposition naming what the sum is in, and a bare noun after it; not a date.
    assert_eq!(
        subject(
            "The city will spend $40 million in road repairs.",
            Lang::Eng
        )
        .as_deref(),
        Some("road repairs")
    );
    assert_ne!(
        subject("The city spent $40 million in 2019.", Lang::Eng).as_deref(),
        Some("2019")
    );
    // An article before the number makes it the modifier of the noun after it.
    assert_eq!(
        subject("The council approved a 7% tax increase.", Lang::Eng).as_deref(),
        Some("tax increase")
    );
    // German "von" joins the noun to its amount.
    assert_eq!(
        subject(
            "Der Konzern meldete einen Gewinn von 3 Milliarden Euro.",
            Lang::Deu
        )
        .as_deref(),
        Some("Gewinn")
    );
}

#[test]
fn a_measure_after_an_article_modifies_the_noun_after_its_unit() {
    assert_eq!(
        subject(
            "Climbing the stairs was a 20 minute ordeal for her.",
            Lang::Eng
        )
        .as_deref(),
        Some("ordeal")
    );
    assert_eq!(
        subject("They ran a 12 km relay through the valley.", Lang::Eng).as_deref(),
        Some("relay")
    );
}

#[test]
fn a_word_coordinated_with_another_form_of_itself_is_one_subject() {
    let s = |t| subject(t, Lang::Deu);
    assert_eq!(
        s("Am Sonntag wählten 4200 Bürgerinnen und Bürger den neuen Rat.").as_deref(),
        Some("Bürgerinnen und Bürger")
    );
    assert_eq!(
        subject(
            "La huelga reunió a 800 trabajadores y trabajadoras del puerto.",
            Lang::Spa
        )
        .as_deref(),
        Some("trabajadores y trabajadoras")
    );
    assert_eq!(
        subject(
            "Le maire a reçu 150 électeurs et électrices du quartier.",
            Lang::Fra
        )
        .as_deref(),
        Some("électeurs et électrices")
    );
    // Two words of one root are two things.
    assert_eq!(
        s("Die Stadt baut 12 Schulen und Schulhöfe neu.").as_deref(),
        Some("Schulen")
    );
}

#[test]
fn a_measure_given_by_its_verb_or_a_dimension_is_about_the_subject() {
    // A form of "to be" before a measure and an adjective of dimension.
    assert_eq!(
        subject("The old ferry is 62 metres long.", Lang::Eng).as_deref(),
        Some("old ferry")
    );
    assert_eq!(
        subject("Die alte Fähre war 62 Meter lang.", Lang::Deu).as_deref(),
        Some("alte Fähre")
    );
    assert_eq!(
        subject("De oude veerboot is 62 meter lang.", Lang::Nld).as_deref(),
        Some("oude veerboot")
    );
    // A verb of measuring or weighing.
    assert_eq!(
        subject("El viejo transbordador mide 62 metros.", Lang::Spa).as_deref(),
        Some("viejo transbordador")
    );
    assert_eq!(
        subject("Le vieux bac pèse 40 tonnes.", Lang::Fra).as_deref(),
        Some("vieux bac")
    );
}
