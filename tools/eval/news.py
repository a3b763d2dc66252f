"""Quotes, speakers and claims on real news: ``python -m tools.eval news [--data DIR]``.

Gold: ``tests/fixtures/news/<lang>.jsonl`` (annotations only: offsets, names, kinds and the
checksum of each article; see its README), for the articles in ``DIR/news/<lang>/<id>.txt``
(``../shared/data`` by default). Each article belongs to the **dev** half (studied) or the
**test** half (only measured); every figure is printed for both, side by side.

Quotes (direct and indirect, scored apart): a system quote matches a gold one when it covers at
least half of the gold span (one to one, largest overlap first); precision, recall, and on the
matches the speaker (names agree as in ``tools.eval.quotes.same_speaker``: "Merkel" and
"Angela Merkel"), the cue and the source. Speaker errors are split into "none" (the system named
nobody), "description" (a role or description left unresolved where the gold names someone:
"the company", "le ministre"), "partial" (a name sharing a word with the gold one but not
agreeing: a fragment or a relative) and "other" (another person or thing).

Claims: a system claim matches a gold one when their number spans overlap; precision, recall,
subject (the gold head noun is one of the words of the system's subject), unit (where the gold
gives one) and speaker or source (on gold claims inside a quote or reported speech).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sayso
from tools.eval.quotes import match, norm, same_speaker, words

HERE = Path(__file__).resolve()
GOLD = HERE.parents[2] / "tests" / "fixtures" / "news"
SEEDS = HERE.parents[2] / "tests" / "fixtures" / "seeds"
SPLITS = ("dev", "test")


@dataclass
class QuoteScore:
    gold: int = 0
    system: int = 0
    found: int = 0
    system_matched: int = 0
    speaker_gold: int = 0
    speaker_ok: int = 0
    speaker_none: int = 0
    speaker_description: int = 0
    speaker_partial: int = 0
    cue_gold: int = 0
    cue_ok: int = 0
    source_gold: int = 0
    source_ok: int = 0
    #: Denials among the matched quotes: gold ones, found ones, and found ones that are gold.
    denial_gold: int = 0
    denial_system: int = 0
    denial_ok: int = 0
    misses: list[str] = field(default_factory=list)

    def ratios(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "precision": ratio(self.system_matched, self.system),
            "recall": ratio(self.found, self.gold),
            "denial_precision": ratio(self.denial_ok, self.denial_system),
            "denial_recall": ratio(self.denial_ok, self.denial_gold),
            "speaker": ratio(self.speaker_ok, self.speaker_gold),
            "speaker_none": self.speaker_none,
            "speaker_wrong": self.speaker_gold - self.speaker_ok - self.speaker_none,
            "speaker_description": self.speaker_description,
            "speaker_partial": self.speaker_partial,
            "cue": ratio(self.cue_ok, self.cue_gold),
            "source": ratio(self.source_ok, self.source_gold),
        }


@dataclass
class ClaimScore:
    gold: int = 0
    system: int = 0
    found: int = 0
    system_matched: int = 0
    subject_gold: int = 0
    subject_ok: int = 0
    unit_gold: int = 0
    unit_ok: int = 0
    voice_gold: int = 0
    voice_ok: int = 0
    misses: list[str] = field(default_factory=list)

    def ratios(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "precision": ratio(self.system_matched, self.system),
            "recall": ratio(self.found, self.gold),
            "subject": ratio(self.subject_ok, self.subject_gold),
            "unit": ratio(self.unit_ok, self.unit_gold),
            "speaker_or_source": ratio(self.voice_ok, self.voice_gold),
        }


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


# Fields of a gold quote or claim that hold words; a long one that is a run of the article's
# words (a body's full name, a role) is stored as its place, {"at": [start, end]}, so that no
# run of the article's text is kept in the repository, and read back from the text here.
WORD_FIELDS = ("speaker", "speaker_role", "cue", "source", "subject")


def resolve_spans(gold: dict[str, Any], text: str) -> None:
    """Replaces each {"at": [start, end]} in `gold`'s word fields by those words of `text`."""
    for key in ("quotes", "claims"):
        for x in gold.get(key, []):
            for name in WORD_FIELDS:
                value = x.get(name)
                if isinstance(value, dict):
                    start, end = value["at"]
                    x[name] = text[start:end]


def load(gold_dir: Path, news_dir: Path) -> list[tuple[dict[str, Any], str]]:
    """Every gold article with its text; a text whose checksum differs is an error."""
    out = []
    for path in sorted(gold_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            gold = json.loads(line)
            path = news_dir / gold["lang"] / f"{gold['id']}.txt"
            if not path.exists():  # the seeds: one folder, no split
                path = news_dir / f"{gold['id']}.txt"
                gold.setdefault("split", "test")
            raw = path.read_bytes()
            if hashlib.sha256(raw).hexdigest() != gold["sha256"]:
                raise SystemExit(
                    f"{gold['lang']}/{gold['id']}: text differs from the annotated one"
                )
            text = raw.decode("utf-8")
            resolve_spans(gold, text)
            out.append((gold, text))
    return out


def snippet(text: str, start: int, end: int, width: int = 60) -> str:
    return repr(text[start:end][:width])


def around(text: str, start: int, end: int, before: int = 70, after: int = 40) -> str:
    """The number in [brackets] with the words around it, on one line."""
    left = text[max(0, start - before) : start]
    right = text[end : end + after]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def speaker_error(system: str, gold: str) -> str:
    """What kind of wrong speaker ``system`` is against ``gold``: "description" (no capitalised
    word past its first, where the gold has one: a role left unresolved), "partial" (a word in
    common) or "other"."""
    names = any(w[:1].isupper() for w in gold.split())
    rest = system.split()[1:]
    described = not any(w[:1].isupper() for w in rest) and (system[:1].islower() or bool(rest))
    if names and described:
        return "description"
    return "partial" if words(system) & words(gold) else "other"


def score_quotes(gold: dict[str, Any], text: str, found: list[Any], kind: str, s: QuoteScore):
    want = [q for q in gold["quotes"] if q["kind"] == kind]
    mine = [q for q in found if q.kind == kind]
    matched = match([(q["start"], q["end"]) for q in want], [(q.start, q.end) for q in mine])
    s.gold += len(want)
    s.system += len(mine)
    s.system_matched += len(set(matched.values()))
    where = f"{gold['lang']}/{gold['id']}"
    for g, q in enumerate(want):
        m = matched.get(g)
        if m is None:
            s.misses.append(f"{where}: missed {kind} {snippet(text, q['start'], q['end'])}")
            continue
        got = mine[m]
        s.found += 1
        s.denial_gold += q["denial"]
        s.denial_system += got.denial
        s.denial_ok += q["denial"] and got.denial
        if q["speaker"] is not None:
            s.speaker_gold += 1
            if same_speaker(got.speaker, q["speaker"]):
                s.speaker_ok += 1
            else:
                s.speaker_none += got.speaker is None
                if got.speaker is not None:
                    kind = speaker_error(got.speaker, q["speaker"])
                    s.speaker_description += kind == "description"
                    s.speaker_partial += kind == "partial"
                s.misses.append(
                    f"{where}: speaker {got.speaker!r} for {q['speaker']!r} at "
                    f"{snippet(text, q['start'], q['end'], 40)}"
                )
        if q["cue"] is not None:
            s.cue_gold += 1
            s.cue_ok += norm(got.cue) == norm(q["cue"])
        if q["source"] is not None:
            s.source_gold += 1
            s.source_ok += same_speaker(got.source, q["source"])
    used = set(matched.values())
    for m, q in enumerate(mine):
        if m not in used:
            s.misses.append(f"{where}: extra {kind} {q.text[:60]!r} ({q.speaker!r})")


def score_claims(gold: dict[str, Any], text: str, found: list[Any], s: ClaimScore) -> None:
    want = gold["claims"]
    spans = [(c.number.start, c.number.end) for c in found]
    # Number spans are short and their edges differ by qualifiers: any overlap matches.
    pairs = sorted(
        (
            (min(c["end"], e) - max(c["start"], b), g, m)
            for g, c in enumerate(want)
            for m, (b, e) in enumerate(spans)
            if min(c["end"], e) > max(c["start"], b)
        ),
        reverse=True,
    )
    matched: dict[int, int] = {}
    for _, g, m in pairs:
        if g not in matched and m not in matched.values():
            matched[g] = m
    s.gold += len(want)
    s.system += len(found)
    s.system_matched += len(matched)
    where = f"{gold['lang']}/{gold['id']}"
    for g, c in enumerate(want):
        m = matched.get(g)
        if m is None:
            s.misses.append(f"{where}: missed claim {snippet(text, c['start'], c['end'])}")
            continue
        got = found[m]
        s.found += 1
        if c["subject"]:
            s.subject_gold += 1
            head = words(c["subject"])
            ok = bool(head) and head <= words(got.subject)
            s.subject_ok += ok
            if not ok:
                s.misses.append(
                    f"{where}: subject {got.subject!r} for {c['subject']!r}"
                    f" in {around(text, c['start'], c['end'])}"
                )
        if c["unit"] and c["unit"] != "%":
            s.unit_gold += 1
            s.unit_ok += (got.number.unit or "").casefold() == c["unit"].casefold()
        if c["speaker"] or c["source"]:
            s.voice_gold += 1
            ok = (
                bool(c["speaker"])
                and same_speaker(got.speaker, c["speaker"])
                or (bool(c["source"]) and same_speaker(got.source, c["source"]))
            )
            s.voice_ok += ok
            if not ok:
                s.misses.append(
                    f"{where}: voice {got.speaker!r} / {got.source!r}"
                    f" for {c['speaker']!r} / {c['source']!r}"
                    f" at {snippet(text, c['start'], c['end'])}"
                )
    for m, c in enumerate(found):
        if m not in matched.values():
            s.misses.append(
                f"{where}: extra claim ({c.subject!r})"
                f" in {around(text, c.number.start, c.number.end)}"
            )


def run(
    articles: list[tuple[dict[str, Any], str]],
) -> dict[str, dict[str, dict[str, Any]]]:
    """lang -> split -> {"direct": QuoteScore, "indirect": QuoteScore, "claims": ClaimScore}."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for gold, text in articles:
        doc = sayso.analyze(text, id=gold["id"], lang=gold["lang"])
        by_split = out.setdefault(gold["lang"], {})
        scores = by_split.setdefault(
            gold["split"],
            {"direct": QuoteScore(), "indirect": QuoteScore(), "claims": ClaimScore()},
        )
        for kind in ("direct", "indirect"):
            score_quotes(gold, text, doc.quotes, kind, scores[kind])
        score_claims(gold, text, doc.claims, scores["claims"])
    return out


def merged(results: dict[str, dict[str, dict[str, Any]]], split: str, part: str) -> Any:
    total = QuoteScore() if part != "claims" else ClaimScore()
    for by_split in results.values():
        s = by_split.get(split, {}).get(part)
        if s is None:
            continue
        for name in total.__dataclass_fields__:
            if name != "misses":
                setattr(total, name, getattr(total, name) + getattr(s, name))
    return total


def fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


def table(results: dict[str, dict[str, dict[str, Any]]], part: str, columns: Sequence[str]):
    head = f"{'lang':<5}" + "".join(f"{c + ' dev/test':>27}" for c in columns)
    print(head)
    langs = sorted(results) + ["all"]
    for lang in langs:
        cells = []
        for c in columns:
            pair = []
            for split in SPLITS:
                s = (
                    merged(results, split, part)
                    if lang == "all"
                    else results[lang].get(split, {}).get(part)
                )
                r = s.ratios() if s else {}
                pair.append(str(r.get(c, "—")) if c == "gold" else fmt(r.get(c)))
            cells.append(f"{' / '.join(pair):>27}")
        print(f"{lang:<5}" + "".join(cells))
    print()


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tools.eval news", description=__doc__)
    p.add_argument(
        "--data", type=Path, default=HERE.parents[3] / "shared" / "data", help="shared data"
    )
    p.add_argument("--gold", type=Path, default=GOLD, help="folder of <lang>.jsonl gold")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    p.add_argument(
        "--misses", choices=SPLITS, help="print every miss of this split (study dev only)"
    )
    p.add_argument(
        "--seeds",
        action="store_true",
        help="score the five seed articles (../shared/seeds) instead; figures in the test column",
    )
    args = p.parse_args(argv)
    news = args.data / "news"
    if args.seeds:
        news, args.gold = args.data.parent / "seeds", SEEDS
    if not news.is_dir():
        print(f"skipped: {news} not found (the real-news pool lives in ../shared)", file=sys.stderr)
        return 0
    results = run(load(args.gold, news))
    if args.json:
        out = {
            lang: {
                split: {part: s.ratios() for part, s in parts.items()}
                for split, parts in by_split.items()
            }
            for lang, by_split in results.items()
        }
        print(json.dumps(out, indent=1, sort_keys=True))
        return 0
    print("Direct quotes (dev / test)")
    table(results, "direct", ["gold", "precision", "recall", "speaker", "cue", "source"])
    print("Reported speech (dev / test)")
    table(results, "indirect", ["gold", "precision", "recall", "speaker"])
    print("Denials among the quotes found, direct and reported (dev / test)")
    for split in SPLITS:
        d, i = merged(results, split, "direct"), merged(results, split, "indirect")
        gold, system, ok = (
            d.denial_gold + i.denial_gold,
            d.denial_system + i.denial_system,
            d.denial_ok + i.denial_ok,
        )
        print(f"  {split}: gold {gold}, found {system}, right {ok}")
    print()
    print("Claims (dev / test)")
    table(
        results, "claims", ["gold", "precision", "recall", "subject", "unit", "speaker_or_source"]
    )
    print(
        "Speaker errors on direct quotes (none = nobody named; wrong = a description left"
        " unresolved, a name in part, another one)"
    )
    for split in SPLITS:
        r = merged(results, split, "direct").ratios()
        other = r["speaker_wrong"] - r["speaker_description"] - r["speaker_partial"]
        print(
            f"  {split}: none {r['speaker_none']}, wrong {r['speaker_wrong']}"
            f" (description {r['speaker_description']}, partial {r['speaker_partial']},"
            f" other {other})"
        )
    if args.seeds:
        print("\nDirect quotes and their speakers, seed by seed (gold → sayso)")
        for gold, text in load(args.gold, news):
            found = sayso.extract_quotes(text, lang=gold["lang"])
            for q in gold["quotes"]:
                if q["kind"] != "direct":
                    continue
                got = [f for f in found if min(f.end, q["end"]) - max(f.start, q["start"]) > 0]
                who = got[0].speaker if got else "(not found)"
                mark = "ok" if got and same_speaker(who, q["speaker"]) else "--"
                print(f"  {mark} {gold['id'][:3]} {q['speaker']!r} → {who!r}")
    if args.misses:
        print(f"\nMisses ({args.misses})")
        for lang in sorted(results):
            for part, s in results[lang].get(args.misses, {}).items():
                for m in s.misses:
                    print(f"  [{part}] {m}")
    return 0
