""" "The bloc", "the company", "the firm": which organisation a description of its type refers to.

"The bloc" is a union, community, league or association of states (the EU after "the European Union's foreign
policy chief"), never a militia or a firm named more recently; "the company" or "the firm" is a business, not a
ministry, an armed group or a bloc. Among those, the one named first in the latest sentence that names any:
"sanctions on X, a shipping line controlled by the conglomerate Y, and on the company's director" -> X."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.apposition_heads import part_apposition_head
from actorgraph.loaders.extractor.headed_names import headed_by
from actorgraph.loaders.extractor.mentions import Mention, covered_tokens, insert_mentions, span_mention
from actorgraph.loaders.extractor.patterns import PAST_VERB
from actorgraph.loaders.extractor.possessed_bodies import possessed_body
from actorgraph.loaders.extractor.text import Sentence, previous_body

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import Entity, EntityTable

GENERIC_ORG_WORDS = frozenset("group movement militia rebels organisation organization fighters insurgents militants "
                              "gang coalition cartel front network bloc alliance".split())
PARTY_HEADS = frozenset("league congress front movement party".split())
ARMED_GROUP_WORDS = frozenset("group movement militia rebels fighters insurgents militants gang cartel front".split())
STATE_BODY_WORDS = frozenset("nations ministry department agency commission court tribunal office parliament assembly "
                             "senate congress embassy treasury security".split())

_BLOC_WORDS = frozenset("union community association league bloc cooperation organisation organization "
                        "commonwealth".split())
_BLOC_ANAPHORS = frozenset({"bloc", "union"})
_BUSINESS_ANAPHORS = frozenset({"company", "firm"})
_NGO_ANAPHORS = frozenset({"ngo", "ngos", "charity", "watchdog"})
# "the French aid group X", "a rights watchdog, X": the words that introduce a non-governmental organisation
_INTRODUCED_AS = re.compile(r"\b(?:the|a|an)\s+(?P<words>(?:[\w\-]+\s+){0,3}?(?:group|organi[sz]ation|charity|ngo|"
                            r"watchdog|monitor|foundation|network))\s*,?\s*$", re.I)
_NGO_WORDS = frozenset("aid rights humanitarian charity relief advocacy civil monitoring watchdog non-governmental "
                       "ngo medical press-freedom".split())
# who did it, named by the deed: the armed organisation in the news, never a state body or a firm
_ROLE_ANAPHORS = frozenset("kidnappers captors abductors hostage-takers attackers assailants separatists "
                           "jihadists".split())
_ARMED_NAME_WORDS = frozenset("army front forces brigade brigades militia movement rebels liberation jihad "
                              "resistance units battalion".split())
# "the rebels", "the militants": people under arms against a state, so an armed organisation by its name
# ("... Army", "... Front") rather than a party, and never a unit of a state's forces ("3rd Infantry Division")
_COMBATANTS = frozenset("rebels insurgents militants fighters guerrillas militiamen".split())
_STATE_FORCE_WORDS = frozenset("division infantry regiment corps navy police gendarmerie command ministry "
                               "marines battalions".split())
_NOT_BUSINESS = _BLOC_WORDS | frozenset("party movement front army forces council nations alliance".split())


def description_pool(word: str, orgs: list[Entity], not_business: frozenset[str]) -> list[Entity]:
    """The organisations a typed description can mean; empty when the word carries no type of its own."""
    if word in _NGO_ANAPHORS:  # "the NGO", "the charity": one introduced as an aid, rights or relief group
        return [e for e in orgs if "ngo" in e.described]
    if word in _BLOC_ANAPHORS:
        blocs = [e for e in orgs if set(e.tokens) & _BLOC_WORDS and not set(e.tokens) & not_business - _BLOC_WORDS
                 and not e.armed]  # headed by a bloc word: the union itself, not its council ("Council of the EU")
        return [e for e in blocs if _head(e.tokens) in _BLOC_WORDS] or blocs
    if word in _ROLE_ANAPHORS:
        return [e for e in orgs if is_armed(e)]
    if word in _BUSINESS_ANAPHORS:
        return [e for e in orgs if not set(e.tokens) & (_NOT_BUSINESS | not_business) and not e.armed]
    return []


_ARMED_ADJECTIVE = re.compile(r"(?:the|this|that)\s+(?:armed|rebel|militant|insurgent|jihadist)\s", re.I)


def is_armed(e: Entity) -> bool:
    """An organisation under arms: called "the group"/"the militants" before, or so named ("... Front", "... Army")."""
    return e.armed or bool(set(e.tokens) & _ARMED_NAME_WORDS)


def _head(tokens: tuple[str, ...]) -> str:
    """The head noun of a name: its last word, or the word before "of" ("council" of "council of the eu")."""
    k = tokens.index("of") if "of" in tokens[1:] else len(tokens)
    return tokens[k - 1] if k else ""


def first_in_latest_sentence(pool: list[Entity], here: list[Mention],
                             history: list[tuple[Sentence, list[Mention]]]) -> Entity | None:
    keys = {e.key: e for e in pool}
    for ms in [here] + [ms for _, ms in reversed(history)]:
        found = next((x.entity for x in ms if x.entity in keys and x.via not in ("org-anaphor", "possessor")), None)
        if found is not None:
            return keys[found]
    return None


def resolve_org_anaphor(table: EntityTable, m: Mention, last_seen: dict[str, int], named_here: set[str],
                        here: list[Mention], history: list[tuple[Sentence, list[Mention]]], sent: Sentence) -> None:
    """ "the group", "the party", "the bloc", "the kidnappers": an organisation already named. ``named_here``:
    organisations named (not referred back to) earlier in the same sentence; ``here``: the mentions before."""
    word = normalize_name(m.surface.split()[-1])
    orgs = [e for e in table.of_kind("Organization") if e.key in last_seen and not e.outlet]
    if not orgs:
        return
    own = own_organisation(m, orgs, here, history)
    if own is not None:  # "his party", "her organisation": the one the person was introduced with
        m.entity = own.key
        return
    if here and (owner := possessed_body(m, sent, orgs, here)) is not None:  # "X said its fighters ...": X
        m.entity = owner.key
        owner.armed = owner.armed or word in ARMED_GROUP_WORDS
        return
    named = [e for e in orgs if word in e.tokens or word.rstrip("s") in e.tokens]
    if not named and (headed := headed_by(word, orgs, m.start, last_seen)) is not None:
        m.entity = headed.key  # "the opposition X bloc ... the bloc's leader": X, not a union of states
        headed.described.add(word)
        return
    typed = [] if named else description_pool(word, orgs, STATE_BODY_WORDS | ARMED_GROUP_WORDS)
    chosen = first_in_latest_sentence(typed, here, history) if typed else None
    if chosen is not None:  # "the bloc" after "the European Union's ...", "the company" for a firm
        m.entity = chosen.key
        return
    pool = named or (orgs if word in GENERIC_ORG_WORDS else [])
    introduced = [e for e in orgs if word in e.described and e not in named] if word in ARMED_GROUP_WORDS else []
    if named and introduced:  # "the aid group X ... the Wagner Group ... accused the group": X, introduced so
        pool, named = introduced, []
    if not named and word == "party":  # "the party" for "the Unity League", "the National Congress"
        pool = [e for e in orgs if set(e.tokens) & PARTY_HEADS]
    if not named and word in ARMED_GROUP_WORDS:  # "the group" is not the United Nations or a ministry
        pool = [e for e in pool if not set(e.tokens) & STATE_BODY_WORDS] or pool
    if not named and word in _COMBATANTS:
        pool = [e for e in pool if not set(e.tokens) & _STATE_FORCE_WORDS] or pool
        pool = [e for e in pool if is_armed(e)] or pool
    if not named and _ARMED_ADJECTIVE.match(m.surface) and (armed := [e for e in pool if set(e.tokens) & _ARMED_NAME_WORDS]):
        pool = armed  # "accused the armed group of ...": the "... Army" named, not "a documentation group" (round 23)
    # "accused the Taliban of sheltering the militants": an organisation just named in the same
    # sentence would be repeated by name or "itself", not described; prefer another one
    # ... unless it is the possessor the sentence opens with ("X's leader, Y, said the group ..."): its own
    owner = next((e for e in pool if here and here[0].possessive and e.key == here[0].entity), None)
    others = [e for e in pool if e.key not in named_here]
    if not named and word in ARMED_GROUP_WORDS and not any(word in e.described or e.armed for e in others) \
            and any(word in e.described or (_armed_here(e, here, sent) and not any(map(is_armed, others)))
                    for e in pool if e.key in named_here):
        others = []  # ... but not for a body never called so: "the X Front had ... and sanctioned the group's leader"
        # (unless so named here: 'targeted "X terrorists" ... a commander in the group's unit')
    pool = [owner] if owner is not None else others or pool
    if not named and word in ARMED_GROUP_WORDS:  # the one already called "the group" before a newer name
        pool = prefer_described(pool, word)
    if not pool:
        return
    chosen = previous_subject(pool, history) if not named and word in ARMED_GROUP_WORDS and not here else None
    chosen = chosen or max(pool, key=lambda e: last_seen[e.key])
    if not named:  # not the Y of "the X Front, an offshoot of Y": the X Front
        chosen = part_apposition_head(chosen, pool, history, here, sent)
    m.entity = chosen.key
    chosen.armed = chosen.armed or word in ARMED_GROUP_WORDS
    chosen.described.add(word)


# an armed noun right after a body's name: "X fighters", '"X terrorists"'
_ARMED_NOUN_AFTER = re.compile(r"\s+(?:terrorists|militants|fighters|gunmen|rebels|insurgents|guerrillas|militiamen)\b", re.I)


def _armed_here(e: Entity, here: list[Mention], sent: Sentence) -> bool:
    """Whether the sentence names ``e`` with an armed noun after the name ('"X terrorists"', "X fighters")."""
    return any(x.entity == e.key and _ARMED_NOUN_AFTER.match(sent.text, x.end - sent.start) for x in here)


def own_organisation(m: Mention, pool: list[Entity], here: list[Mention],
                     history: list[tuple[Sentence, list[Mention]]]) -> Entity | None:
    """ "Fung said his organisation ...", "A senior X leader, Y, said his party ...": the organisation named
    next to the person where the person was introduced ("Y, who runs the Z", "Z's head, Y", "an X leader, Y")."""
    if not m.surface.lower().startswith(("his ", "her ")):
        return None
    person = next((x.entity for x in reversed(here) if x.kind == "Person" and x.entity), None)
    if person is None:
        return None
    keys = {e.key: e for e in pool}
    for ms in [ms for _, ms in history] + [here]:
        intro = next((x for x in ms if x.entity == person and x.via not in ("pronoun", "possessor")), None)
        if intro is None:
            continue
        near = [x for x in ms if x.entity in keys and x.via != "org-anaphor"
                and -_NEAR_BEFORE < x.start - intro.start and x.start - intro.end < _NEAR_AFTER]
        return keys[min(near, key=lambda x: abs(x.start - intro.start)).entity] if near else None  # type: ignore[index]
    return None


_NEAR_BEFORE, _NEAR_AFTER = 40, 80  # characters around a person's introduction that name their organisation


def prefer_described(pool: list[Entity], word: str) -> list[Entity]:
    """ "the group" again: the organisation the article already calls so, before one named since."""
    return [e for e in pool if word in e.described] or [e for e in pool if e.armed] or pool


def previous_subject(pool: list[Entity], history: list[tuple[Sentence, list[Mention]]]) -> Entity | None:
    """ "The X (XX), the armed wing of the Y (YY), seized ... . In a video released by the group": the
    organisation the previous sentence opens with, not the one named last in it."""
    prev = previous_body(history)
    if prev is None or not prev[1]:
        return None
    first = prev[1][0]
    return next((e for e in pool if e.key == first.entity), None)


def ngo_anaphors(sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    """ "The NGO denied ...": "the NGO" (or "the charity" read as a name) refers back; it is no organisation
    of its own (it would become an actor named "NGO"). Run before names are registered."""
    for sent, ms in zip(sentences, mentions, strict=True):
        for m in ms:
            if m.kind == "Organization" and m.surface.lower() in _NGO_ANAPHORS \
                    and re.search(r"\bthe\s+$", sent.text[: m.start - sent.start], re.I):
                m.kind, m.via, m.entity = None, "org-anaphor", None


def mark_ngo_introductions(table: EntityTable, sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    """ "ordered the French aid group X to leave": an organisation introduced by an aid, rights or relief
    description is what "the NGO" or "the charity" refers to."""
    for sent, ms in zip(sentences, mentions, strict=True):
        for m in ms:
            if m.kind != "Organization" or not m.entity or m.entity not in table.entities:
                continue
            intro = _INTRODUCED_AS.search(sent.text[max(0, m.start - sent.start - 60) : m.start - sent.start])
            if intro and set(intro.group("words").lower().split()) & _NGO_WORDS:
                table.entities[m.entity].described.add("ngo")


# the head nouns of institutions' names that "the <head>" refers back to once the full name was given
# ("the Special Anti-Fraud Office ... the office said"); the words already read as anaphors (agency, council,
# mission, party ...) are left to the mention finder
_INSTITUTION_HEADS = frozenset("office commission court ministry bureau authority directorate tribunal bank committee "
                               "fund union assembly parliament board institute foundation association corporation".split())
# what may follow such a description for it to be the actor, not a modifier ("the court building")
AFTER_HEAD = frozenset("said says say had has have was were is are would will could can may might did does also "
                       "not and or to for with that which who in on at after over of from against by as into".split())


def institution_anaphors(table: EntityTable, sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    """ "the office", "the prosecutor's office", "the electoral commission": an organisation named earlier
    whose name holds the head noun (and any modifier) refers back; resolved as an organisation anaphor."""
    orgs = [e for e in table.entities.values() if e.kind == "Organization" and set(e.tokens) & _INSTITUTION_HEADS]
    if not orgs:
        return
    for sent, ms in zip(sentences, mentions, strict=True):
        if sent.headline:
            continue
        toks, lower = sent.tokens, [t.text.lower() for t in sent.tokens]
        taken, added = covered_tokens(ms), []
        for i, w in enumerate(lower):
            if w != "the":
                continue
            head = next((k for k in range(i + 1, min(i + 4, len(toks))) if lower[k] in _INSTITUTION_HEADS), None)
            if head is None or taken & set(range(i, head + 1)) or any(toks[k].is_cap for k in range(i + 1, head + 1)):
                continue
            if head + 1 < len(toks) and (toks[head + 1].is_cap or lower[head + 1].isalpha()
                                         and lower[head + 1] not in AFTER_HEAD and not PAST_VERB.fullmatch(lower[head + 1])):
                continue  # "the court building", "the Court of ...", "the commission Chairman"
            words = {normalize_name(x) for x in lower[i + 1 : head + 1] if x not in ("'s", "’s")}
            if any(words <= set(e.tokens) and e.first < toks[i].start for e in orgs):
                added.append(span_mention(sent, i, head + 1, " ".join(t.text for t in toks[i : head + 1]), None,
                                          "org-anaphor"))
        insert_mentions(ms, added)


_CLASS_NOUN = r"(?P<noun>group|movement|militia|front|gang|cartel|rebels|insurgents|militants)"
# "a separatist student group, the X": the description right before the name
_CLASS_BEFORE = re.compile(rf"\b(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}{_CLASS_NOUN}\s*(?:,\s*(?:the\s+)?)?$", re.I)
# "The X (XX), a rebel group based in ...": the apposition right after it
# (no preposition between: ", a spokesman for the group" describes the person who follows, not X)
_CLASS_AFTER = re.compile(rf"^\)?\s*(?:\([^)]{{1,20}}\)\s*)?,\s+(?:a|an|the)\s+(?:(?!(?:for|of|from|with|to|in|at|by|"
                          rf"on)\b)[\w\-]+\s+){{0,3}}?{_CLASS_NOUN}\b", re.I)


def mark_class_introductions(table: EntityTable, sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    """ "a separatist student group, the X" / "the X, a rebel group based in ...": an organisation introduced
    by its class noun is what "the group" refers to later, before one merely named since."""
    for sent, ms in zip(sentences, mentions, strict=True):
        if sent.headline:
            continue
        for m in ms:
            if m.kind != "Organization" or not m.entity or m.entity not in table.entities:
                continue
            hit = _CLASS_BEFORE.search(sent.text[max(0, m.start - sent.start - 60) : m.start - sent.start]) \
                or _CLASS_AFTER.match(sent.text[m.end - sent.start :])
            if hit:
                table.entities[m.entity].described.add(hit.group("noun").lower())
