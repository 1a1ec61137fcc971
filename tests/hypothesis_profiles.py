"""Hypothesis settings profiles for the property tests (loaded by conftest.py).

``ci`` (the default): a fixed budget and a fixed seed, so every run tries
the same examples and the suite stays deterministic and quick::

    pytest                                   # profile "ci"

``long``: many more, freshly random examples each run, for hunting locally::

    pytest tests/test_properties.py --hypothesis-profile=long
    HYPOTHESIS_PROFILE=long pytest tests/test_properties.py

A failure prints the falsifying example; ``long`` also keeps failing examples
in ``.hypothesis/`` so the next run tries them first.

Tests that set ``max_examples`` themselves keep their own budget; ``ci``
still makes them deterministic.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

#: examples per property test in CI (each example runs several commands)
CI_EXAMPLES = 60
LONG_EXAMPLES = 2000

settings.register_profile(
    "ci",
    max_examples=CI_EXAMPLES,
    # the seed comes from each test's name: the same examples on every run
    derandomize=True,
    # a CLI run on a temporary dataset takes milliseconds to tens of them
    deadline=None,
    # no example database: nothing from earlier runs changes what CI tries
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long",
    max_examples=LONG_EXAMPLES,
    derandomize=False,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
