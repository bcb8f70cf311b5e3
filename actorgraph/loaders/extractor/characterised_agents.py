"""A speaker's characterisation of an act as someone's wrong: 'called the launches "a deliberate hybrid attack" by
the government in Minsk', 'told the court the case was "a cynical publicity stunt" by X', "called the plan a
US-Israeli plot" -> the speaker ACCUSES the one named as its author (after "by"/"from", or as the adjective of the
wrong). characterised_plots.py reads "a plot orchestrated by X"; here the author follows the wrong's noun at once."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence, has_part

# the characterising verb, and what it calls the act
_FRAME = re.compile(r"\b(?:call(?:s|ed|ing)?\b(?!\s+(?:for|on|upon|off|in|up)\b)|describ(?:e|es|ed|ing)|brand(?:s|ed|ing)?|term(?:s|ed|ing)?|"
                    r"label(?:s|led|ed|ling|ing)?|denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|"
                    r"(?:said|says|told\s+[\w\-]+(?:\s+[\w\-]+)?|insisted|argued|added)\s+(?:that\s+)?"
                    r"(?:the|this|that|these|those|it)\s+(?:[\w\-]+\s+){0,3}?(?:was|were|is|are|amounted\s+to))\b",
                    re.I)
_WRONG = (r"(?:attacks?|aggression|provocations?|plots?|conspirac(?:y|ies)|stunts?|ploys?|crimes?|theft|robbery|"
          r"seizures?|sabotage|piracy|blackmail|interference|meddling|persecution|harassment|vendetta|witch[- ]?hunt|"
          r"smear(?:\s+campaign)?|land\s+grab|power\s+grab|coup|invasion|occupation|lies|propaganda|disinformation|"
          r"terrorism|hostage-taking|kidnapping|intimidation|bullying|act\s+of\s+(?:war|aggression|terror(?:ism)?|"
          r"piracy|sabotage))")
# the wrong's noun right before the author's by-phrase: '"a deliberate hybrid attack" by', "an act of war by the"
_WRONG_BY = re.compile(r"\b" + _WRONG + r"[\"”'’]?,?\s+(?:by|from)\s+(?:the\s+)?$", re.I)
# the author as the wrong's adjective: "a US-Israeli plot", "a Chilean-backed coup" (only the mentions found)
_ADJECTIVE_BEFORE = re.compile(r"\b(?:an?|the)\s+[\"“‘']?(?:[\w\-]+\s+){0,2}?(?:[A-Z][\w.]*-)?$", re.I)
_ADJECTIVE_AFTER = re.compile(r"(?:-[A-Za-z][\w\-]*)?\s+(?:[a-z][\w\-]*\s+)?" + _WRONG + r"\b")
# a part of every wrong's noun above ("war" for "act of war", "terror" for "act of terror"): a sentence with none
# of them names no wrong, so the frame pattern, case-insensitive over the whole sentence, is not tried there
_WRONG_PARTS = ("attack", "aggression", "provocation", "plot", "conspirac", "stunt", "ploy", "crime", "theft",
                "robbery", "seizure", "sabotage", "piracy", "blackmail", "interference", "meddling", "persecution",
                "harassment", "vendetta", "witch", "smear", "grab", "coup", "invasion", "occupation", "lies",
                "propaganda", "disinformation", "terror", "hostage", "kidnapping", "intimidation", "bullying", "war")
# a part of every characterising verb of _FRAME
_FRAME_PARTS = ("call", "describ", "brand", "term", "label", "denounc", "condemn", "said", "says", "told", "insisted",
                "argued", "added")
_DOUBTED = re.compile(r"\b(?:not|never|no|whether|if|denied|rejected|dismissed)\b", re.I)
_ACTORS = ("Person", "Organization", "Country")


def characterised_agents(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if not has_part(text, _WRONG_PARTS) or not has_part(text, _FRAME_PARTS):
        return []
    frames = list(_FRAME.finditer(text))
    if not frames:
        return []
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for author in ms:
        at = author.start - base
        frame = next((f for f in reversed(frames) if 0 < at - f.end() <= 140), None)
        if frame is None or author.kind not in _ACTORS or author.possessive and author.kind != "Country":
            continue
        by = _WRONG_BY.search(text, frame.end(), at)
        adjective = None if by else _ADJECTIVE_BEFORE.search(text, frame.end(), at)
        if not (by or adjective and _ADJECTIVE_AFTER.match(text, author.end - base)) \
                or _DOUBTED.search(text, frame.end(), at) or re.search(r"[;:]", text[frame.end() : at]):
            continue
        speaker = main_subject(ms, text, base, frame.start())
        if speaker is None or speaker.kind not in _ACTORS or speaker.entity == author.entity:
            continue
        rel = RawRelation(speaker.entity, "ACCUSES", author.entity, sent, frame.start(), frame.group().split()[0],
                          RelationStatus.ASSERTED, 0.55)
        rel.props["reported"] = "true"
        out.append(rel)
    return out
