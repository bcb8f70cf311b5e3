"""Round ten, precision: relations that unseen articles brought out wrongly (the headline's shorthand for a stance,
a stance the body gives to someone else)."""

from __future__ import annotations


def test_a_headline_stance_the_body_gives_to_an_official_is_not_kept(extract) -> None:
    r = extract("Ecuador's interior minister, Lucia Paredes, said on Monday that the attackers had crossed from Peru "
                "and that Lima had ignored repeated warnings.",
                title="Ecuador blames Peru for border attack")
    assert ("Ecuador", "ACCUSES", "Peru") not in r.triples
    r = extract("Foreign Minister Tomas Rainis told reporters that Warsaw owed compensation for the damaged cable.",
                title="Latvia presses Poland over pipeline damage")
    assert ("Latvia", "DEMANDS", "Poland") not in r.triples
    r = extract("Kenya's president, Daniel Mwangi, said his government backed the elected authorities in Kampala.",
                title="Kenya stands by Uganda as crisis deepens")
    assert ("Kenya", "SUPPORTS", "Uganda") not in r.triples


def test_a_headline_stance_the_body_repeats_is_kept(extract) -> None:
    r = extract("Ecuador on Monday accused Peru of sheltering the gunmen behind the border attack.",
                title="Ecuador blames Peru for border attack")
    assert ("Ecuador", "ACCUSES", "Peru") in r.triples
    assert any(rel.evidence.locator == "title" for rel in r.extraction.relations if rel.type == "ACCUSES")


def test_a_headline_act_stays_though_the_body_does_not_repeat_it(extract) -> None:
    r = extract("The two diplomats were given 72 hours to leave, the ministry said.",
                title="Estonia expels Belarusian diplomats over spy case")
    assert any(t[0] == "Estonia" and t[1] == "COERCES" for t in r.triples)


def test_defending_ones_own_sides_act_backs_no_one(extract) -> None:
    r = extract("Norway expelled two Belarusian diplomats on Monday. Foreign Minister Eirik Sand defended the decision "
                "in parliament, saying the evidence was overwhelming.")
    assert not any(t[1] == "SUPPORTS" for t in r.triples)
    r = extract("The Saravan Institute was shut down by Georgia last week. Prime Minister Nika Beridze defended the move "
                "on Tuesday.")
    assert not any(t[1] == "SUPPORTS" for t in r.triples)
    r = extract("Ghana arrested 40 miners. Interior Minister Kofi Asante defended the crackdown, calling it overdue.")
    assert not any(t[1] == "SUPPORTS" for t in r.triples)


def test_defending_an_actor_is_still_support(extract) -> None:
    r = extract("Hungary's prime minister, Laszlo Varga, defended Slovakia against the Commission on Thursday.")
    assert ("Laszlo Varga", "SUPPORTS", "Slovakia") in r.triples


def test_banning_an_organisation_designates_it(extract) -> None:
    r = extract("Ethiopia on Tuesday banned the Oromo Youth Union under its anti-terrorism law, saying it had armed "
                "rebels.")
    assert ("Ethiopia", "DESIGNATES", "Oromo Youth Union") in r.triples
    assert ("Ethiopia", "COERCES", "Oromo Youth Union") not in r.triples
    r = extract("Uzbekistan outlawed the Free Farmers Movement on Friday.")
    assert ("Uzbekistan", "DESIGNATES", "Free Farmers Movement") in r.triples


def test_banning_a_person_stays_a_coercive_act(extract) -> None:
    r = extract("Belarus banned the blogger Pavel Shumski on Monday.")
    assert ("Belarus", "DESIGNATES", "Pavel Shumski") not in r.triples


def test_an_act_one_party_asks_of_another_is_only_the_request(extract) -> None:
    r = extract("The Kurdish Democratic Union urged Ankara on Monday to open talks with the Free Homeland Movement.")
    assert ("Turkey", "NEGOTIATES_WITH", "Free Homeland Movement") not in r.triples
    assert ("Kurdish Democratic Union", "DEMANDS", "Turkey") in r.triples
    r = extract("Ecuador has urged Peru's government to press Bolivia over the river dispute.")
    assert ("Peru", "DEMANDS", "Bolivia") not in r.triples
    r = extract("A senator urged Oslo to raise the matter with the European Union.")
    assert ("Norway", "MEETS_WITH", "European Union") not in r.triples


def test_a_partys_own_plan_is_no_request(extract) -> None:
    r = extract("Chile said it would expel the Venezuelan diplomat Luis Marcano.")
    assert r.rel("Chile", "COERCES", "Luis Marcano").status.value == "hypothetical"


def test_measures_called_for_stay_as_hypothetical_measures(extract) -> None:
    r = extract("Lithuania asked the European Commission to impose sanctions on Grodno Haulage.")
    assert r.rel("European Commission", "SANCTIONS", "Grodno Haulage").status.value == "hypothetical"
    r = extract("Ecuador has asked Lima to extradite the banker Jorge Salas, officials said.")
    assert r.rel("Peru", "COERCES", "Jorge Salas").status.value == "hypothetical"


def test_a_threatened_act_is_the_threat_not_the_act(extract) -> None:
    r = extract("Serbia threatened on Monday to expel the Kosovar diplomat Arben Krasniqi.")
    assert ("Serbia", "THREATENS", "Arben Krasniqi") in r.triples
    assert ("Serbia", "COERCES", "Arben Krasniqi") not in r.triples
    r = extract("The Sahel Union warned that it could suspend Mali from its institutions if the vote is delayed.")
    assert ("Sahel Union", "THREATENS", "Mali") in r.triples
    assert ("Sahel Union", "SANCTIONS", "Mali") not in r.triples
    r = extract("A Turkish official warned that Ankara could send drones to Libya if the talks failed.")
    assert ("Turkey", "AIDS", "Libya") not in r.triples


def test_an_act_carried_out_is_still_the_act(extract) -> None:
    r = extract("Serbia expelled the Kosovar diplomat Arben Krasniqi on Monday.")
    assert ("Serbia", "COERCES", "Arben Krasniqi") in r.triples
