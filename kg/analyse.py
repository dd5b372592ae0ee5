"""Analyse: networkx over a projection of the stored graph, as plain functions over that graph.

Nodes are entities (type, label, documents); edges join entities named in the same sentence
(weight = how many sentences) and entities joined by an explicit relation.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx
from rdflib import Dataset

ENTITY_TYPES = ("Institution", "Region", "Person", "Programme", "Slogan", "PolicyDocument")

NODES = """
SELECT ?e ?type ?label ?doc ?source WHERE {
  ?e a ?t ; skos:prefLabel ?label .
  VALUES ?t { pol:Institution pol:Region pol:Person pol:Programme pol:Slogan pol:PolicyDocument }
  BIND(STRAFTER(STR(?t), "#") AS ?type)
  OPTIONAL { ?e pol:mentionedIn ?doc . ?doc dcterms:source ?source }
}"""
SENTENCES = """
SELECT ?e ?doc ?sentence WHERE { ?m a pol:Mention ; pol:denotes ?e ; pol:inDocument ?doc ; pol:sentence ?sentence }"""
RELATIONS = """
SELECT ?s ?p ?o WHERE {
  { ?s ?p ?o . VALUES ?p { pol:locatedIn pol:partnersWith pol:implements } }
  UNION
  { ?m a org:Membership ; org:member ?s ; org:organization ?o . BIND(org:memberOf AS ?p) }
}"""


def projection(dataset: Dataset) -> nx.Graph:
    graph = nx.Graph()
    for row in dataset.query(NODES):
        node = str(row.e)
        if node not in graph:
            graph.add_node(node, type=str(row.type), label=str(row.label), documents=set())
        if row.source is not None:
            graph.nodes[node]["documents"].add(str(row.source))
    by_sentence: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in dataset.query(SENTENCES):
        by_sentence[(str(row.doc), str(row.sentence))].add(str(row.e))
    for members in by_sentence.values():
        for a, b in combinations(sorted(members), 2):
            if graph.has_edge(a, b):
                graph[a][b]["weight"] += 1
            else:
                graph.add_edge(a, b, weight=1, relation="co-occurs")
    for row in dataset.query(RELATIONS):
        s, o, p = str(row.s), str(row.o), str(row.p).rsplit("#", 1)[-1]
        if s in graph and o in graph:
            if graph.has_edge(s, o) and graph[s][o]["relation"] != "co-occurs":
                continue
            weight = graph[s][o]["weight"] + 1 if graph.has_edge(s, o) else 1
            graph.add_edge(s, o, weight=weight, relation=p)
    return graph


def entities_by_type(graph: nx.Graph) -> dict[str, int]:
    counts = dict.fromkeys(ENTITY_TYPES, 0)
    for _, data in graph.nodes(data=True):
        counts[data["type"]] = counts.get(data["type"], 0) + 1
    return counts


def most_central(graph: nx.Graph, k: int = 10) -> list[tuple[str, float, float]]:
    """The k nodes of highest degree centrality, with their PageRank."""
    if graph.number_of_nodes() == 0:
        return []
    degree = nx.degree_centrality(graph)
    rank = nx.pagerank(graph, weight="weight")
    top = sorted(graph.nodes, key=lambda n: (-degree[n], -rank[n], graph.nodes[n]["label"]))[:k]
    return [(node, degree[node], rank[node]) for node in top]


def component_sizes(graph: nx.Graph) -> list[int]:
    return sorted((len(c) for c in nx.connected_components(graph)), reverse=True)


def shared_across_documents(graph: nx.Graph, types=("Programme", "Slogan")) -> list[tuple[str, list[str]]]:
    """Programmes and slogans named in more than one document, with those documents."""
    shared = [
        (node, sorted(data["documents"]))
        for node, data in graph.nodes(data=True)
        if data["type"] in types and len(data["documents"]) > 1
    ]
    return sorted(shared, key=lambda item: (-len(item[1]), graph.nodes[item[0]]["label"]))
