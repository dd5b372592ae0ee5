"""Why the NER reads characters, not words: how many gold entities jieba's words could not express.

    python benchmarks/segmentation.py

A word-level tagger can only label whole words, so an entity whose start or end falls inside a
jieba word is lost before training starts. Prints that share for MSRA's test set and for our genre
annotations (tune split and seeds).
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import jieba

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import read_labelled  # noqa: E402

jieba.setLogLevel(logging.WARNING)
SHARED = ROOT.parent / "shared"


def boundaries(text: str) -> set[int]:
    edges, position = {0}, 0
    for word in jieba.cut(text):
        position += len(word)
        edges.add(position)
    return edges


def share_cut(items: list[tuple[str, list[tuple[int, int]]]]) -> tuple[int, int]:
    cut = total = 0
    for text, spans in items:
        edges = boundaries(text)
        for start, end in spans:
            total += 1
            cut += start not in edges or end not in edges
    return cut, total


def main() -> None:
    msra = [(text, [(s, e) for s, e, _ in spans])
            for text, spans in read_labelled(SHARED / "datasets" / "msra" / "test.sighan_lines.bio")]
    splits = json.loads((ROOT / "pipelines" / "splits.json").read_text(encoding="utf-8"))
    keep = set(splits["tune"]) | set(splits["seeds"])
    by_doc: dict[str, list[tuple[int, int]]] = {}
    for file in sorted((ROOT / "pipelines" / "annotations").glob("*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["doc"] in keep:
                by_doc.setdefault(record["doc"], []).extend(map(tuple, record["mentions"]))
    genre = [((SHARED / "corpus" / doc).read_text(encoding="utf-8"), spans) for doc, spans in by_doc.items()]
    for name, items in (("MSRA test", msra), ("genre (tune + seeds)", genre)):
        cut, total = share_cut(items)
        print(f"{name:<22} {cut:5d} of {total:5d} entity mentions ({cut / total:.1%}) start or end inside a jieba word")


if __name__ == "__main__":
    main()
