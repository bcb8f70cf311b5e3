""" "Prosecutors have charged him with ...", "called on her to resign", "charges ... against him": an object
"him" or "her" is the person named last before it who is not the sentence's own subject, else the person
named last in the two sentences before who is not just quoted there ("His wife said he had retired" quotes
the wife; "him" in the next sentence is still the husband)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention, covered_tokens, insert_mentions, span_mention
from actorgraph.loaders.extractor.patterns import SPEECH_TAGS
from actorgraph.loaders.extractor.text import Sentence, has_word

# what may follow an object "her" (not a possessive "her lawyer")
_AFTER_OBJECT_HER = frozenset("with to of for on in at from over after before as and , . ; : free guilty "
                              "immediately".split())
_ANY = re.compile(r"\b(?:him|her|his)\b", re.I)
_PRONOUNS = frozenset({"him", "her", "his"})
_RELEASE_ADVERBS = frozenset("immediate unconditional swift prompt safe speedy".split())
# the antecedent in a prepositional phrase ("clashed with auditor X"), not the object the verb already has
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|of|to|against|by|for|from|on|at|in|over|about)\s+"
                                 r"(?:(?![a-z]+ed\s)[\w.\-]+\s+){0,3}$")
_NEW_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+(?:[\w'’\-]+\s+){1,3}?(?:have\s+|has\s+|had\s+)?[a-z]+ed\s+$")
# no clause opens between a subject and its verb's object ("He was freed, although a ban was imposed on him": he)
_ONE_CLAUSE = re.compile(r"(?:(?!\b(?:that|although|though|because|when|after|before|while|if|who|which|whom|as|and|"
                         r"but)\b)[^,;:()\"“])*")
# a short opening phrase and a comma before the first person named: the post the person is apposed to ("Peru's
# attorney general, X, charged him"), or an adverbial ("On Monday, Attorney General X ..."): X still opens the clause
_APPOSED_OPENING = re.compile(r"[^,;:()\"“]{1,60},\s+(?:[A-Z][\w\-.]*\s+){0,4}")
_SPEAKER_AFTER = re.compile(r"^(?:,[^,]{1,80},)?\s+(?:" + SPEECH_TAGS + r"|argued|insisted)\b")


def add_object_people(sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    for sent, ms in zip(sentences, mentions, strict=True):
        if sent.headline or not has_word(sent, _PRONOUNS) or not _ANY.search(sent.text):
            continue
        toks = sent.tokens
        taken = covered_tokens(ms)
        added = []
        for k, tok in enumerate(toks):
            low = tok.lower
            if k == 0 or k in taken:
                continue
            if low in ("his", "her") and k + 2 < len(toks) and toks[k + 1].lower in _RELEASE_ADVERBS \
                    and toks[k + 2].lower in ("release", "freedom", "return"):
                added.append(span_mention(sent, k, k + 1, tok.text, None, "possessor"))  # "demanded her immediate release"
                continue
            if low not in ("him", "her"):
                continue
            nxt = toks[k + 1].lower if k + 1 < len(toks) else "."
            if low == "her" and nxt not in _AFTER_OBJECT_HER:
                continue
            added.append(span_mention(sent, k, k + 1, "", None, "obj-person"))
        insert_mentions(ms, added)


def object_person(sent: Sentence, m: Mention, here: list[Mention],
                  history: list[tuple[Sentence, list[Mention]]]) -> None:
    people = [x for x in here if x.end <= m.start and x.entity and x.kind == "Person"]
    subject = None
    # (a possessor opening the sentence is not its subject: "X's family said they could not see her": X)
    if people and (people[0].i <= 4 or _APPOSED_OPENING.fullmatch(sent.text, 0, people[0].start - sent.start)) \
            and not people[0].possessive and not _acted_on(sent, first := people[0], here):
        people = [x for x in people if x.entity != first.entity]  # the subject does it to someone else
        if _ONE_CLAUSE.fullmatch(sent.text, first.end - sent.start, m.start - sent.start):
            subject = first.entity  # ... nor is it in the sentences before ("Y ordered him": not Y)
    if people:
        last = people[-1]
        if _PREPOSITION_BEFORE.search(sent.text[max(0, last.start - sent.start - 40) : last.start - sent.start]):  # "clashed with Marquez ... called on her to resign"
            m.entity = last.entity
        elif _NEW_CLAUSE.search(sent.text[last.end - sent.start : m.start - sent.start]):
            m.entity = last.entity  # "stripped X of his citizenship, and state media accused him": another verb's object
        return  # "stripped X of his citizenship and expelled him": X is already the object here
    for past, ms in list(reversed(history))[:2]:
        if past.headline:
            continue
        quoted = [x for x in ms if x.kind == "Person" and x.entity and x.entity != subject
                  and not _SPEAKER_AFTER.match(past.text[x.end - past.start :])]  # ("X appeared before Judge Y.
        # The judge ordered him to ...": X)
        if quoted:
            m.entity = quoted[-1].entity
            return



# a finite verb between an actor opening the sentence and the first person named: that person is its object
_VERB_BETWEEN = re.compile(r"\b(?:[a-z]+ed|has|have|had|will|would)\b")


def _acted_on(sent: Sentence, person: Mention, here: list[Mention]) -> bool:
    """ "Bahrain stripped X of his citizenship, and state media accused him ...": the state opens the
    sentence and X is what it acted on, not the subject; "Bahraini Foreign Minister X" is the subject."""
    opener = next((x for x in here if x.entity), None)
    if opener is None or opener is person or opener.possessive:
        return False
    gap = sent.text[opener.end - sent.start : person.start - sent.start]
    return bool(_VERB_BETWEEN.search(gap))
