"""One shape for list facts (docs/sanctions-lists.md, "Countries, nationality, birth dates"): OFAC remark and
address forms and OpenSanctions codes and dates become the same properties; what cannot be normalised is
kept as written and is no error."""

from __future__ import annotations

from pathlib import Path

import pycountry
import pytest

from actorgraph.graph import Actor
from actorgraph.loaders.countries import country_code, country_facts, display_name
from actorgraph.loaders.ftm import FtmReader, country_actor
from actorgraph.loaders.list_facts import iso_birth_dates, ofac_birth_dates
from actorgraph.loaders.ofac import OfacReader

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OFAC = FIXTURES / "ofac" / "facts"
FTM = FIXTURES / "ftm" / "facts.ftm.jsonl"


def _actors(reader: OfacReader | FtmReader) -> dict[str, Actor]:
    return {a.id: a for ex in reader for a in ex.actors}


@pytest.mark.parametrize(("text", "dates", "notes", "unparsed"), [
    ("10 Dec 1948", ["1948-12-10"], [], []),
    ("1946", ["1946"], [], []),
    ("Nov 1962", ["1962-11"], [], []),
    ("circa 1961", ["1961"], ["circa 1961"], []),
    ("circa 01 Jan 1960", ["1960"], ["circa 01 Jan 1960"], []),  # approximate: the year, never the day
    ("1960 to 1962", ["1960", "1961", "1962"], ["1960 to 1962"], []),
    ("01 Jan 1963 to 31 Dec 1963", ["1963"], ["01 Jan 1963 to 31 Dec 1963"], []),
    ("Mar 1962 to Feb 1963.", ["1962", "1963"], ["Mar 1962 to Feb 1963"], []),
    ("circa 1961-1963", ["1961", "1962", "1963"], ["circa 1961-1963"], []),
    ("1900 to 1990", [], ["1900 to 1990"], []),  # too wide to name useful years
    ("31 Feb 1970", [], [], ["31 Feb 1970"]),
    ("1970 to 1968", [], [], ["1970 to 1968"]),
    ("sometime in the sixties", [], [], ["sometime in the sixties"]),
])
def test_ofac_birth_date_forms(text: str, dates: list[str], notes: list[str], unparsed: list[str]) -> None:
    born = ofac_birth_dates([text])
    assert (born.dates, born.notes, born.unparsed) == (dates, notes, unparsed)


def test_iso_birth_dates_are_checked_at_the_precision_given() -> None:
    born = iso_birth_dates(["1988-01-07", "1988-01", "1988", "2001-02-03T10:00:00", "1988-13", "1971-02-30", "x"])
    assert born.dates == ["1988-01-07", "1988-01", "1988", "2001-02-03"]
    assert born.unparsed == ["1988-13", "1971-02-30", "x"] and born.notes == []


def test_ofac_remarks_give_every_birth_date_nationality_and_citizenship() -> None:
    reader = OfacReader(OFAC)
    actors = _actors(reader)
    assert reader.errors == []
    ileana = actors["person:ileana-beatriz-valderrama-oquendo"].properties
    assert ileana["birth_dates"] == ["1968-12-10", "1969"] and ileana["dob"] == "1968-12-10"
    assert "birth_date_notes" not in ileana and "birth_dates_unparsed" not in ileana
    assert ileana["nationality_codes"] == ["ve", "es"] and ileana["nationalities"] == ["Venezuela", "Spain"]
    assert ileana["nationality"] == "Venezuela"  # the first, for queries written before the lists
    assert ileana["citizenship_codes"] == ["ve"] and ileana["citizenships"] == ["Venezuela"]
    assert ileana["country_codes"] == ["ve", "es"] and ileana["countries"] == ["Venezuela", "Spain"]
    hector = actors["person:hector-julio-aranguren-plaza"].properties
    assert hector["birth_dates"] == ["1961"] and hector["birth_date_notes"] == ["circa 1961"]
    assert hector["nationality_codes"] == ["ps"] and hector["nationalities"] == ["Palestine"]  # a demonym
    assert hector["country_codes"] == ["ps"] and hector["countries"] == ["Palestine", "Region: Gaza"]
    teodoro = actors["person:teodoro-bravo-salas"].properties
    assert teodoro["birth_dates"] == ["1960", "1961", "1962", "1962-11", "1963"]
    assert teodoro["birth_date_notes"] == ["1960 to 1962", "01 Jan 1963 to 31 Dec 1963"]
    assert teodoro["dob"] == "1960"
    assert teodoro["citizenship_codes"] == ["ru", "kp"] and teodoro["citizenships"] == ["Russia", "North Korea"]
    assert teodoro["country_codes"] == ["ua"] and teodoro["countries"] == ["Ukraine", "Region: Crimea"]
    company = actors["organization:inversiones-ejemplares-del-sur-c-a"].properties
    assert company["country_codes"] == ["ve", "pa"] and company["countries"] == ["Venezuela", "Panama"]
    assert "birth_dates" not in company and "nationalities" not in company


def test_ofac_values_that_cannot_be_normalised_are_kept_as_written_and_are_no_errors() -> None:
    reader = OfacReader(OFAC)
    lorena = _actors(reader)["person:lorena-mendieta-ruiz"].properties
    assert lorena["birth_dates_unparsed"] == ["sometime in the sixties", "31 Feb 1970"]
    assert "birth_dates" not in lorena and "dob" not in lorena
    assert lorena["nationalities"] == ["possibly Palestinian"] and "nationality_codes" not in lorena
    assert lorena["countries"] == ["undetermined"] and "country_codes" not in lorena
    assert reader.errors == []
    assert sorted(reader.unnormalised) == [
        ("birth_dates_unparsed", "31 Feb 1970"), ("birth_dates_unparsed", "sometime in the sixties"),
        ("countries", "undetermined"), ("nationalities", "possibly Palestinian")]


def test_opensanctions_codes_become_names_and_bad_values_are_kept() -> None:
    reader = FtmReader(FTM)
    actors = _actors(reader)
    assert reader.errors == []
    ileana = actors["person:ileana-beatriz-valderrama-oquendo"].properties
    assert ileana["country_codes"] == ["ve", "co"] and ileana["countries"] == ["Venezuela", "Colombia"]
    assert ileana["nationality_codes"] == ["ve"] and ileana["nationalities"] == ["Venezuela"]
    assert ileana["citizenship_codes"] == ["es"] and ileana["citizenships"] == ["Spain"]
    assert ileana["birth_dates"] == ["1968-12-10", "1968"] and ileana["dob"] == "1968-12-10"
    oleg = actors["person:oleg-testovich-primerov"].properties
    assert oleg["country_codes"] == ["ua", "ru"]
    assert oleg["countries"] == ["Ukraine", "ua-cri", "zz", "Russia"]
    assert oleg["nationalities"] == ["xx"] and "nationality_codes" not in oleg
    assert oleg["birth_dates"] == ["1975-06", "1980-01-01"] and oleg["dob"] == "1975-06"
    assert oleg["birth_dates_unparsed"] == ["1971-02-30", "unknown"]
    assert actors["organization:primer-holdings-llc"].properties["countries"] == ["Russia"]
    assert sorted(reader.unnormalised) == [("birth_dates_unparsed", "1971-02-30"), ("birth_dates_unparsed", "unknown"),
                                           ("countries", "zz"), ("nationalities", "xx")]


def test_a_sanctioning_country_gets_the_name_news_actors_use() -> None:
    russia = country_actor("ru")
    assert russia is not None and russia.id == "country:russia" and russia.external_ids == ["iso:RU"]
    relations = [r for ex in FtmReader(FTM) for r in ex.relations]
    assert [(r.source, r.type) for r in relations] == [("country:russia", "SANCTIONS")]


def test_every_country_code_has_a_display_name_that_maps_back_to_it() -> None:
    codes = [c.alpha_2.lower() for c in pycountry.countries] + ["xk"]
    for code in codes:
        name = display_name(code)
        assert name and country_code(name) == code, (code, name)
        assert country_facts([code]) == country_facts([name]) == country_facts([code.upper()])
    assert [display_name(c) for c in ("ru", "kp", "cd", "ps", "ci", "us", "gb")] == [
        "Russia", "North Korea", "Democratic Republic of the Congo", "Palestine", "Ivory Coast", "United States",
        "United Kingdom"]
    assert country_code("Dominican") is None  # a demonym of two countries names neither


def test_the_real_ofac_list_normalises_almost_everything(shared_dir: Path) -> None:
    """The full 2024 SDN file with the 2026 address file: every birth date form OFAC uses is read, every
    address country and nationality but a handful of regions and qualifiers has a code."""
    reader = OfacReader(shared_dir / "data" / "ofac" / "sdn-2024-05-03.csv")
    actors = [a for ex in reader for a in ex.actors]
    props = {a.id: a.properties for a in actors}
    assert sum("birth_dates" in p for p in props.values()) > 6_500
    assert sum("country_codes" in p for p in props.values()) > 11_000
    assert all(all(d[:4].isdigit() for d in p.get("birth_dates", [])) for p in props.values())
    assert all(c == c.lower() and len(c) == 2 for p in props.values() for c in p.get("country_codes", []))
    kept = {value for _, value in reader.unnormalised}
    assert len(reader.unnormalised) < 50 and reader.errors == []
    assert kept <= {"undetermined", "Netherlands Antilles", "Region: Kafia Kingi",
                    "Region: Commonwealth of Independent States", "possibly Palestinian"}, kept
