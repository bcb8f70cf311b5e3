"""Who tells a sentence's relations and on what day: the attribution span or a speaker named before the verb
("X said Y attacked Z": attributed to X, a claim made an allegation) and the date nearest each trigger that is its
own (not the dateline's, not another clause's or another event verb's)."""

from __future__ import annotations

import datetime as dt
import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.dates import (
    DateMention,
    DayAnchor,
    find_dates,
    nearest_date,
    not_its_day,
    other_clause,
    with_anaphoric_dates,
)
from actorgraph.loaders.extractor.events_denials import CLAIM_APPOSED
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.place_countries import as_place
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.reported import CITING_ASIDE
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence

_STRUCTURAL = frozenset({"LEADS", "HOLDS_POSITION", "MEMBER_OF", "ASSOCIATED_WITH", "FAMILY_OF"})
# a post, membership or kinship told in passing ("Nour, who heads the party, ..., according to his lawyer") is the
# writer's background, not what the sentence's source reports
_BACKGROUND = _STRUCTURAL - {"ASSOCIATED_WITH"}

_SPEECH_VERB = r"said|says|told|claimed|claims|alleged|alleges|announced|stated|insisted|argued"
# (tried with ``match`` right after a mention, so no ``^``)
_SPEECH = re.compile(r"(?:['’]s\s+(?:[a-z]+\s+)?(?:office|spokes\w+|ministry|lawyers?)\s+)?" + CITING_ASIDE
                     + r"?,?\s*(?P<verb>" + _SPEECH_VERB + r")\b")
_SPEECH_VERBS = tuple(_SPEECH_VERB.split("|"))  # (plain substrings: contains_any is what searching them did)

# "X alleged that ..., a claim Y denied": the answer closing the sentence is not X's to tell
_CLAIM_ANSWERED = re.compile(CLAIM_APPOSED + r"\s")
_INVERTED = re.compile(r",\s*$")  # "..., X said, prompting ...": a speech verb put after what it tells
_INVERTED_AFTER = re.compile(r",\s*(?!adding|saying|noting|insisting|stressing)\w")


def attach_context(sent: Sentence, source: str | None, rels: list[RawRelation], published: dt.date | None,
                    mentions: list[Mention], dateline: tuple[int, int] = (0, 0), anchor: DayAnchor | None = None) -> None:
    dates = find_dates(sent.text, published)
    if not sent.headline and sent.start < dateline[1]:  # "LIMA, May 3 —" dates the story, not the events in it
        dates = [d for d in dates if not dateline[0] <= sent.start + d.start < dateline[1]]
    if anchor is not None and not sent.headline:  # "the following day", "that day": counted from an earlier day
        dates = with_anaphoric_dates(sent.text, dates, anchor)
    triggers = {r.trigger_start for r in rels if r.type not in _STRUCTURAL and not r.props.get("background")}
    # (end of speech verb, speaker, verb): "X said Y attacked Z" -> attributed to X
    speakers: list[tuple[int, str | None, str]] = []
    may_speak = mentions if contains_any(sent.text, _SPEECH_VERBS) else []  # (no speech verb: no speaker)
    for m in may_speak:
        sp = _SPEECH.match(sent.text, m.end - sent.start)
        if sp and _INVERTED.search(sent.text, 0, m.start - sent.start) and _INVERTED_AFTER.match(sent.text, sp.end()):
            continue  # "..., X's ministry said, prompting Y to ...": the speech tells what came before it
        if sp and m.entity:  # (a place before the verb tells no speaker: "X, a group based in southern Libya, said")
            speakers.append((sp.end(), None if as_place(sent, m) else m.entity, sp.group("verb")))
    for r in rels:
        background = r.type in _BACKGROUND and not r.props.get("appointed")
        if source and source not in (r.source, r.target):
            if background:
                continue
            r.props["attributed_to"] = source
            if r.status == RelationStatus.ASSERTED:
                r.status = RelationStatus.REPORTED
        elif speakers and (said := _last_speaker(sent.text, speakers, r)) is not None:
            _, who, verb = said
            if who is not None:
                r.props["attributed_to"] = who
            if verb in ("claimed", "claims", "alleged", "alleges") and r.status == RelationStatus.ASSERTED:
                r.status = RelationStatus.ALLEGED
        if r.type in _STRUCTURAL and not r.props.get("appointed") or r.props.get("background"):
            continue  # a post held, a state's backing told as a modifier ("Bolivia-backed"): no event of a day
        if not dates:
            continue  # (most sentences name no day)
        d = nearest_date([x for x in dates if not not_its_day(sent.text, x, r.trigger_start)], r.trigger_start)
        if d is not None and any(min(d.end, r.trigger_start) < t < max(d.start, r.trigger_start) for t in triggers) \
                and not _opening_date_of_coordinated_verb(sent.text, d, r.trigger_start, triggers):
            d = None  # another event's verb stands between the date and this one ("on Friday announced ... moving")
        if d is not None and other_clause(sent.text, d, r.trigger_start):
            d = None  # another clause's date: "said police had held him on Sunday and accused ...", "after X accused Y"
        if d is not None and d.precision == "day":  # "last week" names no day: the date stays unknown
            r.props["date"] = d.value.isoformat()
            r.props["date_precision"] = d.precision


def _last_speaker(text: str, speakers: list[tuple[int, str | None, str]],
                  r: RawRelation) -> tuple[int, str | None, str] | None:
    """The last of ``speakers`` whose speech verb comes before the trigger, who is no party to the relation and
    whose claim is not answered before it (looked for from the end: the earlier ones are not needed)."""
    for end, who, verb in reversed(speakers):
        if end <= r.trigger_start and who not in (r.source, r.target) \
                and not _CLAIM_ANSWERED.search(text, end, r.trigger_start):
            return end, who, verb
    return None


_AND_BEFORE = re.compile(r"(?:^|[\s,])and\s+$")


def _opening_date_of_coordinated_verb(text: str, date: DateMention, trigger_start: int, triggers: set[int]) -> bool:
    """ "X on Monday called for ... and accused Y": a date before the sentence's first event verb dates every
    verb coordinated with it by "and"; one after it ("X arrested Y on Sunday and accused him") does not."""
    return date.end <= min(triggers) and date.end < trigger_start \
        and _AND_BEFORE.search(text[max(0, trigger_start - 12) : trigger_start]) is not None
