"""Pretrain static character and bigram vectors for the NER: corpus/static_vectors.npz.

A tagger trained from random weights on a few epochs of MSRA sees most bigrams a handful of
times. Vectors learned by fastText skip-gram over all the unlabelled text at hand (the public
corpora's training and dev text, and the genre documents of the tune split and the seeds; never
MSRA's test set nor our held-out split) give rare characters and bigrams a meaning before
training starts. Texts are width-folded like the NER's features, so the keys match
`kg.features`.

Output: `keys` (uint64 string hashes, sorted) and `table` (float32, one row per key).
"""
from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path

import fasttext
import numpy
from spacy.strings import hash_string

from kg.clean import clean
from kg.evaluate import read_labelled
from kg.features import width_folded
from kg.read import read_document

LABELLED = ["msra/train.bio", "cluener2020/train.json", "cluener2020/dev.json",
            "weibo/weiboNER_2nd_conll.train", "weibo/weiboNER_2nd_conll.dev",
            "resume/train.char.bmes", "resume/dev.char.bmes"]


def texts(datasets: Path, corpus: Path, documents: list[str]) -> list[str]:
    found = [text for name in LABELLED for text, _ in read_labelled(datasets / name)]
    found += [text for line in (datasets / "cluener2020/test.json").read_text(encoding="utf-8").splitlines()
              for text in [json.loads(line)["text"]]]
    for name in documents:
        body = clean(read_document(corpus / name, name)).body
        found += [line for line in body.splitlines() if line.strip()]
    return ["".join(width_folded(ch) for ch in text if not ch.isspace()) for text in found]


def train(lines: list[str], dim: int, min_count: int, folder: Path, name: str):
    path = folder / f"{name}.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return fasttext.train_unsupervised(str(path), model="skipgram", dim=dim, ws=5, epoch=10,
                                       minCount=min_count, minn=1, maxn=1, thread=1, verbose=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", type=Path, default=Path("../../shared/datasets"))
    parser.add_argument("--corpus", type=Path, default=Path("../../shared/corpus"))
    parser.add_argument("--splits", type=Path, default=Path("splits.json"))
    parser.add_argument("--out", type=Path, default=Path("corpus/static_vectors.npz"))
    parser.add_argument("--dim", type=int, default=64)
    parser.add_argument("--bigrams", type=int, default=60000, help="most frequent bigrams kept")
    args = parser.parse_args()

    splits = json.loads(args.splits.read_text(encoding="utf-8"))
    lines = texts(args.datasets, args.corpus, sorted(splits["tune"]) + sorted(splits["seeds"]))
    bigram_lines = [" ".join(line[i:i + 2] for i in range(len(line) - 1)) for line in lines]
    frequent = Counter(b for line in bigram_lines for b in line.split()).most_common(args.bigrams)
    with tempfile.TemporaryDirectory() as folder:
        chars = train([" ".join(line) for line in lines], args.dim, 2, Path(folder), "chars")
        bigrams = train(bigram_lines, args.dim, 3, Path(folder), "bigrams")
        words = [w for w in chars.words if len(w) == 1] + [b for b, _ in frequent if len(b) == 2]
        table = numpy.array([(chars if len(w) == 1 else bigrams).get_word_vector(w) for w in words],
                            dtype="float32")
    table /= numpy.linalg.norm(table, axis=1, keepdims=True) + 1e-8
    keys = numpy.array([hash_string(w) for w in words], dtype="uint64")
    order = numpy.argsort(keys)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    numpy.savez(args.out, keys=keys[order], table=table[order])
    print(f"{len(lines)} lines, {sum(map(len, lines))} characters → {len(words)} vectors of {args.dim}")


if __name__ == "__main__":
    main()
