"""The analysis over small graphs built by hand: what spreads across regions, who partners across
region lines, and that the saved queries answer as the networkx functions do."""
from __future__ import annotations

import networkx as nx
from rdflib import Dataset

from conftest import ROOT
from kg import analyse, store
from kg.vocabulary import PREFIXES

QUERIES = ROOT / "ontology" / "queries"


def place(graph: nx.MultiDiGraph, name: str, level: str, parent: str | None = None) -> None:
    graph.add_node(name, type="Region", label=name, level=level)
    if parent:
        graph.add_edge(name, parent, "locatedIn", documents=set())


def gazetteer() -> nx.MultiDiGraph:
    """东山省 > 永城市 > 东川县 (> 金沙镇) and 西川县; 南溪市 is another city of the province."""
    graph = nx.MultiDiGraph()
    place(graph, "东山省", "province")
    place(graph, "永城市", "city", "东山省")
    place(graph, "东川县", "county", "永城市")
    place(graph, "西川县", "county", "永城市")
    place(graph, "金沙镇", "township", "东川县")
    place(graph, "南溪市", "city", "东山省")
    return graph


def document(graph: nx.MultiDiGraph, name: str, about: str, year: str | None) -> None:
    graph.add_node(name, type="SourceDocument", label=name, year=year)
    graph.add_edge(name, about, "aboutRegion", documents={name})


def programme(graph: nx.MultiDiGraph, name: str) -> None:
    graph.add_node(name, type="Programme", label=name, level=None)


def institution(graph: nx.MultiDiGraph, name: str, region: str | None) -> None:
    graph.add_node(name, type="Institution", label=name, level=None)
    if region:
        graph.add_edge(name, region, "locatedIn", documents=set())


def implements(graph: nx.MultiDiGraph, region: str, item: str, doc: str) -> None:
    graph.add_edge(region, item, "implements", documents={doc})
    graph.add_edge(item, doc, "mentionedIn", documents={doc})


def partners(graph: nx.MultiDiGraph, a: str, b: str, doc: str) -> None:
    graph.add_edge(a, b, "partnersWith", documents={doc})


def spread_by_label(graph: nx.MultiDiGraph) -> dict[str, dict[str, list[str]]]:
    return dict(analyse.spread_across_regions(graph))


# -- what spreads across regions -----------------------------------------------------------------

def test_programme_run_by_two_regions_is_listed_with_both():
    graph = gazetteer()
    programme(graph, "健康小屋行动")
    document(graph, "a.txt", "东川县", "2019")
    document(graph, "b.txt", "南溪市", "2021")
    implements(graph, "东川县", "健康小屋行动", "a.txt")
    implements(graph, "南溪市", "健康小屋行动", "b.txt")
    assert spread_by_label(graph) == {"健康小屋行动": {"东川县": ["2019"], "南溪市": ["2021"]}}


def test_programme_of_one_region_is_not_listed_however_many_documents_name_it():
    graph = gazetteer()
    programme(graph, "健康小屋行动")
    for name, year in (("a.txt", "2019"), ("b.txt", "2020")):
        document(graph, name, "东川县", year)
        implements(graph, "东川县", "健康小屋行动", name)
    assert spread_by_label(graph) == {}


def test_a_document_about_a_region_naming_a_programme_gives_the_region_the_programme():
    graph = gazetteer()
    programme(graph, "健康小屋行动")
    document(graph, "a.txt", "东川县", "2019")
    document(graph, "b.txt", "西川县", "2020")
    implements(graph, "东川县", "健康小屋行动", "a.txt")
    graph.add_edge("健康小屋行动", "b.txt", "mentionedIn", documents={"b.txt"})
    assert spread_by_label(graph)["健康小屋行动"]["西川县"] == ["2020"]


def test_a_region_lists_the_years_of_all_its_documents_and_unknown_for_an_undated_one():
    graph = gazetteer()
    programme(graph, "健康小屋行动")
    for name, about, year in (("a.txt", "东川县", "2019"), ("b.txt", "东川县", "2021"), ("c.txt", "南溪市", None)):
        document(graph, name, about, year)
        implements(graph, about, "健康小屋行动", name)
    assert spread_by_label(graph)["健康小屋行动"] == {"东川县": ["2019", "2021"], "南溪市": [analyse.UNKNOWN_YEAR]}


def test_what_most_regions_have_comes_first():
    graph = gazetteer()
    programme(graph, "家庭医生签约")
    programme(graph, "健康小屋行动")
    for index, region in enumerate(("东川县", "西川县", "南溪市")):
        document(graph, f"{index}.txt", region, "2020")
        implements(graph, region, "健康小屋行动", f"{index}.txt")
        if index < 2:
            implements(graph, region, "家庭医生签约", f"{index}.txt")
    assert [item for item, _ in analyse.spread_across_regions(graph)] == ["健康小屋行动", "家庭医生签约"]


# -- partners across region lines ------------------------------------------------------------------

def partnered(*pairs: tuple[str, str | None, str, str | None]) -> nx.MultiDiGraph:
    """A gazetteer with institutions (name, region) partnered two by two in one document."""
    graph = gazetteer()
    graph.add_node("p.txt", type="SourceDocument", label="p.txt", year="2020")
    for a, a_region, b, b_region in pairs:
        institution(graph, a, a_region)
        institution(graph, b, b_region)
        partners(graph, a, b, "p.txt")
    return graph


def test_partners_in_the_same_county_are_not_across_regions():
    graph = partnered(("东川县人民医院", "东川县", "金沙镇卫生院", "金沙镇"))
    assert analyse.partners_across_regions(graph) == []


def test_partners_in_two_counties_of_one_city_are_across_regions():
    graph = partnered(("东川县人民医院", "东川县", "西川县人民医院", "西川县"))
    assert analyse.partners_across_regions(graph) == [("东川县人民医院", "西川县人民医院", ["p.txt"])]


def test_a_city_hospital_and_a_hospital_of_its_own_county_are_not_across_regions():
    graph = partnered(("永城市中心医院", "永城市", "东川县人民医院", "东川县"))
    assert analyse.partners_across_regions(graph) == []


def test_a_region_partnering_another_city_is_across_regions():
    graph = gazetteer()
    graph.add_node("p.txt", type="SourceDocument", label="p.txt", year="2020")
    partners(graph, "南溪市", "东川县", "p.txt")
    assert analyse.partners_across_regions(graph) == [("东川县", "南溪市", ["p.txt"])]


def test_a_partner_that_lies_nowhere_known_is_never_across_regions():
    graph = partnered(("国家某某中心", None, "东川县人民医院", "东川县"))
    assert analyse.partners_across_regions(graph) == []


def test_a_pair_stated_both_ways_is_listed_once_with_both_documents():
    graph = partnered(("东川县人民医院", "东川县", "西川县人民医院", "西川县"))
    graph.add_node("q.txt", type="SourceDocument", label="q.txt", year=None)
    partners(graph, "西川县人民医院", "东川县人民医院", "q.txt")
    assert analyse.partners_across_regions(graph) == [("东川县人民医院", "西川县人民医院", ["p.txt", "q.txt"])]


# -- from the stored graph: the projections and the saved queries --------------------------------

TRIG = """
@prefix pol: <https://w3id.org/policykg/ontology#> .
@prefix id: <https://w3id.org/policykg/id/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

id:graph\\/entities {
  id:region\\/990000000000 a pol:Region ; skos:prefLabel "东山省"@zh ; pol:adminLevel "province" .
  id:region\\/990100000000 a pol:Region ; skos:prefLabel "永城市"@zh ; pol:adminLevel "city" ; pol:locatedIn id:region\\/990000000000 .
  id:region\\/990101000000 a pol:Region ; skos:prefLabel "东川县"@zh ; pol:adminLevel "county" ; pol:locatedIn id:region\\/990100000000 .
  id:region\\/990102000000 a pol:Region ; skos:prefLabel "西川县"@zh ; pol:adminLevel "county" ; pol:locatedIn id:region\\/990100000000 .
  id:region\\/990101001000 a pol:Region ; skos:prefLabel "金沙镇"@zh ; pol:adminLevel "township" ; pol:locatedIn id:region\\/990101000000 .
  id:programme\\/jian-kang-xiao-wu a pol:Programme ; skos:prefLabel "健康小屋行动"@zh .
  id:institution\\/dong-chuan a pol:Institution ; skos:prefLabel "东川县人民医院"@zh ; skos:altLabel "县人民医院"@zh .
  id:institution\\/xi-chuan a pol:Institution ; skos:prefLabel "西川县人民医院"@zh .
  id:institution\\/jin-sha a pol:Institution ; skos:prefLabel "金沙镇卫生院"@zh .
}

id:doc\\/a {
  id:doc\\/a a pol:SourceDocument ; dcterms:source "a.txt" ; dcterms:date "2019-03-01"^^xsd:date ; pol:year 2019 ;
    pol:aboutRegion id:region\\/990101000000 .
  id:region\\/990101000000 pol:implements id:programme\\/jian-kang-xiao-wu .
  id:programme\\/jian-kang-xiao-wu pol:mentionedIn id:doc\\/a .
  id:institution\\/dong-chuan pol:mentionedIn id:doc\\/a ; pol:locatedIn id:region\\/990101000000 ;
    pol:partnersWith id:institution\\/xi-chuan , id:institution\\/jin-sha .
  id:institution\\/xi-chuan pol:mentionedIn id:doc\\/a ; pol:locatedIn id:region\\/990102000000 .
  id:institution\\/jin-sha pol:mentionedIn id:doc\\/a ; pol:locatedIn id:region\\/990101001000 .
  id:doc\\/a\\/m0-7 a pol:Mention ; pol:denotes id:institution\\/dong-chuan ; pol:inDocument id:doc\\/a ;
    pol:text "东川县人民医院"@zh ; pol:sentence "东川县人民医院与西川县人民医院结成对子。"@zh .
  id:doc\\/a\\/m8-15 a pol:Mention ; pol:denotes id:institution\\/xi-chuan ; pol:inDocument id:doc\\/a ;
    pol:text "西川县人民医院"@zh ; pol:sentence "东川县人民医院与西川县人民医院结成对子。"@zh .
  id:doc\\/a\\/m30-35 a pol:Mention ; pol:denotes id:institution\\/dong-chuan ; pol:inDocument id:doc\\/a ;
    pol:text "县人民医院"@zh ; pol:sentence "县人民医院牵头组建医共体。"@zh .
}

id:doc\\/b {
  id:doc\\/b a pol:SourceDocument ; dcterms:source "b.txt" ; pol:aboutRegion id:region\\/990102000000 .
  id:programme\\/jian-kang-xiao-wu pol:mentionedIn id:doc\\/b .
}
"""


def hand_built_dataset() -> Dataset:
    dataset = Dataset(default_union=True)
    dataset.parse(data=TRIG, format="trig")
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, replace=True)
    return dataset


def test_projection_has_one_node_per_entity_whatever_its_surface_forms():
    graph = analyse.projection(hand_built_dataset())
    hospitals = [n for n, data in graph.nodes(data=True) if data["label"] == "东川县人民医院"]
    assert hospitals == ["https://w3id.org/policykg/id/institution/dong-chuan"]
    assert {node for node, _, _ in analyse.most_central(graph, k=100)} == set(graph.nodes)


def test_statements_keep_which_way_located_in_points_and_which_document_says_so():
    graph = analyse.statements(hand_built_dataset())
    hospital, county = "https://w3id.org/policykg/id/institution/dong-chuan", "https://w3id.org/policykg/id/region/990101000000"
    assert graph.has_edge(hospital, county, "locatedIn") and not graph.has_edge(county, hospital, "locatedIn")
    assert graph.edges[hospital, county, "locatedIn"]["documents"] == {"https://w3id.org/policykg/id/doc/a"}
    assert graph.nodes["https://w3id.org/policykg/id/doc/a"]["year"] == "2019"
    assert graph.nodes["https://w3id.org/policykg/id/doc/b"]["year"] is None


def run_saved_query(tmp_path, name: str) -> list:
    store.write(hand_built_dataset(), tmp_path)
    return list(store.query(tmp_path, (QUERIES / name).read_text(encoding="utf-8")))


def test_spread_query_lists_the_regions_and_years_the_analysis_finds(tmp_path):
    graph = analyse.statements(hand_built_dataset())
    [(item, years)] = analyse.spread_across_regions(graph)
    [row] = run_saved_query(tmp_path, "spread-across-regions.rq")
    assert str(row.label) == graph.nodes[item]["label"] == "健康小屋行动"
    assert int(row.regionCount) == len(years) == 2
    assert set(str(row.regions).split("; ")) == {"东川县 (2019)", "西川县 (unknown)"}


def test_partners_query_lists_the_pairs_the_analysis_finds(tmp_path):
    graph = analyse.statements(hand_built_dataset())
    found = {(graph.nodes[a]["label"], graph.nodes[b]["label"]) for a, b, _ in analyse.partners_across_regions(graph)}
    rows = run_saved_query(tmp_path, "partners-across-regions.rq")
    assert {(str(row.aLabel), str(row.bLabel)) for row in rows} == found == {("东川县人民医院", "西川县人民医院")}
    assert [(str(row.aHomeLabel), str(row.bHomeLabel), str(row.documents)) for row in rows] == [("东川县", "西川县", "a.txt")]
