"""Recall and precision of the indicator stage against hand annotations.

    python benchmarks/indicators.py [ANNOTATIONS] [CORPUS]
      (default: pipelines/annotations/indicators/seeds.jsonl and ../shared/corpus)

An annotation is {"doc", "value_span", "metric", "status", "masked"}, offsets into the file's text;
{"doc", "annotated": ["indicators"]} says a document was read in full (one with no indicators too).
A found indicator matches an annotation when its figure span is the same (so the same number, range
or mask was read); it is right when the status also agrees and a masked figure has no value, and
its metric is right when its metric span overlaps the annotated one. Precision counts the found
indicators of the annotated documents that match any annotation, whatever their status.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.flow import extract  # noqa: E402


def main() -> None:
    annotations_path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "pipelines" / "annotations" / "indicators" / "seeds.jsonl"
    corpus = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT.parent / "shared" / "corpus"
    records = [json.loads(line) for line in annotations_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = [record for record in records if "value_span" in record]
    documents = sorted({record["doc"] for record in records})
    found = {}
    for folder in sorted({Path(doc).parent for doc in documents}):
        files = [corpus / doc for doc in documents if Path(doc).parent == folder]
        for indicator in extract(files).indicators:
            found[(f"{folder}/{indicator.doc_path}", *indicator.value_span)] = indicator
    counts = Counter()
    for record in gold:
        indicator = found.get((record["doc"], *record["value_span"]))
        kind = "masked" if record["masked"] else "stated"
        counts[f"{kind} gold"] += 1
        if indicator is None:
            continue
        counts[f"{kind} found"] += 1
        unknown = indicator.value is None and indicator.min_value is None and indicator.max_value is None
        if indicator.status == record["status"] and unknown == record["masked"]:
            counts[f"{kind} right"] += 1
            metric = indicator.metric_span
            counts["metric right"] += bool(metric) and metric[0] < record["metric"][1] and record["metric"][0] < metric[1]
    matched = len({(r["doc"], *r["value_span"]) for r in gold} & set(found))
    gold_total = counts["stated gold"] + counts["masked gold"]
    right = counts["stated right"] + counts["masked right"]
    print(f"annotated indicators: {gold_total} ({counts['masked gold']} masked); found: {len(found)}")
    print(f"recall, figure found:           {matched / gold_total:.3f}  ({matched}/{gold_total})")
    print(f"recall, figure and status right: {right / gold_total:.3f}  ({right}/{gold_total})")
    print(f"recall, and the metric too:      {counts['metric right'] / gold_total:.3f}  ({counts['metric right']}/{gold_total})")
    for kind in ("stated", "masked"):
        print(f"  {kind:6} figures: found {counts[f'{kind} found']}/{counts[f'{kind} gold']}, right {counts[f'{kind} right']}")
    print(f"precision (found that are annotated): {matched / max(len(found), 1):.3f}  ({matched}/{len(found)})")


if __name__ == "__main__":
    main()
