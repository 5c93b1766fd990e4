"""Documents: the JSON Schema, the converter, loading, saving and migrating.

>>> import sportsocial.io as sio
>>> sio.SCHEMA_VERSION
2
"""

from .converter import make_converter
from .document import (
    CHECKS,
    content_digest,
    dump,
    dumps,
    engagement_from_data,
    load,
    loads,
    migrate_file,
    write_atomic,
)
from .formats import Format, json_text
from .limits import DEFAULT_LIMITS, Limits
from .migrations import MIGRATIONS, migrate
from .problems import PROBLEM_CODES, problem
from .schema import SCHEMA_VERSION, build_schema, engagement_schema
from .schema_check import check_schema

__all__ = [
    "CHECKS",
    "DEFAULT_LIMITS",
    "MIGRATIONS",
    "PROBLEM_CODES",
    "SCHEMA_VERSION",
    "Format",
    "Limits",
    "build_schema",
    "check_schema",
    "content_digest",
    "dump",
    "dumps",
    "engagement_from_data",
    "engagement_schema",
    "json_text",
    "load",
    "loads",
    "make_converter",
    "migrate",
    "migrate_file",
    "problem",
    "write_atomic",
]
