"""Plain objects passed from one stage of the flow to the next.

Nothing here knows about files, spaCy or RDF, so every stage can be read and tested alone.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum


class EntityType(str, Enum):
    INSTITUTION = "Institution"
    REGION = "Region"
    PERSON = "Person"
    PROGRAMME = "Programme"
    SLOGAN = "Slogan"
    POLICY_DOCUMENT = "PolicyDocument"


@dataclass(frozen=True)
class SourceDocument:
    """One input file as read: `text` is what character offsets point into."""

    path: str  # as given, relative to the input root
    text: str
    encoding: str
    title: str = ""
    date: str = ""  # ISO date: signed, else published
    year: int | None = None  # the year it belongs to: its date's, else the one its text names most


@dataclass(frozen=True)
class CleanDocument:
    """The text with site chrome blanked out; same length, so offsets still hold."""

    source: SourceDocument
    body: str
    sentences: tuple[tuple[int, int], ...]  # [start, end) of each sentence of the body


@dataclass(frozen=True)
class Mention:
    """One recognised occurrence of an entity."""

    doc_path: str
    start: int
    end: int
    text: str
    type: EntityType
    sentence: tuple[int, int]


@dataclass(frozen=True)
class Division:
    """An administrative division from the gazetteer."""

    code: str  # GB/T 2260, 12 digits as the data set gives it
    name: str
    level: str  # province | city | county | township
    parent_code: str | None


@dataclass
class Entity:
    """One real-world thing; its key makes its IRI, so the same thing gets the same key everywhere."""

    key: str
    type: EntityType
    label: str
    alt_labels: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    admin_code: str | None = None
    within: str | None = None  # a place the divisions list lacks (a village): the code of the division it lies in
    level: str | None = None
    merge_reasons: set[str] = field(default_factory=set)

    @property
    def documents(self) -> set[str]:
        return {m.doc_path for m in self.mentions}


@dataclass(frozen=True)
class Relation:
    """A typed edge with the sentence it was read from (`doc_path` empty for gazetteer facts)."""

    subject: str  # entity key
    predicate: str  # locatedIn | partnersWith | implements | memberOf
    object: str  # entity key
    doc_path: str = ""
    sentence: tuple[int, int] | None = None
    title: str = ""  # the post, for memberOf


@dataclass(frozen=True)
class Indicator:
    """A number stated for an entity: a target or a result (组建医共体10个, 素养率达26.33%)."""

    about: str | None  # entity key; None when the document names no place or authority
    metric: str  # what is counted, e.g. 紧密型县域医共体
    value: Decimal | None  # None when the source masks it (*%, 床位张) or states a range
    unit: str
    year: int | None
    status: str  # Target | Result
    doc_path: str
    sentence: tuple[int, int]
    value_span: tuple[int, int]  # [start, end) of the number with its unit (just the unit when masked)
    metric_span: tuple[int, int]
    min_value: Decimal | None = None  # lower bound: 1至3个百分点, 85%以上
    max_value: Decimal | None = None  # upper bound: 1至3个百分点, 控制在10/10万以下


@dataclass
class DocumentFacts:
    """What the flow learned from one document."""

    document: CleanDocument
    mentions: list[Mention]
    about_region: str | None = None  # entity key


@dataclass
class KnowledgeGraph:
    """The whole result of a build, before it becomes RDF."""

    documents: list[DocumentFacts]
    entities: dict[str, Entity]
    relations: list[Relation]
    indicators: list[Indicator]
    mention_entity: dict[tuple[str, int, int], str]  # (doc, start, end) -> entity key
