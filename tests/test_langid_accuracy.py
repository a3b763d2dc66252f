"""Language identification on fixtures we wrote (close pairs, mixed documents) and, when the
shared evaluation data is present, a smoke run of the evaluation script."""

import json
from pathlib import Path

import pytest

import sayso

FIXTURES = Path(__file__).parent / "fixtures" / "langid"
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "langid"


def _close_pairs():
    for line in (FIXTURES / "close_pairs.tsv").read_text(encoding="utf-8").splitlines():
        code, text = line.split("\t")
        yield pytest.param(code, text, id=code)


@pytest.mark.parametrize(("code", "text"), list(_close_pairs()))
def test_close_languages_one_sentence(code, text):
    lang = sayso.detect_language(text)
    assert lang is not None and lang.code == code


MIXED = json.loads((FIXTURES / "mixed.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", MIXED, ids=[c["name"] for c in MIXED])
def test_mixed_documents(case):
    text = case["text"]
    spans = sayso.language_spans(text)
    assert [(s.language.code, s.text[: len(p)]) for s, (_, p) in zip(spans, case["runs"])] == [
        tuple(r) for r in case["runs"]
    ]
    assert len(spans) == len(case["runs"])
    for s in spans:
        assert text[s.start : s.end] == s.text
    doc = sayso.analyze(text)
    assert doc.spans == spans
    assert doc.language.code == case["runs"][0][0]


def test_allow_narrows_spans():
    text = MIXED[0]["text"]
    spans = sayso.language_spans(text, allow=["fr", "de"])
    assert {s.language.code for s in spans} <= {"fr", "de"}


@pytest.mark.parametrize(
    "text", ["", "123", "😀", "https://x.y/z", "@user", "  \n\t ", "12/03/2024 14:00", "#1 !!!"]
)
def test_no_signal_gives_none_and_no_spans(text):
    assert sayso.detect_language(text) is None
    assert sayso.language_spans(text) == []


def test_confidence_is_honest():
    long = sayso.detect_language(
        "Les députés ont adopté le projet de loi sur l'énergie mardi soir."
    )
    short = sayso.detect_language("restaurant")
    gibberish = sayso.detect_language("xkcd qwrtz pfft")
    assert long.reliable and long.confidence > 0.9
    assert not short.reliable and short.confidence < long.confidence
    assert not gibberish.reliable and gibberish.confidence < 0.5


def test_urls_and_handles_do_not_vote():
    text = "@lemonde_fr https://www.example.com/article/2024 Le gouvernement a présenté son budget."
    assert sayso.detect_language(text).code == "fr"


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data/langid is not present")
def test_evaluation_script_runs_on_shared_data(capsys):
    from tools.eval import langid

    assert langid.main(["--data", str(SHARED), "--no-peers", "--limit", "30"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("| sayso |"))
    sentences = float(row.split("|")[2])
    # 30 lines per language is a smoke run, not the published figure (see docs/accuracy.md).
    assert sentences > 90.0
