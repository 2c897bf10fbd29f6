"""Fuzzing the UN loader: mutated copies of a small consolidated XML load or fail cleanly."""

from __future__ import annotations

from pathlib import Path

from fuzzing import loader_tests
from tradeguard.lists import un

SEED = {
    "consolidated.xml": b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">
  <INDIVIDUALS>
    <INDIVIDUAL>
      <DATAID>6908001</DATAID>
      <FIRST_NAME>TEST</FIRST_NAME>
      <SECOND_NAME>PERSON</SECOND_NAME>
      <UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
      <REFERENCE_NUMBER>KPi.033</REFERENCE_NUMBER>
      <LISTED_ON>2016-03-02</LISTED_ON>
      <GENDER>Male</GENDER>
      <COMMENTS1>Works for Test Entity (KPe.001) and Missing (KPe.999).</COMMENTS1>
      <NAME_ORIGINAL_SCRIPT>\xd0\xa2\xd0\xb5\xd1\x81\xd1\x82</NAME_ORIGINAL_SCRIPT>
      <DESIGNATION><VALUE>Official</VALUE></DESIGNATION>
      <NATIONALITY><VALUE>Democratic People's Republic of Korea</VALUE></NATIONALITY>
      <INDIVIDUAL_ALIAS>
        <QUALITY>Good</QUALITY>
        <ALIAS_NAME>Test Alias; Other Alias (original script)</ALIAS_NAME>
        <DATE_OF_BIRTH>1970</DATE_OF_BIRTH>
      </INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS>
        <QUALITY>Low</QUALITY>
        <ALIAS_NAME>T. P.</ALIAS_NAME>
      </INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ADDRESS><CITY>Pyongyang</CITY><COUNTRY>DPRK</COUNTRY></INDIVIDUAL_ADDRESS>
      <INDIVIDUAL_DATE_OF_BIRTH>
        <TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE>
        <FROM_YEAR>1960</FROM_YEAR>
        <TO_YEAR>1962</TO_YEAR>
      </INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DATE_OF_BIRTH>
        <TYPE_OF_DATE>EXACT</TYPE_OF_DATE>
        <DATE>1962-07-23</DATE>
      </INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DATE_OF_BIRTH><NOTE>Nov. 1973</NOTE></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_PLACE_OF_BIRTH><CITY>Kaesong</CITY></INDIVIDUAL_PLACE_OF_BIRTH>
      <INDIVIDUAL_DOCUMENT>
        <TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT>
        <NUMBER>381420089</NUMBER>
        <ISSUING_COUNTRY>DPRK</ISSUING_COUNTRY>
        <NOTE>name in Arabic script: Test Name, issued 2011</NOTE>
      </INDIVIDUAL_DOCUMENT>
    </INDIVIDUAL>
  </INDIVIDUALS>
  <ENTITIES>
    <ENTITY>
      <DATAID>110427</DATAID>
      <FIRST_NAME>TEST ENTITY</FIRST_NAME>
      <UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
      <REFERENCE_NUMBER>KPe.001</REFERENCE_NUMBER>
      <LISTED_ON>2009-04-24</LISTED_ON>
      <ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>Test Corp</ALIAS_NAME></ENTITY_ALIAS>
      <ENTITY_ADDRESS><STREET>Central District</STREET><COUNTRY>DPRK</COUNTRY></ENTITY_ADDRESS>
    </ENTITY>
  </ENTITIES>
</CONSOLIDATED_LIST>
""",
}

(
    test_mutated_file_loads_or_is_refused,
    test_cut_file_never_loads_a_shortened_name,
    test_failed_load_keeps_the_active_version,
) = loader_tests("un", SEED)


def test_record_without_a_name_is_skipped_and_reported(tmp_path: Path) -> None:
    # Loaded as an entity with no name, which no screening can ever match.
    path = tmp_path / "un.xml"
    nameless = SEED["consolidated.xml"].replace(b"<FIRST_NAME>TEST ENTITY</FIRST_NAME>", b"")
    path.write_bytes(nameless.replace(b"<ALIAS_NAME>Test Corp</ALIAS_NAME>", b""))
    data = un.load([path])
    assert [entity.entry_id for entity in data.entities] == ["KPi.033"]
    assert data.report.skipped_examples[0].location == "KPe.001"


def test_repeated_record_is_skipped_and_reported(tmp_path: Path) -> None:
    # Same REFERENCE_NUMBER and DATAID twice reached the store as two entities with one id.
    content = SEED["consolidated.xml"]
    start, end = content.index(b"<ENTITY>"), content.index(b"</ENTITY>") + len(b"</ENTITY>")
    path = tmp_path / "un.xml"
    path.write_bytes(content[:end] + content[start:end] + content[end:])
    data = un.load([path])
    assert [entity.id for entity in data.entities] == ["un-sc:KPi.033", "un-sc:110427"]
    assert (
        data.report.skipped_examples[-1].reason == "a second record with this reference and DATAID"
    )
