"""A "he"/"she" told by a speaker nobody names: "The agency's director general said he was ready to travel to X",
"An Israeli official said she had ...": the pronoun is that unnamed speaker, not the last person named before
(``referents.resolve_one`` then leaves it unresolved)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.role_words import LEAD, POST
from actorgraph.loaders.extractor.text import Sentence

# the sentence opens with a described person ("the/a ... official", "the agency's director general") who speaks
_UNNAMED_OPENER = re.compile(r"[\"“]?(?:the|a|an|another|one)\s+(?:[\w.\-&]+(?:\s+[\w.\-&]+){0,3}['’]s\s+)?"
                             r"(?:[\w\-]+\s+){0,4}?(?:" + LEAD + "|" + POST + r")s?,?\s+(?:(?:had|has|have|also|later|then|[a-z]+ly)\s+)?"
                             r"(?:said|says|told\s+[\w\-]+|added|insisted|stated|announced|warned|wrote|replied)\b"
                             r"[^.;\"“”]{0,60}?(?:\bthat\s+)?", re.I)


def said_by_unnamed(sent: Sentence, m: Mention, before: list[Mention]) -> bool:
    """Whether the pronoun ``m`` follows the speech verb of a sentence whose speaker is an unnamed person
    (``before``: the sentence's mentions ending before it; none may be a person)."""
    if any(x.kind == "Person" or x.via in ("pronoun", "description") for x in before):
        return False
    return _UNNAMED_OPENER.fullmatch(sent.text, 0, m.start - sent.start) is not None
