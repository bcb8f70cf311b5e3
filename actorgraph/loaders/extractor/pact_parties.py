"""The other parties of one pact agree with each other too: "Egypt signed a security pact with Eritrea and Somalia",
"Kenya, Uganda and Tanzania signed a customs accord" -> besides the first party's ties to each of the others (the
trigger rules' AGREES_WITH), Eritrea AGREES_WITH Somalia, Uganda AGREES_WITH Tanzania: each pair in the order
named, as for the first party. Only for a single pact ("a pact", "the accord", "one deal") whose parties are a
plain list ("A and B", "A, B and C"): "signed deals with A and B", "separate accords with A and B" are one
bilateral tie each, and "with A and its partner B" is no list of equals; there B is a party of the first one's
side, and the signer agrees with it too ("signed the licence with ExxonMobil and its partner Hess")."""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_ONE_PACT = re.compile(r"\b(?:a|an|the|one|its|their|single|joint|[\w\-]+['’]s?)\s+(?:[\w\-$]+\s+){0,4}?(?:pact|accord|agreement|deal|"
                       r"treaty|memorandum|declaration|protocol|framework|convention|charter)(?![\w\-])", re.I)
_MANY = re.compile(r"\b(?:pacts|accords|agreements|deals|treaties|memoranda|declarations|protocols|separate|separately|"
                   r"bilateral|respective|individual|each)\b", re.I)
_AND_ITS_PARTNER = re.compile(r"\s+(?:and|with)\s+(?:its|their)\s+(?:[\w\-]+\s+){0,2}?partners?\s*,?\s+(?:the\s+)?")
_NEXT_CLAUSE = re.compile(r"[;:]|,\s+(?:while|but|whereas|although)\b|\s+(?:while|whereas)\s", re.I)
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def pact_co_parties(sent: Sentence, ms: list[Mention], found: list[RawRelation]) -> list[RawRelation]:
    """``ms``: the sentence's argument mentions; ``found``: the relations read in it so far."""
    groups: dict[tuple[int, str], list[RawRelation]] = defaultdict(list)
    for r in found:
        if r.type == "AGREES_WITH" and r.source and r.target and r.sentence is sent:
            groups[(r.trigger_start, r.source)].append(r)
    if not groups:
        return []
    text, base, out = sent.text, sent.start, []
    have = {(r.source, r.type, r.target) for r in found}
    for rels in groups.values():  # "with A and its partner B": B too
        for r in rels:
            spot = next((m for m in ms if m.entity == r.target and m.start - base > r.trigger_start), None)
            later = [m for m in ms if spot is not None and m.start > spot.end]
            if spot is None or not later or later[0].kind != "Organization" or not later[0].entity \
                    or not _AND_ITS_PARTNER.fullmatch(text, spot.end - base, later[0].start - base):
                continue
            if (r.source, "AGREES_WITH", later[0].entity) not in have and later[0].entity != r.source:
                out.append(dataclasses.replace(r, target=later[0].entity, props=dict(r.props)))
                have.add((r.source, "AGREES_WITH", later[0].entity))
    for (at, _), rels in groups.items():
        targets = list(dict.fromkeys(r.target for r in rels if r.target))
        if len(targets) < 2:
            continue
        window = text[max(0, at - 30) : at + len(rels[0].trigger_text) + 60]
        window = window[: cut.start()] if (cut := _NEXT_CLAUSE.search(window, min(30, at))) else window
        if not _ONE_PACT.search(window) or _MANY.search(window):
            continue
        spots = [next((m for m in ms if m.entity == t), None) for t in targets]
        if any(m is None for m in spots):
            continue
        listed = sorted([m for m in spots if m is not None], key=lambda m: m.start)
        if not all(_LIST_GAP.fullmatch(text, a.end - base, b.start - base) for a, b in zip(listed, listed[1:], strict=False)):
            continue  # "with A and its partner B", "with A in May and B in June"
        first = rels[0]
        for i, a in enumerate(listed):
            for b in listed[i + 1 :]:
                if a.entity and b.entity and a.entity != b.entity and (a.entity, "AGREES_WITH", b.entity) not in have:
                    out.append(dataclasses.replace(first, source=a.entity, target=b.entity, props=dict(first.props)))
                    have.add((a.entity, "AGREES_WITH", b.entity))
    return out
