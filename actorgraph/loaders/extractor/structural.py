"""Standing ties stated by the way people and organisations are named: titles ("Venezuelan President X"
-> LEADS Venezuela), appositions ("X, the commander of Y"), possessive roles ("Turkey's foreign minister,
X"; "Brigades spokesman X"; "her party, Y")."""

from __future__ import annotations

import re
from operator import attrgetter

from actorgraph.graph.model import normalize_name
from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.arguments import coordinated
from actorgraph.loaders.extractor.commission_posts import commission_of
from actorgraph.loaders.extractor.coref import EntityTable
from actorgraph.loaders.extractor.described_posts import described_posts, named_body, of_body
from actorgraph.loaders.extractor.embassies import embassy_state
from actorgraph.loaders.extractor.envoy_states import counterpart_envoy_state
from actorgraph.loaders.extractor.lexicon import Lexicon, TitleInfo
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.named_backers import named_as_backers
from actorgraph.loaders.extractor.party_members import PARTY_OR_PLATFORM_WORDS, party_memberships
from actorgraph.loaders.extractor.personal_ties import counsel_for, pronoun_ties
from actorgraph.loaders.extractor.ranked_officers import ranked_officers
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.role_nouns import coordinated_owner, role_noun_relations
from actorgraph.loaders.extractor.role_words import LEFT_POST
from actorgraph.loaders.extractor.roles import role_relations
from actorgraph.loaders.extractor.structural_patterns import (
    AFFILIATED_ROLE,
    APPOSITION,
    ARMED_TITLE,
    BACKER,
    BODY_NOUN_BEFORE,
    CHARGED_OF,
    COMMA_THE,
    CRITIC_OF,
    DIPLOMAT_TITLE,
    DIPLOMATS,
    FAMILY,
    FORMER,
    HEADS,
    HEDGED,
    ITS,
    ITS_AS_OBJECT,
    ITS_OWNER,
    LEGISLATOR_TITLES,
    LEGISLATURE,
    MEMBER_BEFORE_BODY,
    MEMBER_NOUN_AFTER,
    MEMBER_ROLE,
    NO_LONGER,
    NO_LONGER_BEFORE,
    NON_STATE_LEADERS,
    OF_DESCRIBED,
    OF_THE,
    ONE_OF_THE,
    OUTSIDE_STATE_TITLE,
    OWNER_GAP,
    PORTFOLIOS,
    SEIZED_POWER,
    STATE_BODY_BEFORE,
    STATE_TITLES,
    SUPPORTER_ROLE,
    THE_BODYS,
    THE_STATE_POST_AFTER,
    UNIT_HEADS,
    US_CABINET_TITLE,
    US_PARTY_AFTER,
    US_PARTY_TITLE,
)
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence
from actorgraph.loaders.extractor.title_states import listed_state, own_state, set_against
from actorgraph.loaders.extractor.vessels import crew_posts, vessel_ties

_START = attrgetter("start")  # (a sort key without a Python call per mention)
_CREW_WORDS = ("captain", "master", "skipper", "officer", "mate", "engineer", "owner", "operator", "manager",
               "charterer")


_BARE_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_AFTER_QUOTE = re.compile(r"[,?!]\s*[\"”’']\s*$")


def quoted_voice(text: str, title: TitleInfo, title_start: int) -> bool:
    """ "'We did not fire,' spokeswoman X said": a bare spokesperson's title right after the quote the sentence
    opens with (any name before it is inside the quote), the voice of the body the sentence before named."""
    return title.text.lower() in _BARE_VOICES and text.lstrip()[:1] in ('"', "“") \
        and _AFTER_QUOTE.search(text, 0, title_start) is not None


def structural_relations(sent: Sentence, mentions: list[Mention], lex: Lexicon, home_country: str | None,
                         kinds: dict[str, str], prev_subject: str | None = None,
                         armed_group: str | None = None, table: EntityTable | None = None,
                         states: list[str] | None = None) -> list[RawRelation]:
    """``prev_subject``: the organisation the previous sentence named last (or the country it opened with),
    for "Its spokesman, X"; ``armed_group``: the non-state organisation last named, for "the rebel leader, X";
    ``states``: the states named so far, the most named first (the other side's, when the sentence sets the
    article's main state against a bare title)."""
    text, base = sent.text, sent.start
    ms = sorted(mentions, key=_START)
    out: list[RawRelation] = []

    def emit(src: str | None, title: TitleInfo | None, tgt: str | None, rel: str | None = None, conf: float = 0.8) -> None:
        if not src or not tgt or src == tgt:
            return
        rtype = rel or ("LEADS" if title and title.leader else "HOLDS_POSITION")
        if rtype in ("LEADS", "HOLDS_POSITION") and src.startswith("Person:") and tgt.startswith("Person:"):
            rtype = "ASSOCIATED_WITH"  # "President X's spokesman, Y": Y works for X, a tie between two people
        if rtype == "HOLDS_POSITION" and title and tgt.startswith("Organization:") \
                and title.text.lower() in LEGISLATOR_TITLES - {"deputy"} and not LEGISLATURE.search(tgt):
            rtype = "MEMBER_OF"  # "Renovación Popular lawmaker X": a legislator of the party, one of its members
        out.append(RawRelation(src, rtype, tgt, sent, 0, title.text if title else rtype.lower(),
                               RelationStatus.ASSERTED, conf))

    for idx, m in enumerate(ms):
        former = m.title_i is not None and (NO_LONGER_BEFORE.search(text[: sent.tokens[m.title_i].start - base])
                                            or sent.tokens[m.title_i].lower in NO_LONGER)
        if m.kind == "Person" and m.title is not None and not m.title.rank and not former:
            aff: str | None = None
            if m.country and not OUTSIDE_STATE_TITLE.match(m.title.text):
                aff = f"Country:{_norm(m.country)}"
            elif m.title_i is not None:
                title_start = sent.tokens[m.title_i].start
                prev = [p for p in ms[:idx] if p.end <= title_start and OWNER_GAP.fullmatch(text[p.end - base : title_start - base])]
                # "Labour Party leader X": the title ("party leader") begins with the last word of the body's name
                prev = prev or [p for p in ms[:idx] if p.kind == "Organization" and p.j == m.title_i + 1 and p.i < m.title_i
                                and BODY_NOUN_BEFORE.fullmatch(f" {m.title.text.split()[0]} ")]
                if prev:
                    aff = prev[-1].entity
                    one_of = (aff or "").startswith("Organization:") and m.title.leader and ONE_OF_THE.search(
                        text[max(0, prev[-1].start - base - 30) : prev[-1].start - base])
                    if one_of:  # "a senior Hamas leader, X": one of its leaders, a member; "a Y commander in
                        #   the north, X": one of its commanders, a post
                        emit(m.entity, None, aff, "HOLDS_POSITION" if m.title.text.lower() == "commander" else "MEMBER_OF",
                             0.75)
                        continue
                elif its := ITS.search(text[: title_start - base]):  # "Its spokesman, X": the body just spoken of
                    bodies = [p for p in ms[:idx] if p.end <= title_start and (p.kind in ("Organization", "Country") or (
                        p.entity or "").startswith(("Organization:", "Country:")))]  # "The party, ... its"
                    # (not "Its envoy to the Lake Chad Commission, X": the remit of the post)
                    orgs = [p for p in bodies if (p.entity or "").startswith("Organization:")]
                    if orgs and ITS_AS_OBJECT.search(text[: title_start - base]):
                        aff = orgs[-1].entity  # "... offered a reward for information on its leader": the group
                    else:
                        near = coordinated_owner(text, base, bodies, its.end("its"))  # ("and its first secretary")
                        aff = (near or bodies[0]).entity if bodies else prev_subject
                elif body := THE_BODYS.search(text[: title_start - base]):  # "the company's managing director, X"
                    orgs = [p for p in ms[:idx] if p.kind == "Organization" and p.end <= title_start]
                    aff = orgs[-1].entity if orgs else (
                        prev_subject if (prev_subject or "").startswith("Organization:") else None)
                    aff = named_body(table, body.group("body"), aff)
                elif body := BODY_NOUN_BEFORE.search(text[: title_start - base]):  # "with party spokesman X"
                    orgs = [p for p in ms[:idx] if (p.kind == "Organization" or p.kind is None and (
                        p.entity or "").startswith("Organization:")) and p.end <= title_start]
                    aff = orgs[-1].entity if orgs else (
                        prev_subject if (prev_subject or "").startswith("Organization:") else None)
                    aff = named_body(table, body.group("body"), aff)
                elif ARMED_TITLE.search(m.title.text) or ARMED_TITLE.search(text[max(0, title_start - base - 12) : title_start - base]):
                    aff = armed_group  # "the rebel leader, X", "militia commander X": the armed group in the news
            conf, inferred = 0.85, False
            state_body = m.title_i is not None and STATE_BODY_BEFORE.search(
                text[max(0, sent.tokens[m.title_i].start - base - 30) : sent.tokens[m.title_i].start - base])
            if aff is None and m.title_i is not None and (US_PARTY_TITLE.search(
                    text[max(0, sent.tokens[m.title_i].start - base - 14) : sent.tokens[m.title_i].end - base])
                    or US_PARTY_AFTER.match(text, m.end - base)):  # "Senator X, a Republican from Florida,"
                aff = f"Country:{_norm('United States')}"  # "a Republican senator, X": in the U.S. Congress
            if aff is None and US_CABINET_TITLE.match(m.title.text):
                aff = f"Country:{_norm('United States')}"  # "Secretary of State X", "Secretary of Defense Y"
            if aff is None and m.title_i is not None:  # "two Ghanaian officials: police chief X and Y"
                aff = listed_state(text, base, ms[:idx], sent.tokens[m.title_i].start, lex)
            if aff is None and DIPLOMAT_TITLE.search(m.title.text) and table is not None:
                aff = embassy_state(sent, ms, table)  # "... the US embassy. Chargé d'affaires X said"
                if aff is None and m.title_i is not None:  # "handed the ambassador, X, a protest note"
                    last = min(m.title_i + len(m.title.text.split()) - 1, len(sent.tokens) - 1)
                    aff = counterpart_envoy_state(sent, sent.tokens[last].end, home_country, states)
                    conf, inferred = (0.6, True) if aff else (conf, inferred)
            voice = m.title_i is not None and quoted_voice(text, m.title, sent.tokens[m.title_i].start - base)
            if aff is None and (state_body and idx == 0 or voice) and (prev_subject or "").startswith(
                    ("Country:", "Organization:") if voice else "Country:") \
                    and not set_against(text, base, ms, m, prev_subject or ""):
                aff, conf, inferred = prev_subject, 0.6, True  # "India ... responded. Ministry spokesman X said"
                #   / "Pakistan's foreign ministry denied it. 'No,' spokeswoman X said"
            if aff is None and (STATE_TITLES.match(m.title.text.lower()) or state_body) and home_country \
                    and not of_body(text, base, ms, idx):
                aff = own_state(text, base, ms, m, home_country, states)
                conf, inferred = 0.6, True
            portfolio = m.title.leader and m.title_i is not None and m.title_i > 0 \
                and sent.tokens[m.title_i - 1].text in PORTFOLIOS  # "its advocacy director": a post, not the head
            unit_head = (aff or "").startswith("Country:") and m.title.text.lower() in UNIT_HEADS
            if (aff or "").startswith("Country:") and m.title.text.lower() in NON_STATE_LEADERS:
                aff = None  # "Peruvian opposition leader X": Peru is not what X leads
            emit(m.entity, m.title, aff, "HOLDS_POSITION" if portfolio or unit_head else None, conf=conf)
            if inferred and out and out[-1].source == m.entity:
                out[-1].props["affiliation"] = "inferred"
            if out and out[-1].source == m.entity and m.title_i is not None and HEDGED.search(
                    text[max(0, sent.tokens[m.title_i].start - base - 30) : sent.tokens[m.title_i].start - base]):
                out[-1].status = RelationStatus.ALLEGED  # "the cartel's alleged leader, X"
        if m.kind == "Person" and not m.country and (commission := commission_of(sent, m, table)):
            emit(m.entity, None, commission, "HOLDS_POSITION", 0.7)  # "Justice Commissioner X": the European Commission's
        post = THE_STATE_POST_AFTER.match(text, m.end - base) if m.kind == "Person" and (
            m.title is None or m.title.rank) else None  # ("Crown Prince X, who is also prime minister")
        if post and post.group("title").split()[0].lower() in NO_LONGER:
            post = None  # "X, the former construction minister,": a post of the past, not recorded
        if post and home_country and STATE_TITLES.match(post.group("title").lower()) \
                and not set_against(text, base, ms, m, home_country):
            emit(m.entity, None, home_country, "LEADS" if post.group("title").lower() in HEADS else "HOLDS_POSITION",
                 0.6)  # "Kofi Mensa, the interior minister, told state radio": the article's state
            if out and out[-1].source == m.entity:
                out[-1].props["affiliation"] = "inferred"
        if m.kind == "Group" and m.country and DIPLOMATS.search(m.surface):  # "three Chilean diplomats"
            emit(m.entity, None, f"Country:{_norm(m.country)}", "HOLDS_POSITION", 0.75)
        if m.kind == "Person" and home_country and SEIZED_POWER.match(text[m.end - base :]):
            emit(m.entity, None, home_country, "LEADS", 0.6)  # "General X, who seized power in a coup"
            if out and out[-1].source == m.entity:
                out[-1].props["affiliation"] = "inferred"
        if idx + 1 < len(ms):
            nxt = ms[idx + 1]
            gap = text[m.end - base : nxt.start - base]
            member = MEMBER_ROLE.match(gap) if m.kind == "Person" else None
            if member and nxt.kind in ("Organization", "Group") \
                    and not FORMER.search(gap):  # "a former member of Y": no longer
                emit(m.entity, None, nxt.entity, "MEMBER_OF", 0.7)  # "X, an alleged financial operator of Y"
                if member.group("hedge") and out and out[-1].source == m.entity:
                    out[-1].status = RelationStatus.ALLEGED
            elif m.kind == "Person" and nxt.kind in ("Organization", "Group") \
                    and (member := MEMBER_BEFORE_BODY.match(gap)) and MEMBER_NOUN_AFTER.match(text, nxt.end - base):
                emit(m.entity, None, nxt.entity, "MEMBER_OF", 0.65)  # "X, a suspected Y member": one of Y's members
                if member.group("hedge") and out and out[-1].source == m.entity:
                    out[-1].status = RelationStatus.ALLEGED
            if m.kind == "Person" and nxt.kind == "Organization" and (
                    m.via == "name-of" and OF_THE.fullmatch(gap)
                    or (m.title is None or m.title.text.lower() in LEGISLATOR_TITLES and nxt.via == "cue"
                        and set(nxt.name.lower().split()) & PARTY_OR_PLATFORM_WORDS)  # "Senator X of the Y Party"
                    and nxt.via in ("cue", "acronym", "name") and OF_DESCRIBED.fullmatch(gap)
                    and not CHARGED_OF.search(text[: m.start - base])):
                emit(m.entity, None, nxt.entity, "MEMBER_OF", 0.7)  # "journalist X of Radio Y": X works there
            owned = ITS_OWNER.fullmatch(gap) if m.kind == "Organization" and nxt.kind == "Person" else None
            if owned:  # "X and its owner, Y"
                role = owned.group("role").lower()
                emit(nxt.entity, None, m.entity, "ASSOCIATED_WITH" if role.startswith("owner") else "LEADS", 0.75)
            if m.kind == "Person" and nxt.kind in ("Country", "Organization", "Person") and CRITIC_OF.fullmatch(gap):
                emit(m.entity, None, nxt.entity, "ACCUSES", 0.6)  # "X, a critic of the government, said"
            backer = BACKER.match(text[nxt.end - base :]) if nxt.possessive and COMMA_THE.fullmatch(gap) else None
            if backer and nxt.possessive and m.kind in ("Country", "Organization", "Person"):
                role = backer.group("role").lower()
                rel = "COOPERATES_WITH" if "partner" in role else "SUPPORTS" if SUPPORTER_ROLE.match(role) else "AIDS"
                several = role.endswith("s") and not role.endswith("ss")  # "A and B, the group's main backers"
                for one in coordinated(ms, idx, text, base, -1) if several else [m]:
                    if one.kind in ("Country", "Organization", "Person"):
                        emit(one.entity, None, nxt.entity, rel, 0.65)  # "Iran, the group's main backer"
        # "X, the commander of Y"
        if m.kind == "Person" and idx + 1 < len(ms):
            nxt = ms[idx + 1]
            gap = text[m.end - base : nxt.start - base]
            ap = APPOSITION.match(gap) if "," in gap else None  # (a comma opens every apposition)
            if ap and nxt.kind in ("Organization", "Country") and not LEFT_POST.search(ap.group(0)):  # "who resigned as"
                t = lex.title_at(ap.group("title").lower().split(), 0) or lex.title_at(ap.group("title").lower().split()[-1:], 0)
                if t and not t[1].rank:
                    emit(m.entity, t[1], nxt.entity, conf=0.8)
        # "her party, Y" / "Vesnin's holding company, Y"
        if idx + 1 < len(ms) and m.kind in ("Person", None) or (m.kind == "Person" and idx + 1 < len(ms)):
            if idx + 1 < len(ms):
                nxt = ms[idx + 1]
                rm = AFFILIATED_ROLE.match(text[m.end - base : nxt.start - base])
                role = rm.group("role").lower() if rm else ""
                if rm and nxt.kind == "Organization" and role not in FAMILY:
                    rel = "MEMBER_OF" if role in ("party", "movement", "coalition", "network", "group", "militia",
                                                  "faction") else "ASSOCIATED_WITH"
                    emit(m.entity, None, nxt.entity, rel, 0.75)
                elif rm and role in FAMILY and _is_person(m) and _is_person(nxt):
                    emit(m.entity, None, nxt.entity, "FAMILY_OF", 0.75)
    out += named_as_backers(sent, ms)
    out += vessel_ties(sent, ms)
    if table is not None and contains_any(text, _CREW_WORDS):
        vessels = [e for e in table.of_kind("Vessel") if e.first < sent.start]
        out += crew_posts(sent, ms, max(vessels, key=lambda e: e.first).key if vessels else None)
    out += role_relations(sent, ms, prev_subject, table)
    pairs = {(r.source, r.target) for r in out}
    out += [r for r in role_noun_relations(sent, ms, prev_subject) if (r.source, r.target) not in pairs]
    out += ranked_officers(sent, ms, home_country, states, out)
    placed = {r.source for r in out if r.type in ("LEADS", "HOLDS_POSITION", "MEMBER_OF")}
    out += [r for r in described_posts(sent, ms, home_country, states, prev_subject, table) if r.source not in placed]
    out += [r for r in party_memberships(sent, ms) if (r.source, r.target) not in pairs]
    out += pronoun_ties(sent, ms, table) if table is not None else []
    out += counsel_for(sent, ms)
    return out


def _is_person(m: Mention) -> bool:
    """A person's mention, also a bare surname ("Okafor's cousin") resolved to a person named before."""
    return m.kind == "Person" or m.kind is None and (m.entity or "").startswith("Person:")


def _norm(name: str) -> str:
    return normalize_name(name)
