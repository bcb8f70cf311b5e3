"""Round 18 (F): ranks and honorifics before a name ("Brigadier", "Sergeant", "Inspector", "Commodore",
"Maître") are titles, not part of the person's name."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("rank", ["Brigadier", "Sergeant", "Corporal", "Commodore", "Rear Admiral", "Inspector",
                                  "Chief Inspector", "Constable", "Maître"])
def test_rank_is_not_part_of_the_name(extract, rank: str) -> None:
    r = extract(f"{rank} Tomas Okafor told reporters that Ghana had arrested Kofi Mensah.")
    names = {a.name for a in r.extraction.actors}
    assert "Tomas Okafor" in names
    assert not any(n.startswith(rank) for n in names)


def test_inspector_general_stays_a_post(extract) -> None:
    r = extract("Ghana's Inspector General of Police, Tomas Okafor, said Ghana had arrested Kofi Mensah.")
    assert "Tomas Okafor" in {a.name for a in r.extraction.actors}


@pytest.mark.parametrize("title", ["Maître", "Dr.", "Brigadier"])
def test_lawyer_with_a_title_keeps_the_client(extract, title: str) -> None:
    r = extract(f"Ghana's police detained Colonel Yaw Boateng on Friday. His lawyer, {title} Efua Asante, said she "
                "had not been allowed to see him.")
    assert ("Efua Asante", "ASSOCIATED_WITH", "Yaw Boateng") in r.triples
