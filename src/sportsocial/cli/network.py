"""The ``network`` command: measures, brokers and gaps; exports; a picture."""

from __future__ import annotations

import argparse

from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    draw_or_report,
    emit,
    emit_json,
    file_argument,
    format_option,
    load_or_report,
    names_option,
    on_option,
    picture_refused,
)
from ._lang import pick

__all__ = ["register"]


def _network(args: argparse.Namespace) -> int:

    from ..network import (
        network_metrics,
        network_text,
        stakeholder_graph,
        to_dot,
        to_graphml,
        to_mermaid,
        to_node_link,
    )
    from ..network.plot import plot_network

    if picture_refused(args.plot, args.lang):
        return EXIT_USAGE
    eng = load_or_report(args.file, args.lang)
    if eng is None:
        return EXIT_INVALID
    graph = stakeholder_graph(eng, on=args.on, names=args.names, lang=args.lang)
    if args.plot:
        plot = args.plot
        if not draw_or_report(lambda: plot_network(graph, plot, lang=args.lang), plot, args.lang):
            return EXIT_INVALID
    fmt = args.format or (None if args.plot else "text")
    if fmt == "text":
        emit(network_text(network_metrics(graph), graph, args.lang))
    elif fmt == "measures":
        emit_json(network_metrics(graph).to_dict())
    elif fmt == "graphml":
        emit(to_graphml(graph))
    elif fmt == "json":
        emit_json(to_node_link(graph))
    elif fmt == "mermaid":
        emit(to_mermaid(graph, args.lang))
    elif fmt == "dot":
        emit(to_dot(graph, args.lang))
    return EXIT_OK


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``network``."""
    p = sub.add_parser(
        "network",
        parents=[common],
        help=pick(
            "stakeholder network: measures, brokers, gaps; export or draw it",
            "netwerk van belanghebbenden: maten, makelaars, gaten; exporteer of teken het",
        ),
        description=pick(
            "Measures of the stakeholder network (density, centralization, E-I index of "
            "sport and social-domain ties, brokers, single points of failure, isolates, links "
            "across levels), or the graph itself as GraphML (Gephi), node-link JSON (d3), "
            "Mermaid or DOT, or a picture (--plot, needs the 'analysis' extra).",
            "Maten van het netwerk van belanghebbenden (dichtheid, centralisatie, E-I-index van "
            "banden tussen sport en sociaal domein, makelaars, enkelvoudige schakels, "
            "geïsoleerden, verbindingen tussen niveaus), of de graaf zelf als GraphML (Gephi), "
            "node-link-JSON (d3), Mermaid of DOT, of een afbeelding (--plot, vraagt de extra "
            "'analysis').",
        ),
    )
    file_argument(p)
    on_option(
        p,
        "show the network as it stood on this date (default: every relation and body)",
        "toon het netwerk zoals het op deze datum stond (standaard: elke relatie en elk overleg)",
    )
    format_option(
        p,
        ["text", "measures", "graphml", "json", "mermaid", "dot"],
        None,
        "text (default): measures, brokers, gaps; measures: the same as JSON; "
        "graphml, json (node-link), mermaid, dot: the graph",
        "text (standaard): maten, makelaars, gaten; measures: hetzelfde als JSON; "
        "graphml, json (node-link), mermaid, dot: de graaf",
    )
    p.add_argument(
        "--plot",
        metavar="PATH",
        help=pick(
            "draw the network to PATH (.png, .svg or .pdf); prints nothing else unless --format",
            "teken het netwerk in PATH (.png, .svg of .pdf); toont verder niets, tenzij met "
            "--format",
        ),
    )
    names_option(p)
    p.set_defaults(func=_network)
