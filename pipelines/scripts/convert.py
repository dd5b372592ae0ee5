"""Convert the training sources into spaCy DocBins: corpus/train.spacy and corpus/dev.spacy.

Sources:
- MSRA (BIO): PER, LOC, ORG as they are. The last 2,000 segments of train are the dev part.
  A segment that lists names with 、 between them is added a second time without the 、, because
  lists of names and bodies are often printed run together (rosters, signature lines, text whose
  spaces were stripped), which the news text of train almost never shows.
- CLUENER2020 train (JSON): `name` → PER and `government` → ORG; every other labelled span
  (addresses, companies, clubs, titles…) is marked *missing*, not outside, because MSRA would
  label some of them and CLUENER's boundaries differ.
- Our own standoff annotations of the genre (pipelines/annotations), on the cleaned text,
  for the `tune` split and the seeds only; the `heldout` split is never read here.
  Required entities get their label; optional ones are marked missing. A few tune documents
  form the genre part of dev. Genre documents are repeated (--genre-repeats) so the small
  in-domain set is not drowned by news text.
- Synthetic paragraphs of the genre that we wrote ourselves (pipelines/synthetic/*.txt), every
  entity marked inline as {name|T}; marks of optional entities ({name|?}) become missing. They are
  off by default (--synthetic-repeats 0): trained with them twice, the NER did no better on the
  held-out split as a whole (README, "Synthetic text, measured and left out").

Every document is tokenised by the production tokenizer (one token per character).
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

from kg.clean import clean, strip_span
from kg.evaluate import read_labelled
from kg.read import read_document

TYPE_LABELS = {"Person": "PER", "Region": "LOC", "Institution": "ORG",
               "Programme": "PROG", "Slogan": "SLOGAN", "PolicyDocument": "DOC"}
CLUENER_KEPT = {"name": "PER", "government": "ORG"}
CHUNK = 400  # characters: genre documents are cut at sentence ends into pieces of about this size


def make_doc(nlp, text: str, spans: list[tuple[int, int, str]], missing: list[tuple[int, int]]) -> Doc:
    doc = nlp.make_doc(text)
    entities, taken = [], [False] * len(text)
    # spaCy's NER cannot learn entities that begin or end with whitespace.
    spans = [(*strip_span(text, start, end), label) for start, end, label in spans]
    missing = [strip_span(text, start, end) for start, end in missing]
    for start, end, label in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):  # longest first
        if start >= end or any(taken[start:end]):
            continue
        span = doc.char_span(start, end, label=label)
        if span is not None:
            entities.append(span)
            taken[start:end] = [True] * (end - start)
    unknown = []
    for start, end in missing:
        if start < end and not any(taken[start:end]):
            span = doc.char_span(start, end)
            if span is not None:
                unknown.append(span)
                taken[start:end] = [True] * (end - start)
    doc.set_ents(sorted(entities, key=lambda s: s.start), missing=unknown, default="outside")
    return doc


def msra(nlp, segments, run_together: bool) -> list[Doc]:
    docs = []
    for text, gold in segments:
        spans = [(s, e, TYPE_LABELS[t]) for s, e, t in gold]
        docs.append(make_doc(nlp, text, spans, []))
        listed = run_together and _without_list_commas(text, spans)
        if listed:
            docs.append(make_doc(nlp, *listed, []))
    return docs


RUN_TOGETHER_LABELS = {"PER", "ORG"}


def _without_list_commas(text: str, spans: list[tuple[int, int, str]]):
    """The segment with the 、 between two names of the same kind removed; None if it has none."""
    ordered = sorted(spans)
    dropped = {a_end for (_, a_end, a_label), (b_start, _, b_label) in zip(ordered, ordered[1:])
               if a_label == b_label in RUN_TOGETHER_LABELS and text[a_end:b_start] == "、"}
    if not dropped:
        return None
    shift = [0] * (len(text) + 1)
    for i in range(len(text)):
        shift[i + 1] = shift[i] + (i in dropped)
    new_text = "".join(ch for i, ch in enumerate(text) if i not in dropped)
    return new_text, [(s - shift[s], e - shift[e], label) for s, e, label in spans]


def cluener(nlp, path: Path) -> list[Doc]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        spans, missing = [], []
        for label, names in record.get("label", {}).items():
            for positions in names.values():
                for start, end in positions:
                    if label in CLUENER_KEPT:
                        spans.append((start, end + 1, CLUENER_KEPT[label]))
                    else:
                        missing.append((start, end + 1))
        docs.append(make_doc(nlp, record["text"], spans, missing))
    return docs


def genre(nlp, annotations: Path, corpus: Path, names: list[str]) -> list[Doc]:
    records = defaultdict(list)
    for file in sorted(annotations.glob("*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                records[record["doc"]].append(record)
    docs = []
    for name in names:
        document = clean(read_document(corpus / name, name))
        spans, missing = [], []
        for record in records[name]:
            for start, end in record["mentions"]:
                if record["grade"] == "required":
                    spans.append((start, end, TYPE_LABELS[record["label"]]))
                else:
                    missing.append((start, end))
        for begin, end in _chunks(document.sentences):
            text = document.body[begin:end]
            if not text.strip():
                continue
            inside = [(s - begin, e - begin, label) for s, e, label in spans if begin <= s and e <= end]
            unknown = [(s - begin, e - begin) for s, e in missing if begin <= s and e <= end]
            docs.append(make_doc(nlp, text, inside, unknown))
    return docs


SYNTHETIC_MARK = re.compile(r"\{([^{}|\n]+)\|([RIPGSD?])\}")
SYNTHETIC_LABELS = {"R": "LOC", "I": "ORG", "P": "PER", "G": "PROG", "S": "SLOGAN", "D": "DOC"}


def synthetic(nlp, folder: Path) -> list[Doc]:
    """One Doc per paragraph; the marks are taken out of the text and become its entities."""
    docs = []
    for file in sorted(folder.glob("*.txt")):
        for paragraph in re.split(r"\n\s*\n", file.read_text(encoding="utf-8").strip()):
            text, spans, missing, taken = [], [], [], 0
            for mark in SYNTHETIC_MARK.finditer(paragraph):
                text.append(paragraph[taken:mark.start()])
                start = sum(map(len, text))
                name, code = mark.groups()
                text.append(name)
                if code == "?":
                    missing.append((start, start + len(name)))
                else:
                    spans.append((start, start + len(name), SYNTHETIC_LABELS[code]))
                taken = mark.end()
            text.append(paragraph[taken:])
            if "".join(text).strip():
                docs.append(make_doc(nlp, "".join(text), spans, missing))
    return docs


def _chunks(sentences: tuple[tuple[int, int], ...]):
    begin = None
    for start, end in sentences:
        if begin is None:
            begin = start
        if end - begin >= CHUNK:
            yield begin, end
            begin = None
    if begin is not None:
        yield begin, sentences[-1][1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", type=Path, default=Path("../../shared/datasets"))
    parser.add_argument("--corpus", type=Path, default=Path("../../shared/corpus"))
    parser.add_argument("--annotations", type=Path, default=Path("annotations"))
    parser.add_argument("--splits", type=Path, default=Path("splits.json"))
    parser.add_argument("--out", type=Path, default=Path("corpus"))
    parser.add_argument("--synthetic", type=Path, default=Path("synthetic"))
    parser.add_argument("--genre-repeats", type=int, default=6)
    parser.add_argument("--synthetic-repeats", type=int, default=0,
                        help="times the synthetic paragraphs go in (0: not at all, as for the shipped model)")
    parser.add_argument("--genre-dev", type=int, default=6, help="tune documents kept for dev")
    args = parser.parse_args()

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "policykg.char_tokenizer"}}})
    splits = json.loads(args.splits.read_text(encoding="utf-8"))
    tune = sorted(splits["tune"])
    random.Random(0).shuffle(tune)
    genre_dev, genre_train = tune[:args.genre_dev], tune[args.genre_dev:] + sorted(splits["seeds"])

    news = read_labelled(args.datasets / "msra" / "train.bio")
    news_train = msra(nlp, news[:-2000], run_together=True)
    news_dev = msra(nlp, news[-2000:], run_together=False)
    train = news_train + cluener(nlp, args.datasets / "cluener2020" / "train.json")
    in_domain = genre(nlp, args.annotations, args.corpus, genre_train)
    train += in_domain * args.genre_repeats
    written = synthetic(nlp, args.synthetic) if args.synthetic_repeats else []
    train += written * args.synthetic_repeats
    dev = news_dev + genre(nlp, args.annotations, args.corpus, genre_dev)

    args.out.mkdir(parents=True, exist_ok=True)
    for name, docs in (("train", train), ("dev", dev)):
        DocBin(docs=docs, store_user_data=False).to_disk(args.out / f"{name}.spacy")
        print(f"{name}: {len(docs)} docs, {sum(len(d) for d in docs)} characters")
    print(f"genre: {len(genre_train)} documents in train (×{args.genre_repeats}), {len(genre_dev)} in dev; "
          f"synthetic: {len(written)} paragraphs (×{args.synthetic_repeats})")


if __name__ == "__main__":
    main()
