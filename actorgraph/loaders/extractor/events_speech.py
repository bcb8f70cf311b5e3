"""Agents of reported speech: "X, which links A and B, said on Thursday that it backed Y" -> X backed Y.
A pronoun subject right after a speech verb is the speaker, who is the subject of the speech verb (past a
relative clause that may itself hold a list of actors). So is "the bloc"/"the alliance" after an official's
"said": "the EU's envoy, X, said the bloc stood by Y" -> X stood by Y. But "the party", "the union", "its members"
after a person's "said" are the body the speaker speaks for, named in the speaker's own phrase ("the Greens'
chairman, X, said the party backed Y", "X, head of the dockers' union, said its members backed Y") -> that body."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.arguments import coordinated, prev_word, subject_of, titled_head
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import PREPS
from actorgraph.loaders.extractor.text import Sentence, has_word

# "said (on Thursday) (in a statement) (that) it/he/she/they (had/would/also ...)" right before the trigger
# "X said its fighters had killed 23 soldiers", "Y, commissioner of Z, said his officers arrested 11 men": the body's men
_FORCES = r"(?:fighters|forces|troops|officers|militants|gunmen|soldiers|agents|investigators|warships|ships|units)"
_SAID_PRONOUN = re.compile(
    r"\b(?:said|says|told\s+(?:[\w\-]+\s+){1,2}?|added|announced|stated|insisted|declared|confirmed|"
    r"signalled|signaled|indicated)"
    r"(?:\s+(?:on|late on|earlier on|early on|last)\s+\w+)?(?:\s+in\s+a\s+(?:[\w\-]+\s+)?statement(?:\s+on\s+\w+)?)?"
    r"(?:\s+that)?\s+(?:it|he|she|they|the\s+(?:bloc|alliance|union|organi[sz]ation|movement|federation|association|"
    r"party|coalition|government|administration|ministry|council|agency)|(?:his|her|its|their)\s+(?:members|party|union|"
    r"(?:own\s+)?" + _FORCES + r"))"
    r"\s+(?:(?:had|has|have|was|were|is|are|would|will|could|also|still|now|"
    r"been|remained|remains|continued\s+to|continues\s+to|\w+ly)\s+){0,3}$")
_PRONOUN_BEFORE = re.compile(r"\b(?:it|he|she|they|bloc|alliance|union|organi[sz]ation|movement|party|coalition|"
                             r"federation|association|members|government|administration|ministry|council|agency|"
                             + _FORCES + r")"
                             r"\s+(?:[\w\-]+\s+){0,3}$")
# every _PRONOUN_BEFORE match holds one of these as a whole word
_PRONOUN_WORDS = frozenset("it he she they bloc alliance union organisation organization movement party coalition federation "
                           "association members government administration ministry council agency fighters forces troops "
                           "officers militants gunmen soldiers agents investigators warships ships units".split())
# the reported subject that is a member body, not an intergovernmental one or a state organ (those keep the speaker)
_MEMBER_BODY = re.compile(r"\s(?:the\s+(?:union|movement|party|coalition|federation|association)|"
                          r"(?:his|her|its|their)\s+(?:members|party|union|(?:own\s+)?" + _FORCES + r"))\s")
# "X said the government had detained Y": a person or a body speaks of a state's government, which is not the speaker
_STATE_ORGAN = re.compile(r"\sthe\s+(?:government|administration)\s")
# ", which links A, B and C," closed right before the speech verb
_RELATIVE_BEFORE = re.compile(r",\s*(?:which|who)\b[^;]*,\s*$")


def main_subject(ms: list[Mention], text: str, base: int, pos: int) -> Mention | None:
    """The subject of the clause whose verb starts at ``pos``, skipping a relative clause closed before it."""
    cut = text[:pos]
    rel = _RELATIVE_BEFORE.search(cut)
    if rel is not None:
        cut_at = rel.start()
        left = [k for k, m in enumerate(ms) if m.end - base <= cut_at]
    else:
        cut_at = pos
        left = [k for k, m in enumerate(ms) if m.end - base <= pos]
    k = subject_of(ms, left, text, base, cut_at)
    return ms[k] if k is not None else None


def speaker_agent(ms: list[Mention], text: str, base: int, s: int, prev_subject: list[Mention],
                  sent: Sentence | None = None) -> Mention | None:
    """The speaker standing for a pronoun subject of the trigger at ``s`` ("X said it backed Y"), or None (``sent``,
    the sentence ``text`` is, when given: _PRONOUN_BEFORE is searched only if it has one of the words it needs)."""
    if sent is not None and not has_word(sent, _PRONOUN_WORDS) or not _PRONOUN_BEFORE.search(text, max(0, s - 60), s):
        return None
    said = _SAID_PRONOUN.search(text, max(0, s - 200), s)
    if said is None:
        return None
    at = said.start()
    if prev_subject and re.search(r"\band\s+(?:[a-z]+ly\s+)?(?:also\s+)?$", text[max(0, at - 20) : at]):
        speaker: Mention | None = prev_subject[0]  # "X condemned the move and said it stood by Y"
    else:
        speaker = main_subject(ms, text, base, at)
    if speaker is not None and speaker.kind != "Country" and not speaker.possessive and _STATE_ORGAN.search(said.group()):
        return None  # the government mention stands for itself (the speaker's state, see speaker_states); but
        #   "the president's office said the government would ..." is the president's
    if speaker is not None and speaker.kind == "Person" and _MEMBER_BODY.search(said.group()):
        return _speakers_body(ms, base, speaker, at) or speaker
    if speaker is not None and _they_of_one_person(ms, text, base, s, ms.index(speaker)):
        return None
    return speaker


def clause_agent(ms: list[Mention], text: str, base: int, at: int) -> Mention | None:
    """Who does the act whose trigger starts at ``at``: the speaker a pronoun subject stands for ("X said it would
    appeal": X), else the clause's main subject."""
    return speaker_agent(ms, text, base, at, []) or main_subject(ms, text, base, at)


def body_conjunct_speaker(ms: list[Mention], text: str, base: int, prev_verb_at: int,
                          prev_subject: list[Mention]) -> Mention | None:
    """ "X said the party backed Y and accused Z": the verb after "and" is the speaker's again, not the body's
    whose act the speaker reported; None unless the previous verb's agent was such a body."""
    if prev_verb_at < 0 or not prev_subject or prev_subject[0].kind != "Organization":
        return None
    said = _SAID_PRONOUN.search(text, max(0, prev_verb_at - 200), prev_verb_at)
    if said is None or not _MEMBER_BODY.search(said.group()):
        return None
    speaker = main_subject(ms, text, base, said.start())
    return speaker if speaker is not None and speaker.kind == "Person" else None


def _speakers_body(ms: list[Mention], base: int, speaker: Mention, at: int) -> Mention | None:
    """The organisation named in the speaker's own phrase before the speech verb at ``at`` ("X's chairman, Y,",
    "party legislator Y", "Y, head of the X,"), the last one when several are."""
    bodies = [m for m in ms if m.kind == "Organization" and m.entity and speaker.start - 70 <= m.start
              and m.end - base <= at and m is not speaker]
    return bodies[-1] if bodies else None



# 'told reporters the case was "a political vendetta by" X', 'called the charges a smear campaign by X': a charge
# characterised as someone's hostile act, said by the subject of the speech verb
_CHARGE_NOUN = re.compile(r"(?:vendetta|witch[- ]?hunt|smear|persecution|harassment|provocation|interference|meddling|"
                          r"blackmail|propaganda|disinformation|lies)(?: campaign)? (?:by|from)")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|called|describ\w+|insisted|argued|claimed|branded|dismissed)\b[^.;]{0,120}$")


def speaker_of_charge(ms: list[Mention], left: list[int], text: str, base: int, s: int, trigger_text: str) -> int | None:
    """The subject of the speech verb before a characterising noun such as "vendetta by", else None."""
    said = _SAID_BEFORE.search(text, max(0, s - 160), s) if _CHARGE_NOUN.fullmatch(trigger_text.lower()) else None
    if said is None:
        return None
    return subject_of(ms, [k for k in left if ms[k].end - base <= said.start()], text, base, said.start())


# "..., but it stopped short of endorsing X", "; it denies any role": an unresolved subject pronoun opening the
#   trigger's clause (after a conjunction or comma), with no actor named between it and the trigger
_IT = frozenset({"it"})  # a whole word in every _CLAUSE_PRONOUN match
_CLAUSE_PRONOUN = re.compile(r"(?:^|[,;]\s*(?:(?:but|and|yet|so|while|although|though)\s+)?|\b(?:but|and|yet|while|although|"
                             r"though|because|since)\s+)it\s+(?:[\w\-’']+\s+){0,5}$", re.I)


# 'X said they would attack Y', 'X said: "They will attack Y."': "they" told by one speaker is somebody else
_SAID_THEY = re.compile(r"\b(?:said|says|told\s+[\w\-]+|added|warned|insisted|claimed)"
                        r"(?:\s+(?:on|late on|earlier on)\s+\w+)?(?:\s+in\s+an?\s+(?:[\w\-]+\s+){0,2}statement)?"
                        r"\s*(?::\s*)?(?:that\s+)?[\"“]?"
                        r"they\s+(?:[\w\-’']+\s+){0,5}$", re.I)


def _they_of_one_person(ms: list[Mention], text: str, base: int, s: int, k: int) -> bool:
    """Whether the trigger at ``s`` has "they" for subject, told by the one person ``ms[k]`` (no actor between)."""
    if "they" not in text[max(0, s - 70) : s].lower():
        return False  # (no "they"/"They" before the trigger: no regex search)
    they = _SAID_THEY.search(text, max(0, s - 70), s)
    return they is not None and ms[k].kind == "Person" and ms[k].end - base <= they.start() \
        and len(coordinated(ms, k, text, base, -1)) == 1 and not any(they.start() <= m.start - base < s for m in ms)


def pronoun_subject(ms: list[Mention], left: list[int], text: str, base: int, s: int, subj: int,
                    sent: Sentence) -> int | None:
    """The agent's index when an unresolved "it" is the subject of the trigger at ``s``: ``subj`` (the nearest
    mention on the left) unless it is a person, which "it" cannot stand for ("relieved him of his command, but it
    stopped short of endorsing X"); then the nearest non-person subject before it, or None. A "they" that one
    person said is nobody named. (``sent``, the sentence ``text`` is: "it" is looked for only in one that has the
    word.)"""
    if _they_of_one_person(ms, text, base, s, subj):
        return None
    pro = _CLAUSE_PRONOUN.search(text, max(0, s - 60), s) if has_word(sent, _IT) else None
    if pro is None or ms[subj].kind != "Person" or ms[subj].end - base > pro.start() \
            or any(pro.start() <= m.start - base < s for m in ms):
        return subj
    return subject_of(ms, [k for k in left if ms[k].kind != "Person" and ms[k].end - base <= pro.start()],
                      text, base, pro.start())


# "a day after a British minister said she had raised ...": a pronoun whose antecedent is an unnamed speaker
_UNNAMED_SPEAKER = re.compile(r"\b(?:a|an|another|one)\s+(?:[\w\-]+\s+){0,3}?[a-z][\w\-]*\s+(?:said|says|told\s+[\w\-]+|added|"
                              r"announced|confirmed|insisted|claimed)(?:\s+(?:on|late on|earlier on)\s+\w+)?(?:\s+that)?\s+$", re.I)


def unnamed_speaker(ms: list[Mention], text: str, base: int, s: int, sent: Sentence) -> bool:
    """Whether the trigger's subject is a pronoun right after an indefinite speaker no actor names ("a British
    minister said she had raised X", not "a spokesman for Hamas said it"): whoever coreference or the speech rule
    took the pronoun for, the speaker is unnamed. (``sent``, as for ``pronoun_subject``.)"""
    said = _SAID_PRONOUN_BEFORE.search(text, max(0, s - 60), s) if has_word(sent, _PRONOUNS) else None
    speaker = _UNNAMED_SPEAKER.search(text, max(0, said.start() - 90), said.start()) if said else None
    return speaker is not None and not any(speaker.start() <= m.start - base < speaker.end() for m in ms)


_PRONOUNS = frozenset({"he", "she", "they", "it"})  # one is a whole word in every _SAID_PRONOUN_BEFORE match
_SAID_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they|it)\s+(?:(?:had|has|have|was|were|is|are|would|will|could|also|"
                                  r"already|personally|directly|\w+ly)\s+){0,3}$", re.I)


_THAT_AFTER_VERB = re.compile(r"\w+(?:\s+(?:on|late on|earlier on)\s+\w+)?\s+that\s+")
# ' had acted improperly and ': the that-clause keeps its own auxiliary tense up to the coordinated trigger
_AUXILIARY_CLAUSE = re.compile(r"(?:['’]s)?\s+(?:had|has|have|would|will|could|should|might|may|was|were|is|are|did not|"
                               r"does not|do not)\b[^,;\"“]*\band\s+(?:[a-z]+ly\s+)?")


_SIMPLE_PAST = re.compile(r"[a-z]+ed|said|told|made|gave|took|sent|held")  # (fullmatch: the whole first word)
_ED_FORM = re.compile(r"[a-z]+ed")


def matrix_conjunct(text: str, base: int, prev_verb_at: int, subj: Mention, s: int, trigger: str) -> bool:
    """Whether a simple-past trigger joined by "and" continues the clause of the previous trigger rather than the
    that-clause in between: "Russia denied that its attaché had spied and called the ban ...": Russia
    called, not the attaché (the embedded clause is in another tense)."""
    if prev_verb_at < 0 or not _SIMPLE_PAST.fullmatch(trigger.split()[0]):
        return False
    return bool(_THAT_AFTER_VERB.fullmatch(text, prev_verb_at, subj.start - base)
                and _AUXILIARY_CLAUSE.fullmatch(text, subj.end - base, s))


# ", accusing them of ...", ", urging X to ...": a participial adjunct after a comma, led by a speech act
_PARTICIPLE_OPEN = re.compile(r",\s+(?:[a-z]+ly\s+)?$")
_PARTICIPLE_TO_OPEN = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]+ing\s+to\s+$")
_PARTICIPLE_ACTS = frozenset({"ACCUSES", "DEMANDS", "DENIES", "THREATENS", "AGREES_WITH"})
_JOINED_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+(?=(?:the\s+)?[A-Z])")  # a clause with a named subject
# "..., Human Rights Watch said on Monday, accusing ...": a speech tag closed right before the participle
_TAG_BEFORE = re.compile(r"(?:['’]s\s+(?:office|spokes\w+|ministry))?\s+(?:said|says|announced|added|stated|"
                         r"told\s+[\w\-]+(?:\s+[\w\-]+)?)(?:\s+(?:on|late on|early on|earlier on|last)\s+\w+)?"
                         r"(?:\s+in\s+a\s+(?:[\w\-]+\s+)?statement)?\s*")
# a reported clause between the sentence's subject and the participle: the participle may belong to it
_REPORTED_INSIDE = re.compile(r"\b(?:said|says|told|announced|added|stated|reported|according to)\b")
# "X said it was quitting the bloc, accusing it of ...": a reported clause whose subject is the speaker itself
_SPEAKER_GOES_ON = re.compile(r"\s+(?:said|says|announced|added|stated)\s+(?:on\s+\w+\s+|last\s+\w+\s+)?(?:that\s+)?"
                              r"(?:it|they|he|she)\s+[^,;]*$")


def participle_agent(ms: list[Mention], sent: Sentence, s: int, trigger: str, rel_type: str) -> list[Mention] | None:
    """Who makes a speech act told as a participial adjunct: "X said on Monday that ..., accusing Y" -> the
    speaker of a tag right before it; "Police arrested seven men, accusing them of ..." -> the subject of the
    sentence, not the nearest name (the object of the main verb); so for a deal, "X courted China, signing a pact
    with Y" / ", refusing to sign any deal with Y" -> X. None when that cannot be told apart."""
    if rel_type not in _PARTICIPLE_ACTS:
        return None
    text, base = sent.text, sent.start
    if trigger.split()[0].endswith("ing"):
        comma = _PARTICIPLE_OPEN.search(text, max(0, s - 20), s)
    else:  # ", refusing to sign any deal with Y": the participle governs the bare verb
        comma = _PARTICIPLE_TO_OPEN.search(text, max(0, s - 40), s) if text.endswith(" to ", 0, s) else None
    if comma is None:
        return None
    cut = comma.start()
    left = [k for k, m in enumerate(ms) if m.end - base <= cut]
    if not left:
        return None
    last = ms[left[-1]]
    if _TAG_BEFORE.fullmatch(text, last.end - base, cut):
        return coordinated(ms, left[-1], text, base, -1)
    # "A detained X, and B seized Y, accusing it of ...": B's clause is the one the adjunct closes
    joined = max((j.end() for j in _JOINED_CLAUSE.finditer(text, 0, cut)), default=0)
    at = joined if any(ms[k].start - base >= joined for k in left) else 0
    opener = next((k for k in left if at <= ms[k].start - base < at + 80
                   and prev_word(text, ms[k].start - base) not in PREPS), None)
    if opener is None:
        return None
    group = coordinated(ms, opener, text, base, 1)  # "Niger, Mali and Burkina Faso said they ...": all three
    last_k = ms.index(group[-1])
    subj = subject_of(ms, [k for k in left if k <= last_k], text, base, ms[last_k].end - base)
    if _REPORTED_INSIDE.search(text, ms[last_k].end - base, cut) \
            and not _SPEAKER_GOES_ON.match(text[ms[last_k].end - base : cut]) or subj is None or not opener <= subj <= last_k:
        return None
    return coordinated(ms, titled_head(ms, opener, sent), text, base, 1)  # "EU envoy X visited ...": X


# "X said police had arrested Y on Monday, and accused the authorities of ...": a speech act joined by ", and" to a
#   reported clause in another tense goes on with the speaker, not with the reported clause's subject
_SPEECH_VERB = re.compile(r"\b(?:said|says|told\s+[\w\-]+(?:\s+[\w\-]+)?|added|announced|stated)\b"
                          r"(?:\s+(?:on|late on|earlier on|last)\s+\w+)?(?:\s+that)?\s+")
_OWN_TENSE = re.compile(r"\b(?:had|has|have|was|were|would|will|could)\b")
_COMMA_AND = re.compile(r",?\s+and\s+(?:[a-z]+ly\s+)?(?:also\s+)?$")


def reported_clause_speaker(ms: list[Mention], text: str, base: int, prev_verb_at: int, s: int, trigger: str,
                            rel_type: str) -> Mention | None:
    """The speaker a simple-past speech act after ", and" goes on with, when the verb before it was inside a
    clause the speaker reported (with its own auxiliary tense); None otherwise."""
    if rel_type not in _PARTICIPLE_ACTS or prev_verb_at < 0 or not _COMMA_AND.search(text, max(0, s - 20), s) \
            or not _ED_FORM.fullmatch(trigger.split()[0]):
        return None
    speech = next(reversed(list(_SPEECH_VERB.finditer(text, 0, prev_verb_at))), None)
    if speech is None or not _OWN_TENSE.search(text, speech.end(), prev_verb_at):
        return None
    return main_subject(ms, text, base, speech.start())


# "but" after the quotation that closed the reported words: the speaker's verb again ('X said Y "will not yield",
#   but also urged Z': X urged; not '... "is watching" and had raised it': the reported clause goes on)
_QUOTE_CLOSED_BUT = re.compile(r"[”\"],?\s+but\s+(?:also\s+)?(?:[a-z]+ly\s+)?$")


def closed_quote_speaker(ms: list[Mention], text: str, base: int, s: int) -> Mention | None:
    """The speaker whose reported words a quotation closed right before "but" and the trigger at ``s``."""
    closed = _QUOTE_CLOSED_BUT.search(text, max(0, s - 30), s)
    if closed is None:
        return None
    speech = next(reversed(list(_SPEECH_VERB.finditer(text, 0, closed.start()))), None)
    return main_subject(ms, text, base, speech.start()) if speech is not None else None

