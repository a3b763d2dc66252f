"""The whole pipeline at corpus scale, side by side in one run, on two corpora:

- sayso's full analysis (language + spans, numbers, quotes, claims) vs bare language detection
  with whatlang-pyo3 on the same texts (time ratio, one thread);
- sayso language-only vs pycld2 and lingua (when installed);
- 1 vs 2 threads, on analyze_batch and through the CLI;
- peak RSS of `sayso analyze` on a small and a large synthetic corpus (flat memory).

    python benchmarks/bench_pipeline.py [--data ../shared/data/langid] [--news ../shared/data/news]
                                        [--big-mb 1000]

The two corpora: "sentences", articles built from the bundled sample corpus and, when the shared
data is present, from lingua's test sentences (8 sentences per article, one language per
article), which hold few quotes and numbers; and "news", the real articles of the shared news
pool, which is what users run. The CLI runs read news when it is there.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

import sayso

# The evaluation harness lives in the checkout (tools/eval), not in the installed package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools.eval.langid import COMMON  # noqa: E402


def articles(data: Path, per_language: int) -> list[str]:
    sample = resources.files("sayso").joinpath("data/sample.jsonl").read_text(encoding="utf-8")
    docs = [json.loads(line)["text"] for line in sample.splitlines()]
    if (data / "sentences").is_dir():
        for lang in COMMON:
            lines = (data / "sentences" / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
            lines = lines[: per_language * 8]
            docs += [" ".join(lines[i : i + 8]) for i in range(0, len(lines), 8)]
    return docs


BARE = "whatlang-pyo3 detect (bare)"
# The languages extract_quotes and extract_claims take as lang= (README, "What works today").
QUOTE_LANGUAGES = set("en fr es de pt it nl vi ru uk".split())


def news_articles(news: Path) -> list[tuple[str, str]]:
    """(text, language code) of every article; the pool is filed by language."""
    return [(p.read_text(encoding="utf-8"), p.parent.name) for p in sorted(news.glob("*/*.txt"))]


def stage_rows(docs: list[tuple[str, str]], repeat: int) -> dict[str, float]:
    """Each stage alone, called as a user would, the language given where the call takes it."""
    calls = {
        "sayso language_spans": lambda t, lang: sayso.language_spans(t),
        "sayso parse_numbers (lang given)": lambda t, lang: sayso.parse_numbers(t, lang=lang),
        "sayso parse_numbers (no lang)": lambda t, lang: sayso.parse_numbers(t),
        "sayso extract_quotes (lang given)": lambda t, lang: sayso.extract_quotes(t, lang=lang),
        "sayso extract_claims (lang given)": lambda t, lang: sayso.extract_claims(t, lang=lang),
    }
    known = [(t, lang) for t, lang in docs if lang in QUOTE_LANGUAGES]
    rows = {
        name: median_seconds(lambda call=call: [call(t, lang) for t, lang in known], repeat)
        for name, call in calls.items()
    }
    rows["sayso analyze (one call per text)"] = median_seconds(
        lambda: [sayso.analyze(t) for t, _ in known], repeat
    )
    try:
        import whatlang

        rows[BARE] = median_seconds(lambda: [whatlang.detect(t) for t, _ in known], repeat)
    except ImportError:
        pass
    return rows


def median_seconds(run, repeat: int) -> float:
    run()  # warm-up: lazy tables are not throughput
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def write_corpus(path: Path, docs: list[str], megabytes: float) -> int:
    """JSON lines of shuffled articles up to `megabytes`; returns the number of documents."""
    rng = random.Random(7)
    target, size, n = megabytes * 1e6, 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while size < target:
            line = json.dumps({"id": f"d{n}", "text": rng.choice(docs)}, ensure_ascii=False) + "\n"
            f.write(line)
            size += len(line.encode())
            n += 1
    return n


def cli_run(corpus: Path, threads: int) -> tuple[float, int]:
    """Seconds and peak RSS (MB) of `sayso analyze corpus -o /dev/null`."""
    probe = (
        "import resource, subprocess, sys, time; t = time.perf_counter();"
        "subprocess.run(sys.argv[1:], check=True);"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    cmd = [sys.executable, "-c", probe, sys.executable, "-m", "sayso", "analyze", "-q"]
    cmd += [str(corpus), "-o", os.devnull, "--threads", str(threads)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.split()
    return float(out[0]), int(out[1]) // 1024


def time_corpus(docs: list[str], repeat: int, peers: bool) -> None:
    mb = sum(len(d.encode()) for d in docs) / 1e6
    print(f"{len(docs)} articles, {mb:.2f} MB; medians of {repeat} runs\n")

    rows: dict[str, float] = {}
    rows["sayso analyze_batch, full analysis (1 thread)"] = median_seconds(
        lambda: sayso.analyze_batch(docs, threads=1), repeat
    )
    rows["sayso analyze_batch, full analysis (2 threads)"] = median_seconds(
        lambda: sayso.analyze_batch(docs, threads=2), repeat
    )
    rows["sayso detect_language_batch (1 thread)"] = median_seconds(
        lambda: sayso.detect_language_batch(docs, threads=1), repeat
    )
    try:
        import whatlang

        def bare_whatlang():
            for d in docs:
                try:
                    whatlang.detect(d)
                except ValueError:
                    pass

        rows[BARE] = median_seconds(bare_whatlang, repeat)
    except ImportError:
        print("(whatlang-pyo3 not installed: pip install whatlang-pyo3)")
    if peers:
        peer_rows(docs, repeat, rows)
    show(rows, mb)
    ratios(rows)


def peer_rows(docs: list[str], repeat: int, rows: dict[str, float]) -> None:
    try:
        import pycld2

        def run_cld2():
            for d in docs:
                try:
                    pycld2.detect(d)
                except pycld2.error:  # it rejects some valid UTF-8 (e.g. rare code points)
                    pass

        rows["pycld2 detect"] = median_seconds(run_cld2, repeat)
    except ImportError:
        print("(pycld2 not installed)")
    try:
        from lingua import LanguageDetectorBuilder

        low = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()
        rows["lingua-low detect"] = median_seconds(
            lambda: [low.detect_language_of(d) for d in docs], 1
        )
    except ImportError:
        print("(lingua-language-detector not installed)")


def show(rows: dict[str, float], mb: float) -> None:
    """The table, each run also as a multiple of bare whatlang-pyo3 detection on the same texts."""
    bare = rows.get(BARE)
    print("| run | seconds | MB/s | × whatlang-pyo3 detect |")
    print("|---|---|---|---|")
    for name, seconds in rows.items():
        ratio = f"{seconds / bare:.2f}" if bare else "n/a"
        print(f"| {name} | {seconds:.3f} | {mb / seconds:.2f} | {ratio} |")


def ratios(rows: dict[str, float]) -> None:
    full = rows["sayso analyze_batch, full analysis (1 thread)"]
    two = rows["sayso analyze_batch, full analysis (2 threads)"]
    print("\nfull analysis / bare whatlang-pyo3 detection: ", end="")
    bare = rows.get(BARE)
    print(f"{full / bare:.2f}× the time" if bare else "n/a")
    print(f"analyze_batch, 2 threads vs 1: {full / two:.2f}× faster")
    lang_only = rows["sayso detect_language_batch (1 thread)"]
    for peer in ("pycld2 detect", "lingua-low detect"):
        if peer in rows:
            print(f"sayso language-only vs {peer}: {rows[peer] / lang_only:.2f}× faster")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/langid"))
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("--per-language", type=int, default=25, help="articles per language")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--small-mb", type=float, default=10)
    parser.add_argument("--big-mb", type=float, default=1000)
    parser.add_argument("--skip-rss", action="store_true", help="skip the CLI corpus runs")
    args = parser.parse_args()

    corpora = {"sentences": articles(args.data, args.per_language)}
    if args.news.is_dir():
        news = news_articles(args.news)
        corpora["news"] = [t for t, _ in news]
    else:
        print(f"({args.news} not found: the news corpus is skipped)")
    for name, docs in corpora.items():
        print(f"\n## {name}\n")
        time_corpus(docs, args.repeat, peers=name == "sentences")
    if "news" in corpora:
        print("\n## news, each stage alone (articles in the quote languages)\n")
        rows = stage_rows(news, args.repeat)
        show(rows, sum(len(t.encode()) for t, lang in news if lang in QUOTE_LANGUAGES) / 1e6)

    if args.skip_rss:
        return
    with tempfile.TemporaryDirectory() as tmp:
        print("\n| corpus | documents | threads | seconds | MB/s | peak RSS (MB) |")
        print("|---|---|---|---|---|---|")
        peaks = {}
        for label, size in (("small", args.small_mb), ("big", args.big_mb)):
            corpus = Path(tmp) / f"{label}.jsonl"
            n = write_corpus(corpus, corpora.get("news", corpora["sentences"]), size)
            for threads in (1, 2) if label == "small" else (2,):
                seconds, rss = cli_run(corpus, threads)
                peaks[label] = rss
                rate = size / seconds
                print(f"| {size:g} MB | {n} | {threads} | {seconds:.1f} | {rate:.2f} | {rss} |")
            corpus.unlink()
        print(f"\npeak RSS, big / small corpus: {peaks['big'] / peaks['small']:.2f}×")


if __name__ == "__main__":
    main()
