"""The state an agent opening a speaker's reported clause belongs to: "Somalia's security adviser, X, ... said
the government would freeze the accounts", "Venezuelan Foreign Minister X accused Guyana of ... and said the
navy would act": an official telling what "the government", "the army" or "police" will do or did speaks of
their own state's, whichever state the story has named most."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

# the agent opens what was said: "said (on Monday) (that) the army ...", "told reporters (that) police ..."
_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists|parliament|lawmakers|the\s+\w+))"
                          r"(?:\s+(?:on|late\s+on|last)\s+\w+)?(?:\s+that)?\s+$", re.I)
# envoys speak of the government they are posted to, not of their own
_ENVOY_TITLES = frozenset({"ambassador", "envoy", "diplomat", "special envoy", "representative", "chargé d'affaires"})


def speaker_state(table: EntityTable, sent: Sentence, m: Mention, before: list[Mention]) -> str | None:
    """The state of the official whose reported clause ``m`` opens: the last person named before it in the
    sentence, with the state their post was given with (no envoy's); else None."""
    if not _SAID_BEFORE.search(sent.text, 0, m.start - sent.start):
        return None
    person = next((x for x in reversed(before) if x.kind == "Person"), None)
    ent = table.entities.get(person.entity or "") if person is not None else None
    if ent is None or not ent.country_name or ent.title in _ENVOY_TITLES:
        return None
    return table.add(ent.country_name, "Country", m.start).key
