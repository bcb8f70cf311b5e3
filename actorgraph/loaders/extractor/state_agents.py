"""Bare state agents: "Police arrested ...", "Security forces retook ...", "Prosecutors charged ...".

Police, soldiers, prosecutors and the like act for a state even when no country is named with them. They
become mentions of that state: the country a place phrase gives them ("police in Dhaka", "In neighbouring
Nigeria, police ..."), else the country the article is about (resolved like "the government" in coref).
A demonym or possessive already makes a mention ("Azerbaijani police", "Colombia's police"), so only a
noun phrase opened by nothing, an article or a plain clause word is taken."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.lexicon import Lexicon
from actorgraph.loaders.extractor.mentions import Mention, covered_tokens, insert_mentions, span_mention
from actorgraph.loaders.extractor.text import Sentence, has_word, token_lowers

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

_AGENTS = frozenset("police policemen gendarmes gendarmerie troops soldiers commandos prosecutors investigators "
                    "authorities army military".split())
# only with a state modifier: "security forces" (not "rebel forces"), "federal officials" (not "officials"),
#   "state security agents", "border guards", "the security services" (not "his officers")
_FORCES = frozenset({"forces", "officials", "agents", "officers", "guards", "services"})
_MODIFIERS = frozenset("local national federal state riot military security paramilitary special government "
                       "anti-terrorism counter-terrorism counterterrorism border elite and".split())
_AGENT_WORDS = _AGENTS | _FORCES
_ANY_AGENT = re.compile(r"\b(?:" + "|".join(sorted(_AGENT_WORDS)) + r")\b", re.I)
_FORCE_MODIFIERS = frozenset("security government paramilitary military federal border intelligence customs "
                             "state".split())
# what may stand right before the phrase: nothing, an article, a word that opens a clause ("until police
#   dispersed them"; not "which", as in "which investigators say finance X"), a time adverbial ("On Monday police detained") or a dateline's dash; "between" ("clashes between police and X")
_OPENERS = frozenset(", ; : the and but that when after as while since before said says say where "
                     "then also until once if because so now later earlier overnight meanwhile - – — "
                     "monday tuesday wednesday thursday friday saturday sunday yesterday today between".split())
_PLACE_PREPS = frozenset({"in", "near", "at", "across"})
_COURTS = frozenset({"court", "tribunal"})  # only as "a court in X" (a court named or described is a body of its own)
_A_COURT_IN = re.compile(r"\ban?\s+(?:court|tribunal)\s+in\s+[A-Z]", re.I)
_CLAUSE_PREPS = frozenset("after before during following under in at".split())
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_PREPS = frozenset("in since by until during before after".split())
# "rights groups accused security forces of ...": the state's agents as the object of blame
_BLAMING = frozenset("accused accuse accuses accusing blamed blame blames blaming condemned condemns criticised "
                     "criticized criticises criticizes".split())


def add_state_agents(table: EntityTable, sentences: list[Sentence], mentions: list[list[Mention]],
                     lex: Lexicon) -> None:
    for sent, ms in zip(sentences, mentions, strict=True):
        if sent.headline:
            continue
        if not has_word(sent, _AGENT_WORDS | _COURTS) or not (_ANY_AGENT.search(sent.text) or _A_COURT_IN.search(sent.text)):
            continue
        # "Police said ...": a capitalised agent word at the start is no name of its own
        lower = token_lowers(sent)
        ms[:] = [m for m in ms if not (m.kind is None and m.via in ("single", "name")
                                       and _agent_words(lower[m.i : _agent_end(lower, m.j)]))]
        for m in _agents_in(sent, ms, lex):
            if m.kind == "Country":
                m.entity = table.add(m.name, "Country", m.start).key
            ms.append(m)
        ms.sort(key=lambda m: m.start)


def _seat_at(lex: Lexicon, toks, k: int) -> bool:  # type: ignore[no-untyped-def]
    form = lex.country_at([t.text for t in toks], k)
    return form is not None and form[1].role == "seat"


def _agents_in(sent: Sentence, ms: list[Mention], lex: Lexicon) -> list[Mention]:
    toks = sent.tokens
    lower = token_lowers(sent)
    taken = covered_tokens(ms)
    out: list[Mention] = []
    k = 0
    while k < len(toks):
        head = lower[k]
        court = head in _COURTS and k > 0 and lower[k - 1] in ("a", "an") and k + 2 < len(toks) \
            and lower[k + 1] == "in" and toks[k + 2].is_cap and (k + 2 not in taken or _seat_at(lex, toks, k + 2))
        # "a court in Lyon", "a court in Lima": the state's court (not "a court in Kyrgyzstan": named already)
        if k in taken or not (head in _AGENTS or court or (head in _FORCES and k > 0 and lower[k - 1] in _FORCE_MODIFIERS)):
            k += 1
            continue
        i = k - 1 if court else k
        while i > 0 and lower[i - 1] in _MODIFIERS and i - 1 not in taken:
            i -= 1
        if lower[i] == "and":
            i += 1
        if i > 0 and lower[i - 1] == "the":
            if head in ("authorities", "army", "military") or k + 2 < len(toks) and lower[k + 1] == "of" \
                    and (toks[k + 2].is_cap or lower[k + 2] == "the"):
                k += 1  # "the army" is coref's government anaphor; "the police of X" names its own state (not
                continue  # "accused the police of killing ...": the charge)
            i -= 1
        before = lower[i - 1] if i > 0 else None
        if before == "which" and i > 1 and lower[i - 2] in _CLAUSE_PREPS:
            before = None  # "after which police impounded the ship": the relative pronoun is the preposition's object
        if before is not None and i > 1 and _YEAR.fullmatch(before) and lower[i - 2] in _YEAR_PREPS:
            before = None  # "In 2022 prosecutors charged him": a year opening the clause, as a weekday does
        if (before is not None and before not in _OPENERS and before not in _BLAMING) or (i > 0 and i - 1 in taken):
            k += 1
            continue
        # the plural head of a longer noun phrase ("police stations", "soldiers' families") is not an agent
        if k + 1 < len(toks) and (lower[k + 1] in ("'", "’", "'s", "’s") or (toks[k + 1].text.isalpha()
                                  and lower[k + 1].endswith(("s", "station")) and lower[k + 1] in _NOUN_TAILS)):
            k += 1
            continue
        if i > 0 and lower[i - 1] == "," and _CLOSING_SAID.match(sent.text[toks[k].end - sent.start :]):
            k += 1  # "..., security officials said.": only the source of the sentence
            continue
        if _PASSIVE.match(" ".join(lower[k + 1 : k + 4])):
            k += 1  # "denied that troops had been moved": the troops undergo, they do not act for the state
            continue
        country = _place_country(sent, toks, lower, k, ms, lex)
        end = k + 1
        if not country and k + 2 < len(toks) and lower[k + 1] in _PLACE_PREPS and toks[k + 2].is_cap:
            end = k + 2  # "police in Tromsø charged ...": the town is part of the agent, so it stays the subject
            while end < len(toks) and toks[end].is_cap and toks[end].text.isalpha() and end not in taken:
                end += 1
        if country:
            m = span_mention(sent, i, end, country, "Country", "state-agent")
        else:
            m = span_mention(sent, i, end, "", None, "state-agent")
            m.name = m.surface
        out.append(m)
        taken.update(range(i, end))
        k = end
    return out


def _agent_end(lower: list[str], j: int) -> int:
    """The end of the agent phrase a capitalised opener may begin: "State security officers" runs on over
    lower-case modifiers to the agent noun ("State" alone is no name of its own)."""
    k = j
    while k < len(lower) and lower[k] in _MODIFIERS and k - j < 3:
        k += 1
    return k + 1 if k < len(lower) and lower[k] in _AGENTS | _FORCES else j


def _agent_words(words: list[str]) -> bool:
    return bool(words) and (words[-1] in _AGENTS or words[-1] in _FORCES) and all(w in _MODIFIERS for w in words[:-1])


def place_weight(sent: Sentence, m: Mention, lex: Lexicon) -> int:
    """How much a country mention says events take place in it: 2 when its name or capital follows a
    preposition of place ("in Pakistan's Balochistan province", "near Kathmandu") or its capital is a modifier
    ("Mogadishu's hotels", "a Mogadishu court"); -1 when it is the venue of a meeting ("talks in Oslo", "a summit
    in Doha"), which names no state acting; else 0 (a capital standing for the government: "Washington says")."""
    if m.kind != "Country" or m.via != "country":
        return 0
    toks = sent.tokens
    if m.i > 0 and toks[m.i - 1].lower in _SCENE_PREPS:
        left = sent.text[max(0, toks[m.i - 1].start - sent.start - 40) : toks[m.i - 1].start - sent.start]
        return -1 if _VENUE_BEFORE.search(left) else 0 if sent.headline else 2
    if sent.headline:  # sentence-case headlines: "Moscow denies role" is no modifier
        return 0
    form = lex.countries.get(tuple(t.text for t in toks[m.i : m.j]))
    after = toks[m.j] if m.j < len(toks) else None
    return 2 if form is not None and form.role == "seat" and after is not None and (
        after.text in ("'s", "’s") or (after.text.isalpha() and after.text.islower() and after.lower not in _VERBISH)) \
        else 0


_SCENE_PREPS = frozenset("in near at inside outside into across around".split())
_VENUE_BEFORE = re.compile(r"\b(?:talks|negotiations|summit|meeting|meetings|conference|consultations|round|met|meet|"
                           r"meets|gathered|convened|hosted|signed|ceremony|forum|visit)\b(?:\s+[\w\-]+){0,2}\s*$", re.I)
_VERBISH = frozenset("and or has had have is was are were will would could should may might said says did does "
                     "to of on in for with by at from as that which who".split())


def scene_country(table: EntityTable, counts: Counter[str], scene: Counter[str]) -> str | None:
    """The state a bare agent acts for when nothing in its sentence says: the country talked about so far,
    with places in it (its capital, "in X") weighing double, so a foreign power that only acts on the
    country ("the United States designated ...") is not taken for the one whose police act, and the venue
    of talks not at all (``scene`` holds the summed ``place_weight``)."""
    ranked = [(counts[e.key] + scene[e.key], -e.first, e.key) for e in table.of_kind("Country") if counts[e.key]]
    return max(ranked)[2] if ranked else None


_CLOSING_SAID = re.compile(r"^\s*(?:said|says|say|told\s+\w+)\s*[.!?\"”’']*\s*$")
_PASSIVE = re.compile(r"(?:(?:had|have|has) been|were|was|are|is|being|(?:are|were) being) \w+ed\b")
_NOUN_TAILS = frozenset("stations posts chiefs headquarters officers barracks units commanders".split())


def _place_country(sent: Sentence, toks, lower: list[str], k: int, ms: list[Mention],  # type: ignore[no-untyped-def]
                   lex: Lexicon) -> str | None:
    """ "police in Dhaka" / "In neighbouring Nigeria, police ...": the country the place phrase names."""
    if k + 2 < len(toks) and lower[k + 1] in _PLACE_PREPS:
        found = lex.country_at([t.text for t in toks], k + 2)
        if found:
            return found[1].country
    return _opening_place(lower, ms, k)


def _opening_place(lower: list[str], ms: list[Mention], k: int) -> str | None:
    """ "In neighbouring Nigeria, police ...": the country a sentence-opening place phrase before token ``k`` names."""
    first = ms[0] if ms else None
    if lower[0] == "in" and first is not None and first.kind == "Country" and first.i <= 2 and first.j < k \
            and "," in lower[first.j : k]:
        return first.name
    return None


_OTHER_CLAUSE = frozenset("said says say told that who which whose where".split())
_SEAT_AFTER = re.compile(r"^\s+(?:in|at)\s+(?P<place>[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,2})")


def government_in_seat(sent: Sentence, m: Mention, lex: Lexicon, before: list[Mention]) -> str | None:
    """ "the government in Kinshasa", "the authorities in Tehran", "In Washington, a judge ordered the
    administration to ...": the state whose capital (or own name) the place phrase right after the anaphor, or
    the one the sentence opens with, gives, as a country name (``before``: the sentence's mentions before it)."""
    hit = _SEAT_AFTER.match(sent.text[m.end - sent.start :])
    if hit is None:  # (not in a reported or relative clause: "In London, an exile said the government was ...")
        lower = [t.lower for t in sent.tokens]
        return None if _OTHER_CLAUSE.intersection(lower[: m.i]) else _opening_place(lower, before, m.i)
    words = hit.group("place").split()
    form = lex.country_at(words, 0)
    return form[1].country if form is not None and form[0] == len(words) and form[1].role != "demonym" else None


def agent_state(table: EntityTable, counts: Counter[str], scene: Counter[str]) -> str | None:
    """The state bare police, prosecutors or soldiers act for when their sentence names none: the one the
    dateline files the story from, once the text has named it ("SAN SALVADOR - ... Police arrested 41 gang
    members", though the story is about a deal with a foreign power named more often), else ``scene_country``."""
    return table.home if table.home and counts[table.home] else scene_country(table, counts, scene)


def resolve_state(table: EntityTable, m: Mention, counts: Counter[str], scene: Counter[str],
                  history: list[tuple[Sentence, list[Mention]]], titled: bool = False) -> str | None:
    """The state "the government", "the authorities" or a bare agent ("Police ...") stands for: that of a
    leader named in the previous sentence ("Mozambican President X replaced ... . Y accused the government"),
    else, for an agent, the story's own state (``agent_state``), else the country most talked about, the one the
    article's first sentence opens with counting double. ``titled``: the word heads a post ("Government
    spokesman X said"), which, like a bare agent's, is the story's own state (``agent_state``)."""
    prev = history[-1][1] if history else []
    leader = next((p for p in reversed(prev) if p.kind == "Person" and p.title and p.title.leader
                   and not p.title.rank and p.country), None)
    if leader is not None and leader.country:
        return table.add(leader.country, "Country", m.start).key
    known = _known_leader(table, prev)
    if known is not None:  # "Osei has said ..." after "Ghanaian President Kwame Osei" earlier
        return known
    if m.via == "state-agent" or titled:
        return agent_state(table, counts, scene)
    lead = _lead_subject(history)
    ranked = [(counts[e.key] + (2 if e.key == lead else 0) + (2 if e.key == table.home else 0), -e.first, e.key)
              for e in table.of_kind("Country") if counts[e.key]]
    return max(ranked)[2] if ranked else None


def _known_leader(table: EntityTable, mentions: list[Mention]) -> str | None:
    """The state of a leader named in these mentions by surname only, introduced with title and country before."""
    for p in reversed(mentions):
        ent = table.entities.get(p.entity or "")
        if ent is not None and ent.kind == "Person" and ent.leader and ent.country and ent.country in table.entities:
            return ent.country
    return None


def _lead_subject(history: list[tuple[Sentence, list[Mention]]]) -> str | None:
    """The country the article's first sentence opens with ("Bangladesh's interim government on Thursday
    sent India ..."): what the article is about, ahead of a neighbour named as often."""
    first = next(((s, ms) for s, ms in history if not s.headline), None)
    if first is None or not first[1]:
        return None
    m = first[1][0]
    return m.entity if m.kind == "Country" and m.start - first[0].start < 5 else None


_COUNTRY_HEADS = frozenset("nation country kingdom emirate republic state".split())
_ANY_COUNTRY_HEAD = re.compile(r"\b(?:" + "|".join(sorted(_COUNTRY_HEADS)) + r")\b")
_GENERIC_COUNTRY_ADJ = frozenset("whole entire same other two both neighbouring neighboring".split())


def link_country_descriptions(sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    """ "accused Vanuatu of backing the rebels, a charge the Pacific nation rejects": "the <adjective> nation
    (country, kingdom ...)" is the country named last before it, in its sentence or the one before."""
    prev: list[Mention] = []
    for sent, ms in zip(sentences, mentions, strict=True):
        if sent.headline or not has_word(sent, _COUNTRY_HEADS) or not _ANY_COUNTRY_HEAD.search(sent.text):
            prev = ms
            continue
        toks = sent.tokens
        lower = [t.lower for t in toks]
        taken = covered_tokens(ms)
        added: list[Mention] = []
        for k in range(2, len(toks)):
            if lower[k] not in _COUNTRY_HEADS or toks[k].is_cap or k in taken:
                continue
            i = k - 1
            while i > 0 and k - i <= 2 and lower[i] != "the" and toks[i].text.isalpha() and i not in taken:
                i -= 1
            if lower[i] != "the" or i == k - 1 or any(lower[x] in _GENERIC_COUNTRY_ADJ for x in range(i + 1, k)):
                continue
            before = [m for m in prev + ms if m.kind == "Country" and m.entity and m.start < toks[i].start]
            if not before:
                continue
            added.append(span_mention(sent, i, k + 1, before[-1].name, "Country", "country-description",
                                      entity=before[-1].entity))
        insert_mentions(ms, added)
        prev = ms
