"""Recognise: a spaCy pipeline that finds the six entity types in the cleaned text.

Components are registered here and assembled from `pipelines/config.cfg`:
`policykg_regions` (gazetteer), `policykg_genre_patterns` (the grammar of the genre) and
`policykg_span_settler` (overlaps, longest full name wins). The pipeline knows no files and no RDF.
"""
from __future__ import annotations

import itertools
import logging
import re
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

import jieba
import jieba.posseg as pseg
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

from . import patterns as P
from .gazetteer import PROVINCE_ABBREVIATIONS, TOWNSHIP_SUFFIX, Gazetteer
from .model import CleanDocument, DocumentFacts, EntityType, Mention

jieba.setLogLevel(logging.WARNING)
CANDIDATES = "policykg_candidates"  # spans proposed by the rules
STATISTICAL = "policykg_statistical"  # spans proposed by the trained NER
# The trained NER's labels (see pipelines/ner.cfg); LOC is MSRA's "any named place".
MODEL_LABELS = {"PER": "Person", "LOC": "Region", "ORG": "Institution",
                "PROG": "Programme", "SLOGAN": "Slogan", "DOC": "PolicyDocument"}
SENTENCE_PUNCTUATION = re.compile(r"[。，,；;！!？?、：:\s]")
ADMINISTRATIVE_SUFFIX = re.compile(r"(省|自治区|市|自治州|州|盟|地区|县|自治县|区|旗|自治旗|镇|乡|街道|村|社区)$")
LEVEL_OF_BODY = re.compile(r"[省市县区]级")  # 省级某某中心: the level of a kind of body
MOST_DIVISIONS_OF_A_CONTEXT_NAME = 3
# A quoted name that a channel of the media goes by: “某某”专栏, 公众号“某某”.
MEDIA_CHANNEL_AFTER = re.compile(r"专栏|栏目|频道|公众号|微信号|小程序|客户端|App|APP|抖音号|视频号")
MEDIA_CHANNEL_BEFORE = re.compile(r"(?:专栏|栏目|频道|公众号|微信号|微信|小程序|客户端|抖音号?|视频号|微博)\s*$")
# What a campaign is a model of (健康某市典范城市, 某某建设样板区): the report's goal, not the campaign.
MODEL_OF = re.compile(r"典范|样板|标杆|先行区|示范区|示范城市|示范市|示范县")
COUNT_AFTER = re.compile(r"\s*[0-9一二三四五六七八九十百两]+\s*[名个家期场次人位所]")
# A short quoted phrase, or two joined by a middle dot (“甲乙丙丁·戊己庚辛”), not speech.
QUOTED_WATCHWORD = re.compile(rf"(?:[{P.CJK}]{{4,8}}|[{P.CJK}]{{2,8}}[·・•][{P.CJK}]{{2,8}})(?<![的了吗呢吧])")
# Ends of a quoted phrase that make it a campaign, a body, a prize or a day rather than a watchword.
NOT_WATCHWORD_ENDINGS = (*P.PROGRAMME_HEADS, "行", "年", "月", "周", "日", "节", "室", "库", "奖", "号", "家园", "大脑",
                         "讲堂", "课堂", "论坛", "大会")
LEVELS_RUN_BEFORE_BODY = re.compile(r"[省市县区]{2,}(?=委|政府|人民政府)")  # 省市委, 市县政府: each level's body
SERVING = re.compile(r"^(?:原|时任|现任|曾任)|担任|兼任|挂任")  # words before a body where someone holds a post
TERM_OF_GOVERNMENT = re.compile(r"第[一二三四五六七八九十百0-9]+届(?:人民)?(?:政府|代表大会)$")  # 第十七届人民政府: a government or congress in a term
# Words that open no name: a preposition, an adverb or an invitation before a body (向某村卫生室捐赠, 还分别将某医院…, 特邀某医院).
LEADING_FUNCTION_WORD = re.compile(r"[向在对到从将把被给为与和及赴由至往还也又再]|拜访|赞扬|分别|特邀|邀请")
WHOLE_OF_A_LEVEL = ("全州", "全区", "全县", "全市")  # a place's whole extent, never a short name
COMMON_WORD_FREQUENCY = 1000  # jieba's count above which a short place or name is mostly a plain word (合作, 全国)
CONFIG = Path(__file__).resolve().parent.parent / "pipelines" / "config.cfg"
# When two candidates cover the same characters, the earlier type wins.
# Development zones and pilot areas are places the divisions list does not hold (永城开发区).
# Three or more campaigns listed one after another (甲行动、乙促进行动、丙（丁）振兴行动): each a programme.
ACTION_ITEM = rf"[{P.CJK}]{{1,12}}(?:[(（][{P.CJK}]{{1,6}}[)）])?[{P.CJK}]{{0,6}}行动"
LISTED_ACTIONS = re.compile(rf"(?<![{P.CJK}(（)）])(?:{ACTION_ITEM}、){{2,}}{ACTION_ITEM}")
# The count that names a quoted enumeration (“甲、乙、丙”三个某某, “丁、戊”四件大事): part of the slogan.
ENUMERATION_COUNT = re.compile(r"[一二三四五六七八九十两]+(?:个|大|项|件|条)[\u4e00-\u9fa5]{1,3}?(?=[，,。；;、：:的和及与是为\s”]|$)")
# A formula named by a count (“N个某某”, “三区”): before 建设 or 战略 it stays a slogan.
COUNT_CODED = re.compile(r"[一二三四五六七八九十两]+个?[\u4e00-\u9fa5]{1,3}")
# A hospital's campus after its name: by side (东院) or by place (某某院区, 某某某院区), not 新院区.
CAMPUS = re.compile(rf"[东西南北]院(?![长士办内外区])|(?![新老各两本主该原分])[{P.CJK}]{{2,4}}院区")
# Townships listed by their short names before a count of them or 等 (甲、乙等6个乡镇, 我市甲、乙、丙三个镇,
# 到甲、乙等镇调研).
TOWN_SHORT = rf"(?:(?![等共])[{P.CJK}]){{2,3}}"
TOWN_COUNT = r"[\d一二三四五六七八九十两]+个"
LISTED_TOWNSHIPS = re.compile(rf"(?:(?<![{P.CJK}])|(?<=我市|我县|我区|我旗|全市|全县|全区)|(?<=[到赴在对至]))"
                              rf"(?P<names>{TOWN_SHORT}(?:、{TOWN_SHORT})+|{TOWN_SHORT}(?=[等共]))"
                              rf"(?:[等共]\s*(?:{TOWN_COUNT})?|\s*{TOWN_COUNT})(?:乡镇|镇|乡|街道|镇街)")
# Provinces run together by their one-character abbreviations before a word of cooperation (京津冀协同).
PROVINCE_RUN = re.compile(rf"[{''.join(PROVINCE_ABBREVIATIONS)}]{{2,4}}(?={P.COOPERATION})")
# The development of places run together, a strategy of its own (京津冀协同发展, 某某“金三角”协同发展),
# after a verb or opening a clause: led by a province's abbreviation, or naming its area in quotes.
PLACES_DEVELOPING_TOGETHER = re.compile(
    rf"[{''.join(PROVINCE_ABBREVIATIONS)}]{{2,4}}(?:医疗卫生|卫生健康|医疗)?(?:协同发展|一体化发展)|"  # 处于京津冀协同发展
    rf"(?:(?<![{P.CJK}])|(?<=推进|推动|深化|融入|服务|助力|落实|加快|促进|实施))"
    rf"(?:[{''.join(PROVINCE_ABBREVIATIONS)}][{P.CJK}]{{1,3}}?|(?:(?![深入推进实施促动加快持续])[{P.CJK}]){{2,4}}“[^”]{{2,6}}”)"
    rf"(?:医疗卫生|卫生健康|医疗)?(?:协同发展|一体化发展)")
# 总书记来川视察, 来闽考察: a leader's visit to a province, named by its one-character abbreviation.
PROVINCE_VISITED = re.compile(rf"(?<=[来赴])[{''.join(PROVINCE_ABBREVIATIONS)}](?=视察|考察|调研|指导|、来)")
# A count right after a body's head (村卫生室3052个): so many bodies of a kind, not one named.
COUNT_OF_BODIES = re.compile(r"\s*(?:\d+|[一二三四五六七八九十百千两]+)\s*(?:个|所|家|座)")
# A set of campaigns named by its field and their count, after a verb of carrying out or another such set
# (实施某某服务“N大工程”和某某提升N大行动, 开展爱国卫生“7个专项行动”).
COUNTED_CAMPAIGNS = re.compile(rf"(?:实施|开展|推进|落实|深化|启动|和|、)了?(?P<name>(?:(?![和与及、的等])[{P.CJK}]){{2,10}}?[“\"]?"
                               rf"[一二三四五六七八九十百0-9]+(?:大|个|项)(?:专项)?(?:行动|工程)[”\"]?)")
# “甲”+“乙”: quoted parts joined by a plus, one formula.
QUOTES_JOINED_BY_PLUS = re.compile(r"“[^“”\n]{1,10}”(?:\s*[+＋]\s*“[^“”\n]{1,10}”)+")
# A title where a name might go on (某升教授): the name ends before it.
TITLE_AT = re.compile(f"(?:{P.TITLE_PATTERN})")
# The word for a goal after a quoted formula (“甲乙”建设目标, “某某”奋斗目标): part of the slogan.
GOAL_AFTER_QUOTE = re.compile(r"(?:建设|发展|奋斗)?(?:目标定位|目标|定位)(?![任体])")
# An unquoted formula of two counts named as a goal or a course (三甲两乙发展定位); not 一次两癌….
NUMBER_CODED_GOAL = re.compile(r"[一二三四五六七八九十两](?![次年个批名家项天月周届])[\u4e00-\u9fa5]{1,2}[一二三四五六七八九十两][\u4e00-\u9fa5]{1,3}?"
                               r"(?:发展定位|目标定位|工作思路|发展思路|发展格局|发展目标|奋斗目标)")
# 全区, 全市, 本县 opening a programme's span: the place that carries it out.
WHOLE_PLACE_LEAD = re.compile(r"[全本我][省市县区州旗盟镇乡](?![域级内外])")
ZONE = re.compile(rf"({P.ZONE_NAMES})(?![建创])")
# A zone known by a name of its own, not a division's (某某旅游度假区, 某某新区): read where one of its
# governing bodies follows, as no campaign or slogan has one.
ZONE_WITH_BODY = re.compile(rf"({P.ZONE_NAMES})(?=党工委|管委会|管理委员会|纪检监察工委|[{P.CJK}]{{1,6}}?(?:局|分局|工作部))")
# 某镇某某村, 某街道某某社区: a village or neighbourhood named right after its township.
VILLAGE_AFTER_TOWNSHIP = re.compile(rf"(?:(?![的和与及、各全每等在])[{P.CJK}]){{2,4}}?(?:村|社区)(?!卫生|医|委|居委|党|民|级|干部|两委|医生|[{P.CJK}]{{0,2}}(?:卫生|医院|诊所))")
NOT_A_VILLAGE = re.compile(r"政府|驻地|所在|辖区|行政|自然|贫困|重点|示范|试点|中心|美丽|文明|脱贫|易地|搬迁|城市|农村|乡村|城乡")
TYPE_PRIORITY = ["PolicyDocument", "Programme", "Slogan", "Institution", "Person", "Region"]
CLASS_MODIFIER_ENDINGS = tuple(P.CLASS_MODIFIERS)  # for str.endswith, built once
# The verb of reporting after a speaker's name (某某作工作报告, 某某作《…》, 某某报告了…).
SPEAKER_REPORTS = ("作工作", "作《", "作了", "作的", "作医院", "作报告", "作主体", "作主题", "作专题", "作述职", "作题为", "报告")
# A Mongolian given name that is a number (某六十九), ending where the name does.
# Verbs of carrying out that open no programme's name, unlike 深化 (深化某某改革工程).
CARRYING_OUT = re.compile(r"(?:深入|持续|扎实|全面|积极|加快|大力|广泛)?(?:开展|实施|推进|宣传|组织|举办)")
# 市领导某某、某某出席: leaders named in a run, after the word for them.
LEADERS = re.compile(rf"[省市县区州旗镇乡院局委]领导(?=[{P.CJK}])")
COUNTED_NAME = re.compile(r"[一二三四五六七八九]?十[一二三四五六七八九]?(?=同志|[^\u4e00-\u9fa5]|$)")
ETHNIC_NAME = re.compile(f"(?:{'|'.join(sorted(P.ETHNIC_NAME_WORDS, key=len, reverse=True))}){{1,3}}")
# A two-character name padded to the width of three in signatures and lists (张　瑞).
PADDED_NAME = re.compile(rf"[{P.CJK}][ \u3000]{{1,2}}[{P.CJK}](?![{P.CJK}])")


class CharTokenizer:
    """One token per character, spaces included, so every character offset is a token boundary."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return Doc(self.vocab, words=list(text), spaces=[False] * len(text))

    # Nothing to save: the tokenizer has no settings. spaCy calls these when a pipeline is saved.
    def to_disk(self, path, *, exclude=()) -> None:
        pass

    def from_disk(self, path, *, exclude=()) -> "CharTokenizer":
        return self

    def to_bytes(self, *, exclude=()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude=()) -> "CharTokenizer":
        return self


@registry.tokenizers("policykg.char_tokenizer")
def create_char_tokenizer():
    def make(nlp):
        return CharTokenizer(nlp.vocab)

    return make


# 两省区, 三市: so many places, whose bodies are several, not one.
PLURAL_PLACES = re.compile(r"[两三四五六七八九十]+(?:省区|省市|省|市|县|区|地|州)$|^[省市县区州旗乡镇]{2,4}$")  # 两省区, 区市县
# 各县（市、区）卫健局: the bodies of a level of places, none named.
LEVELS_LISTED_BEFORE = re.compile(r"[省市县区州旗乡镇][(（][省市县区州旗、]+[)）]\s*$")


def _unbalanced(name: str) -> bool:
    depth = 0
    for ch in name:
        depth += (ch in "(（") - (ch in ")）")
        if depth < 0:
            return True
    return depth != 0


def _add(doc: Doc, start: int, end: int, label: str) -> None:
    span = doc.char_span(start, end, label=label)
    if span is not None and span.start > 0 and doc[span.start - 1].text in MASK_SIGNS:
        return  # *镇中心卫生院: the rest of a name the source masked
    if span is not None and _unbalanced(span.text):
        return  # 党(工)委 read as 工)委: a bracket the name does not close or open
    if span is not None:
        doc.spans.setdefault(CANDIDATES, [])
        doc.spans[CANDIDATES].append(span)


MASK_SIGNS = "*＊×XxＸｘ"


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _names_something_else(text: str, start: int, end: int) -> bool:
    """A short place name in quotes on its own (“某城”, a city's nickname), right before a
    programme's head (某地行动) or before 时间, 合作组织, 频道 or 院区 (某地时间, 某地合作组织, 某网某地频道,
    我院某某院区) names that, not the place."""
    quoted = start > 0 and end < len(text) and text[start - 1] in P.QUOTE_OPEN and text[end] in P.QUOTE_CLOSE
    return quoted or bool(re.match(r"行动|工程|活动|计划|项目|时间|合作组织|频道|院区", text[end:end + 4]))


def plausible_full(text: str, start: int, end: int) -> bool:
    """Whether a full place name the gazetteer finds in the text stands as a name there."""
    if P.short_name_inside_a_word(text, start, end) or text[end - 1:end + 1] == "乡镇":
        return False  # 建设乡镇卫生院 holds the name of a township, 建设乡
    if end - start == 2 and text[start] == "代" and text[end:end + 1] == "长":
        return False  # 代县长: the acting head of a county, not the county 代县
    if _kind_of_town(text, start, end):
        return False
    return not _word_across(text, start)  # 健康城镇 holds the name of a town, 康城镇


def _kind_of_town(text: str, start: int, end: int) -> bool:
    """北部中心镇, 作为中心镇: a kind of town after a word, not the town of that name."""
    return text[start:end] in ("中心镇", "中心乡", "重点镇") and start > 0 and _is_cjk(text[start - 1])


def place_hits(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, int, bool]]:
    """The gazetteer's names in the document's text, found once for the components that need them;
    a short form only where no word of the text runs into it (视察县 holds no 察县)."""
    if "place_hits" not in doc.user_data:
        doc.user_data["place_hits"] = [(start, end, is_short) for start, end, is_short in gazetteer.find(doc.text)
                                       if not (is_short and _word_across(doc.text, start))]
    return doc.user_data["place_hits"]


def places_of(gazetteer: Gazetteer, text: str, hits: list[tuple[int, int, bool]]) -> tuple[set[str], set[str]]:
    """The divisions a text's full names (and provinces' short forms) place it in, with their
    ancestors; and the subset from names that are one division only."""
    context: set[str] = set()
    settled: set[str] = set()
    for start, end, is_short in hits:
        if is_short:  # a province's short form (天津, 山东), or one division's with its suffix (红河州)
            codes = gazetteer.short(text[start:end])
            if not (len(codes) == 1 and text[end - 1] in "省市县区州盟旗"):
                codes = [c for c in codes if gazetteer.division(c).level == "province"]
        else:
            codes = gazetteer.full(text[start:end]) if plausible_full(text, start, end) else []
        if len(codes) > MOST_DIVISIONS_OF_A_CONTEXT_NAME:
            continue  # 城关镇 names a hundred towns: it places the text nowhere
        for code in codes:
            context.add(code)
            context.update(gazetteer.ancestors(code))
        if len(codes) == 1:
            settled.update([codes[0], *gazetteer.ancestors(codes[0])])
    for zone, code in gazetteer.zones.items():
        if zone in text:  # 雄安新区 places the text in 保定市 too
            context.update([code, *gazetteer.ancestors(code)])
    return context, settled


def short_in_context(gazetteer: Gazetteer, name: str, context: set[str]) -> bool:
    """A short name (宁陵) is a place of the text when its division or that one's parent is among
    the text's places, or when it is a province's."""
    for code in gazetteer.short(name):
        division = gazetteer.division(code)
        if division.level == "province":
            return True
        if code in context or (division.parent_code and division.parent_code in context):
            return True
    return False


class RegionFinder:
    """Administrative places from the gazetteer; short forms only where the document's own places allow."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        hits = place_hits(doc, self.gazetteer)
        context, settled = places_of(self.gazetteer, text, hits)
        for start, end, is_short in hits:
            name = text[start:end]
            if is_short:
                if (not short_in_context(self.gazetteer, name, context) or self._inside_word(text, start, end)
                        or _names_something_else(text, start, end)):
                    continue
            elif not plausible_full(text, start, end):
                continue
            _add(doc, start, end, "Region")
            if not is_short:
                self._listed_before(doc, text, start, end, settled)
                self._village_after(doc, text, end)
        for match in LISTED_TOWNSHIPS.finditer(text):
            self._townships_by_short_name(doc, text, match, settled)
        for match in PROVINCE_RUN.finditer(text):
            for position in range(match.start(), match.end()):
                _add(doc, position, position + 1, "Region")  # 京津冀协同: three provinces
        for match in PROVINCE_VISITED.finditer(text):
            _add(doc, match.start(), match.end(), "Region")
        for zone in self.gazetteer.zones:  # 雄安新区: a national new area, no civil division
            for match in re.finditer(re.escape(zone), text):
                _add(doc, match.start(), match.end(), "Region")
        for match in ZONE.finditer(text):
            if text[:match.start(1)].endswith(("院", "校")):
                continue  # 某医院新区: a hospital's new campus
            start = extend_left(text, match.start(1), limit=10)
            led_by_place = any(s == start for s, _, _ in hits) or any(s == start for s, _, _ in self.gazetteer.find(text[start:match.start(1)]))
            if match.start(1) - start >= 2 and led_by_place and not _generic(text[start:match.start(1)]):
                _add(doc, start, match.end(), "Region")
        self._zones_with_bodies(doc, text, hits)
        return doc

    def _zones_with_bodies(self, doc: Doc, text: str, hits: list[tuple[int, int, bool]]) -> None:
        """某某旅游度假区财政局: the zone, wherever the page names it, when one of its bodies shows it is one."""
        names = set()
        for match in ZONE_WITH_BODY.finditer(text):
            start = extend_left(text, match.start(1), limit=6)
            core = text[start:match.start(1)]
            if len(core) < 2 or _generic(core) or any(s == start for s, _, _ in hits) or self.gazetteer.find(core):
                continue  # a zone led by a place is read above
            names.add(text[start:match.end(1)])
        for name in names:
            for match in re.finditer(re.escape(name), text):
                _add(doc, match.start(), match.end(), "Region")

    def _village_after(self, doc: Doc, text: str, township_end: int) -> None:
        """某镇某某村: the divisions stop at the townships, so a village is read after its township's name."""
        village = VILLAGE_AFTER_TOWNSHIP.match(text, township_end) if text[township_end - 1] in "镇乡道" else None
        if village and not NOT_A_VILLAGE.search(village.group()) and not _generic(village.group()[:-1]):
            _add(doc, village.start(), village.end(), "Region")

    def _listed_before(self, doc: Doc, text: str, start: int, end: int, settled: set[str]) -> None:
        """甲、乙、丙镇: the towns listed before a township share its suffix (甲镇, 乙镇)."""
        codes = self.gazetteer.full(text[start:end])
        codes = [c for c in codes if self.gazetteer.division(c).parent_code in settled] if len(codes) > 1 else codes
        town = TOWNSHIP_SUFFIX.match(text[start:end])
        if len(codes) != 1 or self.gazetteer.division(codes[0]).level != "township" or not town:
            return
        suffix, county = text[start + len(town["core"]):end], self.gazetteer.division(codes[0]).parent_code
        while start > 0 and text[start - 1] == "、":
            for length in (3, 2):
                name = text[start - 1 - length:start - 1]
                towns = [c for c in self.gazetteer.full(name + suffix)
                         if self.gazetteer.division(c).parent_code == county]
                if len(name) == length and all(_is_cjk(ch) for ch in name) and len(towns) == 1:
                    start -= 1 + length
                    _add(doc, start, start + length, "Region")
                    break
            else:
                return

    def _townships_by_short_name(self, doc: Doc, text: str, match: re.Match, settled: set[str]) -> None:
        """甲、乙等6个乡镇: townships of a county the page names, by their short names."""
        position = match.start()
        for name in match.group("names").split("、"):
            codes = {c for suffix in ("镇", "乡", "街道") for c in self.gazetteer.full(name + suffix)
                     if self.gazetteer.division(c).parent_code in settled}
            if len(codes) == 1:
                _add(doc, position, position + len(name), "Region")
            position += len(name) + 1

    @staticmethod
    def _inside_word(text: str, start: int, end: int) -> bool:
        # A short form followed by 市/县/区 that the gazetteer did not take is some other place;
        # 全州 before a verb is the whole prefecture, not the county 全州县.
        return (end < len(text) and text[end] in "市县区镇乡村") or text[start:end] in WHOLE_OF_A_LEVEL


def _word_across(text: str, position: int) -> bool:
    """Whether jieba reads a word of the text across `position`."""
    return _flag_across(text, position) is not None


def _opens_verb_or_adjective(flag: str | None) -> bool:
    """A word of this part of speech across a name's end takes its last character (某某详细 → 某某,
    某某针对 → 某某, 某某先后致辞 → 某某): a verb, an adjective, an adverb, a time word, a preposition
    or a conjunction."""
    return bool(flag) and (flag.startswith("v") or flag in ("a", "ad", "d", "t", "p", "c"))


def _flag_across(text: str, position: int) -> str | None:
    """The part of speech of the word jieba reads across `position`, if one crosses it."""
    window_start = max(0, position - 4)
    offset = window_start
    for word, flag in _cut(text[window_start:position + 4]):
        if offset < position < offset + len(word):
            return flag
        offset += len(word)
    return None


@Language.factory("policykg_regions")
def make_region_finder(nlp: Language, name: str) -> RegionFinder:
    return RegionFinder(Gazetteer.load())


@lru_cache(maxsize=20000)
def _cut(window: str) -> tuple[tuple[str, str], ...]:
    return tuple((w.word, w.flag) for w in pseg.cut(window))


def extend_left(text: str, head_start: int, limit: int = 24) -> int:
    """Where a name that ends in a head word starts: walk left over name-like words (jieba's tags)."""
    window_start = head_start
    while window_start > 0 and head_start - window_start < limit:
        ch = text[window_start - 1]
        if P.PUNCTUATION.match(ch) and ch not in "()（）":
            break
        window_start -= 1
    window = text[window_start:head_start]
    if not window:
        return head_start
    start = head_start
    for index, (word, flag) in enumerate(reversed(_cut(window))):
        opens_window = start - len(word) == window_start
        after_separator = window_start == 0 or P.PUNCTUATION.match(text[window_start - 1])
        if len(word) == 1 and index > 0 and opens_window and (
                (word in P.NUMERALS and after_separator)
                or (flag == "m" and _is_cjk(word) and text[window_start - 1:window_start] == "、")):
            start -= 1  # 、四方中心卫生院, 、月塘社区…: a numeral or a measure word that opens a name right after a list separator
            break
        if word in P.NAME_STOPS:
            break
        if (
            word in P.NAME_WORDS
            or word in P.RELATIVE_PREFIXES
            or (flag in P.JIEBA_NAME_FLAGS and not P.PUNCTUATION.search(word))
            or (flag == "m" and re.fullmatch(r"第[一二三四五六七八九十百\d]+届?", word))  # 第二, 第十七届
            or (len(word) == 1 and _is_cjk(word) and (flag in ("f", "zg") or (flag == "v" and index == 0)))
            or (index == 0 and word in "一二三四五六七八九")  # 湘雅二医院: a numbered hospital of a name, kept below
        ):
            start -= len(word)
            continue
        break
    if start == head_start - 1 and text[start] in "一二三四五六七八九":
        return head_start  # a numeral alone (两所医院) opens no name
    if (window_start > 0 and text[window_start - 1] == "、" and 0 < start - window_start <= 2
            and re.fullmatch(rf"[{P.CJK}]+", text[window_start:start]) and text[head_start - 1:head_start] in ("村", "镇", "乡")):
        return window_start  # 、其宗村卫生室、, 、腊八山村卫生室、: a listed village's clinic whole, however jieba cut it
    if text[start] == "暨" and not text.startswith("暨南大学", start):
        start += 1  # 签约暨某市中心医院分院揭牌: 暨 joins two events, it opens no name (jieba tags it a noun)
    return start


class GenrePatterns:
    """Institutions, programmes, slogans, policy documents and people from the grammar of the genre."""

    head_pattern = re.compile("|".join(map(re.escape, P.INSTITUTION_HEADS)))
    programme_after_quote = re.compile(
        rf"^([{P.CJK}0-9]{{0,8}}?)({'|'.join(map(re.escape, P.PROGRAMME_HEADS))})"
    )
    slogan_after_quote = re.compile(rf"^({'|'.join(map(re.escape, P.SLOGAN_HEADS))})")
    unquoted_programme = re.compile("|".join(map(re.escape, P.UNQUOTED_PROGRAMME_HEADS)))
    title_then_name = re.compile(rf"(?:{P.TITLE_PATTERN})(?:同志)?(?:[ \u3000]{{1,2}}|\s)?(?=[{P.CJK}])")
    # after no character of a word, after a particle or preposition (听取了某某科长作的, 由某某主任主持), or
    # right after a body or a township (某州卫生健康委某某主任, 某某乡某某乡长)
    name_then_title = re.compile(rf"(?:(?<![{P.CJK}])|(?<=[了由请委局乡镇]))(?![由请])([{P.CJK}]{{2,3}}?)(?=(?:{P.TITLE_PATTERN}|同志))")

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        regions = [(s.start_char, s.end_char) for s in doc.spans.get(CANDIDATES, []) if s.label_ == "Region"]
        self._policy_documents(doc, text)
        self._quoted(doc, text)
        self._unquoted_programmes(doc, text)
        self._unquoted_slogans(doc, text)
        self._institutions(doc, text, regions + self._corps(doc, text))
        self._numbered_hospitals(doc, text)
        self._programme_committees(doc, text)
        self._party_bodies(doc, text)
        self._central_bodies(doc, text)
        self._healthy_places(doc, text, regions)
        self._people(doc, text)
        return doc

    def _policy_documents(self, doc: Doc, text: str) -> None:
        for match in P.BOOK_TITLE.finditer(text):
            inner = match.group(1)
            if inner.endswith(P.MEDIA_SUFFIXES) or len(inner) < 4:
                continue
            _add(doc, match.start(), match.end(), "PolicyDocument")
        for match in P.DOCUMENT_HEADING.finditer(text):
            if re.search(r"[省市县区州旗]|健康|十[四五]五", match.group(1)):  # a place's or a campaign's, not 2023年工作总结
                _add(doc, match.start(1), match.end(1), "PolicyDocument")
        for match in P.ISSUED_DOCUMENT.finditer(text):
            first = P.ISSUED_DOCUMENT_PAIR.fullmatch(match.group())
            if first:  # 某年工作总结和某年工作要点: two documents issued together
                _add(doc, match.start(), match.start() + first.end(1), "PolicyDocument")
                _add(doc, match.start() + first.end(1) + 1, match.end(), "PolicyDocument")
            else:
                _add(doc, match.start(), match.end(), "PolicyDocument")

    def _quoted(self, doc: Doc, text: str) -> None:
        for match in P.QUOTED.finditer(text):
            inner = match.group(1).strip()
            if not inner or inner in P.NOT_SLOGANS:
                continue
            after = text[match.end():match.end() + 12]
            if MEDIA_CHANNEL_AFTER.match(after) or MEDIA_CHANNEL_BEFORE.search(text[max(0, match.start() - 6):match.start()]):
                continue  # 开设“某某”专栏, 微信公众号“某某”: a channel of the media, not a campaign
            programme = self.programme_after_quote.match(after)
            deployment = programme and programme.group(2) == "战略" and after.startswith("部署", programme.end())
            counted = COUNT_CODED.fullmatch(inner) and programme and programme.group(2) in ("建设", "战略")
            enumerated = "、" in inner and re.match(r"[一二三四五六七八九十两]+个", after)  # “甲、乙”N个某某建设
            goal = GOAL_AFTER_QUOTE.match(after)
            if goal:
                _add(doc, match.start(), match.end() + goal.end(), "Slogan")  # 锚定“甲乙丙丁”建设目标: a goal, named
            elif counted and programme.group(2) == "建设":
                _add(doc, match.start(), match.end(), "Slogan")  # “N个某某”建设: the counted formula, built
            elif (programme and not re.search("[的和与及、等为暨]|开展|举办", programme.group(1)) and not deployment
                  and not counted and not enumerated):
                named = inner.endswith(("行动", "工程", "活动", "运动"))  # “某某行动”义诊活动: the quote names it, the rest is one of its events
                _add(doc, match.start(), match.end() + (0 if named else programme.end()), "Programme")
            elif P.THEME_AFTER_QUOTE.match(after) and re.search(r"[·・•、，,\s]", inner) and len(inner) <= 16:
                _add(doc, match.start(), match.end(), "Slogan")  # 以“甲乙·丙丁”为主题: a campaign's watchword
            elif (_formula_like(inner) or (P.PRINCIPLE.search(inner) and len(inner) <= 16 and "。" not in inner)
                  or (inner[:1] in P.NUMERALS and P.FORMULA_NOUN.match(after))):  # “三医”联动
                noun = P.FORMULA_NOUN.match(after) or (ENUMERATION_COUNT.match(after) if "、" in inner else None)
                joins = noun and re.search("[的和与及、等]", noun.group(0)) and noun.group(0) != "协同发展和治理"
                end = match.end() + (noun.end() if noun and not joins else 0)
                _add(doc, match.start(), end, "Slogan")
            elif self._place_named_model(inner):
                _add(doc, match.start(), match.end(), "Slogan")  # “某某模式”: a model named after its place
            elif (2 <= len(inner) <= 10 and not P.SENTENCE_LIKE.search(inner)
                  and (not inner.startswith("健康") or after.startswith(("理念", "观")))
                  and (mode := P.WATCHWORD_BEFORE_MODE.match(text, match.end()))):
                last = mode.group(0)[:1] not in P.QUOTE_OPEN + "、，,和及与"  # the noun follows this quote
                _add(doc, match.start(), match.end() + (mode.end() - match.end() if last else 0), "Slogan")  # “甲管乙用”人才管理模式
            elif (_quoted_initiative(inner, after) or P.LISTED_BEFORE_HEAD.match(text, match.end())
                  or re.fullmatch(rf"互联网\s*[+＋]\s*[{P.CJK}]{{0,4}}(?:医|健康|护理|药|诊)[{P.CJK}]{{0,4}}", inner)  # “互联网+某某医疗”
                  or ((len(inner) >= 5 or (len(inner) == 4 and inner.endswith(("行动", "活动")))
                       or (len(inner) == 4 and inner.endswith(("计划", "工程")) and _carried_out_nearby(text, match.start())))
                      and inner.endswith(P.NAMED_INITIATIVE_HEADS) and not P.SENTENCE_LIKE.search(inner)
                      and "的" not in inner)  # not praise: “最受欢迎的某某工程”
                  or (_carried_out(text, match.start()) and 4 <= len(inner) <= 16 and not P.SENTENCE_LIKE.search(inner)
                      and re.match(r"[，,。；;、]", after))):
                _add(doc, match.start(), match.end(), "Programme")  # 开展“某某某某”,: what is carried out
            elif (QUOTED_WATCHWORD.fullmatch(inner) and not P.SENTENCE_LIKE.search(inner)
                  and not inner.endswith(NOT_WATCHWORD_ENDINGS) and not self.head_pattern.search(inner[-4:])
                  and not COUNT_AFTER.match(after)):  # 评选“某某明星”10名: a title given to so many
                _add(doc, match.start(), match.end(), "Slogan")  # “乡聘村用”, “医防融合”: a short watchword the report adopts

    def _place_named_model(self, inner: str) -> bool:
        model = re.fullmatch(rf"([{P.CJK}]{{2,5}})(?:模式|经验|样板|路径)", inner)
        return bool(model) and self._place_at(model.group(1), 0, len(model.group(1))) == len(model.group(1))

    def _place_at(self, text: str, start: int, limit: int) -> int | None:
        """Where the division name (full or short) that starts at `start` ends, within `limit`."""
        if start < 0:
            return None
        hits = self.gazetteer.find(text[start:limit])
        return start + hits[0][1] if hits and hits[0][0] == 0 else None

    def _unquoted_slogans(self, doc: Doc, text: str) -> None:
        for match in P.BIG_IDEA.finditer(text):
            _add(doc, match.start(), match.end(), "Slogan")
        for match in NUMBER_CODED_GOAL.finditer(text):
            _add(doc, match.start(), match.end(), "Slogan")  # 某某三甲两乙发展定位: a formula of two counts, and what it is
        for match in QUOTES_JOINED_BY_PLUS.finditer(text):
            _add(doc, match.start(), match.end(), "Slogan")  # “甲”+“乙”: one formula of two parts

    def _unquoted_programmes(self, doc: Doc, text: str) -> None:
        for pattern in (P.HOSPITAL_CAMPAIGN, P.NATIONAL_STRATEGY, P.REGIONAL_STRATEGY, P.INITIATIVE_BUILDING,
                        P.INITIATIVE_BUILDING_SHARED, PLACES_DEVELOPING_TOGETHER, P.TEAM_AID):
            for match in pattern.finditer(text):
                _add(doc, match.start(), match.end(), "Programme")
        for match in P.HEALTHY_PLACE.finditer(text):
            place = match.group(1)
            if MODEL_OF.match(text, match.end()):
                continue  # 健康城市建设样板区: a model of the campaign, the report's goal
            known_place = any(e - s == len(place) for s, e, _ in self.gazetteer.find(place))
            in_the_nation = place.startswith("中国") and any(  # 健康中国某市行动: the nation's campaign in a place
                s == 2 and e == len(place) for s, e, _ in self.gazetteer.find(place))
            nickname = len(place) == 2 and place not in P.NOT_PLACES and not (
                match.group(3) == "建设" and _common_word(place) and _cut(place)[0][1] == "n")
            if place == "中国" or known_place or in_the_nation or nickname:  # 健康+a common noun+建设: a common noun built is no nickname's campaign (健康+a kind of place+行动 is one)
                _add(doc, match.start(), match.end(), "Programme")  # 健康<place>行动, not 健康作为…工程
        for match in P.PLACE_CAMPAIGN.finditer(text):
            place = self._place_at(text, match.start("place"), match.end("place"))
            if place:
                _add(doc, match.start(), place + (2 if text[place:place + 2] == "建设" else 0), "Programme")
        for match in P.PLACE_BUILDING.finditer(text):
            if self._place_at(text, match.start("place"), match.end("place")) == match.end("place"):
                _add(doc, match.start(), match.end(), "Programme")
        for match in P.COUNTED_PROGRAMMES.finditer(text):
            position = match.start("items")
            for item in match.group("items").split("、"):
                if (2 <= len(item) <= 14 and re.fullmatch(rf"[{P.CJK}]+", item) and "等" not in item
                        and not re.match(r"[一二三四五六七八九十]是|第[一二三四五六七八九十]", item)):
                    _add(doc, position, position + len(item), "Programme")  # 实施“九大行动”（甲乙、丙丁）: each one
                position += len(item) + 1
        for match in COUNTED_CAMPAIGNS.finditer(text):
            _add(doc, match.start("name"), match.end("name"), "Programme")  # 实施某某服务“N大工程”: the set, named by its field
        for match in LISTED_ACTIONS.finditer(text):
            position = match.start()
            for item in match.group().split("、"):
                verbs = [v for v in P.PROGRAMME_TRIGGER.finditer(text, position, position + len(item))
                         if v.end() < position + len(item) - 3]
                start = verbs[-1].end() if verbs else position  # 要实施甲行动、乙行动: the first name starts after the verb
                _add(doc, start, position + len(item), "Programme")
                position += len(item) + 1
        for match in P.PLACE_REFORM.finditer(text):
            for length in (4, 3, 2):
                if self._place_at(text, match.start() - length, match.start()) == match.start():
                    _add(doc, match.start() - length, match.end(), "Programme")  # 某某医改: a place's reform
                    break
        previous_end = -1
        for match in self.unquoted_programme.finditer(text):
            if match.start() > 0 and text[match.start() - 1] in P.QUOTE_CLOSE:
                continue
            if match.group(0).endswith("年") and text.startswith("年", match.end()):
                continue  # 建设年年有进步: every year, not a campaign year
            if match.group(0).endswith("行") and text[match.end():match.end() + 1] in ("政", "业", "为", "动", "使"):
                continue  # 基层行政村: not a campaign of visits
            if match.group(0).endswith("行动") and re.match(r"合力|自觉|力|上来|起来|统一", text[match.end():match.end() + 2]):
                continue  # 凝聚思想共识与行动合力: acting together, not a campaign
            if match.group(0) == "工程" and text[match.end():match.end() + 1] in ("师", "院"):
                continue  # 总工程师, 某某工程院: a title and an academy, no works
            if match.group(0) == "运动" and text[match.end():match.end() + 1] in ("试", "员", "会", "场", "康"):
                continue  # 平板运动试验, 运动员, 运动康复: not a campaign
            if match.group(0) == "项目" and re.match(r"\s*[0-9一二三四五六七八九十两]+\s*[个项]", text[match.end():match.end() + 6]):
                continue  # 完成某某建设项目7个: so many projects of a kind
            trigger_end = _after_trigger(text, match.start())
            if match.group(0) == "战略" and (not trigger_end or re.match(r"部署|合作|地位|目标|布局|高度|意义|决策|机遇|任务|全局|定力|思维|支撑|重点|方向|性|层面", text[match.end():match.end() + 2])):
                continue  # 落实某某引领战略: a strategy is a programme only when carried out, and not 战略部署, 战略决策
            start = trigger_end or extend_left(text, match.start(), limit=14)
            gap = text[previous_end + 1:match.start()]
            if (not trigger_end and text[previous_end:previous_end + 1] == "、" and previous_end < start
                    and not P.PUNCTUATION.search(gap.lstrip())):
                start = match.start() - len(gap.lstrip())  # 实施甲提升行动、乙培养行动: the run carries on after 、, on a new line too
            core = text[start:match.start()]
            if "印发" in core:
                start += core.rindex("印发") + 2  # 某办关于印发某某行动…的通知: the programme after the verb
                core = text[start:match.start()]
            if "以及" in core:
                start += core.rindex("以及") + 2  # 推进甲以及项目谋划: 以及 joins, it opens the next item
                core = text[start:match.start()]
            if year := re.match(r"\d{4}\s*年度?", core):
                start += year.end()  # 2024年度某某项目: the year's share of the programme, not its name
                core = text[start:match.start()]
            if "的" in core or "等" in core:  # 某某的某某行动; 甲、乙等某某项目: items of a kind, not its name
                start += max(core.rfind("的"), core.rfind("等")) + 1
            elif re.match(r"平安|法治|健康", core) and "和" in core:
                if re.fullmatch(rf"(?:平安|法治|健康)[{P.CJK}]{{2,6}}", core[:core.rindex("和")]):
                    _add(doc, start, start + core.rindex("和"), "Programme")  # the first, its head left to the second
                start += core.rindex("和") + 1  # 平安某市和健康某市建设, 健康中国和健康某省行动: two campaigns
            elif "和" in core and re.match(r"健康|平安|法治", core[core.rindex("和") + 1:]):
                start += core.rindex("和") + 1  # 爱国卫生和健康某省行动: the campaign is the one after 和
            elif joined := re.search(rf"(?:{self.unquoted_programme.pattern})[和与及]", core):
                start += joined.end()  # 某某运动和某某行动: two programmes
            if joins := list(P.PROGRAMME_JOINS.finditer(text, start, match.start())):
                start = joins[-1].end()  # 某某行动暨某某建设, 二是强化某某建设
            if own_place := P.OWN_PLACE_LEAD.match(text[start:match.start()]):
                start += own_place.end()
            if body := list(self.head_pattern.finditer(text, start, match.start())):
                start = max(start, body[-1].end()) if body[-1].group(0) in P.GOVERNMENT_HEADS else start  # 市卫健委某某行动
            count = P.LEADING_COUNT.match(text[start:match.start()])
            if match.group(0) == "项目" and (count or re.search(r"[0-9一二三四五六七八九十两]\s*[个项类批]$", text[max(0, start - 4):start])
                                           or re.match(r"(?:国家|省|市|县)级", text[start:match.start()]) or "重点专科" in text[start:match.start()]):
                continue  # 申报25个某某建设项目, 新增25项某某项目, 国家级临床重点专科建设项目: projects of a kind or a grade
            if count:
                start += count.end()
            number_coded = NUMBER_CODED_CORE.search(text, max(0, match.start() - 4), match.start())
            if number_coded and len(text[start:match.start()]) < 4:
                start = number_coded.start(1)
            core = text[start:match.start()]
            if match.group(0) in ("工程", "项目") and P.BUILDING_WORKS.search(core):
                continue
            if re.search(r"\d{4}\s*年", core) and match.group(0) in ("计划", "项目", "工程"):
                continue  # 工作情况和2024年工作计划: a year's plan of work, not a named programme
            if core.startswith(("相关", "有关", "其他", "各类", "各项", "年度")) or (
                    match.group(0) == "计划" and core.endswith(("项目", "工程", "投资", "资金"))) or (
                    match.group(0) == "项目" and core.endswith("计划")):
                continue  # 相关某某建设项目, 某某项目计划, 年度某某计划项目: projects of a kind, a plan of works
            if match.group(0) == "行动" and core.endswith(P.PLAIN_ACTION):
                continue
            if P.PROGRAMME_COUNT.search(core) or (match.group(0) == "建设" and core.endswith(("项目", "工程", "试点"))):
                continue  # 六大工程; 某项目建设 is the project itself
            campaign = len(match.group(0)) > 2  # 某某提升行动: its verb names it, whatever its modifier
            if number_coded:
                _add(doc, start, match.end(), "Programme")  # 实施三强工程: a number-coded name
                previous_end = match.end()
                continue
            if (len(core) < (6 if match.group(0) == "项目" else 2 if campaign else 4) or not re.search(rf"[{P.CJK}]", core)
                    or (_generic(core) and not campaign)):
                continue  # 科研项目, 妇幼保健项目: a kind of project; a named one says more
            if match.group(0) == "建设" and not P.INITIATIVE_MARKERS.search(core):
                continue
            _add(doc, start, match.end(), "Programme")
            previous_end = match.end()

    @staticmethod
    def _corps(doc: Doc, text: str) -> list[tuple[int, int]]:
        """新疆生产建设兵团 and its divisions are bodies, and lead the names of their own bodies."""
        spans = [(m.start(), m.end()) for m in P.CORPS.finditer(text)]
        for start, end in spans:
            if text.startswith(("新疆生产建设兵团", "新疆兵团"), start) or "师" in text[start:end]:
                _add(doc, start, end, "Institution")
        return spans

    def _numbered_hospitals(self, doc: Doc, text: str) -> None:
        for match in P.NUMBERED_HOSPITAL.finditer(text):
            _add(doc, match.start(), match.end(), "Institution")
        for match in P.UNIVERSITY_HOSPITAL.finditer(text):
            _add(doc, match.start(), match.end(), "Institution")

    def _programme_committees(self, doc: Doc, text: str) -> None:
        for match in P.PROGRAMME_COMMITTEE.finditer(text):
            _add(doc, match.start(), match.end(), "Institution")

    def _healthy_places(self, doc: Doc, text: str, regions: list[tuple[int, int]]) -> None:
        """打造健康某市, 健康某省、健康某市考核, 健康中国: a place's (or the nation's) health campaign named
        bare, without 建设 or 行动."""
        nation = [(m.start() + 2, m.end()) for m in re.finditer("健康中国", text)]
        for start, end in regions + nation:
            if (text[max(0, start - 2):start] == "健康" and not text.startswith(("行动", "建设"), end)
                    and not re.match(r"行|微信|小程序|平台|专栏|网|号|App|APP", text[end:end + 3])  # a tour, an app, a column
                    and not MODEL_OF.match(text, end)  # 健康中国典范城市: a model of it, the report's goal
                    and (not re.match(r"[\d一二三四五六七八九十“\"]", text[end:end + 1])  # 健康某县17项行动, 健康某省“数智大脑”
                         or re.match(r"\d{4}年", text[end:end + 5]))  # but 健康某省2023年度工作: a year after
                    and not P.inside_quotes(text, start) and not _word_across(text, start - 2)):  # 智慧健康某省: an app
                _add(doc, start - 2, end, "Programme")

    def _party_bodies(self, doc: Doc, text: str) -> None:
        for match in P.DEMOCRATIC_PARTY_BODY.finditer(text):
            bare_abbreviation = len(match.group()) == 2
            if not bare_abbreviation or not (_word_across(text, match.start()) or _word_across(text, match.end())):  # 居民进行: no 民进
                _add(doc, match.start(), match.end(), "Institution")
        named = {character for party, character in P.PARTY_CHARACTER.items() if party in text}
        for match in P.ABBREVIATED_PARTY_BODY.finditer(text):
            if match.group("party") in named:
                _add(doc, match.start(), match.end(), "Institution")  # 九三学社 … 社省委秘书长

    def _central_bodies(self, doc: Doc, text: str) -> None:
        """中组部, 人社部, 全国某某办: the central bodies by their short names, where no word of the text runs into them."""
        for match in itertools.chain(P.CENTRAL_BODY.finditer(text), P.NATIONAL_OFFICE.finditer(text)):
            before = text[match.start() - 1:match.start()]
            if not before or not _is_cjk(before) or before in "、和与及同由向对经原在的" or not _word_across(text, match.start()):
                _add(doc, match.start(), match.end(), "Institution")

    def _institutions(self, doc: Doc, text: str, regions: list[tuple[int, int]]) -> None:
        previous_start, previous_end = 0, 0
        for match in self.head_pattern.finditer(text):
            head, end = match.group(0), match.end()
            if match.start() < previous_end:
                continue  # the 办公室 of 某市人民政府办公室, taken with the government
            if _head_is_title(head, text[end:end + 1]) or text[max(0, end - 2):end] in P.HEAD_WORDS_NOT_BODIES:
                continue
            if _head_opens_a_word(head, text[end:end + 2]):
                continue
            if head.endswith("中心") and text.startswith(("工作", "任务"), end) and not text.startswith(("工作人员", "工作者"), end):
                continue  # 服务发展中心工作: the central task, not a centre
            office = P.GENERAL_OFFICE.match(text, end) if head.endswith(("政府", "党委", "委")) else None
            end = office.end() if office else end
            start = max(_back_to_place(text, extend_left(text, match.start()), regions), previous_end)
            inner_place = min((s for s, e in regions if start < s and e <= match.start()), default=None)
            if inner_place is not None and _plain_words_before_place(text[start:inner_place]):
                start = inner_place  # 此阶段某县中医医院: the name starts at its place
            if start == previous_end and (text[previous_end:previous_end + 2] == "附属" or (
                    (text[previous_end:previous_end + 1] == "第" or head.endswith("医院"))
                    and text[previous_start:previous_end].endswith(("大学", "学院")))):
                start = previous_start  # 某大学附属某医院, 某大学第二附属医院, 某大学第一医院, 某医科大学某某医院: one name
            elif (head.endswith("学院") and start == previous_end and text[previous_start:previous_end].endswith("大学")
                  and re.fullmatch(rf"[{P.CJK}]{{0,6}}", text[previous_end:match.start()])):
                start = previous_start  # 某大学医学院, 某大学某某医学院: a college of the university
            elif head in ("办事处", "联络处") and text[previous_end:previous_end + 1] == "驻" and previous_end < match.start() <= previous_end + 8:
                start = previous_start  # 某市人民政府驻某地办事处: the office carries its government's name
            elif (start >= previous_end > previous_start
                  and re.fullmatch(rf"(?:(?![和与及])[{P.CJK}]){{2,10}}", between := text[previous_end:match.start()])
                  and (head in P.PART_OF_BODY or (head.endswith("中心") and text[previous_start:previous_end].endswith(("委", "局"))
                                                  and len(between) <= 6 and not re.search(r"[在于到的对为向从省市县区]", between)))):
                start = previous_start  # 某省中医院某某分院, 某集团某省某某有限公司, 某省卫健委某某中心: the part carries the whole's name
            elif (head == "医院" and previous_end > previous_start and previous_end < match.start()
                  and (self.gazetteer.full(between := text[previous_end:match.start()]) or self.gazetteer.short(between))):
                start = previous_start  # 某省中医院某省医院, 某大学第一医院某市医院: a hospital's branch in another place
            elif head in P.NAMED_AFTER_ITS_WHOLE and start == previous_end == match.start() and previous_end > previous_start:
                previous_end = end
                _add(doc, previous_start, end, "Institution")  # 某省委宣传部, 某医院医共体: named right after its body
                continue
            previous_start, previous_end = start, end
            start = _cut_at_relative_prefix(text, start, match.start(), regions)
            start = _after_listed_place(text, start, match.start(), regions)
            while (verb := P.LEADING_VERB.match(text, start)) and verb.end() <= match.start():
                start = verb.end()  # 依托市人民医院, 隆重举行…: the name starts after the verbs
            stationed = text.rfind("驻", start, match.start())
            if stationed >= 0 and head not in ("办事处", "联络处") and not any(s <= stationed < e for s, e in regions):
                start = stationed + 1  # 县纪委监委驻县卫健委纪检监察组: the body it is stationed at (not 驻某地名)
            place_end = max((e for s, e in regions if s == start and e < match.start()), default=None)
            if place_end and (verb := P.VERB_AFTER_PLACE.match(text, place_end)) and verb.end() < match.start():
                start = verb.end()  # 某县设置二级妇保院: the place does something to a body, it names none
            relative_head = head[0] in P.RELATIVE_PREFIXES and (len(head) == 2 or head[1:] == "委办")  # 县委, 区委办
            if relative_head and not any(s == start for s, _ in regions):
                start = match.start()  # 参加的有区委、区政府: a relative name needs no modifier
            own_body = _bare_own_body(text, end)
            start = start if own_body is None else own_body
            if COUNT_OF_BODIES.match(text, end):
                continue  # 设置村卫生室3052个: so many bodies of a kind
            if start > 0 and text[start] in "所家个座" and text[start - 1] in P.NUMERALS + "0123456789":
                start += 1  # 500所村卫生室: a count of a kind of body
            name, modifier = text[start:end], text[start:match.start()]
            if name in P.STANDALONE_INSTITUTIONS or P.OWN_ZONE_BODY.fullmatch(name):
                _add(doc, start, end, "Institution")
                continue
            if not modifier or own_body is not None:
                if own_body is not None:
                    _add(doc, start, end, "Institution")  # 、人民医院、: the report's own place's hospital
                elif relative_head:
                    _add(doc, start, end, "Institution")  # 县委, 市委: a relative name on its own
                continue
            place_end = max((e for s, e in regions if s == start and e <= match.start()), default=None)
            if (place_end and text[place_end:place_end + 1] == "级") or LEVEL_OF_BODY.search(modifier) or PLURAL_PLACES.search(modifier):
                continue  # 某区级医院, 某省级某某中心: a level of hospital or centre, not a name
            relative = (modifier[0] in P.RELATIVE_PREFIXES and not _every_place(text, start, own=modifier[1:] + head in P.OWN_PLACE_HEADS)
                        and text[start + 1:start + 2] not in ("级", "域", "场", "县", "区", "市", "乡", "镇")
                        and not IN_OR_OUT_OF_PLACE.match(text, start + 1))  # 区内外三级医院: no district's
            national = modifier.startswith(P.NATIONAL_PREFIXES)
            rest = text[place_end:match.start()] if place_end else modifier[1:] if relative else modifier
            if national:
                rest = modifier[2:]
            if place_end and (rest in P.CLASS_MODIFIERS or IN_OR_OUT_OF_PLACE.match(rest)):
                continue  # 某县乡镇卫生院, 某省内顶级医院: a class of bodies of the place, or in or out of it
            if (rest + head) in P.OWN_PLACE_HEADS:
                pass  # 市中心医院: the city's own hospital of that name
            elif (modifier in ("镇", "乡") and head in P.TOWNSHIP_BODY_HEADS
                  and (start == 0 or text[start - 1] not in "各全每乡村") and not text.startswith("政府", end)):
                pass  # 镇政府, 乡党委: a township report's own bodies; not 各镇政府, nor 镇党委政府 in general
            elif place_end or relative or national:
                if (not rest or _generic(rest)) and national and head not in P.GOVERNMENT_HEADS:
                    continue
                if rest and _generic(rest) and head not in P.GOVERNMENT_HEADS and not place_end:
                    continue
            elif head in P.WEAK_HEADS or len(modifier) < 2 or _generic(modifier):
                continue
            _add(doc, start, end, "Institution")

    def _people(self, doc: Doc, text: str) -> None:
        for match in itertools.chain(self.title_then_name.finditer(text), LEADERS.finditer(text)):
            start, name = match.end(), _name_at(text, match.end())
            while name and not _function_word_first(text, start, start + len(name)):
                _add(doc, start, start + len(name), "Person")
                start, name = start + len(name) + 1, _listed_name(text, start + len(name))
        for match in self.name_then_title.finditer(text):
            if _looks_like_name(match.group(1)) and not P.TITLE_AFTER_DEPUTY.match(text, match.start(1)):  # 纪检书记: one title
                _add(doc, match.start(1), match.end(1), "Person")
        # A line that holds only a name, right after a line that ends with a title (a speech's byline).
        lines = list(re.finditer(r"[^\n]+", text))
        for previous, line in zip(lines, lines[1:]):
            stripped = line.group(0).strip()
            if ((re.fullmatch(rf"[{P.CJK}]{{2,4}}", stripped) and _looks_like_name(stripped))
                    or (PADDED_NAME.fullmatch(stripped) and _surname_length(stripped) == 1)):
                if re.search(rf"(?:{P.TITLE_PATTERN})\s*$", previous.group(0)):
                    start = line.start() + line.group(0).index(stripped)
                    _add(doc, start, start + len(stripped), "Person")


def _head_opens_a_word(name: str, following: str) -> bool:
    """委托, 委员, 委派: a verb or a post, not a committee (纪委派驻 is one); 人大代表: a deputy; 协作: no 科协;
    人大会堂: a hall; 某省紧密型医联体建设: the building of a kind of network, a programme; 大学生: students;
    急救站点: sites."""
    return ((name.endswith("委") and (following[:1] in ("托", "员") or (following[:1] == "派" and following != "派驻")))
            or (name.endswith("人大") and following in ("代表", "会堂"))
            or (name.endswith(("医共体", "医联体", "共同体")) and following == "建设")
            or (name.endswith("协") and following[:1] in ("作", "议", "调", "同", "助"))  # 儿科协作: no 科协
            or (name.endswith("大学") and following[:1] == "生")  # 贫困家庭大学生: students, no university
            or (name.endswith("站") and following[:1] == "点"))  # 急救站点: sites of a service, no station


# 省内, 市外, 区内外 right after a place: the bodies within or beyond it, a class (not 内科, 外科, 内分泌).
IN_OR_OUT_OF_PLACE = re.compile(r"(?:内外|内|外|以内|以外)(?!科|分泌)")


def _bare_own_body(text: str, end: int) -> int | None:
    """Where a bare own-place body (、卫生健康监督所、) that ends at `end` starts, standing alone in a
    list; not in a list of every place's bodies (各区县卫生健康局、人民医院: each county's, a class)."""
    for name in P.OWN_PLACE_HEADS:
        start = end - len(name)
        if start >= 0 and text.startswith(name, start) and (start == 0 or P.PUNCTUATION.match(text[start - 1])):
            every_level = re.search(r"各[省市县区州旗乡镇（()、）]{1,10}$", text[:start])  # 各县(市、区)卫健局
            return None if every_level or _in_every_places_list(text, start) else start
    return None


def _in_every_places_list(text: str, start: int) -> bool:
    """各区县政府、卫生健康局、人民医院: a clause that opens with 各 lists each place's bodies."""
    return re.split(r"[。；;！!？?\n]", text[:start])[-1].lstrip().startswith("各")


# 实施三强工程, 推进两优工程: a numeral and one word before the head, after a verb or a stop.
NUMBER_CODED_CORE = re.compile(rf"(?:^|[，,。；;、：:\s]|实施|开展|推进|推动|落实)([一二三四五六七八九十两百千万][^\W\d大个项类批家所支名元人户亩米吨])$")


def _after_trigger(text: str, head_start: int, limit: int = 18) -> int | None:
    """Where a task-list programme's name starts: right after the nearest opening verb (实施…工程)."""
    window_start = head_start
    while window_start > 0 and head_start - window_start < limit and not P.PUNCTUATION.match(text[window_start - 1]):
        window_start -= 1
    triggers = list(P.PROGRAMME_TRIGGER.finditer(text, window_start, head_start))
    if not triggers:
        return None
    start = triggers[-1].end()
    return start if head_start - start >= 3 else None


def _plain_words_before_place(prefix: str) -> bool:
    """此阶段, 目前: a few common words, no name of a body or a place of their own, before a place."""
    return (len(prefix) <= 4 and not re.search("大学|学院|附属|中国|国家|中央|[省市县区州]", prefix)
            and not any(flag in ("ns", "nr", "nt", "nz", "j") or word in P.NAME_WORDS for word, flag in _cut(prefix)))


def _back_to_place(text: str, start: int, regions: list[tuple[int, int]], gap: int = 4) -> int:
    """某市创伤医院: a place a few characters before the name's start leads it, whatever jieba
    made of the words between (创伤 is tagged a verb); so does a whole chain of places before it
    (某市某镇某村卫生室)."""
    for place_start, place_end in regions:
        between = text[place_end:start]
        if (len(between) <= gap and place_start < start and re.fullmatch(rf"[{P.CJK}]*", between)
                and not any(word in between for word in P.NAME_STOPS if len(word) > 1)
                and not re.search("[的和与及等在届还将把被向对从也又]|分别|推动|启动|创建|争创|建设|打造|建成|新建|提升", between)
                and not P.PROGRAMME_TRIGGER.search(between)
                and not re.search("长期|已经|正在|仍然|一直|始终|没有|尚未|尚无", between)):  # 某州长期没有三级医院
            start = place_start
            break
    while (upper := next((s for s, e in regions if e == start), None)) is not None:
        start = upper
    return start


def _after_listed_place(text: str, start: int, head_start: int, regions: list[tuple[int, int]]) -> int:
    """甲镇和县人民医院: after a township or county, 和 joins a list; the name is 县人民医院 (a county
    is not inside another county, so this is not the county 和县)."""
    for place_start, place_end in regions:
        if (start <= place_start and place_end < head_start and text[place_end] in "和与及"
                and text[place_start:place_end].endswith(("镇", "乡", "街道", "县", "区", "旗"))):
            return place_end + 1
    return start


def _every_place(text: str, start: int, own: bool = False) -> bool:
    """各县（市、区）卫健局, 各旗区人民政府, 全市: the bodies of every such place, not one of them; but
    a place's own body after 我, 本 or 该 is that place's one (本区疾控中心, 我县人民医院)."""
    i = start - 1
    while i >= 0 and (text[i] in P.RELATIVE_PREFIXES or text[i] in "、（）()"):
        i -= 1
    return i >= 0 and text[i] in ("全各每两三" if own else "全各我本该每两三")


def _head_is_title(head: str, following: str) -> bool:
    """局长, 委员, 部门, 办公: a one-character head that is the start of another word."""
    return (len(head) == 1 and following in "长员会门分署级队公法理事") or (head.endswith(("委", "局", "院", "部")) and following == "长")


def _cut_at_relative_prefix(text: str, start: int, head_start: int, regions: list[tuple[int, int]]) -> int:
    """紧紧围绕市卫健委 → 市卫健委: a name that is not led by a place starts at its relative prefix."""
    if any(s == start for s, _ in regions):
        return start
    for i in range(start + 1, head_start):
        if text[i] == "区" and i - 2 >= start and text[i - 2:i] == "自治":
            return i - 2  # 自治区党委: the region-level relative prefix of the five autonomous regions
        if text[i] == "区" and P.ZONE_AT_END.search(text, start, i + 1):
            continue  # 经济开发区管委会, 某某旅游度假区社会事业发展局: the 区 ends a zone's name
        if text[i] in P.RELATIVE_PREFIXES and not any(s < i < e for s, e in regions):
            if not any(s == i for s, _ in regions) and text[i - 1] not in "人" and text[i - 1:i + 1] not in P.WORDS_ENDING_IN_A_LEVEL:
                left = _cut(text[start:i])
                if all(flag in ("ns", "nz", "nr", "nt", "j") for _, flag in left):
                    return start  # a place the gazetteer does not hold (a former or informal name)
                return i
    return start


def _surname_length(text: str) -> int:
    if text[:2] in P.SURNAMES_2:
        return 2
    return 1 if text[:1] in P.SURNAMES_1 else 0


def _not_a_person_here(text: str, start: int, end: int) -> bool:
    """苏宿两地 (two places' abbreviations), “邵医模式” (a name inside a quoted formula): a
    surname-led word that is no person."""
    if text.startswith(("两地", "三地", "两省", "两市"), end):
        return True
    return start > 0 and text[start - 1] in P.QUOTE_OPEN and text[end:end + 1] not in P.QUOTE_CLOSE


def _function_word_first(text: str, start: int, end: int) -> bool:
    """书记向退休干部介绍, 主任和部分乡镇: 向 and 和 are surnames, but here a word starts right after
    them that is a verb or runs past the name, or a surname and a title do (和熊院长), so they are a
    preposition or a conjunction."""
    if text[start] not in "向和与":
        return False
    if P.TITLE_AFTER_DEPUTY.match(text, start + 2):
        return True  # 周院长和熊院长: 和 joins two people called by surname and title
    word, flag = _cut(text[start + 1:start + 8])[0]
    return len(word) >= 2 and (start + 1 + len(word) > end or flag.startswith("v"))


def _function_word_third(text: str, start: int, two: int) -> bool:
    """某某以及, 某某以《…》为题: the character after a two-character name opens a conjunction or is a
    preposition, as jieba reads it."""
    words = _cut(text[start:start + two + 4])
    if _flag_across(text, start + two + 1) == "c":
        return True
    return (len(words) > 1 and len(words[0][0]) == two and words[0][1].startswith("nr")
            and len(words[1][0]) == 1 and words[1][1] in ("p", "c"))


BODY_HEAD_AT_END = re.compile(f"(?:{'|'.join(head for head in P.INSTITUTION_HEADS if len(head) >= 3)})$")


def _looks_like_name(name: str) -> bool:
    surname = _surname_length(name)
    if not surname or not 2 <= len(name) <= 4 or len(name) - surname > 2:
        return False
    if name in P.NOT_NAMES or name[surname:] in P.NOT_NAMES or name[-2:] in P.NOT_NAMES or name[:2] in P.NOT_NAMES:
        return False
    if name[surname:] in P.TITLES:
        return False  # 党组书记和主任: 和 joins two titles, 主任 is no given name
    if (name[0] in "和与及" and (_common_word(name[1:]) or _dictionary_noun_or_verb(name[1:]))) or (len(name) == 3 and name[-1] in "等的"):
        return False  # 委员和专家, 院长和科室骨干: a conjunction before a word; 某某等教授: the name ends before 等
    if len(name) == 3 and _common_word(name[:2]) and _cut(name[:2])[0][1][:1] == "v":
        return False  # 施工方负责人: a verb of the dictionary and a noun, no name
    if name[1:] in P.FORMS_OF_ADDRESS:
        return False  # 谢老伯, 王大爷: a way of addressing someone, not their name
    if len(name) == 2 and _common_word(name) and _cut(name)[0][1] not in ("nr", "nrfg", "nrt"):
        return False  # 全国, 任务, 马上: a common word of the dictionary, no name (高峰 is read as one)
    if name.endswith("科") and name[-2] in "吸外内儿妇骨眼喉腔肤诊复像验射醉症经尿胸肠胃肝肾心管瘤理剂产":
        return False  # 呼吸科, 普外科: a hospital's department
    if name[-1] in P.BODY_ENDINGS or BODY_HEAD_AT_END.search(name):
        return False  # 计生办主任, 卫生院院长 (卫 is a surname): a body before its head's title, not a person
    if len(name) == 2 and name[0] in "来到赴" and name[1] in PROVINCE_ABBREVIATIONS:
        return False  # 总书记来川视察: came to Sichuan
    return all(_is_cjk(ch) for ch in name)


def _ethnic_name(name: str) -> bool:
    """才让卓玛, 巴特尔: one to three name words of a tradition without surnames, three characters or more."""
    return len(name) >= 3 and bool(ETHNIC_NAME.fullmatch(name))


def _name_at(text: str, start: int) -> str | None:
    """The person name that starts at `start` (after a title), two or three characters long, or
    longer in a tradition without surnames."""
    ethnic = ETHNIC_NAME.match(text, start)
    if ethnic and (_ethnic_name(ethnic.group(0))
                   or text[ethnic.end():ethnic.end() + 1] in ("，", ",", "、", "出", "同", "在")):
        return ethnic.group(0)  # 院长助理次旦, : one name word alone, where the name plainly ends
    surname = _surname_length(text[start:])
    if not surname:
        return None
    minority = re.match(rf"[{P.CJK}]{{2,4}}·[{P.CJK}]{{2,5}}", text[start:start + 12])
    if minority:
        return text[start:_transliterated_name_end(text, start, start + minority.end())]
    padded = PADDED_NAME.match(text, start)
    if padded and surname == 1:
        return padded.group(0)
    counted = COUNTED_NAME.match(text, start + surname)
    if counted:
        return text[start:counted.end()]  # 乌六十九: a Mongolian name that is a number
    two, three = text[start:start + surname + 1], text[start:start + surname + 2]
    if len(_cut(text[start:start + 8])[0][0]) > len(three):
        return None  # 院长高峰论坛: one word of the dictionary that runs past the name, no name
    third = text[start + surname + 1:start + surname + 2]
    after_two = text[start + len(two):start + len(two) + 2]
    if surname == 1 and len(three) == 3 and _looks_like_name(three) and (
            _cut(text[start:start + 8])[0] == (three, "nr")  # 某训明作讲座: jieba reads the three characters as one name
            or (third in "和与及" and text[start + 3:start + 4] in ("、", "，", ","))):  # 某令和、: the list goes on after its 和
        return three
    if (len(three) == surname + 2 and _is_cjk(third) and _looks_like_name(three)
            and after_two not in P.NOT_NAMES and (third not in P.NAME_FOLLOWERS or after_two[:2] in ("强调",)
                 or text.startswith(third, start + len(three)))  # 李某出出席: the name's 出, then 出席
            and (text[start + len(three):start + len(three) + 1] in ("等", "、")
                 or not _opens_verb_or_adjective(_flag_across(text, start + len(three))))
            and not _function_word_third(text, start, len(two)) and not text.startswith(SPEAKER_REPORTS, start + len(two))
            and not TITLE_AT.match(text, start + len(two))):  # 某升教授: the name, then the title
        four = text[start:start + 4]
        if (surname == 1 and re.fullmatch(rf"[{P.CJK}]{{4}}", four) and four[3] not in P.NAME_FOLLOWERS
                and text[start + 4:start + 5] in ("、", "，", ",")):
            return four  # 副县长某某某江、: a four-character name without a Han surname, the list says where it ends
        return three  # not 某某详 of 某某详细介绍: the third character opens a verb or an adverb; 某某相等 is 某某相 and 等
    if len(two) == surname + 1 and _looks_like_name(two) and not _plain_word(two):
        return two
    return None


def _common_word(word: str) -> bool:
    """合作, 全国: a word of the dictionary common enough to be read as that word, not as a name."""
    jieba.dt.check_initialized()
    return jieba.dt.FREQ.get(word, 0) >= COMMON_WORD_FREQUENCY


def _dictionary_noun_or_verb(word: str) -> bool:
    """科室, 来宾: a word jieba's dictionary holds as a noun or a verb, not as a name."""
    jieba.dt.check_initialized()
    words = _cut(word)
    flag = words[0][1] if len(words) == 1 else ""
    return jieba.dt.FREQ.get(word, 0) >= 100 and flag[:1] in ("n", "v") and not flag.startswith("nr")


def _plain_word(name: str) -> bool:
    """委员尤其是: a surname-led adverb or conjunction (尤其, 及时), as jieba reads it, is no name."""
    words = _cut(name)
    return len(words) == 1 and words[0][1][:1] in ("d", "c", "p")


def _listed_name(text: str, end: int) -> str | None:
    """某某、某某出席: the next name in a run of names, where one stands alone between 、 and what
    follows names (、, 等, 出席); a word of its own (、卫生、) is none."""
    if text[end:end + 1] != "、":
        return None
    name = _name_at(text, end + 1)
    if not name or text[end + 1 + len(name):end + 2 + len(name)] not in P.NAME_FOLLOWERS:
        return None
    return None if len(_cut(name)) == 1 and _cut(name)[0][1] not in ("nr", "nrfg", "nrt") else name


def _transliterated_name_end(text: str, start: int, end: int) -> int:
    """某某·某某出席 → 某某·某某: jieba splits a transliterated name into odd pieces, so the name ends
    at the first word that cannot be one of them: a word that runs past the match (出席会议), a
    function word (在, 等, 副) or a longer verb, adverb or time word (强调, 会上)."""
    dot = text.index("·", start, end)
    offset = start
    for word, flag in _cut(text[start:end + 6]):
        if offset >= min(dot + 3, end) and (
                offset + len(word) > end or word == "同志"
                or (len(word) == 1 and flag[:1] in "pucb")
                or (len(word) > 1 and flag[:1] in "vltdapcu")):
            if len(word) == 2 and word[1] in "对在与和等同向为" and offset + 1 <= end:
                return offset + 1  # 某某·某某孜对…: jieba joins the name's last character to the preposition
            return min(offset, end)
        offset += len(word)
    return end


def _carried_out_nearby(text: str, position: int) -> bool:
    """实施重点专科“某某计划”“某某计划”: a verb that opens a programme a few words before, or a
    quoted name right before that one."""
    if position > 0 and text[position - 1] in P.QUOTE_CLOSE:
        return True
    window = text[max(0, position - 10):position]
    return any(not re.search(r"[，,。；;、：:]", window[trigger.end():]) for trigger in P.PROGRAMME_TRIGGER.finditer(window))


def _carried_out(text: str, position: int) -> bool:
    """A verb that opens a task-list programme (开展, 实施, 推进…) ends right before `position`."""
    return any(trigger.end() == position for trigger in P.PROGRAMME_TRIGGER.finditer(text, max(0, position - 8), position))


def _quoted_initiative(inner: str, after: str) -> bool:
    """“健康某某” (not a title awarded to people: “健康达人”20名), or a campaign named for its period."""
    healthy = (inner.startswith("健康") and 3 <= len(inner) <= 8 and not P.PEOPLE_COUNT.match(after)
               and not re.search("[是的]", inner))  # not a saying: “健康是最好的礼物”
    return healthy or bool(P.CAMPAIGN_PERIOD.match(inner))


def _formula_like(inner: str) -> bool:
    """Quoted formulas: number-coded (1335, 两个允许), enumerations (A、B、C), plus-joined (3+2+N,
    党建+业务; not 互联网+某某, a field joined to the internet)."""
    compact = re.sub(r"\s", "", inner)
    if re.search(r"[。！!？?…]|[的了吗呢吧啊呀](?:[、，,；;]|$)", compact):
        return False  # “某某某,没病没痛的。”: quoted speech, not a formula
    if re.search(r"\d{4}年", compact) or compact.endswith(("会", "会议")):
        return False  # “某县2017年某某工作会”: a meeting's name
    parts = re.split(r"[、，,；;]", compact)
    if len(parts) >= 3 and all(1 <= len(part) <= 12 for part in parts):
        return True  # an enumerated principle, however long
    if len(compact) < 2 or len(compact) > 24:
        return False
    if re.fullmatch(r"\d{1,2}[·.]\d{1,2}", compact):
        return False  # “4·27”: a date that names an event
    if re.search(r"[0-9]", compact) or re.search(r"\+[A-Za-z]?$|^[A-Za-z]?\+", compact):
        return True  # 1335, 3+2+N; not 互联网+某某服务, a field joined to the internet
    if compact[0] in P.NUMERALS and (len(compact) == 2 or (compact[0] == "一" and len(compact) == 3)):
        return False  # “两癌”, “一站式”, “一盘棋”: two things abbreviated, or a metaphor
    if compact[0] in P.NUMERALS or re.search(rf"[{P.NUMERALS}][个大项化零]", compact):
        return True
    parts = re.split(r"[、，,]", compact)
    if len(parts) >= 2 and all(1 <= len(part) <= 6 for part in parts):
        return True
    joined = re.split(r"[+＋]", compact)  # “党建+业务”: words joined into one formula
    return len(joined) >= 2 and not compact.startswith("互联网") and all(2 <= len(part) <= 4 for part in joined)


def _generic(modifier: str) -> bool:
    """True when a modifier is made only of generic words (公立, 乡镇, 二级以上…)."""
    rest = modifier
    for word in sorted(P.GENERIC_MODIFIERS, key=len, reverse=True):
        rest = rest.replace(word, "")
    return not re.sub(r"[\s()（）0-9]", "", rest)


class StatisticalCandidates:
    """The trained NER's entities, kept aside for the settler to weigh against the rules'.

    Each must have the shape of its type: the NER learnt MSRA's LOC, which holds rivers,
    continents and buildings too, so only administrative places (known to the gazetteer, or named
    with an administrative suffix) become Regions; a person's name starts with a surname; an
    institution ends in a head word and is more than a kind (三甲医院).
    """

    head_at_end = re.compile(f"(?:{'|'.join(map(re.escape, P.INSTITUTION_HEADS))})$")
    programme_head_at_end = re.compile(f"(?:{'|'.join(map(re.escape, P.PROGRAMME_HEADS))})$")

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        spans, text = [], doc.text  # Doc.text joins the tokens anew on every access
        context: set[str] | None = None  # the text's places, found only when a short name needs them
        for ent in doc.ents:
            kind = MODEL_LABELS.get(ent.label_)
            if kind and self._plausible(kind, ent.text) and not self._unknown_place_in_a_word(kind, text, ent):
                end = ent.end
                if kind == "Person" and "·" in ent.text:
                    end = ent.start + _transliterated_name_end(text, ent.start_char, ent.end_char) - ent.start_char
                if kind == "Person" and (_function_word_first(text, ent.start_char, ent.end_char)
                                         or _not_a_person_here(text, ent.start_char, ent.end_char)):
                    continue
                if kind == "Person" and len(ent.text) == 3 and (
                        text.startswith(SPEAKER_REPORTS, ent.end_char - 1)
                        or (_function_word_third(text, ent.start_char, 2) and not P.TITLE_AFTER_DEPUTY.match(text, ent.end_char))):
                    end -= 1  # 院长某某作工作报告, 某某以《…》为题 read as 某某作, 某某以: the name and a verb or preposition
                elif kind == "Person" and _opens_verb_or_adjective(_flag_across(text, ent.end_char)):
                    continue  # 某某视察 read as 某某视: the name ends inside a verb or an adverb
                elif kind == "Person" and len(ent.text) == 3 and (_flag_across(text, ent.end_char) or "").startswith("n"):
                    if not _looks_like_name(ent.text[:2]) or _common_word(ent.text[:2]):
                        continue  # 高峰论坛 read as 高峰论: a word, no name
                    end -= 1  # 某某代表 read as 某某代: the name, then a noun
                if kind == "Institution" and _head_opens_a_word(ent.text, text[ent.end_char:ent.end_char + 2]):
                    continue
                if kind == "Region" and (_names_something_else(text, ent.start_char, ent.end_char)
                                         or _kind_of_town(text, ent.start_char, ent.end_char)):
                    continue
                if kind == "Region" and self._short_word(ent.text):
                    if context is None:
                        context = places_of(self.gazetteer, text, place_hits(doc, self.gazetteer))[0]
                    if self._word_not_a_place(text, ent.start_char, ent.end_char, context):
                        continue
                if kind == "Institution" and _head_is_title(ent.text[-2:], text[ent.end_char:ent.end_char + 1]):
                    continue  # 某某学院长: a name and the title 院长
                if kind == "Institution" and ent.text in P.OWN_PLACE_HEADS and _in_every_places_list(text, ent.start_char):
                    continue
                if kind == "Institution" and text[:ent.start_char].endswith(CLASS_MODIFIER_ENDINGS):
                    continue  # 三级甲等中医医院 read as 中医医院: a grade of hospital, not the place's own
                if kind == "Person" and ent.text.endswith("副") and P.TITLE_AFTER_DEPUTY.match(text, ent.end_char):
                    if not _looks_like_name(ent.text[:-1]):
                        continue
                    end -= 1  # 某某副书记: 副 starts the title
                spans.append(Span(doc, ent.start, end, label=kind))
        doc.spans[STATISTICAL] = spans
        doc.ents = []
        return doc

    def _short_word(self, name: str) -> bool:
        """Only a short form (合作 of 合作市), no division's full name: the model's guess needs checking."""
        return not self.gazetteer.full(name) and bool(self.gazetteer.short(name))

    def _word_not_a_place(self, text: str, start: int, end: int, context: set[str]) -> bool:
        """A county's short name that is also a word (党和政府 holds 和政, 谢谢合作 holds 合作): the
        model's guess stands only where no word crosses its edges, and where it is a common verb or
        adjective, only where the text's own places allow it."""
        name = text[start:end]
        if name in WHOLE_OF_A_LEVEL or _word_across(text, start) or _word_across(text, end):
            return True
        flag = next((flag for word, flag in _cut(name) if word == name), None)
        common = flag is not None and flag[0] in "vad" and _common_word(name)
        return common and not short_in_context(self.gazetteer, name, context)

    def _unknown_place_in_a_word(self, kind: str, text: str, ent: Span) -> bool:
        """创建文明城市 → 明城市: a city or county the gazetteer does not know (it knows them all, down
        to townships), cut out of a word of the text."""
        if (kind != "Region" or self.gazetteer.full(ent.text) or self.gazetteer.short(ent.text)
                or not ent.text.endswith(("省", "市", "县", "区", "州", "盟", "旗"))):
            return False
        return _word_across(text, ent.start_char)

    def _plausible(self, kind: str, name: str) -> bool:
        """The shape every name of the type has; the model's guesses without it are dropped."""
        if SENTENCE_PUNCTUATION.search(name) or P.MASKED.search(name) or "丨" in name:  # 编辑丨某某: a bar
            return False
        if kind == "Person":
            return (_looks_like_name(name) or _ethnic_name(name)
                    or bool(re.fullmatch(rf"[{P.CJK}]{{2,5}}·[{P.CJK}]{{2,6}}", name)))
        if _unbalanced(name):
            return False  # 党(工)委 read as 工)委
        if kind == "Institution":
            head = self.head_at_end.search(name)
            if len(name) < 3 or not head or P.LEADING_VERB.match(name) or P.PARTY_ORGAN_OF_BODY.search(name):
                return False  # 建设高水平医院: a verb and its object, not a name; 某医院党委: the hospital's organ
            modifier = name[:head.start()]
            if PLURAL_PLACES.search(modifier):
                return False  # 甲乙两省区党委: the bodies of two places
            if LEVEL_OF_BODY.search(modifier):
                return False
            if modifier and _generic(modifier):
                return False  # 区域龙头医院: generic words, even where the first is a level word
            modifier = modifier[1:] if modifier[:1] in P.RELATIVE_PREFIXES else modifier
            places = self.gazetteer.find(modifier)
            rest = modifier[places[0][1]:] if places and places[0][0] == 0 else None
            if rest is not None and (rest in P.CLASS_MODIFIERS or IN_OR_OUT_OF_PLACE.match(rest)):
                return False  # 某县乡镇卫生院, 某省内顶级医院: a class of the county's bodies
            return not (modifier and _generic(modifier))  # 省社区医院, 三甲医院: a kind, not a name
        if kind == "Region":
            return self._administrative(name)
        if kind == "Programme":
            head = self.programme_head_at_end.search(name)
            if CARRYING_OUT.match(name):
                return False  # 广泛开展专项行动: a verb and its object (深化某某改革工程 is a name)
            if head and name[head.start() - 1:head.start()] in ("和", "与", "及"):
                return False  # 爱国卫生和建设健康城区: 建设 is the verb of the next clause
            return len(name) >= 4 and bool(head) and not _generic(name[:head.start()])  # 医疗卫生项目: a kind
        if kind == "PolicyDocument":
            return name.startswith("《") and name.endswith("》")
        return bool(P.QUOTED.fullmatch(name))  # a Slogan: only a quoted formula

    def _administrative(self, name: str) -> bool:
        if self.gazetteer.full(name) or self.gazetteer.short(name):
            return True
        if self.gazetteer.full(name[:-1]):
            return False  # 某市镇 of 某市镇某县: a division and the first character of the next
        if name.endswith(("小区", "院区", "园区", "景区", "片区", "库区", "牧区", "矿区", "山区", "街区")):
            return False  # 某某养殖小区, 某院区: an estate, a campus or a kind of area, no division
        suffix = ADMINISTRATIVE_SUFFIX.search(name)
        if re.search("[省市县区乡镇村]{3}$", name):
            return False  # 某市县乡村四级: the levels of a place, not one place
        return (bool(suffix) and suffix.start() >= 2 and name[0] not in P.RELATIVE_PREFIXES and name[0] not in "各全本该我两"  # not 苏区, 各市县, 两省区
                and not name.endswith("军分区")
                and not _generic(name[:suffix.start()]) and not self.head_at_end.search(name[:-1])
                and "医院" not in name)


@Language.factory("policykg_statistical_candidates")
def make_statistical_candidates(nlp: Language, name: str) -> StatisticalCandidates:
    return StatisticalCandidates(Gazetteer.load())


@Language.factory("policykg_genre_patterns")
def make_genre_patterns(nlp: Language, name: str) -> GenrePatterns:
    return GenrePatterns(Gazetteer.load())


@Language.component("policykg_span_settler")
def settle_spans(doc: Doc) -> Doc:
    """The rules' spans first (longest full name wins, then the more specific type); the trained
    NER's spans fill what the rules left, and stretch a rule's span of the same type that they
    contain to the fuller name; nothing overlaps."""
    text = doc.text  # Doc.text joins the tokens anew on every access
    place_starts = {span.start for span in doc.spans.get(CANDIDATES, []) if span.label_ == "Region"}
    statistical = [_after_serving(span, place_starts) for span in doc.spans.get(STATISTICAL, []) if not _names_no_body(span, text)]
    proposed = [_after_serving(span, place_starts) for span in doc.spans.get(CANDIDATES, []) if not _names_no_body(span, text)]
    rules = [_stretched(span, proposed, statistical, text) for span in proposed]
    rules = [_after_body(span, rules + statistical) for span in rules]
    rules, statistical = ([_without_whole_place(span) for span in spans] for spans in (rules, statistical))
    taken = [False] * len(doc)
    chosen: list[Span] = []
    for candidates in (rules, statistical):
        for span in sorted(candidates, key=lambda s: (-(s.end - s.start), TYPE_PRIORITY.index(s.label_), s.start)):
            if any(taken[span.start:span.end]):
                continue
            taken[span.start:span.end] = [True] * (span.end - span.start)
            chosen.append(span)
    doc.ents = _with_known_people(doc, text, _with_defined_short_names(doc, text, _with_campuses(doc, text, chosen)))
    return doc


def _with_campuses(doc: Doc, text: str, chosen: list[Span]) -> list[Span]:
    """某医院某某院区, 某医院东院: a hospital's campus named after its place or side is a body of its
    own; the place in its name (某某) is no mention of that place."""
    for hospital in [s for s in chosen if s.label_ == "Institution" and s.text.endswith("医院")]:
        campus = CAMPUS.match(text, hospital.end_char)
        span = doc.char_span(hospital.start_char, campus.end(), label="Institution") if campus else None
        if span is None:
            continue
        inside = [o for o in chosen if o.start < span.end and span.start < o.end]
        if all(o is hospital or (o.label_ == "Region" and o.end <= span.end) for o in inside):
            chosen = [o for o in chosen if o not in inside] + [span]
    return sorted(chosen, key=lambda s: s.start)


def _with_known_people(doc: Doc, text: str, chosen: list[Span]) -> list[Span]:
    """A person named in full once is that person wherever the text writes the name again, and a
    span that holds only the end of the name (李某 in …\n雷李某就…) is stretched to it."""
    names = {span.text for span in chosen if span.label_ == "Person" and len(span.text) >= 2}
    for name in sorted(names, key=len, reverse=True):
        for match in re.finditer(re.escape(name), text):
            if _word_across(text, match.start()) or _word_across(text, match.end()):
                continue  # 高峰论坛: a word of the text runs across the name
            span = doc.char_span(match.start(), match.end(), label="Person")
            overlapping = [o for o in chosen if o.start < span.end and span.start < o.end] if span else [None]
            if span and all(o.label_ == "Person" and span.start <= o.start and o.end <= span.end and o.text != name
                            for o in overlapping):
                chosen = [o for o in chosen if o not in overlapping] + [span]
    return sorted(chosen, key=lambda s: s.start)


def _with_defined_short_names(doc: Doc, text: str, chosen: list[Span]) -> list[Span]:
    """某某医院（以下简称“某医一院”）: the short name the text defines is a name of the same type,
    there and wherever the text uses it later outside other names."""
    for named in sorted(chosen, key=lambda s: s.start):
        definition = P.SHORT_NAME_DEFINED.match(text, named.end_char)
        if named.label_ in ("Person", "Region") or not definition:
            continue
        short = definition.group("short")
        for match in re.finditer(re.escape(short), text[definition.start():]):
            start = definition.start() + match.start()
            span = doc.char_span(start, start + len(short), label=named.label_)
            if span is None:
                continue
            overlapping = [other for other in chosen if other.start < span.end and span.start < other.end]
            if start == definition.start("short") or all(span.start <= o.start and o.end <= span.end for o in overlapping):
                chosen = [other for other in chosen if other not in overlapping] + [span]
    return sorted(chosen, key=lambda s: s.start)


def _names_no_body(span: Span, text: str) -> bool:
    """某县第十七届人民政府第26次常务会议: a government in one of its terms names a meeting, the
    place before it is what the text names (a congress's standing committee of a term is a body). 县（市、区）卫健委, 县级中医医院,
    某市各大医院, 某县乡镇卫生院: the bodies of a level or a class name none."""
    before = text[max(0, span.start_char - 12):span.start_char]
    return span.label_ == "Institution" and bool(
        TERM_OF_GOVERNMENT.search(span.text[1:]) or LEVELS_LISTED_BEFORE.search(before)
        or (span.text in P.OWN_PLACE_HEADS and before.endswith("级"))  # 县级中医医院: a level's hospitals
        or re.search(r"各大|各级|各类", span.text)  # 某市各大医院: the hospitals of a class
        or span.text.endswith("乡镇卫生院"))  # 某县乡镇卫生院, 边远地区乡镇卫生院: the township hospitals of a place


def _after_body(span: Span, others: list[Span]) -> Span:
    """县人民医院某某门诊项目: a programme read from inside a body's name starts after the body,
    which runs it."""
    if span.label_ != "Programme":
        return span
    body_end = max((o.end for o in others if o.label_ == "Institution" and o.start <= span.start < o.end < span.end),
                   default=None)
    return Span(span.doc, body_end, span.end, label=span.label_) if body_end else span


def _without_whole_place(span: Span) -> Span:
    """全区爱国卫生运动, 全市医共体建设: the report's whole place carries the programme out; the
    programme's name starts after it."""
    if span.label_ in ("Programme", "Slogan") and WHOLE_PLACE_LEAD.match(span.text) and len(span.text) >= 6:
        return Span(span.doc, span.start + 2, span.end, label=span.label_)
    return span


def _after_serving(span: Span, place_starts: set[int]) -> Span:
    """时任某医院副院长, 赴某县担任县卫健委副主任, 原国家卫生计生委: the body's name starts after the
    words that say someone held a post there, or that it was the former body (原平市 is a place);
    省市委 (中央和省市委: the province's committee and the city's) names the last level's body."""
    levels = LEVELS_RUN_BEFORE_BODY.match(span.text) if span.label_ == "Institution" else None
    if levels:
        return Span(span.doc, span.start + levels.end() - 1, span.end, label=span.label_)
    serving = SERVING.search(span.text) if span.label_ == "Institution" else None
    if not serving or serving.end() > len(span.text) - 2 or (serving.group() == "原" and span.start in place_starts):
        return span
    return Span(span.doc, span.start + serving.end(), span.end, label=span.label_)


def _stretched(span: Span, rules: list[Span], statistical: list[Span], text: str) -> Span:
    """The NER's longer span of the same type, unless it runs two of the rules' names together
    (某省公安厅省财政厅, a list printed without its separators; 平安某市和健康某市建设), reaches
    back across 和 before a programme (爱国卫生和健康某省行动) or 驻 before a body (某纪委驻某委), or
    starts inside a word (援建某县医院)."""
    for other in statistical:
        if (other.label_ == span.label_ and other.start <= span.start and span.end <= other.end
                and len(other) > len(span) and not _runs_together(other, span, rules, text)
                and text[other.start_char:span.start_char] not in ("和", "与", "及")  # 某院和县疾控中心
                and not text[other.start_char:span.start_char].endswith("驻")  # 某纪委监委驻某委: the body stationed at
                and not (span.label_ == "Programme" and text[span.start_char - 1:span.start_char] in ("和", "与", "及"))
                and not (span.label_ == "Institution" and P.PARTY_ORGAN_OF_BODY.search(other.text))
                and not (other.start < span.start and _word_across(text, other.start_char))  # 援建某县医院
                and not (other.start < span.start and LEADING_FUNCTION_WORD.match(text, other.start_char))):
            return other
    return span


def _runs_together(longer: Span, span: Span, rules: list[Span], text: str) -> bool:
    """`longer` also holds another of the rules' names of the type, the later one led by 省, 市…
    or joined to this one by 和, 与, 及."""
    for rule in rules:
        if rule.label_ != span.label_ or not (longer.start <= rule.start and rule.end <= longer.end):
            continue
        first, second = (rule, span) if rule.end <= span.start else (span, rule) if span.end <= rule.start else (None, None)
        if first and (text[second.start_char] in P.RELATIVE_PREFIXES
                      or text[first.end_char:second.start_char] in ("和", "与", "及", "、")):
            return True
    return False


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The production pipeline, assembled from its config file; loaded once per process."""
    config = spacy.util.load_config(CONFIG)
    return spacy.util.load_model_from_config(config, auto_fill=True)


def recognise(clean_document: CleanDocument, nlp: Language | None = None) -> list[Mention]:
    nlp = nlp or load_pipeline()
    doc = nlp(clean_document.body)
    sentences = clean_document.sentences
    starts = [start for start, _ in sentences]
    mentions = []
    for ent in doc.ents:
        index = bisect_right(starts, ent.start_char) - 1
        inside = index >= 0 and ent.start_char < sentences[index][1]
        sentence = sentences[index] if inside else (ent.start_char, ent.end_char)
        mentions.append(
            Mention(
                doc_path=clean_document.source.path,
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                type=EntityType(ent.label_),
                sentence=sentence,
            )
        )
    return mentions


QUOTED_NAME = re.compile(r"“([^“”\n]{4,24})”")
UNQUOTED_FROM = 5  # characters: a known quoted programme name this long is specific enough to find unquoted


def spread_known_names(documents: list[DocumentFacts]) -> None:
    """A programme or slogan recognised anywhere in a build is recognised wherever its quoted name
    stands: “某某”推荐标准单位 names the programme that “某某”活动 spells out in another sentence
    or report, though no rule or model marks it there. A programme's name of five characters or
    more is specific enough to be found without its quotes too (a slogan's is not: 以人民为中心 is
    a set phrase wherever it is not quoted as a watchword)."""
    known: dict[str, EntityType] = {}
    for facts in documents:
        for mention in facts.mentions:
            quoted = QUOTED_NAME.match(mention.text)
            if quoted and mention.type in (EntityType.PROGRAMME, EntityType.SLOGAN):
                known.setdefault(quoted.group(1), mention.type)
    long_names = [name for name, kind in known.items() if kind is EntityType.PROGRAMME and len(name) >= UNQUOTED_FROM]
    unquoted = re.compile("|".join(map(re.escape, sorted(long_names, key=len, reverse=True)))) if long_names else None
    for facts in documents:
        body, path = facts.document.body, facts.document.source.path
        taken = [(m.start, m.end) for m in facts.mentions]
        starts = [start for start, _ in facts.document.sentences]
        added = []
        matches = [*QUOTED_NAME.finditer(body), *(unquoted.finditer(body) if unquoted else [])]
        for match in sorted(matches, key=lambda m: (m.start(), -m.end())):
            kind = known.get(match.group(1) if match.re is QUOTED_NAME else match.group(0))
            if kind is None or any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            index = bisect_right(starts, match.start()) - 1
            sentence = facts.document.sentences[index] if index >= 0 else (match.start(), match.end())
            added.append(Mention(path, match.start(), match.end(), match.group(0), kind, sentence))
        if added:
            facts.mentions = sorted(facts.mentions + added, key=lambda m: (m.start, m.end))
