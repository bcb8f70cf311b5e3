"""Round 8, speech acts: who makes an accusation, demand, denial or threat told in a participial adjunct
(", accusing them of ...") or in a verb joined to a clause the speaker reported ("X said police had ..., and
accused ...")."""

from __future__ import annotations

# -- ", accusing them of ...": the participle's agent is the sentence's subject or the speaker of a tag --------


def test_a_participle_after_the_main_clause_belongs_to_its_subject(extract) -> None:
    r = extract("Paraguayan police arrested six leaders of a student protest group on Friday, accusing them of "
                "blocking highways.")
    assert ("Paraguay", "ACCUSES", "six leaders") in r.triples
    r = extract("Uruguay barred four Brazilian fishing companies from its ports on Monday, accusing them of "
                "overfishing hake.")
    assert ("Uruguay", "ACCUSES", "four Brazilian fishing companies") in r.triples


def test_a_participle_after_a_speech_tag_belongs_to_the_speaker(extract) -> None:
    r = extract("Laos has jailed two bloggers for criticising a dam, Amnesty International said on Tuesday, "
                "accusing Vientiane of silencing dissent.")
    assert ("Amnesty International", "ACCUSES", "Laos") in r.triples


def test_a_participle_after_a_titled_subject_belongs_to_the_person(extract) -> None:
    r = extract("UN envoy Mariela Sotto visited Tegucigalpa on Monday, urging the government to free the "
                "detained journalists.")
    assert ("Mariela Sotto", "DEMANDS", "Honduras") in r.triples
    assert ("United Nations", "DEMANDS", "Honduras") not in r.triples


def test_a_participle_after_a_reported_clause_is_left_to_that_clause(extract) -> None:
    r = extract("Mexico said Guatemalan police had arrested three Honduran traders, accusing them of arms "
                "trafficking.")
    assert ("Mexico", "ACCUSES", "three Honduran traders") not in r.triples


# -- "X said police had arrested Y, and accused ...": the speech act goes on with the speaker ------------------


def test_a_speech_act_after_a_reported_clause_in_another_tense_is_the_speakers(extract) -> None:
    r = extract("The Lakeside Farmers Union said police had detained two of its organisers on Friday, and "
                "accused the Zambian authorities of intimidation.")
    assert ("Lakeside Farmers Union", "ACCUSES", "Zambia") in r.triples
    r = extract("Senator Ilse Marang said Pretoria was trying to silence the region and urged Lesotho to "
                "recall its envoy.")
    assert ("Ilse Marang", "DEMANDS", "Lesotho") in r.triples
    assert ("South Africa", "DEMANDS", "Lesotho") not in r.triples


def test_a_speech_act_in_the_same_tense_stays_in_the_reported_clause(extract) -> None:
    r = extract("The Lakeside Farmers Union said Zambian police detained two of its organisers and accused them "
                "of theft.")
    assert ("Zambia", "ACCUSES", "two of its organisers") in r.triples
    assert ("Lakeside Farmers Union", "ACCUSES", "two of its organisers") not in r.triples

