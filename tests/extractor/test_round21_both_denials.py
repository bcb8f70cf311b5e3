"""Round 21: "Both deny ..." / "Both men have denied ..." / "The two companies rejected ...", with no actor named
before the verb, is the denial of each of the two just accused, answering their accuser; when the two accused each
other, each denies the other (both_denials)."""

import pytest


@pytest.mark.parametrize("follow", ["Both deny wrongdoing.", "Both men have denied the charges.",
                                    "Both, who were arrested in May, denied the accusation."])
def test_the_two_accused_deny_their_accuser(extract, follow) -> None:
    r = extract(f"Ecuador accused Marta Quispe and Tomas Ibarra of taking bribes from shippers. {follow}")
    assert ("Marta Quispe", "DENIES", "Ecuador") in r.triples
    assert ("Tomas Ibarra", "DENIES", "Ecuador") in r.triples


def test_two_accusers_are_each_answered(extract) -> None:
    r = extract("Canada and Norway accused Lumen Shipping and Delta Crest Trading of moving oil for the junta. "
                "The two companies rejected the accusations.")
    assert {("Lumen Shipping", "DENIES", "Canada"), ("Lumen Shipping", "DENIES", "Norway"),
            ("Delta Crest Trading", "DENIES", "Canada"), ("Delta Crest Trading", "DENIES", "Norway")} <= r.triples


def test_mutual_charges_each_denies_the_other(extract) -> None:
    r = extract("Uruguay and Paraguay accused each other of firing across the river. Both denied that their "
                "patrols had opened fire.")
    assert ("Uruguay", "DENIES", "Paraguay") in r.triples
    assert ("Paraguay", "DENIES", "Uruguay") in r.triples


@pytest.mark.parametrize("text", [
    "Ecuador accused Marta Quispe of taking bribes. Both deny wrongdoing.",  # one accused: not "both"
    "Ecuador accused Marta Quispe and Tomas Ibarra of taking bribes. Both attended the hearing.",  # no denial
    "Ecuador accused Marta Quispe and Tomas Ibarra of taking bribes. The court met twice. Officials spoke. "
    "Both deny wrongdoing.",  # the charge too far back
])
def test_no_denial(extract, text) -> None:
    assert not [t for t in extract(text).triples if t[1] == "DENIES"]
