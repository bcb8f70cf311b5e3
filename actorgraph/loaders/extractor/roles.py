"""Standing ties stated in relative clauses, appositions and possessives that ``structural`` does not cover:
counterparts ("his Azerbaijani counterpart, X"), members of a body ("one of its organisers, X"), people's
staff ("X's campaign manager, Y"), "who runs Y", "whose firm Y", wings of a movement, state companies
("Mexico's state oil company, Y"), companies run by others, membership lists ("Y, which links A, B and C"),
joining ("which X joined"), and families ("X's son Y", "X's family", "brothers A and B")."""

from __future__ import annotations

import re
from collections.abc import Callable

from actorgraph.graph.model import normalize_name
from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.affiliation_checks import PART_OF_BODY_AFTER
from actorgraph.loaders.extractor.arguments import coordinated
from actorgraph.loaders.extractor.coref import EntityTable
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order, titled_start
from actorgraph.loaders.extractor.owners import owner_after, past_the_hedge
from actorgraph.loaders.extractor.patterns import LIST_GAP, PARTY_NAME_WORDS
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence, has_word

_QUANT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|dozens|hundreds)"
_ROLE_PLURALS = ("organisers organizers founders co-founders leaders commanders members editors spokesmen officials "
                 "directors executives lawyers employees staff reporters journalists correspondents fighters deputies "
                 "activists representatives negotiators officers researchers managers advisers advisors aides "
                 "lawmakers candidates board").split()
_MEMBER_PLURALS = frozenset("members fighters activists candidates lawmakers".split())
_ONE_OF_ITS = re.compile(rf"\b{_QUANT}\s+of\s+(?:its|their)\s+(?:[a-z\-]+\s+){{0,2}}?(?P<role>{'|'.join(_ROLE_PLURALS)})"
                         r"\s*,?\s+$", re.I)
_QUANT_OF_ITS = re.compile(rf"{_QUANT}\s+of\s+(?:its|their)\s", re.I)  # a group: "two of its editors"
_ROLE_PLURAL_END = re.compile(rf"(?P<role>{'|'.join(_ROLE_PLURALS)})$", re.I)
_COMMA_GAP = re.compile(r"\s*,?\s*")
_COMMA_THE_GAP = re.compile(r"\s*,\s+(?:the\s+)?")
_APPOSITION_GAP = re.compile(r",\s+(?:the\s+)?")
_AND_GAP = re.compile(r"\s+and\s+")
_WING_NOUN_END = re.compile(r"(?:wing|arm|affiliate|offshoot|branch|faction)\s*,?\s+(?:the\s+)?$")
_JOINED_GAP = re.compile(r"\s+(?:formally\s+|officially\s+)?(?:joined|has joined|had joined)\s+(?:the\s+)?")
_HEDGE_WORD = re.compile(r"\b(?:says?|said|alleges?|alleged|claims?|believes?)\b")
_NON_WORD = re.compile(r"\W+")
_STAFF = re.compile(r"^['’]s?\s+(?:(?:long-?time|longtime|personal|former|chief|top|senior|close|new|own)\s+)?"
                    r"(?P<role>campaign manager|campaign chief|lawyers?|attorneys?|aides?|advisers?|advisors?|manager|"
                    r"bodyguard|chief of staff|assistant|private secretary|associate|business partner|partner|"
                    r"deputy|driver|confidant|right-hand man|protégé|protege)\s*,?\s+$", re.I)
_KIN = re.compile(r"^['’]s?\s+(?:(?:eldest|youngest|younger|elder|older|late|estranged|only|second|first)\s+)?"
                  r"(?P<role>son-in-law|brother-in-law|daughter-in-law|sister-in-law|father-in-law|son|daughter|wife|"
                  r"husband|brother|sister|father|mother|nephew|niece|cousin|uncle|aunt|widow|grandson|granddaughter)"
                  r"\s*,?\s+$", re.I)
_SIBLINGS_BEFORE = re.compile(r"\b(?:brothers|sisters|siblings|twins|cousins|brother|sister)\s*,?\s+$", re.I)
_RUNS = re.compile(r"^,\s+who\s+(?:also\s+|now\s+|still\s+|currently\s+)?(?P<verb>runs|ran|heads|headed|leads|chairs|"
                   r"chaired|directs|directed|commands|founded|co-founded|owns|owned|manages|managed)\s+"
                   r"(?:the\s+|an?\s+|his\s+|her\s+)?(?:(?!(?:of|with|and|or|to|for|in|on|by|from|against|at|that|"
                   r"which|who)\s)[\w\-’']+\s+){0,5}?$", re.I)
_WHOSE = re.compile(r"^,?\s+whose\s+(?:[a-z][\w\-]*\s+){0,3}?(?P<noun>company|firm|business|holding|group|party|"
                    r"movement|militia|bank|foundation|charity|network|outlet|newspaper|conglomerate|subsidiary|"
                    r"construction firm|shipping line|airline)\s*,?\s+(?:the\s+)?$", re.I)
_WING_OF = re.compile(r"^\s*\)?\s*,\s+(?:the|an?)\s+(?P<kind>[a-z\-]+)\s+(?:wing|arm|affiliate|offshoot|branch|faction)\s+of\s+"
                      r"(?:the\s+)?$", re.I)
_OWN_WING = re.compile(r"^['’]s?\s+(?P<kind>[a-z\-]+)\s+(?:wing|arm|affiliate|offshoot|branch|faction)\b", re.I)
# "a breakaway faction of Z", "a splinter group": split from Z, no longer part of it (and "other" says nothing)
_SPLIT_KINDS = frozenset("other breakaway splinter dissident rival renegade estranged".split())
_ARMED_KINDS = frozenset("armed military militant paramilitary fighting".split())
_COMPANY_NOUNS = (r"company|firm|conglomerate|airline|carrier|broadcaster|news agency|bank|lender|fund|"
                  r"shipping line|shipping company|holding|producer|exporter|operator|utility|monopoly|corporation|"
                  r"miner|enterprise")
_STATE_COMPANY = re.compile(rf"^['’]s?\s+(?:[a-z][\w\-]*\s+){{0,3}}?(?:{_COMPANY_NOUNS})\s*,?\s+(?:the\s+)?$", re.I)
_RUN_BY = re.compile(rf",\s+(?:an?|the)\s+(?:[\w\-]+\s+){{0,3}}?(?:{_COMPANY_NOUNS}|firm|company|centre|center|"
                     r"institute|subsidiary|front|unit|outlet)\s+(?:(?:that|which)\s+)?(?:(?:it|they|he|she|officials|"
                     r"prosecutors|investigators|the \w+|[A-Z][\w\-]*(?: [A-Z][\w\-]*)?(?: governments| officials)?)\s+"
                     r"(?:says?|said|alleges?|alleged|claims?|believes?)\s+(?:is\s+|was\s+|are\s+)?)?"
                     r"(?P<verb>run|owned|controlled|operated|managed|backed|financed|funded|founded)\s+by\s+"
                     r"(?:[\w\-’']+\s+){0,6}?$", re.I)
_TITLE_RUN_BY = re.compile(r",\s+(?:the\s+)?(?:(?:deputy|acting|assistant|managing|executive|general|chief|senior|"
                           r"research|technical|regional|former)\s+)*(?P<title>director|head|chief|manager|chairman|"
                           r"president|researcher|engineer|scientist|employee|official)\s+(?:of|at)\s+(?:an?|the)\s+"
                           r"(?:[\w\-]+\s+){0,3}?(?:centre|center|institute|station|unit|office|plant|subsidiary|"
                           r"project|laboratory|lab|branch|mine|mission|department)\s+(?:run|owned|operated|managed)"
                           r"\s+by\s+(?:[\w\-’']+\s+){0,5}?$", re.I)
_LINKS = re.compile(r"^,?\s+(?:which|that)\s+(?:links|groups|unites|brings together|comprises|includes|joins|gathers)\s+"
                    r"(?:the\s+)?$", re.I)
_MEMBER_STATES = re.compile(r"\bmember\s+(?:states|countries|nations|parties|groups)\s*(?:,\s*|\s+)?(?:such as\s+)?$", re.I)
_WHICH_JOINED_BEFORE = re.compile(r",\s+which\s+(?:the\s+)?$", re.I)
_CONTRIBUTES = re.compile(r",?\s+(?:which|that)\s+(?:\w+\s+)?(?:contributes|contributed|provides|provided|sends|sent|has)\s+"
                          r"(?:\w+\s+)?(?:troops|soldiers|forces|police|personnel|peacekeepers)\s+(?:to|in)\s+(?:the\s+)?")
_JOINED = re.compile(r"^\s+(?:had\s+|has\s+|formally\s+|officially\s+)*joined\b", re.I)
_ALLEGIANCE = re.compile(r"\s*,?\s+(?:which|that|who)?\s*(?:has\s+|had\s+|later\s+|formally\s+|publicly\s+)*"
                         r"(?:pledged|pledges|swore|swears|sworn|declared|declares|renewed)\s+(?:its\s+|their\s+)?"
                         r"(?:allegiance|loyalty|fealty|bay['’]ah)\s+to\s+(?:the\s+)?", re.I)
_STATES_BODY = re.compile(r"['’]s?\s+(?!(?:main\s+|chief\s+|arch[\-]?)?(?:enemy|enemies|foe|rival|adversary|nemesis|opponent|"
                          r"critic|target|victim)\b)(?:[a-z][\w\-]*\s+){0,2}?(?:successor|proxy|company|firm|exporter|"
                          r"operator|contractor|fund|bank|carrier|outlet|broadcaster|vehicle)\b")  # (its own agencies
# and forces are the state itself: "the NIA, India's counter-terrorism agency")
_ITS_TARGET_KINDS = ("Organization",)
_WHICH, _MEMBER, _ITS_WORDS = frozenset({"which"}), frozenset({"member"}), frozenset({"its", "their"})
_PARTY_GROUP = re.compile(r"\b(?:party|movement)\s+(?:activists|members|officials|supporters|leaders|workers|cadres|"
                          r"loyalists|lawmakers|candidates)$", re.I)
_PARTY_NAMED_AFTER = re.compile(r"\s+(?:party|movement|bloc|alliance|coalition)\b", re.I)  # "the Unity party"
_ITS_MEMBER = re.compile(r"(?:^|[,;:]\s*|\band\s+)(?:its|their)\s+(?:(?:own|main|presidential|chief|leading|new)\s+)?"
                         r"(?:candidate|nominee|member|activist|lawmaker|legislator|mp|senator)\s*,\s*$", re.I)

Emit = Callable[[str | None, str, str | None, str, float], None]


def role_relations(sent: Sentence, mentions: list[Mention], prev_subject: str | None = None,
                   table: EntityTable | None = None) -> list[RawRelation]:
    """Relations between the mentions of one sentence named by the way they are introduced; ``prev_subject``
    is the body the previous sentence spoke of (for "one of its organisers" with no body named before)."""
    text, base = sent.text, sent.start
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    # the words the patterns run over the text before a mention need (checked once for the sentence)
    has_which, has_member, has_its = has_word(sent, _WHICH), has_word(sent, _MEMBER), has_word(sent, _ITS_WORDS)

    def emit(src: str | None, rel: str, tgt: str | None, trigger: str, conf: float,
             status: RelationStatus = RelationStatus.ASSERTED) -> None:
        if src and tgt and src != tgt:
            out.append(RawRelation(src, rel, tgt, sent, 0, trigger, status, conf))

    def gap(a: Mention, b: Mention) -> str:
        return text[a.end - base : b.start - base]

    for idx, m in enumerate(ms):
        nxt = ms[idx + 1] if idx + 1 < len(ms) else None
        named_at = m.start - base  # (the patterns below run over the text before it: search(text, 0, named_at))
        g = gap(m, nxt) if nxt is not None else ""
        if nxt is not None:
            # "his Azerbaijani counterpart, X": X holds the post the sentence's titled person holds, for that state
            if m.kind == "Country" and m.surface.lower().endswith("counterpart") and nxt.kind == "Person" \
                    and _COMMA_GAP.fullmatch(g):
                holder = next((p for p in reversed(ms[:idx]) if p.kind == "Person" and p.title is not None
                               and not p.title.rank), None)
                leads = holder is not None and holder.title is not None and holder.title.leader
                emit(nxt.entity, "LEADS" if leads else "HOLDS_POSITION", m.entity, "counterpart", 0.7)
            if m.kind == "Person" and m.possessive and nxt.kind == "Person":
                staff, kin = _STAFF.match(g), _KIN.match(g)
                if staff:  # "Ruiz's campaign manager, Ana Peralta"
                    emit(nxt.entity, "ASSOCIATED_WITH", m.entity, staff.group("role"), 0.7)
                elif kin and "," not in g:  # "Al-Obeidi's son Khaled" (with a comma, see structural)
                    emit(nxt.entity, "FAMILY_OF", m.entity, kin.group("role"), 0.7)
            if m.kind == "Person" and nxt.kind == "Organization":
                run = _RUNS.match(g)
                if run and "," not in g[1:]:  # "X, who runs the advocacy group Y"
                    verb = run.group("verb").lower()
                    rel = "ASSOCIATED_WITH" if verb.startswith(("own", "found", "co-found")) else "LEADS"
                    if rel == "LEADS" and PART_OF_BODY_AFTER.match(text, nxt.end - base):
                        rel = "HOLDS_POSITION"  # "who chairs the Senate's defence committee": a post in the Senate
                    emit(m.entity, rel, nxt.entity, verb, 0.7)
                whose = _WHOSE.match(g)
                if whose:  # "the businessman X, whose construction firm Y"
                    noun = whose.group("noun").lower()
                    emit(m.entity, "MEMBER_OF" if noun in ("party", "movement", "militia") else "ASSOCIATED_WITH",
                         nxt.entity, f"whose {noun}", 0.7)
            if m.kind == "Organization" and nxt.kind == "Organization":
                wing = _WING_OF.match(g)
                if wing and wing.group("kind").lower() not in _SPLIT_KINDS:  # "Y, the armed wing of Z"
                    rel = "MEMBER_OF" if wing.group("kind").lower() in _ARMED_KINDS else "ASSOCIATED_WITH"
                    emit(m.entity, rel, nxt.entity, "wing of", 0.7)
                if _COMMA_THE_GAP.fullmatch(g):  # "Y, the Z's political wing"
                    own = _OWN_WING.match(text[nxt.end - base :])
                    if own and nxt.possessive and own.group("kind").lower() not in _SPLIT_KINDS:
                        rel = "MEMBER_OF" if own.group("kind").lower() in _ARMED_KINDS else "ASSOCIATED_WITH"
                        emit(m.entity, rel, nxt.entity, "wing", 0.7)
                if m.possessive:  # "Z's armed wing, Y"
                    own = _OWN_WING.match(g)
                    if own and own.group("kind").lower() not in _SPLIT_KINDS \
                            and _WING_NOUN_END.search(g):
                        rel = "MEMBER_OF" if own.group("kind").lower() in _ARMED_KINDS else "ASSOCIATED_WITH"
                        emit(nxt.entity, rel, m.entity, "wing", 0.7)
            # "Y, the Russian defence ministry's successor to Z" / "Y, Iran's state shipping line": the state's body
            if m.kind == "Organization" and nxt.kind == "Country" and nxt.possessive and _APPOSITION_GAP.fullmatch(g) \
                    and _STATES_BODY.match(text, nxt.end - base):
                emit(m.entity, "ASSOCIATED_WITH", nxt.entity, "state's body", 0.65)
            # "Mexico's state oil company, Pemex"; "the Cuban armed forces' business conglomerate GAESA"
            if m.kind == "Country" and m.possessive and nxt.kind == "Organization" and _STATE_COMPANY.match(g):
                emit(nxt.entity, "ASSOCIATED_WITH", m.entity, "state company", 0.7)
            # "The Y, which links A, B and C"
            if m.kind == "Organization" and _LINKS.match(g):
                for member in _listed(ms, idx + 1, text, base):
                    emit(member.entity, "MEMBER_OF", m.entity, "links", 0.7)
        # "The FLNKS, the main coalition, which the CCAT joined last year"
        if m.kind in ("Organization", "Country") and has_which and _WHICH_JOINED_BEFORE.search(text, 0, named_at) \
                and _JOINED.match(text[m.end - base :]):
            joined = next((p.entity for p in reversed(ms[:idx]) if p.kind == "Organization"), None)
            emit(m.entity, "MEMBER_OF", joined, "joined", 0.7)
        # "Kenya, which contributes troops to the African Union mission"
        if m.kind == "Country" and nxt is not None and nxt.kind == "Organization" and _CONTRIBUTES.fullmatch(g):
            emit(m.entity, "MEMBER_OF", nxt.entity, "contributes troops to", 0.65)
        # "Y, which pledged allegiance to the Z group": an affiliate of Z
        if m.kind == "Organization" and nxt is not None and nxt.kind == "Organization" \
                and _ALLEGIANCE.fullmatch(g):
            emit(m.entity, "MEMBER_OF", nxt.entity, "pledged allegiance", 0.7)
        # "X joined the Y" (an organisation): membership
        if m.kind in ("Organization", "Country", "Person") and nxt is not None and nxt.kind == "Organization" \
                and _JOINED_GAP.fullmatch(g):
            emit(m.entity, "MEMBER_OF", nxt.entity, "joined", 0.65)
        # "member states A and B"
        if m.kind in ("Country", "Organization") and has_member and _MEMBER_STATES.search(text, 0, named_at):
            org = next((p for p in reversed(ms[:idx]) if p.kind == "Organization"), None)
            if org is not None:
                for member in _listed(ms, idx, text, base):
                    emit(member.entity, "MEMBER_OF", org.entity, "member states", 0.65)
        # "one of its organisers, X" / "two of its senior editors" (a group)
        one_of = _ONE_OF_ITS.search(text, 0, named_at) if m.kind == "Person" and has_its else None
        if m.kind == "Group" and _QUANT_OF_ITS.match(m.surface):
            one_of = _ROLE_PLURAL_END.search(m.surface)
        if one_of:
            body = next((p.entity for p in reversed(ms[:idx]) if p.kind in _ITS_TARGET_KINDS), None)
            body = body or (prev_subject if (prev_subject or "").startswith("Organization:") else None)
            role = one_of.group("role").lower()
            emit(m.entity, "MEMBER_OF" if role in _MEMBER_PLURALS else "HOLDS_POSITION", body, role, 0.7)
        # "X, deputy director of a research centre run by the Russian state coal company Y"
        owner = owner_after(ms, idx)
        if m.kind == "Person" and owner is not None and owner.kind == "Organization":
            if _TITLE_RUN_BY.fullmatch(gap(m, owner)):
                emit(m.entity, "HOLDS_POSITION", owner.entity, "run by", 0.65)
        owner = past_the_hedge(sent, ms, idx, owner) if m.kind == "Organization" else owner
        if m.kind == "Organization" and owner is not None and owner.kind in ("Organization", "Person", "Country"):
            rb = _RUN_BY.match(text[m.end - base : titled_start(sent, owner) - base])
            if rb:  # "X, a shipping line it says is controlled by Y"
                hedged = _HEDGE_WORD.search(rb.group(0))
                emit(m.entity, "ASSOCIATED_WITH", owner.entity, f"{rb.group('verb')} by", 0.65,
                     RelationStatus.ALLEGED if hedged else RelationStatus.ASSERTED)
        # "Its candidate, X": a member of the body just spoken of
        if m.kind == "Person" and has_its and _ITS_MEMBER.search(text, 0, named_at):
            body = next((p.entity for p in reversed(ms[:idx]) if p.kind == "Organization"), None)
            body = body or (prev_subject if (prev_subject or "").startswith("Organization:") else None)
            emit(m.entity, "MEMBER_OF", body, "its member", 0.65)
        # "two of Elmi's business partners" (a group): associates of the person named
        owned = _OWNED_GROUP.match(m.surface) if m.kind == "Group" and table is not None else None
        if owned and table is not None:
            person = _person_named(table, owned.group("owner"))
            is_kin = owned.group("noun").lower() in ("relatives", "sons", "daughters", "children", "brothers", "sisters")
            emit(m.entity, "FAMILY_OF" if is_kin else "ASSOCIATED_WITH", person, owned.group("noun"), 0.7)
        # "at least 40 party activists, including former minister X": members of the party just named
        if m.kind == "Group" and _PARTY_GROUP.search(m.surface):  # (a party or movement, not any body named)
            party = next((p.entity for p in reversed(ms[:idx]) if p.kind == "Organization" and (
                set(p.surface.lower().split()) & PARTY_NAME_WORDS or _PARTY_NAMED_AFTER.match(text, p.end - base))),
                None) or (prev_subject if (prev_subject or "").startswith("Organization:")
                          and set(_NON_WORD.split((prev_subject or "").lower())) & PARTY_NAME_WORDS else None)
            members = [m] + _included(ms, idx, sent)
            for member in members:
                emit(member.entity, "MEMBER_OF", party, "party members", 0.65)
        # "Wilding's family" (a group)
        if m.kind == "Group" and m.via == "family" and idx > 0 and ms[idx - 1].kind == "Person" \
                and ms[idx - 1].end <= m.start:
            emit(m.entity, "FAMILY_OF", ms[idx - 1].entity, "family", 0.7)
        # "two brothers, Ilgar and Samir Huseynov"
        if m.kind == "Person" and nxt is not None and nxt.kind == "Person" and m.via == "sibling" \
                and _AND_GAP.fullmatch(g):
            emit(m.entity, "FAMILY_OF", nxt.entity, "siblings", 0.7)
    return out


_OWNED_GROUP = re.compile(r"^\w+\s+of\s+(?P<owner>[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*)*)['’]s\s+(?:[a-z\-]+\s+)*"
                          r"(?P<noun>partners|associates|aides|relatives|sons|daughters|children|brothers|sisters|"
                          r"allies|lieutenants|bodyguards|lawyers|advisers|advisors|companies|firms|businesses)$")


def _person_named(table: EntityTable, name: str) -> str | None:
    """The person a surname or full name in a group's description stands for, when only one fits."""
    toks = tuple(normalize_name(name).split())
    fits = [e.key for e in table.of_kind("Person")
            if any(e.tokens[k : k + len(toks)] == toks for k in range(len(e.tokens) - len(toks) + 1))]
    return fits[0] if len(fits) == 1 else None


_INCLUDING = re.compile(r"^(?:\s+(?:in|from|at|on|across|near)\s+(?:the\s+)?[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*)*)?"
                        r"(?:\s+[a-z]+)?,?\s+(?:including|among them)\s+(?:[a-z][\w\-]*\s+){0,4}$")


def _included(ms: list[Mention], idx: int, sent: Sentence) -> list[Mention]:
    """ "40 activists in Dhaka, including former minister X and Y": the people listed after the group."""
    text, base = sent.text, sent.start
    for k in range(idx + 1, min(idx + 4, len(ms))):
        p = ms[k]
        start = titled_start(sent, p)
        if p.kind == "Person" and _INCLUDING.match(text[ms[idx].end - base : start - base]):
            return [x for x in coordinated(ms, k, text, base, 1) if x.kind == "Person"]
    return []


def _listed(ms: list[Mention], k: int, text: str, base: int) -> list[Mention]:
    """The coordinated list of countries and organisations starting at mention ``k``."""
    if k >= len(ms) or ms[k].kind not in ("Country", "Organization"):
        return []
    run = [ms[k]]
    for a, b in zip(ms[k:], ms[k + 1 :], strict=False):
        if b.kind not in ("Country", "Organization") or not LIST_GAP.fullmatch(text[a.end - base : b.start - base]):
            break
        run.append(b)
    return run if len(run) >= 2 else []


def siblings_before(text: str) -> bool:
    return bool(_SIBLINGS_BEFORE.search(text))
