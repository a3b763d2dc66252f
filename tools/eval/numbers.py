"""Number recognition measured on public test sets and on sayso's own fixtures.

Usage::

    python -m tools.eval numbers --data ../shared/data/numbers [--fixtures tests/fixtures/numbers]

Sets (each optional; a missing folder is reported and skipped):

- ``recognizers/*.jsonl``: Microsoft Recognizers-Text specs (number, percent, numberrange,
  currency). *Value recall*: the share of expected results that sayso finds in the same input with
  the same value and the right unit or bounds: percent needs unit "%", currency a currency unit
  (the same ISO code when the spec gives one), a range the same low and high (an open bound is
  None). Recognizers-Text has no notion of a change: "passé de 200 à 300" is one of its ranges,
  and sayso's change with those two ends (``previous`` 200, ``value`` 300) counts as found.
  *Precision* (number model only, where every number of the input is expected): the share of
  sayso's numbers whose value is expected.
- ``duckling/*.jsonl``: each input is one number; ``parse_number`` must give its value.
- ``text2num/*.jsonl``: ``text2digits`` (one number in words), ``alpha2digit`` (numbers in words
  inside a sentence: every number of the expected output must be found), ``invalid`` (must not
  be read as one number).
- fixtures (``tests/fixtures/numbers/<lang>.jsonl``, written for sayso): every field of every
  expected number must match; precision counts sayso's numbers that match one.

The data are read, never copied, and nothing in sayso is fitted to them.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

import sayso

MODELS = ("number", "percent", "currency", "numberrange")


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _float(s: Any) -> float | None:
    if s is None:
        return None
    try:
        return float(s)
    except (TypeError, ValueError):
        return None


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _lang_of(name: str) -> str:
    """File stem to a language code sayso knows ("es-mx" reads as Spanish)."""
    return name.split("-")[0].split("_")[0]


def _parse(text: str, lang: str) -> list[sayso.Number] | None:
    try:
        return sayso.parse_numbers(text, lang=lang)
    except ValueError:
        return None


def _matcher(model: str, exp: dict[str, Any]) -> Callable[[sayso.Number], bool] | None:
    """A test telling whether one of sayso's numbers is the expected result, or None when the
    spec gives no value to compare."""
    norm = exp.get("value_norm")
    if model == "numberrange":
        if not isinstance(norm, dict):
            return None
        lo, hi = _float(norm.get("lo")), _float(norm.get("hi"))
        return lambda n: (
            _close(n.previous, lo) and _close(n.value, hi)
            if n.qualifier == "change"
            else _close(n.low, lo) and _close(n.high, hi)
        )
    value = _float(norm)
    if value is None:
        return None
    if model == "percent":
        return lambda n: n.unit == "%" and _close(n.value, value)
    if model == "currency":
        iso = exp.get("iso_currency")
        return lambda n: (
            n.kind == "currency" and _close(n.value, value) and (not iso or n.unit == iso)
        )
    return lambda n: _close(n.value, value)


def recognizers(
    folder: Path, by_option: dict[tuple[str, str, str], list[int]] | None = None
) -> list[tuple[str, str, int, int, float | None]]:
    """(lang, model, expected, found, precision) rows. ``by_option``, when given, receives
    [expected, found] per (lang, model, spec option): the specs run some cases with an option
    of Recognizers-Text (``PercentMode`` reads "one quarter of" as 25 %, ``ExperimentalMode``
    changes ranges), which the main rows mix with the default cases."""
    found: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    prec: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for path in sorted(folder.glob("*.jsonl")):
        lang = _lang_of(path.stem)
        for case in _read_jsonl(path):
            model = case["model"]
            got = _parse(case["input"], lang)
            if got is None:
                continue
            tests = [_matcher(model, e) for e in case["expected"]]
            for test in tests:
                if test is None:
                    continue
                hit = any(test(n) for n in got)
                cell = found[(path.stem, model)]
                cell[0] += 1
                cell[1] += hit
                if by_option is not None:
                    opt = by_option.setdefault(
                        (path.stem, model, case.get("options") or ""), [0, 0]
                    )
                    opt[0] += 1
                    opt[1] += hit
            if model == "number" and all(t is not None for t in tests):
                cell = prec[path.stem]
                cell[0] += len(got)
                cell[1] += sum(any(t(n) for t in tests if t is not None) for n in got)
    rows = []
    for (stem, model), (n, ok) in sorted(found.items()):
        p = None
        if model == "number" and prec[stem][0]:
            p = prec[stem][1] / prec[stem][0]
        rows.append((stem, model, n, ok, p))
    return rows


def duckling(folder: Path) -> list[tuple[str, int, int]]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        n = ok = 0
        for case in _read_jsonl(path):
            lang = _lang_of(case.get("locale", path.stem))
            try:
                got = sayso.parse_number(case["input"], lang=lang)
            except ValueError:
                break
            n += 1
            ok += _close(got, float(case["value"]))
        if n:
            rows.append((path.stem, n, ok))
    return rows


_NUM = re.compile(r"\d+(?:[.,]\d+)?")


def text2num(folder: Path) -> list[tuple[str, str, int, int]]:
    """(lang, kind, cases, passed): kinds text2digits, alpha2digit (all numbers of the expected
    text found in the input, by value) and invalid."""
    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for path in sorted(folder.glob("*.jsonl")):
        lang = path.stem
        for case in _read_jsonl(path):
            kind = case["kind"]
            text = case["input"]
            if kind == "text2digits":
                if not case["expected"].isdigit():
                    continue  # ordinals and fractions ("21st", "1/12")
                ok = _close(sayso.parse_number(text, lang=lang), float(case["expected"]))
            elif kind == "invalid":
                kind = "invalid (rejected)"
                ok = sayso.parse_number(text, lang=lang) is None
            else:
                kind = "alpha2digit"
                # Numbers the expected text writes in digits; those already digits in the
                # input are left out (the test is about words).
                want = [m for m in _NUM.findall(case["expected"]) if m not in text]
                values = [n.value for n in sayso.parse_numbers(text, lang=lang)]
                ok = all(any(_close(v, float(w.replace(",", "."))) for v in values) for w in want)
            cells[(lang, kind)][0] += 1
            cells[(lang, kind)][1] += ok
    return [(lang, kind, n, ok) for (lang, kind), (n, ok) in sorted(cells.items())]


_FIELDS = ("text", "value", "low", "high", "previous", "qualifier", "kind", "unit")


def _same(n: sayso.Number, exp: dict[str, Any]) -> bool:
    for field in _FIELDS:
        if field not in exp:
            continue
        got, want = getattr(n, field), exp[field]
        if field in ("value", "low", "high", "previous"):
            if not _close(got, _float(want)):
                return False
        elif got != want:
            return False
    return True


def fixtures(folder: Path) -> list[tuple[str, int, int, int, int]]:
    """(lang, expected, found, predicted, correct) rows."""
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        n = ok = pred = right = 0
        for case in _read_jsonl(path):
            got = sayso.parse_numbers(case["text"], lang=case.get("lang", path.stem))
            n += len(case["expected"])
            ok += sum(any(_same(g, e) for g in got) for e in case["expected"])
            pred += len(got)
            right += sum(any(_same(g, e) for e in case["expected"]) for g in got)
        rows.append((path.stem, n, ok, pred, right))
    return rows


def _pct(ok: int, n: int) -> str:
    return f"{ok / n:.3f}" if n else "-"


def _print_recognizers(rows: list[tuple[str, str, int, int, float | None]]) -> None:
    by_lang: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    precision: dict[str, float | None] = {}
    for stem, model, n, ok, p in rows:
        by_lang[stem][model] = (n, ok)
        if model == "number":
            precision[stem] = p
    print("Recognizers-Text specs: value recall (expected results), number precision")
    header = "| lang | " + " | ".join(MODELS) + " | number precision |"
    print(header)
    print("|" + "---|" * (len(MODELS) + 2))
    for stem in sorted(by_lang):
        cells = []
        for model in MODELS:
            n, ok = by_lang[stem].get(model, (0, 0))
            cells.append(f"{_pct(ok, n)} ({n})" if n else "-")
        p = precision.get(stem)
        p_cell = f"{p:.3f}" if p is not None else "-"
        print(f"| {stem} | " + " | ".join(cells) + f" | {p_cell} |")
    print()


def _print_options(by_option: dict[tuple[str, str, str], list[int]]) -> None:
    """The same recall split by spec option, for the models of a language that have one."""
    with_options = {(lang, model) for lang, model, opt in by_option if opt}
    if not with_options:
        return
    options = sorted({opt for _, _, opt in by_option if opt})
    print("Recognizers-Text specs by option (the cases of each option's spec file)")
    print("| lang | model | default | " + " | ".join(options) + " |")
    print("|" + "---|" * (len(options) + 3))
    for lang, model in sorted(with_options):
        cells = []
        for opt in ["", *options]:
            n, ok = by_option.get((lang, model, opt), (0, 0))
            cells.append(f"{_pct(ok, n)} ({n})" if n else "-")
        print(f"| {lang} | {model} | " + " | ".join(cells) + " |")
    print()


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve()
    default_fixtures = here.parents[2] / "tests" / "fixtures" / "numbers"
    ap = argparse.ArgumentParser(prog="python -m tools.eval numbers", description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/data/numbers"))
    ap.add_argument("--fixtures", type=Path, default=default_fixtures)
    args = ap.parse_args(argv)

    ran = False
    folder = args.data / "recognizers"
    if folder.is_dir():
        by_option: dict[tuple[str, str, str], list[int]] = {}
        _print_recognizers(recognizers(folder, by_option))
        _print_options(by_option)
        ran = True
    else:
        print(f"skipped Recognizers-Text: no folder {folder}")

    folder = args.data / "duckling"
    if folder.is_dir():
        print("Duckling numeral corpus: parse_number accuracy")
        print("| lang | accuracy | cases |")
        print("|---|---|---|")
        for lang, n, ok in duckling(folder):
            print(f"| {lang} | {_pct(ok, n)} | {n} |")
        print()
        ran = True
    else:
        print(f"skipped Duckling: no folder {folder}")

    folder = args.data / "text2num"
    if folder.is_dir():
        print("text2num examples: share of cases passed")
        print("| lang | kind | passed | cases |")
        print("|---|---|---|---|")
        for lang, kind, n, ok in text2num(folder):
            print(f"| {lang} | {kind} | {_pct(ok, n)} | {n} |")
        print()
        ran = True
    else:
        print(f"skipped text2num: no folder {folder}")

    if args.fixtures.is_dir():
        print("sayso fixtures: recall (every field right) and precision")
        print("| lang | recall | precision | expected |")
        print("|---|---|---|---|")
        for lang, n, ok, pred, right in fixtures(args.fixtures):
            print(f"| {lang} | {_pct(ok, n)} | {_pct(right, pred)} | {n} |")
        print()
        ran = True
    else:
        print(f"skipped fixtures: no folder {args.fixtures}")
    return 0 if ran else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
