"""Evaluation scripts: ``python -m tools.eval <task> [options]``, from the checkout's root.

They are part of the repository, not of the installed package: every scorer reads the
repository's fixtures or ``../shared``, which a user's install does not have.

Each task is a module ``tools.eval.<task>`` with a ``main(argv) -> int``; it reads evaluation data
from a directory given on the command line (e.g. ``../shared/data``) and prints tables.
"""
