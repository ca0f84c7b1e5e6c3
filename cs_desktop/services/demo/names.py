"""Hand-written name tables for demo data: surnames by frequency, given-name characters with
their pinyin, and the words company names and street addresses are made of.

Pinyin is written here instead of computed: pypinyin reads about 34k names/s (shared/TRAPS.md),
far too slow for a million rows, and reads surnames wrong by default (单 dan instead of shan).
Every character of a given name has exactly one reading in these tables; polyphonic characters
are used only as surnames, with their surname reading.
"""

from __future__ import annotations

import re
from bisect import bisect
from itertools import accumulate

# Surname, surname reading, approximate share per 100,000 people (2020 census order of magnitude).
# Compound and polyphonic surnames are rare but must occur: search and sorting depend on them.
SURNAMES: tuple[tuple[str, str, int], ...] = (
    ("王", "wang", 7120), ("李", "li", 7000), ("张", "zhang", 6860), ("刘", "liu", 5380),
    ("陈", "chen", 4610), ("杨", "yang", 3080), ("黄", "huang", 2500), ("赵", "zhao", 2290),
    ("吴", "wu", 2050), ("周", "zhou", 1950), ("徐", "xu", 1550), ("孙", "sun", 1520),
    ("马", "ma", 1460), ("朱", "zhu", 1360), ("胡", "hu", 1320), ("郭", "guo", 1250),
    ("何", "he", 1200), ("林", "lin", 1140), ("高", "gao", 1140), ("罗", "luo", 1100),
    ("郑", "zheng", 1030), ("梁", "liang", 920), ("谢", "xie", 800), ("宋", "song", 730),
    ("唐", "tang", 720), ("许", "xu", 720), ("韩", "han", 700), ("冯", "feng", 700),
    ("邓", "deng", 690), ("曹", "cao", 640), ("彭", "peng", 620), ("曾", "zeng", 600),
    ("肖", "xiao", 600), ("田", "tian", 540), ("董", "dong", 530), ("袁", "yuan", 520),
    ("潘", "pan", 520), ("于", "yu", 510), ("蒋", "jiang", 500), ("蔡", "cai", 500),
    ("余", "yu", 480), ("杜", "du", 470), ("叶", "ye", 460), ("程", "cheng", 440),
    ("苏", "su", 430), ("魏", "wei", 420), ("吕", "lv", 420), ("丁", "ding", 410),
    ("任", "ren", 400), ("沈", "shen", 390), ("姚", "yao", 380), ("卢", "lu", 380),
    ("姜", "jiang", 370), ("崔", "cui", 350), ("钟", "zhong", 340), ("谭", "tan", 330),
    ("陆", "lu", 320), ("汪", "wang", 320), ("范", "fan", 310), ("金", "jin", 310),
    ("石", "shi", 300), ("廖", "liao", 300), ("贾", "jia", 290), ("夏", "xia", 290),
    ("韦", "wei", 280), ("付", "fu", 280), ("方", "fang", 280), ("白", "bai", 270),
    ("邹", "zou", 270), ("孟", "meng", 260), ("熊", "xiong", 260), ("秦", "qin", 250),
    ("邱", "qiu", 250), ("江", "jiang", 250), ("尹", "yin", 240), ("薛", "xue", 230),
    ("闫", "yan", 230), ("段", "duan", 220), ("雷", "lei", 220), ("侯", "hou", 210),
    ("龙", "long", 210), ("史", "shi", 200), ("陶", "tao", 200), ("黎", "li", 200),
    ("贺", "he", 200), ("顾", "gu", 190), ("毛", "mao", 190), ("郝", "hao", 190),
    ("龚", "gong", 180), ("邵", "shao", 180), ("万", "wan", 180), ("钱", "qian", 170),
    ("严", "yan", 170), ("武", "wu", 160), ("戴", "dai", 160), ("莫", "mo", 160),
    ("孔", "kong", 150), ("向", "xiang", 150), ("汤", "tang", 150), ("常", "chang", 140),
    ("温", "wen", 140), ("康", "kang", 130), ("施", "shi", 130), ("文", "wen", 130),
    ("牛", "niu", 130), ("樊", "fan", 120), ("葛", "ge", 120), ("邢", "xing", 120),
    ("安", "an", 110), ("齐", "qi", 110), ("易", "yi", 110), ("乔", "qiao", 110),
    ("伍", "wu", 100), ("庞", "pang", 100), ("颜", "yan", 100), ("倪", "ni", 100),
    ("庄", "zhuang", 100), ("聂", "nie", 100), ("章", "zhang", 90), ("鲁", "lu", 90),
    ("岳", "yue", 90), ("翟", "zhai", 90), ("殷", "yin", 90), ("詹", "zhan", 80),
    ("申", "shen", 80), ("耿", "geng", 80), ("关", "guan", 80), ("兰", "lan", 80),
    ("焦", "jiao", 80), ("俞", "yu", 80), ("左", "zuo", 70), ("柳", "liu", 70),
    ("甘", "gan", 70), ("祝", "zhu", 70), ("包", "bao", 70), ("宁", "ning", 70),
    ("符", "fu", 60), ("舒", "shu", 60), ("阮", "ruan", 60), ("柯", "ke", 60),
    ("纪", "ji", 60), ("梅", "mei", 60), ("童", "tong", 60), ("凌", "ling", 60),
    ("毕", "bi", 60), ("欧", "ou", 40), ("尉", "wei", 5),
    # Polyphonic surnames: the surname reading differs from the common reading of the character.
    ("覃", "qin", 80), ("单", "shan", 50), ("解", "xie", 40), ("朴", "piao", 40),
    ("仇", "qiu", 30), ("查", "zha", 30), ("区", "ou", 20), ("乐", "yue", 20),
    ("盖", "ge", 20), ("缪", "miao", 20),
    # Compound surnames.
    ("欧阳", "ouyang", 40), ("司马", "sima", 12), ("诸葛", "zhuge", 10), ("上官", "shangguan", 10),
    ("司徒", "situ", 10), ("东方", "dongfang", 5), ("皇甫", "huangfu", 5), ("令狐", "linghu", 3),
    ("慕容", "murong", 3), ("夏侯", "xiahou", 3), ("尉迟", "yuchi", 2), ("公孙", "gongsun", 2),
)  # fmt: skip

# Shown in the first 200 customers of every demo, so that any demo of 200 or more customers
# exercises them (search by "shan", sorting of 欧阳, rendering of 𠮷).
SHOWCASE_SURNAMES: tuple[str, ...] = (
    "欧阳", "单", "司马", "曾", "诸葛", "区", "上官", "解", "仇", "朴", "查", "乐", "覃",
)  # fmt: skip

SURNAME_READING: dict[str, str] = {s: p for s, p, _ in SURNAMES}

# The CJK Extension B character (U+20BB7, a variant of 吉) some people really have in their names.
JI = "\U00020bb7"
JI_PINYIN = "ji"

# Given-name characters as "字pinyin" tokens, by gender and by the era a name was typical of.
_MALE_CLASSIC = """
建jian 国guo 军jun 华hua 平ping 明ming 伟wei 强qiang 勇yong 刚gang 志zhi 忠zhong 文wen
武wu 德de 福fu 贵gui 生sheng 荣rong 庆qing 春chun 金jin 林lin 海hai 东dong 民min 学xue
良liang 才cai 光guang 永yong 卫wei 兵bing 红hong 新xin 胜sheng 祥xiang 义yi 仁ren 安an
立li 松song 山shan 川chuan 宝bao 成cheng 富fu 振zhen 宏hong 树shu 俊jun 峰feng 斌bin
涛tao 辉hui 元yuan 开kai 正zheng 兴xing 洪hong 江jiang 根gen 喜xi 友you 发fa 利li
"""
_MALE_MODERN = """
浩hao 宇yu 轩xuan 睿rui 泽ze 子zi 豪hao 然ran 天tian 瑞rui 嘉jia 一yi 鸿hong 博bo 晨chen
昊hao 杰jie 鹏peng 飞fei 鑫xin 磊lei 凯kai 健jian 帆fan 帅shuai 旭xu 宁ning 龙long 毅yi
坤kun 锋feng 铭ming 哲zhe 航hang 晖hui 翔xiang 逸yi 凡fan 阳yang 琦qi 宸chen 梓zi 煜yu
霖lin 卓zhuo 越yue 朗lang 皓hao 楷kai 烨ye 骏jun 瀚han 彦yan 诚cheng 恺kai
钧jun 炜wei 亮liang 超chao 波bo 鸣ming 远yuan 辰chen 峻jun 奕yi 承cheng 景jing 墨mo
"""
_FEMALE_CLASSIC = """
秀xiu 英ying 兰lan 珍zhen 桂gui 凤feng 玉yu 翠cui 淑shu 惠hui 珠zhu 云yun 莲lian 琴qin
菊ju 芳fang 红hong 梅mei 丽li 华hua 霞xia 萍ping 娟juan 艳yan 玲ling 燕yan 敏min 静jing
素su 春chun 月yue 香xiang 爱ai 美mei 芬fen 琼qiong 娥e 荣rong 秋qiu 冬dong 雪xue 金jin
彩cai 银yin 凤feng 巧qiao 仙xian 桃tao 杏xing 霜shuang 慧hui 芝zhi 君jun 清qing 平ping
"""
_FEMALE_MODERN = """
婷ting 娜na 琳lin 晶jing 倩qian 颖ying 慧hui 洁jie 佳jia 欣xin 怡yi 雯wen 蕾lei 璐lu 瑶yao
琪qi 璇xuan 悦yue 彤tong 萌meng 诗shi 梦meng 思si 雨yu 婉wan 丹dan 薇wei 媛yuan 妍yan
馨xin 露lu 晓xiao 嫣yan 岚lan 曼man 雅ya 楠nan 姗shan 芸yun 茹ru 瑾jin 瑜yu 欢huan 涵han
可ke 心xin 若ruo 语yu 晴qing 依yi 诺nuo 沐mu 汐xi 菲fei 蓉rong 莹ying 婧jing 琬wan
舒shu 韵yun 桐tong 紫zi 玥yue 珊shan 芮rui 钰yu 昕xin 晗han 琰yan 蓓bei 亚ya 雪xue
"""


def _parse(text: str) -> tuple[tuple[str, str], ...]:
    """ "建jian 国guo" -> (("建", "jian"), ("国", "guo")); a token may hold several characters."""
    return tuple((m.group(1), m.group(2)) for m in re.finditer(r"([^\sa-z]+)([a-z]+)", text))


MALE_CLASSIC = _parse(_MALE_CLASSIC)
MALE_MODERN = _parse(_MALE_MODERN)
FEMALE_CLASSIC = _parse(_FEMALE_CLASSIC)
FEMALE_MODERN = _parse(_FEMALE_MODERN)

GIVEN_PINYIN: dict[str, str] = {JI: JI_PINYIN}
for _pool in (MALE_CLASSIC, MALE_MODERN, FEMALE_CLASSIC, FEMALE_MODERN):
    for _char, _reading in _pool:
        if GIVEN_PINYIN.setdefault(_char, _reading) != _reading:
            raise ValueError(f"two readings for given-name character {_char}")


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


class WeightedSurnames:
    """Draw a surname by frequency with one random number and a bisect."""

    def __init__(self) -> None:
        self.names = tuple((s, p) for s, p, _ in SURNAMES)
        self.cumulative = tuple(accumulate(w for _, _, w in SURNAMES))
        self.total = self.cumulative[-1]

    def pick(self, u: float) -> tuple[str, str]:
        return self.names[bisect(self.cumulative, u * self.total)]


# City names (without 市) of regions.DISTRICTS with their pinyin, for company names.
CITY_PINYIN: dict[str, str] = {
    "北京": "beijing", "天津": "tianjin", "石家庄": "shijiazhuang", "沈阳": "shenyang",
    "大连": "dalian", "哈尔滨": "haerbin", "上海": "shanghai", "南京": "nanjing",
    "苏州": "suzhou", "杭州": "hangzhou", "宁波": "ningbo", "合肥": "hefei", "福州": "fuzhou",
    "厦门": "xiamen", "济南": "jinan", "青岛": "qingdao", "郑州": "zhengzhou", "武汉": "wuhan",
    "长沙": "changsha", "广州": "guangzhou", "深圳": "shenzhen", "南宁": "nanning",
    "重庆": "chongqing", "成都": "chengdu", "昆明": "kunming", "西安": "xian",
}  # fmt: skip

# Trade names of companies (字号), each with its pinyin.
TRADE_NAMES = _parse("""
恒信hengxin 华创huachuang 瑞丰ruifeng 康源kangyuan 金盛jinsheng 鑫达xinda 宏远hongyuan
博雅boya 天诚tiancheng 中科zhongke 嘉禾jiahe 永泰yongtai 新智xinzhi 汇通huitong 佳和jiahe
明德mingde 锦程jincheng 东方dongfang 顺达shunda 美康meikang 安泰antai 海纳haina 润泽runze
卓越zhuoyue 正元zhengyuan 广联guanglian 兴业xingye 同创tongchuang 万通wantong 德润derun
和信hexin 益民yimin 恒泰hengtai 瑞康ruikang 启明qiming 星辰xingchen 蓝海lanhai 远航yuanhang
致远zhiyuan 九州jiuzhou 华夏huaxia 天宇tianyu 银河yinhe 立信lixin 诚达chengda 信达xinda
宝丰baofeng 福瑞furui 泰和taihe 恒通hengtong 金桥jinqiao 新元xinyuan 嘉信jiaxin 凯瑞kairui
""")

# (industry shown on the card, word in the company name, its pinyin)
INDUSTRIES: tuple[tuple[str, str, str], ...] = (
    ("信息技术", "科技", "keji"), ("信息技术", "信息技术", "xinxijishu"),
    ("信息技术", "软件", "ruanjian"), ("批发零售", "贸易", "maoyi"),
    ("批发零售", "商贸", "shangmao"), ("制造业", "机械制造", "jixiezhizao"),
    ("制造业", "电子", "dianzi"), ("医药卫生", "医药", "yiyao"),
    ("医药卫生", "医疗器械", "yiliaoqixie"), ("医药卫生", "健康管理", "jiankangguanli"),
    ("教育培训", "教育咨询", "jiaoyuzixun"), ("餐饮服务", "餐饮管理", "canyinguanli"),
    ("建筑工程", "建设工程", "jianshegongcheng"), ("物流运输", "物流", "wuliu"),
    ("文化传媒", "文化传媒", "wenhuachuanmei"), ("房地产", "物业管理", "wuyeguanli"),
    ("食品加工", "食品", "shipin"), ("节能环保", "环保科技", "huanbaokeji"),
    ("生物技术", "生物科技", "shengwukeji"),
)  # fmt: skip

COMPANY_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("有限公司", "youxiangongsi"), ("有限公司", "youxiangongsi"),
    ("股份有限公司", "gufenyouxiangongsi"), ("有限责任公司", "youxianzerengongsi"),
)  # fmt: skip

ROADS = words("""
人民路 解放路 中山路 建设路 文三路 延安路 和平路 新华路 长江路 黄河路 胜利路 光明路 朝阳路
学院路 北京路 南京路 青年路 东风路 复兴路 环城北路 体育场路 文化路 工农路 幸福路 花园路
滨江大道 湖滨路 迎宾大道 天目山路 庆春路 凤起路 机场路 民生路 团结路 健康路 育才路 公园路
""")
COMMUNITIES = words("""
阳光花园 翠苑小区 金色家园 桂花园 万科城 锦绣江南 和平里小区 幸福家园 滨江花园 世纪新城 香樟苑
紫金庭院 碧水湾 东方名苑 绿洲花园 春晓苑 丽景华庭 南苑小区 教师新村 工人新村 枫林湾 御景园
""")
TOWERS = words("国际大厦 金融中心 科技园 创业大厦 商务中心 世贸大厦 时代广场 产业园")
