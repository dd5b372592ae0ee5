"""Recognition of the six types, on sentences written for these tests."""
import pytest

from kg.clean import split_sentences
from kg.clean import clean
from kg.model import CleanDocument, DocumentFacts, EntityType, SourceDocument
from kg.recognise import recognise, spread_known_names
from kg.resolve import expand_head


def found(text: str) -> set[tuple[str, str]]:
    document = CleanDocument(SourceDocument("t.txt", text, "utf-8"), text, split_sentences(text))
    return {(m.type.value, m.text) for m in recognise(document)}


def test_institution_with_its_place_is_one_name():
    assert ("Institution", "东川县人民医院") in found("东川县人民医院完成了改造。")


def test_relative_institution_names_are_found():
    result = found("推动县妇幼保健院和县疾控中心提档升级。")
    assert {("Institution", "县妇幼保健院"), ("Institution", "县疾控中心")} <= result


def test_generic_institutions_are_not_entities():
    result = found("全县公立医院和乡镇卫生院都要落实责任。")
    assert not [name for kind, name in result if kind == "Institution"]


def test_grades_and_designations_of_hospitals_are_not_names():
    result = found("新建三级甲等中医医院一所，创建爱婴医院，推进现代医院管理制度，畅通不同级别医院转诊。")
    assert not [name for kind, name in result if kind == "Institution"]


def test_a_count_of_village_clinics_and_the_townships_of_a_phrase_are_no_names():
    result = found("为500所村卫生室配备设备，围绕建设乡镇卫生院展开讨论。")
    assert not [name for kind, name in result if kind in ("Institution", "Region")]


def test_a_hospitals_new_campus_and_its_lecture_hall_are_no_zone_or_body():
    result = found("东川县人民医院新区正式启用，大会在新院区学术报告厅举行。")
    assert {name for kind, name in result if kind in ("Institution", "Region")} == {"东川县人民医院"}


def test_a_verb_of_visiting_or_discussing_opens_no_hospitals_name():
    result = found("代表们齐聚一堂，共商医院发展大计，领导考察调研东川县人民医院。")
    assert {name for kind, name in result if kind == "Institution"} == {"东川县人民医院"}


def test_a_two_character_county_after_a_verb_is_a_place():
    assert ("Region", "魏县") in found("作为魏县定点医院，要发挥作用。")


def test_townships_listed_by_short_name_before_their_count_are_places_of_the_county_named():
    result = found("瑞安市卫生乡镇创建取得突破,塘下、湖岭等6个乡镇全部通过暗访。")
    assert {("Region", "塘下"), ("Region", "湖岭")} <= result


def test_a_party_branch_after_the_leaders_is_no_name():
    assert not [n for k, n in found("院领导、党总支书记、护士长参加会议。") if k == "Person"]


def test_a_quoted_count_with_its_spirit_or_indicator_is_a_slogan():
    result = found("降低“两率”指标，发扬“四敢”精神，推进“三医”协同治理。")
    assert {("Slogan", "“两率”指标"), ("Slogan", "“四敢”精神"), ("Slogan", "“三医”协同治理")} <= result


def test_a_health_and_sports_bureau_by_its_abbreviation_is_an_institution():
    assert ("Institution", "卫体局") in found("县政府副县长出席,卫体局局长讲话。")


def test_a_bureau_after_every_county_in_brackets_is_a_class():
    result = found("全市召开会议，机构负责人、各县(市、区)卫健局、成员单位相关人员参加。")
    assert not [n for k, n in result if k == "Institution"]


def test_a_places_network_being_built_is_a_programme_not_a_body():
    result = found("河北省紧密型县域医共体建设成效显著。永城市医共体召开会议。")
    assert ("Programme", "紧密型县域医共体建设") in result and ("Institution", "永城市医共体") in result
    assert not [n for k, n in result if k == "Institution" and n.endswith("县域医共体")]


def test_a_universitys_numbered_hospital_by_its_short_name_is_an_institution():
    assert ("Institution", "江大二院") in found("江大二院党委书记出席活动，领导看望了江大二院医疗队。")


def test_a_speakers_name_ends_before_the_verb_of_reporting():
    result = found("院长黄建作工作报告，副院长范娟报告了财务情况。")
    assert {("Person", "黄建"), ("Person", "范娟")} <= result


def test_a_review_before_a_hospital_and_a_campaign_for_hospitals_of_a_kind_name_no_hospital():
    assert not [n for k, n in found("会上回顾总结医院一年工作，创建平安医院、绿色美丽医院。") if k == "Institution"]


def test_a_hospital_affiliated_to_a_universitys_medical_college_is_one_name():
    assert ("Institution", "宜城大学医学院附属永安医院") in found("宜城大学医学院附属永安医院专家出席。")


def test_a_zone_named_by_a_name_of_its_own_is_a_region_where_its_bodies_show_it_is_one():
    result = found("甲丁旅游度假区财政局派员参会。甲丁旅游度假区以康养产业为主。")
    assert {("Institution", "甲丁旅游度假区财政局"), ("Region", "甲丁旅游度假区")} <= result


def test_a_bureau_of_a_zone_keeps_the_zones_name_whose_last_character_is_no_relative_prefix():
    assert ("Institution", "宜城市旅游度假区社会事业发展局") in found("会议由宜城市旅游度假区社会事业发展局局长主持。")


@pytest.mark.parametrize("name", ["四方中心卫生院", "月塘社区卫生服务中心"])
def test_a_listed_name_that_opens_with_a_numeral_or_a_measure_word_keeps_it(name):
    assert ("Institution", name) in found(f"院长王某某、{name}医生李某发言。")


def test_a_university_and_its_numbered_hospital_are_one_name():
    assert ("Institution", "南昌大学第二附属医院") in found("上饶市与南昌大学第二附属医院签约。")


def test_a_quoted_enumeration_takes_the_count_that_names_it():
    result = found("提升“内部控制、绩效导向、成本管控”三个能力，制定“三三九”规划。")
    assert {("Slogan", "“内部控制、绩效导向、成本管控”三个能力"), ("Slogan", "“三三九”规划")} <= result


def test_the_production_and_construction_corps_its_divisions_and_their_bodies_are_institutions():
    result = found("新疆生产建设兵团成立纪念日，兵团党委常委出席，兵团第十三师卫健委参加。")
    assert {("Institution", "新疆生产建设兵团"), ("Institution", "兵团党委"), ("Institution", "兵团第十三师卫健委")} <= result


def test_a_supervision_centre_and_a_health_education_institute_are_institutions():
    result = found("、市卫生健康监督中心参加，市健康教育所所长出席。")
    assert {("Institution", "市卫生健康监督中心"), ("Institution", "市健康教育所")} <= result


def test_our_countys_own_hospital_is_one_body():
    assert ("Institution", "县人民医院") in found("我县人民医院成功创建三级医院。")


def test_a_health_bureau_written_bare_in_a_list_is_the_places_own():
    assert ("Institution", "医保局") in found("县卫健局、医保局、疾控中心负责人参加。")


def test_a_democratic_partys_committees_abbreviated_by_its_character_are_bodies_where_the_party_is_named():
    result = found("某县卫生院举办九三学社义诊活动。社省委秘书长、社省直工委主委王建国出席。")
    assert {("Institution", "社省委"), ("Institution", "社省直工委")} <= result
    assert ("Institution", "社省委") not in found("社省委秘书长出席。")


def test_region_from_the_gazetteer():
    assert ("Region", "云南省") in found("云南省今年新建三家医院。")


def test_policy_document_in_book_title_marks():
    assert ("PolicyDocument", "《关于加强基层卫生工作的意见》") in found("印发《关于加强基层卫生工作的意见》。")


def test_quoted_name_with_a_programme_head_is_a_programme():
    assert ("Programme", "“健康乡村”行动") in found("深入开展“健康乡村”行动。")


def test_number_coded_formula_is_a_slogan_with_its_noun():
    assert ("Slogan", "“2146”工作思路") in found("围绕“2146”工作思路推进工作。")


def test_bare_quoted_enumeration_is_a_slogan():
    assert ("Slogan", "“强基层、补短板”") in found("坚持“强基层、补短板”。")


def test_healthy_place_initiative_is_a_programme():
    assert ("Programme", "健康东川建设") in found("全力推进健康东川建设。")


@pytest.mark.parametrize("text,name", [("局长王建国出席会议。", "王建国"), ("副县长李红强调,要抓落实。", "李红")])
def test_person_next_to_a_title_without_the_title(text, name):
    assert ("Person", name) in found(text)


def test_the_rank_before_a_title_is_not_a_person():
    assert [n for k, n in found("县委常委、常务副县长李国华讲话。") if k == "Person"] == ["李国华"]


def test_masked_names_are_not_entities():
    assert not found("XX区卫生健康局召开会议。") & {("Institution", "XX区卫生健康局")}


def test_a_place_leads_an_institution_across_a_word_jieba_tags_as_a_verb():
    assert ("Institution", "永城市创伤医院") in found("会上，永城市创伤医院介绍了经验。")


def test_a_programme_named_in_one_document_is_found_where_another_quotes_its_name():
    first = clean(SourceDocument("a.txt", "东川县深入开展“健康小屋进万家”活动。", "utf-8"))
    second = clean(SourceDocument("b.txt", "全县“健康小屋进万家”示范点达到5个。", "utf-8"))
    documents = [DocumentFacts(d, recognise(d)) for d in (first, second)]
    spread_known_names(documents)
    assert [m.text for m in documents[1].mentions if m.type is EntityType.PROGRAMME] == ["“健康小屋进万家”"]


def test_a_long_known_programme_name_is_found_without_its_quotes():
    first = clean(SourceDocument("a.txt", "东川县深入开展“健康小屋进万家”活动。", "utf-8"))
    second = clean(SourceDocument("b.txt", "全县健康小屋进万家示范点达到5个。", "utf-8"))
    documents = [DocumentFacts(d, recognise(d)) for d in (first, second)]
    spread_known_names(documents)
    assert "健康小屋进万家" in [m.text for m in documents[1].mentions if m.type is EntityType.PROGRAMME]


def test_a_two_character_name_padded_to_three_in_a_signature_is_one_person():
    text = "永城市卫生健康委员会主任　王　强\n\n各位代表：现在我作工作报告。"
    document = CleanDocument(SourceDocument("a.txt", text, "utf-8"), text, split_sentences(text))
    assert "王　强" in [m.text for m in recognise(document) if m.type is EntityType.PERSON]


def test_a_mongolian_name_that_is_a_number_is_one_person():
    assert ("Person", "巴七十三") in found("局党组成员、副局长巴七十三同志传达了会议精神。")


@pytest.mark.parametrize("text, name", [("副州长才让卓玛出席仪式。", "才让卓玛"),
                                        ("副市长苏德毕力格表示，将加快推进。", "苏德毕力格"),
                                        ("副县长沙马阿依主持会议。", "沙马阿依"),
                                        ("儿科主任巴特尔介绍。", "巴特尔")])
def test_a_name_of_a_tradition_without_surnames_is_read_whole_after_a_title(text, name):
    assert ("Person", name) in found(text)


def test_a_place_that_opens_with_a_name_word_is_no_name_after_a_title():
    assert not [m for m in found("主任乌兰浩特市某某医院。") if m[0] == "Person"]


def test_a_transliterated_name_after_a_title_ends_before_the_verb_it_runs_into():
    assert ("Person", "阿布都·买买提") in found("副主席阿布都·买买提出席会议。")


def test_a_quoted_campaign_named_for_its_period_is_a_programme():
    assert ("Programme", "“基层服务年”") in found("将今年定为“基层服务年”，全面提升服务能力。")


def test_quoted_names_listed_before_a_programme_head_are_programmes():
    result = found("组织开展“清洁家园”“无烟生活我先行”等爱卫活动30余场。")
    assert {("Programme", "“清洁家园”"), ("Programme", "“无烟生活我先行”")} <= result


def test_a_kind_of_project_is_not_a_programme_but_a_named_one_is():
    result = found("实施科研项目3个，启动出生缺陷免费筛查项目。")
    assert ("Programme", "出生缺陷免费筛查项目") in result
    assert not any(name.endswith("科研项目") for _, name in result)


def test_a_quoted_title_awarded_to_people_is_not_a_programme():
    assert not {kind for kind, name in found("评选“健康明星”10名。") if "健康明星" in name}


def test_a_body_before_its_heads_title_is_not_a_person():
    assert not [name for kind, name in found("计生办主任、疾控科科长参加会议。") if kind == "Person"]


def test_a_relative_party_committee_after_a_verb_is_found_alone():
    assert ("Institution", "区委") in found("参加今天会议的有区委、区政府相关领导。")


def test_a_field_joined_to_the_internet_is_no_slogan_but_a_plus_formula_is():
    assert not [n for k, n in found("推广“互联网+家庭医生”服务。") if k == "Slogan"]
    assert ("Slogan", "“3+2+N”") in found("构建“3+2+N”。")


def test_the_committee_that_runs_a_healthy_place_campaign_is_one_institution():
    assert ("Institution", "健康中国·永城行动推进委员会办公室") in found("健康中国·永城行动推进委员会办公室主任出席。")


def test_the_usual_short_names_of_mass_organisations_and_offices_are_institutions():
    result = found("市妇联、市残联、县老龄办共同参与。")
    assert {("Institution", "市妇联"), ("Institution", "市残联"), ("Institution", "县老龄办")} <= result


def test_the_general_office_of_a_government_is_one_name_with_it():
    assert ("Institution", "东川县人民政府办公室") in found("东川县人民政府办公室\n2024年5月6日\n")


def test_a_quoted_name_that_ends_in_its_own_programme_head_is_a_programme():
    assert ("Programme", "“基层卫生能力提升行动”") in found("增加了“基层卫生能力提升行动”和两项任务。")


def test_two_quoted_big_ideas_before_one_noun_are_one_slogan():
    assert ("Slogan", "“大卫生”、“大健康”理念") in found("牢固树立“大卫生”、“大健康”理念。")


@pytest.mark.parametrize("text", ["开展“两癌”筛查。", "打造“一站式”服务。", "纪念“5·12”护士节。"])
def test_abbreviations_metaphors_and_dates_in_quotes_are_not_slogans(text):
    assert not [n for k, n in found(text) if k == "Slogan"]


def test_a_two_character_numbered_formula_with_its_noun_is_a_slogan():
    assert ("Slogan", "“三医”联动") in found("深化“三医”联动。")


def test_two_campaigns_named_after_the_place_and_joined_by_and_are_two_programmes():
    result = found("为推进平安永城和健康永城建设提供保障。")
    assert {("Programme", "平安永城"), ("Programme", "健康永城建设")} <= result


def test_a_places_health_reform_is_a_programme():
    assert ("Programme", "三明医改") in found("因地制宜推广三明医改经验。")


def test_the_governments_of_every_township_are_no_institution():
    assert not [n for k, n in found("请各乡镇人民政府认真落实。") if k == "Institution"]


def test_an_institution_name_starts_after_the_verbs_before_it():
    result = found("要依托县人民医院，建设高水平医院。")
    assert ("Institution", "县人民医院") in result
    assert not [n for k, n in result if k == "Institution" and n.startswith(("依托", "建设"))]


def test_a_community_service_centre_is_no_relative_name_of_the_district():
    assert not [n for k, n in found("乡镇卫生院、社区服务中心全部达标。") if n.startswith("区")]


def test_a_town_name_read_across_a_word_is_no_region():
    assert not [n for k, n in found("推进健康城镇建设。") if k == "Region"]


def test_a_guidance_centre_is_an_institution_but_a_level_of_centre_is_not():
    assert ("Institution", "永城市优生优育指导中心") in found("永城市优生优育指导中心召开会议。")
    assert not [n for k, n in found("创建省级优生优育指导中心2个。") if k == "Institution"]


def test_deputy_before_a_title_and_a_preposition_after_one_are_not_part_of_a_name():
    people = {n for k, n in found("座谈会上，孙明副书记向退休老同志介绍了情况，局长王华和部分乡镇负责人参加。") if k == "Person"}
    assert people == {"孙明", "王华"}


def test_a_name_before_the_title_of_a_college_head_is_no_college():
    assert not [n for k, n in found("永城市人民医院王树学院长发言。") if k == "Institution" and "学院" in n]


def test_two_unquoted_programmes_joined_are_two_programmes():
    programmes = {n for k, n in found("召开全省推进健康永城行动暨健康细胞示范建设现场会，持续开展爱国卫生运动和城乡环境整洁行动。")
                  if k == "Programme"}
    assert {"健康细胞示范建设", "城乡环境整洁行动", "爱国卫生运动"} <= programmes
    assert not [n for n in programmes if "暨" in n or "和" in n]


def test_a_campaign_to_make_hospitals_of_a_kind_is_a_programme_not_a_hospital():
    result = found("持续推进清廉医院创建和美丽医院建设。")
    assert {("Programme", "清廉医院创建"), ("Programme", "美丽医院建设")} <= result
    assert not [n for k, n in result if k == "Institution"]


def test_rural_revitalisation_written_bare_is_a_programme():
    assert ("Programme", "乡村振兴") in found("统筹推进疫情防控、乡村振兴等工作。")


def test_a_count_of_actions_is_no_programme():
    assert not [n for k, n in found("全面落实9大专项行动。") if k == "Programme"]


def test_a_healthy_place_campaign_may_name_a_smaller_place_in_brackets():
    assert ("Programme", "健康永城(芒山)行动") in found("推进健康永城(芒山)行动。")


def test_quoted_watchwords_named_by_the_kind_of_rule_they_are_are_slogans():
    result = found("全面推行“县管乡用”“乡聘村用”人才管理模式。")
    assert {("Slogan", "“县管乡用”"), ("Slogan", "“乡聘村用”人才管理模式")} <= result


def test_a_branch_carries_the_name_of_its_hospital():
    assert ("Institution", "永城市中医院芒山分院") in found("永城市中医院芒山分院开诊。")


def test_a_township_and_a_county_hospital_joined_by_and_are_two_names():
    result = found("芒山镇和县人民医院作了交流发言。")
    assert ("Institution", "县人民医院") in result and ("Region", "芒山镇") in result


@pytest.mark.parametrize("text, slogan", [
    ("巩固“56789”工作成效。", "“56789”工作成效"),
    ("强化“健康第一责任人”理念。", "“健康第一责任人”理念"),
    ("解决“挂号难、缴费难、取药难”问题。", "“挂号难、缴费难、取药难”问题"),
    ("构建“3+3+N”三级基本医疗卫生服务体系。", "“3+3+N”三级基本医疗卫生服务体系"),
])
def test_a_quoted_formula_takes_the_noun_that_says_what_kind_it_is(text, slogan):
    assert ("Slogan", slogan) in found(text)


def test_a_formula_noun_is_not_reached_across_a_verb():
    assert not [n for k, n in found("完成“6个专项行动”并取得显著成效。") if "成效" in n]


def test_building_an_integrated_care_network_is_a_programme_without_a_verb_before_it():
    assert ("Programme", "紧密型县域医疗卫生共同体建设") in found("今年紧密型县域医疗卫生共同体建设成效明显。")
    assert ("Programme", "医共体建设") in found("检查组认为该县医共体建设起步早。")


def test_a_unit_or_a_title_named_after_such_building_is_no_programme():
    result = found("该县成立医共体建设协调机制办公室,获评医共体建设示范县。")
    assert not [name for kind, name in result if kind == "Programme"]


def test_the_verb_of_a_raising_or_cleanup_campaign_belongs_to_its_name():
    assert ("Programme", "全民睡眠质量提升行动") in found("扎实推动全民睡眠质量提升行动。")
    assert ("Programme", "药品回扣问题集中整治") in found("持续开展药品回扣问题集中整治等工作。")
    assert ("Programme", "无烟单位创建活动") in found("积极开展无烟单位创建活动。")


def test_the_reports_own_place_before_a_programme_is_not_part_of_it():
    assert ("Programme", "人均寿命提升行动") in found("推动我市人均寿命提升行动再上台阶。")


def test_verbs_that_jieba_takes_for_nouns_do_not_open_an_institution():
    result = found("希望大家关心医院,充分发挥医院的作用,并致函所有人民政府办公室。")
    assert not [name for kind, name in result if kind == "Institution"]


def test_bare_bodies_in_a_list_of_every_places_bodies_are_a_class_not_names():
    result = found("各区县政府,卫生健康局、人民医院、中医院相关负责人参加会议。")
    assert not [name for kind, name in result if kind == "Institution"]


def test_liaison_offices_and_development_centres_are_institutions():
    assert ("Institution", "宁波市人民政府驻北京联络处") in found("宁波市人民政府驻北京联络处党组书记、主任王某出席。")
    assert ("Institution", "上海某某医院发展中心") in found("上海某某医院发展中心党委书记赵某出席。")
    assert not [name for kind, name in found("推动医院发展中心工作。") if kind == "Institution"]  # the central task


def test_and_before_a_relative_name_is_a_conjunction_not_a_county():
    result = found("调研了县妇幼保健院和县疾控中心建设项目。")
    assert ("Institution", "县疾控中心") in result and ("Institution", "和县疾控中心") not in result


def test_the_democratic_parties_and_their_committees_are_institutions():
    result = found("九三学社某某省委会副主委魏某明、农工党某某市委会主委谢某出席,民建中央派员参加。")
    assert {("Institution", "九三学社某某省委会"), ("Institution", "农工党某某市委会"), ("Institution", "民建中央"),
            ("Person", "魏某明")} <= result


def test_a_name_before_committee_words_that_are_verbs_is_no_committee():
    result = found("受市委常委、副市长王某清委托,市卫生健康委调研。")
    assert ("Person", "王某清") in result and not [name for kind, name in result if "王某清" in name and kind == "Institution"]


def test_two_people_called_by_surname_and_title_are_no_names():
    assert not [name for kind, name in found("周院长和熊院长签署了协议。") if kind == "Person"]


def test_a_places_health_campaign_named_bare_is_a_programme():
    assert ("Programme", "健康湖北") in found("湖北省卫生健康委召开会议,全力打造健康湖北。")
    assert not [name for kind, name in found("湖北省推进健康湖北17项专项行动。") if name == "健康湖北"]
    assert not [name for kind, name in found("讲解智慧健康江西微信小程序。") if kind == "Programme"]


def test_a_name_ends_before_a_conjunction_or_a_preposition_its_third_character_opens():
    assert ("Person", "王某") in found("总经理王某以及全体院领导参加。")
    assert ("Person", "陈健") in found("院长陈健以《守正创新》为题作报告。")


def test_a_place_before_its_office_is_no_name():
    assert not [name for kind, name in found("荣昌区副区长李某渝出席。") if kind == "Person" and "区" in name]


def test_a_democratic_partys_abbreviation_inside_a_word_is_none():
    assert not [name for kind, name in found("对在住的居民进行结核病防治知识宣传。") if kind == "Institution"]


def test_campaigns_listed_after_one_verb_are_each_a_programme():
    result = found("要实施医疗基础设施提升行动、医疗人才加速培养行动、医院管理体制创新行动。")
    assert {("Programme", "医疗基础设施提升行动"), ("Programme", "医疗人才加速培养行动"),
            ("Programme", "医院管理体制创新行动")} <= result


def test_a_places_peoples_congress_is_an_institution_but_its_deputies_are_not():
    assert ("Institution", "县人大") in found("某某县人大副主任王某出席。")
    assert not [name for kind, name in found("区人大代表、区政风行风监督员参加。") if kind == "Institution"]


def test_two_health_campaigns_sharing_one_head_are_two_programmes():
    result = found("推进健康中国和健康广东行动。")
    assert {("Programme", "健康中国"), ("Programme", "健康广东行动")} <= result


def test_a_verb_of_spreading_the_word_is_not_part_of_the_programme():
    assert ("Programme", "爱国卫生运动") in found("广泛宣传爱国卫生运动的历史背景。")


def test_a_party_branch_before_a_title_is_no_name():
    assert not [name for kind, name in found("党支部副书记、院长陈某明作报告。") if kind == "Person" and "支部" in name]


def test_departments_whose_official_names_hold_and_are_one_name():
    assert ("Institution", "贵州省人力资源和社会保障厅") in found("贵州省人力资源和社会保障厅召开会议。")


def test_a_peoples_congress_named_with_its_session_is_one_body():
    assert ("Institution", "东城区第十六届人民代表大会常务委员会") in found("东城区第十六届人民代表大会常务委员会第三次会议审议。")


def test_a_party_committees_working_committee_carries_its_name():
    assert ("Institution", "太原市委卫生健康工作委员会") in found("太原市委卫生健康工作委员会召开会议。")


def test_the_coordination_of_three_sectors_keeps_its_whole_formula():
    assert ("Slogan", "“三医”协同发展和治理") in found("推动“三医”协同发展和治理。")


def test_a_relative_place_or_a_body_before_a_campaign_is_not_part_of_its_name():
    assert ("Programme", "人均预期寿命提升行动") in found("深入开展市人均预期寿命提升行动。")
    result = found("实施市卫健委人均预期寿命提升行动。")
    assert {("Institution", "市卫健委"), ("Programme", "人均预期寿命提升行动")} <= result
    assert ("Programme", "县域医共体建设") in found("推进县域医共体建设。")


def test_contact_point_and_pairing_hospitals_are_kinds_not_names():
    for sentence in ("深入联系点卫生院调研。", "对口帮扶医院派出专家。", "义诊是医院服务群众的重要方式。"):
        assert not [name for kind, name in found(sentence) if kind == "Institution"], sentence


def test_a_campaign_of_visits_is_a_programme_without_a_head_word():
    assert ("Programme", "优质服务基层行") in found("6个卫生院达到优质服务基层行基本标准。")
    assert not [name for kind, name in found("深入基层行政村开展义诊。") if kind == "Programme"]


def test_the_big_health_idea_is_a_slogan_only_in_quotes():
    assert not [name for kind, name in found("牢固树立大卫生、大健康理念。") if kind == "Slogan"]


def test_the_rest_of_a_masked_name_is_no_entity():
    result = found("会上，县人民医院和*镇中心卫生院先后交流经验。")
    assert ("Institution", "县人民医院") in result and ("Institution", "镇中心卫生院") not in result


def test_a_speaker_who_reports_on_the_hospital_is_a_person_not_part_of_it():
    result = found("会上，党委书记、院长王某明作医院工作报告。")
    assert ("Person", "王某明") in result and not [name for kind, name in result if kind == "Institution"]


def test_a_bare_own_place_body_in_a_list_is_an_institution():
    result = found("县中医院、卫生健康监督所、市中心医院负责人参加。")
    assert {("Institution", "卫生健康监督所"), ("Institution", "市中心医院")} <= result


def test_a_city_and_district_before_a_street_clinic_are_both_part_of_its_name():
    assert ("Institution", "宜昌市西陵区学院街社区卫生服务中心") in found("走访宜昌市西陵区学院街社区卫生服务中心。")


def test_a_hospital_campus_project_is_a_building_work_not_a_programme():
    result = found("省肿瘤医院东区院区项目完成立项。")
    assert not [name for kind, name in result if kind == "Programme"]


def test_a_township_reports_own_government_named_by_its_level_alone_is_an_institution():
    assert ("Institution", "镇政府") in found("镇政府将继续支持卫生院发展。")
    assert not [name for kind, name in found("各镇政府要加强领导。") if kind == "Institution"]


def test_a_places_class_of_institutions_is_no_institution():
    result = found("商南县乡镇卫生院全部达标,宜城市公立医院改革稳步推进。")
    assert not [name for kind, name in result if kind == "Institution"]


def test_a_verb_that_starts_a_works_item_is_not_part_of_the_institution():
    assert ("Institution", "商南县妇幼保健院") in found("启动商南县妇幼保健院病房改造。")


def test_a_bodys_party_committee_is_part_of_the_title_not_another_body():
    result = found("商南县卫生健康局党组书记、局长李某讲话,商南县医院党委召开会议。")
    assert ("Institution", "商南县卫生健康局") in result
    assert not [name for kind, name in result if kind == "Institution" and name.endswith(("党组", "党委"))]


def test_a_department_or_group_named_right_after_its_body_carries_the_bodys_name():
    result = found("商南县委宣传部、县人民医院医共体和商洛市委党校参加。")
    assert {("Institution", "商南县委宣传部"), ("Institution", "县人民医院医共体"), ("Institution", "商洛市委党校")} <= result


def test_a_township_right_before_a_health_centre_leads_its_name_whatever_jieba_cuts():
    assert ("Institution", "过风楼镇卫生院") in found("走访过风楼镇卫生院。")
    assert ("Institution", "宜城市板桥店镇东湾村卫生室") in found("在宜城市板桥店镇东湾村卫生室调研。")


def test_a_quoted_name_right_after_a_verb_of_carrying_out_is_a_programme():
    assert ("Programme", "“乡村医生进修行”") in found("大力开展“乡村医生进修行”,成效明显。")


def test_a_year_given_to_a_campaign_is_a_programme_but_praise_in_quotes_is_not():
    assert ("Programme", "重点项目推进年") in found("以重点项目推进年为契机,加快发展。")
    assert not [n for k, n in found("被誉为“最暖心的惠民工程”。") if k == "Programme"]


def test_a_name_ends_before_a_verb_or_adverb_its_last_character_would_open():
    assert ("Person", "刘勇") in found("院长刘勇详细介绍了情况。")
    assert not [n for k, n in found("深入学习贯彻总书记来川视察重要指示精神。") if k == "Person"]


def test_a_quoted_theme_of_two_parallel_phrases_is_a_slogan():
    assert ("Slogan", "“健康同行·幸福万家”") in found("举办以“健康同行·幸福万家”为主题的义诊活动。")
    assert ("Slogan", "“签约有你,健康有我”") in found("以“签约有你,健康有我”为主题开展活动。")


def test_a_number_coded_strategic_deployment_is_a_slogan():
    assert ("Slogan", "“2135”战略部署") in found("聚焦县委“2135”战略部署,推动发展。")


def test_the_strategies_of_regional_clusters_are_programmes():
    result = found("积极融入长三角一体化发展，服务成渝地区双城经济圈建设。")
    assert {("Programme", "长三角一体化发展"), ("Programme", "成渝地区双城经济圈建设")} <= result


def test_a_strategy_carried_out_is_a_programme_but_not_a_strategic_deployment():
    result = found("全面落实省会引领战略，签署战略合作协议，落实发展战略部署。")
    assert [n for k, n in result if k == "Programme"] == ["省会引领战略"]


def test_bare_healthy_china_and_a_provinces_campaign_before_a_year_are_programmes():
    result = found("紧紧围绕健康中国、健康某省2023年度工作部署。")
    assert ("Programme", "健康中国") in result


def test_a_quoted_internet_plus_field_is_a_programme():
    assert ("Programme", "“互联网+医疗健康”") in found("对疫情防控、“互联网+医疗健康”、医养结合等工作给予肯定。")


def test_a_list_of_programmes_carries_on_over_a_line_break():
    result = found("将在医疗服务体系提质工程、\n中医药传承创新发展工程、\n“一老一小”关爱工程等方面施策。")
    assert ("Programme", "中医药传承创新发展工程") in result


def test_a_name_ends_before_a_preposition_that_its_third_character_would_open():
    result = found("院长王凡针对医院管理提出要求。")
    assert ("Person", "王凡") in result


def test_provinces_run_together_by_their_abbreviations_before_cooperation_are_regions():
    result = found("深化川渝合作,加强京津冀协同。")
    assert {("Region", c) for c in "川渝京津冀"} <= result
    assert not [n for k, n in found("新青年合作社成立。") if k == "Region"]


def test_a_kind_of_project_and_a_quoted_saying_are_no_programmes():
    result = found("实施医疗卫生基础设施项目,推进民生补短板项目,树立“健康是最好的投资”理念。")
    assert not [n for k, n in result if k == "Programme"]


def test_a_bureau_that_merged_two_departments_is_one_institution():
    result = found("宜城市卫生健康和医疗保障局、宜城市文化广电和旅游局、宜城市教育和体育局参加会议。")
    assert {("Institution", "宜城市卫生健康和医疗保障局"), ("Institution", "宜城市文化广电和旅游局"),
            ("Institution", "宜城市教育和体育局")} <= result


def test_a_hospital_named_with_words_of_policy_or_rank_is_no_name():
    result = found("二、深化医院改革。作为区域龙头医院，宜城市人民医院转诊到区内外三级医院，争当湖北省内顶级医院。")
    assert {n for k, n in result if k == "Institution"} == {"宜城市人民医院"}


def test_a_conjunction_between_two_events_opens_no_name():
    result = found("合作签约暨南阳市中心医院宛东分院揭牌仪式举行，暨南大学附属第一医院专家出席。")
    assert {("Institution", "南阳市中心医院宛东分院"), ("Institution", "暨南大学附属第一医院")} <= result


def test_a_hospitals_branch_named_after_another_place_is_one_name():
    result = found("广东省中医院贵州医院和吉林大学第一医院敦化医院签约。")
    assert {("Institution", "广东省中医院贵州医院"), ("Institution", "吉林大学第一医院敦化医院")} <= result


def test_party_offices_campuses_and_teams_with_a_place_are_institutions():
    result = found("唐河县委办、海原县医疗健康总院、广州市妇女儿童医疗中心、寻乌县妇保院、宿迁卫校和"
                   "浙江东西部协作工作组参加。")
    assert {("Institution", "唐河县委办"), ("Institution", "海原县医疗健康总院"), ("Institution", "广州市妇女儿童医疗中心"),
            ("Institution", "寻乌县妇保院"), ("Institution", "宿迁卫校"), ("Institution", "浙江东西部协作工作组")} <= result


def test_an_acting_county_head_is_no_mention_of_the_county_dai():
    assert not [n for k, n in found("衡阳县代县长杨某出席。") if k == "Region" and n == "代县"]


def test_a_short_place_name_in_quotes_or_before_a_programme_head_names_something_else():
    result = found("深圳市南山区开展光明行动，天津滨海新区建设美丽“滨城”。")
    assert not {n for k, n in result if k == "Region"} & {"光明", "滨城"}


def test_the_levels_of_a_place_are_no_place():
    assert ("Region", "宿迁市县乡村") not in found("支持宿迁市县乡村四级医疗卫生服务体系建设。")


def test_surname_led_words_that_are_no_person_are_not_people():
    result = found("各乡镇卫生院院长参加。推动苏宿两地共建，发挥“邵医模式”的特色。")
    assert not [n for k, n in result if k == "Person"]


def test_a_verb_after_a_place_or_before_a_name_is_not_part_of_the_name():
    result = found("推动宁都县、安远县设置二级妇保院。新区全力支持滨海新区中医医院发展。")
    institutions = {n for k, n in result if k == "Institution"}
    assert institutions == {"滨海新区中医医院"}


def test_a_science_association_head_inside_cooperation_is_no_body():
    assert not [n for k, n in found("深化京蒙儿科协作，共筑健康屏障。") if k == "Institution"]


def test_a_ceremony_joined_to_another_opens_no_name():
    assert ("Institution", "吉大一院敦化医院") in found("某医院与敦化市人民政府举行签约仪式暨吉大一院敦化医院揭牌仪式。")


def test_a_hospital_named_right_after_its_university_is_one_name():
    assert ("Institution", "南方医科大学珠江医院") in found("某医院与南方医科大学珠江医院组建紧密型医联体。")


def test_number_coded_and_short_campaign_programmes_after_a_verb_are_programmes():
    result = found("一是实施三强工程。二是开展组织力提升行动。")
    assert {("Programme", "三强工程"), ("Programme", "组织力提升行动")} <= result


def test_a_quoted_four_character_action_is_a_programme():
    assert ("Programme", "“光明行动”") in found("一场“光明行动”照亮山乡。")


def test_so_many_projects_of_a_kind_are_no_one_programme():
    assert not [n for k, n in found("申报25个地方专项债券建设项目。") if k == "Programme"]


def test_a_department_heads_title_holds_no_department():
    assert not [n for k, n in found("县委常委、宣传部长刘某某等参加活动。") if k == "Institution" and n.endswith("宣传部")]


def test_a_name_with_a_bracket_it_does_not_close_is_none():
    assert not [n for k, n in found("县属各企事业单位党(工)委(党组、总支、支部):") if ")" in n or "(" in n]


def test_the_bodies_of_two_places_are_no_one_body():
    assert not [n for k, n in found("落实甲乙两省区党委政府主要领导会谈成果。") if k == "Institution"]


def test_a_military_sub_district_and_a_cyberspace_office_are_bodies():
    result = found("酒泉军分区司令员出席。责任单位：区委宣传部、区委网信办、区文化旅游和广播电视局。")
    assert {("Institution", "酒泉军分区"), ("Institution", "区委网信办"), ("Institution", "区文化旅游和广播电视局")} <= result
    assert ("Region", "酒泉军分区") not in result


def test_quoted_speech_is_no_slogan():
    assert not [n for k, n in found("老人说：“量啥量，没病没痛的。”后来他改了主意。") if k == "Slogan"]


def test_projects_counted_or_graded_are_no_programme():
    result = found("完成医疗卫生领域建设项目7个。新增25项医疗服务价格项目。获批国家级临床重点专科建设项目1个。")
    assert not [n for k, n in result if k == "Programme"]


def test_a_test_of_exercise_is_no_campaign():
    assert not [n for k, n in found("心电图平板运动试验技术填补了空白。") if k == "Programme"]


def test_quoted_four_character_plans_after_a_verb_are_programmes():
    result = found("实施重点专科“登峰计划”“筑原计划”，开展中医师承“薪火工程”。被誉为“民心工程”。")
    assert {n for k, n in result if k == "Programme"} == {"“登峰计划”", "“筑原计划”", "“薪火工程”"}


def test_a_province_a_leader_came_to_is_named_by_its_abbreviation():
    assert ("Region", "川") in found("深入学习贯彻总书记来川视察重要指示精神。")
    assert not [n for k, n in found("专家们来川西调研。") if k == "Region"]


def test_the_national_academies_are_institutions():
    assert ("Institution", "中国工程院") in found("中国工程院院士张某某出席。")


@pytest.mark.parametrize("sentence, slogan", [
    ("实施“363”工作路径。", "“363”工作路径"),
    ("落实“动态清零”总方针。", "“动态清零”总方针"),
    ("推行“签、约、服”三环节。", "“签、约、服”三环节"),
    ("围绕“发展、服务、提质、获得感”四个关键词。", "“发展、服务、提质、获得感”四个关键词"),
    ("明确“三甲两乙”发展定位。", "“三甲两乙”发展定位"),
])
def test_a_quoted_formula_takes_the_noun_that_says_what_it_is(sentence, slogan):
    assert ("Slogan", slogan) in found(sentence)


def test_a_formulas_noun_does_not_run_across_de():
    assert not [n for k, n in found("打造“健康小屋”样板的新路径。") if n.endswith("路径")]


def test_a_campaign_after_he_is_the_programme_not_the_words_before_he():
    result = found("深入开展爱国卫生和健康内蒙古行动。")
    assert ("Programme", "健康内蒙古行动") in result and ("Programme", "爱国卫生和健康内蒙古行动") not in result


def test_a_visit_verb_before_a_health_centre_is_not_part_of_its_name():
    assert ("Institution", "古城营卫生院") in found("一行参观古城营卫生院健康教育体验中心。")


def test_a_network_that_shares_its_building_with_the_next_is_a_programme_too():
    result = found("大力推进紧密型县域医共体和城市医联体建设。推进医共体和医联体建设。")
    assert ("Programme", "紧密型县域医共体") in result and ("Programme", "医共体") not in result


def test_a_party_committees_office_named_relatively_is_a_body():
    assert ("Institution", "区委办") in found("区委常委、区委办主任刘某某出席。")


def test_how_one_calls_an_elder_is_no_name():
    assert not [n for k, n in found("让居民冯阿姨感受温度，李大爷说很方便。") if k == "Person"]


def test_kinds_of_university_hospitals_and_counts_of_centres_are_no_names():
    result = found("医学院校附属医院宣传科科长参加。渝中区多个社区卫生服务中心开展活动。")
    assert not [n for k, n in result if k == "Institution"]
    assert ("Institution", "南华大学附属第二医院") in found("南华大学附属第二医院专家出席。")


def test_a_county_short_name_that_is_a_plain_word_is_no_place():
    result = found("甲县召开会议，完成党和政府交给的任务。转载请注明出处，谢谢合作！全州各县要抓好落实。")
    assert not [n for k, n in result if k == "Region" and n in ("和政", "合作", "全州")]


def test_a_town_name_many_counties_share_places_the_text_nowhere():
    result = found("城关镇卫生院开展义诊，镇党委表示感谢，谢谢合作。")
    assert not [n for k, n in result if k == "Region" and n == "合作"]


def test_names_of_traditions_without_surnames_after_a_title_are_people():
    result = found("院长助理次旦，副县长卓玛措，院长扎西才仁出席。")
    assert {("Person", "次旦"), ("Person", "卓玛措"), ("Person", "扎西才仁")} <= result


def test_a_name_before_a_title_after_a_particle_is_a_person():
    result = found("会议通过了王海科长作的财务报告，由李文主任主持。")
    assert {("Person", "王海"), ("Person", "李文")} <= result


def test_an_adverb_after_a_title_is_no_name():
    assert not [n for k, n in found("政协委员尤其是医卫界别的委员要履职尽责。") if k == "Person"]


def test_the_central_bodies_short_names_are_institutions_and_expand_to_their_full_names():
    result = found("中组部、人社部和国家医保局联合部署，各地教育部门配合。")
    assert {("Institution", "中组部"), ("Institution", "人社部"), ("Institution", "国家医保局")} <= result
    assert not [n for k, n in result if n.startswith("教育部")]
    assert expand_head("人社部")[0] == "人力资源和社会保障部"


def test_a_body_named_after_words_of_serving_there_starts_after_them():
    result = found("时任十堰市人民医院副院长的王海赴竹溪县担任县卫健委副主任。原国家卫生计生委部署。原平市人民医院参加。")
    institutions = {n for k, n in result if k == "Institution"}
    assert {"十堰市人民医院", "县卫健委", "国家卫生计生委", "原平市人民医院"} <= institutions


def test_kinds_of_hospital_and_a_verb_of_concern_are_no_names():
    result = found("建设一所新型现代化医院，开设黄码医院和方舱医院，对关系医院发展的问题提出建议。")
    assert not [n for k, n in result if k == "Institution"]


def test_a_formulas_longer_noun_is_taken_whole():
    result = found("锚定“稳中求进、奋勇争先”目标定位，推进“两病”协同发展，落实“四聚四强”发展举措。")
    assert {("Slogan", "“稳中求进、奋勇争先”目标定位"), ("Slogan", "“两病”协同发展"), ("Slogan", "“四聚四强”发展举措")} <= result


def test_items_listed_before_a_kind_of_project_are_no_programme():
    assert not [n for k, n in found("推进国家医学中心等重点项目建设。") if k == "Programme"]


def test_a_maternal_and_family_planning_centre_in_a_list_is_the_places_own():
    assert ("Institution", "妇幼保健计划生育服务中心") in found("调研组走访县疾控中心、妇幼保健计划生育服务中心、县中医医院。")


def test_a_centre_named_right_after_its_commission_is_one_name():
    result = found("河北省卫计委人口宣教中心主任出席。县卫生健康局今天在县健康教育服务中心开会。")
    assert ("Institution", "河北省卫计委人口宣教中心") in result
    assert not [n for k, n in result if "在" in n]


def test_a_charity_federation_and_a_township_family_planning_station_are_bodies():
    result = found("湖北省慈善总会捐赠设备，竹溪县卫生计生服务所参加。")
    assert {("Institution", "湖北省慈善总会"), ("Institution", "竹溪县卫生计生服务所")} <= result


def test_places_developing_together_is_a_programme():
    result = found("深入推进京津冀协同发展，促进甲乙丙“金三角”协同发展。")
    assert {("Programme", "京津冀协同发展"), ("Programme", "甲乙丙“金三角”协同发展")} <= result
    assert not [n for k, n in found("推进城乡一体化发展，深入推进“两医”协同发展。") if k == "Programme"]


def test_sending_medical_teams_as_a_group_to_the_border_regions_is_a_programme():
    result = found("开展医疗人才“组团式”援藏工作，深化医疗组团式帮扶。")
    assert {("Programme", "医疗人才“组团式”援藏"), ("Programme", "医疗组团式帮扶")} <= result


def test_a_quoted_model_named_after_its_place_is_a_slogan():
    assert ("Slogan", "“十堰模式”") in found("探索出高质量发展的“十堰模式”。")


def test_a_programme_coded_by_thousands_is_a_programme_but_a_sum_is_none():
    result = found("一是实施千县工程。二是实施万元工程。")
    assert {n for k, n in result if k == "Programme"} == {"千县工程"}


def test_a_short_quoted_watchword_is_a_slogan_but_a_campaign_a_prize_or_a_lecture_series_is_not():
    result = found("坚持“医防融合”，探索“乡聘村用”，举办“卫生大讲堂”6期，获“健康卫士奖”，开展“基层服务先锋行”活动。")
    assert {("Slogan", "“乡聘村用”"), ("Slogan", "“医防融合”")} <= result
    assert not [n for k, n in result if k == "Slogan" and ("讲堂" in n or "奖" in n or "先锋行" in n)]


def test_xi_is_a_surname():
    assert ("Person", "习明华") in found("2013年3月，习明华同志指出：要弘扬民族精神。")


def test_two_quoted_phrases_joined_by_a_middle_dot_are_a_watchword():
    result = found("举办“乐动乙市・健康惠民”的重要活动，以“服务暖心•健康同行”为主题，开展“同心·健康服务”活动。")
    assert {("Slogan", "“乐动乙市・健康惠民”"), ("Slogan", "“服务暖心•健康同行”"), ("Programme", "“同心·健康服务”活动")} <= result


def test_a_places_campaign_of_another_quality_is_a_programme():
    result = found("推进美丽十堰建设和品质竹溪建设，推动美丽乡村建设。")
    assert {n for k, n in result if k == "Programme"} == {"美丽十堰建设", "品质竹溪建设"}


def test_building_a_place_strong_in_chinese_medicine_is_a_programme():
    assert ("Programme", "中医药强省建设") in found("中医药强省建设迈出坚实步伐。")


def test_a_strategic_decision_of_the_centre_is_no_programme():
    result = found("这是贯彻落实党中央国务院战略决策部署的根本要求。")
    assert {("Institution", "党中央"), ("Institution", "国务院")} <= result
    assert not [n for k, n in result if k == "Programme"]


def test_a_numbered_hospital_of_a_university_and_its_branch_are_one_name():
    result = found("力争3年建好中南大学湘雅二医院平江医院，打造区域医疗中心。")
    assert ("Institution", "中南大学湘雅二医院平江医院") in result


def test_an_areas_central_health_centre_and_a_levels_hospitals_are_no_names():
    result = found("从片区中心卫生院、乡镇卫生院、村卫生室三个层次加强建设，增强县级中医医院服务能力，打造中医药特色村卫生室。")
    assert not [n for k, n in result if k == "Institution"]


def test_a_body_in_one_of_its_terms_names_a_meeting_not_a_body():
    result = found("县长周某主持召开平江县第十七届人民政府第26次常务会议。")
    assert ("Region", "平江县") in result and not [n for k, n in result if k == "Institution"]


def test_a_full_place_name_wins_over_a_short_one_that_overlaps_it():
    assert ("Region", "平江县") in found("会议在召开平江县卫生工作会前举行。")


def test_the_bodies_of_a_level_of_places_name_no_body():
    result = found("听取市、县（市、区）卫生健康局负责人汇报，各县市人民政府要落实。")
    assert not [n for k, n in result if k == "Institution"]


def test_acting_together_is_no_campaign():
    assert not [n for k, n in found("凝聚推动发展的思想共识与行动合力。") if k == "Programme"]


def test_a_verb_of_office_and_a_title_open_no_body_name():
    result = found("副县长王建分管卫健局工作。会议由某某镇分管党委陈瑞荣委员主持。")
    assert {("Person", "王建"), ("Institution", "卫健局"), ("Person", "陈瑞荣")} <= result
    assert not [n for k, n in result if k == "Institution" and "分管" in n]


def test_a_doubled_character_after_a_name_belongs_to_the_name():
    assert ("Person", "李大出") in found("区领导胡旭东、李大出出席会议。")


def test_a_quoted_watchword_takes_the_brand_it_names():
    assert ("Slogan", "“中国氧吧康旅某某”品牌") in found("切实打响“中国氧吧康旅某某”品牌。")


def test_a_short_name_the_text_defines_is_a_name_of_the_same_type_wherever_it_is_used():
    result = found("琼中县人民政府与海南医科大学第一附属医院（下称“海医一附院”）签约。海医一附院派出专家。")
    assert [n for k, n in sorted(result) if k == "Institution" and n == "海医一附院"] == ["海医一附院"]
    assert not [n for k, n in result if k in ("Slogan", "Person")]


def test_a_building_project_of_a_hospital_leaves_the_hospital_and_works_of_a_kind_are_no_programme():
    result = found("推进市第三人民医院整体迁建项目；完成相关医疗卫生建设项目计划，纳入年度援疆计划项目。")
    assert ("Institution", "市第三人民医院") in result
    assert not [n for k, n in result if k == "Programme"]


def test_the_nations_campaign_in_a_place_and_the_document_that_issues_its_plan():
    result = found("为落实2023 年健康中国重庆行动的要求，根据市推进办关于印发健康中国重庆行动2023年工作要点的通知精神。")
    assert ("Programme", "健康中国重庆行动") in result
    assert ("PolicyDocument", "健康中国重庆行动2023年工作要点") in result
    assert not [n for k, n in result if k == "Programme" and "印发" in n]


def test_two_documents_issued_together_are_two_documents():
    result = found("甲委关于印发2016年甲市卫生工作总结和2017年甲市卫生工作要点的通知")
    assert {n for k, n in result if k == "PolicyDocument"} == {"2016年甲市卫生工作总结", "2017年甲市卫生工作要点"}


def test_a_medical_college_and_a_population_station_are_bodies():
    result = found("毕节医学高等专科学校党委书记出席。县卫计局组织县流动人口管理站开展活动。")
    assert {("Institution", "毕节医学高等专科学校"), ("Institution", "县流动人口管理站")} <= result


def test_a_hospital_aided_is_named_after_the_verb_of_aid():
    assert ("Institution", "塔县人民医院") in found("深圳投入资金援建塔什库尔干塔吉克自治县人民医院和塔县人民医院。")


def test_a_village_or_neighbourhood_named_after_its_township_is_a_region():
    result = found("乌兰镇帅丰社区挂牌成立。石门镇红星村村民参加。大营镇行政村全覆盖。")
    assert {("Region", "帅丰社区"), ("Region", "红星村")} <= result
    assert not [n for k, n in result if k == "Region" and "行政" in n]


def test_the_province_hebei_is_found_by_its_short_name():
    assert {("Programme", "健康河北"), ("Programme", "健康邯郸")} <= found("以建设健康河北、健康邯郸为中心。")


def test_a_media_channel_named_like_a_campaign_and_a_model_of_a_campaign_are_no_programmes():
    result = found("在网站开设“健康宝山”专栏，微信公众号“健康揭阳”获评十佳。苏州打造健康中国典范城市，锚定健康城市建设样板区。")
    assert not [n for k, n in result if k == "Programme"]


def test_the_programmes_a_count_names_are_each_a_programme():
    result = found("大力实施“四大行动”(健康甲市建设筑基、深化医改攻坚、人才引育强肌、卫生城镇巩固)。")
    assert {"健康甲市建设筑基", "深化医改攻坚", "人才引育强肌", "卫生城镇巩固"} <= {n for k, n in result if k == "Programme"}


def test_a_person_named_once_is_that_person_where_the_name_opens_a_line():
    result = found("县卫生健康委党组书记、主任雷李葵主持会议。\n雷李葵就做好下一步工作提出要求。")
    assert ("Person", "雷李葵") in result and ("Person", "李葵") not in result


def test_titles_departments_ideologies_and_appointments_are_no_names():
    result = found("各县区卫生健康委党组书记和主任参会，市委党校马克思主义教研室主任高燕授课，宣布某医院党委书记任免的决定。"
                   "呼吸科、普外科等重点科室，普外科副主任医师吴晖。")
    assert {n for k, n in result if k == "Person"} == {"高燕", "吴晖"}


def test_verbs_of_leverage_and_visits_open_no_name_and_students_are_no_university():
    result = found("浙江开化借力邵逸夫医院 送医疗入山城。市领导到武宁调研医共体建设工作。某镇举办贫困家庭大学生助学金发放仪式。")
    assert ("Institution", "邵逸夫医院") in result
    assert not [n for k, n in result if "借力" in n or "调研" in n or "大学" in n]


def test_a_programmes_year_and_a_joined_item_are_not_its_name():
    result = found("完成2024年度国家基本公共卫生服务项目，推进公立医院改革发展以及项目谋划，召开爱国卫生和建设健康城区工作会议。")
    assert {n for k, n in result if k == "Programme"} == {"国家基本公共卫生服务项目"}


def test_a_quoted_meeting_name_with_its_year_is_no_formula():
    assert not [n for k, n in found("在“德昌县卫计系统2017年健康扶贫工作会”上，局长讲话。") if k == "Slogan"]


def test_a_preposition_or_adverb_before_a_body_is_not_part_of_its_name():
    result = found("赴福州市拜访福建省立医院。河南还分别将哈密市中心医院、哈密市妇幼保健院纳入帮扶。")
    assert {("Institution", "福建省立医院"), ("Institution", "哈密市中心医院")} <= result
    assert not [n for k, n in result if k == "Institution" and ("拜访" in n or "分别" in n)]


def test_a_chief_engineer_a_congress_session_and_a_kind_of_town_are_no_names():
    result = found("福田区建筑工务署总工程师曾某应出席。海口市美兰区第七届人民代表大会第三次会议召开。迳头镇作为北部中心镇发展。")
    assert not [n for k, n in result if k in ("Programme", "Institution")]
    assert ("Region", "中心镇") not in result


def test_a_name_between_a_body_or_township_and_a_title_is_a_person():
    result = found("杉树乡周君乡长讲话。市纪委监委驻卫健委纪检组组长陈建新作报告。")
    assert {("Person", "周君"), ("Person", "陈建新")} <= result
    assert ("Person", "纪检组") not in result


def test_a_name_the_ner_runs_into_a_noun_ends_before_it_and_a_forum_is_no_name():
    result = found("聊城举办妇幼健康高峰论坛。副院长夏红代表医院讲话。")
    assert ("Person", "夏红") in result and not [n for k, n in result if k == "Person" and n != "夏红"]


def test_a_listed_village_clinic_is_named_whole_however_jieba_cuts_it():
    result = found("先后到塔城镇卫生院、其宗村卫生室、腊八山村卫生室调研。")
    assert {("Institution", "其宗村卫生室"), ("Institution", "腊八山村卫生室")} <= result


def test_a_name_inside_a_longer_word_is_no_person_even_where_the_name_is_known():
    result = found("召开妇幼院长高峰论坛。局长高峰主持会议。")
    assert [n for k, n in sorted(result) if k == "Person"] == ["高峰"]
    assert ("Person", "高峰论") not in result


def test_townships_listed_before_their_total_are_regions():
    result = found("呈贡区召开会议。目前,大渔、乌龙、马金铺共3个街道社区卫生服务中心达标。")
    assert {("Region", "大渔"), ("Region", "乌龙"), ("Region", "马金铺")} <= result
    result = found("来源:琼海市广播电视台\n我市潭门、会山、大路三个镇入选。")
    assert {("Region", "潭门"), ("Region", "会山"), ("Region", "大路")} <= result
    result = found("瑞安市卫生健康局局长带队到塘下、湖岭等镇督导。")
    assert {("Region", "塘下"), ("Region", "湖岭")} <= result


def test_a_years_plan_of_work_is_no_programme_and_a_place_building_a_centre_names_no_body():
    result = found("审议2023年工作情况和2024年工作计划。支持固原市建设区域医疗中心。")
    assert not [n for k, n in result if k in ("Programme", "Institution")]


def test_a_short_place_name_is_not_read_out_of_a_word():
    result = found("县人大常委会副主任带队视察县人民医院。")
    assert not [n for k, n in result if n.startswith("察")]
    assert ("Institution", "县人民医院") in result


def test_a_programme_read_from_inside_a_bodys_name_starts_after_the_body():
    result = found("天台县卫生健康局总结。县人民医院慢病药学服务门诊项目通过国家认证。")
    assert ("Institution", "县人民医院") in result
    assert not [n for k, n in result if k == "Programme" and "医院" in n]


def test_sites_of_a_service_are_no_station():
    assert not [n for k, n in found("在各乡镇卫生院建设院前急救站点。") if k == "Institution"]


def test_a_hospitals_campus_named_after_its_side_or_place_is_a_body():
    result = found("北京市卫生健康委总结。朝阳医院东院开诊,友谊医院通州院区完工,安贞医院新院区开工。")
    assert {("Institution", "朝阳医院东院"), ("Institution", "友谊医院通州院区")} <= result
    assert ("Region", "通州") not in result
    assert not [n for k, n in result if n.endswith("新院区")]


def test_a_quoted_campaign_with_its_own_head_is_named_by_the_quote_alone():
    result = found("我院开展“服务群众健康行动”义诊活动。")
    assert ("Programme", "“服务群众健康行动”") in result


def test_a_governments_news_office_is_a_body_and_a_formula_of_parts_in_one_is_a_slogan():
    result = found("甲市卫健委总结。市政府新闻办举行发布会。“防、控、治、研”四位一体的体系基本建成。")
    assert ("Institution", "市政府新闻办") in result
    assert ("Slogan", "“防、控、治、研”四位一体") in result


def test_three_campaigns_listed_one_after_another_are_each_a_programme():
    result = found("包括组织实施、全民健身行动、心理健康促进行动、中医药（蒙医药）振兴行动等方面。")
    assert {("Programme", "全民健身行动"), ("Programme", "心理健康促进行动"),
            ("Programme", "中医药（蒙医药）振兴行动")} <= result
    assert not [n for k, n in result if "组织实施" in n]


def test_an_invitation_before_a_body_is_no_part_of_its_name():
    result = found("甲医院特邀原乙医院副教授张某某参加义诊。")
    assert not [n for k, n in result if k == "Institution" and n.startswith(("特邀", "原"))]


def test_a_body_stationed_at_another_is_two_bodies():
    result = found("县纪委监委驻县卫生健康委纪检监察组组长李某某讲话。驻马店市卫生健康委员会参加。")
    assert {("Institution", "县纪委监委"), ("Institution", "县卫生健康委"),
            ("Institution", "驻马店市卫生健康委员会")} <= result


def test_a_hospitals_main_structure_is_building_work_not_a_programme():
    result = found("甲县南湖新区医院主体工程封顶。")
    assert not [n for k, n in result if k == "Programme"]


def test_a_name_ends_before_a_possessive_and_a_preposition_jieba_joins_to_it():
    result = found("副局长尹立的陪同下参观。自治区党委常委、副主席买买提·吐尔逊孜对来宾表示感谢。")
    assert {("Person", "尹立"), ("Person", "买买提·吐尔逊孜")} <= result


def test_a_title_that_opens_with_a_surname_is_no_name():
    result = found("省卫健委纪检书记李志刚带队督导。")
    assert [n for k, n in result if k == "Person"] == ["李志刚"]


def test_national_campaign_offices_and_a_healthy_campaigns_office_are_bodies():
    result = found("甲市爱卫办落实全国爱卫办、中央文明办、健康乙省行动推进办的通知精神。")
    assert {("Institution", "全国爱卫办"), ("Institution", "中央文明办"), ("Institution", "健康乙省行动推进办")} <= result


def test_the_hospitals_of_a_class_are_no_body_but_the_place_is_named():
    result = found("由广州各大医院的专家组成的专家团来到泰和县。")
    assert ("Region", "广州") in result
    assert not [n for k, n in result if k == "Institution"]


def test_a_common_noun_after_health_built_is_no_place_of_a_campaign_but_its_action_is_one():
    assert not [n for k, n in found("全面铺开健康阵地建设。") if k == "Programme"]
    assert ("Programme", "健康乡村行动") in found("深入开展健康乡村行动。")


def test_a_quoted_campaign_and_the_one_joined_by_ji_are_two_programmes():
    result = found("“健康甲市行”暨纪念爱国卫生运动65周年大型活动启动。")
    assert {("Programme", "“健康甲市行”"), ("Programme", "爱国卫生运动")} <= result


def test_a_name_ends_before_an_adverb_or_time_word_that_takes_its_last_character():
    result = found("甲市卫健委副主任刘明先后致辞。")
    assert ("Person", "刘明") in result


def test_a_conjunction_before_a_word_and_a_name_before_deng_are_read_right():
    result = found("市政协委员和专家颜丽、杨帆等冒雨义诊。纪委书记龙海带领王建军、张琳等教授参加。")
    people = {n for k, n in result if k == "Person"}
    assert {"颜丽", "杨帆", "张琳"} <= people and not {"和专家", "张琳等"} & people


def test_a_verb_of_joint_action_before_a_body_is_no_part_of_its_name():
    result = found("岳阳市卫生健康委协同湖南省卫生健康委组织义诊。")
    assert ("Institution", "湖南省卫生健康委") in result


def test_a_place_that_builds_a_body_jointly_is_a_place_not_part_of_the_body():
    result = found("甲医院与雁塔区共建国家医学中心签约。")
    assert ("Region", "雁塔区") in result


def test_a_four_character_name_in_a_list_after_a_title_is_one_name():
    result = found("在县委常委杨大伟、副县长阿里木江、卫生局党委书记张晓东陪同下。局长赵永平说,要抓落实。")
    people = {n for k, n in result if k == "Person"}
    assert {"阿里木江", "赵永平"} <= people and "赵永平说" not in people


def test_the_township_hospitals_of_a_place_are_a_class_and_carrying_forward_opens_a_programme():
    result = found("甲市弘扬爱国卫生运动优良传统。西藏自治区边远贫困地区乡镇卫生院得到支持。")
    assert ("Programme", "爱国卫生运动") in result
    assert not [n for k, n in result if k == "Institution"]


def test_levels_run_together_before_a_committee_name_the_last_levels_committee():
    result = found("长春市卫健委总结。按照中央和省市委的统一部署。")
    assert ("Institution", "市委") in result and ("Institution", "省市委") not in result


def test_beijing_time_is_no_place_and_a_special_clean_up_alone_is_no_programme():
    result = found("北京时间2月19日讯:甲区召开会议,持续推进专项整治行动。")
    assert ("Region", "北京") not in result
    assert not [n for k, n in result if k == "Programme"]


def test_a_formula_named_by_a_count_stays_a_slogan_before_building_or_strategy():
    result = found("推进“五个体系”建设。推动“责任、管理、服务、利益”四个共同体建设。实行“三区”发展战略。落实“十五条”措施。实施“553”人才引培工程。")
    assert {("Slogan", "“五个体系”"), ("Slogan", "“责任、管理、服务、利益”四个共同体"), ("Slogan", "“三区”发展战略"),
            ("Slogan", "“十五条”措施"), ("Programme", "“553”人才引培工程")} <= result


def test_two_words_joined_by_a_plus_in_quotes_are_a_slogan():
    result = found("中心深化“党建+业务”融合。推进“互联网+医疗健康”建设。")
    assert ("Slogan", "“党建+业务”") in result
    assert not [n for k, n in result if k == "Slogan" and "互联网" in n]


def test_the_shanghai_cooperation_organisation_and_a_media_channel_name_no_place():
    assert ("Region", "上海") not in found("甲市代表出席上海合作组织卫生部长会议。在人民网上海频道开设专栏。")


def test_the_count_that_names_a_quoted_enumeration_is_part_of_the_slogan():
    result = found("强化健康是“长远之策、发展之本、百姓之福”三个认识,把握重要举措。")
    assert ("Slogan", "“长远之策、发展之本、百姓之福”三个认识") in result



def test_a_documents_name_printed_as_a_heading_is_a_policy_document():
    result = found("甲市卫健委关于印发工作要点的通知\n\n2025年宜城市卫生健康工作要点\n\n2025年,全市工作要坚持。\n"
                   "县卫健委2021年工作总结及2022年工作打算\n")
    assert ("PolicyDocument", "2025年宜城市卫生健康工作要点") in result
    assert not [n for k, n in result if k == "PolicyDocument" and "及" in n]


def test_township_supervision_and_family_planning_stations_are_bodies():
    result = found("平等镇卫生计生监督站参加。调研组到南洲镇北洲村卫计站调研。")
    assert {("Institution", "平等镇卫生计生监督站"), ("Institution", "南洲镇北洲村卫计站")} <= result


def test_a_programme_that_opens_with_a_bodys_name_starts_after_the_body():
    result = found("甲市卫健委总结。开发区医疗集团深化儿科建设,区委品质提升年会议召开。")
    assert {("Institution", "开发区医疗集团"), ("Institution", "区委")} <= result
    assert not [n for k, n in result if k == "Programme" and ("集团" in n or "区委" in n)]


@pytest.mark.parametrize("text, name", [
    ("中国工程院院士赵训明作专题讲座。", "赵训明"),  # jieba reads the three characters as one name
    ("二级巡视员陈令和、副局长贾某某参加。", "陈令和"),  # the name's 和, then the list goes on
    ("省卫生健康委主任李斌会见州委常委刘某一行。", "李斌"),  # 会见 follows the name
])
def test_a_name_after_a_title_ends_where_the_name_does(text, name):
    assert ("Person", name) in found(text)


def test_a_programme_carried_out_by_the_whole_place_is_named_without_it():
    assert ("Programme", "爱国卫生运动") in found("会议要求推进全区爱国卫生运动。")


def test_a_kind_of_body_counted_after_its_name_is_no_name():
    assert not [name for kind, name in found("全县共设置村卫生室120个。") if kind == "Institution"]


@pytest.mark.parametrize("text, name", [
    ("此阶段东川县中医医院派出专家。", "东川县中医医院"),  # common words before the place
    ("编辑丨东川县中医医院", "东川县中医医院"),  # a bar
])
def test_a_body_named_with_its_place_starts_at_the_place(text, name):
    assert ("Institution", name) in found(text)


def test_a_clause_about_a_place_is_no_name_of_a_body_there():
    result = found("甘南藏族自治州长期没有三级医院。")
    assert not [name for kind, name in result if kind == "Institution"]


def test_a_named_school_is_an_institution_and_schools_of_a_kind_are_none():
    result = found("医生走进东川县第一中学和甲乙镇中心小学。全县中小学和幼儿园落实晨检。")
    assert {n for k, n in result if k == "Institution"} == {"东川县第一中学", "甲乙镇中心小学"}


@pytest.mark.parametrize("name", ["区皮肤病防治院", "区卫干校", "区卫生健康综合行政执法支队"])
def test_prevention_hospitals_cadre_schools_and_enforcement_units_are_institutions(name):
    assert ("Institution", name) in found(f"全区有{name}、区疾控中心等机构。")


def test_a_campaigns_committee_named_after_a_health_commission_starts_at_the_campaign():
    result = found("宜城市卫生健康委健康宜城行动领导小组办公室印发通知。")
    assert ("Institution", "健康宜城行动领导小组办公室") in result


@pytest.mark.parametrize("text, name", [
    ("实施甲乙服务“七大工程”和丙丁改造提升十大行动。", "甲乙服务“七大工程”"),
    ("实施甲乙服务“七大工程”和丙丁改造提升十大行动。", "丙丁改造提升十大行动"),
    ("以开展爱国卫生“7个专项行动”为抓手。", "爱国卫生“7个专项行动”"),
])
def test_a_set_of_campaigns_named_by_its_field_and_count_is_one_programme(text, name):
    assert ("Programme", name) in found(text)


def test_quoted_parts_joined_by_a_plus_are_one_slogan():
    assert ("Slogan", "“院内帮扶”+“院外帮扶”") in found("一、“院内帮扶”+“院外帮扶”,注重资源共享。")


def test_a_division_and_the_first_character_of_the_next_are_no_place():
    result = found("是云南省普洱市镇沅县的民生实事之一。")
    assert ("Region", "普洱市镇") not in result


def test_the_bodies_of_a_run_of_levels_are_a_class_not_a_name():
    result = found("宜城市20家区市县妇幼保健院领导参加。")
    assert not [name for kind, name in result if kind == "Institution"]


@pytest.mark.parametrize("text, body", [
    ("宜城市中医药研究院党委书记王某某出席。", "宜城市中医药研究院"),
    ("宜城市卫生局工委书记王某某出席。", "宜城市卫生局"),
])
def test_a_bodys_party_organ_before_a_post_is_part_of_the_post_not_a_body(text, body):
    assert {n for k, n in found(text) if k == "Institution"} == {body}


def test_a_two_character_name_before_a_title_ends_before_it():
    assert ("Person", "邰某") in found("胆胰外科副主任邰某教授主持。")


def test_a_body_joined_by_another_starts_after_the_verb_of_joining():
    result = found("宜城县人民医院加盟商洛市第二人民医院集团。")
    assert ("Institution", "商洛市第二人民医院集团") in result or ("Institution", "商洛市第二人民医院") in result
    assert not [n for k, n in result if n.startswith(("盟", "加盟"))]


def test_a_place_name_that_names_a_hospitals_campus_is_no_mention_of_the_place():
    result = found("宜城市人民医院召开会议。专家来到我院江南院区考察。")
    assert ("Region", "江南") not in result and not [n for k, n in result if k == "Region" and n.startswith("江南")]


def test_provinces_developing_together_are_one_programme_after_any_word():
    result = found("当前宜城处于京津冀协同发展的机遇期。")
    assert ("Programme", "京津冀协同发展") in result and not [n for k, n in result if k == "Region" and n in "京津冀"]


def test_a_townships_health_and_family_planning_office_is_an_institution():
    assert ("Institution", "宜城市甲乙镇卫计办") in found("日前,宜城市甲乙镇卫计办开展宣传活动。")


@pytest.mark.parametrize("text", ["省内院长和科室骨干参加。", "施工方负责人说明了进度。", "患者谢老伯说。"])
def test_words_and_forms_of_address_after_a_surname_or_title_name_no_one(text):
    assert not [n for k, n in found(text) if k == "Person"]


@pytest.mark.parametrize("text, kind, name", [
    ("积极响应中央统战部号召。", "Institution", "中央统战部"),
    ("开展了爱国卫生7个专项行动。", "Programme", "爱国卫生7个专项行动"),
])
def test_verbs_and_particles_before_a_name_are_not_part_of_it(text, kind, name):
    assert (kind, name) in found(text) and not [n for k, n in found(text) if n.startswith(("响应", "了"))]


@pytest.mark.parametrize("text, name", [
    ("要锚定“两区一带”建设目标,围绕重点发力。", "“两区一带”建设目标"),
    ("建设与某市“区域中心城市”奋斗目标相适应的服务环境。", "“区域中心城市”奋斗目标"),
])
def test_a_quoted_goal_is_a_slogan_with_the_word_goal(text, name):
    assert ("Slogan", name) in found(text)


def test_a_formula_of_two_counts_named_as_a_goal_or_a_course_is_a_slogan():
    assert ("Slogan", "三甲两乙发展定位") in found("以及健康产业集聚区三甲两乙发展定位,扎实推动工作。")
    assert not [n for k, n in found("每年开展一次两癌筛查工作思路。") if k == "Slogan"]


def test_a_revolution_carried_out_is_a_programme_and_the_word_alone_is_none():
    assert ("Programme", "农村厕所革命") in found("持续推进农村厕所革命，改善人居环境。")
    assert not [n for k, n in found("这是一场深刻的革命。") if k == "Programme"]


@pytest.mark.parametrize("name", ["皖医二附院", "重医附二院", "哈医大二院", "吉大二院"])
def test_a_medical_universitys_numbered_hospital_by_its_short_name_is_an_institution(name):
    assert ("Institution", name) in found(f"{name}专家积极参与帮扶。")


def test_kinds_of_village_township_estate_and_campus_are_no_places():
    result = found("覆盖各嘎查村和苏木镇，加快城中村改造，建设甲乙养殖小区，我院北院区开诊。")
    assert not [n for k, n in result if k == "Region"]
