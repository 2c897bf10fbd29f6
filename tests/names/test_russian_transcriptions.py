from tradeguard.names import analyze_name
from tradeguard.names.russian_transcriptions import (
    SURNAME_ENDINGS,
    TRANSCRIPTIONS,
    press_spellings,
)


def respelt(name: str) -> list[tuple[str, ...]]:
    return press_spellings(tuple(name.split()))


def test_german_duden_transcription_gets_the_press_spelling() -> None:
    assert respelt("sergej lawrow") == [("sergey", "lavrov")]
    assert respelt("jewgeni prigoschin") == [("yevgeny", "prigoshin")]
    assert respelt("oleg sergejewitsch ossipow") == [("oleg", "sergeyevich", "osipov")]
    assert respelt("michail gorbatschow") == [("mikhail", "gorbachov")]
    assert respelt("fjodor") == [("fyodor",)]


def test_dutch_transcription_gets_the_press_spelling() -> None:
    # Sergej is German too, and German writes sj (Aksjonow): both are tried.
    assert ("sergey", "shoygu") in respelt("sergej sjojgoe")
    assert respelt("jevgeni prigozjin") == [("yevgeny", "prigozhin")]
    # Joeri is a Dutch name too: the surname is the evidence here.
    assert respelt("joeri kovaltsjoek") == [("yuri", "kovalchuk")]
    assert respelt("jan hoek") == []


def test_polish_transcription_gets_the_press_spelling() -> None:
    assert respelt("siergiej lawrow") == [("sergey", "lavrov")]
    # ie after a consonant is Russian е; the known given name says the name is Polish, so the
    # German reading (j as y, no soft e) is not offered beside it.
    assert respelt("dmitrij miedwiediew") == [("dmitry", "medvedev")]
    assert respelt("wiaczeslaw aleksandrowicz") == [("vyacheslav", "alexandrovich")]


def test_french_transcription_gets_the_press_spelling() -> None:
    # ASCII text has ï as i: Sergueï, Nikolaï.
    assert respelt("serguei choigou") == [("sergey", "shoigu")]
    assert respelt("iouri kovaltchouk") == [("yury", "kovalchuk")]
    assert respelt("evgueni prigojine") == [("yevgeny", "prigozhin")]


def test_a_surname_ending_is_evidence_without_a_known_given_name() -> None:
    assert respelt("dmitri medwedew") == [("dmitri", "medvedev")]
    assert respelt("roman abramowitsch") == [("roman", "abramovich")]
    assert respelt("gennadi timtschenko") == [("gennadi", "timchenko")]
    assert respelt("leonid passetschnik") == [("leonid", "pasechnik")]
    # French surnames in -ov, -ev and -ine, with their ch or ou.
    assert respelt("nikolai patrouchev") == [("nikolai", "patrushev")]
    assert respelt("mikhail michoustine") == [("mikhail", "mishustin")]
    assert respelt("vladimir poutine") == [("vladimir", "putin")]


def test_a_german_tsch_with_an_english_ending_is_evidence() -> None:
    # Half German, half English spelling, as customer files and OFAC's remarks write it.
    assert respelt("tschatajev ahmed radschapovitsch") == [("chatayev", "ahmed", "radshapovich")]
    assert respelt("ivan ivanovitsch okhlobystin") == [("ivan", "ivanovich", "okhlobystin")]
    # The English spellings alone are no evidence.
    assert respelt("ivan ivanovich okhlobystin") == []
    assert respelt("akhmed chatayev") == []


def test_letters_another_language_never_writes_choose_one() -> None:
    # z is ц in German and з in Polish: without a sign of either, both are offered.
    assert respelt("maria zacharowa") == [("maria", "tsakharova"), ("maria", "zakharova")]
    assert respelt("wadim konstantinowitsch kalinin") == [("vadim", "konstantinovich", "kalinin")]


def test_other_names_are_left_alone() -> None:
    for name in ("john smith", "hans schmidt", "jan kowalski", "anna nowak", "igor sechin"):
        assert respelt(name) == []
    # Transcriptions that are native German, French or Polish names are no evidence in that
    # language; nor is the English -ew of Andrew and Matthew.
    for name in ("piotr nowak", "jana schulz", "edouard dupre", "matthew andrew"):
        assert respelt(name) == []
    # Nor a given name in -ine whose ch begins it.
    assert respelt("christine dubois") == []


def test_a_native_name_of_one_language_is_evidence_for_another() -> None:
    # Wiktor is a Polish name, and the German transcription of Виктор.
    assert respelt("wiktor medwedtschuk") == [("viktor", "medvedchuk")]
    # The English -ew is not -chew; Russian ou is two letters, not a French one.
    assert respelt("nikolai patruschew") == [("nikolai", "patrushev")]
    assert ("andrei", "belousov") in respelt("andrei belousow")


def test_a_name_in_the_press_spelling_already_gives_nothing() -> None:
    assert respelt("sergey lavrov") == []
    assert respelt("vladimir putin") == []


def test_person_names_get_the_press_spelling_as_an_extra_rendering() -> None:
    forms = [f.tokens for f in analyze_name("Dmitrij Miedwiediew", "Person")]
    assert ("dmitry", "medvedev") in forms
    assert ("dmitrij", "miedwiediew") in forms
    # Polish ż is written zh, as Russian ж is in the lists.
    forms = [f.tokens for f in analyze_name("Jewgienij Prigożyn", "Person")]
    assert ("yevgeny", "prigozhyn") in forms


def test_organisation_names_are_not_respelt() -> None:
    forms = [f.tokens for f in analyze_name("Lawrow Handel GmbH", "Company")]
    assert all("lavrov" not in tokens for tokens in forms)


def test_every_surname_shape_ends_as_the_quick_test_expects() -> None:
    words = [
        "medwedew",
        "lawrowa",
        "abramowitsch",
        "timtschenko",
        "patrouchev",
        "michoustine",
        "sjojgoe",
        "prigozjin",
        "kovaltsjoek",
        "zacharowa",
        "ossipow",
        "belousow",
        "patruschew",
        "radschapovitsch",
        "tschatajev",
    ]
    for word in words:
        if any(t.surname.search(word) for t in TRANSCRIPTIONS.values()):
            assert word.endswith(SURNAME_ENDINGS), word
