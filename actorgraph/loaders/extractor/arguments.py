"""Arguments of a relation trigger within one sentence: the subject left of a verb (skipping prepositional
phrases and relative clauses), the modifier of a nominal ("U.S. sanctions"), the objects right of it (through
the prepositions the trigger takes), coordinated actors, and relative-pronoun objects."""

from __future__ import annotations

import copy
import re

from actorgraph.loaders.extractor.apposed_conjuncts import across_apposition, past_alias
from actorgraph.loaders.extractor.leader_governments import OWN_VIA as _LEADERS_GOVERNMENT
from actorgraph.loaders.extractor.lexicon import Trigger
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import (
    ADJACENT_TARGET,
    AGENT_NOUNS,
    APPOSED_COORD,
    BAD_OBJ_PREPS,
    CLAUSE_BREAK,
    CLAUSE_SUBJECT_GAP,
    COORD,
    FILLED_OBJECT,
    GOVERNMENT_OF,
    GOVERNMENT_OF_PERSON,
    GOVERNMENT_PREFIX,
    NOT_MODIFIERS,
    NOUN_INFINITIVE,
    OBJECT_BEFORE_OF,
    OUTLET_PERSON_GAP,
    POSSESSED_APPOSITION,
    PREPS,
    RELATIVE_OPEN,
    STATIONED_AGENTS,
    SUBORDINATORS,
    TARGET_PREP,
    TITLE_GAP,
    VERB_LIKE,
)
from actorgraph.loaders.extractor.role_words import named_after_role
from actorgraph.loaders.extractor.text import Sentence, is_abbreviation

# a match can only start a run of word characters and apostrophes, which it takes whole: the lookbehind and
# the possessive quantifiers only spare the engine its retries inside a word (the same matches, much faster)
_PREV_WORD = re.compile(r"(?<![\w'’])([\w'’]++)\W*+(?:\b(?:the|a|an)\s+)?$", re.I)


def prev_word(text: str, pos: int) -> str:
    """The word before ``pos``, looking past articles ("at the Security Council" -> "at")."""
    m = _PREV_WORD.search(text[:pos])
    return m.group(1).lower() if m else ""


_OBJECT_SLOT = re.compile(r"\b(?:[a-z]+(?:ing|ed)|out|up|off|down|back|away|over)\s+(?:(?:the|a|an|its|their|his|her|some|all|two|three|several|many)\s+)?$")


def in_object_slot(m: Mention, text: str, base: int) -> bool:
    """A mention right after a participle or a verb particle is an object ("accused X of pressuring Y to push out
    Chinese firms and warned Z": the firms are pushed out, they do not warn), never the subject of a next verb."""
    return bool(_OBJECT_SLOT.search(text[max(0, m.start - base - 40) : m.start - base]))


def coordinated(ms: list[Mention], k: int, text: str, base: int, step: int) -> list[Mention]:
    """The mention at index k plus those joined to it by "and"/commas, walking left (step=-1) or right."""
    out = [ms[k]]
    links: list[bool] = []  # True where the link is a bare comma
    while 0 <= k + step < len(ms):
        a, b = (ms[k + step], ms[k]) if step < 0 else (ms[k], ms[k + step])
        gap = text[a.end - base : b.start - base]
        if (far := across_apposition(ms, k, text, base, step)  # "X, a reporter for Y, and Z"
                if (alias := past_alias(ms, k, text, base, step)) is None else alias) is not None:  # "X (XY) and Z"
            links.append(False)
            k = far
            out.append(ms[k])
            continue
        if not COORD.match(gap) and not (step > 0 and APPOSED_COORD.match(gap)):
            break
        if step < 0 and "," in gap and in_object_slot(a, text, base) and not in_object_slot(b, text, base):
            break  # "..., killing four soldiers, and India's ministry blamed": the soldiers are another verb's object
        links.append("and" not in gap and "&" not in gap and "as well" not in gap)
        k += step
        out.append(ms[k])
    if links and all(links):  # "Reuters, Maduro": apposition or clause break, not a list
        return out[:1]
    if step > 0 and links and links[-1]:  # "A and B, C": stop before the trailing comma
        while links and links[-1]:
            links.pop()
            out.pop()
    if step > 0 and out[-1].kind == "Group":  # "40 activists, including former minister X": X too
        last = ms.index(out[-1])  # the last that fits: "including a former Pentagon contractor, X" is X
        named = [j for j in range(last + 1, min(last + 4, len(ms)))
                 if _INCLUDING.fullmatch(text[out[-1].end - base : ms[j].start - base])]
        if named:
            out += coordinated(ms, named[-1], text, base, 1)
    return out


# "40 activists, including former minister X", "three citizens, including a former Pentagon contractor, X"
_INCLUDING = re.compile(r"(?:\s+[a-z]+)?,?\s+(?:including|among them)\s+(?:(?:[a-z][\w\-]*\s+){0,4}|"
                        r"(?:an?|the)\s+(?:[\w\-]+\s+){0,4}?[a-z][\w\-]*,\s+(?:[A-Z][\w.\-]*\s+)?)")
# (the optional capitalised word: an honorific the name leaves out, "including a cleric, Sheikh X")
_RELATIVE_SUBJECT = re.compile(r",\s+(?:which|who)\s+(?:(?:has|have|had|also|already|reportedly|since|long|"
                               r"repeatedly|previously)\s+|\w+ly\s+)*$")
_APPOSED_DESCRIPTION = re.compile(r",\s+(?:an?|the)\s+[^,;()\"“]{0,80}$")


def apposed_head(ms: list[Mention], left: list[int], text: str, base: int, s: int, fallback: int | None) -> int | None:
    """The name a description before a participle is apposed to ("Sovtrans, a Moscow-based firm sanctioned by
    the EU": Sovtrans, even after a preposition), else ``fallback``."""
    desc = _APPOSED_DESCRIPTION.search(text, 0, s)
    if desc is None:
        return fallback
    return next((k for k in reversed(left) if re.fullmatch(r"\)?", text[ms[k].end - base : desc.start()])), fallback)


def expand(targets: list[Mention]) -> list[Mention]:
    """ "both sides" stands for two actors: one mention per actor meant."""
    out: list[Mention] = []
    for t in targets:
        out.append(t)
        for key in t.also:
            twin = copy.copy(t)
            twin.entity, twin.also = key, []
            out.append(twin)
    return out


_OPEN_PAREN_GAP = re.compile(r"\s*\(")


def subject_of(ms: list[Mention], left: list[int], text: str, base: int, trigger_at: int | None = None) -> int | None:
    """Rightmost mention before the trigger that is not inside a prepositional phrase or a relative clause."""
    if trigger_at is None:
        trigger_at = ms[left[-1]].end - base if left else 0
    if rel := _RELATIVE_SUBJECT.search(text, max(0, trigger_at - 60), trigger_at):
        for k in reversed(left):  # "ties with the UAE, which has supplied drones": the antecedent, even inside a PP
            if re.fullmatch(r"\)?", text[ms[k].end - base : rel.start()]):
                return k
    for k in reversed(left):
        m = ms[k]
        if k > 0 and _OPEN_PAREN_GAP.fullmatch(text[ms[k - 1].end - base : m.start - base]) \
                and text[m.end - base : m.end - base + 1] == ")":
            continue  # "the armed wing of the Free Papua Movement (OPM)": the short form stands where its name does
        if RELATIVE_OPEN.search(text[: m.start - base]) and "," in text[m.end - base : trigger_at]:
            continue  # "Turkey, which backs X, has called on ...": X is inside the relative clause
        if k > 0 and "," in text[m.end - base : trigger_at] \
                and (ap := _APPOSITION_OPEN.search(text, max(0, m.start - base - 70), m.start - base)) \
                and ms[k - 1].end - base <= ap.start() \
                and re.fullmatch(r"\)?", text[ms[k - 1].end - base : ap.start()]) \
                and re.match(r"[^,;]*,", text[m.end - base : trigger_at]) and not re.match(r"[^,]*\band\b", text[m.end - base :]):
            continue  # "X, a Y party official, was arrested": Y only describes X, the head of the apposition
        if k > 0 and m.possessive and re.fullmatch(r",\s+", text[ms[k - 1].end - base : m.start - base]) \
                and re.fullmatch(r"['’]s?\s+[a-z][^,;()]*,\s*", text[m.end - base : trigger_at]):
            continue  # "X, Kenya's defence minister, met Y": Kenya only says whose minister X is
        if _PARENTHETICAL_OPEN.search(text[: m.start - base]) and re.match(r",\s", text[m.end - base :]):
            continue  # "The party, speaking through its secretary, X, called ...": X only relays the subject
        head = m.start
        if m.title is not None and text[: m.start - base].rstrip().lower().endswith(m.title.text):
            head = base + len(text[: m.start - base].rstrip()) - len(m.title.text)  # "led by speaker X": "by"
        if k > 0 and ms[k - 1].possessive and re.fullmatch(r"(?:['’]s?)?\s+", text[ms[k - 1].end - base : m.start - base]):
            head = ms[k - 1].start  # "rebels in Indonesia's Papua highlands": the possessor's phrase is what counts
        before = text[max(0, head - base - 60) : head - base]
        pw = prev_word(before, len(before))
        if pw in PREPS:
            owner = re.search(r"\b(\w+)\s+(?:of|at|from|in)\s+(?:the\s+)?$", before) if pw in ("of", "at", "from", "in") else None
            acting = owner and (owner.group(1).lower() in AGENT_NOUNS if pw != "in" else
                                m.kind == "Country" and owner.group(1).lower() in STATIONED_AGENTS)
            clause = pw in SUBORDINATORS and CLAUSE_SUBJECT_GAP.fullmatch(text[m.end - base : trigger_at])
            # "Agents of Venezuela's ..." and "Riot police in Tbilisi" act; so does the subject of
            # "after Washington designated ...": there "after" opens a clause, not a prepositional phrase
            if not (acting or clause):
                continue
        if m.possessive and m.kind != "Country":
            nxt = re.match(r"['’]s?\s+([\w\-]+)", text[m.end - base :])
            if nxt and nxt.group(1).lower() not in ("government", "forces", "army", "military", "office", "party"):
                continue
        return k
    return None


def modifier_of(ms: list[Mention], left: list[int], text: str, base: int, s: int) -> int | None:
    """A mention right before a nominal trigger: "U.S. sanctions", "Maduro's negotiation attempt"."""
    if not left:
        return None
    k = left[-1]
    gap = text[ms[k].end - base : s]
    if not ms[k].possessive and any(VERB_LIKE.fullmatch(w) for w in gap.split()):
        return None  # "Belgrade protests arrest of ...", "Manila covers attacks on ...": a verb, not a modifier
    if re.fullmatch(r"(?:['’]s?)?\s+(?:[a-z][\w\-]*\s+){0,2}", gap) and not (set(gap.split()) & NOT_MODIFIERS):
        return k
    return None


_STOP_GAP = re.compile(r"[.:]\s")


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
_SAID_AFTER = re.compile(r"^,?\s+(?:said|says|told|added|reported|announced|claimed)\b")
_THAT = re.compile(r"\bthat\b")


def objects_of(ms: list[Mention], right: list[int], text: str, base: int, e: int, trig: Trigger,
             trig_text: str = "", noun: bool = False) -> list[Mention]:
    if trig.obj == "none" or not right:
        return []
    if trig.obj == "adjacent":  # the actor right after the verb: "suspended Niger", not "suspended aid to Niger"
        k, gap = right[0], text[e : ms[right[0]].start - base]
        described = _DESCRIBED.fullmatch(gap) and not set(gap.split()) & PREPS and ms[k].kind in ("Person", "Organization")
        title = ms[k].title
        titled = title is not None and gap.strip().lower() == title.text.lower()  # "branded President X"
        if not (re.fullmatch(r"\s+(?:the\s+)?", gap) or described or titled):
            return []
        if ms[k].kind == "Country" and k + 1 < len(ms) and ms[k + 1].kind in ("Person", "Organization") \
                and _DESCRIBED_NAME.fullmatch(text[ms[k].end - base : ms[k + 1].start - base]) \
                and not set(text[ms[k].end - base : ms[k + 1].start - base].split()) & PREPS:
            k += 1  # "ordered the French aid group X to leave": the demonym only describes X
        return coordinated(ms, k, text, base, 1)
    if trig.obj == "between":
        first = right[0]
        group = coordinated(ms, first, text, base, 1)
        if len(group) == 1 and group[0].also:  # "a meeting between officials from both sides"
            one, other = copy.copy(group[0]), copy.copy(group[0])
            one.also, other.entity, other.also = [], group[0].also[0], []
            return [one, other]
        return group if len(group) >= 2 else []
    skipped: set[int] = set()
    for k in right:
        m = ms[k]
        if k in skipped:
            continue
        gap = text[e : m.start - base]
        if len(gap) > 90 or ";" in gap or stop_between(text, e, m.start - base):
            return []
        if _NEW_CLAUSE.search(gap) and not re.match(r"\s*and\b", gap):
            return []  # "welcomed the decision and on Wednesday sent 3,000 soldiers": another verb's object
            # (but "rammed and boarded a navy boat": two verbs, one object)
        if _AS_CLAUSE.search(gap) and _VERB_NEXT.match(text, m.end - base):
            return []  # "police detain an MP as Washington widens its list": "as" opens a clause with its own subject
        if m.possessive and k + 1 < len(ms) and ms[k + 1].kind == "Person" \
                and (POSSESSED_PERSON.fullmatch(between := text[m.end - base : ms[k + 1].start - base])
                     or re.fullmatch(r"['’]s?\s+", between)):
            continue  # "arrested X's brother-in-law, Y", "sanctioned X's wife, Y", "met Britain's Y": the person
        if m.possessive and k + 1 < len(ms) and ms[k + 1].via == _LEADERS_GOVERNMENT:
            continue  # "a deal with Okafor's government": the state, the government the person leads
        if m.surface.lower() in _SUBJECT_PRONOUNS:
            continue  # "in contact with 'foreign backers' he declined to name": a subject, never an object
        if _SAID_AFTER.match(text[m.end - base :]):
            continue  # the speaker of the sentence, not a participant
        if m.kind == "Organization" and k + 1 < len(ms) and ms[k + 1].kind == "Person" \
                and OUTLET_PERSON_GAP.fullmatch(text[m.end - base : ms[k + 1].start - base]):
            continue  # "detained Reuters journalist X": the outlet only qualifies the person
        if k + 1 < len(ms) and ms[k + 1].kind == "Person" and ms[k + 1].title_i is not None \
                and (re.fullmatch(r"(?:['’]s)?\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*(?:,\s+(?:[A-Z][\w.]*\s+){0,2})?\s*",
                                  text[m.end - base : ms[k + 1].start - base])
                     or _CAPITALISED_TITLE.fullmatch(text[m.end - base : ms[k + 1].start - base])):
            continue  # "RSF commander X", "the LNA's commander, Marshal X": the organisation only qualifies the person
        if not noun and trig.obj == "direct" and FILLED_OBJECT.match(gap):
            return []  # "raided its newsroom, in a ruling the OSCE's envoy called ...": the object was the newsroom
        if not noun and not isinstance(trig.obj, tuple) and NOUN_INFINITIVE.search(gap):
            return []  # "urging lawmakers to abandon X": X belongs to the infinitive, not to "urging"
        if isinstance(trig.obj, tuple):
            if not re.search(r"\b(?:" + "|".join(trig.obj) + r")\s+(?:[\w\-’'.]+\s+){0,4}(?:[\w\-’']+,\s+)?$",
                             text[:e].lower()[-30:] + gap.lower()):
                continue
        elif prev_word(gap, len(gap)) in BAD_OBJ_PREPS or (trig.type == "COERCES" and prev_word(gap, len(gap)) == "to"):
            # "expelled him to Rome": a destination, not the one expelled
            skipped.update(ms.index(x) for x in coordinated(ms, k, text, base, 1))  # "after France, Germany"
            continue
        elif trig.type in OBJECT_BEFORE_OF and re.search(r"\bof\b", GOVERNMENT_OF.sub(" ", _untitled(gap, m))) \
                and named_after_role(ms, k, text, base) is None:
            return []  # "accused X of serving Y": the accused comes before "of"
        low_gap = gap.lower()
        if noun and re.search(r"[\"“]", gap):
            return []  # 'called the designation "an attack on X"': a nominal's target is not inside a quotation after it
        if noun and not TARGET_PREP.search(trig_text) and not TARGET_PREP.search(low_gap) \
                and not (isinstance(trig.obj, tuple) and trig_text.split()[-1:] == ["by"] and "by" in trig.obj):
            return []  # a nominal takes its target through a preposition: "designation of X", "sanctions on X"
        if trig.type in ADJACENT_TARGET and len(low_gap.split()) > 3:
            return []
        elif (_THAT.search(gap.lower()) and trig.type not in ("DEMANDS",)) or CLAUSE_BREAK.search(gap.lower()):
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
        return coordinated(ms, k, text, base, 1)
    return []


_NEW_CLAUSE = re.compile(r"\band\s+(?:(?:on|late on|earlier on|last|this)\s+\w+\s+)?(?:also\s+|then\s+|later\s+)?"
                         r"(?:[a-z]+ed|sent|met|held|took|gave|made|began|won|kept|told)"
                         r"(?:\s+(?:the|a|an|its|his|her|their|some|about|nearly|more|over|at least|\d[\d,.]*)\b|\s*$)")
_PARENTHETICAL_OPEN = re.compile(r",\s*(?:[a-z]+ing|according\s+to|through|via)\b[^,;]*(?:,[^,;]*)?$")
# ", a UML youth leader," / ", the head of X," / ", leader of the opposition X,": a description apposed to the
#   name before the comma (not ", known as X," / ", or X,", which name the same actor)
_APPOSITION_OPEN = re.compile(r",\s+(?:(?:an?|the)\s+|(?=[a-z])(?![a-z]+(?:ed|ing)\b|(?:known|also|or|and|but|which|who|"
                              r"whose|including|such|like|now|formerly|then|as|in|on|at|for|from|with|to|by|after|"
                              r"before|while|when|where|if|unless|said|says|told)\b))[^,;()\"“]{0,60}$")
_AS_CLAUSE = re.compile(r"(?<!\bsuch)(?<!\bwell)(?<!\bknown)(?<!\bsame)(?<!\bso)(?<!ed)\s+as\s+(?:the\s+)?$")
_VERB_NEXT = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:[a-z]+s|[a-z]+ed|cry|say|warn|look|press|push|vow|weigh)\b")
# "the aid group X", "the French aid group X": descriptors before a name right after the verb
_DESCRIBED = re.compile(r"\s+(?:the|an?)\s+(?:[A-Z][a-z]+(?:an|ese|ish|ch|i|ic)\s+)?(?:[a-z][\w\-]*\s+){1,3}")
_DESCRIBED_NAME = re.compile(r"\s+(?:[a-z][\w\-]*\s+){1,3}(?:,\s+)?")
# "Peru's defence minister, X", "Peru's Bolivia-backed defence minister, X": lower-case words (or a state's hyphenated
#   modifier) between the possessive and the apposed name
POSSESSED_PERSON = re.compile(r"['’]s?\s+(?:(?:[a-z]|[A-Z][\w.]*-[a-z])[\w\-]*\s+){0,2}[a-z][\w\-]*,\s+")
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
# "NATO Secretary General X": capitalised title words between an organisation and the person it qualifies
_CAPITALISED_TITLE = re.compile(r"(?:['’]s)?\s+(?!(?:And|Or)\b)(?:[A-Z][a-z][\w\-]*\s+){1,3}")


def titled_head(ms: list[Mention], k: int, sent: Sentence) -> int:
    """ "Peru's foreign minister, X, ..." / "Chilean government spokesman X said ...": the state only qualifies
    the titled person who is the subject."""
    nxt = ms[k + 1] if k + 1 < len(ms) else None
    if nxt is not None and ms[k].kind in ("Country", "Organization") and nxt.kind == "Person" \
            and nxt.title_i is not None and sent.tokens[nxt.title_i].start >= ms[k].end \
            and TITLE_GAP.fullmatch(sent.text[ms[k].end - sent.start : nxt.start - sent.start]):
        return k + 1
    return k

