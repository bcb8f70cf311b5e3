"""Round 20 (precision): a country that opens a quotation is the quoted clause's subject, not the state a bare
title after the quote belongs to; the sentence before, opened by the speaker's state, names it."""


def test_country_inside_the_quote_is_not_the_spokeswomans_state(extract) -> None:
    r = extract('Bolivia denied the report. "Santiago is inventing enemies," foreign ministry spokeswoman '
                'Lucia Ramos told a briefing.')
    assert ("Lucia Ramos", "HOLDS_POSITION", "Bolivia") in r.triples
    assert ("Lucia Ramos", "HOLDS_POSITION", "Chile") not in r.triples


def test_country_opening_an_unquoted_sentence_still_names_the_state(extract) -> None:
    r = extract("Bolivia, which has denied the report, will respond, Foreign Minister Lucia Ramos told reporters.")
    assert ("Lucia Ramos", "HOLDS_POSITION", "Bolivia") in r.triples
