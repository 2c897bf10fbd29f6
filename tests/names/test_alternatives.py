from tradeguard.names import analyze_name
from tradeguard.names.alternatives import alternatives


def test_semicolons_and_spaced_slashes_separate_whole_names() -> None:
    assert alternatives("Abas Rashidi; Abbas Rashedi") == ("Abas Rashidi", "Abbas Rashedi")
    assert alternatives("Olga POZDNYAKOVA / Olga POZDNIAKOVA") == (
        "Olga POZDNYAKOVA",
        "Olga POZDNIAKOVA",
    )


def test_a_second_spelling_of_the_last_word_alone() -> None:
    assert alternatives("Sergei Petrovich ARTEMENKO / ARTIOMENKO") == (
        "Sergei Petrovich ARTEMENKO",
        "Sergei Petrovich ARTIOMENKO",
    )


def test_slashes_inside_words_give_one_name_per_spelling() -> None:
    assert alternatives("Khaled/Khalid Zubaidi/Zubedi") == ("Khaled Zubaidi", "Khalid Zubedi")
    assert alternatives("Hussam/Hossam AHMED") == ("Hussam AHMED", "Hossam AHMED")


def test_slashes_that_belong_to_the_name_are_kept() -> None:
    for name in ("GU/GRU", "Department 140/16", "Korea Ryenha J/V Corporation", "M/V Ocean"):
        assert alternatives(name) == (), name


def test_every_name_in_the_field_gets_forms() -> None:
    forms = [f.tokens for f in analyze_name("Abas Rashidi; Abbas Rashedi", "Person")]
    assert forms[0] == ("abas", "rashidi", "abbas", "rashedi")
    assert ("abas", "rashidi") in forms
    assert ("abbas", "rashedi") in forms


def test_commas_separate_names_that_share_a_word() -> None:
    assert alternatives("HEYDARI Kioumars, HEYDARI Amir Kyomarth") == (
        "HEYDARI Kioumars",
        "HEYDARI Amir Kyomarth",
    )
    assert alternatives("Elem Group LLP, Limited Liability Partnership “Elem Group”") == (
        "Elem Group LLP",
        "Limited Liability Partnership “Elem Group”",
    )


def test_three_comma_separated_names_need_not_share_a_word() -> None:
    assert alternatives("Ghiath Suleiman DALLA, Ghyath Dala, Ghayth Abu Dalla") == (
        "Ghiath Suleiman DALLA",
        "Ghyath Dala",
        "Ghayth Abu Dalla",
    )


def test_commas_separate_whole_names_in_the_eu_and_uk_style() -> None:
    # Given names, then the surname in capitals: each part is a name of its own.
    assert alternatives("Fathi Ahmad HAMMAD, Fathy Ahmed HAMAD") == (
        "Fathi Ahmad HAMMAD",
        "Fathy Ahmed HAMAD",
    )
    assert alternatives("Dimitri SYTYI, Dmitry SYTIY") == ("Dimitri SYTYI", "Dmitry SYTIY")


def test_commas_that_belong_to_one_name_are_kept() -> None:
    for name in (
        "KIM, Jong Un",  # surname, given names
        "ABU GHAITH, Sulayman Jassem",  # a two-word surname before the given names
        "Bank Melli Iran, Hamburg Branch",
        "Tactical Missile Corporation, Joint Stock Company “Krasny Gidropress”",
        'OOO "Research, Design and Production Institute"',  # inside quotes
        "Smith, John, Jr.",  # one-word parts
    ):
        assert alternatives(name) == (), name


def test_a_surname_in_capitals_before_given_names_that_share_a_word_is_one_name() -> None:
    # OFAC writes "SURNAME, Given Names"; Arabic names repeat particles and names across the
    # two parts, and the surname alone is no name of the person.
    for name in (
        "'ABD AL-SALAM, 'Abd al-Malik Muhammad Yusuf 'Uthman",
        "BIN LADIN, Osama bin Muhammad bin Awad",
        "AL-HASAN, Suhayl Hasan",
        "OULD ALI, Mohamed Ould Ahmed",
    ):
        assert alternatives(name) == (), name
    # Two names in capitals still split on their shared word.
    assert alternatives("ACME TRADING, ACME LOGISTICS") == ("ACME TRADING", "ACME LOGISTICS")


def test_a_comma_inside_quotes_does_not_split_its_part() -> None:
    assert alternatives('OOO "Alfa, Beta", OOO "Alfa Gamma"') == (
        'OOO "Alfa, Beta"',
        'OOO "Alfa Gamma"',
    )


def test_comma_separated_names_each_get_forms() -> None:
    forms = [f.tokens for f in analyze_name("HEYDARI Kioumars, HEYDARI Amir Kyomarth", "Person")]
    assert ("heydari", "kioumars") in forms
    assert ("heydari", "amir", "kyomarth") in forms


def test_alias_markers_separate_whole_names() -> None:
    assert alternatives("DANA HOLDINGS A.K.A DANA ASTRA") == ("DANA HOLDINGS", "DANA ASTRA")
    assert alternatives("JSC NIIP, f.k.a., OAO NII Priborostroeniya") == (
        "JSC NIIP,",
        "OAO NII Priborostroeniya",
    )
    assert alternatives("Mirax Group, also known as Mirax Holding") == (
        "Mirax Group,",
        "Mirax Holding",
    )


def test_a_leading_alias_marker_is_dropped() -> None:
    assert [f.tokens for f in analyze_name("a.k.a. Zahir", "Person")] == [("zahir",)]


def test_a_bracketed_alias_is_a_second_name() -> None:
    forms = [f.tokens for f in analyze_name("PEARL (A.K.A. NEI-CHIEN CHU) LI", "Person")]
    assert forms[1:] == [("pearl", "li"), ("nei", "chien", "chu")]
    assert not any("aka" in f or "a" in f for f in forms)


def test_words_like_markers_are_names() -> None:
    assert alternatives("Alias bin Ahmad") == ()
    assert alternatives("KAKA Trading") == ()
    assert [f.tokens for f in analyze_name("Aka Ltd", "Company")][0] == ("aka",)


def test_an_institution_and_its_parent_after_a_comma_stay_one_name() -> None:
    for name in (
        "A.A. Kharkevich Institute for Information Transmission Problems (IITP), "
        "Russian Academy of Sciences (RAS)",
        "Pakistan Atomic Energy Commission (PAEC), and subordinate entity National "
        "Development Complex (NDC)",
    ):
        assert alternatives(name) == (), name


def test_slashed_alias_markers_separate_whole_names() -> None:
    assert alternatives("FUYI SUN A/K/A FRANK SUN") == ("FUYI SUN", "FRANK SUN")


def test_a_trading_name_and_a_party_in_care_of_are_whole_names() -> None:
    # However short: "Petrolinvest" is no second spelling of the first name's last word.
    for marker in ("t/a", "T/A", "trading as", "d/b/a", "DBA", "c/o", "formerly"):
        name = f"Balkan Logistics Ltd {marker} Petrolinvest"
        assert alternatives(name) == ("Balkan Logistics Ltd", "Petrolinvest"), marker
    assert alternatives("Balkan Logistics Ltd c/o Petrolinvest; Orion Ltd") == (
        "Balkan Logistics Ltd",
        "Petrolinvest",
        "Orion Ltd",
    )
    forms = [f.tokens for f in analyze_name("Balkan Logistics Ltd. (t/a Petrolinvest)", "Company")]
    assert ("petrolinvest",) in forms


def test_formerly_known_as_is_one_marker() -> None:
    assert alternatives("Petrolinvest Ltd formerly known as Balkan Logistics") == (
        "Petrolinvest Ltd",
        "Balkan Logistics",
    )


def test_trading_markers_open_no_name() -> None:
    assert alternatives("DBA Group") == ()
    assert alternatives("Care of First Oil JV Co Ltd") == ()
    assert alternatives("Trading As One Ltd") == ()
