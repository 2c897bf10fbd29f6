"""Turkish organisation names read in English: "Stimul Mühendislik Danışmanlık" -> stimul
engineering consulting, so a Turkish company's registered name meets the English one the lists
also give it ("Stimul Engineering Ltd.", "BEKS Ship Management and Trading").

Turkish trading companies stand between European makers of cars and parts and buyers in
Russia, and the EU, UK and US lists name them in Turkish, in English or both. What the company
does ("Sanayi ve Ticaret", "Dış Ticaret") is cut with the legal form
(`legal_form_institutions`, `org_descriptors`); the other words that say what it deals in are
read here. Words are looked up as tokens come out of `normalize` (ş, ı, ğ, ç, ö and ü folded to
ASCII, and the German reading of ü as ue that `render` also gives), with their common possessive
and plural endings written out, since a compound noun takes them ("Bilgi Teknolojileri",
"Gemi İşletmeciliği"). Only words that differ from the English are listed; a name without any
of them gets no English reading.

Written from general knowledge of Turkish and the usual English renderings of Turkish company
names; not derived from any list.
"""

from __future__ import annotations

# English, then the Turkish word forms that read so.
_TABLE = """
technology teknoloji teknolojisi
technologies teknolojileri
technical teknik
parts parca parcalari parcalar
spare yedek
standard standart
engineering muhendislik muhendisligi muehendislik muehendisligi
consulting danismanlik danismanligi
innovation inovasyon
ship gemi
shipping gemicilik denizcilik
management isletmeciligi isletmecilik isletmesi
electronics elektronik
electric elektrik
machinery makina makine makinalari makineleri
construction insaat
architecture mimarlik
marketing pazarlama
transport tasimacilik nakliyat nakliye ulasim
logistics lojistik
automotive otomotiv
information bilgi
computer bilgisayar
software yazilim
defense savunma
aviation havacilik
space uzay
energy enerji
chemicals kimya kimyasal
food gida
textile tekstil
tourism turizm
investment yatirim
investments yatirimlari
media medya
digital dijital
international uluslararasi
group grubu grup
systems sistemleri
solutions cozumleri
services hizmetleri
products urunleri
materials malzemeleri malzeme
security guvenlik
mining madencilik
agriculture tarim
pharmaceuticals ilac
health saglik
transformation donusum
office ofisi
distribution dagitim
import ithalat
export ihracat
fuel akaryakit
cargo kargo
airlines havayollari
steel celik
equipment ekipman ekipmanlari
devices cihazlari
vehicles araclari
trade ticaret
industry sanayi sanayii
"""
# Words read only beside one of the table's: "ve" (and), "iç" and "dış" (domestic, foreign)
# are also words and initials of other languages.
_BESIDE = {"ve": "and", "ic": "domestic", "dis": "foreign"}


def _read(table: str) -> dict[str, str]:
    words: dict[str, str] = {}
    for line in table.strip().splitlines():
        english, *turkish = line.split()
        for word in turkish:
            words[word] = english
    return words


_ENGLISH = _read(_TABLE)
_ALL = {**_ENGLISH, **_BESIDE}


def in_english(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """The tokens with the Turkish organisation words in English, or None if none is one."""
    if not any(token in _ENGLISH for token in tokens):
        return None
    return tuple(_ALL.get(token, token) for token in tokens)
