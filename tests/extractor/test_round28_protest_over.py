"""Round 28: a protest lodged over what someone did or said, with no addressee named, protests the maker."""


def test_protest_over_an_act_by_its_maker(extract) -> None:
    r = extract("Ghana lodged a formal protest on Monday over remarks by Togolese Interior Minister Kodjo Amavi.")
    assert ("Ghana", "PROTESTS", "Kodjo Amavi") in r.triples
    r = extract("Ghana filed a diplomatic protest over a statement by Togo.")
    assert ("Ghana", "PROTESTS", "Togo") in r.triples


def test_protest_over_an_act_owned_by_its_maker(extract) -> None:
    r = extract("Ghana lodged a protest over Togo's decision to close the border.")
    assert ("Ghana", "PROTESTS", "Togo") in r.triples
    r = extract("Ghana lodged a strong protest over Togo's new fishing restrictions.")
    assert ("Ghana", "PROTESTS", "Togo") in r.triples


def test_protest_over_what_someone_suffered(extract) -> None:
    for text in ("Ghana lodged a protest over the arrest of Kwame Mensah.",
                 "Ghana lodged a protest over Kwame Mensah's detention."):
        assert ("Ghana", "PROTESTS", "Kwame Mensah") not in extract(text).triples, text
