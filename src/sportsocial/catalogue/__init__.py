"""The intervention and funding-route catalogue, and matching it against an engagement.

The catalogue ships as data (``catalogue/data/catalogue.json``) with its own
JSON Schema: well-known Dutch interventions, arrangements and funding routes
that connect sport and exercise to the social domain, each with the target
groups and social goals it serves, the domains that typically pay for it, who
pays, the co-financing rule and Iv3 taakveld, the days it is valid, what the
sources do not confirm, and its public sources with their dates.
:func:`opportunities` suggests the entries that fit an engagement and are not
yet in its plan, as the catalogue stands on the date and over the plan period.
"""

from ..display.reprs import install_module_reprs as _install_reprs
from .checks import CATALOGUE_CODES, check_catalogue
from .load import (
    CATALOGUE_SCHEMA_VERSION,
    build_catalogue_schema,
    catalogue_from_data,
    catalogue_schema,
    catalogue_to_data,
    load_catalogue,
)
from .match import (
    SHARED_FUNDING_DOMAINS,
    WEIGHTS,
    ScoreParts,
    Suggestion,
    engagement_goals,
    found_in,
    opportunities,
)
from .model import (
    Catalogue,
    FactKind,
    Funder,
    Intervention,
    InterventionKind,
    Source,
    Unverified,
)
from .validity import PlanWindow, Validity, money_end, money_ending, plan_window, validity

__all__ = [
    "CATALOGUE_CODES",
    "CATALOGUE_SCHEMA_VERSION",
    "SHARED_FUNDING_DOMAINS",
    "WEIGHTS",
    "Catalogue",
    "FactKind",
    "Funder",
    "Intervention",
    "InterventionKind",
    "PlanWindow",
    "ScoreParts",
    "Source",
    "Suggestion",
    "Unverified",
    "Validity",
    "build_catalogue_schema",
    "catalogue_from_data",
    "catalogue_schema",
    "catalogue_to_data",
    "check_catalogue",
    "engagement_goals",
    "found_in",
    "load_catalogue",
    "money_end",
    "money_ending",
    "opportunities",
    "plan_window",
    "validity",
]

# Short reprs for the value classes (sportsocial.display.reprs): attrs' own run long.
_install_reprs(globals())
