"""Indicators: the figures a report states as targets or results (组建医共体10个, 素养率达26.33%).

A quantity is a number followed by a unit. The number may be digits (26.33, 1.2万), Chinese numerals
(十二, read with cn2an), a range (1至3, 300万-500万) or a mask (*, X, or nothing at all before the
unit: published reports often delete figures). What the quantity measures is the noun phrase before
it in its clause (医共体10个), or after it when nothing comes before (建成3家普惠托育机构) or when
a count runs straight into a noun phrase (动员全系统120名党员).
Whether it is a target or a result comes from cue words earlier in its sentence (力争, 年内, 已,
累计), else from the part of the report it is in (a 工作展望 part states targets, a 总结 part results).

Units follow the source, except that 万/亿 written inside a count are folded into the value
(12.1万人次 → 121000 人次) while money keeps its customary unit (758.3万元 → 758.3 万元).
"""
from __future__ import annotations

import re
from decimal import Decimal

import cn2an
import jieba.posseg as pseg

from .model import CleanDocument, DocumentFacts, EntityType, Indicator, Mention
from .patterns import inside_quotes

UNITS = ("个百分点", "百分点", "万元", "亿元", "人次", "场次", "分钟", "/10万", "平方米", "平米", "%", "％", "‰",
         "㎡", "m2", "元", "个", "家", "名", "人", "张", "台", "项", "所", "例", "场", "次", "期", "起", "岁", "份", "支", "倍", "吨", "辆", "套",
         "户", "件")
UNIT = "|".join(re.escape(unit) for unit in UNITS)
NUMBER = r"\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+"
MULTIPLIER = r"(?:(?:万|亿)(?!元))"  # 1.2万人次 folds 万 into the value; 758.3万元 keeps 万元 as the unit
QUANTITY = re.compile(
    rf"(?:(?P<low>{NUMBER})(?P<low_x>万|亿)?(?:{UNIT})?[至到~\-－—](?P<high>{NUMBER})(?P<high_x>{MULTIPLIER})?"
    rf"|(?P<under>不足|不到)?(?P<number>{NUMBER})(?P<number_x>{MULTIPLIER})?|(?P<mask>[*＊X×]+){MULTIPLIER}?)"
    rf"(?P<approx>余|多)?(?P<unit>{UNIT})(?P<limit>以上|以下|以内|左右)?"
)
# A unit with no number in front, followed by a clause break: 开放床位张, 增长% (a deleted figure).
GAP_UNITS = ("人次", "分钟", "亿元", "万元", "%", "张", "名", "项", "期", "次", "场", "家")
MASKED_FIGURE = re.compile(rf"[*＊X×]+(?:{UNIT})")
GAP = re.compile(rf"(?<=[\u4e00-\u9fff])(?P<unit>{'|'.join(re.escape(u) for u in GAP_UNITS)})(?=[，,。；;、和及)）])")
NOT_GAP_WORDS = ("事项", "各项", "专项", "国家", "专家", "大家", "排名", "命名", "知名", "层次", "多次", "首次", "近期", "同期",
                 "长期", "定期", "现场", "市场", "主张", "诊人次", "院人次")

CLAUSE_BREAK = re.compile(r"[，,；;。：:、！？!?\n]")
LEADING_WORDS = (
    "全省", "全市", "全区", "全县", "全镇", "全系统", "其中", "同时", "并", "为", "对", "年内", "年底前", "今年", "目前",
    "截至目前", "已经", "已", "共", "累计", "现有", "有", "新增", "新建", "新创", "建成", "组建", "建设", "打造", "创建", "创成",
    "评选", "评估命名", "招聘", "新聘任", "引进", "招引", "培训", "开展", "举办", "实施", "完成", "投资", "投入", "落实",
    "下派", "共建", "选派", "选送", "派驻", "派", "争取", "立项", "培养", "配置", "设置", "减少", "节省", "服务", "在管",
    "办理", "梳理", "启动", "支持", "分别", "年度", "各类", "建立", "至少", "加快", "推动", "组织", "分赴", "达到", "了",
)
TRAILING_WORDS = (
    "同比", "分别", "再", "已", "均", "由", "的", "稳定在", "控制在", "保持在", "提高到", "提升到", "提升至", "下降至",
    "下降到", "降低到", "降至", "增长", "提升", "提高", "下降", "降低", "减少", "增加", "达到", "达", "为", "至", "到",
    "覆盖", "超过", "不少于", "不低于", "低于", "高于", "约", "近", "共", "累计", "有",
)
LEADING = re.compile(rf"^(?:{'|'.join(sorted(LEADING_WORDS, key=len, reverse=True))})+")
TRAILING = re.compile(rf"(?:从(?:\d{{4}}年|原来|上年|去年)[底末]?的?|(?:较|比)(?:\d{{4}}年|上年|去年)底?|(?:同|与)(?:\d{{4}}年|上年|去年)(?:同期)?相比|{'|'.join(sorted(TRAILING_WORDS, key=len, reverse=True))})+$")
AFTER_STOP = re.compile(r"晋升|建成|实现|达到|通过|完成|被|全部|皆|与|和|分别|进行|开展|纳入|参加|到|在|用于|实施|落地|建设进度")

TARGET_CUES = r"力争|目标(?!考核|责任|管理)|计划|将|(?<![重主需必纲])要(?![求素点])|确保|争取|年内|年底前|到20\d\d年|不少于|不低于|不超过|再提升|再提高|预计|拟"
RESULT_CUES = r"已|累计|同比|较上年|截至|截止|共计|成功|了"
STATUS_CUE = re.compile(rf"(?P<target>{TARGET_CUES})|(?P<result>{RESULT_CUES})")
# Sentences that open a part of the report: its plans, or its review of what was done.
ENUMERATED_HEADING = r"^\W*[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*[\u4e00-\u9fa5]{0,4}"
PLAN_PART = re.compile(r"展望|工作要点|重点任务|目标任务|工作安排|工作打算|下一步|下一阶段|下步工作|着重抓好|20\d\d年(?:要|将)"
                       r"|^\W*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．])?\s*20\d\d年(?:主要|重点)?工作(?:计划|打算|思路|安排|目标|任务)"
                       rf"|^\W*(?:摘要[:：])?20\d\d年[^。]{{0,30}}将|{ENUMERATED_HEADING}(?:目标|主要任务|工作计划)")
RESULT_PART = re.compile(rf"总结|回顾|20\d\d年以来|近年来|{ENUMERATED_HEADING}(?:成效|成绩|进展)"  # and a plan's starting point
                         r"|发展基础|发展现状|基本情况|主要成就|取得的成绩|[“\"]?十[一二三四]五[”\"]?(?:期间|时期|以来)")
# A plan, programme or set of work points (实施方案, 十四五规划, 工作要点) that reviews nothing
# (not 某年工作总结和某年工作要点): its figures are targets.
PLAN_DOCUMENT = re.compile(r"方案|规划|计划|工作要点|纲要|实施意见|指导意见")
# A notice that issues a plan opens with its title (《某某实施方案》已经…同意); a plan says it is one.
ISSUED_PLAN = re.compile(rf"^\W*(?:关于印发)?《[^》]*(?:{PLAN_DOCUMENT.pattern})》")
PLAN_MAKING = re.compile(r"制定本(?:方案|计划|规划|意见|要点|细则)|(?:提出|制定)如下(?:实施)?(?:方案|意见)")
# Words of what has been done, and of intent: a page of tasks has many of the second and none of the first.
DONE = re.compile(r"了|已|累计|同比|截至|截止|(?<![公医])共(?!同|建|享|治|识|产|青|赢|性|体)|完成率|比上年|较上年|取得|获评|荣获|先后")
INTENT = re.compile(r"要|将|确保|力争|争取|进一步|加快|着力|持续|大力|积极|稳步|不断|探索|启动|推动")
INTENT_PER_CHAR, INTENT_AT_LEAST = 1 / 125, 5
OPENING_LINES = 5
TOP_HEADING = re.compile(r"^[一二三四五六七八九十]+、")  # 一、…: each top part of a report starts afresh
OPENING_YEAR = re.compile(r"^\W*(?:摘要[:：])?(20\d\d)年")
YEAR = re.compile(r"(?<![较比同])(20\d\d)年(?!\d*月)|(?P<this_year>今年|年内|年底前|本年)")
QUOTED = re.compile(r"“[^”]*”|《[^》]*》")
NOUN_LIKE = {"vn", "an", "j", "eng"}
NOT_IN_A_NOUN_PHRASE = set("vpdcrmu")  # jieba's verbs, prepositions, adverbs, conjunctions, pronouns, numerals, particles
# Units that count things (not money or shares): a noun right after such a count is what it counts.
COUNTING_UNITS = {"个", "家", "名", "人", "张", "台", "项", "所", "例", "场", "次", "期", "起", "份", "支", "辆", "套", "户", "件", "人次", "场次"}
ATTENDANCE = re.compile(r"(?:在[\u4e00-\u9fa5]{1,6})?(?:(?:[^，,。；;]{0,8}?(?:参加|出席|列席)了?)(?:这次|此次|本次)?[\u4e00-\u9fa5]{0,4}?(?:会议|大会|研讨|座谈|培训|仪式)"
                        r"|参会|与会|(?:参加|出席)(?=[，,。；;]))")
# 8个单位作了经验交流: who spoke at the meeting; 两个月左右时间: a span of time; 二期: a building's phase.
NOT_A_FIGURE_AFTER = re.compile(r"^(?:单位作|单位做|单位在会上)|^(?:月|小时|工作日|星期|年头)")
# 十四届全国人大四次会议: a session; 中央八项规定: a regulation's name; 15分钟健康服务圈: a named circle.
NAMED_BY_A_NUMBER_AFTER = {"次": re.compile(r"^(?:会议|全会|全体会议)"), "项": re.compile(r"^规定"),
                           "分钟": re.compile(r"^[\u4e00-\u9fa5]{0,8}圈")}
TALK_POINTS = re.compile(r"方面|主题|要求|工作[:：]")
# 突出三个重点，做好五项工作: the points of a speech, counted in words.
SPEECH_POINTS = re.compile(r"(?:具体)?(?:重点|工作|措施|能力|任务)(?=[，,。；;、])")
# Who attended, counted as delegates (正式代表132人, 应到122人, 实到113人).
DELEGATES = re.compile(r"(?:代表|参会|与会|应到|实到)$")
POPULATION_FORECAST = re.compile(r"预计[^。；;]*(?:人口|老年人|老人)")
PROFILE = re.compile(r"(?:^|[，,；;。])\s*(?:(?:(?!每)[\u4e00-\u9fa5]){0,6}?(?:(?:常住|户籍|非流动|流动)人口|(?:地区|完结|实现)?生产总值)"
                     r"|下?辖|总人口|区域面积|面积)[^，,；;。]*$")
HEADING_LENGTH = 12  # 聚焦两个重点: a heading, not a count
HEALTH_AUTHORITY = re.compile(r"卫生健康(?:局|委员会|委)$|卫健(?:委|局)$")


def find_indicators(facts: DocumentFacts, mention_entity: dict[tuple[str, int, int], str]) -> list[Indicator]:
    """Every target or result stated in one document, about the institution or region that opens
    its clause, or else the document's region (or, with no region, its health authority; with
    neither, about nothing named: the figure still stands, with its document)."""
    body = facts.document.body
    doc_path = facts.document.source.path
    doc_year = facts.document.source.year
    default_about = facts.about_region or _health_authority(facts, mention_entity)
    subjects = [m for m in facts.mentions if m.type in (EntityType.INSTITUTION, EntityType.REGION)]
    indicators: list[Indicator] = []
    default_status = "Target" if _is_plan(facts.document) else "Result"  # unless a part reviews
    part_status, part_year = default_status, doc_year
    masks_figures = bool(MASKED_FIGURE.search(body))
    for start, end in facts.document.sentences:
        sentence = body[start:end]
        unquoted = QUOTED.sub(lambda m: " " * len(m.group(0)), sentence)
        part_status, part_year = _part_of_report(unquoted, part_status, part_year, default_status,
                                                 starts_line=body[start - 1:start] in ("", "\n"))
        if len(sentence) <= HEADING_LENGTH and not CLAUSE_BREAK.search(sentence):
            continue
        previous_end, previous_metric = 0, ("", (0, 0))
        for match in _quantities(sentence, masks_figures):
            subject = _clause_subject(subjects, start, sentence, match.start())
            metric, metric_span = _metric(sentence, match, max(previous_end, subject.end - start if subject else 0), previous_metric)
            previous_end, previous_metric = max(match.end(), metric_span[1]), (metric, metric_span)
            about = mention_entity.get((doc_path, subject.start, subject.end)) if subject else default_about
            if not metric:
                continue
            value, low, high = _value(match)
            indicators.append(Indicator(
                about=about, metric=metric, value=value, unit=_unit(match), year=_year(sentence[:match.start()], part_year, doc_year),
                status=_status(unquoted[:match.start()], part_status, doc_year), doc_path=doc_path, sentence=(start, end),
                value_span=(start + match.start(), start + match.end()),
                metric_span=(start + metric_span[0], start + metric_span[1]), min_value=low, max_value=high,
            ))
    return indicators


def _quantities(sentence: str, masks_figures: bool) -> list[re.Match]:
    """Quantities that state an indicator, in order; dates, ordinals, codes, quoted names and ages are
    not. Bare units count as deleted figures only in a report that masks figures elsewhere too."""
    found = [m for m in QUANTITY.finditer(sentence) if _is_indicator(sentence, m)]
    if masks_figures:
        taken = [range(m.start(), m.end()) for m in found]
        found += [gap for gap in GAP.finditer(sentence)
                  if sentence[gap.start() - 1:gap.end()] not in NOT_GAP_WORDS
                  and not any(gap.start() in span for span in taken) and not inside_quotes(sentence, gap.start())]
    return sorted(found, key=lambda m: m.start())


def _is_indicator(sentence: str, match: re.Match) -> bool:
    before, after = sentence[:match.start()], sentence[match.end():]
    number = match.group("number") or match.group("low") or ""
    if re.search(r"[第每届\d.\-/:：〔\[]$", before) or inside_quotes(sentence, match.start()):
        return False  # 第三, 每千人口, 十二届六次全会, 〔2023〕12号, 2025-03-27, “三个年”活动
    if match.group("unit") in ("人", "名", "人次") and (ATTENDANCE.match(after) or DELEGATES.search(before.rstrip("为共约近"))):
        return False  # 共50人参加会议, 100名职工代表参加会议, 列席代表30人: who came to the meeting
    if re.fullmatch(r"[一二两三四五六七八九十]", number) and SPEECH_POINTS.match(after):
        return False  # 突出三个重点: a speech's outline
    if NOT_A_FIGURE_AFTER.match(after) or (match.group("unit") == "期" and not re.match(r"\d", number)):
        return False
    if (named := NAMED_BY_A_NUMBER_AFTER.get(match.group("unit"))) and named.match(after):
        return False
    if before.endswith("一行"):
        return False  # 一行6人: the size of a visiting party
    if TALK_POINTS.match(after) or PROFILE.search(before) or POPULATION_FORECAST.search(before):
        return False  # 做好六项工作：, 从三个方面 (a speech's outline); 辖19个乡镇 (a place's profile);
        #               预计老年人口将达到… (a forecast of the population, not a target of the work)
    if number == "一" or (number and not _readable(number)):
        return False  # 一个 is an article, not a count
    if (match.group("unit") == "岁" and re.match(r"(?:以上|以下)?(?!以上|以下)[\u4e00-\u9fff]", after)
            and not re.match(r"提高|提升|增加|增长|下降|降低|上升|延长|达到|的水平", after)):
        return False  # 60岁以上老人: an age that qualifies a group, not a figure
    return True


def _readable(number: str) -> bool:
    try:
        cn2an.cn2an(number, "smart")
    except ValueError:
        return False  # 百 alone, as in 百岁老人
    return True


def _metric(sentence: str, match: re.Match, previous_end: int,
            previous_metric: tuple[str, tuple[int, int]]) -> tuple[str, tuple[int, int]]:
    """The noun phrase the quantity measures: before it in its clause, else after it (3家机构), else
    the previous quantity's (分别增长6.6%、33.7%), else the clause's verb (投资758.3万元)."""
    clause_start = max([previous_end, *(m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, match.start()))])
    before = sentence[clause_start:match.start()]
    lead = LEADING.match(before)
    start = clause_start + (lead.end() if lead else 0)
    end = start + len(TRAILING.sub("", sentence[start:match.start()].rstrip()))
    after = re.match(r"(?:以上|以下|以内|左右)?的?([^，,；;。：:、！？\s\d*]{1,16})", sentence[match.end():])
    listed = ("、" in sentence[clause_start - 1:end] and after is not None
              and re.match(r"(?:医院|单位|机构|卫生院|部门)", after.group(1)))
    words = AFTER_STOP.split(after.group(1))[0] if after else ""
    counted = _leading_noun_phrase(words) if match.group("unit") in COUNTING_UNITS else ""
    words = counted or words  # 动员全系统120名党员下沉社区: the count counts 党员
    if _names_something(sentence[start:end]) and not listed and not counted:  # 甲、乙、丙4家医院
        return sentence[start:end].strip(), (start, end)
    if words:  # 形成了18个专项行动: the count comes first, what it counts after it
        start = match.end() + after.start(1)
        return words, (start, start + len(words))
    if previous_metric[0]:
        return previous_metric
    verb = before.strip()  # 投资758.3万元: the verb is all there is to say what was counted
    return verb, (clause_start, clause_start + len(before))


def _leading_noun_phrase(words: str) -> str:
    """党员 of 党员下沉社区, 县级综合医院: the words up to the first verb, adverb or preposition, if
    they end in a noun; nothing where a verb comes first (覆盖全县)."""
    phrase = ""
    for token in pseg.cut(words):
        if token.flag[:1] in NOT_IN_A_NOUN_PHRASE and token.flag not in NOUN_LIKE:
            break
        phrase += token.word
        last = token.flag
    return phrase if phrase and (last.startswith("n") or last in NOUN_LIKE) else ""


def _names_something(words: str) -> bool:
    """A metric names what is counted: it holds a noun (jieba's n*, vn, j), not only verbs and
    particles (最终形成了, 全市共有)."""
    words = words.strip()
    if not words or re.fullmatch(r"\W*[和及等]\W*", words):
        return False
    return any(flag.startswith("n") or flag in NOUN_LIKE for _, flag in pseg.cut(words))


def _value(match: re.Match) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    """(value, lower bound, upper bound); a masked figure has none of them, a range only bounds."""
    groups = match.groupdict()  # a gap (a unit with no number) has none of the number groups
    if groups.get("high"):
        multiplier = groups["high_x"] or ""  # 300万-500万元: both bounds in 万元; 1万-2万人次: both in 人次
        low = groups["low"] + ((groups["low_x"] or "") if multiplier else "")
        return None, _number(low), _number(groups["high"] + multiplier)
    if not groups.get("number"):
        return None, None, None
    value = _number(groups["number"] + (groups["number_x"] or ""))
    after = groups.get("limit") or ""
    if after == "以上" or re.search(r"(?:不少于|不低于|超过)$", match.string[:match.start()]):
        return value, value, None
    if after in ("以下", "以内") or groups.get("under") or re.search(r"(?:不超过|控制在)$", match.string[:match.start()]):
        return value, None, value
    return value, None, None


def _number(text: str) -> Decimal:
    number = Decimal(str(cn2an.cn2an(text, "smart")))
    return number.quantize(Decimal(1)) if number == number.to_integral_value() else number.normalize()


def _unit(match: re.Match) -> str:
    unit = match.group("unit")
    return {"％": "%", "/10万": "1/10万", "百分点": "个百分点"}.get(unit, unit)


def _is_plan(document: CleanDocument) -> bool:
    """A plan, programme or set of work points: its figures are targets."""
    lines = [line for line in document.body.split("\n") if line.strip()][:OPENING_LINES]
    titles = (document.source.title, lines[0] if lines else "")
    return (any(PLAN_DOCUMENT.search(title) and not RESULT_PART.search(title) for title in titles)
            or any(ISSUED_PLAN.match(line) for line in lines)
            or bool(PLAN_MAKING.search(document.body))
            or _reads_as_tasks(document.body))


def _reads_as_tasks(body: str) -> bool:
    """A page of tasks with no title that says so: words of intent throughout, none of what was done."""
    return not DONE.search(body) and len(INTENT.findall(body)) >= max(INTENT_AT_LEAST, len(body) * INTENT_PER_CHAR)


def _status(before: str, part_status: str, doc_year: int | None = None) -> str:
    """A figure of a year before the document's own is what was done then (从2015年的…提高到2020年的…
    in a plan of 2022), whatever the cue words; else the last cue word decides, else the part."""
    years, cues = list(YEAR.finditer(before)), list(STATUS_CUE.finditer(before))
    intent_after_the_year = cues and years and cues[-1].start() > years[-1].start() and cues[-1].group("target")
    if doc_year and years and years[-1].group(1) and int(years[-1].group(1)) < doc_year and not intent_after_the_year:
        return "Result"  # but 依托2018年资金新建的卫生室预计将完工: the year is the funds', the figure a target
    if not cues:
        return part_status
    return "Target" if cues[-1].group("target") else "Result"


def _year(before: str, part_year: int | None, doc_year: int | None) -> int | None:
    years = list(YEAR.finditer(before))
    if not years:
        return part_year
    if years[-1].group("this_year"):
        return doc_year or part_year
    return int(years[-1].group(1))


def _part_of_report(sentence: str, status: str, year: int | None, default_status: str,
                    starts_line: bool) -> tuple[str, int | None]:
    """The sentence may open a new part of the report: plans or a review; a paragraph that opens
    with a year (2025年，……将) sets the year of what follows."""
    plan, result = list(PLAN_PART.finditer(sentence)), list(RESULT_PART.finditer(sentence))
    if TOP_HEADING.match(sentence):
        status = default_status
    if bool(plan) != bool(result):  # 回顾总结去年工作，安排部署今年重点任务: a meeting's summary opens neither
        status = "Target" if plan else "Result"
    opening = OPENING_YEAR.match(sentence) if starts_line or plan or result else None
    return status, int(opening.group(1)) if opening else year


def _clause_subject(subjects: list[Mention], sentence_start: int, sentence: str, position: int) -> Mention | None:
    """An institution or region named at the start of the quantity's clause is what the figure is about."""
    breaks = [m.end() for m in re.finditer(r"[，,；;。]", sentence[:position])]
    clause_start = sentence_start + (breaks[-1] if breaks else 0)
    for mention in subjects:
        if clause_start <= mention.start and mention.end <= sentence_start + position \
                and not sentence[clause_start - sentence_start:mention.start - sentence_start].strip():
            return mention
    return None


def _health_authority(facts: DocumentFacts, mention_entity: dict[tuple[str, int, int], str]) -> str | None:
    """With no region known, the report's own health authority (区卫生健康局) is who states its figures."""
    for mention in facts.mentions:
        if mention.type is EntityType.INSTITUTION and HEALTH_AUTHORITY.search(mention.text):
            return mention_entity.get((mention.doc_path, mention.start, mention.end))
    return None
