"""A body named for a remit of two parts: "the Ministry of Energy and Mines", "the Chamber of Industry and
Commerce", "the Ministry of Foreign Affairs and International Cooperation", "the Department of Peace and Security".

A capitalised run stops at "and", so the second half of the remit was left over as a name of its own ("Mines").
The run goes on through "and" when an office's head noun and "of" come before it (at most three words back) and
the one to three capitalised words after it end in a portfolio word and are followed by no further capital: not
"the Ministry of Defence and Hamas", "the Ministry of Justice and Amnesty International"."""

from __future__ import annotations

_OFFICE_HEADS = frozenset("ministry department chamber office secretariat commission committee bureau agency "
                          "directorate institute council authority".split())
PORTFOLIOS = frozenset(
    "affairs trade industry industries commerce energy mines mining resources development planning security defence "
    "defense justice health education labour labor agriculture fisheries environment tourism transport "
    "communications information culture finance economy cooperation integration works housing water sanitation "
    "youth sports innovation technology investment welfare protection infrastructure peace reconciliation petroleum "
    "gas power lands forestry livestock rights interior immigration citizenship religion heritage crafts "
    "telecommunications services statistics reform veterans family solidarity".split())


def joined_portfolio_end(words: list[str], lower: list[str], i: int, j: int) -> int:
    """The end of the run after "and" at ``j`` when it completes a remit ("... of Energy and Mines"); else 0."""
    n = len(words)
    o = next((x for x in range(j - 1, max(i, j - 4) - 1, -1) if lower[x] == "of"), None)
    if o is None or o == i or lower[o - 1] not in _OFFICE_HEADS or not all(words[x][:1].isupper()
                                                                           for x in range(o + 1, j)):
        return 0
    k = j + 1
    while k < n and k - j <= 3 and words[k][:1].isupper() and words[k].isalpha() and not words[k].isupper():
        k += 1
    if k == j + 1 or k - j > 3 or k < n and words[k][:1].isupper() or lower[k - 1] not in PORTFOLIOS:
        return 0
    return k
