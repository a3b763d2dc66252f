"""Throughput of number recognition: sayso vs Recognizers-Text and text2num, same text, one run.

    python benchmarks/bench_numbers.py [--repeat 5] [--size-kb 200]

The text is news-like sentences written for this benchmark (numbers in digits and in words,
qualifiers, currencies, percentages, dates), repeated to the requested size. Each tool reads the
same text sentence by sentence on one thread; the figure is the median of `--repeat` runs, in
MB/s of UTF-8 input. Peers that are not installed are skipped with a message. Install them with
``pip install recognizers-text-suite 'emoji<1.0' text2num``. Build sayso with
``maturin develop --release`` first.
"""

from __future__ import annotations

import argparse
import statistics
import time
from typing import Callable

import sayso

NEWS = {
    "en": [
        "Officials said more than 3,000 people were evacuated on Tuesday as the river rose.",
        "The government will spend $1.5bn on roads, up from 1.2 billion dollars in 2022.",
        "About 40 percent of voters backed the plan, according to a poll of 1,250 adults.",
        "Twenty-five thousand volunteers joined, and up to 100,000 are expected by August 4.",
        "Prices rose 4.5% in March, the fastest pace since 1991, while wages grew 2-3%.",
        "The company cut between 200 and 300 jobs and paid £250k in severance to its chief.",
    ],
    "fr": [
        "Plus de 3 000 personnes ont été évacuées mardi alors que le fleuve montait.",
        "Le gouvernement dépensera 1,5 milliard d'euros pour les routes, contre 1,2 en 2022.",
        "Près de 40 % des électeurs soutiennent le projet, selon un sondage de 1 250 adultes.",
        "Vingt-cinq mille volontaires sont venus, et jusqu'à 100 000 sont attendus le 4 août.",
        "Les prix ont augmenté de 4,5 % en mars, le rythme le plus rapide depuis 1991.",
        "L'entreprise a supprimé entre 200 et 300 emplois et versé 250 000 € à son patron.",
    ],
}


def make_text(lang: str, size_kb: int) -> list[str]:
    out: list[str] = []
    total = 0
    while total < size_kb * 1024:
        for s in NEWS[lang]:
            out.append(s)
            total += len(s.encode("utf-8")) + 1
    return out


def measure(fn: Callable[[str], object], sentences: list[str], repeat: int) -> float:
    size_mb = sum(len(s.encode("utf-8")) + 1 for s in sentences) / 1e6
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for s in sentences:
            fn(s)
        times.append(time.perf_counter() - t0)
    return size_mb / statistics.median(times)


def peers(lang: str) -> dict[str, Callable[[str], object] | str]:
    found: dict[str, Callable[[str], object] | str] = {}
    try:
        from recognizers_number import Culture, recognize_number

        culture = {"en": Culture.English, "fr": Culture.French}[lang]
        found["Recognizers-Text (number)"] = lambda s: recognize_number(s, culture)
    except ImportError as e:
        found["Recognizers-Text (number)"] = f"not installed ({e.name})"
    try:
        from text_to_num import alpha2digit

        found["text2num alpha2digit"] = lambda s: alpha2digit(s, lang)
    except ImportError as e:
        found["text2num alpha2digit"] = f"not installed ({e.name})"
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--size-kb", type=int, default=200)
    ap.add_argument("--langs", default="en,fr")
    args = ap.parse_args()
    for lang in args.langs.split(","):
        sentences = make_text(lang, args.size_kb)

        def ours_fn(s: str, lang: str = lang) -> object:
            return sayso.parse_numbers(s, lang=lang)

        ours = measure(ours_fn, sentences, args.repeat)
        print(f"[{lang}] {len(sentences)} sentences, {args.size_kb} KB, median of {args.repeat}")
        print(f"  {'sayso parse_numbers':<30} {ours:9.2f} MB/s")
        for name, fn in peers(lang).items():
            if isinstance(fn, str):
                print(f"  {name:<30} skipped: {fn}")
                continue
            # Peers are slow: time them on a tenth of the text, same sentences.
            mbs = measure(fn, sentences[: max(1, len(sentences) // 10)], args.repeat)
            print(f"  {name:<30} {mbs:9.2f} MB/s   sayso is {ours / mbs:6.1f}x faster")
        whole = "\n".join(sentences)
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            sayso.parse_numbers(whole, lang=lang)
            times.append(time.perf_counter() - t0)
        dt = statistics.median(times)
        print(f"  {'sayso, one document':<30} {len(whole.encode()) / 1e6 / dt:9.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
