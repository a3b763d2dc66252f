"""The ``sayso`` command line: ``sayso analyze FILE... [-o OUT]``, ``sayso analyze --sample``,
``sayso track FILE...`` and ``sayso track --sample``.

Input: ``.txt`` files (one document each), JSON lines (``{"id": ..., "text": ...}``; ``.jsonl``,
``.jsonl.gz`` or any other extension, ``-`` for stdin) and directories (read recursively).
Output: one JSON line per document, written as bounded batches finish, so memory stays flat
whatever the corpus size. A progress bar goes to stderr when it is a terminal.
A malformed line is reported on stderr as ``FILE:LINE: reason`` and skipped; the exit status is 0
when everything was read, 1 when something was skipped, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import queue
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import IO

from . import ClaimCluster, Document, __version__, link_claims
from ._core import _analyze_batch_json, _analyze_batch_reports

BATCH_SIZE = 256
BATCH_BYTES = 16 << 20  # a batch also ends at this much text, so huge documents stay bounded
SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json", ".json.gz")


@dataclass
class Record:
    id: str | None
    text: str
    where: str  # FILE:LINE (or FILE), for reports


@dataclass
class Report:
    """What was skipped, for the summary and the exit status."""

    skipped: int = 0
    written: int = 0
    problems: list[str] = field(default_factory=list)

    def skip(self, where: str, reason: str) -> None:
        self.skipped += 1
        print(f"sayso: {where}: {reason}; skipped", file=sys.stderr)


def _read_jsonl(
    lines: Iterator[bytes], name: str, report: Report, text_field: str, id_field: str
) -> Iterator[Record]:
    for lineno, raw in enumerate(lines, start=1):
        where = f"{name}:{lineno}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            report.skip(where, f"invalid UTF-8 at byte {e.start}")
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            report.skip(where, f"malformed JSON ({e.msg} at column {e.colno})")
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
        yield Record(doc_id, text, where)


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


def _read_path(
    path: str, report: Report, text_field: str, id_field: str, progress: Progress
) -> Iterator[Record]:
    if path == "-":
        yield from _read_jsonl(iter(sys.stdin.buffer), "<stdin>", report, text_field, id_field)
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
            try:
                yield Record(path, data.decode("utf-8"), path)
            except UnicodeDecodeError as e:
                report.skip(path, f"invalid UTF-8 at byte {e.start}")
        else:
            with p.open("rb") as raw:
                tracked = _Tracked(raw, progress)
                if p.suffix.lower() == ".gz":
                    with gzip.open(raw) as stream:
                        lines = tracked.lines(stream)
                        yield from _read_jsonl(lines, path, report, text_field, id_field)
                else:
                    lines = tracked.lines(raw)
                    yield from _read_jsonl(lines, path, report, text_field, id_field)
    except OSError as e:  # includes gzip.BadGzipFile
        report.skip(path, f"cannot read ({e})")
    except EOFError:
        report.skip(path, "truncated gzip file")
    progress.done_bytes += size
    progress.file_pos = 0


def _sample_records(report: Report) -> Iterator[Record]:
    sample = resources.files("sayso").joinpath("data/sample.jsonl")
    with sample.open("rb") as f:
        yield from _read_jsonl(iter(f), "sample.jsonl", report, "text", "id")


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


def _analyze(args: argparse.Namespace) -> int:
    report = Report()
    records, progress = _records(args, report)
    out: IO[str] = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for batch in _prefetch(_batches(records)):
            results = _analyze_batch_json(
                [r.text for r in batch],
                ids=[r.id for r in batch],
                lang=args.lang,
                threads=args.threads,
            )
            lines = []
            for record, (line, error) in zip(batch, results):
                if line is None:
                    # One record that could not be analysed costs that record only.
                    report.skip(record.where, error or "not analysed")
                else:
                    lines.append(line + "\n")
            out.write("".join(lines))
            out.flush()
            report.written += len(lines)
            progress.update(len(batch))
    finally:
        progress.finish()
        if out is not sys.stdout:
            out.close()
    if report.skipped:
        print(
            f"sayso: {report.written} documents written, {report.skipped} skipped",
            file=sys.stderr,
        )
        return 1
    return 0


def _records(args: argparse.Namespace, report: Report) -> tuple[Iterator[Record], Progress]:
    """The input records of ``analyze``/``track``, with a progress bar fed as they are read."""
    if args.sample:
        return _sample_records(report), Progress(0, enabled=False)
    files = _expand(args.files, report)
    total = sum(os.path.getsize(f) for f in files if f != "-" and os.path.isfile(f))
    progress = Progress(total, enabled=sys.stderr.isatty() and not args.quiet)
    records = (
        r
        for path in files
        for r in _read_path(path, report, args.text_field, args.id_field, progress)
    )
    return records, progress


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
    # Named speakers first: descriptions ("a Russian military commentator") say less.
    speakers = sorted(c.speakers, key=lambda s: not s[:1].isupper())
    who = "; ".join(speakers)
    if c.sources:
        who += (" " if who else "") + "via " + ", ".join(c.sources)
    conflicts = "; ".join(f"{doc_id}: {claim.number.text}" for doc_id, claim in c.conflicts)
    documents = len({doc_id for doc_id, _ in c.members})
    return [claim, value, " ".join(c.languages), str(documents), who or "—", conflicts or "—"]


def _print_table(clusters: list[ClaimCluster], out: IO[str]) -> None:
    header = ["claim", "value", "languages", "docs", "speakers / sources", "conflicts"]
    widths = [44, 16, 24, 5, 60, 40]
    rows = [header] + [_cluster_row(c) for c in clusters]
    shown = [[_shorten(cell, w) for cell, w in zip(row, widths)] for row in rows]
    cols = [max(len(r[i]) for r in shown) for i in range(len(header))]
    for n, row in enumerate(shown):
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, cols)).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in cols) + "\n")


def _track(args: argparse.Namespace) -> int:
    report = Report()
    records, progress = _records(args, report)
    docs: list[Document] = []
    try:
        for batch in _batches(records):
            results = _analyze_batch_reports(
                [r.text for r in batch],
                ids=[r.id for r in batch],
                lang=args.lang,
                threads=args.threads,
            )
            for record, (doc, error) in zip(batch, results):
                if doc is None:
                    report.skip(record.where, error or "not analysed")
                else:
                    docs.append(doc)
            progress.update(len(batch))
    finally:
        progress.finish()
    clusters = [
        c for c in link_claims(docs) if len({d for d, _ in c.members}) >= args.min_documents
    ]
    if args.json:
        sys.stdout.write("".join(c.to_json() + "\n" for c in clusters))
    elif clusters:
        _print_table(clusters, sys.stdout)
    else:
        print(f"sayso: no claim is repeated across the {len(docs)} documents", file=sys.stderr)
    if report.skipped:
        print(f"sayso: {len(docs)} documents read, {report.skipped} skipped", file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sayso",
        description="Language, quotes, numbers and claims in news articles.",
    )
    parser.add_argument("--version", action="version", version=f"sayso {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    an = sub.add_parser("analyze", help="analyse documents; one JSON line per document")
    an.add_argument(
        "files", nargs="*", metavar="FILE", help=".txt, .jsonl(.gz), directories; - for stdin"
    )
    an.add_argument("--sample", action="store_true", help="run on the bundled sample corpus")
    an.add_argument("-o", "--output", metavar="OUT", help="write JSON lines here (default stdout)")
    an.add_argument("--lang", help="declare the documents' language instead of detecting it")
    an.add_argument("--threads", type=int, help="threads to use (default: every core)")
    an.add_argument("--text-field", default="text", help="JSON field holding the text")
    an.add_argument("--id-field", default="id", help="JSON field holding the id")
    an.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    an.set_defaults(run=_analyze)

    tr = sub.add_parser(
        "track", help="the same claims across documents and languages, with conflicting figures"
    )
    tr.add_argument(
        "files", nargs="*", metavar="FILE", help=".txt, .jsonl(.gz), directories; - for stdin"
    )
    tr.add_argument("--sample", action="store_true", help="run on the bundled sample corpus")
    tr.add_argument("--json", action="store_true", help="one JSON line per cluster, not a table")
    tr.add_argument(
        "--min-documents", type=int, default=2, metavar="N", help="show claims in N+ documents"
    )
    tr.add_argument("--lang", help="declare the documents' language instead of detecting it")
    tr.add_argument("--threads", type=int, help="threads to use (default: every core)")
    tr.add_argument("--text-field", default="text", help="JSON field holding the text")
    tr.add_argument("--id-field", default="id", help="JSON field holding the id")
    tr.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    tr.set_defaults(run=_track)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.sample and not args.files:
        parser.error(f"{args.command} needs FILE arguments or --sample")
    if args.sample and args.files:
        parser.error("--sample reads the bundled corpus; give either FILE arguments or --sample")
    try:
        return int(args.run(args))
    except ValueError as e:  # bad --lang or --threads: SaysoError is a ValueError
        print(f"sayso: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `sayso analyze ... | head`
        return 0
