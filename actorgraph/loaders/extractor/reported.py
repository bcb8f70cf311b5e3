"""Accusations made by reporting: "The Treasury said X had directed the blockade", "A UN panel reported
that Rwandan troops fight alongside the group" -> the speaker ACCUSES X. Reporting that someone did a
hostile or illicit act is an accusation even when no accusation verb is used."""

from __future__ import annotations

import re
from typing import TypeGuard

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.arguments import coordinated, subject_of
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.role_words import LEAD, MEMBER, POST
from actorgraph.loaders.extractor.text import Sentence, has_part
from actorgraph.loaders.extractor.wrong_acts import MORE_WRONGS

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
# hostile or illicit acts a report can impute
_IMPUTED = re.compile(
    r"\b(?:attack\w*|blockad\w*|wag(?:e|es|ed|ing)|behind|responsible for|direct(?:ed|s|ing)|orchestrat\w*|"
    r"plot\w*|enrich\w*|smuggl\w*|financ(?:e|es|ed|ing)|fund(?:ed|ing)|"
    # "funds" the verb ("Iran funds the militia"), not the noun ("return confiscated funds to X", "the funds were")
    r"(?<!\bthe\s)(?<![a-z]ed\s)funds(?!\s+(?:to|from|for|of|in|into|through|via|and|or|were|was|are|is|had|have|has|"
    r"that|which|belonging|held|owned)\b|\s*[.,;:)])|(?:transfers?|diversion|movement)\s+of\s+(?:[\w\-]+\s+)?"
    r"(?:funds|money|cash|weapons|arms)|arm(?:s|ed|ing)|fight(?:s|ing)?|fought|"
    r"kill\w*|tortur\w*|persecut\w*|sabotag\w*|interfer\w*|meddl\w*|launder\w*|traffick\w*|shell(?:s|ed|ing)|"
    r"bomb(?:s|ed|ing)|massacr\w*|abduct\w*|kidnap\w*|stockpil\w*|conspir\w*|collud\w*|spied|spying|"
    r"brib\w*|embezzl\w*|siphon\w*|incit\w*|rigg(?:ed|ing)|hack(?:ed|ing)|violat(?:e|es|ed|ing)|breach(?:ed|es|ing)|"
    r"prop(?:s|ped|ping)\s+up|"
    # rules dodged: "had evaded sanctions", "circumvents the embargo", "appealed precisely to avoid complying"
    r"evad(?:e|es|ed|ing)|evasion|circumvent\w*|(?:avoid|escap|dodg)\w*\s+(?:complying|compliance|paying|justice|"
    r"prosecution|punishment|scrutiny|accountability)|"
    # pressure and abuse of others, and blame owned: "had threatened shipping firms", "had exploited students",
    #   "bears full responsibility for the escalation", "was to blame for"
    r"threaten(?:s|ed|ing)?(?!\s+to\b)|intimidat\w*|harass\w*|exploit(?:s|ed|ing)|repress\w*|oppress\w*|coerc\w*|blackmail\w*|"
    r"destabili[sz]\w*|terrori[sz](?:e|es|ed|ing)|(?:bears?|bore|carr(?:y|ies|ied))\s+(?:\w+\s+){0,2}?responsibility|"
    r"to\s+blame|"
    # bullying, graft and fraud, deceit, and acts told as unlawful: "was trying to bully the islanders", "had
    #   secretly bankrolled the campaign", "was repeating the lies of ...", "had relayed terrorist propaganda", "had
    #   been illegally fishing", "was using civilians as human shields", "had made erroneous statements"
    r"bull(?:y|ies|ied|ying)|bankroll\w*|plunder\w*|pillag\w*|loot(?:s|ed|ing)?|st(?:eal|eals|ealing|ole)|extort\w*|"
    r"defraud\w*|fraudulent\w*|misappropriat\w*|obstruct\w*|manipulat\w*|falsif\w*|defam\w*|"
    r"discriminat\w*|mistreat\w*|ill-treat\w*|li(?:e|es|ed)\s+(?:to|about)|lying\s+(?:to|about)|"
    r"(?:repeat|spread|tell|told|peddl|relay|disseminat|circulat)\w*\s+(?:[\w\-]+\s+){0,3}?(?:lies|propaganda|"
    r"disinformation|misinformation|falsehoods|fake\s+news|false\s+(?:news|information))|"
    r"(?:illegally|unlawfully)\s+[a-z]+ing|[a-z]+ing\s+(?:[\w\-]+\s+){0,2}?(?:illegally|unlawfully)|human\s+shields?|"
    r"ma(?:de|ke|kes|king)\s+(?:[\w\-]+\s+){0,2}?(?:erroneous|false|irresponsible|provocative|inflammatory|"
    r"defamatory|racist|hateful)\s+(?:statements?|remarks|comments|claims)|"
    # moving money or arms: "had moved at least $4 million to the group"
    r"(?:moved|transferred|channell?ed|funnell?ed|sent|passed|sold|shipped|supplied|smuggled|diverted)\b"
    r"[^.;]{0,40}?(?:[$€£]|\b(?:money|funds|cash|million|billion|weapons|arms|ammunition|explosives|drones|"
    r"intelligence|secrets|documents|photographs|engines|components|parts|equipment|technology|fuel|oil))|"
    + MORE_WRONGS +
    r")\b", re.I)
# a reporting verb that is itself a charge ("alleged that", "charged that"): no hostile act need be named after it
_CHARGING = re.compile(r"\b(?:alleg(?:e|es|ed)|charg(?:e|es|ed))\s+(?:(?:last|on|in|this|earlier)\s+\w+\s+)?that\b")
# a prosecution announced: "X said Y would face charges including murder", "(that) Y will be charged with ..."
_TO_BE_CHARGED = re.compile(r"^(?:\s*,[^,;]{0,120},)?\s+(?:would|will)\s+(?:face\s+(?:[\w\-]+\s+){0,2}?charges?|be\s+"
                            r"(?:charged|prosecuted|indicted|tried)\s+(?:with|for|over|on)\b)", re.I)
_SELF_CLAIMED = re.compile(r"\bclaim(?:s|ed|ing)?\s+(?:[\w\-]+\s+)?(?:responsibility|credit)\b", re.I)
_MODAL = re.compile(r"\b(?:would|will|could|might|may|should|plans? to|is to|are to)\b", re.I)
_ACTORS = ("Person", "Organization", "Country")
# "X said his organisation had received no money ...": the speaker's own side, and a denial, not an accusation
_DENIAL = re.compile(r"\b(?:not|never|no|n[’']t)\b", re.I)
_OWN = re.compile(r"(?:his|her|its|their|our|my)\s", re.I)


def _clause_after(text: str, at: int) -> str:
    """The reported clause from ``at``: up to a semicolon, a colon or ", but/while/whereas"."""
    return re.split(r"[;:]|,\s+(?:but|while|whereas)\b", text[at:])[0]


# a wrong said not to have happened to or by the accused: '... had received a fair trial and "was at no point
#   mistreated"', "had never smuggled anything" (round 25)
_NEGATED_WRONG = re.compile(r"\b(?:not|never|no|at\s+no\s+point|in\s+no\s+way|n[’']t)\s+(?:[\w\-]+\s+){0,2}$", re.I)


def _imputes(clause: str) -> bool:
    """A wrong imputed in the reported clause, and not one said not to have been done."""
    return any(not _NEGATED_WRONG.search(clause, max(0, m.start() - 30), m.start()) for m in _IMPUTED.finditer(clause))


def _hedged(clause: str) -> bool:
    """A modal or a negation opening the reported clause ("would ...", "had received no money"): no charge."""
    return bool(_MODAL.search(clause[:40]) or _DENIAL.search(clause[:40]))


# the bench: "the High Court found that X had incited violence" is a ruling (a conviction), not an accusation
_BENCH = re.compile(r"\b(?:court|tribunal)\b", re.I)
_BENCH_TITLE = re.compile(r"\b(?:judge|magistrate|chief justice)\b|^justice$", re.I)


def _can_accuse(speaker: Mention | None, accused: Mention, affiliation: dict[str, str]) -> TypeGuard[Mention]:
    """A named actor other than the accused, not a leader or official speaking of their own state, nor a court or
    judge giving a ruling."""
    return speaker is not None and speaker.entity not in (None, accused.entity) and speaker.kind in _ACTORS \
        and affiliation.get(speaker.entity or "") != accused.entity and not _BENCH.search(speaker.entity or "") \
        and not (speaker.title is not None and _BENCH_TITLE.search(speaker.title.text))


def _accusation(speaker: str | None, accused: str | None, sent: Sentence, at: int, word: str) -> RawRelation:
    rel = RawRelation(speaker, "ACCUSES", accused, sent, at, word, RelationStatus.ASSERTED, 0.55)
    rel.props["reported"] = "true"
    return rel


_CHARGED_WITH = re.compile(r"\bcharg(?:e|es|ed)\s+$")
# the body a speaker's title names ("BLA spokesman X", "the group's spokesman X"): the speaker speaks for it
_OWN_TITLE = re.compile(r"(?:['’]s?)?\s+(?:[a-z][\w\-]*\s+){1,3}")


def reported_accusations(sent: Sentence, mentions: list[Mention], affiliation: dict[str, str]) -> list[RawRelation]:
    """``affiliation``: person -> the country they lead or serve (a leader speaking of their own state
    does not accuse it)."""
    text, base = sent.text, sent.start
    ms = sorted((m for m in mentions if m.entity and m.kind in _ACTORS), key=lambda m: m.start)
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
        if not charge and (accused.possessive and accused.kind != "Country" or _SELF_CLAIMED.search(clause)):
            continue  # "the group's leader had escaped": the leader's act; "had claimed responsibility": its own word
        verb = re.search(r"(said|says?|reported|reports?|concluded|concludes?|found|finds?|alleged|alleges?|claimed|"
                         r"claims?|charged|charges?|insisted|insists?|told|tells?)\b", gap)
        start = speaker.end - base + (verb.start() if verb else 0)
        for one in group:
            if one.entity == speaker.entity:
                continue
            out.append(_accusation(speaker.entity, one.entity, sent, start, verb.group(1) if verb else "said"))
    return out + relative_reports(sent, mentions) + rebuttal_accusations(sent, ms, affiliation) \
        + passive_charges(sent, ms, affiliation) + coordinated_reports(sent, ms, affiliation)


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
    ms = sorted((m for m in mentions if m.entity and m.kind in _ACTORS + ("Group",)), key=lambda m: m.start)
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
# a passive's auxiliary after its subject: " had been", " was", " were"
_PASSIVE_BE = r"\s+(?:had\s+|has\s+|have\s+)?(?:been|was|were|is|are)\s+"
_SUFFERED = re.compile(_PASSIVE_BE + r"[\"“‘']?[a-z]+(?:ed|en|t)\b")
# a passive: "said X had been tortured", "was (wrongly) detained", "were held"
_DONE_TO = re.compile(_PASSIVE_BE + r"(?:[a-z]+ly\s+)?[\"“‘']?(?:[a-z]+ed|[a-z]+en|"
                      r"held|shot|hit|hurt|kept|sent|put|struck|beat|caught)\b")
# a passive that still imputes: "was suspected of", "had been caught smuggling", "was involved in the plot"
_CHARGED = re.compile(_PASSIVE_BE + r"[\"“‘']?(?:suspected|accused|implicated|"
                      r"involved|engaged|complicit|alleged|known|believed|caught|found|convicted|linked|tied|connected)\b")
_AND_SAID = re.compile(r"\band\s+(?:also\s+)?(?:said|says|alleged|claimed|charged|insisted)(?:\s+that)?\s+(?:the\s+)?$")
# "X said Y was 'suspected of spying'", "... and that Y was suspected of paying salaries": the suspicion reported is
#   the charge, whatever the act (round 27)
_SUSPECTED = re.compile(_PASSIVE_BE + r"(?:[a-z]+ly\s+)?[\"“‘']?(?:suspected|accused)\s+of\b(?!\s+(?:nothing|no|none)\b)")
# "X said A and that Y was suspected of ...": a second that-clause of the opening speaker's speech verb
_AND_THAT = re.compile(r"\b(?:said|says|told\s+[\w\-]+)\s[^;:\"“]*\band\s+that\s+$")


def coordinated_reports(sent: Sentence, ms: list[Mention], affiliation: dict[str, str]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    out: list[RawRelation] = []
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


_RELATIVE = re.compile(r"\s(?:that|which|who|whom|whose)\s")
# a wrong fought, not done: "by prosecuting terrorist financing cases", "its fight against smuggling"
_FOUGHT = re.compile(r"\b(?:prosecut\w*|fight\w*|combat\w*|crack\w*\s+down\s+on|tackl\w*|curb\w*|against|investigat\w*|"
                     r"punish\w*|stop\w*|prevent\w*|victims?\s+of)\s+(?:[\w\-]+\s+){0,2}$", re.I)
_NEAR = 80  # the act charged comes early in its clause ("has made progress ... by prosecuting terrorist financing")


def imputed_to(text: str, base: int, accused: Mention, group_end: int, clause_end: int) -> bool:
    """Whether the clause after ``accused`` (and its conjuncts, ending at ``group_end``, a text offset) up to
    ``clause_end`` imputes a hostile or illicit act to it early on, as a report of it would charge ("X had armed the rebels";
    not "X had been attacked", "X would ...", "X had received no money", "X's leader escaped")."""
    clause = _RELATIVE.split(_clause_after(text[:clause_end], group_end), 1)[0]  # (not "a service that tortures")
    if _DONE_TO.match(text, group_end) and not _CHARGED.match(text, group_end):
        return False
    act = _IMPUTED.search(clause[:_NEAR])
    if _hedged(clause) or _OWN.match(accused.surface) or act is None or _FOUGHT.search(clause, 0, act.start()):
        return False
    return not (accused.possessive and accused.kind != "Country" or _SELF_CLAIMED.search(clause))


def may_accuse(speaker: Mention | None, accused: Mention, affiliation: dict[str, str]) -> TypeGuard[Mention]:
    """A named actor other than the accused, and not one of its own officials (see ``_can_accuse``)."""
    return _can_accuse(speaker, accused, affiliation)


def reported_accusation(speaker: str | None, accused: str | None, sent: Sentence, at: int, word: str) -> RawRelation:
    return _accusation(speaker, accused, sent, at, word)
