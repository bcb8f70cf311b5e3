"""Verbs whose subject no actor mention names: "urged voters to reject X" (the voters), "anyone who supports X",
a reported event ("X said the clashes killed Y"), a common-noun that-clause ("arguing that the sector funds X"),
"X said both groups worked with Y", and "Amnesty said the government had detained Y" with no state in the story.
Such a verb gives no relation rather than one with the speaker as its agent."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.text import Sentence, has_part, has_word

# "urged voters to reject", "asked residents to leave": the infinitive's agent is the unnamed one urged
_URGED_TO = re.compile(r"\b(?:urg\w*|ask\w*|call\w*\s+on|press\w*|told|tell\w*|persuad\w*|encourag\w*|invit\w*|"
                       r"appeal\w*\s+to|want\w*)\s+(?:[\w\-]+\s+){1,4}?to\s+(?:\w+ly\s+)?$", re.I)
# "anyone who provides support to X": a generic relative subject (not "companies that it accused of", "firms that Peru
#   sanctioned": the relative clause's own subject acts on them)
_GENERIC_WHO = re.compile(r"\b(?:anyone|anybody|whoever|those|others|everyone|people|companies|firms|individuals|"
                          r"entities|banks)\s+(?:who|that|which)\s+(?!(?:it|they|he|she|we)\s|(?-i:[A-Z]))(?:\w+\s+){0,2}$", re.I)
_RELATIVE_WORDS = ("who", "that", "which")  # one is in every _GENERIC_WHO match
# ... and one of its generic subjects is a whole word of the sentence (asked first: "that" is common, these are not)
_GENERIC_SUBJECTS = frozenset({"anyone", "anybody", "whoever", "those", "others", "everyone", "people", "companies",
                               "firms", "individuals", "entities", "banks"})


# "arguing that the sector funds X", "because this trade arms Y": a that- or because-clause whose subject is a
#   common noun
#   (round 23: "a charge that the rebels' commanders deny", "while the operator of the plant denied any damage": the
#   nouns may be possessed or followed by "of the X", an unnamed denier all the same)
_THAT_NOUN_SUBJECT = re.compile(r"\b(?:that|because|since|although|though|whereas|while)\s+(?:the|this|these|its|their)\s+"
                                r"(?:[a-z][a-z\-]*(?:['’]s?)?\s+){1,3}(?:of\s+(?:the\s+)?(?:[a-z][a-z\-]*\s+){1,2})?$")
# "X said the fighting (, which began on May 2,) killed 12 soldiers": a reported event is the verb's subject, not
#   the speaker (a monitor, a ministry) who tells its toll; fighting between sides or a blast, never one's own strikes
#   ("Peru says air strikes hit rebel camps": Peru's)
_EVENT_SUBJECT = re.compile(r"\b(?:said|says|reported|told\s+[\w\-]+|added|estimated|confirmed|announced)\s+(?:that\s+)?"
                            r"(?:(?:the|this|that|these|those|its|their|[\w\-]+['’]s)\s+)?(?:[\w\-]+\s+){0,3}?"
                            r"(?:fighting|clash(?:es)?|violence|unrest|battles?|hostilities|blasts?|explosions?|bombings?)\b"
                            r"(?P<aside>\s*,[^;]*,)?(?P<gap>(?:(?!\s(?:and|but|or)\s)[^,;]){0,60})$", re.I)

# "X said (at the time) that both groups worked with Y", "X said the two gangs had attacked Y": the reported verb's
#   subject is a group no actor names (not "its fighters", "the army": the speaker's own)
_SAID_GROUP = re.compile(
    r"\b(?:said|says|told\s+[\w\-]+|added|stated|alleged|claimed|noted|believes|believed)(?:\s+[a-z]+){0,4}?(?:\s+that)?"
    r"\s+(?:both|the\s+(?:two|three|four|five|rival)|the|these|those|all|several|many|some|other)\s+(?:[a-z][\w\-]*\s+){0,2}?"
    r"(?:groups|gangs|cartels|rebels|militants|militias|factions|companies|firms|networks|traffickers|smugglers|suspects|"
    r"men|individuals|organi[sz]ations|syndicates|clans)\s+(?:(?:had|have|has|were|also|allegedly|\w+ly)\s+){0,2}$")


# "Amnesty said the government had detained X" in a story that names no state: the unnamed government acts, not the
#   speaker (when the story names the state, "the government" is a mention of it and this never applies)
_SAID_STATE = re.compile(
    r"(?<!office )(?<!spokesman )(?<!spokeswoman )(?<!spokesperson )"  # ("X's office said": X's government, X's act)
    r"\b(?:said|says|told\s+[\w\-]+|added|stated|alleged|claimed|reported)(?:\s+[a-z]+){0,4}?(?:\s+that)?"
    r"\s+the\s+(?:government|authorities|administration|regime|junta|police|army|military|security\s+forces)"
    r"\s+(?:(?:had|have|has|was|were|would|will|also|allegedly|\w+ly)\s+){0,2}$")

# the words each pattern needs (lower-cased), looked up in the sentence's words (text.has_word) before it is searched:
#   every _EVENT_SUBJECT match opens with one of these verbs and holds one of the event nouns (in any case);
#   every _SAID_GROUP match holds one of the group nouns as a whole word, every _SAID_STATE match one of the state nouns;
#   every _URGED_TO match holds one of the asking words' beginnings; every _THAT_NOUN_SUBJECT match one of its openers
_EVENT_SUBJECT_VERBS = frozenset({"said", "says", "reported", "told", "added", "estimated", "confirmed", "announced"})
_EVENT_SUBJECT_NOUNS = ("fighting", "clash", "violence", "unrest", "battle", "hostilities", "blast", "explosion", "bombing")
# ... the same nouns as the whole words they are in a match (asked of the sentence first, before a window is cut)
_EVENT_NOUN_WORDS = frozenset({"fighting", "clash", "clashes", "violence", "unrest", "battle", "battles", "hostilities",
                               "blast", "blasts", "explosion", "explosions", "bombing", "bombings"})
_GROUP_NOUNS = frozenset({"groups", "gangs", "cartels", "rebels", "militants", "militias", "factions", "companies", "firms",
                          "networks", "traffickers", "smugglers", "suspects", "men", "individuals", "organisations",
                          "organizations", "syndicates", "clans"})
_STATE_NOUNS = frozenset({"government", "authorities", "administration", "regime", "junta", "police", "army", "military",
                          "security"})
_ASKING = ("urg", "ask", "call", "press", "told", "tell", "persuad", "encourag", "invit", "appeal", "want")
_CLAUSE_OPENERS = frozenset({"that", "because", "since", "although", "though", "whereas", "while"})


def unnamed_agent(sent: Sentence, s: int, mention_starts: list[int]) -> bool:
    """Whether the verb at ``s`` has a subject no actor mention names (urged voters to X; anyone who X; a reported
    event: "said the clashes killed X"; that the sector funds X; "the ministry said both groups worked with X")."""
    text = sent.text
    if has_word(sent, _GENERIC_SUBJECTS) and has_part(text[max(0, s - 50) : s], _RELATIVE_WORDS) \
            and _GENERIC_WHO.search(text, max(0, s - 50), s):
        return True
    if has_word(sent, _EVENT_SUBJECT_VERBS) and has_word(sent, _EVENT_NOUN_WORDS) \
            and has_part(text[max(0, s - 240) : s], _EVENT_SUBJECT_NOUNS) \
            and (event := _EVENT_SUBJECT.search(text, max(0, s - 240), s)) is not None:
        told = event.start("aside") if event.group("aside") else event.start("gap")  # (the aside may name anyone)
        if not any(event.start() < p < told or event.start("gap") <= p < s for p in mention_starts):
            return True
    said = _SAID_GROUP.search(text, max(0, s - 120), s) if has_word(sent, _GROUP_NOUNS) else None
    if said is None and has_word(sent, _STATE_NOUNS):
        said = _SAID_STATE.search(text, max(0, s - 120), s)
    if said is not None and not any(said.start() <= p < s for p in mention_starts):
        return True
    urged = _URGED_TO.search(text, max(0, s - 70), s) if has_part(text[max(0, s - 70) : s], _ASKING) else None
    if urged is None and has_word(sent, _CLAUSE_OPENERS):
        urged = _THAT_NOUN_SUBJECT.search(text, max(0, s - 50), s)
    return urged is not None and not any(urged.start() < p < s for p in mention_starts)
