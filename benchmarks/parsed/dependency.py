"""Relations read off a dependency parse: a frame's verb (or light verb + noun) with actors as its subject and
object. The parse decides who is the subject, however far it stands from the verb, through relative clauses,
coordination, control ("X sought to negotiate with Y") and passives; the rules' mentions decide who the actors are."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from actorgraph.graph.registry import RelationStatus

# nouns for a state's unnamed bodies: "Peru's foreign ministry", "Chinese authorities" act for the state
STATE_BODIES = frozenset("government ministry army military police authorities officials forces troops navy "
                         "administration regime cabinet prosecutors court courts coastguard guard diplomats".split())
_MODALS = frozenset("may might could would should will shall 'll".split())
_PLANNING = frozenset("plan expect want seek threaten intend consider hope propose prepare aim try vow pledge promise "
                      "offer agree decide mull weigh".split())
_ALLEGING = frozenset("accuse allege claim charge suspect".split())
_DENYING = frozenset("deny".split())
_NEGATING = frozenset("refuse decline fail".split())
_HEDGES = {"allegedly": RelationStatus.ALLEGED, "reportedly": RelationStatus.REPORTED,
           "purportedly": RelationStatus.ALLEGED, "supposedly": RelationStatus.ALLEGED}
_SUBJECTS = ("nsubj", "csubj")


@dataclass(frozen=True)
class Frame:
    type: str
    preps: tuple[str, ...] = ()
    direct: bool = True
    objects: tuple[str, ...] = ()  # target kinds allowed (empty: any)
    reverse: bool = False  # "appointed X as minister": X HOLDS_POSITION the appointer


@dataclass(frozen=True)
class Found:
    source: str
    type: str
    target: str
    status: RelationStatus
    trigger: str
    trigger_index: int  # the trigger's token index in the sentence's parse


def _frame(spec: dict[str, Any]) -> Frame:
    return Frame(spec["type"], tuple(spec.get("preps") or ()), bool(spec.get("direct", True)),
                 tuple(spec.get("objects") or ()), bool(spec.get("reverse", False)))


@cache
def frames() -> tuple[dict[str, Frame], dict[str, Frame]]:
    """(verb frames, noun frames) by lemma, from ``frames.yaml``."""
    data = yaml.safe_load(resources.files(__package__).joinpath("frames.yaml").read_text(encoding="utf-8"))
    return ({k: _frame(v) for k, v in data["verbs"].items()}, {k: _frame(v) for k, v in data["nouns"].items()})


class SentenceActors:
    """Which actor (entity key and kind) each token of a parsed sentence stands for."""

    def __init__(self, by_token: dict[int, tuple[str, str | None]]) -> None:
        self.by_token = by_token

    def of_phrase(self, tok: Any) -> list[str]:
        """The actors a noun phrase headed by ``tok`` names: its own mention, the state behind a state body
        ("Peru's foreign ministry", "Chilean authorities"), an apposed mention, and each conjunct's."""
        out: list[str] = []
        for head in (tok, *tok.conjuncts):
            key = self._head_actor(head)
            if key and key not in out:
                out.append(key)
        return out

    def kind(self, key: str) -> str | None:
        return next((k for e, k in self.by_token.values() if e == key), None)

    def _head_actor(self, tok: Any) -> str | None:
        if tok.i in self.by_token:
            return self.by_token[tok.i][0]
        if tok.lemma_.lower() in STATE_BODIES or tok.lower_ in STATE_BODIES:
            for child in tok.children:
                if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i in self.by_token:
                    key, kind = self.by_token[child.i]
                    if kind == "Country":
                        return key
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and pobj.i in self.by_token and self.by_token[pobj.i][1] == "Country":
                            return self.by_token[pobj.i][0]
        for child in tok.children:
            if child.dep_ == "appos" and child.i in self.by_token:
                return self.by_token[child.i][0]
        return None


def _children(tok: Any, *deps: str) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def _subjects(verb: Any, actors: SentenceActors, depth: int = 0) -> list[str]:
    if depth > 4:
        return []
    if any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN" and verb.dep_ == "acl":
        agents = [p for a in _children(verb, "agent") for p in _children(a, "pobj")]
        return [k for p in agents for k in actors.of_phrase(p)]
    for subj in _children(verb, *_SUBJECTS):
        found = actors.of_phrase(subj)
        if found or subj.pos_ != "PRON" or subj.lower_ not in ("which", "that", "who"):
            return found
    head = verb.head
    if verb.dep_ == "relcl":  # "the militia, which attacked X"
        return actors.of_phrase(head)
    if verb.dep_ == "xcomp":  # "urged Peru to negotiate": the object controls; "sought to negotiate": the subject
        objects = _children(head, "dobj")
        if objects:
            return actors.of_phrase(objects[0])
        return _subjects(head, actors, depth + 1)
    if verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        return _subjects(head, actors, depth + 1)
    return []


def _targets(tok: Any, frame: Frame, actors: SentenceActors) -> list[str]:
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    heads: list[Any] = []
    if passive:
        heads += _children(tok, "nsubjpass")
    elif frame.direct:
        heads += _children(tok, "dobj", "dative")
    for prep in _children(tok, "prep"):
        if prep.lower_ in frame.preps:
            heads += _children(prep, "pobj")
    out = [k for h in heads for k in actors.of_phrase(h)]
    if frame.objects:
        out = [k for k in out if actors.kind(k) in frame.objects]
    return out


def _status(verb: Any) -> RelationStatus:
    node = verb
    for _ in range(5):
        children = list(node.children)
        if any(c.dep_ == "neg" for c in children):
            return RelationStatus.NEGATED
        for c in children:
            if c.dep_ == "advmod" and c.lower_ in _HEDGES:
                return _HEDGES[c.lower_]
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children):
            return RelationStatus.HYPOTHETICAL
        if node.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "ccomp", "advcl", "conj") or node.head is node:
            break
        lemma = node.head.lemma_.lower()
        if node.dep_ == "xcomp" and lemma in _PLANNING:
            return RelationStatus.HYPOTHETICAL
        if node.dep_ == "xcomp" and lemma in _NEGATING:
            return RelationStatus.NEGATED
        if lemma in _ALLEGING and node.dep_ in ("pcomp", "pobj", "prep", "ccomp"):
            return RelationStatus.ALLEGED
        if lemma in _DENYING:
            return RelationStatus.DENIED
        node = node.head
    return RelationStatus.ASSERTED


def _pairs(sources: list[str], targets: list[str], frame: Frame) -> Iterator[tuple[str, str]]:
    for s in sources:
        for t in targets:
            if s != t:
                yield (t, s) if frame.reverse else (s, t)


def read_relations(sent: Any, actors: SentenceActors) -> list[Found]:
    """The relations the frames find in one parsed sentence (a spaCy ``Span`` or ``Doc``)."""
    verbs, nouns = frames()
    out: list[Found] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in verbs:
            frame = verbs[lemma]
            pairs = _pairs(_subjects(tok, actors), _targets(tok, frame, actors), frame)
            status = _status(tok)
            out += [Found(s, frame.type, t, status, tok.text, tok.i) for s, t in pairs]
        elif tok.pos_ == "NOUN" and lemma in nouns and tok.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj", "conj"):
            frame = nouns[lemma]
            targets = _targets(tok, Frame(frame.type, frame.preps, False, frame.objects), actors)
            if not targets:
                continue
            owners = [k for c in _children(tok, "poss", "amod", "compound") for k in actors.of_phrase(c)]
            owners += [k for a in _children(tok, "prep") if a.lower_ == "by" for p in _children(a, "pobj")
                       for k in actors.of_phrase(p)]
            governor = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" else None
            if not owners and governor is not None and tok.dep_ == "dobj":
                owners = _subjects(governor, actors)
            status = _status(governor) if governor is not None else RelationStatus.ASSERTED
            out += [Found(s, frame.type, t, status, tok.text, tok.i) for s, t in _pairs(owners, targets, frame)]
    return out
