"""atheris harness: the UN consolidated XML."""

from __future__ import annotations

from collections.abc import Iterator

from common import SHARED, main
from lists_harness import list_test
from lxml import etree

SOURCE = SHARED / "un" / "consolidated-2026-02-27.xml"


def seeds() -> Iterator[bytes]:
    root = etree.parse(str(SOURCE)).getroot()
    people = root.findall("INDIVIDUALS/INDIVIDUAL")
    groups = root.findall("ENTITIES/ENTITY")
    for start in range(0, len(people), len(people) // 6):
        wrapper = etree.Element("CONSOLIDATED_LIST", dateGenerated=root.get("dateGenerated", ""))
        etree.SubElement(wrapper, "INDIVIDUALS").extend(people[start : start + 4])
        etree.SubElement(wrapper, "ENTITIES").extend(groups[start // 3 : start // 3 + 2])
        yield etree.tostring(wrapper, xml_declaration=True, encoding="UTF-8")


if __name__ == "__main__":
    main("un", seeds, list_test("un", ["consolidated.xml"]))
