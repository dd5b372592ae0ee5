"""Relate: edges between entities, each with the document and sentence it was read from.

locatedIn comes from the gazetteer (region → parent) and from institutions' place prefixes;
posts from a title next to a person's name; implements from a document's own place and the
programmes and slogans it reports.
"""
from __future__ import annotations

import re

from . import patterns as P
from .gazetteer import Gazetteer
from .model import DocumentFacts, EntityType, Mention, Relation
from .resolve import Resolver

TITLE_BEFORE = re.compile(rf"((?:{P.TITLE_PATTERN})(?:[、,，]?(?:{P.TITLE_PATTERN}))*)(?:同志)?\s*$")
TITLE_AFTER = re.compile(rf"^\s*((?:{P.TITLE_PATTERN})(?:[、,，]?(?:{P.TITLE_PATTERN}))*)")
# Titles that belong to a place's government when no organisation is named (副区长 of the district).
GOVERNMENT_TITLES = re.compile(r"(省长|市长|区长|县长|镇长|乡长|州长|旗长)$")


def relate(documents: list[DocumentFacts], resolver: Resolver, gazetteer: Gazetteer) -> list[Relation]:
    relations: list[Relation] = []
    relations += _located_in(resolver, gazetteer)
    for facts in documents:
        relations += _posts(facts, resolver, gazetteer)
        relations += _implements(facts, resolver)
    return relations


def _located_in(resolver: Resolver, gazetteer: Gazetteer) -> list[Relation]:
    relations = []
    for entity in list(resolver.entities.values()):
        if entity.type is EntityType.INSTITUTION and entity.admin_code:
            region = resolver._region_entity(entity.admin_code)
            mention = entity.mentions[0] if entity.mentions else None
            relations.append(Relation(entity.key, "locatedIn", region.key,
                                      mention.doc_path if mention else "", mention.sentence if mention else None))
    for entity in list(resolver.entities.values()):
        if entity.type is EntityType.REGION and entity.key.startswith("region/") and entity.key[7:].isdigit():
            code = entity.key[7:]
            parent = gazetteer.division(code).parent_code
            while parent:
                parent_entity = resolver._region_entity(parent)
                relations.append(Relation(f"region/{code}", "locatedIn", parent_entity.key))
                code, parent = parent, gazetteer.division(parent).parent_code
    return list(dict.fromkeys(relations))


def _posts(facts: DocumentFacts, resolver: Resolver, gazetteer: Gazetteer) -> list[Relation]:
    text = facts.document.body
    institutions = [m for m in facts.mentions if m.type is EntityType.INSTITUTION]
    relations = []
    for person in (m for m in facts.mentions if m.type is EntityType.PERSON):
        before = TITLE_BEFORE.search(text[max(0, person.start - 30):person.start])
        after = TITLE_AFTER.search(text[person.end:person.end + 20])
        title_match = before or after
        if not title_match:
            continue
        title = title_match.group(1)
        title_start = person.start - 30 + before.start(1) if before else person.end
        if before and person.start - 30 < 0:
            title_start = before.start(1)
        organisation = _organisation_before(institutions, title_start, text)
        if organisation is None and GOVERNMENT_TITLES.search(title) and facts.about_region:
            organisation = _government_of(facts, resolver, gazetteer, title)
        if organisation is None:
            continue
        person_key = resolver.mention_entity[(person.doc_path, person.start, person.end)]
        relations.append(Relation(person_key, "memberOf", organisation, person.doc_path, person.sentence, title))
    return relations


def _organisation_before(institutions: list[Mention], title_start: int, text: str) -> str | None:
    for mention in reversed(institutions):
        if mention.end <= title_start and title_start - mention.end <= 3 and not text[mention.end:title_start].strip("、 \n"):
            return f"{mention.doc_path}\x00{mention.start}\x00{mention.end}"
    return None


def _government_of(facts: DocumentFacts, resolver: Resolver, gazetteer: Gazetteer, title: str) -> str | None:
    level_char = GOVERNMENT_TITLES.search(title).group(1)[0]
    code = resolver._relative_place(level_char, facts.about_region.split("/")[-1])
    if not code:
        return None
    name = gazetteer.division(code).name + "人民政府"
    entity = resolver._entity(f"institution/{code}/{name}", EntityType.INSTITUTION, name, reason="same full name")
    entity.admin_code = code
    return entity.key


def _implements(facts: DocumentFacts, resolver: Resolver) -> list[Relation]:
    if not facts.about_region:
        return []
    relations = []
    for mention in facts.mentions:
        if mention.type in (EntityType.PROGRAMME, EntityType.SLOGAN):
            key = resolver.mention_entity[(mention.doc_path, mention.start, mention.end)]
            relations.append(Relation(facts.about_region, "implements", key, mention.doc_path, mention.sentence))
    return list(dict.fromkeys(relations))


def resolve_mention_keys(relations: list[Relation], resolver: Resolver) -> list[Relation]:
    """Replace mention references (doc, start, end) by the keys of the entities they denote."""
    out = []
    for relation in relations:
        obj = relation.object
        if "\x00" in obj:
            doc, start, end = obj.split("\x00")
            obj = resolver.mention_entity[(doc, int(start), int(end))]
        out.append(Relation(relation.subject, relation.predicate, obj, relation.doc_path, relation.sentence, relation.title))
    return out

