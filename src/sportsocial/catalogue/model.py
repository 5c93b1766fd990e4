"""The catalogue of interventions, arrangements and funding routes, as frozen values.

Every entry is a public fact with its source: what it is, whom it serves, which
social-domain goals it contributes to, which municipal domains typically pay
for it, who pays, the co-financing rule and the Iv3 taakveld it is usually
booked on, the days it is valid, and the public pages it was compiled from,
each with the page's own date (or none when the page is undated) and the date
it was checked. What the sources do not confirm is listed in ``unverified``,
one record per fact, so a reader (and a program) can tell a sourced fact from
a gap.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from ..i18n import LabelledEnum, Text, register_labels
from ..model import Domain, Funder, SocialGoal, TargetGroup
from ..model._fields import meta
from ..model.phases import PHASE_PATTERN
from ..model.taakveld import TAAKVELD_PATTERN

__all__ = [
    "DATE_PATTERN",
    "Catalogue",
    "FactKind",
    "Funder",
    "Intervention",
    "InterventionKind",
    "Source",
    "Unverified",
]

#: An ISO 8601 calendar date, at the precision the page gives: ``2023-02-06``,
#: ``2023-09`` (month only) or ``2019`` (year only).
DATE_PATTERN = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"


class InterventionKind(LabelledEnum):
    """What sort of catalogue entry: an intervention, a funding route or an arrangement."""

    INTERVENTION = "intervention"
    FUNDING_ROUTE = "funding-route"
    ARRANGEMENT = "arrangement"


class FactKind(LabelledEnum):
    """A fact of an entry that the sources may leave unconfirmed."""

    VALID_FROM = "valid-from"
    VALID_UNTIL = "valid-until"
    CONTINUATION = "continuation"
    FUNDER = "funder"
    CO_FINANCING = "co-financing"
    TAAKVELD = "taakveld"
    AMOUNT = "amount"


register_labels(
    {
        InterventionKind: {
            "intervention": ("intervention", "interventie"),
            "funding-route": ("funding route", "financieringsroute"),
            "arrangement": ("arrangement", "regeling of afspraak"),
        },
        FactKind: {
            "valid-from": ("start date", "begindatum"),
            "valid-until": ("end date", "einddatum"),
            "continuation": ("what follows after the end", "wat er na de einddatum komt"),
            "funder": ("who pays", "wie betaalt"),
            "co-financing": ("co-financing rule", "cofinancieringsregel"),
            "taakveld": ("budget line (Iv3 taakveld)", "begrotingspost (Iv3-taakveld)"),
            "amount": ("amount", "bedrag"),
        },
    }
)


@attrs.frozen(kw_only=True)
class Source:
    """A public page an entry is compiled from, with the page's own date."""

    url: str = attrs.field(metadata=meta("Address of the public page.", pattern=r"^https?://\S+$"))
    title: str = attrs.field(metadata=meta("What the page is.", minLength=1))
    date: str | None = attrs.field(
        metadata=meta(
            "The page's own date in ISO 8601 at the precision the page gives "
            "(YYYY-MM-DD, YYYY-MM or YYYY), or null when the page is undated.",
            type=["string", "null"],
            pattern=DATE_PATTERN,
        )
    )
    checked: dt.date = attrs.field(
        metadata=meta("Date the page was last checked for this entry's facts.")
    )

    @property
    def undated(self) -> bool:
        """True when the page states no date."""
        return self.date is None

    def date_label(self, lang: str = "en") -> str:
        """The date as written (in Dutch written out: *16 maart 2023*, *juli 2023*), or
        *undated* / *ongedateerd*."""
        if self.date is None:
            return Text(en="undated", nl="ongedateerd")(lang)
        if lang == "en":
            return self.date
        import datetime as dt

        from babel.dates import format_date

        from ..i18n import LOCALES, day

        parts = self.date.split("-")
        try:
            if len(parts) == 3:
                return day(dt.date.fromisoformat(self.date), lang)
            if len(parts) == 2:
                month = dt.date(int(parts[0]), int(parts[1]), 1)
                return str(format_date(month, format="MMMM y", locale=LOCALES["nl"]))
        except ValueError:
            pass
        return self.date


@attrs.frozen(kw_only=True)
class Unverified:
    """A fact of an entry that the sources do not confirm, and what is known instead."""

    about: FactKind = attrs.field(metadata=meta("Which fact is not verified."))
    note: Text = attrs.field(
        metadata=meta("What the sources do and do not say, in English and Dutch.")
    )


@attrs.frozen(kw_only=True)
class Intervention:
    """One entry of the catalogue: an intervention, a funding route or an arrangement.

    ``funding_domains`` lists only the municipal domains the sources say (or
    directly imply) pay for it; ``funders`` says who pays, the municipality's
    own budget or money from outside it (the state, a health insurer, a fund),
    with the values a funding stream uses (:class:`sportsocial.Funder`). ``keywords`` are the
    lower-case words or phrases that show an engagement already has it.

    ``valid_from`` and ``valid_until`` are the first and last day the entry
    holds (the regulation, agreement or programme runs); ``None`` is open: no
    start or no end that the sources give. ``unverified`` lists the facts the
    sources do not confirm; an entry with an end date says there what follows
    (or names its successor in ``followed_by``). ``paid_through`` names the
    entries whose money pays for it (the Brede SPUK for a part of it), so that
    an intervention without an end of its own is still flagged when its money
    ends.
    """

    id: str = attrs.field(
        metadata=meta("Unique id of the entry (kebab-case).", pattern=PHASE_PATTERN)
    )
    kind: InterventionKind = attrs.field(
        metadata=meta("Intervention, funding route or arrangement.")
    )
    name: Text = attrs.field(metadata=meta("Name in English and Dutch."))
    short_name: Text | None = attrs.field(
        default=None,
        metadata=meta("A short name for running text, when the name is long (Brede SPUK)."),
    )
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
        metadata=meta(
            "Who pays: the municipality's own budget, the state, an insurer, a fund, ...",
            uniqueItems=True,
        ),
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
    checked: dt.date = attrs.field(
        metadata=meta("Date the entry was last compiled from its sources.")
    )
    valid_from: dt.date | None = attrs.field(
        metadata=meta(
            "First day the entry holds, or null when open (no start the sources give).",
            type=["string", "null"],
        )
    )
    valid_until: dt.date | None = attrs.field(
        metadata=meta(
            "Last day the entry holds, or null when open-ended.",
            type=["string", "null"],
        )
    )
    co_financing: Text | None = attrs.field(
        default=None,
        metadata=meta("The co-financing rule: who pays which share, in English and Dutch."),
    )
    taakvelden: tuple[str, ...] = attrs.field(
        default=(),
        metadata=meta(
            "Iv3 taakvelden (codes after the 2023 revision) it is usually booked on.",
            uniqueItems=True,
            items={"pattern": TAAKVELD_PATTERN},
        ),
    )
    paid_through: tuple[str, ...] = attrs.field(
        default=(),
        metadata=meta(
            "Ids of the catalogue entries (funding routes, arrangements) that carry its money.",
            uniqueItems=True,
            items={"pattern": PHASE_PATTERN},
        ),
    )
    followed_by: str | None = attrs.field(
        default=None,
        metadata=meta("Id of the entry that continues it after its end.", pattern=PHASE_PATTERN),
    )
    unverified: tuple[Unverified, ...] = attrs.field(
        default=(),
        metadata=meta("Facts of the entry that the sources do not confirm."),
    )

    def label(self, lang: str = "en") -> str:
        """The short name in ``lang``, or the name when there is no short one."""
        return (self.short_name or self.name)(lang)

    def started_by(self, on: dt.date) -> bool:
        """Whether the entry holds from ``on`` or earlier (an open start always has)."""
        return self.valid_from is None or self.valid_from <= on

    def ended_by(self, on: dt.date) -> bool:
        """Whether the entry's last day lies before ``on``."""
        return self.valid_until is not None and self.valid_until < on

    def valid_on(self, on: dt.date) -> bool:
        """Whether the entry holds on ``on``."""
        return self.started_by(on) and not self.ended_by(on)

    def unverified_about(self, about: FactKind) -> Unverified | None:
        """The record saying ``about`` is not verified, or ``None`` when it is (or is absent)."""
        return next((u for u in self.unverified if u.about is about), None)

    @property
    def outside_funders(self) -> tuple[Funder, ...]:
        """Who pays from outside the municipal budgets."""
        return tuple(f for f in self.funders if f.external)


@attrs.frozen(kw_only=True)
class Catalogue:
    """The catalogue: entries with unique ids, looked up by id.

    Examples
    --------
    >>> from sportsocial.catalogue import load_catalogue
    >>> cat = load_catalogue()
    >>> cat.entry("gli").funders[0].label("nl")
    'een zorgverzekeraar'
    >>> "welzijn-op-recept" in cat
    True
    """

    entries: tuple[Intervention, ...] = attrs.field(
        metadata=meta("The entries of the catalogue.", minItems=1)
    )

    def valid_on(self, on: dt.date) -> tuple[Intervention, ...]:
        """The entries that hold on ``on``, in catalogue order."""
        return tuple(e for e in self.entries if e.valid_on(on))

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
