"""Claim linking at corpus scale: link_claims over synthetic documents, time and memory.

    python benchmarks/bench_claims.py [--documents 100000] [--threads N] [--seed 1]

Stories are made from templates in six languages (en fr de es ru vi): each story has its own
invented place and person names and its own figures, and is told by one to six documents in
random languages; a third of the stories repeat a figure with another value (a conflict). The
documents go through analyze_batch first (timed apart), then link_claims is timed. Build with
``maturin develop --release`` before measuring.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time

import sayso

# {place} {person} {dead} {injured} {evacuated} {soldiers} {money} (millions of euros).
TEMPLATES = {
    "en": (
        "At least {dead} people were killed and {injured} injured when floods hit {place} on "
        'Monday. "We have evacuated {evacuated} residents," governor {person} said. The army '
        "sent {soldiers} soldiers and the government released €{money} million in aid."
    ),
    "fr": (
        "Au moins {dead} personnes ont été tuées et {injured} blessées lors des inondations à "
        "{place}. « Nous avons évacué {evacuated} habitants », a déclaré le gouverneur {person}. "
        "L'armée a envoyé {soldiers} soldats et l'État a débloqué {money} millions d'euros."
    ),
    "de": (
        "Mindestens {dead} Menschen kamen ums Leben, {injured} wurden verletzt, als das "
        "Hochwasser die Region {place} traf. „Wir haben {evacuated} Einwohner evakuiert“, sagte "
        "Gouverneur {person}. Die Armee schickte {soldiers} Soldaten, die Regierung stellte "
        "{money} Millionen Euro bereit."
    ),
    "es": (
        "Al menos {dead} personas murieron y {injured} resultaron heridas por las inundaciones "
        'en {place}. "Hemos evacuado a {evacuated} vecinos", declaró el gobernador {person}. '
        "El ejército desplegó a {soldiers} soldados y el Gobierno aprobó {money} millones de "
        "euros."
    ),
    "ru": (
        "По меньшей мере {dead} человек погибли и {injured} получили ранения при наводнении в "
        "регионе {place}. «Мы эвакуировали {evacuated} жителей», — заявил губернатор {person}. "
        "Армия направила {soldiers} военнослужащих, правительство выделило {money} млн евро."
    ),
    "vi": (
        "Ít nhất {dead} người thiệt mạng và {injured} người bị thương khi lũ lụt tấn công "
        '{place}. "Chúng tôi đã sơ tán {evacuated} người dân", thống đốc {person} nói. Quân đội '
        "đã điều {soldiers} binh sĩ và chính phủ chi {money} triệu euro viện trợ."
    ),
}

SEPARATORS = {"en": ",", "fr": "\u202f", "de": ".", "es": ".", "ru": " ", "vi": "."}
SYLLABLES = "ka lo ven mar tis bre dun sol gha rim pel tor vin zak mu ori len das qua fen".split()


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _figure(value: int, lang: str) -> str:
    return f"{value:,}".replace(",", SEPARATORS[lang]) if value >= 1000 else str(value)


def corpus(n: int, seed: int) -> tuple[list[str], list[str]]:
    """The texts, and ids that name each one's story ("s12-3": the fourth article of story 12)."""
    rng = random.Random(seed)
    texts: list[str] = []
    ids: list[str] = []
    story_id = 0
    while len(texts) < n:
        story_id += 1
        story = {
            "place": _name(rng, 3),
            "person": f"{_name(rng, 2)} {_name(rng, 3)}",
            "dead": rng.randint(2, 400),
            "injured": rng.randint(2, 2000),
            "evacuated": rng.randint(1000, 90000),
            "soldiers": rng.randint(100, 9000),
            "money": rng.randint(2, 900),
        }
        for k in range(rng.randint(1, 6)):
            lang = rng.choice(list(TEMPLATES))
            told = dict(story)
            if rng.random() < 0.06:
                told["dead"] = story["dead"] + rng.randint(5, 50)  # a conflicting figure
            values = {k: _figure(v, lang) if isinstance(v, int) else v for k, v in told.items()}
            texts.append(TEMPLATES[lang].format(**values))
            ids.append(f"s{story_id}-{k}")
    return texts[:n], ids[:n]


def _max_rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    texts, ids = corpus(args.documents, args.seed)
    t0 = time.perf_counter()
    docs = sayso.analyze_batch(texts, ids=ids, threads=args.threads)
    t1 = time.perf_counter()
    claims = sum(len(d.claims) for d in docs)
    rss_before = _max_rss_mb()
    t2 = time.perf_counter()
    clusters = sayso.link_claims(docs)
    t3 = time.perf_counter()
    rss_after = _max_rss_mb()
    conflicts = sum(1 for c in clusters if c.conflicts)
    # A cluster is pure when all its members come from one synthetic story.
    pure = sum(
        1 for c in clusters if len({(doc_id or "").split("-")[0] for doc_id, _ in c.members}) == 1
    )
    print(f"documents:       {len(docs):,} ({claims:,} claims)")
    print(f"analyze_batch:   {t1 - t0:.1f} s")
    print(f"link_claims:     {t3 - t2:.2f} s -> {len(clusters):,} clusters")
    print(f"with conflicts:  {conflicts:,} clusters")
    print(f"one story each:  {pure / max(len(clusters), 1):.2%} of clusters")
    print(f"peak memory:     {rss_before:,.0f} MB before linking, {rss_after:,.0f} MB after")
    return 0


if __name__ == "__main__":
    sys.exit(main())
