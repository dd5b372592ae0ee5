"""Resolution: one entity per real-world thing, on documents written for these tests."""
from kg.clean import clean, split_sentences
from kg.gazetteer import Gazetteer
from kg.model import CleanDocument, DocumentFacts, EntityType, Mention, SourceDocument
from kg.recognise import recognise
from kg.resolve import normalise, resolve


def facts(path: str, text: str) -> DocumentFacts:
    document = CleanDocument(SourceDocument(path, text, "utf-8"), text, split_sentences(text))
    return DocumentFacts(document=document, mentions=recognise(document))


def labels(resolver, type_=EntityType.INSTITUTION):
    return {e.label: e for e in resolver.entities.values() if e.type is type_ and e.mentions}


def place_of(text: str, ending: str) -> str | None:
    """Where the institution named in `text` whose label ends in `ending` lies."""
    resolver = resolve([facts("a.txt", text)], Gazetteer.load())
    return next(e for e in labels(resolver).values() if e.label.endswith(ending)).admin_code


def code(name: str) -> str:
    return Gazetteer.load().full(name)[0]


def test_relative_name_takes_the_documents_place():
    resolver = resolve([facts("a.txt", "宜城市卫生健康局召开会议。推动市人民医院提档升级。")], Gazetteer.load())
    hospital = labels(resolver)["宜城市人民医院"]
    assert "市人民医院" in hospital.alt_labels


def test_abbreviation_and_former_name_become_aliases_of_the_full_name():
    resolver = resolve([facts("a.txt", "商南县卫计委和商南县卫健委是同一个机构。")], Gazetteer.load())
    commission = labels(resolver)["商南县卫生健康委员会"]
    assert {"商南县卫计委", "商南县卫健委"} <= commission.alt_labels
    assert any("2018" in reason for reason in commission.merge_reasons)


def test_same_hospital_name_in_two_counties_is_two_hospitals():
    resolver = resolve([facts("a.txt", "商南县召开会议。县人民医院参加。"), facts("b.txt", "宜城市召开会议。市人民医院参加。")],
                       Gazetteer.load())
    assert {"商南县人民医院", "宜城市人民医院"} <= set(labels(resolver))


def test_same_programme_in_two_documents_is_one_node():
    resolver = resolve([facts("a.txt", "开展“优质服务基层行”活动。"), facts("b.txt", "继续开展“优质服务基层行”活动。")],
                       Gazetteer.load())
    programme = labels(resolver, EntityType.PROGRAMME)["“优质服务基层行”活动"]
    assert programme.documents == {"a.txt", "b.txt"}


def test_region_gets_its_code_and_full_name_from_a_short_form():
    resolver = resolve([facts("a.txt", "陕西省商洛市召开会议,商洛各县参加。")], Gazetteer.load())
    region = labels(resolver, EntityType.REGION)["商洛市"]
    assert region.key == "region/611000000000"
    assert "商洛" in region.alt_labels


def test_ambiguous_place_is_left_unresolved_rather_than_guessed():
    resolver = resolve([facts("a.txt", "朝阳区召开卫生健康工作会议。")], Gazetteer.load())
    region = labels(resolver, EntityType.REGION)["朝阳区"]
    assert region.key.startswith("region/unresolved/")


def test_ambiguous_place_is_settled_by_the_documents_context():
    resolver = resolve([facts("a.txt", "北京市召开会议。朝阳区卫生健康委参加。朝阳区介绍了经验。")], Gazetteer.load())
    assert "region/110105000000" in resolver.entities


def test_gazetteer_chains_a_county_up_to_its_province():
    gazetteer = Gazetteer.load()
    (code,) = gazetteer.full("宜城市")
    assert [gazetteer.division(c).name for c in gazetteer.ancestors(code)] == ["襄阳市", "湖北省"]


def test_a_bare_bureau_in_two_documents_that_name_no_place_is_two_bureaus():
    resolver = resolve([facts("a.txt", "会议由、卫健局、主持。"), facts("b.txt", "本次检查、卫健局、牵头。")], Gazetteer.load())
    bureaus = [e for e in resolver.entities.values() if e.type is EntityType.INSTITUTION and e.mentions]
    assert len(bureaus) == 2


def located(resolver, label: str) -> str:
    return Gazetteer.load().division(labels(resolver)[label].admin_code).name


def test_an_institution_named_after_a_township_of_the_documents_county_is_in_that_township():
    resolver = resolve([facts("a.txt", "永城市卫生健康委员会召开会议。芒山卫生院作了发言。")], Gazetteer.load())
    hospital = next(e for e in labels(resolver).values() if "芒山" in e.label)
    assert Gazetteer.load().division(hospital.admin_code).name == "芒山镇"
    assert Gazetteer.load().is_within(hospital.admin_code, Gazetteer.load().full("永城市")[0])


def test_a_place_named_later_inside_the_first_is_where_the_institution_is():
    resolver = resolve([facts("a.txt", "四川省宜宾市南溪中心医院召开会议。")], Gazetteer.load())
    hospital = next(e for e in labels(resolver).values() if e.label.endswith("南溪中心医院"))
    assert Gazetteer.load().division(hospital.admin_code).name == "南溪区"


def test_a_township_name_shared_across_a_province_is_settled_by_the_documents_county():
    resolver = resolve([facts("a.txt", "江苏省启东市召开卫生健康工作会议，启东市各镇参加。南阳镇作了交流发言。")], Gazetteer.load())
    town = labels(resolver, EntityType.REGION)["南阳镇"]
    assert Gazetteer.load().division(town.key.split("/")[1]).parent_code == Gazetteer.load().full("启东市")[0]


def test_a_short_name_that_is_both_a_county_and_a_district_follows_how_the_report_speaks_of_itself():
    text = "来源：象山发布\n全县卫生健康工作会议召开。县委、县政府高度重视，县卫健局局长作报告。"
    [document] = [facts("a.txt", text)]
    resolver = resolve([document], Gazetteer.load())
    assert document.about_region == f"region/{Gazetteer.load().full('象山县')[0]}"


def given(path: str, text: str, *surfaces: tuple[str, EntityType]) -> DocumentFacts:
    """A document with its mentions given by hand, so that a test checks resolution alone."""
    document = CleanDocument(SourceDocument(path, text, "utf-8"), text, split_sentences(text))
    mentions = [Mention(path, text.index(s), text.index(s) + len(s), s, t, (0, len(text))) for s, t in surfaces]
    return DocumentFacts(document=document, mentions=mentions)


def test_a_quoted_programme_and_its_building_are_one_programme_but_its_zone_is_another():
    building, programme, zone = "“智慧医联体”建设", "“智慧医联体”", "“智慧医联体”示范区"
    resolver = resolve([given("a.txt", f"全面推进{building}。", (building, EntityType.PROGRAMME)),
                        given("b.txt", f"创建{zone}，深化{programme}。", (zone, EntityType.PROGRAMME),
                              (programme, EntityType.PROGRAMME))], Gazetteer.load())
    programmes = {e.label: e for e in resolver.entities.values() if e.type is EntityType.PROGRAMME}
    assert len(programmes) == 2
    assert programmes["“智慧医联体”示范区"].documents == {"b.txt"}
    assert "智慧医联体" not in programmes["“智慧医联体”示范区"].alt_labels


def test_a_place_name_that_goes_on_past_a_division_is_not_that_division():
    document = given("a.txt", "永城市经开区召开会议。", ("永城市经开区", EntityType.REGION))
    resolver = resolve([document], Gazetteer.load())
    zone = resolver.entity_of(document.mentions[0])
    assert zone.admin_code is None and zone.key != resolver.region(code("永城市")).key


def test_a_quoted_name_alone_is_the_programme_the_build_names_in_full_with_it():
    full, alone = "“健康小屋进万家”活动", "“健康小屋进万家”"
    resolver = resolve([given("a.txt", f"{alone}示范点建成5个。", (alone, EntityType.PROGRAMME)),
                        given("b.txt", f"深入开展{full}。", (full, EntityType.PROGRAMME))], Gazetteer.load())
    [programme] = [e for e in resolver.entities.values() if e.type is EntityType.PROGRAMME]
    assert programme.label == "“健康小屋进万家”活动" and programme.documents == {"a.txt", "b.txt"}


def test_a_short_place_name_that_is_part_of_a_longer_word_does_not_place_an_institution():
    name = "东方红社区卫生服务中心"
    document = given("a.txt", f"永城市召开会议。{name}作了发言。", ("永城市", EntityType.REGION),
                     (name, EntityType.INSTITUTION))
    resolver = resolve([document], Gazetteer.load())
    centre = resolver.entity_of(document.mentions[1])
    assert centre.label == name and centre.admin_code != Gazetteer.load().short("东方")[0]


def test_after_a_universitys_name_only_a_place_of_its_province_places_the_hospital():
    name = "北京某某大学东方医院"
    document = given("a.txt", f"{name}专家来院坐诊。", (name, EntityType.INSTITUTION))
    resolver = resolve([document], Gazetteer.load())
    assert resolver.entity_of(document.mentions[0]).admin_code in (None, Gazetteer.load().full("北京市")[0])


def test_a_mongolian_banner_is_found_by_its_official_abbreviation():
    gazetteer = Gazetteer.load()
    assert gazetteer.full("察右前旗") == gazetteer.full("察哈尔右翼前旗")


def test_a_development_zones_committee_named_without_a_place_is_the_zone_of_the_documents_place():
    resolver = resolve([facts("a.txt", "永城市卫生健康委员会召开会议。经济开发区管委会作了发言。")], Gazetteer.load())
    assert located(resolver, "永城市经济开发区管委会") == "永城市"


def test_a_township_name_shared_across_the_country_is_the_one_beside_the_documents_township():
    resolver = resolve([facts("a.txt", "芒山镇召开卫生健康工作会议。芒山镇卫生院介绍经验，马桥镇卫生院作了发言。")],
                       Gazetteer.load())
    hospital = labels(resolver)["马桥镇卫生院"]
    assert Gazetteer.load().division(hospital.admin_code).parent_code == Gazetteer.load().full("永城市")[0]


def test_a_university_named_after_its_city_places_its_hospital_there():
    name = "郑州中医药大学东方医院"
    document = given("a.txt", f"{name}专家来院坐诊。", (name, EntityType.INSTITUTION))
    resolver = resolve([document], Gazetteer.load())
    assert resolver.entity_of(document.mentions[0]).admin_code == Gazetteer.load().full("郑州市")[0]


def test_a_numbered_hospital_named_on_its_own_is_that_hospital_of_the_documents_place():
    resolver = resolve([facts("a.txt", "永城市卫生健康委员会表扬了芒山镇、二院等单位。推行“一院一策”。")], Gazetteer.load())
    assert "二院" in labels(resolver)["永城市第二人民医院"].alt_labels
    assert len(labels(resolver)) == 2


def test_a_bare_abbreviated_hospital_keeps_its_short_name_with_the_place_as_an_alias():
    resolver = resolve([facts("a.txt", "永城市卫生健康委员会召开会议，人民医院、中医院参加。")], Gazetteer.load())
    assert "永城市中医院" in labels(resolver)["永城市中医医院"].alt_labels


def test_a_short_name_in_brackets_after_an_institution_is_its_alias_in_that_document():
    text = "永城市创伤医院（市六院）召开年度总结会。市六院院长作了报告。"
    resolver = resolve([facts("a.txt", text)], Gazetteer.load())
    hospital = labels(resolver)["永城市创伤医院"]
    assert "市六院" in hospital.alt_labels and len(hospital.mentions) == 3


def test_a_relative_name_in_a_report_about_a_province_takes_the_one_district_it_names():
    text = "河南省卫生健康工作视频会议召开。区卫健局组织收看，区领导在金水区分会场参加。河南省要求各地抓好落实。"
    resolver = resolve([facts("a.txt", text)], Gazetteer.load())
    assert "金水区卫生健康局" in labels(resolver)


def test_the_bodies_of_every_place_addressed_in_a_notice_are_not_an_institution():
    mentions = facts("a.txt", "各旗区人民政府，市直各有关部门：").mentions
    assert not [m.text for m in mentions if m.type is EntityType.INSTITUTION]


def test_a_relative_name_is_also_spelt_the_way_the_report_writes_its_place():
    text = "察右前旗卫生健康工作会议召开。察右前旗委书记出席。旗人民医院作了发言。"
    resolver = resolve([facts("a.txt", text)], Gazetteer.load())
    assert "察右前旗人民医院" in labels(resolver)["察哈尔右翼前旗人民医院"].alt_labels


def test_towns_listed_before_a_township_share_its_suffix():
    resolver = resolve([facts("a.txt", "永城市召开会议，芒山、薛湖、马桥镇作交流发言。")], Gazetteer.load())
    regions = labels(resolver, EntityType.REGION)
    assert {"芒山镇", "薛湖镇", "马桥镇"} <= set(regions) and "芒山" in regions["芒山镇"].alt_labels


def test_a_county_since_made_a_district_is_spelt_with_the_district_not_both():
    resolver = resolve([facts("a.txt", "东川县疾病预防控制中心开展培训。")], Gazetteer.load())
    names = set(labels(resolver))
    assert not [n for n in names if "区县" in n]


def test_a_provincial_report_that_names_the_city_where_it_met_is_about_the_province():
    text = "河南省卫生健康工作会议在郑州市召开。郑州市卫健委作交流发言。全省各地要抓好落实，省卫生健康委将加强督导。"
    [document] = [facts("a.txt", text)]
    resolve([document], Gazetteer.load())
    assert document.about_region == f"region/{Gazetteer.load().full('河南省')[0]}"


def test_a_campaign_named_after_a_nickname_does_not_move_the_report_to_another_province():
    text = "齐齐哈尔市卫生健康委新年致辞。齐齐哈尔市卫生健康委党组书记讲话。全力推进健康鹤城建设，健康鹤城建设成效明显。"
    [document] = [facts("a.txt", text)]
    resolve([document], Gazetteer.load())
    assert document.about_region == f"region/{Gazetteer.load().full('齐齐哈尔市')[0]}"


def test_an_autonomous_county_written_with_its_short_name_and_level_word_is_that_county():
    [document] = [facts("a.txt", "秀山自治县召开卫生健康工作会议。")]
    resolve([document], Gazetteer.load())
    assert document.about_region == f"region/{Gazetteer.load().full('秀山土家族苗族自治县')[0]}"


def test_a_place_in_another_province_named_less_is_not_the_reports_place():
    text = "北京市卫生健康委员会总结工作。北京市朝阳区、海淀区推进改革，北京市支持雄安新区建设医院。"
    [document] = [facts("a.txt", text)]
    resolve([document], Gazetteer.load())
    assert document.about_region.endswith(Gazetteer.load().full("北京市")[0])


def test_a_body_named_with_its_province_before_its_city_is_the_same_body_as_without_it():
    resolver = resolve([facts("a.txt", "湖北省宜城市人民政府召开会议。宜城市人民政府副市长出席。")], Gazetteer.load())
    governments = [e for e in labels(resolver).values() if "宜城市人民政府" in e.alt_labels | {e.label}]
    assert len(governments) == 1
    assert "湖北省宜城市人民政府" in governments[0].alt_labels | {governments[0].label}


def test_a_relative_township_body_in_a_townships_report_is_that_townships():
    document = facts("a.txt", "宜城市板桥店镇召开卫生健康工作会议。板桥店镇卫生院汇报工作,镇政府将继续支持。")
    resolver = resolve([document], Gazetteer.load())
    government = next(e for e in labels(resolver).values() if "镇政府" in e.alt_labels)
    assert government.label == "板桥店镇人民政府"
    assert f"region/{government.admin_code}" == document.about_region


def test_a_village_committee_in_a_townships_report_lies_in_that_township():
    document = facts("a.txt", "宜城市板桥店镇召开卫生健康工作会议。板桥店镇卫生院与东湾村委会签约。")
    resolver = resolve([document], Gazetteer.load())
    assert f"region/{labels(resolver)['东湾村委会'].admin_code}" == document.about_region


def test_a_short_county_name_of_another_province_does_not_place_a_neighbourhood_clinic_there():
    resolver = resolve([facts("a.txt", "商南县召开卫生健康工作会议,商南县卫健局主持。福田社区卫生服务中心作了发言。")], Gazetteer.load())
    clinic = next(e for e in labels(resolver).values() if e.label.endswith("福田社区卫生服务中心"))
    assert clinic.label == "福田社区卫生服务中心" and clinic.admin_code == Gazetteer.load().full("商南县")[0]


def test_a_clinic_named_after_a_street_of_its_district_lies_in_that_street():
    resolver = resolve([facts("a.txt", "宜昌市召开会议。宜昌市西陵区云集社区卫生服务中心作了发言。")], Gazetteer.load())
    clinic = labels(resolver)["宜昌市西陵区云集社区卫生服务中心"]
    assert Gazetteer.load().division(clinic.admin_code).name == "云集街道"


def test_an_autonomous_prefecture_is_found_by_its_short_name_and_level_word():
    gazetteer = Gazetteer.load()
    assert gazetteer.short("凉山州") == gazetteer.full("凉山彝族自治州")
    assert gazetteer.short("黔东南州") == gazetteer.full("黔东南苗族侗族自治州")


def test_a_health_centre_named_after_an_unlisted_place_in_a_countys_report_lies_in_that_county():
    document = facts("a.txt", "商南县卫健局召开会议,商南县各镇参加。甲乙卫生院作了发言。")
    resolver = resolve([document], Gazetteer.load())
    assert f"region/{labels(resolver)['甲乙卫生院'].admin_code}" == document.about_region


def test_a_report_that_calls_itself_a_county_is_about_the_county_its_source_line_names():
    for named in ("商洛市", "陕西省"):  # the body names only the county's city, or only its province
        text = f"来源:商南县融媒体中心\n近日,{named}卫健委公布名单,我县获评健康县。{named}表扬了我县,全县干部受到鼓舞。"
        document = facts("a.txt", text)
        resolve([document], Gazetteer.load())
        assert document.about_region == "region/" + Gazetteer.load().full("商南县")[0]


def test_a_district_its_page_names_by_a_three_character_short_name_is_the_reports_place():
    text = "曹妃甸新闻网\n卫生局召开全区卫生工作会议。全区各医院参加，助力河北发展。"
    document = facts("a.txt", text)
    resolve([document], Gazetteer.load())
    assert document.about_region == "region/" + Gazetteer.load().full("曹妃甸区")[0]


def test_a_report_that_names_several_towns_of_one_county_and_their_villages_is_the_countys():
    text = "我院医疗队奔赴叮咛店镇南车寄村、清风店镇西岗村等地义诊。"
    document = facts("a.txt", text)
    resolve([document], Gazetteer.load())
    assert document.about_region == "region/" + Gazetteer.load().full("定州市")[0]


def test_a_two_character_county_inside_a_word_of_the_page_is_no_place_of_it():
    body = "县计生协召开会议,全县创建全国基层中医药示范县。"
    page = SourceDocument("a.txt", body + "\n来源:衡阳县融媒体中心", "utf-8")  # the source line is chrome
    document = CleanDocument(page, body, split_sentences(body))
    document = DocumentFacts(document=document, mentions=recognise(document))
    resolve([document], Gazetteer.load())
    assert document.about_region == "region/" + Gazetteer.load().full("衡阳县")[0]


def test_a_page_that_names_its_place_only_in_chrome_is_about_the_place_of_the_level_it_speaks_as():
    body = "近日,市卫生健康局召开全市卫生健康工作会议,全市各级医疗机构负责人参加。"
    page = SourceDocument("a.txt", "广东省某某网\n" + body + "\n来源:韶关日报", "utf-8")
    document = CleanDocument(page, body, split_sentences(body))
    document = DocumentFacts(document=document, mentions=recognise(document))
    resolve([document], Gazetteer.load())
    assert document.about_region == "region/" + Gazetteer.load().full("韶关市")[0]


def test_bare_departments_listed_after_a_body_of_a_place_are_that_places():
    resolver = resolve([facts("a.txt", "顺义区委宣传部、组织部、教委、财政局负责人参加。")], Gazetteer.load())
    district = Gazetteer.load().full("顺义区")[0]
    assert labels(resolver)["顺义区财政局"].admin_code == district
    assert labels(resolver)["顺义区委组织部"].admin_code == district  # the committee's department


def test_a_democratic_partys_committee_lies_in_the_place_it_names():
    assert place_of("九三学社福建省委会副主委魏某明出席。", "九三学社福建省委会") == code("福建省")


def test_a_branch_named_after_a_city_lies_in_the_city_not_in_its_namesake_district():
    assert place_of("甘肃省中医院白银分院召开会议。", "白银分院") == code("白银市")


def test_a_relative_prefecture_committee_in_a_provincial_report_is_of_the_one_prefecture_named():
    text = "省卫生健康委副主任汇报全省工作,州委副书记汇报凉山彝族自治州工作,西昌市参加。"
    assert place_of(text, "凉山彝族自治州委") == code("凉山彝族自治州")


def test_the_committee_of_a_places_health_campaign_lies_in_that_place():
    assert place_of("健康辽宁行动推进委员会召开会议。", "推进委员会") == code("辽宁省")


def test_a_bare_first_peoples_hospital_is_the_countys_but_a_municipal_districts_is_the_citys():
    assert place_of("渌口区卫生健康局召开会议。第一人民医院作了发言。", "渌口区第一人民医院") == code("渌口区")
    district = resolve([facts("a.txt", "浦东新区卫生健康委召开会议。推进第六人民医院建设。")], Gazetteer.load())
    assert "浦东新区第六人民医院" not in labels(district)


def test_a_name_shared_by_a_city_and_a_county_listed_among_cities_is_the_city():
    text = "河北省卫生健康委召开会议。北京市与保定、承德、唐山签署新一轮合作框架协议。"
    resolver = resolve([facts("a.txt", text)], Gazetteer.load())
    assert code("承德市") in {e.admin_code for e in resolver.entities.values() if e.type is EntityType.REGION and e.mentions}


def test_a_place_inside_a_campaigns_name_does_not_say_where_the_report_is():
    text = "按照黑龙江省“健康龙江行”活动安排,我县卫计局到润津乡开展活动。为我县健康龙江行活动奠定基础。"
    document = facts("a.txt", text)
    resolve([document], Gazetteer.load())
    assert document.about_region != "region/" + Gazetteer.load().short("龙江")[0]


def test_a_municipalitys_report_is_about_the_municipality_and_places_a_hospitals_campus_where_it_is_named():
    text = "北京市卫生健康委召开全市会议。通州区中医医院、通州区妇幼保健院建成,友谊医院顺义院区开诊,天坛医院扩建。"
    document = facts("a.txt", text)
    resolver = resolve([document], Gazetteer.load())
    assert document.about_region == "region/" + code("北京市")
    assert labels(resolver)["友谊医院顺义院区"].admin_code == code("顺义区")
    assert labels(resolver)["天坛医院"].admin_code == code("北京市")


def test_a_hospital_in_a_provinces_report_is_not_placed_in_a_street_of_the_same_short_name():
    resolver = resolve([facts("a.txt", "北京市卫生健康委召开会议。安贞医院、友谊医院等4个项目开诊。")], Gazetteer.load())
    assert not any("街道" in entity.label for entity in labels(resolver).values())


def test_a_party_department_written_with_the_partys_name_is_placed_by_its_province():
    resolver = resolve([facts("a.txt", "中共湖北省委宣传部召开会议。")], Gazetteer.load())
    department = next(e for e in labels(resolver).values() if "中共湖北省委宣传部" in e.alt_labels | {e.label})
    assert department.admin_code == Gazetteer.load().full("湖北省")[0]


def test_a_prefecture_is_found_by_its_official_one_character_abbreviation():
    assert Gazetteer.load().short("博州") == Gazetteer.load().full("博尔塔拉蒙古自治州")


def test_a_system_built_for_a_quoted_formula_does_not_take_the_formula_as_its_alias():
    formula, system = "“三甲两乙”", "“三甲两乙”评价体系"
    resolver = resolve([given("a.txt", f"围绕{formula}目标,建立{system}。", (formula, EntityType.SLOGAN),
                              (system, EntityType.SLOGAN))], Gazetteer.load())
    carrying = [e for e in resolver.entities.values() if "三甲两乙" in {normalise(l) for l in e.alt_labels | {e.label}}]
    assert len(carrying) == 1


def test_a_quoted_formula_named_only_with_its_system_is_that_formula():
    system = "“三甲两乙”服务体系"
    resolver = resolve([given("a.txt", f"建立{system}。", (system, EntityType.SLOGAN))], Gazetteer.load())
    assert "三甲两乙" in labels(resolver, EntityType.SLOGAN)[system].alt_labels


def test_a_system_built_for_a_quoted_programme_is_not_that_programme():
    programme, system = "“三甲两乙”建设", "“三甲两乙”评价体系"
    resolver = resolve([given("a.txt", f"推进{programme},建立{system}。", (programme, EntityType.PROGRAMME),
                              (system, EntityType.SLOGAN))], Gazetteer.load())
    carrying = [e for e in resolver.entities.values() if "三甲两乙" in {normalise(l) for l in e.alt_labels | {e.label}}]
    assert [e.label for e in carrying] == [programme]


def test_a_village_lies_in_the_township_named_before_it_or_the_one_its_page_names():
    for text in ("将乐县召开会议。万全乡新丰村建成卫生室。", "将乐县万全乡卫生院召开座谈会。医生深入新丰村为村民看诊。"):
        resolver = resolve([facts("a.txt", text)], Gazetteer.load())
        assert labels(resolver, EntityType.REGION)["新丰村"].within == code("万全乡")


def test_two_villages_of_one_name_in_two_counties_are_two_places():
    resolver = resolve([facts("a.txt", "将乐县召开会议。万全乡新丰村建成卫生室。"),
                        facts("b.txt", "宜城市召开会议。医生深入新丰村为村民看诊。")], Gazetteer.load())
    assert len([e for e in resolver.entities.values() if e.label == "新丰村"]) == 2


def test_a_townships_body_named_by_its_level_in_a_county_page_is_the_one_township_the_page_names():
    resolver = resolve([facts("a.txt", "将乐县万全乡卫生院召开会议。乡人大主席出席。")], Gazetteer.load())
    assert labels(resolver)["万全乡人大"].admin_code == code("万全乡")


def test_an_affiliated_hospital_named_later_by_its_own_name_is_the_same_hospital():
    resolver = resolve([facts("a.txt", "永城市与南华大学附属永安医院举行座谈。永安医院专家参加义诊。")], Gazetteer.load())
    hospitals = [e for e in resolver.entities.values() if e.type is EntityType.INSTITUTION and e.mentions]
    assert len(hospitals) == 1 and "永安医院" in hospitals[0].alt_labels


def test_the_first_of_two_campaigns_sharing_a_head_is_also_named_with_it():
    resolver = resolve([facts("a.txt", "深入实施健康中国和健康宜城行动。")], Gazetteer.load())
    assert "健康中国" in labels(resolver, EntityType.PROGRAMME)["健康中国行动"].alt_labels


def test_a_county_body_named_by_its_level_in_a_districts_page_is_of_the_one_county_of_the_city_named():
    text = "王益区召开卫生工作会议，王益区卫生局讲话。同日宜君县召开会议，县卫生局局长出席。"
    assert place_of(text, "县卫生局") == code("宜君县")


def test_a_university_named_after_a_city_that_holds_a_county_of_the_same_name_is_in_the_city():
    assert place_of("上饶市与南昌大学第二附属医院签约。", "附属医院") == code("南昌市")


def test_the_corps_short_name_is_an_alias_of_its_full_name():
    resolver = resolve([facts("a.txt", "新疆兵团卫生健康委召开会议。")], Gazetteer.load())
    assert "新疆生产建设兵团卫生健康委员会" in labels(resolver)


def test_a_bare_bureau_in_one_persons_run_of_posts_is_of_the_place_of_the_body_before_it():
    text = "临沭县召开全市中医药工作会议。市卫生健康委党组书记、主任，中医药管理局局长王建国出席。"
    assert place_of(text, "中医药管理局") == code("临沂市")


def test_a_township_health_centre_is_also_named_with_its_county_before_it():
    resolver = resolve([facts("a.txt", "永城市卫生健康委员会召开会议。芒山镇卫生院作了发言。")], Gazetteer.load())
    assert "永城市芒山镇卫生院" in labels(resolver)["芒山镇卫生院"].alt_labels


def test_a_commission_and_a_bureau_carry_the_short_heads_reports_write_them_with():
    resolver = resolve([facts("a.txt", "商南县卫生健康委员会和宜城市卫生健康局召开会议。")], Gazetteer.load())
    assert {"商南县卫生健康委", "商南县卫健委"} <= labels(resolver)["商南县卫生健康委员会"].alt_labels
    assert "宜城市卫健局" in labels(resolver)["宜城市卫生健康局"].alt_labels


def test_a_merged_health_and_insurance_bureau_by_its_abbreviation_is_the_full_bureau():
    resolver = resolve([facts("a.txt", "宜城市卫健和医保局召开会议。")], Gazetteer.load())
    assert "宜城市卫生健康和医疗保障局" in labels(resolver)


def test_a_party_committee_written_with_its_level_twice_is_the_committee():
    resolver = resolve([facts("a.txt", "宜城市市委召开会议。")], Gazetteer.load())
    assert "宜城市市委" in labels(resolver)["宜城市委"].alt_labels


def test_a_hospitals_branch_named_after_another_place_lies_in_that_place():
    assert Gazetteer.load().division(place_of("广东省中医院贵州医院与南明区妇幼保健院签约。", "贵州医院")).name == "贵州省"


def test_a_government_written_short_is_also_named_with_its_head_in_full():
    resolver = resolve([facts("a.txt", "宜昌市政府、长阳县政府作了发言。")], Gazetteer.load())
    government = next(e for e in labels(resolver).values() if "长阳" in e.label)
    assert "长阳县人民政府" in government.alt_labels


def test_a_healthy_place_campaign_named_bare_is_also_its_building():
    resolver = resolve([facts("a.txt", "为推动“健康宜城”高质量发展作出贡献。")], Gazetteer.load())
    programme = next(e for e in resolver.entities.values() if e.type is EntityType.PROGRAMME)
    assert "健康宜城建设" in programme.alt_labels


def test_a_programme_with_its_own_head_takes_no_head_from_the_next():
    resolver = resolve([facts("a.txt", "深入开展爱国卫生运动和健康宜城行动。")], Gazetteer.load())
    assert not [e for e in resolver.entities.values() if e.label == "爱国卫生运动行动"]


def test_an_ethnic_township_is_found_by_the_name_without_its_people():
    gazetteer = Gazetteer.load()
    (town,) = [c for c in gazetteer.full("城关镇") if gazetteer.division(c).parent_code == code("睢县")]
    assert gazetteer.division(town).name == "城关回族镇"
    assert place_of("睢县召开会议。城关镇卫生院开展义诊。", "卫生院") == town


def test_a_relative_name_the_documents_place_cannot_give_takes_the_place_named_before_it():
    assert place_of("上海市普陀区召开座谈会。王海赴竹溪县担任县卫健委副主任。", "卫生健康委员会") == code("竹溪县")


def test_an_office_stationed_in_another_place_lies_there():
    assert place_of("浙江省人民政府驻上海办事处主任出席。", "办事处") == code("上海市")


def test_a_national_new_area_is_a_place_inside_its_city_not_another_name_of_it():
    resolver = resolve([facts("a.txt", "全力支持雄安新区建设。保定市卫健委参加。")], Gazetteer.load())
    area = next(e for e in resolver.entities.values() if e.label == "雄安新区")
    assert area.key != f"region/{code('保定市')}" and area.within == code("保定市")


def test_a_township_hospital_named_by_a_short_name_is_the_townships_not_a_countys():
    resolver = resolve([facts("a.txt", "来源:江津融媒体中心\n石门镇召开卫生健康工作会议,会议在石门中心卫生院召开。")], Gazetteer.load())
    assert not [e for e in labels(resolver).values() if e.label.startswith("石门县")]


def test_a_provincial_report_on_its_healthy_province_campaign_is_about_that_province():
    resolver = resolve([facts("a.txt", "全省推进健康湖南行动。省卫生健康委主任出席在长沙召开的会议,省委省政府高度重视。")], Gazetteer.load())
    assert labels(resolver)["湖南省卫生健康委员会"]
    assert "长沙市" in labels(resolver, EntityType.REGION)  # the city, not the 长沙县 inside it


def test_a_short_name_defined_in_brackets_is_an_alias_of_the_name_before_it():
    resolver = resolve([facts("a.txt", "琼中县人民政府与海南医科大学第一附属医院（下称“海医一附院”）签约。海医一附院派出专家。")],
                       Gazetteer.load())
    assert "海医一附院" in labels(resolver)["海南医科大学第一附属医院"].alt_labels
    assert "海医一附院" not in labels(resolver)


def test_an_ordinal_hospital_joined_to_another_of_a_place_is_of_that_place():
    resolver = resolve([facts("a.txt", "深圳市卫健委帮扶。喀什地区第一人民医院和第二人民医院派出力量。")], Gazetteer.load())
    assert "喀什地区第二人民医院" in labels(resolver)


def test_an_autonomous_countys_customary_abbreviation_and_its_bodies():
    resolver = resolve([facts("a.txt", "塔什库尔干塔吉克自治县召开会议。塔县县委书记出席,帮扶塔县人民医院。")], Gazetteer.load())
    assert {"塔什库尔干塔吉克自治县委", "塔什库尔干塔吉克自治县人民医院"} <= set(labels(resolver))


def test_an_autonomous_prefectures_bodies_are_also_written_with_its_short_name():
    resolver = resolve([facts("a.txt", "甘孜藏族自治州卫生健康工作会议召开。全州贯彻州委、州政府部署。")], Gazetteer.load())
    assert "甘孜州委" in labels(resolver)["甘孜藏族自治州委"].alt_labels
    assert "甘孜州政府" in labels(resolver)["甘孜藏族自治州人民政府"].alt_labels


def test_a_committees_office_names_the_committee_too():
    resolver = resolve([facts("a.txt", "健康中国綦江行动推进委员会办公室印发通知。")], Gazetteer.load())
    assert "健康中国綦江行动推进委员会" in labels(resolver)


def test_a_hospital_named_with_and_without_its_place_in_one_report_is_one_hospital():
    resolver = resolve([facts("a.txt", "上海徐浦中医医院组织义诊。徐浦中医医院邀请专家参加。")], Gazetteer.load())
    hospitals = [e for e in labels(resolver).values() if "徐浦" in e.label]
    assert len(hospitals) == 1 and "徐浦中医医院" in hospitals[0].alt_labels


def test_a_university_hospitals_abbreviation_without_its_city_is_that_hospital():
    resolver = resolve([facts("a.txt", "西安交通大学第一附属医院举行签约。交大一附院与雁塔区共建中心。")], Gazetteer.load())
    hospital = labels(resolver)["西安交通大学第一附属医院"]
    assert "交大一附院" in hospital.alt_labels and "交大一附院" not in labels(resolver)


def test_a_universitys_college_names_the_university_too():
    resolver = resolve([facts("a.txt", "温州市卫健委联合温州医科大学检验医学院开展义诊。")], Gazetteer.load())
    assert {"温州医科大学检验医学院", "温州医科大学"} <= set(labels(resolver))


def test_a_short_town_name_in_a_county_report_is_the_countys_own_town():
    resolver = resolve([facts("a.txt", "天台县卫生健康局总结。平桥镇卫生院建成胸痛救治单元，平桥群众受益。")], Gazetteer.load())
    towns = {e.admin_code for e in labels(resolver, EntityType.REGION).values() if "平桥" in e.label}
    assert towns and all(Gazetteer.load().is_within(c, code("天台县")) for c in towns)


def test_a_university_hospitals_branch_lies_in_the_place_it_is_named_after():
    assert place_of("平江县政府决定建好中南大学湘雅二医院平江医院。", "平江医院") == code("平江县")


def test_a_counties_bare_bureau_of_its_former_name_and_its_ethnic_hospital_are_its_own():
    resolver = resolve([facts("a.txt", "鄂托克旗召开会议。在卫计局的展台前,蒙医综合医院专家义诊。")], Gazetteer.load())
    assert {"鄂托克旗卫生健康局", "鄂托克旗蒙医综合医院"} <= set(labels(resolver))


def test_a_programme_listed_after_its_count_is_named_with_the_counts_head():
    resolver = resolve([facts("a.txt", "实施“四大工程”：名医培育、名科打造、名院建设。")], Gazetteer.load())
    assert {"名医培育工程", "名科打造工程", "名院建设工程"} <= set(labels(resolver, EntityType.PROGRAMME))


def test_an_abbreviation_made_of_a_longer_names_characters_is_that_institution():
    resolver = resolve([facts("a.txt", "湖医附一医院与新晃县人民医院签约。湖南医药学院第一附属医院副院长出席。"
                                       "浙大医学院附属邵逸夫医院专家与浙大医学院邵逸夫医院护士到场。")], Gazetteer.load())
    assert "湖医附一医院" in labels(resolver)["湖南医药学院第一附属医院"].alt_labels
    assert "浙大医学院邵逸夫医院" in labels(resolver)["浙大医学院附属邵逸夫医院"].alt_labels


def test_the_place_of_visitors_a_report_receives_is_not_what_the_report_is_about():
    text = ("网站首页 涟水 详情\n某县人大来涟考察\n本报讯 安徽省合肥市庐江县人大常委会副主任盛某一行来我县考察。"
            "考察团先后来到县疾控中心、县人民医院。这些经验为庐江县医共体建设提供了思路。")
    resolver = resolve([facts("a.txt", text)], Gazetteer.load())
    assert "涟水县人民医院" in labels(resolver)


def test_the_committee_of_a_places_healthy_building_is_one_body():
    resolver = resolve([facts("a.txt", "安康市健康办、健康安康建设工作委员会办公室组织迎检。")], Gazetteer.load())
    assert "健康安康建设工作委员会" in labels(resolver)


def test_a_page_in_traditional_script_names_its_entities_as_written_and_in_simplified():
    text = "菏澤市牡丹區衛生健康局召開全區衛生健康工作會議。區衛生健康局局長王磊講話。"
    document = clean(SourceDocument("a.txt", text, "utf-8"))
    facts_ = DocumentFacts(document=document, mentions=recognise(document))
    resolver = resolve([facts_], Gazetteer.load())
    bureau = labels(resolver)["菏泽市牡丹区卫生健康局"]
    assert {"菏澤市牡丹區衛生健康局", "區衛生健康局"} <= bureau.alt_labels
    assert "王磊" in labels(resolver, EntityType.PERSON)


def test_a_leagues_report_that_names_its_banners_is_the_leagues_and_its_relative_bodies_too():
    text = "锡林郭勒盟卫生健康委员会召开会议。盟卫生健康委主任讲话，苏尼特右旗卫生健康委、盟安神医院交流发言。苏尼特右旗推进改革。"
    document = facts("a.txt", text)
    resolver = resolve([document], Gazetteer.load())
    assert document.about_region == "region/" + code("锡林郭勒盟")
    assert "锡林郭勒盟安神医院" in labels(resolver)


def test_a_plan_named_after_a_healthy_place_campaign_says_where_the_report_is():
    document = facts("a.txt", "健康鲅鱼圈行动实施方案\n为贯彻落实上级要求，区卫生健康局牵头推进。")
    resolve([document], Gazetteer.load())
    assert document.about_region == "region/" + code("鲅鱼圈区")


def test_a_hospital_is_no_abbreviation_of_a_longer_body_whose_name_starts_with_it():
    text = "博雅大学附属仁心医院派出专家。博雅大学附属仁心医院晨曦健康管理中心附属医院开诊。"
    names = ("博雅大学附属仁心医院", "博雅大学附属仁心医院晨曦健康管理中心附属医院")
    starts = (0, text.index(names[1]))
    sentences = split_sentences(text)
    mentions = [Mention("a.txt", start, start + len(name), name, EntityType.INSTITUTION,
                        next(s for s in sentences if s[0] <= start < s[1])) for start, name in zip(starts, names)]
    document = CleanDocument(SourceDocument("a.txt", text, "utf-8"), text, sentences)
    resolver = resolve([DocumentFacts(document=document, mentions=mentions)], Gazetteer.load())
    assert set(names) <= set(labels(resolver))


def test_a_congress_named_with_its_term_is_the_congress_of_every_term():
    resolver = resolve([facts("a.txt", "宜城市第十五届人大三次会议开幕。宜城市人大常委会主任出席。")], Gazetteer.load())
    congress = labels(resolver)["宜城市人大"]
    assert "宜城市第十五届人大" in congress.alt_labels


def test_a_county_report_that_names_only_its_visitors_cities_is_the_county_of_its_outlets_dateline():
    text = "云上竹山报道:(全媒体记者 王某)5月22日,武汉市中心医院、黄石市中心医院医生组成的医疗队走进县人民医院,为我县群众义诊。"
    document = clean(SourceDocument("a.txt", text, "utf-8"))
    resolver = resolve([DocumentFacts(document=document, mentions=recognise(document))], Gazetteer.load())
    assert "竹山县人民医院" in labels(resolver)


def test_two_street_names_each_shared_by_several_counties_settle_on_the_one_county_that_holds_both():
    text = "长丰街道社区卫生服务中心与荣华街道社区卫生服务中心开展义诊。"
    resolver = resolve([facts("a.txt", text)], Gazetteer.load())
    centre = labels(resolver)["长丰街道社区卫生服务中心"]
    assert Gazetteer.load().division(centre.admin_code).name == "长丰街道"
    assert Gazetteer.load().division(Gazetteer.load().division(centre.admin_code).parent_code).name == "硚口区"


def test_a_zones_bureau_named_without_its_place_is_the_reports_own_zones():
    resolver = resolve([facts("a.txt", "浦东新区卫生健康委召开会议。新区卫生局副局长王某某出席。")], Gazetteer.load())
    bureau = labels(resolver)["浦东新区卫生局"]
    assert Gazetteer.load().division(bureau.admin_code).name == "浦东新区" and "浦东新区新区卫生局" not in bureau.alt_labels


def test_a_county_of_all_peoples_is_written_with_its_short_name_and_level_word():
    gazetteer = Gazetteer.load()
    assert gazetteer.short("隆林县") == gazetteer.full("隆林各族自治县")


def test_a_village_committee_named_after_its_township_is_also_called_by_the_village_alone():
    resolver = resolve([facts("a.txt", "高州市卫生健康局在大坡镇甲乙村委会选址新建卫生站。")], Gazetteer.load())
    assert "甲乙村委会" in labels(resolver)["大坡镇甲乙村委会"].alt_labels


def test_a_hospital_named_without_a_place_in_a_countys_report_is_the_countys_but_a_universitys_is_not():
    text = "竹山县卫生健康局召开会议。全县医疗机构参加，甲乙医院、丙丁大学附属医院专家参加。"
    resolver = resolve([facts("a.txt", text)], Gazetteer.load())
    institutions = labels(resolver)
    assert Gazetteer.load().division(institutions["甲乙医院"].admin_code).name == "竹山县"
    assert institutions["丙丁大学附属医院"].admin_code is None


def test_a_committee_of_the_nations_campaign_in_a_place_lies_in_that_place():
    resolver = resolve([facts("a.txt", "健康中国·宜城行动推进委员会办公室印发通知。")], Gazetteer.load())
    committee = next(e for e in labels(resolver).values() if "推进委员会" in e.label)
    assert Gazetteer.load().division(committee.admin_code).name == "宜城市"


def test_a_zone_with_a_name_of_its_own_and_its_bodies_lie_in_the_documents_place():
    text = "大连市卫生健康委召开会议。甲乙岛经济技术开发区管委会参加。甲乙岛经济技术开发区位于北部。"
    resolver = resolve([facts("a.txt", text)], Gazetteer.load())
    dalian = Gazetteer.load().full("大连市")[0]
    assert labels(resolver)["甲乙岛经济技术开发区管委会"].admin_code == dalian
    assert labels(resolver, EntityType.REGION)["甲乙岛经济技术开发区"].within == dalian


def test_a_governments_office_named_with_its_short_name_is_the_peoples_governments_office():
    resolver = resolve([facts("a.txt", "柞水县卫生健康局召开会议，县政府办公室副主任王某某出席。")], Gazetteer.load())
    assert "柞水县人民政府办公室" in labels(resolver)


def test_the_national_congress_named_with_its_term_is_the_congress():
    resolver = resolve([facts("a.txt", "十四届全国政协委员王某某出席会议。")], Gazetteer.load())
    assert "十四届全国政协" in labels(resolver)["全国政协"].alt_labels
