"""How a relation trigger takes its objects: as a verb or as a noun ("the new sanctions", "evaded sanctions"), and
how far right of it they may lie (to the next verb trigger, within its clause and quotation). Split from
verb_objects.py, which finds the objects."""

from __future__ import annotations

from bisect import bisect_left

from actorgraph.loaders.extractor.evaded_measures import EVADED_BEFORE
from actorgraph.loaders.extractor.lexicon import Trigger
from actorgraph.loaders.extractor.patterns import (
    AND_OR_GAP,
    PAST_VERB,
    clause_end,
    noun_guarded,
    possessed,
)
from actorgraph.loaders.extractor.prepositional_nouns import prepositional_noun
from actorgraph.loaders.extractor.quoted_speakers import quotation
from actorgraph.loaders.extractor.stance_objects import stance_object_noun
from actorgraph.loaders.extractor.text import has_part


def objects_stop(text: str, low: str, s: int, e: int, trig: Trigger, verb_starts: list[int],
                 verb_spans: list[tuple[int, int]]) -> int:
    """How far right the objects of the trigger ``s:e`` may lie: to the next verb trigger, within the clause ("If
    Peru refuses, Chile ...": not Chile); past a coordinated past-tense verb ("rammed and boarded X": X for both);
    inside a quotation that ends its clause ('"... bankroll proxies," a Treasury official said': not the speaker)."""
    end = clause_end(text, s)
    if (span := quotation(text, s)) is not None and span[1] < len(text) and text[span[1] - 1] in ",.?!":
        end = min(end, span[1])
    stop = _first_start(verb_starts, e, end)
    if trig.form != "verb":
        return stop
    at = bisect_left(verb_spans, (e,))  # the first verb span starting at ``e`` or after
    second = verb_spans[at] if at < len(verb_spans) else None
    if second and AND_OR_GAP.fullmatch(text[e : second[0]]) \
            and PAST_VERB.fullmatch(low[s:e].split()[0]) and PAST_VERB.fullmatch(low[second[0] : second[1]].split()[0]):
        stop = _first_start(verb_starts, second[1], end)
    return stop


def _first_start(verb_starts: list[int], lo: int, end: int) -> int:
    """The first of the sorted ``verb_starts`` in ``lo``..``end`` (``end`` itself when none is)."""
    at = bisect_left(verb_starts, lo)
    return verb_starts[at] if at < len(verb_starts) and verb_starts[at] < end else end


_FORCE_AND_MEASURES = frozenset({"ATTACKS", "COERCES", "SANCTIONS"})  # (prepositional_nouns.py)
_EVADING_PARTS = ("evad", "evasion", "circumvent", "skirt", "bypass", "dodg", "sidestep", "around")  # in every EVADED_BEFORE match


def trigger_form(text: str, low: str, s: int, trig: Trigger, e: int) -> str:
    """ "verb", or "noun" for a verb trigger used as a noun ("the new sanctions", "Foreign Minister X's meeting");
    not before "to" ("a group alleged to involve X": a verb)."""
    if trig.form != "verb":
        return trig.form
    before = text[max(0, s - 40) : s]
    if noun_guarded(before) and (trig.type != "MEETS_WITH" or possessed(before)) and not low.startswith("to ", s):
        return "noun"
    if has_part(low[max(0, s - 60) : s], _EVADING_PARTS) and EVADED_BEFORE.search(low, max(0, s - 60), s):
        return "noun"  # "skirted American sanctions", "evade our sanctions": the object of the evading verb
    if trig.type in _FORCE_AND_MEASURES and prepositional_noun(
            low[max(0, s - 40) : s], low[s:e], trig.type == "SANCTIONS"):
        return "noun"  # "killed in attacks in X", "after recent raids on Y": a noun after its preposition
    if stance_object_noun(low, s, e):
        return "noun"  # "denounced sanctions imposed on X by Y": the object of the stance verb
    return trig.form
