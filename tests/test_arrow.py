"""Arrow tables and Parquet: sayso.to_arrow and `sayso analyze -o out.parquet`, read back with
pandas and Polars. Skipped without pyarrow (pip install 'sayso[arrow]'); CI installs it."""

import json

import pytest

import sayso
from sayso.cli import main

pa = pytest.importorskip("pyarrow")

TEXTS = [
    ("fr-1", "« Nous voulons planter 10 000 arbres d'ici 2030 », a déclaré Claire Dubreuil."),
    ("en-1", '"One good month does not make a recovery," said Daniel Osei on Friday.'),
    ("vi-1", "Khoảng 1.200 hộ dân phải sơ tán, ông Trần Minh Khoa cho biết."),
    ("empty", ""),
]


@pytest.fixture(scope="module")
def docs():
    return sayso.analyze_batch([t for _, t in TEXTS], ids=[i for i, _ in TEXTS])


@pytest.mark.parametrize("kind", ["documents", "quotes", "claims", "numbers"])
def test_to_arrow_has_one_row_per_result_and_typed_columns(docs, kind):
    table = sayso.to_arrow(docs, kind)
    expected = len(docs) if kind == "documents" else len(sayso.to_rows(docs, kind))
    assert table.num_rows == expected > 0
    assert table.schema.field("document").type == pa.string()
    # An empty result keeps its columns and types.
    empty = sayso.to_arrow([], kind)
    assert empty.num_rows == 0 and empty.schema == table.schema


def test_to_arrow_values_match_the_objects(docs):
    table = sayso.to_arrow(docs, "quotes").to_pylist()
    quotes = [(d.id, q) for d in docs for q in d.quotes]
    assert [(r["document"], r["text"], r["speaker"], r["denial"]) for r in table] == [
        (i, q.text, q.speaker, q.denial) for i, q in quotes
    ]
    with pytest.raises(ValueError, match="kind must be"):
        sayso.to_arrow(docs, "sentences")


def test_a_change_keeps_both_ends_in_the_numbers_table():
    doc = sayso.analyze("Die Zahl der Ladesäulen stieg von 120 auf 310.", lang="de")
    (row,) = sayso.to_arrow([doc], "numbers").to_pylist()
    assert (row["qualifier"], row["previous"], row["value"]) == ("change", 120.0, 310.0)
    assert row["low"] is None and row["high"] is None
    assert sayso.to_arrow([doc], "claims").schema.field("number_previous").type == pa.float64()


def test_parquet_round_trip_with_pandas_and_polars(tmp_path, docs):
    pd = pytest.importorskip("pandas")
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in TEXTS),
        encoding="utf-8",
    )
    out = tmp_path / "claims.parquet"
    assert main(["analyze", str(corpus), "-o", str(out), "--table", "claims"]) == 0
    frame = pd.read_parquet(out)
    expected = sayso.to_rows(docs, "claims")
    assert list(frame["document"]) == [r["document"] for r in expected]
    assert list(frame["number_value"]) == [r["number_value"] for r in expected]
    polars = pytest.importorskip("polars")
    assert polars.read_parquet(out).height == len(expected)
