"""Evaluation scripts: ``python -m sayso.eval <task> [options]``.

Each task is a module ``sayso.eval.<task>`` with a ``main(argv) -> int``; it reads evaluation data
from a directory given on the command line (e.g. ``../shared/data``) and prints tables.
"""
