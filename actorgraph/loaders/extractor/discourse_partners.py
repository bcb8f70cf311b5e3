"""Who a relation left without a partner answers or addresses, found in the relations before it: the accuser a
denial answers, the author of the act a protest condemns, the two sides an appeal for calm or an offer to
mediate addresses, the state a leader's partner stands for. Split from discourse.py, whose document pass
(complete_relations) asks it."""

from __future__ import annotations

import re
from itertools import chain

from actorgraph.loaders.extractor.calm_appeals import CALM_APPEAL, main_conflict
from actorgraph.loaders.extractor.co_accusers import co_accusers
from actorgraph.loaders.extractor.coref import EntityTable
from actorgraph.loaders.extractor.further_asks import asked_for_more
from actorgraph.loaders.extractor.moved_acts import moved_authors
from actorgraph.loaders.extractor.offer_recipients import (
    offer_recipient,
    offer_to_act,
    renewed_offer,
    unnamed_assistance,
)
from actorgraph.loaders.extractor.patterns import EVENT_TWINS
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.reported_claims import statement_authors
from actorgraph.loaders.extractor.state_voices import state_voice

TALKS = ("MEETS_WITH", "NEGOTIATES_WITH")
_FOLLOW_UP = re.compile(r"matching|similar|parallel|equivalent|same|own|mirror")
_HOSTILE = ("ATTACKS", "COERCES", "ACCUSES", "SANCTIONS", "DESIGNATES", "MOBILIZES_AGAINST", "THREATENS")
_ANSWERED = {"DENIES": ("ACCUSES", "SANCTIONS", "DESIGNATES", "INVESTIGATES"),
             "REJECTS": ("OFFERS", "DEMANDS", "ACCUSES"),
             "PROTESTS": _HOSTILE,
             "THREATENS": _HOSTILE}
_CONFLICT = _HOSTILE + ("DENIES", "REJECTS", "PROTESTS")
_CHARACTERISED = _HOSTILE + ("PROTESTS", "DEMANDS")  # what "what it called interference" may name
_VOICED = ("ACCUSES", "THREATENS")  # a leader's or spokesperson's accusation or warning rejected: the state's
_MEASURES_DENIED = ("SANCTIONS", "DESIGNATES", "INVESTIGATES")
_STATE_MEASURES = ("SANCTIONS", "DESIGNATES")  # a state's, whichever of its ministers announced them  # a listing or a charge imputes what is denied
# "denied inciting the riot", "denies having ordered the shootings": a deed of the denier's own, as charged
_DENIED_DEED = re.compile(r"\s+(?:ever\s+)?(?:having\s+[a-z]+(?:ed|en|t)|[a-z]+ing(?<!thing))\b")
_INVOLVEMENT = re.compile(r"\s+(?:(?:any|all|having)\s+(?:[\w\-]+\s+)?(?:connection|link|role|involvement|ties|association|"
                          r"dealings|wrongdoing)s?|wrongdoing)\b", re.I)


def answer_partners(r: RawRelation, earlier: list[RawRelation], same_side,  # type: ignore[no-untyped-def]
                    affiliation: dict[str, set[str]], table: EntityTable) -> list[str]:
    """The partners ``r`` answers or addresses, found in ``earlier`` (a denial's accuser as the state that voiced it)."""
    if offer_to_act(r) or unnamed_assistance(r):  # "offered to send observers": the talks partner or home
        recipient = offer_recipient(r, earlier, table, same_side, lambda p, s: _side_of(p, s, affiliation))
        return [recipient] if recipient else []
    found = _candidates(r, earlier, same_side, affiliation, table)
    if r.type != "DENIES" and not (r.type == "REJECTS" and r.props.get("event") in _VOICED):
        return found  # rejecting the criticism or the threat answers a state whose leader voiced it, as a denial does
    return list(dict.fromkeys(state_voice(who, r, same_side, affiliation, table) for who in found))


def _candidates(r: RawRelation, earlier: list[RawRelation], same_side,  # type: ignore[no-untyped-def]
                affiliation: dict[str, set[str]], table: EntityTable) -> list[str]:
    event = r.props.get("event")
    authors = statement_authors(r, earlier, same_side) if event else None
    if authors:  # "dismissed the statement": whoever made the latest statement, together
        return authors
    if event == "AGREES_WITH":  # "welcomed the deal": the parties to it, other than the speaker's side
        for e in reversed(earlier):
            if e.type == event and e.source and e.target:
                parties = [p for x in earlier if x.type == event and x.sentence is e.sentence
                           for p in (x.source, x.target) if p and not same_side(p, r.source)]
                return list(dict.fromkeys(_side_of(p, r.source, affiliation) for p in parties))
        return []
    if event == "ANY":  # "welcomed the move": the latest act (not a statement) of another side (moved_acts)
        if asked := asked_for_more(r, table):  # "... and urged the EU to also ...", "... to withdraw it"
            return asked
        return moved_authors(r, earlier, same_side, lambda p: _side_of(p, r.source, affiliation))
    if event:  # "condemned the arrest": whoever carried out the arrest (the other side when it was us)
        # an act stated in so many words before one a report imputes ("denies the accusation")
        for e in chain((e for e in reversed(earlier) if not e.props.get("reported")),
                       (e for e in reversed(earlier) if e.props.get("reported")
                        and not (e.props.get("passive_charge") and not same_side(e.target, r.source)))):  # (its target's)
            if e.type in EVENT_TWINS.get(event, (event,)) and e.source and e.target:
                if r.type == "DENIES" and e.type == "ACCUSES" and not same_side(e.target, r.source) \
                        and (not (r.source or "").startswith("Person:") or affiliation.get(r.source or "")):
                    continue  # "called the accusations baseless": a charge against the denier's side (when its side
                    #   is known), not any
                if not same_side(e.source, r.source):
                    same_event = [x.source for x in earlier if x.type == e.type and x.sentence is e.sentence
                                  and x.source and not same_side(x.source, r.source)]
                    if r.type == event == "ACCUSES":  # a state calling a minister's claim a provocation: the state's
                        same_event = [_side_of(x, r.source, affiliation) for x in same_event]
                    elif e.type in _STATE_MEASURES:  # "called the sanctions an attack": the state a minister
                        same_event = [_side_of(x, None, affiliation) for x in same_event]  # imposing them serves
                    return list(dict.fromkeys(same_event))
                # (defending or welcoming one's own side's act backs no one it was done to)
                if not same_side(e.target, r.source) and r.type == "REJECTS":
                    return [e.target]
        if r.type not in _ANSWERED:
            return []
    if r.type == "DEMANDS" and CALM_APPEAL.search(r.trigger_text):
        return main_conflict(r, earlier, same_side, _CONFLICT)  # "urged restraint": to the two sides of the story's conflict
    if r.type == "OFFERS":  # "offered to mediate": between the two sides (states or bodies) of the latest conflict
        renewed = renewed_offer(r, earlier, same_side)  # "... was ready to host talks" after its offer to mediate
        if renewed:
            return renewed
        for e in reversed(earlier):
            if e.type in _CONFLICT and e.source and e.target and not same_side(e.source, r.source) \
                    and not same_side(e.target, r.source) and not e.target.startswith("Group:"):
                return [_side_of(e.source, r.source, affiliation), _side_of(e.target, r.source, affiliation)]
        return []
    found = _partner(r, earlier, same_side)
    if found and r.type == "DENIES":  # "The US and Britain accused X ... X denied": both
        return [found, *co_accusers(r, found, earlier, same_side)]
    if found and r.type not in _ANSWERED:
        found = _side_of(found, r.source, affiliation)  # "Beijing signed" after its minister met X: X's state
    elif found and r.type == "REJECTS" and (side := _side_of(found, r.source, affiliation)) != r.source:
        found = side  # a ministry rejecting another state's minister's note: hers
    return [found] if found else []


def _side_of(actor: str, speaker: str | None, affiliation: dict[str, set[str]]) -> str:
    """A person acting for a state or organisation stands for it when a state or organisation answers:
    "Baku praised the deal" signed by two leaders -> the other leader's country."""
    if not actor.startswith("Person:") or (speaker or "").startswith("Person:"):
        return actor
    sides = sorted(a for a in affiliation.get(actor, ()) if a.startswith(("Country:", "Organization:")))
    return sides[0] if len(sides) == 1 else actor


def _partner(r: RawRelation, earlier: list[RawRelation], same_side) -> str | None:  # type: ignore[no-untyped-def]
    answered = ("ACCUSES",) if r.props.get("denies") == "act" else _ANSWERED.get(r.type)
    if r.type == "ACCUSES" and r.trigger_text.lower() == "what":  # "rejected what he called interference"
        answered = _CHARACTERISED
    if r.type == "SANCTIONS" and _FOLLOW_UP.search(r.trigger_text):  # "impose matching measures"
        return next((e.target for e in reversed(earlier) if e.type == r.type and e.target and e.source != r.source), None)
    if answered and r.type in ("DENIES", "REJECTS"):  # "Pakistan accuses X of ..., an allegation Kabul rejects"
        here = [e.source for e in earlier if e.sentence is r.sentence and e.type in answered and e.source
                and e.source != r.source]
        if here:
            return here[-1]
    if answered:  # an accusation made in so many words, then a measure or charge, then one imputed by a report
        denied = r.sentence.text[r.trigger_start + len(r.trigger_text) :]
        for step in ("explicit", "measure", "reported"):
            if step == "measure":
                if r.props.get("denies") != "act" or not (_INVOLVEMENT.match(denied) or _DENIED_DEED.match(denied)):
                    continue
                # "the EU sanctioned the company; it denies any connection to X", "prosecutors charged X ... X has
                # denied ordering the shootings": no accusation on record, but the measure or charge is one
                found = next((e.source for e in reversed(earlier) if e.type in _MEASURES_DENIED and e.source
                              and e.target and same_side(e.target, r.source)), None)
                if found:
                    return found
                continue
            for e in reversed(earlier):
                if e.source and e.target and e.type in answered and same_side(e.target, r.source) \
                        and (step == "reported" or not e.props.get("reported")):
                    return e.source
        return None
    for e in reversed(earlier):
        if not e.source or not e.target:
            continue
        if answered:
            pass
        elif e.type in TALKS and abs(e.sentence.paragraph - r.sentence.paragraph) <= 1:
            if same_side(e.source, r.source):
                return e.target
            if same_side(e.target, r.source):
                return e.source
    return None
