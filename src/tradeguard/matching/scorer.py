"""The scoring algorithm: a named, versioned mix of the name score and the evidence beside it.

Every hit records the algorithm name and version and the per-feature outcome, because an
auditor asks exactly "which algorithm said 0.93, and why".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from tradeguard.matching.calibration import Calibration, Capped, calibrate, shipped
from tradeguard.matching.features import (
    UNKNOWN,
    Signal,
    compare_birth_dates,
    compare_countries,
    compare_identifiers,
    compare_schema,
)
from tradeguard.matching.query import Query
from tradeguard.model import Entity

ALGORITHM = "tradeguard-logic"
# 2.0: the name similarity is calibrated to a probability (calibration.py) before evidence.
# 2.1: Ukrainian/Belarusian names also in Russian form; extra query words cost less when a
# listed name of two or more words is wholly matched; calibration refitted on list weights,
# with short query names (10 letters or fewer) on a curve of their own.
# 2.2: token weights count entities; a short listed name (under 9 letters) inside a longer query
# is no containment; the curve is picked by the query's first rendering; calibration refitted
# with two innocent names per hard negative pair.
# 2.3: listed organisations' initials are forms, matched only when written exactly ("IRGC");
# "a.k.a." separates names in one field; one calibration curve per script family of the query
# (Latin, Cyrillic, Arabic/Hebrew, Chinese/Korean/Japanese) and length, none above 0.999.
# 2.4: the loanword "tech" and its Russian "tekh" share a phonetic spelling (Promtekh/Promtech);
# calibration refitted. Indexes of fewer than 5,000 entities weigh common words by typical
# counts (names.common_words); with every list loaded weights are as in 2.3.
# 2.5: courtesy titles of other languages come off person names ("السيدة", "г-жа", "Sig.ra");
# person tokens with one Slavic stem in two genders (Komarov/Komarova) are at most 0.5 alike;
# an organisation query's initials meet a listed name that is that acronym (AO NZIV);
# Arabic-script names with ض ذ ظ ث also get Persian readings (Fazl, Reza besides Fadl, Rida);
# glued words of person names are parted at their capitals; Belarusian surnames get Russian
# spellings (ПЯТРОЎ -> Петров); calibration refitted.
# 2.6: a query also gets a form with neighbouring words joined into a listed word, or a word
# parted into two words a listed name has in a row (Hamid Reza / Hamidreza, Paek Sol / Paeksol);
# kra and e with diaeresis are look-alikes of к and ё; person tokens of one stem in two forms
# are capped for Ukrainian -enko/-eniuk and French -el/-elle as for Slavic genders
# (Yatsenko/Yatseniuk, Daniel/Danielle); calibration refitted.
# 2.7: the last word of a query joins its first into a listed word (ZADEH, Mohammed Khalil /
# KHALILZADEH); short person tokens of one phonetic spelling are 0.9 alike (Jo/Cho, Do/To);
# the ye of Korean yeo keeps its key (Yeong/Yong); an organisation's one-word form that renders
# an acronym written in mixed case (КнААЗ) is matched only as written; calibration refitted.
# 2.8: Korean organisation names also read as their English words, the trade name romanised
# (조선남강무역회사 / Korea Namgang Trading); calibration refitted, its innocent names no longer
# drawn from Faker's lists of real companies (Iranian banks, Sberbank), many of them listed.
# An organisation query's run of words also reads as its initials where a listed name writes
# them beside the same neighbour (Special Design Bureau Turbina / JSC SDB Turbina).
# 2.9: Chinese syllables are not lifted by a shared phonetic key, only by one spelling (王建,
# "wang chien", no longer meets WANG, Chen at 0.95); two Chinese organisation names compare
# through their English words, not syllable by syllable; a Chinese, Korean or Japanese
# person's name that contains a listed name whole is not forgiven its other syllables
# (강영철 / "Young-Chul"); Latin person names written in pinyin also get their Wade-Giles
# form, which Latin queries meet (Mao Tse-tung / Mao Zedong); a group of companies (ГК,
# группа компаний, Group of Companies) is cut as legal forms are; the enterprise-kind words
# are found in every romanisation of the Russian (obyedineniye, proizvodstvennyy), and a
# production association (ПО, PA) is cut as НПО is; a shipbuilding or ship repair plant (ССЗ,
# СРЗ) reads as a shipyard in the English form; organisation names lose the English linking
# words (of, the, for, and) except where an enterprise kind was cut; a research institute and
# an aircraft repair plant read as НИИ and АРЗ do (nii, arz), a factory as a plant, ОДК as
# UEC; naval reads as marine, aircraft as aviation, a fund as a foundation, machine building
# as engineering and SHPG as shipping; calibration refitted.
# 2.10: a partly vowelled Arabic-script rendering also gets its canonical particles (عبد الله
# يحيى الحاكم as abdullah yahya hakm); a compared skeleton keeps a final i, the nisba ending
# (عزیزی Azizi no longer meets AZIZ), and two words one of which ends in i or y no longer share
# a phonetic key's lift (Hamidi / Hamid, Mohammadi / Mohammad, Liu / Li); Arabic-script
# organisation names also read as their English words (وزارة الدفاع as ministry defence); the
# article assimilated to a sun letter is dropped with any vowel (Abd ur-Rehman, Nour ed-Dine);
# a field of several names that mixes scripts only as a whole takes the curve of its names'
# script; calibration refitted.
# 2.11: a name's script is read after its look-alike letters are repaired ("Павел Мiкалаевiч",
# typed with Latin i's, takes the Cyrillic curve); s and z share the phonetic key (Izmail /
# Ismail, Remdizel / Remdiesel); two close spellings of four letters or more whose phonetic
# keys differ only in the vowel are 0.7 similar at least (Dimitri / Dmitry, Bekr / Bakr); a
# run of words is abbreviated beside a neighbour that is abbreviated too (Научно-
# Исследовательский Институт Космического Приборостроения as NII KP); a scientific and
# technical centre (НТЦ, STC) is an enterprise kind written as its initials; a glossary town
# in -sk keeps its name in the English form (Izhevsk); works reads as a plant, administration
# as a directorate, военно-морской as naval; an unknown Arabic-script word ending in ى also
# reads as ending in ي (جبارى Jabari), and Pashto's letters are read; calibration refitted.
# 2.12: Urdu's heh goal is read (اللہ); a Persian name's v skeleton reads ق as gh (Mossadegh);
# a comma separates two names written as the EU and UK lists write one ("Fathi Ahmad
# HAMMAD, Fathy Ahmed HAMAD"); Hebrew י and ו after an initial א are vowels, and an initial פ
# and a final וי also read f and vi (Federman, Levi); a branch written with its company behind
# a spaced dash also gets its own name's forms (Филиал «СРЗ «Нерпа» – АО «ЦС «Звёздочка» as
# SRZ Nerpa, Nerpa Shipyard), the company's side being the one with a legal form; Thai, Armenian,
# Georgian, South Asian, Gulf, Ukrainian, Belarusian and Kyrgyz legal forms, and "Publicly
# Traded Company" (KAMAZ), are cut; ordinal endings come off numbers (101st, 142-й); the
# Russian organisation glossary has 34 more words; calibration refitted.
# 2.13: Belarusian names in Russian form read soft дз and ц as д and т (Шоцік Shotik) and know
# 46 more given names, and given names with the Russian g mixed in (Aleg); more kinds of
# Russian enterprise are written as their initials or cut (МКБ, ТД, АК, МК, МЗ, НВП, УК, НГК),
# ЦНИИ is the central research institute, and a scientific and production enterprise is such a
# kind rather than a legal form; stacked military ranks are honorifics (Major General);
# صرافی reads as money exchange; a query's run of words becomes the initials a listed name
# writes beside its neighbour on either side (SMP Bank); a final j after a vowel is y, and yu
# or iu after a consonant u, in the phonetic key (Andrej, Lyudmila); calibration refitted.
# 2.14: the calibration has curves of its own for one-word query names and for organisations'
# names; a first vowel ei before a consonant is Arabic ay in the phonetic key (Zeid/Zaid); a
# final ى read as ی goes with the Persian letter values in the skeletons (Ghazanfarabadi).
# 2.15: Shia clerical ranks are honorifics (Hojjatoleslam, Ayatollah); the consonant skeleton
# folds gh with q (Mosadegh / مصدق); Mohd, Mhd and Muhd read as Muhammad in Arabic names;
# Belarusian given names with ё are known by their Latin io spelling (Arciom); the UK list's
# label "Организация" before a legal form is cut with it; calibration refitted.
# 2.16: Russian names in German, Dutch, French and Polish transcription get the lists' press
# spelling as an extra form (Sergej Lawrow, Sergueï Choïgou, Dmitrij Miedwiediew); Polish ż is
# written zh; calibration refitted. 2.17: Gulf, Lebanese and Iranian legal forms in Arabic
# script (ش.ذ.م.م, م.د.م.س, ش.م.ح, المحدودة) and the English free-zone LLC are cut; English words
# written in Arabic script (شيبينغ, سيرفيسز) are read as English; a person's vowelled word in a
# vowelless form is compared by spelling too; ض and ظ also read dh; a Persian surname suffix
# written apart (زارع پور) is also joined; calibration refitted. 2.18: son of as Ould, Wuld,
# Walad and ولد is one particle; OFAC's "SURNAME, Given Names" stays one name when its parts
# share a word ('ABD AL-SALAM, 'Abd al-Malik); a Chinese, Korean or Japanese person's
# syllables, and those of a Latin name that reads as Korean, keep their order (김은정 is not
# 김정은), and a Korean person's name meets the lists' mixed romanisations syllable by syllable
# (KIM Yong Bok); a listed organisation name of generic words alone (Central Bank) is never
# contained; short Latin legal forms of other languages are not cut before a name (IS BANK,
# LT Global Forwarding); calibration refitted.
# 2.19: an organisation query whose name names a country (Ministry of Defence of Brazil) has
# half its raw name similarity against a listed body named by generic words alone (MINISTRY OF
# DEFENCE) that is of other countries, by its list, its names or its sanctions programme; a
# listed organisation met only in generic words and countries, both names having words the
# other lacks, is 0.6 as similar (FEE BANK MALAYSIA / Malaysian Development Bank); a name of
# generic words and a country is not written as initials (Brazil Merchant Bank / BM BANK);
# an organisation query's word that names a place meets only that place's words or a near
# spelling of it (China is not Jinan, Ghana not Gaan); calibration refitted with innocent
# institutions' names beside Faker's.
# 2.20: a katakana name, and a Hangul transcription of a foreign name, is read back into the
# spellings listed names use (ウラジーミル・プーチン, 블라디미르 푸틴 as Vladimir Putin) and
# compared on the Latin curves; a sound-alike or consonant key many
# parties share weighs less in retrieval; Siberian names Siberia; a query's initials keep its
# spelt-out legal form (UIMC); calibration refitted with katakana persons' names among the
# innocent ones.
# 2.21: a Cyrillic word is spelt letter by letter as the lists spell it most, in at most
# three letters other than the likeliest (ООО «ЦСТ» as CST, Бриджтех as Bridgetech); an
# Arabic-script word the table of common names lacks is spelt with the vowels the lists give
# it (پورانواری as Pouranvari), both on their script's curves; a name read by its sound meets
# no listed name's initials; calibration refitted.
# 2.22: legal forms are also read without their dots and accents, and rigour's missing ones
# added (Petrolinvest DOO, Hilal Trading S.L., VIRMAVIA OÜ / OU); a Turkish organisation name
# is read in English, and the English of what a Turkish company does is cut at the end (CTL
# Dis Ticaret / CTL Foreign Trade); abbreviated business words in organisation names are spelt
# out (Mfg, Intl, Hldgs, HK); t/a, d/b/a, c/o and a/k/a separate whole names; full-width
# brackets are brackets; calibration refitted.
# 2.23: an English organisation name read back into Russian gives the Russian acronym its
# list entry may have (Kazan Optical and Mechanical Plant / AO KOMZ), Russian initials keep
# a letter romanised as two (ChMK), a Russian name ending in a kind of organisation gives a
# query three-letter initials (SMZ), and an Arabic-script name of glossary words its English
# initials both ways (IRGC); a name's English readings keep two places under the cap on forms;
# English business words as Russian names write them (Прайм Шиппинг); a Chinese company's
# city in brackets is no name of its own; calibration refitted.
# 2.24: a Cyrillic word that ends in a long English vowel and one consonant may be spelt with
# the vowel long and a silent e (Микродрайв / Microdrive, Дрейк / Drake), и may be ie
# (Ремдизель / Remdiesel); calibration refitted.
# 2.25: ud-Din joined as the lists also write it (Salahaldin, Jallaloudine, Nureldin, Nuradin)
# is the Arabic script's two words; "for the", "and the" and "with the" joined to a known
# Arabic word are read apart (للصرافة lil-sirafa, والجهاد wal-jihad); ВНИИ is an All-Russian
# Research Institute, and a Research and Development Institute is an NII; an organisation's
# English reading gets a second form with the kinds of enterprise Russian names abbreviate as
# their initials (Research and Production Enterprise: NPP; Experimental Design Bureau: OKB);
# calibration refitted.
# 2.26: retrieval (not the scorer) reads an Arabic-script name's letters as written as keys of
# their own, and of listed forms that share the query's keys equally, the shortest first
# ("Yuri" the vessel before every Yuri); "saving" is a bank's generic word; calibration
# refitted, on innocent names whose best hits retrieval now finds.
# 2.27: organisations whose names each name a town the other does not are different bodies:
# the name similarity loses half, as for a conflicting named country (Serov Mechanical Plant
# against the Azov Optical-Mechanical one, Ulyanovsk Automobile Plant against Minsk's);
# calibration refitted.
# 2.28: a kind of plant, bureau or institute by its trade is a generic name (Mechanical Plant,
# Radiozavod, Special Design Bureau), never contained; a listed name of generic words alone
# that leaves a query word of its own unmet is 0.6 as similar (Izhevsk Radio Plant against
# RADIOZAVOD), as a name met only in generic words is; calibration refitted.
# 2.29: towns written as nouns name places too (names.towns: Vologda, Rostov, Kazan), a town
# and its adjective's stem are one place by their letters or sounds (Samara and samarskiy,
# Moscow and moskovskiy), and places are read on every form of the two names, so the reduced
# English form's "ramen" is Ramensky; Russia's adjectives name no town; a pair met through
# initials reads the places of every name of the listed entity (Samara Metallurgical Plant's
# SMZ is not the Serov Mechanical Plant's АО ‘СМЗ’); calibration refitted. Then, with the
# same calibration: a listed name of generic words and countries that names a country the
# query's name does not is a named-country conflict (the Bank of Vietnam is not the
# VIETNAM-RUSSIA JOINT VENTURE BANK).
# 2.30: Korean readings of Hanja come from a table of Unicode's Unihan
# shipped with the package, not the optional `hanja` package, and a person's name of three
# Chinese characters gets them without a language hint too (金正恩, 崔龙海 as Kim Jong Un and
# Choe Ryong Hae, in simplified characters as well); a Korean name spelt in Ukrainian or
# Belarusian Cyrillic is read in Russian letters ("Кім Чен Ин", "Чхве Рьон Хе"); Greek names
# get a form read as spoken (Ουσμάνοφ, Usmanov), Georgian ones a form without the nominative -i
# (პუტინი, Putin), Hebrew ones a form with ו and י inside a word as vowels and the geresh's
# zh, ch, j (ולדימיר פוטין, פריגוז׳ין); a Cyrillic word the walk spelt with other vowels than
# its likeliest meets no listed initials (НАМИ read "name" is not NEW ANSARI MONEY EXCHANGE),
# and a person's name with a patronymic, filed as a legal entity, has none (АО «ОПК» is not
# Olga Petrovna Kuznetsova); a Latin person's best pair that met only parts of one word of
# the query as written, another word unmet, keeps what a named-place conflict leaves
# ("Muhammadaziz Jahongirov" parted is not AZIZ, Mohammad: `given_names`); calibration
# unchanged.
# 2.31: a Persian or Arabic person's given name written as one word (محمدحسین, Mohammadhossein)
# is read as a Latin one is: a listed name that only its parts meet, another word of the query
# unmet, keeps what a named-place conflict leaves (محمدحسین نامور is not HUSAYN, Muhammad);
# so does a listed kunya or theophoric name met without its particle ("Zabir Saad" is not
# SHABIR, Abu Sa'ad: `listed_particles`); the particle abd and the name Abid are two stems
# (`names.name_variants`); the Persian surname ending -ollahi written apart is joined (امن
# اللهي, Amanollahi); ayin reads as a vowel's place, not nothing, so that the ي and و after it
# are vowels (عيضة, Aida), and a final heh after d, s, k, t, z, g or c is e, not the h of a
# digraph (آخوندزاده, Akhundzadeh, not "dh"); a vowelless form written word for word as the
# listed name is reads 1.0 (فیدار سیستم پیوان met itself at 0.9 raw); calibration refitted.
# 2.32: a name written in an abjad is never read as initials (al-Halwani al-Qarjuli as "al
# haq"); the article is no word of a listed name contained whole (Al-Khalidi is one word); a
# final ى of a word the table reads with a final i gets the skeleton of ي (نوروزى, Nowruzi);
# calibration refitted.
# 2.33: the Arabic-script letter walk reads a first و or ي as a consonant only (وطن, watan,
# not the listed UTN), an alif after a consonant as a long vowel, never silent, and a first ح
# as h (صبان, Sabban, not SBN); the Cyrillic walk's ж is g only before a soft vowel and s
# never first, and a first я or е is never a (Жук, Zhuk, not "guk"); the Arabic-script
# organisation glossary has network (شبکه), organisation (تنظيم) and a dozen more words, and
# the Russian one Belarusian company, holding and enterprise; calibration refitted.
# 2.34: an organisation's name in an abjad gets no initials from its rendering, whose vowels are
# guessed (the company المنتفق-الكثيري, al mntfq al kthyry, read AMAK, a listed vessel's name,
# at 1.0); calibration refitted.
# 2.35: the phonetic key reads German transcription's tsch and dsch as ch and j (TSCHERESOW,
# Borissowitsch), which it read as ts and z; calibration refitted.
# 2.36: Chinese names written in Cyrillic by the Palladius system (Си Цзиньпин) are read back
# into pinyin and Wade-Giles (`names.cyrillic_chinese`); calibration refitted.
# 2.37: Turkish, Azerbaijani, Romanian and Albanian ş, ș and ç are also spelt sh and ch, as
# the háček letters are (Koçak, KOCHAK); calibration refitted.
# 2.38: a Hebrew acronym's gershayim, or the double quote typed for it, joins its word (להב"ה,
# LEHAVA), where it parted it; calibration refitted.
# 2.39: the article inside Arabic compounds as South Asian and French spellings write it
# (Ziaulhaq, Mujibur Rahman, Noor ud Din, ANSAR EDDINE, Echcherif) is read as the article;
# calibration refitted.
# 2.40: three neighbouring words of a query join into a listed word, as two did ("NAM CHON GANG"
# and NAMCHONGANG); the refitted calibration is unchanged.
# 2.41: an organisation's name loses the Persian ezafe its Latin letters hyphen to a word
# ("Basij-e Mostazafan", "Lashkar-i-Taiba"), which the Persian script leaves unwritten;
# calibration kept: refitted, the few cases of the mid-length abjad organisation curve moved
# it to read a name met by skeletons alone (raw 0.9) 0.79, not 0.88.
# 2.42: retrieval also hands the scorer, for each of the query's three rarest words, the best
# four other forms that share a key with that word (`NameIndex.candidates`): a rare surname
# spelt otherwise beside a common given name ("AQLYL, Ahmad", AGLEEL, Ahmed) was outweighed by
# the hundreds of listed names with that given name as written; calibration of 2.41 kept: the
# refit, with the innocent names' new hits, let three hard cases stop alerting.
# 2.43: a German tsch with an English ending (-vitsch, -ev or -ov after a tsch), as files half
# in German and half in English spelling write Russian names ("TSCHATAJEV, Ahmed
# Radschapovitsch", CHATAYEV, Akhmed), is read as the German transcription
# (`names.russian_transcriptions`); no pair of the benchmark is so written, and the
# calibration of 2.41 is kept, as on 2.42.
# 2.44: in a name other than a person's, the ta marbuta of a word in construct (no article,
# another word after it) reads "at", as the lists write it (جبهة النصرة, Jabhat al-Nusra, met
# at 0.68, now 0.999; عصبة الأنصار, Asbat al-Ansar, 0.20); calibration of 2.41 kept.
# 2.45: a Chinese name written in words (阿不都·哈克, as Chinese writes a Uyghur or other
# foreign name) also reads with each word's syllables joined (abudou hake), not only as a
# surname and a given name (Abudu HAKE met at 0.06, now 0.82); calibration of 2.41 kept.
# 2.46: a Latin "il" alone no longer shows a name Arabic: Kim Il Sung had a form "kim sung"
# with it dropped as the article; fit-half and held-out figures as on 2.45.
# 2.47: an Arabic name in French letters (ch, dj, ou: "Rachid BOUCHAREB", "Bouchra AL ASAD")
# also reads as English-language lists write it (rashid bushareb: 0.18, now 0.999; Riyad
# CHALICHE / SHALISH 0.15, now 0.996); calibration of 2.41 kept.
# 2.48: "II" before lowercase letters at a word's start reads "Il", a capital I for an l
# ("IIan Şor" against Ilan SHOR: 0.30, now 0.999); calibration of 2.41 kept.
# 2.49: a Persian organisation's English words also read an unknown word's و as v (مرکز
# تحقیقات شهید حاج علی موحد against "Shahid Haj Ali Movahed Research Center": 0.85, now 0.95;
# آکادمی راوین against Ravin Academy 0.28, now 0.88); calibration of 2.41 kept.
# 2.50: an Arabic name in the Dutch-era letters of Indonesian names (ch for h and kh, sj and
# sy for sh, oe for u) also reads in English ones ("Mochammad Achwan" against Muhammad AKHWAN:
# 0.21, now 0.995), and such a name is no longer read as French; calibration of 2.41 kept.
# 2.51: a ch before a consonant reads in both letters, French and Indonesian: the Maghreb's
# Chwiki is Shwiki as Achwan is Akhwan (ALCHWIKI, Mhd Amer fell out of AL-SHUWAYKI's top ten
# on 2.50); calibration of 2.41 kept.
# 2.52: Arabic-script words run together after a letter that does not join the next are also
# read apart (حسن ظاهرعويس against HASSAN DAHIR AWEYS: 0.25, now 0.96); calibration of 2.41
# kept.
# 2.53: a Turkic patronymic also reads as the Russian one ("Ilham Heydar oglu ALIYEV" against
# Ilham Geydarovich ALIEV: 0.63, now 0.997; Әлинә Марат кызы Кабаева against Alina Maratovna
# KABAEVA 0.74, now 0.999); calibration of 2.41 kept.
# 2.54: Uzbek and Tajik Cyrillic are read in their own Latin letters and in the Russian
# spelling's (Ҳамид Қодиров was "amid kodirov", now hamid qodirov and khamid kodirov); no pair
# or innocent name has their letters, so no figure moves.
# 2.55: a person's name with consonant initials also gets a form without them ("Naif Hassan
# S. ALARIFI" against Nayif Hasan Saad ALARIFI: 0.78, now 0.99; "Raed Muhammad Hasan Muhammad
# Hijazi" against Raed M. Hijazi 0.68, now 0.98; in an Arabic name also A, for Abdul or
# Ahmed), and academic degrees after a person's name are dropped (B.Sc., PhD); calibration of
# 2.41 kept.
# 2.56: two words of an organisation's name that are forms of one English word and are spelt
# alike are 0.8 alike, as a shared phonetic key makes them (Instrument/Instrumentation,
# Industry/Industries/Industrial: "Joint Stock Company Marine Instrument Engineering
# Corporation" against JSC Marine Instrumentation Corporation 0.56, now 0.98); other forms of
# generic organisation words are generic too (Agencies, Ministries); CHVK (ЧВК romanised) and
# the Liechtenstein Anstalt are legal forms; calibration of 2.41 kept.
# 2.57: so are two forms of one English word spelt less alike but of nearly one length
# (trade/trading, study/studies: "Vector Trading LLC" against Vector Trade LLC 0.32, now
# 0.99); calibration of 2.41 kept.
# 2.58: the Russian glossary reads words of state security and military bodies (внешний
# foreign, разведка intelligence, войска forces, сухопутный ground, стратегический strategic,
# культура culture, офицер, доброволец: Служба Внешней Разведки Российской Федерации against
# Foreign Intelligence Service of the Russian Federation 0.56, now 0.99); calibration of 2.41
# kept.
# 2.59: and words of industrial plants (турбинный turbine, подшипниковый bearing, трубный
# pipe, литейный foundry, кузнечный forging, запчасти spare parts, двигателестроительный
# engine building, летательный aerial, ...: АО «Объединенная Двигателестроительная Корпорация»
# against United Engine Corporation 0.47, now 0.99); calibration of 2.41 kept.
VERSION = "2.59"


@dataclass(slots=True, frozen=True)
class Tunable:
    default: float
    description: str


# Declared once; `tradeguard algorithms` and the docs print this table.
TUNABLES: dict[str, Tunable] = {
    "threshold": Tunable(0.85, "Score at or above which a hit is an alert."),
    "weak_alias_factor": Tunable(0.92, "Multiplier on names the list itself marks weak."),
    "birth_date_agree": Tunable(
        0.5, "Share of the remaining distance to 1 gained on an agreeing birth date."
    ),
    "birth_date_conflict": Tunable(0.35, "Share of the score lost on a conflicting birth date."),
    "country_agree": Tunable(
        0.15, "Share of the remaining distance to 1 gained on an agreeing country."
    ),
    "country_conflict": Tunable(0.08, "Share of the score lost on a conflicting country."),
    "named_country_conflict": Tunable(
        0.5,
        "Share of the raw name similarity lost when an organisation's name names a country "
        "the listed body, named by generic words alone, is not of, or a town the listed "
        "name does not name.",
    ),
    "identifier_agree_floor": Tunable(
        0.97, "Score floor when an identifier agrees and the name is plausible."
    ),
    "identifier_conflict": Tunable(0.2, "Share of the score lost on a conflicting identifier."),
    "schema_conflict": Tunable(
        0.4, "Share of the score lost when a person is matched to an organisation."
    ),
}
DEFAULT_THRESHOLD = TUNABLES["threshold"].default
# A name this weak cannot be rescued to an alert by an identifier alone: the id might be reused.
# On the raw similarity, not the calibrated one: each calibration curve reads a name that shares
# nothing with the listed one differently (0.38 for long Latin names, 0.03 for Chinese ones),
# while raw 0.4 always means some of the name's weight agrees ("Avtovaz Group" for "JSC
# AVTOVAZ" is 0.57, a name sharing no word 0).
PLAUSIBLE_NAME = 0.4


@dataclass(slots=True)
class Feature:
    name: str
    outcome: str
    detail: str
    effect: float  # the score after this feature minus the score before it


@dataclass(slots=True)
class Scored:
    score: float
    features: list[Feature] = field(default_factory=list)


def _gain(score: float, share: float, strength: float) -> float:
    return score + (1.0 - score) * share * strength


def _apply(scored: Scored, label: str, signal: Signal, value: float) -> None:
    if signal.outcome == "unknown":
        return
    scored.features.append(
        Feature(label, signal.outcome, signal.detail, round(value - scored.score, 4))
    )
    scored.score = value


# The defaults as plain floats, read once: score_entity runs for every candidate of every query.
_DEFAULTS: dict[str, float] = {k: v.default for k, v in TUNABLES.items()}


def score_entity(
    query: Query,
    entity: Entity,
    name_score: float,
    name_detail: str,
    curve: str,
    named: Signal = UNKNOWN,
) -> Scored:
    """The hit's score from its raw name similarity and the evidence beside it.

    `curve` is the query name's `calibration.curve_key`: its script family and length pick
    the calibration curve. `named` compares the countries the two names name
    (`features.compare_named_countries`).
    """
    t = _DEFAULTS
    raw_name = name_score
    name_score = calibrate(name_score, curve)
    scored = Scored(name_score, [Feature("name", "similarity", name_detail, round(name_score, 4))])
    if named.outcome == "conflict":
        # On the raw similarity, before calibration, as the calibration was fitted (`named_raw`).
        _apply(scored, "named_country", named, calibrate(named_raw(raw_name, named), curve))
    s = compare_schema(query.schema, entity.schema)
    _apply(scored, "schema", s, scored.score * (1 - t["schema_conflict"]))
    if entity.schema == "Person" and query.schema in (None, "Person", "LegalEntity"):
        d = compare_birth_dates(query.birth_dates, entity.birth_dates)
        if d.outcome == "agree":
            _apply(scored, "birth_date", d, _gain(scored.score, t["birth_date_agree"], d.strength))
        elif d.outcome == "conflict":
            _apply(scored, "birth_date", d, scored.score * (1 - t["birth_date_conflict"]))
        else:
            _apply(scored, "birth_date", d, scored.score)
    c = compare_countries(query.countries, [*entity.nationalities, *entity.countries])
    if c.outcome == "agree":
        _apply(scored, "country", c, _gain(scored.score, t["country_agree"], 1.0))
    elif c.outcome == "conflict":
        _apply(scored, "country", c, scored.score * (1 - t["country_conflict"]))
    i = compare_identifiers(query.identifiers, entity.identifiers)
    if i.outcome == "agree" and raw_name >= PLAUSIBLE_NAME:
        _apply(scored, "identifier", i, max(scored.score, t["identifier_agree_floor"]))
    elif i.outcome == "conflict":
        _apply(scored, "identifier", i, scored.score * (1 - t["identifier_conflict"]))
    scored.score = round(min(1.0, max(0.0, scored.score)), 4)
    return scored


def named_raw(raw: float, named: Signal) -> float:
    """The raw name similarity after `features.compare_named_countries`: a generic listed
    body's name is half the evidence when the query's names another country. Applied before
    calibration, and so in fitting it (`Matcher.name_scores`): innocent institutions' names
    ("Ministry of Defence of Kenya") would otherwise teach the curve that any long
    organisation name is weak evidence."""
    if named.outcome != "conflict":
        return raw
    return conflicting_raw(raw)


def conflicting_raw(raw: float) -> float:
    """What is left of a raw name similarity when the names name different countries
    (`named_raw`) or different towns (`named_places`)."""
    return raw * (1 - _DEFAULTS["named_country_conflict"])


def name_floor(query: Query, cutoff: float, curve: str | None = None) -> float:
    """The raw name similarity at or below which no evidence can lift a hit to `cutoff`.

    Scoring every candidate's evidence was a third of a query's time, yet most candidates
    cannot reach the alert threshold whatever their dates and countries say. The bound takes
    the best case of every piece of evidence the query carries, so it never drops a hit that
    `score_entity` would have scored at or above `cutoff`. `curve` (the query name's, as
    `score_entity` takes it) picks the calibration curve; without it, the lowest floor of all
    the curves holds for any query.
    """
    evidence = (bool(query.birth_dates), bool(query.countries), bool(query.identifiers))
    calibration = shipped()
    chosen = calibration.curves if curve is None else (calibration.curve(curve),)
    return min(_floor(*evidence, cutoff, each) for each in chosen)


def _best_case(
    raw: float, birth_date: bool, country: bool, identifier: bool, curve: Calibration | Capped
) -> float:
    t = _DEFAULTS
    name_score = curve(raw)
    best = name_score
    if birth_date:
        best = _gain(best, t["birth_date_agree"], 1.0)
    if country:
        best = _gain(best, t["country_agree"], 1.0)
    if identifier and raw >= PLAUSIBLE_NAME:
        best = max(best, t["identifier_agree_floor"])
    return min(1.0, best)


@lru_cache(maxsize=256)
def _floor(
    birth_date: bool, country: bool, identifier: bool, cutoff: float, curve: Calibration | Capped
) -> float:
    # score_entity rounds to 4 places, which can lift a score by half a unit of the last place.
    target = cutoff - 1e-4
    if _best_case(0.0, birth_date, country, identifier, curve) >= target:
        return float("-inf")
    low, high = 0.0, 1.0
    if _best_case(high, birth_date, country, identifier, curve) < target:
        return high
    # The best case grows with the raw score (calibration is increasing), so bisect.
    for _ in range(40):
        middle = (low + high) / 2
        if _best_case(middle, birth_date, country, identifier, curve) >= target:
            high = middle
        else:
            low = middle
    return low
