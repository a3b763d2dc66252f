"""Hostile text and round-trips: nothing a web crawl holds makes sayso crash, hang or lose data.
(Linear time is measured in benchmarks/bench_hardening.py, not asserted here.)"""

import json
import pickle

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sayso

# Text drawn from the characters that break naive code: quote marks of every style, separators,
# digits, combining marks, zero-width and bidi controls, RTL letters, CJK, emoji, NUL.
_PIECES = (
    list("\"'“”„‚‘’«»‹›「」『』—–-.,:;!?%$€£¥₫ 0123456789\n\t\x00")
    + ["\u00a0", "\u202f", "\u2009", "\u0301", "\u200b", "\u200d", "\u202e", "\ufeff"]
    + list("aeéçnñoöüßxyzAEMS")
    + list("שלוםمرحبا中国人民日本한국어😀👍🏽")
    + ["said ", " a déclaré ", " cho biết ", " заявил ", " sagte ", " million", " triệu", "mille "]
)
NASTY = st.lists(st.sampled_from(_PIECES), max_size=150).map("".join)

SPAN_FIELDS = ("spans", "numbers", "quotes")


def check_document(text, doc):
    for field in SPAN_FIELDS:
        for x in getattr(doc, field):
            assert 0 <= x.start <= x.end <= len(text)
            assert text[x.start : x.end] == x.text
    for q in doc.quotes:
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start <= q.speaker_end <= len(text)
    for c in doc.claims:
        assert text[c.number.start : c.number.end] == c.number.text
        assert 0 <= c.sentence_start <= c.sentence_end <= len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NASTY)
def test_nasty_text_never_raises_and_offsets_hold(text):
    doc = sayso.analyze(text)
    check_document(text, doc)
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert json.loads(doc.to_json()) == doc.to_dict()


@settings(max_examples=40, deadline=None)
@given(st.lists(NASTY, max_size=6), st.sampled_from([1, 2, None]))
def test_batch_equals_singles_on_nasty_text(texts, threads):
    assert sayso.analyze_batch(texts, threads=threads) == [sayso.analyze(t) for t in texts]


@pytest.mark.parametrize(
    "text",
    [
        '"' * 20_001,
        "«" * 10_000 + "»" * 3 + "„" * 10_000,
        "\u0301" * 100_000,
        "\u200b" * 50_000 + "Le maire a parlé." + "\u200d" * 50_000,
        "\x00" * 10_000 + "The mayor said so.\x00",
        "שלום עולם " * 5_000 + "مرحبا " * 5_000 + "\u202eabc\u202c",
        "1," * 50_000,
        "9" * 100_000,
        "— " * 20_000,
        "\n" * 100_000,
    ],
    ids=[
        "unmatched-straight",
        "unmatched-guillemets",
        "combining-only",
        "zero-width",
        "nul",
        "rtl-and-bidi",
        "separator-chain",
        "long-digits",
        "dashes",
        "newlines",
    ],
)
def test_hostile_documents(text):
    doc = sayso.analyze(text)
    check_document(text, doc)


def test_a_long_single_line_document():
    # 8 MB on one line, no paragraph breaks: every stage must stay linear (see the benchmark for
    # the timings; 50 MB runs there).
    sentence = "« Nous avons besoin de 100 000 volontaires », a déclaré le ministre. "
    text = sentence * (8_000_000 // len(sentence.encode()))
    doc = sayso.analyze(text)
    assert doc.language.code == "fr"
    assert len(doc.quotes) > 10_000 and len(doc.numbers) > 10_000
    last = doc.quotes[-1]
    assert text[last.start : last.end] == last.text


def test_lone_surrogates_are_refused_clearly():
    with pytest.raises(UnicodeEncodeError):
        sayso.analyze("ok \udcff")
    with pytest.raises(UnicodeEncodeError):
        sayso.analyze_batch(["fine", "bad \ud800"])
    # The documented clean-up: encode with "replace" (or "surrogatepass" then decode).
    cleaned = "ok \udcff".encode("utf-8", "replace").decode("utf-8")
    assert sayso.analyze(cleaned).text == "ok ?"


def test_batch_type_error_comes_before_any_work():
    with pytest.raises(TypeError, match=r"texts\[2\] must be str, not bytes"):
        sayso.analyze_batch(["a", "b", b"c"])
