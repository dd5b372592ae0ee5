"""Relate: edges between entities, each with the document and sentence it was read from.

locatedIn comes from the gazetteer (region → parent) and from institutions' place prefixes;
posts (memberOf) from the titles written between an organisation and a person's name;
partnersWith from the cue words that link two institutions or regions in one clause
(甲医院与乙镇组建医联体, 甲市对口帮扶乙县); implements from a document's own place and the
programmes and slogans it reports.

A report about one institution calls it by its bare head (中心与某养老院签约, 中心主任某某); such a
head at the start of a clause stands for the document's own institution (`_own_institution_anaphora`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from . import patterns as P
from .clean import in_traditional_script, traditional
from .gazetteer import Gazetteer
from .model import DocumentFacts, Entity, EntityType, Mention, Relation
from .resolve import Resolver

# -- posts ------------------------------------------------------------------------------------
# One post as written: a title, perhaps after a rank (常务副主任) or an internal unit (宣传处处长,
# 党委委员, 驻委纪检监察组组长; a unit is a name, so no 各, 的, 和 … inside). Several posts are
# joined by 、 (党组书记、局长).
UNIT_CHARACTER = r"(?![各的等和及在对与])[\u4e00-\u9fa5]"
UNIT = rf"(?:{UNIT_CHARACTER}{{1,12}}?(?:司|处|科|室|所|股|组|部)|党委|党组|党支部|工会|团委)"
TITLE = rf"(?:原|常务|专职|代)?(?:{P.TITLE_PATTERN}|{'|'.join(P.POST_ONLY_TITLES)})"  # 原院长: a former post; 代县长: acting
POSTS = rf"(?:{UNIT})?{TITLE}(?:、?(?:{UNIT}|自治区)?{TITLE})*"  # 党委副书记、自治区主席
# The whole text between a body and a name: 区卫健委「党委书记、主任」沈某, 某爱卫会「(某某推委会)主任」.
POSTS_BETWEEN = re.compile(rf"(?:[(（][^()（）]{{1,24}}[)）])?\s*({POSTS})(?:同志)?\s*")
# A body and a unit of it right before a name whose title follows it: 某局「办公室」陈某主任.
UNIT_BETWEEN = re.compile(rf"\s*((?:{UNIT})?)\s*")
# Runs of posts that one person holds are joined by 、 or a comma: 甲局副局长，乙中心主任某某.
RUN_JOINERS = ("、", "，", ",")
# Titles just before or just after a name that no body precedes: 「副县长」陈某, 易某「副县长」.
TITLES_BEFORE = re.compile(rf"({TITLE}(?:、?{TITLE})*)(?:同志)?\s*$")
TITLES_AFTER = re.compile(rf"^\s*({TITLE}(?:、?{TITLE})*)")
# 某某同志兼任某医院党委书记: the verb after a name that gives the post it takes up or leaves.
TAKES_UP = re.compile(r"(?:同志)?(?:兼任|担任|出任|不再担任|不再兼任|任)")
UNIT_TITLES_BEFORE = re.compile(rf"((?:{UNIT})?{TITLE}(?:、?(?:{UNIT})?{TITLE})*)(?:同志)?\s*$")
# The group a body stations at another and its post (某纪委监委驻某委纪检监察组组长): held at the body that stations it.
STATIONED_UNIT = re.compile(rf"[\u4e00-\u9fa5]{{0,8}}?组{TITLE}(?:、{TITLE})*(?:同志)?\s*")
# Offices of a place's government (副区长 of the district): they belong to its 人民政府 even
# when written after a party committee (市委副书记、市长 holds 市长 at the city government).
GOVERNMENT_TITLE = re.compile(r"(?:(?P<level>省|市|区|县|镇|乡|州|旗|盟)长|(?P<region>自治区)主席)$")
# A party committee's department (某县委宣传部): a unit of the committee.
PARTY_DEPARTMENT = re.compile(r"^(.+委)(宣传部|组织部|统战部)$")
# Civil-service ranks (二级调研员, 一级巡视员): after a place named alone, held at its government.
CIVIL_SERVICE_RANK = re.compile(r"(?:巡视员|调研员)$")
# Words after which a run of posts opens (传达了市长、市某会主任某某的讲话): not part of a body's name.
RUN_OPENERS = "了的和与及由请是为在"
# A bare title (局长某某) in a report about one body of its kind holds at that body.
HEADS_OF_TITLE = {"院长": ("院",), "院领导": ("院",), "总会计师": ("院", "集团"), "局长": ("局",), "主任": ("委员会", "中心"), "科长": ("院", "局"), "党委书记": ("院", "集团"),
                  "党委副书记": ("院", "集团"), "处长": ("委员会", "局", "厅"), "党组书记": ("委员会", "局"),
                  "党组副书记": ("委员会", "局")}
# A body's own head alone before a post (委党委副书记某某, 局党组成员某某): the body the report is about.
OWN_BODY_BY_HEAD = {"委": ("委员会",), "局": ("局",), "院": ("院",)}
TITLE_WINDOW = 30  # characters before a name where its posts may start
# A department (科) named before a person with no body: 财务科科长、工会财务委员某某, 骨伤科的某某主任.
DEPARTMENT = r"(?:(?<![\u4e00-\u9fa5])|(?<=来自)|(?<=[的和及与]))(?!来自)[\u4e00-\u9fa5]{1,6}?科"
DEPARTMENT_RUN_BEFORE = re.compile(rf"((?:{DEPARTMENT}|(?:(?<![\u4e00-\u9fa5])|(?<=[由请经]))(?:[我本该]?院|医院)?(?:工会|团委|纪委)){TITLE}(?:、[\u4e00-\u9fa5]{{0,6}}?{TITLE})*)(?:同志)?\s*$")
OWN_HOSPITAL_PREFIX = re.compile(r"^(?:[我本该]?院|医院)(?=工会|团委|纪委)")  # 该院工会主席: the post is 工会主席
DEPARTMENT_BEFORE = re.compile(rf"({DEPARTMENT})的?\s*$")
STAFF_TITLE_AFTER = re.compile(rf"\s*({TITLE}|医师|护士长)")


EntityOf = Callable[[Mention], Entity]


def _posts(facts: DocumentFacts, resolver: Resolver, bodies: list[Mention], entity_of: EntityOf) -> list[Relation]:
    text = facts.document.body
    relations = []
    held: dict[Mention, list[tuple[Entity, str]]] = {}
    as_written = traditional if in_traditional_script(facts.document.source.text) else str  # titles in the page's script
    committees = {entity_of(m).label: entity_of(m) for m in bodies if m.type is EntityType.INSTITUTION}
    for person in (m for m in facts.mentions if m.type is EntityType.PERSON):
        posts = (_posts_at_named_bodies(person, bodies, text, entity_of, resolver, facts.about_region)
                 or _posts_in_a_list(person, text, held, resolver)
                 or _posts_in_a_department(person, facts, resolver, bodies, entity_of)
                 or _posts_without_body(person, facts, resolver, bodies, entity_of))
        held[person] = posts
        posts = _in_party_committees(posts + _posts_taken_up(person, bodies, text, entity_of, resolver), committees)
        member = resolver.entity_of(person).key
        for organisation, title in posts:
            if as_written is traditional:  # the body as the page writes it (副區長 of 某區: 某區人民政府)
                organisation.alt_labels.add(traditional(organisation.label))
            relations.append(Relation(member, "memberOf", organisation.key, person.doc_path, person.sentence, as_written(title)))
    return list(dict.fromkeys(relations))


def _in_party_committees(posts: list[tuple[Entity, str]], committees: dict[str, Entity]) -> list[tuple[Entity, str]]:
    """某县委宣传部部长 holds 宣传部部长 at the 县委, a department being a unit of its committee, as the
    relation notes have it for 甲委某处处长 (某县委常委、宣传部部长: one post, 常委、宣传部部长)."""
    moved: dict[str, list[str]] = {}
    kept: list[tuple[Entity, str]] = []
    for organisation, title in posts:
        department = PARTY_DEPARTMENT.match(organisation.label)
        committee = committees.get(department.group(1)) if department else None
        if committee:
            moved.setdefault(committee.key, []).append(department.group(2) + title)
        else:
            kept.append((organisation, title))
    for index, (organisation, title) in enumerate(kept):
        if organisation.key in moved:
            kept[index] = (organisation, "、".join([title, *moved.pop(organisation.key)]))
    by_key = {entity.key: entity for entity in committees.values()}
    return kept + [(by_key[key], "、".join(titles)) for key, titles in moved.items()]


def _posts_at_named_bodies(person: Mention, holders: list[Mention], text: str, entity_of: EntityOf,
                           resolver: Resolver, about: str | None) -> list[tuple[Entity, str]]:
    """Posts at the bodies written before the name, walking left through 甲委副主席、乙局局长某某."""
    posts: list[tuple[Entity, str]] = []
    end = person.start
    while True:
        holder = _nearest_before(holders, end)
        if holder and text[holder.end:end] in (")", "）") and text[holder.start - 1:holder.start] in ("(", "（"):
            named = [m for m in holders if m.end == holder.start - 1]  # 某医院(某某医院)张某院长: the body and its alias
            holder, end = (named[0], holder.start - 1) if named else (holder, end)
        stationer = holder and text[holder.start - 1:holder.start] == "驻" and next(
            (m for m in holders if m.end == holder.start - 1), None)
        if stationer and STATIONED_UNIT.fullmatch(text[holder.end:end]):
            return [(entity_of(stationer), text[holder.start - 1:end])]  # 县纪委监委驻县卫健委纪检监察组组长某某
        match = holder and POSTS_BETWEEN.fullmatch(text[holder.end:end])
        if not match and holder and not posts:  # 县卫健局陈某局长, 县纪委派驻纪检组陈某组长
            unit, after = UNIT_BETWEEN.fullmatch(text[holder.end:end]), TITLES_AFTER.search(text[person.end:person.sentence[1]])
            if unit and after:
                return _posts_at(entity_of(holder), unit.group(1) + after.group(1), resolver)
        if not match:
            if posts:  # 副省长、省某会主任某某: a government office leading the run, with no body
                return posts + _leading_government_posts(text, end, about, resolver)
            return posts
        posts += _posts_at(*_body_and_unit(entity_of(holder), match.group(1), resolver), resolver)
        if text[holder.start - 1:holder.start] not in RUN_JOINERS:
            return posts
        end = holder.start - 1


def _posts_taken_up(person: Mention, holders: list[Mention], text: str, entity_of: EntityOf,
                    resolver: Resolver) -> list[tuple[Entity, str]]:
    """某某同志兼任某医院党委书记, 某某不再担任…: a post named after the name, at the body it names."""
    verb = TAKES_UP.match(text, person.end)
    holder = next((m for m in holders if verb and m.start == verb.end()), None)
    titles = holder and POSTS_BETWEEN.match(text, holder.end)
    if not titles or not titles.group(1):
        return []
    return _posts_at(*_body_and_unit(entity_of(holder), titles.group(1), resolver), resolver)


def _body_and_unit(holder: Entity, written: str, resolver: Resolver) -> tuple[Entity, str]:
    """某卫健委办公室主任: 主任 of the office is 办公室主任 at the 卫健委; but an officer of a division
    of the office (某卫健委办公室某科科长) keeps the office."""
    if holder.key in resolver.unit_of and not re.match(r"[\u4e00-\u9fa5]{1,8}?[处科室]", written):
        body, unit = resolver.unit_of[holder.key]
        return resolver.entities[body], unit + written
    return holder, written


def _leading_government_posts(text: str, end: int, about: str | None, resolver: Resolver) -> list[tuple[Entity, str]]:
    """The government offices (副省长) that open a run of posts with no body before them."""
    before = text[max(0, end - TITLE_WINDOW):end]
    match = TITLES_BEFORE.search(before)
    if not match or not about or re.search(r"[\u4e00-\u9fa5]", before[:match.start()][-1:].strip(RUN_OPENERS)):
        return []
    government_titles = [t for t in match.group(1).split("、") if GOVERNMENT_TITLE.search(t)]
    return _government_posts(government_titles, resolver.entities[about].admin_code, resolver)


def _nearest_before(holders: list[Mention], end: int) -> Mention | None:
    """The body or place closest before `end`; a signature may put it on the line above the name."""
    candidates = [m for m in holders if end - TITLE_WINDOW <= m.start and m.end <= end]
    return max(candidates, key=lambda m: m.end, default=None)


def _posts_at(holder: Entity, written: str, resolver: Resolver) -> list[tuple[Entity, str]]:
    """The posts a run of titles gives at a body or a place.

    A run that stays at one body keeps its words as written (党组书记、局长): one post per body,
    not one per title. A party committee's run (市委副书记、市长) gives 副书记 at the committee
    and 市长 at the city's 人民政府; a place named alone (大丰区副区长) holds only its
    government's offices, and the civil-service ranks held there (大丰区二级调研员).
    """
    titles = written.split("、")
    government_titles = [t for t in titles if GOVERNMENT_TITLE.search(t)]
    if holder.type is EntityType.REGION:
        ranks = [t for t in titles if CIVIL_SERVICE_RANK.search(t)]
        if ranks and not government_titles and holder.admin_code:
            return [(resolver.government_of(holder.admin_code), "、".join(ranks))]
        return _government_posts(government_titles, holder.admin_code, resolver)
    if not government_titles or holder.label.endswith("政府"):
        return [(holder, written)]
    other_titles = [t for t in titles if t not in government_titles]
    posts = [(holder, "、".join(other_titles))] if other_titles else []
    return posts + _government_posts(government_titles, holder.admin_code, resolver)


def _posts_in_a_list(person: Mention, text: str, held: dict[Mention, list[tuple[Entity, str]]],
                     resolver: Resolver) -> list[tuple[Entity, str]]:
    """甲委党组书记张某、副主任李某: the second holds her post at the body the first was named with
    (市委书记某某、市长某某: 市长 at the city's government), also in a unit of it (甲院总会计师某某，
    护理部副主任某某); 甲委副主任张某、李某: the same posts."""
    same_title = next((posts for p, posts in held.items() if posts and text[p.end:person.start] == "、"), None)
    if same_title:
        return same_title
    window_start = max(0, person.start - TITLE_WINDOW)
    match = UNIT_TITLES_BEFORE.search(text[window_start:person.start])  # 甲院院长某某，护理部副主任某某
    if not match:
        return []
    joiner = window_start + match.start() - 1
    if text[joiner:joiner + 1] not in RUN_JOINERS:
        return []
    previous = next((p for p, posts in held.items() if posts and text[p.end:joiner] in ("", "同志")), None)
    return _posts_at(held[previous][0][0], match.group(1), resolver) if previous else []


def _posts_in_a_department(person: Mention, facts: DocumentFacts, resolver: Resolver, bodies: list[Mention],
                           entity_of: EntityOf) -> list[tuple[Entity, str]]:
    """A department's post (财务科科长某某) in a report about one hospital or bureau: a post there.
    A doctor of a department (来自骨伤科的某某主任) serves at the hospital the paragraph last named."""
    text = facts.document.body
    before = text[max(0, person.start - TITLE_WINDOW):person.start]
    if run := DEPARTMENT_RUN_BEFORE.search(before):
        reported_on = (_institution_reported_on(facts, resolver, ("院", "局", "委员会"), person.start, bodies, entity_of)
                       or (_visiting_hospital(text, person, bodies, entity_of) if re.search("科", run.group(1)) else None))
        return [(reported_on, OWN_HOSPITAL_PREFIX.sub("", run.group(1)))] if reported_on else []
    department, title = DEPARTMENT_BEFORE.search(before), STAFF_TITLE_AFTER.match(text, person.end)
    if not (department and title):
        return []
    paragraph_start = text.rfind("\n", 0, person.start) + 1
    hospitals = [m for m in bodies if paragraph_start <= m.start and m.end <= person.start
                 and m.type is EntityType.INSTITUTION and _has_head(entity_of(m).label, "医院")]
    hospital = (entity_of(hospitals[-1]) if hospitals
                else _institution_reported_on(facts, resolver, "医院", person.start, bodies, entity_of))
    return [(hospital, department.group(1) + title.group(1))] if hospital else []


def _visiting_hospital(text: str, person: Mention, bodies: list[Mention], entity_of: EntityOf) -> Entity | None:
    """来自某医院的专家团队…: the doctors of departments listed after it are that hospital's."""
    visiting = [m for m in bodies if m.end <= person.start and text[max(0, m.start - 2):m.start] == "来自"
                and m.type is EntityType.INSTITUTION and entity_of(m).label.endswith("医院")]
    return entity_of(visiting[-1]) if visiting else None


def _posts_without_body(person: Mention, facts: DocumentFacts, resolver: Resolver, bodies: list[Mention],
                        entity_of: EntityOf) -> list[tuple[Entity, str]]:
    """Titles with no body named. 副县长陈某 or 陈某副县长: the government of the document's own place;
    自治区主席某某: the autonomous region's government; 院长某某 (局长, 主任) in a report about one
    hospital (bureau, commission or centre): that body."""
    text = facts.document.body
    window_start = max(0, person.start - TITLE_WINDOW)
    before = TITLES_BEFORE.search(text[window_start:person.start])
    after = TITLES_AFTER.search(text[person.end:person.sentence[1]])
    if before and before.group(1) in P.POST_ONLY_TITLES and after:
        before = None  # 县政府分管领导某某副县长: the office after the name says more than 领导
    match = before or after
    if not match:
        return []
    written = match.group(1)
    lead = window_start + before.start() - 1 if before else -1
    if lead >= 0 and text[lead] in OWN_BODY_BY_HEAD and not re.match(r"[\u4e00-\u9fa5]", text[lead - 1:lead].strip(RUN_OPENERS)):
        reported_on = _institution_reported_on(facts, resolver, OWN_BODY_BY_HEAD[text[lead]], person.start, bodies, entity_of)
        return [(reported_on, written)] if reported_on else []  # 会议由委党委副书记某某主持: the commission's
    place = resolver.entities[facts.about_region].admin_code if facts.about_region else None
    if before and text[:window_start + before.start()].endswith("自治区") and written.endswith("主席"):
        code = resolver.relative_place("自治区", place)
        return [(resolver.government_of(code), written)] if code else []
    for title, heads in HEADS_OF_TITLE.items():
        if written.endswith(title):
            reported_on = _institution_reported_on(facts, resolver, heads, person.start, bodies, entity_of)
            return [(reported_on, written)] if reported_on else []
    if not place:
        return []
    government_titles = [t for t in written.split("、") if GOVERNMENT_TITLE.search(t)]
    return _government_posts(government_titles, place, resolver)


def _government_posts(titles: list[str], place_code: str | None, resolver: Resolver) -> list[tuple[Entity, str]]:
    """县长 or 副市长 at the government of that level at or above the place; none if it is unknown."""
    if not titles:
        return []
    office = GOVERNMENT_TITLE.search(titles[0])
    level = office["level"] or office["region"]
    code = resolver.relative_place(level, place_code)
    return [(resolver.government_of(code), "、".join(titles))] if code else []


# -- partnerships -----------------------------------------------------------------------------
# Each institution or region of a sentence is replaced by one private-use character, so that the
# patterns below read like the prose they match: 「甲」、「乙」分别与「丙」、「丁」建立医联体.
PLACEHOLDER_BASE = 0xE000
ENTITY = "[\ue000-\uf8ff]"
NOT_ENTITY = "[^\ue000-\uf8ff，,；;：:。]"
LEFT = rf"(?P<left>{ENTITY}(?:[、及]?{ENTITY})*)"  # 某县县委县政府与…: both bodies
RIGHT = rf"(?P<right>{ENTITY}(?:(?:[、及和]|以及)?{ENTITY})*)"  # …与某县委县政府: both
EACH = "(?P<each>分别)?"
# 甲市与乙市建立合作机制, 甲医院积极同乙大学签订协议 (not 参与, 给与, 陪同).
LINKED_WITH = re.compile(rf"{LEFT}(?:(?![我本])[^\ue000-\uf8ff，,；;：:。]){{0,4}}?{EACH}(?<![参给赋授陪])[与同和]{RIGHT}")  # not 甲对我院与乙…
# 甲分别与乙,丙,丁和戊等签订协议: after 分别与 a list may run on with commas, as it does in pages that lost their 、.
EACH_WITH_LIST = re.compile(rf"(?<![、及和\ue000-\uf8ff])(?P<left>{ENTITY}){NOT_ENTITY}{{0,4}}?分别[与同和](?P<right>{ENTITY}(?:(?:[、，,及和]|以及){ENTITY})*)")
# 甲与乙、丙与丁分别签订…, 甲与乙、丙与丁合作共建: pairs, each partnering the other of its pair.
PAIRS = re.compile(rf"{ENTITY}[与和同]{ENTITY}(?:[、，,]{ENTITY}[与和同]{ENTITY})+"
                   rf"(?={NOT_ENTITY}{{0,6}}?(?:分别|合作|共建|签|协作|帮扶|结对|托管))")
# 甲-乙紧密合作签约, 甲—乙两地: two parties joined by a dash.
DASHED = re.compile(rf"(?P<left>{ENTITY})[-—–－](?P<right>{ENTITY})")
# ，与乙市签署扶贫协作协议: the unnamed partner is the body or place that opens the sentence (某医院…
# 走进某县，与某县医院签约), unless an earlier 与 made that a partner; else the document's own place.
SUBJECT_OPENING = re.compile(rf"\s*(?:[\u4e00-\u9fa5]{{0,6}}讯)?\s*(?:(?:[0-9]+月[0-9]+日|近日|日前|上午|下午)[，,]?)?\s*{ENTITY}")
WITH_UNNAMED = re.compile(rf"(?:^|[，,；;：:])(?:积极|主动|先后|还|并|也|已)?{EACH}[与同和]{RIGHT}")
# 甲医院对口帮扶乙县人民医院: the helper before the verb, the helped after it.
ASSISTS = re.compile(rf"{LEFT}[”」）)]*(?:主要负责|负责|继续|持续|成功)?{EACH}(?:对口|结对|组团式?|“[^”]{{1,8}}”){{0,2}}(?:帮扶|支援|协作|托管)(?:共建)?{RIGHT}")  # 甲“组团式”帮扶乙, 甲（下称“丙”）托管共建乙
# 分别将甲、乙，与丙、丁确立为对口支援关系: the i-th of the first list with the i-th of the second.
LISTS_PAIRED = re.compile(rf"分别将(?P<left>{ENTITY}(?:、{ENTITY})+)[，,]?与(?P<right>{ENTITY}(?:、{ENTITY})+)[^。；;\ue000-\uf8ff]{{0,16}}?"
                          r"(?:确立|建立|结成|确定)[^。；;\ue000-\uf8ff]{0,12}?(?:关系|对子)")
# 甲、乙和丙也派出力量，帮扶丁: the helpers open the sentence, the next clause helps with no subject of its own.
ASSISTS_NEXT_CLAUSE = re.compile(rf"^\s*{LEFT}(?:[和及]{ENTITY})*{NOT_ENTITY}{{0,16}}[，,](?:并|也)?(?:对口|结对)?(?:帮扶|支援|援助|托管){RIGHT}")
# 甲市遴选医生，赴乙市人民医院开展对口支援: the sender goes to the one it helps.
GOES_TO_ASSIST = re.compile(rf"{LEFT}[^。；;\ue000-\uf8ff]{{0,50}}?赴{RIGHT}(?:开展|进行)?(?:对口|结对|组团式?)?(?:帮扶|支援|援助)")
# 甲医院牵头，联合乙医院、丙卫生院组建专科联盟.
LEADS_JOINING = re.compile(rf"{LEFT}(?:牵头[^。；;]*?)?联合{RIGHT}")
# 以甲医院为牵头单位，联合（整合）乙卫生院、丙卫生院组建医共体.
LED_BY = re.compile(rf"以{LEFT}为(?:牵头|龙头|核心|主体)(?:单位|医院)?[^。；;\ue000-\uf8ff]*?(?:联合|整合|吸纳|带动|与){RIGHT}")
# 甲卫生院加入乙医院牵头的专科联盟, 甲医院成为乙大学的教学医院: a member joins what another leads.
JOINS = re.compile(rf"{LEFT}{NOT_ENTITY}{{0,4}}?(?:加入|成为|纳入){RIGHT}(?:牵头(?:组建)?的|组建的|的)?"
                   r"[^，,；;。\ue000-\uf8ff]{0,10}?(?:医联体|医共体|联盟|共同体|成员单位|协作医院|合作医院|教学医院|分院|协作单位)")
# Places run together before a word of cooperation: 京津冀协同, 川渝合作 (each pair partners).
RUN_TOGETHER = re.compile(rf"(?P<run>{ENTITY}{{2,4}}){P.COOPERATION}")
# What the linked clause must go on to name for the link to be a partnership.
PARTNERSHIP_CUE = re.compile(r"医联体|医共体|联盟|共同体|联合体|医疗集团|合作|协作|协议|签约|签署|帮扶|支援|结对|联动|托管|共建|对口|共同打造")
# 甲、乙两地在…协作方面: two places named as a pair.
TWO_PLACES = re.compile(rf"(?P<left>{ENTITY})[、和与及](?P<right>{ENTITY})两地")
# 甲医院（乙医院）: a second name in brackets right after a name is the same party, not another in a list.
BRACKETED_ALIAS = re.compile(rf"(?<={ENTITY})[(（]{ENTITY}[)）]")
CLAUSE_END = re.compile(r"[，,；;：:。]")
# 甲与乙举行座谈，双方就深化合作…: the two parties the sentence linked, cooperating further on.
BOTH_SIDES = re.compile(r"双方[^。；;]{0,20}?(?:合作|协作|协议|签约|签署|共建|帮扶|结对)")


def _partnerships(facts: DocumentFacts, places: list[Mention], entity_of: EntityOf) -> list[Relation]:
    relations = []
    body, sentences = facts.document.body, facts.document.sentences
    for sentence, following in zip(sentences, [*sentences[1:], None]):
        inside = [m for m in places if sentence[0] <= m.start and m.end <= sentence[1]]
        if not inside:
            continue
        skeleton, mentions = _skeleton(body, sentence, inside)
        # A caption line with no closing stop goes on in the next line: 甲与乙、丙\n三家单位签约.
        unfinished = following and not re.search(r"[。！!？?；;：:]\s*$", body[sentence[0]:sentence[1]])
        if unfinished:
            skeleton += CLAUSE_END.split(body[following[0]:following[1]])[0]
        for a, b in _linked_pairs(skeleton, mentions, has_own_place=facts.about_region is not None):
            a_key = entity_of(a).key if a else facts.about_region
            b_key = entity_of(b).key
            if a_key != b_key:
                relations.append(Relation(a_key, "partnersWith", b_key, facts.document.source.path, sentence))
    return list(dict.fromkeys(relations))


def _skeleton(body: str, sentence: tuple[int, int], inside: list[Mention]) -> tuple[str, dict[str, Mention]]:
    """The sentence with one placeholder per entity; in 湖北省十堰市 the inner place stands for both."""
    pieces, mentions, position, group_start = [], {}, sentence[0], None
    for mention, following in zip(inside, inside[1:] + [None]):
        if (following and following.start == mention.end and len(mention.text) > 1  # not 京津冀: three places
                and mention.type is EntityType.REGION):  # 某县县委县政府: two bodies, each a party
            group_start = mention.start if group_start is None else group_start
            continue
        placeholder = chr(PLACEHOLDER_BASE + len(mentions))
        pieces += [body[position:mention.start if group_start is None else group_start], placeholder]
        mentions[placeholder] = mention
        position, group_start = mention.end, None
    pieces.append(body[position:sentence[1]])
    return BRACKETED_ALIAS.sub("", "".join(pieces)), mentions


def _linked_pairs(skeleton: str, mentions: dict[str, Mention], has_own_place: bool):
    """(a, b) pairs of mentions that a cue links; a is None for the document's own place."""
    def members(placeholders: str) -> list[Mention]:
        return [mentions[ch] for ch in placeholders if ch in mentions]

    def cued(match: re.Match, to_sentence_end: bool = False) -> bool:
        rest = skeleton[match.end():]
        return bool(PARTNERSHIP_CUE.search(rest if to_sentence_end else CLAUSE_END.split(rest)[0]) or BOTH_SIDES.search(rest))

    taken = [match.span() for match in PAIRS.finditer(skeleton)]  # spans whose links are settled
    for start, end in taken:
        run = members(skeleton[start:end])
        yield from zip(run[0::2], run[1::2])
    for match in LISTS_PAIRED.finditer(skeleton):
        yield from _pairs(members(match["left"]), members(match["right"]), "分别")
        clause_start = max((m.end() for m in CLAUSE_END.finditer(skeleton, 0, match.start())), default=0)
        taken.append((clause_start, match.end()))  # 甲还分别将…: the one who paired them is no partner
    for match in EACH_WITH_LIST.finditer(skeleton):
        if cued(match) and not any(s <= match.start() < e for s, e in taken):
            yield from _pairs(members(match["left"]), members(match["right"]), None)
            taken.append(match.span("right"))
    for match in LINKED_WITH.finditer(skeleton):
        listed = skeleton[match.start() - 1:match.start()] in ("与", "同")  # 与甲和乙建立合作: 和 lists, it links not
        if cued(match) and not listed and not any(s <= match.start() < e for s, e in taken):
            yield from _pairs(members(match["left"]), members(match["right"]), match["each"])
    for match in TWO_PLACES.finditer(skeleton):
        if cued(match):
            yield from _pairs(members(match["left"]), members(match["right"]), None)
    for match in DASHED.finditer(skeleton):
        if cued(match, to_sentence_end=True):
            yield from _pairs(members(match["left"]), members(match["right"]), None)
    for match in WITH_UNNAMED.finditer(skeleton):
        before = skeleton[:match.start()]
        opening = SUBJECT_OPENING.match(before)
        subject = members(opening.group(0))[:1] if opening and not re.search(f"[与同]{ENTITY}", before) else []
        if cued(match) and (subject or has_own_place) and not any(s <= match.start() < e for s, e in taken):
            yield from _pairs(subject or [None], members(match["right"]), match["each"])
    for match in ASSISTS.finditer(skeleton):
        yield from _pairs(members(match["left"]), members(match["right"]), match["each"])
    for match in ASSISTS_NEXT_CLAUSE.finditer(skeleton):
        helpers = re.match(rf"{ENTITY}(?:(?:[、及和]|以及){ENTITY})*", skeleton[match.start("left"):]).group()
        yield from _pairs(members(helpers), members(match["right"]), None)
    for match in GOES_TO_ASSIST.finditer(skeleton):
        yield from _pairs(members(match["left"]), members(match["right"]), None)
    for match in JOINS.finditer(skeleton):
        yield from _pairs(members(match["left"]), members(match["right"]), None)
    for match in RUN_TOGETHER.finditer(skeleton):
        run = members(match["run"])
        yield from [(a, b) for i, a in enumerate(run) for b in run[i + 1:]]
    for match in [*LEADS_JOINING.finditer(skeleton), *LED_BY.finditer(skeleton)]:
        if cued(match, to_sentence_end=True):
            yield from _pairs(members(match["left"]), members(match["right"]), None)


def _pairs(left: list, right: list, each: str | None) -> list[tuple]:
    """Every left with every right; with 分别 (respectively) the i-th with the i-th."""
    if each and len(left) > 1:
        return list(zip(left, right)) if len(left) == len(right) else []
    return [(a, b) for a in left for b in right]


# -- located in, implements -------------------------------------------------------------------
def _located_in(resolver: Resolver, gazetteer: Gazetteer) -> list[Relation]:
    relations = []
    for entity in list(resolver.entities.values()):
        if entity.type is EntityType.INSTITUTION and entity.admin_code:
            region = resolver.region(entity.admin_code)
            mention = entity.mentions[0] if entity.mentions else None
            relations.append(Relation(entity.key, "locatedIn", region.key,
                                      mention.doc_path if mention else "", mention.sentence if mention else None))
    for entity in list(resolver.entities.values()):
        if entity.type is EntityType.REGION and entity.within:
            mention = entity.mentions[0]
            relations.append(Relation(entity.key, "locatedIn", resolver.region(entity.within).key,
                                      mention.doc_path, mention.sentence))
        if entity.type is EntityType.REGION and entity.admin_code:
            code = entity.admin_code
            parent = gazetteer.division(code).parent_code
            while parent:
                parent_entity = resolver.region(parent)
                relations.append(Relation(f"region/{code}", "locatedIn", parent_entity.key))
                code, parent = parent, gazetteer.division(parent).parent_code
    return list(dict.fromkeys(relations))


def _implements(facts: DocumentFacts, resolver: Resolver) -> list[Relation]:
    if not facts.about_region:
        return []
    relations = []
    for mention in facts.mentions:
        if mention.type in (EntityType.PROGRAMME, EntityType.SLOGAN):
            key = resolver.entity_of(mention).key
            relations.append(Relation(facts.about_region, "implements", key, mention.doc_path, mention.sentence))
    return list(dict.fromkeys(relations))


# -- the document's own institution, called by its bare head -----------------------------------
# A hospital's own organs named by its bare head (院党委书记某某, 院工会主席某某): posts at the hospital.
HOSPITAL_ORGAN = re.compile(r"(?:我|本)?院(?:党委|党总支|党支部|工会|团委|纪委)")
# 中心与…签约, 中心主任某某, 我院与…: a head opening a clause, before a link or a post.
ANAPHOR = re.compile(r"(?:^|(?<=[，,、；;：:。！!？?\s]))(?:我|本|该)?(中心|医院|卫生院|院)(?=与|同|和|(?:常务)?副?(?:主任|院长)|党(?:支部|总支|委)|工会|纪委)")


def _institution_reported_on(facts: DocumentFacts, resolver: Resolver, heads: str | tuple[str, ...], before: int,
                             bodies: list[Mention] | None = None, entity_of: EntityOf | None = None) -> Entity | None:
    """The one institution with one of these heads that the report is about: the one its title
    (first sentence) names, or the only one named before `before`."""
    entity_of = entity_of or resolver.entity_of
    heads = (heads,) if isinstance(heads, str) else heads
    institutions = [m for m in (bodies or facts.mentions) if m.type is EntityType.INSTITUTION and m.end <= before]
    title_end = facts.document.sentences[0][1] if facts.document.sentences else 0
    partners = {entity_of(m).key for m in institutions if m.start < title_end and _partner_of_own(facts.document.body, m)}
    named = [m for m in institutions if any(_has_head(entity_of(m).label, head) for head in heads)
             and entity_of(m).key not in partners]
    in_title = [m for m in named if m.start < title_end]
    entities = {entity_of(m).key: entity_of(m) for m in (in_title or named)}
    return next(iter(entities.values())) if len(entities) == 1 else None


def _partner_of_own(body: str, mention: Mention) -> bool:
    """我院与某医院签约, 某医院与我院…: a title's body that partners the reporter is not the reporter."""
    return (bool(re.search(r"[我本][院局委]\s*[与和同]\s*$", body[max(0, mention.start - 6):mention.start]))
            or bool(re.match(r"\s*[与和同][我本][院局委]", body[mention.end:mention.end + 6])))


def _first_named(facts: DocumentFacts, resolver: Resolver, head: str, before: int) -> Entity | None:
    """我院 in a report that names two hospitals (某医院对口帮扶某卫生院): the first named, who reports."""
    named = [m for m in facts.mentions if m.type is EntityType.INSTITUTION and m.end <= before
             and _has_head(resolver.entity_of(m).label, head)]
    return resolver.entity_of(named[0]) if named else None


def _has_head(label: str, head: str) -> bool:
    """Whether an institution is one a bare head stands for: a 卫生院 calls itself 医院 too."""
    return label.endswith(("医院", "卫生院") if head == "医院" else head)


def _own_institution_anaphora(facts: DocumentFacts, resolver: Resolver) -> dict[Mention, Entity]:
    """Bare heads (中心, 我院) that stand for the institution the report is about."""
    found: dict[Mention, Entity] = {}
    for organ in (m for m in facts.mentions if m.type is EntityType.INSTITUTION and HOSPITAL_ORGAN.fullmatch(m.text)):
        if hospital := _institution_reported_on(facts, resolver, "院", organ.start) or _first_named(facts, resolver, "院", organ.start):
            found[organ] = hospital
    taken = [(m.start, m.end) for m in facts.mentions]
    for match in ANAPHOR.finditer(facts.document.body):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        institution = _institution_reported_on(facts, resolver, match.group(1), match.start())
        if institution is None and match.group().startswith(("我", "本")):
            institution = _first_named(facts, resolver, match.group(1), match.start())
        if institution is None:
            continue
        sentence = next((s for s in facts.document.sentences if s[0] <= match.start() < s[1]), (match.start(), match.end()))
        anaphor = Mention(facts.document.source.path, match.start(), match.end(), match.group(), EntityType.INSTITUTION, sentence)
        found[anaphor] = institution
    return found


def _representatives(facts: DocumentFacts, resolver: Resolver, posts: list[Relation]) -> dict[Mention, Entity]:
    """某院长与甲县签署协议: a person who holds a post at one body only in the document acts for it,
    wherever the document names them."""
    bodies_of: dict[str, set[str]] = defaultdict(set)
    for post in posts:
        bodies_of[post.subject].add(post.object)
    return {m: resolver.entities[next(iter(bodies_of[key]))] for m in facts.mentions
            if m.type is EntityType.PERSON and len(bodies_of.get(key := resolver.entity_of(m).key, ())) == 1}


def relate(documents: list[DocumentFacts], resolver: Resolver, gazetteer: Gazetteer) -> list[Relation]:
    relations: list[Relation] = []
    for facts in documents:
        anaphora = _own_institution_anaphora(facts, resolver)
        bodies = sorted([m for m in facts.mentions if m.type in (EntityType.INSTITUTION, EntityType.REGION)]
                        + list(anaphora), key=lambda m: (m.start, m.end))

        def entity_of(mention: Mention, anaphora=anaphora) -> Entity:
            return anaphora.get(mention) or resolver.entity_of(mention)

        posts = _posts(facts, resolver, bodies, entity_of)
        representing = _representatives(facts, resolver, posts)

        def party_of(mention: Mention, representing=representing, entity_of=entity_of) -> Entity:
            return representing.get(mention) or entity_of(mention)

        relations += posts
        relations += _partnerships(facts, sorted([*bodies, *representing], key=lambda m: (m.start, m.end)), party_of)
        relations += _implements(facts, resolver)
    # Last: posts may have made governments, whose place is then located too.
    return _located_in(resolver, gazetteer) + relations

