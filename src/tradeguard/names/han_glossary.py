"""Words of Chinese company names as their registered English names give them.

"北京鲁成伟业科技发展有限公司" is registered abroad as "Beijing Lucheng Weiye Technology
Development Co., Ltd": the trade name is pinyin, but the words saying what the company does
are translated. These are the common ones, in simplified and traditional characters, and the
places whose English name is not their pinyin (香港 Hong Kong, not Xianggang). An empty
translation drops a word that belongs to the legal form (股份, "joint-stock").
"""

from __future__ import annotations

GLOSSARY: dict[str, str] = {
    "科技": "technology", "技术": "technology", "技術": "technology",
    "高科": "hi tech", "高新": "hi tech",
    "发展": "development", "發展": "development",
    "电子": "electronics", "電子": "electronics", "微电子": "microelectronics",
    "微電子": "microelectronics", "光电": "optoelectronics", "光電": "optoelectronics",
    "半导体": "semiconductor", "半導體": "semiconductor",
    "国际": "international", "國際": "international",
    "物流": "logistics", "供应链": "supply chain", "供應鏈": "supply chain",
    "贸易": "trading", "貿易": "trading", "商贸": "trading", "商貿": "trading",
    "进出口": "import export", "進出口": "import export",
    "实业": "industrial", "實業": "industrial", "工业": "industry", "工業": "industry",
    "集团": "group", "集團": "group", "控股": "holdings",
    "投资": "investment", "投資": "investment",
    "航空": "aviation", "航天": "aerospace", "能源": "energy", "化工": "chemical",
    "机械": "machinery", "機械": "machinery", "设备": "equipment", "設備": "equipment",
    "仪器": "instruments", "儀器": "instruments", "精密": "precision",
    "航运": "shipping", "航運": "shipping", "船务": "shipping", "船務": "shipping",
    "海运": "shipping", "海運": "shipping", "运输": "transport", "運輸": "transport",
    "造船": "shipbuilding", "船舶": "ship",
    "软件": "software", "軟件": "software", "网络": "network", "網絡": "network",
    "通信": "communication", "通讯": "communication", "通訊": "communication",
    "信息": "information", "系统": "systems", "系統": "systems",
    "智能": "intelligent", "自动化": "automation", "自動化": "automation",
    "材料": "materials", "新材料": "new materials",
    "工程": "engineering", "制造": "manufacturing", "製造": "manufacturing",
    "科学": "science", "科學": "science",
    "研究所": "research institute", "研究院": "research institute",
    "大学": "university", "大學": "university",
    "汽车": "automotive", "汽車": "automotive", "配件": "parts", "零部件": "parts",
    "石油": "petroleum", "矿业": "mining", "礦業": "mining",
    "钢铁": "steel", "鋼鐵": "steel",
    "世纪": "century", "世紀": "century", "创新": "innovation", "創新": "innovation",
    "环球": "global", "環球": "global", "全球": "global",
    "亚洲": "asia", "亞洲": "asia", "中国": "china", "中國": "china",
    "香港": "hong kong", "澳门": "macau", "澳門": "macau",
    "科贸": "technology trade", "科貿": "technology trade",
    "工贸": "industry trade", "工貿": "industry trade",
    "货运": "freight", "貨運": "freight", "代理": "forwarding",
    "管理": "management", "电器": "electric", "電器": "electric",
    "机床": "machine tool", "機床": "machine tool", "通用": "general",
    "商行": "trading company",
    "省": "province", "市": "", "县": "", "縣": "",
    "股份": "", "有限": "limited",
}  # fmt: skip
