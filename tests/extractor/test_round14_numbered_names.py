"""Round 14: names that end in a number ("Group 17", "Charter 88", "the Group of 20", "Channel 9", ships' numbers),
and numbers after a name that are counts, dates, years or articles of a law."""

from __future__ import annotations


def test_numbered_group_is_accused(extract):
    r = extract("The Zembian interior ministry accused Group 17 of organising the riots in Port Alvo.")
    assert r.kinds.get("Group 17") == "Organization"
    assert "Group" not in r.kinds


def test_numbered_charter_speaks(extract):
    r = extract("Charter 88 condemned the arrest of the journalist Ilse Varga by Hungary.")
    assert r.kinds.get("Charter 88") == "Organization"


def test_year_after_a_bloc(extract):
    r = extract("Bloc 2030 rejected the proposal by Serbia.")
    assert ("Bloc 2030", "REJECTS", "Serbia") in r.triples


def test_group_of_twenty(extract):
    r = extract("Norway welcomed the plan of the Group of 20, the forum said.")
    assert r.kinds.get("Group of 20") == "Organization"


def test_article_that_acts_is_a_body(extract):
    r = extract("Article 19 urged Tanzania to release the blogger Juma Kisanga.")
    assert ("Article 19", "DEMANDS", "Tanzania") in r.triples
    r = extract("Article 19, a London-based free-expression group, accused Tanzania of censorship.")
    assert ("Article 19", "ACCUSES", "Tanzania") in r.triples


def test_broadcaster_named_after_a_country(extract):
    r = extract("Burkina Faso suspended the broadcasts of Radio Meridien and France 24 on Monday.")
    assert r.kinds.get("France 24") == "Organization"


def test_channel_and_unit(extract):
    r = extract("Channel 9 reported that police had arrested the activist Pau Ferrer. Japan said Unit 731 had "
                "committed atrocities.")
    assert r.kinds.get("Channel 9") == "Organization"
    assert r.kinds.get("Unit 731") == "Organization"


def test_ship_names_keep_their_numbers(extract):
    r = extract("The navy seized the trawler Lucky Star 7 and the tanker Ocean Crest 12 on Monday.")
    assert r.kinds.get("Lucky Star 7") == "Vessel"
    assert r.kinds.get("Ocean Crest 12") == "Vessel"
    r = extract("The boat, the KNg 5521 TS, was intercepted by the Chinese coast guard.")
    assert r.kinds.get("KNg 5521 TS") == "Vessel"
    assert "TS" not in r.kinds


def test_article_of_a_law_is_no_actor(extract):
    r = extract("Under Article 7 of the charter, Ecuador accused Peru of aggression.")
    assert ("Ecuador", "ACCUSES", "Peru") in r.triples
    assert not any(name.startswith("Article") for name in r.kinds)
    r = extract("Peru said Article 42 was unconstitutional.")
    assert not any(name.startswith("Article") for name in r.kinds)


def test_counts_dates_and_years_stay_outside_names(extract):
    r = extract("Thailand accused Cambodia of firing 24 rockets. Chile accused Bolivia on June 12 of violating "
                "the border. Brazil accused Argentina in 2023 of dumping steel.")
    assert {("Thailand", "ACCUSES", "Cambodia"), ("Chile", "ACCUSES", "Bolivia"),
            ("Brazil", "ACCUSES", "Argentina")} <= r.triples
    assert not any(ch.isdigit() for name in r.kinds for ch in name)


def test_year_after_a_non_numbered_head(extract):
    r = extract("The Security Council 15 members voted. The Cartel 2024 report accused Mexico of negligence. "
                "Kenya visited Uganda 3 times.")
    assert not any(ch.isdigit() for name in r.kinds for ch in name)


def test_body_named_for_a_date(extract):
    r = extract("Gabon accused Burundi of arming the May 19 Movement, which seized the airport.")
    assert r.kinds.get("May 19 Movement") == "Organization"
    r = extract("Senegal accused Togo of backing the October 12 Movement, which seized the border post.")
    assert r.kinds.get("October 12 Movement") == "Organization"
    r = extract("The November 3 Alliance accused Lebanon of the killing.")
    assert ("November 3 Alliance", "ACCUSES", "Lebanon") in r.triples
    r = extract("Police detained members of the 9 August Youth Movement in Tunis, Tunisia said.")
    assert r.kinds.get("9 August Youth Movement") == "Organization"


def test_a_date_before_a_party_is_no_name(extract):
    r = extract("On October 12 Democratic Party lawmakers met. The talks began on the 4 June and Movement leaders "
                "attended.")
    assert not any(ch.isdigit() for name in r.kinds for ch in name)


def test_media_service_and_task_force(extract):
    r = extract("Channel 7 News reported that the Zembian army had accused Task Force 61 of killing civilians.")
    assert r.kinds.get("Channel 7 News") == "Organization"
    assert r.kinds.get("Task Force 61") == "Organization"


def test_counts_after_a_country_and_reactor_units_are_no_names(extract):
    r = extract("In Chad 14 soldiers were killed, the army said. Inspectors said Unit 2 of the Rivne plant had lost "
                "power. Passengers waited on Platform 6.")
    assert not any(ch.isdigit() for name in r.kinds for ch in name)


def test_group_written_as_a_sum(extract):
    r = extract("The Q4+2 urged Iran to return to the talks in Oman.")
    assert ("Q4+2", "DEMANDS", "Iran") in r.triples
    r = extract("Fighters held the hill for 4 + 2 days, Sudan said.")
    assert not any(ch.isdigit() for name in r.kinds for ch in name)


def test_body_named_for_an_ordinal_date(extract):
    r = extract("Cuba said the 14th of October Front had attacked a patrol near the border with Haiti.")
    assert r.kinds.get("14th of October Front") == "Organization"
    r = extract("The talks began on the 14th of October and Front leaders attended.")
    assert not any(ch.isdigit() for name in r.kinds for ch in name)
