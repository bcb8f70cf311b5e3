"""Round 19 (O): "press for <a thing>" ("to press for democracy", "presses for convictions") names no one pressed;
the next actor in the sentence is not its addressee. "pressed X for answers" / "pressed X to" still are demands."""

from __future__ import annotations


def test_press_for_a_thing_is_no_demand_on_the_next_actor(extract) -> None:
    r = extract('Envoy Marta Ilves said the tariffs were "a lever" to press for reform and that Estonia had sent aid.')
    assert ("Marta Ilves", "DEMANDS", "Estonia") not in r.triples


def test_pressed_someone_for_answers_is_a_demand(extract) -> None:
    r = extract("Latvia pressed Estonia for answers on Monday.")
    assert ("Latvia", "DEMANDS", "Estonia") in r.triples


def test_pressed_someone_to_act_is_a_demand(extract) -> None:
    r = extract("Latvia pressed Estonia to reopen the border crossing.")
    assert ("Latvia", "DEMANDS", "Estonia") in r.triples
