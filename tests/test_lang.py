import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sayso

CASES = [
    ("Le gouvernement a annoncé jeudi une nouvelle aide pour les agriculteurs.", "fr"),
    ("The government announced new support for farmers on Thursday.", "en"),
    ("Chính phủ đã công bố gói hỗ trợ mới cho nông dân vào thứ Năm.", "vi"),
    ("Die Regierung hat am Donnerstag neue Hilfen für Landwirte angekündigt.", "de"),
    ("Правительство в четверг объявило о новой помощи фермерам.", "ru"),
    ("El gobierno anunció el jueves nuevas ayudas para los agricultores.", "es"),
]


@pytest.mark.parametrize(("text", "code"), CASES)
def test_detects_language(text, code):
    lang = sayso.detect_language(text)
    assert lang is not None
    assert lang.code == code
    assert 0.0 <= lang.confidence <= 1.0
    assert isinstance(lang.reliable, bool)
    assert len(lang.iso639_3) == 3


def test_language_fields():
    lang = sayso.detect_language("Правительство в четверг объявило о новой помощи фермерам.")
    assert (lang.code, lang.iso639_3, lang.name, lang.script) == (
        "ru",
        "rus",
        "Russian",
        "Cyrillic",
    )


@pytest.mark.parametrize("text", ["", "123", "   ", "!!!"])
def test_no_signal_gives_none(text):
    assert sayso.detect_language(text) is None


def test_allow_narrows_the_choice():
    text = "El gobierno anunció nuevas ayudas para los agricultores."
    lang = sayso.detect_language(text, allow=["pt", "it"])
    assert lang is None or lang.code in {"pt", "it"}
    # 639-3 codes, upper case and regions are accepted too.
    assert sayso.detect_language(text, allow=["SPA", "pt-BR"]).code == "es"


def test_unknown_language_code_is_a_value_error():
    with pytest.raises(sayso.UnsupportedLanguageError, match="'xx'|\"xx\""):
        sayso.detect_language("hello there", allow=["en", "xx"])
    with pytest.raises(ValueError):
        sayso.detect_language("hello there", allow=["klingon"])
    with pytest.raises(sayso.InvalidArgumentError):
        sayso.detect_language("hello there", allow=[])


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["a list"]])
def test_wrong_type_is_a_type_error(bad):
    with pytest.raises(TypeError):
        sayso.detect_language(bad)


def test_batch_type_errors_name_the_index():
    with pytest.raises(TypeError, match=r"texts\[2\]"):
        sayso.detect_language_batch(["one", "two", 3])
    with pytest.raises(TypeError, match="single str"):
        sayso.detect_language_batch("not a list")
    with pytest.raises(TypeError):
        sayso.detect_language_batch(42)


def test_batch_threads_argument():
    texts = [t for t, _ in CASES] * 5
    serial = sayso.detect_language_batch(texts, threads=1)
    assert sayso.detect_language_batch(texts, threads=2) == serial
    assert sayso.detect_language_batch(texts) == serial
    with pytest.raises(ValueError, match="threads"):
        sayso.detect_language_batch(texts, threads=0)


def test_batch_accepts_any_iterable():
    texts = [t for t, _ in CASES]
    assert sayso.detect_language_batch(iter(texts)) == [sayso.detect_language(t) for t in texts]
    assert sayso.detect_language_batch([]) == []


@settings(deadline=None)
@given(st.lists(st.text(max_size=80), max_size=12))
def test_batch_equals_singles(texts):
    assert sayso.detect_language_batch(texts) == [sayso.detect_language(t) for t in texts]


def test_lone_surrogate_is_a_clear_error():
    # Python str may hold lone surrogates, which are not valid text; pyo3 refuses them.
    with pytest.raises(UnicodeEncodeError):
        sayso.detect_language("abc \ud800 def")
    with pytest.raises(sayso.DocumentError, match=r"texts\[1\]"):
        sayso.detect_language_batch(["fine", "bad \ud800"])


def test_docstrings_are_written_for_python_users():
    doc = sayso.detect_language.__doc__
    assert "Args:" in doc and "Returns:" in doc and "allow" in doc
    assert "confidence" in (sayso.Language.__doc__ or "")
