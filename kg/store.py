"""Store: the knowledge graph as RDF in an on-disk Oxigraph store, one named graph per document.

The only module that knows RDF terms. A build is written to a temporary folder and renamed into
place, so a failed build never leaves a half-written store behind.
"""
from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from pypinyin import lazy_pinyin
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, SKOS, XSD

from .model import Entity, Indicator, KnowledgeGraph
from .vocabulary import ID, POL, PREFIXES

STORE_DIR = "store"
ENTITIES_GRAPH = ID["graph/entities"]
EXPORT_FORMATS = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}
PREDICATES = {"locatedIn": POL.locatedIn, "partnersWith": POL.partnersWith, "implements": POL.implements}


class StoreError(Exception):
    """A store that cannot be opened or a query that cannot run; the message says why."""


def slug(text: str) -> str:
    ascii_ = "-".join(lazy_pinyin(text))
    ascii_ = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    return ascii_[:48].strip("-") or "x"


def entity_iri(key: str) -> URIRef:
    """A stable ASCII IRI from an entity's key: readable pinyin plus a hash of the whole key."""
    kind = key.split("/", 1)[0]
    if key.startswith("region/") and key[7:].isdigit():
        return ID[f"region/{key[7:]}"]
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    return ID[f"{kind}/{slug(key.rsplit('/', 1)[-1])}-{digest}"]


def document_iri(path: str) -> URIRef:
    return ID[f"doc/{slug(Path(path).stem)}-{hashlib.sha1(path.encode()).hexdigest()[:10]}"]


def to_dataset(kg: KnowledgeGraph) -> Dataset:
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    shared = dataset.graph(ENTITIES_GRAPH)
    texts = {facts.document.source.path: facts.document.source.text for facts in kg.documents}
    documents = {}
    for facts in kg.documents:
        source = facts.document.source
        doc = document_iri(source.path)
        documents[source.path] = doc
        graph = dataset.graph(doc)
        graph.add((doc, RDF.type, POL.SourceDocument))
        graph.add((doc, DCTERMS.source, Literal(source.path)))
        if source.title:
            graph.add((doc, DCTERMS.title, Literal(source.title, lang="zh")))
        if source.date:
            graph.add((doc, DCTERMS.date, Literal(source.date, datatype=XSD.date)))
        if source.year:
            graph.add((doc, POL.year, Literal(source.year)))
        if facts.about_region:
            graph.add((doc, POL.aboutRegion, entity_iri(facts.about_region)))
    for entity in kg.entities.values():
        _add_entity(shared, entity)
        for mention in sorted(entity.mentions, key=lambda m: (m.doc_path, m.start)):
            graph = dataset.graph(documents[mention.doc_path])
            iri = entity_iri(entity.key)
            node = URIRef(f"{documents[mention.doc_path]}/m{mention.start}-{mention.end}")
            graph.add((iri, POL.mentionedIn, documents[mention.doc_path]))
            graph.add((node, RDF.type, POL.Mention))
            graph.add((node, POL.inDocument, documents[mention.doc_path]))
            graph.add((node, POL.denotes, iri))
            graph.add((node, POL.start, Literal(mention.start)))
            graph.add((node, POL.end, Literal(mention.end)))
            graph.add((node, POL.text, Literal(texts[mention.doc_path][mention.start:mention.end], lang="zh")))
            start, end = mention.sentence
            graph.add((node, POL.sentence, Literal(texts[mention.doc_path][start:end], lang="zh")))
    for relation in kg.relations:
        graph = dataset.graph(documents[relation.doc_path]) if relation.doc_path else shared
        subject, obj = entity_iri(relation.subject), entity_iri(relation.object)
        if relation.predicate == "memberOf":
            membership = URIRef(f"{subject}/post/{hashlib.sha1((relation.object + relation.title).encode()).hexdigest()[:8]}")
            graph.add((membership, RDF.type, ORG.Membership))
            graph.add((membership, ORG.member, subject))
            graph.add((membership, ORG.organization, obj))
            graph.add((membership, POL.title, Literal(relation.title, lang="zh")))
            if relation.doc_path:
                graph.add((membership, PROV.wasDerivedFrom, documents[relation.doc_path]))
            continue
        graph.add((subject, PREDICATES[relation.predicate], obj))
    for indicator in kg.indicators:
        doc = documents[indicator.doc_path]
        _add_indicator(dataset.graph(doc), indicator, doc, texts[indicator.doc_path])
    return dataset


def indicator_iri(indicator: Indicator) -> URIRef:
    """Stable across builds: the document, where its figure is, and what it measures."""
    key = f"{indicator.doc_path}\x00{indicator.value_span}\x00{indicator.metric}"
    return ID[f"indicator/{slug(Path(indicator.doc_path).stem)}-{hashlib.sha1(key.encode()).hexdigest()[:10]}"]


def _number(value) -> Literal:
    """xsd:integer for whole numbers, xsd:decimal otherwise (never a float: 26.33 stays 26.33)."""
    return Literal(int(value)) if value == int(value) else Literal(value, datatype=XSD.decimal)


def _add_indicator(graph: Graph, indicator: Indicator, doc: URIRef, text: str) -> None:
    """The figure with its provenance: the document, the span of the figure and its sentence."""
    node = indicator_iri(indicator)
    graph.add((node, RDF.type, POL.Indicator))
    if indicator.about:
        graph.add((node, POL.about, entity_iri(indicator.about)))
    graph.add((node, POL.metric, Literal(indicator.metric, lang="zh")))
    graph.add((node, POL.unit, Literal(indicator.unit)))
    graph.add((node, POL.status, POL[indicator.status]))
    for predicate, number in ((POL.value, indicator.value), (POL.minValue, indicator.min_value), (POL.maxValue, indicator.max_value)):
        if number is not None:
            graph.add((node, predicate, _number(number)))
    if indicator.year:
        graph.add((node, POL.year, Literal(indicator.year)))
    graph.add((node, PROV.wasDerivedFrom, doc))
    start, end = indicator.value_span
    graph.add((node, POL.start, Literal(start)))
    graph.add((node, POL.end, Literal(end)))
    graph.add((node, POL.text, Literal(text[start:end], lang="zh")))
    graph.add((node, POL.sentence, Literal(text[indicator.sentence[0]:indicator.sentence[1]], lang="zh")))


def _add_entity(graph: Graph, entity: Entity) -> None:
    iri = entity_iri(entity.key)
    graph.add((iri, RDF.type, POL[entity.type.value]))
    graph.add((iri, SKOS.prefLabel, Literal(entity.label, lang="zh")))
    for alt in sorted(entity.alt_labels - {entity.label}):
        graph.add((iri, SKOS.altLabel, Literal(alt, lang="zh")))
    if entity.type.value == "Region" and entity.key[7:].isdigit():
        graph.add((iri, POL.adminCode, Literal(entity.key[7:])))
        if entity.level:
            graph.add((iri, POL.adminLevel, Literal(entity.level)))
    for reason in sorted(entity.merge_reasons):
        graph.add((iri, POL.resolutionNote, Literal(reason, lang="zh")))


def write(dataset: Dataset, out: Path) -> int:
    """Write graph.ttl and the persistent store into `out`, atomically; returns the triple count."""
    out.mkdir(parents=True, exist_ok=True)
    staging = out / f".{STORE_DIR}.new"
    shutil.rmtree(staging, ignore_errors=True)
    union = Graph()
    for prefix, namespace in PREFIXES.items():
        union.bind(prefix, namespace)
    for quad in dataset.quads((None, None, None, None)):
        union.add(quad[:3])
    ttl_tmp = out / ".graph.ttl.new"
    union.serialize(destination=ttl_tmp, format="turtle")
    import pyoxigraph

    store = pyoxigraph.Store(str(staging))
    nquads = dataset.serialize(format="nquads", encoding="utf-8")
    store.bulk_load(nquads, format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    del store
    old = out / f".{STORE_DIR}.old"
    shutil.rmtree(old, ignore_errors=True)
    if (out / STORE_DIR).exists():
        (out / STORE_DIR).rename(old)
    staging.rename(out / STORE_DIR)
    shutil.rmtree(old, ignore_errors=True)
    ttl_tmp.replace(out / "graph.ttl")
    return len(union)


def open_store(out: Path) -> Dataset:
    path = out / STORE_DIR
    if not path.is_dir():
        raise StoreError(f"{out}: no store here (run `kg build ... --out {out}` first)")
    dataset = Dataset(store="Oxigraph", default_union=True)
    try:
        dataset.open(str(path), create=False)
    except Exception as error:  # pyoxigraph raises OSError subclasses with long messages
        raise StoreError(f"{path}: cannot open store ({str(error).splitlines()[0]})") from error
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, replace=True)
    return dataset


def query(out: Path, sparql: str):
    dataset = open_store(out)
    try:
        result = dataset.query(sparql, initNs={prefix: str(ns) for prefix, ns in PREFIXES.items()})
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            for prefix, namespace in PREFIXES.items():
                result.graph.bind(prefix, namespace)
        return result
    except Exception as error:
        message = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise StoreError(f"query failed: {message}") from error


def export(out: Path, format_: str, destination: Path) -> None:
    dataset = open_store(out)
    tmp = destination.with_name(f".{destination.name}.new")
    if format_ in ("turtle", "ntriples"):
        graph = Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            graph.add((s, p, o))
        graph.serialize(destination=tmp, format=EXPORT_FORMATS[format_])
    else:
        dataset.serialize(destination=tmp, format=EXPORT_FORMATS[format_])
    tmp.replace(destination)

