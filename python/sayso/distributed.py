"""Running sayso on Dask and Spark.

Both engines hand a worker a pandas DataFrame of texts; :func:`analyze_frame` turns it into a
DataFrame of results, one row per input row, in order: ``id``, ``language`` (code or None),
``result`` (the document's JSON, as ``sayso analyze`` writes it) and ``error`` (why a row could not
be analysed, e.g. a missing text; None otherwise). No row is dropped.

Dask (``pip install 'sayso[dask]'``)::

    import dask.dataframe as dd
    from sayso.distributed import META, analyze_frame
    frames = dd.read_json("corpus/part-*.jsonl", lines=True, blocksize=None)
    results = frames.map_partitions(analyze_frame, meta=META).compute()

Spark (``pip install 'sayso[spark]'``)::

    from sayso.distributed import SPARK_SCHEMA, analyze_frames
    df = spark.read.json("corpus/")
    results = df.mapInPandas(analyze_frames, schema=SPARK_SCHEMA)

Worker processes import sayso cheaply (the language model loads on first use) and forked
workers get a thread pool of their own. ``threads=1`` is a good choice when the engine already
runs one worker per core.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ._core import _analyze_batch_reports

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = ("id", "language", "result", "error")
SPARK_SCHEMA = "id string, language string, result string, error string"
#: Column types for Dask's ``meta=``.
META: dict[str, Any] = {"id": object, "language": object, "result": object, "error": object}


def _clean_id(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and value != value):  # None or NaN
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # pandas turns an int column with gaps into floats
    return str(value)


def analyze_frame(
    frame: pd.DataFrame,
    *,
    text_column: str = "text",
    id_column: str = "id",
    lang: str | None = None,
    threads: int | None = None,
) -> pd.DataFrame:
    """Analyse every row of ``frame``; see the module docstring for the result columns."""
    import pandas as pd

    texts = frame[text_column].tolist() if text_column in frame else [None] * len(frame)
    ids = (
        [_clean_id(v) for v in frame[id_column].tolist()]
        if id_column in frame
        else [None] * len(frame)
    )
    good = [i for i, t in enumerate(texts) if isinstance(t, str)]
    results = _analyze_batch_reports(
        [texts[i] for i in good], ids=[ids[i] for i in good], lang=lang, threads=threads
    )
    rows: list[dict[str, Any]] = [
        {
            "id": ids[i],
            "language": None,
            "result": None,
            "error": f"{text_column!r} is {type(texts[i]).__name__}, not str",
        }
        for i in range(len(texts))
    ]
    for i, (doc, error) in zip(good, results):
        if doc is None:  # a str that is not valid text, or a failure inside sayso
            rows[i] = {"id": ids[i], "language": None, "result": None, "error": error}
            continue
        language = doc.language.code if doc.language else None
        rows[i] = {"id": doc.id, "language": language, "result": doc.to_json(), "error": None}
    return pd.DataFrame(rows, columns=list(COLUMNS), index=frame.index)


def analyze_frames(frames: Iterable[pd.DataFrame], **options: Any) -> Iterator[pd.DataFrame]:
    """:func:`analyze_frame` over an iterator of frames, the shape Spark's ``mapInPandas`` wants."""
    for frame in frames:
        yield analyze_frame(frame, **options)
