"""Tests on the words around a capitalised run that ``capitalised_runs.classify_run`` asks: a title before
it, a body's naming phrase, bracketed initials after it, quotation marks around it."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.lexicon import Lexicon, TitleInfo
from actorgraph.loaders.extractor.name_runs import ACRONYM as _ACRONYM
from actorgraph.loaders.extractor.text import Sentence

ORG_BEFORE = frozenset("coalition militia group party movement company corporation firm cartel gang network outlet newspaper "
                       "broadcaster agency bank organisation organization faction alliance union subsidiary "
                       "conglomerate lender insurer airline operator charity ngo daily exporter importer producer "
                       "manufacturer maker supplier contractor shipper carrier collective watchdog regulator "
                       "inspectorate station channel magazine website portal weekly tabloid radio society".split())
RANK_ABBREVIATIONS = frozenset("lt gen col maj capt sgt brig adm cmdr cdr maj-gen lt-gen lt-col".split())
HONORIFICS = frozenset("dr mr mrs ms prof".split())  # (and "H.E.", His or Her Excellency)
RANK_PREFIXES = frozenset("rear vice staff master first second command".split())  # "Rear Adm.", "Staff Sgt."


_ALIAS_PHRASES = [tuple(p.split()) for p in ("known by his alias", "known by her alias", "known by the alias",
                                               "known by his nom de guerre", "known by the nom de guerre", "known as",
                                               "also known as", "alias", "nicknamed", "better known as")]
_ALIAS_LAST = frozenset(alias[-1] for alias in _ALIAS_PHRASES)  # the word right before the name
_OPEN_QUOTES = ('"', "“", "‘", "'")
_CLOSE_QUOTES = ('"', "”", "’", "'")


def quoted(sent: Sentence, i: int, j: int) -> bool:
    """The run is exactly what a pair of quotation marks encloses."""
    start, end = sent.tokens[i].start - sent.start, sent.tokens[j - 1].end - sent.start
    return start > 0 and sent.text[start - 1] in _OPEN_QUOTES and sent.text[end : end + 1] in _CLOSE_QUOTES \
        and (start < 2 or not sent.text[start - 2].isalnum())


_BRACKETED_INITIALS = re.compile(r"\s*\(([A-Z]{2,8})\)")


def initials_follow(lex: Lexicon, sent: Sentence, words: list[str], i: int, j: int) -> bool:
    """The run is followed by its initials in brackets: "Chama Cha Mapinduzi (CCM)" names a body."""
    m = _BRACKETED_INITIALS.match(sent.text, sent.tokens[j - 1].end - sent.start)
    if m is None:
        return False
    letters = "".join(w[0] for w in words[i:j] if w.lower() not in lex.connectors).upper()
    every = "".join(w[0] for w in words[i:j]).upper()
    return len(m.group(1)) >= 3 and m.group(1) in (letters, every)  # (two initials are a person's too)


PLACE_HEADS = frozenset("palace prison hotel stadium cathedral mosque square avenue street airport bridge "
                         "dam".split())  # a name ending in one of these is a place whatever cue word it holds


def plural_demonym(lex: Lexicon, word: str) -> bool:
    """ "Bulgarians", "Tajiks": the plural of a demonym names a people, not an actor of its own."""
    if len(word) < 5 or not word.endswith("s") or word.endswith("ss"):
        return False
    c = lex.country_at([word[:-1]], 0)
    return c is not None and c[1].role == "demonym"


_NAMING_WORDS = (("known", "as"), ("called",), ("named",), ("dubbed",), ("calling", "itself"), ("calling", "themselves"))
_NAMING_LAST = frozenset(phrase[-1] for phrase in _NAMING_WORDS)  # the word right before the name


def named_body_before(lower: list[str], i: int) -> bool:
    """ "a militia known as the Iron Hawks", "a gang called Red Fist": the name a body goes by,
    not a person's (but "a farmer known as Big Joe" is still a person, and "the party called Ruto a liar"
    names no body)."""
    k = i - 1 if i > 0 and lower[i - 1] == "the" else i
    if k < 1 or lower[k - 1] not in _NAMING_LAST:
        return False  # (most names: no naming words end right before them)
    for phrase in _NAMING_WORDS:
        start = k - len(phrase)
        if start >= 1 and tuple(lower[start:k]) == phrase:
            before = start - 1 if lower[start - 1] != "," else start - 2
            if before < 0 or lower[before] not in ORG_BEFORE:
                return False  # "the party called Ruto a liar": a verb, not a name given
            return phrase[0] in ("known", "calling") or any(w in ("a", "an") for w in lower[max(0, before - 3) : before])
    return False


def remit_title_start(lex: Lexicon, words: list[str], lower: list[str], i: int, j: int, add) -> int:  # type: ignore[no-untyped-def]
    """A capitalised remit before a title inside one run: "Security Secretary Wong Tak-ming" -> the title
    starts at "Secretary"; an organisation as remit ("Senate Majority Leader X") is a mention of its own."""
    for p in range(i + 1, min(i + 4, j - 1)):
        t = lex.title_at(lower, p)
        if t and (not t[1].rank or t[1].text == "commissioner") and p + t[0] < j \
                and all(words[x][:1].isupper() for x in range(i, p)):
            # "Police Minister X" (but "KRG Prime Minister X": the head of the body so named)
            portfolio = t[1].text.split()[-1] in ("minister", "secretary", "commissioner") and not t[1].leader
            acronym = p - i == 1 and bool(_ACRONYM.match(words[i]))
            if not portfolio and ({lower[x] for x in range(i, p)} & lex.organization_cues or acronym):
                add(i, p, " ".join(words[i:p]), "Organization", "acronym" if acronym else "cue")
            return p
    return i


def title_before(lex: Lexicon, lower: list[str], i: int, words: list[str] | None = None) -> tuple[TitleInfo, int] | None:
    """A lower-case title right before a name, or before it with a comma: "brigades spokesman Osman Tabidi",
    "Turkey's foreign minister, Selim Arikan"."""
    while i >= 2 and lower[i - 1] == "." and lower[i - 2] in RANK_ABBREVIATIONS | HONORIFICS or i >= 1 and lower[i - 1] == "h.e.":
        i -= 1 if lower[i - 1] == "h.e." else 2  # "spokeswoman, Lt. Gen. X", "minister, H.E. Dr. X"
    for alias in _ALIAS_PHRASES if i >= 2 and lower[i - 1] in _ALIAS_LAST else ():  # "the rebels' commander,
        # known by his alias X": the title is still X's
        if i - len(alias) >= 1 and tuple(lower[i - len(alias) : i]) == alias and lower[i - len(alias) - 1] == ",":
            i -= len(alias)
            break
    words = words or lower
    end = i - 1 if i > 0 and lower[i - 1] == "," else i
    titles = lex.title_firsts  # (a word that starts no title is passed over without title_at's call)
    for start in range(max(0, end - 4), end):
        t = lex.title_at(lower, start) if lower[start] in titles else None
        if t and start + t[0] == end:
            return t[1], start
    if end < i:  # "the EU's envoy for the region, Anna Berglund": a title with its remit before the comma
        for p in range(max(0, end - 7), end - 1):  # ... or a named one ("envoy for the Horn of Africa, X", "Chile's
            # Minister of Defence, X")
            formal = lower[p] == "of" and lower[p - 1] in ("minister", "secretary") \
                and any(w[:1].isupper() for w in words[p + 1 : end])  # a portfolio: "Minister of State for X"
            if (lower[p] in ("for", "to", "on", "at", "in") or formal) \
                    and all(w.isalpha() and (w.islower() or w[:1].isupper()) for w in words[p + 1 : end]) \
                    and (end - p <= (5 if formal else 4) or lower[p + 1] == "the"):
                for start in range(max(0, p - 3), p):
                    t = lex.title_at(lower, start)
                    named_remit = any(w[:1].isupper() for w in words[p + 1 : end])
                    if named_remit and start > 0 and lower[start - 1] in ("a", "an", "the"):
                        continue  # "a spokesperson for the Foreign Office, X": the body is the post's (role_nouns)
                    if t and start + t[0] == p:
                        return t[1], start
    return None


def post_follows(lex: Lexicon, words: list[str], lower: list[str], j: int) -> bool:
    """A lower-case post and a name right after the run ending at ``j`` ("detained Istanbul mayor X", "jailed Lagos
    deputy mayor Y", "jailed Istanbul's mayor, X"): the run says where the post is, and a title before the run is
    the post holder's."""
    k = start = j + 1 if j < len(words) and words[j] in ("'s", "’s") else j
    while k < len(words) and words[k].islower() and (t := lex.title_at(lower, k)):
        k += t[0]
    if start < k < len(words) and words[k] == ",":
        k += 1  # "Istanbul's mayor, X"
    return start < k < len(words) and words[k][:1].isupper()


_LISTING_VERB = re.compile(r"designat|list|classif|brand|declar|label|nam(?:e|ed|es|ing)$|recogni[sz]")


def designation_label(lower: list[str], i: int) -> bool:
    """ "designated the Houthis as a Foreign Terrorist Organization", "were listed as a Specially Designated Global
    Terrorist": the capitalised words after "as a" name the category, not an actor."""
    return i > 1 and lower[i - 1] in ("a", "an") and lower[i - 2] == "as" \
        and any(_LISTING_VERB.match(w) for w in lower[max(0, i - 10) : i - 2])


_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def possessor_state(lex: Lexicon, words: list[str], lower: list[str], title_i: int) -> str | None:
    """The state whose post a title before a name is, given as its possessor: "Lithuania's foreign minister,
    X", "the United States' envoy X", "Moscow's ambassador, X" (a state named, not its people's adjective)."""
    if title_i < 2 or lower[title_i - 1] not in _POSSESSIVE:
        return None
    for start in range(max(0, title_i - 5), title_i - 1):
        c = lex.country_at(words, start)
        if c and start + c[0] == title_i - 1 and c[1].role != "demonym":
            return c[1].country
    return None
