"""Names and titles are data shown to analysts: bidirectional controls that would make one name display as
another are dropped, everything else of the name is kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from actorgraph.graph import Actor, Document

RLO, PDF, RLI, PDI = "\u202e", "\u202c", "\u2067", "\u2069"
BIDI = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]


def test_bidi_overrides_leave_names_aliases_and_titles() -> None:
    spoof = Actor(name=f"Orvan {RLO}yrtsiniM ecnaniF{PDF}", kind="Organization",
                  aliases=[f"{RLI}OMF{PDI}", "Orvan Finance Ministry"])
    assert spoof.name == "Orvan yrtsiniM ecnaniF"  # what is displayed is what is stored
    assert spoof.aliases == ["OMF", "Orvan Finance Ministry"]
    assert spoof.id == Actor(name="Orvan yrtsiniM ecnaniF", kind="Organization").id
    assert Document(text="Body.", title=f"Talks {RLO}deliaf{PDF}").title == "Talks deliaf"


def test_right_to_left_names_and_joiners_are_kept() -> None:
    for name in ("محمد بن سلمان", "בנימין נתניהו", "Ali\u200cReza", "O\u2019Neill"):  # ZWNJ, curly apostrophe
        assert Actor(name=name, kind="Person").name == name


@given(st.text(alphabet=st.sampled_from([*BIDI, "a", "B", " ", "é", "\u200d", "-"]), min_size=1))
def test_no_bidi_control_survives_in_a_name(text: str) -> None:
    try:
        actor = Actor(name=f"X{text}", kind="Person", aliases=[text])
    except ValueError:
        return
    assert not any(c in BIDI for c in actor.name + "".join(actor.aliases))
