"""Features for the statistical NER: each character, its shape, both bigrams around it, pretrained
static vectors of the character and bigrams, and the jieba word it sits in with its part of speech.

With one token per character, a token's own attributes say nothing about the word it sits in.
Bigrams carry much of what word segmentation would, without a segmenter's errors at entity
boundaries; jieba's words and tags (ns, nr, nt) add the names its dictionary knows, as soft
features the model may overrule. The architecture is registered with spaCy (and announced through
an entry point in pyproject.toml), so the trained pipeline loads with `spacy.load` wherever
policykg is installed.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import jieba
import jieba.posseg
import numpy
from spacy.attrs import SHAPE
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

EDGE = "\u2402"  # stands for the missing neighbour at a text's start and end
jieba.setLogLevel(60)


@lru_cache(maxsize=65536)
def width_folded(token_text: str) -> str:
    """Full- and half-width forms look alike to the model (１ = 1, ， = ,): sources mix them."""
    return unicodedata.normalize("NFKC", token_text)


def _columns(doc: Doc) -> numpy.ndarray:
    texts = [EDGE] + [width_folded(t.text) for t in doc] + [EDGE]
    rows = [(hash_string(texts[i]), hash_string(texts[i - 1] + texts[i]), hash_string(texts[i] + texts[i + 1]))
            for i in range(1, len(texts) - 1)]
    return numpy.array(rows, dtype="uint64").reshape((len(doc), 3))


def pretrained_lookup(vectors_path: str) -> Model[Ints2d, Floats2d]:
    """Static vectors for the char, bigram-before and bigram-after columns, found by key.

    The table is a frozen parameter and its keys an attribute, so both travel inside the trained
    pipeline; `vectors_path` (made by pipelines/scripts/vectors.py) is read only when the model is
    initialised for training. Keys with no vector get zeros."""

    def forward(model: Model, ids: Ints2d, is_train: bool):
        keys, table = model.attrs["keys"], model.get_param("E")
        wanted = ids[:, [0, 2, 3]].ravel()
        rows = numpy.minimum(numpy.searchsorted(keys, wanted), len(keys) - 1)
        vectors = table[rows] * (keys[rows] == wanted)[:, None]
        return vectors.reshape((ids.shape[0], -1)), lambda d_vectors: numpy.zeros(ids.shape, dtype=ids.dtype)

    def init(model: Model, X=None, Y=None) -> None:
        with numpy.load(vectors_path) as saved:
            model.attrs["keys"] = saved["keys"]
            model.set_param("E", saved["table"])
        model.set_dim("nO", 3 * model.get_param("E").shape[1])

    return Model("pretrained_lookup", forward, init=init, params={"E": None}, dims={"nO": None},
                 attrs={"keys": numpy.zeros((0,), dtype="uint64")})


def word_columns(text: str) -> numpy.ndarray:
    """Per character: the jieba word it is in, and its place in that word with the word's part of
    speech (B-ns, E-nr, S-x). jieba's dictionary knows many places, names and bodies (ns, nr, nt)
    that a few epochs of MSRA cannot teach, and its words mark likely entity boundaries."""
    rows = []
    for word, flag in jieba.posseg.cut(text):
        size = len(word)
        for i in range(size):
            position = "S" if size == 1 else "B" if i == 0 else "E" if i == size - 1 else "M"
            rows.append((hash_string(word), hash_string(f"{position}-{flag}")))
    return numpy.array(rows, dtype="uint64").reshape((len(text), 2))


# Training meets each text once per epoch; a build meets each document once, so only training caches.
_training_word_columns = lru_cache(maxsize=65536)(word_columns)


def char_and_word_features() -> Model[list[Doc], list[Ints2d]]:
    """Six hashed columns per token: the width-folded character, SHAPE, bigram before, bigram after,
    the jieba word and its position-and-tag."""

    def forward(model: Model, docs: list[Doc], is_train: bool):
        features = []
        for doc in docs:
            own = _columns(doc)
            shape = doc.to_array([SHAPE]).astype("uint64").reshape((len(doc), 1))
            words = (_training_word_columns if is_train else word_columns)(doc.text)[[token.idx for token in doc]]
            features.append(model.ops.asarray2i(numpy.hstack([own[:, :1], shape, own[:, 1:], words]), dtype="uint64"))
        return features, lambda d_features: []

    return Model("char_and_word_features", forward)


@registry.architectures("policykg.CharWordEmbed.v1")
def char_word_embed(width: int, rows: list[int], vectors: str) -> Model[list[Doc], list[Floats2d]]:
    """Embed the six columns of `char_and_word_features` (rows: their table sizes, in that order)
    with the static vectors of `pretrained_lookup`, mixed down to `width`."""
    if len(rows) != 6:
        raise ValueError("policykg.CharWordEmbed.v1 needs six row counts: char, shape, bigrams, word, tag")
    embeddings = [HashEmbed(width, size, column=column, seed=column + 11, dropout=0.0)
                  for column, size in enumerate(rows)]
    return chain(
        char_and_word_features(),
        list2ragged(),
        with_array(concatenate(*embeddings, pretrained_lookup(vectors))),
        with_array(Maxout(width, nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
