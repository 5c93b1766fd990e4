"""Iv3 budget lines (*taakvelden*) that money for sport and the social domain is booked on.

Municipalities report their budget per taakveld (Iv3, since 2017); the social
domain's lines were revised from reporting year 2023. Only lines confirmed by a
source are listed, with the name in use after the revision and the policy
domain this library books them on. Where a line serves more than one domain
(6.3 income schemes pay both social assistance and poverty schemes), the
domain is a choice, written down here; a document can always state the domain
itself.

Sources: Leidschendam-Voorburg jaarverslag 2017 (5.1, 5.2); financiengemeenten.nl
(6.1); Voorschoten begroting 2023 (the 2023 revision: 6.2, 6.3, 6.4, 6.5, 6.6,
6.71); Bronckhorst begroting 2023 and findo.nl (6.71a-d, 6.72a, 6.72d, 6.81a,
6.81b); Nijmegen begroting 2024 (old names 6.72, 6.81, 6.82; 7.1).
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from .enums import Domain

__all__ = ["TAAKVELDEN", "Taakveld", "domain_for"]


@attrs.frozen(kw_only=True)
class Taakveld:
    """One Iv3 budget line: its code, names and the domain it is booked for."""

    code: str
    name_nl: str
    name_en: str
    domain: Domain


def _t(code: str, nl: str, en: str, domain: Domain) -> Taakveld:
    return Taakveld(code=code, name_nl=nl, name_en=en, domain=domain)


_S, _W, _Y = Domain.SOCIAL_SUPPORT, Domain.WORK_AND_INCOME, Domain.YOUTH

#: The sourced taakvelden, by code.
TAAKVELDEN: Mapping[str, Taakveld] = {
    t.code: t
    for t in (
        _t("5.1", "Sportbeleid en activering", "Sport policy and activation", Domain.SPORT),
        _t("5.2", "Sportaccommodaties", "Sports facilities", Domain.SPORT),
        _t("6.1", "Samenkracht en burgerparticipatie", "Community strength and participation", _S),
        _t("6.2", "Toegang en eerstelijnsvoorzieningen", "Access and first-line services", _S),
        _t("6.3", "Inkomensregelingen", "Income schemes", _W),
        _t("6.4", "WSW en beschut werk", "Sheltered employment", _W),
        _t("6.5", "Arbeidsparticipatie", "Labour participation", _W),
        _t("6.6", "Maatwerkvoorzieningen (WMO)", "Customised provisions (Wmo)", _S),
        _t("6.71", "Maatwerkdienstverlening 18+", "Customised services 18+", _S),
        _t("6.71a", "Hulp bij het huishouden (Wmo)", "Household help (Wmo)", _S),
        _t("6.71b", "Begeleiding (Wmo)", "Supervision (Wmo)", _S),
        _t("6.71c", "Dagbesteding (Wmo)", "Day activities (Wmo)", _S),
        _t(
            "6.71d",
            "Overige maatwerkarrangementen (Wmo)",
            "Other customised arrangements (Wmo)",
            _S,
        ),
        _t("6.72", "Maatwerkdienstverlening 18-", "Customised services under 18", _Y),
        _t("6.72a", "Jeugdhulp begeleiding", "Youth care: supervision", _Y),
        _t("6.72d", "Jeugdhulp zonder verblijf overig", "Youth care without residence, other", _Y),
        _t("6.81", "Geëscaleerde zorg 18+", "Escalated care 18+", _S),
        _t("6.81a", "Beschermd wonen", "Sheltered housing", _S),
        _t("6.81b", "Maatschappelijke opvang", "Shelter", _S),
        _t("6.82", "Geëscaleerde zorg 18-", "Escalated care under 18", _Y),
        _t("7.1", "Volksgezondheid", "Public health", Domain.PUBLIC_HEALTH),
    )
}


def domain_for(code: str) -> Domain | None:
    """The domain money booked on taakveld ``code`` counts for (``None``: not a listed line).

    >>> domain_for("5.1").value, domain_for("6.71b").value, domain_for("9.9")
    ('sport', 'social-support', None)
    """
    line = TAAKVELDEN.get(code)
    return line.domain if line is not None else None
