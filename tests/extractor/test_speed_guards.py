"""The extractor's speed guards admit every text their pattern matches.

Before many patterns the extractor asks a cheap question first: does the window hold one of a few word parts
(``has_part``), or the sentence one of a few whole words (``has_word``)? The pattern is only searched when the
answer is yes, so a guard that misses one of its pattern's alternatives silently drops every match of that
alternative. Here hypothesis writes strings that each pattern matches, and each guard must say yes to the text it
matched (widened to whole words for ``has_word``, which looks at the sentence's words).
"""

from __future__ import annotations

import importlib
import re
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actorgraph.loaders.extractor.text import has_part

_MODULE = "actorgraph.loaders.extractor."

# (module, pattern, guard, kind): kind "part" for has_part guards, "word" for has_word guards
GUARDED_PATTERNS = [
    ("characterised_agents", "_WRONG_BY", "_WRONG_PARTS", "part"),
    ("characterised_agents", "_ADJECTIVE_AFTER", "_WRONG_PARTS", "part"),
    ("introduced_people", "_AGE_BEFORE", "_AGE_PARTS", "part"),
    ("introduced_people", "_RANK_BEFORE", "_RANK_PARTS", "part"),
    ("introduced_people", "_FORMER_BEFORE", "_FORMER_PARTS", "part"),
    ("status_cues", "_NEGATION", "_NEGATION_PARTS", "part"),
    ("status_cues", "_DENIAL", "_DENIAL_PARTS", "part"),
    ("status_cues", "_DENIED_CLAUSE", "_DENIAL_PARTS", "part"),
    ("status_cues", "_ALLEGED", "_ALLEGED_PARTS", "part"),
    ("status_cues", "_ACCUSED_OF", "_ACCUSED_PARTS", "part"),
    ("status_cues", "_CONDITION_OPENS", "_CONDITION_WORDS", "part"),
    ("status_cues", "_REQUESTED_ACT", "_ASKING_PARTS", "part"),
    ("status", "_ATTRIBUTION", "_ATTRIBUTION_PARTS", "part"),
    ("status", "_ATTRIBUTION_AFTER", "_ATTRIBUTION_PARTS", "part"),
    ("status", "_PLANNED_NOUN", "_PLANNED_PARTS", "part"),
    ("status", "BLOCKED_BEFORE", "_BLOCKING_PARTS", "part"),
    ("status_cues", "_HYPOTHETICAL", "_HYPOTHETICAL_PARTS", "part"),
    ("status_cues", "_REPORTED", "_REPORTED_PARTS", "part"),
    ("dates", "_RELATIVE", "_RELATIVE_PHRASES", "part"),
    ("criticised_laws", "_LAW", "_PARTS", "part"),
    ("dates", "_ANAPHORIC", "_ANAPHORIC_PARTS", "part"),
    ("dates", "_ANAPHORIC", "_ANAPHORIC_UNITS", "part"),
    ("events_denials", "_CHARGE_FALSE", "_CHARGE_PARTS", "part"),
    ("unnamed_agents", "_GENERIC_WHO", "_RELATIVE_WORDS", "part"),
    ("possessive_owners", "_PRONOUN", "_PRONOUN_PARTS", "part"),
    ("unnamed_agents", "_GENERIC_WHO", "_GENERIC_SUBJECTS", "word"),
    ("unnamed_agents", "_EVENT_SUBJECT", "_EVENT_SUBJECT_NOUNS", "part"),
    ("unnamed_agents", "_EVENT_SUBJECT", "_EVENT_NOUN_WORDS", "word"),
    ("unnamed_agents", "_URGED_TO", "_ASKING", "part"),
    ("trigger_scope", "EVADED_BEFORE", "_EVADING_PARTS", "part"),
    ("warned_acts", "WARNED_THAT", "_WARNING_PARTS", "part"),
    ("demand_threats", "_TAIL", "_TAIL_PARTS", "part"),
    ("retaliation_targets", "_PROMISED_RESPONSE", "_WARNING_PARTS", "part"),
    ("retaliation_targets", "_ANY_ATTACK", "_WARNING_PARTS", "part"),
    ("affiliation_ties", "_ITS_PARTNER", "_ITS", "word"),
    ("affiliation_ties", "_ITS_PARTNER", "_PARTNER_WORDS", "word"),
    ("events_speech", "_PRONOUN_BEFORE", "_PRONOUN_WORDS", "word"),
    ("events_speech", "_CLAUSE_PRONOUN", "_IT", "word"),
    ("events_speech", "_SAID_PRONOUN_BEFORE", "_PRONOUNS", "word"),
    ("kinship", "_HIS_HER", "_HIS_HER_WORDS", "word"),
    ("later_events", "_LATER_EVENT", "_LATER_WORDS", "word"),
    ("lede_descriptions", "_ANY_HEAD", "_HEADS", "word"),
    ("lede_descriptions", "_ANY_ROLE", "_ROLE_WORDS", "word"),
    ("named_backers", "_AS_BACKER", "_AS", "word"),
    ("named_backers", "_AS_BACKER", "_BACKER_WORDS", "word"),
    ("possessed_allies", "_NATION_NOUN", "_ALLY_WORDS", "word"),
    ("possessed_allies", "_NOUN_IN", "_ALLY_WORDS", "word"),
    ("public_works", "_ACTIVE", "_WORDS", "word"),
    ("public_works", "_PASSIVE", "_WORDS", "word"),
    ("person_objects", "_ANY", "_PRONOUNS", "word"),
    ("polity_descriptions", "_ANY", "_NOUN_WORDS", "word"),
    ("reported_abuse", "_ABUSE", "_ABUSE_WORDS", "word"),
    ("role_nouns", "_ROLE_IN_ITS", "_ITS_WORDS", "word"),
    ("role_nouns", "_PRONOUN_KIN", "_HIS_HER", "word"),
    ("roles", "_WHICH_JOINED_BEFORE", "_WHICH", "word"),
    ("roles", "_MEMBER_STATES", "_MEMBER", "word"),
    ("roles", "_ONE_OF_ITS", "_ITS_WORDS", "word"),
    ("roles", "_ITS_MEMBER", "_ITS_WORDS", "word"),
    ("reported", "_REPORTING", "_REPORTING_VERBS", "part"),
    ("discourse", "_TOLD_RELATIVE", "_RELATIVE_WORDS", "word"),
    ("state_agents", "_ANY_AGENT", "_AGENT_WORDS", "word"),
    ("state_agents", "_A_COURT_IN", "_COURTS", "word"),
    ("state_agents", "_ANY_COUNTRY_HEAD", "_COUNTRY_HEADS", "word"),
    ("described_bodies", "_QUICK_DESCRIPTOR", "_DESCRIPTOR_BEFORE", "word"),
    ("unnamed_agents", "_EVENT_SUBJECT", "_EVENT_SUBJECT_VERBS", "word"),
    ("unnamed_agents", "_SAID_GROUP", "_GROUP_NOUNS", "word"),
    ("unnamed_agents", "_SAID_STATE", "_STATE_NOUNS", "word"),
    ("unnamed_agents", "_THAT_NOUN_SUBJECT", "_CLAUSE_OPENERS", "word"),
    ("bare_detentions", "_PARTICIPLE", "_PARTICIPLE_WORDS", "word"),
    ("trial_wordings", "_TRIAL", "_TRIAL_WORDS", "word"),
    ("trial_wordings", "_TRIAL_OF", "_TRIAL_WORDS", "word"),
    ("trial_wordings", "_OWN_TRIAL", "_TRIAL_WORDS", "word"),
    ("faced_charges", "_FACED", "_GATE", "word"),
    ("faced_charges", "_WHERE", "_GATE", "word"),
    ("prosecutors_charges", "_PROSECUTING", "_GATE", "word"),
    ("prosecutors_charges", "_MEN_AFTER", "_GATE", "word"),
    ("prosecutors_charges", "_MEN_BEFORE", "_GATE", "word"),
    ("warned_conditions", "_WARNED", "_WARN_WORDS", "word"),
    ("delisted_owners", "_REMOVED", "_LIST_WORDS", "word"),
    ("delisted_owners", "_ITS_REMOVAL", "_LIST_WORDS", "word"),
    ("defence_lawyers", "_LAWYER_BEFORE", "_LAWYER_PARTS", "part"),
    ("defence_lawyers", "_LAWYER_AFTER", "_LAWYER_PARTS", "part"),
    ("protest_venues", "_AT_VENUE", "_PROTEST_PARTS", "part"),
    ("force_aid", "_HELP_CUE", "_HELP_PARTS", "part"),
    ("owners", "_BY", "_BY_WORDS", "word"),
    ("characterised_agents", "_FRAME", "_FRAME_PARTS", "part"),
    ("retaliation_targets", "_PROMISED_RESPONSE", "_VOW_PARTS", "part"),
    ("retaliation_targets", "_ANY_ATTACK", "_ANY_PARTS", "part"),
    ("affiliation_ties", "_DENIED_TIE", "_TIE_PARTS", "part"),
    ("affiliation_ties", "_CHARGED_TIE", "_TIE_PARTS", "part"),
    ("body_subjects", "_UNNAMED_BODY_OPENER", "_BODY_NOUNS", "part"),
    # case-sensitive patterns behind a case-sensitive substring test (contains_any): has_part is the weaker test
    ("events_threats", "_SAY_BEFORE", "_SAY_PARTS", "part"),
    ("events_threats", "_OWNED_HARMED", "_SAY_PARTS", "part"),
    ("events_threats", "_RETALIATION", "_SAY_PARTS", "part"),
    ("events_threats", "_WARNED_OF", "_SAY_PARTS", "part"),
    ("characterised_steps", "_APPOSED_STEP", "_STEP_NOUNS", "word"),
    ("characterised_steps", "_APPOSED_STEP", "_STEP_VERBS", "word"),
    # (contains_any guards on case-sensitive patterns: a match holds a part as written, so has_part admits it too)
    ("suffered_charges", "_SUFFERED_BY", "_WRONG_PARTS", "part"),
    ("suffered_charges", "_SUFFERED_BY", "_SUFFERED_WORDS", "part"),
    ("evidenced_charges", "_EVIDENCED", "_EVIDENTIAL_WORDS", "part"),
    ("evidenced_charges", "_EVIDENCED", "_SPEECH_WORDS", "part"),
    ("also_listed", "_FRONTED", "_VERBS", "word"),
    ("also_listed", "_FRONTED", "_ALSO", "word"),
    ("also_listed", "_PASSIVE", "_VERBS", "word"),
    ("also_listed", "_PASSIVE", "_ALSO", "word"),
    ("included_targets", "_DEFINITE_INCLUDE", "_INCLUDE_WORDS", "word"),
]

# printable ASCII and the typographic quotes the patterns name: enough for every alternative, and no character
#   whose case folding makes the guards answer yes without looking (text._CASE_FOLDING)
_ALPHABET = st.sampled_from(string.printable + "’‘“”—–")
_WORD = re.compile(r"\w+")


def _widened(text: str, start: int, end: int) -> str:
    """The match widened to whole words, as the sentence's word set sees it."""
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return text[start:end]


def _guard_admits(kind: str, guard: object, matched: str) -> bool:
    if kind == "part":
        assert isinstance(guard, tuple)
        return has_part(matched, guard)
    assert isinstance(guard, frozenset)
    return not guard.isdisjoint(_WORD.findall(matched.lower()))


@pytest.mark.parametrize(("module", "pattern", "guard", "kind"), GUARDED_PATTERNS,
                         ids=[f"{m}.{p}-{g}" for m, p, g, _ in GUARDED_PATTERNS])
def test_guard_admits_every_match_of_its_pattern(module: str, pattern: str, guard: str, kind: str) -> None:
    mod = importlib.import_module(_MODULE + module)
    regex: re.Pattern[str] = getattr(mod, pattern)
    words = getattr(mod, guard)

    @settings(max_examples=int(__import__("os").environ.get("GUARD_EXAMPLES", "100")), deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(st.from_regex(regex, alphabet=_ALPHABET))
    def check(text: str) -> None:
        hit = regex.search(text)
        if hit is None:  # a lookaround the generator could not honour
            return
        matched = _widened(text, hit.start(), hit.end()) if kind == "word" else hit.group(0)
        assert _guard_admits(kind, words, matched), f"{guard} refuses {matched!r}, which {pattern} matches"

    check()


def test_a_guard_that_misses_an_alternative_is_caught() -> None:
    """The check above can fail: a guard without "rule" refuses "ruled out", which the negation cue matches."""
    cues = importlib.import_module(_MODULE + "status_cues")
    narrowed = tuple(p for p in cues._NEGATION_PARTS if p != "rule")
    assert cues._NEGATION.search("ruled out sanctions ")
    assert not _guard_admits("part", narrowed, "ruled out sanctions ")


# guards that stand before token-level code rather than before one pattern
_NOT_BEFORE_A_PATTERN = {("country_anaphors", "_COUNTRY"), ("extractor", "_CHARGE_OR_WARNING_WORDS"),
                         ("envoy_states", "_OWN_WORDS"),  # (a veto: the sentence recalls its own envoy)
                         ("summons_pairs", "_SUMMONS_WORDS"), ("summons_pairs", "_ENVOY_WORDS")}  # (before no pattern:
#   a summons relation's sentence, a sentence that speaks of a diplomat)
_GUARD_CALL = re.compile(r"has_(?:part|word|lower_part)\(\s*[^,()]+(?:\([^()]*\))?[^,()]*,\s*([A-Za-z_][\w .|]*?)\s*\)")


def test_every_guard_in_the_extractor_is_checked_here() -> None:
    """A new ``has_part`` / ``has_word`` guard must join GUARDED_PATTERNS, so the property above covers it."""
    package = Path(importlib.import_module(_MODULE.rstrip(".")).__file__ or "").parent  # the sources, compiled or not
    checked = {(m, g) for m, _, g, _ in GUARDED_PATTERNS} | _NOT_BEFORE_A_PATTERN
    calls = [(path.stem, name.strip()) for path in sorted(package.glob("*.py"))
             for union in _GUARD_CALL.findall(path.read_text(encoding="utf-8")) for name in union.split("|")]
    assert len(calls) >= 30  # the scan itself still finds the guards
    assert [call for call in calls if call not in checked] == []


@pytest.mark.parametrize("pattern", ["_LOCATIVE", "_LOCATIVE_FOR_NAMES"])
def test_the_locative_end_guard_admits_every_match(pattern: str) -> None:
    """place_countries searches its end-anchored locative patterns only in a text ending in one of their last
    words (``_locative_end``): every text a pattern matches must pass it, and a text ending in another word not."""
    places = importlib.import_module(_MODULE + "place_countries")
    regex: re.Pattern[str] = getattr(places, pattern)

    @settings(max_examples=int(__import__("os").environ.get("GUARD_EXAMPLES", "100")), deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(st.from_regex(regex, alphabet=_ALPHABET))
    def check(text: str) -> None:
        if regex.search(text) is not None:
            assert places._locative_end(text), f"_locative_end refuses {text!r}, which {pattern} matches"

    check()
    assert not places._locative_end("talks said ") and places._locative_end("fighters crossed from the ")
