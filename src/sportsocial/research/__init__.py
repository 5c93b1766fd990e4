"""Research: cohorts on any executor, parameter sweeps, tidy tables, synthetic data, exports.

For researchers who compare many municipalities: :func:`evaluate_cohort`
evaluates a cohort into tidy tables on any :class:`concurrent.futures.Executor`,
:func:`sweep` shows how its verdicts change with a rule threshold, and
:mod:`.tables` turns every result of the package into rows and columns.
"""

from ..display.reprs import install_module_reprs as _install_reprs
from . import synthetic
from .cohort import Cohort, DocumentProblems, DocumentResult, evaluate_cohort, stream_cohort
from .pseudonymize import BadSalt, Pseudonymizer, pseudonymize
from .sweep import Sweep, rules_using, sweep, with_parameter
from .tables import Table, table

__all__ = [
    "BadSalt",
    "Cohort",
    "DocumentProblems",
    "DocumentResult",
    "Pseudonymizer",
    "Sweep",
    "Table",
    "evaluate_cohort",
    "pseudonymize",
    "rules_using",
    "stream_cohort",
    "sweep",
    "synthetic",
    "table",
    "with_parameter",
]

# Short reprs for the value classes (sportsocial.display.reprs): attrs' own run long.
_install_reprs(globals())
