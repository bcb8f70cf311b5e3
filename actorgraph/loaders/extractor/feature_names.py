"""Capitalised runs that name things, not actors: a named military exercise ("X Y, an annual joint exercise"), a
geographic feature named by its head word ("Africa's Cape of Good Hope", "Lake Z"). Word classes only;
``capitalised_runs.classify_run`` skips such a run. (Treaties stay: the dev gold keeps "Non-Proliferation Treaty"
as an Organization.)"""

from __future__ import annotations

# the nouns of a named drill: "X, an annual 11-day command-post and field exercise"
EXERCISE_NOUNS = frozenset("exercise exercises drill drills manoeuvres maneuvers wargame wargames war-games".split())
# the head word of a geographic feature's name, in the languages wire copy keeps untranslated ("Cabo X", "Lago X")
FEATURE_OPENERS = frozenset("cape cabo cap gulf golfo lake lago laguna mount mt mt. monte cerro bay bahia bahía "
                            "strait straits isla ilha isle island islands punta puerto".split())
# verbs of fleeing a place: "thousands fled X Y" (a town; a person is fled "from")
FLED = frozenset("fled flee flees fleeing".split())


def feature_name(words: list[str], lower: list[str], i: int, j: int, cues: set[str]) -> bool:
    """With no organisation cue in the run (``cues``; not "Gulf Cooperation Council"), the run words[i:j] names a
    geographic feature or (by its apposition) a drill."""
    if cues:
        return False
    if j - i >= 2 and lower[i] in FEATURE_OPENERS:
        return True
    n = len(words)
    if not (j + 2 < n and words[j] == "," and lower[j + 1] in ("a", "an", "the")):
        return False
    for k in range(j + 2, min(j + 9, n)):  # ", an annual 11-day command-post and field exercise"
        if lower[k] in EXERCISE_NOUNS:
            return True
        if not (words[k].islower() or words[k][:1].isdigit()):
            return False
    return False


def remit_for(words: list[str], lower: list[str], k: int, j: int) -> tuple[int, int | None]:
    """A title's remit after "for" ("Minister for Foreign Affairs and Trade X Y", "Under Secretary for A and B
    Intelligence X Y"): the remit runs on over "and" to the end of the next run, whose last two words are the
    holder's name; none when a comma follows (the name comes after it). Returns (end, start of the name or None)."""
    n, e = len(words), j
    while e + 1 < n and lower[e] in ("and", "&") and words[e + 1][:1].isupper():
        e += 1
        while e < n and words[e][:1].isupper():
            e += 1
    named = e - k - 1 >= 3 and not (e < n and words[e] == ",") and all(words[x][:1].isupper() for x in (e - 2, e - 1))
    return e, e - 2 if named else None
