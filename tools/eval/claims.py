"""Claim extraction and claim linking on annotated documents.

    python -m tools.eval claims [--data tests/fixtures/claims] [--detect] [--verbose]

``DATA/documents.jsonl`` holds one document per line: ``id``, ``lang``, ``story``, ``text`` and
the expected ``claims`` (``concept`` or null, ``value``, ``qualifier``). ``DATA/clusters.jsonl``
holds the expected clusters: ``group``, ``value``, member ``documents`` and ``conflicts``
(document ids).

A found claim is right when its document has an expected claim with the same concept, value
(to 0.5%) and qualifier. A cluster is linked when sayso finds one with the same group and value
whose documents are exactly the expected ones, and its conflicts are right when their documents
are exactly the expected ones. A distractor join is a cluster member from a story other than
the cluster's.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sayso

DEFAULT_DATA = Path("tests/fixtures/claims")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Links:
    expected: int = 0
    linked: int = 0
    conflicts_right: int = 0
    foreign_members: int = 0
    extra_clusters: int = 0
    errors: list[str] = field(default_factory=list)


def load(data: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    def read(name: str) -> list[dict[str, Any]]:
        with open(data / name, encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]

    return read("documents.jsonl"), read("clusters.jsonl")


def analyze(docs: Sequence[dict[str, Any]], detect: bool = False) -> list[sayso.Document]:
    """The documents analysed one by one, with their declared language unless ``detect``."""
    return [sayso.analyze(d["text"], id=d["id"], lang=None if detect else d["lang"]) for d in docs]


def _same_value(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= abs(b) * 0.005


def _figure(n: sayso.Number) -> float | None:
    return n.value if n.value is not None else n.high


def score_claims(
    docs: Sequence[dict[str, Any]], found: Sequence[sayso.Document]
) -> dict[str, Counts]:
    """Claim precision and recall per language (and "all")."""
    out: dict[str, Counts] = {}
    for doc, result in zip(docs, found):
        counts = out.setdefault(doc["lang"], Counts())
        expected = list(doc["claims"])
        for claim in result.claims:
            match = next(
                (
                    e
                    for e in expected
                    if e["concept"] == claim.concept
                    and _same_value(_figure(claim.number), e["value"])
                    and e["qualifier"] == claim.number.qualifier
                ),
                None,
            )
            if match is None:
                counts.fp += 1
                counts.errors.append(
                    f"{doc['id']}: extra {claim.concept} {claim.number.text!r} "
                    f"({claim.number.qualifier}, subject {claim.subject!r})"
                )
            else:
                counts.tp += 1
                expected.remove(match)
        for e in expected:
            counts.fn += 1
            counts.errors.append(
                f"{doc['id']}: missed {e['concept']} {e['value']} {e['qualifier']}"
            )
    total = Counts()
    for c in out.values():
        total.tp, total.fp, total.fn = total.tp + c.tp, total.fp + c.fp, total.fn + c.fn
    out["all"] = total
    return out


def score_links(
    docs: Sequence[dict[str, Any]],
    expected: Sequence[dict[str, Any]],
    clusters: Sequence[sayso.ClaimCluster],
) -> Links:
    """Which expected clusters sayso links exactly, with their conflicts; distractor joins."""
    story = {d["id"]: d["story"] for d in docs}
    links = Links(expected=len(expected))
    matched: set[int] = set()
    for e in expected:
        want = sorted(e["documents"])
        hit = next(
            (
                i
                for i, c in enumerate(clusters)
                if c.group == e["group"] and _same_value(c.value, e["value"])
            ),
            None,
        )
        if hit is None:
            links.errors.append(f"not linked: {e['group']} {e['value']}")
            continue
        matched.add(hit)
        c = clusters[hit]
        got = sorted({doc_id for doc_id, _ in c.members if doc_id is not None})
        if got == want:
            links.linked += 1
        else:
            links.errors.append(f"{e['group']} {e['value']}: documents {got}, expected {want}")
        conflicts = sorted({doc_id for doc_id, _ in c.conflicts if doc_id is not None})
        if conflicts == sorted(e["conflicts"]):
            links.conflicts_right += 1
        else:
            links.errors.append(
                f"{e['group']} {e['value']}: conflicts {conflicts}, expected {e['conflicts']}"
            )
    for i, c in enumerate(clusters):
        stories = Counter(story.get(doc_id or "") for doc_id, _ in c.members)
        main_story, _ = stories.most_common(1)[0]
        foreign = sum(n for s, n in stories.items() if s != main_story)
        links.foreign_members += foreign
        if foreign:
            links.errors.append(f"{c.group} {c.value}: members from other stories {dict(stories)}")
        if i not in matched:
            links.extra_clusters += 1
            links.errors.append(f"unexpected cluster: {c.group} {c.value} {dict(stories)}")
    return links


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.eval claims", description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="fixture directory")
    parser.add_argument("--detect", action="store_true", help="detect languages, not declare")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = parser.parse_args(argv)
    docs, expected = load(args.data)
    found = analyze(docs, detect=args.detect)
    per_lang = score_claims(docs, found)
    print(f"claims on {len(docs)} documents ({args.data})")
    print(f"{'language':<10}{'claims':>8}{'found':>8}{'precision':>11}{'recall':>8}")
    for lang in sorted(per_lang, key=lambda k: (k == "all", k)):
        c = per_lang[lang]
        print(f"{lang:<10}{c.tp + c.fn:>8}{c.tp + c.fp:>8}{c.precision:>11.3f}{c.recall:>8.3f}")
    links = score_links(docs, expected, sayso.link_claims(found))
    print()
    print(f"clusters linked exactly:  {links.linked}/{links.expected}")
    print(f"conflicts right:          {links.conflicts_right}/{links.expected}")
    print(f"distractor members:       {links.foreign_members}")
    print(f"unexpected clusters:      {links.extra_clusters}")
    if args.verbose:
        for c in per_lang.values():
            for err in c.errors:
                print("  " + err)
        for err in links.errors:
            print("  " + err)
    return 0
