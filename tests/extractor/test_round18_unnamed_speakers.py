"""Round 18 (E): "he"/"she" after the speech verb of an unnamed speaker ("The agency's director general said he
...") is that speaker, not the last person named before."""

from __future__ import annotations


def test_unnamed_chief_is_not_the_last_named_person(extract) -> None:
    r = extract('Chilean spokesman Tomas Ruiz spoke to reporters in Santiago. The agency\'s director general had said '
                'last week that he remained "ready to travel to Santiago at short notice".')
    assert not any(t[0] == "Tomas Ruiz" and t[1] in ("MEETS_WITH", "OFFERS") for t in r.triples)


def test_unnamed_official_said_she(extract) -> None:
    r = extract("Ana Paz, a Bolivian envoy, arrived in Lima. A senior Peruvian official said she would meet Chile's "
                "foreign minister.")
    assert not any(t[0] == "Ana Paz" and t[1] == "MEETS_WITH" for t in r.triples)


def test_named_speaker_still_resolves(extract) -> None:
    r = extract("Bolivian President Ana Paz spoke in La Paz. The president said she would sanction Chile.")
    assert ("Ana Paz", "SANCTIONS", "Chile") in r.triples


def test_plain_pronoun_still_resolves(extract) -> None:
    r = extract("Bolivian President Ana Paz spoke in La Paz. She said she would sanction Chile.")
    assert ("Ana Paz", "SANCTIONS", "Chile") in r.triples
