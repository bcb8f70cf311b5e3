"""A demand told as an expectation in a spokesperson's words: "spokesman X said New Delhi expected Male to honour its
commitments", "Brenner said the IMF expected Colombo to conclude a deal" -> X (Brenner) DEMANDS Y. The expectation
exists only as the speaker voices it for the side he serves, as "X said Beijing was ready to ..." is X's offer; an act
told in his words ("X said India urged Male ...") stays the state's. The trigger ("expects Y to <an act Y owes>") is in
the trigger table; this only hands the demand to the speaker."""

from __future__ import annotations

from actorgraph.loaders.extractor.relations import RawRelation

_SIDE_TYPES = ("HOLDS_POSITION", "LEADS", "MEMBER_OF")


def speakers_expectations(raw: list[RawRelation]) -> None:
    """Give each "expects Y to ..." demand told in a person's reported words to that person, when the one said to
    expect it is the side the person serves."""
    sides: dict[str, set[str]] = {}
    for r in raw:
        if r.type in _SIDE_TYPES and r.source and r.target and r.source.startswith("Person:"):
            sides.setdefault(r.source, set()).add(r.target)
    for r in raw:
        if r.type != "DEMANDS" or not r.trigger_text[:6].lower() == "expect" or not r.source:
            continue
        speaker = r.props.get("attributed_to")
        if speaker and speaker.startswith("Person:") and r.source in sides.get(speaker, ()) and speaker != r.target:
            r.source = speaker
