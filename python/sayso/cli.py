"""The ``sayso`` command line: ``sayso analyze FILE... [-o OUT]`` and ``sayso analyze --sample``.

Input: ``.txt`` files (one document each) and JSON lines (``{"id": ..., "text": ...}``; any other
extension, or ``-`` for stdin). Output: one JSON line per document, written as batches finish.
A malformed line is reported on stderr as ``FILE:LINE: reason`` and skipped; the exit status is 0
when everything was read, 1 when something was skipped, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import IO

from . import __version__, analyze_batch

BATCH_SIZE = 256


@dataclass
class Record:
    id: str | None
    text: str


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
        yield Record(doc_id, text)


def _read_path(path: str, report: Report, text_field: str, id_field: str) -> Iterator[Record]:
    if path == "-":
        yield from _read_jsonl(iter(sys.stdin.buffer), "<stdin>", report, text_field, id_field)
        return
    p = Path(path)
    if p.suffix.lower() == ".txt":
        try:
            data = p.read_bytes()
        except OSError as e:
            report.skip(path, f"cannot read ({e.strerror})")
            return
        try:
            yield Record(path, data.decode("utf-8"))
        except UnicodeDecodeError as e:
            report.skip(path, f"invalid UTF-8 at byte {e.start}")
        return
    try:
        with p.open("rb") as f:
            yield from _read_jsonl(iter(f), path, report, text_field, id_field)
    except OSError as e:
        report.skip(path, f"cannot read ({e.strerror})")


def _sample_records(report: Report) -> Iterator[Record]:
    sample = resources.files("sayso").joinpath("data/sample.jsonl")
    with sample.open("rb") as f:
        yield from _read_jsonl(iter(f), "sample.jsonl", report, "text", "id")


def _batches(records: Iterator[Record], size: int) -> Iterator[list[Record]]:
    batch: list[Record] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _analyze(args: argparse.Namespace) -> int:
    report = Report()
    if args.sample:
        records: Iterator[Record] = _sample_records(report)
    else:
        records = (
            r
            for path in args.files
            for r in _read_path(path, report, args.text_field, args.id_field)
        )
    out: IO[str] = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for batch in _batches(records, BATCH_SIZE):
            docs = analyze_batch(
                [r.text for r in batch],
                ids=[r.id for r in batch],
                lang=args.lang,
                threads=args.threads,
            )
            for doc in docs:
                out.write(doc.to_json())
                out.write("\n")
            out.flush()
            report.written += len(docs)
    finally:
        if out is not sys.stdout:
            out.close()
    if report.skipped:
        print(
            f"sayso: {report.written} documents written, {report.skipped} skipped",
            file=sys.stderr,
        )
        return 1
    return 0


def _track(args: argparse.Namespace) -> int:
    print(
        "sayso: 'track' needs claim linking, which is not implemented yet in this version",
        file=sys.stderr,
    )
    return 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sayso",
        description="Language, quotes, numbers and claims in news articles.",
    )
    parser.add_argument("--version", action="version", version=f"sayso {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    an = sub.add_parser("analyze", help="analyse documents; one JSON line per document")
    an.add_argument("files", nargs="*", metavar="FILE", help=".txt or JSON lines; - for stdin")
    an.add_argument("--sample", action="store_true", help="run on the bundled sample corpus")
    an.add_argument("-o", "--output", metavar="OUT", help="write JSON lines here (default stdout)")
    an.add_argument("--lang", help="declare the documents' language instead of detecting it")
    an.add_argument("--threads", type=int, help="threads to use (default: every core)")
    an.add_argument("--text-field", default="text", help="JSON field holding the text")
    an.add_argument("--id-field", default="id", help="JSON field holding the id")
    an.set_defaults(run=_analyze)

    tr = sub.add_parser("track", help="claim clusters across a corpus (not implemented yet)")
    tr.add_argument("files", nargs="*", metavar="FILE")
    tr.set_defaults(run=_track)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "analyze" and not args.sample and not args.files:
        parser.error("analyze needs FILE arguments or --sample")
    if args.command == "analyze" and args.sample and args.files:
        parser.error("--sample reads the bundled corpus; give either FILE arguments or --sample")
    try:
        return int(args.run(args))
    except ValueError as e:  # bad --lang or --threads: SaysoError is a ValueError
        print(f"sayso: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `sayso analyze ... | head`
        return 0
