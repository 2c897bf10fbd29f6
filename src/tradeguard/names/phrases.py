"""Runs of words replaced by other words, as a name's tokens are read."""

from __future__ import annotations

from collections.abc import Sequence

Phrases = Sequence[tuple[tuple[str, ...], tuple[str, ...]]]


def replaced_phrases(tokens: tuple[str, ...], phrases: Phrases) -> tuple[str, ...]:
    """The tokens with each run that is a phrase's words replaced by its replacement; the
    first phrase that matches at a place wins, and matching goes on after the run."""
    out: list[str] = []
    index = 0
    while index < len(tokens):
        for phrase, replacement in phrases:
            if tokens[index : index + len(phrase)] == phrase:
                out.extend(replacement)
                index += len(phrase)
                break
        else:
            out.append(tokens[index])
            index += 1
    return tuple(out)
