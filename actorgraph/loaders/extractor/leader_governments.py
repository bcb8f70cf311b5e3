"""Governments named after their leader: "the Maduro government", "The Okafor administration", "the Reyes
regime", "the Dube cabinet", "the Salif junta", and "Okafor administration officials".

English names a government by the surname of the head who leads it. The mention is not the person: it stands
for the state that person heads. So the name resolves to the person the document names ("President Ada
Okafor"), and the mention to the state that person holds office in: the state given with the title ("Ruritanian
President X", "Ruritania's president X") at once, or, when only a later rule finds it (a post found as
``LEADS``/``HOLDS_POSITION`` of a country, the story's state for a bare "President X"), after the relations of
the document are read (``remap_leader_governments``). With no state found the actor is an organisation named
with its noun ("Okafor administration"), never the bare surname and never the person. A one-word name that
is a known organisation ("the Hamas government") stays that organisation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.mentions import Mention, insert_mentions, span_mention
from actorgraph.loaders.extractor.name_registry import contains, initials
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable
    from actorgraph.loaders.extractor.relations import RawRelation

VIA = "leader-government"
OWN_VIA = "leaders-government"  # "Okafor's government": the noun alone, after the leader's own mention
VIAS = frozenset({VIA, OWN_VIA})
_GOVERNMENT_NOUNS = frozenset("administration government regime cabinet junta".split())
# "Okafor administration officials said": the state's officials, acting for it as "Ruritanian officials" do
_OFFICIALS = frozenset("official officials".split())
_NAME_VIAS = frozenset({"single", "name"})
_OWN_MODIFIERS = frozenset("new own civilian".split())


def mark_leader_governments(sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    """Turn a name right before a lower-case government noun into a mention of that government, spanning the
    name and the noun (and "officials" after it): when the document names a person of that name, or names
    nothing else so ("the Hamas government ... Hamas said": the movement's own name, left to the usual reading)."""
    _mark_possessed(sentences, mentions)
    found = [(sent, m) for sent, ms in zip(sentences, mentions, strict=True) if not sent.headline
             for m in ms if _before_government_noun(sent, m)]  # (Title Case headlines: no telling)
    if not found:
        return
    people = [tuple(normalize_name(m.name).split()) for ms in mentions for m in ms if m.kind == "Person"]
    candidates = {id(m) for _, m in found}
    other_names = {normalize_name(m.name) for ms in mentions for m in ms if id(m) not in candidates}
    for sent, m in found:
        toks = tuple(normalize_name(m.name).split())
        person = any(len(p) > len(toks) and contains(p, toks) for p in people)
        if not person and (normalize_name(m.name) in other_names or not _after_article(sent, m)):
            continue  # (not "Interim government officials said": a word capitalised as the sentence opens)
        toks_after = sent.tokens
        end = m.j + 1
        if end < len(toks_after) and toks_after[end].text in _OFFICIALS \
                and not (end + 1 < len(toks_after) and toks_after[end + 1].is_cap):
            end += 1  # (not "the Okafor administration official Jane Roe": a titled person follows)
        m.j, m.end = end, toks_after[end - 1].end
        m.surface = sent.text[m.start - sent.start : m.end - sent.start]
        m.kind, m.via = None, VIA
        m.possessive = end < len(toks_after) and toks_after[end].text in ("'s", "’s", "'", "’")


def _mark_possessed(sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    """ "President Okafor's government", "Okafor's new cabinet": a mention of the government after the
    person's own (which stays the person's: the title, the name)."""
    for sent, ms in zip(sentences, mentions, strict=True):
        toks = sent.tokens
        added = []
        for m in ms:
            k = m.j + 1
            if sent.headline or not m.possessive or m.kind not in (None, "Person") or m.via in VIAS:
                continue
            if k < len(toks) and toks[k].text.lower() in _OWN_MODIFIERS:
                k += 1  # "Okafor's new government"
            if k < len(toks) and toks[k].text in _GOVERNMENT_NOUNS:
                added.append(span_mention(sent, k, k + 1, m.name, None, OWN_VIA))
        insert_mentions(ms, added)


def _after_article(sent: Sentence, m: Mention) -> bool:
    """ "the Vantorp administration", "a Vantorp administration official": a name, written after an article."""
    return m.i > 0 and sent.tokens[m.i - 1].text.lower() in ("the", "a", "an")


def _before_government_noun(sent: Sentence, m: Mention) -> bool:
    toks = sent.tokens
    j = m.j
    if m.via not in _NAME_VIAS or m.kind not in (None, "Person") or m.title is not None or m.possessive \
            or j >= len(toks) or toks[j].text.lower() not in _GOVERNMENT_NOUNS or not toks[j].text.islower():
        return False
    return not (m.i > 0 and toks[m.i - 1].text.lower() in ("and", "or", "&"))  # "the X and Y administrations"


def resolve_leader_government(table: EntityTable, m: Mention, last_seen: dict[str, int]) -> None:
    """The state of the person the name is the surname of (see the module's docstring)."""
    noun = next((w for w in m.surface.lower().split()[::-1] if w in _GOVERNMENT_NOUNS), "government")
    toks = tuple(normalize_name(m.name).split())
    people = [e for e in table.of_kind("Person") if contains(e.tokens, toks)]
    if people:
        seen = [e for e in people if e.key in last_seen]
        person = max(seen, key=lambda e: last_seen[e.key]) if seen else min(people, key=lambda e: e.first)
        if person.country and person.country_name:
            m.entity = table.add(person.country_name, "Country", m.start).key
            return
        ent = table.add(f"{m.name} {noun}", "Organization", m.start)
        _, own = table.leader_governments.get(ent.key, (person.key, True))
        table.leader_governments[ent.key] = (person.key, own and m.via == OWN_VIA)
        m.entity = ent.key
        return
    if m.via == OWN_VIA:
        return  # "Okafor's government" with no person Okafor: left alone
    tok = " ".join(toks)
    orgs = [e for e in table.of_kind("Organization") if tok in e.tokens or initials(e.tokens) == tok] \
        if len(toks) == 1 else []
    if len(orgs) > 1:
        orgs = [e for e in orgs if e.key in last_seen][-1:] or orgs[:0]
    m.entity = orgs[0].key if len(orgs) == 1 else table.add(f"{m.name} {noun}", "Organization", m.start).key


def remap_leader_governments(table: EntityTable, mentions: list[list[Mention]], raw: list[RawRelation],
                             affiliation: dict[str, str]) -> list[RawRelation]:
    """Once the document's relations are read: a government named after a person whose state a relation
    found ("X LEADS Ruritania") is that state; its relations go to the state, and the organisation goes. With
    no state found, "X's government" (only ever written so) is X, as the possessive reads plainly. A state
    only guessed for a bare title (the story's) is not taken when the government acts on that very state or
    its people ("President X welcomed Caracas's move ... the X administration lifted sanctions on three
    Venezuelan officials": X's own state is another)."""
    remap: dict[str, str] = {}
    for org, (person, own) in table.leader_governments.items():
        state = affiliation.get(person)
        if state and _guessed(raw, person, state) and state in _counterparts(table, raw, org):
            state = None
        to = state or (person if own else None)
        if to and org in table.entities:
            remap[org] = to
    if not remap:
        return raw
    for ms in mentions:
        for m in ms:
            if m.entity is not None and m.entity in remap:
                m.entity = remap[m.entity]
                m.kind = m.entity.split(":", 1)[0]
    for org, to in remap.items():
        gone = table.entities.pop(org)
        if to in table.entities:
            table.entities[to].count += gone.count
    out = []
    for r in raw:
        r.source = remap.get(r.source, r.source) if r.source else r.source
        r.target = remap.get(r.target, r.target) if r.target else r.target
        if (attributed := r.props.get("attributed_to")) and attributed in remap:
            r.props["attributed_to"] = remap[attributed]
        if r.source is None or r.source != r.target:
            out.append(r)
    return out


def _guessed(raw: list[RawRelation], person: str, state: str) -> bool:
    """Whether every post found for the person in that state was inferred from the story, not read."""
    posts = [r for r in raw if r.source == person and r.target == state and r.type in ("LEADS", "HOLDS_POSITION")]
    return all(r.props.get("affiliation") == "inferred" for r in posts)


def _counterparts(table: EntityTable, raw: list[RawRelation], org: str) -> set[str]:
    """The states on the other side of the government's relations (a group's own state for a group)."""
    out: set[str] = set()
    for r in raw:
        other = r.target if r.source == org else r.source if r.target == org else None
        ent = table.entities.get(other or "")
        if other and other.startswith("Country:"):
            out.add(other)
        elif ent is not None and ent.country:
            out.add(ent.country)
    return out


def recent_leader_government(m: Mention, history: list[tuple[Sentence, list[Mention]]]) -> str | None:
    """ "The Okafor administration accused X ... The administration also said": "the <noun>" is the government
    named after its leader with that noun in the sentence before or the one before that, unless a sentence in
    between opens with another state."""
    words = m.surface.lower().split()
    if len(words) != 2 or words[1] not in _GOVERNMENT_NOUNS:
        return None
    for sent, ms in reversed(history[-2:]):
        if sent.headline:
            continue
        named = next((p.entity for p in reversed(ms) if p.via in VIAS and p.entity
                      and words[1] in p.surface.lower().split()), None)
        if named:
            return named
        if ms and ms[0].kind == "Country" and ms[0].start - sent.start < 5:
            return None  # "Suriname's government denied it. The government ...": that state's
    return None
