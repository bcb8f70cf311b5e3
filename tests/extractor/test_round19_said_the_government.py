"""Round 19 (lead): "X said the government had detained Y" — the government is not the speaker. A person or a
body telling what "the government" did speaks of a state's government (the speaker's own state when their post
gives it, else the story's); with no state in the story the act has no named agent, so no relation. A state that
speaks ("Kenya said the government would ...") and "the president's office said the government ..." keep theirs."""
import pytest


def test_an_official_speaks_of_their_states_government(extract) -> None:
    r = extract("Liina Parts, Estonia's interior minister, said the government had detained Mart Kask.")
    assert ("Estonia", "COERCES", "Mart Kask") in r.triples
    assert ("Liina Parts", "COERCES", "Mart Kask") not in r.triples


@pytest.mark.parametrize("speaker", ["Amnesty International", "The opposition Freedom Union"])
def test_a_body_speaks_of_the_storys_government(extract, speaker) -> None:
    r = extract(f"Latvia expelled two Russian diplomats on Monday. {speaker} said the government had also "
                "detained Mart Kask.")
    assert ("Latvia", "COERCES", "Mart Kask") in r.triples
    assert not any(t[1] == "COERCES" and t[2] == "Mart Kask" and t[0] != "Latvia" for t in r.triples)


@pytest.mark.parametrize("noun", ["government", "authorities", "police"])
def test_no_state_in_the_story_gives_no_agent(extract, noun) -> None:
    r = extract(f"Amnesty International said the {noun} had detained Mart Kask.")
    assert not any(t[1] == "COERCES" for t in r.triples)


def test_a_state_speaking_keeps_the_act(extract) -> None:
    r = extract("Latvia said the government would expel two Russian diplomats.")
    assert ("Latvia", "COERCES", "two Russian diplomats") in r.triples
