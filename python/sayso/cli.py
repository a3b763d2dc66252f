"""The ``sayso`` command line: ``sayso analyze FILE... [-o OUT]``, ``sayso analyze --sample``,
``sayso track FILE...`` and ``sayso track --sample``.

Input: ``.txt`` files (one document each), JSON lines (``{"id": ..., "text": ...}``; ``.jsonl``,
``.jsonl.gz`` or any other extension) and directories (read recursively); ``-`` reads stdin, JSON
lines when it opens with ``{`` and one plain-text document otherwise (``--format``). Text is
UTF-8; text that is not is read as cp1252 (or Latin-1) with a note on stderr, unless
``--encoding`` names the encoding.
Output: one JSON line per document, written as bounded batches finish, so memory stays flat
whatever the corpus size. A progress bar goes to stderr when it is a terminal.
A malformed line is reported on stderr as ``FILE:LINE: reason`` and skipped; the exit status is 0
when everything was read, 1 when something was skipped, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import codecs
import gzip
import itertools
import json
import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import IO, Any

from . import ClaimCluster, Document, __version__, link_claims
from ._core import _analyze_batch_json, _analyze_batch_reports, _is_iso_date

BATCH_SIZE = 256
BATCH_BYTES = 16 << 20  # a batch also ends at this much text, so huge documents stay bounded
SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json", ".json.gz")


@dataclass
class Record:
    id: str | None
    text: str
    where: str  # FILE:LINE (or FILE), for reports
    date: str | None = None  # ISO 8601, as the record gives it


@dataclass
class Report:
    """What was skipped, for the summary and the exit status."""

    skipped: int = 0
    written: int = 0
    problems: list[str] = field(default_factory=list)

    def skip(self, where: str, reason: str) -> None:
        self.skipped += 1
        print(f"sayso: {where}: {reason}; skipped", file=sys.stderr)

    def note(self, where: str, what: str) -> None:
        print(f"sayso: {where}: {what}", file=sys.stderr)


@dataclass
class Options:
    """How to read the input."""

    text_field: str = "text"
    id_field: str = "id"
    date_field: str = "date"
    #: None: UTF-8, and text that is not UTF-8 read as cp1252 (or Latin-1), reported.
    encoding: str | None = None
    #: For stdin: "jsonl", "txt" (one document), or "auto" (JSON lines if it opens with "{").
    format: str = "auto"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _decode(raw: bytes, where: str, opts: Options, report: Report) -> str | None:
    """The text of `raw` in the chosen encoding; by default UTF-8, else a legacy encoding,
    reported, so that a Latin-1 file is read rather than dropped."""
    if opts.encoding:
        try:
            return raw.decode(opts.encoding)
        except UnicodeDecodeError as e:
            report.skip(where, f"not valid {opts.encoding} ({e.reason} at byte {e.start})")
            return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        for legacy in ("cp1252", "latin-1"):
            try:
                text = raw.decode(legacy)
            except UnicodeDecodeError:
                continue
            report.note(where, f"not UTF-8 (byte {e.start}); read as {legacy}")
            return text
    return None  # unreachable: Latin-1 decodes every byte


def _read_jsonl(
    lines: Iterator[bytes], name: str, report: Report, opts: Options
) -> Iterator[Record]:
    text_field, id_field = opts.text_field, opts.id_field
    for lineno, raw in enumerate(lines, start=1):
        where = f"{name}:{lineno}"
        line = _decode(raw, where, opts, report)
        if line is None or not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            report.skip(where, f"malformed JSON: {e.msg} (column {e.colno})")
            continue
        if not isinstance(obj, dict):
            report.skip(where, f"expected a JSON object, got {type(obj).__name__}")
            continue
        text = obj.get(text_field)
        if not isinstance(text, str):
            missing = text_field not in obj
            reason = "no" if missing else f"a non-string ({type(text).__name__})"
            report.skip(where, f"{reason} {text_field!r} field")
            continue
        raw_id = obj.get(id_field)
        doc_id = where if raw_id is None else str(raw_id)
        yield Record(doc_id, text, where, _record_date(obj.get(opts.date_field), where, report))


def _record_date(raw: object, where: str, report: Report) -> str | None:
    """A record's date when analyze accepts it (ISO 8601: "2022-08-05", "2022-08-05T14:30:00Z");
    anything else is noted and left out, and the record is kept."""
    if raw is None:
        return None
    if isinstance(raw, str) and _is_iso_date(raw):
        return raw
    report.note(where, f"date {raw!r} is not an ISO 8601 date (YYYY-MM-DD…); left out")
    return None


class Progress:
    """Documents, MB/s and ETA on stderr, redrawn at most a few times a second (TTY only)."""

    def __init__(self, total_bytes: int, enabled: bool) -> None:
        self.total, self.enabled = total_bytes, enabled
        self.start = self.last = time.monotonic()
        self.done_bytes = 0  # input bytes of finished files
        self.file_pos = 0  # position in the current file
        self.docs = 0

    def update(self, docs: int = 0, force: bool = False) -> None:
        self.docs += docs
        now = time.monotonic()
        if not self.enabled or (now - self.last < 0.25 and not force):
            return
        self.last = now
        read = self.done_bytes + self.file_pos
        rate = read / 1e6 / max(now - self.start, 1e-9)
        eta = ""
        if self.total and rate > 0:
            eta = f", ETA {max(self.total - read, 0) / 1e6 / rate:.0f}s"
        print(f"\rsayso: {self.docs} documents, {rate:.1f} MB/s{eta}   ", end="", file=sys.stderr)

    def finish(self) -> None:
        if self.enabled:
            self.update(force=True)
            print(file=sys.stderr)


def _expand(paths: list[str], report: Report) -> list[str]:
    """Files to read: directories are walked (sorted, for a stable output order)."""
    files = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = sorted(
                str(p) for p in Path(path).rglob("*") if p.is_file() and p.name.endswith(SUFFIXES)
            )
            if not found:
                report.skip(path, "directory holds no .txt/.jsonl(.gz) files")
            files += found
        else:
            files.append(path)
    return files


class _Tracked:
    """A binary file whose raw position feeds the progress bar (compressed bytes for .gz)."""

    def __init__(self, raw: IO[bytes], progress: Progress) -> None:
        self.raw, self.progress = raw, progress

    def lines(self, stream: IO[bytes]) -> Iterator[bytes]:
        for line in stream:
            self.progress.file_pos = self.raw.tell()
            yield line


def _read_stdin(report: Report, opts: Options) -> Iterator[Record]:
    lines = iter(sys.stdin.buffer)
    head: list[bytes] = []
    fmt = opts.format
    if fmt == "auto":
        # JSON lines open with "{"; anything else is one plain-text document.
        for line in lines:
            head.append(line)
            if line.strip():
                break
        fmt = "jsonl" if b"".join(head).lstrip().startswith(b"{") else "txt"
    if fmt == "jsonl":
        yield from _read_jsonl(itertools.chain(head, lines), "<stdin>", report, opts)
        return
    text = _decode(b"".join(itertools.chain(head, lines)), "<stdin>", opts, report)
    if text is not None and text.strip():
        yield Record("<stdin>", text, "<stdin>")


def _read_path(path: str, report: Report, opts: Options, progress: Progress) -> Iterator[Record]:
    if path == "-":
        yield from _read_stdin(report, opts)
        return
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as e:
        report.skip(path, f"cannot read ({e.strerror})")
        return
    progress.file_pos = 0
    try:
        if p.suffix.lower() == ".txt":
            data = p.read_bytes()
            progress.file_pos = size
            text = _decode(data, path, opts, report)
            if text is not None:
                yield Record(path, text, path)
        else:
            with p.open("rb") as raw:
                tracked = _Tracked(raw, progress)
                if p.suffix.lower() == ".gz":
                    with gzip.open(raw) as stream:
                        lines = tracked.lines(stream)
                        yield from _read_jsonl(lines, path, report, opts)
                else:
                    lines = tracked.lines(raw)
                    yield from _read_jsonl(lines, path, report, opts)
    except OSError as e:  # includes gzip.BadGzipFile
        report.skip(path, f"cannot read ({e})")
    except EOFError:
        report.skip(path, "truncated gzip file")
    progress.done_bytes += size
    progress.file_pos = 0


def _sample_records(report: Report) -> Iterator[Record]:
    sample = resources.files("sayso").joinpath("data/sample.jsonl")
    with sample.open("rb") as f:
        yield from _read_jsonl(iter(f), "sample.jsonl", report, Options())


def _batches(records: Iterator[Record]) -> Iterator[list[Record]]:
    batch: list[Record] = []
    size = 0
    for record in records:
        batch.append(record)
        size += len(record.text)
        if len(batch) >= BATCH_SIZE or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _prefetch(items: Iterator[list[Record]], depth: int = 2) -> Iterator[list[Record]]:
    """Reads ahead on a thread: input is parsed (Python, GIL) while sayso analyses the previous
    batch (Rust, GIL released), so the two overlap."""
    q: queue.Queue = queue.Queue(maxsize=depth)
    done = object()

    def produce() -> None:
        try:
            for item in items:
                q.put(item)
        except BaseException as e:  # handed to the consumer, raised there
            q.put(e)
        q.put(done)

    threading.Thread(target=produce, daemon=True, name="sayso-reader").start()
    while (item := q.get()) is not done:
        if isinstance(item, BaseException):
            raise item
        yield item


def _analysed(
    args: argparse.Namespace, report: Report, analyse: Callable[..., list[tuple[Any, Any]]]
) -> Iterator[list[Any]]:
    """The results of ``analyse`` (``_analyze_batch_json`` or ``_analyze_batch_reports``) on
    the input, batch by batch: a record that could not be analysed costs that record only,
    reported with its place."""
    records, progress = _records(args, report)
    try:
        for batch in _prefetch(_batches(records)):
            results = analyse(
                [r.text for r in batch],
                ids=[r.id for r in batch],
                dates=[r.date for r in batch],
                lang=args.lang,
                threads=args.threads,
            )
            good = []
            for record, (result, error) in zip(batch, results):
                if result is None:
                    report.skip(record.where, error or "not analysed")
                else:
                    good.append(result)
            yield good
            report.written += len(good)
            progress.update(len(batch))
    finally:
        progress.finish()


def _summary(report: Report) -> int:
    if report.skipped:
        print(
            f"sayso: {_plural(report.written, 'document')} written, {report.skipped} skipped",
            file=sys.stderr,
        )
        return 1
    return 0


def _analyze_to_parquet(args: argparse.Namespace) -> int:
    """``-o FILE.parquet``: one row per quote, claim, number or document (``--table``),
    written batch by batch so that memory stays flat."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        print("sayso: writing Parquet needs pyarrow: pip install 'sayso[arrow]'", file=sys.stderr)
        return 2
    from ._rows import _schema, to_arrow

    try:
        writer = pq.ParquetWriter(args.output, _schema(args.table))
    except OSError as e:
        print(f"sayso: cannot write {args.output}: {e}", file=sys.stderr)
        return 2
    report = Report()
    try:
        for docs in _analysed(args, report, _analyze_batch_reports):
            writer.write_table(to_arrow(docs, args.table))
    finally:
        writer.close()
    return _summary(report)


def _analyze(args: argparse.Namespace) -> int:
    if args.output and args.output.endswith(".parquet"):
        return _analyze_to_parquet(args)
    try:
        out: IO[str] = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    except OSError as e:
        print(f"sayso: cannot write {args.output}: {e.strerror}", file=sys.stderr)
        return 2
    report = Report()
    try:
        for lines in _analysed(args, report, _analyze_batch_json):
            out.write("".join(line + "\n" for line in lines))
            out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    return _summary(report)


def _records(args: argparse.Namespace, report: Report) -> tuple[Iterator[Record], Progress]:
    """The input records of ``analyze``/``track``, with a progress bar fed as they are read."""
    if args.sample:
        return _sample_records(report), Progress(0, enabled=False)
    files = _expand(args.files, report)
    total = sum(os.path.getsize(f) for f in files if f != "-" and os.path.isfile(f))
    progress = Progress(total, enabled=sys.stderr.isatty() and not args.quiet)
    records = (r for path in files for r in _read_path(path, report, _options(args), progress))
    return records, progress


def _options(args: argparse.Namespace) -> Options:
    return Options(args.text_field, args.id_field, args.date_field, args.encoding, args.format)


def _figure(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if value == int(value) and abs(value) < 1e15 else f"{value:,.2f}"


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _cluster_row(c: ClaimCluster) -> list[str]:
    subjects = [claim.subject for _, claim in c.members if claim.subject]
    claim = c.concept if c.concept == c.group else f"{c.concept} ({c.group})"
    if subjects:
        claim += f': "{subjects[0]}"'
    value = _figure(c.value)
    if c.low == c.value and c.high is None:
        value = "≥ " + value
    elif c.low is None and c.high == c.value:
        value = "≤ " + value
    elif c.low != c.high:
        value = "~ " + value
    who = c.origin or ""
    if c.carried_by:
        who += (" " if who else "") + "via " + ", ".join(c.carried_by)
    denied = "; ".join(dict.fromkeys(f"{q.speaker or '?'} ({doc_id})" for doc_id, q in c.denials))
    seen = c.first_seen[:10] if c.first_seen else "—"
    if c.last_seen and c.last_seen[:10] != seen:
        seen += " … " + c.last_seen[:10]
    conflicts = "; ".join(f"{doc_id}: {claim.number.text}" for doc_id, claim in c.conflicts)
    row = [claim, value, " ".join(c.languages), str(len(c.documents)), seen, who or "—"]
    return row + [denied or "—", conflicts or "—"]


def _print_table(clusters: list[ClaimCluster], out: IO[str]) -> None:
    header = ["claim", "value", "languages", "docs", "seen", "origin / carried by"]
    header += ["denied by", "conflicts"]
    widths = [44, 16, 24, 5, 23, 50, 40, 40]
    rows = [header] + [_cluster_row(c) for c in clusters]
    shown = [[_shorten(cell, w) for cell, w in zip(row, widths)] for row in rows]
    cols = [max(len(r[i]) for r in shown) for i in range(len(header))]
    for n, row in enumerate(shown):
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, cols)).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in cols) + "\n")


def _track(args: argparse.Namespace) -> int:
    report = Report()
    docs: list[Document] = []
    for batch in _analysed(args, report, _analyze_batch_reports):
        docs += batch
    clusters = [
        c for c in link_claims(docs) if len({d for d, _ in c.members}) >= args.min_documents
    ]
    if args.json:
        sys.stdout.write("".join(c.to_json() + "\n" for c in clusters))
    elif clusters:
        _print_table(clusters, sys.stdout)
    else:
        print(
            f"sayso: no claim is repeated across the {_plural(len(docs), 'document')}",
            file=sys.stderr,
        )
    if report.skipped:
        print(
            f"sayso: {_plural(len(docs), 'document')} read, {report.skipped} skipped",
            file=sys.stderr,
        )
        return 1
    return 0


def _threads(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1 (leave it out to use every core)")
    return n


def _encoding(value: str) -> str:
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None


def _input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help=".txt files, JSON lines (.jsonl, .jsonl.gz), directories; - for stdin",
    )
    p.add_argument("--sample", action="store_true", help="run on the bundled sample corpus")
    p.add_argument("--lang", help="declare the documents' language instead of detecting it")
    p.add_argument("--threads", type=_threads, help="threads to use (default: every core)")
    p.add_argument("--text-field", default="text", help="JSON field holding the text")
    p.add_argument("--id-field", default="id", help="JSON field holding the id")
    p.add_argument(
        "--date-field",
        default="date",
        help="JSON field holding the date (ISO 8601), which dates the claims' clusters",
    )
    p.add_argument(
        "--encoding",
        type=_encoding,
        help="the input's encoding (default: UTF-8, and text that is not UTF-8 is read as "
        "cp1252, with a note on stderr)",
    )
    p.add_argument(
        "--format",
        choices=["auto", "jsonl", "txt"],
        default="auto",
        help="what stdin (-) holds: JSON lines, one plain-text document, or auto (JSON lines "
        "when it opens with '{'); files go by their extension",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sayso",
        description="Language, quotes, numbers and claims in news articles.",
    )
    parser.add_argument("--version", action="version", version=f"sayso {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    an = sub.add_parser("analyze", help="analyse documents; one JSON line per document")
    _input_options(an)
    an.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write JSON lines here (default stdout); a .parquet name writes one --table instead",
    )
    an.add_argument(
        "--table",
        choices=["claims", "quotes", "numbers", "documents"],
        default="claims",
        help="with -o FILE.parquet: one row per claim (default), quote, number or document",
    )
    an.set_defaults(run=_analyze, parser=an)

    tr = sub.add_parser(
        "track", help="the same claims across documents and languages, with conflicting figures"
    )
    _input_options(tr)
    tr.add_argument("--json", action="store_true", help="one JSON line per cluster, not a table")
    tr.add_argument(
        "--min-documents", type=int, default=2, metavar="N", help="show claims in N+ documents"
    )
    tr.set_defaults(run=_track, parser=tr)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.sample and not args.files:
        args.parser.error("give FILE arguments (- for stdin) or --sample")
    if args.sample and args.files:
        args.parser.error("--sample reads the bundled corpus; give FILE arguments or --sample")
    try:
        return int(args.run(args))
    except ValueError as e:  # bad --lang or --threads: SaysoError is a ValueError
        print(f"sayso: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `sayso analyze ... | head`
        return 0
