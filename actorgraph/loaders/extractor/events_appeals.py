"""Appeals for calm with no one named: "China urged restraint", "the African Union called for an immediate
ceasefire", "the US and the EU called for direct talks" are demands on the states fighting or quarrelling in
the story (found in discourse.py from the latest conflict between two sides, the speaker's own side excepted)."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.arguments import coordinated
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_APPEAL = re.compile(
    r"\b(?:urg(?:ed|es|e|ing)|call(?:ed|s|ing)?\s+for|appeal(?:ed|s|ing)?\s+for|press(?:ed|es|ing)?\s+for)\s+"
    r"(?:an?\s+|the\s+)?(?:immediate\s+|urgent\s+|maximum\s+|direct\s+|renewed\s+|an\s+end\s+to\s+the\s+)?"
    r"(?P<what>restraint|calm|ceasefire|cease-fire|truce|de-?escalation|dialogue|talks|negotiations|"
    r"fighting|violence|clashes|hostilities)\b", re.I)
_ACTORS = ("Person", "Organization", "Country")


def appeals_for_calm(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if sent.headline:
        return []
    ms = sorted((m for m in mentions if m.entity), key=lambda m: m.start)
    out: list[RawRelation] = []
    for hit in _APPEAL.finditer(text):
        if hit.group("what").lower() in ("fighting", "violence", "clashes", "hostilities") \
                and "end to" not in hit.group(0).lower():
            continue  # "called for fighting" is no appeal for calm
        clause_end = re.search(r"[;.]|,\s+(?:but|while|saying|which)\b", text[hit.end() :])
        end = hit.end() + (clause_end.start() if clause_end else len(text) - hit.end())
        if any(hit.end() <= m.start - base < end and m.kind in ("Country", "Organization", "Person") for m in ms
               if not re.search(r"\b(?:in|at|on)\s+(?:the\s+)?$", text[hit.end() : m.start - base])):
            continue  # "called for talks between X and Y", "urged restraint on X": the one addressed is named
        agent = main_subject(ms, text, base, hit.start())
        if agent is None or agent.kind not in _ACTORS:
            continue
        for one in coordinated(ms, ms.index(agent), text, base, -1):  # "the US and the EU called for talks"
            rel = RawRelation(one.entity, "DEMANDS", None, sent, hit.start(), hit.group(0)[:60],
                              RelationStatus.ASSERTED, 0.5, needs_partner=True)
            rel.props["appeal"] = "calm"
            out.append(rel)
    return out
