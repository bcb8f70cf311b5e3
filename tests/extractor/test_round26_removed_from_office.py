"""Round 26: removing an official from office or post COERCES them, as "the removal of X" does; removing things
from places does not."""


def test_removed_from_office(extract) -> None:
    r = extract("LIMA, Oct 10 - Peru's Congress voted early on Friday to remove President Rosa Elvira Ledesma from "
                "office for corruption.")
    assert ("Peru", "COERCES", "Rosa Elvira Ledesma") in r.triples
    r = extract("SEOUL, Nov 8 - The Constitutional Court will decide whether to remove President Kang Tae-hoon "
                "from office.")
    assert r.rel("Constitutional Court", "COERCES", "Kang Tae-hoon").status.value == "hypothetical"


def test_removed_things_are_no_removal_from_office(extract) -> None:
    r = extract("LIMA, Oct 10 - Peru's Congress removed the Northern Liberation Front's banners from the building.")
    assert ("Peru", "COERCES", "Northern Liberation Front") not in r.triples

