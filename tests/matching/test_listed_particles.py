from tradeguard.matching.listed_particles import may_leave_particle, particle_unmet


def test_a_kunya_or_theophoric_name_met_without_its_particle() -> None:
    # "Zabir Saad" against SHABIR, Abu Sa'ad; "Qadar Aaaqil" against 'AQIL, Abd al-Qadr.
    assert particle_unmet(("shabir", "abu", "saad"), ["shabir", "saad"]) == ("abu", "saad")
    assert particle_unmet(("aqil", "abd", "qadr"), ["aqil", "qadr"]) == ("abd", "qadr")


def test_the_particle_met_or_its_word_unmet_is_no_such_pair() -> None:
    assert particle_unmet(("shabir", "abu", "saad"), ["shabir", "abu", "saad"]) is None
    assert particle_unmet(("shabir", "abu", "saad"), ["shabir"]) is None
    # A particle last begins no name.
    assert particle_unmet(("saad", "abu"), ["saad"]) is None


def test_only_forms_with_a_particle_before_a_word_are_aligned() -> None:
    assert may_leave_particle(("abu", "bakr", "baghdadi"))
    assert not may_leave_particle(("bakr", "abu"))
    assert not may_leave_particle(("muhammad", "saad"))
