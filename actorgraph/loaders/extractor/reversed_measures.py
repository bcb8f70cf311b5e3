"""A demand that a measure be undone: "demanded that the sanctions be lifted", "demanded that they be lifted" (the
measures just named), "urged the lifting of the restrictions", "to demand that the decision be reversed" -> a demand on
whoever took the measure, settled in discourse as "condemned the sanctions" is (the latest such act of another side):
sanctions and their kin by the sanctioning side, a decision, ruling or law by whoever last acted."""

from __future__ import annotations

import re

_SANCTION_NOUNS = r"(?:sanctions|measures|penalties|restrictions|tariffs|duties|embargo(?:es)?|travel\s+bans?|asset\s+freezes?)"
_ACT_NOUNS = r"(?:decision|move|step|ruling|order|decree|law|ban|licen[cs]e\s+(?:suspension|revocation)|suspension|closure)"
_UNDONE = r"(?:lifted|withdrawn|revoked|reversed|rescinded|scrapped|repealed|removed|dropped|cancell?ed|annulled|overturned)"
_UNDOING = r"(?:lifting|removal|revocation|withdrawal|reversal|repeal|cancell?ation|annulment|rescinding)"
_THE = r"(?:the|these|those|its|their|all|this|that)\s+(?:[\w\-]+\s+){0,2}?"
# "(that) the sanctions (should) be lifted", "the lifting of the sanctions", "that they be lifted"
_REVERSAL = re.compile(r"\s+(?:that\s+)?(?:" + _THE + r"(?P<noun>" + _SANCTION_NOUNS + r"|" + _ACT_NOUNS + r")"
                       r"\s+(?:should\s+|must\s+)?be\s+(?:immediately\s+|quickly\s+)?" + _UNDONE + r"|"
                       r"(?:the\s+)?(?:immediate\s+|swift\s+)?" + _UNDOING + r"\s+of\s+" + _THE + r"(?P<noun2>"
                       + _SANCTION_NOUNS + r"|" + _ACT_NOUNS + r")|"
                       r"that\s+(?P<they>they)\s+(?:should\s+|must\s+)?be\s+(?:immediately\s+)?(?:lifted|eased|rescinded))\b",
                       re.I)
_SANCTIONS = re.compile(_SANCTION_NOUNS, re.I)


def reversal_demanded(text: str, e: int) -> str | None:
    """The kind of act (an EVENT_NOUNS key) whose undoing the demand ending at ``e`` asks for, or None."""
    hit = _REVERSAL.match(text, e)
    if hit is None:
        return None
    noun = hit.group("noun") or hit.group("noun2")
    return "SANCTIONS" if hit.group("they") or _SANCTIONS.fullmatch(noun or "") else "ANY"
