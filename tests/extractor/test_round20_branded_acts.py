"""Round 20: calling or describing another's act as revenge, a vendetta, sabotage, extortion or theft condemns
whoever carried it out ("described the ban as political revenge" -> the speaker ACCUSES the one who banned); a
neutral characterisation does not."""


def test_described_as_revenge(extract) -> None:
    r = extract("Paraguay stripped Tomas Irala of his citizenship. He described the decision as political revenge.")
    assert ("Tomas Irala", "ACCUSES", "Paraguay") in r.triples


def test_called_a_vendetta_after_a_denial(extract) -> None:
    r = extract("Paraguay banned the Riverine Front. Tomas Irala denied that the Riverine Front had attacked anyone "
                "and described the ban as \"a vendetta against the opposition\".")
    assert ("Tomas Irala", "ACCUSES", "Paraguay") in r.triples


def test_described_as_lawful_is_no_charge(extract) -> None:
    r = extract("Paraguay stripped Tomas Irala of his citizenship. Uruguay described the decision as lawful.")
    assert ("Uruguay", "ACCUSES", "Paraguay") not in r.triples
