import pytest

from tradeguard.names import render as render_module
from tradeguard.names.model import Context, Kind, Rendering
from tradeguard.names.render import render


def test_mixed_names_join_runs_in_order() -> None:
    (rendering,) = render(("김정은", "kim"), Context(Kind.UNKNOWN))
    assert rendering.tokens == ("kim", "jong", "un", "kim")
    assert rendering.method == "ko-common+latin"


def test_a_failing_renderer_falls_back_to_icu(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(tokens: tuple[str, ...], context: Context) -> list[Rendering]:
        raise RuntimeError("bug")

    monkeypatch.setitem(render_module._RENDERERS, "Cyrillic", broken)
    (rendering,) = render(("путин",), Context(Kind.PERSON), "Cyrillic")
    assert rendering == Rendering(("putin",), "icu")
