"""Round 12, precision (second pass): false positives of every type."""

from __future__ import annotations

# -- "X said the party backed Y": the act of the body the speaker speaks for, not the speaker's own ---------------


def test_the_party_a_chairman_reports_on_is_the_agent(extract) -> None:
    r = extract("The Harbour League's chairman, Tomas Vireo, said the party backed a trade pact with Peru.")
    assert ("Harbour League", "SUPPORTS", "Peru") in r.triples
    assert ("Tomas Vireo", "SUPPORTS", "Peru") not in r.triples


def test_a_union_named_in_the_speakers_phrase_is_the_agent(extract) -> None:
    r = extract("Marta Kolb, leader of the Dock Workers Union, said on Monday the union backed Peru.")
    assert ("Dock Workers Union", "SUPPORTS", "Peru") in r.triples
    assert ("Marta Kolb", "SUPPORTS", "Peru") not in r.triples


def test_members_of_the_speakers_body_act_for_the_body(extract) -> None:
    r = extract("Ilse Brandt, head of the Federation of Grain Hauliers, said its members had condemned Hungary "
                "for the border closures.")
    assert ("Federation of Grain Hauliers", "ACCUSES", "Hungary") in r.triples
    assert ("Ilse Brandt", "ACCUSES", "Hungary") not in r.triples


def test_a_verb_joined_after_the_bodys_act_is_the_speakers_again(extract) -> None:
    r = extract("The Harbour League's chairman, Tomas Vireo, said the party backed Peru and accused Chile of "
                "meddling in the vote.")
    assert ("Harbour League", "SUPPORTS", "Peru") in r.triples
    assert ("Tomas Vireo", "ACCUSES", "Chile") in r.triples
    assert ("Harbour League", "ACCUSES", "Chile") not in r.triples


def test_an_envoy_reporting_on_the_bloc_or_with_no_body_named_stays_the_agent(extract) -> None:
    r = extract("The EU's envoy, Anna Berg, said the bloc stood by Peru.")
    assert ("Anna Berg", "SUPPORTS", "Peru") in r.triples
    r = extract("Tomas Vireo said the party backed Peru.")  # no body named in the speaker's phrase
    assert ("Tomas Vireo", "SUPPORTS", "Peru") in r.triples


def test_his_party_after_a_speech_verb_is_the_party_and_a_joined_verb_the_speakers(extract) -> None:
    r = extract("A senior Harbour League official, Tomas Vireo, said his party backed the prime minister's line "
                "and urged Chile to return to the talks.")
    assert ("Tomas Vireo", "DEMANDS", "Chile") in r.triples
    assert ("Harbour League", "DEMANDS", "Chile") not in r.triples
