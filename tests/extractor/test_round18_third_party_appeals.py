"""Round 18 (D): a criticism followed by an appeal to a third party to step in ("condemned the raids and called on A
and B to assume their responsibilities") accuses whoever carried out the act, never the parties asked to help."""

from __future__ import annotations


def test_appeal_to_assume_responsibilities_is_no_accusation(extract) -> None:
    r = extract('Chilean President Marco Ruiz condemned the shelling as "an outrage" and called on Brazil and '
                'Argentina "to assume their responsibilities".')
    assert ("Marco Ruiz", "DEMANDS", "Brazil") in r.triples
    assert not {("Marco Ruiz", "ACCUSES", "Brazil"), ("Marco Ruiz", "ACCUSES", "Argentina")} & r.triples


def test_appeal_to_press_keeps_the_attacker(extract) -> None:
    r = extract("Bolivian troops shelled Paraguay on Sunday. Paraguayan Foreign Minister Rosa Benitez denounced the "
                "shelling and urged Uruguay to put pressure on La Paz.")
    assert ("Rosa Benitez", "ACCUSES", "Bolivia") in r.triples
    assert ("Rosa Benitez", "ACCUSES", "Uruguay") not in r.triples


def test_appeal_to_intervene(extract) -> None:
    r = extract("Bolivian troops shelled Paraguay on Sunday. Paraguay deplored the attack and asked Argentina to "
                "intervene.")
    assert ("Paraguay", "ACCUSES", "Argentina") not in r.triples


def test_appeal_to_undo_still_accuses_the_addressee(extract) -> None:
    r = extract("Norway said it was troubled by the detention and asked the Bolivian authorities to release the "
                "engineer.")
    assert ("Norway", "ACCUSES", "Bolivia") in r.triples
