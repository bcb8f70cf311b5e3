"""The state an agent opening a speaker's reported clause belongs to: "Somalia's security adviser, X, ... said
the government would freeze the accounts", "Venezuelan Foreign Minister X accused Guyana of ... and said the
navy would act": an official telling what "the government", "the army" or "police" will do or did speaks of
their own state's, whichever state the story has named most."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

# the agent opens what was said: "said (on Monday) (that) the army ...", "told reporters (that) police ..."
_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists|parliament|lawmakers|the\s+\w+)|"
                          r"demanded|demand|demands|urged|insisted|proposed)"
                          r"(?:\s+(?:on|late\s+on|last)\s+\w+)?(?:\s+that)?\s+$", re.I)
# a state's own politicians or officials, named by its adjective ("Kyrgyz lawmakers demanded that the government stop
#   ..."): the government they answer to is their own, not the story's state (round 23)
_OWN_STATE_GROUP = re.compile(r"\b(?:lawmakers|legislators|deputies|senators|mps|parliamentarians|officials|ministers|"
                              r"politicians|opposition\s+\w+)$", re.I)
# an unnamed official of a state: "a U.S. official", "a Tajik security official", "an official in Algiers"
_OFFICIAL = r"(?:official|officials|spokesman|spokeswoman|spokesperson)"
_OFFICIAL_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}" + _OFFICIAL + r"\b")
_OFFICIAL_END = re.compile(r"\b" + _OFFICIAL + r"$", re.I)  # the mention "Kenyan official" itself
_OFFICIAL_BEFORE = re.compile(r"\b" + _OFFICIAL + r"\s+(?:in|from)\s+$")
# a state's representatives abroad ("summoned the Chinese ambassador": China's, see referents); they speak of the
#   government they are posted to, not of their own
ENVOY_TITLES = frozenset({"ambassador", "envoy", "diplomat", "special envoy", "representative", "chargé d'affaires",
                          "charge d'affaires", "deputy chief of mission", "consul", "consul general", "consul-general"})


def speaker_state(table: EntityTable, sent: Sentence, m: Mention, before: list[Mention]) -> str | None:
    """The state of the official whose reported clause ``m`` opens: the last person named before it in the
    sentence, with the state their post was given with (no envoy's), else an unnamed official of a state named
    last before it; else None."""
    if not _SAID_BEFORE.search(sent.text, 0, m.start - sent.start):
        return None
    person = next((x for x in reversed(before) if x.kind == "Person"), None)
    ent = table.entities.get(person.entity or "") if person is not None else None
    if ent is not None and ent.country_name and ent.title not in ENVOY_TITLES:
        return table.add(ent.country_name, "Country", m.start).key
    named = [x for x in before if x.via not in ("pronoun", "obj-pronoun", "obj-person") and x.entity]
    last = named[-1] if named else None  # "A U.S. official, speaking ..., said", "an official in Algiers ... said"
    if last is not None and last.kind == "Group" and last.country and _OWN_STATE_GROUP.search(last.surface):
        return table.add(last.country, "Country", m.start).key
    if last is not None and last.kind == "Country" and (
            _OFFICIAL_AFTER.match(sent.text, last.end - sent.start) or _OFFICIAL_END.search(last.surface)
            or _OFFICIAL_BEFORE.search(sent.text, 0, last.start - sent.start)):
        return last.entity
    return _unnamed_official(table, sent, m)


def _unnamed_official(table: EntityTable, sent: Sentence, m: Mention) -> str | None:
    """ "A Kenyan official, speaking on condition of anonymity, said ...": no mention marks such a speaker; the
    last official noun before the clause, with a state's adjective or name up to two words before it."""
    lex = lexicon()
    words = [t.text for t in sent.tokens]
    at = [k for k, t in enumerate(sent.tokens) if t.end <= m.start and _OFFICIAL_END.fullmatch(t.lower)]
    if not at:
        return None
    for back in (1, 2, 3):
        c = lex.country_at(words, at[-1] - back) if at[-1] - back >= 0 else None
        if c and at[-1] - back + c[0] <= at[-1]:
            return table.add(c[1].country, "Country", m.start).key
    return None
