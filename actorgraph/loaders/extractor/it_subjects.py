"""Whether a sentence-opening "it"/"they" is the subject of an act, so that coref seeks its antecedent."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.patterns import PARTICIPLE

# a subject "it"/"they" opening a sentence, whose antecedent coref seeks in the sentence before (mentions: "it-subject")
_IT_VERB = re.compile(r"(?!(?:is|was|has|seems|appears|remains|remained|needed|mattered|emerged|follows|followed|"
                      r"comes|came|happened|added)$)[a-z]+(?:ed|s)|said|says|told|made|sent|gave|took|sought|won|lost|"
                      r"began|struck|hit|threw|drew|put|set|cut|kept|held|left|led|bought|sold|paid|met|spoke|wrote|"
                      r"also|later|then")
_AUXILIARY = frozenset("has have had will would could did does do".split())
_AUX_SKIP = re.compile(r"not|never|also|already|earlier|later|now|since|[a-z]+ly")
_NOT_ACTING = frozenset("be been being a an the no to it its their this that".split())


def acting_verb_at(lower: list[str], k: int) -> bool:
    """ "It accused", "They later attacked", "They have attacked", "It will not sanction": a verb of acting, with
    its auxiliary (not "It has been", "They have no", "It will be"); or a passive one acted on ("It was sanctioned
    by", "They have been attacked": not "It was agreed that", "It is expected to")."""
    if _IT_VERB.fullmatch(lower[k]):
        return True
    if lower[k] not in _AUXILIARY and lower[k] not in _BE:
        return False
    k += 1
    while k < len(lower) and _AUX_SKIP.fullmatch(lower[k]):
        k += 1
    if k < len(lower) and lower[k] in ("be", "been") and lower[k - 1] in _AUXILIARY | _BE:
        return _passive_at(lower, k + 1)
    if lower[k - 1] in _BE:
        return _passive_at(lower, k)
    return k < len(lower) and lower[k].isalpha() and lower[k] not in _NOT_ACTING


_BE = frozenset("is was are were".split())
# "It was agreed that ...", "It is believed ...", "It was reported ...": "it" stands for no one
_IMPERSONAL = frozenset("agreed believed expected reported announced feared hoped understood estimated claimed alleged "
                        "confirmed decided noted learned learnt known said thought suggested argued assumed rumoured "
                        "rumored considered felt planned scheduled proposed".split())


def _passive_at(lower: list[str], k: int) -> bool:
    """ "(was / has been) sanctioned by", "(were) attacked": a participle, not one said of no one."""
    while k < len(lower) and _AUX_SKIP.fullmatch(lower[k]):
        k += 1
    return k < len(lower) and PARTICIPLE.match(lower[k]) is not None and lower[k] not in _IMPERSONAL \
        and (k + 1 == len(lower) or lower[k + 1] != "that")


# "On Monday, it ...", "Later, they ...": an adverbial opening the sentence before its subject
OPENING_ADVERBIAL = re.compile(r"(?:later|then|afterwards|meanwhile|earlier|subsequently|(?:on|by|late|early)\s+[a-z]+|"
                               r"[a-z]+\s+later)\s+,")
