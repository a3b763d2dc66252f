"""Quote extraction scores: ``python -m tools.eval quotes [--data DIR] [--fixtures DIR]``.

Two gold sets:

- ``--fixtures DIR``: the project's own annotated articles (``<lang>.jsonl``, see
  ``tests/fixtures/quotes/README.md``). Per language: direct-quote precision and recall (overlap
  and exact), speaker accuracy, cue and source accuracy; reported speech the same way. These are
  development figures (the rules were improved while looking at them). ``DIR/heldout/``,
  ``DIR/blind/``, ``DIR/blind2/`` … ``DIR/blind8/`` hold a second to tenth
  set, each written and committed before the engine ran on it; they are scored the same way and
  printed separately (``heldout/<lang>``, ``blind/<lang>`` … ``blind8/<lang>`` rows, keyed by
  the set's name in ``--json``). ``--skip SET`` leaves one of them out (the engine does not
  run on it), so a set can stay unseen until its one recorded first run.
- ``--data DIR``: the shared evaluation data (``DIR/de_wikinews_quotes/<split>.compact.jsonl``,
  German WikiNews, CC BY-NC-SA 4.0, read only). Direct-quote recall and precision by character
  overlap, speaker accuracy on the matched quotes, and the same for indirect speech.

Matching: a system quote matches a gold quote when they share at least half of the gold quote's
characters (``overlap``), or when their texts are equal once outer spaces and punctuation are
stripped (``exact``); each gold quote matches at most one system quote. On the fixtures, whose
gold speakers are resolved names, a speaker is right when the names agree (case-insensitive, one
name's words contained in the other's: "Merkel" and "Angela Merkel"). On WikiNews, whose gold
speakers are mentions as written (a pronoun stays "er"), two figures: ``speaker mention
accuracy`` (the system's mention span overlaps the gold one) and ``speaker accuracy``, resolved
(the mention is right, or the resolved name shares a content word with the gold mention); see
``speaker_right``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sayso

PUNCT = " \t\n\u00a0\u202f.,;:!?…\"'“”„«»‹›‘’()—–-"
WORD = re.compile(r"\w+", re.UNICODE)


def norm(s: str | None) -> str:
    return (s or "").strip(PUNCT).casefold()


def words(s: str | None) -> set[str]:
    return {w for w in WORD.findall(norm(s)) if len(w) > 1}


def same_speaker(system: str | None, gold: str | None) -> bool:
    """Names agree when equal or when one's words are all in the other ("Merkel")."""
    if system is None or gold is None:
        return system is None and gold is None
    a, b = words(system), words(gold)
    if not a or not b:
        # A name of initials only ("M.T", "ông H."): its letters are its words.
        a, b = set(WORD.findall(norm(system))), set(WORD.findall(norm(gold)))
    return bool(a) and bool(b) and (a <= b or b <= a)


@dataclass
class Score:
    """Counts for one language (or split) and one kind of quote."""

    gold: int = 0
    system: int = 0
    overlap: int = 0
    exact: int = 0
    system_matched: int = 0
    speaker_gold: int = 0
    speaker_ok: int = 0
    cue_ok: int = 0
    source_gold: int = 0
    source_ok: int = 0
    #: WikiNews only: the speaker mention span overlaps the gold mention (see ``score_wikinews``).
    mention_ok: int = 0
    misses: list[str] = field(default_factory=list)
    #: WikiNews gold cues are spans and ours are strings: not compared there.
    cues_scored: bool = True

    def ratios(self) -> dict[str, float | None]:
        def r(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        out: dict[str, float | None] = {
            "gold": self.gold,
            "system": self.system,
            "precision": r(self.system_matched, self.system),
            "recall": r(self.overlap, self.gold),
            "exact_recall": r(self.exact, self.gold),
            "speaker_accuracy": r(self.speaker_ok, self.speaker_gold),
            "cue_accuracy": r(self.cue_ok, self.overlap) if self.cues_scored else None,
            "source_accuracy": r(self.source_ok, self.source_gold),
        }
        if not self.cues_scored:
            out["speaker_mention_accuracy"] = r(self.mention_ok, self.speaker_gold)
        return out


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def locate(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    at = -1
    for _ in range(occurrence):
        at = text.find(quote, at + 1)
        if at < 0:
            raise ValueError(f"gold quote not in text: {quote!r}")
    return at, at + len(quote)


def match(gold: Sequence[tuple[int, int]], system: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Gold index -> system index, greedily by largest overlap, one-to-one."""
    pairs = []
    for g, gs in enumerate(gold):
        need = max(1, (gs[1] - gs[0] + 1) // 2)
        for s, ss in enumerate(system):
            o = overlap(gs, ss)
            if o >= need:
                pairs.append((o, g, s))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, g, s in sorted(pairs, reverse=True):
        if g not in out and s not in used:
            out[g] = s
            used.add(s)
    return out


# --- fixtures ---------------------------------------------------------------------------------


def score_fixtures(directory: Path) -> dict[str, dict[str, Score]]:
    """Per language, per kind ("direct", "indirect") scores on the project's fixtures."""
    out: dict[str, dict[str, Score]] = {}
    for path in sorted(directory.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            text, lang = doc["text"], doc["lang"]
            found = sayso.extract_quotes(text, lang=lang)
            scores = out.setdefault(lang, {"direct": Score(), "indirect": Score()})
            for kind, score in scores.items():
                gold = [q for q in doc["quotes"] if q["kind"] == kind]
                spans = [locate(text, q["text"], q.get("occurrence", 1)) for q in gold]
                mine = [q for q in found if q.kind == kind]
                matched = match(spans, [(q.start, q.end) for q in mine])
                score.gold += len(gold)
                score.system += len(mine)
                score.system_matched += len(set(matched.values()))
                for g, q in enumerate(gold):
                    s = matched.get(g)
                    if s is None:
                        score.misses.append(f"{doc['id']}: missed {q['text'][:60]!r}")
                        continue
                    sys_q = mine[s]
                    score.overlap += 1
                    score.exact += norm(sys_q.text) == norm(q["text"])
                    if q["speaker"] is not None:
                        score.speaker_gold += 1
                        ok = same_speaker(sys_q.speaker, q["speaker"])
                        score.speaker_ok += ok
                        if not ok:
                            score.misses.append(
                                f"{doc['id']}: speaker {sys_q.speaker!r} for {q['speaker']!r}"
                            )
                    cue_ok = norm(sys_q.cue) == norm(q["cue"])
                    score.cue_ok += cue_ok
                    if not cue_ok:
                        score.misses.append(f"{doc['id']}: cue {sys_q.cue!r} for {q['cue']!r}")
                    if q["source"] is not None:
                        score.source_gold += 1
                        src_ok = norm(sys_q.source) == norm(q["source"])
                        score.source_ok += src_ok
                        if not src_ok:
                            score.misses.append(
                                f"{doc['id']}: source {sys_q.source!r} for {q['source']!r}"
                            )
                for s, q in enumerate(mine):
                    if s not in matched.values():
                        score.misses.append(f"{doc['id']}: extra {kind} {q.text[:60]!r}")
    return out


# --- German WikiNews --------------------------------------------------------------------------

INDIRECT_TYPES = {"Indirect", "IndirectFreeIndirect"}


def spans_of(ann: dict[str, Any], role: str) -> list[tuple[int, int]]:
    return [(s, e) for s, e in ann.get(role) or []]


def covered(span: tuple[int, int], others: Iterable[tuple[int, int]]) -> int:
    return sum(overlap(span, o) for o in others)


#: Articles and pronouns: words a mention shares with another without naming the same speaker
#: ("die Polizei", "die Staatsanwaltschaft").
GERMAN_STOP = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
    "er", "sie", "es", "ihr", "ihre", "sein", "seine", "von", "vom", "zu", "zur", "zum", "in",
    "im", "und", "laut", "nach", "angaben", "so", "man", "wir", "ich",
}  # fmt: skip


def content_words(s: str | None) -> set[str]:
    return words(s) - GERMAN_STOP


def speaker_right(ann: dict[str, Any], hits: Sequence[Any]) -> tuple[bool, bool]:
    """(mention, resolved) speaker correctness of the system quotes ``hits`` for one gold quote.

    WikiNews gold speakers are mentions as written ("er", "der Sprecher", "Angela Merkel"),
    with no coreference. *Mention*: a system speaker mention (``speaker_start:speaker_end``,
    the words attached to the cue as written, even a pronoun) overlaps the gold mention.
    *Resolved*: the mention is right, or the system's resolved speaker shares a content word
    (not an article, pronoun or preposition) with the gold mention ("Merkel" for "Angela
    Merkel"), or, when the system names no speaker, its outlet (``source``) does: the WikiNews
    scheme has one role for whoever the words come from ("laut BBC News"), which sayso splits
    into speaker and outlet. A gold pronoun can only be matched by its mention: the gold does
    not say whom it refers to.
    """
    gold_spans = spans_of(ann, "speaker")
    gold_words = content_words(ann.get("speaker_text"))
    mention = any(
        q.speaker_start is not None
        and q.speaker_end is not None
        and covered((q.speaker_start, q.speaker_end), gold_spans) > 0
        for q in hits
    )
    named = any(
        bool(content_words(q.speaker if q.speaker is not None else q.source) & gold_words)
        for q in hits
    )
    return mention, mention or named


def _mention(text: str, q: Any) -> str | None:
    if q.speaker_start is None or q.speaker_end is None:
        return None
    return str(text[q.speaker_start : q.speaker_end])


def score_wikinews(path: Path) -> tuple[dict[str, Score], int, float]:
    """Direct and indirect scores on one split; also the characters read and seconds spent."""
    scores = {"direct": Score(cues_scored=False), "indirect": Score(cues_scored=False)}
    chars, seconds = 0, 0.0
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = doc["text"]
        chars += len(text)
        t0 = time.perf_counter()
        found = sayso.extract_quotes(text, lang="de")
        seconds += time.perf_counter() - t0
        anns = [a for a in doc["annotations"] if not a["isNested"]]
        for kind, types in (("direct", {"Direct"}), ("indirect", INDIRECT_TYPES)):
            score = scores[kind]
            gold = [a for a in anns if a["type"] in types]
            any_gold = [s for a in doc["annotations"] if a["type"] in types for s in a["quote"]]
            mine = [q for q in found if q.kind == kind]
            score.gold += len(gold)
            score.system += len(mine)
            # A system quote is right when gold quotes of its kind cover half of it.
            for q in mine:
                if covered((q.start, q.end), any_gold) * 2 >= q.end - q.start:
                    score.system_matched += 1
            for a in gold:
                qspans = spans_of(a, "quote")
                total = sum(e - s for s, e in qspans)
                hits = [q for q in mine if covered((q.start, q.end), qspans) > 0]
                got = sum(covered(s, [(q.start, q.end) for q in hits]) for s in qspans)
                if total == 0 or got * 2 < total:
                    continue
                score.overlap += 1
                score.exact += any(norm(q.text) == norm(text[s:e]) for q in hits for s, e in qspans)
                gold_speaker = spans_of(a, "speaker")
                if not gold_speaker:
                    continue
                score.speaker_gold += 1
                mention, resolved = speaker_right(a, hits)
                score.mention_ok += mention
                score.speaker_ok += resolved
                if not resolved:
                    said = "; ".join(f"{_mention(text, q)!r} -> {q.speaker!r}" for q in hits)
                    score.misses.append(
                        f"{doc['doc_id']}: speaker [{said}] for {a.get('speaker_text')!r}"
                        f" in {text[qspans[0][0] : qspans[0][0] + 50]!r}"
                    )
    return scores, chars, seconds


# --- output -----------------------------------------------------------------------------------


def fmt(x: float | int | None) -> str:
    if x is None:
        return "—"
    return f"{x:.3f}" if isinstance(x, float) else str(x)


def table(rows: list[tuple[str, str, dict[str, float | None]]]) -> str:
    cols = [
        "gold",
        "system",
        "precision",
        "recall",
        "exact_recall",
        "speaker_accuracy",
        "speaker_mention_accuracy",
        "cue_accuracy",
        "source_accuracy",
    ]
    head = "| set | kind | " + " | ".join(c.replace("_", " ") for c in cols) + " |"
    lines = [head, "|" + "---|" * (len(cols) + 2)]
    for name, kind, r in rows:
        lines.append(f"| {name} | {kind} | " + " | ".join(fmt(r.get(c)) for c in cols) + " |")
    return "\n".join(lines)


#: Sub-folders of the fixtures folder written before the engine ran on them, scored apart
#: from the development fixtures: ``heldout/`` (second set), ``blind/`` (third set),
#: ``blind2/`` (fourth set), ``blind3/`` (fifth set), ``blind4/`` (sixth set, another author's)
#: ``blind5/`` (seventh), ``blind6/`` (eighth), ``blind7/`` (ninth) and ``blind8/`` (tenth).
#: A set whose folder is absent is left out, and so is a language whose file is absent.
HOLDOUT_SETS = (
    "heldout",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
)


def default_fixtures() -> Path | None:
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        d = base / "tests" / "fixtures" / "quotes"
        if d.is_dir():
            return d
    return None


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m tools.eval quotes", description=__doc__.split("\n")[0]
    )
    p.add_argument("--data", type=Path, help="shared data folder holding de_wikinews_quotes/")
    p.add_argument("--fixtures", type=Path, help="folder of <lang>.jsonl gold fixtures")
    p.add_argument("--split", default="test", choices=["test", "dev"], help="WikiNews split")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    p.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=HOLDOUT_SETS,
        help="leave out one held-out set (repeatable); the engine does not run on it",
    )
    p.add_argument(
        "--misses",
        action="store_true",
        help="list fixture misses and extras, and WikiNews speaker misses",
    )
    args = p.parse_args(list(argv) if argv is not None else None)

    fixtures = args.fixtures or (default_fixtures() if args.data is None else None)
    rows: list[tuple[str, str, dict[str, float | None]]] = []
    result: dict[str, Any] = {}
    if fixtures is not None:
        if not fixtures.is_dir():
            print(f"no fixtures folder at {fixtures}", file=sys.stderr)
            return 2
        per_lang = score_fixtures(fixtures)
        result["fixtures"] = {
            lang: {kind: s.ratios() for kind, s in kinds.items()}
            for lang, kinds in per_lang.items()
        }
        for lang, kinds in per_lang.items():
            for kind, s in kinds.items():
                rows.append((f"fixtures/{lang}", kind, s.ratios()))
                if args.misses:
                    for m in s.misses:
                        print("  " + m, file=sys.stderr)
        for subset in HOLDOUT_SETS:
            if subset in args.skip or not (fixtures / subset).is_dir():
                continue
            held = score_fixtures(fixtures / subset)
            result[subset] = {
                lang: {kind: s.ratios() for kind, s in kinds.items()}
                for lang, kinds in held.items()
            }
            for lang, kinds in held.items():
                for kind, s in kinds.items():
                    rows.append((f"{subset}/{lang}", kind, s.ratios()))
                    if args.misses:
                        for m in s.misses:
                            print(f"  {subset} " + m, file=sys.stderr)
    if args.data is not None:
        name = f"de_wikinews_quotes/{args.split}.compact.jsonl"
        path = args.data / name
        if not path.is_file():
            path = args.data / "quotes" / name  # --data ../shared/data works too
        if not path.is_file():
            print(f"no WikiNews data at {path}", file=sys.stderr)
            return 2
        scores, chars, seconds = score_wikinews(path)
        result["wikinews"] = {kind: s.ratios() for kind, s in scores.items()}
        result["wikinews"]["chars_per_second"] = round(chars / seconds) if seconds else None
        for kind, s in scores.items():
            rows.append((f"wikinews-de/{args.split}", kind, s.ratios()))
            if args.misses:
                for m in s.misses:
                    print(f"  wikinews {kind} " + m, file=sys.stderr)
    if not rows:
        print("nothing to evaluate: pass --data and/or --fixtures", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(table(rows))
        if "wikinews" in result:
            cps = result["wikinews"]["chars_per_second"]
            print(f"\nWikiNews: {cps:,} characters per second (extract_quotes, one thread)")
    return 0
