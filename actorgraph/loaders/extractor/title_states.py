"""Which state a title with no stated affiliation belongs to, from the sentence around it: the state of a
group of officials a colon list spells out ("three Belarusian officials: police chief X"), and not the
article's main state when the sentence sets that state against the titled person, but the other state of the
story instead."""

from __future__ import annotations

import re

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.dateline import find_dateline
from actorgraph.loaders.extractor.lexicon import Lexicon, lexicon
from actorgraph.loaders.extractor.mentions import Mention, start_ordered
from actorgraph.loaders.extractor.patterns import SPEECH_TAGS
from actorgraph.loaders.extractor.text import Sentence


def set_against(text: str, base: int, ms: list[Mention], person: Mention, state: str) -> bool:
    """ "Prime Minister X has offered talks, but Egypt has turned the offer down": the article's main state is
    the other side of this sentence, so X's bare title is not its."""
    return any(m.entity == state and m.start > person.end and (
        _CONTRAST.search(text[person.end - base : m.start - base]) or _visitor(text, base, m)) for m in ms) \
        or _answers_state(text, base, ms, person, state) or _object_of_state(text, base, ms, person, state) \
        or any(m.kind == "Person" and m.start > person.end and _visiting_official(text, base, m, state) for m in ms)


def own_state(text: str, base: int, ms: list[Mention], m: Mention, home: str, states: list[str] | None) -> str | None:
    """The state a bare title belongs to: the article's main state, unless the sentence sets that state against
    the titled person ("Prime Minister X offered talks, but Y turned the offer down"); then the state the story
    names most after it, when the sentence does not set that one against the person too. A delegation's leader
    belongs to the state that sent it (delegation_state), never to the one the sentence has it visit."""
    led = _DELEGATION_LED.search(text, max(0, m.start - base - 160), m.start - base) if "by" in text else None
    if led is not None and ((sender := delegation_state(text, base, ms, led)) or _hosts(text, base, ms, led, m, home)):
        return sender  # ("Laos received a delegation led by Deputy Foreign Minister X": not Laos's minister)
    if (voiced := voiced_subject(text, base, ms, m)) is not None:
        return voiced  # "Tokyo lodged a protest, a government spokesman, X, told reporters": Tokyo's spokesman
    if not set_against(text, base, ms, m, home):
        return home
    other = next((s for s in states or [] if s != home), None)
    return other if other and not set_against(text, base, ms, m, other) else None


_DELEGATION_LED = re.compile(r"\b(?P<noun>delegation|team|mission)(?P<source>\s+from\s+(?:the\s+)?[A-Z][^,.;]{0,30}?)?"
                             r"\s*,?\s+(?:led|headed)\s+by\s+(?:[A-Z][\w.\-]*\s+){0,6}$")
# "Japan's delegation", "a Japan delegation", "Japan sent a high-level delegation"
_STATE_BEFORE_NOUN = re.compile(r"(?:['’]s?)?\s+|\s+(?:sent|sends|dispatched|dispatches)\s+(?:an?|its)\s+(?:[\w\-]+\s+)?")


def delegation_state(text: str, base: int, ms: list[Mention], led: re.Match[str]) -> str | None:
    """ "a Japanese delegation led by Deputy Foreign Minister X", "Japan's delegation, led by ...", "a delegation
    from Japan led by ...", "Japan sent a delegation led by ...": the state whose delegation ``led`` names."""
    for c in ms:
        if c.kind != "Country" or not c.entity:
            continue
        if led.group("source") and led.start("source") < c.start - base < led.end("source") \
                or c.end - base == led.end("noun") \
                or c.end - base <= led.start() and _STATE_BEFORE_NOUN.fullmatch(text[c.end - base : led.start()]):
            return c.entity  # (the demonym's mention takes in the noun: "Japanese delegation")
    return None


_HOST_BEFORE = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:received|receives|welcomed|welcomes|hosted|hosts)\s+(?:an?|the)\s+"
                          r"(?:[\w\-]+\s+)?")
_VISIT_AFTER = re.compile(r",?\s+(?:[^.;,]{0,40}?\s)?(?:arrived\s+in|arrives\s+in|visited|visits|travell?ed\s+to|flew\s+to|"
                          r"(?:is|are|was|were)\s+(?:due|expected)\s+in|to\s+visit)\s+(?:the\s+)?")


def _hosts(text: str, base: int, ms: list[Mention], led: re.Match[str], m: Mention, state: str) -> bool:
    """ "Laos received a delegation led by X", "a delegation led by X arrived in Vientiane": ``state`` is the
    host of the delegation ``led`` names."""
    return any(c.entity == state and (c.end - base <= led.start() and _HOST_BEFORE.fullmatch(text, c.end - base, led.start())
                                      or c.start >= m.end and _VISIT_AFTER.fullmatch(text, m.end - base, c.start - base))
               for c in ms)


# "X rejected the Bulgarian demands", "X accused Algeria of ...": the state X answers is not X's own
_ANSWER_VERB = re.compile(r"^[^.;,()]{0,30}?\b(?:rejected|rejects|dismissed|dismisses|denounced|denounces|condemned|"
                          r"condemns|accused|accuses|blamed|blames|criticised|criticized|refused|rebuffed)\s+(?:the\s+)?"
                          r"(?P<word>[A-Z][\w\-]*)(?P<poss>['’]s)?\s+(?P<noun>[a-z]+)?")
_STATE_VOICE_NOUNS = frozenset("demands demand accusations accusation claims claim allegations proposal proposals "
                               "conditions ultimatum veto position request requests government authorities".split())


def _answers_state(text: str, base: int, ms: list[Mention], person: Mention, state: str) -> bool:
    hit = _ANSWER_VERB.match(text[person.end - base :])
    if hit is None or any(person.end < m.start < person.end + hit.start("word") for m in ms):
        return False  # another actor named in between is the subject
    form = lexicon().country_at([hit.group("word")], 0)
    if form is None or f"Country:{normalize_name(form[1].country)}" != state:
        return False
    return form[1].role != "demonym" or (hit.group("noun") or "") in _STATE_VOICE_NOUNS


# "Russia accused President X of ...", "Moscow condemned the government of Prime Minister X": the titled person is
#   the object of the state's hostile act (not "former President X", whom a state often charges)
_HOSTILE_BEFORE = re.compile(r"\b(?:accused|accuses|blamed|blames|criticised|criticized|criticises|criticizes|"
                             r"condemned|condemns|denounced|denounces|rebuked|rebukes|sanctioned|sanctions|"
                             r"rejected|rejects)\s+(?:the\s+(?:government|policies|administration|cabinet|"
                             r"regime)\s+of\s+)?(?!former\b|ex-|then-)(?:[A-Z][\w.\-]*\s+){0,4}$")


def _object_of_state(text: str, base: int, ms: list[Mention], person: Mention, state: str) -> bool:
    """The titled person ends the object of a hostile verb whose subject, before it in the clause, is ``state``."""
    start = person.start - base
    hit = _HOSTILE_BEFORE.search(text, max(0, start - 80), start)
    if hit is None:
        return False
    subject = [m for m in ms if m.end - base <= hit.start() and m.kind in ("Country", "Organization", "Person")]
    return bool(subject) and subject[-1].entity == state and subject[-1].kind == "Country" and not subject[-1].possessive \
        and not re.search(r"[.;]", text[subject[-1].end - base : hit.start()])


_VISITING_TITLED = re.compile(r"\bvisiting\s+(?P<word>[A-Z][\w\.\-]*)\s+(?:[\w\-]+\s+){0,6}$")


def _visiting_official(text: str, base: int, m: Mention, state: str) -> bool:
    """ "President X and visiting US Deputy Secretary of Defense Y signed": Y's state is the visitor's."""
    hit = _VISITING_TITLED.search(text[max(0, m.start - base - 70) : m.start - base])
    form = lexicon().country_at([hit.group("word")], 0) if hit else None
    return form is not None and f"Country:{normalize_name(form[1].country)}" == state


_VISITING = re.compile(r"\bvisiting\s+(?:[a-z\-]+\s+){0,2}$", re.I)
_VISITOR_NOUN = re.compile(r"\s(?:delegation|delegates|visitors?|counterparts?|guests?)$", re.I)


def _visitor(text: str, base: int, m: Mention) -> bool:
    """ "President X assured a visiting Indian delegation", "X received his Indian counterpart": the state
    on the other side of the meeting, never the one whose bare title X holds."""
    return bool(_VISITING.search(text[max(0, m.start - base - 30) : m.start - base]) or _VISITOR_NOUN.search(m.surface))


# the speaker's tag closing a sentence ("..., a government spokesman, X, told reporters", "..., spokesman X said")
_CLOSING_TAG = re.compile(r",?\s+(?:" + SPEECH_TAGS + r"|wrote|confirmed|announced)\b")
_OPENING = re.compile(r"\s*(?:the\s+)?")


def voiced_subject(text: str, base: int, ms: list[Mention], person: Mention) -> str | None:
    """The state that opens the sentence as its subject when a titled person with no stated state speaks the
    sentence's closing tag: the act told is that state's, and so is its spokesman."""
    first = ms[0] if ms else None
    if first is None or first is person or first.kind != "Country" or not first.entity or first.possessive \
            or not _OPENING.fullmatch(text, dl.end if (dl := find_dateline(text)) else 0, first.start - base) \
            or not _CLOSING_TAG.match(text, person.end - base):
        return None
    if any(x.kind == "Country" and x.entity != first.entity and x.start < person.start
           and _SUBJECT_AFTER_COMMA.search(text[: x.start - base]) for x in ms):
        return None  # "Tokyo protested, and Seoul summoned the envoy, an official said": which state is unclear
    return first.entity


_SUBJECT_AFTER_COMMA = re.compile(r"(?:,|\band|\bbut|\bwhile)\s+(?:the\s+)?$")
_CONTRAST = re.compile(r",\s+(?:but|while|whereas|although|though)\s+(?:[a-z]+\s+){0,2}$", re.I)


def listed_state(text: str, base: int, before: list[Mention], title_start: int, lex: Lexicon) -> str | None:
    """The state of a group of its officials that a colon list of titled people after it spells out."""
    group = next((g for g in reversed(before) if g.kind == "Group"), None)
    if group is None or not group.country or group.surface.split()[-1].lower() not in lex.state_group_nouns:
        return None
    between = text[group.end - base : title_start - base]
    return f"Country:{normalize_name(group.country)}" if re.fullmatch(r"[^.;:]{0,40}:\s+[^.;:]{0,80}", between) else None


_THE_ONLY = re.compile(r"\s*(?:the\s+)?", re.I)


def opening_state(sent: Sentence, mentions: list[Mention]) -> str | None:
    """The state a sentence opens with as its subject: "Morocco denied ...", "Brazil's foreign ministry said"."""
    first = min(mentions, key=lambda m: m.start) if mentions else None
    if first is None or first.kind != "Country" or not first.entity \
            or not _THE_ONLY.fullmatch(sent.text[: first.start - sent.start]):
        return None
    if first.possessive and not _STATE_VOICE_BODY.match(sent.text, first.end - sent.start):
        return None  # "Brazil's ambassador called it ...": the subject is a person, with a state of their own
    return first.entity


_STATE_VOICE_BODY = re.compile(r"['’]s?\s+(?:[a-z\-]+\s+){0,3}?(?:ministry|government|cabinet|presidency|"
                               r"administration|foreign office)\b")


def opens_with_bare_title(sent: Sentence, mentions: list[Mention]) -> bool:
    """ "Foreign Minister X said ...", '"...," ministry spokeswoman X told': the sentence's first actor outside
    a quotation is a person with a post title under the head and no state of its own, whose state the
    sentence before names."""
    for m in start_ordered(list(mentions)):
        if sent.text.count('"', 0, m.start - sent.start) % 2 or sent.text.count("“", 0, m.start - sent.start) \
                > sent.text.count("”", 0, m.start - sent.start):
            continue  # inside a quotation
        return m.kind == "Person" and m.title is not None and not m.title.rank and not m.title.leader \
            and not m.country  # (a head of state or government belongs to the article's main state)
    return False
