"""A country named only as the topic of another body's sanctions regime, committee or envoy ("the UN's Syria
envoy", "the Security Council's Haiti sanctions committee", "the Iran sanctions regime"): the body acts, never the
country it is about (the country is at most the target of those sanctions)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention

# the body a country-name modifier is the topic of: a sanctions regime and its organs, or an envoy, panel or desk
_SANCTIONS_BODY = re.compile(r"\s+sanctions\s+(?:[a-z][\w\-]*\s+)?(?:committee|regime|program|programme|list|panel|"
                             r"package|monitor|team|unit|office|coordinator|envoy|law|bill|act)s?\b")
_TOPIC_BODY = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}?(?:envoy|committee|panel|desk|task\s+force|unit|team|"
                         r"working\s+group|coordinator|rapporteur|mission)s?\b")
# the owner right before it: "the UN's Syria envoy", "the UN Sudan panel"
_OWNER_GAP = re.compile(r"(?:['’]s?)?\s+")


def _name_form(m: Mention) -> bool:
    """A country written by its name, not an abbreviation ("U.S.", "UK") or a name that reads as an adjective of
    its own bodies ("the United States sanctions program")."""
    return m.kind == "Country" and not m.possessive and m.surface.lower() == m.name.lower() \
        and not m.surface.isupper() and "." not in m.surface and not m.surface.startswith("United ")


def topic_owner(ms: list[Mention], k: int, text: str, base: int) -> int | None:
    """The index of the body owning the topic country ``ms[k]`` ("the UN's Syria envoy": the UN), else None."""
    if k > 0 and ms[k - 1].kind in ("Organization", "Country") and _OWNER_GAP.fullmatch(text[ms[k - 1].end - base : ms[k].start - base]):
        return k - 1
    return None


def topic_country(ms: list[Mention], k: int, text: str, base: int) -> bool:
    """Whether ``ms[k]`` only names what another body's sanctions, envoy or panel is about."""
    m = ms[k]
    if not _name_form(m):
        return False
    after = m.end - base  # (the patterns are matched from there: no slice of the rest of the sentence)
    return bool(_SANCTIONS_BODY.match(text, after)) \
        or (topic_owner(ms, k, text, base) is not None and bool(_TOPIC_BODY.match(text, after)))
