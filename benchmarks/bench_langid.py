"""Language-identification throughput: sayso and the detectors users would otherwise pick, side
by side in one run, on the same sentences. Prints MB/s (median of --repeat runs) and ratios.

    python benchmarks/bench_langid.py [--data ../shared/data/langid] [--repeat 5]

Peers run when installed: pip install lingua-language-detector pycld2 py3langid whatlang-pyo3.
Without the shared data, the bundled sample corpus is used (much smaller, so noisier).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import sayso

# The evaluation harness lives in the checkout (tools/eval), not in the installed package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools.eval.langid import COMMON  # noqa: E402


def load_texts(data: Path, per_language: int) -> list[str]:
    if (data / "sentences").is_dir():
        texts = []
        for lang in COMMON:
            path = data / "sentences" / f"{lang}.txt"
            texts += path.read_text(encoding="utf-8").splitlines()[:per_language]
        return texts
    sample = resources.files("sayso").joinpath("data/sample.jsonl").read_text(encoding="utf-8")
    return [line for row in sample.splitlines() for line in json.loads(row)["text"].split("\n")]


def peers() -> dict[str, Callable[[list[str]], object]]:
    found: dict[str, Callable[[list[str]], object]] = {}
    try:
        import whatlang

        def run_whatlang(texts):
            for t in texts:
                try:
                    whatlang.detect(t)
                except ValueError:
                    pass

        found["whatlang-pyo3"] = run_whatlang
    except ImportError:
        print("(whatlang-pyo3 not installed)")
    try:
        import pycld2

        def run_cld2(texts):
            for t in texts:
                try:
                    pycld2.detect(t)
                except pycld2.error:
                    pass

        found["pycld2"] = run_cld2
    except ImportError:
        print("(pycld2 not installed)")
    try:
        import py3langid

        found["py3langid"] = lambda texts: [py3langid.classify(t) for t in texts]
    except ImportError:
        print("(py3langid not installed)")
    try:
        from lingua import LanguageDetectorBuilder

        low = (
            LanguageDetectorBuilder.from_all_languages()
            .with_low_accuracy_mode()
            .with_preloaded_language_models()
            .build()
        )
        found["lingua-low"] = lambda texts: [low.detect_language_of(t) for t in texts]
        high = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()
        found["lingua-high"] = lambda texts: [high.detect_language_of(t) for t in texts]
    except ImportError:
        print("(lingua-language-detector not installed)")
    return found


def measure(run: Callable[[list[str]], object], texts: list[str], repeat: int) -> float:
    size = sum(len(t.encode()) for t in texts) / 1e6
    run(texts[:50])  # warm-up: lazy model loading is not throughput
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run(texts)
        times.append(time.perf_counter() - t0)
    return size / statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/langid"))
    parser.add_argument("--per-language", type=int, default=200, help="sentences per language")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    texts = load_texts(args.data, args.per_language)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    cores = os.cpu_count() or 1
    print(f"{len(texts)} texts, {mb:.2f} MB, {cores} cores; median of {args.repeat} runs\n")

    rows = {
        "sayso (1 thread)": measure(
            lambda ts: sayso.detect_language_batch(ts, threads=1), texts, args.repeat
        ),
        "sayso (2 threads)": measure(
            lambda ts: sayso.detect_language_batch(ts, threads=2), texts, args.repeat
        ),
        "sayso (all cores)": measure(
            lambda ts: sayso.detect_language_batch(ts), texts, args.repeat
        ),
        "sayso (loop of single calls)": measure(
            lambda ts: [sayso.detect_language(t) for t in ts], texts, args.repeat
        ),
    }
    for name, run in peers().items():
        # lingua-high is ~100x slower: time it on a slice so the run stays short.
        subset = texts[::10] if name.startswith("lingua") else texts
        rows[name] = measure(run, subset, 1 if name.startswith("lingua") else args.repeat)

    base = rows.get("whatlang-pyo3")
    print("| detector | MB/s | × whatlang-pyo3 |")
    print("|---|---|---|")
    for name, mbps in rows.items():
        ratio = f"{mbps / base:.2f}" if base else "n/a"
        print(f"| {name} | {mbps:.2f} | {ratio} |")
    one, two = rows["sayso (1 thread)"], rows["sayso (2 threads)"]
    print(f"\n2 threads / 1 thread: {two / one:.2f}×")


if __name__ == "__main__":
    main()
