"""Round 18: a verb of opposition closing a quotation ('said it "firmly opposes" sanctions on X') still keeps
the speaker from being the measure's agent, as the unquoted verb does (status.BLOCKED_BEFORE)."""


def test_quoted_opposition_to_sanctions_imposes_none(extract) -> None:
    r = extract("Peru's embassy in Quito said it \"firmly opposes\" sanctions on Peruvian companies.")
    assert not any(t[1] == "SANCTIONS" and t[0] == "Peru" for t in r.triples)


def test_unquoted_and_quoted_opposition_read_alike(extract) -> None:
    plain = extract("Bolivia said it strongly opposes sanctions on Bolivian lenders.")
    quoted = extract("Bolivia said it \u201cstrongly opposes\u201d sanctions on Bolivian lenders.")
    assert not any(t[1] == "SANCTIONS" for t in plain.triples)
    assert not any(t[1] == "SANCTIONS" for t in quoted.triples)
