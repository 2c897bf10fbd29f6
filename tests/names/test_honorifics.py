from tradeguard.names import analyze_name
from tradeguard.names.honorifics import without_honorifics


def reduced(name: str) -> tuple[str, ...] | None:
    return without_honorifics(tuple(name.split()))


def test_religious_and_lineage_titles_are_dropped_before_names() -> None:
    assert reduced("mullah abdul salam bhattvi") == ("abdul", "salam", "bhattvi")
    assert reduced("sayed ghiasuddin sayed ghousuddin") == ("ghiasuddin", "ghousuddin")
    assert reduced("al sayyid salim adwan") == ("salim", "adwan")


def test_a_title_as_the_last_word_is_a_surname() -> None:
    assert reduced("saad al din sayyid") is None


def test_forms_of_address_and_ranks_only_at_the_start() -> None:
    assert reduced("u zaw min") == ("zaw", "min")
    assert reduced("cho il u") is None
    assert reduced("col ahmed hamid") == ("ahmed", "hamid")


def test_stacked_military_ranks() -> None:
    # rigour's prefixes take "General" alone, not "Major General" or "Brigadier-General".
    assert reduced("major general tawfiq younes") == ("tawfiq", "younes")
    assert reduced("brigadier general ghassan khalil") == ("ghassan", "khalil")
    # Marshal is also a surname (MARSHAL Alexander Vitalyevich).
    assert reduced("marshal alexander vitalyevich") is None


def test_nothing_is_dropped_when_one_word_would_remain() -> None:
    assert reduced("sheikh abukar") is None
    assert reduced("azizullah haji") is None


def test_person_names_keep_the_titled_form_first() -> None:
    forms = [f.tokens for f in analyze_name("Haji Mullah Rahim NOORZAI", "Person")]
    assert forms[0] == ("haji", "mullah", "rahim", "noorzai")
    assert ("rahim", "noorzai") in forms


def test_titles_stay_in_organisation_names() -> None:
    forms = [
        f.tokens for f in analyze_name("Haji Khairullah Haji Sattar Money Exchange", "Company")
    ]
    assert all("haji" in tokens for tokens in forms)


def test_shia_clerical_ranks_in_one_word_or_three() -> None:
    assert reduced("hojjatoleslam ali shirazi") == ("ali", "shirazi")
    assert reduced("ayatollah ali khamenei") == ("ali", "khamenei")
    assert reduced("alireza hojjat al islam seyyed adiani") == ("alireza", "adiani")
    assert reduced("hojjat al eslam ali mostafavinia") == ("ali", "mostafavinia")


def test_hojjat_alone_is_a_given_name() -> None:
    assert reduced("hojjat ali rezaei") is None
    assert reduced("hojjatollah qureishi") is None


def test_a_persian_clerical_rank_is_dropped_from_its_rendering() -> None:
    forms = [f.tokens for f in analyze_name("حجت‌الاسلام علی شیرازی", "Person")]
    assert ("ali", "shirazi") in forms
