"""Flat rows for data frames: ``pandas.DataFrame(sayso.to_rows(docs, "claims"))``, and the
same as an Arrow table (``sayso.to_arrow``), which pandas, Polars, DuckDB and Spark all read."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from . import Document, Number

RowKind = Literal["quotes", "claims", "numbers"]
TableKind = Literal["documents", "quotes", "claims", "numbers"]


def _doc(doc: Document) -> dict[str, Any]:
    return {"document": doc.id, "language": doc.language.code if doc.language else None}


def _number(n: Number, prefix: str = "") -> dict[str, Any]:
    return {
        f"{prefix}text": n.text,
        f"{prefix}start": n.start,
        f"{prefix}end": n.end,
        f"{prefix}value": n.value,
        f"{prefix}low": n.low,
        f"{prefix}high": n.high,
        f"{prefix}qualifier": n.qualifier,
        f"{prefix}kind": n.kind,
        f"{prefix}unit": n.unit,
        f"{prefix}previous": n.previous,
    }


def to_rows(documents: Iterable[Document], kind: RowKind) -> list[dict[str, Any]]:
    """One flat dict per quote, claim or number of ``documents``, ready for a data frame.

    Every row starts with ``document`` (the id) and ``language`` (its code, or None); the other
    keys are the result's attributes, with a claim's number flattened into ``number_*`` columns
    and its sentence given as text. Offsets are Python string indices into the document text.

    Raises:
        ValueError: ``kind`` is not "quotes", "claims" or "numbers".
    """
    if kind not in ("quotes", "claims", "numbers"):
        raise ValueError(f'kind must be "quotes", "claims" or "numbers", not {kind!r}')
    rows: list[dict[str, Any]] = []
    for doc in documents:
        base = _doc(doc)
        if kind == "numbers":
            rows += [{**base, **_number(n)} for n in doc.numbers]
        elif kind == "quotes":
            rows += [
                {
                    **base,
                    "text": q.text,
                    "start": q.start,
                    "end": q.end,
                    "speaker": q.speaker,
                    "speaker_start": q.speaker_start,
                    "speaker_end": q.speaker_end,
                    "speaker_role": q.speaker_role,
                    "cue": q.cue,
                    "source": q.source,
                    "kind": q.kind,
                    "denial": q.denial,
                }
                for q in doc.quotes
            ]
        else:
            rows += [
                {
                    **base,
                    "concept": c.concept,
                    "subject": c.subject,
                    **_number(c.number, "number_"),
                    "speaker": c.speaker,
                    "source": c.source,
                    "stance": c.stance,
                    "sentence": doc.text[c.sentence_start : c.sentence_end],
                    "sentence_start": c.sentence_start,
                    "sentence_end": c.sentence_end,
                }
                for c in doc.claims
            ]
    return rows


def _document_rows(documents: Iterable[Document]) -> list[dict[str, Any]]:
    return [
        {
            **_doc(doc),
            "date": doc.date,
            "confidence": doc.language.confidence if doc.language else None,
            "characters": len(doc.text),
            "quotes": len(doc.quotes),
            "numbers": len(doc.numbers),
            "claims": len(doc.claims),
        }
        for doc in documents
    ]


def _schema(kind: TableKind) -> Any:
    import pyarrow as pa

    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    base = [("document", s), ("language", s)]

    def number(prefix: str = "") -> list[tuple[str, Any]]:
        names = "text start end value low high qualifier kind unit previous".split()
        types = [s, i, i, f, f, f, s, s, s, f]
        return [(prefix + n, t) for n, t in zip(names, types)]

    fields = {
        "documents": base
        + [("date", s), ("confidence", f), ("characters", i), ("quotes", i), ("numbers", i)]
        + [("claims", i)],
        "numbers": base + number(),
        "quotes": base
        + [("text", s), ("start", i), ("end", i), ("speaker", s), ("speaker_start", i)]
        + [("speaker_end", i), ("speaker_role", s), ("cue", s), ("source", s), ("kind", s)]
        + [("denial", b)],
        "claims": base
        + [("concept", s), ("subject", s)]
        + number("number_")
        + [("speaker", s), ("source", s), ("stance", s), ("sentence", s), ("sentence_start", i)]
        + [("sentence_end", i)],
    }[kind]
    return pa.schema(fields)


def to_arrow(documents: Iterable[Document], kind: TableKind = "claims") -> Any:
    """A ``pyarrow.Table`` of ``documents``: one row per document (``"documents"``: id,
    language, confidence, counts) or per quote, claim or number, with the columns of
    :func:`to_rows` and fixed types (so an empty result still has its columns). Read it with
    ``table.to_pandas()``, ``polars.from_arrow(table)``, DuckDB, or write it with
    ``pyarrow.parquet.write_table``.

    Raises:
        ImportError: pyarrow is not installed (``pip install 'sayso[arrow]'``).
        ValueError: ``kind`` is not "documents", "quotes", "claims" or "numbers".
    """
    if kind not in ("documents", "quotes", "claims", "numbers"):
        raise ValueError(f'kind must be "documents", "quotes", "claims" or "numbers", not {kind!r}')
    try:
        import pyarrow as pa
    except ImportError as e:
        raise ImportError("to_arrow needs pyarrow: pip install 'sayso[arrow]'") from e
    docs = list(documents)
    rows = _document_rows(docs) if kind == "documents" else to_rows(docs, kind)
    return pa.Table.from_pylist(rows, schema=_schema(kind))
