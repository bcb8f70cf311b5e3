"""Accusations made by reporting: "The Treasury said X had directed the blockade", "A UN panel reported
that Rwandan troops fight alongside the group" -> the speaker ACCUSES X. Reporting that someone did a
hostile or illicit act is an accusation even when no accusation verb is used."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.arguments import coordinated, subject_of
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.evidenced_charges import evidenced_charges
from actorgraph.loaders.extractor.imputed_charges import ACTORS as _ACTORS
from actorgraph.loaders.extractor.imputed_charges import CHARGED as _CHARGED
from actorgraph.loaders.extractor.imputed_charges import DENIAL as _DENIAL
from actorgraph.loaders.extractor.imputed_charges import DONE_TO as _DONE_TO
from actorgraph.loaders.extractor.imputed_charges import IMPUTED as _IMPUTED
from actorgraph.loaders.extractor.imputed_charges import MODAL as _MODAL
from actorgraph.loaders.extractor.imputed_charges import OWN as _OWN
from actorgraph.loaders.extractor.imputed_charges import PASSIVE_BE as _PASSIVE_BE
from actorgraph.loaders.extractor.imputed_charges import SELF_CLAIMED as _SELF_CLAIMED
from actorgraph.loaders.extractor.imputed_charges import clause_after as _clause_after
from actorgraph.loaders.extractor.imputed_charges import hedged as _hedged
from actorgraph.loaders.extractor.imputed_charges import imputes as _imputes
from actorgraph.loaders.extractor.imputed_charges import may_accuse as _can_accuse
from actorgraph.loaders.extractor.imputed_charges import reported_accusation as _accusation
from actorgraph.loaders.extractor.mentions import Mention, start_ordered
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.role_words import LEAD, MEMBER, POST
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.suffered_charges import suffered_charges
from actorgraph.loaders.extractor.text import Sentence, has_part

# a role noun before the accused's name: "said legislator X had colluded", "told reporters opposition leader Y had ..."
REPORTED_ROLE = (r"(?:(?:(?:former|opposition|senior|deputy|rebel|party|army|militia)\s+){0,2}(?:" + LEAD + "|" + POST
                 + "|" + MEMBER + r")\s+)?")
# speaker, up to two words of description ("expert panel", "'s office"), a reporting verb, an optional
# time phrase and "that"; the accused must follow right after
# an aside between a speaker and the speech verb: "X, citing intelligence sources, said", "X, speaking in Geneva, said"
CITING_ASIDE = r"(?:,\s+(?:citing|quoting|speaking|writing|according\s+to)\b[^,;]{0,80},)"
_REPORTING = re.compile(
    r"^(?:(?:['’]s)?(?:\s+[a-z][\w\-]*){0,2}" + CITING_ASIDE + r"?|,)\s+(?:has\s+|have\s+|had\s+)?(?:(?:\w+ly|long)\s+)?"
    r"(?:said|says?|reported|reports?|concluded|concludes?|found|finds?|alleged|alleges?|claimed|claims?|charged|"
    r"charges?|insisted|insists?|(?:told|tells?)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*"  # "told reporters (on Monday) that"
    r"(?=(?:\s+(?:last|on|in|this|earlier)\s+\w+)?\s+that\b)|(?:told|tells?)\s+(?:the\s+)?(?:reporters|journalists|"
    r"correspondents|parliament|lawmakers|legislators|senators|deputies|MPs|supporters|delegates|assembly|senate|court|"
    r"committee|council|tribunal|conference|crowd|audience|hearing|briefing))"  # "told reporters Y had ..."
    r"(?:\s+(?:(?:last|on|in|this|earlier)\s+\w+|for\s+(?:days|weeks|months|years)|repeatedly|again|publicly))?"
    r"(?:\s+that)?\s+(?:the\s+)?" + REPORTED_ROLE + r"(?:[A-Z][\w.\-]*\s+){0,3}$")
# every _REPORTING match holds one of these: a sentence with none reports nothing
_REPORTING_VERBS = ("said", "say", "report", "conclude", "found", "find", "allege", "claim", "charge", "insist",
                    "told", "tell")
# "told" and the words of a named listener before its name ("told state broadcaster SSBC that ...")
_TOLD = re.compile(r"\s+(?:told|tells?)\s+(?:[a-z][\w\-]*\s+){0,2}")
# a reporting verb that is itself a charge ("alleged that", "charged that"): no hostile act need be named after it
_CHARGING = re.compile(r"\b(?:alleg(?:e|es|ed)|charg(?:e|es|ed))\s+(?:(?:last|on|in|this|earlier)\s+\w+\s+)?that\b")
# a prosecution announced: "X said Y would face charges including murder", "(that) Y will be charged with ..."
_TO_BE_CHARGED = re.compile(r"^(?:\s*,[^,;]{0,120},)?\s+(?:would|will)\s+(?:face\s+(?:[\w\-]+\s+){0,2}?charges?|be\s+"
                            r"(?:charged|prosecuted|indicted|tried)\s+(?:with|for|over|on)\b)", re.I)


_CHARGED_WITH = re.compile(r"\bcharg(?:e|es|ed)\s+$")
# what a possessor does or says itself: "said Takamura's remarks had damaged relations" charges Takamura, unlike
#   "said the group's leader had escaped" (round 29)
_OWN_ACT = re.compile(r"(?:['’]s?)?\s+(?:(?:recent|latest|repeated|public|own)\s+)?(?:remarks|comments|statements?|words|"
                      r"rhetoric|actions|acts|conduct|behaviou?r|decisions?|policies|policy|moves?|tactics|campaign)"
                      r"(?=\s+(?:had|has|have|were|was|are|is)\b)")
# the body a speaker's title names ("BLA spokesman X", "the group's spokesman X"): the speaker speaks for it
_OWN_TITLE = re.compile(r"(?:['’]s?)?\s+(?:[a-z][\w\-]*\s+){1,3}")


def reported_accusations(sent: Sentence, mentions: list[Mention], affiliation: dict[str, str]) -> list[RawRelation]:
    """``affiliation``: person -> the country they lead or serve (a leader speaking of their own state
    does not accuse it)."""
    text, base = sent.text, sent.start
    ms = start_ordered([m for m in mentions if m.entity and m.kind in _ACTORS])
    out: list[RawRelation] = []
    pairs = zip(ms, ms[1:], strict=False) if has_part(text, _REPORTING_VERBS) else ()
    for i, (speaker, accused) in enumerate(pairs):
        gap = text[speaker.end - base : accused.start - base]
        reporting = _REPORTING.match(gap)
        if not reporting and i > 0 and _TOLD.fullmatch(text, ms[i - 1].end - base, speaker.start - base):
            gap = text[ms[i - 1].end - base : speaker.start - base] + "them" + gap  # "X told Radio Y that Z ...": X
            speaker = ms[i - 1]
            reporting = _REPORTING.match(gap)
        if not reporting or _CHARGED_WITH.search(gap) and text.startswith(" with ", accused.end - base):
            continue  # "prosecutors charged him with ...": a prosecution (INVESTIGATES), not a report
        if any(_OWN_TITLE.fullmatch(text, m.end - base, speaker.start - base) for m in ms[:i] if m.entity == accused.entity):
            continue  # "the group's spokesman X said the group had targeted ...": its own voice
        if gap.startswith(","):  # "X, a member of Y's assembly, said ...": X, not Y
            head = main_subject(ms, text, base, speaker.end - base + 1)
            speaker = head if head is not None and head.start < speaker.start else speaker
        if not _can_accuse(speaker, accused, affiliation):
            continue
        group = coordinated(ms, i + 1, text, base, 1)  # "X and its owner, Y, had moved ...": both
        clause = _clause_after(text, group[-1].end - base)
        # "alleged that X paid the judges": the verb itself imputes a wrong (to X, not to "X's party")
        charge = (_CHARGING.search(gap) or _SUSPECTED.match(text, group[-1].end - base)) \
            and (not accused.possessive or accused.kind == "Country")
        announced = not accused.possessive and _TO_BE_CHARGED.match(clause) and not _DENIAL.search(clause[:40])
        if _DONE_TO.match(text, group[-1].end - base) and not _CHARGED.match(text, group[-1].end - base):
            continue  # "said X had been tortured": what was done to X, not what X did
        # ("X said Y would face charges including murder": the prosecution announced is the charge, modal and all)
        if not announced and (not (charge or _imputes(clause)) or _hedged(clause) or _OWN.match(accused.surface)):
            continue
        own_act = accused.possessive and _OWN_ACT.match(text, group[-1].end - base) is not None
        if not charge and (accused.possessive and accused.kind != "Country" and not own_act
                           or _SELF_CLAIMED.search(clause)):
            continue  # "the group's leader had escaped": the leader's act; "had claimed responsibility": its own word
        verb = re.search(r"(said|says?|reported|reports?|concluded|concludes?|found|finds?|alleged|alleges?|claimed|"
                         r"claims?|charged|charges?|insisted|insists?|told|tells?)\b", gap)
        start = speaker.end - base + (verb.start() if verb else 0)
        for one in group:
            if one.entity == speaker.entity:
                continue
            out.append(_accusation(speaker.entity, one.entity, sent, start, verb.group(1) if verb else "said"))
    return out + relative_reports(sent, mentions) + rebuttal_accusations(sent, ms, affiliation) \
        + passive_charges(sent, ms, affiliation) + coordinated_reports(sent, ms, affiliation) \
        + suffered_charges(sent, ms, affiliation) + evidenced_charges(sent, ms, affiliation)


# "sanctioned nine firms it says have supplied engines": a relative clause in which the main subject ("it")
# reports the act of the noun it describes
_RELATIVE_REPORT = re.compile(
    r"^,?(?:\s+(?:which|that|who|whom))?\s+(?P<who>it|they)\s+"
    r"(?:says?|said|believes?|believed|alleges?|alleged|claims?|claimed|suspects?|suspected|accuses?|accused)\s+"
    r"(?:(?:of\s+)?(?:have|has|had|is|was|were|are|to\s+have)\s+)?(?:\w+ly\s+)?")


def relative_reports(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if " it " not in text and " they " not in text:
        return []
    ms = start_ordered([m for m in mentions if m.entity and m.kind in _ACTORS + ("Group",)])
    out: list[RawRelation] = []
    for k, accused in enumerate(ms):
        rel = _RELATIVE_REPORT.match(text[accused.end - base :])
        if rel is None:
            continue
        clause = re.split(r"[;:]|,\s", text[accused.end - base + rel.end() :])[0]
        if not _IMPUTED.search(clause) or _MODAL.search(clause[:30]):
            continue
        who_at = accused.end - base + rel.start("who")
        # "sanctioned A and B, which it said had ...": the clause describes the whole list, the verb stands before it
        listed = coordinated(ms, k, text, base, -1)
        first = listed[-1]
        verb = re.search(r"[\w\-]+\s+(?:(?:the|a|an|[\w\-]+ing)\s+)?$", text[: first.start - base])
        subj = subject_of(ms, [j for j in range(k) if ms[j].end <= first.start], text, base,
                          verb.start() if verb else first.start - base)
        speaker = ms[subj] if subj is not None else None  # "it": the subject of the clause naming the accused
        if speaker is not None and speaker.kind == "Person" and rel.group("who") == "it":
            speaker = None  # "named X, a commander; Y, whom it accused of ...": "it" is no person, nor X
        if speaker is None or speaker.entity == accused.entity or speaker.kind == "Group":
            continue
        out.extend(_accusation(speaker.entity, one.entity, sent, who_at, rel.group(0).strip()[:60])
                   for one in sorted(listed, key=lambda m: m.start) if one.entity != speaker.entity)
    return out


# "X dismissed the complaint, saying Y had failed to ...", "rejected the criticism, saying Y was trying to interfere":
#   a rebuttal that turns the charge on another party accuses it (the speaker's own state is skipped, as above)
_REBUTTAL = re.compile(r"\b(?:reject\w*|dismiss\w*|den(?:y|ies|ied|ying)|refut\w+|rebuff\w*)\s+(?:the|this|that|these|those|its|"
                       r"their|his|her|such|all|any)\s+(?:[\w\-]+\s+){0,2}?(?:accusations?|allegations?|claims?|charges?|"
                       r"criticism|complaints?|statements?|remarks|reports?)\s*,\s+saying\s+(?:that\s+)?(?:the\s+)?$", re.I)
_REBUTTAL_IMPUTED = re.compile(r"\b(?:fail(?:ed|s|ing)?|mismanag\w*|lie[sd]?|lying|corrupt\w*|abus\w*|misus\w*|"
                               r"harbou?r\w*|shelter\w*|tr(?:y|ies|ied|ying)\s+to)\b", re.I)


def rebuttal_accusations(sent: Sentence, ms: list[Mention], affiliation: dict[str, str]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if ", saying" not in text:
        return []
    out: list[RawRelation] = []
    for accused in ms:
        hit = _REBUTTAL.search(text, max(0, accused.start - base - 120), accused.start - base)
        if hit is None or hit.end() != accused.start - base or accused.possessive:
            continue
        speaker = main_subject(ms, text, base, hit.start())
        clause = _clause_after(text, accused.end - base)
        # (not "X's government", whose state or body is settled only later and often otherwise than the story's)
        if not _can_accuse(speaker, accused, affiliation) or speaker.via == "leaders-government" or _hedged(clause) \
                or not (_IMPUTED.search(clause) or _REBUTTAL_IMPUTED.search(clause)):
            continue
        out.append(_accusation(speaker.entity, accused.entity, sent, hit.start(), "saying"))
    return out


# "X accused the junta of ... and said Spain was propping up the regime": a report in a verb coordinated with the
#   clause's first, whose subject speaks
_OPENS = re.compile(r"[\"“]?(?:[A-Z][\w\-.’']*\s+){0,4}")  # only a title before the sentence's first name
_SUFFERED = re.compile(_PASSIVE_BE + r"[\"“‘']?[a-z]+(?:ed|en|t)\b")
_AND_SAID = re.compile(r"\band\s+(?:also\s+)?(?:said|says|alleged|claimed|charged|insisted)(?:\s+that)?\s+(?:the\s+)?$")
_AND_SAID_VERBS = ("said", "says", "alleged", "claimed", "charged", "insisted")  # (case as in _AND_SAID)
# "X said Y was 'suspected of spying'", "... and that Y was suspected of paying salaries": the suspicion reported is
#   the charge, whatever the act (round 27)
_SUSPECTED = re.compile(_PASSIVE_BE + r"(?:[a-z]+ly\s+)?[\"“‘']?(?:suspected|accused)\s+of\b(?!\s+(?:nothing|no|none)\b)")
# "X said A and that Y was suspected of ...": a second that-clause of the opening speaker's speech verb
_AND_THAT = re.compile(r"\b(?:said|says|told\s+[\w\-]+)\s[^;:\"“]*\band\s+that\s+$")


def coordinated_reports(sent: Sentence, ms: list[Mention], affiliation: dict[str, str]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    out: list[RawRelation] = []
    if "and" not in text or not contains_any(text, _AND_SAID_VERBS) and "and that" not in text:
        return out  # (every accusation here needs _AND_SAID or _AND_THAT: "and" and their verb, or "and that")
    for accused in ms:
        said = _AND_SAID.search(text, max(0, accused.start - base - 40), accused.start - base)
        suspected = _SUSPECTED.match(text, accused.end - base)
        second = None if said is not None or not suspected or "and that" not in text \
            else _AND_THAT.search(text, max(0, accused.start - base - 200), accused.start - base)
        said = said or second
        if said is None or accused.possessive:
            continue
        if second is not None:  # "X said A and that Y was suspected of ...": the speech verb's subject
            speaker = main_subject(ms, text, base, second.start())
        else:
            speaker = ms[0] if _OPENS.fullmatch(text, 0, ms[0].start - base) and not ms[0].possessive else None
        if _SUFFERED.match(text, accused.end - base) and not suspected:
            continue  # "said he had been tortured": what was done to him
        clause = _clause_after(text, accused.end - base)
        if not _can_accuse(speaker, accused, affiliation) or _hedged(clause) or _OWN.match(accused.surface) \
                or not (suspected or _IMPUTED.search(clause)):
            continue
        out.append(_accusation(speaker.entity, accused.entity, sent, said.start(), "said"))
    return out


# Charges told in the passive: "Peru's minister said the bombing was ordered by Chile's intelligence service",
#   "told reporters there was evidence that the blast ... had been carried out by X" -> the speaker ACCUSES X, so that
#   a later "Chile rejected the accusations" answers the speaker
_SPEECH = re.compile(r"\b(?:said|says|told\s+[\w\-]+(?:\s+[\w\-]+)?|reported|concluded|found|alleged|claimed|charged|"
                     r"insisted|added|stated)\b", re.I)
# a hostile act named as the subject of the passive, then its agent: "the blast ... was ordered by"
_HARM = re.compile(r"\b(?:the|this|that|these|those|an?|last\s+\w+['’]s)\s+(?:[\w\-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|"
                   r"explosions?|sabotage|killings?|murders?|assassinations?|poisonings?|plots?|arson|shootings?|"
                   r"ambush(?:es)?|raids?|cyber-?attacks?|hacks?|massacres?|abductions?|kidnappings?)\b", re.I)
_BY = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:ordered|carried\s+out|orchestrated|"
                 r"masterminded|planned|organi[sz]ed|directed|commissioned|perpetrated|staged|committed|financed|"
                 r"funded|sponsored|instigated)\s+by\s+(?:the\s+)?$", re.I)
_DOUBTED = re.compile(r"\b(?:not|never|no|nothing|n[’']t|without|whether|if|doubt\w*|unclear|unlikely|deni\w+|reject\w*)\b", re.I)


def passive_charges(sent: Sentence, ms: list[Mention], affiliation: dict[str, str]) -> list[RawRelation]:
    """``ms``: the sentence's actor mentions in order; ``affiliation``: person -> the state they serve."""
    text, base = sent.text, sent.start
    if " by " not in text:
        return []
    out: list[RawRelation] = []
    for accused in ms:
        at = accused.start - base
        by = _BY.search(text, max(0, at - 60), at)
        said = next((s for s in _SPEECH.finditer(text, 0, by.start()) if _HARM.search(text, s.end(), by.start())),
                    None) if by is not None else None
        if by is None or said is None or _DOUBTED.search(text, said.end(), by.start()):
            continue
        speaker = main_subject(ms, text, base, said.start())
        if not _can_accuse(speaker, accused, affiliation):
            continue
        rel = _accusation(speaker.entity, accused.entity, sent, said.start(), said.group())
        rel.props["passive_charge"] = "true"  # answered only by its target's side
        rel.props["background"] = "1"  # the sentence's dates are the act's ("the blast on Nov 15"), not the charge's
        out.append(rel)
    return out
