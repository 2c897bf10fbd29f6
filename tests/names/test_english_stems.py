import pytest

from tradeguard.names.english_stems import SHARED_START, english_stem, english_stems


@pytest.mark.parametrize(
    "forms",
    [
        ("industry", "industries", "industrial"),
        ("electronic", "electronics"),
        ("instrument", "instrumentation"),
        ("technology", "technologies", "technological"),
        ("computer", "computing"),
        ("agency", "agencies"),
    ],
)
def test_forms_of_one_word_share_a_stem(forms: tuple[str, ...]) -> None:
    stems = {english_stem(form) for form in forms}
    assert len(stems) == 1
    assert stems != {""}


@pytest.mark.parametrize(
    "token",
    [
        "tran",  # too short to say anything by its ending
        "trans",  # its stem, "tran", is too
        "edwards",  # a family name: Edwards is not Edward
        "roberts",  # a given name
        "güneş",  # not English
        "npo2",  # not a word
    ],
)
def test_short_words_names_and_other_tokens_have_no_stem(token: str) -> None:
    assert english_stem(token) == ""


def test_other_words_keep_their_own_stems() -> None:
    assert english_stem("russian") != english_stem("russia")
    assert english_stem("central") != english_stem("center")


def test_many_words_stem_as_one_at_a_time() -> None:
    words = ["industries", "edwards", "tran", "instrumentation", "güneş"]
    assert english_stems(words) == [english_stem(word) for word in words]


@pytest.mark.parametrize("word", ["industries", "agency", "technological", "instrumentation"])
def test_a_stem_keeps_the_start_of_its_word(word: str) -> None:
    # generic_org_names stems only the words that start as a generic word's stem.
    assert english_stem(word).startswith(word[:SHARED_START])
