"""Round 9, parties reached through descriptions: "the office", "the electoral commission", "the Commission"
refer back to the institution named earlier in the article, not to a new organisation or to a namesake."""

from __future__ import annotations


def test_a_lower_case_head_noun_refers_back_to_the_institution(extract) -> None:
    """ "the office" after "the Special Anti-Fraud Office": the office acts."""
    r = extract("The Special Anti-Fraud Office opened an inquiry into the port authority on Monday. "
                "The office accused Delta Shipping Company of paying bribes to customs officers.")
    assert ("Special Anti-Fraud Office", "ACCUSES", "Delta Shipping Company") in r.triples


def test_a_description_with_a_modifier_from_the_name_refers_back(extract) -> None:
    """ "the electoral commission", "the prosecutor's office": the modifier is a word of the full name."""
    r = extract("The Independent Electoral Commission barred Jean Kouassi from the presidential race. "
                "Kouassi accused the electoral commission of bias.")
    assert ("Jean Kouassi", "ACCUSES", "Independent Electoral Commission") in r.triples
    r = extract("The Special Prosecutor's Office questioned officials at the harbour on Tuesday. "
                "The prosecutor's office said Mirko Petrovic had allegedly taken bribes from smugglers.")
    assert ("Special Prosecutor's Office", "ACCUSES", "Mirko Petrovic") in r.triples


def test_the_object_description_refers_back_too(extract) -> None:
    """ "rejected the tribunal" after the full name: the tribunal is the one rejected, not a new actor."""
    r = extract("The Continental Arbitration Tribunal ordered Venezuela to pay the mining firm $2 billion. "
                "Venezuela rejected the tribunal and said it would not pay.")
    assert ("Venezuela", "REJECTS", "Continental Arbitration Tribunal") in r.triples


def test_a_head_noun_used_as_a_modifier_is_no_actor(extract) -> None:
    """ "the court building", "the bank account": the head modifies another noun; no anaphor is made."""
    r = extract("The Supreme Court of Veloria upheld the ban on Monday. "
                "Supporters of Ana Ruiz rallied outside the court building and accused Veloria of persecution.")
    assert not any(t == "Supreme Court of Veloria" and s == "Ana Ruiz" for s, _, t in r.triples)
    assert not any(s == "Supreme Court of Veloria" and t == "Veloria" for s, _, t in r.triples)


def test_a_description_never_points_to_an_institution_named_only_later(extract) -> None:
    """the head noun matches nothing named so far: no mention at all (not the commission introduced after)"""
    r = extract("Farmers accused the commission of ignoring them. Later the Coastal Fisheries Commission "
                "announced new quotas.")
    assert not any(t == "Coastal Fisheries Commission" for _, _, t in r.triples)


def test_a_capitalised_short_form_goes_to_the_namesake_named_so_far(extract) -> None:
    """ "the Commission" between the Andean Commission and the Venice-style Legal Commission named later:
    the one already in the article, not an organisation called "Commission"."""
    r = extract("The Andean Trade Commission proposed new tariffs on Bolivia in June. "
                "Peru urged the Commission to drop the plan. "
                "The Legal Standards Commission criticised the tariffs a week later.")
    assert ("Peru", "DEMANDS", "Andean Trade Commission") in r.triples
    assert not any(t == "Commission" for _, _, t in r.triples)


def test_the_two_states_are_the_story_s_two_sides_when_no_list_is_near(extract) -> None:
    """ "the two capitals": a list of two other states named sentences earlier (allies recalling envoys)
    is not meant; the two states most named are."""
    r = extract("Mali accused Algeria on Tuesday of shooting down a drone. Burkina Faso and Niger, Mali's allies, "
                "also recalled their envoys from Algiers on Wednesday. Algeria said the drone had violated its "
                "airspace. Mali then accused Algeria of sheltering armed groups. The African Union offered to "
                "mediate between the two capitals.")
    assert ("African Union", "OFFERS", "Mali") in r.triples
    assert ("African Union", "OFFERS", "Algeria") in r.triples
    assert ("African Union", "OFFERS", "Burkina Faso") not in r.triples


def test_the_two_governments_with_no_list_at_all(extract) -> None:
    r = extract("Kenya accused Tanzania of seizing its fishing boats. Tanzania denied the charge. "
                "On Friday the two governments agreed to set up a joint patrol.")
    assert ("Kenya", "AGREES_WITH", "Tanzania") in r.triples or ("Tanzania", "AGREES_WITH", "Kenya") in r.triples


def test_the_two_sides_are_not_guessed_from_the_most_named_states(extract) -> None:
    """ "the two sides" may be people or armed groups: no list, no pair of states made up for it"""
    r = extract("Chile accused Peru of spying on Monday. Chile also expelled a Peruvian diplomat. "
                "A meeting between the two sides was cancelled.")
    assert not any(t == "MEETS_WITH" for _, t, _ in r.triples)


def test_the_group_is_the_one_introduced_as_a_group(extract) -> None:
    """ "a student group, the X, ... recruited for the Y": "the group's leader" leads X, not Y named last."""
    r = extract("Police in Peru raided the offices of a student group, the Andes Youth Front, on Monday, saying it "
                "had recruited for the Red Dawn Brigades. The group's leader, Tomas Quispe, denied any link.")
    assert ("Tomas Quispe", "LEADS", "Andes Youth Front") in r.triples
    assert ("Tomas Quispe", "LEADS", "Red Dawn Brigades") not in r.triples


def test_the_group_introduced_before_its_name_wins_over_a_name_with_group_in_it(extract) -> None:
    r = extract("Bolivia expelled the Swiss aid group Terra Viva on Monday after it published a report on the "
                "Condor Group, a private security firm. Interior Minister Luis Mendoza accused the group of spying "
                "for Switzerland.")
    assert ("Luis Mendoza", "ACCUSES", "Terra Viva") in r.triples
    assert ("Luis Mendoza", "ACCUSES", "Condor Group") not in r.triples


def test_the_group_after_its_possessive_name_opening_the_sentence(extract) -> None:
    """ "X's leader, Y, said the group ...": X, though named in the same sentence."""
    r = extract("The Ogaden Unity Front, a rebel group based in Kenya, attacked an army post. The Somali Reform "
                "Party condemned the fighting. OUF's leader, Abdi Warsame, said the group was ready to negotiate "
                "with Ethiopia.")
    assert ("Ogaden Unity Front", "NEGOTIATES_WITH", "Ethiopia") in r.triples
    assert ("Somali Reform Party", "NEGOTIATES_WITH", "Ethiopia") not in r.triples


def test_his_organisation_is_the_one_he_was_introduced_with(extract) -> None:
    r = extract("Daniel Ortiz, who runs the Lima-based advocacy group Andes Watch, was questioned by police. The "
                "Peruvian Workers Party defended him. Ortiz said his organisation would keep accusing Peru of torture.")
    assert ("Andes Watch", "ACCUSES", "Peru") in r.triples
    assert ("Peruvian Workers Party", "ACCUSES", "Peru") not in r.triples


def test_his_party_with_no_organisation_at_his_introduction_is_resolved_as_before(extract) -> None:
    """no organisation next to the person's introduction: the usual reading ("the party" named before)"""
    r = extract("The Liberal Reform Party accused Chile of fraud on Monday. Senator Ana Ruiz spoke in Valparaiso "
                "on Tuesday. Ruiz said her party would keep accusing Chile of rigging the count.")
    assert ("Liberal Reform Party", "ACCUSES", "Chile") in r.triples
