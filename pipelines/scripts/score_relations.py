"""Score the relations a build reads (partnersWith, memberOf, locatedIn) against hand annotations.

Usage: python pipelines/scripts/score_relations.py [ANNOTATIONS.jsonl ...] [--corpus DIR] [--show]

The annotations (pipelines/annotations/relations/*.jsonl, see NOTES.md there) hold offsets
only. A `{"doc", "annotated"}` line says a document was read in full for those relation kinds, so
what the build predicts there counts for precision even when the document states none.

Each annotated folder (seeds, genre) is built with `kg.flow.extract`, as `kg build` does. A
predicted relation matches an annotated one when both ends' entities carry the annotated surface
among their labels (either way round for the symmetric partnersWith). An office of a place's
government named by the place alone (副区长 of 甲区) is annotated with the place as object; it
matches the entity whose label is that place's 人民政府.

locatedIn records name the subject by a mention's offsets and the region by its GB/T 2260 code
(null: neither the name nor the document places it). The entity the build made of that mention
must have a direct pol:locatedIn to the division with that code; every direct locatedIn it has
counts for precision, and any edge from a subject annotated null is a guess, so false.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kg.flow import extract  # noqa: E402
from kg.resolve import normalise  # noqa: E402

KINDS = ("partnersWith", "memberOf")


def read_annotations(files: list[Path]) -> tuple[dict[str, set[str]], list[dict]]:
    """The documents read for each kind, and the relation records."""
    annotated: dict[str, set[str]] = defaultdict(set)
    records = []
    for file in files:
        for line in file.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            if "annotated" in record:
                annotated[record["doc"]].update(record["annotated"])
            else:
                records.append(record)
    return annotated, records


def build(corpus: Path, docs: list[str]):
    """Build each folder's annotated documents together, as a user would build that folder."""
    by_folder: dict[str, list[Path]] = defaultdict(list)
    for doc in docs:
        by_folder[doc.split("/")[0]].append(corpus / doc)
    graphs = {}
    for folder, files in by_folder.items():
        kg = extract(sorted(files))
        for path in files:
            graphs[f"{folder}/{path.name}"] = kg
    return graphs


def labels(entity) -> set[str]:
    return {normalise(label) for label in {entity.label, *entity.alt_labels}}


def names_subject(entity, surface: str) -> bool:
    return surface in labels(entity)


def names_object(entity, surface: str, kind: str) -> bool:
    if surface in labels(entity):
        return True
    return kind == "memberOf" and any(label.endswith("人民政府") and label.startswith(surface) for label in labels(entity))


def matches(prediction, record, kg, text: str) -> bool:
    subject = normalise(text[slice(*record["subject"])])
    obj = normalise(text[slice(*record["object"])])
    ends = [(prediction.subject, prediction.object)]
    if record["relation"] == "partnersWith":
        ends.append((prediction.object, prediction.subject))
    return any(names_subject(kg.entities[s], subject) and names_object(kg.entities[o], obj, record["relation"])
               for s, o in ends)


def predictions(kg, doc: str, kind: str) -> list:
    """The distinct relations of one kind read from one document (a pair stated twice counts once)."""
    name = doc.split("/", 1)[1]
    seen, found = set(), []
    for relation in kg.relations:
        if relation.predicate != kind or relation.doc_path != name:
            continue
        pair = frozenset((relation.subject, relation.object)) if kind == "partnersWith" else (relation.subject, relation.object)
        if pair not in seen:
            seen.add(pair)
            found.append(relation)
    return found


def entity_at(kg, doc: str, span: list[int]):
    """The entity the build made of the mention at `span` (or of one overlapping it)."""
    name = doc.split("/", 1)[1]
    key = kg.mention_entity.get((name, *span))
    if key is None:
        key = next((k for (d, s, e), k in kg.mention_entity.items() if d == name and s < span[1] and span[0] < e), None)
    return kg.entities.get(key) if key else None


def score_located(records: list[dict], graphs: dict, show: bool) -> None:
    gold = [r for r in records if r["relation"] == "locatedIn"]
    if not gold:
        return
    placed = [r for r in gold if r["region"]]
    recalled = correct = predicted = 0
    for record in gold:
        kg = graphs[record["doc"]]
        entity = entity_at(kg, record["doc"], record["subject"])
        targets = {kg.entities[r.object].admin_code for r in kg.relations
                   if entity and r.predicate == "locatedIn" and r.subject == entity.key}
        predicted += len(targets)
        correct += record["region"] in targets
        recalled += bool(record["region"]) and record["region"] in targets
        if show and targets != ({record["region"]} if record["region"] else set()):
            print(f"  locatedIn {record['doc']} {record['subject']}: {entity.label if entity else '(no entity)'} "
                  f"→ {sorted(targets)}, annotated {record['region']}")
    recall = recalled / len(placed) if placed else float("nan")
    precision = correct / predicted if predicted else float("nan")
    print(f"{'locatedIn':13} documents {len({r['doc'] for r in gold}):3}  gold {len(placed):3}  "
          f"unplaced {len(gold) - len(placed):3}  predicted {predicted:3}  recall {recall:.2f}  precision {precision:.2f}")


def score(files: list[Path], corpus: Path, show: bool) -> None:
    annotated, records = read_annotations(files)
    graphs = build(corpus, sorted(set(annotated) | {r["doc"] for r in records}))
    score_located(records, graphs, show)
    for kind in KINDS:
        gold = [r for r in records if r["relation"] == kind]
        if not gold and not any(kind in kinds for kinds in annotated.values()):
            continue
        docs = [doc for doc, kinds in annotated.items() if kind in kinds]
        recalled = correct = predicted = titles_right = 0
        for doc in docs:
            kg, text = graphs[doc], (corpus / doc).read_text(encoding="utf-8")
            doc_gold = [r for r in gold if r["doc"] == doc]
            doc_predictions = predictions(kg, doc, kind)
            predicted += len(doc_predictions)
            for prediction in doc_predictions:
                hit = next((r for r in doc_gold if matches(prediction, r, kg, text)), None)
                correct += hit is not None
                if hit and "title" in hit:
                    titles_right += prediction.title == text[slice(*hit["title"])]
                if show and not hit:
                    print(f"  false {kind} {doc}: {kg.entities[prediction.subject].label} — "
                          f"{prediction.title + ' @ ' if prediction.title else ''}{kg.entities[prediction.object].label}")
            for record in doc_gold:
                found = any(matches(p, record, kg, text) for p in doc_predictions)
                recalled += found
                if show and not found:
                    ends = " — ".join(text[slice(*record[end])] for end in ("subject", "object"))
                    print(f"  missed {kind} {doc}: {ends}")
        recall = recalled / len(gold) if gold else float("nan")
        precision = correct / predicted if predicted else float("nan")
        line = f"{kind:13} documents {len(docs):3}  gold {len(gold):3}  predicted {predicted:3}  " \
               f"recall {recall:.2f}  precision {precision:.2f}"
        if kind == "memberOf":
            line += f"  titles as annotated {titles_right}/{correct}"
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("annotations", nargs="*", type=Path,
                        default=sorted((ROOT / "pipelines" / "annotations" / "relations").glob("*.jsonl")))
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--show", action="store_true", help="list the misses and the false relations")
    args = parser.parse_args()
    for file in args.annotations:
        print(f"== {file.name}")
        score([file], args.corpus, args.show)


if __name__ == "__main__":
    main()
