"""Arguments of a relation trigger within one sentence: the subject left of a verb (skipping prepositional
phrases and relative clauses), the modifier of a nominal ("U.S. sanctions"), coordinated actors; the objects right
of it are verb_objects.py's."""

from __future__ import annotations

import copy
import re

from actorgraph.loaders.extractor import argument_gaps as gaps
from actorgraph.loaders.extractor.apposed_conjuncts import across_apposition, described_member, past_alias
from actorgraph.loaders.extractor.body_organs import body_organ
from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.opening_phrases import ends_opening_phrase
from actorgraph.loaders.extractor.patterns import (
    AGENT_NOUNS,
    APPOSED_COORD,
    ASKED_ON,
    ASKED_TO_ACT,
    CLAUSE_SUBJECT_BODY_GAP,
    CLAUSE_SUBJECT_GAP,
    COORD,
    NOT_MODIFIERS,
    PREPS,
    RELATIVE_OPEN,
    STATIONED_AGENTS,
    SUBORDINATORS,
    TITLE_GAP,
    VERB_LIKE,
    VOICE_NOUNS,
)
from actorgraph.loaders.extractor.stance_objects import STANCE_WORD
from actorgraph.loaders.extractor.text import Sentence
from actorgraph.loaders.extractor.topic_countries import topic_country
from actorgraph.loaders.extractor.trigger_scan import TriggerHit

# a match can only start a run of word characters and apostrophes, which it takes whole: the lookbehind and
# the possessive quantifiers only spare the engine its retries inside a word (the same matches, much faster)
# "called on Chile (on Monday) to swiftly sanction X": the gap from the party asked to the verb asked for
_ASKED_VERB = re.compile(ASKED_TO_ACT.pattern.lstrip("^") + r"(?:[a-z]+ly\s+)?")
_PREV_WORD = re.compile(r"(?<![\w'’])([\w'’]++)\W*+(?:\b(?:the|a|an)\s+)?$", re.I)
# a possessive determiner the word before may be ("by our Office"): looked past like an article, but only when found
#   (a second, rare search, not a longer alternation tried at every word of the text)
_DETERMINER = re.compile(r"\b(?:our|its|their|his|her|my|your)$", re.I)
_SPACES = re.compile(r"\s+")
_LAST_WORD = re.compile(r"(?<![\w'’])([\w'’]++)\W*+$")
# "Iran's government/spokesman said": a possessed noun through which the owner itself acts
_OWNER_ACTS_NOUNS = frozenset(("government", "forces", "army", "military", "office", "party", *VOICE_NOUNS))
# "Peru's (military) government and the rebels agreed": the state itself is the first conjunct
_OWNED_BODY_BEFORE = re.compile(r"^['’]s?\s+(?:[a-z\-]+\s+)?(?:government|authorities|administration|army|military|junta)"
                                r"(?=\s+and\s)")


def prev_word(text: str, pos: int) -> str:
    """The word before ``pos``, looking past articles and possessive determiners ("at the Security Council" -> "at",
    "gathered by our Office" -> "by")."""
    m = _PREV_WORD.search(text, 0, pos)  # (the same as searching text[:pos], without the copy)
    if m is None:
        return ""
    word = m.group(1)
    if (det := _DETERMINER.search(word)) and _SPACES.fullmatch(text, m.end(1), pos):
        at = m.start(1) + det.start()
        before = _LAST_WORD.search(text, 0, at)
        if before is not None and before.end(1) < at:  # (a determiner inside its word's run is no word of its own)
            return before.group(1).lower()
    return word.lower()


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
        if step < 0 and a.possessive and (body := _OWNED_BODY_BEFORE.match(gap)):
            gap = gap[body.end() :]
        if not COORD.match(gap) and not (step > 0 and APPOSED_COORD.match(gap)) \
                and not described_member(ms, k, text, base, step):  # "A, the Czech firm B and C"
            break
        if step < 0 and "," in gap and in_object_slot(a, text, base) and not in_object_slot(b, text, base) \
                and not (links and not links[-1] and "and" not in gap and "&" not in gap):  # ("detained A, B and C")
            break  # "..., killing four soldiers, and India's ministry blamed": the soldiers are another verb's object
        if step < 0 and "," in gap and "and" not in gap and ends_opening_phrase(text, a.start - base):
            break  # "Under a deal brokered by Qatar, Rwanda and Congo agreed": Qatar is no party
        if step > 0 and not links and _COMMA_AND.match(gap) and _CLAUSE_AFTER.match(text, b.end - base):
            break  # "Chile backed Peru, and Bolivia later moved to ...": Bolivia opens a clause of its own
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


# a finite verb (after a time phrase or adverbs) right after a name: the name is a new clause's subject (only
# after ", and" that joins two names, not a list: "A and B had incited", "A, B and C started" are one subject)
_COMMA_AND = re.compile(r"\s*,\s*and\s+(?:the\s+)?$")
_CLAUSE_AFTER = re.compile(r"\s+(?:(?:last|this|next|that)\s+(?:year|week|month|weekend)\s+|on\s+[A-Z][a-z]+day\s+|"
                           r"(?:later|then|also|since|now|still|[a-z]+ly)\s+){0,2}(?:has|have|had|will|would|was|were|"
                           r"is|are|did|does|could|can|may|might|must|should|said|says|[a-z]{2,}ed)\b(?!\s+by\b)")
# "40 activists, including former minister X", "three citizens, including a former Pentagon contractor, X"; the
#   group's place, time or a relative clause may stand between ("12 activists in Tartu, among them X")
_INCLUDING = re.compile(r"(?:\s+(?:in|from|at|on|across|near)\s+(?:the\s+)?[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*)*"
                        r"|\s+(?:last|this)\s+(?:week|weekend|month|year)){0,2}"
                        r"(?:\s+(?:it|they|which|that|who)(?:\s+[a-z][\w\-]*){1,10}?)?"
                        r"(?:\s+[a-z]+)?,?\s+(?:including|among them)\s+(?:(?:[a-z][\w\-]*\s+){0,4}(?:[A-Z][a-z]+\.?\s+){0,2}|"
                        r"(?:an?|the)\s+(?:[\w\-]+\s+){0,4}?[a-z][\w\-]*,\s+(?:[A-Z][\w.\-]*\s+)?)")
# (the optional capitalised words: an honorific the name leaves out, "including a cleric, Sheikh X", or a rank,
#   "three commanders, including Brigadier General X")
_RELATIVE_SUBJECT = re.compile(r",\s+(?:which|who)\s+(?:(?:has|have|had|also|already|reportedly|since|long|"
                               r"repeatedly|previously|help|helps|helped|(?P<passive>is|are|was|were|been))\s+|\w+ly\s+)*$")
# a place a passive relative clause does not follow: "X, a trader on Lima's Avenida Grau, who was arrested": X was
_AT_PLACE = re.compile(r"\b(?:on|in|at|near|from|inside|outside|across)\s+(?:the\s+)?(?:[A-Z][\w\-]*['’]s\s+)?$")
# a relative clause on a common noun, the trigger its verb: "officials who (had) met", "the group which attacked"
#   (not "that": "demanded that X ..." opens a clause of its own)
_UNNAMED_ANTECEDENT = re.compile(r"\b[a-z][\w\-]*\s+(?:who|which)\s+(?:(?:has|have|had|also|already|reportedly|"
                                 r"allegedly|since|long|repeatedly|previously|been|were|was|are|is)\s+|\w+ly\s+)*"
                                 r"(?:[a-z]+ed\s+(?:in|on|for|with|against)\s+)?$")  # ("who rallied in support of")
# an object relative clause whose subject no name gives: "whom prosecutors (later) charged", "whom the police arrested"
_WHOM_UNNAMED = re.compile(r"\bwhom\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){1,3}$")
_WHOSE_SUBJECT = re.compile(r"\bwhose\s+(?:[a-z][\w\-]*\s+){1,2}(?:(?:has|have|had|also|already|now|currently)\s+)*$")
# ... unless they are the state's or body's own agents: "the United States, whose envoy held talks with X" (round 30)
_WHOSE_AGENTS = re.compile(r",\s+whose\s+(?:(?:special|top|chief|senior|new|former)\s+)?(?:envoys?|ambassadors?|"
                           r"(?:foreign\s+)?ministers?|negotiators?|diplomats?|delegation|delegates|representatives?|"
                           r"officials|government)\s+(?:(?:has|have|had|also|already|now|currently)\s+)*$")
# ... unless the noun describes a name before it ("X, a Catholic priest who negotiated") or counts it in ("Her
#   group is one of eleven that have filed")
_NAMED_ANTECEDENT = re.compile(r"(?:[\w.)’']\s*,\s+(?:an?|the)\s+[^,;()]*|\bone\s+of\s+(?:the\s+)?)$")
# a clause on a place after the main clause's names, its subject no pronoun that may stand for them ("X sent troops
#   to Y, where they clashed with Z": X)
_WHERE_CLAUSE = re.compile(r",\s+where\b(?!\s+(?:they|he|she|it|we|its|their|his|her|our)\b)")
_APPOSED_DESCRIPTION = re.compile(r",\s+(?:an?|the)\s+[^,;()\"“]{0,80}$")


def apposed_head(ms: list[Mention], left: list[int], text: str, base: int, s: int, fallback: int | None) -> int | None:
    """The name a description before a participle is apposed to ("Sovtrans, a Moscow-based firm sanctioned by
    the EU": Sovtrans, even after a preposition), else ``fallback``."""
    desc = _APPOSED_DESCRIPTION.search(text, 0, s)
    if desc is None:
        return fallback
    return next((k for k in reversed(left) if ms[k].end - base <= desc.start()  # (not a name inside the description)
                 and gaps.CLOSE_PAREN.fullmatch(text[ms[k].end - base : desc.start()])), fallback)


def described_subject(ms: list[Mention], left: list[int], text: str, base: int, s: int, e: int) -> int | None:
    """The subject of a trigger, but a trigger that opens an apposition (", a close ally of Y", ", an armed group
    allied with Y") describes the name right before its comma, wherever that name stands (object, by-phrase), or
    no name at all."""
    if opens_apposition(text, s, e):
        return next((k for k in reversed(left) if gaps.APPOSITION_GAP.fullmatch(text[ms[k].end - base : s])), None)
    return subject_of(ms, left, text, base, s)


def opens_apposition(text: str, s: int, e: int) -> bool:
    """Whether the trigger ``text[s:e]`` opens with an article right after a comma (or a dash): a description of the name
    before the comma, not a verb joined to the clause's ("bombed X, a close ally of Y", "X and Z, allies of Y");
    or with a bare participle of standing ("bombed X, long allied with Y")."""
    return bool(gaps.AFTER_COMMA.search(text[max(0, s - 4) : s]) and gaps.DESCRIPTION_OPEN.match(text[s:e]))


def speaker_appositions(sent: Sentence, ms: list[Mention], hits: list[TriggerHit], source: str) -> list[TriggerHit]:
    """The trigger hits opening an apposition on the name a sentence is attributed to ("according to X, an armed
    group allied with Y, ..."): the writer's description of the source, read although the source is no argument."""
    text, base = sent.text, sent.start
    return [h for h in hits if opens_apposition(text, h[0], h[1]) and any(
        m.entity == source and gaps.COMMA_GAP.fullmatch(text[m.end - base : h[0]]) for m in ms)]


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
_FOR_TO = re.compile(r"\s+to\s+(?:be\s+)?(?:[a-z]+ly\s+)?")
# a speech verb whose clause opens with a common noun phrase that runs up to the trigger
_NOUN_SUBJECT_REPORTED = re.compile(r"\b(?:said|says|say|added|stated|claimed|alleged|insisted|confirmed|ruled|found|"
                                    r"determined|concluded|argued)\s+(?:(?:on|in|at)\s+[\w\s]{1,30}?\s+)?"
                                    r"(?:that\s+)?(?:(?:the|a|an|some|several|many|these|those|unidentified|unknown)\s+)?"
                                    r"(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3})\s*$")


def _people_head(words: str) -> bool:
    """ "the plotters", "the gunmen", "an armed gang": a noun for people who act (not "the decision") among the
    first words of the phrase."""
    return any(w.endswith(("men", "ers", "ists", "ants", "ents", "ees", "ians", "ials")) or w in lexicon().org_anaphors
               for w in words.split()[:3])


# a possessor's allies, backers or foes: other parties than the possessor ("Iran's allies fired", "X's critics said")
_OTHERS_OF = re.compile(r"['’]s?\s+(?:(?:closest|close|main|key|regional|foreign|fiercest|staunchest|local)\s+)?"
                        r"(?:allies|ally|backers|supporters|critics|opponents|rivals|enemies|detractors)\b", re.I)


def whose_antecedent(ms: list[Mention], left: list[int], text: str, base: int, comma_at: int) -> int | None:
    """The state or body a ", whose ..." relative clause opening at ``comma_at`` (its comma) is about: the mention
    right before the comma, else None."""
    k = next((k for k in reversed(left) if ms[k].end - base <= comma_at), None)
    if k is None or ms[k].kind not in ("Country", "Organization") or text[ms[k].end - base : comma_at].strip(" )"):
        return None
    return k


def subject_of(ms: list[Mention], left: list[int], text: str, base: int, trigger_at: int | None = None) -> int | None:
    """Rightmost mention before the trigger that is not inside a prepositional phrase or a relative clause."""
    if trigger_at is None:
        trigger_at = ms[left[-1]].end - base if left else 0
    before = text[max(0, trigger_at - 60) : trigger_at]  # ("whose", "who" or "which" is in every match of the three)
    if "whose" in before and _WHOSE_SUBJECT.search(text, max(0, trigger_at - 60), trigger_at):
        agents = _WHOSE_AGENTS.search(text, max(0, trigger_at - 60), trigger_at)
        return whose_antecedent(ms, left, text, base, agents.start()) if agents else None  # "X, whose country
        # chairs ASEAN": X's country acts, not X; "X, whose envoy met Y": X (a state or body) through its envoy
    if "whom" in before and _WHOM_UNNAMED.search(text, max(0, trigger_at - 60), trigger_at):
        return None  # "X, whom prosecutors later charged with spying for Y": X is charged, no one named charges
    relative = "who" in before or "which" in before
    if relative and (unnamed := _UNNAMED_ANTECEDENT.search(text, max(0, trigger_at - 60), trigger_at)):
        held = next((k for k in left if ms[k].start - base <= unnamed.start() < ms[k].end - base), None)
        if held is not None:  # "fired tear gas at hundreds of protesters who rallied in support of X": the crowd,
            return held  # even after a preposition
        if not _NAMED_ANTECEDENT.search(text, max(0, unnamed.start() - 80), unnamed.start()):
            return None  # "sanctioned officials who met X", "protesters who rallied in support of X": not the main subject
    if relative and (rel := _RELATIVE_SUBJECT.search(text, max(0, trigger_at - 60), trigger_at)):
        for k in reversed(left):  # "ties with the UAE, which has supplied drones": the antecedent, even inside a PP
            if (gaps.CLOSE_PAREN.fullmatch(text[ms[k].end - base : rel.start()]) or ms[k].possessive
                    and ms[k].kind == "Country" and gaps.STATE_GOVERNMENT_GAP.fullmatch(text, ms[k].end - base, rel.start())) \
                    and not (rel.group("passive") and _AT_PLACE.search(text, 0, ms[k].start - base)):
                return k
    for k in reversed(left):
        m = ms[k]
        if (said := _NOUN_SUBJECT_REPORTED.search(text, m.end - base, trigger_at)) and _people_head(said.group("np")):
            return None  # "X said the plotters had planned to attack Y": an unnamed subject acts, not the speaker
        if k > 0 and text.startswith(")", m.end - base) \
                and _OPEN_PAREN_GAP.fullmatch(text[ms[k - 1].end - base : m.start - base]):
            continue  # "the armed wing of the Free Papua Movement (OPM)": the short form stands where its name does
        comma_after = "," in text[m.end - base : trigger_at]  # (a comma is in every _WHERE_CLAUSE match)
        if comma_after and RELATIVE_OPEN.search(text[: m.start - base]):
            continue  # "Turkey, which backs X, has called on ...": X is inside the relative clause
        if comma_after and (where := _WHERE_CLAUSE.search(text, m.end - base, trigger_at)) \
                and "," not in text[where.end() : trigger_at]:
            return None  # "X protects the town of Y, where clashes with Z killed ...": the clause has its own subject
        if k > 0 and comma_after \
                and (ap := _APPOSITION_OPEN.search(text, max(0, m.start - base - 70), m.start - base)) \
                and ms[k - 1].end - base <= ap.start() \
                and gaps.AGE_GAP.fullmatch(text[ms[k - 1].end - base : ap.start()]) \
                and gaps.TO_COMMA.match(text[m.end - base : trigger_at]) and not gaps.AND_BEFORE_COMMA.match(text[m.end - base :]):
            continue  # "X, (52,) a Y party official, was arrested": Y only describes X, the head of the apposition
        if k > 0 and m.possessive and gaps.COMMA_SPACES.fullmatch(text[ms[k - 1].end - base : m.start - base]) \
                and gaps.POSSESSED_POST.fullmatch(text[m.end - base : trigger_at]):
            continue  # "X, Kenya's defence minister, met Y": Kenya only says whose minister X is
        if topic_country(ms, k, text, base):
            continue  # "the UN's Haiti sanctions committee imposed ...": the UN's committee, not Haiti
        if gaps.COMMA_SPACE.match(text, m.end - base) and _PARENTHETICAL_OPEN.search(text[: m.start - base]):
            continue  # "The party, speaking through its secretary, X, called ...": X only relays the subject
        head = m.start
        if m.title is not None and text[: m.start - base].rstrip().lower().endswith(m.title.text):
            head = base + len(text[: m.start - base].rstrip()) - len(m.title.text)  # "led by speaker X": "by"
        if k > 0 and ms[k - 1].possessive and gaps.POSSESSIVE_GAP.fullmatch(text[ms[k - 1].end - base : m.start - base]):
            head = ms[k - 1].start  # "rebels in Indonesia's Papua highlands": the possessor's phrase is what counts
        before = text[max(0, head - base - 60) : head - base]
        pw = prev_word(before, len(before))
        if pw in PREPS:
            owner = gaps.OWNER_BEFORE.search(before) \
                if pw in ("of", "at", "from", "in", "for") else None
            acting = owner and (owner.group(1).lower() in VOICE_NOUNS and not comma_after
                                if pw == "for" else  # (", Colonel X, said": the named spokesman speaks)
                                owner.group(1).lower() in AGENT_NOUNS if pw != "in" else
                                m.kind == "Country" and owner.group(1).lower() in STATIONED_AGENTS)
            clause = pw in SUBORDINATORS and (CLAUSE_SUBJECT_GAP.fullmatch(gap := text[m.end - base : trigger_at])
                                              or CLAUSE_SUBJECT_BODY_GAP.fullmatch(gap))
            # "Agents of Venezuela's ..." and "Riot police in Tbilisi" act; so does the subject of
            # "after Washington designated ...": there "after" opens a clause, not a prepositional phrase;
            # and "called on Chile to sanction X": Chile is asked to, the act asked for is Chile's
            asked = ASKED_ON.search(before) and _ASKED_VERB.fullmatch(text[m.end - base : trigger_at])
            # "its call for the X Front to be designated": "for" opens an infinitive whose subject X is
            infinitive = pw == "for" and _FOR_TO.fullmatch(text, m.end - base, trigger_at)
            if not (acting or clause or asked or infinitive):
                continue
        if m.possessive and _OTHERS_OF.match(text, m.end - base) and not gaps.CLAUSE_MARK.search(text, m.end - base, trigger_at):
            return None  # "Iran's allies in Iraq fired rockets at Y": the allies act, not Iran
        if m.possessive and m.kind != "Country" and not (k + 1 < len(ms) and topic_country(ms, k + 1, text, base)):
            nxt = gaps.POSSESSED_NOUN.match(text, m.end - base)
            if nxt and nxt.group(1).lower() not in _OWNER_ACTS_NOUNS \
                    and not body_organ(m, text, base):  # "the EU's delegation in Tbilisi urged ...": the EU
                continue
        return k
    return None


def modifier_of(ms: list[Mention], left: list[int], text: str, base: int, s: int) -> int | None:
    """A mention right before a nominal trigger: "U.S. sanctions", "Maduro's negotiation attempt", "Peru's 2021 deal"."""
    if not left:
        return None
    k = left[-1]
    gap = text[ms[k].end - base : s]
    if not ms[k].possessive and any(VERB_LIKE.fullmatch(w) or STANCE_WORD.fullmatch(w) for w in gap.split()):
        return None  # "Belgrade protests arrest of ...", "Manila covers attacks on ...", "X denounced sanctions"
    if gaps.MODIFIER_GAP.fullmatch(gap) and not (set(gap.split()) & NOT_MODIFIERS):
        return k
    return None


_PARENTHETICAL_OPEN = re.compile(r",\s*(?:[a-z]+ing|according\s+to|through|via)\b[^,;]*(?:,[^,;]*)?$")
# ", a UML youth leader," / ", the head of X," / ", leader of the opposition X,": a description apposed to the
#   name before the comma (not ", known as X," / ", or X,", which name the same actor)
_APPOSITION_OPEN = re.compile(r",\s+(?:(?:an?|the)\s+|(?=[a-z])(?![a-z]+(?:ed|ing)\b|(?:known|also|or|and|but|which|who|"
                              r"whose|including|such|like|now|formerly|then|as|in|on|at|for|from|with|to|by|after|"
                              r"before|while|when|where|if|unless|said|says|told)\b))[^,;()\"“]{0,60}$")
# "Peru's defence minister, X", "Peru's Bolivia-backed defence minister, X": lower-case words (or a state's hyphenated
#   modifier) between the possessive and the apposed name
POSSESSED_PERSON = re.compile(r"['’]s?\s+(?:(?:[a-z]|[A-Z][\w.]*-[a-z])[\w\-]*\s+){0,2}[a-z][\w\-]*,\s+")


_VERB_QUALIFIER = re.compile(r"\s+[a-z]+ed\s+")


def titled_head(ms: list[Mention], k: int, sent: Sentence) -> int:
    """ "Peru's foreign minister, X, ..." / "Chilean government spokesman X said ...": the state only qualifies
    the titled person who is the subject."""
    nxt = ms[k + 1] if k + 1 < len(ms) else None
    if nxt is not None and ms[k].kind in ("Country", "Organization") and nxt.kind == "Person" \
            and nxt.title_i is not None and sent.tokens[nxt.title_i].start >= ms[k].end \
            and TITLE_GAP.fullmatch(gap := sent.text[ms[k].end - sent.start : nxt.start - sent.start]) \
            and not _VERB_QUALIFIER.fullmatch(gap):  # "Chile detained X": a verb, not "detained activist X"
        return k + 1
    return k

