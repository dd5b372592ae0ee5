"""Analyse: networkx over projections of the stored graph, as plain functions over those graphs.

`projection` is the undirected view for centrality and drawing: one node per entity IRI (type,
label, documents); edges join entities named in the same sentence (weight = how many sentences)
and entities joined by an explicit relation.

`statements` is the directed view for what spreads: entities and documents as nodes, each stated
relation an edge keyed by its predicate, with the documents that state it. It keeps what the
undirected view loses: which way pol:locatedIn points and which document (and so which year)
an edge comes from.
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


STATEMENT_ENTITIES = """
SELECT ?e ?type ?label ?level WHERE {
  ?e a ?t ; skos:prefLabel ?label .
  VALUES ?t { pol:Institution pol:Region pol:Person pol:Programme pol:Slogan pol:PolicyDocument }
  BIND(STRAFTER(STR(?t), "#") AS ?type)
  OPTIONAL { ?e pol:adminLevel ?level }
}"""
STATEMENT_DOCUMENTS = """
SELECT ?doc ?source ?year WHERE { ?doc a pol:SourceDocument ; dcterms:source ?source OPTIONAL { ?doc pol:year ?year } }"""
STATEMENT_EDGES = """
SELECT ?s ?p ?o ?g WHERE {
  GRAPH ?g { ?s ?p ?o . VALUES ?p { pol:locatedIn pol:partnersWith pol:implements pol:mentionedIn pol:aboutRegion } }
}"""
UNKNOWN_YEAR = "unknown"
# Places are compared at county level where the graph knows it: a township lies in its county, so
# a county hospital and a township clinic of that county are partners at home, not across a line.
COMPARED_LEVELS = ("county", "city", "province")


def statements(dataset: Dataset) -> nx.MultiDiGraph:
    """Entities and documents, with every stated relation as an edge keyed by its predicate.

    Documents carry their year (pol:year, None where the document names none); each edge
    carries the set of documents whose named graph states it (empty for the gazetteer's edges).
    """
    graph = nx.MultiDiGraph()
    for row in dataset.query(STATEMENT_ENTITIES):
        level = str(row.level) if row.level is not None else None
        graph.add_node(str(row.e), type=str(row.type), label=str(row.label), level=level)
    for row in dataset.query(STATEMENT_DOCUMENTS):
        year = str(row.year) if row.year is not None else None
        graph.add_node(str(row.doc), type="SourceDocument", label=str(row.source), year=year)
    for row in dataset.query(STATEMENT_EDGES):
        s, o, key, g = str(row.s), str(row.o), str(row.p).rsplit("#", 1)[-1], str(row.g)
        if s in graph and o in graph:
            if not graph.has_edge(s, o, key):
                graph.add_edge(s, o, key, documents=set())
            if graph.nodes.get(g, {}).get("type") == "SourceDocument":
                graph.edges[s, o, key]["documents"].add(g)
    return graph


def year_of(graph: nx.MultiDiGraph, document: str) -> str:
    return graph.nodes[document]["year"] or UNKNOWN_YEAR


def regions_having(graph: nx.MultiDiGraph, item: str) -> dict[str, set[str]]:
    """The regions that have a programme or slogan, each with the documents that say so.

    A region has it when it implements it (pol:implements, read from a document) or when a
    document about the region (pol:aboutRegion) names it.
    """
    having: dict[str, set[str]] = defaultdict(set)
    for region, _, key, data in graph.in_edges(item, keys=True, data=True):
        if key == "implements":
            having[region] |= data["documents"]
    for _, document, key in graph.out_edges(item, keys=True):
        if key == "mentionedIn":
            for _, region, about in graph.out_edges(document, keys=True):
                if about == "aboutRegion":
                    having[region].add(document)
    return dict(having)


def spread_across_regions(graph: nx.MultiDiGraph, types=("Programme", "Slogan"),
                          min_regions: int = 2) -> list[tuple[str, dict[str, list[str]]]]:
    """Programmes and slogans that at least `min_regions` regions have, with each region's years.

    Sorted by how many regions have it, most first: what spreads from place to place.
    """
    spread = []
    for node, data in graph.nodes(data=True):
        if data["type"] not in types:
            continue
        having = regions_having(graph, node)
        if len(having) >= min_regions:
            years = {region: sorted({year_of(graph, d) for d in documents}) for region, documents in having.items()}
            spread.append((node, years))
    return sorted(spread, key=lambda item: (-len(item[1]), graph.nodes[item[0]]["label"]))


def _located(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    return nx.subgraph_view(graph, filter_edge=lambda u, v, key: key == "locatedIn")


def regions_around(graph: nx.MultiDiGraph, node: str) -> set[str]:
    """`node` and every region it lies in: pol:locatedIn is transitive."""
    return nx.descendants(_located(graph), node) | {node}


def home_regions(graph: nx.MultiDiGraph, node: str) -> set[str]:
    """The nearest regions at county level or above that `node` is (a region) or lies in.

    Empty when the graph places it nowhere (a national body, an ambiguous 朝阳区).
    """
    located = _located(graph)
    candidates = {n for n in regions_around(graph, node) if graph.nodes[n].get("level") in COMPARED_LEVELS}
    return {n for n in candidates if not (nx.ancestors(located, n) & (candidates - {n}))}


def across_regions(graph: nx.MultiDiGraph, a: str, b: str) -> bool:
    """Whether `a` and `b` lie in different regions: neither lies in the other's home region.

    A city's hospital and a hospital of one of its counties are in the same region; two counties
    of one city are not. Where either end has no home region, the answer is no: unknown is not
    different.
    """
    around_a, around_b = regions_around(graph, a), regions_around(graph, b)
    return any(home_a not in around_b and home_b not in around_a
               for home_a in home_regions(graph, a) for home_b in home_regions(graph, b))


def partners_across_regions(graph: nx.MultiDiGraph) -> list[tuple[str, str, list[str]]]:
    """pol:partnersWith pairs whose ends lie in different regions, each pair once, with its documents."""
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a, b, key, data in graph.edges(keys=True, data=True):
        if key == "partnersWith" and across_regions(graph, a, b):
            pairs[tuple(sorted((a, b)))] |= data["documents"]
    labels = graph.nodes(data="label")
    listed = [(a, b, sorted(documents, key=labels.__getitem__)) for (a, b), documents in pairs.items()]
    return sorted(listed, key=lambda pair: (labels[pair[0]], labels[pair[1]]))
