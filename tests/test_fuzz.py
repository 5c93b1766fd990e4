"""The fuzz suite with a small, seeded budget; ``tools/fuzz.py`` runs a large one.

``SPORTSOCIAL_FUZZ_EXAMPLES`` sets the number of cases per test (default 25).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, seed, settings

from . import fuzzing

BUDGET = settings(
    max_examples=int(os.environ.get("SPORTSOCIAL_FUZZ_EXAMPLES", "25")),
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)

test_loads_json_and_yaml = seed(16)(
    BUDGET(given(fuzzing.documents(), fuzzing.dates)(fuzzing.through_loads_case))
)
test_load_from_a_file = seed(1616)(
    BUDGET(given(fuzzing.documents(), fuzzing.suffixes, fuzzing.dates)(fuzzing.through_load_case))
)
test_command_line = seed(161616)(
    BUDGET(given(fuzzing.documents(), fuzzing.suffixes, fuzzing.commands)(fuzzing.through_cli_case))
)
