"""Relations read from sentences written for these tests: partnerships and posts.

Mentions are given by hand, not recognised, so that these tests check relate alone.
"""
import json

import pytest

from conftest import run_kg
from kg.clean import split_sentences
from kg.gazetteer import Gazetteer
from kg.model import CleanDocument, DocumentFacts, EntityType, Mention, SourceDocument
from kg.relate import relate
from kg.resolve import resolve

I, R, P = EntityType.INSTITUTION, EntityType.REGION, EntityType.PERSON


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.load()


def facts(text: str, *entities: tuple[str, EntityType]) -> DocumentFacts:
    """The document with its mentions: each (surface, type) found after the one before it."""
    sentences = split_sentences(text)
    mentions, position = [], 0
    for surface, type_ in entities:
        start = text.index(surface, position)
        position = end = start + len(surface)
        sentence = next(s for s in sentences if s[0] <= start < s[1])
        mentions.append(Mention("doc.txt", start, end, surface, type_, sentence))
    document = CleanDocument(SourceDocument("doc.txt", text, "utf-8"), text, sentences)
    return DocumentFacts(document=document, mentions=mentions)


def read(gazetteer, document: DocumentFacts, predicate: str) -> set[tuple[str, ...]]:
    """The relations of one kind as labels: (subject, object) or (member, title, organisation)."""
    resolver = resolve([document], gazetteer)
    relations = relate([document], resolver, gazetteer)
    label = {key: entity.label for key, entity in resolver.entities.items()}
    found = set()
    for relation in relations:
        if relation.predicate == predicate:
            if predicate == "memberOf":
                found.add((label[relation.subject], relation.title, label[relation.object]))
            else:
                found.add((label[relation.subject], label[relation.object]))
    return found


def partners(gazetteer, document: DocumentFacts) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in read(gazetteer, document, "partnersWith")}


# -- partnerships -------------------------------------------------------------------------------
def test_pairing_assistance_links_the_two_hospitals(gazetteer):
    document = facts("永城市人民医院对口帮扶民权县人民医院，每月选派专家坐诊。",
                     ("永城市人民医院", I), ("民权县人民医院", I))
    assert partners(gazetteer, document) == {frozenset({"永城市人民医院", "民权县人民医院"})}


def test_agreement_links_only_the_two_sides_of_the_connective(gazetteer):
    document = facts("永城市卫生健康委员会推动永城市人民医院与郑州市第一人民医院签订合作协议。",
                     ("永城市卫生健康委员会", I), ("永城市人民医院", I), ("郑州市第一人民医院", I))
    assert partners(gazetteer, document) == {frozenset({"永城市人民医院", "郑州市第一人民医院"})}


def test_a_leader_signing_an_agreement_acts_for_the_body_of_their_post(gazetteer):
    document = facts("郑州市第一人民医院院长王明出席。王明介绍了医院的历程与成就，和永城市委永城市人民政府、永城市中医院签署合作协议。",
                     ("郑州市第一人民医院", I), ("王明", P), ("王明", P), ("永城市委", I), ("永城市人民政府", I),
                     ("永城市中医院", I))
    assert partners(gazetteer, document) == {frozenset({"郑州市第一人民医院", "永城市委"}),
                                             frozenset({"郑州市第一人民医院", "永城市人民政府"}),
                                             frozenset({"郑州市第一人民医院", "永城市中医医院"})}


def test_a_second_name_in_brackets_keeps_two_lists_paired_respectively(gazetteer):
    text = "甲省还分别将永城市人民医院、民权县人民医院（民权县第一医院），与宜城市人民医院、商南县医院确立为对口支援关系。"
    document = facts(text, ("永城市人民医院", I), ("民权县人民医院", I), ("民权县第一医院", I),
                     ("宜城市人民医院", I), ("商南县医院", I))
    assert partners(gazetteer, document) == {frozenset({"永城市人民医院", "宜城市人民医院"}),
                                             frozenset({"民权县人民医院", "商南县医院"})}


def test_assistance_named_with_its_kind_in_quotes_and_pairing_links_the_two(gazetteer):
    document = facts("永城市人民医院成功“组团式”对口支援民权县人民医院。", ("永城市人民医院", I), ("民权县人民医院", I))
    assert partners(gazetteer, document) == {frozenset({"永城市人民医院", "民权县人民医院"})}


def test_two_places_named_as_a_pair_in_cooperation_partner(gazetteer):
    document = facts("他肯定了宜城、商洛两地在东西部协作方面取得的成绩。", ("宜城", R), ("商洛", R))
    assert partners(gazetteer, document) == {frozenset({"宜城市", "商洛市"})}


def test_a_body_congratulating_we_and_another_on_a_pairing_is_no_partner(gazetteer):
    text = "王某代表宜城市人民政府对我院与宜城市人民医院结对帮扶表示祝贺。"
    document = facts(text, ("宜城市人民政府", I), ("宜城市人民医院", I))
    assert partners(gazetteer, document) == set()


def test_accompanying_a_visitor_is_no_partnership(gazetteer):
    document = facts("永城市卫生健康委员会主任王明陪同商丘市卫生健康委员会主任李强走访帮扶对象。",
                     ("永城市卫生健康委员会", I), ("王明", P), ("商丘市卫生健康委员会", I), ("李强", P))
    assert partners(gazetteer, document) == set()


def test_respectively_pairs_each_hospital_with_its_own_town(gazetteer):
    document = facts("永城市人民医院、永城市中医医院分别与东岭镇、演集镇建立紧密型医联体。",
                     ("永城市人民医院", I), ("永城市中医医院", I), ("东岭镇", R), ("演集镇", R))
    assert partners(gazetteer, document) == {frozenset({"永城市人民医院", "东岭镇"}),
                                             frozenset({"永城市中医医院", "演集镇"})}


def test_cooperation_between_two_cities_is_a_partnership_of_regions(gazetteer):
    document = facts("兰考县与河南省永城市建立区域协作机制。", ("兰考县", R), ("河南省", R), ("永城市", R))
    assert partners(gazetteer, document) == {frozenset({"兰考县", "永城市"})}


def test_clause_without_a_subject_partners_the_documents_own_place(gazetteer):
    document = facts("永城市卫生健康委员会工作总结。全市医疗服务能力稳步提升，与兰考县签署东西部协作协议。",
                     ("永城市卫生健康委员会", I), ("兰考县", R))
    assert partners(gazetteer, document) == {frozenset({"永城市", "兰考县"})}


def test_pairs_joined_by_with_and_then_respectively_partner_within_each_pair(gazetteer):
    document = facts("永城市人民医院与东岭镇卫生院、永城市中医医院与演集镇卫生院分别签订结对帮扶协议。",
                     ("永城市人民医院", I), ("东岭镇卫生院", I), ("永城市中医医院", I), ("演集镇卫生院", I))
    assert partners(gazetteer, document) == {frozenset({"永城市人民医院", "东岭镇卫生院"}),
                                             frozenset({"永城市中医医院", "演集镇卫生院"})}


def test_one_body_respectively_with_a_list_run_on_with_commas_partners_each(gazetteer):
    document = facts("永城市人民医院分别与郑州市第一人民医院,商丘市第一人民医院和民权县人民医院等签订支援协议。",
                     ("永城市人民医院", I), ("郑州市第一人民医院", I), ("商丘市第一人民医院", I), ("民权县人民医院", I))
    assert partners(gazetteer, document) == {frozenset({"永城市人民医院", "郑州市第一人民医院"}),
                                             frozenset({"永城市人民医院", "商丘市第一人民医院"}),
                                             frozenset({"永城市人民医院", "民权县人民医院"})}


def test_two_bodies_joined_by_a_dash_before_a_signing_partner(gazetteer):
    document = facts("商丘市第一人民医院-民权县人民医院紧密合作签约仪式举行。", ("商丘市第一人民医院", I), ("民权县人民医院", I))
    assert partners(gazetteer, document) == {frozenset({"商丘市第一人民医院", "民权县人民医院"})}


def test_a_clause_without_a_subject_partners_the_sentences_subject_first(gazetteer):
    document = facts("永城市卫生健康委员会工作总结。郑州市第一人民医院专家团队走进永城市，与永城市人民医院签约医联体。",
                     ("永城市卫生健康委员会", I), ("郑州市第一人民医院", I), ("永城市", R), ("永城市人民医院", I))
    assert partners(gazetteer, document) == {frozenset({"郑州市第一人民医院", "永城市人民医院"})}


def test_a_list_after_with_is_no_partnership_among_its_members(gazetteer):
    document = facts("永城市卫生健康委员会工作总结。服务能力稳步提升，与郑州市第一人民医院和商丘市第一人民医院建立合作帮扶关系。",
                     ("永城市卫生健康委员会", I), ("郑州市第一人民医院", I), ("商丘市第一人民医院", I))
    assert partners(gazetteer, document) == {frozenset({"永城市", "郑州市第一人民医院"}),
                                             frozenset({"永城市", "商丘市第一人民医院"})}


def test_a_partys_committee_and_government_of_one_county_are_both_parties(gazetteer):
    document = facts("民权县县委县政府与商丘市第一人民医院签订战略合作协议。",
                     ("民权县县委", I), ("县政府", I), ("商丘市第一人民医院", I))
    assert {frozenset({"商丘市第一人民医院", label}) for label in ("民权县委", "民权县人民政府")} <= partners(gazetteer, document)


def test_pairs_joined_by_with_before_a_word_of_cooperation_partner_within_each_pair(gazetteer):
    document = facts("推进永城市人民医院与郑州市第一人民医院、永城市中医医院与商丘市中医院合作共建。",
                     ("永城市人民医院", I), ("郑州市第一人民医院", I), ("永城市中医医院", I), ("商丘市中医院", I))
    assert partners(gazetteer, document) == {frozenset({"永城市人民医院", "郑州市第一人民医院"}),
                                             frozenset({"永城市中医医院", "商丘市中医医院"})}


def test_a_subject_after_the_dateline_partners_in_a_clause_without_one(gazetteer):
    document = facts("永城市卫生健康委员会工作总结。本报讯 近日，郑州市第一人民医院院长一行赴永城市，与永城市人民医院签订托管协议。",
                     ("永城市卫生健康委员会", I), ("郑州市第一人民医院", I), ("永城市", R), ("永城市人民医院", I))
    assert partners(gazetteer, document) == {frozenset({"郑州市第一人民医院", "永城市人民医院"})}


def test_leading_hospital_partners_with_each_member_it_joins(gazetteer):
    document = facts("永城市人民医院牵头，联合永城市中医医院、永城市妇幼保健院组建专科联盟。",
                     ("永城市人民医院", I), ("永城市中医医院", I), ("永城市妇幼保健院", I))
    assert partners(gazetteer, document) == {frozenset({"永城市人民医院", "永城市中医医院"}),
                                             frozenset({"永城市人民医院", "永城市妇幼保健院"})}


def test_the_lead_hospital_of_an_alliance_partners_with_each_member(gazetteer):
    document = facts("以永城市人民医院为牵头单位，整合芒山镇卫生院、演集镇卫生院组建紧密型医共体。",
                     ("永城市人民医院", I), ("芒山镇卫生院", I), ("演集镇卫生院", I))
    assert partners(gazetteer, document) == {frozenset({"永城市人民医院", "芒山镇卫生院"}),
                                             frozenset({"永城市人民医院", "演集镇卫生院"})}


def test_a_member_that_joins_an_alliance_another_leads_partners_with_it(gazetteer):
    document = facts("芒山镇卫生院正式加入永城市人民医院牵头的专科联盟。", ("芒山镇卫生院", I), ("永城市人民医院", I))
    assert partners(gazetteer, document) == {frozenset({"芒山镇卫生院", "永城市人民医院"})}


def test_two_bodies_in_one_sentence_without_a_cue_word_are_not_partners(gazetteer):
    document = facts("永城市人民医院与兰考县人民医院的院长出席了会议，永城市中医医院参与民权县义诊活动。",
                     ("永城市人民医院", I), ("兰考县人民医院", I), ("永城市中医医院", I), ("民权县", R))
    assert partners(gazetteer, document) == set()


def test_partnership_keeps_the_sentence_it_was_read_from(gazetteer):
    text = "会议召开。永城市人民医院对口支援民权县人民医院。"
    document = facts(text, ("永城市人民医院", I), ("民权县人民医院", I))
    resolver = resolve([document], gazetteer)
    [relation] = [r for r in relate([document], resolver, gazetteer) if r.predicate == "partnersWith"]
    assert relation.doc_path == "doc.txt"
    assert text[slice(*relation.sentence)] == "永城市人民医院对口支援民权县人民医院。"


def test_a_report_about_one_centre_calls_it_centre_when_it_signs_with_partners(gazetteer):
    document = facts("芒山镇社区卫生服务中心开放日\n中心与芒山敬老院、东岭村委会\n两家单位进行党建签约\n",
                     ("芒山镇社区卫生服务中心", I), ("芒山敬老院", I), ("东岭村委会", I))
    assert partners(gazetteer, document) == {frozenset({"芒山镇社区卫生服务中心", "芒山镇敬老院"}),
                                             frozenset({"芒山镇社区卫生服务中心", "东岭村委会"})}


def test_a_bare_centre_is_not_read_as_a_body_when_the_report_names_two_centres(gazetteer):
    document = facts("永城市疾病预防控制中心和永城市急救中心召开会议。中心与芒山镇签订协议。",
                     ("永城市疾病预防控制中心", I), ("永城市急救中心", I), ("芒山镇", R))
    assert partners(gazetteer, document) == set()


# -- posts --------------------------------------------------------------------------------------
def test_bureau_head_with_party_title_is_one_membership_at_the_bureau(gazetteer):
    document = facts("永城市卫生健康局党组书记、局长王建国出席会议。", ("永城市卫生健康局", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "党组书记、局长", "永城市卫生健康局")}


def test_signature_on_the_line_below_the_title_is_a_post(gazetteer):
    document = facts("永城市卫生健康局党组书记、局长\n\n王建国\n\n今年全市卫生健康工作取得新成效。",
                     ("永城市卫生健康局", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "党组书记、局长", "永城市卫生健康局")}


def test_deputy_head_without_organisation_is_member_of_the_regions_government(gazetteer):
    document = facts("金水区卫生健康工作会议召开。副区长李国华出席会议并讲话。", ("金水区", R), ("李国华", P))
    assert read(gazetteer, document, "memberOf") == {("李国华", "副区长", "金水区人民政府")}


def test_district_named_before_the_deputy_head_gives_that_districts_government(gazetteer):
    document = facts("金水区常务副区长赵刚出席会议。", ("金水区", R), ("赵刚", P))
    assert read(gazetteer, document, "memberOf") == {("赵刚", "常务副区长", "金水区人民政府")}


def test_a_group_stationed_at_a_body_holds_its_post_at_the_body_that_stations_it(gazetteer):
    document = facts("县纪委监委驻县卫生健康委纪检监察组组长李光明讲话。",
                     ("县纪委监委", I), ("县卫生健康委", I), ("李光明", P))
    assert read(gazetteer, document, "memberOf") == {("李光明", "驻县卫生健康委纪检监察组组长", "县纪委监委")}


def test_a_bodys_own_head_before_a_post_is_the_body_the_report_is_about(gazetteer):
    document = facts("金水区卫生健康委员会召开会议。会议由委党委副书记王丽主持，委领导班子成员张强、李明出席。",
                     ("金水区卫生健康委员会", I), ("王丽", P), ("张强", P), ("李明", P))
    assert read(gazetteer, document, "memberOf") == {("王丽", "党委副书记", "金水区卫生健康委员会"),
                                                     ("张强", "领导班子成员", "金水区卫生健康委员会"),
                                                     ("李明", "领导班子成员", "金水区卫生健康委员会")}


def test_a_party_group_deputy_secretary_and_a_person_in_charge_are_posts(gazetteer):
    document = facts("金水区卫生健康委员会召开会议。党组副书记王丽主持。省爱卫办负责人张强讲话。",
                     ("金水区卫生健康委员会", I), ("王丽", P), ("省爱卫办", I), ("张强", P))
    assert read(gazetteer, document, "memberOf") == {("王丽", "党组副书记", "金水区卫生健康委员会"),
                                                     ("张强", "负责人", "河南省爱卫办")}


def test_a_bare_association_after_a_provincial_post_is_the_provinces(gazetteer):
    document = facts("湖南省卫生健康委党组成员、计生协会常务副会长康明一行调研。",
                     ("湖南省卫生健康委", I), ("计生协会", I), ("康明", P))
    assert read(gazetteer, document, "memberOf") == {("康明", "党组成员", "湖南省卫生健康委员会"),
                                                     ("康明", "常务副会长", "湖南省计生协会")}


def test_the_next_person_in_a_run_holds_posts_in_two_units_of_the_same_body(gazetteer):
    document = facts("永城市人民医院党委书记、院长吴明，呼吸内科主任、医务处处长顾海出席。",
                     ("永城市人民医院", I), ("吴明", P), ("顾海", P))
    assert ("顾海", "呼吸内科主任、医务处处长", "永城市人民医院") in read(gazetteer, document, "memberOf")


def test_a_party_departments_post_is_held_at_its_committee_in_one_run(gazetteer):
    document = facts("永城市召开会议。市委常委、宣传部部长王明出席。", ("永城市", R), ("市委", I), ("宣传部", I), ("王明", P))
    assert read(gazetteer, document, "memberOf") == {("王明", "常委、宣传部部长", "永城市委")}


def test_a_civil_service_rank_after_a_district_is_held_at_its_government(gazetteer):
    document = facts("金水区二级调研员周立出席会议。", ("金水区", R), ("周立", P))
    assert read(gazetteer, document, "memberOf") == {("周立", "二级调研员", "金水区人民政府")}


def test_party_deputy_secretary_and_mayor_hold_posts_at_committee_and_government(gazetteer):
    document = facts("永城市召开卫生健康大会。市委副书记、市长王建国出席会议。", ("永城市", R), ("市委", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "副书记", "永城市委"),
                                                      ("王建国", "市长", "永城市人民政府")}


def test_an_acting_head_of_government_holds_the_post_with_his_party_one(gazetteer):
    document = facts("永城市召开卫生健康大会。市委副书记、代市长王建国出席会议。", ("永城市", R), ("市委", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "副书记", "永城市委"),
                                                      ("王建国", "代市长", "永城市人民政府")}


def test_a_body_named_with_its_alias_in_brackets_holds_the_post_after_the_name(gazetteer):
    document = facts("签约仪式举行。永城市妇幼保健院(永城市儿童医院)王建国院长主持。",
                     ("永城市妇幼保健院", I), ("永城市儿童医院", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "院长", "永城市妇幼保健院")}


def test_the_hospital_a_title_pairs_with_ours_is_not_the_reporting_hospital(gazetteer):
    document = facts("我院与民权县人民医院签约\n永城市人民医院与民权县人民医院签订协议。院长王建国出席。",
                     ("民权县人民医院", I), ("永城市人民医院", I), ("民权县人民医院", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "院长", "永城市人民医院")}


def test_a_committee_member_heading_its_office_holds_both_posts(gazetteer):
    document = facts("永城市召开卫生健康大会。市委常委、市委办主任王建国出席。", ("永城市", R), ("市委", I), ("市委办", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "常委", "永城市委"), ("王建国", "主任", "永城市委办")}


def test_the_head_of_a_commissions_office_holds_the_post_at_the_commission(gazetteer):
    document = facts("永城市召开会议。永城市卫健委办公室主任王建国出席。", ("永城市", R), ("永城市卫健委办公室", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "办公室主任", "永城市卫生健康委员会")}


def test_the_head_of_a_party_committees_department_holds_the_post_in_the_department(gazetteer):
    document = facts("永城市召开会议。中共永城市委统战部副部长王建国出席。", ("永城市", R), ("中共永城市委统战部", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "副部长", "永城市委统战部")}


def test_posts_at_two_bodies_joined_by_a_list_comma_are_both_read(gazetteer):
    document = facts("兰考县政协副主席、兰考县卫生健康局局长张卫东参加会议。",
                     ("兰考县政协", I), ("兰考县卫生健康局", I), ("张卫东", P))
    assert read(gazetteer, document, "memberOf") == {("张卫东", "副主席", "兰考县政协"),
                                                      ("张卫东", "局长", "兰考县卫生健康局")}


def test_title_in_an_internal_office_keeps_the_office_and_belongs_to_the_body(gazetteer):
    document = facts("河南省卫生健康委员会医政处处长、二级巡视员李明到会指导。", ("河南省卫生健康委员会", I), ("李明", P))
    assert read(gazetteer, document, "memberOf") == {("李明", "医政处处长、二级巡视员", "河南省卫生健康委员会")}


def test_the_head_of_the_centre_a_report_is_about_holds_his_post_there(gazetteer):
    document = facts("芒山镇社区卫生服务中心举办开放日活动。中心主任王建国介绍了中心的基本情况。",
                     ("芒山镇社区卫生服务中心", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "主任", "芒山镇社区卫生服务中心")}


def test_our_hospitals_president_holds_his_post_at_the_first_hospital_the_page_names(gazetteer):
    document = facts("联系电话\n永城市中医院对口帮扶芒山镇卫生院启动仪式举行。我院院长王建国、副院长李红梅出席。",
                     ("永城市中医院", I), ("芒山镇卫生院", I), ("王建国", P), ("李红梅", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "院长", "永城市中医医院"), ("李红梅", "副院长", "永城市中医医院")}


def test_a_bare_party_secretary_in_a_hospitals_report_holds_the_post_at_the_hospital(gazetteer):
    document = facts("永城市人民医院召开职工代表大会。党委书记王建国同志为大会致词。", ("永城市人民医院", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "党委书记", "永城市人民医院")}


def test_the_leaders_of_a_body_named_in_a_run_hold_posts_there(gazetteer):
    document = facts("永城市人民医院院领导王建国、李红梅出席。", ("永城市人民医院", I), ("王建国", P), ("李红梅", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "院领导", "永城市人民医院"), ("李红梅", "院领导", "永城市人民医院")}


def test_an_office_after_the_name_says_more_than_leader_before_it(gazetteer):
    document = facts("永城市政府分管领导王建国副市长出席。", ("永城市政府", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "副市长", "永城市人民政府")}


def test_a_division_chief_in_a_report_about_one_commission_holds_his_post_there(gazetteer):
    document = facts("某省卫生健康委员会召开会议。妇幼处处长王建国主持会议。", ("某省卫生健康委员会", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "处长", "某省卫生健康委员会")}


def test_a_departments_officer_in_a_hospitals_report_holds_the_post_at_the_hospital(gazetteer):
    document = facts("永城市人民医院召开职代会。财务科科长、工会财务委员王建国作报告。", ("永城市人民医院", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "财务科科长、工会财务委员", "永城市人民医院")}


def test_a_doctor_of_a_department_serves_at_the_hospital_the_paragraph_last_named(gazetteer):
    document = facts("芒山镇卫生院与永城市人民医院开展义诊，来自骨科的王建国主任为群众看病。",
                     ("芒山镇卫生院", I), ("永城市人民医院", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "骨科主任", "永城市人民医院")}


def test_a_health_centre_that_calls_itself_the_hospital_holds_its_officials_posts(gazetteer):
    document = facts("芒山镇卫生院召开座谈会,医院党支部副书记王建国主持。", ("芒山镇卫生院", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "党支部副书记", "芒山镇卫生院")}


def test_trade_union_posts_are_held_at_the_body_named_before_them(gazetteer):
    document = facts("永城市人民医院副院长、工会主席王建国主持会议。", ("永城市人民医院", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "副院长、工会主席", "永城市人民医院")}


def test_the_second_official_of_a_list_holds_her_post_at_the_body_the_first_was_named_with(gazetteer):
    document = facts("永城市卫生健康局党组书记王建国、副局长李红梅出席会议。",
                     ("永城市卫生健康局", I), ("王建国", P), ("李红梅", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "党组书记", "永城市卫生健康局"),
                                                     ("李红梅", "副局长", "永城市卫生健康局")}


def test_a_vice_mayor_leading_a_run_of_posts_holds_that_office_at_the_city_government(gazetteer):
    document = facts("永城市召开会议。副市长、市爱卫会（健康永城推进委员会）主任王建国出席。",
                     ("永城市", R), ("市爱卫会", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "主任", "永城市爱卫会"),
                                                     ("王建国", "副市长", "永城市人民政府")}


def test_a_mayor_named_after_a_verb_leading_a_run_of_posts_holds_that_office(gazetteer):
    document = facts("永城市召开会议。会议传达了市长、市爱卫会主任王建国的讲话。",
                     ("永城市", R), ("市爱卫会", I), ("王建国", P))
    assert ("王建国", "市长", "永城市人民政府") in read(gazetteer, document, "memberOf")


def test_a_title_written_after_the_name_holds_at_the_body_before_it(gazetteer):
    document = facts("永城市卫生健康局纪检组王建国组长出席会议。", ("永城市卫生健康局", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "纪检组组长", "永城市卫生健康局")}


def test_an_autonomous_regions_chairman_in_a_run_holds_that_office_at_its_government(gazetteer):
    document = facts("宁夏回族自治区卫生健康工作会议召开。自治区党委副书记、自治区主席王建国出席。",
                     ("宁夏回族自治区", R), ("自治区党委", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "副书记", "宁夏回族自治区党委"),
                                                     ("王建国", "自治区主席", "宁夏回族自治区人民政府")}


def test_a_bare_bureau_chief_in_a_report_about_one_bureau_holds_his_post_there(gazetteer):
    document = facts("永城市卫生健康局召开年度工作会议。局长王建国作工作报告。", ("永城市卫生健康局", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "局长", "永城市卫生健康局")}


def test_a_post_after_a_comma_in_one_run_belongs_to_the_same_person(gazetteer):
    document = facts("永城市卫生健康局副局长，永城市疾病预防控制中心主任王建国作报告。",
                     ("永城市卫生健康局", I), ("永城市疾病预防控制中心", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "主任", "永城市疾病预防控制中心"),
                                                     ("王建国", "副局长", "永城市卫生健康局")}


def test_the_head_of_the_hospital_a_report_is_about_is_named_by_title_alone(gazetteer):
    document = facts("永城市中医院召开年度总结大会。会议由院长王建国主持。",
                     ("永城市中医院", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "院长", "永城市中医医院")}


def test_the_chairman_of_an_autonomous_region_heads_its_government(gazetteer):
    document = facts("宁夏回族自治区召开卫生健康工作会议。自治区主席王建国作出批示。",
                     ("宁夏回族自治区", R), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "主席", "宁夏回族自治区人民政府")}


def test_person_named_without_a_title_holds_no_post(gazetteer):
    document = facts("兰考县卫生健康局召开会议，张卫东作了发言。", ("兰考县卫生健康局", I), ("张卫东", P))
    assert read(gazetteer, document, "memberOf") == set()


# -- the graph of the seeds ---------------------------------------------------------------------
def test_partnerships_query_lists_the_alliances_the_seeds_state(seeds_build):
    rows = json.loads(run_kg("query", str(seeds_build), "-f", "ontology/queries/partnerships.rq",
                             "--format", "json").stdout)
    assert rows


def test_a_mayor_listed_after_the_party_secretary_holds_the_office_at_the_citys_government(gazetteer):
    document = facts("永城市召开会议。市委书记王建国、市长李明陪同。",
                     ("永城市", EntityType.REGION), ("市委", EntityType.INSTITUTION),
                     ("王建国", EntityType.PERSON), ("李明", EntityType.PERSON))
    assert read(gazetteer, document, "memberOf") == {("王建国", "书记", "永城市委"),
                                                     ("李明", "市长", "永城市人民政府")}


def test_a_second_name_after_a_title_holds_the_same_post(gazetteer):
    document = facts("永城市卫生健康委员会副主任王建国、李明出席。",
                     ("永城市卫生健康委员会", EntityType.INSTITUTION),
                     ("王建国", EntityType.PERSON), ("李明", EntityType.PERSON))
    assert read(gazetteer, document, "memberOf") == {("王建国", "副主任", "永城市卫生健康委员会"),
                                                     ("李明", "副主任", "永城市卫生健康委员会")}


def test_a_title_in_a_ministrys_department_belongs_to_the_ministry(gazetteer):
    document = facts("国家卫健委医政司司长王某到会指导。", ("国家卫健委", I), ("王某", P))
    assert read(gazetteer, document, "memberOf") == {("王某", "医政司司长", "国家卫生健康委员会")}


def test_a_deputy_commander_holds_his_post_at_the_headquarters(gazetteer):
    document = facts("商南县疫情防控指挥部副总指挥李某主持。", ("商南县疫情防控指挥部", I), ("李某", P))
    assert read(gazetteer, document, "memberOf") == {("李某", "副总指挥", "商南县疫情防控指挥部")}


def test_provinces_run_together_before_cooperation_partner_each_other(gazetteer):
    document = facts("推动京津冀协同发展。", ("京", R), ("津", R), ("冀", R))
    assert partners(gazetteer, document) == {frozenset({"北京市", "天津市"}), frozenset({"北京市", "河北省"}),
                                             frozenset({"天津市", "河北省"})}


def test_a_bare_hospital_after_another_body_in_a_run_of_posts_is_the_hospital_reported_on(gazetteer):
    text = "商南县人民医院开展义诊。县政协委员、医院党委副书记、院长周某带队。"
    document = facts(text, ("商南县人民医院", I), ("县政协", I), ("周某", P))
    assert ("周某", "党委副书记、院长", "商南县人民医院") in read(gazetteer, document, "memberOf")


def test_a_village_is_located_in_the_township_named_before_it(gazetteer):
    document = facts("将乐县召开会议。万全乡新丰村建成卫生室。", ("将乐县", R), ("万全乡", R), ("新丰村", R))
    assert ("新丰村", "万全乡") in read(gazetteer, document, "locatedIn")


def test_a_zone_the_divisions_dataset_lacks_is_located_in_the_place_its_name_opens_with(gazetteer):
    document = facts("宜城经济开发区召开卫生健康工作会议。", ("宜城经济开发区", R))
    assert ("宜城经济开发区", "宜城市") in read(gazetteer, document, "locatedIn")


def test_a_union_chair_and_the_hospitals_own_party_secretary_hold_posts_at_the_hospital(gazetteer):
    document = facts("永城市中医院召开职代会。工会主席王建国作报告。院党委书记、院长李红梅讲话。",
                     ("永城市中医院", I), ("王建国", P), ("院党委", I), ("李红梅", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "工会主席", "永城市中医医院"),
                                                     ("李红梅", "书记、院长", "永城市中医医院")}


def test_the_union_chair_of_the_hospital_named_after_a_preposition_serves_at_the_hospital(gazetteer):
    document = facts("永城市中医院召开职代会。大会由该院工会主席王建国主持。", ("永城市中医院", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "工会主席", "永城市中医医院")}


def test_a_former_president_holds_the_former_post(gazetteer):
    document = facts("永城市人民医院原院长王建国出席。", ("永城市人民医院", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "原院长", "永城市人民医院")}


def test_a_bare_party_secretary_in_a_groups_report_holds_the_post_at_the_group(gazetteer):
    document = facts("永城市医疗集团召开大会。永城市人民医院派员参加。大会由党委书记王建国主持。",
                     ("永城市医疗集团", I), ("永城市人民医院", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "党委书记", "永城市医疗集团")}


def test_both_sides_cooperating_after_a_meeting_makes_the_two_partners(gazetteer):
    document = facts("永城市与某某大学附属永安医院举行座谈会，双方就深化合作达成共识。",
                     ("永城市", R), ("某某大学附属永安医院", I))
    assert partners(gazetteer, document) == {frozenset({"永城市", "某某大学附属永安医院"})}


def test_the_hospitals_union_and_discipline_officers_and_its_leaders_in_a_run_hold_posts_there(gazetteer):
    document = facts("永城市人民医院召开职代会。院工会主席王建国,院纪委书记李红梅出席。院领导张志强、刘海涛出席。",
                     ("永城市人民医院", I), ("王建国", P), ("院纪委", I), ("李红梅", P), ("张志强", P), ("刘海涛", P))
    found = read(gazetteer, document, "memberOf")
    assert {(member, organisation) for member, _, organisation in found} == {
        (name, "永城市人民医院") for name in ("王建国", "李红梅", "张志强", "刘海涛")}


def test_a_universitys_numbered_hospital_by_its_short_name_holds_posts(gazetteer):
    document = facts("江大二院党委书记王建国出席。", ("江大二院", I), ("王建国", P))
    assert read(gazetteer, document, "memberOf") == {("王建国", "党委书记", "江大二院")}


def test_a_quoted_manner_of_assistance_still_links_the_helper_and_the_helped(gazetteer):
    document = facts("永城市人民医院“组团式”帮扶民权县人民医院。", ("永城市人民医院", I), ("民权县人民医院", I))
    assert partners(gazetteer, document) == {frozenset({"永城市人民医院", "民权县人民医院"})}


def test_a_sender_that_goes_to_the_one_it_helps_partners_it(gazetteer):
    document = facts("永城市遴选骨干医生，赴民权县人民医院开展对口支援工作。", ("永城市", R), ("民权县人民医院", I))
    assert partners(gazetteer, document) == {frozenset({"永城市", "民权县人民医院"})}


def test_the_one_named_with_its_short_name_partners_the_one_it_takes_over(gazetteer):
    document = facts("琼海市人民政府与海南医科大学第一附属医院（下称“海医一附院”）托管共建琼海市人民医院。",
                     ("琼海市人民政府", I), ("海南医科大学第一附属医院", I), ("海医一附院", I), ("琼海市人民医院", I))
    assert frozenset({"海南医科大学第一附属医院", "琼海市人民医院"}) in partners(gazetteer, document)


def test_the_bodies_that_open_a_sentence_help_the_one_the_next_clause_names(gazetteer):
    document = facts("喀什地区卫计委、喀什地区第一人民医院也派出精干力量,帮扶塔什库尔干塔吉克自治县人民医院争创二甲医院。",
                     ("喀什地区卫计委", I), ("喀什地区第一人民医院", I), ("塔什库尔干塔吉克自治县人民医院", I))
    assert partners(gazetteer, document) == {frozenset({"喀什地区卫生健康委员会", "塔什库尔干塔吉克自治县人民医院"}),
                                             frozenset({"喀什地区第一人民医院", "塔什库尔干塔吉克自治县人民医院"})}


def test_doctors_of_departments_after_a_visiting_hospital_are_its_staff(gazetteer):
    document = facts("某街道社区卫生服务中心携手南京市第一医院举办义诊。现场,来自南京市第一医院的专家团队接待居民。\n"
                     "老年医学科主任、主任医师贾海波,神经内科副主任医师高擎齐聚一堂。",
                     ("某街道社区卫生服务中心", I), ("南京市第一医院", I), ("南京市第一医院", I), ("贾海波", P), ("高擎", P))
    assert read(gazetteer, document, "memberOf") == {("贾海波", "老年医学科主任、主任医师", "南京市第一医院"),
                                                    ("高擎", "神经内科副主任医师", "南京市第一医院")}


def test_the_next_person_in_a_run_holds_a_post_in_a_unit_of_the_same_body(gazetteer):
    document = facts("重庆市中医院总会计师王海涛,护理部副主任李飞丽分别发言。",
                     ("重庆市中医院", I), ("王海涛", P), ("李飞丽", P))
    assert ("李飞丽", "护理部副主任", "重庆市中医医院") in read(gazetteer, document, "memberOf")


def test_a_post_taken_up_or_left_after_the_name_is_held_at_the_body_it_names(gazetteer):
    document = facts("由自治区卫生健康委主任刘勇同志兼任自治区人民医院党委书记;王占国同志不再担任自治区人民医院党委书记。",
                     ("自治区卫生健康委", I), ("刘勇", P), ("自治区人民医院", I), ("王占国", P), ("自治区人民医院", I))
    posts = {(member, title) for member, title, _ in read(gazetteer, document, "memberOf")}
    assert {("刘勇", "主任"), ("刘勇", "党委书记"), ("王占国", "党委书记")} <= posts


def test_a_unit_with_a_long_name_stands_between_a_body_and_a_title(gazetteer):
    document = facts("淮南市委党校马克思主义基本理论教研室主任高燕应邀授课。", ("淮南市委党校", I), ("高燕", P))
    assert read(gazetteer, document, "memberOf") == {("高燕", "马克思主义基本理论教研室主任", "淮南市委党校")}


def test_two_lists_paired_respectively_pair_in_order_and_leave_out_the_one_who_paired_them(gazetteer):
    document = facts("河南还分别将哈密市中心医院、哈密市妇幼保健院,与郑州大学第一附属医院、河南省妇幼保健院确立为对口支援关系。",
                     ("河南", R), ("哈密市中心医院", I), ("哈密市妇幼保健院", I), ("郑州大学第一附属医院", I), ("河南省妇幼保健院", I))
    assert partners(gazetteer, document) == {frozenset({"哈密市中心医院", "郑州大学第一附属医院"}),
                                             frozenset({"哈密市妇幼保健院", "河南省妇幼保健院"})}


def test_a_province_charged_with_assisting_a_city_partners_it(gazetteer):
    document = facts("河南省主要负责对口支援哈密市。", ("河南省", R), ("哈密市", R))
    assert partners(gazetteer, document) == {frozenset({"河南省", "哈密市"})}


def test_a_post_on_a_page_in_traditional_script_keeps_the_pages_script(gazetteer):
    written = "金水區衛生健康委員會召開會議。金水區衛生健康委員會黨組書記、主任王明講話。"
    read_as = "金水区卫生健康委员会召开会议。金水区卫生健康委员会党组书记、主任王明讲话。"
    mentions = facts(read_as, ("金水区卫生健康委员会", I), ("金水区卫生健康委员会", I), ("王明", P)).mentions
    source = SourceDocument("doc.txt", written, "utf-8")
    document = DocumentFacts(CleanDocument(source, read_as, split_sentences(read_as)), mentions)
    assert {title for _, title, _ in read(gazetteer, document, "memberOf")} == {"黨組書記、主任"}


def test_a_post_in_a_bodys_party_committee_is_held_at_the_body(gazetteer):
    document = facts("宜城市中医药研究院党委书记王某某出席。", ("宜城市中医药研究院党委", I), ("王某某", P))
    assert read(gazetteer, document, "memberOf") == {("王某某", "党委书记", "宜城市中医药研究院")}


@pytest.mark.parametrize("text, body, committee, title", [
    ("宜城市人大常委会教科文卫工委主任李某某参加。", "宜城市人大常委会", "宜城市人大常委会教科文卫工委", "教科文卫工委主任"),
    ("宜城市政协医卫体育委员会主任李某某参加。", "宜城市政协", "宜城市政协医卫体育委员会", "医卫体育委员会主任"),
    ("宜城市卫生局工委书记李某某参加。", "宜城市卫生局", "宜城市卫生局工委", "工委书记"),
])
def test_a_post_in_a_congress_committee_or_a_bureaus_working_committee_is_held_at_the_body(gazetteer, text, body, committee, title):
    document = facts(text, (committee, I), ("李某某", P))
    assert read(gazetteer, document, "memberOf") == {("李某某", title, body)}


def test_a_party_departments_short_title_is_a_post_at_the_committee(gazetteer):
    document = facts("道县召开推进会。县委常委、组织部长王某讲话。", ("道县", R), ("县委", I), ("王某", P))
    assert read(gazetteer, document, "memberOf") == {("王某", "常委、组织部长", "道县委")}
