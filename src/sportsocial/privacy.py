"""Names of people in what sportsocial writes: shown, or hidden behind role and id.

Stakeholders are meant to be organisations and roles ("Wethouder Sport",
"Team Wmo"), but a document may well name a person ("Wethouder J. de Vries"),
and a person's name is personal data (AVG/GDPR). Every output that shows a
stakeholder's name — the agenda, the network text, the graph exports
(GraphML, node-link JSON, Mermaid, DOT), the network picture — takes it from
:func:`shown_name`, so one switch, ``names="hide"`` (``--names hide`` on the
command line), replaces every name by the stakeholder's role (its kind) and
id. Aggregate outputs (alignment, timeline, network measures, readiness
findings) carry ids and figures, never names, whatever the switch.

Free text is shown as written: a waiver's ``decided_by``, reasons, notes and
the names of bodies and funding streams. Write roles or ids there, not
people's names.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

from .i18n import check_lang
from .model import StakeholderKind

__all__ = ["NAMES", "Names", "check_names", "shown_name", "with_id"]

Names: TypeAlias = Literal["show", "hide"]
#: The choices, for ``--names``.
NAMES: tuple[Names, ...] = ("show", "hide")


def check_names(names: str) -> Names:
    """``names`` as :data:`Names`, or ``ValueError`` naming the choices."""
    if names == "show":
        return "show"
    if names == "hide":
        return "hide"
    raise ValueError(f"names must be 'show' or 'hide', not {names!r}")


def _role(kind: StakeholderKind | str, lang: str) -> str:
    if isinstance(kind, StakeholderKind):
        return kind.label(lang)
    try:
        return StakeholderKind(kind).label(lang)
    except ValueError:
        return str(kind)


def shown_name(
    name: str, kind: StakeholderKind | str, ident: str, names: str = "show", lang: str = "en"
) -> str:
    """The name to show for a stakeholder: its own, or (``names="hide"``) its role and id.

    ``kind`` is the stakeholder's kind, as the enum or its document value
    (graph nodes store the value).

    Examples
    --------
    >>> shown_name("Trainer Piet Jansen", "sports-club", "vv-noord")
    'Trainer Piet Jansen'
    >>> shown_name("Trainer Piet Jansen", "sports-club", "vv-noord", "hide", "nl")
    'sportvereniging (vv-noord)'
    """
    check_lang(lang)
    if check_names(names) == "show":
        return name
    return f"{_role(kind, lang)} ({ident})"


def with_id(name: str, ident: str) -> str:
    """``name (id)`` for lists of stakeholders; a hidden name already ends in its id.

    >>> with_id("Team Sport", "afd-sport"), with_id("wethouder (weth-sport)", "weth-sport")
    ('Team Sport (afd-sport)', 'wethouder (weth-sport)')
    """
    suffix = f"({ident})"
    return name if name.endswith(suffix) else f"{name} {suffix}"
