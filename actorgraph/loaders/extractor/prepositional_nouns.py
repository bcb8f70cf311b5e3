"""A verb trigger right after a preposition is a noun: "soldiers killed in attacks in northern Benin", "after
raids on the camp", "were wounded during strikes near the port", "killed in recent jihadist attacks", "despite sanctions imposed by X on Y". Read as a
verb, it took the sentence's subject as its agent ("He paid tribute to soldiers killed in attacks in X" made him
attack X, round 23; read for force, coercion and sanctions, whose nouns carry no partner of their own, not for "took
part in joint drills with X"). A gerund stays a verb ("violated the truce by attacking X": the subject attacks), as does an
infinitive ("to attack"); a plural form may have one or two plain modifiers between ("in recent militant attacks"),
never a determiner, pronoun or relative word, which would open a clause of its own ("after the army attacks X")."""

from __future__ import annotations

import re

_PREP = r"(?:in|after|during|from|following|despite|without|amid|against|by|with)"
_NOT_MODIFIER = (r"(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|which|who|whom|whose|where|when|it|he|"
                 r"she|they|we|i|you|there|then|also|not|no)\b)")
_RIGHT_AFTER = re.compile(r"(?:^|\s)" + _PREP + r"\s+$", re.I)
_MODIFIED = re.compile(r"(?:^|\s)" + _PREP + r"\s+(?:" + _NOT_MODIFIER + r"[a-z][a-z\-]*\s+){1,2}$")


# a measure's noun takes the light verb's subject as its agent ("hit X with tariffs", "retaliated against sanctions"):
#   only the prepositions of a setting it is not done in make it a noun of no one here
_SETTING = re.compile(r"(?:^|\s)(?:despite|amid|under)\s+$", re.I)


def prepositional_noun(before: str, trigger: str, measure: bool = False) -> bool:
    """Whether the verb trigger ``trigger`` (lower case), after the text ``before`` it, is a noun (``measure``: a
    sanction's, "despite sanctions imposed by X on Y")."""
    head = trigger.split()[0] if trigger else ""
    if head.endswith("ing") or not head:
        return False
    if measure:
        return _SETTING.search(before) is not None
    if _RIGHT_AFTER.search(before):
        return True
    return head.endswith("s") and not head.endswith("ss") and _MODIFIED.search(before) is not None
