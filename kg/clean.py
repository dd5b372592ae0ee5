"""Clean: blank out site chrome so that recognition sees only the article, in simplified script.

Chrome is replaced by spaces of the same length (newlines kept), and a page in traditional script
(衛生健康局) is read character for character as simplified (卫生健康局), so every offset found later
still points into the original text; the original surface stays the mention's label there.
"""
from __future__ import annotations

import re

import opencc

from .model import CleanDocument, SourceDocument

TO_SIMPLIFIED = opencc.OpenCC("t2s")
TO_TRADITIONAL = opencc.OpenCC("s2t")

# A line that is chrome as a whole: sources, bylines, disclaimers, copyright, contacts, share bars.
CHROME_LINE = re.compile(
    r"^\s*(?:[·•【\[(（]?\s*)?(?:"
    r"(?:本文|文章|信息|稿件|新闻)?来源\s*[:：]|"
    r"(?:责任|本期|网络|值班)?编辑\s*[:：]|责任编辑|责编|审核\s*[:：]|审校|校对\s*[:：]|作者\s*[:：]|供稿\s*[:：]|"
    r"(?:一审|二审|三审|初审|复审|终审|审签|审发|签发|撰稿|主编|编审|摄影|摄像|编辑\s*[/／]\s*排版|排版)\s*[:：]|"
    r"(?:[一二三初复终]\s审|编\s辑|监\s*制|审\s核|校\s对|责\s编)\s*[:：]|"  # labels spaced out: 三 审:某某 监 制:某某
    r"发布(?:时间|日期|机构|单位|人|者)?\s*[:：]|发布(?:时间|日期|机构)|时间\s*[:：]\s*\d|浏览(?:次数|量)|阅读(?:量|数|次数)|点击(?:数|量|率)|"
    r"相关(?:推荐|阅读|新闻|文章|链接)|猜你喜欢|热门(?:推荐|文章|新闻)|最热新闻|最近更新|推荐阅读|延伸阅读|"
    r"免责声明|版权(?:所有|声明)|copyright|©|声明\s*[:：]|"
    r"[^。]{0,20}(?:举报|联系)(?:电话|邮箱)|[\u4e00-\u9fa5]{0,8}(?:电话|邮箱|传真|邮编|地址)\s*[:：]|"  # 医院地址：…, 网站技术支持电话：…
    r"(?:微信公众号|公众号|小程序|微信|微博|抖音|视频号|客户端)\s*$|"
    r"[^。]{0,10}ICP|[^。]{0,10}备案号|[^。]{0,10}公网安备|[^。\n]{0,80}(?:ICP备|公网安备)|"  # a footer: 某某主办 … 地址 … ICP备
    r"分享到|扫一扫|打印(?:本页|此页)?\s*$|关闭(?:窗口|本页)|返回顶部|上一篇|下一篇|上一条|下一条|您好\s*[:：，,]|欢迎(?:来到|访问|光临)|"
    r"(?:发表|网友|热门|最新)?评论|点赞|收藏|登录|注册|申请入驻|"
    r"您(?:现在|当前)?(?:所在)?的位置|所在位置|当前位置|首页\s*[>＞]|字号|索\s*引\s*号|中文域名|"
    r"(?:主办|承办|协办|主管)(?:单位)?\s*[:：]|[^。，,\n]{2,30}(?:主办|承办|协办|开办|主管)\s*$|技术支持|网站(?:标识码|地图)|联系我们|"
    r"原标题\s*[:：]|(?:内容|图片|图文)来自|(?:当前)?报纸名称|"
    r"[^。，,；;\n]{0,6}(?:要闻|融媒|新闻|动态|头条|快讯|资讯|发布|信息)\s*$|"  # a column's label on its own line
    r"[^。\n]{2,60}?[\[【]\d{1,2}[-/.]\d{1,2}[\]】]\s*$|"  # a link in a list of the latest: - 某某通知...[10-08]
    r"(?=(?:[^。，,\n]*?(?:记者|通讯员)){2})[^。，,\n]{4,80}$|"  # bylines run together: 某报记者某某某网记者某某通讯员某某
    r"(?:编辑|责编|校对|审核|审校|监制|美编|记者|通讯员)\s*[丨|｜]|"  # 编辑丨某某 责编丨某某: labels with a bar
    r"[^。，,\n]{0,20}?(?:文\s*[/／]\s*图|责任编辑\s*[:：])[^。\n]*$|"  # a credit line: 某某-文/图责任编辑:某某
    r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?[^。，,\n]{0,20}$|"  # a time stamp and a place
    r"[^。\n]{0,60}(?:>>|＞＞|»)|(?:[^。，,>＞\n]{1,12}[>＞]\s*){2,}[^。，,\n]{0,12}$|"  # breadcrumbs
    r"(?:[^。，,|丨\n]{1,10}[|丨]){3,}|"  # a navigation bar: 本地|国内|国际|…
    r"中央人民政府|中国政府网|[^。\n]{0,60}无障碍|"  # a government site's header links
    r"[\u4e00-\u9fa5]{2,10}(?:县|市|区|旗|州)(?:地处|位于)[^\n]{0,120}(?:面积|平方公里|总人口)|"  # the site's profile of its place
    r"[^。，,\n]{0,30}(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-\d{7,8})\s*$|"  # a line of a directory that ends in a telephone number
    r"[①②③][^。]{0,30}(?:稿件|转载|授权)|本网(?!讯)|转载|[^\n]{0,120}转载请注明"  # not 本网讯(通讯员 某某)近日,…: a dateline
    r")",
    re.IGNORECASE,
)
# Chrome inside a line: a newspaper dateline with a reporter, a trailing editor in brackets.
CHROME_INLINE = [
    re.compile(r"^[^。，,\n]{0,30}?(?:讯|电)\s*[(（](?:记者|通讯员)[^)）\n]{0,40}[)）]"),
    re.compile(r"[(（]\s*[^()（）\n]{0,8}?(?:实习|特约)?(?:记者|通讯员|编辑|责任编辑|来源|作者|摄影|文\s*[/／]|图\s*[/／])[^)）\n]{0,40}(?:[)）]|$)"),
    # A writer credited in brackets after the last sentence of a report (…体检。(某某某)).
    re.compile(r"(?<=[。！!])\s*[(（][\u4e00-\u9fa5]{2,4}(?:[\s、，,][\u4e00-\u9fa5]{2,4})*[)）]\s*$"),
    # ·某某客户端讯 1月20日,…: a news outlet's dateline opening the paragraph
    re.compile(r"^[\s·•]*[\u4e00-\u9fa5]{2,12}(?:客户端|新闻网|网|日报|晚报|电视台|融媒)讯"),
    re.compile(r"^[\s·•]*[\u4e00-\u9fa5]{2,12}报道\s*[:：]"),  # 某某风报道:为…: an outlet's dateline
    # 图为…现场。记者某某摄: a photo's credit
    re.compile(r"(?:记者|通讯员)\s?[\u4e00-\u9fa5]{2,4}\s?摄"),
    # (某某某 某 某): a line that only credits the writers, their names spaced out or not
    re.compile(r"^\s*[(（]\s*[\u4e00-\u9fa5](?:\s?[\u4e00-\u9fa5]){1,3}(?:[\s、，,]+[\u4e00-\u9fa5](?:\s?[\u4e00-\u9fa5]){1,3})*\s*[)）]\s*$"),
    # (某医院 某某办公室): a line that only credits the writing units
    re.compile(r"^\s*[(（]\s*[\u4e00-\u9fa5]{2,12}(?:\s+[\u4e00-\u9fa5]{2,12}){1,3}\s*[)）]\s*$"),
    # (某某市委会 某某某,某某部 某某): the writers with their bodies, after the article's last sentence
    re.compile(r"(?<=[。！!])\s*[(（][\u4e00-\u9fa5]{2,20}\s+[\u4e00-\u9fa5]{2,4}(?:[、，,；;]\s*[\u4e00-\u9fa5]{2,20}\s+[\u4e00-\u9fa5]{2,4})*[)）]\s*$"),
    # A line that is only a byline: 记者 某某 通讯员 某某, 文/某某 图/某某.
    re.compile(r"^\s*[^。，,\n]{0,10}?(?:(?:实习|特约)?(?:记者|通讯员)|摄影|文\s*[/／]|图\s*[/／])\s*[:：]?\s*"
               r"[\u4e00-\u9fa5·]{2,12}(?:[\s、，,]+(?:(?:记者|通讯员|摄影|图\s*[/／])\s*[:：]?\s*)?[\u4e00-\u9fa5·]{1,12})*\s*$"),
    re.compile(r"^[^。\n]{0,40}(?:www\.|https?://)\S*"),
    re.compile(r"此处隐藏\d+个字[^\n]*"),  # a paywall's notice
    # A byline that credits the text and the photos (□ 某某 本报记者 某某 文/图).
    re.compile(r"^[^。，,\n]{0,30}(?:记者|通讯员)[^。，,\n]{0,20}(?:文\s*[/／]\s*图|摄)\s*$"),
    # An outlet's dateline with its writers in brackets (某某在线(某某 某某)2月1日,…).
    re.compile(r"^[\s·•]*[\u4e00-\u9fa5]{2,12}(?:在线|网|日报|客户端|融媒)\s*[(（][\u4e00-\u9fa5]{2,4}(?:[\s、，,][\u4e00-\u9fa5]{2,4})*[)）]"),
    # A byline that ends in the place it was filed from (大众网记者 某某 某地报道).
    re.compile(r"^[^。，,\n]{0,20}(?:记者|通讯员)[^。，,\n]{0,30}?报道\s*"),
    # A source, editor or reviewer credited inside a line (…工作格局。 来源:某某发布 | 编辑:某某 审核:某某).
    re.compile(r"(?:来源|总编辑|综合编辑|责任编辑|编辑|作者|审核|初审|复审|终审|审校|校对|监制|通讯员|文图|图文|文字|发布人)\s*[:：]\s*[^\s|丨。，,]{1,20}"),
    # Credits that run to the end of a line or a bracket, or to the date that opens the article, the names
    # after spaces (制图 某某 绘图 某某 某某, 通讯员某某 某某 9月21日).
    re.compile(r"(?:制图|绘图|设计|摄影|摄像|美编|剪辑|海报|(?:特约|实习)?记者|通讯员)(?:\s*[:：/／]\s*|\s+|(?=[\u4e00-\u9fa5]{2,4}\s))"
               r"[\u4e00-\u9fa5·]{2,6}(?:\s+[\u4e00-\u9fa5·]{2,6})*\s*(?=[)）]|$|\d{1,2}月)"),
    # Credits with a slash (图文/某某 某某 编辑/某某), a reviewer without a colon (初审某某), a photo's source (某网发 某某 摄).
    re.compile(r"(?:图文|文图|文字|编辑|责编|审核|校对)\s*[/／]\s*[\u4e00-\u9fa5·]{2,6}(?:\s+(?![\u4e00-\u9fa5]{2}\s*[/／])[\u4e00-\u9fa5·]{2,6})*"),
    re.compile(r"(?:初审|复审|终审|一审|二审|三审)\s*[:：]?\s*[\u4e00-\u9fa5]{2,4}"),
    re.compile(r"[(（][^()（）\n]{0,20}\s摄\s*[)）]"),
    # Writers in brackets opening a paragraph: (某某 某某某)为更好地…
    re.compile(r"^\s*[(（][\u4e00-\u9fa5]{2,4}(?:\s+[\u4e00-\u9fa5]{2,4})+[)）]"),
    # A news agency's dateline (某某网某地新闻5月15日电) and a broadcaster credited in brackets.
    re.compile(r"^[^。，,\n]{0,20}?\d{1,2}月\d{1,2}日(?:讯|电)(?:\s*[(（][^)）\n]{1,20}[)）])?"),
    re.compile(r"[(（][^()（）\n]{1,10}(?:电视台|融媒体中心|日报|晚报|新闻网|发布)[)）]"),
    # A site's column label before the title (某省【卫生健康】).
    re.compile(r"^[^。，,\n【]{0,8}【[^】\n]{1,10}】"),
]
SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』）)]?|\n+")
# A trailing block of chrome starts at the first line of this kind in the last part of a page.
TAIL_START = re.compile(r"^\s*(?:【[^】\n]{0,6}(?:要闻|科普|动态|快讯|资讯|热点)】|相关(?:推荐|阅读|新闻|文章)|新闻推荐|猜你喜欢|热门推荐|推荐阅读|免责声明|[①]|版权所有)")
# ... or right after the credit that closes a news article (…。（来源：某某日报 记者 某某）, …。（完）): what
# follows on a news page is other articles' headlines, editors and notices.
ARTICLE_END = re.compile(r"(?:^|[。！!])\s*[(（](?:(?:来源|稿源|记者|通讯员|作者)[:：\s][^)）\n]{1,40}|完)[)）]\s*$")


# A site's menu: a run of short bulleted lines (• 走进某县 • 政民互动 • 数据开放).
MENU_ITEM = re.compile(r"^\s*[•▪◆■●]\s*[^。，,；;\n]{1,12}\s*$")
# In a page's header the items may be longer: a hospital's designations (• 某大学附属医院 • 某某医疗集团成员单位).
HEADER_ITEM = re.compile(r"^\s*[•▪◆■●]\s*[^。，,；;\n]{1,24}\s*$")
HEADER_SHARE = 0.25
MENU_RUN = 3
LINK_BAR_ITEMS = 5


def _blank(text: str) -> str:
    return "".join(ch if ch == "\n" else " " for ch in text)


def simplified(text: str) -> str:
    """The text in simplified script, of the same length (character by character where a phrase
    would convert to another length)."""
    converted = TO_SIMPLIFIED.convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(c if len(c := TO_SIMPLIFIED.convert(ch)) == 1 else ch for ch in text)


def in_traditional_script(text: str) -> bool:
    """Whether a page is written in traditional script: more than a stray character (體) of it converts."""
    converted = TO_SIMPLIFIED.convert(text)
    changed = sum(a != b for a, b in zip(text, converted))
    return changed > 0.02 * sum("\u4e00" <= ch <= "\u9fff" for ch in text)


def traditional(text: str) -> str:
    """A name in traditional script, as a page in that script writes it (卫生健康局 → 衛生健康局)."""
    return TO_TRADITIONAL.convert(text)


def clean(document: SourceDocument) -> CleanDocument:
    text = simplified(document.text)
    lines = text.splitlines(keepends=True)
    menu = _menu_lines(lines)
    out: list[str] = []
    tail = False
    position = 0
    for index, line in enumerate(lines):
        if not tail and TAIL_START.match(line) and position > len(text) * 0.5:
            tail = True
        closes_article = ARTICLE_END.search(line) and position + len(line) > len(text) * 0.5
        if tail or index in menu or CHROME_LINE.match(line) or _link_bar(line):
            out.append(_blank(line))
        else:
            for pattern in CHROME_INLINE:
                line = pattern.sub(lambda m: _blank(m.group(0)), line)
            out.append(line)
        position += len(line)
        tail = tail or bool(closes_article)
    body = "".join(out)
    return CleanDocument(source=document, body=body, sentences=split_sentences(body))


def _link_bar(line: str) -> bool:
    """A site's bar of links that share their first word (今日甲县 今日乙县 今日丙县 …)."""
    items = line.split()
    return len(items) >= LINK_BAR_ITEMS and all(3 <= len(item) <= 8 for item in items) and len({item[:2] for item in items}) == 1


def _menu_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines in runs of at least MENU_RUN menu items (blank lines between allowed)."""
    header_end = sum(map(len, lines)) * HEADER_SHARE
    menu: set[int] = set()
    run: list[int] = []
    position = 0
    for index, line in enumerate(lines + [""]):
        if MENU_ITEM.match(line) or (HEADER_ITEM.match(line) and position < header_end):
            run.append(index)
        elif line.strip() or index == len(lines):
            if len(run) >= MENU_RUN:
                menu.update(run)
            run = []
        position += len(line)
    return menu


def split_sentences(body: str) -> tuple[tuple[int, int], ...]:
    sentences: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_END.finditer(body):
        end = match.end()
        if body[start:end].strip():
            sentences.append(strip_span(body, start, end))
        start = end
    if body[start:].strip():
        sentences.append(strip_span(body, start, len(body)))
    return tuple(sentences)


def strip_span(body: str, start: int, end: int) -> tuple[int, int]:
    """The span without the whitespace at either end."""
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end
