"""The trace on the seed articles: is the claim they share linked, traced to its speaker and
outlets, and answered by its denials?

    python -m tools.eval trace [--data ../shared/seeds] [--gold tests/fixtures/seeds]

The expected trace comes from the seed gold (annotations written before sayso ran on the
seeds, see tests/fixtures/seeds/README.md), never from sayso:

- an expected cluster is a figure that the gold claims of two documents or more give;
- its origin is the speaker most of those gold claims name (the earliest document's on a
  tie), its carriers the outlets they name;
- its denials are the gold quotes marked as denials in those documents.

A found cluster stands for an expected one when it has the same figure and shares a document
with it. A found denial is right when it matches a gold denial of its document as the news eval
matches quotes (half the gold span, one to one); a denial attached from any other document is
wrong. Origins and carriers agree as speakers do there ("Korotchenko" is "Igor Korotchenko").
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sayso
from tools.eval.news import SEEDS, load
from tools.eval.quotes import match, same_speaker

SHARED_SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def expected_clusters(golds: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_value: dict[float, list[tuple[str, dict[str, Any]]]] = {}
    for g in golds:
        for c in g["claims"]:
            figure = c["value"] if c["value"] is not None else c["high"]
            if figure is not None:
                by_value.setdefault(float(figure), []).append((g["id"], c))
    out = []
    for value, claims in sorted(by_value.items()):
        docs = sorted({d for d, _ in claims})
        if len(docs) < 2:
            continue
        speakers = Counter(c["speaker"] for _, c in claims if c["speaker"])
        first_doc = {s: min(d for d, c in claims if c["speaker"] == s) for s in speakers}
        origin = min(speakers, key=lambda s: (-speakers[s], first_doc[s]), default=None)
        carriers = {c["source"].casefold(): c["source"] for _, c in claims if c["source"]}
        denials = [
            (g["id"], q) for g in golds if g["id"] in docs for q in g["quotes"] if q["denial"]
        ]
        out.append(
            {
                "value": value,
                "documents": docs,
                "origin": origin,
                "carried_by": sorted(carriers.values()),
                "denials": denials,
            }
        )
    return out


def score(want: dict[str, Any], found: sayso.ClaimCluster | None) -> dict[str, Any]:
    if found is None:
        return {"found": None}
    # Denials matched per document as the news eval matches quotes.
    right = 0
    for doc_id in {d for d, _ in found.denials}:
        gold = [(q["start"], q["end"]) for d, q in want["denials"] if d == doc_id]
        mine = [(q.start, q.end) for d, q in found.denials if d == doc_id]
        right += len(match(gold, mine))
    return {
        "found": found,
        "documents": sorted(d for d in found.documents if d is not None),
        "origin_right": same_speaker(found.origin, want["origin"]),
        "carriers_found": sum(
            any(same_speaker(c, w) for c in found.carried_by) for w in want["carried_by"]
        ),
        "denials_right": right,
        "denials_wrong": len(found.denials) - right,
    }


def evaluate(data: Path, gold: Path) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Each expected cluster of the seeds with the score of the cluster sayso links for it."""
    pairs = load(gold, data)
    golds = [g for g, _ in pairs]
    docs = sayso.analyze_batch([t for _, t in pairs], ids=[g["id"] for g in golds])
    clusters = sayso.link_claims(docs)
    out = []
    for want in expected_clusters(golds):
        found = next(
            (
                c
                for c in clusters
                if c.value == want["value"] and set(c.documents) & set(want["documents"])
            ),
            None,
        )
        out.append((want, score(want, found)))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tools.eval trace", description=__doc__)
    p.add_argument("--data", type=Path, default=SHARED_SEEDS, help="the seed articles")
    p.add_argument("--gold", type=Path, default=SEEDS, help="the seed gold")
    args = p.parse_args(argv)
    if not args.data.is_dir():
        print(f"no seed articles at {args.data} (../shared is not beside this checkout)")
        return 2
    results = evaluate(args.data, args.gold)
    print(f"the trace on the seed articles ({args.data})\n")
    for want, s in results:
        found = s["found"]
        short = " ".join(d[:3] for d in want["documents"])
        print(f"figure {want['value']:,.0f}")
        rows = [("", "expected", "found")]
        if found is None:
            rows.append(("documents", short, "no cluster"))
        else:
            rows += [
                ("documents", short, " ".join(d[:3] for d in s["documents"])),
                ("origin", str(want["origin"]), str(found.origin)),
                ("carried by", ", ".join(want["carried_by"]), ", ".join(found.carried_by)),
                (
                    "denials",
                    f"{len(want['denials'])}",
                    f"{s['denials_right']} right, {s['denials_wrong']} wrong",
                ),
            ]
        for name, a, b in rows:
            print(f"  {name:<11} {a:<40} {b}")
        if found is not None:
            n_want = len(want["denials"])
            print(
                f"  -> documents {len(set(s['documents']) & set(want['documents']))}"
                f"/{len(want['documents'])}, origin {'right' if s['origin_right'] else 'wrong'}, "
                f"carriers {s['carriers_found']}/{len(want['carried_by'])}, "
                f"denials recall {s['denials_right']}/{n_want}, "
                f"precision {s['denials_right']}/{s['denials_right'] + s['denials_wrong']}"
            )
        print()
    return 0
