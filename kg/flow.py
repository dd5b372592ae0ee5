"""The flow of a build, stage by stage: read → clean → recognise → resolve → relate → store → analyse → draw."""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import analyse, draw, store
from .clean import clean
from .gazetteer import Gazetteer
from .indicators import find_indicators
from .model import DocumentFacts, KnowledgeGraph
from .read import find_documents, read_document
from .recognise import load_pipeline, recognise, spread_known_names
from .relate import relate
from .resolve import resolve


@dataclass
class BuildSummary:
    documents: int
    entities_by_type: dict[str, int]
    relations_by_kind: dict[str, int] = field(default_factory=dict)
    triples: int = 0
    seconds: float = 0.0


def extract(paths: list[Path], progress: Callable = lambda items, **_: items) -> KnowledgeGraph:
    """Everything up to the RDF: documents, entities, relations, indicators."""
    files = find_documents(paths)
    nlp = load_pipeline()
    facts = []
    for file, relative in progress(files, desc="reading", unit="doc"):
        document = clean(read_document(file, relative))
        facts.append(DocumentFacts(document=document, mentions=recognise(document, nlp)))
    spread_known_names(facts)
    gazetteer = Gazetteer.load()
    resolver = resolve(facts, gazetteer)
    relations = relate(facts, resolver, gazetteer)
    return KnowledgeGraph(
        documents=facts,
        entities=resolver.entities,
        relations=relations,
        indicators=[i for f in facts for i in find_indicators(f, resolver.mention_entity)],
        mention_entity=resolver.mention_entity,
    )


def build(paths: list[Path], out: Path, progress: Callable = lambda items, **_: items) -> BuildSummary:
    started = time.perf_counter()
    kg = extract(paths, progress)
    dataset = store.to_dataset(kg)
    triples = store.write(dataset, out)
    graph = analyse.projection(store.open_store(out))
    draw.write_page(graph, out / "graph.html", title=f"policykg — {', '.join(p.name for p in paths)}")
    mentioned = [e for e in kg.entities.values() if e.mentions]
    return BuildSummary(
        documents=len(kg.documents),
        entities_by_type=dict(Counter(e.type.value for e in mentioned)),
        relations_by_kind=dict(Counter(r.predicate for r in kg.relations)),
        triples=triples,
        seconds=time.perf_counter() - started,
    )
