"""One-word names met once, with no cue word and no full name: "Hamas accused Israel ...", "talks between Israel
and Hamas", "sanctioned Norvex". Real news names armed groups, parties, companies and outlets so; such a word is a
body when it holds an actor's place in its sentence:

- the subject of a relation's verb or a speech verb, at the start of a clause, also past a relative clause ("X,
  which has ties to Iran, accused ...") or an auxiliary ("X has accused");
- the object of a relation's verb or preposition ("sanctioned X", "talks with X", "sanctions on X"), for the
  relations whose objects are parties, not places (no attacks, deployments, visits or aid), or the agent after
  "by";
- either of those as one of a list with a named state or body ("Israel and X agreed", "between Israel and X");
- the possessor of its fighters, members or leader ("X's leader, Y, said").

Never a word capitalised only because it opens the sentence ("Officials said", "Prosecutors charged"): the
lexicon's ordinary words, and plurals and other common-noun shapes there. ``coref.resolve`` asks only after the
word is found to be no known person's or body's name (a surname stays its person's)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.lexicon import Lexicon
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.run_words import OWNER_NOUNS, PLACE_PREPS, ROLE_NOUNS
from actorgraph.loaders.extractor.text import Sentence
from actorgraph.loaders.extractor.trigger_scan import TriggerHit

# relations whose object is a party: the objects of attacks, deployments, visits, aid and arrests are often places
# or people named by surname; a charge, a threat, a call or backing may be a person's as well ("called X a liar",
# "backed X"), and makes its object a body only with the charge's or call's own preposition after it ("blamed X
# for", "threatened X with", "urged X to"), as for "accused X of" in referents
_PARTY_OBJECTS = frozenset("SANCTIONS EASES_SANCTIONS DESIGNATES NEGOTIATES_WITH AGREES_WITH COOPERATES_WITH".split())
_CHARGE_OBJECTS = frozenset("ACCUSES THREATENS DEMANDS SUPPORTS".split())
_CHARGE_AFTER = frozenset("of for over to with against".split())
# verbs of speaking and of taking a stand, whose subject is someone's (relation triggers want an object after)
_SPEECH = re.compile(r"(?:said|says|told|announced|claimed|claims|denied|denies|warned|warns|vowed|vows|insisted|"
                     r"insists|stated|pledged|rejected|rejects|welcomed|welcomes|condemned|condemns|denounced|"
                     r"denounces|dismissed|dismisses|refused|refuses|accepted|accepts)\b")
# between the subject and its verb: a relative clause, a day, adverbs and auxiliaries ("X, which ..., on Monday
# also accused", "X has repeatedly accused")
_TO_VERB = re.compile(r"(?:,\s+(?P<rel>which|whose)\s[^,;()\"“”]*,)?(?:\s+(?:late|early|earlier|later))?"
                      r"(?:\s+(?:on|last|this)\s+[A-Z][a-z]+day)?"
                      r"(?:\s+(?:has|have|had|will|would|could|did|does|is|was|not|never|also|again|later|earlier|"
                      r"now|already|[a-z]+ly))*\s+")
# after a speech verb, what shows the speaker is no person: "it", "its", a claim of responsibility
_ITS = re.compile(r"(?:\s+(?:on\s+[A-Z][a-z]+day|in\s+a\s+statement|that)\b)*\s+(?:it|its|responsibility)\b")
_PERSONAL = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.I)
_OPENING = re.compile(r"(?:^|\s[—–-]|:)\s*[\"“‘']?\s*$")
# a state's possessive or a "-backed" before the name, saying whose the body is ("Iran-backed X", "Yemen's X")
_WHOSE = r"[A-Z][\w.]*(?:['’]s|-(?:backed|based|aligned|allied|linked|led|supported|funded|sponsored))\s+"
# where a clause starts: the sentence's start (past a quotation mark), a comma, "that", a speech verb; then "both"
# before a list, or whose the body is
_CLAUSE_START = re.compile(rf"(?:^|[,;:—–][\"”’']?\s*|\b(?:that|said|says|but)\s+)[\"“‘']?(?:(?:[Bb]oth|[Ee]ither|"
                           rf"[Nn]either)\s+|{_WHOSE})?$")
_LIST_GAP = re.compile(r",?\s+(?:and|or)\s+")
_NEXT_WORD = re.compile(r"-|\s+([A-Za-z]+)\b(?!\.)")  # a hyphen, or the next word (not an initial)
_OBJECT_GAP = re.compile(rf"\s*(?:(?:with|on|against|between|for|of|over)\s+)?(?:{_WHOSE})?")
_BY_GAP = re.compile(r"\s+by\s+")
# a body's own members and heads ("X's fighters", "X's leader"): not a spokesman, commander, forces or supporters,
# which a person has as well ("X's spokesman" after a president's surname)
_MEMBERS_AFTER = re.compile(r"['’]s?\s+(?:[a-z\-]+\s+)?(?:fighters|militants|gunmen|members|leaders?|leadership|"
                            r"founders?|chairman|chief executive)\b")
# a plural or abstract common noun, as a word opening a sentence is more often than a name ("Prosecutors",
# "Gunmen", "Management", "Fighting"); not the "-as", "-is", "-os" of names ("Hamas", "Houthis", "Podemos")
_BETWEEN_AFTER = re.compile(r"[a-z]+\s+between\b")
_COMMON_SHAPE = re.compile(r"[a-z'’]*(?:[^aiosu'’]s|men|ing|ed|ly|ment|tion|sion|ness|ity|ence|ance|ship|ism)")
_PRONOUNS = frozenset("nobody everyone everybody someone somebody anyone anybody none nothing everything something "
                      "neither either few others whoever".split())
# verbs whose subject is as often a force, a weapon or an event ("Drought hit X", "Cholera killed ...", "Artillery
# pounded X"): not enough to make a word opening the sentence a body
_EVENT_VERBS = re.compile(r"(?:hit|hits|struck|strikes?|kill(?:s|ed)?|pound(?:s|ed)|destroy(?:s|ed)|damag(?:es|ed))\b")
_ORDINARY: dict[int, frozenset[str]] = {}  # by id of the lexicon


def _ordinary_words(lex: Lexicon) -> frozenset[str]:
    """The lexicon's common words: a sentence may open with any of them capitalised."""
    words = _ORDINARY.get(id(lex))
    if words is None:
        phrases = {w for table in (lex.state_nouns, lex.government_anaphors) for k in table for w in k}
        words = _ORDINARY[id(lex)] = frozenset(
            lex.function_words | lex.group_nouns | lex.state_group_nouns | lex.organization_cues | lex.org_anaphors
            | lex.place_cues | ROLE_NOUNS | OWNER_NOUNS | phrases | {w for k in lex.titles for w in k} | _PRONOUNS)
    return words


def _opens(sent: Sentence, start: int) -> bool:
    """Whether sentence offset ``start`` opens the sentence, past a quotation mark, a dateline's dash or a colon: a
    word there is capitalised whatever it is."""
    return _OPENING.search(sent.text, 0, start) is not None


def _candidate(sent: Sentence, m: Mention, lex: Lexicon) -> bool:
    low = m.name.lower()
    if low in _ordinary_words(lex) or re.search(r"-[a-z]{2,}", m.name):  # "Pro-government", "LNA-held"
        return False
    end = m.end - sent.start
    if sent.text[end : end + 1] == "." and sent.text[end + 1 :].strip():
        return False  # "Rep. X", "Gov. X": an abbreviated title
    return not (_opens(sent, m.start - sent.start) and _COMMON_SHAPE.fullmatch(low))


def _subject_verb_at(sent: Sentence, end: int, hits: list[TriggerHit], opens: bool) -> bool:
    """A relation's or a speech verb follows the span ending at ``end`` (sentence offset), as its subject's
    (``opens``: the span opens the sentence, and an event's verb is not enough). A speaker is a body only when
    something says it is no person: "X, which ...", "it" / "its" after the verb ("X said it would ..."), "X claimed
    responsibility" ("Diallo said the ministry would ..." is as likely a person named by surname)."""
    gap = _TO_VERB.match(sent.text, end)
    if gap is None:
        return False
    at = gap.end()
    if opens and (_EVENT_VERBS.match(sent.text, at) or _BETWEEN_AFTER.match(sent.text, at)):
        return False  # (and "Indirect talks between A and B": the talks are a noun, their opener an adjective)
    if any(s == at for s, _, _ in hits):
        return True
    speech = _SPEECH.match(sent.text, at)
    return speech is not None and (gap.group("rel") == "which" or _ITS.match(sent.text, speech.end()) is not None)


def _object_after(sent: Sentence, start: int, end: int, hits: list[TriggerHit], lex: Lexicon) -> bool:
    """The span [start, end) is the object of a relation's verb or preposition right before it, and no modifier of
    a noun or name after it ("urged Latin American governments", "accused Western governments", "Kurdish-led")."""
    nxt = _NEXT_WORD.match(sent.text, end)
    after = (nxt.group(1) or "-").lower() if nxt is not None else ""
    if after and after not in lex.function_words:
        return False
    return any(e <= start and ((trig.type in _PARTY_OBJECTS or trig.type in _CHARGE_OBJECTS and after in _CHARGE_AFTER)
                               and _OBJECT_GAP.fullmatch(sent.text, e, start) or _BY_GAP.fullmatch(sent.text, e, start))
               for _, e, trig in hits)


def _span(sent: Sentence, m: Mention, ms: list[Mention], lex: Lexicon) -> tuple[int, int]:
    """The list the mention is part of, with named states, bodies or other one-word names ("Israel and X", "X or
    Y"), as sentence offsets; not a list with a state's seat ("between Baghdad and X": two cities)."""
    k = ms.index(m)
    a = b = k
    while a > 0 and _listed(sent, ms[a - 1], ms[a], lex):
        a -= 1
    while b + 1 < len(ms) and _listed(sent, ms[b], ms[b + 1], lex):
        b += 1
    if any(_seat(sent, x, lex) for x in ms[a : b + 1]):
        return m.start - sent.start, m.end - sent.start
    return ms[a].start - sent.start, ms[b].end - sent.start


def _listed(sent: Sentence, x: Mention, y: Mention, lex: Lexicon) -> bool:
    return all(z.kind in ("Country", "Organization") or z.via == "single" and z.kind is None for z in (x, y)) \
        and _LIST_GAP.fullmatch(sent.text, x.end - sent.start, y.start - sent.start) is not None


def _seat(sent: Sentence, x: Mention, lex: Lexicon) -> bool:
    form = lex.countries.get(tuple(t.text for t in sent.tokens[x.i : x.j])) if x.kind == "Country" else None
    return form is not None and form.role == "seat"


def acting_single(sent: Sentence, m: Mention, ms: list[Mention], hits: list[TriggerHit], lex: Lexicon) -> bool:
    """Whether the one-word name ``m`` (via "single", no kind) holds an actor's place in ``sent``."""
    if sent.headline or m.via != "single" or m.kind is not None or not _candidate(sent, m, lex):
        return False
    if _PERSONAL.search(sent.text, m.end - sent.start) and not any(x.kind == "Person" for x in ms):
        return False  # "X accused Peru of ignoring his warnings": a person named by surname
    start, end = _span(sent, m, ms, lex)
    if _CLAUSE_START.search(sent.text, 0, start) and _subject_verb_at(sent, end, hits, _opens(sent, start)):
        return True
    if _object_after(sent, start, end, hits, lex):
        return True
    before = sent.text[:start].split()
    place = bool(before) and before[-1].lower() in PLACE_PREPS | {"from", "to"}  # "in X's ...": a place's
    return m.possessive and not place and _MEMBERS_AFTER.match(sent.text, m.end - sent.start) is not None
