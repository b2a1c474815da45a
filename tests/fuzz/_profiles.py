"""The fuzz tier's Hypothesis settings, applied to its own tests only (the
other tiers' Hypothesis tests keep theirs).

* ``fuzz-ci`` (default): a fixed number of derandomized examples, no example
  database -- the same cases on every run, bounded time.
* ``fuzz-long`` (``HYPOTHESIS_PROFILE=fuzz-long``, as ``bench/fuzz_long.py``
  sets it): random, many examples, the example database on.

``FUZZ_EXAMPLES`` / ``FUZZ_NOTEBOOK_EXAMPLES`` set the number of examples of
the differential and of the notebook fuzzers.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = dict(deadline=None, print_blob=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.filter_too_much])


def fuzz_settings(examples_variable: str, ci_examples: int, long_examples: int) -> settings:
    examples = os.environ.get(examples_variable)
    if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz-long":
        return settings(max_examples=int(examples or long_examples), **_COMMON)
    return settings(max_examples=int(examples or ci_examples), derandomize=True, database=None,
                    **_COMMON)
