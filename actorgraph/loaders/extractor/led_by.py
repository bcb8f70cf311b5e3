"""A state or body named in a hyphenated modifier of another's name: "the Moscow-led Collective Security Treaty
Organization", "a US-led task force, Y" -> the state or body LEADS Y; "the Bolivia-backed Northern Front",
"Russian-backed Free Army fighters" -> the state SUPPORTS the body (told in passing: no event of a day); "the
Iran-aligned X", "the Kremlin-allied X" -> X SUPPORTS the state, as "aligned with" does. A state
in such a modifier ("arming Bolivia-backed rebels", "with Russian-made drones") is no argument of the clause."""

from __future__ import annotations

import re

from actorgraph.graph.model import normalize_name
from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.lexicon import Lexicon, lexicon
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.text import Sentence

# "the Moscow-led alliance Y": a state or body named as a modifier of another's name
MODIFIER = re.compile(r"-(?P<how>led|backed|sponsored|supported|funded|controlled|run|owned|based|allied|aligned|"
                      r"dominated|affiliated|linked|made|built|trained|armed|brokered|supplied)\b\s*", re.I)
_BACKING = ("backed", "sponsored", "supported")
_SIDING = ("aligned", "allied")  # "the Iran-aligned X": X sides with the state (X SUPPORTS it, as "aligned with")
# "Y, the Bolivia-backed rebel group," / "Y, a Bolivia-backed party of Z," (a description set off by commas, not the
#   head of a list: ", the Bolivia-backed rebels and Z" names a second party)
_APPOSITION = re.compile(r"\s*,\s+(?:the|an?)\s+(?:[a-z][\w\-]*\s+){0,2}")
_DESCRIBED_AFTER = re.compile(r"(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*(?:\s+(?:of|in|from)\s+[^,;.()]{1,60}?)?"
                              r"\s*(?:,(?!\s+(?:and|or)\b)|[.;)]|$)")
# ... and the same with a relative clause on its noun ("the Russian-led alliance that includes Y,")
_DESCRIBED_RELATIVE = re.compile(r"(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*\s+(?:that|which)\s+(?:(?!\s(?:and|or)\s)[^,;.()]){1,80}?"
                                 r"\s*(?:,(?!\s+(?:and|or)\b)|[.;)]|$)")
_APPOSED_KINDS = ("Organization", "Group", "Person")  # (a person named before: "X, the Kremlin-backed governor,")


def led_by(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """ "the Moscow-led Collective Security Treaty Organization", "a US-led task force, Y": the state or
    body before "-led" leads the organisation named right after."""
    text, base, out = sent.text, sent.start, []
    for idx, m in enumerate(ms[:-1]):
        hit = MODIFIER.match(text, m.end - base)
        if not hit or hit.group("how").lower() != "led" or m.kind not in ("Country", "Organization"):
            continue
        nxt = ms[idx + 1]
        gap = text[hit.end() : nxt.start - base]
        if nxt.kind == "Organization" and re.fullmatch(r"(?:[a-z][\w\-]*\s+){0,2}(?:,\s+(?:the\s+)?)?", gap) \
                and m.entity and nxt.entity and m.entity != nxt.entity:
            out.append(RawRelation(m.entity, "LEADS", nxt.entity, sent, m.end - base, hit.group(0).strip(),
                                   RelationStatus.ASSERTED, 0.7))
    return out + _apposed_leaders(sent, ms)


def _apposed_leaders(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """ "KFOR, the NATO-led peacekeeping force," / "the Y, a Russian-led military alliance that ...": the state or
    body before "-led" leads the organisation the description is set off after (a list's head, ", the NATO-led
    force and Z", is none; nor is a description whose noun is a name: that is led_by's)."""
    text, base = sent.text, sent.start
    out: list[RawRelation] = []
    if "-led" not in text.lower():
        return out
    toks, lex = sent.tokens, lexicon()
    words = [t.text for t in toks]
    for k, tok in enumerate(toks):
        hit = MODIFIER.match(text, tok.end - base)
        if not hit or hit.group("how").lower() != "led" or any(m.start - base == hit.end() for m in ms) \
                or not (_DESCRIBED_AFTER.match(text, hit.end()) or _DESCRIBED_RELATIVE.match(text, hit.end())):
            continue
        leader = next((m for m in ms if m.end == tok.end and m.kind in ("Country", "Organization")), None)
        n, form = next(((n, f) for n in (1, 2, 3) if k + 1 >= n
                        and (f := lex.countries.get(tuple(words[k + 1 - n : k + 1])))), (0, None))
        begin = leader.start - base if leader is not None else toks[k + 1 - n].start - base if form else -1
        source = leader.entity if leader is not None else \
            f"Country:{normalize_name(form.country)}" if form is not None else None
        if source is None or begin < 0:
            continue
        body = next((m for m in ms if m.kind == "Organization" and m.entity and m.entity != source
                     and _APPOSITION.fullmatch(text, m.end - base, begin)), None)
        if body is not None and body.entity:
            out.append(RawRelation(source, "LEADS", body.entity, sent, hit.start("how"), hit.group(0).strip(),
                                   RelationStatus.ASSERTED, 0.7))
    return out


def describes_noun(sent: Sentence, m: Mention) -> bool:
    """A state in a hyphenated modifier ("Bolivia-backed rebels", "U.S.-made drones"): it only describes the noun."""
    return m.kind == "Country" and MODIFIER.match(sent.text, m.end - sent.start) is not None


def backed_by(sent: Sentence, lex: Lexicon, ms: list[Mention]) -> list[RawRelation]:
    """ "the Bolivia-backed Northern Front", "Russian-backed Free Army fighters": the state (a name or demonym, with
    or without a mention of its own) SUPPORTS the body named right after, or the one the modifier's apposition
    describes ("the Northern Front, a Bolivia-backed rebel group,")."""
    text, base = sent.text, sent.start
    out: list[RawRelation] = []
    low = text.lower()
    if not any(f"-{how}" in low for how in _BACKING + _SIDING):
        return out
    toks = sent.tokens
    words = [t.text for t in toks]
    for k, tok in enumerate(toks):
        if text[tok.end - base : tok.end - base + 1] != "-":
            continue
        hit = MODIFIER.match(text, tok.end - base)
        if not hit or hit.group("how").lower() not in _BACKING + _SIDING:
            continue
        n, form = next(((n, f) for n in (1, 2, 3) if k + 1 >= n
                        and (f := lex.countries.get(tuple(words[k + 1 - n : k + 1])))), (0, None))
        body = next((m for m in ms if m.start - base == hit.end()), None)
        if form is not None and body is None and _DESCRIBED_AFTER.match(text, hit.end()):
            begin = toks[k + 1 - n].start - base  # "Y, the main Bolivia-backed party of Z,": Y, the one described
            body = next((m for m in ms if m.kind in _APPOSED_KINDS and _APPOSITION.fullmatch(text, m.end - base, begin)),
                        None)
        if form is None or body is None or not body.entity or body.kind not in _APPOSED_KINDS \
                or body.kind == "Person" and body.start - base == hit.end():
            continue
        at, state = hit.start("how"), f"Country:{normalize_name(form.country)}"
        source, target = (body.entity, state) if hit.group("how").lower() in _SIDING else (state, body.entity)
        out.append(RawRelation(source, "SUPPORTS", target, sent, at, hit.group("how"), status_of(text, 0, at, "SUPPORTS"),
                               0.6, props={"background": "1"}))
    return out
