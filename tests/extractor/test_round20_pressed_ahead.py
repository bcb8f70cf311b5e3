"""Round 20 (precision): "press ahead / press on / press forward (with, against)" is carrying on with something, not
pressing someone; "pressed X to act" stays a demand."""


def test_pressed_ahead_against_is_not_a_demand(extract) -> None:
    r = extract("Ecuador dropped its complaint against Chile, but pressed ahead against Uruguay.")
    assert not any(t[1] == "DEMANDS" for t in r.triples)


def test_press_ahead_with_a_claim_is_not_a_demand(extract) -> None:
    r = extract("Ecuador said it would press ahead with its lawsuit against Uruguay.")
    assert ("Ecuador", "DEMANDS", "Uruguay") not in r.triples


def test_pressed_on_with_an_offensive_is_not_a_demand(extract) -> None:
    r = extract("Ecuador pressed on with its offensive against Uruguay.")
    assert ("Ecuador", "DEMANDS", "Uruguay") not in r.triples


def test_pressed_someone_to_act_is_still_a_demand(extract) -> None:
    r = extract("Ecuador pressed Uruguay to reopen the border crossing.")
    assert ("Ecuador", "DEMANDS", "Uruguay") in r.triples
