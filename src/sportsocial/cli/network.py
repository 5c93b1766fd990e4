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
    load_or_report,
    names_option,
    parse_date,
    picture_refused,
)

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
        help="stakeholder network: measures, brokers, gaps; export or draw it",
        description="Measures of the stakeholder network (density, centralization, E-I index of "
        "sport and social-domain ties, brokers, single points of failure, isolates, links across "
        "levels), or the graph itself as GraphML (Gephi), node-link JSON (d3), Mermaid or DOT, "
        "or a picture (--plot, needs the 'analysis' extra).",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--on",
        type=parse_date,
        help="show the network as it stood on this date (default: every relation and body)",
    )
    p.add_argument(
        "--format",
        choices=["text", "measures", "graphml", "json", "mermaid", "dot"],
        help="text (default): measures, brokers, gaps; measures: the same as JSON; "
        "graphml, json (node-link), mermaid, dot: the graph",
    )
    p.add_argument(
        "--plot",
        metavar="PATH",
        help="draw the network to PATH (.png, .svg or .pdf); prints nothing else unless --format",
    )
    names_option(p)
    p.set_defaults(func=_network)
