"""Role nouns that tie one actor to another when the role is spelled out around the names, whatever the
title word lists hold: appositions ("X, the chief executive of Y", "X, an aide to Y", "X, a lawmaker from
Y", "X, the brother of Y", "X, Y's spokeswoman,"), predicates ("X is the leader of Y", "X was elected
chairman of Y"), pronoun possessives ("X and his wife, Y") and list appositions ("A and B, the two members
of Y"). The role noun decides the type: leading, holding a post, membership, family, or a personal tie."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.affiliation_leads import described_leaders
from actorgraph.loaders.extractor.affiliation_members import member_verbs
from actorgraph.loaders.extractor.affiliation_ties import corporate_ties
from actorgraph.loaders.extractor.arguments import coordinated
from actorgraph.loaders.extractor.led_by import MODIFIER as _MODIFIER
from actorgraph.loaders.extractor.led_by import led_by
from actorgraph.loaders.extractor.member_nouns import member_nouns
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order, titled_start
from actorgraph.loaders.extractor.national_posts import national_post as _national_post
from actorgraph.loaders.extractor.patterns import PARTY_NAME_WORDS
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.role_words import DET as _DET
from actorgraph.loaders.extractor.role_words import FREE, ROLE_OF_BEFORE, body_then_name, portfolio
from actorgraph.loaders.extractor.role_words import KIN as _KIN
from actorgraph.loaders.extractor.role_words import MODS as _MODS
from actorgraph.loaders.extractor.role_words import PERSONAL as _PERSONAL
from actorgraph.loaders.extractor.role_words import PREP as _PREP
from actorgraph.loaders.extractor.role_words import ROLE as _ROLE
from actorgraph.loaders.extractor.role_words import as_kind as _as_kind
from actorgraph.loaders.extractor.role_words import kind as _kind
from actorgraph.loaders.extractor.role_words import kind_of as _kind_of
from actorgraph.loaders.extractor.role_words import relation as _relation
from actorgraph.loaders.extractor.standing_roles import standing_roles
from actorgraph.loaders.extractor.text import Sentence, has_word

# "X, the chief executive of Y" / "X, an aide to Y"
# "X, a Sahrawi activist and member of Y": a first description joined to the role by "and"
# "X, 52, the founder of Y": an age before the description; "the leader of a small exile group called Y": a body
#   described, then named
_AGE = r"(?:\d{1,3}\s*,\s+)?"
_NAMED_BODY = r"\s+of\s+an?\s+(?:[a-z][\w\-]*\s+){1,4}?(?:called|named|known\s+as)\s+(?:the\s+)?"
_APPOSED = re.compile(rf"^\s*,\s+{_AGE}{_DET}(?:(?:[\w\-]+\s+){{1,3}}?and\s+(?:the\s+|an?\s+)?)?{_MODS}{_ROLE}"
                      rf"(?:{_PREP}|{_NAMED_BODY})$", re.I)
# "X is the leader of Y" / "X was elected chairman of Y" / "X has served as an adviser to Y" / "X, who took over as"
_PREDICATE = re.compile(rf"^(?:\s*,\s+who)?\s+(?:(?:is|was|are|were|has been|had been|became|becomes|remains|remained|served as|"
                        rf"serves as|has served as|works as|worked as|acts as|(?:took|takes|taking|has taken|had taken) over as|"
                        rf"stepped in as)\s+|(?:was|is|has been|were)\s+(?:elected|"
                        rf"appointed|named|chosen|made|sworn in|installed|confirmed)\s+(?:as\s+)?){_DET}{_MODS}"
                        rf"{_ROLE}{_PREP}$", re.I)
# "X, a gang leader who acts as a spokesman for Y": a description, then the predicate of a role held now
_DESCRIBED_WHO = re.compile(r"\s*,\s+(?:an?|the)\s+(?:[\w\-]+\s+){1,4}?who(?:\s+(?:now|also|currently))?(?=\s)", re.I)
_PAST_PREDICATE = re.compile(r"\s+(?:was|were|had|served|worked|acted|became|remained)\b", re.I)
# "X succeeded Z as leader of Y": X takes the post (Z, the one before, held it and no longer does)
_SUCCEEDED = re.compile(r"^\s*(?:,\s+who\s+)?(?:has\s+|had\s+)?(?:succeeded|succeeds|replaced|replaces)\s+$", re.I)
_AS_ROLE = re.compile(rf"^\s+as\s+{_DET}{_MODS}{_ROLE}{_PREP}$", re.I)
# a ministry's remit after a post: "Chile's undersecretary of the interior, X" (a post under the head)
_OFFICE = r"(?:interior|foreign\s+affairs|home\s+affairs|defen[cs]e|justice|finance|economy|public\s+security|security)"
# "X, Y's spokeswoman," (then the possessive and role after Y)
_POSSESSED_ROLE = re.compile(rf"^['’]s?\s+{FREE}{_MODS}{_ROLE}(?:\s+of\s+(?:the\s+)?{_OFFICE})?\s*(?:,|$|\s+(?:said|says|told|who|and|since|from|until|for|"
                             rf"in)\b)", re.I)
# "the speaker of its parliament, X": a post in a body of the organisation or state just named
_ROLE_IN_ITS = re.compile(rf"\bthe\s+{_MODS}{_ROLE}\s+(?:of|in|at)\s+(?:its|their)\s+(?:[a-z][\w\-]*\s+){{0,1}}"
                          r"[a-z][\w\-]*\s*,\s*$", re.I)
_ITS_WORDS = frozenset({"its", "their"})  # one is a whole word in every _ROLE_IN_ITS match
_HIS_HER = frozenset({"his", "her"})  # ... and in every _PRONOUN_KIN match
# "Opposition leader X of the Civic Union": a titled name, then its body
_TITLED_OF = re.compile(r"^\s+of\s+(?:the\s+)?$", re.I)
_NON_STATE_TITLES = frozenset("leader chairman chairwoman chair head chief commander spokesman spokeswoman "
                              "spokesperson director founder secretary-general secretary general judge justice".split())
# "X and his wife, Y"
_PRONOUN_KIN = re.compile(rf"\b(?:his|her)\s+{_MODS}(?P<role>{_KIN}|{_PERSONAL})\s*,?\s+$", re.I)
_WHOSE_KIN = re.compile(rf"^\s*,\s+whose\s+{_MODS}(?P<role>{_KIN})\s*,?\s+$", re.I)
# "the Y, whose chairwoman, X," / "Y, whose new spokesman X" / "X, whose lawyer, Z": the post is in Y (or with X)
_WHOSE_ROLE = re.compile(rf"^\s*\)?\s*,\s+whose\s+{_MODS}{_ROLE}\s*,?\s+$", re.I)
_WHOSE_TITLED = re.compile(r"^\s*\)?\s*,\s+whose\s+$", re.I)  # the role is the title of the name after it
_LIST_MEMBERS = re.compile(r"^\s*,\s+(?:the|all|both)\s+(?:\w+\s+)?(?:members|member states|founding members)\s+of\s+(?:the\s+)?$",
                           re.I)
_MADE_UP_OF = re.compile(r"^\s+(?:is|are|was|were)\s+(?:made up of|composed of|comprised of|formed by)\s+(?:the\s+)?$"
                         r"|^\s*,\s+whose\s+(?:\w+\s+)?members\s+(?:include|included|are|were)\s+(?:the\s+)?$", re.I)
_AMONG_MEMBERS = re.compile(r"^\s+(?:are|were|is|was|remain|became|become)\s+(?:among\s+)?(?:the\s+|an?\s+)?(?:\w+\s+)?"
                            r"(?:members?|member states?)\s+of\s+(?:the\s+)?$", re.I)
_OWNED_CLAUSE = re.compile(r"^\s*,?\s+(?:which|that)\s+(?:is|was|are|were)\s+(?:\w+\s+)?(?:owned|controlled|run|operated|"
                           r"managed|backed|funded|financed)\s+by\s+(?:the\s+)?$"
                           # "X is partly owned by Y", "X, the uranium miner majority-owned by French group Y"
                           r"|^\s+(?:is|was|are|were)\s+(?:(?:partly|majority|wholly|jointly|ultimately|largely|"
                           r"indirectly|now|also|still)[\s\-]+)?(?:owned|controlled)\s+by\s+(?:the\s+)?$"
                           r"|^\s*,\s+(?:an?|the)\s+(?:[a-z][\w\-]*\s+){0,3}(?:(?:partly|majority|wholly|jointly|"
                           r"largely)[\s\-]+)?(?:owned|controlled)\s+by\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}$", re.I)
_PART_OF = re.compile(r"^\s*,\s+(?:an?|the)\s+(?:[a-z\-]+\s+){0,2}?(?:subsidiary|unit|affiliate|front|front company|"
                      r"shell company|branch|division|offshoot|arm)\s+(?:of|for)\s+(?:the\s+)?$", re.I)
_GROUPS_VERB = re.compile(r"^\s+(?:links|groups|unites|brings together|comprises|gathers)\s+(?:the\s+)?$", re.I)


_BODY_ROLE_NAME = re.compile(rf"^\s+{_MODS}{_ROLE}\s+$", re.I)
# "X, a senior Y figure," / "X, a Y spokesman, said": the body named as the modifier of the role in an apposition
_APPOSED_BODY = re.compile(r"^\s*,\s+(?P<det>the|an?)\s+(?P<pre>(?:senior|top|leading|prominent|veteran|"
                           r"alleged|suspected|reputed|former|ex-)\s+)?$", re.I)
# (the role may take a place or a by-name: "an SDF commander in the area,", "a senior Y commander known as ...")
_BODY_ROLE_AFTER = re.compile(rf"\s+{_MODS}{_ROLE}\s*(?:[,.;]|$|\s+(?:said|says|told|who|and|was|is|in(?!\s+\d)|known|based)\b)",
                              re.I)
_PERSONS_PARTY = re.compile(r"^['’]s?\s+(?:(?:own|new|ruling|governing|opposition|former|political)\s+)?$", re.I)
_PARTY_AFTER = re.compile(r"\s+(?:party|movement)\b", re.I)

_OWNED_GAP = re.compile(r"['’]s?\s+(?:[a-z][\w\-]*\s+){0,2}")  # "X's Y", "X's ruling Y": X owns Y
_HEDGED_ROLE = re.compile(r"\b(?:alleged|suspected|reputed)\b", re.I)  # "an alleged financier of X"
_DEPUTY_FOR = re.compile(r"\bfor\s+(?:the\s+)?(?:[a-z][\w\-]*\s+)?$")  # "a deputy for the ruling Y party"
_FORMER = re.compile(r"(?:former|ex-)", re.I)
_REGIONAL_POST = re.compile(r"\b(?:for|in)$")  # "the group's commander for the south"


def _owned_body(text: str, base: int, ms: list[Mention], k: int) -> Mention | None:
    """The organisation right after a possessive mention ``k`` ("X's Y", "X's ruling Y"), if any."""
    if not ms[k].possessive or k + 1 >= len(ms) or ms[k + 1].kind != "Organization":
        return None
    gap = text[ms[k].end - base : ms[k + 1].start - base]
    return ms[k + 1] if _OWNED_GAP.fullmatch(gap) else None


# "Its Monrovia coordinator, X" / "Y's trade chief, X" / "its special envoy for the region, X": a role the body
# named by the possessive holds, before the name
_OWNED_ROLE_BEFORE = re.compile(rf"(?:(?P<its>(?:^|[,;:]['\"”’]?\s*|\b(?:and|said|says|told)\s+)(?:its|their))|['’]s?)"
                                rf"\s+{FREE}{_MODS}{_ROLE}(?P<unit>\s+of\s+mission|\s+of\s+(?:the\s+)?{_OFFICE})?"
                                r"(?:\s+(?:for|in|to|on)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?)?"
                                r"\s*,\s+$", re.I)


_POSSESSED_AND_ITS = re.compile(r"['’]s?\s+[^,;()]{1,60}?,\s+(?:[A-Z][\w.\-’']*\s+){1,5}?[A-Z][\w.\-’']*,?\s+and\s+"
                                r"(?:its|their)\b")
_AND_ITS = re.compile(r"(?:\s+[a-z]+)?\s+and\s+(?:its|their)\b", re.I)  # "Y party and its": at most a head noun


def coordinated_owner(text: str, base: int, bodies: list[Mention], at: int) -> Mention | None:
    """ "the ruling Y party and its candidate, X", "Y and its spokesman, X" (``at``: where "its" ends):
    Y, the body "its" is coordinated with, ahead of the sentence's first body."""
    near = bodies[-1] if bodies else None
    hit = _AND_ITS.match(text, near.end - base) if near is not None else None
    if hit is None and near is not None and near.possessive:  # "Y's envoy, X, and its attaché, Z": Y's too
        hit = _POSSESSED_AND_ITS.match(text, near.end - base)
    return near if hit is not None and hit.end() == at else None


def _owner_of(owned: re.Match[str], before: list[Mention], base: int, prev_subject: str | None) -> Mention | None:
    """The body an owned role belongs to: the possessive mention right before it, or for "its" the first
    organisation or state of the sentence, else the one the previous sentence spoke of."""
    if not owned.group("its"):
        return next((p for p in before if p.possessive and p.end - base == owned.start()), None)
    bodies = [p for p in before if _kind(p) in ("Organization", "Country") and p.end - base <= owned.start()]
    if (near := coordinated_owner(owned.string, base, bodies, owned.end("its"))) is not None:
        return near
    if bodies:
        return bodies[0]
    if (prev_subject or "").startswith("Organization:"):
        name = (prev_subject or "").partition(":")[2]  # a stand-in for the body named in the sentence before
        return Mention(0, 0, 0, 0, name, name, "Organization", "previous sentence", entity=prev_subject)
    return None


_RANK_BEFORE = re.compile(r",\s+(?P<rank>(?:[A-Z][a-z]*\.?\s+){1,2})$")  # "its attaché, Colonel X", "..., Brig. Gen. X"
_COMMA_THE_GAP = re.compile(r"\s*,\s+(?:the\s+)?")


def role_noun_relations(sent: Sentence, mentions: list[Mention], prev_subject: str | None = None) -> list[RawRelation]:
    text, base = sent.text, sent.start
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []

    def emit(src: Mention, rel: str | None, tgt: Mention, trigger: str) -> None:
        if rel and src.entity and tgt.entity and src.entity != tgt.entity:
            hedged = _HEDGED_ROLE.search(trigger)
            out.append(RawRelation(src.entity, rel, tgt.entity, sent, 0, trigger.strip(" ,"),
                                   RelationStatus.ALLEGED if hedged else RelationStatus.ASSERTED, 0.7))

    out += led_by(sent, ms)
    out += member_verbs(sent, ms) + member_nouns(sent, ms)
    out += corporate_ties(sent, ms)
    out += described_leaders(sent, ms)
    out += _described_roles(sent, ms) + standing_roles(sent, ms)
    modifiers = [m for m in ms if _MODIFIER.match(text, m.end - base)] if "-" in text else []
    ms = [m for m in ms if m not in modifiers]  # "members of the Moscow-led Y": the member is of Y
    starts = [titled_start(sent, m) for m in ms]  # where each mention's name (or title) begins
    for idx, m in enumerate(ms):
        named_at = starts[idx] - base  # (patterns on the text before it: search(text, 0, named_at), no slice)
        if idx + 1 < len(ms):
            nxt = ms[idx + 1]
            g = text[m.end - base : starts[idx + 1] - base]
            for mod in modifiers:
                if m.end <= mod.start and mod.end <= starts[idx + 1]:
                    g = g.replace(text[mod.start - base : _MODIFIER.match(text, mod.end - base).end()],  # type: ignore[union-attr]
                                  "", 1)
            whose = _WHOSE_KIN.fullmatch(g) if nxt.kind == "Person" else None
            # "X, a leader of the union Y, whose husband, Z": kin are a person's, the one the apposition describes
            owner = m if m.kind == "Person" else next((p for p in reversed(ms[:idx]) if p.kind == "Person"), None)
            if whose and owner is not None:
                emit(nxt, "FAMILY_OF", owner, whose.group(0))
            if m.kind == "Person" and nxt.kind == "Person" and idx + 2 < len(ms) and _SUCCEEDED.fullmatch(g) \
                    and (took := _AS_ROLE.fullmatch(text[nxt.end - base : titled_start(sent, ms[idx + 2]) - base])):
                emit(m, _relation(took.group("role"), took.group("mod"), took.group("det"), ms[idx + 2]), ms[idx + 2],
                     f"{g.strip()} as {took.group('role')}")  # "X succeeded Z as leader of Y": X leads Y
            if m.kind == "Person":
                described = _DESCRIBED_WHO.match(g) if " who " in g else None  # "X, a gang leader who acts as"
                for hit in (_APPOSED.fullmatch(g), _PREDICATE.fullmatch(g),
                            _PREDICATE.fullmatch(g[described.end() :]) if described else None):
                    if hit and hit.re is _PREDICATE and described and _PAST_PREDICATE.match(hit.group(0)):
                        continue  # "X, a businessman who was the head of Y": a post of the past
                    if hit:
                        body = _owned_body(text, base, ms, idx + 1)  # "a figure in X's Y party": in Y
                        rel = _relation(hit.group("role"), hit.group("mod"), hit.group("det"), body or nxt)
                        if rel == "HOLDS_POSITION" and hit.group("role").lower() == "deputy" \
                                and _DEPUTY_FOR.search(hit.group(0)):
                            rel = "MEMBER_OF"  # "a deputy for the ruling Y party": a legislator of the party
                        emit(m, rel, body or nxt, hit.group(0))
                if _COMMA_THE_GAP.fullmatch(g) and nxt.possessive:  # "X, Y's spokeswoman,"
                    hit = _POSSESSED_ROLE.match(text[nxt.end - base :])
                    if hit:
                        emit(m, _relation(hit.group("role"), hit.group("mod") or portfolio(hit.group("free")), "the",
                                          nxt), nxt, hit.group(0))
            if m.kind == "Person" and _kind(nxt) in ("Organization", "Country") and not nxt.possessive:
                pre = _APPOSED_BODY.fullmatch(g)  # "X, a senior Y figure,": X's role in Y
                hit = _BODY_ROLE_AFTER.match(text, nxt.end - base) if pre else None
                if pre and hit and not _FORMER.match(pre.group("pre") or "") \
                        and _kind_of(hit.group("role")) != "kin":
                    emit(m, _relation(hit.group("role"), hit.group("mod"), pre.group("det"), _as_kind(nxt)), nxt,
                         f"{pre.group(0)}{nxt.surface}{hit.group(0)}")
            if _kind(m) == "Organization" and nxt.kind == "Person" and nxt.title_i is None:
                hit = _BODY_ROLE_NAME.fullmatch(g)  # "Fidesz legislator X", "Hamas commander Y"
                if hit and _kind_of(hit.group("role")) != "kin":
                    emit(nxt, _relation(hit.group("role"), hit.group("mod"), "the", _as_kind(m)), m, hit.group(0))
            if _kind(m) == "Person" and m.possessive and nxt.kind == "Organization" and _PERSONS_PARTY.fullmatch(g) \
                    and (set(nxt.name.lower().split()) & PARTY_NAME_WORDS or _PARTY_AFTER.match(text, nxt.end - base)):
                emit(m, "LEADS", nxt, "'s party")  # "Okonjo's Progress Party", "Rivas's Renewal movement"
            if nxt.kind == "Person" and m.kind in ("Country", "Organization", "Person"):
                whose_role = _WHOSE_ROLE.fullmatch(g)
                if whose_role is None and nxt.title is not None and not nxt.title.rank and _WHOSE_TITLED.fullmatch(g):
                    whose_role = _WHOSE_ROLE.fullmatch(f"{g}{nxt.title.text} ")
                if whose_role is not None and not (m.kind == "Person" and _kind_of(whose_role.group("role")) == "kin"):
                    emit(nxt, _relation(whose_role.group("role"), whose_role.group("mod"), "the", m), m,
                         whose_role.group(0))
            seat = body_then_name(text, base, ms, idx, starts) if m.kind in ("Country", "Organization") else None
            if seat and (hit := ROLE_OF_BEFORE.search(text, 0, named_at)):  # "the head of the Y, X", "... Y delegation in Z, X"
                emit(seat[0], _relation(hit.group("role"), hit.group("mod") or seat[1], hit.group("det"), m), m,
                     hit.group(0))
            if m.kind == "Person" and m.title is not None and not m.title.rank and nxt.kind == "Organization" \
                    and m.title.text.lower().split()[-1] in _NON_STATE_TITLES and _TITLED_OF.fullmatch(g):
                emit(m, _relation(m.title.text.split()[-1], None, "the", nxt), nxt, m.title.text)  # "leader X of the Y"
            if m.kind == "Organization" and _MADE_UP_OF.fullmatch(g) and nxt.kind in ("Country", "Organization"):
                for member in coordinated(ms, idx + 1, text, base, 1):  # "The league is made up of A, B and C"
                    if member.kind in ("Country", "Organization"):
                        emit(member, "MEMBER_OF", m, "made up of")
            if m.kind in ("Country", "Organization") and nxt.kind == "Organization" and _AMONG_MEMBERS.fullmatch(g):
                for member in coordinated(ms, idx, text, base, -1):  # "A and B are among the members of Y"
                    if member.kind in ("Country", "Organization"):
                        emit(member, "MEMBER_OF", nxt, "members of")
            if m.kind == "Organization" and nxt.kind in ("Organization", "Person", "Country") \
                    and (_OWNED_CLAUSE.fullmatch(g) or (nxt.kind == "Organization" and _PART_OF.fullmatch(g))):
                emit(m, "ASSOCIATED_WITH", nxt, g)  # "X, which is owned by Y" / "X, a subsidiary of Y"
            if m.kind in ("Country", "Organization") and nxt.kind == "Organization" and _LIST_MEMBERS.fullmatch(g):
                for member in coordinated(ms, idx, text, base, -1):  # "A, B and C, the three members of Y"
                    if member.kind in ("Country", "Organization"):
                        emit(member, "MEMBER_OF", nxt, "members of")
            if m.kind == "Organization" and _GROUPS_VERB.fullmatch(g) and nxt.kind in ("Country", "Organization"):
                for member in coordinated(ms, idx + 1, text, base, 1):  # "The forum groups A, B and C"
                    if member.kind in ("Country", "Organization"):
                        emit(member, "MEMBER_OF", m, "groups")
        if m.kind == "Person" and idx > 0:  # "the speaker of its parliament, X"
            hit = _ROLE_IN_ITS.search(text, 0, named_at) if has_word(sent, _ITS_WORDS) else None
            body = next((p for p in reversed(ms[:idx]) if p.kind in ("Organization", "Country")), None) if hit else None
            if hit and body is not None and _kind_of(hit.group("role")) != "kin":
                emit(m, "HOLDS_POSITION", body, hit.group(0))
        rank = _RANK_BEFORE.search(text, max(0, m.start - base - 40), m.start - base) if m.kind == "Person" \
            and m.title is not None and "," in text[max(0, m.start - base - 40) : m.start - base] else None
        named = base + rank.start("rank") if rank else m.start  # "..., Colonel X": the apposition ends at the comma
        owned = _OWNED_ROLE_BEFORE.search(text, max(0, named - base - 90), named - base) \
            if m.kind == "Person" and text[: named - base].rstrip().endswith(",") else None
        if owned and _kind_of(owned.group("role")) != "kin":  # (kin: see structural and kinship)  # "Its Monrovia coordinator, X" / "the union's commission chairperson, X"
            body = _owner_of(owned, ms[:idx], base, prev_subject)
            if body is not None:
                under = owned.group("mod") or portfolio(owned.group("free")) or owned.group("unit")  # "its regional
                # envoy", "Y's head of mission" (an embassy's head), "Y's undersecretary of the interior": a post
                emit(m, _relation(owned.group("role"), under, "the", _as_kind(body)), body, owned.group(0))
        if m.kind == "Person":  # "X, a Brazilian diplomat,": a post with that state
            post = _national_post(sent, m)
            if post:
                out.append(RawRelation(m.entity, post[1], post[0], sent, 0, "national post",
                                       RelationStatus.ASSERTED, 0.65))
        if m.kind == "Person" and idx > 0 and has_word(sent, _HIS_HER):  # "X and his wife, Y"
            hit = _PRONOUN_KIN.search(text, 0, named_at)
            owner = next((p for p in reversed(ms[:idx]) if p.kind == "Person" and p.end <= m.start - len(hit.group(0))), None) \
                if hit else None
            if hit and owner is not None:
                role = hit.group("role")
                emit(m, "FAMILY_OF" if _kind_of(role) == "kin" else "ASSOCIATED_WITH", owner, hit.group(0))
    return out


# "X, whom Washington describes as the group's chief financial officer": a role others ascribe to X
_DESCRIBED_AS = re.compile(r"\s*,\s+(?:whom|who)\s+(?:[^,;]{1,50}?\s+)?(?:describes?|described|calls?|called|identifies|"
                           r"identified|considers?|considered|brands?|branded|labels?|labell?ed|regards?|regarded)"
                           r"\s+(?:him|her\s+)?(?:as\s+)?(?:the\s+)?", re.I)


_ROLE_OF_AFTER = re.compile(rf"{_DET}{_MODS}{_ROLE}\s+(?:of|to|for)\s+(?:the\s+)?", re.I)


def _described_roles(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    text, base, out = sent.text, sent.start, []
    for idx, m in enumerate(ms):
        if m.kind != "Person":
            continue
        hit = _DESCRIBED_AS.match(text, m.end - base)
        role_of = _ROLE_OF_AFTER.match(text, hit.end()) if hit else None
        other = next((x for x in ms[idx + 1 :] if x.start - base == role_of.end()), None) if role_of else None
        if role_of and other is not None and other.entity and m.entity:  # "whom it called a close associate of Y"
            rel = _relation(role_of.group("role"), role_of.group("mod"), role_of.group("det"), _as_kind(other))
            if rel:
                out.append(RawRelation(m.entity, rel, other.entity, sent, hit.start(), hit.group(0).strip(" ,"),  # type: ignore[union-attr]
                                       RelationStatus.REPORTED, 0.65))
        body = next((x for x in ms[idx + 1 :] if x.start - base == hit.end()), None) if hit else None
        if body is None or not body.possessive or body.kind not in ("Organization", "Country"):
            continue
        role = _POSSESSED_ROLE.match(text[body.end - base : body.end - base + 80])
        rel = _relation(role.group("role"), role.group("mod"), "the", body) if role else None
        if rel == "LEADS" and role and _REGIONAL_POST.search(role.group(0)):
            rel = "HOLDS_POSITION"  # "the group's commander for the south": a regional post under its leader
        if rel and m.entity and body.entity and rel != "FAMILY_OF":
            out.append(RawRelation(m.entity, rel, body.entity, sent, hit.start(), hit.group(0).strip(" ,"),  # type: ignore[union-attr]
                                   RelationStatus.REPORTED, 0.65))
    return out
