"""The objects of a relation trigger within one sentence: the actors right of it, through the prepositions the
trigger takes, past titles, appositions and the outlets or bodies that only qualify a person named after them."""

from __future__ import annotations

import copy
import dataclasses
import re
from functools import cache

from actorgraph.loaders.extractor.argument_gaps import SPACE_THE
from actorgraph.loaders.extractor.arguments import POSSESSED_PERSON, coordinated, opens_apposition, prev_word
from actorgraph.loaders.extractor.demanded_pronouns import demanded_that_before
from actorgraph.loaders.extractor.hosted_visits import welcomed_visitors
from actorgraph.loaders.extractor.labelling_clauses import labeller
from actorgraph.loaders.extractor.leader_governments import OWN_VIA as _LEADERS_GOVERNMENT
from actorgraph.loaders.extractor.lexicon import Trigger, lexicon
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.object_places import place_by_object
from actorgraph.loaders.extractor.owned_property import OWNED_GAP
from actorgraph.loaders.extractor.patterns import (
    ADJACENT_TARGET,
    BAD_OBJ_PREPS,
    CAPITALISED_TAIL,
    CLAUSE_BREAK,
    FILLED_OBJECT,
    GOVERNMENT_OF,
    GOVERNMENT_OF_PERSON,
    GOVERNMENT_PREFIX,
    NOUN_INFINITIVE,
    OBJECT_BEFORE_OF,
    OUTLET_PERSON_GAP,
    POSSESSED_APPOSITION,
    PREPS,
    SPEECH_TAGS,
    TARGET_PREP,
)
from actorgraph.loaders.extractor.role_words import named_after_role
from actorgraph.loaders.extractor.run_context import plural_demonym
from actorgraph.loaders.extractor.run_words import A_PERSONS_PEOPLE, SITE_NOUNS
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import is_abbreviation
from actorgraph.loaders.extractor.trigger_scope import objects_stop, trigger_form

# objects_stop and trigger_form moved to trigger_scope.py; relations.py still imports them from here
__all__ = ["objects_of", "objects_stop", "stop_between", "trigger_form"]

_AS_CLAUSE = re.compile(r"(?<!\bsuch)(?<!\bwell)(?<!\bknown)(?<!\bsame)(?<!\bso)(?<!ed)\s+as\s+(?:the\s+)?$")
_SUBORDINATE_OPEN = re.compile(r",\s+(?:when|where|while|whereas|after|before|because|although|though|since|until)"
                               r"\s+(?:the\s+)?$")
_ASKED_QUESTION = re.compile(r"\b(?:whether|how|what|why|which|if(?!\s+(?:necessary|possible|needed|required|so|any)\b))\b")
# "asked Uganda whether ...", "asked its Kenyan counterpart, X, how ...": the one asked, then the question put
_ASKED_WHETHER = re.compile(r"(?:['’]s?)?(?:\s+(?!to\b|for\b)[a-z][\w\-]*){0,2}(?:,\s+[^,;]{1,60},)?\s+(?:whether|how|what|why|"
                            r"when|which|if(?!\s+(?:necessary|possible|needed|required|so|any)\b))\b")
_VERB_NEXT = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:[a-z]+s|[a-z]+ed|cry|say|warn|look|press|push|vow|weigh)\b")
# "the aid group X", "the French aid group X": descriptors before a name right after the verb
_DESCRIBED = re.compile(r"\s+(?:the|an?)\s+(?:[A-Z][a-z]+(?:an|ese|ish|ch|i|ic)\s+)?(?:[a-z][\w\-]*\s+){1,3}")
_DESCRIBED_NAME = re.compile(r"\s+(?:[a-z][\w\-]*\s+){1,3}(?:,\s+)?")
# a person's own people, named by the person: "supporters of X", "X's aides" are not X (the people of
#   run_words.A_PERSONS_PEOPLE, and kin and guards)
_HIS_PEOPLE = "(?:" + "|".join(sorted(A_PERSONS_PEOPLE | {"family", "allies", "bodyguards", "sons", "daughters"})) + ")"
_HIS_PEOPLE_OF = re.compile(r"\b" + _HIS_PEOPLE + r"\s+of\s+(?:(?:the\s+)?[a-z][\w\-]*\s+){0,3}$")
_HIS_PEOPLE_AFTER = re.compile(r"['’]s?\s+(?:[a-z][\w\-]*\s+)?" + _HIS_PEOPLE + r"\b")
# ", with X mediating": an absolute clause beside the act, not its partner
_ABSOLUTE_WITH = re.compile(r",\s+with\s+(?:[\w\-’'.]+\s+){0,4}$")
_GERUND_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:acting|[a-z]+ing)\b(?<!\bduring)(?<!\bincluding)")
# "with X as mediator", "with X mediating" (no comma): the third party's role beside the act, not a party to it
_AS_THIRD_PARTY = re.compile(r"\s+(?:(?:acting\s+|serving\s+)?as\s+(?:the\s+|an?\s+)?(?:[a-z][\w\-]*\s+)?(?:mediators?|hosts?|facilitators?|brokers?|"
                             r"guarantors?|observers?|go-betweens?|chairs?|sponsors?|intermediar(?:y|ies))|(?:mediating|"
                             r"hosting|facilitating|brokering|presiding|observing|chairing))\b")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w\-’'.]+\s+){0,4}$")
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
# "NATO Secretary General X": capitalised title words between an organisation and the person it qualifies
_CAPITALISED_TITLE = re.compile(r"(?:['’]s)?\s+(?!(?:And|Or)\b)(?:[A-Z][a-z][\w\-]*\s+){1,3}")
# "RSF commander X", "the LNA's commander, Marshal X": lower-case words between an organisation and its person
_ORG_BEFORE_TITLE = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*(?:,\s+(?:[A-Z][\w.]*\s+){0,2})?\s*")
_POSSESSIVE_S = re.compile(r"['’]s?\s+")
# a body's members counted or described in the plural, then named in apposition: "two NABU detectives, ", "the
#   ministry's senior officials, " (lower-case words only, the last a plural noun)
_MEMBERS_APPOSED = re.compile(r"(?:['’]s)?\s+(?:(?!and\s|or\s)[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*[a-rt-z]s,\s+")
_AND_OPEN = re.compile(r"\s*and\b")
_COMMA_AND = re.compile(r",\s+and\b")
_OF = re.compile(r"\bof\b")


@cache
def _preposition_before(preps: tuple[str, ...]) -> re.Pattern[str]:
    """One of the trigger's own prepositions a few words before an object ("clashed with the army of X")."""
    return re.compile(r"\b(?:" + "|".join(preps) + r")\s+(?:[\w\-’'.]+\s+){0,4}(?:[\w\-’']+,\s+)?$")

# a people before an infinitive: "urged Americans to leave X" (the plural demonym is no actor, see plural_demonym)
_PEOPLE_TO = re.compile(r"\b([A-Z][a-z]+s)\s+to\s+[a-z][a-z\-]+\s")
_STOP_GAP = re.compile(r"[.:]\s")
# the place of something the subject owns, after the preposition the trigger takes: "on its embassy in ",
# "against their bases near " (but "strikes on depots inside X": the strikes were on X)
_OWN_SITE = re.compile(r"\b(?:its|their)\s+(?:[a-z][\w\-]*\s+){1,3}(?:in|near|at|inside|outside)\s+(?:the\s+)?$")
# a site struck, then the country it lies in: "struck an oil refinery in X", "hit two fuel depots inside X" (not the
#   subject's own: _OWN_SITE)
_STRUCK_SITE_IN = re.compile(r"\s+(?!(?:its|their|his|her|our)\b)(?:(?:an?|the|two|three|several|\d+)\s+)?"
                             r"(?:[a-z][\w\-]*\s+){0,2}?(?:" + "|".join(sorted(SITE_NOUNS)) + r")\s+(?:in|inside)\s+(?:the\s+)?")
# the act a revenge answers, right after the trigger: "vowed revenge for the strike on X", "threatened to respond to
# Israel's attack on X" (X was struck; the revenge is on whoever struck)
_AVENGED = re.compile(r"\s+(?:for|to)\s+(?:[\w\-’'.]+\s+){1,4}?(?:on|against|at)\s+")


# a post held for a state, then the holder's name in apposition: "Chile's ambassador, ", "the Chilean charge
#   d'affaires, " (lower-case words only: a name of its own between is another party)
# "ordered the Chilean ambassador, X, to leave": a person described, then named in apposition
_DESCRIBED_APPOSED = re.compile(r"\s+the\s+(?:[A-Z][a-z]+(?:an|ese|ish|ch|i|ic)\s+)?(?:[a-z][\w\-’']*\s+){0,2}"
                                r"[a-z][\w\-’']*,\s+")
_ENVOY_APPOSED = re.compile(r"(?:['’]s?)?\s+(?:[a-z][\w\-’']*\s+){0,3}[a-z][\w\-’']*,\s+")


def _people_infinitive(gap: str) -> bool:
    return any(plural_demonym(lexicon(), p.group(1)) for p in _PEOPLE_TO.finditer(gap))


def _untitled(gap: str, m: Mention) -> str:
    """The gap before a titled person without the title, whose "of" is no preposition ("accused Secretary of
    State X of lying": X is the one accused)."""
    bare = gap.rstrip()
    if m.title is not None and bare.lower().endswith(m.title.text.lower()):
        return bare[: len(bare) - len(m.title.text)]
    return gap


def stop_between(text: str, start: int, end: int) -> bool:
    """A colon, or a full stop that ends no abbreviation, between ``start`` and ``end``: the object is in
    another clause. "met U.S. President X", "sanctioned Lt. Gen. X" have no stop."""
    return any(text[m.start()] == ":" or not is_abbreviation(text, m.start())
               for m in _STOP_GAP.finditer(text, start, end))
# (matched at the end of a mention: pattern.match(text, pos) anchors there without slicing the text)
_SAID_AFTER = re.compile(r"\)?(?:\s+\([^()]{1,20}\))?,?\s+(?:" + SPEECH_TAGS + r"|warned|warns|reported|announced|claimed)\b")
_BODY_SAID_AFTER = re.compile(r"['’]s?\s+(?:[a-z][\w\-]*\s+){1,4}(?:" + SPEECH_TAGS + r"|reported|announced|claimed)\b")
_THAT = re.compile(r"\bthat\b")
_NAME_ENDS = re.compile(r"\s*(?:[,.;:()\"”]|$)|\s+(?:and|or|in|on|of|for|to|with|from|at|by|over|as|which|who|that|after|"
                        r"before|since|during|amid)\b")


def objects_of(ms: list[Mention], right: list[int], text: str, base: int, e: int, trig: Trigger,
             trig_text: str = "", noun: bool = False) -> list[Mention]:
    if trig.obj == "none" or not right:
        return []
    if trig.obj == "visitor":  # "received X in Santiago": the actor right after the verb, when a visitor
        found = objects_of(ms, right, text, base, e, dataclasses.replace(trig, obj="adjacent"))
        return found if welcomed_visitors(ms, found, text, base, e) else []
    if trig.obj == "adjacent":  # the actor right after the verb: "suspended Niger", not "suspended aid to Niger"
        k, gap = right[0], text[e : ms[right[0]].start - base]
        expelled = trig.type == "COERCES"  # (an envoy expelled is the person; a host meets the envoy's state)
        described = (_DESCRIBED.fullmatch(gap) or expelled and _DESCRIBED_APPOSED.fullmatch(gap)
                     and ms[k].kind == "Person" and not _SAID_AFTER.match(text, ms[k].end - base)) \
            and not set(gap.split()) & PREPS and ms[k].kind in ("Person", "Organization")
        # "branded President X", "hosted Peruvian President X", "received the Peruvian Foreign Minister X"
        titled = ms[k].title is not None and (bare := _untitled(gap, ms[k])) != gap \
            and SPACE_THE.fullmatch(CAPITALISED_TAIL.sub("", bare)) is not None
        if not (SPACE_THE.fullmatch(gap) or described or titled):
            return []
        if ms[k].kind == "Country" and k + 1 < len(ms) and ms[k + 1].kind in ("Person", "Organization") \
                and _DESCRIBED_NAME.fullmatch(text[ms[k].end - base : ms[k + 1].start - base]) \
                and not set(text[ms[k].end - base : ms[k + 1].start - base].split()) & PREPS:
            k += 1  # "ordered the French aid group X to leave": the demonym only describes X
        elif expelled and ms[k].kind == "Country" and k + 1 < len(ms) and ms[k + 1].kind == "Person" \
                and _ENVOY_APPOSED.fullmatch(text[ms[k].end - base : ms[k + 1].start - base]):
            k += 1  # "ordered Chile's ambassador, X, to leave": the person, not the state that sent him
        return coordinated(ms, k, text, base, 1)
    if trig.obj == "between":
        first = right[0]
        if "," in text[e : ms[first].start - base]:
            return []  # "the war between the army, led by X, and Y": the first side is no name, not X in its aside
        group = coordinated(ms, first, text, base, 1)
        if len(group) == 1 and group[0].also:  # "a meeting between officials from both sides"
            one, other = copy.copy(group[0]), copy.copy(group[0])
            one.also, other.entity, other.also = [], group[0].also[0], []
            return [one, other]
        return group if len(group) >= 2 else []
    skipped: set[int] = set()
    apposed = bool(trig_text) and opens_apposition(text, e - len(trig_text), e)  # "X, an ally of Y, said"
    for k in right:
        m = ms[k]
        if k in skipped:
            continue
        gap = text[e : m.start - base]
        if len(gap) > 90 or ";" in gap or stop_between(text, e, m.start - base):
            return []
        if _NEW_CLAUSE.search(gap) and not _AND_OPEN.match(gap):
            return []  # "welcomed the decision and on Wednesday sent 3,000 soldiers": another verb's object
            # (but "rammed and boarded a navy boat": two verbs, one object)
        if trig.type == "DEMANDS" and _ASKED_QUESTION.search(gap):
            return []  # "asked member states whether Peru's curbs ...": what is asked about, not who is asked
        if (_AS_CLAUSE.search(gap) or _SUBORDINATE_OPEN.search(gap)) and _VERB_NEXT.match(text, m.end - base):
            return []  # "police detain an MP as Washington widens its list", "sanctions since 2019, when Chile first
            #   targeted ...": the conjunction opens a clause with its own subject
        if m.possessive and k + 1 < len(ms) and ms[k + 1].kind == "Person" \
                and (POSSESSED_PERSON.fullmatch(between := text[m.end - base : ms[k + 1].start - base])
                     or _POSSESSIVE_S.fullmatch(between)):
            continue  # "arrested X's brother-in-law, Y", "sanctioned X's wife, Y", "met Britain's Y": the person
        if m.possessive and m.surface[:1].isupper() and k + 1 < len(ms) and ms[k + 1].kind == "Organization" \
                and _POSSESSIVE_S.fullmatch(text[m.end - base : ms[k + 1].start - base]) \
                and _NAME_ENDS.match(text, ms[k + 1].end - base):
            continue  # "funded Bolivia's Andean Guard Corps": the body named, not the state it belongs to (but
            # "Afghanistan's Taliban government", "Ukraine's EU path": a noun the body only qualifies)
        if m.possessive and k + 1 < len(ms) and ms[k + 1].via == _LEADERS_GOVERNMENT:
            continue  # "a deal with Okafor's government": the state, the government the person leads
        if m.surface.lower() in _SUBJECT_PRONOUNS and not (m.via == "pronoun" and demanded_that_before(text, m.start - base)):
            continue  # "in contact with 'foreign backers' he declined to name": a subject, never an object (but
            # "demanded that he apologise": of him)
        if labeller(gap, text, m.end - base):
            continue  # "struck what the army called hideouts of X": who labels the object, not the object
        if _SAID_AFTER.match(text, m.end - base) and not apposed:
            continue  # the speaker of the sentence, not a participant (but "X, an ally of Y, said": the apposition's)
        if m.possessive and text[: m.start - base].endswith(", ") and _BODY_SAID_AFTER.match(text, m.end - base):
            continue  # "..., South Korea's military said": the body speaking, not a participant
        if m.kind == "Organization" and k + 1 < len(ms) and ms[k + 1].kind == "Person" \
                and OUTLET_PERSON_GAP.fullmatch(text[m.end - base : ms[k + 1].start - base]):
            continue  # "detained Reuters journalist X": the outlet only qualifies the person
        if m.kind == "Organization" and k + 1 < len(ms) and ms[k + 1].kind == "Person" \
                and _MEMBERS_APPOSED.fullmatch(text, m.end - base, ms[k + 1].start - base):
            continue  # "detained two NABU detectives, A and B": the people named, the body only says whose they are
        if k + 1 < len(ms) and ms[k + 1].kind == "Person" and ms[k + 1].title_i is not None \
                and (_ORG_BEFORE_TITLE.fullmatch(text[m.end - base : ms[k + 1].start - base])
                     or _CAPITALISED_TITLE.fullmatch(text[m.end - base : ms[k + 1].start - base])):
            continue  # "RSF commander X", "the LNA's commander, Marshal X": the organisation only qualifies the person
        if not noun and trig.obj == "direct" and FILLED_OBJECT.match(gap):
            return []  # "raided its newsroom, in a ruling the OSCE's envoy called ...": the object was the newsroom
        if not noun and not isinstance(trig.obj, tuple) and (NOUN_INFINITIVE.search(gap) or _people_infinitive(gap)):
            return []  # "urging lawmakers to abandon X", "urged Americans to leave X": X belongs to the infinitive
        if isinstance(trig.obj, tuple):
            if not _preposition_before(trig.obj).search(_low_tail(text, e) + gap.lower()):
                continue
            if place_by_object(gap, trig.obj):  # "clashed with gunmen near X / crossing from X"
                skipped.update(ms.index(x) for x in coordinated(ms, k, text, base, 1))
                continue
            if _ABSOLUTE_WITH.search(gap) and _GERUND_AFTER.match(text, m.end - base):
                continue  # "held talks in Oman, with Omani Foreign Minister X shuttling between them": a bystander
            if _WITH_BEFORE.search(gap) and _AS_THIRD_PARTY.match(text, m.end - base):
                continue  # "held talks in Brasilia with Brazil as mediator": the mediator, not the partner
            if _OWN_SITE.search(gap) or trig.type == "THREATENS" and _AVENGED.match(gap):
                skipped.update(ms.index(x) for x in coordinated(ms, k, text, base, 1))  # "vowed revenge for the strike
                continue  # on its embassy in X": where the subject's own property lies; "... on X": the one struck
        elif m.kind == "Person" and (_HIS_PEOPLE_OF.search(gap) or m.possessive and _HIS_PEOPLE_AFTER.match(
                text, m.end - base)):  # "arrested supporters of X", "detained X's aides": the people around X
            skipped.update(ms.index(x) for x in coordinated(ms, k, text, base, 1))
            continue
        elif not noun and m.kind == "Country" and trig.type == "ATTACKS" and _STRUCK_SITE_IN.fullmatch(gap) \
                and not trig_text.lower().startswith("raid"):
            pass  # "drones struck an oil refinery in X": the site is X's (police raid plants abroad too)
        elif prev_word(gap, len(gap)) in BAD_OBJ_PREPS or (trig.type == "COERCES" and prev_word(gap, len(gap)) == "to"
                                                          and not OWNED_GAP.match(gap)):  # (not "a ship belonging to")
            # "expelled him to Rome": a destination, not the one expelled
            skipped.update(ms.index(x) for x in coordinated(ms, k, text, base, 1))  # "after France, Germany"
            continue
        elif trig.type in OBJECT_BEFORE_OF and _OF.search(GOVERNMENT_OF.sub(" ", _untitled(gap, m))) \
                and named_after_role(ms, k, text, base) is None:
            return []  # "accused X of serving Y": the accused comes before "of"
        low_gap = gap.lower()
        if "according to" in low_gap:
            return []  # "is investigating both factions, according to its chair, X": the source, not the object
        if noun and contains_any(gap, ("\"", "“")):
            return []  # 'called the designation "an attack on X"': a nominal's target is not inside a quotation after it
        if noun and not TARGET_PREP.search(trig_text) and not TARGET_PREP.search(low_gap) \
                and not (isinstance(trig.obj, tuple) and trig_text.split()[-1:] == ["by"] and "by" in trig.obj):
            return []  # a nominal takes its target through a preposition: "designation of X", "sanctions on X"
        if trig.type in ADJACENT_TARGET and len(low_gap.split()) > 3:
            return []
        elif (_THAT.search(low_gap) and trig.type not in ("DEMANDS",)) or CLAUSE_BREAK.search(low_gap):
            return []
        if m.kind == "Person" and GOVERNMENT_OF_PERSON.search(gap):
            gov = copy.copy(m)  # "with the government of President X (and Vice President Y)": X's state
            gov.entity = f"{GOVERNMENT_PREFIX}{m.entity}"
            return [gov]
        if k + 1 < len(ms) and ms[k + 1].kind == "Organization" and POSSESSED_APPOSITION.match(
                text[m.end - base : ms[k + 1].start - base]):
            k += 1  # "sanctions on X's armed group, Y" / "a deal with the state company's subsidiary, Y": Y
        elif named_after_role(ms, k, text, base) is not None:
            k += 1  # "spoke with his Peruvian counterpart, Luis Quispe", "met the head of the X, Y": the person named
        found = coordinated(ms, k, text, base, 1)
        if trig.type == "DEMANDS" and trig_text[:3].lower() == "ask" and _ASKED_WHETHER.match(text, found[-1].end - base):
            return []  # "asked Uganda whether its troops had crossed": a question put to Uganda, not a demand on it
        if apposed:  # "bombed X, an ally of Y, and Z": ", and" closes the apposition, Z is the outer list's
            found = found[: next((i for i in range(1, len(found)) if _COMMA_AND.match(
                text[found[i - 1].end - base : found[i].start - base])), len(found))]
        return found
    return []


def _low_tail(text: str, e: int) -> str:
    """``text[:e].lower()[-30:]``, lower-casing only the last 30 characters when they are ASCII (one each)."""
    tail = text[max(0, e - 30) : e]
    return tail.lower() if tail.isascii() else text[:e].lower()[-30:]


_NEW_CLAUSE = re.compile(r"\band\s+(?:(?:on|late on|earlier on|last|this)\s+\w+\s+)?(?:also\s+|then\s+|later\s+)?"
                         r"(?:[a-z]+ed|sent|met|held|took|gave|made|began|won|kept|told)"
                         r"(?:\s+(?:the|a|an|its|his|her|their|some|about|nearly|more|over|at least|\d[\d,.]*)\b|\s*$)")
