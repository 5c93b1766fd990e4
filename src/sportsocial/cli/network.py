"""The ``network`` command: measures, brokers and gaps; exports; a picture."""

from __future__ import annotations

import argparse
import json
import os

from ..i18n import Text, os_reason
from ..network import (
    network_metrics,
    network_text,
    stakeholder_graph,
    to_dot,
    to_graphml,
    to_mermaid,
    to_node_link,
)
from ..network.plot import FORMATS, plot_network
from ._common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    NOT_WRITTEN,
    emit,
    emit_json,
    load_or_report,
    parse_date,
    say,
)

__all__ = ["register"]

_WRITTEN = Text(en="written: {path}", nl="geschreven: {path}")
_BAD_PICTURE = Text(
    en="cannot draw to {path}: use a file name ending in .png, .svg or .pdf",
    nl="kan niet tekenen naar {path}: gebruik een bestandsnaam op .png, .svg of .pdf",
)


def _network(args: argparse.Namespace) -> int:
    if args.plot and os.path.splitext(args.plot)[1].lower().lstrip(".") not in FORMATS:
        say(_BAD_PICTURE, args.lang, path=args.plot)
        return EXIT_USAGE
    eng = load_or_report(args.file, args.lang)
    if eng is None:
        return EXIT_INVALID
    graph = stakeholder_graph(eng, on=args.on)
    if args.plot:
        try:
            plot_network(graph, args.plot, lang=args.lang)
        except OSError as exc:
            say(NOT_WRITTEN, args.lang, path=args.plot, error=os_reason(exc))
            return EXIT_INVALID
        say(_WRITTEN, args.lang, path=args.plot)
    fmt = args.format or (None if args.plot else "text")
    if fmt == "text":
        emit(network_text(network_metrics(graph), graph, args.lang))
    elif fmt == "measures":
        emit_json(network_metrics(graph).to_dict())
    elif fmt == "graphml":
        emit(to_graphml(graph))
    elif fmt == "json":
        emit(json.dumps(to_node_link(graph), indent=2, ensure_ascii=False))
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
    p.set_defaults(func=_network)
