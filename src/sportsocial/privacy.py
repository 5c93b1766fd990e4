"""Names of people in what sportsocial writes: shown, or hidden behind role and id.

Stakeholders are meant to be organisations and roles ("Wethouder Sport",
"Team Wmo"), but a document may well name a person ("Wethouder J. de Vries"),
and a person's name is personal data (AVG/GDPR). Every output that shows a
stakeholder's name — the agenda, the network text, the graph exports
(GraphML, node-link JSON, Mermaid, DOT), the network picture — takes it from
:func:`shown_name`, so one switch, ``names="hide"`` (``--names hide`` on the
command line), replaces every name by the stakeholder's role (its kind) and
id. Aggregate outputs (alignment, timeline, network measures, readiness
findings as data: JSON, SARIF, tables) carry ids and figures, never names,
whatever the switch. A Dutch message that names a stakeholder, a body, a
funding stream, a goal or an action by its id gives its name beside it when shown
(:func:`name_ids`): the stakeholder's name, or with ``names="hide"`` its role.

Free text is shown as written: a waiver's ``decided_by``, reasons, notes and
the names of bodies and funding streams. Write roles or ids there, not
people's names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Literal, TypeAlias

from .i18n import check_lang
from .model import StakeholderKind

if TYPE_CHECKING:
    from .model import Engagement

__all__ = [
    "NAMES",
    "Names",
    "Parties",
    "check_names",
    "name_ids",
    "parties",
    "party_names",
    "shown_name",
    "with_id",
]

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


#: What a message may name by id, by id: its name and, for a stakeholder, its kind
#: (``None`` for a body or a stream, whose names are shown as written).
Parties: TypeAlias = Mapping[str, tuple[str, "StakeholderKind | None"]]


def parties(engagement: Engagement) -> dict[str, tuple[str, StakeholderKind | None]]:
    """The stakeholders, governance bodies, funding streams, goals and plan actions of
    ``engagement`` by id, each with its name or title (and a stakeholder's kind, to hide
    the name behind)."""
    out: dict[str, tuple[str, StakeholderKind | None]] = {}
    out.update({g.id: (g.title, None) for g in engagement.goals})
    out.update({a.id: (a.title, None) for a in engagement.plan.actions})
    out.update({b.id: (b.name, None) for b in engagement.governance})
    out.update({s.id: (s.name, None) for s in engagement.funding})
    out.update({s.id: (s.name, s.kind) for s in engagement.stakeholders})
    return out


def party_names(found: Parties, names: str = "show", lang: str = "en") -> dict[str, str]:
    """The name to put beside each id: a stakeholder's name, or its role when names are
    hidden; a body's or a stream's name as written.

    >>> party_names({"vv": ("Trainer Piet", StakeholderKind.SPORTS_CLUB)}, "hide", "nl")
    {'vv': 'sportvereniging'}
    """
    hide = check_names(names) == "hide"
    return {
        ident: _role(kind, lang) if hide and kind is not None else name
        for ident, (name, kind) in found.items()
    }


def name_ids(text: str, ids: Iterable[str], names: Mapping[str, str]) -> str:
    """``text`` with the name beside the first mention of each of ``ids``: ``'id' (name)``.

    A quoted mention (``'stuurgroep'``) is preferred; else the last mention of the id as a
    word of its own (in a list: ``(weth-a, weth-b)``). An id without a name, named by itself, or whose
    name the text already gives, is left as it is; a name put in is never searched again.

    >>> name_ids("Overleg 'sg' adviseert alleen (weth-a, weth-b)", ["sg", "weth-b"],
    ...          {"sg": "Stuurgroep", "weth-b": "Wethouder Zorg"})
    "Overleg 'sg' (Stuurgroep) adviseert alleen (weth-a, weth-b (Wethouder Zorg))"
    >>> name_ids("het college besluit niet; zonder relatie: college", ["college"],
    ...          {"college": "College van B&W"})
    'het college besluit niet; zonder relatie: college (College van B&W)'
    """
    spans: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for ident in dict.fromkeys(ids):
        name = names.get(ident)
        if not name or name == ident or name in text:
            continue
        bare = list(re.finditer(rf"(?<![\w'-]){re.escape(ident)}(?![\w'-])", text))
        # a bare id is mostly listed at the end ("... verbonden: weth-a, weth-b"); an
        # earlier one may be a word of the sentence ("het college")
        m = re.search(f"'{re.escape(ident)}'", text) or (bare[-1] if bare else None)
        if m is None or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        taken.append((m.start(), m.end()))
        spans.append((m.end(), f" ({name})"))
    for end, insert in sorted(spans, reverse=True):
        text = text[:end] + insert + text[end:]
    return text
