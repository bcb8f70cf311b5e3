"""Names before resolution: every full name registered longest first (so short forms find them), acronyms
declared after a name, and one-word names that keep acting (an organisation, not a place)."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import ACTOR_KINDS
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import Entity, EntityTable

_CONNECTOR_WORDS = frozenset("of the de del la los las du des da dos al el bin ibn van von der y e le for and pour".split())


def _whole_surname(name: str, toks: tuple[str, ...]) -> bool:
    """Whether a one-word short form is a whole word of ``name``, not part of a hyphenated one ("Magbanua" of
    "Rodolfo Magbanua", not of "Isabel Magbanua-Cruz")."""
    return any(normalize_name(w) == toks[0] for w in name.split())


def contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[k : k + n] == shorter for k in range(len(longer) - n + 1))


# the organs of a body, named after it: "the African Union Commission", "the Council of the European Union"
_ORGANS = frozenset("commission council court parliament secretariat assembly committee summit".split())


def organ_of(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether the longer name is an organ of the body the shorter one names ("african union commission",
    "council of the european union", "court of justice of the european union" against "african union", "european
    union"): two actors, not a name and its short form."""
    n = len(shorter)
    if longer[:n] == shorter and len(longer) > n and longer[-1] in _ORGANS:
        return True
    if len(longer) > n and longer[-n:] == shorter:
        rest = longer[:-n]
        rest = rest[:-1] if rest[-1] == "the" else rest
        return len(rest) >= 2 and rest[-1] == "of" and any(w in _ORGANS for w in rest[:-1])
    return False


def initials(tokens: tuple[str, ...]) -> str:
    return "".join(t[0] for t in tokens if t not in _CONNECTOR_WORDS)


def abbreviates(acronym: str, tokens: tuple[str, ...]) -> bool:
    """Whether the (normalised) acronym is the initials of a name, without its small words or with them all
    ("ecowas": the Economic Community of West African States)."""
    return len(tokens) >= 2 and acronym in (initials(tokens), "".join(t[0] for t in tokens))


def abbreviates_qualifier(acronym: str, name: str) -> bool:
    """ "uml" for "Communist Party of Nepal (Unified Marxist–Leninist)": the initials of the bracketed qualifier
    that tells a party from its namesakes (three letters at least)."""
    if len(acronym) < 3 or not name.endswith(")") or "(" not in name:
        return False
    return abbreviates(acronym, tuple(normalize_name(name[name.rindex("(") + 1 : -1]).split()))


_DECLARES_ACRONYM = re.compile(r"(?:\s+(?:in|of|for|on)\s+(?:the\s+)?[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,2})?"
                               r"(?:\s*\(|,\s+(?:or|known as|also known as)\s+(?:the\s+)?)")


# the rest of a name the run stopped short of, before its bracketed acronym: "Tehrik-e-Taliban Pakistan (TTP)" (a
#   country word), "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)" (a particle joined to a capitalised word)
_NAME_REST = re.compile(r"((?:\s+(?:[A-Z][\w’']*|[a-z]{1,3}-[A-Z][\w’']*)){1,2})\s*\(")
_NAME_PARTS = re.compile(r"[^\s\-]+")


def _spells_cut_name(acronym: str, name: str, gap: str) -> str:
    """The words of ``gap`` that the name's run stopped short of (" Pakistan"), when ``acronym`` spells the initials
    of the capitalised parts of ``name`` and those words ("TTP": Tehrik-e-Taliban Pakistan): the same body, its
    name cut; else ""."""
    rest = _NAME_REST.fullmatch(gap)
    if rest is None or len(acronym) < 3 or not acronym.isalpha() or not acronym.isupper():
        return ""
    initials = "".join(w[0] for w in _NAME_PARTS.findall(f"{name} {rest.group(1)}") if w[0].isupper())
    return rest.group(1) if initials == acronym else ""


def declared_acronyms(table: EntityTable, sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    """ "the Kurdistan Workers' Party, or PKK" / "... Mission in Somalia (AUSSOM)": the acronym is declared an
    alias of the name right before it, whatever its letters (they often follow another language)."""
    remap: dict[str, str] = {}
    short: dict[str, str] = {}  # a one-word short name given in brackets -> the body it is declared for
    for sent, ms in zip(sentences, mentions, strict=True):
        for k, b in enumerate(ms):
            if b.via == "single" and b.kind is None and k and (named := ms[k - 1]).kind == "Organization" \
                    and named.entity and _bracketed(sent.text, named.end - sent.start, b.start - sent.start, b.end - sent.start):
                short.setdefault(b.name, named.entity)  # "the Optimist Party for ... (Podemos)", "... Party (Bersatu)"
            if b.via != "acronym" or not b.entity:
                continue
            a = next((x for x in reversed(ms[:k]) if x.kind != "Country"), None)  # "... Mission in Somalia (X)"
            gap = sent.text[a.end - sent.start : b.start - sent.start] if a is not None else ""
            if a is not None and a.kind is None and a.via == "single" and b.entity not in remap \
                    and (rest := _spells_cut_name(b.surface, a.surface, gap)):
                # "Tehrik-e-Taliban Pakistan (TTP)": a one-word run not yet read, whose cut name the acronym spells
                a.kind, a.entity = "Organization", table.add(a.surface + rest, "Organization", a.start).key
            if a is not None and a.kind == "Organization" and a.entity and a.entity != b.entity \
                    and (_DECLARES_ACRONYM.fullmatch(gap) or _spells_cut_name(b.surface, a.surface, gap)):
                remap.setdefault(b.entity, a.entity)
    for ms in mentions:
        for m in ms:
            if m.via == "single" and m.kind is None and m.name in short:
                m.kind, m.entity = "Organization", short[m.name]
                table.entities[m.entity].aliases.add(m.surface)
            elif m.entity in remap:
                m.entity = remap[m.entity]
                table.entities[m.entity].aliases.add(m.surface)


def _bracketed(text: str, name_end: int, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` stands alone in brackets right after the name ending at ``name_end``."""
    return text[name_end:start].strip() == "(" and text[end : end + 1] == ")"


_ACTING_BODY = (r"(?:(?:armed|security|regional|local)\s+)?(?:forces|fighters|troops|militias?|leader|leadership|government|"
                r"administration|authorities|spokes(?:man|woman|person))\b")

_PLACE_NOUN = r"(?:province|region|district|county|prefecture|governorate|municipality|territory|valley|highlands)\b"


_PLACE_PREPOSITION = re.compile(r"\b(?:in|near|at|into|across|outside|inside|around|through|on|of|"
                                r"(?:road|roads|route|routes|highway|flights?|ferry|ferries|journey|trip)\s+to)\s+((?:the\s+)?)")
_ACTING_AFTER = re.compile(rf"(['’]s)?\s+{_ACTING_BODY}")
_PLACE_NOUN_AFTER = re.compile(rf"\s+{_PLACE_NOUN}")


def _word_char(ch: str) -> bool:
    """What the regex ``\\w`` matches (an empty string, the edge of the text, is no word character)."""
    return ch.isalnum() or ch == "_"


def _names_at(body: str, pos: int, by_length: dict[int, set[str]]) -> set[str]:
    """The names that start at ``pos`` and end at a word boundary (as ``NAME\\b`` would match there)."""
    found = set()
    for n, names in by_length.items():
        word = body[pos : pos + n]
        after = body[pos + n] if pos + n < len(body) else ""
        if word in names and _word_char(after) != _word_char(word[-1]):
            found.add(word)
    return found


def _names_ending(body: str, end: int, by_length: dict[int, set[str]]) -> set[str]:
    """The names that end at ``end`` and start at a word boundary (as ``\\bNAME`` would match there)."""
    found = set()
    for n, names in by_length.items():
        start = end - n
        word = body[max(start, 0) : end]
        before = body[start - 1] if start > 0 else ""
        if start >= 0 and word in names and _word_char(before) != _word_char(word[0]):
            found.add(word)
    return found


def recurring_names(sentences: list[Sentence], mentions: list[list[Mention]]) -> set[str]:
    """One-word capitalised names seen at least twice in the body and never after a preposition of place, or with
    forces or a leader of their own ("X's leader", "X forces"), and never before a place noun ("X province")."""
    seen = Counter(m.name for sent, ms in zip(sentences, mentions, strict=True) if not sent.headline
                   for m in ms if m.via == "single" and m.kind is None)
    candidates = [name for name, n in seen.items() if n >= 2]
    if not candidates:
        return set()
    return names_acting_as_bodies(" ".join(s.text for s in sentences if not s.headline), candidates)


def names_acting_as_bodies(body: str, candidates: list[str]) -> set[str]:
    """The candidate names never after a preposition of place unless with forces or a leader of their own, and
    never before a place noun. One pass over the body per context, looking up the names at each match, so long
    documents stay linear (a search per name was quadratic)."""
    by_length: dict[int, set[str]] = {}
    for name in candidates:
        by_length.setdefault(len(name), set()).add(name)
    after_place, acting, before_place_noun = set(), set(), set()
    for m in _PLACE_PREPOSITION.finditer(body):
        after_place |= _names_at(body, m.end(), by_length)
        if m.group(1):  # "in the X" also tried as "in X", as the optional article would be
            after_place |= _names_at(body, m.start(1), by_length)
    for m in _ACTING_AFTER.finditer(body):
        acting |= _names_ending(body, m.start(), by_length)
        if m.group(1):  # a name that itself ends in "'s"
            acting |= _names_ending(body, m.start() + len(m.group(1)), by_length)
    for m in _PLACE_NOUN_AFTER.finditer(body):
        before_place_noun |= _names_ending(body, m.start(), by_length)
    return {name for name in candidates
            if (name not in after_place or name in acting) and name not in before_place_noun}


def short_form_of(table: EntityTable, word: str) -> Entity | None:
    """The one organisation whose longer name a one-word name is the head of ("Commission" for "European
    Commission")."""
    heads = [e for e in table.of_kind("Organization") if len(e.tokens) >= 2 and e.tokens[-1] == word]
    return heads[0] if len(heads) == 1 else None


def merge_singular_names(table: EntityTable, mentions: list[list[Mention]]) -> None:
    """ "the Houthi movement", "a Houthi spokesman" and "the Houthis": a movement named by its singular and its
    plural is one organisation, under its plural name."""
    plurals = {e.tokens[0]: e for e in table.of_kind("Organization") if len(e.tokens) == 1}
    remap = {e.key: plurals[e.tokens[0] + "s"] for e in plurals.values() if e.tokens[0] + "s" in plurals}
    for ms in mentions:
        for m in ms:
            if m.entity in remap:
                plural = remap[m.entity]
                m.entity = plural.key
                plural.aliases.add(m.surface)
    for key, plural in remap.items():
        single = table.entities[key]
        plural.count, single.count = plural.count + single.count, 0
        plural.first = min(plural.first, single.first)


def register_names(table: EntityTable, mentions: list[list[Mention]]) -> None:
    """First pass: every full name in the document, longest first, so short forms find them."""
    named = [m for ms in mentions for m in ms if m.kind in ACTOR_KINDS]
    org_full_names = {m.name for m in named if m.kind == "Organization" and " " in m.name}
    for m in named:  # "the mining subsidiary, Uranium One Andina ... Uranium One Andina is not": a body both times
        if m.kind == "Person" and m.via == "name" and m.title is None and m.name in org_full_names:
            m.kind = "Organization"
    org_names: dict[tuple[str, ...], str] = {}  # first two tokens of each organisation's name -> its key
    for m in sorted(named, key=lambda m: -len(m.name)):
        toks = tuple(normalize_name(m.name).split())
        target = None
        if m.kind in ("Person", "Organization"):
            initialism = m.kind == "Organization" and (m.via == "acronym" or len(toks) == 1 and m.name.isupper())
            for e in table.of_kind(m.kind):
                if (len(toks) >= 2 or m.kind == "Person") and contains(e.tokens, toks) \
                        and not (m.kind == "Organization" and organ_of(e.tokens, toks)):
                    if target is None or not _whole_surname(target.name, toks):
                        target = e  # "Magbanua": Rodolfo Magbanua, not Isabel Magbanua-Cruz registered before him
                    if m.kind != "Person" or len(toks) != 1 or "-" not in e.name or _whole_surname(e.name, toks):
                        break
                    continue
                if initialism and (abbreviates(toks[0], e.tokens) or abbreviates_qualifier(toks[0], e.name)):
                    # also "CSTO Secretary-General X" (a remit's initials); "UML" for "... (Unified Marxist-Leninist)"
                    target = e
                    break
            if target is None and m.kind == "Organization" and len(toks) == 1 and not initialism:
                target = short_form_of(table, toks[0])  # "the Commission" after "the European Commission"
            if target is None and m.kind == "Person" and m.title is None and len(toks) >= 2:
                # "Panama Ports rejected ..." after "Panama Ports Company": the organisation's short form
                key = org_names.get(toks[:2]) if len(toks) == 2 else None
                target = table.entities[key] if key else None
                m.kind = m.kind if target is None else "Organization"
        if target is None:
            target = table.add(m.name, m.kind or "", m.start, m.surface)
            if m.kind == "Group" and m.country:
                target.country = f"Country:{normalize_name(m.country)}"
            if m.kind == "Organization" and len(target.tokens) > 2:
                org_names.setdefault(target.tokens[:2], target.key)
        if m.kind == "Person" and m.title is not None and not m.title.rank and target.title is None:
            target.title, target.leader = m.title.text.lower(), m.title.leader
            if m.country:
                target.country = f"Country:{normalize_name(m.country)}"
                target.country_name = m.country
        elif m.surface != target.name:
            target.aliases.add(m.surface)
        m.entity = target.key
