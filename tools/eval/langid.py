"""Language-identification accuracy on lingua's test set, sayso and its peers side by side.

    python -m tools.eval langid --data ../shared/data/langid [--per-language] [--limit N]

Accuracy for language L in set S is the share of lines of ``S/L.txt`` whose detected ISO 639-1
code is L ("no answer" counts as wrong). The table reports the mean over the 56 languages that
both whatlang and lingua support (the common subset used to compare detectors); peers are run
when installed (``pip install lingua-language-detector pycld2 py3langid whatlang-pyo3``).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import sayso

SETS = ("sentences", "word-pairs", "single-words")

# whatlang 0.16 ∩ lingua: the 56 languages the published comparison uses.
COMMON = (
    "af ar az be bg bn ca cs da de el en eo es et fa fi fr gu he hi hr hu hy id it ja ka ko la "
    "lt lv mk mr nb nl pa pl pt ro ru sk sl sn sr sv ta te th tl tr uk ur vi zh zu"
).split()

# ISO 639-3 → 639-1 for whatlang-pyo3's answers (the languages of the test set only).
_WHATLANG_CODES = dict(
    pair.split("=")
    for pair in (
        "afr=af ara=ar aze=az bel=be bul=bg ben=bn cat=ca ces=cs cym=cy dan=da deu=de ell=el "
        "eng=en epo=eo spa=es est=et pes=fa fin=fi fra=fr guj=gu heb=he hin=hi hrv=hr hun=hu "
        "hye=hy ind=id ita=it jpn=ja kat=ka kor=ko lat=la lit=lt lav=lv mkd=mk mar=mr nob=nb "
        "nld=nl pan=pa pol=pl por=pt ron=ro rus=ru slk=sk slv=sl sna=sn srp=sr swe=sv tam=ta "
        "tel=te tha=th tgl=tl tur=tr ukr=uk urd=ur vie=vi cmn=zh zul=zu"
    ).split()
)

Detector = Callable[[list[str]], list[str | None]]


def _sayso(threads: int | None) -> Detector:
    def detect(lines: list[str]) -> list[str | None]:
        found = sayso.detect_language_batch(lines, threads=threads)
        return [lang.code if lang else None for lang in found]

    return detect


def _peers() -> dict[str, Detector]:
    peers: dict[str, Detector] = {}
    try:
        from lingua import LanguageDetectorBuilder

        for mode in ("low", "high"):
            builder = LanguageDetectorBuilder.from_all_languages()
            if mode == "low":
                builder = builder.with_low_accuracy_mode()
            lingua = builder.with_preloaded_language_models().build()

            def detect(lines: list[str], d=lingua) -> list[str | None]:
                out = []
                for line in lines:
                    lang = d.detect_language_of(line)
                    out.append(lang.iso_code_639_1.name.lower() if lang else None)
                return out

            peers[f"lingua-{mode}"] = detect
    except ImportError:
        pass
    try:
        import py3langid

        def detect_py3langid(lines: list[str]) -> list[str | None]:
            codes = [py3langid.classify(line)[0] for line in lines]
            return ["nb" if c == "no" else c for c in codes]

        peers["py3langid"] = detect_py3langid
    except ImportError:
        pass
    try:
        import pycld2

        fixes = {"iw": "he", "zh-Hant": "zh", "jw": "jv", "un": None}

        def detect_cld2(lines: list[str]) -> list[str | None]:
            out = []
            for line in lines:
                try:
                    code = pycld2.detect(line)[2][0][1]
                except pycld2.error:
                    code = "un"
                out.append(fixes.get(code, code))
            return out

        peers["pycld2"] = detect_cld2
    except ImportError:
        pass
    try:
        import whatlang

        def detect_whatlang(lines: list[str]) -> list[str | None]:
            out = []
            for line in lines:
                try:
                    out.append(_WHATLANG_CODES.get(whatlang.detect(line).lang))
                except ValueError:  # "Language could not be detected"
                    out.append(None)
            return out

        peers["whatlang-pyo3"] = detect_whatlang
    except ImportError:
        pass
    return peers


def _read(path: Path, limit: int | None) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return lines[:limit] if limit else lines


def evaluate(
    detect: Detector, data: Path, langs: list[str], limit: int | None
) -> tuple[dict[str, dict[str, float]], float]:
    """Accuracy per set and language, and throughput (MB/s) on sentences."""
    acc: dict[str, dict[str, float]] = {s: {} for s in SETS}
    seconds, size = 0.0, 0
    for s in SETS:
        for lang in langs:
            path = data / s / f"{lang}.txt"
            if not path.exists():
                continue
            lines = _read(path, limit)
            t0 = time.perf_counter()
            found = detect(lines)
            if s == "sentences":
                seconds += time.perf_counter() - t0
                size += sum(len(line.encode()) for line in lines)
            acc[s][lang] = 100.0 * sum(f == lang for f in found) / max(len(lines), 1)
    return acc, (size / 1e6 / seconds if seconds else 0.0)


def _mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.eval langid", description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/langid"))
    parser.add_argument("--langs", help="comma-separated codes (default: the 56 common ones)")
    parser.add_argument("--limit", type=int, help="lines per file (default: all)")
    parser.add_argument("--per-language", action="store_true", help="print per-language table")
    parser.add_argument("--no-peers", action="store_true", help="evaluate sayso only")
    parser.add_argument("--peers", help="comma-separated subset of peers to run")
    args = parser.parse_args(argv)
    if not (args.data / "sentences").is_dir():
        parser.error(f"no langid data in {args.data}")
    langs = args.langs.split(",") if args.langs else COMMON

    detectors: dict[str, Detector] = {"sayso": _sayso(threads=1)}
    if not args.no_peers:
        peers = _peers()
        if args.peers:
            peers = {k: v for k, v in peers.items() if k in args.peers.split(",")}
        detectors.update(peers)

    results = {}
    for name, detect in detectors.items():
        results[name] = evaluate(detect, args.data, langs, args.limit)

    print(f"\nMean accuracy (%) over {len(langs)} languages; MB/s on sentences, one thread\n")
    print(f"| detector | {' | '.join(SETS)} | MB/s |")
    print("|---|" + "---|" * (len(SETS) + 1))
    for name, (acc, mbps) in results.items():
        cells = " | ".join(f"{_mean(acc[s].values()):.1f}" for s in SETS)
        print(f"| {name} | {cells} | {mbps:.2f} |")

    if args.per_language:
        names = list(results)
        for s in SETS:
            print(f"\n{s}: accuracy (%) per language\n")
            print("| lang | " + " | ".join(names) + " |")
            print("|---|" + "---|" * len(names))
            for lang in langs:
                row = [results[n][0][s].get(lang) for n in names]
                print(
                    f"| {lang} | " + " | ".join("" if v is None else f"{v:.1f}" for v in row) + " |"
                )
    return 0
