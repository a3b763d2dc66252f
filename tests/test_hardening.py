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


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NASTY)
def test_nasty_text_never_raises_and_offsets_hold(text):
    doc = sayso.analyze(text)
    check_document(text, doc)
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert json.loads(doc.to_json()) == doc.to_dict()


@settings(deadline=None)
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
    # In a batch the record is named, and errors= says how to keep the others.
    with pytest.raises(sayso.DocumentError, match=r"texts\[1\] \(id \"b\"\).*errors="):
        sayso.analyze_batch(["fine", "bad \ud800"], ids=["a", "b"])
    # The documented clean-up for single calls: encode with "replace".
    cleaned = "ok \udcff".encode("utf-8", "replace").decode("utf-8")
    assert sayso.analyze(cleaned).text == "ok ?"


def test_one_lone_surrogate_costs_one_record_only():
    texts = ["Le maire a promis 100 000 arbres.", "bad \ud800 text", "The mayor said 12 trees."]
    expected = sayso.analyze_batch([texts[0], texts[2]], ids=["a", "c"])
    with pytest.warns(sayso.SaysoWarning, match=r"texts\[1\] \(id \"b\"\).*skipped"):
        skipped = sayso.analyze_batch(texts, ids=["a", "b", "c"], errors="skip")
    assert skipped == expected
    with pytest.warns(sayso.SaysoWarning, match=r"texts\[1\].*U\+FFFD"):
        replaced = sayso.analyze_batch(texts, ids=["a", "b", "c"], errors="replace")
    assert [d.id for d in replaced] == ["a", "b", "c"]
    # One code point for one: offsets into the cleaned text are offsets into the original.
    assert replaced[1].text == "bad \ufffd text"
    assert [replaced[0], replaced[2]] == expected
    with pytest.warns(sayso.SaysoWarning):
        langs = sayso.detect_language_batch(texts, errors="skip")
    assert len(langs) == 2 and langs[0].code == "fr"
    with pytest.raises(sayso.InvalidArgumentError, match="errors"):
        sayso.analyze_batch(texts, errors="ignore")


@pytest.fixture()
def panic_marker():
    """Arms the test-only hook: a document holding the marker panics inside its analysis."""
    marker = sayso._core._arm_test_panic(True)
    yield marker
    sayso._core._arm_test_panic(False)


def test_a_panic_inside_one_document_costs_that_document_only(panic_marker):
    texts = ["Le maire a promis 100 000 arbres.", f"x {panic_marker} y", "The mayor said so."]
    ids = ["a", "b", "c"]
    good = sayso.analyze_batch([texts[0], texts[2]], ids=["a", "c"])
    # Never a PanicException (a BaseException that gets past `except Exception`).
    with pytest.raises(sayso.DocumentError, match=r"texts\[1\] \(id \"b\"\).*bug in sayso"):
        sayso.analyze_batch(texts, ids=ids)
    with pytest.warns(sayso.SaysoWarning, match=r"texts\[1\] \(id \"b\"\)"):
        assert sayso.analyze_batch(texts, ids=ids, errors="skip") == good
    with pytest.warns(sayso.SaysoWarning, match="empty result"):
        replaced = sayso.analyze_batch(texts, ids=ids, errors="replace")
    assert [replaced[0], replaced[2]] == good
    assert replaced[1].id == "b" and replaced[1].quotes == [] and replaced[1].language is None
    with pytest.raises(sayso.DocumentError):
        sayso.detect_language_batch(texts)
    with pytest.warns(sayso.SaysoWarning):
        langs = sayso.detect_language_batch(texts, errors="replace")
    assert langs[1] is None and langs[0].code == "fr"
    with pytest.raises(sayso.DocumentError, match="bug in sayso"):
        sayso.analyze(texts[1])


def test_the_cli_writes_every_other_record_and_exits_1(panic_marker, tmp_path, capsys):
    from sayso.cli import main

    corpus = tmp_path / "corpus.jsonl"
    rows = [
        {"id": "a", "text": "Le maire a promis 100 000 arbres."},
        {"id": "b", "text": f"x {panic_marker} y"},
        {"id": "c", "text": "bad \ud800 text"},  # a lone surrogate, escaped in JSON
        {"id": "d", "text": "The mayor said so."},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(corpus), "-o", str(out)]) == 1
    written = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert written == ["a", "d"]
    err = capsys.readouterr().err
    assert "corpus.jsonl:2: internal error" in err and "corpus.jsonl:3: not valid text" in err
    assert "2 documents written, 2 skipped" in err


def test_the_dataframe_helper_reports_the_failed_row(panic_marker):
    pd = pytest.importorskip("pandas")
    from sayso.distributed import analyze_frame

    frame = pd.DataFrame({"id": ["a", "b"], "text": ["Le maire a promis.", f"x {panic_marker}"]})
    result = analyze_frame(frame)
    assert pd.isna(result["error"].tolist()[0])
    assert "bug in sayso" in result["error"].tolist()[1]
    assert result["id"].tolist() == ["a", "b"]


def test_batch_type_error_comes_before_any_work():
    with pytest.raises(TypeError, match=r"texts\[2\] must be str, not bytes"):
        sayso.analyze_batch(["a", "b", b"c"])
