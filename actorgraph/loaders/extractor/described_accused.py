""" "The United States imposed sanctions on X, accusing the conglomerate of ...": the object of a charging
participle named by a description ("the company", "the businessman", "the two men") is the party the main verb
took, as "him" or "them" would be (events_chain.inherited_targets)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention

_PARTICIPLE_BEFORE = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:accusing|charging|blaming)$")
_NUMBER = r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
_HUMAN = r"(?:man|woman|businessman|businesswoman|tycoon|official|officer|commander|executive|politician|cleric|" \
         r"activist|journalist|diplomat|lawmaker|minister|mayor|chairman|owner|captain)"
_BODY = r"(?:company|conglomerate|group|firm|bank|lender|network|militia|organi[sz]ation|movement|party|vessel|" \
        r"tanker|ship|entity|outlet|charity|exchange|cartel|gang|syndicate|operator|broker|carrier|airline|" \
        r"shipping line|trader|holding|consortium|regime|faction)"
_PLURAL = r"(?:companies|firms|groups|banks|lenders|networks|militias|organi[sz]ations|vessels|tankers|ships|" \
          r"entities|men|women|businessmen|officials|officers|commanders|executives|individuals|people|" \
          r"politicians|activists|carriers|airlines|cartels|gangs|traders|brokers|operators)"
_DESCRIBED = re.compile(rf"\s+the\s+(?:(?P<human>{_HUMAN})|(?P<body>{_BODY})|{_NUMBER}(?P<plural>{_PLURAL}))\s+of\b")


def described_accused(text: str, s: int, e: int, rel_type: str, agents: list[Mention], prev_subject: list[Mention],
                      prev_targets: list[Mention]) -> list[Mention] | None:
    """The parties ", accusing the company of ..." charges (the verb at ``s``..``e``), else None."""
    if rel_type != "ACCUSES" or not prev_targets or not agents or {id(a) for a in agents} != {id(a) for a in prev_subject} \
            or not text.startswith(" the ", e) or not _PARTICIPLE_BEFORE.search(text, max(0, s - 20), e):
        return None
    described = _DESCRIBED.match(text, e)
    if described is None:
        return None
    if described.group("plural"):
        return prev_targets
    people = [m for m in prev_targets if m.kind == "Person"]
    return (people if described.group("human") else [m for m in prev_targets if m.kind != "Person"])[:1] or None
