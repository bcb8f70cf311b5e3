"""Whether a relation trigger is told in the passive: a participle after "be" ("was detained by X"), after a
membership passive, or before a "by" that names its agent ("sanctions imposed by X"), or a participle opening a
reduced relative clause (", signed in Hargeisa by X"). A "by" after a charge noun is the noun's ("denied claims by
Z": the verb is active)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.clause_arguments import by_agent
from actorgraph.loaders.extractor.lexicon import Trigger
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import BE_AUXILIARY, MEMBER_PASSIVE, PARTICIPLE
from actorgraph.loaders.extractor.text import Sentence

# a trigger that holds its own object ("rejected a report" by X): an active verb, the "by" after it the noun's
_OWN_OBJECT = re.compile(r"\s(?:a|an|the|its|their|his|her)\s")
# "X, Y, denied claims by Z", "rejected allegations by Z": a charge noun before "by" (after the participle or ending
#   the trigger) is the verb's object, the verb active
_CHARGE_OBJECT_BY = re.compile(r"\s+(?:the\s+|these\s+|those\s+)?(?:[\w\-]+\s+)?(?:claims?|allegations?|accusations?|"
                               r"charges?|criticism|complaints?)\s+(?:made\s+)?by\b")
_CHARGE_ENDS = re.compile(r"(?:claims?|allegations?|accusations?|charges?|criticism|complaints?)$")


def _charge_object(low: str, s: int, e: int) -> bool:
    """Whether the trigger ``low[s:e]`` has a charge noun for its object ("denied claims by Z") or ends with one."""
    return bool(_CHARGE_OBJECT_BY.match(low, e) or _CHARGE_ENDS.search(low, s, e))


def reduced_relative(ms: list[Mention], right: list[int], sent: Sentence, low: str, s: int, e: int, trig: Trigger,
                     form: str) -> bool:
    """ ", signed in Hargeisa by X": a participle opening a reduced relative clause, its patient the name before the
    comma (``right``: the indexes of the mentions after the trigger)."""
    text, base = sent.text, sent.start
    return form == "verb" and not trig.passive and text[:s].rstrip().endswith(",") \
        and not _charge_object(low, s, e) \
        and bool(PARTICIPLE.match(low[s:e])) and by_agent(ms, right, text, base, e, sent) is not None


def passive_voice(low: str, s: int, e: int, trig: Trigger, form: str, reduced: bool, stative: bool) -> bool:
    """Whether the trigger at ``low[s:e]`` is passive (``reduced``: it opens a reduced relative clause; ``stative``:
    it tells a standing tie, "is linked to", never passive)."""
    return trig.passive or reduced or form == "verb" and bool(PARTICIPLE.match(low[s:e])) and (
        bool(BE_AUXILIARY.search(low[max(0, s - 40) : s]) or MEMBER_PASSIVE.search(low[max(0, s - 70) : s]))
        or low.startswith(" by ", e) and not _OWN_OBJECT.search(low, s, e) and not _charge_object(low, s, e)) \
        and not stative


# a participle right after a determiner or a preposition modifies the noun after it ("the release of detained
#   journalist X", "Belarus's jailed opposition leader"): an adjective, no verb with a clause of its own
_ADJECTIVE_BEFORE = re.compile(r"(?:\b(?:the|a|an|of|for|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|"
                               r"\d+)|['’]s)\s+$")


def adjectival(low: str, s: int, e: int) -> bool:
    """Whether the one-word participle trigger ``low[s:e]`` is an adjective before a noun ("of detained journalist
    X"), not a verb."""
    return low.endswith("ed", s, e) and " " not in low[s:e] and bool(_ADJECTIVE_BEFORE.search(low, max(0, s - 12), s))
