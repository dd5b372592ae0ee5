"""Evaluate: per-type precision, recall and F1.

Two kinds of gold:
- standoff annotations of our own (pipelines/annotations/*.jsonl: document path, spans, label,
  grade), scored against a built graph.ttl the way the annotation guidelines count: one node of
  the right type, mentioned in the document, carrying the entity's name among its labels;
  optional entities cost nothing either way; two nodes for one entity count as an error;
- public NER corpora (MSRA-style BIO, CLUENER JSON), scored span by span on the recogniser.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import DCTERMS, RDF, SKOS

from .resolve import normalise
from .vocabulary import POL

TYPES = ("Institution", "Region", "Person", "Programme", "Slogan", "PolicyDocument")
NER_PACKAGE = "zh_policykg_ner"  # the trained pipeline that kg build uses (pipelines/project.yml)
SPLITS = Path(__file__).resolve().parent.parent / "pipelines" / "splits.json"
BIO_LABELS = {"PER": "Person", "LOC": "Region", "ORG": "Institution", "NAME": "Person", "GPE": "Region",
              "PER.NAM": "Person", "ORG.NAM": "Institution", "GPE.NAM": "Region"}
CLUENER_LABELS = {"name": "Person", "government": "Institution", "organization": "Institution", "address": "Region"}


class EvaluationError(Exception):
    pass


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    by_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    documents: int = 0
    errors: list[str] = field(default_factory=list)
    duplicates: int = 0  # annotated entities that two or more nodes carry
    merged: dict[str, set[str]] = field(default_factory=dict)  # node → the annotated names it carries, when several
    shared: int = 0  # programmes and slogans annotated in several documents
    shared_as_one: int = 0  # … that one node carries in all of them

    @property
    def total(self) -> Counts:
        return Counts(*(sum(getattr(c, k) for c in self.by_type.values()) for k in ("tp", "fp", "fn")))


@dataclass
class GoldEntity:
    label: str
    accepted: set[str]
    required: bool
    name: str
    surfaces: set[str]


def load_gold(path: Path, corpus: Path, split: str | None = None) -> dict[str, list[GoldEntity]]:
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    keep = None
    if split:
        splits = json.loads(SPLITS.read_text(encoding="utf-8"))
        if split not in splits:
            raise EvaluationError(f"{SPLITS}: no split named {split!r} (have {', '.join(splits)})")
        keep = set(splits[split])
    gold: dict[str, list[GoldEntity]] = defaultdict(list)
    texts: dict[str, str] = {}
    for file in files:
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise EvaluationError(f"{file}:{number}: not JSON ({error.msg})") from error
            doc = record["doc"]
            if keep is not None and doc not in keep:
                continue
            if doc not in texts:
                source = corpus / doc
                if not source.is_file():
                    raise EvaluationError(f"{file}:{number}: {source} not found")
                texts[doc] = source.read_text(encoding="utf-8")
            text = texts[doc]
            surfaces = {normalise(text[s:e]) for s, e in record["mentions"]}
            name = (normalise("".join(text[s:e] for s, e in record["canonical"])) if record.get("canonical")
                    else max(sorted(surfaces), key=len))
            gold[doc].append(GoldEntity(record["label"], {record["label"], *record.get("also", [])},
                                        record["grade"] == "required", name, surfaces))
    return gold


def predicted_nodes(graph_file: Path) -> dict[str, list[tuple[str, str, set[str]]]]:
    """file name → [(node, type, normalised labels)] for every entity mentioned in that document."""
    graph = Graph()
    graph.parse(graph_file, format="turtle")
    sources = {doc: str(src) for doc, src in graph.subject_objects(DCTERMS.source)}
    nodes: dict[str, list[tuple[str, str, set[str]]]] = defaultdict(list)
    for entity, doc in graph.subject_objects(POL.mentionedIn):
        kinds = [str(t).rsplit("#", 1)[-1] for t in graph.objects(entity, RDF.type)]
        kind = next((k for k in kinds if k in TYPES), None)
        labels = {normalise(str(l)) for l in graph.objects(entity, SKOS.prefLabel)}
        labels |= {normalise(str(l)) for l in graph.objects(entity, SKOS.altLabel)}
        nodes[Path(sources[doc]).name].append((str(entity), kind, labels))
    return nodes


def score_graph(gold_path: Path, graph_file: Path, corpus: Path, split: str | None = None) -> Scores:
    if not graph_file.is_file():
        raise EvaluationError(f"{graph_file}: not found (run kg build first)")
    gold = load_gold(gold_path, corpus, split)
    predicted = predicted_nodes(graph_file)
    scores = Scores()
    names_of_node: dict[str, set[str]] = defaultdict(set)
    nodes_of_shared: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(dict)  # (type, name) → doc → nodes
    for doc, entities in sorted(gold.items()):
        scores.documents += 1
        nodes = predicted.get(Path(doc).name, [])
        used: dict[str, int] = defaultdict(int)  # node → gold entities it matched
        matched_by: dict[int, list[str]] = defaultdict(list)
        for index, entity in enumerate(entities):
            for node, kind, labels in nodes:
                if kind in entity.accepted and entity.name in labels:
                    matched_by[index].append(node)
                    used[node] += 1
                    names_of_node[node].add(entity.name)
        for index, entity in enumerate(entities):
            if not entity.required:
                continue
            counts = scores.by_type[entity.label]
            if entity.label in ("Programme", "Slogan"):
                nodes_of_shared[(entity.label, entity.name)][doc] = set(matched_by[index])
            if matched_by[index]:
                counts.tp += 1
                counts.fp += len(matched_by[index]) - 1
                if len(matched_by[index]) > 1:
                    scores.duplicates += 1
                    scores.errors.append(f"{doc}: duplicate nodes for {entity.label} {entity.name}")
            else:
                counts.fn += 1
                scores.errors.append(f"{doc}: missed {entity.label} {entity.name}")
        optional_surfaces = {(kind, s) for e in entities for kind in e.accepted for s in e.surfaces | {e.name}}
        for node, kind, labels in nodes:
            if used[node]:
                continue
            if any((kind, label) in optional_surfaces for label in labels):
                continue  # a partial or optional match: neither right nor wrong
            scores.by_type.setdefault(kind, Counts()).fp += 1
            scores.errors.append(f"{doc}: spurious {kind} {sorted(labels, key=len)[-1]}")
    # One node carrying two annotated names is a merge to check: of two things, or of two names
    # that the annotations spell differently for one thing.
    scores.merged = {node: names for node, names in names_of_node.items() if len(names) > 1}
    for (kind, name), by_doc in nodes_of_shared.items():
        if len(by_doc) > 1:
            scores.shared += 1
            common = set.intersection(*by_doc.values())
            scores.shared_as_one += bool(common)
            if not common:
                scores.errors.append(f"{kind} {name} in {len(by_doc)} documents is not one node in all of them")
    return scores


def read_labelled(path: Path) -> list[tuple[str, set[tuple[int, int, str]]]]:
    """Sentences with gold spans from BIO/BMES files (char<sep>tag) or CLUENER JSON lines."""
    if not path.is_file():
        raise EvaluationError(f"{path}: not found")
    sentences = []
    if path.suffix == ".json":
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            spans = set()
            for label, names in record.get("label", {}).items():
                if label in CLUENER_LABELS:
                    for positions in names.values():
                        for start, end in positions:
                            spans.add((start, end + 1, CLUENER_LABELS[label]))
            sentences.append((record["text"], spans))
        return sentences
    chars: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if chars:
                sentences.append(("".join(chars), _spans_from_tags(tags)))
            chars, tags = [], []
            continue
        parts = line.split()
        if len(parts) < 2:
            continue
        chars.append(parts[0][0])
        tags.append(parts[-1])
    return sentences


def _spans_from_tags(tags: list[str]) -> set[tuple[int, int, str]]:
    spans, start, label = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, kind = tag.partition("-")
        if start is not None and (prefix in ("B", "S", "O") or kind != label):
            if label in BIO_LABELS:
                spans.add((start, i, BIO_LABELS[label]))
            start, label = None, None
        if prefix in ("B", "S") or (prefix in ("I", "M", "E") and start is None and kind):
            start, label = i, kind
    return spans


def score_labelled_file(path: Path, model: str = NER_PACKAGE) -> Scores:
    """Score a trained NER (the production one by default) span by span on a public labelled set.

    The datasets label MSRA's sense of the three types (LOC is any named place), so it is the
    statistical component that is scored here, with its own labels; the production recogniser
    narrows LOC to administrative Regions afterwards.
    """
    import spacy

    from .recognise import MODEL_LABELS

    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise EvaluationError(f"{model}: cannot load the NER model ({error})") from error
    sentences = read_labelled(path)
    scores = Scores()
    for (_, gold), doc in zip(sentences, nlp.pipe((text for text, _ in sentences), batch_size=256)):
        found = {(e.start_char, e.end_char, MODEL_LABELS.get(e.label_)) for e in doc.ents}
        for kind in ("Person", "Region", "Institution"):
            g = {s for s in gold if s[2] == kind}
            f = {s for s in found if s[2] == kind}
            scores.by_type[kind].tp += len(g & f)
            scores.by_type[kind].fp += len(f - g)
            scores.by_type[kind].fn += len(g - f)
        scores.documents += 1
    for kind in ("Programme", "Slogan", "PolicyDocument"):
        scores.by_type.pop(kind)
    return scores


def table(scores: Scores) -> str:
    lines = [f"{'type':<15} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for kind, c in list(scores.by_type.items()) + [("ALL", scores.total)]:
        lines.append(f"{kind:<15} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5d} {c.fp:5d} {c.fn:5d}")
    lines.append(f"({scores.documents} documents or sentences)")
    if scores.shared:
        lines.append(f"programmes and slogans in several documents: {scores.shared}, "
                     f"one node in all their documents: {scores.shared_as_one}")
    if scores.duplicates or scores.merged:
        lines.append(f"duplicates (one annotated entity, several nodes): {scores.duplicates}")
        lines.append(f"merges to check (one node, several annotated names): {len(scores.merged)}")
        lines += [f"  {node}: {' | '.join(sorted(names))}" for node, names in sorted(scores.merged.items())]
    return "\n".join(lines)
