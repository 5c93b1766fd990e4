"""Short titles of the rules, for gate listings and tables: what is wrong, in a few words.

Kept in one table, English beside Dutch, so that a translator sees them together
(as the labels of the enumerations are). A plug-in gives its rules a title with
``rule(title=...)``.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["TITLES"]

#: Title per rule code: (English, Dutch).
TITLES: Mapping[str, tuple[str, str]] = {
    "ANC101": ("Not anchored in sport policy", "Niet verankerd in het sportbeleid"),
    "ANC102": (
        "Not anchored in social-domain policy",
        "Niet verankerd in het beleid sociaal domein",
    ),
    "ANC103": ("Anchoring without a policy document", "Verankering zonder beleidsdocument"),
    "ANC104": ("Shared money not committed", "Gedeeld geld niet toegezegd"),
    "ANC105": (
        "Approach not adopted by the college or the council",
        "Aanpak niet vastgesteld door college of raad",
    ),
    "FIN101": ("No shared money", "Geen gezamenlijke middelen"),
    "FIN102": ("Little of the money is shared", "Weinig gezamenlijke middelen"),
    "FIN103": (
        "Shared money not decided through the budget route",
        "Gedeeld geld niet besloten langs de begrotingsroute",
    ),
    "FIN104": ("Money from one domain only", "Geld uit maar één domein"),
    "FIN201": ("Little structural money", "Weinig structureel geld"),
    "FIN202": ("Money ends soon", "Geld stopt binnenkort"),
    "FIN203": ("The plan's first year not paid for", "Eerste planjaar niet betaald"),
    "FIN204": ("Plan relies on money not committed", "Plan leunt op niet-toegezegd geld"),
    "FIN205": (
        "Committed money ends before the plan",
        "Toegezegd geld stopt vóór het einde van het plan",
    ),
    "FIN206": ("Budget without a holder", "Budget zonder budgethouder"),
    "FIN207": (
        "Money from outside the municipality ends within the plan",
        "Geld van buiten de gemeente stopt binnen de planperiode",
    ),
    "FIN208": ("Money not yet certain", "Geld nog niet zeker"),
    "GOV101": ("No joint body that decides", "Geen gezamenlijk overleg dat besluit"),
    "GOV102": (
        "Portfolio holder of sport not committed",
        "Portefeuillehouder sport niet verbonden",
    ),
    "GOV103": (
        "Portfolio holder of the social domain not committed",
        "Portefeuillehouder sociaal domein niet verbonden",
    ),
    "GOV104": ("No shared ambition", "Geen gedeelde ambitie"),
    "GOV105": ("Steering group only advises", "Stuurgroep adviseert alleen"),
    "GOV106": (
        "Commitment of sport left with the portfolio holder",
        "Verbinding van sport vertrokken met de portefeuillehouder",
    ),
    "GOV107": ("Decision mandate nobody granted", "Beslismandaat dat niemand verleende"),
    "GOV108": (
        "Ambition or mandate not reconfirmed after the election",
        "Ambitie of mandaat niet bevestigd na de verkiezingen",
    ),
    "GOV109": (
        "Commitment of the social domain left with the portfolio holder",
        "Verbinding van het sociaal domein vertrokken met de portefeuillehouder",
    ),
    "GOV201": ("No cross-domain working group", "Geen ambtelijke werkgroep over de domeinen heen"),
    "GOV202": ("Body without members", "Overleg zonder leden"),
    "GOV301": ("No executive core team", "Geen uitvoerend kernteam"),
    "NET101": ("Sport and social domain not tied", "Sport en sociaal domein niet verbonden"),
    "NET102": ("One bridge between the domains", "Eén brug tussen de domeinen"),
    "NET103": ("Stakeholders without ties", "Partners zonder relaties"),
    "NET104": ("Action owner without ties", "Eigenaar van een actie zonder relaties"),
    "NET105": (
        "Executive partner not linked to the civil service",
        "Uitvoerende partner niet verbonden met de ambtelijke organisatie",
    ),
    "NET201": (
        "No civil-society partner at the executive level",
        "Geen maatschappelijke partner op uitvoerend niveau",
    ),
    "NET202": ("No sports club", "Geen sportvereniging"),
    "NET203": ("No welfare partner", "Geen welzijnspartner"),
    "NET204": ("No independent facilitator", "Geen onafhankelijke procesbegeleider"),
    "NET205": (
        "Facilitation paid for less long than it runs",
        "Procesbegeleiding korter betaald dan zij loopt",
    ),
    "PLN101": ("Plan without actions", "Plan zonder acties"),
    "PLN102": ("Action without an owner", "Actie zonder eigenaar"),
    "PLN103": ("Action without a level", "Actie zonder niveau"),
    "PLN104": ("Action without a target group", "Actie zonder doelgroep"),
    "PLN105": ("Action without money", "Actie zonder financiering"),
    "PLN106": ("Action without a start", "Actie zonder startdatum"),
    "PLN107": ("Action without a goal", "Actie zonder doel"),
    "PLN108": ("Plan not presented", "Plan niet gepresenteerd"),
    "PLN201": ("No shared goals", "Geen gedeelde doelen"),
    "PLN202": ("Goal without an indicator", "Doel zonder indicator"),
    "PLN203": ("Indicator without a baseline", "Indicator zonder nulmeting"),
    "PLN204": ("Indicator without a target", "Indicator zonder streefwaarde"),
    "PLN205": ("Target group without an action", "Doelgroep zonder actie"),
    "PLN206": ("Target group without a referral route", "Doelgroep zonder toeleiding"),
    "PLN207": ("Goal without its domain partner", "Doel zonder partner uit het domein"),
    "PLN208": ("Nobody measures an indicator", "Niemand meet een indicator"),
    "PLN301": ("Indicators not measured", "Indicatoren niet gemeten"),
    "PRC101": ("Startfoto incomplete", "Startfoto onvolledig"),
    "PRC102": ("No commission", "Geen opdracht"),
    "PRC103": ("No work session at a level", "Geen werksessie op een niveau"),
    "PRC104": ("No promising connections", "Geen kansrijke verbindingen"),
    "PRC105": ("Obstacles not inventoried", "Hindernissen niet geïnventariseerd"),
    "PRC106": ("Obstacle without a response", "Hindernis zonder aanpak"),
    "PRC107": ("No target groups", "Geen doelgroepen"),
    "PRC108": ("Sport or social domain not involved", "Sport of sociaal domein niet betrokken"),
    "PRC109": ("Phase stalled", "Fase ligt stil"),
    "PRC110": ("Promising connection without partners", "Kansrijke verbinding zonder partners"),
}
