"""Round 30, meetings with envoys: an official who hands a note or letter to a named envoy, tells or summons one,
meets them (MEETS_WITH, undirected), beside whatever protest or demand the act makes; an envoy only spoken of or
someone who is no envoy is met by no one."""


def _met(r, a: str, b: str) -> bool:
    return (a, "MEETS_WITH", b) in r.triples or (b, "MEETS_WITH", a) in r.triples


def test_note_handed_to_an_apposed_envoy_is_a_meeting(extract) -> None:
    r = extract("Foreign Minister Ana Duarte handed the ambassador, Tomas Berg, a protest note on Monday.")
    assert _met(r, "Ana Duarte", "Tomas Berg")


def test_titled_envoy_handed_a_note_keeps_the_demand(extract) -> None:
    r = extract("Deputy Foreign Minister Karl Mertens handed Ambassador Li Wenjun a note demanding an explanation.")
    assert _met(r, "Karl Mertens", "Li Wenjun")
    assert ("Karl Mertens", "DEMANDS", "Li Wenjun") in r.triples


def test_envoy_told_or_given_a_letter_through_a_pronoun(extract) -> None:
    r = extract("Vice Foreign Minister Karl Mertens told Russian ambassador Tomas Berg that the raids must stop.")
    assert _met(r, "Karl Mertens", "Tomas Berg")
    r = extract("Marta Ilves, the state secretary, said she had handed a letter to Germany's ambassador, "
                "Li Wenjun, on Tuesday.")
    assert _met(r, "Marta Ilves", "Li Wenjun")


def test_envoy_only_spoken_of_or_no_envoy_is_not_met(extract) -> None:
    r = extract("Foreign Minister Ana Duarte told reporters that Ambassador Tomas Berg had left the country.")
    assert not _met(r, "Ana Duarte", "Tomas Berg")
    r = extract("Foreign Minister Ana Duarte told the ambassador's aide, Tomas Berg, to leave the room.")
    assert not _met(r, "Ana Duarte", "Tomas Berg")
