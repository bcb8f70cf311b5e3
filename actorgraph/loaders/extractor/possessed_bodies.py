""" "X said its fighters ...": whose body "its"/"their" before an organisation's noun names, when the
sentence itself names the owner.

"The Kuda Brigade said on Monday that its fighters had killed 12 soldiers": the fighters are the speaking
body's own, although a description ("the group", "the fighters") would mean another body than one just named
in the sentence. So the owner is the body the sentence opens with when a speech verb stands between it and the
noun (a body telling of its own), else the body named right before ("forces of X over the integration of their
fighters"). With neither, the usual reading of a description applies."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import SPEECH_TAGS
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import Entity

_POSSESSIVE = ("its", "their")
_SPEECH = re.compile(r"\b(?:" + SPEECH_TAGS + r"|saying|claim(?:s|ed|ing)?|announc(?:e|es|ed|ing)|stated)\b", re.I)


def possessed_body(m: Mention, sent: Sentence, orgs: list[Entity], here: list[Mention]) -> Entity | None:
    """The organisation of "its/their <noun>" named earlier in its own sentence (see the module's docstring)."""
    if m.surface.lower().split()[0] not in _POSSESSIVE:
        return None
    keys = {e.key: e for e in orgs}
    before = [x for x in here if x.entity and x.end <= m.start and x.via != "org-anaphor"]
    if not before:
        return None
    first, last = before[0], before[-1]
    if first.entity in keys and _SPEECH.search(sent.text, first.end - sent.start, m.start - sent.start):
        return keys[first.entity]  # "X, a rebel group based in Y, said on Saturday that its fighters ..."
    return keys.get(last.entity or "") if last.kind == "Organization" else None
