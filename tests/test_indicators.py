"""The indicator stage on invented sentences, and the indicators of the seeds build in the store."""
from __future__ import annotations

import json
from decimal import Decimal

from kg.clean import clean
from kg.indicators import find_indicators
from kg.model import DocumentFacts, EntityType, Mention, SourceDocument

from conftest import run_kg

REGION = "region/永城市"


def indicators(text: str, date: str = "", entities: dict[str, str] | None = None):
    """Indicators of a one-document text about 永城市; `entities` maps names in it to entity keys."""
    year = int(date[:4]) if date else None
    document = clean(SourceDocument(path="t.txt", text=text, encoding="utf-8", date=date, year=year))
    mentions, mention_entity = [], {}
    for name, key in (entities or {}).items():
        start = text.index(name)
        type_ = EntityType.REGION if key.startswith("region/") else EntityType.INSTITUTION
        mentions.append(Mention("t.txt", start, start + len(name), name, type_, (0, len(text))))
        mention_entity[("t.txt", start, start + len(name))] = key
    return find_indicators(DocumentFacts(document, mentions, about_region=REGION), mention_entity)


def only(text: str, **kwargs):
    found = indicators(text, **kwargs)
    assert len(found) == 1, found
    return found[0]


def test_count_with_its_metric_before_it_is_read_as_integer():
    found = only("2024年，永城市组建紧密型县域医共体10个。", entities={"永城市": REGION})
    assert (found.metric, found.value, found.unit, found.about) == ("紧密型县域医共体", Decimal(10), "个", REGION)


def test_rate_keeps_its_decimals():
    found = only("全市居民健康素养率达26.33%。")
    assert (found.metric, found.value, found.unit) == ("居民健康素养率", Decimal("26.33"), "%")


def test_chinese_numeral_count_is_read_as_integer():
    found = only("东川县新建十二家村卫生室。", entities={"东川县": "region/东川县"})
    assert (found.metric, found.value, found.unit) == ("村卫生室", Decimal(12), "家")


def test_region_opening_the_clause_is_what_the_figure_is_about():
    assert only("东川县新建十二家村卫生室。", entities={"东川县": "region/东川县"}).about == "region/东川县"


def test_ten_thousands_are_folded_into_a_count_but_money_keeps_its_unit():
    people, money = indicators("全年培训基层医生1.2万人次，投入资金758.3万元。")
    assert (people.value, people.unit) == (Decimal(12000), "人次")
    assert (money.value, money.unit) == (Decimal("758.3"), "万元")


def test_range_records_its_lower_and_upper_bound_and_no_single_value():
    found = only("到2025年，家庭医生签约覆盖率再提升1至3个百分点。")
    assert (found.value, found.min_value, found.max_value, found.unit) == (None, Decimal(1), Decimal(3), "个百分点")


def test_masked_number_is_recorded_without_a_value():
    found = only("全区已有*家医疗机构纳入按病种付费。")
    assert (found.metric, found.value, found.unit) == ("医疗机构", None, "家")


def test_deleted_figure_in_a_masking_report_is_recorded_without_a_value():
    rates, beds = indicators("药占比下降至*%。新院区开放床位张，改善了就医环境。")
    assert rates.value is None and (beds.metric, beds.value, beds.unit) == ("新院区开放床位", None, "张")


def test_unit_without_a_number_is_a_word_where_the_report_masks_nothing():
    assert indicators("县医院开放床位张，群众很满意。") == []


def test_target_year_makes_a_target():
    found = only("力争到2026年，每千人口托位数达到4.6个。")
    assert (found.status, found.year, found.metric) == ("Target", 2026, "每千人口托位数")


def test_upper_limit_of_a_target_is_kept():
    found = only("到2025年，孕产妇死亡率控制在10/10万以下。")
    assert (found.status, found.value, found.max_value, found.unit) == ("Target", Decimal(10), Decimal(10), "1/10万")


def test_achieved_figure_is_a_result():
    found = only("截至2023年底，全县已建成急救分站32家。")
    assert (found.status, found.year, found.metric) == ("Result", 2023, "急救分站")


def test_outlook_part_of_a_report_states_targets_for_its_year():
    found = indicators("2023年，永城市建成托育机构5家。\n2024年工作展望\n加快托育服务发展，新建托育机构8家。")
    assert [(i.value, i.status, i.year) for i in found] == [(5, "Result", 2023), (8, "Target", 2024)]


def test_this_year_is_the_document_year():
    found = only("今年选派医务人员40名到基层服务。", date="2023-06-19")
    assert (found.year, found.value, found.unit) == (2023, Decimal(40), "名")


def test_institution_opening_the_clause_is_what_the_figure_is_about():
    found = only("东川县人民医院派驻5个专家团队到乡镇卫生院。", entities={"东川县人民医院": "institution/东川县人民医院"})
    assert (found.about, found.metric, found.value) == ("institution/东川县人民医院", "专家团队", Decimal(5))


def test_document_number_is_not_an_indicator():
    assert indicators("根据《永城市卫生健康工作要点》（永卫〔2023〕12号）执行。") == []


def test_dates_ordinals_list_numbers_and_quoted_names_are_not_indicators():
    text = "一、2023年5月12日，永城市召开第三次会议，推进“三个一”工程，荣获全省第一名。"
    assert indicators(text) == []


def test_age_that_qualifies_a_group_is_not_an_indicator():
    found = only("为60岁以上老人发放补贴36000元。")
    assert (found.value, found.unit) == (Decimal(36000), "元")


def test_offsets_point_at_the_figure_and_its_metric():
    text = "前言。\n全市居民健康素养率达26.33%。"
    found = only(text)
    assert text[slice(*found.value_span)] == "26.33%" and text[slice(*found.metric_span)] == "居民健康素养率"
    assert text[slice(*found.sentence)] == "全市居民健康素养率达26.33%。"


def test_seeds_build_holds_indicators_with_values_and_provenance(seeds_build):
    query = """SELECT ?value ?status ?sentence WHERE {
        ?i a pol:Indicator ; pol:about ?about ; pol:metric ?metric ; pol:status ?status ;
           pol:value ?value ; pol:sentence ?sentence ; prov:wasDerivedFrom ?doc .
        ?doc a pol:SourceDocument . }"""
    rows = json.loads(run_kg("query", str(seeds_build), query, "--format", "json").stdout)
    assert len(rows) >= 20
    masked = "ASK { ?i a pol:Indicator ; pol:unit ?unit . FILTER NOT EXISTS { ?i pol:value ?v } FILTER NOT EXISTS { ?i pol:minValue ?m } }"
    assert "true" in run_kg("query", str(seeds_build), masked).stdout.lower()


def test_a_plans_figures_are_targets_but_a_review_with_a_plan_states_results():
    assert only("永城市健康乡村建设实施方案\n全市新建村卫生室10个。").status == "Target"
    review = "永城市2023年卫生健康工作总结和2024年工作要点\n一、2023年工作总结\n全市新建村卫生室10个。"
    assert only(review).status == "Result"


def test_limits_are_part_of_the_figure_as_written():
    found = only("全市家庭医生签约率达到75%以上。")
    assert (found.value, found.min_value) == (Decimal(75), Decimal(75))
    text = "全市家庭医生签约率达到75%以上。"
    assert text[slice(*found.value_span)] == "75%以上"


def test_session_numbers_of_a_party_congress_are_not_figures():
    assert indicators("认真学习市委五届九次全会精神。") == []


def test_meeting_attendance_is_not_a_figure():
    assert indicators("各医疗卫生单位负责人共60余人参加会议。") == []


def test_a_count_stated_before_its_noun_takes_the_noun_as_metric():
    found = only("2023年，全县最终形成了12个专项行动。")
    assert found.metric == "专项行动"


def test_a_count_followed_by_a_noun_counts_that_noun_even_after_a_verb_and_its_object():
    assert only("组织动员全系统120名党员下沉社区。").metric == "党员"


def test_a_count_followed_by_a_verb_still_measures_the_noun_before_it():
    assert only("全县组建家庭医生团队56个覆盖全县。").metric == "家庭医生团队"


def test_a_figure_with_no_place_or_authority_named_is_kept_about_nothing():
    text = "全市新建村卫生室10个。"
    document = clean(SourceDocument(path="t.txt", text=text, encoding="utf-8"))
    [found] = find_indicators(DocumentFacts(document, []), {})
    assert found.about is None and found.value == Decimal(10)


def test_a_notice_that_issues_a_plan_states_targets():
    notice = "东政办发〔2024〕3号\n各乡镇人民政府：\n《永城市健康乡村建设实施方案》已经市政府同意，现印发给你们。\n全市新建村卫生室10个。"
    assert only(notice).status == "Target"


def test_the_goals_heading_of_a_report_opens_a_part_of_targets():
    report = "永城市卫生健康工作情况\n（二）工作目标。\n全市新建村卫生室10个。"
    assert only(report).status == "Target"


def test_awards_of_a_target_assessment_are_results():
    assert only("获得目标考核先进单位一等奖4个。").status == "Result"


def test_a_forecast_of_the_population_is_not_an_indicator():
    assert indicators("预计到2030年，全市60周岁以上老年人口将达到78万人。") == []


def test_square_metres_written_with_the_symbol_are_a_unit():
    assert only("人均公园绿地面积为16.62㎡。").unit == "㎡"


def test_who_came_to_or_spoke_at_a_meeting_and_a_buildings_phase_are_no_figures():
    text = ("各单位代表共计40人在主会场参加,共120余人参会。市卫健委等6个单位作了经验交流。"
            "用两个月左右时间完成整改。市医院新院区二期开诊运行。")
    assert indicators(text) == []


def test_households_and_motions_are_counted():
    found = indicators("全年建成健康家庭3万户,218件建议提案全部办结。")
    assert {(f.value, f.unit) for f in found} == {(Decimal(30000), "户"), (Decimal(218), "件")}


def test_figures_under_a_years_work_plan_heading_are_targets():
    text = "一、2024年工作总结\n全市新建村卫生室12个。\n二、2025年工作计划\n全市新建村卫生室15个。\n"
    assert [(f.value, f.status) for f in indicators(text)] == [(Decimal(12), "Result"), (Decimal(15), "Target")]


def test_a_plans_review_of_its_starting_point_states_results():
    text = ("关于印发某市卫生健康事业发展规划的通知\n一、发展基础\n“十四五”时期,全市建成村卫生室120个。\n"
            "二、主要目标\n到2030年,全市建成村卫生室150个。\n")
    assert [(f.value, f.status) for f in indicators(text)] == [(Decimal(120), "Result"), (Decimal(150), "Target")]


def test_a_page_of_tasks_that_says_nothing_done_states_targets():
    tasks = ("1.大力推进心肺复苏技能普及，开展急救培训3000人次。\n2.持续开展妇幼健康服务，积极探索托育服务。\n"
             "3.稳步推进家庭医生签约，不断提升服务质量，着力加强队伍建设，确保完成各项任务。")
    assert only(tasks).status == "Target"
    done = tasks.replace("开展急救培训3000人次", "已开展急救培训3000人次")
    assert only(done).status == "Result"


def test_a_figure_of_a_year_before_the_documents_own_is_a_result_even_in_a_plan():
    plan = "永城市十四五卫生健康发展规划\n全市人均预期寿命从2015年的78.1岁提高到2020年的79.2岁。到2025年人均预期寿命达到80岁。"
    found = indicators(plan, date="2022-01-30")
    assert [(f.value, f.status) for f in found] == [(Decimal("78.1"), "Result"), (Decimal("79.2"), "Result"), (Decimal(80), "Target")]


def test_a_meetings_summary_of_last_year_and_this_years_tasks_opens_neither_part():
    text = "近日,永城市召开会议,回顾总结2023年工作,安排部署2024年重点任务。全市建成10个紧密型医共体。"
    assert only(text, date="2024-01-20").status == "Result"


def test_a_figure_under_a_bound_keeps_the_bound_in_its_span_and_as_its_maximum():
    found = only("全县现有职工不足10人。")
    assert (found.metric, found.max_value, found.value_span) == ("职工", Decimal(10), (6, 11))


def test_floor_area_in_square_metres_is_a_figure():
    assert only("医院现有建筑面积3500平米。").unit == "平米"


def test_sessions_regulations_named_circles_and_visiting_parties_are_no_figures():
    assert not indicators("在十四届全国人大四次会议上，贯彻中央八项规定，打造15分钟健康服务圈，院长一行6人赴某县调研。")


def test_delegates_counted_at_a_meeting_are_no_figures():
    assert not indicators("大会应到代表122人，实到113人，来自各科室的100名职工代表参加会议，列席代表30人。")


def test_the_points_of_a_speech_counted_in_words_are_no_figures():
    assert not indicators("会议要求突出三个重点，做好五项工作，明确七项具体措施。")


def test_a_places_population_and_output_are_its_profile_not_figures_but_a_rate_per_capita_is_one():
    assert not indicators("全县非流动人口为365736人，实现生产总值118.5亿元。")
    assert only("每千常住人口托位数4.03个。").value == Decimal("4.03")


def test_intent_after_an_earlier_year_makes_a_target():
    found = only("依托2018年扶贫资金新建的村卫生室预计本月底将完工53个。", date="2019-06-01")
    assert found.status == "Target"


def test_a_count_after_a_list_of_named_hospitals_measures_the_kind_after_it():
    found = only("甲医院、乙医院、丙医院、丁医院4家医院参加了义诊。")
    assert found.metric == "医院"
