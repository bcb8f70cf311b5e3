"""What a defence lawyer says, the lawyer says for the client, against whoever arrested, charged or accused
the client.

"Police arrested X on Monday. X's lawyer, Y, denied that he led any gang" -> Y DENIES the side that arrested X
(not whoever spoke last); '"This was a trial of ideas, not of crimes," Y told reporters' and "Y, who described
the case as 'a political lynching'" -> Y ACCUSES that side: a quoted statement of the lawyer of someone arrested
or charged contests the case. A lawyer's unquoted report ("the court granted the request, X's lawyer, Y, said",
"according to her lawyer, Y") is not a statement against anyone.

The lawyer and the client come from the personal tie found for "X's lawyer, Y", "his lawyer, Y" or "Y, a lawyer
for X"; the adversary is the latest act that imputes something to the client (an arrest, charge, accusation,
sanction, listing or attack) by a party not on the client's side."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.state_measures import state_of_body
from actorgraph.loaders.extractor.text import Sentence, has_part

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

_LAWYER = re.compile(r"\b(?:lawyers?|attorneys?|counsel|solicitors?|barristers?)\b", re.I)
_IMPUTING = ("COERCES", "INVESTIGATES", "ACCUSES", "SANCTIONS", "DESIGNATES", "ATTACKS")
_CASE = ("COERCES", "INVESTIGATES")
_ATTRIBUTION = re.compile(r"\baccording\s+to\s+[^.;\"“”]{0,60}$", re.I)  # "..., according to his lawyer, Y, who said"
# "Defence lawyer Y", "the defence lawyer, Y": a lawyer; "Y, a lawyer representing the three", "Y, one of the defence lawyers"
_LAWYER_BEFORE = re.compile(r"\b(?:defen[cs]e|human[\s-]rights)\s+(?:lawyers?|attorneys?|counsel)\s*,?\s*$", re.I)
_LAWYER_AFTER = re.compile(r",\s+(?:an?|the|one\s+of\s+(?:the|his|her|their))\s+(?:[\w\-]+\s+)?(?:lawyers?|attorneys?)"
                           r"\s+(?:for|representing|acting\s+for|of)\b", re.I)
_LAWYER_PARTS = ("lawyer", "attorney", "counsel")  # (one is in every match of _LAWYER_BEFORE and _LAWYER_AFTER)
_QUOTE = re.compile(r"[\"“”]")
# the lawyer is the speaker: "Y told reporters", "Y, 52, said", "Y, who described the case as", "Y denied that"
_SPEAKS = re.compile(r"(?:,\s+(?:who\s+)?|\s+(?:also\s+|later\s+|again\s+)?)(?:said|says|told|described|called|added|"
                     r"argued|insisted|complained|maintained|denied|rejected|dismissed)\b", re.I)


def lawyer_clients(raw: list[RawRelation], table: EntityTable) -> dict[str, list[str]]:
    """lawyer -> the clients the text ties them to ("X's lawyer, Y"; "Their lawyer, Y" ties Y to both); a lawyer
    with no client named ("Defence lawyer Y", "Y, a lawyer representing the three") has none listed."""
    out: dict[str, list[str]] = {}
    for r in raw:
        if r.type == "ASSOCIATED_WITH" and r.source and r.target and r.source.startswith("Person:") \
                and _LAWYER.search(r.trigger_text) and r.target not in out.get(r.source, []):
            out.setdefault(r.source, []).append(r.target)
    for sent in table.sentences:
        if not has_part(sent.text, _LAWYER_PARTS):
            continue  # (both patterns need one)
        for m in table.mentions.get(id(sent), []):
            if m.kind == "Person" and m.entity and m.entity not in out and (
                    _LAWYER_BEFORE.search(sent.text, max(0, m.start - sent.start - 40), m.start - sent.start)
                    or _LAWYER_AFTER.match(sent.text, m.end - sent.start)):
                out[m.entity] = []
    return out


def quoted_statements(sentences: list[Sentence], mentions: dict[int, list[Mention]],
                      lawyers: dict[str, list[str]]) -> list[RawRelation]:
    """An ACCUSES, its target left to ``client_adversary``, for each sentence quoting a lawyer who speaks in it."""
    out: list[RawRelation] = []
    if not lawyers:
        return out
    for k, sent in enumerate(sentences):
        if sent.headline or not _QUOTE.search(sent.text):
            continue
        for m in mentions.get(id(sent), []):
            if m.entity not in lawyers or m.kind != "Person" or m.possessive:
                continue
            said = _SPEAKS.match(sent.text, m.end - sent.start)
            if said is None or _ATTRIBUTION.search(sent.text, 0, m.start - sent.start):
                continue
            props = {"lawyer": "true"}
            before = sentences[k - 1] if k > 0 and sentences[k - 1].paragraph == sent.paragraph else None
            if _RULING.search(sent.text) or before is not None and _QUOTE.match(before.text) \
                    and _RULING.search(before.text):  # '"This is a political decision. ...," he said.'
                props["ruling"] = "true"
            out.append(RawRelation(m.entity, "ACCUSES", None, sent, m.end - sent.start, said.group(0).strip(" ,"),
                                   RelationStatus.ASSERTED, 0.55, needs_partner=True, props=props))
            break
    return out


# what a lawyer's quote may say of a court's act ("a political decision", "this verdict"), and the court that gave it
#   (not one the defence will appeal to: "would appeal to the Supreme Court")
_RULING = re.compile(r"\b(?:decision|ruling|verdict|judge?ment|sentence|conviction)\b", re.I)
_COURT = re.compile(r"\b(?:court|tribunal)\b")
_APPEALED_TO = re.compile(r"\b(?:appeal|appeals|appealed|appealing|turn|go|bring\s+[\w\-]+)\s+(?:[\w\-]+\s+){0,3}?"
                          r"(?:to|before|at)\s+(?:the\s+)?$", re.I)


def ruling_court(r: RawRelation, table: EntityTable) -> str | None:
    """For a lawyer's quote about a ruling: the first court the story names, up to the quote, as giving it."""
    for sent in table.sentences:
        if sent.index > r.sentence.index:
            break
        for m in table.mentions.get(id(sent), []):
            if m.kind == "Organization" and m.entity and _COURT.search(m.entity) \
                    and not _APPEALED_TO.search(sent.text, max(0, m.start - sent.start - 50), m.start - sent.start):
                return m.entity
    return None


def client_adversary(r: RawRelation, earlier: list[RawRelation], lawyers: dict[str, list[str]],
                     same_side: Callable[[str | None, str | None], bool], table: EntityTable) -> list[str]:
    """For a lawyer's denial or accusation with no target: the side that last arrested, charged, accused,
    sanctioned or attacked one of the lawyer's clients."""
    if r.source not in lawyers or r.type not in ("DENIES", "ACCUSES") or r.target is not None:
        return []
    if r.props.get("ruling") and (court := ruling_court(r, table)) is not None:
        return [court]  # '"This is a political decision," the defence lawyer said': the court that ruled
    clients = lawyers[r.source]
    if clients:
        acts = [e for e in earlier if e.type in _IMPUTING and e.source and e.target in clients
                and e.source not in clients and e.source != r.source and not e.props.get("casualties")
                and not any(same_side(e.source, c) for c in clients)]
    else:  # a lawyer of someone unnamed: the latest arrest or charge by a state or its body
        acts = [e for e in earlier if e.type in _CASE and e.source and e.target and e.source != r.source
                and e.target != r.source and not same_side(e.source, r.source)
                and (e.source.startswith("Country:") or state_of_body(e.source, e, table))]
    # an act told with its agent before one whose agent was inferred ("was detained at X's request")
    act = next((e for e in reversed(acts) if not e.implicit), acts[-1] if acts else None)
    if act is None or act.source is None:
        return []
    return [state_of_body(act.source, act, table) or act.source]  # "the Defence Force of X": X
