"""The words around "it" or "them" that make it a verb's object, a pronoun for an actor named before ("urged it to
...", "accusing them of ...", "had attacked it.", "held talks with it"): ``find_mentions`` marks it for coreference.
Split from mentions.py; ``partner_with`` serves "the country" in country_anaphors too."""

from __future__ import annotations

import re

_OBJECT_VERB = re.compile(r"(?:urg|ask|press|accus|bar|ban|warn|call|blam|prevent|forc|order|pressur|tell|"
                          r"invit|encourag|push|summon|charg|suspect|prohibit|stopp)(?:e|es|ed|ing|s)?|told|"
                          r"call(?:s|ed|ing)? (?:up)?on")
# "Peru said Chile had attacked it.", "... had sanctioned it on Monday": a hostile or supporting act's object
_ACTED_ON = re.compile(r"(?:attack|sanction|threaten|target|invad|shell|bomb|back|support|punish|isolat|betray)"
                       r"(?:e|es|ed|ing|s)?|struck|hit")
_AFTER_ACTED_ON = frozenset((".", ",", ";", "on", "in", "with", "at", "over", "for", "during", "last", "again"))
# "held talks with it", "signed a deal with the country": the other party of a dealing; "imposed sanctions on it",
# "launched strikes against the country": the target of a measure or an attack
_PARTNER_NOUNS = frozenset("talks deal agreement accord pact meeting negotiations met".split())
_MEASURE_NOUNS = frozenset("sanctions embargo restrictions strikes airstrikes attacks attack offensive".split())


def partner_with(lower: list[str], i: int) -> bool:
    """Whether the word at ``i`` follows "<talks | deal | met ...> with" or "<sanctions | strikes ...> on | against":
    the other party of a dealing, or the target of a measure."""
    return i > 1 and (lower[i - 1] == "with" and lower[i - 2] in _PARTNER_NOUNS
                      or lower[i - 1] in ("on", "against") and lower[i - 2] in _MEASURE_NOUNS)


def object_pronoun_context(lower: list[str], i: int) -> bool:
    """Whether the pronoun at ``i`` (past the sentence's second word) stands as the object of an asking or charging
    verb with its preposition after ("urged it to", "accusing them of"), of a hostile or supporting act, or of a
    dealing or a measure ("talks with it", "sanctions on it") at the clause's end."""
    n = len(lower)
    return bool((_OBJECT_VERB.fullmatch(lower[i - 1]) or _OBJECT_VERB.fullmatch(" ".join(lower[i - 2 : i])))
                and i + 1 < n and lower[i + 1] in ("to", "of", "from", "for", "with", "over")
                or (_ACTED_ON.fullmatch(lower[i - 1]) or partner_with(lower, i)) and (i + 1 == n or lower[i + 1] in _AFTER_ACTED_ON))
