"""The stakeholder network: who is tied to whom, across domains and levels.

:func:`stakeholder_graph` turns an engagement into a networkx graph (a
``MultiDiGraph``: one edge per relation, one per pair of members of a
governance body); :func:`network_metrics` gives every measure, each computed
when first read (density, Freeman degree centralization, the Krackhardt-Stern
E-I index of sport and social-domain ties, brokers, single points of failure,
isolates, components, ties across levels, vertical linkage per domain). Exports to
GraphML, node-link JSON, Mermaid and DOT are in :mod:`.export`; a picture
(matplotlib, the ``analysis`` extra) in :func:`plot_network`. Every formula is
in the docstring of its function and in ``docs/network.md``.
"""

from .export import from_graphml, from_node_link, to_dot, to_graphml, to_mermaid, to_node_link
from .graph import (
    CO_MEMBER,
    governance_bodies,
    relation_edges,
    stakeholder_graph,
    tie_graph,
    unlinked_to_level,
)
from .metrics import (
    NetworkMetrics,
    VerticalLinkage,
    betweenness,
    degree_centralization,
    density,
    ei_counts,
    ei_index,
    level_ties,
    network_metrics,
    single_points_of_failure,
    vertical_linkage,
)
from .plot import network_figure, plot_network
from .render import network_text

__all__ = [
    "CO_MEMBER",
    "NetworkMetrics",
    "VerticalLinkage",
    "betweenness",
    "degree_centralization",
    "density",
    "ei_counts",
    "ei_index",
    "from_graphml",
    "from_node_link",
    "governance_bodies",
    "level_ties",
    "network_figure",
    "network_metrics",
    "network_text",
    "plot_network",
    "relation_edges",
    "single_points_of_failure",
    "stakeholder_graph",
    "tie_graph",
    "to_dot",
    "to_graphml",
    "to_mermaid",
    "to_node_link",
    "unlinked_to_level",
    "vertical_linkage",
]
