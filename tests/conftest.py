"""Hypothesis profiles: `ci` (the default) is derandomized, the same examples on every run, so a
failure in CI fails the same way on a laptop; `long` searches 25 times more inputs from a fresh
random start each run (`HYPOTHESIS_PROFILE=long pytest`), for a local hunt before a release."""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None, max_examples=200, deadline=None)
settings.register_profile("long", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
