"""The catalogue of interventions, arrangements and funding routes, as frozen values.

Every entry is a public fact with its source: what it is, whom it serves, which
social-domain goals it contributes to, which municipal domains typically pay
for it, who pays from outside the municipality, and the public pages it was
compiled from, each with the page's own date (or none when the page is
undated).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from ..i18n import LabelledEnum, Text, register_labels
from ..model import Domain, SocialGoal, TargetGroup
from ..model._fields import meta
from ..model.phases import PHASE_PATTERN

__all__ = [
    "DATE_PATTERN",
    "Catalogue",
    "Funder",
    "Intervention",
    "InterventionKind",
    "Source",
]

#: An ISO 8601 calendar date, at the precision the page gives: ``2023-02-06``,
#: ``2023-09`` (month only) or ``2019`` (year only).
DATE_PATTERN = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"


class InterventionKind(LabelledEnum):
    """What sort of catalogue entry: an intervention, a funding route or an arrangement."""

    INTERVENTION = "intervention"
    FUNDING_ROUTE = "funding-route"
    ARRANGEMENT = "arrangement"


class Funder(LabelledEnum):
    """Who pays from outside the municipal budgets."""

    NATIONAL_GOVERNMENT = "national-government"
    HEALTH_INSURANCE = "health-insurance"
    FUND = "fund"


register_labels(
    {
        InterventionKind: {
            "intervention": ("intervention", "interventie"),
            "funding-route": ("funding route", "financieringsroute"),
            "arrangement": ("arrangement", "regeling of afspraak"),
        },
        Funder: {
            "national-government": ("national government (Rijk)", "Rijk"),
            "health-insurance": ("basic health insurance", "basisverzekering (zorgverzekeraar)"),
            "fund": ("a private fund", "een fonds"),
        },
    }
)


@attrs.frozen(kw_only=True)
class Source:
    """A public page an entry is compiled from, with the page's own date."""

    url: str = attrs.field(metadata=meta("Address of the public page.", pattern=r"^https://\S+$"))
    title: str = attrs.field(metadata=meta("What the page is.", minLength=1))
    date: str | None = attrs.field(
        metadata=meta(
            "The page's own date in ISO 8601 at the precision the page gives "
            "(YYYY-MM-DD, YYYY-MM or YYYY), or null when the page is undated.",
            type=["string", "null"],
            pattern=DATE_PATTERN,
        )
    )

    @property
    def undated(self) -> bool:
        """True when the page states no date."""
        return self.date is None

    def date_label(self, lang: str = "en") -> str:
        """The date as written, or *undated* / *ongedateerd*."""
        if self.date is not None:
            return self.date
        return Text(en="undated", nl="ongedateerd")(lang)


@attrs.frozen(kw_only=True)
class Intervention:
    """One entry of the catalogue: an intervention, a funding route or an arrangement.

    ``funding_domains`` lists only the municipal domains the sources say (or
    directly imply) pay for it; money from outside the municipality (the Rijk,
    basic health insurance, a fund) is in ``funders``. ``keywords`` are the
    lower-case words or phrases that show an engagement already has it.
    """

    id: str = attrs.field(
        metadata=meta("Unique id of the entry (kebab-case).", pattern=PHASE_PATTERN)
    )
    kind: InterventionKind = attrs.field(
        metadata=meta("Intervention, funding route or arrangement.")
    )
    name: Text = attrs.field(metadata=meta("Name in English and Dutch."))
    summary: Text = attrs.field(
        metadata=meta("What it is, paraphrasing the sources, in English and Dutch.")
    )
    target_groups: tuple[TargetGroup, ...] = attrs.field(
        default=(),
        metadata=meta("Target groups it serves; empty for a general one.", uniqueItems=True),
    )
    social_goals: tuple[SocialGoal, ...] = attrs.field(
        metadata=meta("Social-domain goals it serves.", minItems=1, uniqueItems=True)
    )
    funding_domains: tuple[Domain, ...] = attrs.field(
        default=(),
        metadata=meta(
            "Municipal domains that typically pay for it, as far as the sources say.",
            uniqueItems=True,
        ),
    )
    funders: tuple[Funder, ...] = attrs.field(
        default=(),
        metadata=meta("Who pays from outside the municipal budgets.", uniqueItems=True),
    )
    financing: Text = attrs.field(
        metadata=meta("How it is paid for (rules, amounts), in English and Dutch.")
    )
    keywords: tuple[str, ...] = attrs.field(
        metadata=meta(
            "Lower-case words or phrases that show an engagement already has it.",
            minItems=1,
            uniqueItems=True,
            items={"minLength": 1},
        )
    )
    sources: tuple[Source, ...] = attrs.field(
        metadata=meta("Public pages the entry is compiled from.", minItems=1)
    )
    checked: dt.date = attrs.field(metadata=meta("Date the entry was compiled from its sources."))


@attrs.frozen(kw_only=True)
class Catalogue:
    """The catalogue: entries with unique ids, looked up by id.

    Examples
    --------
    >>> from sportsocial.catalogue import load_catalogue
    >>> cat = load_catalogue()
    >>> cat.entry("gli").funders[0].label("nl")
    'basisverzekering (zorgverzekeraar)'
    >>> "welzijn-op-recept" in cat
    True
    """

    entries: tuple[Intervention, ...] = attrs.field(
        metadata=meta("The entries of the catalogue.", minItems=1)
    )

    @property
    def ids(self) -> tuple[str, ...]:
        """Entry ids in catalogue order."""
        return tuple(e.id for e in self.entries)

    def entry(self, entry_id: str) -> Intervention:
        """The entry with this id; ``KeyError`` naming the known ids otherwise."""
        for e in self.entries:
            if e.id == entry_id:
                return e
        raise KeyError(f"unknown catalogue entry {entry_id!r}; known: {', '.join(self.ids)}")

    def get(self, entry_id: str) -> Intervention | None:
        """The entry with this id, or ``None``."""
        return next((e for e in self.entries if e.id == entry_id), None)

    def __contains__(self, entry_id: object) -> bool:
        return any(e.id == entry_id for e in self.entries)

    def __iter__(self) -> Iterator[Intervention]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)
