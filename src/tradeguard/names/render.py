"""Dispatch tokens to the renderer of their script; mixed-script names go run by run."""

from __future__ import annotations

import logging
from collections.abc import Callable
from itertools import groupby

from .arabic import render_arabic
from .ascii import ascii_tokens
from .cyrillic import render_cyrillic
from .han import render_han
from .hebrew import render_hebrew
from .icu import transliterate
from .korean import render_hangul
from .latin import render_latin
from .model import Context, Rendering
from .other_scripts import render_other
from .scripts import MIXED, script_of
from .thai import render_thai

log = logging.getLogger(__name__)

Renderer = Callable[[tuple[str, ...], Context], list[Rendering]]
_RENDERERS: dict[str, Renderer] = {
    "Latin": render_latin,
    "Cyrillic": render_cyrillic,
    "Hangul": render_hangul,
    "Han": render_han,
    "Arabic": render_arabic,
    "Thai": render_thai,
    "Hebrew": render_hebrew,
}


def render(tokens: tuple[str, ...], context: Context, script: str | None = None) -> list[Rendering]:
    """All renderings of tokens in one script, or one joined rendering of a mixed name.

    `script` may be passed when known: the tokens of a single-script name share its script.
    """
    if script is None or script == MIXED:
        script = script_of(" ".join(tokens))
    if script == MIXED:
        return [_render_mixed(tokens, context)]
    return _render_script(tokens, script, context)


def _render_script(tokens: tuple[str, ...], script: str, context: Context) -> list[Rendering]:
    renderer = _RENDERERS.get(script)
    try:
        if renderer is None:
            return render_other(tokens, script, context)
        return renderer(tokens, context)
    except Exception:
        # A renderer's bug must not stop a list from loading; ICU's generic transform
        # still yields a usable form, and the log says which name needs a look.
        log.exception("renderer for %s failed on %r", script, tokens)
        return [_any_latin(tokens)]


def _render_mixed(tokens: tuple[str, ...], context: Context) -> Rendering:
    """Each run of same-script tokens in its script's first rendering, joined in order."""
    parts = [
        _first_rendering(tuple(run), script, context)
        for script, run in groupby(tokens, key=script_of)
    ]
    return Rendering(
        tuple(token for part in parts for token in part.tokens),
        "+".join(dict.fromkeys(part.method for part in parts)),
        any(part.vowelless for part in parts),
    )


def _first_rendering(run: tuple[str, ...], script: str, context: Context) -> Rendering:
    if script != MIXED:
        renderings = _render_script(run, script, context)
        if renderings:
            return renderings[0]
    return _any_latin(run)


def _any_latin(tokens: tuple[str, ...]) -> Rendering:
    latin = transliterate("Any-Latin; Latin-ASCII", " ".join(tokens))
    return Rendering(ascii_tokens(latin), "icu")
