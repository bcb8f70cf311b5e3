"""Who does a verb trigger: a quoted or reported speaker, the subject going on from a verb joined to the one
before, the opener of the sentence, a pronoun's owner, or the clause's own subject."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.arguments import (
    coordinated,
    described_subject,
    in_object_slot,
    opens_apposition,
    subject_of,
    titled_head,
)
from actorgraph.loaders.extractor.clause_arguments import that_clause_matrix, vp_conjunct
from actorgraph.loaders.extractor.events_speech import (
    body_conjunct_speaker,
    closed_quote_speaker,
    matrix_conjunct,
    pronoun_subject,
    reported_clause_speaker,
    speaker_agent,
)
from actorgraph.loaders.extractor.lexicon import Trigger
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import JOINED_VERB, RELATIVE_CLOSED, SPEAKER, SPEECH_TAG_BEFORE
from actorgraph.loaders.extractor.plural_speakers import plural_speakers
from actorgraph.loaders.extractor.possessive_owners import pronoun_owners
from actorgraph.loaders.extractor.quoted_speakers import quoted_agent
from actorgraph.loaders.extractor.text import Sentence

_SAID_AND = re.compile(r",?\s+(?:said|says|added|reported)\s*,\s+and\b")  # "X said, and ..."
_COMMA_AND_BEFORE = re.compile(r",\s+and\s+\S*\s*$")
_AND_BEFORE = re.compile(r"\band\s+(?:[a-z]+ly\s+)?$")


def verb_agents(ms: list[Mention], left: list[int], sent: Sentence, low: str, s: int, e: int, trig: Trigger,
                prev_subject: list[Mention], prev_verb_at: int, prev_targets: list[Mention]) -> list[Mention]:
    """The agents of the active verb trigger at ``s``..``e`` (``relations.find_relations``); ``left`` indexes the
    mentions before it, ``prev_*`` the verb before it in the sentence that had a subject."""
    text, base = sent.text, sent.start
    agents: list[Mention] = []
    near = low[max(0, s - 40) : s]  # ("and", "but" or a comma is in every JOINED_VERB match)
    # (searched in the text as written: "Spain and Italy accused", "the Senate and the National Assembly voted" are
    #   subjects, not "and" with an adverb in -ly before a verb joined to the one before)
    joined = JOINED_VERB.search(text, max(0, s - 40), s) if "and" in near or "but" in near or "," in near else None
    # "... and (has also) recalled its envoy"
    if joined and (RELATIVE_CLOSED.search(text, max(0, s - 120), s) or opens_apposition(text, s, e)):
        joined = None  # "X, which Y joined last year, called ...": the comma closes a relative clause
    subj = described_subject(ms, left, text, base, s, e)
    if joined and subj is not None and SPEECH_TAG_BEFORE.fullmatch(text[ms[subj].end - base : s]) \
            and (cut := text.rfind(",", 0, ms[subj].start - base)) > 0:  # "A did X, B announced, rebuffing C": A
        subj = subject_of(ms, [k for k in left if ms[k].end - base <= cut], text, base, cut)
    if (quoted_by := quoted_agent(ms, text, base, s, sent)) is not None:
        agents = [quoted_by]  # '"We will never ...," X said': X; '"Peru," X said, "has ..."': Peru
    elif (said_by := speaker_agent(ms, text, base, s, prev_subject, sent)) is not None:
        agents = plural_speakers(ms, text, base, s, said_by)  # "X, which links A and B, said it backed Y": X;
        #   "A and B said they would sanction Y": A and B
    elif joined and (closer := closed_quote_speaker(ms, text, base, s)) is not None:
        agents = [closer]  # 'X said Y "will not yield", but urged Z': X
    elif joined and (back := body_conjunct_speaker(ms, text, base, prev_verb_at, prev_subject)) is not None:
        agents = [back]  # "X said the party backed Y and accused Z": X accused
    elif joined and (matrix := that_clause_matrix(ms, left, text, base, s, low[s:e])) is not None:
        agents = [matrix]  # "X denied that Y had attacked anyone and accused Z": X
    elif joined and prev_subject and (reporter := reported_clause_speaker(
            ms, text, base, prev_verb_at, s, low[s:e], trig.type)) is not None:
        agents = [reporter]  # "X said police had arrested Y, and accused the authorities of ...": X
    elif joined and prev_subject and (subj is None or ms[subj].end <= prev_subject[-1].end
                                    or ms[subj].end - base <= prev_verb_at
                                    or ms[subj] in prev_targets or in_object_slot(ms[subj], text, base)
                                    or matrix_conjunct(text, base, prev_verb_at, ms[subj], s, low[s:e])
                                    or vp_conjunct(text, base, prev_verb_at, ms[subj], s)
                                    or _SAID_AND.match(text[ms[subj].end - base :])):
        agents = prev_subject
    elif joined and not prev_subject and (speaker := _speaker(ms, text, base, s)) is not None \
            and _COMMA_AND_BEFORE.search(low[max(0, s - 30) : s]):
        agents = [speaker]  # "X said ..., and reaffirmed its support": X goes on
    elif joined and not prev_subject and _AND_BEFORE.search(low[max(0, s - 30) : s]) \
            and (opener := next((k for k in left if ms[k].start - base < 40
                                 and subject_of(ms, [k], text, base, s) is not None), None)) is not None:
        agents = [ms[titled_head(ms, opener, sent)]]  # "Police in X used tear gas ..., and detained Y": X
    elif (owners := pronoun_owners(ms, left, text, base, s)) is not None:
        agents = owners  # "imposed tariffs on X over its military aid to Y": X's
    elif subj is not None and (own := pronoun_subject(ms, left, text, base, s, subj, sent)) is not None:
        agents = coordinated(ms, own, text, base, -1)
    return agents


def _speaker(ms: list[Mention], text: str, base: int, s: int) -> Mention | None:
    """The first mention before ``s`` that a speech verb follows ("X said ..."); looked for only when a rule asks."""
    return next((m for m in ms if m.end - base < s and SPEAKER.match(text[m.end - base :])), None)
