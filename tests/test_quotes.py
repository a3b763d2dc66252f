"""extract_quotes: spans, attribution, resolution, outlets, reported speech, offsets, hostility."""

import json
import pickle
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sayso

FIXTURES = Path(__file__).parent / "fixtures" / "quotes"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "quotes"
LANGS = ["en", "fr", "es", "de", "pt", "it", "nl", "vi", "ru", "uk"]


def direct(text, lang):
    return [q for q in sayso.extract_quotes(text, lang=lang) if q.kind == "direct"]


def assert_contract(text, quotes):
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert (q.speaker_start is None) == (q.speaker_end is None)
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)
        assert q.kind in ("direct", "indirect")


# --- quote spans, every mark style ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ('"We are ready," she said.', "en", "We are ready,"),
        ("“We are ready,” she said.", "en", "We are ready,"),
        ("‘We are ready,’ she said.", "en", "We are ready,"),
        ("« Nous sommes prêts », a-t-elle dit.", "fr", "Nous sommes prêts"),
        ("„Wir sind bereit“, sagte sie.", "de", "Wir sind bereit"),
        ("»Wir sind bereit«, sagte sie.", "de", "Wir sind bereit"),
        ("‹Nous sommes prêts›, a-t-elle dit.", "fr", "Nous sommes prêts"),
        ("«Мы готовы», — заявила она.", "ru", "Мы готовы"),
        ("— Мы готовы, — заявила она.", "ru", "Мы готовы,"),
        ("— Ми готові, — заявила вона.", "uk", "Ми готові,"),
    ],
)
def test_every_mark_style(text, lang, want):
    (q,) = direct(text, lang)
    assert q.text == want
    assert q.cue is not None


def test_cjk_corner_brackets():
    text = "他说：「我们已经准备好了，明天出发。」然后离开。"
    quotes = direct(text, "zh")
    assert [q.text for q in quotes] == ["我们已经准备好了，明天出发。"]
    assert_contract(text, quotes)


def test_multi_paragraph_continuation_shares_the_speaker():
    text = (
        'The mayor, Anna Kowalski, spoke for an hour. "We cannot keep every pool open.\n\n'
        '"Nobody wanted this outcome," she said.'
    )
    quotes = direct(text, "en")
    assert [q.text for q in quotes] == [
        "We cannot keep every pool open.",
        "Nobody wanted this outcome,",
    ]
    assert {q.speaker for q in quotes} == {"Anna Kowalski"}


def test_nested_and_mismatched_marks():
    text = '“He told me ‘never again’ twice," said Peter Hale.'
    (q,) = direct(text, "en")
    assert q.text == "He told me ‘never again’ twice,"
    assert q.speaker == "Peter Hale"


def test_unbalanced_marks_never_derail_the_rest():
    text = 'A stray " mark. 5\' tall. "The real quote is here," said Peter Hale. «Unclosed'
    (q,) = direct(text, "en")
    assert (q.text, q.speaker) == ("The real quote is here,", "Peter Hale")


def test_scare_quotes_titles_and_breadcrumbs_are_not_quotes():
    assert direct('Home » World » Europe\n\nThe so-called "peace plan" was signed.', "en") == []
    assert direct("Accueil » Monde\n\nLe plan, jugé « indispensable », passe.", "fr") == []


# --- attribution ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "cue"),
    [
        ('"It is the wrong choice," said Peter Hale.', "en", "Peter Hale", "said"),
        ('"It is the wrong choice," Peter Hale said.', "en", "Peter Hale", "said"),
        ('Peter Hale said: "It is the wrong choice."', "en", "Peter Hale", "said"),
        ("« C'est trop tard », a déclaré Marc Lefèvre.", "fr", "Marc Lefèvre", "a déclaré"),
        ('"Es un parche", dijo Javier Ruiz.', "es", "Javier Ruiz", "dijo"),
        ("„Das ist falsch“, sagte Peter Brandt.", "de", "Peter Brandt", "sagte"),
        ('"É tarde demais", afirmou Marta Sousa.', "pt", "Marta Sousa", "afirmou"),
        ('"È troppo tardi", ha detto Marco Bianchi.', "it", "Marco Bianchi", "ha detto"),
        ('"Het is te laat", zei Pieter Bakker.', "nl", "Pieter Bakker", "zei"),
        ('"Đã quá muộn", ông Lê Văn Hùng cho biết.', "vi", "Lê Văn Hùng", "cho biết"),
        ('"Đã quá muộn", ông Lê Văn Hùng nói thêm.', "vi", "Lê Văn Hùng", "nói thêm"),
        ("«Слишком поздно», — заявил Андрей Соколов.", "ru", "Андрей Соколов", "заявил"),
        ("«Занадто пізно», — заявив Андрій Коваленко.", "uk", "Андрій Коваленко", "заявив"),
    ],
)
def test_reporting_verbs_and_inversion(text, lang, speaker, cue):
    (q,) = direct(text, lang)
    assert (q.speaker, q.cue) == (speaker, cue)
    assert text[q.speaker_start : q.speaker_end] == speaker


def test_french_clitics_and_conditional():
    text = (
        "Marc Lefèvre, conseiller d'opposition, était présent. « Les habitants attendent », "
        "a-t-il ajouté. « Ils attendent depuis dix ans », aurait-il déclaré."
    )
    quotes = direct(text, "fr")
    assert [q.cue for q in quotes] == ["a-t-il ajouté", "aurait-il déclaré"]
    assert {q.speaker for q in quotes} == {"Marc Lefèvre"}


def test_titles_and_appositives_give_the_name():
    text = (
        '"We cannot keep every pool open," the mayor, Anna Kowalski, told a council meeting. '
        '"There are reports," Igor Korotchenko, editor-in-chief of the magazine National Defence, '
        'said on Rossiya 1. "Good," finance minister Clara Jensen told reporters.'
    )
    quotes = direct(text, "en")
    assert [q.speaker for q in quotes] == ["Anna Kowalski", "Igor Korotchenko", "Clara Jensen"]
    assert [text[q.speaker_start : q.speaker_end] for q in quotes] == [
        "Anna Kowalski",
        "Igor Korotchenko",
        "Clara Jensen",
    ]


def test_pronouns_and_descriptions_resolve_to_names():
    en = (
        '"There are reports," Igor Korotchenko said on Rossiya 1. "It is a plan," he added. '
        'The analyst insisted: "This is not a rumour."'
    )
    assert [q.speaker for q in direct(en, "en")] == ["Igor Korotchenko"] * 3
    fr = "« Il faut agir », a dit Claire Dubreuil. « Vite », a-t-elle ajouté."
    assert [q.speaker for q in direct(fr, "fr")] == ["Claire Dubreuil"] * 2
    vi = '"Chúng tôi đã sẵn sàng", ông Trần Minh Khoa cho biết. "Mọi thứ đều ổn", ông nói.'
    assert [q.speaker for q in direct(vi, "vi")] == ["Trần Minh Khoa"] * 2


def test_gender_picks_the_compatible_antecedent():
    text = (
        "Мэр Анна Петрова и генерал Иван Сидоров приехали на место.\n\n"
        "«Вода поднялась на два метра», — заявила она. «Все на месте», — добавил он."
    )
    assert [q.speaker for q in direct(text, "ru")] == ["Анна Петрова", "Иван Сидоров"]


def test_continuation_quote_belongs_to_the_same_speaker():
    text = '"One good month does not make a recovery," said Daniel Osei. "We expect a winter."'
    quotes = direct(text, "en")
    assert [q.speaker for q in quotes] == ["Daniel Osei", "Daniel Osei"]
    assert quotes[1].cue is None


# --- outlets and reported speech --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "Igor Korotchenko spoke. He was quoted as saying by The Independent that the "
            'volunteers "could be deployed within weeks".',
            "en",
            "The Independent",
        ),
        ("'We are confident in our plan,' Maria Lopez told Reuters.", "en", "Reuters"),
        (
            "« Aucune victime n'est à déplorer », a-t-il précisé, cité par Le Monde.",
            "fr",
            "Le Monde",
        ),
        (
            '"Có thông tin cho thấy quân đã sẵn sàng", ông Igor Korotchenko nói, '
            "theo tờ The Independent.",
            "vi",
            "The Independent",
        ),
        (
            "«Их могут перебросить за неделю», — цитирует его газета The Independent.",
            "ru",
            "The Independent",
        ),
        # A name that reads as an outlet's after "told", a preposition or a dative article.
        ('"The roof will hold," the mayor told the Millbrook Herald.', "en", "Millbrook Herald"),
        ('"The roof will hold," she told Radio Tamsin.', "en", "Radio Tamsin"),
        ('"The roof will hold," she told BBC Radio Tamsin.', "en", "BBC Radio Tamsin"),
        ("« Le toit tiendra », a-t-il confié à Nord-Matin.", "fr", "Nord-Matin"),
        (
            "« Le toit tiendra », a déclaré le maire au quotidien Le Réveil de l'Aude.",
            "fr",
            "Le Réveil de l'Aude",
        ),
        (
            "«El techo aguantará», declaró a Radio Sierra Alta el alcalde, Tomás Ruiz.",
            "es",
            "Radio Sierra Alta",
        ),
        (
            "«Il tetto reggerà», ha spiegato il sindaco al Gazzettino Lagunare.",
            "it",
            "Gazzettino Lagunare",
        ),
        (
            '"O telhado aguenta", afirmou o prefeito ao jornal Diário do Sertão.',
            "pt",
            "Diário do Sertão",
        ),
        ('"O telhado aguenta", afirmou o prefeito à Rádio Serra Azul.', "pt", "Rádio Serra Azul"),
        (
            '"Het dak houdt het", zei de burgemeester tegen het Dagblad van de Kust.',
            "nl",
            "Dagblad van de Kust",
        ),
        ("„Das Dach hält“, sagte er der Wendländer Rundschau.", "de", "Wendländer Rundschau"),
        (
            '"Mái nhà vẫn vững", ông Lê Văn Hùng nói với báo Đời sống Hôm nay.',
            "vi",
            "Đời sống Hôm nay",
        ),
        (
            "«Крыша выдержит», — сказал мэр в интервью газете «Северный курьер».",
            "ru",
            "Северный курьер",
        ),
        (
            "«Дах витримає», — розповіла «Поліському віснику» мешканка села.",
            "uk",
            "Поліському віснику",
        ),
    ],
)
def test_outlets(text, lang, source):
    (q,) = direct(text, lang)
    assert q.source == source


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('Rovers sit fourth from bottom of what fans call "the toughest league in England".', "en"),
        ("Le village est au fond de ce que les habitants appellent « la cuvette ».", "fr"),
    ],
)
def test_a_name_given_by_a_free_relative_is_no_quote(text, lang):
    assert sayso.extract_quotes(text, lang=lang) == []


def test_the_opposition_speaks():
    (q,) = direct("L'opposition dénonce « un projet bâclé ».", "fr")
    assert q.speaker == "L'opposition"


@pytest.mark.parametrize(
    ("text", "lang", "content", "speaker"),
    [
        (
            "She said the government would spend more on rail.",
            "en",
            "the government would spend more on rail",
            None,
        ),
        (
            "Claire Dubreuil a affirmé que la ville était prête.",
            "fr",
            "la ville était prête",
            "Claire Dubreuil",
        ),
        (
            "Ông Trần Minh Khoa cho biết tỉnh đã chuẩn bị gạo.",
            "vi",
            "tỉnh đã chuẩn bị gạo",
            "Trần Minh Khoa",
        ),
        (
            "Según Ferrer, el programa cuenta con 25 millones.",
            "es",
            "el programa cuenta con 25 millones",
            "Ferrer",
        ),
        (
            "По словам Соколова, выделено 120 млн рублей.",
            "ru",
            "выделено 120 млн рублей",
            "Соколов",  # the frame declines the name; the speaker is in the nominative
        ),
        ("Westliche Vertreter sagten, es gebe keine Belege.", "de", "es gebe keine Belege", None),
        # An institution after the clause, and "según" with its verb.
        (
            "Новый мост откроют в июне, сообщила пресс-служба областной администрации.",
            "ru",
            "Новый мост откроют в июне",
            "пресс-служба областной администрации",
        ),
        (
            "Новий міст відкриють у червні, повідомила пресслужба міськради.",
            "uk",
            "Новий міст відкриють у червні",
            "пресслужба міськради",
        ),
        (
            "La carretera seguirá cortada hasta el lunes, según informó el ayuntamiento.",
            "es",
            "La carretera seguirá cortada hasta el lunes",
            "el ayuntamiento",
        ),
    ],
)
def test_indirect_speech(text, lang, content, speaker):
    (q,) = sayso.extract_quotes(text, lang=lang)
    assert (q.kind, q.text) == ("indirect", content)
    if speaker is not None:
        assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "cue"),
    [
        # the next sentence only attributes the quote
        (
            "„Wir sehen keinen Grund zur Sorge.“ Das sagte Petra Vogel am Dienstag.",
            "de",
            "Petra Vogel",
            "sagte",
        ),
        (
            '"We zijn er klaar voor." Dat zei burgemeester Anne Smit woensdag.',
            "nl",
            "Anne Smit",
            "zei",
        ),
        (
            "«Мы справимся». Так прокомментировал ситуацию губернатор Олег Иванов.",
            "ru",
            "Олег Иванов",
            "прокомментировал",
        ),
        # the subject of the sentence before, no verb of saying: no cue
        (
            'Mayor Lisa Grant spoke after the vote. "This is a good day for the city."',
            "en",
            "Lisa Grant",
            None,
        ),
        (
            'La alcaldesa Rosa Blanco habló tras la votación. "Es un buen día para la ciudad".',
            "es",
            "Rosa Blanco",
            None,
        ),
        (
            "Der Minister Karl Brenner äußerte sich am Montag. „Wir halten an dem Plan fest.“",
            "de",
            "Karl Brenner",
            None,
        ),
        # verb-second: the subject after the verb
        (
            "Der Zeitung sagte Jonas Keller: „Das ist nicht akzeptabel.“",
            "de",
            "Jonas Keller",
            "sagte",
        ),
        # Reporting verbs of news beyond "say": reflexive, evaluative, narrative.
        (
            "« Une saison record », se réjouit sa présidente, Anne Morel.",
            "fr",
            "Anne Morel",
            "se réjouit",
        ),
        ('"Perdimos todo", relata Julia Sanz, vecina de Los Pinos.', "es", "Julia Sanz", "relata"),
        (
            "«Una scelta sbagliata», attacca Sara Monti, segretaria della Cgil.",
            "it",
            "Sara Monti",
            "attacca",
        ),
        # A medium between the verb and its inverted subject.
        (
            '"El agua subió muy rápido", contó a este diario la jefa de bomberos, Eva Toral.',
            "es",
            "Eva Toral",
            "contó",
        ),
        # An adverb before the verb after a dash.
        ("«Посмотрим», — скептически заметил Олег Сомов.", "ru", "Олег Сомов", "заметил"),
        ("«Побачимо», — спокійно відповіла Ірина Лис.", "uk", "Ірина Лис", "відповіла"),
        # A next sentence opened by "That was how": the subject and whatever verb follows.
        (
            '"We ran out of sandbags by noon." That was how resident Tom Lowe described the flood.',
            "en",
            "Tom Lowe",
            "described",
        ),
        (
            '"We ran out of sandbags by noon." That was how the mayor, Ada Finch, summed up the '
            "day.",
            "en",
            "Ada Finch",
            "summed up",
        ),
        # A description resolves to the person who holds its role: a role with an institution
        # as its complement, an aged role, a demonym.
        (
            "Президент клуба Иван Орлов сообщил, что тренер уходит. «Решение далось тяжело», "
            "— признался руководитель клуба.",
            "ru",
            "Иван Орлов",
            "признался",
        ),
        (
            'Trainer Kees Bos is ontslagen. "Ik begrijp het besluit", zei de 48-jarige coach.',
            "nl",
            "Kees Bos",
            "zei",
        ),
        (
            'Sean Byrne, 52, left on Sunday. The Irishman said: "I have no regrets."',
            "en",
            "Sean Byrne",
            "said",
        ),
        # German marks a nominalised age's gender on its article.
        (
            "Die Autorin Lea Brandt gewann den Preis, den Jurysprecher Max Roth überreichte. "
            "„Ich bin sprachlos.“ Das sagte die 47-Jährige am Abend.",
            "de",
            "Lea Brandt",
            "sagte",
        ),
        # A name after a role's complement is the subject the next quote's verb leaves out.
        (
            "Il ministro dei Trasporti Marco Serra ha presentato il piano. «È un piano storico», "
            "ha dichiarato.",
            "it",
            "Marco Serra",
            "ha dichiarato",
        ),
        (
            "Відвідувачка виставки Олена Гай зізнається, що плакала. «Це дуже сильно», — каже "
            "жінка.",
            "uk",
            "Олена Гай",
            "каже",
        ),
        # "elle" finds a woman named anywhere in the sentence before, by her given name's ending.
        (
            "Une réponse jugée insuffisante par Martine Le Goff, porte-parole du syndicat. "
            "« On nous promet des mesures », a-t-elle lancé.",
            "fr",
            "Martine Le Goff",
            "a-t-elle lancé",
        ),
        # A colon lead-in whose role word is also a place word ("station"): still a person.
        (
            'Crews fought the blaze all night. Station officer Mia Kerr: "We were lucky."',
            "en",
            "Mia Kerr",
            None,
        ),
        # A generic word for an officer names the officer introduced by rank.
        (
            "O comandante dos bombeiros, tenente-coronel Paulo Reis, disse que a área foi "
            'isolada. "O fogo está controlado", declarou o oficial.',
            "pt",
            "Paulo Reis",
            "declarou",
        ),
        # The parties of a trial are roles: "le prévenu" is the man sentenced.
        (
            "Le tribunal a condamné lundi l'ancien trésorier du club, Paul Marec, à un an de "
            "prison. « J'ai honte », a déclaré le prévenu à la barre.",
            "fr",
            "Paul Marec",
            "a déclaré",
        ),
        # A Ukrainian name known by its surname's ending, after a title in marks.
        (
            "Аналітик центру «Енерго-Прогноз» Олег Савчишин вважає план реалістичним. "
            "«Це цілком можливо», — пояснив він.",
            "uk",
            "Олег Савчишин",
            "пояснив",
        ),
        (
            'Ông Trần Văn Bình là chủ tịch hiệp hội. "Bà con đừng bán tháo", ông Bình khuyến cáo.',
            "vi",
            "Trần Văn Bình",
            "khuyến cáo",
        ),
        # An object clitic before the verb, after a relative clause on the subject.
        (
            "El biólogo Mario Olmedo, que no firmó el informe, lo considera «un paso enorme».",
            "es",
            "Mario Olmedo",
            "considera",
        ),
    ],
)
def test_speaker_from_a_neighbouring_sentence(text, lang, speaker, cue):
    (q,) = direct(text, lang)
    assert (q.speaker, q.cue) == (speaker, cue)
    assert_contract(text, [q])


def test_partial_quotation_governed_by_a_reporting_verb():
    text = "Betriebsratschefin Sabine Wolf nannte den Schritt einen „Skandal“."
    (q,) = direct(text, "de")
    assert (q.text, q.speaker, q.cue) == ("Skandal", "Sabine Wolf", "nannte")
    # still not quotations: no reporting verb, a reported clause in between, a medium's name
    assert direct("Le plan, jugé « indispensable », passe.", "fr") == []
    said_that = 'She said that the so-called "rescue fund" would not be needed.'
    assert direct(said_that, "en") == []
    title = "Am Montag sagte Petra Lange der Zeitung „Allgemeine“: „Wir helfen schnell.“"
    assert [q.text for q in direct(title, "de")] == ["Wir helfen schnell."]


def test_german_reported_mood_continues_the_last_speaker():
    text = (
        "Der Minister Karl Brenner äußerte sich am Montag. „Wir halten an dem Plan fest.“ "
        "Er sei zuversichtlich, dass die Zahlen sinken. Die Lage bleibe aber ernst."
    )
    reported = [q for q in sayso.extract_quotes(text, lang="de") if q.kind == "indirect"]
    assert [q.text for q in reported] == [
        "Er sei zuversichtlich, dass die Zahlen sinken",
        "Die Lage bleibe aber ernst",
    ]
    assert {q.speaker for q in reported} == {"Karl Brenner"}
    assert all(q.cue is None for q in reported)
    # with nobody speaking before, the mood alone is not reported speech
    assert sayso.extract_quotes("Die Lage sei ernst. Es bleibe dabei.", lang="de") == []


def test_outlet_named_in_the_next_sentence():
    text = (
        "Le député Marc Aubry a quitté la séance. « C'est une honte », a-t-il lancé. "
        "Ses propos ont été repris par Le Monde."
    )
    (q,) = direct(text, "fr")
    assert (q.speaker, q.cue, q.source) == ("Marc Aubry", "a-t-il lancé", "Le Monde")


def test_only_the_piece_next_to_the_verb_carries_the_cue():
    text = (
        "Las lluvias obligaron a evacuar a 500 vecinos.\n\n"
        "—El agua subió un metro —dijo Carmen Vidal—. No pudimos salvar nada.\n\n"
    )
    quotes = direct(text, "es")
    assert [q.cue for q in quotes] == ["dijo", None]
    assert {q.speaker for q in quotes} == {"Carmen Vidal"}
    fr = "« Nous verrons bien », dit-elle."
    assert direct(fr, "fr")[0].cue == "dit-elle"


def test_according_to_an_outlet_is_a_source_not_a_speaker():
    (q,) = sayso.extract_quotes("Selon The Independent, le projet coûtera cher.", lang="fr")
    assert (q.kind, q.speaker, q.source) == ("indirect", None, "The Independent")


# --- offsets contract, objects ----------------------------------------------------------------


def test_offsets_on_accents_cjk_emoji_rtl_and_combining_marks():
    text = (
        "🎉🎉 Le préfet était là. « L'eau est montée 🌊 très vite », a déclaré Alain Duroc.\n\n"
        "שלום עולם. 「我们准备好了，明天出发。」他说。\n\n"
        '"Café\u0301 prices rose again," said Zoë Ångström.'
    )
    quotes = sayso.extract_quotes(text, lang="fr")
    assert_contract(text, quotes)
    assert any(q.speaker == "Alain Duroc" for q in quotes)
    en = sayso.extract_quotes(text, lang="en")
    assert_contract(text, en)
    (last,) = [q for q in en if q.text.startswith("Café")]
    assert text[last.speaker_start : last.speaker_end] == "Zoë Ångström"


def test_quote_objects_are_values():
    (q,) = direct('"We are ready," said Peter Hale.', "en")
    assert pickle.loads(pickle.dumps(q)) == q
    assert json.loads(q.to_json()) == q.to_dict()
    assert q.to_dict()["speaker"] == "Peter Hale"
    assert repr(q).startswith("Quote(text='We are ready,'")
    with pytest.raises(AttributeError):
        q.speaker = "someone else"


def test_bad_arguments():
    with pytest.raises(TypeError):
        sayso.extract_quotes(None)
    with pytest.raises(sayso.UnsupportedLanguageError):
        sayso.extract_quotes("x", lang="zz")
    assert sayso.extract_quotes("") == []


# --- hostile input ----------------------------------------------------------------------------


def _time(text, lang="en"):
    t0 = time.perf_counter()
    sayso.extract_quotes(text, lang=lang)
    return time.perf_counter() - t0


@pytest.mark.parametrize("lang", ["en", "ru", "de"])
def test_thousands_of_unmatched_marks_stay_linear(lang):
    unit = "\" “ « „ ‘ ‹ » ” ' — a-t-il "
    small, big = _time(unit * 2_000, lang), _time(unit * 16_000, lang)
    # Eight times the input may not cost much more than eight times the time (plus noise).
    assert big < 16 * small + 0.5


def test_ten_megabyte_paragraph_and_odd_marks():
    para = ('He said that "the plan works, and " more words follow here ' * 170_000)[:10_000_000]
    assert len(para) >= 9_999_000
    assert _time(para) < 30
    odd = '"' * 10_001 + " word " + "«" * 3_333
    quotes = sayso.extract_quotes(odd)
    assert_contract(odd, quotes)


PIECES = list("ab Z.,:;!?-—–\n\"'“”‘’«»„‹›「」『』") + ["said ", " dijo", "заявил ", " a-t-il "]


@settings(deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=80).map("".join),
    st.sampled_from([*LANGS, "zh"]),
)
def test_never_raises_and_offsets_hold(text, lang):
    assert_contract(text, sayso.extract_quotes(text, lang=lang))


@settings(deadline=None)
@given(st.text(max_size=300), st.sampled_from(LANGS))
def test_never_raises_on_any_text(text, lang):
    assert_contract(text, sayso.extract_quotes(text, lang=lang))


# --- accuracy on the project's fixtures and on WikiNews ---------------------------------------


def test_fixture_accuracy_meets_the_bar_in_every_language():
    from tools.eval.quotes import score_fixtures

    scores = score_fixtures(FIXTURES)
    assert sorted(scores) == sorted(LANGS)
    for lang, kinds in scores.items():
        r = kinds["direct"].ratios()
        assert r["gold"] >= 15, lang
        assert r["recall"] >= 0.95, (lang, r, kinds["direct"].misses)
        assert r["precision"] >= 0.95, (lang, r, kinds["direct"].misses)
        assert r["speaker_accuracy"] >= 0.90, (lang, r, kinds["direct"].misses)


def test_eval_scores_the_held_out_and_blind_sets_apart(capsys):
    from tools.eval.quotes import main

    assert main(["--fixtures", str(FIXTURES), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    blind = ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8")
    for subset in ("heldout", *blind):
        assert sorted(out[subset]) == sorted(LANGS), subset
    for subset in blind:
        for lang in LANGS:
            assert out[subset][lang]["direct"]["gold"] >= 16, (subset, lang)
            assert out[subset][lang]["indirect"]["gold"] >= 3, (subset, lang)
    assert (
        main(["--fixtures", str(FIXTURES), "--json", "--skip", "blind2", "--skip", "blind3"]) == 0
    )
    assert "blind2" not in json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    "subset", ["blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8"]
)
def test_blind_set_is_complete_without_running_the_engine(subset):
    for lang in LANGS:
        docs = [
            json.loads(line)
            for line in (FIXTURES / subset / f"{lang}.jsonl").read_text("utf-8").splitlines()
            if line.strip()
        ]
        assert 3 <= len(docs) <= 6, lang
        kinds = [q["kind"] for d in docs for q in d["quotes"]]
        assert kinds.count("direct") >= 16, lang
        assert kinds.count("indirect") >= 3, lang
        for d in docs:
            assert d["lang"] == lang
            for q in d["quotes"]:
                assert d["text"].count(q["text"]) >= q.get("occurrence", 1), (d["id"], q)


@pytest.mark.skipif(
    not (SHARED / "de_wikinews_quotes").is_dir(),
    reason="../shared/data/quotes/de_wikinews_quotes is not here (evaluation data, not shipped)",
)
def test_wikinews_evaluation_runs(capsys):
    from tools.eval.quotes import main

    assert (
        main(["--data", str(SHARED), "--fixtures", str(FIXTURES), "--json", "--skip", "blind3"])
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    direct_scores = out["wikinews"]["direct"]
    assert direct_scores["gold"] > 0
    # A floor well below today's figures, to catch a broken pipeline rather than tune to data.
    assert direct_scores["recall"] >= 0.7
    assert out["wikinews"]["indirect"]["system"] > 0


# --- German: nouns are not names; institutions and documents speak ----------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A capitalised noun opening a sentence is not a name.
        (
            "Hinweise auf einen Anschlag gebe es nicht, sagte der Polizeisprecher. "
            "„Wir ermitteln in alle Richtungen.“",
            "der Polizeisprecher",
        ),
        # Institutions and documents are speakers when the text makes them one.
        (
            "Die Staatsanwaltschaft erklärte: „Der Verdacht hat sich erhärtet.“",
            "Die Staatsanwaltschaft",
        ),
        # (In the nominative where the article shows the case and the noun's ending its
        # gender: a feminine "-ung".)
        ("In der Pressemitteilung heißt es: „Der Betrieb läuft weiter.“", "Pressemitteilung"),
        ("So heißt es in dem Schreiben wörtlich: „Behandelt wird jeder Fall.“", "dem Schreiben"),
        ("Die SPD erklärte: „Wir stehen zu unserem Wort.“", "SPD"),
        # The phrase after the verb is its object, not its subject.
        (
            "Martin Behrsing, Sprecher des Forums kommentierte den Sachverhalt am Sonntag in "
            "Bonn mit den Worten: „Das ist seltene Dämlichkeit der Behörde.“",
            "Martin Behrsing",
        ),
    ],
)
def test_german_speakers_beyond_capitals(text, speaker):
    qs = direct(text, "de")
    assert qs[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # A relative clause after the speaker's name or apposition is no reported clause.
        (
            '"Het verbod komt te laat." Dat vertelt buurtbewoner Kees Mol, die de petitie startte.',
            "nl",
        ),
        (
            '"Aquí ya no queda nadie". Así lo resumió Pedro Gil, de 80 años, que vive en el '
            "pueblo.",
            "es",
        ),
        (
            '"Het verbod komt te laat." Dat zegt Kees Mol, voorzitter van de bewonersvereniging.',
            "nl",
        ),
    ],
)
def test_relative_clause_after_the_speaker_is_not_reported_speech(text, lang):
    quotes = sayso.extract_quotes(text, lang=lang)
    assert [q.kind for q in quotes] == ["direct"]
    assert quotes[0].speaker in {"Kees Mol", "Pedro Gil"}


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # Ninth round: a definite article and an agent noun the role lexicon lacks refer back.
        (
            "La pediatra Sara Ventimiglia, che dirige il reparto, ha parlato ai giornalisti. "
            "«Abbiamo pochi letti», ha spiegato la dottoressa.",
            "it",
            "Sara Ventimiglia",
        ),
        (
            "Odile Marchand, qui tient la boutique depuis 1990, a reçu les clients. "
            "« Je ne fermerai pas », a assuré la boulangère.",
            "fr",
            "Odile Marchand",
        ),
        # Surnames with an elided particle ("Dall'Olio", "d'Arcy") are one name.
        ("«Non basta», ha detto Chiara Dall'Olio.", "it", "Chiara Dall'Olio"),
        ("« Ce n'est pas assez », a déclaré Jeanne d'Arcy.", "fr", "Jeanne d'Arcy"),
        # A Romance given name in "-a" is a woman's: the antecedent of a dropped subject.
        (
            "Secondo la polizia, il ladro è fuggito a piedi. A chiamare i soccorsi è stata la "
            "titolare del bar, Graziella Furlan. «Ho sentito un colpo», ha raccontato.",
            "it",
            "Graziella Furlan",
        ),
        (
            "Según la policía, el ladrón huyó a pie. Quien avisó fue la dueña del bar, Rosalba "
            "Quintero. «Oí un golpe», relató.",
            "es",
            "Rosalba Quintero",
        ),
        # An object clitic opening the sentence ("Lo ha detto …, che …") is no subject.
        (
            "«Faltan doce partidos». Lo ha dicho el presidente Ramiro Salcedo, que ha confirmado "
            "la confianza en el entrenador.",
            "es",
            "Ramiro Salcedo",
        ),
        # A name in apposition to a role is a person mentioned, an antecedent for "il".
        (
            "Une promesse qui ne suffit pas à Gaëtan Rouvière, président de l'association. "
            "« On nous parle de transport », s'indigne-t-il.",
            "fr",
            "Gaëtan Rouvière",
        ),
        (
            "Il sindaco ha parlato. Poi è intervenuta la direttrice dell'ufficio, Ornella Tessaro."
            " “Ho capito subito”, ha raccontato.",
            "it",
            "Ornella Tessaro",
        ),
        # The subject of a sentence inside a quotation is no antecedent.
        (
            "Жительница дома Нина Орлова рассказала, что ждёт ремонта. «Каждый год приходит "
            "комиссия. Трещина в стене уже шире ладони.\n\n«Я уже не верю обещаниям», — говорит "
            "пенсионерка.",
            "ru",
            "Нина Орлова",
        ),
        # A Russian possessive before a role is no subject pronoun.
        (
            "Жильцов разбудил сосед, Пётр Ильин.\n\n— Дети спали, — вспоминает его соседка "
            "Ирина Гусева.",
            "ru",
            "Ирина Гусева",
        ),
        # A lone "der" after a surname is the dative article of an outlet, no particle.
        ("„Passiert ist nichts“, sagte Kowalczyk der Lindauer Zeitung.", "de", "Kowalczyk"),
        ("„Passiert ist nichts“, sagte Ursula von der Leyen.", "de", "Ursula von der Leyen"),
        # A «team» between a Russian or Ukrainian role and the name.
        (
            "— Ми програли заслужено, — визнав після гри головний тренер «Дніпрянки» Остап "
            "Мельничук.",
            "uk",
            "Остап Мельничук",
        ),
        (
            "— Мы сами себя наказали, — сказал главный тренер «Метеора» Глеб Сомов.",
            "ru",
            "Глеб Сомов",
        ),
        # A title before a known given name is not part of the name.
        ("“This was not theft,” said Detective Sergeant Helen Marsh.", "en", "Helen Marsh"),
        # A capitalised adjective and its noun after a Russian role are its complement.
        (
            "Депутат Законодательного собрания Пётр Белов назвал планы «нереалистичными».",
            "ru",
            "Пётр Белов",
        ),
        # A smile as a verb of saying after a quote.
        ("« Je suis fatiguée », sourit la libraire, Odile Marchand.", "fr", "Odile Marchand"),
        ("«Sono stanca», sorride la titolare, Ornella Tessaro.", "it", "Ornella Tessaro"),
        # A club before a role and a name (English).
        ("“We were poor,” said Ashby Rovers captain Tom Reilly.", "en", "Tom Reilly"),
        # A German surname that ends like a noun, said before after a given name.
        (
            "Das kündigte Vorstandschefin Sabine Unterländer am Mittwoch an. „Diese Entscheidung "
            "fällt uns nicht leicht“, sagte Unterländer.",
            "de",
            "Sabine Unterländer",
        ),
        # French "but" (a goal) inside an apposition is no conjunction.
        (
            "Le capitaine Hugo Ferrand, auteur du but, a reconnu que le groupe traversait « une "
            "période compliquée » depuis la blessure.",
            "fr",
            "Hugo Ferrand",
        ),
    ],
)
def test_ninth_round_speakers(text, lang, speaker):
    qs = direct(text, lang)
    assert qs[-1].speaker == speaker
