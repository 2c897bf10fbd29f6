"""Helpers shared by the XML loaders (UN, EU) and the loaders that record name scripts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from lxml import etree
from rigour.text.scripts import text_scripts

from tradeguard.lists.base import ListFormatError

_XML_POSITION = re.compile(r",\s*line \d+, column \d+$")


def script_label(name: str) -> str | None:
    """The script ("Arabic", "Cyrillic", "Han") of a name written wholly in one non-Latin script.

    The UN and the EU annexes give original-script names without saying the language, and an
    Arabic-script name on the Taliban list may be Pashto or Dari, so we record the script only,
    with the label the UK loader falls back to when OFSI names no language.
    """
    scripts = text_scripts(name)
    if len(scripts) != 1 or "Latin" in scripts:
        return None
    return scripts.pop()


def xml_events(path: Path) -> Iterator[tuple[str, etree._Element]]:
    """Stream start/end events; a broken or truncated file becomes a ListFormatError.

    Entities are not resolved and nothing is fetched from the network: these files come
    from outside.
    """
    parser = etree.XMLPullParser(
        events=("start", "end"), resolve_entities=False, no_network=True, huge_tree=True
    )
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 16), b""):
                parser.feed(block)
                yield from _elements(parser)
        parser.close()
        yield from _elements(parser)
    except etree.XMLSyntaxError as exc:
        raise ListFormatError(path, f"line {exc.lineno}", _XML_POSITION.sub("", exc.msg)) from exc


def _elements(parser: etree.XMLPullParser) -> Iterator[tuple[str, etree._Element]]:
    for event, item in parser.read_events():
        if isinstance(item, etree._Element):
            yield event, item
