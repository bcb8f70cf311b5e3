"""An offer, a request or a charge told through its answer: whoever rejects, accepts or weighs an offer was made
it, whoever turns down a request was asked, and the answer itself is to whoever made it.

- "Kenya turned down a Tanzanian offer of extra troops", "the council rejected a proposal from the union",
  "Lima dismissed the Chilean demands": the author named in the object (a modifier before the noun, or after
  "from"/"by") OFFERS / DEMANDS the one who answers;
- "Bogota rejected the demand, which Washington made on Monday", "the offer Quito put forward", "the proposal
  tabled by the union": the author in a relative clause or a participle on the noun; then the answer is told
  here too, since the trigger rules stop at the clause: a refusal REJECTS the author, an acceptance AGREES_WITH
  them ("accepted Washington's proposal" as well), and a denial of "the accusation, which X made" DENIES X;
- "Oslo has offered to host the talks, an offer Kigali rejected", "X asked the court to act, a request Y
  rejected": the noun sums up the act just told (its author: the subject of the offering or asking verb), and
  the name before the answering verb was its addressee — unless the act named its own addressee, or the name
  only opposed it ("asked the Security Council to meet, a request Thailand opposed": Thailand answers, it was not
  asked); the answer is told here when the trigger rules did not;
- a state answering a person who holds office in another state answers that state ("Cambodia's prime minister
  asked ..., a request Thailand opposed": Thailand REJECTS Cambodia), as the development gold records it;
- "Quito offered to send advisers, but Lima turned down the offer": "the offer" is the one made earlier in
  the same sentence.
"""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.arguments import subject_of
from actorgraph.loaders.extractor.fronted_objects import asking_subject
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import ACTOR_KINDS
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.text import Sentence

_REFUSE = (r"reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refus(?:e|es|ed|ing)|turn(?:s|ed|ing)?\s+down|rebuff(?:s|ed|ing)?|"
           r"spurn(?:s|ed|ing)?|declin(?:e|es|ed|ing)|snub(?:s|bed|bing)?|oppos(?:e|es|ed|ing)")
_ACCEPT = r"accept(?:s|ed|ing)?|agree(?:s|d|ing)?\s+to"
_ANSWER = _REFUSE + "|" + _ACCEPT + (r"|ignor(?:e|es|ed|ing)|weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|stud(?:y|ies|ied|ying)|"
                                     r"review(?:s|ed|ing)?|respond(?:s|ed|ing)?\s+to")
# denying a charge ("denied the accusation"), only with a charge as its object
_DENY = r"den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|refut(?:e|es|ed|ing)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?"
_OFFER_NOUNS = ("offer", "proposal", "invitation", "overture")
_ASKED = r"offers?|proposals?|invitations?|overtures?|requests?|demands?|calls?|appeals?|ultimatums?"
_NOUN = r"(?P<noun>" + _ASKED + r"|plans?)"
_CHARGE = r"(?P<charge>accusations?|allegations?|claims?|charges?)"
# (each word alone, with fullmatch)
_DENY_VERB = re.compile(_DENY)
_REFUSE_VERB = re.compile(_REFUSE)
_ACCEPT_VERB = re.compile(_ACCEPT)
_ANSWER_WORD = re.compile(_ANSWER)
_ANSWER_VERB = re.compile(r"\b(?:" + _ANSWER + r"|" + _DENY + r")\b")
# the object of the answering verb: "a long-standing Indian proposal", "the Bulgarian demands", "her request"
_OBJECT = re.compile(r"\s+(?:(?P<det>the|a|an|her|his|this|that|these|those)\s+)?"
                     r"(?P<mods>(?:[\w\-.’'\"“”]+\s+){0,4}?)(?:" + _NOUN + r"|" + _CHARGE + r")\b")
_FROM_AUTHOR = re.compile(r"\s+(?:from|by|of)\s+(?:the\s+)?")  # ("the demands of the EU": round 25)
# ... also after the author's title or description: "calls from Prime Minister X", "demands from the opposition X"
#   (round 28; not "calls from supporters of X": a preposition ends the description)
_FROM_AUTHOR_DESCRIBED = re.compile(r"\s+(?:[Ff]rom|[Bb]y|[Oo]f)\s+(?:[Tt]he\s+)?(?:(?!(?:of|for|in|on|at|to|with|and|or|by|from)\b)"
                                    r"[a-z][\w\-]*\s+){0,2}(?:[A-Z][\w.\-]*\s+){0,4}")
_MADE = (r"(?:made|put\s+forward|tabled|issued|submitted|presented|delivered|sent|extended|floated|unveiled|"
         r"levell?ed|raised|repeated|voiced|brought|lodged)")
# "the demand, which Washington made on Monday", "the offer Quito put forward": the author opens a relative clause
#   whose verb ends it (not "the claim that Quito made a deal": what is claimed)
_BEFORE_AUTHOR = re.compile(r"(?:,?\s+(?:which|that))?\s+(?:the\s+)?")
_AUTHOR_MADE = re.compile(r"\s+(?:(?:had|has|have)\s+)?(?:(?:first|earlier|formally|publicly|also)\s+)?" + _MADE +
                          r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|last|earlier|this|late|early|yesterday|today|to|against|"
                          r"during|after|before|through|publicly)\b)")
# "the proposal put forward by the union", "the demand made on Monday by Washington", "which was tabled by X"
_MADE_BY = re.compile(r",?\s+(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?" + _MADE +
                      r"(?:\s+(?:on|last|late\s+on|earlier\s+on)\s+\w+)?\s+by\s+(?:the\s+)?")
# ", an offer <Y> ... rejected": the noun sums up the act before the comma; <Y> answers it
_SUMMED = re.compile(r",\s+(?:an?|the)\s+(?:[\w\-]+\s+)?(?P<noun>" + _ASKED + r")\s+(?:that\s+|which\s+)?")
_THEN_ANSWER = re.compile(r"(?:[\w\-’'.]+\s+){1,7}?(?P<verb>" + _ANSWER + r")\b")
# "the proposal put forward by Brazil was rejected by Colombia", "Washington's demand was accepted by X": the noun
#   is the subject of a passive answer, the answerer comes after "by"
_PASSIVE = re.compile(r"\b(?:was|were|(?:has|have|had)(?:\s+not)?\s+been)\s+(?:not\s+)?(?:[a-z]+ly\s+)?(?P<verb>" + _ANSWER + r"|" + _DENY +
                      r")\s+by\s+(?:the\s+)?")
_ANY_NOUN = re.compile(r"\b(?:" + _NOUN + r"|" + _CHARGE + r")\b")
_MODIFIER_GAP = re.compile(r"['’]s?\s+(?:[a-z][\w\-]*\s+){0,2}|\s+")  # "Brazil's latest offer", "the Brazilian offer"
_TITLE_WORDS = re.compile(r"\s*(?:[A-Z][\w.\-]*\s+){0,4}")
_SUBJECT_START = re.compile(r"(?:[^,;]*,\s*)?(?:the\s+|an?\s+)?", re.I)  # the noun phrase opens the clause
_POSTS = ("LEADS", "HOLDS_POSITION")
_CUE = re.compile(r"(?:offer|proposal|invitation|overture|request|demand|call|appeal|ultimatum|plan|accusation|"
                  r"allegation|claim|charge)s?\b")


def _type(noun: str) -> str | None:
    """What the author of an answered noun did to the one who answers: offered, asked, or (a plan) neither."""
    return None if noun.startswith("plan") else "OFFERS" if noun.rstrip("s") in _OFFER_NOUNS else "DEMANDS"


def _answer(verb: str, charge: bool) -> str | None:
    """The relation an answering verb makes to the author: refusing REJECTS, accepting AGREES_WITH, denying a
    charge DENIES; weighing or ignoring makes none."""
    if charge:
        return "DENIES" if _DENY_VERB.fullmatch(verb) else None
    return "REJECTS" if _REFUSE_VERB.fullmatch(verb) else "AGREES_WITH" if _ACCEPT_VERB.fullmatch(verb) else None


def answered_proposals(sent: Sentence, mentions: list[Mention], found: list[RawRelation],
                       affiliation: dict[str, str]) -> list[RawRelation]:
    """Offers and requests told through their answers, and the answers a clause or a summing noun hides from the
    trigger rules; ``affiliation``: the state each person named so far holds office in."""
    text, base = sent.text, sent.start
    if not ("offer" in text or "propos" in text or "request" in text or "demand" in text or "calls" in text or "call " in text
            or "appeal" in text or "invitation" in text or "overture" in text or "ultimat" in text or "plan" in text
            or "accusation" in text or "allegation" in text or "claim" in text or "charge" in text) \
            or not _CUE.search(text):  # the nouns are lower-case in running text
        return []
    low = text.lower()
    ms = sorted((m for m in mentions if m.entity and m.kind in ACTOR_KINDS), key=lambda m: m.start)
    out: list[RawRelation] = []

    def add(author: Mention | str | None, rtype: str | None, answerer: Mention | str | None, at: int, word: str,
            status: RelationStatus = RelationStatus.ASSERTED) -> None:
        a = author.entity if isinstance(author, Mention) else author
        b = answerer.entity if isinstance(answerer, Mention) else answerer
        if not rtype or not a or not b or a == b or any((r.source, r.type, r.target) == (a, rtype, b) for r in found + out):
            return
        out.append(RawRelation(a, rtype, b, sent, at, word, status, 0.6))

    def answer_to(answerer: Mention | str | None, rtype: str, author: Mention | str | None, at: int, word: str,
                  since: int | None = None) -> None:
        """The answer at ``at`` to ``author`` (a state answering a person who holds office in another answers that
        state): the trigger rules' relation there gets that target when it has none or has the person. Its status
        is read from ``since`` (else the answerer's end) to the verb."""
        said = answerer if isinstance(answerer, Mention) else next(
            (m for m in reversed(ms) if m.entity == answerer and m.end - base <= at), None)
        person = author.entity if isinstance(author, Mention) else author
        target = person
        if said is not None and said.kind == "Country" and person and person.startswith("Person:"):
            state = next((r.target for r in found if r.source == person and r.type in _POSTS and r.target
                          and r.target.startswith("Country:") and r.props.get("affiliation") != "inferred"),
                         affiliation.get(person))
            target = state if state and state != said.entity else person
        own = [r for r in found if r.type == rtype and r.trigger_start == at]
        for r in own:
            if r.target in (None, person):
                r.target, r.needs_partner = target, False
        if not own:  # its status from the words between the answerer and the verb ("has not agreed to")
            since = since if since is not None else said.end - base if said else at
            add(answerer, rtype, target, at, word, status_of(text, since, at, rtype))

    def earlier_author(rtype: str | None, before: int) -> str | Mention | None:
        """The author of the offer or request told earlier in the sentence."""
        own = [r for r in found if r.type == rtype and r.source and r.trigger_start < before]
        if own:
            return max(own, key=lambda r: r.trigger_start).source
        return asking_subject(ms, text, base, before)

    for v in _ANSWER_VERB.finditer(low):
        obj = _OBJECT.match(low, v.end())
        charge = obj is not None and obj.group("charge") is not None
        if obj is None or charge and not _DENY_VERB.fullmatch(v.group()) or not charge and not _ANSWER_WORD.fullmatch(v.group()):
            continue
        rtype = None if charge else _type(obj.group("noun"))
        mods_at, noun_at, noun_end = obj.start("mods"), obj.start("charge" if charge else "noun"), obj.end()
        author: Mention | str | None = next((m for m in ms if mods_at <= m.start - base and m.end - base <= noun_at), None)
        if author is None:
            author = next((m for m in ms if m.start - base > noun_end
                           and _FROM_AUTHOR_DESCRIBED.fullmatch(text, noun_end, m.start - base)), None)
        clause, put_to = _clause_author(ms, text, base, noun_end) if author is None else (None, False)
        author = author or clause
        if author is None and rtype and obj.group("det") in ("the", "this", "that"):
            author = earlier_author(rtype, v.start())
        owner = author is None and rtype is not None and obj.group("det") in ("her", "his")
        if owner:  # "refused her request": the person named last before the verb, whose answer is told here too
            author = next((m for m in reversed(ms) if m.kind == "Person" and m.end - base <= v.start()), None)
        if author is None or charge and clause is None:
            continue
        answer: Mention | str | None = next((r.source for r in found if r.type == "REJECTS" and r.trigger_start == v.start() and r.source), None)
        answer = answer or subject_here(ms, text, base, v.start())
        if not put_to:  # "rejected the offer Brazil made to Peru": not made to the one who rejects it
            add(author, rtype, answer, v.start(), text[v.start() : v.end()])
        kind, at = _answer(v.group(), charge), v.start()
        refusal = next((r for r in found if r.type == "REJECTS" and r.trigger_start < at < r.trigger_start + len(r.trigger_text)), None)
        if refusal is not None:  # "refused to accept the offer, which X made", "would not accept X's proposal"
            kind, at = "REJECTS", refusal.trigger_start
        if kind and (clause or owner or kind == "AGREES_WITH"):
            answer_to(answer, kind, author, at, text[v.start() : v.end()])
    for summed in _SUMMED.finditer(low):
        then = _THEN_ANSWER.match(low, summed.end())
        m = subject_here(ms, text, base, then.start("verb")) if then is not None else None
        if then is None or m is None or m.start - base < summed.end():
            continue
        verb, at, rtype = then.group("verb"), then.start("verb"), _type(summed.group("noun"))
        author = earlier_author(rtype, summed.start())
        if author is None:
            continue
        # "asked the Security Council to meet, a request Thailand opposed": the one asked was named; an opponent is
        #   seldom the one asked
        asked_another = verb.startswith("oppos") or any(
            r.type == rtype and r.target and r.trigger_start < summed.start()
            and r.source == (author.entity if isinstance(author, Mention) else author) for r in found)
        if not asked_another:
            add(author, rtype, m, summed.start("noun"), summed.group("noun"))
        kind = _answer(verb, False)
        if kind:
            answer_to(m, kind, author, at, text[at : then.end("verb")])
    for p in _PASSIVE.finditer(low):
        m = next((m for m in ms if m.start - base >= p.end()), None)
        if m is not None and not _TITLE_WORDS.fullmatch(text, p.end(), m.start - base):
            m = None
        after = next((x for x in ms if m is not None and x.start >= m.end), None)
        if m is not None and after is not None and after.kind == "Person" and (
                m.possessive and _MODIFIER_GAP.fullmatch(text, m.end - base, after.start - base)
                or m.kind == "Country" and _TITLE_WORDS.fullmatch(text, m.end - base, after.start - base)):
            m = after  # "by Colombia's president X", "by Colombian Foreign Minister X": X
        n = next(reversed(list(_ANY_NOUN.finditer(low, 0, p.start()))), None)
        if m is None or n is None:
            continue
        charge = n.group("charge") is not None
        named = next((a for a in ms if a.end - base <= n.start() and _MODIFIER_GAP.fullmatch(text, a.end - base, n.start())), None)
        author = named or next((a for a in ms if a.start - base > n.end()
                                and _FROM_AUTHOR.fullmatch(low, n.end(), a.start - base)), None) \
            or _clause_author(ms, text, base, n.end())[0]
        np_start = named.start - base if named else n.start()
        kind = _answer(p.group("verb"), charge)
        if author is None or kind is None or not _SUBJECT_START.fullmatch(text, 0, np_start) \
                or any(n.start() < x.start - base < p.start() and x is not author for x in ms) \
                or re.search(r";|\b(?:and|but)\s", text[n.end() : p.start()]):
            continue
        if not charge:
            add(author, _type(n.group("noun")), m, p.start("verb"), p.group("verb"))
        answer_to(m, kind, author, p.start("verb"), p.group("verb"), n.end())
    return out


_PUT_TO = re.compile(r"\s+(?:to|at)\s+(?:the\s+)?[A-Z]")


def _clause_author(ms: list[Mention], text: str, base: int, noun_end: int) -> tuple[Mention | None, bool]:
    """The author named in a relative clause or a participle on the noun ending at ``noun_end`` ("the demand, which
    X made", "the plan put forward by X"), and whether the clause names whom it was put to ("made to Peru")."""
    low = text.lower()
    for m in ms:
        if m.start - base <= noun_end:
            continue
        if _MADE_BY.fullmatch(low, noun_end, m.start - base):
            return m, False
        made = _AUTHOR_MADE.match(low, m.end - base) if _BEFORE_AUTHOR.fullmatch(low, noun_end, m.start - base) else None
        return (m, _PUT_TO.match(text, made.end()) is not None) if made else (None, False)
    return None, False


def subject_here(ms: list[Mention], text: str, base: int, at: int) -> Mention | None:
    """The subject of the answering verb at ``at``."""
    left = [k for k, m in enumerate(ms) if m.end - base <= at]
    k = subject_of(ms, left, text, base, at)
    return ms[k] if k is not None else None
