"""Threads: batch calls give the same results for any thread count, from many Python threads at
once, and in processes forked after sayso has used its thread pool."""

import multiprocessing
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

import sayso

TEXTS = [
    "Le conseil municipal a adopté le budget de la ville mardi soir.",
    "The council approved the city's budget on Tuesday evening.",
    "Hội đồng thành phố đã thông qua ngân sách vào tối thứ Ba.",
    "Der Stadtrat hat am Dienstagabend den Haushalt beschlossen.",
    "Городской совет утвердил бюджет во вторник вечером.",
    "",
    "123",
] * 20


def test_same_results_for_any_thread_count():
    serial = sayso.analyze_batch(TEXTS, threads=1)
    for threads in (2, 3, None):
        assert sayso.analyze_batch(TEXTS, threads=threads) == serial


def test_many_python_threads_at_once():
    serial_docs = [sayso.analyze(t) for t in TEXTS]
    serial_langs = sayso.detect_language_batch(TEXTS, threads=1)

    def work(i):
        if i % 2:
            return "batch", sayso.analyze_batch(TEXTS, threads=2)
        return "single", [sayso.analyze(t) for t in TEXTS]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, range(16)))
        langs = list(pool.map(lambda _: sayso.detect_language_batch(TEXTS), range(8)))
    assert all(docs == serial_docs for _, docs in results)
    assert all(found == serial_langs for found in langs)


def _child(texts, threads):
    return [d.to_json() for d in sayso.analyze_batch(texts, threads=threads)]


@pytest.mark.skipif(sys.platform != "linux", reason="fork start method is Linux-specific here")
@pytest.mark.parametrize("threads", [None, 2])
def test_pool_works_after_fork(threads):
    # The parent starts its pool (all cores, or one of the given size kept for later calls);
    # a forked child inherits it without its threads and must start its own.
    expected = [d.to_json() for d in sayso.analyze_batch(TEXTS, threads=threads)]
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(2) as pool:
        result = pool.apply_async(_child, (TEXTS, threads))
        assert result.get(timeout=60) == expected
