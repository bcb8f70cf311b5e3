"""Round 31 (precision): a one-word name guessed to be a body only from its place in a sentence is a town when the
story files from it or places something in, near or on the way to it; such a town in an actor's place gives no
actor and no relation. A town with its own head ("X's regional president") and a firm one holds a stake in stay."""

from __future__ import annotations


def test_datelined_town_in_a_subjects_place_is_no_body(extract):
    r = extract("SFAX, Tunisia, May 3 (Test Wire) — Tunisia's government ordered a European delegation to leave "
                "Sfax shortly after it landed.\n\nThe Sfax authorities accused the European Union of meddling.")
    assert "Sfax" not in r.kinds
    assert not any("Sfax" in (s, t) for s, _, t in r.triples)


def test_town_of_an_attack_gives_the_threat_to_the_claiming_group(extract):
    r = extract("Gunmen blew up a pumping station near Kollo last week. The Sahel Liberation Front claimed the "
                "Kollo attack and threatened further strikes on Niger unless its leader was freed.")
    assert "Kollo" not in r.kinds
    assert ("Sahel Liberation Front", "THREATENS", "Niger") in r.triples


def test_destination_of_a_plane_is_no_recipient(extract):
    r = extract("Hundreds of migrants left by bus from Arequipa on Friday. Venezuela said it was ready to send a "
                "plane to Arequipa if Peru allowed it to land.")
    assert "Arequipa" not in r.kinds


def test_town_with_a_president_of_its_own_stays(extract):
    r = extract("MADRID, Aug 21 (Test Wire) - Spain accused Morocco on Thursday of easing controls on its side of "
                "the border with Melilla after 900 migrants swam into the Spanish enclave.\n\nMelilla's regional "
                "president, Juan Morales Vidal, asked Madrid to send army units.")
    assert ("Juan Morales Vidal", "LEADS", "Melilla") in r.triples


def test_firm_with_a_stake_in_it_stays(extract):
    r = extract("Chile bought a stake in Norvex last year. Norvex accused Chile of breaking the contract.")
    assert ("Norvex", "ACCUSES", "Chile") in r.triples


def test_town_paired_with_a_seat_is_no_body(extract):
    r = extract("Iraq's oil minister said Baghdad and Sulaymaniyah had agreed to resume exports. Sulaymaniyah "
                "offered to pay the arrears to Iraq within a month.")
    assert "Sulaymaniyah" not in r.kinds


def test_body_paired_with_a_state_stays(extract):
    r = extract("Talks between Libya and Talvor resumed on Monday. Talvor accused Libya of stalling.")
    assert ("Talvor", "ACCUSES", "Libya") in r.triples
