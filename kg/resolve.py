"""Resolve: mentions → entities, one per real-world thing.

Short and relative names take the document's own place (市人民医院 in a report about 永城市 is
永城市人民医院); abbreviations and renamings become aliases of the full name; places are grounded
in the gazetteer and left unresolved when the context does not settle them.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace

import jieba
import jieba.posseg as pseg

from .clean import simplified, traditional
from .gazetteer import AMBIGUOUS_SHORT, AUTONOMOUS, Gazetteer, short_form
from .model import DocumentFacts, Entity, EntityType, Mention
from .patterns import (CENTRAL_BODIES, COUNTED_PROGRAMMES, DEMOCRATIC_PARTIES, HEALTHY_PLACE, NUMBERED_HOSPITAL, OWN_PLACE_HEADS, OWN_ZONE_BODY, ZONE_NAMES,
                       SHORT_NAME_DEFINED, TITLES, ZONE_AT_END, short_name_inside_a_word)

# Abbreviations and renamed heads → the current full form (卫计委 became 卫健委 in 2018).
HEAD_EXPANSIONS = [
    ("卫生和计划生育委员会", "卫生健康委员会", "renamed 2018 (卫计委 → 卫健委)"),
    ("卫生计生委员会", "卫生健康委员会", "renamed 2018 (卫计委 → 卫健委)"),
    ("卫生计生委", "卫生健康委员会", "renamed 2018 (卫计委 → 卫健委)"),
    ("卫计委", "卫生健康委员会", "renamed 2018 (卫计委 → 卫健委)"),
    ("卫生健康委", "卫生健康委员会", "abbreviation 卫生健康委"),
    ("卫健委", "卫生健康委员会", "abbreviation 卫健委"),
    ("卫生和计划生育局", "卫生健康局", "renamed 2018 (卫计局 → 卫健局)"),
    ("卫生计生局", "卫生健康局", "renamed 2018 (卫计局 → 卫健局)"),
    ("卫计局", "卫生健康局", "renamed 2018 (卫计局 → 卫健局)"),
    ("卫健局", "卫生健康局", "abbreviation 卫健局"),
    ("疾控中心", "疾病预防控制中心", "abbreviation 疾控中心"),
    ("疾控局", "疾病预防控制局", "abbreviation 疾控局"),
    ("卫健和医保局", "卫生健康和医疗保障局", "abbreviation 卫健和医保局"),
    ("医保局", "医疗保障局", "abbreviation 医保局"),
    ("市场监管局", "市场监督管理局", "abbreviation 市场监管局"),
    ("中医院", "中医医院", "abbreviation 中医院"),
    ("妇保院", "妇幼保健院", "abbreviation 妇保院"),
    ("政府办", "人民政府办公室", "abbreviation 政府办"),
]
# The short forms of a full head that reports write as often as the full one: all are the body's names.
SHORT_HEADS = {"卫生健康委员会": ("卫生健康委", "卫健委"), "卫生健康局": ("卫健局",),
               "疾病预防控制中心": ("疾控中心",), "医疗保障局": ("医保局",)}
# A commission's or committee's office named right after it (某市卫健委办公室, 某某推进委员会办公室): an internal unit, whose posts are the
# commission's with the unit in the title, as the relation notes have it for 甲委某处处长. A party
# committee's 宣传部 stays a node of its own (its posts move to the committee in relate). A
# university's college (某医科大学检验医学院) is such a unit too: the university is named with it; so are a
# body's party organ (某医院党委, 某局工委) and a congress's or CPPCC's special committee (某政协某某委员会).
UNIT_OF_BODY = re.compile(r"(?<=卫健委|健康委|委员会)办公室$|(?<=大学)[\u4e00-\u9fa5]{1,10}学院$"
                          r"|(?:(?<=医院)|(?<=研究院)|(?<=研究所)|(?<=中心)|(?<=大学)|(?<=学院)|(?<=集团)|(?<=师)|(?<=局))"
                          r"(?:党委|党总支|党支部|纪委|工委)$"  # 某医院党委, 某局工委: the body's party organ
                          r"|(?:(?<=人大)|(?<=政协)|(?<=常委会))(?!常委会)[\u4e00-\u9fa5]{2,10}(?:委员会|工委)$")  # 某政协某某委员会
GOVERNMENT = re.compile(r"^(省|市|县|区|州|旗|镇|乡)政府$")
# A hospital's branch named after another place (某省中医院某省医院, 某大学第一医院某市医院).
BRANCH_IN_ANOTHER_PLACE = re.compile(r"(?:医院|院)([\u4e00-\u9fa5]{2,8}?)(?:医院|分院)$")
CAMPUS_IN_PLACE = re.compile(r"医院([\u4e00-\u9fa5]{2,4}?)院区$")  # 某医院某某院区
LEVEL_TWICE = re.compile(r"^(.+?([县市区旗州]))\2(?=委)")
# What a programme's name may end with and still be that programme (“某某”建设 = 某某建设 = “某某”).
SHARED_PROGRAMME_HEAD = re.compile(r"(?:行动|建设|战略|工程)$")
HEALTHY_PLACE_BARE = re.compile(r"健康([\u4e00-\u9fa5]{2,6})")
GENERIC_PROGRAMME_TAIL = re.compile(r"(?<=..)(?:建设|工作|发展|推进)$")
QUOTED_CORE = re.compile(r"^[“\"「『]([^”\"」』]+)[”\"」』](.*)$")  # “某某”活动: 某某, 活动
# Words after a quoted programme's name that make another thing of it: “某某”示范区 is a zone of the
# programme, so the quoted name is not its alias.
ANOTHER_THING_THAN_CORE = ("示范区", "示范县", "示范市", "示范点", "基地", "平台", "中心", "体系")
# Places below the townships, which the divisions list does not hold: villages and neighbourhoods.
VILLAGE = re.compile(r"(?:村|社区|居委会|村委会)$")
# How a report speaks of its own place (全县, 县委, 我市): tells 五华县 from 五华区 when the name does not.
OWN_LEVEL = re.compile(r"(?:全|本|我)(县|市|区)|(县|市|区)(?:委|政府|人民政府|政协|人大)")
# How a report speaks of its own place: 全省, 省委, 自治区卫生健康委; 全县, 市政府.
OWN_PLACE_WORDS = re.compile(r"(?:全|本|我)(自治区|省|州|盟|市|县|区|旗)|(自治区|省|州|盟|市|县|区|旗)(?:委|政府|人民政府|政协|人大|卫生|卫健)")
# A village's committee or clinic, which the village calls by its own name without its township's.
VILLAGE_BODY = re.compile(r"[\u4e00-\u9fa5]{1,5}?(?:村委会|村民委员会|居委会|居民委员会|村卫生室|村卫生站|社区卫生服务站)")
PARTY_PREFIX = re.compile(r"中国共产党|中共")
# The term of a congress or committee inside its name (某省十四届人大, 某市第十五届政协): the body is the same
# from one term to the next.
TERM_OF_BODY = re.compile(r"(?:(?<=[省市县区州旗盟])|^)第?[一二三四五六七八九十]+届(?=(?:全国)?(?:人大|人民代表大会|政协|委员会))")
NATIONAL_PREFIXES = ("国家", "中国", "中华", "全国", "中央", "国务院", "世界")
ORDINAL_HOSPITAL = re.compile(r"第[一二三四五六七八九]人民医院")
# 健康某省行动推进委员会: the committee of a place's health campaign lies in that place.
# A body of a zone known by a name of its own (某某岛经济技术开发区管委会), no division's.
ZONE_BODY = re.compile(rf"^[\u4e00-\u9fa5]{{2,6}}?(?:{ZONE_NAMES})[\u4e00-\u9fa5]{{0,8}}(?:管委会|管理委员会|党工委|工委|局|医院|卫生院|中心)$")
CAMPAIGN_BODY = re.compile(r"健康(?:中国·)?([\u4e00-\u9fa5]{2,8}?)(?:行动|建设)")  # 健康中国·某市行动推进委员会
# 某省人民政府驻某市办事处: an office of one place stationed in another.
STATIONED_OFFICE = re.compile(r"驻([\u4e00-\u9fa5]{2,8}?)(?:办事处|联络处)$")
# 某党某省委会: a democratic party's committee, named after the place it serves.
DEMOCRATIC_PARTY_PREFIX = re.compile("|".join(sorted(DEMOCRATIC_PARTIES, key=len, reverse=True)))
# A government department named bare (组织部, 财政局, 文明办): in a list after a body of a place, that place's.
PARTY_DEPARTMENTS = ("宣传部", "组织部", "统战部", "政法委")  # a party committee's own departments
BARE_DEPARTMENT = re.compile(r"[\u4e00-\u9fa5]{1,6}?(?:部|局|委|办|厅|委员会|办公室|协会)")
LIST_GAP = re.compile(r"、(?:[\u4e00-\u9fa5]{1,5}、)*")  # the items between, which may be too short to be found (教委)
# 某市卫健委党组书记、主任，中医药管理局局长某某 (or 某省卫健委党组成员、计生协会常务副会长某某): one
# person's posts at a body and a bare department of its place.
POSTS_GAP = re.compile(rf"(?:{'|'.join(TITLES)})(?:、(?:{'|'.join(TITLES)}))*[，,、]")
# What follows a township's short name in the name of a body of that township (某某中心卫生院).
TOWNSHIP_BODY = re.compile(r"(?:镇|乡|街道)?(?:中心)?(?:卫生院|社区卫生服务(?:中心|站)|卫生服务中心|分院)")
# A short place name right before a township's hospital (某某中心卫生院) is the township's, not a county's.
TOWNSHIP_HOSPITAL = re.compile(r"(?:中心)?卫生院")
# Bodies of a township, village or neighbourhood, named after a place the gazetteer does not list: in a
# county's or a township's own report they lie in that county or township.
LOCAL_BODY = re.compile(r"(?:卫生院|卫生所|卫生室|社区卫生服务中心|社区卫生服务站|村委会|居委会|村民委员会|居民委员会|党支部)$")
# What follows the visitors a report names before they come to its own place (某县某某一行来我县考察).
VISITORS = re.compile(r"(?:[^。；;\n]{0,40}?一行|[^。；;，,\n]{0,20}?)(?:来|到|莅临)(?:我(?:县|市|区|旗|州|镇|乡)|[\u4e00-\u9fa5](?:考察|调研|交流|学习))")
# Words that make a name its own (山东大学, 湖北文理学院): its place prefix is not spelled out.
OWN_NAME_WORDS = ("大学", "学院", "学校", "附属", "兵团")
QUOTES = re.compile(r"[“”\"「」『』‘’《》\s]")


def normalise(name: str) -> str:
    """The form that keys and evaluation compare: no quotes, brackets or spaces, full width folded."""
    return QUOTES.sub("", unicodedata.normalize("NFKC", name)).replace("、", "")


def expand_head(name: str) -> tuple[str, str | None]:
    if CENTRAL_BODIES.get(name, name) != name:
        return CENTRAL_BODIES[name], f"standard short name {name} → {CENTRAL_BODIES[name]}"
    if name.startswith("新疆兵团"):
        name, corps = "新疆生产建设兵团" + name[4:], "abbreviation 新疆兵团 → 新疆生产建设兵团"
        expanded, reason = expand_head(name)
        return expanded, "; ".join(filter(None, (corps, reason)))
    numbered = NUMBERED_HOSPITAL.fullmatch(name)
    if numbered:
        return f"{numbered[1]}第{numbered[2]}人民医院", f"abbreviation {name} → 第{numbered[2]}人民医院"
    twice = LEVEL_TWICE.match(name)
    if twice:  # 某县县委 is 某县委
        return name[:twice.end(1)] + name[twice.end():], f"level written twice: {name} → {name[:twice.end(1)]}委"
    if name.endswith("人民政府办"):
        return name + "公室", "abbreviation 政府办"
    if name.endswith("政府办公室") and not name.endswith("人民政府办公室"):
        return name[:-5] + "人民政府办公室", "abbreviation 政府 → 人民政府"  # 某县政府办公室
    for short, full, reason in HEAD_EXPANSIONS:
        if name.endswith(short) and not name.endswith(full):
            return name[: -len(short)] + full, reason
    if name.endswith("政府") and not name.endswith("人民政府") and not name.endswith("政府办公室"):
        return name[:-2] + "人民政府", "abbreviation 政府 → 人民政府"
    return name, None


def relative_prefix(name: str) -> str:
    """The level word a relative name starts with (区卫健委 → 区, 盟卫健委 → 盟, 自治区党委 → 自治区), or ''."""
    if name.startswith(("自治区", "自治州")):
        return name[:3]
    if name[:1] in "省市县区州旗盟" and not name.startswith(("市场", "区域", "县域", "市域")):
        return name[0]
    if name[:1] in "镇乡" and name[1:2] not in ("镇", "村", "级", "域", "里"):
        return name[0]  # 镇政府, 乡卫生院 in a township's own report
    return ""


def _in_brackets_after(body: str, mention: Mention, previous: Mention | None) -> bool:
    """某市创伤医院（市六院）, 某某医院（以下简称“某医一院”）: a short name for the one just named."""
    if previous is None or previous.type is not mention.type:
        return False
    defined = SHORT_NAME_DEFINED.match(body, previous.end)
    return (defined is not None and defined.start("short") == mention.start) or (
        previous.end == mention.start - 1 and body[previous.end] in "(（" and body[mention.end:mention.end + 1] in (")", "）"))


def _named_by_own_place(name: str) -> bool:
    """人民医院, 经济开发区管委会, 二院, 第一人民医院: a bare name that stands for the one of the report's own place."""
    return name in OWN_PLACE_HEADS or bool(OWN_ZONE_BODY.fullmatch(name) or NUMBERED_HOSPITAL.fullmatch(name)
                                            or ORDINAL_HOSPITAL.fullmatch(name))


def _own_place_before(place: str, name: str) -> str:
    """The bare name of the report's own place's body, its place written before it; 新区卫生局 of 某某新区
    is 某某新区卫生局."""
    return place + (name[2:] if place.endswith(name[:2]) else name)


def _stands_alone(name: str, start: int, end: int) -> bool:
    """A short place name inside a longer name must be a word of its own there: 商南 in 商南妇幼保健院,
    not 卧龙 in 卧龙山社区卫生服务中心 (卧龙山 is one word)."""
    bounds, position = {0}, 0
    for word in jieba.lcut(name):
        position += len(word)
        bounds.add(position)
    return start in bounds and end in bounds


# A local outlet's dateline after its place's short name (云上某某报道:, 某某融媒讯).
OUTLET_AFTER_PLACE = re.compile(r"(?:报道|讯|融媒|发布|新闻网|日报|电视台|广播电视台)\s*[:：(（]")


def _reads_as_place(text: str, start: int, end: int) -> bool:
    """jieba tags it a place name (or, three characters or more, any name: 某某某), or it opens a
    page's source line (来源：某某发布, a local outlet) or a local outlet's dateline (云上某某报道:)."""
    if re.search(r"来源[:：]\s*$", text[max(0, start - 6):start]) or OUTLET_AFTER_PLACE.match(text, end):
        return True
    window_start = max(0, start - 4)
    position = window_start
    for word, flag in pseg.cut(text[window_start:end + 4]):
        if position == start and position + len(word) == end:
            return flag == "ns" or (len(word) >= 3 and flag.startswith("n"))
        position += len(word)
    return False


def _speaks_as_a_province(body: str) -> bool:
    """The report calls its place 省 or 自治区 more than twice as often as it uses the lower levels."""
    levels = Counter(a or b for a, b in OWN_PLACE_WORDS.findall(body))
    provincial = levels["省"] + levels["自治区"]
    return provincial >= 2 and provincial > 2 * (sum(levels.values()) - provincial)


class Resolver:
    """Turns each document's mentions into entities shared across the whole build."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.entities: dict[str, Entity] = {}
        self.mention_entity: dict[tuple[str, int, int], str] = {}
        self.unit_of: dict[str, tuple[str, str]] = {}  # a body's unit named with it → (the body, the unit's name)
        self.full_names: dict[tuple[EntityType, str], str] = {}  # (type, quoted core) → the full name's text
        self.named_alone: set[str] = set()  # quoted names the document writes alone or as the thing itself
        self.settled_places: dict[tuple[int, int], str] = {}  # the document's place mentions that name one division
        self.body = ""  # the text of the document being resolved
        self.townships_named: list[tuple[str, str]] | None = None  # (code, last character) of townships it names in full

    # -- the document's own place -------------------------------------------------------------
    def about_region(self, facts: DocumentFacts) -> str | None:
        """The code of the place the document is about: its issuing body's place, its title's, or its most named."""
        scores: Counter[str] = Counter()
        ambiguous: list[tuple[str, int]] = []
        visitors: set[str] = set()
        campaigns: list[str] = []  # the places of 健康某地 campaigns
        body = facts.document.body
        first = next((i for i, ch in enumerate(body) if not ch.isspace()), 0)
        for mention in facts.mentions:
            healthy_place = (HEALTHY_PLACE.search(re.sub(r"[“”\"「」『』‘’]", "", mention.text))
                             if mention.type in (EntityType.PROGRAMME, EntityType.POLICY_DOCUMENT) else None)
            if healthy_place:  # 健康某县建设: a report's campaign is named after its own place
                codes = self._place_codes(healthy_place.group(1), context=set())
                if len(codes) == 1 and (self.gazetteer.division(codes[0]).level != "province"
                                        or _speaks_as_a_province(body)):  # 全省 and 健康某省行动: that province's
                    campaigns.append(codes[0])
                continue
            if mention.type not in (EntityType.REGION, EntityType.INSTITUTION):
                continue
            if VISITORS.match(body, mention.end):
                visitors.update(code for start, end, is_short in self.gazetteer.find(mention.text)
                                for code in (self.gazetteer.short if is_short else self.gazetteer.full)(mention.text[start:end]))
                continue  # 某县人大一行来我县考察: the visitors' place, not the report's
            if mention.type is EntityType.REGION and VILLAGE.search(mention.text):
                continue  # 某岗村: a village's name, whatever district shares its first characters
            if body[max(0, mention.start - 2):mention.start] == "健康":
                continue  # 健康龙江行: a campaign's name, its place maybe a nickname (龙江 for 黑龙江), not 龙江县
            codes = self._place_codes(mention.text, context=set())
            weight = (3 if mention.start - first < 120 else 1) + (mention.type is EntityType.INSTITUTION)
            if len(codes) == 1:
                scores[codes[0]] += weight
            elif codes:
                ambiguous.append((mention.text, weight))
        # A campaign's place counts in the province the names settle, if any (健康某城 in a report that
        # names 某市, the 某城 of its nickname, is no campaign of 某城区 in another province).
        named_provinces = {self._province(code) for code in scores}
        for code in campaigns:
            if not named_provinces or self._province(code) in named_provinces:
                scores[code] += 4
        # An ambiguous name (河东区) counts once the unambiguous ones have settled which it is.
        context = {a for code in scores for a in [code, *self.gazetteer.ancestors(code)]}
        if not context and (county := self._county_of_townships({text for text, _ in ambiguous})):
            context = {county, *self.gazetteer.ancestors(county)}
        for text, weight in ambiguous:
            codes = self._of_own_level(self._place_codes(text, context), body)
            if len(codes) == 1:
                scores[codes[0]] += weight
        for code in visitors:
            del scores[code]
        if not scores:
            return self._place_in_chrome(facts, visitors)
        # A province is named by its own name and by the places inside it; a place in a province
        # named far less than another (a partner city elsewhere) is not the report's.
        province_of = {code: self._province(code) for code in scores}
        by_province = Counter()
        for code, score in scores.items():
            by_province[province_of[code]] += score
        best, best_province = max(scores.values()), max(by_province.values())
        strong = [code for code, score in scores.items()
                  if score >= best * 0.5 and by_province[province_of[code]] >= best_province * 0.5]
        if _speaks_as_a_province(body) and province_of[strong[0]] in scores:
            return province_of[strong[0]]  # 全省, 省委: a provincial report that names its capital, where it met
        levels = Counter(a or b for a, b in OWN_LEVEL.findall(body))
        municipalities = {province_of[code] for code in strong
                          if province_of[code] in scores and self.gazetteer.division(province_of[code]).name.endswith("市")}
        if levels and levels.most_common(1)[0][0] == "市" and len(municipalities) == 1:
            return municipalities.pop()  # 全市, 市卫生健康委 in a report of 北京市 that names its districts
        # Of the strongly named places, the most specific one.
        strong.sort(key=lambda code: (-len(self.gazetteer.ancestors(code)), -scores[code]))
        counties = {self.gazetteer.division(code).parent_code for code in strong}
        if len(strong) > 1 and len(counties) == 1 and all(self.gazetteer.division(c).level == "township" for c in strong):
            return counties.pop()  # 甲镇某村, 乙镇某村: a report that names several towns of one county is the county's
        chosen = next((code for code in strong if self.gazetteer.division(code).level != "township"), strong[0])
        own = Counter(a or b for a, b in OWN_PLACE_WORDS.findall(body))
        parent = self.gazetteer.division(chosen).parent_code
        if (own and own.most_common(1)[0][0] in ("盟", "州") and self.gazetteer.division(chosen).level == "county"
                and parent and self.gazetteer.division(parent).name.endswith(own.most_common(1)[0][0])):
            return parent  # 盟卫健委 in a report that names the banners of its league: the league's
        return self._own_county_in_chrome(facts, chosen) or chosen

    def _county_of_townships(self, names: set[str]) -> str | None:
        """甲街道 and 乙街道, each the name of townships in several counties: the one county that holds
        one of each settles them all."""
        counties = []
        for name in names:
            codes = self._place_codes(name, set())
            if codes and all(self.gazetteer.division(c).level == "township" for c in codes):
                counties.append({self.gazetteer.division(c).parent_code for c in codes})
        common = set.intersection(*counties) if len(counties) >= 2 else set()
        return common.pop() if len(common) == 1 else None

    def _own_county_in_chrome(self, facts: DocumentFacts, city: str) -> str | None:
        """A report that calls itself 我县 or 全区 but names only its city or province in the body is
        about the one county there its page names, most often in the source line (来源：某县融媒体中心)."""
        if self.gazetteer.division(city).level not in ("city", "province"):
            return None
        levels = Counter(a or b for a, b in OWN_PLACE_WORDS.findall(facts.document.body))
        if not levels or levels.most_common(1)[0][0] not in ("县", "区", "旗"):
            return None
        counties = {code for code, _ in self._places_in_page(facts) if self.gazetteer.division(code).level == "county"}
        within = {code for code in counties if self.gazetteer.is_within(code, city)}
        if len(within) == 1:
            return within.pop()
        # 某县融媒 报道: 某市中心医院医疗队走进县人民医院: the cities are the visitors', the page's one county is its own
        return counties.pop() if not within and len(counties) == 1 else None

    def _place_in_chrome(self, facts: DocumentFacts, visitors: set[str]) -> str | None:
        """A page whose body never names its place often names it in its title or source line: the
        first place there of the level the report speaks as (全市: a city), else the first named; never
        the place of visitors the report received."""
        places = sorted((place for place in self._places_in_page(facts) if place[0] not in visitors),
                        key=lambda place: place[1])  # full names first
        levels = Counter(a or b for a, b in OWN_LEVEL.findall(facts.document.body))
        if levels:
            suffix = levels.most_common(1)[0][0]
            of_own_level = [code for code, _ in places if self.gazetteer.division(code).name.endswith(suffix)]
            if of_own_level:
                return of_own_level[0]
        return places[0][0] if places else None

    def _places_in_page(self, facts: DocumentFacts) -> list[tuple[str, bool]]:
        """The counties, cities and provinces a page names anywhere, chrome included, in order, each
        with whether it is named by a short form only: by full name, or by a short form (海安 for
        海安市) that names one place only and that jieba reads as a place name or that opens a source
        line, not as a word (资源 is a county, and "resources")."""
        text = simplified(facts.document.source.text)
        places: list[tuple[str, bool]] = []
        for start, end, is_short in self.gazetteer.find(text):
            name = text[start:end]
            if not is_short:
                codes = [] if short_name_inside_a_word(text, start, end) else self.gazetteer.full(name)
            elif name in AMBIGUOUS_SHORT or not _reads_as_place(text, start, end) or text[max(0, start - 2):start] == "健康":
                continue
            else:
                codes = self._of_own_level(self.gazetteer.short(name), facts.document.body)
            codes = [c for c in codes if self.gazetteer.division(c).level != "township"]
            if len(codes) == 1 and codes[0] not in {code for code, _ in places}:
                places.append((codes[0], is_short))
        return places

    def _of_own_level(self, codes: list[str], body: str) -> list[str]:
        """Of several places a name may be, the ones of the kind the report calls itself (全县 → 县)."""
        if len(codes) <= 1:
            return codes
        levels = Counter(a or b for a, b in OWN_LEVEL.findall(body))
        if not levels:
            return codes
        suffix = levels.most_common(1)[0][0]
        return [c for c in codes if self.gazetteer.division(c).name.endswith(suffix)] or codes

    def _place_codes(self, name: str, context: set[str]) -> list[str]:
        """Codes of the division that a name (or the place prefix of an institution's name) refers to.
        A university is where its name says, even where the place is one word with it (某京医科大学)."""
        hits = self.gazetteer.find(name)
        if not hits or hits[0][0] != 0:
            return []
        start, end, is_short = hits[0]
        university = re.match(r"[\u4e00-\u9fa5]{0,8}(?:大学|学院)", name[end:])
        piece = name[start:end]
        if (is_short and end < len(name) and not _stands_alone(name, start, end) and not university
                and not self._province_opens(piece, name[end:]) and piece[-1] not in "县州旗"):  # 塔县委: its level word ends it
            return []
        codes = self._narrow(self.gazetteer.short(piece) if is_short else self.gazetteer.full(piece), context)
        if is_short and TOWNSHIP_HOSPITAL.match(name, end):  # 某某中心卫生院: a township's, not 某某县's
            towns = self._narrow(self.gazetteer.townships_by_short.get(piece, []), context)
            return towns if len(towns) == 1 and context else []
        if university and len(codes) > 1:  # 南昌大学: the city 南昌, which holds the county 南昌县 too
            outer = [c for c in codes if all(o == c or self.gazetteer.is_within(o, c) for o in codes)]
            codes = outer if len(outer) == 1 else codes
        if is_short and context and codes:
            provinces = {self._province(c) for c in context}
            if all(self.gazetteer.division(c).level in ("county", "township") and self._province(c) not in provinces
                   for c in codes):
                return []  # 某某社区… in a report from another province: a street's name, not 某某区 there
        return codes

    def _province_opens(self, short: str, rest: str) -> bool:
        """北京天坛医院, 北京协和医院: a province's short name opens the name even where jieba joins it
        to the next word; not in a street's name (山东路, 江西街)."""
        return (any(self.gazetteer.division(c).level == "province" for c in self.gazetteer.short(short))
                and not re.match(r"[\u4e00-\u9fa5]?[路街巷道里桥村]", rest))

    def _province(self, code: str) -> str:
        return ([code] + self.gazetteer.ancestors(code))[-1]

    def _region_codes(self, name: str, context: set[str]) -> list[str]:
        """A region's name must be division names end to end (湖北省十堰市 is 十堰市); a name that
        goes on (某市经开区, 某县城区) is a place the gazetteer does not hold, not its first division."""
        hits = self.gazetteer.find(name)
        if not hits or hits[0][0] != 0 or hits[-1][1] != len(name) or any(a[1] != b[0] for a, b in zip(hits, hits[1:])):
            return []
        codes: list[str] = []
        for start, end, is_short in hits:
            piece = name[start:end]
            found = self.gazetteer.short(piece) if is_short else self.gazetteer.full(piece)
            codes = self._narrow(found, context | set(codes[:1]))
        return codes

    def _narrow(self, codes: list[str], context: set[str]) -> list[str]:
        """The codes inside the most specific places of the context (南阳镇 in a report of 大丰区
        that also names 江苏省: the one in 大丰区), else those containing a context place."""
        codes = list(dict.fromkeys(codes))
        if len(codes) <= 1 or not context:
            return codes
        if sum(c in context for c in codes) == 1:  # 新乡 in a report of 新乡市, not 新乡县 inside it
            return [c for c in codes if c in context]
        for depth in sorted({len(self.gazetteer.ancestors(ctx)) for ctx in context}, reverse=True):
            places = [ctx for ctx in context if len(self.gazetteer.ancestors(ctx)) == depth]
            inside = [c for c in codes if any(self.gazetteer.is_within(c, ctx) for ctx in places)]
            if inside:
                return inside
        containing = [c for c in codes if any(self.gazetteer.is_within(ctx, c) for ctx in context)]
        return containing or self._nearest_to(codes, context) or codes

    def _nearest_to(self, codes: list[str], context: set[str]) -> list[str]:
        """The one code inside the nearest place that holds a context place (a neighbouring
        township of the report's township, in its county), up to the province; none if several."""
        for up in range(3):
            places = {self.gazetteer.ancestors(ctx)[up] for ctx in context if len(self.gazetteer.ancestors(ctx)) > up}
            inside = [c for c in codes if any(self.gazetteer.is_within(c, place) for place in places)]
            if inside:
                return inside if len(inside) == 1 else []
        return []

    def _relative_place_named(self, prefix: str, about: str | None, context: set[str]) -> str | None:
        """区卫健局 in a report about a province that names one district of it: that district; 乡人大
        in a report of a county that names one township of it (某某乡卫生院): that township."""
        place = self.relative_place(prefix, about)
        if not place and about and prefix in ("镇", "乡"):
            return self._one_township_named(about, prefix)
        if place or not about or prefix not in ("市", "县", "区", "旗", "州", "盟"):
            return place
        named = {c for c in context if c != about and self.gazetteer.is_within(c, about)
                 and self.gazetteer.division(c).level in ("city", "county")
                 and self.gazetteer.division(c).name.endswith(prefix)}
        city = self.gazetteer.division(about).parent_code
        if not named and self.gazetteer.division(about).level == "county" and city:
            named = {c for c in context if c != about and self.gazetteer.is_within(c, city)  # a city's page on two
                     and self.gazetteer.division(c).level == "county"                           # of its counties
                     and self.gazetteer.division(c).name.endswith(prefix)}
        return named.pop() if len(named) == 1 else None

    def _place_earlier_in_sentence(self, prefix: str, mention: Mention) -> str | None:
        """赴某县担任县卫健委副主任 in a report about a city's district: a relative name the document's
        own place cannot give is the place of its level named last before it in its sentence."""
        if prefix not in ("市", "县", "区", "旗", "州"):
            return None
        before = [(end, code) for (start, end), code in self.settled_places.items()
                  if mention.sentence[0] <= start and end <= mention.start
                  and self.gazetteer.division(code).name.endswith(prefix)
                  and self.gazetteer.division(code).level in ("city", "county")]
        return max(before)[1] if before else None

    def _one_township_named(self, about: str, suffixes: str = "镇乡") -> str | None:
        """The one township within `about` that the document names in full, if only one."""
        if self.townships_named is None:
            self.townships_named = [(code, self.body[end - 1]) for start, end, is_short in self.gazetteer.find(self.body)
                                    if not is_short for code in self.gazetteer.full(self.body[start:end])
                                    if self.gazetteer.division(code).level == "township"]
        townships = {code for code, last in self.townships_named if last in suffixes and self.gazetteer.is_within(code, about)}
        return townships.pop() if len(townships) == 1 else None

    def _place_of_village(self, mention: Mention, about: str | None) -> str | None:
        """A village (or neighbourhood) lies in the township named right before it (某镇某村), else in the
        one township of the page's place that the page names, else in the page's county."""
        before = next((code for (start, end), code in self.settled_places.items()
                       if end == mention.start and self.gazetteer.division(code).level == "township"), None)
        if before or not about:
            return before
        if self.gazetteer.division(about).level == "township":
            return about
        township = self._one_township_named(about, "镇乡道")
        return township or (about if self.gazetteer.division(about).level == "county" else None)

    def relative_place(self, prefix: str, about: str | None) -> str | None:
        """The division that 市/县/区/省 means in a document about `about`."""
        if not about:
            return None
        chain = [about] + self.gazetteer.ancestors(about)
        for code in chain:
            name = self.gazetteer.division(code).name
            if prefix == "自治区" and self.gazetteer.division(code).level == "province" and name.endswith(prefix):
                return code
            if prefix == "省" and self.gazetteer.division(code).level == "province":
                return code
            if prefix in "镇乡":
                if self.gazetteer.division(code).level == "township" and name.endswith(prefix):
                    return code
                continue
            if prefix != "省" and name.endswith(prefix) and self.gazetteer.division(code).level != "province":
                return code
            if prefix == "市" and self.gazetteer.division(code).level == "province" and name.endswith("市"):
                return code
        return None

    def learn_full_names(self, documents: list[DocumentFacts]) -> None:
        """A quoted name alone (“某某”, or 某某 unquoted) is the programme or slogan that the build
        names in full with it (“某某”活动), when it names exactly one."""
        full: dict[tuple[EntityType, str], set[str]] = {}
        for facts in documents:
            for mention in facts.mentions:
                core = QUOTED_CORE.match(mention.text)
                if core and core.group(2) and mention.type in (EntityType.PROGRAMME, EntityType.SLOGAN):
                    full.setdefault((mention.type, core.group(1)), set()).add(self._named(mention))
        self.full_names = {key: next(iter(names)) for key, names in full.items() if len(names) == 1}

    def _head_of_counted_list(self, mention: Mention) -> str | None:
        """实施“九大行动”（甲乙、丙丁）: each listed programme is named with the head its count gives
        (甲乙行动)."""
        if mention.type is not EntityType.PROGRAMME:
            return None
        for match in COUNTED_PROGRAMMES.finditer(self.body, max(0, mention.start - 250), mention.end + 250):
            if match.start("items") <= mention.start and mention.end <= match.end("items"):
                return None if mention.text.endswith(match.group("head")) else match.group("head")
        return None

    def _head_shared_with_next(self, mention: Mention, following: Mention | None) -> str | None:
        """健康中国和健康某省行动: the first of two campaigns joined by 和 is also named with the head
        the two share (健康中国行动)."""
        if (mention.type is not EntityType.PROGRAMME or following is None
                or self.body[mention.end:following.start] not in ("和", "与", "及", "、")):
            return None
        head = SHARED_PROGRAMME_HEAD.search(following.text)
        has_own_head = re.search(r"(?:运动|行动|工程|建设|战略|计划|活动|项目|改革)$", mention.text)  # 爱国卫生运动和…行动
        return head.group() if head and not has_own_head else None

    def _named(self, mention: Mention) -> str:
        """The text that keys a programme or slogan: “某某”建设 and 某某建设 are the programme 某某."""
        if mention.type is EntityType.PROGRAMME:
            return GENERIC_PROGRAMME_TAIL.sub("", mention.text) or mention.text
        return mention.text

    # -- entities ---------------------------------------------------------------------------
    def resolve_document(self, facts: DocumentFacts) -> None:
        about = self.about_region(facts)
        context = {about} if about else set()
        self.settled_places = {}
        for mention in facts.mentions:
            if mention.type is EntityType.REGION:
                codes = self._place_codes(mention.text, context)
                if len(codes) == 1:
                    self.settled_places[(mention.start, mention.end)] = codes[0]
                if len(codes) == 1 and self.gazetteer.division(codes[0]).level != "township":
                    context.add(codes[0])
        self.body, self.townships_named = facts.document.body, None
        own_names: set[str] = set()  # how the report writes its own place (科左中旗 for 科尔沁左翼中旗)
        if about:
            region = self.region(about)
            facts.about_region = region.key
            own_names = {self._leading_place(m.text) for m in facts.mentions
                         if m.type in (EntityType.REGION, EntityType.INSTITUTION)}
            own_names = {name for name in own_names
                         if name and name != region.label and self._place_codes(name, context) == [about]}
        self.named_alone = self._named_alone(facts)
        body, previous = facts.document.body, None
        abbreviated = self._abbreviations(facts)
        bracketed: dict[str, Entity] = {}  # 某市创伤医院（市六院）: the short name is this document's alias
        affiliated: dict[str, Entity] = {}  # 某大学附属某某医院, then 某某医院: the hospital's own name
        programme_at = {m.start: m for m in facts.mentions if m.type is EntityType.PROGRAMME}
        for mention in facts.mentions:
            if mention.type not in (EntityType.PERSON, EntityType.REGION) and _in_brackets_after(body, mention, previous):
                entity = bracketed[mention.text] = self.entity_of(previous)
                entity.merge_reasons.add(f"{mention.text} in brackets after {previous.text}")
            elif mention.type is EntityType.INSTITUTION and mention.text in affiliated:
                entity = affiliated[mention.text]
                entity.merge_reasons.add(f"{mention.text}, named in full with its university earlier in the document")
            elif listed_place := self._place_of_list(body, mention, previous):
                party = "委" if mention.text in PARTY_DEPARTMENTS else ""  # 某县委常委、宣传部部长: the county committee's
                named = self.gazetteer.division(listed_place).name + party + mention.text
                entity = self._resolve(replace(mention, text=named), about, context)
            elif counted_head := self._head_of_counted_list(mention):
                entity = self._resolve(replace(mention, text=mention.text + counted_head), about, context)
            elif shared_head := self._head_shared_with_next(mention, programme_at.get(mention.end + 1)):
                entity = self._resolve(replace(mention, text=mention.text + shared_head), about, context)
            elif mention.text in abbreviated:
                entity = self._resolve(replace(mention, text=abbreviated[mention.text]), about, context)
                entity.merge_reasons.add(f"{mention.text}: an abbreviation of {abbreviated[mention.text]} in the same document")
            else:
                entity = bracketed.get(mention.text) or self._resolve(mention, about, context)
            previous = mention
            if mention.type is EntityType.INSTITUTION and "附属" in mention.text:
                own_name = mention.text.rsplit("附属", 1)[1]
                if len(own_name) >= 4 and not own_name.startswith(("第", "医院")):
                    affiliated.setdefault(own_name, entity)
            if mention.type is EntityType.INSTITUTION and own_names:
                self._spell_with_own_names(entity, self.gazetteer.division(about).name, own_names)
            entity.mentions.append(mention)
            if mention.text != entity.label:
                entity.alt_labels.add(mention.text)
            written = facts.document.source.text[mention.start:mention.end]
            if written != mention.text:  # a page in traditional script: its spelling, and the entity's names in it
                entity.alt_labels.update({written, *map(traditional, [entity.label, *entity.alt_labels])} - {entity.label})
            self.mention_entity[(mention.doc_path, mention.start, mention.end)] = entity.key
            unit = UNIT_OF_BODY.search(mention.text) if mention.type is EntityType.INSTITUTION else None
            if unit and unit.start() >= 3:  # 某市卫健委办公室: the commission is named too, and holds the unit's posts
                whole = replace(mention, end=mention.end - len(unit.group()), text=mention.text[:unit.start()])
                body_entity = self._resolve(whole, about, context)
                body_entity.mentions.append(whole)
                if whole.text != body_entity.label:
                    body_entity.alt_labels.add(whole.text)
                self.mention_entity[(whole.doc_path, whole.start, whole.end)] = body_entity.key
                self.unit_of[entity.key] = (body_entity.key, unit.group())

    def _abbreviations(self, facts: DocumentFacts) -> dict[str, str]:
        """湖医附一医院 for 湖南医药学院第一附属医院: a name with no place of its own, made of the
        characters of the one longer institution's name of the document that starts (after its place:
        甲大一附院 for 某市甲乙大学第一附属医院) and ends as it does,
        or that name without its 附属; 某某中医医院 for 上海某某中医医院, the one name of the document that
        is it with a place before it (not a bare 人民医院, which is the report's own place's)."""
        names = {m.text for m in facts.mentions if m.type is EntityType.INSTITUTION}
        places = {name: self._leading_place(name) for name in names}
        found = {}
        for short in names:
            if len(short) < 4 or short[0] in "省市县区州旗镇乡" or self.gazetteer.find(short[:4]):
                continue
            own = _named_by_own_place(short)  # 中心血站: the report's own place's, never another place's
            fulls = [full for full in names if full != short and not full.startswith(short)  # 某医院 is no abbreviation of 某医院某中心附属医院
                     and short[0] in (full[0], "" if own else full[len(places[full]):][:1])
                     and full[-1] == short[-1]
                     and ((len(short) <= 0.7 * len(full) and not Counter(short) - Counter(full))
                          or full.replace("附属", "") == short)]  # 某大学医学院某医院 = 某大学医学院附属某医院
            if not fulls and not own:
                fulls = [full for full in names if full.endswith(short) and full != short and places[full] == full[:-len(short)]]
            if len(fulls) == 1:
                found[short] = fulls[0]
        return found

    def _place_of_list(self, body: str, mention: Mention, previous: Mention | None) -> str | None:
        """某区委宣传部、组织部、财政局: a bare department listed right after a body of a place is that
        place's; so is an ordinal hospital joined to another of that place (第一人民医院和第二人民医院)."""
        if previous is None or mention.type is not EntityType.INSTITUTION or previous.type is not EntityType.INSTITUTION:
            return None
        gap = body[previous.end:mention.start]
        if ORDINAL_HOSPITAL.fullmatch(mention.text) and ORDINAL_HOSPITAL.search(previous.text) and gap in ("和", "及", "与", "、"):
            return self.entity_of(previous).admin_code  # 某地区第一人民医院和第二人民医院: both of that place
        if (not (LIST_GAP.fullmatch(gap) or POSTS_GAP.fullmatch(gap)) or not BARE_DEPARTMENT.fullmatch(mention.text)
                or relative_prefix(mention.text) or self.gazetteer.find(mention.text[:4])):
            return None
        return self.entity_of(previous).admin_code

    def _stands_for_own(self, text: str, about: str | None) -> bool:
        """A bare name (人民医院, 二院) in a report about a city or county is that place's; a 第六人民医院
        in a report of a district of 北京, 上海, 天津 or 重庆 is the municipality's."""
        if not (_named_by_own_place(text) and about and self.gazetteer.division(about).level in ("city", "county")):
            return False
        parent = self.gazetteer.division(about).parent_code
        return not (ORDINAL_HOSPITAL.fullmatch(text) and parent and self.gazetteer.division(parent).level == "province")

    def _leading_place(self, name: str) -> str:
        hits = self.gazetteer.find(name)
        return name[:hits[0][1]] if hits and hits[0][0] == 0 else ""

    @staticmethod
    def _spell_with_own_names(entity: Entity, full: str, own_names: set[str]) -> None:
        """科尔沁左翼中旗人民医院 is also 科左中旗人民医院 in a report that calls its place 科左中旗."""
        for label in [entity.label, *entity.alt_labels]:
            if label.startswith(full):
                entity.alt_labels.update(name + label[len(full):] for name in own_names)

    def _resolve(self, mention: Mention, about: str | None, context: set[str]) -> Entity:
        text = mention.text
        if mention.type is EntityType.REGION:
            abbreviated = self.gazetteer.province_abbreviated(text) if len(text) == 1 else None
            own_town = self._own_township(text, about)
            codes = ([abbreviated] if abbreviated else [own_town] if own_town
                     else self._region_codes(text, context) or self._listed_township(text, context))
            if len(codes) > 1:
                codes = self._like_its_peers(mention, codes) or codes
            if len(codes) == 2 and self.gazetteer.is_within(codes[1], codes[0]) != self.gazetteer.is_within(codes[0], codes[1]):
                codes = [c for c in codes if not any(c != o and self.gazetteer.is_within(c, o) for o in codes)]  # 南昌: the city, not its 南昌县
            if len(codes) == 1:
                return self.region(codes[0])
            if not codes and VILLAGE.search(text) and (within := self._place_of_village(mention, about)):
                village = self._entity(f"region/{within}/{normalise(text)}", EntityType.REGION, text,
                                       reason="village of the same township or county")
                village.within = within
                return village
            if not codes and (within := self.gazetteer.zones.get(text)):
                zone = self._entity(f"region/{within}/{normalise(text)}", EntityType.REGION, text,
                                    reason="national new area inside a division")
                zone.within = within
                return zone
            if not codes and ZONE_AT_END.search(text) and len(place := self._place_codes(text, context)) == 1:
                zone = self._entity(f"region/{place[0]}/{normalise(text)}", EntityType.REGION, text,
                                    reason="zone named after the place it lies in")
                zone.within = place[0]
                return zone
            if (not codes and ZONE_AT_END.search(text) and about
                    and not any(start == 0 and not is_short for start, _, is_short in self.gazetteer.find(text))
                    and self.gazetteer.division(about).level in ("city", "county")):
                zone = self._entity(f"region/{about}/{normalise(text)}", EntityType.REGION, text,
                                    reason="zone with a name of its own in the document's place")
                zone.within = about  # 某某岛经济技术开发区 in a report of 某市
                return zone
            return self._entity(f"region/unresolved/{normalise(text)}", EntityType.REGION, text,
                                reason="place name the context does not settle")
        if mention.type is EntityType.INSTITUTION:
            return self._institution(mention, about, context)
        if mention.type is EntityType.PERSON:
            scope = self._city_scope(about) or mention.doc_path
            text = re.sub(r"\s+", "", text)  # 张　瑞, padded to three characters' width, is 张瑞
            return self._entity(f"person/{scope}/{text}", EntityType.PERSON, text,
                                reason="same name in documents about the same city")
        label = re.sub(r"[\"「」『』]", "", text.replace("\"", "“"))
        core = QUOTED_CORE.match(text)
        named = self._named(mention)
        bare = text if core is None else core.group(1) if not core.group(2) else None  # 某某 or “某某” alone
        if (mention.type, bare) in self.full_names:
            named = self.full_names[(mention.type, bare)]
            label = re.sub(r"[\"「」『』]", "", named.replace("\"", "“"))
        entity = self._entity(f"{mention.type.value.lower()}/{normalise(named)}", mention.type, label,
                              reason="same name")
        if core and core.group(2) and self._core_is_alias(mention.type, core.group(1), core.group(2)):
            entity.alt_labels.add(core.group(1))
        healthy = HEALTHY_PLACE_BARE.fullmatch(normalise(label))
        if mention.type is EntityType.PROGRAMME and healthy and self._is_place(healthy.group(1)):
            entity.alt_labels.add(normalise(label) + "建设")  # “健康某市” is the building of a healthy 某市
        return entity

    def _is_place(self, name: str) -> bool:
        return bool(self.gazetteer.full(name) or self.gazetteer.short(name))

    def _like_its_peers(self, mention: Mention, codes: list[str]) -> list[str]:
        """与保定、承德、唐山签署协议: a name shared by a city and a county, listed among cities of one
        province, is the city there."""
        peers = [code for (start, end), code in self.settled_places.items()
                 if self.body[end:mention.start] == "、" or self.body[mention.end:start] == "、"]
        return [code for code in codes if any(
            self.gazetteer.division(code).level == self.gazetteer.division(peer).level
            and self._province(code) == self._province(peer) for peer in peers)]

    def _named_alone(self, facts: DocumentFacts) -> set[str]:
        """The programmes' and slogans' names the document writes as the thing itself (“某某”, 某某建设),
        not as a short form of a full name the build knows."""
        names = set()
        for mention in facts.mentions:
            if mention.type not in (EntityType.PROGRAMME, EntityType.SLOGAN):
                continue
            named = self._named(mention)
            core = QUOTED_CORE.match(named)
            name = core.group(1) if core else named
            stands_for_full_name = mention.text == named and (mention.type, name) in self.full_names
            if (core is None or not core.group(2)) and not stands_for_full_name:
                names.add(name)
        return names

    def _core_is_alias(self, type_: EntityType, core: str, suffix: str) -> bool:
        """“某某”活动 is also called 某某, unless the suffix makes another thing of it: a zone or base of
        the programme (“某某”示范区), or anything but the name itself (“某某”行动, “某某”评价体系) where
        the document also names “某某” as a thing of its own (“某某”, “某某”建设)."""
        if type_ is EntityType.PROGRAMME and (suffix.endswith(ANOTHER_THING_THAN_CORE) or core.endswith("式")):
            return False  # “组团式”帮扶, “组团式”招引: a manner two programmes share, the name of neither
        names_itself = GENERIC_PROGRAMME_TAIL.sub("", "某某" + suffix) == "某某"
        return names_itself or core not in self.named_alone

    def _own_township(self, name: str, about: str | None) -> str | None:
        """甲桥 in a report of 乙县, which has 甲桥镇: the county's own town, not 甲桥区 of another
        province; never the county's or its city's own short name."""
        if not about or self.gazetteer.full(name) or self.gazetteer.division(about).level != "county":
            return None
        if any(short_form(self.gazetteer.division(code).name) == name for code in [about, *self.gazetteer.ancestors(about)]):
            return None
        towns = [c for c in self.gazetteer.townships_by_short.get(name, []) if self.gazetteer.is_within(c, about)]
        return towns[0] if len(towns) == 1 else None

    def _listed_township(self, short: str, context: set[str]) -> list[str]:
        """甲 of 甲、乙镇: a township's short form, read inside the places the document names."""
        towns = self.gazetteer.townships_by_short.get(short, [])
        return self._narrow(towns, context) if towns and context else []

    def _city_scope(self, about: str | None) -> str | None:
        if not about:
            return None
        chain = [about] + self.gazetteer.ancestors(about)
        for code in chain:
            if self.gazetteer.division(code).level in ("city", "province"):
                return code
        return about

    def _institution(self, mention: Mention, about: str | None, context: set[str]) -> Entity:
        text = mention.text
        if text.startswith("自治区") and about:
            province = self._province(about)
            text = self.gazetteer.division(province).name + text[3:]
        party = PARTY_PREFIX.match(text)
        if party and (hits := self.gazetteer.find(text[party.end():])) and hits[0][0] == 0:
            text = text[party.end():]  # 中共某省委宣传部 is 某省委宣传部, placed by its province
        text = TERM_OF_BODY.sub("", text)
        placed = self._with_place(text, about, context)
        name, reason = expand_head(text)
        reasons = {reason} if reason else set()
        place: str | None = None
        hits = self.gazetteer.find(name)
        if hits and hits[0][0] == 0:
            codes = self._place_codes(name, context)
            if len(codes) == 1:
                place = codes[0]
                start, end, is_short = hits[0]
                full = self.gazetteer.division(place).name
                own_name = any(word in name for word in OWN_NAME_WORDS)
                if (is_short and self.gazetteer.division(place).level == "province") or own_name:
                    pass  # 湖北文理学院, 山东大学: a name of its own, not a place prefix to spell out
                elif is_short or name[start:end] != full:
                    if is_short and name[end:end + 1] in "市县区旗" and name[end] != full[-1]:
                        end += 1  # 某某县医院 of a county since made a district: 某某区医院, not 某某区县医院
                    name = full + name[end:]
                    reasons.add(f"short place name {text[start:end]} → {full}")
        elif relative_prefix(name):
            place = (self._relative_place_named(relative_prefix(name), about, context)
                     or self._place_earlier_in_sentence(relative_prefix(name), mention))
            if place:
                full = self.gazetteer.division(place).name
                name = full + name[len(relative_prefix(name)):]
                reasons.add(f"relative name in a document about {full}")
        elif self._stands_for_own(text, about):
            place = about
            full = self.gazetteer.division(place).name
            name = _own_place_before(full, name)
            reasons.add(f"bare name in a document about {full}")
        if (not place and about and self.gazetteer.division(about).level in ("county", "township")
                and self.gazetteer.township_at_start(name, about)):  # in a province's report, 某某医院 is no street's
            place, length = self.gazetteer.township_at_start(name, about)
            if not re.match(r"镇|乡|街道", name[length:]):  # 演集镇卫生院 of 演集街道 keeps its name
                name = self.gazetteer.division(place).name + name[length:]
            reasons.add(f"township short form {text[:length]} in a document about {self.gazetteer.division(about).name}")
        if (not place and about and self.gazetteer.division(about).level in ("county", "township")
                and LOCAL_BODY.search(name) and name[0] not in "省市县区州旗镇乡"):
            place = about  # 某某村委会 in a township's report, 某某卫生院 in a county's: a body of that place
            reasons.add(f"local body in a document about {self.gazetteer.division(about).name}")
        level = self.gazetteer.division(about).level if about else None
        if (not place and level in ("province", "county") and name.endswith("医院")
                and name[0] not in "省市县区州旗镇乡" and not name.startswith(NATIONAL_PREFIXES)
                and not (level == "county" and re.search("大学|学院|附属", name))):
            place = about  # 某某医院 in a province's or a county's own report: one of its hospitals (not a university's)
            reasons.add(f"hospital named without its place in a document about {self.gazetteer.division(about).name}")
        if (not place and level in ("city", "county") and ZONE_BODY.search(name) and not name.startswith(NATIONAL_PREFIXES)
                and not any(start == 0 and not is_short for start, _, is_short in self.gazetteer.find(name))):
            place = about  # 某某岛经济技术开发区管委会 in a report of 某市: the zone's body, in the document's place
            reasons.add(f"a zone's body in a document about {self.gazetteer.division(about).name}")
        campaign = CAMPAIGN_BODY.match(name)
        if not place and campaign and len(codes := self._place_codes(campaign.group(1), context)) == 1:
            place = codes[0]
            reasons.add(f"the body of {self.gazetteer.division(place).name}'s health campaign")
        democratic = DEMOCRATIC_PARTY_PREFIX.match(name)
        if not place and democratic and len(codes := self._place_codes(name[democratic.end():], context)) == 1:
            place = codes[0]  # 某党某省委会: the committee of the place it names
            reasons.add(f"a party's committee of {self.gazetteer.division(place).name}")
        campus = CAMPUS_IN_PLACE.search(name)
        if not place and campus and len(codes := self._place_codes(campus.group(1), context)) == 1:
            place = codes[0]  # 某医院某某院区: a hospital's campus in the place it is named after
            reasons.add(f"a campus in {self.gazetteer.division(place).name}")
        branch = BRANCH_IN_ANOTHER_PLACE.search(name)
        if not place and branch and len(codes := self._place_codes(branch.group(1), context)) == 1:
            place = codes[0]  # 某大学某医院某县医院: a university hospital's branch in the place it is named after
            reasons.add(f"a branch in {self.gazetteer.division(place).name}")
        if place:
            place, lowest = self._from_lowest_place(name, place)
            key = f"institution/{place}/{normalise(lowest)}"
            stationed = STATIONED_OFFICE.search(name)
            if stationed and len(codes := self._place_codes(stationed.group(1), context)) == 1:
                place = codes[0]  # 某省人民政府驻某市办事处 lies in the city it is stationed in
                reasons.add(f"an office stationed in {self.gazetteer.division(place).name}")
        elif (name.startswith(NATIONAL_PREFIXES)
              or (name[0] not in "省市县区州旗镇乡" and not _named_by_own_place(text))):
            key = f"institution/{normalise(name)}"
        else:
            key = f"institution/{mention.doc_path}/{normalise(name)}"
            reasons.add("relative name with no place in its document: kept to the document")
        entity = self._entity(key, EntityType.INSTITUTION, name, reason="same full name")
        entity.merge_reasons.update(reasons)
        if place:
            entity.admin_code = self._deepest_place_in(name, place)  # where it is, for locatedIn
        aliases = [mention.text, text, placed, lowest if place else name, expand_head(text)[0]]  # 某县政府 is also 某县人民政府
        if place and self.gazetteer.division(place).level == "township":
            county = self.gazetteer.division(place).parent_code
            aliases.append(self.gazetteer.division(county).name + lowest)  # 义安镇卫生院 is also 某市义安镇卫生院
            village_body = lowest[len(self.gazetteer.division(place).name):]
            if lowest.startswith(self.gazetteer.division(place).name) and VILLAGE_BODY.fullmatch(village_body):
                aliases.append(village_body)  # 某镇某某村委会 is also 某某村委会, as the village calls it
        autonomous = AUTONOMOUS.search(full_place := self.gazetteer.division(place).name) if place else None
        if autonomous and short_form(full_place):  # 甘孜藏族自治州委 is written 甘孜州委
            aliases += [short_form(full_place) + autonomous.group(1) + alias[len(full_place):]
                        for alias in aliases if alias.startswith(full_place)]
        full_head = next((head for head in SHORT_HEADS if name.endswith(head)), None)
        for written in {name, lowest if place else name} if full_head else ():
            aliases += [written[:-len(full_head)] + short for short in SHORT_HEADS[full_head]]  # 某市卫生健康委
        for alias in aliases:
            if alias != entity.label:
                entity.alt_labels.add(alias)
        return entity

    def _deepest_place_in(self, name: str, place: str) -> str:
        """A place named later inside `place` is where the institution is: 宜宾市南溪中心医院 is in
        南溪区, 河南某学院附属永城医院 in 永城市. After a university's name, the one place of its
        province is: 南京某大学武进医院 is in 武进区 (常州); 北京某大学东方医院 is not in 东方市."""
        province = self._province(place)
        hits = self.gazetteer.find(name)
        place_end = hits[0][1] if hits else 0
        for start, end, is_short in hits[1:]:
            if is_short and not _stands_alone(name, start, end):
                continue
            piece = name[start:end]
            codes = self.gazetteer.short(piece) if is_short else self.gazetteer.full(piece)
            inside = [c for c in codes if c != place and self.gazetteer.is_within(c, place)]
            outermost = [c for c in inside if not any(c != other and self.gazetteer.is_within(c, other) for other in inside)]
            if place in codes:
                place_end = end  # the chain down to the place already found (某市某区)
            elif len(inside) == 1 or len(outermost) == 1:  # 白银: the city, not its district of that name
                place, place_end = (inside if len(inside) == 1 else outermost)[0], end
            elif re.search("大学|学院", name[:start]):
                in_province = [c for c in codes if self.gazetteer.is_within(c, province)]
                place, place_end = (in_province[0], end) if len(in_province) == 1 else (place, place_end)
        branch = BRANCH_IN_ANOTHER_PLACE.search(name)
        if branch and hits and hits[-1][0] == branch.start(1) and hits[-1][1] == branch.end(1):
            start, end, is_short = hits[-1]
            codes = self.gazetteer.short(name[start:end]) if is_short else self.gazetteer.full(name[start:end])
            if len(codes) == 1:
                return codes[0]  # 某省中医院某省医院: the branch lies in the place it is named after
        if self.gazetteer.division(place).level == "county":
            township = self.gazetteer.township_at_start(name[place_end:], place)
            if township and TOWNSHIP_BODY.match(name, place_end + township[1]):
                place = township[0]  # 某区某某路社区卫生服务中心 is in 某某路街道
        return place

    def _from_lowest_place(self, name: str, place: str) -> tuple[str, str]:
        """某省某市人民政府 is 某市人民政府: the province or city written before a lower place
        adds nothing, so the body is keyed from the lowest place of the chain, and both spellings
        make one node. Returns that place and the name from it."""
        hits = self.gazetteer.find(name)
        if not hits or hits[0][0] != 0:
            return place, name
        index = 0
        while index + 1 < len(hits) and hits[index + 1][0] == hits[index][1] and not hits[index + 1][2]:
            start, end, _ = hits[index + 1]
            inside = [c for c in self.gazetteer.full(name[start:end]) if c != place and self.gazetteer.is_within(c, place)]
            if len(inside) != 1:
                break
            place, index = inside[0], index + 1
        return place, name[hits[index][0]:]

    def _with_place(self, text: str, about: str | None, context: set[str]) -> str:
        """The name as written, with its short or relative place made full (市卫健委 → 永城市卫健委)."""
        hits = self.gazetteer.find(text)
        if hits and hits[0][0] == 0:
            codes = self._place_codes(text, context)
            if len(codes) == 1 and not any(word in text for word in OWN_NAME_WORDS):
                return self.gazetteer.division(codes[0]).name + text[hits[0][1]:]
            return text
        if relative_prefix(text):
            place = self._relative_place_named(relative_prefix(text), about, context)
            if place:
                return self.gazetteer.division(place).name + text[len(relative_prefix(text)):]
        if self._stands_for_own(text, about):
            return _own_place_before(self.gazetteer.division(about).name, text)  # 中医院 → 某区中医院, as well as 某区中医医院
        return text

    # -- what relate asks of the resolver ---------------------------------------------------------
    def entity_of(self, mention: Mention) -> Entity:
        """The entity a mention was resolved to."""
        return self.entities[self.mention_entity[(mention.doc_path, mention.start, mention.end)]]

    def region(self, code: str) -> Entity:
        """The entity of a gazetteer division, made on first use (parents of the places named)."""
        division = self.gazetteer.division(code)
        entity = self._entity(f"region/{code}", EntityType.REGION, division.name, reason="same GB/T 2260 code")
        entity.level = division.level
        entity.admin_code = code
        return entity

    def government_of(self, code: str) -> Entity:
        """A division's 人民政府: where a 副区长 holds office when the text names no body."""
        name = self.gazetteer.division(code).name + "人民政府"
        entity = self._entity(f"institution/{code}/{normalise(name)}", EntityType.INSTITUTION, name,
                              reason="same full name")
        entity.admin_code = code
        return entity

    def _entity(self, key: str, type_: EntityType, label: str, reason: str) -> Entity:
        entity = self.entities.get(key)
        if entity is None:
            entity = self.entities[key] = Entity(key=key, type=type_, label=label)
        entity.merge_reasons.add(reason)
        return entity


def resolve(documents: list[DocumentFacts], gazetteer: Gazetteer) -> Resolver:
    resolver = Resolver(gazetteer)
    resolver.learn_full_names(documents)
    for facts in sorted(documents, key=lambda f: f.document.source.path):
        resolver.resolve_document(facts)
    return resolver
