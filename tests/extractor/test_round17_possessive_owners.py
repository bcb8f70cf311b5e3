"""Round 17: whose "its"/"their" a trigger noun takes. A reason phrase after a verb and the party it acts on
("imposed sanctions on X over its support for Y", "suspended aid to X and Z over their backing of Y") is about
that party, even inside a prepositional phrase, where the subject rule passed it over and gave the act to the
sanctioning side; "his"/"her" is the person's so acted on ("sanctioned X over her support for Y"). A verb of
telling keeps the speaker's ("assured X of its support"), as does a verb joined to the clause's first when it
tells the subject's own stance ("met X and reaffirmed its backing", not "... and rejected its backing");
"recalled its envoy from X over its ..." could be either's, so no one's. "its military aid" is the state's aid,
not the armed forces of some state."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, rel", [
    ("Sweden imposed sanctions on Serbia over its support for Armenia.", "SUPPORTS"),
    ("Sweden slapped new sanctions on Serbia on Friday because of its attacks on Armenia.", "ATTACKS"),
    ("Sweden lashed out at Serbia over its blockade of Armenia.", "COERCES"),
    ("Sweden imposed tariffs on Serbia over its military aid to Armenia.", "AIDS"),
])
def test_a_reason_phrase_is_the_party_acted_on(extract, text: str, rel: str) -> None:
    r = extract(text)
    assert ("Serbia", rel, "Armenia") in r.triples
    assert ("Sweden", rel, "Armenia") not in r.triples


def test_their_is_each_of_the_pair_acted_on(extract) -> None:
    r = extract("Sweden suspended aid to Serbia and Albania over their backing of Armenia.")
    assert {("Serbia", "SUPPORTS", "Armenia"), ("Albania", "SUPPORTS", "Armenia")} <= r.triples
    assert ("Sweden", "SUPPORTS", "Armenia") not in r.triples


@pytest.mark.parametrize("text", [
    "Sweden assured Serbia of its support for Armenia.",
    "Sweden told Serbia about its backing of Armenia.",
    "Sweden met Serbia on Friday and reaffirmed its backing of Armenia.",
])
def test_the_speaker_or_the_first_subject_keeps_its_own(extract, text: str) -> None:
    r = extract(text)
    assert ("Sweden", "SUPPORTS", "Armenia") in r.triples
    assert ("Serbia", "SUPPORTS", "Armenia") not in r.triples


def test_a_reason_after_a_place_left_from_is_nobody_s(extract) -> None:
    assert not any(t[1:] == ("THREATENS", "Armenia") for t in extract(
        "Sweden recalled its ambassador from Serbia over its threats against Armenia.").triples)


@pytest.mark.parametrize("text, person", [
    ("Norway sanctioned Olga Marsh over her support for Armenia.", "Olga Marsh"),
    ("Norway imposed sanctions on businessman Piet Laar over his backing of Armenia.", "Piet Laar"),
])
def test_his_or_her_is_the_person_acted_on(extract, text: str, person: str) -> None:
    r = extract(text)
    assert (person, "SUPPORTS", "Armenia") in r.triples
    assert ("Norway", "SUPPORTS", "Armenia") not in r.triples


def test_a_joined_verb_answering_the_object_leaves_it_the_object_s(extract) -> None:
    r = extract("Sweden met Serbia on Friday and rejected its backing of Armenia.")
    assert ("Serbia", "SUPPORTS", "Armenia") in r.triples
    assert ("Sweden", "SUPPORTS", "Armenia") not in r.triples


def test_what_the_party_is_barred_from_stands_before_the_reason(extract) -> None:
    r = extract("Norway banned Olga Marsh from entering the country over her support for Armenia.")
    assert ("Olga Marsh", "SUPPORTS", "Armenia") in r.triples
