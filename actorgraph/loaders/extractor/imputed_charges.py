"""What a reported clause charges, and who may charge it: the hostile or illicit acts a report can impute, the
hedges and denials that void it, the passives told of a victim rather than a doer, and the speakers (not the
accused's own officials, nor a court) whose report is an accusation. Split from reported.py; shared with
passive_accused.py and quoted_charges.py."""

from __future__ import annotations

import re
from typing import TypeGuard

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence
from actorgraph.loaders.extractor.wrong_acts import MORE_WRONGS

# hostile or illicit acts a report can impute
IMPUTED = re.compile(
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
# a claim of its own deed ("claimed responsibility"): no charge
SELF_CLAIMED = re.compile(r"\bclaim(?:s|ed|ing)?\s+(?:[\w\-]+\s+)?(?:responsibility|credit)\b", re.I)
MODAL = re.compile(r"\b(?:would|will|could|might|may|should|plans? to|is to|are to)\b", re.I)
ACTORS = ("Person", "Organization", "Country")
# "X said his organisation had received no money ...": the speaker's own side, and a denial, not an accusation
DENIAL = re.compile(r"\b(?:not|never|no|n[’']t)\b", re.I)
OWN = re.compile(r"(?:his|her|its|their|our|my)\s", re.I)


def clause_after(text: str, at: int) -> str:
    """The reported clause from ``at``: up to a semicolon, a colon or ", but/while/whereas"."""
    return re.split(r"[;:]|,\s+(?:but|while|whereas)\b", text[at:])[0]


# a wrong said not to have happened to or by the accused: '... had received a fair trial and "was at no point
#   mistreated"', "had never smuggled anything" (round 25)
_NEGATED_WRONG = re.compile(r"\b(?:not|never|no|at\s+no\s+point|in\s+no\s+way|n[’']t)\s+(?:[\w\-]+\s+){0,2}$", re.I)


def imputes(clause: str) -> bool:
    """A wrong imputed in the reported clause, and not one said not to have been done."""
    return any(not _NEGATED_WRONG.search(clause, max(0, m.start() - 30), m.start()) for m in IMPUTED.finditer(clause))


def hedged(clause: str) -> bool:
    """A modal or a negation opening the reported clause ("would ...", "had received no money"): no charge."""
    return bool(MODAL.search(clause[:40]) or DENIAL.search(clause[:40]))


# the bench: "the High Court found that X had incited violence" is a ruling (a conviction), not an accusation
_BENCH = re.compile(r"\b(?:court|tribunal)\b", re.I)
_BENCH_TITLE = re.compile(r"\b(?:judge|magistrate|chief justice)\b|^justice$", re.I)


def _can_accuse(speaker: Mention | None, accused: Mention, affiliation: dict[str, str]) -> TypeGuard[Mention]:
    """A named actor other than the accused, not a leader or official speaking of their own state, nor a court or
    judge giving a ruling."""
    return speaker is not None and speaker.entity not in (None, accused.entity) and speaker.kind in ACTORS \
        and affiliation.get(speaker.entity or "") != accused.entity and not _BENCH.search(speaker.entity or "") \
        and not (speaker.title is not None and _BENCH_TITLE.search(speaker.title.text))


def _accusation(speaker: str | None, accused: str | None, sent: Sentence, at: int, word: str) -> RawRelation:
    rel = RawRelation(speaker, "ACCUSES", accused, sent, at, word, RelationStatus.ASSERTED, 0.55)
    rel.props["reported"] = "true"
    return rel


# a passive's auxiliary after its subject: " had been", " was", " were"
PASSIVE_BE = r"\s+(?:had\s+|has\s+|have\s+)?(?:been|was|were|is|are)\s+"
# a passive: "said X had been tortured", "was (wrongly) detained", "were held"
DONE_TO = re.compile(PASSIVE_BE + r"(?:[a-z]+ly\s+)?[\"“‘']?(?:[a-z]+ed|[a-z]+en|"
                     r"held|shot|hit|hurt|kept|sent|put|struck|beat|caught)\b")
# a passive that still imputes: "was suspected of", "had been caught smuggling", "was involved in the plot"
CHARGED = re.compile(PASSIVE_BE + r"[\"“‘']?(?:suspected|accused|implicated|"
                     r"involved|engaged|complicit|alleged|known|believed|caught|found|convicted|linked|tied|connected)\b")


_RELATIVE = re.compile(r"\s(?:that|which|who|whom|whose)\s")
# a wrong fought, not done: "by prosecuting terrorist financing cases", "its fight against smuggling"
_FOUGHT = re.compile(r"\b(?:prosecut\w*|fight\w*|combat\w*|crack\w*\s+down\s+on|tackl\w*|curb\w*|against|investigat\w*|"
                     r"punish\w*|stop\w*|prevent\w*|victims?\s+of)\s+(?:[\w\-]+\s+){0,2}$", re.I)
_NEAR = 80  # the act charged comes early in its clause ("has made progress ... by prosecuting terrorist financing")


def imputed_to(text: str, base: int, accused: Mention, group_end: int, clause_end: int) -> bool:
    """Whether the clause after ``accused`` (and its conjuncts, ending at ``group_end``, a text offset) up to
    ``clause_end`` imputes a hostile or illicit act to it early on, as a report of it would charge ("X had armed the rebels";
    not "X had been attacked", "X would ...", "X had received no money", "X's leader escaped")."""
    clause = _RELATIVE.split(clause_after(text[:clause_end], group_end), 1)[0]  # (not "a service that tortures")
    if DONE_TO.match(text, group_end) and not CHARGED.match(text, group_end):
        return False
    act = IMPUTED.search(clause[:_NEAR])
    if hedged(clause) or OWN.match(accused.surface) or act is None or _FOUGHT.search(clause, 0, act.start()):
        return False
    return not (accused.possessive and accused.kind != "Country" or SELF_CLAIMED.search(clause))


def with_sentence_posts(affiliation: dict[str, str], found: list[RawRelation], first_named: set[str | None]) -> dict[str, str]:
    """``affiliation`` (person -> the country they lead or serve, from the sentences before) with the posts the
    sentence itself gives ("Foreign Minister X told reporters that investigators had ...": X serves the story's
    state, so its investigators are X's own side); not one in a state the sentence is the first to name
    (``first_named``), which a bare title was only taken to serve for want of another ("Senator X said Peru had ...")."""
    serves = affiliation
    for r in found:
        if r.type in ("LEADS", "HOLDS_POSITION") and r.source and r.source not in serves \
                and (r.target or "").startswith("Country:") and r.target not in first_named:
            serves = serves if serves is not affiliation else dict(affiliation)  # (copied only when one is added)
            serves[r.source] = r.target or ""
    return serves


def may_accuse(speaker: Mention | None, accused: Mention, affiliation: dict[str, str]) -> TypeGuard[Mention]:
    """A named actor other than the accused, and not one of its own officials (see ``_can_accuse``)."""
    return _can_accuse(speaker, accused, affiliation)


def reported_accusation(speaker: str | None, accused: str | None, sent: Sentence, at: int, word: str) -> RawRelation:
    return _accusation(speaker, accused, sent, at, word)
