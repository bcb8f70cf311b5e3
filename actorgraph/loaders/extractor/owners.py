"""Who a company is run or owned by, when names stand between: a demonym ("run by the Russian state coal
company Y"), a hedge ("a firm that Western governments say is controlled by ..."), the body of a title
("... associates of the late Wagner chief Y")."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence, has_word


def owner_after(ms: list[Mention], idx: int) -> Mention | None:
    """The mention after ``idx``, passing over a demonym ("run by the Russian state coal company Y",
    "controlled by the Cuban armed forces' conglomerate Y") when a name follows it."""
    k = idx + 1
    while k + 1 < len(ms) and ms[k].kind == "Country" and ms[k].via == "demonym":
        k += 1
    return ms[k] if k < len(ms) else None


def past_the_hedge(sent: Sentence, ms: list[Mention], idx: int, owner: Mention | None) -> Mention | None:
    """ "X, a company that Western governments say is controlled by associates of the late Wagner chief Y":
    the owner is the first name after "by" (the titled person when that name is only the title's body)."""
    text, base = sent.text, sent.start
    hit = _BY.search(text, ms[idx].end - base, ms[idx].end - base + 120) if has_word(sent, _BY_WORDS) else None
    if owner is None or hit is None:
        return owner
    after = [p for p in ms[idx + 1 :] if p.start - base >= hit.end()]
    if len(after) > 1 and after[1].title_i is not None \
            and not text[after[0].end - base : sent.tokens[after[1].title_i].start - base].strip():
        return after[1]  # "the Wagner chief Y": Y
    if owner.start - base >= hit.end() or not after:
        return owner
    k = ms.index(after[0])
    return owner_after(ms, k - 1)  # past "that Western governments say"


_BY = re.compile(r"\s(?:run|owned|controlled|operated|managed|backed|financed|funded|founded)\s+by\s", re.I)
_BY_WORDS = frozenset({"by"})  # (a whole word of every match of _BY)
