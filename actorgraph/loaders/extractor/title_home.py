"""Which state a bare state title belongs to when the sentence says more than the article's main state: the
state the titled speaker says will act ("Foreign Minister X said Rabat reserved the right to respond"); never a
state the sentence sets against the titled person -- one they reject or accuse ("Prime Minister X rejected the
Bulgarian demands"), or the state of a visitor beside them ("President X and visiting US envoy Y signed ...") --
in which case the article's other main state, when one clearly leads."""

from __future__ import annotations

import re

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractor.coref import EntityTable
from actorgraph.loaders.extractor.lexicon import Lexicon
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence
from actorgraph.loaders.extractor.title_states import set_against

# "said Rabat reserved the right", "said Tokyo would coordinate": what the speaker's own state will do (not
#   "said Minsk was waging a hybrid attack", "said New Delhi had not replied": what the other side did)
_SPEAKS_FOR = re.compile(r"\s*,?\s+(?:(?:also|further|later)\s+)?(?:said|says|told\s+[\w\s]{1,25}?|added|insisted|stressed)"
                         r"\s+(?:that\s+)?(?:the\s+)?$", re.I)
_OWN_INTENT = re.compile(r"^\s+(?:would|will|shall|reserved|reserves|remained\s+(?:ready|willing|open|committed)|"
                         r"remains\s+(?:ready|willing|open|committed)|(?:was|is)\s+(?:ready|willing|prepared|open|"
                         r"committed|determined))\b", re.I)
# "rejected the Bulgarian demands", "accused Sofia of ...", "condemned Serbia's decision": set against that state
_TURNED_AGAINST = re.compile(r"\b(?:reject\w*|dismiss\w*|accus\w*|condemn\w*|criticis\w*|criticiz\w*|denounc\w*|"
                             r"protest\w*\s+against|rebuff\w*|snubb?\w*|blam\w*)\s+(?:the\s+)?$", re.I)
US_PARTY_TITLE = re.compile(r"\b(?:Republican|Democratic|Democrat)\s+(?:senator|congressman|congresswoman|"
                            r"representative|lawmaker)$")
# American cabinet titles: "Secretary of X" without "for" (Britain's are "Secretary of State for X")
US_CABINET_TITLE = re.compile(r"^secretary of (?:state|defense|the treasury|homeland security|the army|the navy|"
                              r"the air force|war)$", re.I)
_VISITING = re.compile(r"\bvisiting\s+(?:[\w\-.]+\s+){0,6}$", re.I)


def spoken_for(sent: Sentence, ms: list[Mention], person: Mention) -> str | None:
    """The state (or its capital) the titled ``person`` says will act, as entity key."""
    text, base = sent.text, sent.start
    for m in ms:
        gap = text[person.end - base : m.start - base]
        if m.kind == "Country" and m.entity and m.start > person.end and m.via != "demonym" and len(gap) < 200 \
                and ";" not in gap and _SPEAKS_FOR.search(gap) and _OWN_INTENT.match(text[m.end - base :]):
            return m.entity
    return None


def bare_title_state(sent: Sentence, ms: list[Mention], person: Mention, home: str | None, table: EntityTable | None,
                     lex: Lexicon) -> str | None:
    """The state of ``person``'s bare state title: the one they speak for, else the article's main state unless
    the sentence sets it against them, else then the article's other main state (if not set against them too)."""
    own = spoken_for(sent, ms, person)
    if own or home is None:
        return own
    text, base = sent.text, sent.start

    def against(state: str) -> bool:
        return set_against(text, base, ms, person, state) or turned_against(sent, ms, person, state, lex) \
            or any(p is not person and p.country and f"Country:{normalize_name(p.country)}" == state
                   and visiting(sent, p) for p in ms)  # "President X and visiting US envoy Y": X is not American

    if not against(home):
        return home
    alt = other_state(table, home, person)
    return alt if alt and not against(alt) else None


def turned_against(sent: Sentence, ms: list[Mention], person: Mention, state: str, lex: Lexicon) -> bool:
    """The titled ``person`` rejects or accuses ``state`` in this sentence, by name, capital or demonym."""
    text, base = sent.text, sent.start
    after = [m for m in ms if m.start > person.end]
    if any(m.entity == state and _TURNED_AGAINST.search(text[max(person.end, m.start - 40) - base : m.start - base])
           for m in after):
        return True
    words = [t.text for t in sent.tokens]
    for i, tok in enumerate(sent.tokens):
        if tok.start <= person.end:
            continue
        hit = lex.country_at(words, i)
        if hit and hit[1].role == "demonym" and f"Country:{normalize_name(hit[1].country)}" == state \
                and _TURNED_AGAINST.search(text[max(person.end, tok.start - 40) - base : tok.start - base]):
            return True
    return False


def other_state(table: EntityTable | None, home: str, person: Mention) -> str | None:
    """The article's most named state after ``home``, for a bare title the sentence sets against ``home`` (when
    one clearly leads the rest)."""
    if table is None:
        return None
    states = sorted((e for e in table.of_kind("Country") if e.key != home and e.count > 0),
                    key=lambda e: (-e.count, e.first))
    if not states or (len(states) > 1 and states[1].count == states[0].count):
        return None
    return states[0].key


def visiting(sent: Sentence, m: Mention) -> bool:
    """ "visiting US Deputy Secretary of Defense X": a guest, whose state is not the host's."""
    start = sent.tokens[m.title_i].start if m.title_i is not None else m.start
    return bool(_VISITING.search(sent.text[max(0, start - sent.start - 40) : start - sent.start]))
