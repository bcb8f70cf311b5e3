"""Round 14 (part D): talks refused or never held. "would not take part in any talks with X", "has so far
refused direct talks" (with the other side of the talks in progress) and "X had not been consulted" (by whoever
acted) are NEGOTIATES_WITH, negated."""


def test_not_taking_part_in_talks_is_negated_negotiation(extract):
    r = extract("MASERU, May 3 - Police in Lesotho detained two leaders of the opposition Basotho Unity Front on "
                "Monday. Its chairman, Thabo Mokoena, said the front would not take part in any talks with the "
                "government while the two men remained in custody.")
    assert r.rel("Basotho Unity Front", "NEGOTIATES_WITH", "Lesotho").status.value == "negated"


def test_taking_part_in_talks_is_negotiation(extract):
    r = extract("MASERU, May 3 - Lesotho released two leaders of the opposition Basotho Unity Front on Monday. "
                "The front said it would take part in talks with Lesotho's government next week.")
    assert r.rel("Basotho Unity Front", "NEGOTIATES_WITH", "Lesotho").status.value == "hypothetical"


def test_refused_direct_talks_with_the_side_that_offered_them(extract):
    r = extract("DODOMA, May 3 - Tanzania said the rebel Lake Zone Front (LZF) had attacked a police post. The LZF "
                "said it was ready to negotiate with the government. The government has so far refused direct talks.")
    assert r.rel("Tanzania", "NEGOTIATES_WITH", "Lake Zone Front").status.value == "negated"


def test_not_consulted_by_the_side_that_acted(extract):
    r = extract("ACCRA, March 14 - Ghana closed its border crossings with Togo on Wednesday. Togo's foreign "
                "minister, Koffi Abalo, called the closure unilateral and said Togo had not been consulted before the "
                "crossings were shut.")
    assert r.rel("Ghana", "NEGOTIATES_WITH", "Togo").status.value == "negated"


def test_consulted_without_negation_is_no_talk(extract):
    r = extract("ACCRA, March 14 - Ghana closed its border crossings with Togo on Wednesday. Togo's foreign "
                "minister, Koffi Abalo, said Togo had been consulted before the crossings were shut.")
    assert not {t for t in r.triples if t[1] == "NEGOTIATES_WITH"}


def test_refused_entry_is_no_talk(extract):
    r = extract("ACCRA, March 14 - Ghana refused entry to two Togolese ministers on Wednesday.")
    assert not {t for t in r.triples if t[1] == "NEGOTIATES_WITH"}


def test_mediation_offer_goes_to_the_states_not_to_a_group_arrested_since(extract):
    r = extract("ACCRA, May 3 - Ghana accused Togo of sheltering smugglers and closed the border on Monday. Ghanaian "
                "police arrested 14 suspected smugglers near Aflao on Tuesday. The African Union offered to mediate.")
    assert ("African Union", "OFFERS", "Ghana") in r.triples
    assert ("African Union", "OFFERS", "Togo") in r.triples
    assert ("African Union", "OFFERS", "14 suspected smugglers") not in r.triples


def test_body_saying_it_was_not_consulted_is_the_one_not_consulted(extract):
    r = extract("KAMPALA, May 3 - Uganda raised fuel taxes on Monday. The Transporters Association of Uganda, which "
                "represents truck owners, said it had not been consulted and would challenge the decision in court.")
    assert r.rel("Uganda", "NEGOTIATES_WITH", "Transporters Association of Uganda").status.value == "negated"


def test_body_saying_it_was_sanctioned_is_the_target(extract):
    r = extract("ACCRA, May 3 - The Volta Shipping Company said it had been sanctioned unfairly by the United States.")
    assert ("United States", "SANCTIONS", "Volta Shipping Company") in r.triples


def test_official_saying_he_would_be_charged_is_not_the_patient(extract):
    r = extract("ACCRA, May 3 - Interior Minister Kofi Boateng said he would be charged.")
    assert not {t for t in r.triples if t[1] == "INVESTIGATES" and t[2] == "Kofi Boateng"}
