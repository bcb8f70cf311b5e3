"""Arguments found through clause structure: the agent of a passive's by-phrase (also a titled one, and in a
reduced relative clause), the subject a verb coordinated by "and" shares with the verb before it, and whether a
mention sits inside a relative clause."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.arguments import POSSESSED_PERSON, coordinated, subject_of
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import CAPITALISED_TAIL, PASSIVE_BY
from actorgraph.loaders.extractor.text import Sentence

_AND_BEFORE_VERB = re.compile(r"\band\s+(?:[a-z]+ly\s+)?(?:also\s+|then\s+|later\s+)?$")


def vp_conjunct(text: str, base: int, prev_verb_at: int, subj: Mention, s: int) -> bool:
    """ "Police raided the offices of X and detained Y": a verb right after "and" has no subject of its own, so
    a mention standing between the previous verb and this "and" is that verb's object, not this verb's subject."""
    return 0 <= prev_verb_at < subj.start - base and bool(_AND_BEFORE_VERB.search(text, max(0, s - 30), s))


def by_agent(ms: list[Mention], right: list[int], text: str, base: int, e: int, sent: Sentence,
             titled: bool = True) -> int | None:
    """The first mention a passive's by-phrase names ("detained on Monday by X", "designated by the country's
    agency X"), also (``titled``) when the name comes with its title, which opens with capitals ("signed in Beijing
    by Foreign Minister X", "by Ethiopian Prime Minister X"; not for "led by": "the delegation was led by Defence
    Minister X" tells X's post, which the title already gives)."""
    for k in right:
        m = ms[k]
        if PASSIVE_BY.match(text[e : m.start - base]):
            return k
        if (titled or m.title is not None and m.title.rank) and m.title_i is not None:  # ("led by General X": a rank
            # is no post, so the by-phrase tells who leads)
            gap = text[e : sent.tokens[m.title_i].start - base]
            if PASSIVE_BY.match(gap) or PASSIVE_BY.match(CAPITALISED_TAIL.sub("", gap)):
                return k
    return None


_TITLED_AFTER = re.compile(r"['’]s?\s+(?:[a-z][\w\-]*\s+){1,3}")  # "by Colombia's president X": X


def by_agents(ms: list[Mention], k: int, text: str, base: int) -> list[Mention]:
    """The agents coordinated in a by-phrase; "A and B's leader, C", "by Colombia's president C": C, whom the
    possessive only describes."""
    agents = coordinated(ms, k, text, base, 1)
    last = ms.index(agents[-1])
    if agents[-1].possessive and last + 1 < len(ms) and ms[last + 1].kind == "Person" \
            and (len(agents) > 1 and POSSESSED_PERSON.fullmatch(text[agents[-1].end - base : ms[last + 1].start - base])
                 or _TITLED_AFTER.fullmatch(text[agents[-1].end - base : ms[last + 1].start - base])):
        agents[-1] = ms[last + 1]
    return agents


_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whom|whose)\b[^,]*$")


def in_relative_clause(sent: Sentence, m: Mention) -> bool:
    """ "The FLNKS, which the CCAT joined last year, called ...": the CCAT is inside a relative clause, so
    "Its president" in the next sentence is not the CCAT's."""
    return bool(_RELATIVE_OPEN.search(sent.text[: m.start - sent.start]))


# "X denied that Y had attacked anyone and accused Z": a speech or denial verb, its that-clause in a tense of its own
#   (an auxiliary), then a simple-past verb after "and": the verb is the matrix subject's again, not Y's
_THAT_VERB = re.compile(r"\b(?:[a-z]+ed|said|told|denied|insisted)(?:\s+(?:on|late on|earlier on)\s+\w+)?\s+that\s+")
_OWN_TENSE_CLAUSE = re.compile(r"[^,;\"“]*?\b(?:had|has|have|would|will|could|should|might|may|was|were|is|are|did not|"
                               r"does not|do not|never)\b[^,;\"“]*\band\s+(?:[a-z]+ly\s+)?")


_PAST_FORM = re.compile(r"[a-z]+ed|said|told|made|gave|took|sent|held")
# "X denied that Afghanistan harboured the group and accused Pakistan of ...": after a denial's that-clause a
#   speech act joined by "and" is the denier's retort even with no auxiliary in the clause (a denied clause is not
#   where the accused party's own accusation would be told)
_DENIED_THAT = re.compile(r"\b(?:denied|denies)\s+that\s+")
_PLAIN_CLAUSE = re.compile(r"[^,;\"“]*?\band\s+(?:[a-z]+ly\s+)?")
_RETORT = frozenset({"accused", "accuses", "blamed", "blames", "urged", "urges", "demanded", "demands", "warned",
                     "warns", "called", "calls", "criticised", "criticized", "condemned", "condemns"})


def that_clause_matrix(ms: list[Mention], left: list[int], text: str, base: int, s: int, trigger: str) -> Mention | None:
    """The subject of the verb whose that-clause the "and" at ``s`` closes, else None."""
    verb = trigger.split()[0]
    if verb in _RETORT and "den" in text[max(0, s - 200) : s] \
            and (that := next(reversed(list(_DENIED_THAT.finditer(text, max(0, s - 200), s))), None)) is not None \
            and _PLAIN_CLAUSE.fullmatch(text, that.end(), s):
        pass  # "X denied that Y harboured Z and accused W of ...": X accuses
    elif not _PAST_FORM.fullmatch(verb):
        return None
    else:
        that = next(reversed(list(_THAT_VERB.finditer(text, max(0, s - 200), s))), None)
        if that is None or not _OWN_TENSE_CLAUSE.fullmatch(text, that.end(), s):
            return None
    before = [k for k in left if ms[k].end - base <= that.start()]
    k = subject_of(ms, before, text, base, that.start()) if before else None
    return ms[k] if k is not None else None
