"""The grammar of the genre: the heads, titles and markers that name things in health-policy prose.

These are closed word classes of the genre (institution heads, official titles, programme head
words, common surnames), not names taken from any document.
"""
from __future__ import annotations

import re

import jieba

CJK = r"\u4e00-\u9fa5"

# Institution heads, longest first so that the regex prefers the fullest head. Venues (某市会议中心) are
# among them: a meeting place named after its city is a body, not a mention of the city.
INSTITUTION_HEADS = sorted(
    """卫生健康委员会 卫生和计划生育委员会 卫生计生委员会 卫生计生委 卫计生委 卫生健康委 卫健委 卫计委 卫生委
    卫生健康局 卫生和计划生育局 卫生计生局 卫健局 卫计局 卫生局 卫生厅 卫生健康厅 卫生健康和体育局 卫生健康体育局 卫体局
    医疗保障局 医保局 市场监督管理局 市场监管局 中医药管理局 疾病预防控制局 疾控局 综合监督执法局 卫生监督所 监督所
    疾病预防控制中心 疾控中心 急救中心 血液中心 中心血站 血站 精神卫生中心 妇幼保健计划生育服务中心
    人民医院 中医医院 中医院 中西医结合医院 妇幼保健院 妇幼保健所 妇女儿童医院 儿童医院 肿瘤医院 传染病医院
    医院 分院 总院 医疗中心 妇保院 卫生学校 卫校 卫生院 卫生所 卫生室 社区卫生服务中心 社区卫生服务站 卫生服务中心 健康管理中心 服务中心 医学中心
    指导中心 监测中心 卫生健康监督中心 卫生监督中心 监督中心 监督站 卫计站 计生站 防保站 防疫站 健康教育中心 健康教育所 宣传教育中心 健康促进中心 康复中心 体检中心 质控中心 检验中心 信息中心 急救站 管理站
    发展中心 管理中心 办事处 联络处 宣教中心 慈善总会 卫生计生服务所 计生服务所
    医学院 大学 学院 研究院 研究所 研究中心 职业技术学院 职业学院 专科学校 护士学校 工程院 科学院
    人民政府 政府办公室 政府办 政府 县委办 市委办 区委办 州委办 旗委办 省委办 管理委员会 管委会 党工委 党委 县委 市委 区委 省委 州委 旗委 人民代表大会常务委员会 人民代表大会 人大常委会 人大 政协
    人力资源和社会保障厅 人力资源和社会保障局 住房和城乡建设厅 住房和城乡建设局 文化和旅游厅 文化和旅游局 工业和信息化厅
    工业和信息化局 自然资源和规划局 卫生健康和医疗保障局 卫健和医保局 文化广电和旅游局 文化广电旅游局
    文化和广电旅游体育局 文化广电体育和旅游局 文化旅游体育局 教育和体育局 教育体育局 文化旅游和广播电视局 网信办 军分区 发展和改革委员会 发展改革委 发改委 爱国卫生运动委员会 爱卫会 红十字会 国务院 党中央 医改办 编办 改革办 爱卫办 新闻办公室 新闻办 宣传部 组织部 统战部 厅 街道办事处 街道办
    有限公司 妇儿工委 妇联 残联 总工会 科协 侨联 工商联 计生协 老龄办 综治办 文明办 纪委监委 纪委 监委 法院 检察院 公安局
    医共体 医联体 医疗集团 健康集团 总医院 集团 联盟 协会 学会 基金会 红十字会 指挥部 办公室 工作委员会 工作队 工作组 委员会 党校 局 委
    养老院 敬老院 福利院 居委会 村委会 居民委员会 村民委员会 卫生室 门诊部
    卫计办 卫健办 卫生健康综合行政执法支队 卫生健康综合行政执法大队 卫生健康综合执法支队 卫生健康综合执法大队 防治院 防治所 执法支队 执法大队 卫干校 活动中心 中心小学 高级中学 小学 中学 幼儿园 文化中心 会议中心 会展中心 体育中心 大剧院 剧院 体育馆 图书馆 博物馆 科技馆 展览馆 宾馆 酒店 饭店 会堂 礼堂""".split(),
    key=len,
    reverse=True,
)
# Heads too plain to stand for a named body unless a place, a relative prefix or a national marker precedes.
WEAK_HEADS = {"局", "委", "办", "厅", "部", "中心", "办公室", "委员会", "集团", "联盟", "协会", "学会", "服务中心", "政府",
              "党委", "管委会", "管理委员会", "党工委", "总医院", "医共体", "医联体", "研究中心", "医学中心",
              "发展中心", "管理中心", "活动中心", "办事处", "联络处", "工作委员会", "总院", "医疗中心", "工作队", "工作组"}
# Heads that, standing alone in a local report, mean the report's own place's body (人民医院 in a
# county's report is the county's people's hospital).
OWN_PLACE_HEADS = {"人民医院", "中医院", "中医医院", "中西医结合医院", "妇幼保健院", "疾控中心", "疾病预防控制中心",
                   "卫健委", "卫健局", "卫生健康局", "卫体局", "卫生健康委员会", "卫生健康委", "中心血站", "中心医院",
                   "卫计局", "卫计委", "卫生计生局", "卫生计生委", "卫生局",
                   "卫生健康监督所", "卫生监督所", "卫生健康综合监督执法局", "中医药管理局", "医疗保障局", "医保局",
                   "疾病预防控制局", "疾控局", "医疗健康总院", "医疗健康集团", "妇幼保健计划生育服务中心",
                   "蒙医医院", "蒙医综合医院", "蒙中医医院", "中蒙医医院", "藏医院", "藏医医院", "维吾尔医医院", "民族医院"}  # ethnic medicine
# Kinds of zone, which the divisions' dataset does not hold (某某经济技术开发区, 某市新区, 某某旅游度假区).
ZONE_NAMES = "经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|开发区|旅游度假区|度假区|新区|示范区|试验区|综合实验区"
# A name that ends as a zone's does: its 区 is no relative prefix, and it lies in the place it opens with.
ZONE_AT_END = re.compile(rf"(?:{ZONE_NAMES}|实验区|合作区|保税区|度假区|旅游区|园区)$")
# The committee of a development zone named without a place is the zone of the report's own place.
OWN_ZONE_BODY = re.compile(r"(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|开发区|新区)"
                           r"(?:管委会|管理委员会|党工委|[\u4e00-\u9fa5]{2,6}?(?:局|分局))")
# 二院, 市一院: a numbered people's hospital of the report's own place, named on its own.
NUMBERED_HOSPITAL = re.compile(r"(?<![\u4e00-\u9fa5“\"「『‘])([市县区]?)([一二三四五六七八九])院(?![一二三四五六七八九十两多区士办])")
# A university's numbered hospital by its short name (某大一院, 某大二附院).
UNIVERSITY_HOSPITAL = re.compile(r"(?:(?<![\u4e00-\u9fa5])|(?<=[了的与和及在对由向]))(?![了的与和及在对由向])"
                                 r"(?:[\u4e00-\u9fa5]{1,2}?大|[\u4e00-\u9fa5]{1,2}?医大?附?)[一二三四五六七八九](?:附)?院"
                                 r"(?![长士区内外办校])")  # 某大一院, 某大二附院, 某医二附院, 某医附二院, 某医大二院
# The general or news office of a government or party committee (某市人民政府办公厅, 某县委办公室, 某市政府新闻办).
GENERAL_OFFICE = re.compile(r"办公厅|办公室|新闻办公室|新闻办")
# Verbs and adverbs that open a clause, not an institution's name.
LEADING_VERB = re.compile(r"(?:隆重|严格|深入|持续|扎实|全面|积极|加快|大力|认真|广泛|全力支持|全力|深化|建设|打造|举行|召开|开展|实施|推进|推动|"
                          r"加强|完善|落实|依托|支持|指导|争创|创建|启动|组建|扩建|改建|迁建|完成|共商|共谋|考察|调研|走访|视察|"
                          r"回顾|总结|谋划|部署|助力|充分利用|利用|精心|参观|走进|来到|前往|关系|关乎|事关|接管|分管|援建|援助|帮扶|托管|共建|特邀|邀请|协同|会同|加盟|加入|响应|落户|选派)")
# Verbs right after a place that a name cannot hold (某县设置二级妇保院, 某市举行某某仪式).
VERB_AFTER_PLACE = re.compile(r"设置|设立|支持|举行|召开|开展|推进|推动|创建|成立|组建|建立|依托|建设|打造|争创|共建|合建|携手")
# A document's own masked names (XX区, *医院, 某县) are not entities.
MASKED = re.compile(r"[XxＸｘ×*＊某]")
# Institutions named without any modifier.
STANDALONE_INSTITUTIONS = {"国务院", "党中央", "全国人大", "全国政协"}
# The central bodies that local reports name by their standard short names, with the full names they
# stand for (the State Council's ministries and commissions, the Central Committee's departments).
CENTRAL_BODIES = {
    "中组部": "中共中央组织部", "中宣部": "中共中央宣传部", "中央统战部": "中共中央统战部",
    "中央编办": "中央机构编制委员会办公室", "中编办": "中央机构编制委员会办公室",
    "人社部": "人力资源和社会保障部", "人力资源社会保障部": "人力资源和社会保障部",
    "工信部": "工业和信息化部", "住建部": "住房和城乡建设部", "住房城乡建设部": "住房和城乡建设部",
    "文旅部": "文化和旅游部", "农业农村部": "农业农村部", "生态环境部": "生态环境部", "自然资源部": "自然资源部",
    "教育部": "教育部", "科技部": "科学技术部", "民政部": "民政部", "财政部": "财政部", "公安部": "公安部",
    "司法部": "司法部", "商务部": "商务部", "水利部": "水利部", "交通运输部": "交通运输部", "外交部": "外交部",
    "应急管理部": "应急管理部", "退役军人事务部": "退役军人事务部", "审计署": "审计署",
    "国务院国资委": "国务院国有资产监督管理委员会", "国家发改委": "国家发展和改革委员会", "国家发展改革委": "国家发展和改革委员会",
    "国家医保局": "国家医疗保障局", "国家中医药局": "国家中医药管理局", "国家疾控局": "国家疾病预防控制局",
    "国家药监局": "国家药品监督管理局", "市场监管总局": "国家市场监督管理总局", "国家统计局": "国家统计局",
    "全国老龄办": "全国老龄工作委员会办公室",
}
# A central body's name, not before 门 or 长 (教育部门: departments; 教育部长: a title); the recogniser
# also wants no other word's character before it.
CENTRAL_BODY = re.compile(rf"(?:{'|'.join(sorted(CENTRAL_BODIES, key=len, reverse=True))})(?![门长])")
# A national committee's office or committee by its short name (全国某某办, 中央某某办, 全国某某会), where
# a list or a verb of issuing follows it: the short name of a national body the central list may lack.
NATIONAL_OFFICE = re.compile(r"(?:全国|中央)[\u4e00-\u9fa5]{2,3}?[办会](?=[、，,。；;和与及《]|关于|印发|联合)")
# The Xinjiang Production and Construction Corps and its divisions: bodies that name other bodies the
# way a place does (兵团党委, 兵团第十三师卫健委), though the divisions list holds none of them.
CORPS = re.compile(r"新疆(?:生产建设)?兵团(?:第[一二三四五六七八九十]{1,3}师)?|(?<![\u4e00-\u9fa5])兵团(?:第[一二三四五六七八九十]{1,3}师)?"
                   r"(?=党委|[\u4e00-\u9fa5]{0,8}?(?:局|委员会|委|办|厅|医院|中心))|兵团第[一二三四五六七八九十]{1,3}师")
# Words that may stand inside an institution name even though they are verbs or the like.
NAME_WORDS = {"附属", "市立", "县立", "省立", "区立", "直属", "南方", "北方", "东方", "第一", "第二", "第三", "第四", "第五",
              "第六", "第七", "第八", "第九", "中心"}
# Words that end a name going leftwards even though jieba calls them nouns.
NAME_STOPS = {"全市", "全县", "全区", "全省", "全国", "全州", "全旗", "各级", "各", "我市", "我县", "我区", "我省",
              "本市", "本县", "本区", "该", "暨", "仪式", "全力支持", "会议", "负责人", "领导", "同志", "工作", "系统", "辖区", "全体", "部门",
              "单位", "机构", "其中", "目前", "今年", "去年", "年度", "以来", "期间", "方面", "情况", "能力", "水平",
              "会上", "会后", "现场", "主任", "书记", "局长", "院长", "成员", "代表", "人员", "群众", "患者", "基地",
              "时", "后", "前", "上", "下", "中", "内", "外", "次", "项", "个", "家", "所", "批", "期", "年", "月", "日",
              "到", "在", "向", "对", "赴", "去", "至", "从", "新建", "新增", "改建", "扩建", "组建", "迁建", "筹建", "分管", "主管", "借力", "借助", "携手", "联手", "调研", "视察", "考察", "督导", "拜访", "看望", "赞扬", "县长", "副县长", "市长", "副市长", "区长", "副区长", "镇长", "副镇长",
              # verbs and determiners jieba tags as nouns (关心医院, 所有人民政府)
              "充分发挥", "发挥", "关心", "爱护", "支持", "依托", "所有", "全部", "每个", "每家", "一些", "有的",
              "作", "做", "共谋", "共议", "是", "会同"}  # 院长某某作医院工作报告: the speaker reports on the hospital
JIEBA_NAME_FLAGS = {"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "b", "an", "eng", "s", "ng", "vn"}
# Modifiers that leave a name generic (公立医院, 乡镇卫生院, 二级以上医院).
GENERIC_MODIFIERS = set("""各 公立 民营 定点 各级 二级 三级 县级 市级 省级 乡镇 基层 综合 专科 中医 人民 妇幼 社区 村 各类 相关
    其他 有关 所属 下属 医疗 卫生 健康 公共 重点 新型 示范 合作 紧密型 县域 城市 农村 大型 三甲 二甲 以上 以下 及 和 暨 牵头
    成员 分级 区域 国家级 省市 市县 县区 县乡 乡村 各地 地方 全科 专业 分院 院区 部门 政府 派出 直属 医联 医共 所在 当地
    综合性 精神卫生 等级 新一轮 区域性 高水平 医学 临床 定点 中心 县市区 州市 市区 部分 一批 多家 全部 各个
    上级 下级 互联网 标准 基本标准 街道 区级 镇级 村级 达标 规范化 标准化 智慧 数字化 城乡 辖区 甲级 乙级 丙级 专项 整治
    联系点 帮扶 受援 支援 对口 结对 嘎查 苏木 城中
    一类 二类 三类 示范性 标准化村 长三角 珠三角 大湾区 基础设施 补短板 民生 领域
    甲等 乙等 精神 现代 爱婴 级别 不同 移动 规范 高端 一流 知名 平安 绿色 美丽 清廉
    现代化 方舱 红码 黄码 健康促进 片区 中心镇 重点镇 边远 偏远 山区 新时代 时代 县市 中医药特色 镇街 行政村
    医学院校 院校 大学 附属 医共体 医联体 龙头 顶级 协作 教学 特色 深化 改革 标志着 省内外 区内外 市内外 县内外 省内 省外 区内 区外 市内 市外""".split())  # grades and designations too: 三级甲等, 爱婴医院
# A body's party organ (某市卫生健康委员会党委, 某医院党委): in the genre the post's title, not another body
# (某医院党委书记 is the hospital's 党委书记).
PARTY_ORGAN_OF_BODY = re.compile(r"(?:委员会|卫健委|局|厅|医院|卫生院|中心|医共体|集团|大学|学院|研究院|研究所|师)(?:机关)?"
                                 r"(?:党委|党组|党总支|党支部|工委|纪委)$")
# Modifiers that make a place's institutions a class (某县乡镇卫生院, 某市公立医院), not one body.
CLASS_MODIFIERS = {"乡镇", "基层", "公立", "民营", "各级", "各类", "村级", "乡村", "镇村", "定点", "所属", "辖区", "二级", "三级",
                   "多个", "多家", "部分", "所有", "一批",
                   "甲等", "乙等", "三甲", "二甲"}
# Common words that end in an institution head without naming a body (布局, 格局, 大局).
HEAD_WORDS_NOT_BODIES = ("布局", "格局", "大局", "全局", "结局", "开局", "变局", "时局", "新局", "破局", "僵局", "当局",
                         "告厅", "议厅", "大厅", "展厅", "餐厅", "客厅", "能厅", "播厅")  # 学术报告厅, 多功能厅: halls
# Heads of government bodies: a national marker (国家卫生健康委员会) is enough to name one.
GOVERNMENT_HEADS = {"卫生健康委员会", "卫生健康委", "卫健委", "卫计委", "委员会", "局", "委", "部", "厅", "办公室",
                    "医疗保障局", "医保局", "疾病预防控制局", "疾控局", "中医药管理局", "发展和改革委员会", "发展改革委", "发改委"}
RELATIVE_PREFIXES = set("省市县区州旗盟")
# Bodies a township has, named after 镇 or 乡 alone (镇政府, 乡党委).
TOWNSHIP_BODY_HEADS = {"政府", "人民政府", "党委", "人大"}
# Words whose last character is a level word but no relative prefix: 社区服务中心 is not 区服务中心.
WORDS_ENDING_IN_A_LEVEL = {"社区", "城区", "园区", "景区", "小区", "山区", "辖区", "片区", "地区", "市区", "县区", "新区", "街区",
                           "牧区", "矿区", "库区", "城市", "都市", "超市", "加盟", "联盟"}
NATIONAL_PREFIXES = ("国家", "中国", "中华", "全国", "中央", "世界")

PROGRAMME_HEADS = ("专项行动", "攻坚行动", "提升行动", "专项整治", "战略", "工程", "行动", "活动", "计划", "项目", "试点", "改革", "建设",
                   "运动", "攻坚战", "创建", "服务年", "示范区", "三年行动", "革命")
# Heads strong enough to mark an unquoted programme (爱国卫生运动, 健康中国行动). The verb before a head
# belongs to it when the name reads as what is raised or cleaned up (某某水平提升行动, 某某问题集中整治).
UNQUOTED_PROGRAMME_HEADS = ("提升行动", "促进行动", "改善行动", "攻坚行动", "创建行动", "创建活动", "集中整治", "专项整治",
                            "推进年", "提升年", "攻坚年", "服务年", "建设年",  # a year given to a campaign (某某建设年)
                            "运动", "工程", "行动", "攻坚战", "计划", "建设", "项目", "试点", "基层行", "万里行", "战略", "革命")
# 行动 as a plain word (付诸行动, 采取行动, 统一行动), not a programme's head.
PLAIN_ACTION = ("付诸", "采取", "统一", "实际", "联合", "一致")
# Two-character words that 健康X建设 may hold without X being a place (健康工作…).
NOT_PLACES = {"工作", "作为", "部署", "系统", "事业", "服务", "产业", "教育", "知识", "促进", "保障", "发展", "生活", "项目", "细胞"}
# 实施“九大行动”（甲乙、丙丁…）: the programmes a count names, listed after it without their shared head.
COUNTED_PROGRAMMES = re.compile(r"[“\"]?(?:[一二三四五六七八九十两]{1,2}|\d{1,2})大(?P<head>专项行动|提升行动|行动|工程|计划|项目|活动)[”\"]?"
                                r"[(（:：](?P<items>[^()（）。；;：:\n]{4,240}?)(?:[)）]|(?=[。；;\n]))")
# A count of programmes (六大工程) is not one.
PROGRAMME_COUNT = re.compile(r"(?:[一二三四五六七八九十两]|\d{1,2})大$")
# Verbs that open a task-list item: the programme's name starts right after them (实施某某工程).
PROGRAMME_TRIGGER = re.compile(
    r"(?:深入|持续|扎实|全面|积极|加快|大力|稳步|组织|继续|认真|广泛|率先|启动|推动)?"
    r"(?:开展|实施|推进|推动|推行|落实|启动|深化|组织|举办|召开|完成|承接|争取|申报|纳入|参与|牵头|入选|获批|加强|宣传|纪念|弘扬)(?:好|了)?"
    r"(?![力部者])"  # 组织力提升行动, 宣传部: the verb is part of a word there
)
# A count before a programme's name is not part of it (6个…试点, 14大类…项目).
LEADING_COUNT = re.compile(r"^[0-9一二三四五六七八九十百]+(?:个|家|项|大类|类|批|所|支|大)")
# Heads of a part of a larger body, which is named first (某医院某某分院).
PART_OF_BODY = ("分院", "有限公司", "工作委员会")
# Heads of a department or group named right after its body, with nothing between (某省委宣传部, 某医院医共体).
NAMED_AFTER_ITS_WHOLE = ("宣传部", "组织部", "统战部", "网信办", "党校", "医共体", "医疗集团", "发展中心", "管理中心")
# A quoted theme of a campaign or a day (以“甲乙·丙丁”为主题).
THEME_AFTER_QUOTE = re.compile(r"为(?:活动)?主题")
# Two programmes joined into one run of text (某某行动暨某某建设; 二是强化某某建设): the second starts after.
PROGRAMME_JOINS = re.compile(r"暨|[一二三四五六七八九十]是")
# Campaigns to make hospitals of a kind (a 某某医院建设 named for a quality): a programme, not a hospital.
HOSPITAL_CAMPAIGN = re.compile(r"(?:美丽|清廉|廉洁|智慧|平安|绿色|人文|满意|诚信|数字|健康|文明|品质)(?:医院|卫生院)(?:建设|创建)")
# Building an integrated care network is a named initiative even unquoted and with no verb before it
# (紧密型某某医疗卫生共同体建设, 某某医疗集团建设); a 示范县 or an 办公室 named after it is a title or a unit.
INITIATIVE_BUILDING = re.compile(r"(?:紧密型)?(?:县域|城市|城乡)?(?:(?:医疗卫生|医疗服务)共同体|医共体|医联体|医疗集团|总医院)(?:试点)?建设"
                                 r"(?![\u4e00-\u9fa5]{0,2}(?:机制|办公室|示范|领导|工作|方案|专班|小组|会议))")
# 紧密型县域医共体和城市医联体建设: the first network is built too, its 建设 shared with the second.
INITIATIVE_BUILDING_SHARED = re.compile(r"(?=紧密型|县域|城市|城乡)(?:紧密型)?(?:县域|城市|城乡)?(?:医疗卫生共同体|医共体|医联体)(?=[和与及、](?:紧密型)?(?:县域|城市|城乡)?"
                                        r"(?:医疗卫生共同体|医共体|医联体|医疗集团)建设)")
# A word of cooperation after places run together (京津冀协同发展, 川渝合作): they partner each other.
COOPERATION = r"(?:深化|加强|推进)?(?:区域|医疗|卫生)?(?:协同|合作|协作|一体化|联动)"
# The report's own place before a programme (推动我市某某行动) is not part of its name.
OWN_PLACE_LEAD = re.compile(r"^(?:全|本|我)?(?:省|市|县|区|州|旗)(?![域场级直属民区县市乡镇委会])")
# Named national strategies that the genre writes bare (乡村振兴).
NATIONAL_STRATEGY = re.compile(r"乡村振兴(?:战略)?|中医药强(?:省|市|县|区)建设")  # and a place's building of strength in TCM
# The national strategies of regional clusters: 长三角一体化发展, 成渝地区双城经济圈建设 (京津冀协同 names
# its provinces, see PROVINCE_RUN).
REGIONAL_STRATEGY = re.compile(r"(?:长三角|长江三角洲|粤港澳大湾区|长江经济带|黄河流域|长株潭|成渝)(?:区域|地区)?"
                               r"(?:一体化(?:高质量)?发展(?:战略)?|一体化战略|[\u4e00-\u9fa5]{0,6}?协同发展(?:战略)?"
                               r"|双城经济圈建设|生态保护和高质量发展)")
# The national programme of sending medical teams as a group to the border regions (医疗人才“组团式”援藏).
TEAM_AID = re.compile(r"(?:医疗人才|医疗|教育人才)?[“\"]?组团式[”\"]?(?:援藏|援疆|援青|帮扶)")
# Building works (某医院建设项目, 某病区装饰工程) are not initiatives.
BUILDING_WORKS = re.compile(r"(?:院|院区|校区|中心|病区|大楼|楼|站|室|馆)(?:整体|异地|原址|主体)?(?:新建|迁建|改扩建|扩建|改造|装饰|装修|建设|基建)?$")
# 建设 names a programme only when what is built is an initiative of the field (医共体建设), not a routine task.
INITIATIVE_MARKERS = re.compile(r"医共体|医联体|医疗集团|示范|试点|共同体|联盟")
# 健康中国行动, 健康广东建设: "Healthy <place>" initiatives, a fixed form of the genre.
HEALTHY_PLACE = re.compile(r"健康([\u4e00-\u9fa5]{2,6}?)(?:·([\u4e00-\u9fa5]{2,4})|[(（][\u4e00-\u9fa5]{2,6}[)）])?(行动|建设|战略|工程)")
# 平安某市(建设), 法治某县: campaigns named after a place, like 健康某市; 某某医改: a place's reform.
PLACE_CAMPAIGN = re.compile(r"(?:平安|法治)(?P<place>[\u4e00-\u9fa5]{2,6})")
PLACE_REFORM = re.compile(r"医改")
# 美丽某省建设, 品质某市建设: a place's campaign of another quality, named with its 建设.
PLACE_BUILDING = re.compile(r"(?:美丽|绿美|品质|数字|智慧|文明|幸福|宜居|活力|人文)(?P<place>[\u4e00-\u9fa5]{2,6}?)建设")
# The committee that runs a 健康X行动 or 健康X建设 (健康某省行动推进委员会, 健康某市建设工作委员会, 健康中国·某市行动专家咨询委员会办公室).
PROGRAMME_COMMITTEE = re.compile(r"(?<!卫生)健康(?!委|局)[\u4e00-\u9fa5]{2,6}?(?:·[\u4e00-\u9fa5]{2,4})?(?:行动|建设|行)[\u4e00-\u9fa5]{0,6}?"
                                 r"(?:推进委员会|专家咨询委员会|专家委员会|工作委员会|领导小组)(?:办公室)?|健康[\u4e00-\u9fa5]{2,6}?行动?推进办")
# The eight democratic parties (a fixed list of national bodies), and their committees and branches
# named after a place or an institution (某党中央, 某党某省委会, 某党某大学委员会, 某党某县支社).
DEMOCRATIC_PARTIES = ("中国国民党革命委员会", "中国民主同盟", "中国民主建国会", "中国民主促进会", "中国农工民主党",
                      "中国致公党", "台湾民主自治同盟", "九三学社", "民革", "民盟", "民建", "民进", "农工党", "致公党", "台盟")
DEMOCRATIC_PARTY_BODY = re.compile(
    rf"(?:{'|'.join(DEMOCRATIC_PARTIES)})(?:中央|[\u4e00-\u9fa5]{{1,10}}?(?:委员会|[省市县区州]?委会|[省市县区州]委|总支|支社|支部))?")
# A democratic party's committees abbreviated by the party's last character in a page that names the
# party (九三学社 … 社省委, 社某市委会, 社省直工委; 民盟 … 盟省委): the character that stands for each party.
PARTY_CHARACTER = {"九三学社": "社", "民盟": "盟", "中国民主同盟": "盟"}
ABBREVIATED_PARTY_BODY = re.compile(r"(?<![\u4e00-\u9fa5])(?P<party>[社盟])(?:[\u4e00-\u9fa5]{2,4}?[省市县区]|[省市县区])(?:直工委|委会|委)")
# A formula's noun after its quotes (“2468”工作法, “1234”工作成效, “3+2+N”目标任务体系): the nearest
# within six characters that hold no verb or conjunction, or a 体系 up to twelve characters on.
FORMULA_NOUN = re.compile(r"^(?:(?:(?![并的和与及了是在为取])[\u4e00-\u9fa5]){0,6}?(?:协同发展和治理|工作法|指导法|法|体系|矩阵|模式|思路|机制|格局|理念|战略部署|战略|布局|部署|要求|联动|协同治理|协同发展|协同|原则|经验|措施|"
                          r"成效|目标任务体系|目标任务|目标定位|目标|举措|问题|管理|策略|政策|群体|规划|路径|框架|主线|论断|总方针|方针|定位|双轮驱动)"
                          r"|[一二三四五六七八九十两]位一体|[\u4e00-\u9fa5]{7,12}?体系|精神|指标"
                          r"|[一二三四五六七八九十两0-9]+(?:个|大|项)(?:核心)?(?:能力|主题|任务|举措|目标|重点|工程|关键词|主线|方面|共同体|体系)"
                          r"|[一二三四五六七八九十两]+(?:环节|下沉|统一|不变))")  # “四敢”精神, not “某某”重要讲话精神
# Quoted watchwords of the "big X" family (“大某某”理念, “大某某”、“大某某”理念); written without quotes
# (树立大某某、大某某理念) they are a common phrase, not a formula the report adopts.
BIG_IDEA = re.compile(r"(?:“大[\u4e00-\u9fa5]{2}”、?){1,3}(?:理念|观)")
# Quoted watchwords that state a principle (“以人民健康为中心”, “预防为主”).
PRINCIPLE = re.compile(r"^以.{1,8}为|为中心|为重点|为主|为本|优先|并重|融入|联动|协同")
SLOGAN_HEADS = ("工作思路", "发展思路", "总体思路", "思路", "战略", "发展格局", "格局", "目标", "模式", "体系", "机制", "理念",
                "总要求", "要求", "原则", "方针", "布局", "路径", "工作法", "工作机制", "定位", "品牌", "精神", "作风")
NUMERALS = "0123456789一二三四五六七八九十两百千万双"
MEDIA_SUFFIXES = ("报", "日报", "晚报", "杂志", "周刊", "期刊", "学报", "网", "频道", "电视台", "新闻", "公众号")
# Quoted words that are not names: periods, grades, plain terms.
NOT_SLOGANS = {"十三五", "十四五", "十五五", "十二五", "二甲", "三甲", "三级甲等", "二级甲等", "一把手", "两会"}

TITLES = sorted(
    """党组书记 党委书记 党工委书记 书记 副书记 局长 副局长 主任 副主任 院长 副院长 区长 副区长 县长 副县长 市长 副市长
    省长 副省长 镇长 副镇长 乡长 副乡长 州长 副州长 旗长 副旗长 盟长 副盟长 司长 副司长 厅长 副厅长 部长 副部长 处长 副处长 科长 副科长 所长 副所长 站长 主席 副主席
    委员 常委 秘书长 巡视员 调研员 理事长 会长 董事长 总经理 主任医师 副主任医师 教授 院士 组长 副组长 馆长
    总监 总会计师 党委副书记 纪委书记 工委书记 政委 主任委员 副秘书长 副会长 副理事长 副站长 副馆长
    主任科员 一级巡视员 二级巡视员 一级调研员 二级调研员 三级调研员 四级调研员
    院长助理 局长助理 主任助理 县长助理 市长助理
    一级主任科员 二级主任科员 总指挥 副总指挥 指挥长 副指挥长 新闻发言人 师长 副师长 团长 副团长 主委 副主委
    组织部长 宣传部长 统战部长 校长 副校长 科员 副巡视员 副调研员 总工程师 总经济师 总审计师 党组成员 党委委员 党组副书记 纪检书记 纪检组长 负责人 社长 副社长 总编辑 副总编辑""".split(),
    key=len,
    reverse=True,
)
TITLE_PATTERN = "|".join(TITLES)
TITLE_AFTER_DEPUTY = re.compile(rf"(?:{TITLE_PATTERN})")
# Posts that only read as posts after a body (党组成员, 学科带头人): too loose to mark a name by.
POST_ONLY_TITLES = ("首席专家", "学科带头人", "带头人", "领导班子成员", "班子成员", "成员", "院领导", "领导")
SURNAMES_2 = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
              "令狐", "端木", "西门", "南宫", "独孤", "万俟", "呼延")
SURNAMES_1 = set("".join("""逄傅阎洪赖丘萧袭竺王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜
    崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安
    齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管
    柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬
    边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺
    楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸
    雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植
    衡富尧闭由习""".split()))
# Tibetan, Mongolian and Yi names carry no Han surname: they are strung from a small stock of name
# words (才让 + 卓玛, 苏德 + 毕力格, 沙马 + 阿依; 巴特尔 alone), one to three of them.
ETHNIC_NAME_WORDS = tuple("""
    扎西 次仁 才让 多吉 多杰 卓玛 拉姆 顿珠 尼玛 格桑 旺堆 达瓦 央金 白玛 曲珍 洛桑 平措 旦增 丹增 普布 巴桑 次旦 边巴
    德吉 拉巴 索南 仁青 桑杰 卓嘎 措姆 嘉措 加措 才旦 更登 贡布 罗布 强巴 群培 土登 益西 仁增 次珠 欧珠 拉毛 拉毛草
    卓玛草 才杰 杰布 东智 旦巴 公保 完玛 华旦 尕藏 尖措 当知 久美 昂旺 晋美 吉美 仓央 央宗 德庆 多布杰 南木加
    巴特尔 其其格 其木格 乌兰 图雅 宝音 德力格尔 朝鲁 孟和 那顺 布和 格日勒 斯琴 高娃 苏日娜 额尔敦 毕力格 苏德
    斯日古楞 乌日娜 阿拉坦 哈斯 敖其尔 乌力吉 满都拉 萨仁 巴图 图门 吉日嘎拉 特木尔 那仁 包音 达来 呼和 查干 额尔德尼
    巴雅尔 乌云 娜仁 托娅 阿木古楞 额尔登 格日乐 宝力道 金花 其乐木格 苏和 巴根 那木吉拉 双喜 白音 朝格图
    沙马 吉克 阿苦 曲比 阿苏 海来 吉木 俄底 马海 阿说 日者 拉格 阿依 拉惹 木呷 阿呷 日哈 尔古 伍各 约布 阿各 木乃
    阿力 尔布 拉哈 呷呷 阿牛 阿石 拉比 克惹 格子 日火 子拉 么么 阿尔 阿西
    才仁 泽仁 措 草
    """.split())
# Two-character sequences after a title that are verbs or function words, not given names.
NOT_NAMES = {"公卫", "班子", "干部", "小组", "宣传", "组织", "统战", "主持", "强调", "指出", "表示", "要求", "讲话", "出席", "参加", "带队", "一行", "同志", "介绍", "汇报", "总结",
             "部署", "通报", "传达", "宣读", "作了", "代表", "分别", "等人", "率队", "调研", "检查", "督导", "任组长", "和",
             "关于", "全面", "任组", "宣传部", "党委", "党组", "提出", "做了", "带领", "陪同", "看望", "慰问", "主讲",
             "在会", "对", "向", "为", "就", "从", "到", "以", "主抓", "分管", "亲自", "及", "与", "等", "会议", "同时",
             "常务", "专职", "总支", "支部", "会见", "会同",  # 院领导、党总支书记: a party branch, not a name
             "阿姨", "大爷", "大妈", "大娘", "大姐", "大哥", "奶奶", "爷爷", "阿婆", "老人", "师傅",  # 冯阿姨: how one is called
             "任免", "任命", "任职", "外科", "内科", "儿科", "妇科", "骨科", "眼科",  # 书记任免的决定, 普外科: no names
             "马克思"}  # 马克思主义: an ideology the genre names, never a person who acts
# Last characters of bodies' names (某某办, 某某局) that given names do not end with.
BODY_ENDINGS = set("办局委厅处站部市区县省州旗镇乡副组")  # 某某市副市长: a place before its office, not a name
# Ways of addressing someone after the surname (谢老伯), which name no one.
FORMS_OF_ADDRESS = {"老伯", "大爷", "大妈", "大娘", "阿姨", "奶奶", "爷爷", "婆婆", "阿婆", "大姐", "大哥", "师傅", "老人", "老汉"}
NAME_FOLLOWERS = set("在和与及、，,。：:；;（(出主讲指表说参带作对向到为是等同就代并从将率也都一等分做提要抓谈走的")
# 某某医院（以下简称“某医一院”）: a short name the text defines for what it has just named.
SHORT_NAME_DEFINED = re.compile(r"[(（]\s*(?:以下|下文)?(?:简称|下称|又称|亦称|俗称)\s*[:：]?\s*[“\"「]?"
                                r"(?P<short>[^()（）“”\"「」，,。、；;\s]{2,12}?)[”\"」]?\s*[)）]")
QUOTE_OPEN = "“\"「『‘"
QUOTE_CLOSE = "”\"」』’"
QUOTED = re.compile(rf"[{QUOTE_OPEN}]([^{QUOTE_OPEN}{QUOTE_CLOSE}\n]{{1,80}})[{QUOTE_CLOSE}]")
# “健康达人”20名: a title awarded to people, not an initiative.
PEOPLE_COUNT = re.compile(r"\s*(?:称号|\d+\s*(?:名|人|位))")
# Heads that end a quoted initiative's own name (“某某提升行动”), and a quoted clause that is no name.
NAMED_INITIATIVE_HEADS = ("行动", "工程", "计划", "项目", "活动")
SENTENCE_LIKE = re.compile(r"[，,。；;！!？?]|^(?:要|把|将|让|以|在|对)|就要|并")
# A campaign named for its period: “某某宣传月”, “某某服务年”, “某某宣传周”.
CAMPAIGN_PERIOD = re.compile(rf"[{CJK}]*(?:服务|活动|卫生|宣传|攻坚|提升|建设|行动|作风|质量|安全|能力|管理|健康|教育)[年月周]$")
# The quoted names listed after a quoted name, before the noun they share.
QUOTED_SIBLINGS = rf"(?:[、，,和及与]?[{QUOTE_OPEN}][^{QUOTE_OPEN}{QUOTE_CLOSE}\n]{{1,30}}[{QUOTE_CLOSE}])*"
# Quoted names listed before 等 and a programme head: “甲”“乙”等爱卫活动 names two activities.
LISTED_BEFORE_HEAD = re.compile(rf"{QUOTED_SIBLINGS}[、，,和及与]?等[{CJK}]{{0,6}}?(?:活动|行动|工程|项目|计划)")
# A quoted watchword, alone or with quoted siblings, named by the kind of rule it is: “甲管乙用”“丙聘丁用”管理模式.
WATCHWORD_BEFORE_MODE = re.compile(rf"{QUOTED_SIBLINGS}(?:(?![的是为])[{CJK}]){{0,6}}?(?:模式|机制|理念|格局|原则|思路|要求|制度|体系|总方针|方针|路径|品牌|责任制?(?!感))(?![{CJK}]{{0,2}}(?:建设|改革))")
BOOK_TITLE = re.compile(r"《([^《》\n]{2,80})》")
# 关于印发某某工作要点的通知, its title unbracketed: the document it issues.
DOCUMENT_HEADS = "要点|方案|意见|办法|规划|计划|细则|规定|标准|指南|纲要|措施|清单|总结"
ISSUED_DOCUMENT = re.compile(rf"(?<=印发)[^，,。；;《》“”\n\s]{{4,40}}?(?:{DOCUMENT_HEADS})(?=的通知)")
# A document's name printed as a heading of its own (2024年某市卫生健康工作要点, 健康某县行动实施方案):
# a place's or a campaign's plan, points or summary, not two joined (某委2023年工作总结及2024年工作计划).
DOCUMENT_HEADING = re.compile(rf"^[ \t\u3000]*((?:20\d{{2}}年度?)?(?:[^\s，,。；;《》、和及与关]){{4,36}}?"
                              rf"(?:工作要点|工作计划|工作总结|实施方案|行动方案|推进方案|工作方案|实施意见|发展规划|规划|行动计划)"
                              rf"(?:[（(][0-9—–\-年]{{9,12}}[）)])?)[ \t\u3000]*$", re.M)
ISSUED_DOCUMENT_PAIR = re.compile(rf"(.{{4,}}?(?:{DOCUMENT_HEADS}))和.{{4,}}")
PUNCTUATION = re.compile(rf"[^{CJK}0-9A-Za-z]|丨")  # 丨, a CJK character, serves as a bar (编辑丨某某)


def inside_quotes(text: str, position: int) -> bool:
    """Whether `position` lies inside “…” or 《…》 opened earlier in its line."""
    before = text[text.rfind("\n", 0, position) + 1:position]
    return before.rfind("“") > before.rfind("”") or before.rfind("《") > before.rfind("》")


def short_name_inside_a_word(text: str, start: int, end: int) -> bool:
    """A two-character place name (范县, 高县) whose first character ends a word of the dictionary with
    the characters before it (示范县, 提高县级), or that opens with a conjunction after a word (某院和县某中心);
    not one after a verb or a city (作为某县, 某市某县). A two-character district is a plain word (城区, 郊区),
    taken as a place only where it stands alone."""
    if end - start > 2 or start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff":
        return False
    if text[start] in "和与及" or text[end - 1] == "区":
        return True
    jieba.dt.check_initialized()
    return any(jieba.dt.FREQ.get(text[start - length:start + 1]) for length in (1, 2, 3) if length <= start)
