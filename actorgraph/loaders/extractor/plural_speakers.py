"""A "they" reported by coordinated speakers stands for each of them: "Peru and Chile said (in a joint statement)
(that) they would sanction X", "Peru, Chile and Bolivia said they had condemned X" -> each speaker sanctions or
condemns X, not only the name nearest to the speech verb. ``events_speech.speaker_agent`` finds that one speaker;
this gives the list it heads. A "they" told by one speaker is somebody else (``events_speech``), and an "it" told
by two ("Peru and Chile said it had attacked X") is neither."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.arguments import coordinated
from actorgraph.loaders.extractor.mentions import Mention

# "said (on Monday) (in a joint statement) (that) they (would / had also ...)" up to the trigger
_SAID_THEY = re.compile(r"\b(?:said|say|says|added|announced|stated|declared|insisted|confirmed|stressed)"
                        r"(?:\s+(?:on|late on|earlier on)\s+\w+)?(?:\s+in\s+a\s+(?:[\w\-]+\s+){0,2}"
                        r"(?:statement|communiqu[eé]|declaration)(?:\s+on\s+\w+)?)?,?(?:\s+that)?\s+they\s+"
                        r"(?:(?:had|has|have|were|are|would|will|could|also|jointly|together|both|now|\w+ly)\s+){0,3}$")


def plural_speakers(ms: list[Mention], text: str, base: int, s: int, speaker: Mention) -> list[Mention]:
    """The speakers a "they" before the trigger at ``s`` stands for: ``speaker`` with the names coordinated before it
    as the subject of the speech verb, when the trigger's subject is that "they"; else ``speaker`` alone."""
    if "they" not in text[max(0, s - 60) : s]:
        return [speaker]
    said = _SAID_THEY.search(text, max(0, s - 120), s)
    if said is None or speaker.end - base > said.start() or any(said.start() <= m.start - base < s for m in ms):
        return [speaker]  # (a name between the speech verb and the trigger is the clause's own)
    k = next((j for j, m in enumerate(ms) if m is speaker), None)
    if k is None:
        return [speaker]
    group = coordinated(ms, k, text, base, -1)
    return group if len(group) >= 2 else [speaker]
