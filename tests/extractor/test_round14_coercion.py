"""Round 14, events: exclusion, dissolution and takeover as coercion; a body's own men as its agents; crowds fired at
with two weapons or after a time adjunct. Sentences invented for these tests."""

from __future__ import annotations


def test_barred_from_campaigning_is_coercion(extract):
    r = extract("The Electoral Tribunal barred the Green Harvest Party from campaigning for two months.")
    assert ("Electoral Tribunal", "COERCES", "Green Harvest Party") in r.triples


def test_passive_barred_from_ballot_is_the_states_act(extract):
    r = extract("QUITO, May 2 - Ecuador's opposition cried foul on Friday. Its candidate, Marco Ulloa Paredes, was "
                "barred from the ballot last month on a technicality.")
    assert ("Ecuador", "COERCES", "Marco Ulloa Paredes") in r.triples


def test_relative_barred_is_the_states_act(extract):
    r = extract("MINSK, May 2 - The Belarusian Workers' Front, which is barred from contesting elections, called a "
                "strike in Belarus on Friday.")
    assert ("Belarus", "COERCES", "Belarusian Workers' Front") in r.triples


def test_barred_from_entering_stays_a_sanction(extract):
    r = extract("Canada barred Piotr Zalewski from entering the country over his role in the crackdown.")
    assert ("Canada", "SANCTIONS", "Piotr Zalewski") in r.triples
    assert ("Canada", "COERCES", "Piotr Zalewski") not in r.triples


def test_bar_without_from_is_no_coercion(extract):
    r = extract("The Lawyers' Guild of Ruritania said the bar exam was unfair to the Free Students Union.")
    assert not any(t == "COERCES" for _, t, _ in r.triples)


def test_nationalisation_of_a_company(extract):
    r = extract("Bolivia's government on Monday announced the nationalisation of Andes Tin Holdings, the country's "
                "largest smelter.")
    assert ("Bolivia", "COERCES", "Andes Tin Holdings") in r.triples


def test_closure_of_an_outlet(extract):
    r = extract("Azerbaijan ordered the closure of Radio Caspian Voice on Tuesday.")
    assert ("Azerbaijan", "COERCES", "Radio Caspian Voice") in r.triples


def test_dissolved_a_party(extract):
    r = extract("Tajikistan dissolved the Pamir Renewal Movement in 2019 after a wave of arrests.")
    assert ("Tajikistan", "COERCES", "Pamir Renewal Movement") in r.triples


def test_intransitive_dissolve_is_no_coercion(extract):
    r = extract("The Nile Basin Forum dissolved in 2019 after Egypt and Sudan quarrelled.")
    assert not any(t == "COERCES" for _, t, _ in r.triples)


def test_fighters_of_the_speaking_group_attack(extract):
    r = extract("BAMAKO, May 2 - Mali's army lost a base. The Sahel Liberation Front (SLF), a rebel group based in "
                "Niger, said on Saturday that its fighters had killed 14 soldiers near Gao.")
    assert ("Sahel Liberation Front", "ATTACKS", "Mali") in r.triples
    assert ("Niger", "ATTACKS", "Mali") not in r.triples


def test_officers_of_the_commissioners_force_arrest(extract):
    r = extract("Tomasi Vaka, commissioner of the Highlands Police Service, said his officers arrested Sione Latu "
                "on Tuesday.")
    assert ("Highlands Police Service", "COERCES", "Sione Latu") in r.triples
    assert ("Tomasi Vaka", "COERCES", "Sione Latu") not in r.triples


def test_speaker_own_acts_stay_the_speakers(extract):
    r = extract("The Sahel Liberation Front said it had ambushed Malian troops near Gao.")
    assert ("Sahel Liberation Front", "ATTACKS", "Mali") in r.triples


def test_two_weapons_and_a_day_before_the_crowd(extract):
    r = extract("Peruvian police fired tear gas and water cannon on Friday at thousands of striking miners "
                "marching on the congress in Lima.")
    assert ("Peru", "COERCES", "thousands of striking miners") in r.triples
    assert ("Peru", "ATTACKS", "thousands of striking miners") in r.triples


def test_live_rounds_and_tear_gas(extract):
    r = extract("Ugandan soldiers fired live rounds and tear gas at hundreds of opposition supporters in Gulu.")
    assert ("Uganda", "ATTACKS", "hundreds of opposition supporters") in r.triples


def test_fired_an_official_is_no_attack(extract):
    r = extract("Ugandan President Moses Okello fired his security chief, Paul Kato, on Monday and tear gas was "
                "later used at a rally.")
    assert ("Moses Okello", "ATTACKS", "Paul Kato") not in r.triples
    assert ("Uganda", "ATTACKS", "Paul Kato") not in r.triples


def test_among_those_detained_stops_at_the_source(extract):
    r = extract("LOME, June 2 - Togolese security forces detained at least 30 people on Thursday. Among those detained was "
                "Kafui Mensah, deputy leader of the opposition Patriotic Movement, who was taken from her home before "
                "dawn, according to her lawyer, Yawo Dogbe.")
    assert ("Togo", "COERCES", "Kafui Mensah") in r.triples
    assert ("Togo", "COERCES", "Yawo Dogbe") not in r.triples



def test_passive_stripped_of_citizenship(extract):
    r = extract("MANAMA, May 2 - Bahrain widened its crackdown. Exiled activist Yusuf al-Marzooq was stripped of his "
                "citizenship by a royal decree in March.")
    assert ("Bahrain", "COERCES", "Yusuf al-Marzooq") in r.triples
