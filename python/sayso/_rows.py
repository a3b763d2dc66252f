"""Flat rows for data frames: ``pandas.DataFrame(sayso.to_rows(docs, "claims"))``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from . import Document, Number

RowKind = Literal["quotes", "claims", "numbers"]


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
                    "cue": q.cue,
                    "source": q.source,
                    "kind": q.kind,
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
                    "sentence": doc.text[c.sentence_start : c.sentence_end],
                    "sentence_start": c.sentence_start,
                    "sentence_end": c.sentence_end,
                }
                for c in doc.claims
            ]
    return rows
