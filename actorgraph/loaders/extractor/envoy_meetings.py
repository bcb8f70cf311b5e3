"""A named official who hands, delivers or reads something to a named envoy, tells or summons one, meets them:
"Foreign Minister A handed the ambassador, B, a protest note", "A handed Ambassador B a note demanding ...",
"A said she had handed a letter to Germany's ambassador, B", "A told Russian ambassador B that ...", "A summoned
Ambassador B". The act itself is read by other rules (a protest, a demand); this one adds the meeting it took,
A MEETS_WITH B, which the READMEs record when both people are named. Only a person meets here (a state or a
ministry summoning an envoy is a protest, no meeting of two people), and only one named as an envoy right after
the verb or its object: "told reporters that Ambassador B ..." names no one told."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status_cues import status_of
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence

_ENVOY_WORDS = ("mbassador", "nvoy", "hargé", "harge d", "onsul", "igh Commissioner", "igh commissioner")
_ENVOY = r"(?:[Aa]mbassadors?|[Ee]nvoys?|[Cc]harg[eé]s? d['’]affaires|[Cc]onsul(?:-[Gg]eneral|\s+[Gg]eneral)?|" \
         r"[Hh]igh\s+[Cc]ommissioner)"
# between the official and the verb: an apposition, "said (that) she (had)", an auxiliary or an adverb
_LEAD = re.compile(r"(?:\s*,[^,;:()\"“”]{1,90},)?\s+(?:said\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:he|she)\s+)?"
                   r"(?:(?:had|has|have)\s+)?(?:(?:also|personally|formally|later|then)\s+)?"
                   r"(?P<verb>handed|gave|delivered|passed|presented|read|conveyed|told|informed|briefed|summoned|"
                   r"received|called\s+in)\s+")
# whose envoy, before the word: a demonym or name ("Russian", "U.S.", "Germany's"), or a word that grades the post
_WHOSE = r"(?:(?:[A-Z][\w\-.]*(?:['’]s?)?|new|top|acting|outgoing|deputy|senior)\s+){0,2}?"
# from the verb to the envoy's name: "the ambassador, ", "Ambassador ", "Russian ambassador ", "a letter to Germany's
# ambassador, ", "a note of protest to the Chilean envoy, " (not "told reporters that Ambassador B ...")
_TO_ENVOY = re.compile(r"(?:(?:an?|the|his|her)\s+(?:[\w\-]+\s+){0,4}?(?:note|letter|message|protest|demarche|"
                       r"démarche|complaint|invitation|list|request|dossier)\s+(?:of\s+protest\s+)?to\s+)?"
                       r"(?:the\s+)?" + _WHOSE + _ENVOY + r"(?:\s+to\s+[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*)?)?\s*,?\s*")
_TITLED_ENVOY = re.compile(_ENVOY)
_BARE_GAP = re.compile(r"(?:the\s+)?" + _WHOSE)  # "the Russian ": the title read with the envoy's mention


def envoy_meetings(sent: Sentence, mentions: list[Mention], found: list[RawRelation]) -> list[RawRelation]:
    """``mentions``: the sentence's argument mentions; ``found``: the relations read in it so far."""
    text = sent.text
    if sent.headline or not contains_any(text, _ENVOY_WORDS):
        return []
    base, out = sent.start, []
    ms = [m for m in resolved_in_order(mentions) if m.entity]
    have = {(r.source, r.target) for r in found if r.type == "MEETS_WITH"}
    for k, official in enumerate(ms):
        if not (official.entity or "").startswith("Person:") or official.possessive:
            continue
        lead = _LEAD.match(text, official.end - base)
        if lead is None:
            continue
        # the first person after the verb (past the state an envoy serves: "Germany's ambassador, B")
        envoy = next((m for m in ms[k + 1 :] if m.start - base >= lead.end() and (m.entity or "").startswith("Person:")),
                     None)
        if envoy is None or envoy.entity == official.entity or not _names_envoy(text, lead.end(), envoy, base):
            continue
        if (official.entity, envoy.entity) in have or (envoy.entity, official.entity) in have:
            continue
        at = lead.start("verb")
        out.append(RawRelation(official.entity, "MEETS_WITH", envoy.entity, sent, at, lead.group("verb"),
                               status_of(text, official.end - base, at, "MEETS_WITH"), 0.6))
        have.add((official.entity, envoy.entity))
    return out


def _names_envoy(text: str, at: int, envoy: Mention, base: int) -> bool:
    """Whether the words from ``at`` to ``envoy`` name them as an envoy the act was done to ("the ambassador, ",
    "a letter to Germany's ambassador, "), or the envoy's own title does ("Ambassador B" read with its title)."""
    gap = text[at : envoy.start - base]
    if _TO_ENVOY.fullmatch(gap):
        return True
    return bool(envoy.title is not None and _TITLED_ENVOY.search(envoy.title.text) and _BARE_GAP.fullmatch(gap))
