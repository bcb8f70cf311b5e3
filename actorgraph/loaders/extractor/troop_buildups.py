"""Forces massed with no adversary named: "accused X of massing troops near the port of Y", "claims that X was massing
forces near the border", "X's army had moved armoured vehicles toward the border" (not "deployed troops to the border
area" under a ceasefire, nor "asked X to send units to reinforce the border"). X mobilizes against the other state of
the story: the most named state that is neither X nor named with X's forces ("the Thai army's unit")."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.arguments import subject_of
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.text import Sentence

_BUILDUP = re.compile(
    r"\b(?P<verb>mass(?:es|ed|ing)|amass(?:es|ed|ing)?|concentrat(?:e|es|ed|ing)|(?:mov|deploy|send|sent|station|"
    r"reinforc|rush)\w*|build(?:s|ing)? up|built up)\s+(?:(?:more|extra|additional|fresh|heavy|thousands of|hundreds of|"
    r"tens of thousands of|[\d,]+)\s+)*(?:[\w\-]+\s+)?(?:troops|forces|soldiers|units|tanks|armou?red vehicles|armou?r|"
    r"battalions|artillery|warships|missile batteries)\b(?P<where>\s+(?:near|toward|towards|along|close to|up to)\s+"
    r"(?:the\s+)?(?:[\w\-’']+\s+){0,5}?(?:border|frontier|boundary|port|line|coast)\b)?")
# a deployment against a named adversary is the trigger data's ("deployed troops against X"); one inside the state's
# own territory is no mobilisation against another ("deployed soldiers in the province to fight the insurgents")
_OWNER_GAP = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w\-]*\s+){0,3}")
_AGAINST_AFTER = re.compile(r"^[^.;]{0,40}\b(?:against|to fight|to counter)\b")


def troop_buildups(sent: Sentence, mentions: list[Mention], states: list[str]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if not any(w in text for w in ("troops", "forces", "soldiers", "units", "tanks", "armor", "armour", "battalions",
                                   "artillery", "warships", "batteries")):
        return []
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for hit in _BUILDUP.finditer(text):
        verb = hit.group("verb").lower()
        if hit.group("where") is None and not verb.startswith(("mass", "amass", "concentrat", "build", "built")):
            continue  # "sent troops", "moved units": only massing tells a build-up without a place
        if _AGAINST_AFTER.match(text[hit.end() :]):
            continue
        s = hit.start("verb")
        left = [k for k, m in enumerate(ms) if m.end - base <= s]
        k = subject_of(ms, left, text, base, s)
        if k is None or ms[k].kind not in ("Country", "Organization"):
            continue
        agent = ms[k]
        own = {m.entity for m in ms if m.kind == "Country" and m.end <= agent.start
               and _OWNER_GAP.fullmatch(text[m.end - base : agent.start - base])}  # "the Thai army's unit X"
        target = next((st for st in states if st != agent.entity and st not in own), None)
        if target is None:
            continue
        out.append(RawRelation(agent.entity, "MOBILIZES_AGAINST", target, sent, s, hit.group("verb"),
                               status_of(text, agent.end - base, s, "MOBILIZES_AGAINST"), 0.55))
    return out
