"""Claims (a number, what it counts, who said it) and their links across documents."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sayso
from tools.eval import claims as claims_eval

FIXTURES = Path(__file__).parent / "fixtures" / "claims"
DOCS, EXPECTED = claims_eval.load(FIXTURES)


@pytest.fixture(scope="module")
def analysed() -> list[sayso.Document]:
    return claims_eval.analyze(DOCS)


@pytest.fixture(scope="module")
def clusters(analysed: list[sayso.Document]) -> list[sayso.ClaimCluster]:
    return sayso.link_claims(analysed)


def _cluster(clusters: list[sayso.ClaimCluster], group: str, value: float) -> sayso.ClaimCluster:
    found = [c for c in clusters if c.group == group and c.value == value]
    assert len(found) == 1, f"{group} {value}: {len(found)} clusters"
    return found[0]


def test_claim_precision_and_recall(analysed):
    scores = claims_eval.score_claims(DOCS, analysed)
    total = scores["all"]
    assert total.precision >= 0.95, total.errors
    assert total.recall >= 0.90, total.errors
    for lang, c in scores.items():
        assert c.precision >= 0.85 and c.recall >= 0.85, (lang, c.errors)


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda e: f"{e['group']}-{e['value']:g}")
def test_every_shared_claim_is_linked_across_its_languages(clusters, expected):
    cluster = _cluster(clusters, expected["group"], expected["value"])
    assert sorted({doc_id for doc_id, _ in cluster.members}) == sorted(expected["documents"])
    lang = {d["id"]: d["lang"] for d in DOCS}
    assert sorted(cluster.languages) == sorted({lang[i] for i in expected["documents"]})
    assert sorted({doc_id for doc_id, _ in cluster.conflicts}) == sorted(expected["conflicts"])


def test_no_distractor_joins_a_cluster(clusters):
    links = claims_eval.score_links(DOCS, EXPECTED, clusters)
    assert links.foreign_members == 0, links.errors
    assert links.extra_clusters == 0, links.errors


def test_the_conflicting_figure_is_reported(clusters):
    deaths = _cluster(clusters, "death", 37.0)
    assert [(doc_id, c.number.value) for doc_id, c in deaths.conflicts] == [("dam-it", 52.0)]
    assert deaths.conflicts[0][1].concept == "death"
    # The same figure in an unrelated story (a bus crash) stays out.
    assert "bus-en" not in {doc_id for doc_id, _ in deaths.members}


def test_cluster_traces_speakers_and_sources():
    sample = resources.files("sayso").joinpath("data/sample.jsonl").read_text("utf-8")
    records = [json.loads(line) for line in sample.splitlines() if line.strip()]
    docs = sayso.analyze_batch([r["text"] for r in records], ids=[r["id"] for r in records])
    top = sayso.link_claims(docs)[0]
    assert (top.concept, top.value) == ("volunteer", 100000.0)
    assert sorted(top.languages) == ["de", "en", "fr", "vi"]
    assert "Igor Korotchenko" in top.speakers
    assert "The Independent" in top.carried_by
    assert top.origin == "Igor Korotchenko"
    # "Up to 100,000" and "100,000" agree: the cluster allows exactly 100,000.
    assert (top.low, top.high) == (100000.0, 100000.0)


def test_offsets_contract_on_every_claim(analysed):
    for doc in analysed:
        for c in doc.claims:
            n = c.number
            assert doc.text[n.start : n.end] == n.text
            assert c.sentence_start <= n.start < n.end <= c.sentence_end
            assert doc.text[c.sentence_start : c.sentence_end].strip()
            if c.subject is not None:
                sentence = doc.text[c.sentence_start : c.sentence_end]
                assert c.subject in sentence


def test_extract_claims_is_what_analyze_finds():
    for d in DOCS:
        assert sayso.extract_claims(d["text"], lang=d["lang"]) == (
            sayso.analyze(d["text"], lang=d["lang"]).claims
        )


def test_what_counts_and_what_does_not():
    claims = sayso.extract_claims(
        "Five reportedly died on March 3, 2024 and three more were injured, Rossiya 1 said, "
        "citing page 12 of a report.",
        lang="en",
    )
    assert [(c.concept, c.number.value, c.subject) for c in claims] == [
        ("death", 5.0, "died"),
        ("injured", 3.0, "injured"),
    ]


def test_quoted_claims_carry_speaker_and_source():
    text = (
        '"Some 100,000 North Korean volunteers stand ready to go," Igor Korotchenko '
        "said on Rossiya 1."
    )
    (claim,) = sayso.extract_claims(text, lang="en")
    assert claim.subject == "North Korean volunteers"
    assert claim.concept == "volunteer"
    assert claim.speaker == "Igor Korotchenko"


def test_claim_and_cluster_pickle_and_dict(clusters):
    cluster = _cluster(clusters, "death", 37.0)
    claim = cluster.members[0][1]
    for obj in (claim, cluster):
        assert pickle.loads(pickle.dumps(obj)) == obj
        assert json.loads(obj.to_json()) == obj.to_dict()
    d = cluster.to_dict()
    assert d["group"] == "death" and d["value"] == 37.0
    assert d["members"][0][0] == cluster.members[0][0]
    assert d["members"][0][1]["number"]["text"] == claim.number.text
    assert "ClaimCluster(concept='death'" in repr(cluster)


def test_link_claims_on_nothing():
    assert sayso.link_claims([]) == []
    assert sayso.link_claims([sayso.analyze("No numbers here at all.")]) == []
    with pytest.raises(TypeError):
        sayso.link_claims(["not a document"])  # type: ignore[list-item]


@settings(deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list("0123456789 ,.%€$-'\n") + ["people", " killed", "Ünïcödé", "日本", "😀", "тысяч"]
        ),
        max_size=40,
    ).map("".join),
    st.sampled_from(["en", "fr", "de", "es", "pt", "it", "ru", "vi", "ja"]),
)
def test_any_text_gives_valid_claims(text, lang):
    for c in sayso.extract_claims(text, lang=lang):
        assert text[c.number.start : c.number.end] == c.number.text
        assert 0 <= c.sentence_start <= c.number.start <= c.number.end <= c.sentence_end
    sayso.link_claims([sayso.analyze(text, lang=lang)] * 2)


def _sayso(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sayso", *args], capture_output=True, text=True, check=False
    )


def test_track_sample_shows_the_multilingual_story():
    result = _sayso("track", "--sample")
    assert result.returncode == 0, result.stderr
    header, _, first, *_ = result.stdout.splitlines()
    assert header.split()[:3] == ["claim", "value", "languages"]
    assert "North Korean volunte" in first and "100,000" in first
    assert "en fr vi de" in first and "Igor Korotchenko" in first


def test_track_json_and_conflicts():
    result = _sayso("track", "--json", str(FIXTURES / "documents.jsonl"))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    deaths = next(r for r in rows if r["group"] == "death")
    assert [doc_id for doc_id, _ in deaths["conflicts"]] == ["dam-it"]
    assert len(rows) == len(EXPECTED)


def test_track_needs_input():
    assert _sayso("track").returncode == 2


def test_stance_says_how_the_article_holds_each_claim():
    text = (
        "The city planted 2,000 trees in May. "
        '"We will plant 3,000 more," said Mayor Ruth Okafor. '
        "The parks office denied reports that 500 trees had died. "
        "Some 40 trees were allegedly cut down by night."
    )
    got = [(c.number.value, c.stance) for c in sayso.extract_claims(text, lang="en")]
    assert got == [
        (2000.0, "asserted"),
        (3000.0, "reported"),
        (500.0, "denied"),
        (40.0, "doubted"),
    ]
    rows = sayso.to_rows([sayso.analyze(text, lang="en")], "claims")
    assert [r["stance"] for r in rows] == [s for _, s in got]


def test_a_cluster_is_traced_with_dates_denials_and_carriers():
    texts = [
        '"Some 4,000 volunteers from Norvania are ready," said analyst Tomas Ferreira, '
        "quoted by the Harbour Gazette.",
        "L'analyste Tomas Ferreira a affirmé que 4 000 volontaires de Norvanie étaient prêts. "
        "Le ministère de Tarsk a démenti que des volontaires seraient envoyés.",
        "The ministry in Tarsk denied reports that volunteers from Norvania were on their way, "
        "and Tomas Ferreira stood by his figure.",
    ]
    docs = sayso.analyze_batch(
        texts, ids=["en-1", "fr-1", "en-2"], dates=["2031-05-02", "2031-05-03", "2031-05-04"]
    )
    (c,) = sayso.link_claims(docs)
    assert (c.concept, c.value, c.documents) == ("volunteer", 4000.0, ["en-1", "fr-1"])
    assert (c.origin, c.carried_by) == ("Tomas Ferreira", ["Harbour Gazette"])
    assert (c.first_seen, c.last_seen) == ("2031-05-02", "2031-05-03")
    assert [(doc_id, q.denial) for doc_id, q in c.denials] == [("fr-1", True), ("en-2", True)]
    assert pickle.loads(pickle.dumps(c)) == c
    assert c.to_dict()["denials"][0][1]["cue"] == "a démenti"


def test_track_shows_origin_dates_and_denials(tmp_path):
    rows = [
        {
            "id": "a",
            "date": "2031-05-02",
            "text": "Tomas Ferreira said 4,000 volunteers are ready.",
        },
        {
            "id": "b",
            "date": "not a date",
            "text": "Tomas Ferreira a dit que 4 000 volontaires sont prêts. Le ministère de "
            "Tarsk a démenti que des volontaires seraient envoyés.",
        },
    ]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    result = _sayso("track", str(corpus))
    assert result.returncode == 0, result.stderr
    assert "c.jsonl:2: date 'not a date' is not an ISO 8601 date" in result.stderr
    header, _, first = result.stdout.splitlines()[:3]
    assert "denied by" in header and "2031-05-02" in first
    assert "Tomas Ferreira" in first and "ministère de Tarsk (b)" in first
