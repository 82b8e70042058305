"""The actor network for Gephi and other graph tools: GraphML and GEXF.

Nodes are the actors that take part in events; an edge runs from a source to a
target and sums their events: how many, how many cooperative and conflictual,
and the net intensity of those that occurred.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import TextIO

from ..types import Actor, Event

NODE_ATTRIBUTES = ("type", "country", "sector", "mentions")
EDGE_ATTRIBUTES = ("events", "cooperation", "conflict", "net")


def network(actors: list[Actor], events: list[Event]) -> tuple[list[Actor], dict[tuple[str, str], dict[str, float]]]:
    """The actors in events, and per (source, target) pair the sums an edge carries."""
    edges: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: dict.fromkeys(EDGE_ATTRIBUTES, 0.0))
    for event in events:
        for source in event.source:
            for target in event.target:
                edge = edges[(source, target)]
                edge["events"] += 1
                if event.polarity in ("cooperation", "conflict"):
                    edge[event.polarity] += 1
                if event.status == "occurred":
                    edge["net"] += event.intensity
    used = {a for pair in edges for a in pair}
    return [a for a in actors if a.id in used], dict(edges)


def _node_values(actor: Actor) -> dict[str, str]:
    return {"type": actor.type, "country": actor.country or "", "sector": actor.sector or "", "mentions": str(len(actor.mentions))}


def write_graphml(actors: list[Actor], events: list[Event], out: TextIO) -> int:
    nodes, edges = network(actors, events)
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    for name in ("label", *NODE_ATTRIBUTES):
        ET.SubElement(root, "key", id=name, **{"for": "node", "attr.name": name, "attr.type": "string"})
    for name in EDGE_ATTRIBUTES:
        ET.SubElement(root, "key", id=name, **{"for": "edge", "attr.name": name, "attr.type": "double"})
    graph = ET.SubElement(root, "graph", id="actors", edgedefault="directed")
    for actor in nodes:
        node = ET.SubElement(graph, "node", id=actor.id)
        for name, value in {"label": actor.name, **_node_values(actor)}.items():
            ET.SubElement(node, "data", key=name).text = value
    for i, ((source, target), values) in enumerate(sorted(edges.items())):
        edge = ET.SubElement(graph, "edge", id=f"r{i}", source=source, target=target)
        for name in EDGE_ATTRIBUTES:
            ET.SubElement(edge, "data", key=name).text = f"{values[name]:g}"
    _write(root, out)
    return len(nodes) + len(edges)


def write_gexf(actors: list[Actor], events: list[Event], out: TextIO) -> int:
    nodes, edges = network(actors, events)
    root = ET.Element("gexf", xmlns="http://gexf.net/1.3", version="1.3")
    graph = ET.SubElement(root, "graph", defaultedgetype="directed")
    for kind, names, type_ in (("node", NODE_ATTRIBUTES, "string"), ("edge", EDGE_ATTRIBUTES, "double")):
        attributes = ET.SubElement(graph, "attributes", **{"class": kind})
        for name in names:
            ET.SubElement(attributes, "attribute", id=name, title=name, type=type_)
    node_list = ET.SubElement(graph, "nodes")
    for actor in nodes:
        node = ET.SubElement(node_list, "node", id=actor.id, label=actor.name)
        values = ET.SubElement(node, "attvalues")
        for name, value in _node_values(actor).items():
            ET.SubElement(values, "attvalue", **{"for": name, "value": value})
    edge_list = ET.SubElement(graph, "edges")
    for i, ((source, target), sums) in enumerate(sorted(edges.items())):
        edge = ET.SubElement(edge_list, "edge", id=f"r{i}", source=source, target=target, weight=f"{sums['events']:g}")
        values = ET.SubElement(edge, "attvalues")
        for name in EDGE_ATTRIBUTES:
            ET.SubElement(values, "attvalue", **{"for": name, "value": f"{sums[name]:g}"})
    _write(root, out)
    return len(nodes) + len(edges)


def _write(root: ET.Element, out: TextIO) -> None:
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
