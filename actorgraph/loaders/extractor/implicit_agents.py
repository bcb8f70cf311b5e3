"""Who did an agentless act: "X was detained" is by the state the sentence places it in, else (for a
measure) by the document's sanctioning actor or the country most talked about that is not X's own."""

from __future__ import annotations

import re
from collections import Counter

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.coref import EntityTable
from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.patterns import SPEECH_TAGS
from actorgraph.loaders.extractor.relations import RawRelation

_PLACE_PHRASE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+|an?\s+)?(?P<where>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)"
                           r"(?:\s+(?P<noun>city|town|port|capital|region|province|village|prison|jail))?")


_RESIDENCE = re.compile(r"\b(?:lives?|living|lived|based|resides?|resident|exile|exiled|fled|hiding|settled)\s*$",
                        re.I)


def place_of_detention(r: RawRelation, table: EntityTable) -> str | None:
    """ "died in police custody in the Russian city of Yekaterinburg after being detained": an agentless
    arrest is by the state it happens in, when the sentence places it in exactly one country."""
    lex = lexicon()
    found = set()
    for hit in _PLACE_PHRASE.finditer(r.sentence.text):
        if _RESIDENCE.search(r.sentence.text[max(0, hit.start() - 25) : hit.start()]):
            continue  # "who lives in Russia and was sentenced": where the person is, not the act
        words = hit.group("where").split()
        form = lex.country_at(words, 0)
        if form is None or form[0] != len(words):
            continue
        if form[1].role == "demonym" and not hit.group("noun"):
            continue  # "in Russian custody" names no place; "in the Russian city of ..." does
        found.add(f"Country:{normalize_name(form[1].country)}")
    found = {key for key in found if key in table.entities}
    return found.pop() if len(found) == 1 else None


_BY_AGENT = re.compile(r"^\s+by\s+(?:the\s+)?(?P<first>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})")


def passive_agent_state(r: RawRelation, table: EntityTable) -> str | None:
    """ "were detained by Indian border police", "was seized by the Iranian navy": a by-phrase opened by
    a country's name or adjective gives the acting state even when its noun phrase is no mention; without
    one, a state's law-enforcement body that tells of the act is its agent (``telling_authority``)."""
    hit = _BY_AGENT.match(r.sentence.text[r.trigger_start + len(r.trigger_text) :])
    if hit is None:
        return telling_authority(r, table)
    words = hit.group("first").split()
    form = lexicon().country_at(words, 0)
    if form is None:
        return None
    key = f"Country:{normalize_name(form[1].country)}"
    return key if key in table.entities else None


def authority(target: str | None, authorities: Counter[str], table: EntityTable,
               affiliation: dict[str, set[str]], subject: str | None = None, named_only: bool = False,
               critics: set[str] | None = None) -> str | None:
    """Who imposes an agentless measure: the document's explicit sanctioning actor, else (unless ``named_only``)
    the most mentioned country that is not the target's own nor the ``subject`` the measure is about, nor one of
    the ``critics`` who take a stance on it in its sentence."""
    excluded = {target, subject} | affiliation.get(target or "", set())
    ent = table.entities.get(target or "")
    if ent is not None and ent.kind == "Person" and not authorities:
        excluded = {target}  # "X was arrested": by the state the article is about, often X's own
    excluded |= critics or set()
    if ent is not None and ent.country:
        excluded.add(ent.country)
    for key, _ in authorities.most_common():
        if key not in excluded:
            return key
    if named_only:
        return None
    countries = sorted((e for e in table.of_kind("Country") if e.key not in excluded),
                       key=lambda e: (-e.count, e.first))
    return countries[0].key if countries else None


# a modifier saying what a measure concerns, not who takes it: "Iran-related designations", "Russia-linked sanctions"
_ABOUT = re.compile(r"-(?:related|linked|connected|tied|focused|specific|centred|centered|themed)\s+(?:[a-z]+\s+)?$")


def measure_subject(r: RawRelation, table: EntityTable) -> str | None:
    """The actor an agentless measure is about ("the third round of Iran-related sanctions"): never its taker."""
    before = r.sentence.text[: r.trigger_start]
    hit = _ABOUT.search(before)
    if hit is None:
        return None
    end = r.sentence.start + hit.start()
    return next((m.entity for m in table.mentions.get(id(r.sentence), []) if m.end == end), None)


# the words that make a body or a phrase a state's law enforcement ("the State Committee for National Security",
#   "the Anti-Corruption Bureau", "X's prosecutor-general's office", "X's police chief")
_ENFORCERS = frozenset("police prosecutor prosecutors prosecution prosecutor-general procurator attorney-general "
                       "ministry committee commission agency bureau directorate gendarmerie constabulary security "
                       "intelligence investigation investigations customs".split())
_TOLD = re.compile(r"['’]s\s+(?P<words>(?:[\w\-]+(?:['’]s)?\s+){1,4}?)(?:said|says|told|announced|stated|confirmed)\b")


def telling_authority(r: RawRelation, table: EntityTable) -> str | None:
    """ "X was detained and later charged, according to the State Committee for National Security", "Y had been
    charged, Tajikistan's prosecutor-general's office said", "Z was arrested at the scene, Tehran's police chief
    told": an agentless arrest or charge told by a state's law-enforcement body is that body's act (a named
    body), or its state's (a country's office or officer), not that of the state the story is filed from."""
    told = r.props.get("attributed_to")
    ent = table.entities.get(told or "")
    if ent is not None and ent.kind == "Organization" and set(ent.tokens) & _ENFORCERS:
        return ent.key
    if (spoken_for := _speakers_body_word(r, table)) is not None:
        return spoken_for  # "..., bureau spokesperson X said": the bureau named before
    text = r.sentence.text
    for m in table.mentions.get(id(r.sentence), []):
        body = table.entities.get(m.entity or "")
        if body is None or m.entity == r.target or body.kind not in ("Country", "Organization"):
            continue
        if body.kind == "Organization":  # "the commission's deputy head, X, told reporters"
            if set(body.tokens) & _ENFORCERS and _OFFICER_TOLD.match(text, m.end - r.sentence.start):
                return body.key
            continue
        hit = _TOLD.match(text, m.end - r.sentence.start)
        if hit and set(hit.group("words").lower().replace("’", "'").replace("'s", " ").split()) & _ENFORCERS:
            return body.key
    return None


_OFFICER_TOLD = re.compile(r"['’]s\s+[^.;\"“]{0,60}?\b(?:said|says|told|announced|stated|confirmed)\b")


_BODY_TITLE = re.compile(r"\b(?P<body>[a-z]+)\s+(?:spokes(?:man|woman|person)|chief|head|director|official)\s+$")


def _speakers_body_word(r: RawRelation, table: EntityTable) -> str | None:
    """ "..., bureau spokesperson Mphatso Banda said": the one law-enforcement body of the article whose name holds the
    word before the speaker's title."""
    text, start = r.sentence.text, r.sentence.start
    for m in table.mentions.get(id(r.sentence), []):
        if m.kind != "Person" or not _SAID_AFTER.match(text, m.end - start):
            continue
        hit = _BODY_TITLE.search(text[max(0, m.start - start - 40) : m.start - start])
        if hit is None or hit.group("body") not in _ENFORCERS:
            continue
        bodies = [e.key for e in table.of_kind("Organization") if hit.group("body") in e.tokens]
        return bodies[0] if len(bodies) == 1 else None
    return None


_SAID_AFTER = re.compile(r",?\s+(?:" + SPEECH_TAGS + r"|confirmed|announced)\b")


# where people are sent: "were expelled to neighbouring Honduras and Costa Rica", "deported back to X"
_DESTINATION = re.compile(r"\s+(?:(?:[a-z]+ly|back|home|across\s+the\s+border)\s+)?(?:from\s+(?:[\w\-.’']+\s+){1,3})?(?:to|into)\s+(?:the\s+)?"
                          r"(?:neighbou?ring\s+)?(?:[\w\-.’']+(?:,|\s+(?:and|or))\s+){0,3}$")


def destinations(r: RawRelation, table: EntityTable) -> set[str]:
    """The places an agentless expulsion or deportation sends its people to: never who sent them."""
    sent = r.sentence
    after = sent.start + r.trigger_start + len(r.trigger_text)
    return {m.entity for m in table.mentions.get(id(sent), []) if m.entity and m.start >= after
            and _DESTINATION.fullmatch(sent.text[after - sent.start : m.start - sent.start])}


# the grounds of a detention: "on suspicion of spying for X", "on charges of smuggling arms to X", "accused of ..."
_GROUNDS = re.compile(r"\b(?:on\s+(?:the\s+)?suspicion\s+of|suspected\s+of|on\s+(?:[a-z]+\s+)?charges?\s+of|"
                      r"charged\s+(?:[\w\-]+\s+){0,3}?with|accused\s+of)\b")
_SERVED = re.compile(r"\b(?:for|to|with)\s+(?:the\s+)?$")  # "spying for X", "passing secrets to X", "links with X"


def suspected_parties(r: RawRelation, table: EntityTable) -> set[str]:
    """Those named in the grounds of an agentless detention ("were detained on suspicion of spying for X"): whom
    the suspects are said to have served, never who detained them (not "on charges of insulting X's president")."""
    sent = r.sentence
    after = r.trigger_start + len(r.trigger_text)
    grounds = _GROUNDS.search(sent.text, r.trigger_start)  # (from the trigger: "charged" opens "charged with")
    if grounds is None or re.search(r"[;.]", sent.text[after : grounds.start()]):
        return set()
    return {m.entity for m in table.mentions.get(id(sent), []) if m.entity and m.start - sent.start >= grounds.end()
            and _SERVED.search(sent.text, 0, m.start - sent.start)}
