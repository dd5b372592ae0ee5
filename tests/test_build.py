"""The whole flow on the real seed documents, through the `kg` command as a user runs it."""
import json
import shutil
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.namespace import RDF, SKOS

from conftest import ROOT, SEEDS, run_kg
from kg.vocabulary import POL

QUERIES = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
MAY_BE_EMPTY = {"shared-names.rq"}  # a check: rows there are defects


def test_build_writes_turtle_that_plain_rdflib_parses(seeds_build):
    graph = Graph().parse(seeds_build / "graph.ttl", format="turtle")
    assert len(list(graph.subjects(RDF.type, POL.SourceDocument))) == 5
    assert len(list(graph.subjects(RDF.type, POL.Mention))) > 100


def test_every_entity_has_one_chinese_preferred_label(seeds_build):
    graph = Graph().parse(seeds_build / "graph.ttl", format="turtle")
    for kind in ("Institution", "Region", "Person", "Programme", "Slogan", "PolicyDocument"):
        for entity in graph.subjects(RDF.type, POL[kind]):
            labels = list(graph.objects(entity, SKOS.prefLabel))
            assert len(labels) == 1 and labels[0].language == "zh", entity


def test_entity_iris_are_ascii_and_stable_across_builds(seeds_build, tmp_path):
    copy = tmp_path / "reversed"
    copy.mkdir()
    for file in sorted(SEEDS.glob("*.txt"), reverse=True):
        shutil.copy(file, copy / file.name)
    run_kg("build", str(copy), "--out", str(tmp_path / "again"))
    first = {str(s) for s in Graph().parse(seeds_build / "graph.ttl").subjects(SKOS.prefLabel, None)}
    second = {str(s) for s in Graph().parse(tmp_path / "again" / "graph.ttl").subjects(SKOS.prefLabel, None)}
    assert first == second
    assert all(iri.isascii() for iri in first)


def test_store_reopens_in_a_new_process_and_answers_sparql(seeds_build):
    result = run_kg("query", str(seeds_build), "SELECT (COUNT(*) AS ?n) WHERE { ?e pol:mentionedIn ?d }", "--format", "json")
    assert int(json.loads(result.stdout)[0]["n"]) > 100


@pytest.mark.parametrize("form,check", [
    ("ASK { ?x a pol:Region }", lambda out: out.strip() == "true"),
    ("CONSTRUCT { ?x a pol:Region } WHERE { ?x a pol:Region }", lambda out: "pol:Region" in out),
    ("DESCRIBE ?x WHERE { ?x a pol:Person } LIMIT 1", lambda out: "prefLabel" in out),
])
def test_query_answers_ask_construct_and_describe(seeds_build, form, check):
    assert check(run_kg("query", str(seeds_build), form).stdout)


@pytest.mark.parametrize("format_", ["csv", "tsv", "json", "table"])
def test_query_prints_each_format(seeds_build, format_):
    out = run_kg("query", str(seeds_build), "SELECT ?l WHERE { ?x a pol:Region ; skos:prefLabel ?l } LIMIT 3",
                 "--format", format_).stdout
    assert "省" in out or "市" in out or "县" in out or "区" in out


def test_malformed_query_prints_one_line_and_fails(seeds_build):
    result = run_kg("query", str(seeds_build), "SELECT WHERE {", check=False)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1


def test_query_on_a_folder_without_a_store_fails_with_one_line(tmp_path):
    result = run_kg("query", str(tmp_path), "ASK {}", check=False)
    assert result.returncode != 0 and "no store" in result.stderr


@pytest.mark.parametrize("query", QUERIES, ids=lambda p: p.name)
def test_saved_query_returns_rows_on_the_seeds(seeds_build, query):
    rows = json.loads(run_kg("query", str(seeds_build), "-f", str(query), "--format", "json").stdout)
    if query.name not in MAY_BE_EMPTY:
        assert rows, f"{query.name} returned no rows"


@pytest.mark.parametrize("format_,parse_as", [
    ("turtle", "turtle"), ("ntriples", "nt"), ("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld"),
])
def test_export_writes_each_rdf_format(seeds_build, tmp_path, format_, parse_as):
    target = tmp_path / f"export.{format_}"
    run_kg("export", str(seeds_build), "--format", format_, "-o", str(target))
    graph = Dataset() if parse_as in ("nquads", "trig", "json-ld") else Graph()
    graph.parse(target, format=parse_as)
    triples = len(list(graph.quads((None, None, None, None)))) if isinstance(graph, Dataset) else len(graph)
    assert triples > 1000


def test_export_graphml_for_network_tools(seeds_build, tmp_path):
    import networkx as nx

    target = tmp_path / "graph.graphml"
    run_kg("export", str(seeds_build), "--format", "graphml", "-o", str(target))
    assert nx.read_graphml(target).number_of_nodes() > 50


def test_stats_reports_types_centrality_components_and_what_spreads(seeds_build):
    out = run_kg("stats", str(seeds_build)).stdout
    for heading in ("entities by type", "most central", "connected components", "more than one document",
                    "more than one region", "partners across region lines"):
        assert heading in out


def test_graph_conforms_to_the_shacl_shapes(seeds_build):
    import pyshacl

    data = Graph().parse(seeds_build / "graph.ttl")
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    conforms, _, report = pyshacl.validate(data, shacl_graph=shapes, ont_graph=Graph().parse(ROOT / "ontology" / "policykg.ttl"))
    assert conforms, report


def test_a_bad_file_stops_the_build_with_one_line_and_keeps_the_previous_output(seeds_build, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(seeds_build, out)
    before = (out / "graph.ttl").read_bytes()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(next(SEEDS.glob("*.txt")), corpus / "good.txt")
    (corpus / "broken.txt").write_bytes(bytes(range(256)) * 10)
    result = run_kg("build", str(corpus), "--out", str(out), check=False)
    assert result.returncode != 0
    assert "broken.txt" in result.stderr.strip().splitlines()[-1]
    assert (out / "graph.ttl").read_bytes() == before
    assert run_kg("query", str(out), "ASK { ?x a pol:SourceDocument }").stdout.strip() == "true"


def test_build_prints_a_summary(tmp_path):
    result = run_kg("build", str(next(SEEDS.glob("*.txt"))), "--out", str(tmp_path / "one"))
    for word in ("documents read: 1", "entities:", "relations:", "triples:", "time:"):
        assert word in result.stdout


def test_region_chain_reaches_the_province(seeds_build):
    rows = json.loads(run_kg("query", str(seeds_build),
                             "SELECT ?p WHERE { ?r skos:prefLabel '宜城市'@zh ; pol:locatedIn+ ?p . ?p pol:adminLevel 'province' }",
                             "--format", "json").stdout)
    assert rows and rows[0]["p"].endswith("420000000000")


def test_relative_hospital_resolves_to_the_full_name_in_its_document(seeds_build):
    out = run_kg("query", str(seeds_build),
                 "ASK { ?h a pol:Institution ; skos:prefLabel '宜城市人民医院'@zh ; skos:altLabel '市人民医院'@zh }").stdout
    assert out.strip() == "true"


def test_no_two_entities_of_a_kind_in_a_seed_document_share_a_name(seeds_build):
    rows = json.loads(run_kg("query", str(seeds_build), "-f", "ontology/queries/shared-names.rq", "--format", "json").stdout)
    assert rows == []
