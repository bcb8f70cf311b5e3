"""Round 18 (M): a stance on a measure or attack named as a noun with its patient after it ("condemned the
sanctions on X"): the critic neither imposes the measure nor accuses its patient; the stance goes to the
imposer when one is known."""

from __future__ import annotations


def test_critic_of_sanctions_on_own_banks_accuses_no_bank(extract) -> None:
    r = extract("Paraguay condemned the sanctions on Paraguayan banks.")
    assert not any(t[0] == "Paraguay" and t[1] in ("ACCUSES", "SANCTIONS") for t in r.triples)


def test_critic_accuses_the_known_imposer(extract) -> None:
    r = extract("Canada imposed sanctions on four Honduran exporters last week. "
                "Honduras denounced the sanctions on Honduran exporters as illegal.")
    assert ("Honduras", "ACCUSES", "Canada") in r.triples
    assert not any(t[0] == "Honduras" and t[1] == "SANCTIONS" for t in r.triples)
    assert ("Honduras", "ACCUSES", "Honduran exporters") not in r.triples


def test_bare_plural_after_stance_verb_is_a_noun_with_its_by_agent(extract) -> None:
    r = extract("Nicaragua criticised sanctions imposed on Nicaraguan banks by Japan.")
    assert ("Japan", "SANCTIONS", "Nicaraguan banks") in r.triples
    assert not any(t[0] == "Nicaragua" and t[1] == "SANCTIONS" for t in r.triples)


def test_welcoming_sanctions_is_not_imposing_them(extract) -> None:
    for text in ("Colombia welcomed the sanctions on the Popular Liberation Army.",
                 "Colombia welcomed sanctions against the Popular Liberation Army."):
        r = extract(text)
        assert not any(t[0] == "Colombia" and t[1] in ("SANCTIONS", "SUPPORTS") for t in r.triples), text


def test_condemning_an_attack_on_a_state_accuses_the_attacker(extract) -> None:
    r = extract("Armed drones from Azerbaijan attacked Armenia on Sunday. Georgia condemned the attack on Armenia.")
    assert ("Georgia", "ACCUSES", "Armenia") not in r.triples
