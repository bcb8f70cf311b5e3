"""Name matching for entity resolution: is this news name the same actor as that list entry?

People: OFAC writes "RODRIGUEZ GOMEZ, Delcy Eloina" (surnames, given names), news writes "Delcy Rodríguez"
(first given name + paternal surname). A person name matches a list entry when every token of the shorter
name is found in the list name (accent- and case-insensitive, transliteration-tolerant), its first token is
the entry's first given name and it contains the entry's first surname. That keeps Delcy, Caryslia and Jorge
Rodríguez apart, and "Nicolás Maduro Guerra" away from "MADURO MOROS, Nicolas". When a short name fits
several entries ("Nicolás Maduro" fits MADURO MOROS, Nicolas and MADURO GUERRA, Nicolas Ernesto) the entry
it covers best wins, and only by a clear margin; otherwise nothing is merged.

Organisations: exact normalised name or alias, or a near-identical name once legal forms and stop words are
removed (token-sort ratio >= 92). Short names and acronyms must match exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from actorgraph.graph.model import display_person_name, normalize_name

PERSON_TOKEN_RATIO = 88.0
EXACT_ALIAS = 90.0
WEAK_ALIAS = 50.0
WEAK_ALIAS_REASON = "same as weak alias"
ALIAS_PENALTY = 45.0
ORG_RATIO = 92.0
MIN_FUZZY_TOKEN = 5
STOP_WORDS = frozenset("""
a al de del der di do dos da das du e el la las le les los of the y and van von bin ibn
""".split())
LEGAL_FORMS = frozenset("""
sa ca llc ltd limited inc co corp corporation company gmbh ag plc jsc ojsc pjsc cjsc ooo oao zao srl sas
bv nv spa sl cv de
""".split())
COMPATIBLE_KINDS = {
    "Person": {"Person"},
    "Organization": {"Organization", "Group"},
    "Group": {"Organization", "Group"},
    "Country": {"Country"},
    "Vessel": {"Vessel"},
    "Aircraft": {"Aircraft"},
}


def kinds_compatible(a: str, b: str) -> bool:
    return b in COMPATIBLE_KINDS.get(a, {a})


def tokens(name: str) -> list[str]:
    return normalize_name(name).split()


def _token_eq(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_FUZZY_TOKEN:
        return False
    return fuzz.ratio(a, b) >= PERSON_TOKEN_RATIO


def _content(name: str) -> tuple[str, ...]:
    return tuple(t for t in tokens(name) if t not in STOP_WORDS)


@dataclass(frozen=True)
class PersonName:
    """A person's name split into given names and surnames (either may be empty when unknown)."""

    given: tuple[str, ...]
    surnames: tuple[str, ...]

    @property
    def all(self) -> tuple[str, ...]:
        return self.given + self.surnames

    @classmethod
    def parse(cls, name: str, given: str | None = None, surnames: str | None = None) -> PersonName:
        """From explicit parts, "SURNAME, Given" list order, or reading order (last token = surname)."""
        if given is not None and surnames is not None:
            return cls(_content(given), _content(surnames))
        if name.count(",") == 1:
            sur, giv = name.split(",")
            return cls(_content(giv), _content(sur))
        toks = [t for t in tokens(name) if t not in STOP_WORDS]
        if len(toks) < 2:
            return cls((), tuple(toks))
        return cls(tuple(toks[:1]), tuple(toks[1:]))


def person_score(short: PersonName, entry: PersonName) -> float:
    """0 when ``short`` cannot be ``entry``; otherwise the share of ``entry``'s tokens it covers (0-100)."""
    if len(short.all) < 2 or not entry.given or not entry.surnames:
        return 0.0
    pool = list(entry.all)
    for tok in short.all:
        hit = next((i for i, t in enumerate(pool) if _token_eq(tok, t)), None)
        if hit is None:
            return 0.0
        pool.pop(hit)
    if not _token_eq(short.all[0], entry.given[0]):
        return 0.0
    if not any(_token_eq(entry.surnames[0], t) for t in short.all[1:]):
        return 0.0
    return 100.0 * len(short.all) / len(entry.all)


def _core(name: str) -> str:
    return " ".join(t for t in tokens(name) if t not in STOP_WORDS and t not in LEGAL_FORMS)


def org_score(a: str, b: str) -> float:
    na, nb = normalize_name(a), normalize_name(b)
    if na == nb:
        return 100.0
    ca, cb = _core(a), _core(b)
    if not ca or not cb or min(len(ca), len(cb)) < 8 or len(ca.split()) < 2:
        return 0.0
    if ca == cb:
        return 99.0
    score = float(fuzz.token_sort_ratio(ca, cb))
    return score if score >= ORG_RATIO else 0.0


@dataclass(frozen=True)
class Candidate:
    """An actor as the resolver sees it: every name it goes by, and its parsed person names."""

    id: str
    kind: str
    names: tuple[str, ...]
    person_names: tuple[PersonName, ...] = ()
    weak: frozenset[str] = frozenset()
    """normalised weak aliases (OFAC's a.k.a. in remarks, FtM weakAlias): they count for less."""

    @classmethod
    def of(cls, id: str, kind: str, name: str, aliases: Iterable[str] = (),
           given: str | None = None, surnames: str | None = None, weak_aliases: Iterable[str] = ()) -> Candidate:
        names = tuple(dict.fromkeys([name, *aliases]))
        people: tuple[PersonName, ...] = ()
        if kind == "Person":
            # aligned with ``names``: person_names[0] is the entry's own name
            people = (PersonName.parse(name, given, surnames), *(PersonName.parse(n) for n in names[1:]))
        return cls(id, kind, names, people, frozenset(normalize_name(w) for w in weak_aliases))

    def blocking_keys(self) -> set[str]:
        """Tokens under which this actor is filed; two actors are compared only if they share one."""
        if self.kind == "Person":
            return {t for p in self.person_names for t in p.surnames[:2]} | {
                t for p in self.person_names for t in p.all if len(p.all) >= 2}
        return {t for n in self.names for t in tokens(n) if t not in STOP_WORDS and t not in LEGAL_FORMS} or {
            normalize_name(n) for n in self.names}


@dataclass(frozen=True)
class Match:
    score: float
    reason: str

    @property
    def weak_alias_only(self) -> bool:
        """The fit is only through a weak a.k.a. (OFAC's remarks, FtM weakAlias)."""
        return self.reason.startswith(WEAK_ALIAS_REASON)


def _best_person(news: Candidate, entries: Sequence[PersonName]) -> tuple[float, str]:
    best = 0.0, ""
    for p in news.person_names:
        for q in entries:
            s = person_score(p, q)
            if s > best[0]:
                best = s, f"person name {' '.join(p.all)!r} ~ {' '.join(q.given)} / {' '.join(q.surnames)}"
    return best


def match(news: Candidate, entry: Candidate) -> Match | None:
    """How well ``news`` (short form, e.g. from an article) fits list ``entry``; None if it does not.

    Scores rank candidates: 100 for the entry's own name; for people the share of the entry's own name
    that the news name covers; a fit through an alias only ranks lower (coverage - ALIAS_PENALTY, or
    EXACT_ALIAS for organisations), through a weak alias lowest (WEAK_ALIAS)."""
    if not kinds_compatible(news.kind, entry.kind):
        return None
    exact = {normalize_name(n) for n in news.names} & {normalize_name(n) for n in entry.names}
    if news.kind == "Person":
        exact = {n for n in exact if len(n.split()) >= 2}
    primary = {normalize_name(entry.names[0])}
    if entry.kind == "Person":
        primary.add(normalize_name(display_person_name(entry.names[0])))
    if exact & primary:
        return Match(100.0, f"same normalised name {sorted(exact & primary)[0]!r}")
    weak = (WEAK_ALIAS, f"{WEAK_ALIAS_REASON} {sorted(exact)[0]!r}") if exact and exact <= entry.weak else (0.0, "")
    if news.kind == "Person":
        own = _best_person(news, entry.person_names[:1])
        if own[0]:
            return Match(round(own[0], 1), own[1])
        strong = [q for n, q in zip(entry.names[1:], entry.person_names[1:], strict=False)
                  if normalize_name(n) not in entry.weak]
        via_alias = _best_person(news, strong)
        if via_alias[0]:
            return Match(round(via_alias[0] - ALIAS_PENALTY, 1), via_alias[1] + " (an alias)")
        return Match(*weak) if weak[0] else None
    if exact - entry.weak:
        return Match(EXACT_ALIAS, f"same as alias {sorted(exact - entry.weak)[0]!r}")
    best_org = max(((org_score(a, b), a, b) for a in news.names for b in entry.names
                    if normalize_name(b) not in entry.weak), default=(0.0, "", ""))
    if best_org[0]:
        return Match(best_org[0], f"organisation name {best_org[1]!r} ~ {best_org[2]!r}")
    return Match(*weak) if weak[0] else None


MARGIN = 10.0


def ranked_matches(news: Candidate, entries: Sequence[Candidate]) -> list[tuple[Candidate, Match]]:
    """Every entry ``news`` fits, best first."""
    return sorted(((e, m) for e in entries if (m := match(news, e))), key=lambda em: -em[1].score)


def contenders(ranked: list[tuple[Candidate, Match]]) -> list[tuple[Candidate, Match]]:
    """The entries within MARGIN of the best: one means a clear winner, more means ambiguity."""
    return [(e, m) for e, m in ranked if ranked[0][1].score - m.score < MARGIN] if ranked else []


def best_match(news: Candidate, entries: Sequence[Candidate]) -> tuple[Candidate, Match] | None:
    """The one entry ``news`` fits best, if it beats the runner-up by MARGIN; ambiguity gives None."""
    top = contenders(ranked_matches(news, entries))
    return top[0] if len(top) == 1 else None
