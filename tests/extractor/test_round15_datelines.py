"""Round 15, wire-copy furniture: a headline, byline or time stamp above the dateline, a dateline naming its
country or standing alone on its line, and a closing credit. The writers, the place filed from, the agency
credited and the time zone are not actors; the dateline still gives the story's country. Invented sentences."""

from __future__ import annotations

from actorgraph.loaders.extractor.dateline import dateline_country, read_furniture
from actorgraph.loaders.extractor.lexicon import lexicon

_BODY = "Ghana sanctioned Togo's defence minister, Kwame Sefa, on Monday."


def test_a_byline_names_writers_not_actors_unless_the_story_names_them(extract) -> None:
    for byline in ("By Ana Sato and Tom Ruiz", "By Ana Sato, Reuters", "By ANA SATO",
                   "By Ana Sato in Accra | Updated 09:40 CET"):
        r = extract(f"{byline}\n\n{_BODY}")
        assert ("Ghana", "SANCTIONS", "Kwame Sefa") in r.triples, byline
        assert not {"Ana Sato", "Tom Ruiz", "ANA SATO", "CET"} & set(r.kinds), (byline, r.kinds)
    r = extract("By Ana Sato\n\nGhana detained the reporter Ana Sato on Monday.")
    assert "Ana Sato" in r.kinds  # the story's own person


def test_a_time_stamp_line_names_no_time_zone() -> None:
    for stamp in ("Updated 09:40 CET", "Published Mar 14, 2025, 8:02 p.m. EDT", "Mar. 14, 2025 08:02 UTC"):
        text = f"{stamp}\n\n{_BODY}"
        assert read_furniture(text).spans == ((0, len(stamp)),), stamp


def test_a_dateline_under_a_headline_or_alone_on_its_line_is_found() -> None:
    lex = lexicon()
    for text in ("Ghana Expels Togolese Envoy\n\nACCRA (Reuters) - " + _BODY, "ACCRA\n\n" + _BODY,
                 "Staff Writer\nACCRA — " + _BODY, "By Tom Ruiz\nUpdated 09:40 CET\n\nACCRA, Feb. 3 (AP) — " + _BODY):
        dl = read_furniture(text).dateline
        assert dl is not None and dl.places == ("Accra",) and dateline_country(dl, lex) == "Ghana", text
    assert read_furniture("Ghana Expels Togolese Envoy\n\n" + _BODY).dateline is None


def test_a_dateline_may_write_the_country_after_the_place(extract) -> None:
    lex = lexicon()
    for place, country in (("KUMASI, Ghana — ", "Ghana"), ("ACCRA, GHANA (AP) — ", "Ghana"),
                           ("KUMASI, Ghana\n\n", "Ghana"), ("AUSTIN, Texas — ", None), ("BRUSSELS, Belgium — ", None)):
        dl = read_furniture(place + _BODY).dateline
        assert dl is not None and dateline_country(dl, lex) == country, place
        r = extract(place + _BODY)
        assert not {"KUMASI", "Kumasi", "ACCRA", "AP", "AUSTIN", "BRUSSELS"} & set(r.kinds), (place, r.kinds)


def test_a_headline_above_the_dateline_leaves_its_place_and_agency_out(extract) -> None:
    r = extract("Ghana Expels Togolese Envoy\nACCRA (Reuters) - " + _BODY)
    assert not {"ACCRA", "Reuters"} & set(r.kinds)
    assert r.rel("Ghana", "SANCTIONS", "Kwame Sefa").date is not None


def test_a_closing_credit_names_no_actor_and_an_agency_in_the_story_is_kept(extract) -> None:
    for credit in ("\n\n(Reporting by Ana Sato in Accra; Editing by Tom Ruiz)", " — AFP", " -- Reuters"):
        r = extract(_BODY + credit)
        assert not {"Ana Sato", "Tom Ruiz", "AFP", "Reuters"} & set(r.kinds), (credit, r.kinds)
    r = extract("Ghana sanctioned Togo's defence minister, Kwame Sefa, on Monday, according to Reuters.")
    assert r.name_of(r.rel("Ghana", "SANCTIONS", "Kwame Sefa").attributed_to) == "Reuters"
    r = extract("Ghana sanctioned two officials:\n- Kwame Sefa\n- Ama Boateng")
    assert {"Kwame Sefa", "Ama Boateng"} <= set(r.kinds)  # a list's last item is no credit
