"""A listed Arabic name met without the particle it begins with.

A kunya ("Abu Sa'ad", father of Saad) and a theophoric given name ("Abd al-Qadir", servant of
the Able) are names of their own, not the name after the particle: "Zabir Saad" is not
SHABIR, Abu Sa'ad, nor "Qadar Aaaqil" 'AQIL, Abd al-Qadr. Lists write both with the particle
as a word of its own (`names.arabic_particles`: abu, abd), a common word of little weight, so
a pair that leaves it unmet lost little: those two met at 0.954 and 0.961. Such a pair keeps
what `conflicting_raw` leaves it, as for a given name met inside one written word
(`given_names`).

Read on a person's name only: "Abu Dhabi" and "Abu Ghraib" name places, and a company's name
written after one is not a kunya.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

PARTICLES = frozenset({"abu", "abd"})


def may_leave_particle(listed: Sequence[str]) -> bool:
    """Whether a listed form has a particle before another word: the cheap test before
    aligning."""
    return any(token in PARTICLES for token in listed[:-1])


def particle_unmet(listed: Sequence[str], matched: Iterable[str]) -> tuple[str, str] | None:
    """The particle and its word of a listed name a pair met without the particle ("abu",
    "saad"), if any: the pair's `matched` listed tokens hold the word after a particle but not
    the particle."""
    met = set(matched)
    for particle, word in zip(listed, listed[1:], strict=False):
        if particle in PARTICLES and particle not in met and word in met:
            return particle, word
    return None
