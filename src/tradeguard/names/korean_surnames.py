"""Conventional Latin spellings of Korean surnames, which no romanisation system predicts.

Each entry lists the North Korean / McCune-Reischauer style first, then the South Korean
habit, then other spellings seen in lists ("Lee", "Yi", "Rhee" for 이). Written from general
knowledge of the commonest surnames, which together cover the great majority of Koreans.
"""

from __future__ import annotations

SURNAMES: dict[str, tuple[str, ...]] = {
    "김": ("kim", "kim", "gim"), "이": ("ri", "lee", "yi", "li", "rhee", "i"),
    "리": ("ri", "lee", "li", "yi", "rhee"),
    "박": ("pak", "park", "bak"),
    "최": ("choe", "choi", "chwe"), "정": ("jong", "jung", "jeong", "chung", "chong"),
    "강": ("kang", "kang", "gang"), "조": ("jo", "cho", "joe"), "윤": ("yun", "yoon"),
    "장": ("jang", "jang", "chang"), "임": ("im", "lim", "yim", "rim"),
    "림": ("rim", "lim", "im"),
    "한": ("han", "han"), "오": ("o", "oh"), "서": ("so", "seo", "suh"), "신": ("sin", "shin"),
    "권": ("kwon", "kwon", "gwon"), "황": ("hwang", "hwang"), "안": ("an", "ahn"),
    "송": ("song", "song"), "전": ("jon", "jeon", "chon", "jun", "chun"), "홍": ("hong", "hong"),
    "유": ("yu", "yoo", "you", "ryu"), "류": ("ryu", "yoo", "yu", "rhyu"),
    "고": ("ko", "ko", "go", "koh"),
    "문": ("mun", "moon"), "양": ("yang", "yang"), "량": ("ryang", "yang"), "손": ("son", "sohn"),
    "배": ("pae", "bae"), "백": ("paek", "baek", "baik", "paik"), "허": ("ho", "heo", "huh"),
    "남": ("nam", "nam"), "심": ("sim", "shim"), "노": ("no", "roh", "noh"), "로": ("ro", "roh"),
    "하": ("ha", "ha"), "곽": ("kwak", "kwak", "gwak"), "성": ("song", "sung", "seong"),
    "차": ("cha", "cha"), "주": ("ju", "joo", "chu"), "우": ("u", "woo"), "구": ("ku", "koo", "gu"),
    "민": ("min", "min"), "진": ("jin", "jin", "chin"), "지": ("ji", "ji", "chi"),
    "엄": ("om", "eom", "um"), "채": ("chae", "chae"), "원": ("won", "won"),
    "천": ("chon", "cheon", "chun"), "방": ("pang", "bang"), "공": ("kong", "kong", "gong"),
    "현": ("hyon", "hyun", "hyeon"), "함": ("ham", "ham"), "변": ("pyon", "byun", "byeon"),
    "염": ("yom", "yeom", "yum"), "렴": ("ryom", "yeom"), "여": ("yo", "yeo", "yuh"),
    "려": ("ryo", "yeo"), "추": ("chu", "choo"), "도": ("to", "do"), "소": ("so", "so"),
    "석": ("sok", "seok", "suk"), "선": ("son", "sun", "seon"), "설": ("sol", "seol", "sul"),
    "마": ("ma", "ma"), "길": ("kil", "gil"), "연": ("yon", "yeon", "yun"), "련": ("ryon", "yeon"),
    "위": ("wi", "wi", "wee"), "표": ("pyo", "pyo"), "명": ("myong", "myung", "myeong"),
    "기": ("ki", "ki", "gi"), "반": ("pan", "ban"), "왕": ("wang", "wang"),
    "금": ("kum", "keum", "geum"), "옥": ("ok", "ok"), "육": ("yuk", "yook"),
    "륙": ("ryuk", "yook"),
    "인": ("in", "in"), "맹": ("maeng", "maeng"), "제": ("je", "je", "che"), "모": ("mo", "mo"),
    "탁": ("tak", "tak"), "국": ("kuk", "kook", "guk"), "어": ("o", "eo"), "은": ("un", "eun"),
    "편": ("pyon", "pyun", "pyeon"), "용": ("yong", "yong"), "룡": ("ryong", "yong"),
    "예": ("ye", "ye"), "봉": ("pong", "bong"), "경": ("kyong", "kyung", "kyeong"),
    "나": ("na", "na", "ra"), "라": ("ra", "ra", "na"), "태": ("thae", "tae"),
    "계": ("kye", "kye", "gye"),
    "두": ("tu", "doo"), "피": ("pi", "pi"), "팽": ("phaeng", "paeng"), "호": ("ho", "ho"),
    "동": ("tong", "dong"), "승": ("sung", "seung"), "시": ("si", "shi"), "상": ("sang", "sang"),
    "남궁": ("namgung", "namgung", "namkung"), "황보": ("hwangbo", "hwangbo"),
    "제갈": ("jegal", "jegal", "chegal"), "선우": ("sonu", "sunwoo", "seonu"),
    "독고": ("tokko", "dokgo"), "사공": ("sagong", "sakong"), "서문": ("somun", "seomun"),
}  # fmt: skip

COMPOUND_SURNAMES = frozenset(surname for surname in SURNAMES if len(surname) == 2)
