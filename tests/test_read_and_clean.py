from pathlib import Path

import pytest

from kg.clean import clean
from kg.model import SourceDocument
from kg.read import ReadError, document_date, document_year, find_documents, read_document

SENTENCE = "东川县卫生健康局召开全县卫生健康工作会议。"


def test_gb18030_text_is_detected_and_decoded(tmp_path):
    file = tmp_path / "gb.txt"
    file.write_bytes((SENTENCE * 5).encode("gb18030"))
    document = read_document(file, "gb.txt")
    assert document.text.startswith(SENTENCE)
    assert document.encoding == "gb18030"


def test_utf16_with_bom_is_decoded(tmp_path):
    file = tmp_path / "u16.txt"
    file.write_bytes(SENTENCE.encode("utf-16"))
    assert read_document(file, "u16.txt").text == SENTENCE


def test_html_page_gives_its_article_text_and_title(tmp_path):
    file = tmp_path / "page.html"
    file.write_text(
        "<html><head><title>工作会议</title><script>var x=1;</script></head><body><nav>首页 新闻</nav>"
        f"<article><p>{SENTENCE}</p></article><footer>版权所有</footer></body></html>",
        encoding="utf-8",
    )
    document = read_document(file, "page.html")
    assert document.text == SENTENCE
    assert document.title == "工作会议"


def test_empty_file_is_an_error_naming_the_file(tmp_path):
    file = tmp_path / "empty.txt"
    file.write_bytes(b"")
    with pytest.raises(ReadError, match="empty.txt: empty file"):
        read_document(file, "empty.txt")


def test_binary_file_is_an_error_naming_the_file(tmp_path):
    file = tmp_path / "image.txt"
    file.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(ReadError, match="image.txt"):
        read_document(file, "image.txt")


def test_missing_path_is_an_error():
    with pytest.raises(ReadError, match="no such file"):
        find_documents([Path("/nonexistent/folder")])


def test_chrome_is_blanked_and_offsets_still_point_into_the_original(tmp_path):
    text = f"来源:某某新闻网\n{SENTENCE}\n相关推荐\n免责声明:本网转载\n"
    file = tmp_path / "page.txt"
    file.write_text(text, encoding="utf-8")
    cleaned = clean(read_document(file, "page.txt"))
    assert len(cleaned.body) == len(text)
    assert "来源" not in cleaned.body and "免责声明" not in cleaned.body
    start = cleaned.body.index("东川县")
    assert text[start:start + 3] == "东川县"


def test_sentences_split_at_chinese_full_stops():
    from kg.clean import split_sentences

    body = "第一句话。第二句话！\n第三句"
    assert [body[s:e] for s, e in split_sentences(body)] == ["第一句话。", "第二句话！", "第三句"]


@pytest.mark.parametrize("chrome", ["东川【健康卫生】", "某某网记者 张三 东川报道 "])
def test_column_labels_and_bylines_that_name_a_place_are_chrome(tmp_path, chrome):
    file = tmp_path / "page.txt"
    file.write_text(f"{chrome}{SENTENCE}\n", encoding="utf-8")
    cleaned = clean(read_document(file, "page.txt"))
    assert cleaned.body.startswith(" " * len(chrome)) and SENTENCE in cleaned.body


def test_a_signing_date_under_the_issuer_is_the_documents_date_not_the_pages():
    text = "发布时间：2021-02-07\n关于东川县健康乡村建设的通知\n……\n东川县人民政府办公室\n2016年3月30日\n"
    assert document_date(text) == "2016-03-30"
    assert document_year(text, document_date(text)) == 2016


def test_an_undated_report_belongs_to_the_year_its_text_names_most():
    text = "2019年工作回顾。2019年全县新建卫生室5个。2020年工作安排：2020年完成医共体建设，2020年底前验收。"
    assert document_date(text) == ""
    assert document_year(text, "") == 2020


def test_a_file_number_gives_the_year_of_an_undated_notice():
    assert document_year("东政办发〔2018〕12号\n关于做好2019年家庭医生签约工作的通知", "") == 2018


@pytest.mark.parametrize("byline", ["发布单位:卫健委 发布人:王小明 发布时间:2023-08-16", "终 审:王小明", "文图:王小明",
                                    "记者 王小明 通讯员 李红", "文/王小明 图/东川县卫健局", "一审：王明 二审：李红 三审：张强",
                                    "编 辑:王明 责任编辑:李红", "三 审:王明 监 制: 李红", "审发:王明 李红"])
def test_a_byline_line_is_chrome(byline):
    text = f"东川县卫生健康局召开会议。\n{byline}\n"
    body = clean(SourceDocument("a.txt", text, "utf-8")).body
    assert body.startswith("东川县卫生健康局召开会议。") and "王" not in body


@pytest.mark.parametrize("text, kept", [
    ("东川县卫生健康局召开会议。(东川县委会 王小明,县卫健局办公室 李红)\n", "东川县卫生健康局召开会议。"),  # with their bodies
    ("东川县卫生健康局召开会议。\n(王小明 李 红)\n", "东川县卫生健康局召开会议。"),  # on a line of their own
    ("图为东川县义诊现场。记者王小明摄\n", "图为东川县义诊现场。"),  # a photo's credit
    ("东川县卫生健康局召开会议。\n(王村卫生院 王小明办公室)\n", "东川县卫生健康局召开会议。"),  # the writing units
    ("来源:东川日报 制图 王小明 绘图 李红 张强\n东川县卫生健康局召开会议。\n", "东川县卫生健康局召开会议。"),  # graphics
    ("东川县卫生健康局召开会议。\n~ 融媒体特约记者:王小明 李红\n", "东川县卫生健康局召开会议。"),  # after noise
    ("王水风报道:为践行健康中国战略,东川县卫生健康局开展义诊。\n", "东川县卫生健康局开展义诊。"),  # an outlet's dateline
    ("东川县卫生健康局召开会议。\n图文/王小明 李红     编辑/王强\n", "东川县卫生健康局召开会议。"),  # slashes
    ("东川县卫生健康局介绍情况(某某网发 王小明 摄)\n", "东川县卫生健康局介绍情况"),  # a photo's source
    ("本网讯 通讯员王小明 李红 9月21日,东川县卫生健康局开展义诊。\n", "9月21日,东川县卫生健康局开展义诊。"),
    ("(王小明 李红)为更好地服务患者,东川县卫生健康局开展义诊。\n", "为更好地服务患者,东川县卫生健康局开展义诊。"),
    ("东川县卫生健康局召开会议。\n初审王小明   复审:李红\n", "东川县卫生健康局召开会议。"),  # a reviewer without a colon
    ("东川县卫生健康局召开会议。\n政法委书记 王小明 13912345678\n", "东川县卫生健康局召开会议。"),  # a directory
])
def test_the_writers_credits_are_chrome(text, kept):
    body = clean(SourceDocument("a.txt", text, "utf-8")).body
    assert kept in body and "王" not in body


def test_a_news_outlets_dateline_opening_a_paragraph_is_chrome():
    text = "  ·大美东川客户端讯 1月20日,东川县召开卫生健康工作会议。\n"
    body = clean(SourceDocument("a.txt", text, "utf-8")).body
    assert "客户端" not in body and "东川县召开卫生健康工作会议" in body


def test_the_sites_own_dateline_with_the_writer_leaves_the_paragraph_that_follows():
    text = "本网讯(通讯员 王某某 文/图)近日,东川县人民医院召开职工代表大会。\n"
    body = clean(SourceDocument("a.txt", text, "utf-8")).body
    assert "通讯员" not in body and "东川县人民医院召开职工代表大会" in body


def test_a_sites_greeting_and_welcome_lines_are_chrome():
    text = "您好:某某科技有限公司\n\n欢迎来到某某招标网\n东川县召开卫生健康工作会议。\n"
    body = clean(SourceDocument("a.txt", text, "utf-8")).body
    assert "科技" not in body and "招标网" not in body and "东川县召开卫生健康工作会议" in body


def test_a_news_sentence_that_opens_with_the_reporter_is_kept():
    text = "记者从东川县卫生健康局获悉，今年全县新建村卫生室5个。\n"
    assert clean(SourceDocument("a.txt", text, "utf-8")).body == text


@pytest.mark.parametrize("chrome", [
    "  • 走进东川\n  • 政民互动\n  • 数据开放\n",   # a site's menu
    "东川要闻\n",                                  # a column's label
    "2024-11-05 16:20   东川\n",                    # a time stamp with the place it was filed from
    "首页>>新闻中心>>东川动态\n",                   # breadcrumbs
    "某某网首页 > 某某东川 > 正文\n",               # breadcrumbs with single arrows
    "您所在的位置:东川网 > 信息资讯 > 东川新闻\n",  # breadcrumbs after where you are
    "最新信息\n- 关于东川县某某工作的通...[10-08]\n- 2023年东川县中医院公开招聘公告[10-08]\n",  # a list of the latest links
    "东川日报客户端记者张某某东川报业记者李某某通讯员王某某\n",  # bylines run together
    "赵某某-文/图责任编辑:张某某编辑:东川\n",  # a credit line
    "编辑丨东川 责编丨陶某 冯某\n",  # labels with a bar
    "■通讯员 东川 秦 瑶\n",  # a byline whose names are spaced out
    "东川网东川新闻5月15日电\n",                    # a news agency's dateline
    "主办单位：东川县卫生健康局\n",                 # a site's footer
    "东川县人民政府办公室主办\n",                   # a site's footer, the body before its role
    "发布:东川县卫生健康局 时间:2024-04-17\n",      # who published the page
    "首页|本地|东川|西川|南川|北川\n",              # a navigation bar
    "中央人民政府某省人民政府东川县人民政府 无障碍\n",  # a government site's header links
    "东川县人民政府主办 电子政务办承办 地址 : 某省东川县 某ICP备05005603号-1\n",  # a site's footer line
    "东川县地处某省东北部,为某市辖县,南北长38.2公里,区域面积1225平方公里。\n",  # the site's profile of its place
])
def test_menus_labels_stamps_breadcrumbs_datelines_and_footers_are_chrome(chrome):
    text = f"{chrome}{SENTENCE}\n"
    body = clean(SourceDocument("a.txt", text, "utf-8")).body
    assert SENTENCE in body and "东川" not in body.replace(SENTENCE, "")


def test_a_source_credited_inside_a_line_is_chrome_and_the_sentence_is_kept():
    text = f"{SENTENCE} 来源:东川发布 | 编辑:王明\n"
    body = clean(SourceDocument("a.txt", text, "utf-8")).body
    assert body.startswith(SENTENCE) and "东川发布" not in body and "王明" not in body


def test_a_short_bulleted_list_inside_the_article_is_kept():
    text = f"{SENTENCE}\n• 东川县人民医院\n• 东川县中医院\n"
    assert clean(SourceDocument("a.txt", text, "utf-8")).body == text


@pytest.mark.parametrize("credit", [
    "（东川新闻记者 王明 通讯员 李华）",   # a news site's reporter and correspondent in brackets
])
def test_a_reporter_credited_in_brackets_after_the_sites_name_is_chrome(credit):
    text = f"{credit}{SENTENCE}\n"
    body = clean(SourceDocument("a.txt", text, "utf-8")).body
    assert SENTENCE in body and "王明" not in body and "李华" not in body


def test_a_writer_in_brackets_after_the_last_sentence_and_an_editor_line_are_chrome():
    text = f"{SENTENCE}（王小明）\n编审：李华\n"
    body = clean(SourceDocument("a.txt", text, "utf-8")).body
    assert body.startswith(SENTENCE) and "王小明" not in body and "李华" not in body


def test_what_follows_the_credit_that_closes_a_news_article_is_chrome():
    text = f"{SENTENCE}\n{SENTENCE}(来源:东川日报 记者 王某)\n西川县卫生院举办义诊活动\n"
    body = clean(SourceDocument("a.txt", text, "utf-8")).body
    assert body.startswith(f"{SENTENCE}\n{SENTENCE}") and "西川" not in body


def test_a_bar_of_links_that_share_their_first_word_is_chrome():
    text = f"今日东川 今日宜城 今日永城 今日商南 今日大丰 今日兰考\n{SENTENCE}\n"
    body = clean(SourceDocument("a.txt", text, "utf-8")).body
    assert "今日" not in body and SENTENCE in body


def test_a_line_of_names_set_apart_by_spaces_is_kept():
    text = f"{SENTENCE}\n王建国 李志伟 陈家顺 张明华 刘晓东\n"
    assert clean(SourceDocument("a.txt", text, "utf-8")).body == text


@pytest.mark.parametrize("line", [
    "□ 王明 本报记者 李华 文/图",          # a byline that credits text and photos
    "东川在线(王明 李华)",                  # an outlet's dateline with its writers in brackets
])
def test_bylines_and_datelines_with_writers_are_chrome(line):
    body = clean(SourceDocument("a.txt", f"{line}{SENTENCE}\n" if "在线" in line else f"{line}\n{SENTENCE}\n", "utf-8")).body
    assert "王明" not in body and "李华" not in body and SENTENCE in body


def test_a_bulleted_run_of_designations_in_the_pages_header_is_chrome():
    header = "• 国家三级甲等中医院\n• 东川大学非直属附属医院\n• 宜城市第一人民医院医疗集团成员单位\n"
    text = header + "\n".join([SENTENCE] * 8) + "\n"
    body = clean(SourceDocument("a.txt", text, "utf-8")).body
    assert "医院" not in body[:len(header)] and body.endswith(SENTENCE + "\n")


@pytest.mark.parametrize("footer", ["医院地址:东川县王家镇王家路8号", "医院电话:0554-1234567", "微信公众号",
                                    "《东川县召开会议》由王家新闻网提供,转载请注明出处", "网站技术支持电话:027-1234 地址:王家路70号",
                                    "上一条:王家镇举办助学金发放仪式", "(通讯员:王胜 初审:王明", "编辑:王布 总编辑:王芳 审核:王桂芳", "编辑/排版:王媛媛"])
def test_a_sites_address_contacts_and_reprint_notice_are_chrome(footer):
    body = clean(SourceDocument("a.txt", f"东川县卫生健康局召开会议。\n{footer}\n", "utf-8")).body
    assert body.startswith("东川县卫生健康局召开会议。") and "王" not in body and "公众号" not in body


def test_what_follows_the_end_mark_of_a_news_article_is_chrome():
    text = "东川县卫生健康局召开会议,部署全年工作。会议要求各单位抓好落实,确保完成任务。(完)\n王国“卫星3”号发射成功 王家新闻\n"
    body = clean(SourceDocument("a.txt", text, "utf-8")).body
    assert "部署全年工作" in body and "王" not in body


def test_other_articles_headlines_under_a_column_label_late_in_a_page_are_chrome():
    text = "东川县卫生健康局召开会议,部署全年工作,要求各单位抓好落实,确保完成全年目标任务。\n【要闻】王某某:加强管理\n【创卫要闻】王某某:确保目标\n"
    body = clean(SourceDocument("a.txt", text, "utf-8")).body
    assert "部署全年工作" in body and "王" not in body


def test_a_page_in_traditional_script_is_read_as_simplified_with_its_offsets_kept():
    text = "發布時間:2025-02-19 21:14\n牡丹區衛生健康局召開會議。\n"
    body = clean(SourceDocument("a.txt", text, "utf-8")).body
    assert len(body) == len(text)
    assert "牡丹区卫生健康局召开会议。" in body and "发布时间" not in body
