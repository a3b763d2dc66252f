import json
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sayso

FR = "« Nous voulons planter 10 000 arbres d'ici 2030 », a déclaré Claire Dubreuil."
VI = "Ông Trần Minh Khoa cho biết tỉnh đã chuẩn bị hơn 500 tấn gạo cho người dân."


def test_analyze_returns_a_document():
    doc = sayso.analyze(FR, id="a1")
    assert doc.id == "a1"
    assert doc.text == FR
    assert doc.language.code == "fr"
    for name in ("spans", "numbers", "quotes", "claims"):
        assert isinstance(getattr(doc, name), list)
    assert "Document(id='a1', language='fr'" in repr(doc)


def test_declared_language():
    doc = sayso.analyze(FR, lang="en")
    assert (doc.language.code, doc.language.confidence, doc.language.reliable) == ("en", 1.0, True)
    with pytest.raises(sayso.UnsupportedLanguageError):
        sayso.analyze(FR, lang="zz")


def test_analyze_fills_quotes_with_the_document_language():
    doc = sayso.analyze(FR)
    assert [q.to_dict() for q in doc.quotes] == [q.to_dict() for q in sayso.extract_quotes(FR)]
    (quote,) = doc.quotes
    assert quote.speaker == "Claire Dubreuil"
    assert doc.text[quote.speaker_start : quote.speaker_end] == "Claire Dubreuil"
    # Without a language signal the English rules apply.
    assert sayso.analyze('"We are ready," she said.', lang=None).quotes[0].text == "We are ready,"


def test_to_dict_and_to_json_agree():
    doc = sayso.analyze(VI, id="vi-1")
    d = doc.to_dict()
    assert json.loads(doc.to_json()) == d
    assert list(d) == ["id", "date", "language", "spans", "numbers", "quotes", "claims"]
    assert d["language"]["code"] == "vi"
    assert d["spans"][0]["text"] == VI


def test_pickle_and_equality():
    doc = sayso.analyze(FR, id="x")
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc
    assert again.language == doc.language
    assert sayso.analyze(FR, id="y") != doc
    lang = sayso.detect_language(VI)
    assert pickle.loads(pickle.dumps(lang)) == lang
    assert repr(lang).startswith("Language(code='vi', iso639_3='vie'")


def test_results_are_immutable():
    doc = sayso.analyze(FR)
    with pytest.raises(AttributeError):
        doc.id = "changed"


def test_batch_ids_and_errors():
    docs = sayso.analyze_batch([FR, VI], ids=["a", None])
    assert [d.id for d in docs] == ["a", None]
    assert docs == [sayso.analyze(FR, id="a"), sayso.analyze(VI)]
    with pytest.raises(sayso.InvalidArgumentError, match="ids"):
        sayso.analyze_batch([FR, VI], ids=["only one"])
    with pytest.raises(TypeError, match=r"ids\[0\]"):
        sayso.analyze_batch([FR], ids=[7])
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        sayso.analyze_batch([FR, None])
    with pytest.raises(TypeError):
        sayso.analyze(None)


@settings(deadline=None)
@given(st.lists(st.text(max_size=120), max_size=8), st.sampled_from([None, 1, 2]))
def test_batch_equals_singles(texts, threads):
    assert sayso.analyze_batch(texts, threads=threads) == [sayso.analyze(t) for t in texts]


def test_unbuilt_engines_still_check_their_arguments():
    with pytest.raises(ValueError):
        sayso.extract_quotes("100", lang="nope")


def test_numbers_use_the_document_language():
    fr = sayso.analyze("Le maire a promis 100 000 arbres et 1,5 million d'euros.")
    assert [n.value for n in fr.numbers] == [100000.0, 1500000.0]
    assert fr.numbers[1].unit == "EUR"
    assert all(FR[n.start : n.end] == n.text for n in sayso.analyze(FR).numbers)
    # The same digits read the other way when English is declared.
    en = sayso.analyze("Il a payé 1.250 euros.", lang="en")
    assert en.numbers[0].value == 1.25
    assert sayso.analyze("Il a payé 1.250 euros.", lang="de").numbers[0].value == 1250.0
    d = sayso.analyze(VI, id="n").to_dict()
    assert d["numbers"][0]["qualifier"] == "at_least"


def test_dates_are_kept_as_given_and_checked():
    import datetime
    import pickle

    doc = sayso.analyze("Le conseil a voté mardi.", id="a", date="2023-03-14T09:30:00Z")
    assert doc.date == "2023-03-14T09:30:00Z" and doc.to_dict()["date"] == doc.date
    assert pickle.loads(pickle.dumps(doc)) == doc
    docs = sayso.analyze_batch(
        ["one", "two", "three"], dates=[datetime.date(2023, 3, 14), None, "2023-03-15"]
    )
    assert [d.date for d in docs] == ["2023-03-14", None, "2023-03-15"]
    with pytest.raises(ValueError, match="not an ISO 8601 date"):
        sayso.analyze("x", date="14/03/2023")
    with pytest.raises(ValueError, match="not an ISO 8601 date"):
        sayso.analyze("x", date="2023-02-30")
    with pytest.raises(TypeError, match="date must be"):
        sayso.analyze("x", date=20230314)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="2 dates for 1 texts"):
        sayso.analyze_batch(["x"], dates=["2023-03-14", None])


def test_dates_stay_with_their_records_when_one_is_skipped():
    texts = ["Le conseil a voté.", "bad \ud800 record", "Der Rat hat abgestimmt."]
    dates = ["2023-03-14", "2023-03-15", "2023-03-16"]
    with pytest.warns(sayso.SaysoWarning):
        docs = sayso.analyze_batch(texts, ids=["a", "b", "c"], dates=dates, errors="skip")
    assert [(d.id, d.date) for d in docs] == [("a", "2023-03-14"), ("c", "2023-03-16")]
