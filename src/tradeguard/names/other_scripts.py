"""Scripts romanised by ICU alone: Greek, Georgian, Armenian, Japanese kana and the rest.

Per script the transforms are tried in order of how lists spell names: ELOT/UNGEGN before BGN
for Greek (Christos, not Khristos), BGN before ISO for Armenian (Pashinyan, not Pasinyan).
Greek names get a third form, read as spoken, for the foreign names Greek writes by their
sounds (`greek`: Ουσμάνοφ, Usmanov).
"""

from __future__ import annotations

import re

from .ascii import ascii_tokens
from .greek import spoken_greek
from .icu import transliterate
from .model import Context, Rendering

_TRANSFORMS: dict[str, tuple[tuple[str, str], ...]] = {
    "Greek": (("Greek-Latin/UNGEGN", "el"), ("Greek-Latin/BGN", "el-bgn")),
    "Georgian": (("Georgian-Latin", "ka"), ("Georgian-Latin/BGN", "ka-bgn")),
    "Armenian": (("Armenian-Latin/BGN", "hy"), ("Armenian-Latin", "hy-iso")),
    "Kana": (("Any-Latin", "ja"),),
}
# The nominative -i after a consonant, on a word of four letters or more.
_NOMINATIVE = re.compile(r"(?<=[a-z]{2}[^aeiou])i$")
# ICU writes small kana it cannot combine as "vu~i"; the vowel before the tilde is dropped.
_KANA_JOIN = re.compile(r"[aeiou]~")


def render_other(tokens: tuple[str, ...], script: str, context: Context) -> list[Rendering]:
    """ICU renderings for `script`, falling back to Any-Latin for scripts without a table."""
    text = " ".join(tokens)
    transforms = _TRANSFORMS.get(script, (("Any-Latin", "icu"),))
    renderings = []
    for transform_id, method in transforms:
        latin = transliterate(f"{transform_id}; Latin-ASCII", text)
        latin = _KANA_JOIN.sub("", latin)
        renderings.append(Rendering(ascii_tokens(latin), method))
    if script == "Georgian":
        # Georgian gives a foreign name ending in a consonant the nominative -i: პუტინი is
        # Putin's. Its own names end in vowels (-shvili, -dze) and keep the first form.
        bare = tuple(_NOMINATIVE.sub("", token) for token in renderings[0].tokens)
        if bare != renderings[0].tokens:
            renderings.append(Rendering(bare, "ka-stem"))
    if script == "Greek":
        # Foreign names, Russian ones first among them, are written by their sounds.
        spoken = ascii_tokens(" ".join(spoken_greek(tokens)))
        if all(spoken != rendering.tokens for rendering in renderings):
            renderings.append(Rendering(spoken, "el-spoken"))
    return renderings
