"""Speed and memory of a build, beside jieba's part-of-speech tagger on the same text.

    python benchmarks/speed.py [FOLDER ...]   (default: ../shared/corpus)

Prints characters per second of jieba.posseg, of the trained NER alone (zh_policykg_ner), of
recognition (NER + rules), and of the whole `kg build` (read → … → graph.html), with the peak
resident memory of the process.
"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

import jieba
import jieba.posseg
import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.clean import clean  # noqa: E402
from kg.evaluate import NER_PACKAGE  # noqa: E402
from kg.flow import build  # noqa: E402
from kg.read import read_all  # noqa: E402
from kg.recognise import load_pipeline, recognise  # noqa: E402


def main() -> None:
    folders = [Path(p) for p in sys.argv[1:]] or [ROOT.parent / "shared" / "corpus"]
    documents = [clean(d) for d in read_all(folders)]
    characters = sum(len(d.source.text) for d in documents)
    jieba.initialize()
    load_pipeline()

    started = time.perf_counter()
    for document in documents:
        list(jieba.posseg.cut(document.source.text))
    jieba_seconds = time.perf_counter() - started

    ner = spacy.load(NER_PACKAGE)
    started = time.perf_counter()
    for _ in ner.pipe((d.body for d in documents), batch_size=8):
        pass
    ner_seconds = time.perf_counter() - started

    started = time.perf_counter()
    for document in documents:
        recognise(document)
    recognise_seconds = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        build(folders, Path(out))
        build_seconds = time.perf_counter() - started

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"text: {len(documents)} documents, {characters:,} characters")
    print(f"jieba.posseg:        {characters / jieba_seconds:10,.0f} chars/s")
    print(f"trained NER alone:   {characters / ner_seconds:10,.0f} chars/s")
    print(f"kg recognition:      {characters / recognise_seconds:10,.0f} chars/s")
    print(f"kg build (all):      {characters / build_seconds:10,.0f} chars/s  ({build_seconds:.1f} s)")
    print(f"peak memory:         {peak_mib:10,.0f} MiB")


if __name__ == "__main__":
    main()
