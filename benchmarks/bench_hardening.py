"""Linear time on hostile input: each case is run at size N and 2N; the time ratio should be
about 2 (quadratic behaviour shows as about 4). Also a 50 MB single-line document, with the
peak memory of the process.

    python benchmarks/bench_hardening.py [--mb 4] [--big-mb 50]
"""

from __future__ import annotations

import argparse
import resource
import time

import sayso

CASES = {
    "news, one line": "« Nous avons besoin de 100 000 volontaires », a déclaré le ministre. ",
    "unmatched quotes": '" « „ ',
    "separator chains": "1,2.3 ",
    "combining marks": "\u0301\u0308",
    "zero-width + letters": "a\u200bb\u200d",
    "RTL + bidi": "שלום \u202eمرحبا\u202c ",
    "long digits": "9",
    "dashes and newlines": "—\n",
    # The rules that look across the document: sentence-opening words, repeated titles,
    # opinion frames, names in the genitive, people named and referred back to.
    "opening words, titles": "Asimismo, señaló que «Plan Norte» sigue. ",
    "opinion frames, genitives": (
        "Para a ministra Ana Lobo, o «Plano» falhou. По словам Ивана Петрова, «да». "
    ),
}


def seconds(text: str) -> float:
    t0 = time.perf_counter()
    sayso.analyze(text)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=4)
    parser.add_argument("--big-mb", type=float, default=50)
    args = parser.parse_args()
    print(f"| case | {args.mb:g} MB (s) | {2 * args.mb:g} MB (s) | ratio |")
    print("|---|---|---|---|")
    for name, unit in CASES.items():
        n = int(args.mb * 1e6 / len(unit.encode()))
        small, big = seconds(unit * n), seconds(unit * (2 * n))
        print(f"| {name} | {small:.2f} | {big:.2f} | {big / max(small, 1e-9):.2f} |")
    unit = CASES["news, one line"]
    text = unit * int(args.big_mb * 1e6 / len(unit.encode()))
    t = seconds(text)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n{args.big_mb:g} MB single-line document: {t:.1f} s, peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
