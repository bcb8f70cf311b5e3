"""Where a capitalised name run ends ("the Farmers' Union", "Commission on Human Rights", "X and Y (XY)"),
and unnamed cause groups ("Human rights groups") found before any name."""

from __future__ import annotations

import re
from typing import Final

from actorgraph.loaders.extractor.collective import NAME_WORD
from actorgraph.loaders.extractor.dates import DATE_WORDS, WEEKDAYS
from actorgraph.loaders.extractor.lexicon import Lexicon
from actorgraph.loaders.extractor.portfolios import joined_portfolio_end
from actorgraph.loaders.extractor.text import INITIAL

ACRONYM: Final = re.compile(r"^(?:[A-Z]{2,8}(?:-[A-Z]{1,4})?|(?:[A-Z]\.){2,})$")  # "UN", "MINUSCA", "U.S."
PARTICLE: Final = re.compile(r"^(?:al|el|ul|bin|ibn|abu|de|da|van|von)-[A-ZÀ-Ý]")
_CODE_WORD: Final = re.compile(r"\d+[A-Z][\w\-]*")
_BODIES_ON: Final = frozenset("commission committee council conference panel forum convention court group".split())
# "the Committee to Protect Journalists", "the Campaign to Stop Killer Robots": a body named for its aim
_BODIES_TO: Final = frozenset("committee campaign coalition movement alliance initiative fund foundation network league "
                       "society association centre center".split())
_OFFICE_NOUNS: Final = frozenset("office department bureau chambers secretariat".split())
_PLURAL_OWNERS: Final = frozenset("people children women men fishermen seamen servicemen policemen tradesmen craftsmen "
                           "workmen clansmen tribesmen herdsmen".split())


# what, besides capitalised words, digits, hyphened particles and the name connectors, may go on a run
_JOINING_MARKS: Final = frozenset(("&", "'s", "’s", "'", "’"))
_JOINING_WORDS: Final = frozenset(("and", "on", "to"))


CAUSE_WORDS: Final = frozenset({"human", "rights"})  # "aid groups" too often only report what others did
_CAUSE_PLURALS: Final = frozenset("groups organisations organizations agencies activists campaigners monitors defenders "
                           "watchdogs".split())


def cause_groups_end(lower: list[str], i: int) -> int:
    """ "Human rights groups", "rights activists", "rights monitors": the unnamed bodies
    of a cause that speak and act in the news; returns the end of the phrase, or 0."""
    k = i + 1 if lower[i] == "human" and i + 1 < len(lower) and lower[i + 1] == "rights" else i
    if k + 1 < len(lower) and lower[k + 1] in _CAUSE_PLURALS and lower[k] != "human" \
            and not (i > 0 and lower[i - 1] in ("of", "'s", "’s", "the", "a", "an", "its", "their", "his", "her")) \
            and not (k + 2 < len(lower) and lower[k + 2] in ("of", "'", "’")):
        return k + 2
    return 0


def capseq_end(lex: Lexicon, words: list[str], lower: list[str], i: int) -> int:
    n, j = len(words), i + 1
    longest = lex.country_firsts  # the lengths of the country forms each word starts, longest first
    if longest.get(words[i], (1,))[0] > 1 and (c := lex.country_at(words, i)) and c[0] > 1:
        j = i + c[0]  # "Côte d'Ivoire", "Timor-Leste": a country form runs on through its lower-case words
    elif lower[i] == "the" and (c := lex.country_at(words, i + 1)) and c[0] > 1:
        j = i + 1 + c[0]  # "The Trinidad and Tobago Chamber ..." opening the sentence
    while j < n:
        w = words[j]
        if not (w[0].isupper() or w[0].isdigit()) and "-" not in w and w not in _JOINING_MARKS \
                and lower[j] not in _JOINING_WORDS and lower[j] not in lex.connectors:
            break  # the common end of a run: a word or mark that none of the branches below takes
        if w[0].isupper() and longest.get(w, (1,))[0] > 1 and (c := lex.country_at(words, j)) and c[0] > 1:
            j += c[0]  # "the Trinidad and Tobago Chamber of ...": a country's form of several words inside the run
        elif (w[0].isupper() or "-" in w and PARTICLE.match(w)) and (NAME_WORD.match(w) or ACRONYM.match(w)):
            j += 1
        elif len(w) == 2 and INITIAL.fullmatch(w) and j + 1 < n and words[j + 1][0].isupper() and NAME_WORD.match(words[j + 1]) \
                and lower[j + 1] not in lex.function_words:
            j += 1  # "Alan J. Pryce": a middle initial inside a person's name
        elif w == "&" and j + 1 < n and words[j + 1][:1].isupper() and (NAME_WORD.match(words[j + 1])
                                                                      or ACRONYM.match(words[j + 1])):
            j += 1  # "Procter & Gamble", "AT&T": an ampersand joins the parts of a firm's name
        elif w[0].isdigit() and _CODE_WORD.fullmatch(w):
            j += 1  # "Movimiento 27N-Sur": a date or number written as part of the name
        elif w in ("'s", "’s") and lower[j - 1] in _PLURAL_OWNERS and j + 1 < n and words[j + 1][0].isupper():
            j += 1  # "People's Party", "the Fishermen's Association", "Women's League": a plural possessive
        elif w in ("'s", "’s") and j + 1 < n and lower[j + 1] in _OFFICE_NOUNS and words[j + 1][:1].isupper() \
                and not ((c := lex.country_at(words, i)) and i + c[0] == j) \
                and not set(lower[i:j]) & lex.organization_cues:
            j += 1  # "the Special Prosecutor's Office", "the Ombudsman's Office": one body (not "Kenya's Office", nor
            # "the Treasury's Office of Foreign Assets Control": a body's own office, a body of its own)
        elif w in ("'", "’") and lower[j - 1].endswith("s") and j + 1 < n and words[j + 1][:1].isupper():
            j += 1  # "the Farmers' Union": a plural possessive inside the name
        elif lower[j] == "on" and lower[j - 1] in _BODIES_ON and j + 1 < n and words[j + 1][:1].isupper() \
                and NAME_WORD.match(words[j + 1]) and lower[j + 1] not in DATE_WORDS:
            j += 1  # "the Commission on Human Rights", "Council on Foreign Relations": one name
            # (but "the Supreme Court on Tuesday ruled": a date follows the name)
        elif lower[j] == "to" and lower[j - 1] in _BODIES_TO and j + 1 < n and words[j + 1][:1].isupper() \
                and NAME_WORD.match(words[j + 1]) and lower[j + 1] not in DATE_WORDS:
            j += 1  # "the Committee to Protect Journalists": the aim is part of the name
        elif lower[j] == "and" and (k := _joined_by_acronym(lex, words, lower, i, j)):
            j = k  # "African Union Support and Stabilization Mission (AUSSOM)": one name, as its acronym shows
        elif lower[j] == "and" and (k := _joined_by_cue(lex, words, lower, i, j)):
            j = k  # "Justice and Development Party", "Oil and Gas Workers' Union": the cue ends both halves
        elif lower[j] == "and" and (k := joined_portfolio_end(words, lower, i, j)):
            j = k  # "the Ministry of Energy and Mines", "the Ministry of Foreign Affairs and International Cooperation"
        elif lower[j] in lex.connectors and lower[j] != "and":
            if lower[j] in ("of", "for", "against") and (c := lex.country_at(words, i)) and i + c[0] == j \
                    and c[1].role in ("name", "seat"):
                break  # "extradited to the United States of Ana Ruiz", "a warrant issued by Peru for Ana Ruiz": a
                #   country, then whom
            k = j
            while k < n and (lower[k] in lex.connectors and lower[k] != "and"
                             or lower[k] in ("a", "an") and lower[k - 1] == "for"):  # "Campaign for a Free Press"
                k += 1
            if k < n and words[k][0].isupper() and NAME_WORD.match(words[k]) and k - j <= 2 \
                    and lower[k] not in DATE_WORDS:  # ("a protest in Tacna for Wednesday": a date, not a name's part)
                j = k
                if (c := lex.country_at(words, k)) and c[0] > 1:
                    j = k + c[0]  # "the Democratic Party of Côte d'Ivoire": the country's whole form
            else:
                break
        else:
            break
    while j - 1 > i and lower[j - 1] in WEEKDAYS:
        j -= 1  # "met President Luis Quispe Tuesday", "held talks with Peru Tuesday": the wires' bare weekday
    return j


_JOINABLE_CUES: Final = frozenset("party union front movement association federation council committee commission "
                           "alliance coalition league society foundation institute centre center company corporation "
                           "bank authority agency network forum congress".split())


def _joined_by_cue(lex: Lexicon, words: list[str], lower: list[str], i: int, j: int) -> int:
    """The end of the run after "and" at ``j`` when that run ends in an organisation's head noun and the words
    before "and" (at most three) hold no country, acronym or head noun of their own ("the Bar Association and
    Lawyers' Union": two bodies); else 0."""
    n = len(words)
    if j - i > 3 or j + 1 >= n or not words[j + 1][:1].isupper() or not NAME_WORD.match(words[j + 1]):
        return 0
    if any(lower[x] in _JOINABLE_CUES or lex.country_at(words, x) or ACRONYM.match(words[x]) for x in range(i, j)):
        return 0
    k = capseq_end(lex, words, lower, j + 1)
    return k if lower[k - 1] in _JOINABLE_CUES and k - j <= 5 else 0


def _joined_by_acronym(lex: Lexicon, words: list[str], lower: list[str], i: int, j: int) -> int:
    """The end of the run after "and" at ``j`` when an acronym in brackets follows the whole and its
    letters spell the initials of both parts in order; else 0."""
    n = len(words)
    if j + 1 >= n or not words[j + 1][:1].isupper() or not NAME_WORD.match(words[j + 1]):
        return 0
    k = capseq_end(lex, words, lower, j + 1)
    p = k
    if p + 1 < n and lower[p] in ("in", "of", "for") and words[p + 1][:1].isupper():
        p += 1
        while p < n and words[p][:1].isupper() and NAME_WORD.match(words[p]):
            p += 1
    if not (p + 2 < n and words[p] == "(" and ACRONYM.match(words[p + 1]) and words[p + 2] == ")"):
        return 0
    acronym = words[p + 1]
    if spells_initials(lex, acronym, words[i:k]):
        return k
    # initials in the body's own language ("the Front for Unity and Concord in X (FUCT)" after a French name):
    # the acronym still opens with the name's first letter and holds the first letter of the part after "and"
    first = next((w for w in words[i:j] if w.lower() not in lex.function_words), words[i])  # not "The"
    return k if len(acronym) >= 4 and acronym[0] == first[0] and words[j + 1][0] in acronym[1:] else 0


def spells_initials(lex: Lexicon, acronym: str, name_words: list[str]) -> bool:
    """Whether ``acronym`` begins with the name's first initial and holds every initial of its capitalised
    words in order ("RHDP" for "Rally of Houphouëtists for Democracy and Peace")."""
    letters = acronym.replace(".", "")
    initials = [w[0].upper() for w in name_words
                if w[:1].isupper() and w.lower() not in lex.function_words and w.lower() not in lex.connectors]
    pos = 0
    for letter in initials:
        pos = letters.find(letter, pos) + 1
        if pos == 0:
            return False
    return bool(initials) and letters[:1] == initials[0]


def acronym_follows(lex: Lexicon, words: list[str], i: int, j: int) -> bool:
    """ "the Rally of Houphouëtists for Democracy and Peace (RHDP)": the run ``words[i:j]`` is followed by a
    bracketed acronym of its initials, and words joining its parts, which a person's name has not ("Andrés
    Manuel López Obrador (AMLO)")."""
    return j + 2 < len(words) and words[j] == "(" and words[j + 2] == ")" and bool(ACRONYM.match(words[j + 1])) \
        and any(w in lex.connectors for w in words[i + 1 : j - 1]) and spells_initials(lex, words[j + 1], words[i:j])
