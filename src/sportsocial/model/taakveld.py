"""Iv3 taakvelden: the municipal budget lines money is booked on.

Since 2017 every Dutch municipality reports its budget per *taakveld* (Iv3,
*Informatie voor derden*). Who pays is not where money is booked: a state grant
for the buurtsportcoach is booked on a sport taakveld, a loneliness programme
on a social-domain one. This table lets the catalogue and funding streams name
the line a route is usually booked on and read off its policy domain.

Only codes whose current name is sourced are listed (the project's facts file,
verification pass of 2026-12-02, section 5), with the names after the 2023
revision of the social-domain taakvelden: *Wijkteams* became *Toegang en
eerstelijnsvoorzieningen* (6.2), *Begeleide participatie* became *WSW en beschut
werk* (6.4), and *Maatwerkdienstverlening 18+* (6.71) was split into 6.71a–d.
Codes are written in lower case (``6.71a``), as the sources mostly do.

The pre-2023 codes that were split (6.71, 6.72, 6.81, 6.82) stay listed with
their old names, marked ``superseded`` and pointing to the sourced codes that
replace them: municipalities used both during the transition (Nijmegen's 2024
budget shows both sets), so a document may still name them. The new names of
6.72b/c, 6.73, 6.74 and 6.82 are not verified and are not listed.

The domain of each code is a judgement of this project, listed in
``docs/catalogue.md`` for review: 6.2 (access to Wmo and youth support) counts
as social support, 6.3 (income schemes, including social assistance) as work
and income.

This module imports only the enumerations, so both :mod:`sportsocial.model`
and :mod:`sportsocial.catalogue` can use it without an import cycle.
"""

from __future__ import annotations

import re
import types
from collections.abc import Mapping

import attrs

from ..i18n import Text
from .enums import Domain

__all__ = ["TAAKVELDEN", "TAAKVELD_PATTERN", "Taakveld", "domain_for"]

#: Form of an Iv3 taakveld code: programme digit, dot, one or two digits, and an
#: optional letter a-d for the 2023 sub-taakvelden (``5.1``, ``6.71a``).
TAAKVELD_PATTERN = r"^[0-9]\.[0-9]{1,2}[a-d]?$"


@attrs.frozen(kw_only=True)
class Taakveld:
    """One Iv3 taakveld: its code, its Dutch name after the 2023 revision, and its domain.

    ``former_name_nl`` is the name before the 2023 revision, when it changed.
    A code the revision split up is ``superseded``: its name is the old one,
    and ``replaced_by`` lists the sourced codes that replace it (empty when
    their names are not verified). ``sources`` are the public pages the code
    and name come from.
    """

    code: str
    name_nl: str
    name_en: str
    domain: Domain
    sources: tuple[str, ...] = ()
    former_name_nl: str | None = None
    superseded: bool = False
    replaced_by: tuple[str, ...] = ()

    @property
    def name(self) -> Text:
        """The name in both languages."""
        return Text(en=self.name_en, nl=self.name_nl)

    def label(self, lang: str = "en") -> str:
        """Code and name, as a municipal budget shows them: ``5.1 Sportbeleid en activering``.

        The Dutch name is the official one; the English label gives the
        translation in brackets after it, so a reader can find the line in a
        Dutch budget.
        """
        text = f"{self.code} {self.name_nl}"
        return text if lang == "nl" else f"{text} ({self.name_en})"


_SPORT_2017 = "https://leidschendam-voorburg.jaarverslag-2017.nl/p1161/5-sport-cultuur-en-recreatie"
_SPORT_5_1 = (
    "http://kadernota2020.etten-leur.tangelo.nl/programma/5.-sport-cultuur-en-recreatie/"
    "wettelijke-taken/sportbeleid-en-activering"
)
_SAMENKRACHT = "https://www.financiengemeenten.nl/content/61---Samenkracht-en-burgerparticipatie"
_REVISION = "https://voorschoten.begroting-2023.nl/p13488/baten-en-lasten-per-taakveld"
_WMO_SPLIT = (
    "https://taakveldenbegroting2023.bronckhorst.nl/1-zorg-en-ondersteuning/"
    "1b-toegang-en-individuele-voorzieningen/overige-maatwerkarrangementen-wmo-6-71d"
)
_WMO_66 = "https://findo.nl/content/66---Maatwerkvoorzieningen-(WMO)"
_WSW = "https://findo.nl/content/64---Begeleide-participatie"
_JEUGD_A = "https://findo.nl/content/672a-%E2%80%93-Jeugdhulp-begeleiding"
_JEUGD_D = "https://findo.nl/content/672d-%E2%80%93-Jeugdhulp-zonder-verblijf-overig"
_HEALTH = "https://nijmegen.begroting-2024.nl/p57091/financieel-overzicht-taakvelden"

_S = Domain.SPORT
_WMO = Domain.SOCIAL_SUPPORT
_WORK = Domain.WORK_AND_INCOME
_YOUTH = Domain.YOUTH

_TABLE: tuple[Taakveld, ...] = (
    Taakveld(
        code="5.1",
        name_nl="Sportbeleid en activering",
        name_en="sport policy and activation",
        domain=_S,
        sources=(_SPORT_2017, _SPORT_5_1),
    ),
    Taakveld(
        code="5.2",
        name_nl="Sportaccommodaties",
        name_en="sports facilities",
        domain=_S,
        sources=(_SPORT_2017,),
    ),
    Taakveld(
        code="6.1",
        name_nl="Samenkracht en burgerparticipatie",
        name_en="community strength and civic participation",
        domain=_WMO,
        sources=(_SAMENKRACHT,),
    ),
    Taakveld(
        code="6.2",
        name_nl="Toegang en eerstelijnsvoorzieningen",
        name_en="access and first-line services",
        domain=_WMO,
        sources=(_REVISION, _HEALTH),
        former_name_nl="Wijkteams",
    ),
    Taakveld(
        code="6.3",
        name_nl="Inkomensregelingen",
        name_en="income schemes",
        domain=_WORK,
        sources=(_REVISION,),
    ),
    Taakveld(
        code="6.4",
        name_nl="WSW en beschut werk",
        name_en="sheltered employment (Wsw) and sheltered work",
        domain=_WORK,
        sources=(_REVISION, _WSW),
        former_name_nl="Begeleide participatie",
    ),
    Taakveld(
        code="6.5",
        name_nl="Arbeidsparticipatie",
        name_en="labour participation",
        domain=_WORK,
        sources=(_REVISION,),
    ),
    Taakveld(
        code="6.6",
        name_nl="Maatwerkvoorzieningen (WMO)",
        name_en="individual provisions (Wmo)",
        domain=_WMO,
        sources=(_REVISION, _WMO_66),
    ),
    Taakveld(
        code="6.71a",
        name_nl="Hulp bij het huishouden (Wmo)",
        name_en="household help (Wmo)",
        domain=_WMO,
        sources=(_WMO_SPLIT, _WMO_66),
    ),
    Taakveld(
        code="6.71b",
        name_nl="Begeleiding (Wmo)",
        name_en="support and guidance (Wmo)",
        domain=_WMO,
        sources=(_WMO_SPLIT, _WMO_66),
    ),
    Taakveld(
        code="6.71c",
        name_nl="Dagbesteding (Wmo)",
        name_en="day activities (Wmo)",
        domain=_WMO,
        sources=(_WMO_SPLIT, _WMO_66, _WSW),
    ),
    Taakveld(
        code="6.71d",
        name_nl="Overige maatwerkarrangementen (Wmo)",
        name_en="other individual arrangements (Wmo)",
        domain=_WMO,
        sources=(_WMO_SPLIT, _WMO_66),
    ),
    Taakveld(
        code="6.71",
        name_nl="Maatwerkdienstverlening 18+",
        name_en="individual services for adults (before 2023)",
        domain=_WMO,
        sources=(_HEALTH, _REVISION),
        superseded=True,
        replaced_by=("6.71a", "6.71b", "6.71c", "6.71d"),
    ),
    Taakveld(
        code="6.72",
        name_nl="Maatwerkdienstverlening 18-",
        name_en="individual services for young people (before 2023)",
        domain=_YOUTH,
        sources=(_HEALTH,),
        superseded=True,
        replaced_by=("6.72a", "6.72d"),
    ),
    Taakveld(
        code="6.72a",
        name_nl="Jeugdhulp begeleiding",
        name_en="youth care: support and guidance",
        domain=_YOUTH,
        sources=(_JEUGD_A,),
    ),
    Taakveld(
        code="6.72d",
        name_nl="Jeugdhulp zonder verblijf overig",
        name_en="youth care without residence: other",
        domain=_YOUTH,
        sources=(_JEUGD_D,),
    ),
    Taakveld(
        code="6.81",
        name_nl="Geëscaleerde zorg 18+",
        name_en="escalated care for adults (before 2023)",
        domain=_WMO,
        sources=(_HEALTH,),
        superseded=True,
        replaced_by=("6.81a", "6.81b"),
    ),
    Taakveld(
        code="6.81a",
        name_nl="Beschermd wonen",
        name_en="sheltered housing",
        domain=_WMO,
        sources=(_WSW,),
    ),
    Taakveld(
        code="6.81b",
        name_nl="Maatschappelijke opvang",
        name_en="shelter for the homeless (maatschappelijke opvang)",
        domain=_WMO,
        sources=(_WSW,),
    ),
    Taakveld(
        code="6.82",
        name_nl="Geëscaleerde zorg 18-",
        name_en="escalated care for young people (before 2023)",
        domain=_YOUTH,
        sources=(_HEALTH,),
        superseded=True,
    ),
    Taakveld(
        code="7.1",
        name_nl="Volksgezondheid",
        name_en="public health",
        domain=Domain.PUBLIC_HEALTH,
        sources=(_HEALTH,),
    ),
)

#: The sourced Iv3 taakvelden by code, in budget order. Read-only.
TAAKVELDEN: Mapping[str, Taakveld] = types.MappingProxyType({t.code: t for t in _TABLE})

_CODE = re.compile(TAAKVELD_PATTERN)


def domain_for(code: str) -> Domain | None:
    """The policy domain of an Iv3 taakveld, or ``None`` for a code not in :data:`TAAKVELDEN`.

    Codes are compared in lower case with surrounding spaces ignored, since
    budgets write both ``6.71A`` and ``6.71a``.

    Examples
    --------
    >>> domain_for("5.1")
    <Domain.SPORT: 'sport'>
    >>> domain_for("6.71A")
    <Domain.SOCIAL_SUPPORT: 'social-support'>
    >>> domain_for("5.3") is None
    True
    """
    key = code.strip().lower()
    if not _CODE.match(key):
        return None
    found = TAAKVELDEN.get(key)
    return found.domain if found is not None else None
