"""The shape of a capitalised run and its neighbours: whether it can be a person's name at all (not a region,
a people, an office or a nickname), whether a place noun follows it, an indefinite company description
("a Mogadishu money-transfer company"), a definite title description ("the Venezuelan leader"), and a given
name sharing the surname that follows ("brothers Ilgar and Samir Huseynov"), a titled name followed by "of" and
its body."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.collective import GROUP_STOP, NAME_WORD
from actorgraph.loaders.extractor.lexicon import Lexicon, TitleInfo
from actorgraph.loaders.extractor.text import INITIAL, TIME_ZONES, Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.mentions import Mention

_PLACE_AFTER = frozenset("province provinces region regions district districts county governorate oblast prefecture "
                         "temple temples pagoda mosque shrine church monastery valley river rivers city town village "
                         "field fields oilfield oilfields crossing crossings area station stations airport airstrip "
                         "facility plant refinery mine barracks prison camp checkpoint highway road terminal "
                         "highlands lowlands archipelago coast coastline peninsula delta basin desert mountains "
                         "plateau corridor lake canal strait straits residence palace gulf bay dam island islands "
                         "sea".split()) | frozenset(
    # events named after a place or body: "the Kabankalan clash", "the Astana process", "the Doha talks"
    "clash massacre bombing bombings offensive siege summit ceasefire truce accord accords process "
    "uprising killings atrocities executions".split())  # (not "talks", "raids", "clashes": verbs too — "Ana Ruiz
# talks with ...")
_COMPANY_NOUNS = frozenset("company firm business bank lender charity outlet operator conglomerate exporter supplier "
                           "trader broker airline manufacturer maker producer contractor subsidiary".split())


_APPOSED_BODY_NOUNS = (_COMPANY_NOUNS - {"trader", "broker", "contractor", "operator", "supplier", "exporter",
                                         "producer"}) | frozenset("group movement militia organisation organization party network "
                                                  "cartel gang alliance coalition faction union association "
                                                  "consortium conglomerate outfit".split())
# ", the state miner that ...", ", a state-owned operator": a trade that only a firm has when the state owns it
_STATE_OWNED = frozenset("state state-owned state-run government-owned publicly-owned".split())
_STATE_FIRM_NOUNS = _COMPANY_NOUNS | frozenset("miner carrier utility giant monopoly broadcaster insurer".split())
_PERSON_AFTER_BODY = frozenset("director executive official officer owner founder spokesman spokeswoman chief member "
                               "head leader manager boss lawyer worker employee executive engineer adviser advisor "
                               "commander fighter operative chairman chairwoman president".split())


def apposed_body(lex: Lexicon, words: list[str], lower: list[str], j: int) -> bool:
    """The name ending before ``j`` is followed by ", a Pakistan-based group", ", an arms maker", ", a company
    registered in ...": an apposition saying it is an organisation (not ", a company director")."""
    n = len(words)
    if not (j + 2 < n and words[j] == "," and lower[j + 1] in ("a", "an", "the")):
        return False
    definite = lower[j + 1] == "the"  # ", the Iran-backed militia": described, not the start of a list
    for k in range(j + 2, min(j + 7, n)):
        if lower[k] in _APPOSED_BODY_NOUNS \
                or lower[k] in _STATE_FIRM_NOUNS and not _STATE_OWNED.isdisjoint(lower[j + 2 : k]):
            after = lower[k + 1] if k + 1 < n else ""
            return not (after in _PERSON_AFTER_BODY or after in ("of", "for", "to")
                        or definite and (after in ("'s", "’s", "said", "says") or k == j + 2))
        c = lex.country_at(words, k)
        based = k + 1 < n and words[k][:1].isupper() and lower[k + 1] in _BASED  # ", a Geneva-based group"
        if not (words[k].islower() and _LOWER_WORD.fullmatch(words[k]) and lower[k] not in GROUP_STOP
                or c or based):
            return False
    return False


_BASED = frozenset("based registered headquartered backed linked allied aligned".split())
_LOWER_WORD = re.compile(r"[a-z][a-z\-]*")  # a lower-case modifier ("offshore", "money-transfer")


_SIBLINGS = re.compile(r"\b(?:brothers|sisters|siblings|twins|cousins)\s*,?\s+$", re.I)


def shared_surnames(sent: Sentence, out: list[Mention]) -> None:
    """ "two brothers, Ilgar and Samir Huseynov": the first given name shares the surname that follows."""
    for a, b in zip(out, out[1:], strict=False):
        if a.via == "single" and b.kind == "Person" and len(b.name.split()) >= 2 \
                and sent.text[a.end - sent.start : b.start - sent.start] == " and " \
                and _SIBLINGS.search(sent.text[: a.start - sent.start]):
            a.name, a.kind, a.via = f"{a.name} {b.name.split()[-1]}", "Person", "sibling"


_COMPASS = frozenset("north south east west northern southern eastern western central upper lower greater".split())
_NICKNAME_BEFORE = frozenset("as nicknamed alias called dubbed".split())
_MILITARY_RANKS = frozenset(("general", "lieutenant general", "major general", "brigadier general", "senior general",
                             "colonel", "lieutenant colonel", "major", "captain", "admiral", "vice admiral", "marshal",
                             "field marshal"))
# common nouns a rank's word describes ("Russia's General Staff", "General Motors", "called for General Elections")
_RANK_WORD_NOUNS = frozenset("staff strike strikes election elections amnesty mobilisation mobilization headquarters "
                             "hospital motors electric dynamics".split())


def heads_indefinite_phrase(lex: Lexicon, words: list[str], lower: list[str], i: int, j: int) -> bool:
    """The run words[i:j] heads a noun phrase opened by "a"/"an" ("declared a National Day of Mourning on
    Monday"): a thing in capitals, as people are not named with an indefinite article (but "a Mary Ruiz ally")."""
    return i > 0 and lower[i - 1] in ("a", "an") and (j == len(words) or not words[j][:1].isalpha()
                                                      or lower[j] in lex.function_words)


def titled_no_name(lex: Lexicon, words: list[str], lower: list[str], i: int, k: int, j: int) -> bool:
    """The run words[i:j], titles up to ``k``, names no person: it ends in a title too ("Japan's Deputy Foreign
    Minister, X": the name follows the comma), or a military rank opening it is an adjective of a common phrase,
    after an article ("called a General Strike", "the General Staff") or before a common noun ("General Motors")."""
    if k < j and (end := lex.title_at(lower, k)) and k + end[0] == j:
        return True
    t = lex.title_at(lower, i)
    if not t or " ".join(lower[i : i + t[0]]) not in _MILITARY_RANKS or i + t[0] >= j:
        return False
    k = i + t[0]
    return i > 0 and lower[i - 1] in ("a", "an", "the") \
        or lower[k] in _RANK_WORD_NOUNS and (k + 1 == j or lower[k + 1] in lex.connectors)


def persons_name_word(words: list[str], x: int, j: int) -> bool:
    """A word of a person's name: not in capitals (initials are a body's), but an initial ("Alan J. Pryce") or a
    one-letter particle inside the name ("Seán Ó Dálaigh"; not "Plan B")."""
    w = words[x]
    return bool(NAME_WORD.match(w)) and (not w.isupper() or len(w) == 1 and x < j - 1) or bool(INITIAL.fullmatch(w))


def could_be_a_persons_name(lex: Lexicon, words: list[str], lower: list[str], i: int, j: int) -> bool:
    """A capitalised run with no title or cue that is still not a person: a region ("the South Caucasus",
    "West African"), a people ("Turkish Cypriots"), a capitalised office ("the High Representative"), a
    nickname in quotes ('known as "El Zurdo"', an alias of the person just named) or a thing after "a"/"an"."""
    if lower[i] in _COMPASS:
        return False
    c = lex.country_at(words, i)
    if c and c[1].role == "demonym" and i + c[0] < j:
        return False
    t = lex.title_at(lower, j - 1)
    if t and t[0] == 1 and not t[1].rank or heads_indefinite_phrase(lex, words, lower, i, j):
        return False
    return not (i > 1 and words[i - 1] in ('"', "“", "'", "‘") and lower[i - 2] in _NICKNAME_BEFORE)


def indefinite_org_at(lex: Lexicon, words: list[str], lower: list[str], i: int) -> int | None:
    """ "(a) Mogadishu money-transfer company", "(an) offshore shipping firm": lower-case modifiers (or a place)
    and a company noun, with no name after it; returns the end of the phrase."""
    n = len(words)
    for k in range(i, min(i + 5, n)):
        if lower[k] in _COMPANY_NOUNS:
            nxt = words[k + 1] if k + 1 < n else ""
            if nxt[:1].isupper() or nxt in ("of", ",", "called", "named", "known") or k == i:
                return None  # "a company called X", "a firm, X": the name is right there
            return k + 1
        c = lex.country_at(words, k)
        if not (words[k].islower() and _LOWER_WORD.fullmatch(words[k]) and lower[k] not in GROUP_STOP
                or c and c[0] == 1):
            return None
    return None


def named_place(words: list[str], lower: list[str], j: int) -> bool:
    """ "the Ta Wen temple", "in the Upper Nile region", "the Marsa and Zuwa oil fields": the run names a place
    (or an event: "the Kabankalan clash") when a lower-case place noun (after at most one lower-case modifier)
    follows it."""
    n = len(words)
    if j + 1 < n and lower[j] in ("and", "or") and words[j + 1][:1].isupper():  # "the Sharara and El Feel oil fields"
        k = j + 1
        while k < n and words[k][:1].isupper():
            k += 1
        return k > j + 1 and named_place(words, lower, k)
    for k in (j, j + 1):
        if k >= n or not words[k].islower():
            return False
        if lower[k] in _PLACE_AFTER:
            return True
        if lower[k] in ("and", "or", "a", "an"):  # "offered the AA a ceasefire": an article opens the object
            return False
    return False


def description_at(lex: Lexicon, words: list[str], lower: list[str], i: int) -> tuple[int, TitleInfo, str | None] | None:
    """ "(the) Venezuelan leader", "(the) foreign minister": a title standing for a person named elsewhere."""
    n, country, start = len(words), None, i
    c = lex.country_at(words, i)
    if c and c[1].role in ("demonym", "name"):
        country, i = c[1].country, i + c[0]
    t = lex.title_at(lower, i)
    if not t or t[1].rank or i + t[0] > n:
        return None
    end = i + t[0]
    # "accused the envoy of lying": the charge, not "the head of X" (someone else's role); "denied the envoy's claims"
    charge = end + 1 < n and words[end] == "of" and start >= 2 and CHARGE_VERB.fullmatch(lower[start - 2]) is not None
    charge = charge or end + 1 < n and words[end] in ("'s", "’s") and start >= 2 and denied_claim(lower, start - 2, end + 1)
    if end < n and (words[end][:1].isupper() or words[end] in ("'s", "’s", ",") or words[end] in ("of", "for", "at")) \
            and not charge:
        return None  # a name follows (an ordinary title), or "the head of X" (someone else's role)
    if any(words[k][:1].isupper() for k in range(i, end)) and country is None:
        return None
    return end, t[1], country


CHARGE_VERB = re.compile(r"(?:accus|suspect|convict|acquitt?|clear)(?:e|es|ed|ing|s)?")
_DENIAL = re.compile(r"(?:deni|reject|dismiss|refut|rebutt?)(?:e|ed|es|s|ing|y)?")
_CLAIMS = frozenset("claims accusations allegations charges assertions remarks statements".split())


def denied_claim(lower: list[str], verb: int, noun: int) -> bool:
    """ "denied [his | the minister's] claims": a denial verb at ``verb`` and a claim noun at ``noun``, whose
    possessor is the party the denial answers."""
    return _DENIAL.fullmatch(lower[verb]) is not None and noun < len(lower) and lower[noun] in _CLAIMS
_PLACE_TITLES = frozenset({"mayor", "governor"})  # "Mayor X of Y": Y is a town or a province, not a body


def titled_name_of(lex: Lexicon, words: list[str], lower: list[str], k: int, j: int, title: TitleInfo
                   ) -> tuple[int, int, str | None] | None:
    """ "Opposition leader X Y of [the] Z", the title before ``k``: (end of the person's name X Y, start of Z,
    Z's country when Z is one); None when no capitalised name stands between the title and "of"."""
    if title.text.split()[-1] in _PLACE_TITLES:
        return None
    of_body = next((x for x in range(k + 2, j - 1) if lower[x] == "of"), None)
    if of_body is None or not all(NAME_WORD.match(w) and w[:1].isupper() for w in words[k:of_body]):
        return None  # "President of the Council of Ministers": an office, no name before "of"
    tail = of_body + 2 if lower[of_body + 1] == "the" else of_body + 1
    if tail >= j or not words[tail][:1].isupper():
        return None
    state = c[1].country if (c := lex.country_at(words, tail)) and tail + c[0] == j else None
    return of_body, tail, state


_MODIFIER_TAILS = frozenset("backed led run linked based owned aligned allied affiliated controlled funded sponsored "
                            "registered headquartered style era type".split())


def hidden_cues(lex: Lexicon, words: list[str], lower: list[str], i: int, j: int) -> set[str]:
    """Organisation cues a capitalised run holds where a whole-word test misses them: a cue word joined by
    hyphens or written with an apostrophe ("Farmers League-Orvan", "Tehreek-e-Watan", "Jama'at ..."), and a
    capitalised plural that heads groups of people ("Doctors Across Frontiers", "Shelter the Orphans", "the
    Harbour Street Soldiers"), or a media noun right after it ("the state Tarn news agency"). A person's name
    holds none of these; a body's name often does."""
    found: set[str] = set()
    for x in range(i, j):
        w = lower[x]
        if "-" in w:
            parts = w.split("-")
            if parts[0] not in lex.function_words and parts[-1] not in _MODIFIER_TAILS:
                found |= {part for part in parts if part in lex.organization_cues}  # not "Pro-government", "Army-backed"
        if "'" in w or "’" in w:
            plain = w.replace("'", "").replace("’", "")
            if plain in lex.organization_cues:
                found.add(plain)
        if j - i > 1 and words[x][:1].isupper() and w in lex.group_nouns:
            found.add("organization")
        if x > i and w in _POLITY_HEADS and _CREED_ADJECTIVE.search(lower[x - 1]) and not lex.country_at(words, x - 1):
            found.add("organization")  # "Islamic State", "Revolutionary Emirate": a movement named as a polity
    n = len(lower)
    if j < n and (lower[j] in _MEDIA_HEADS or lower[j] == "news" and j + 1 < n and lower[j + 1] in _NEWS_HEADS):
        found.add("organization")  # "the official Petra news agency", "the Kathimerini newspaper"
    return found


# a polity's head noun after an adjective of creed or cause (not a people's: "Rakhine State", "Ogun State" are places)
_POLITY_HEADS = frozenset("state caliphate emirate jihad".split())
_CREED_ADJECTIVE = re.compile(r"^(?!(?:baltic|nordic|arctic|atlantic|pacific|adriatic)$).{2,}(?:ic|ist|ary)$")  # (a region's:
# "a Baltic State" is a country)
_MEDIA_HEADS = frozenset("agency newspaper broadcaster website".split())
_NEWS_HEADS = frozenset("agency site website outlet service channel".split())  # "news site" (not "the X site")


_BODY_NOUNS = frozenset("agency court panel tribunal".split())
_NAMED_BODY_NOUNS = frozenset("mission operation force".split())


def modifies_a_body(words: list[str], lower: list[str], i: int, j: int) -> bool:
    """ "the UN refugee agency, X", "a UN panel of experts", "the EU court": initials after an article that only
    describe the body noun after them (at most two lower-case words on), which is the actor, named or not; a
    mission or force only when its own name follows ("the UN peacekeeping mission, X"; but "an IMF mission led
    by Y" is the fund's). Not "the EU envoy", "UN officials": a post or people of the body, who belong to it."""
    if i == 0 or lower[i - 1] not in ("the", "a", "an"):
        return False
    for k in range(j, min(j + 3, len(words))):
        if lower[k] in _BODY_NOUNS:
            return True
        if lower[k] in _NAMED_BODY_NOUNS:  # "the UN peacekeeping mission, X" (not "an IMF mission led by Y")
            return k + 2 < len(words) and words[k + 1] == "," and words[k + 2][:1].isupper()
        if not (words[k].islower() and words[k].isalpha()):
            return False
    return False


def time_zone(words: list[str], i: int) -> bool:
    """ "at 14:05 GMT", "9 a.m. EST", "1400 GMT": the initials after a clock time name its zone, not a body."""
    if i == 0:
        return False
    before = words[i - 1]
    clock = before.isdigit() and i > 1 and words[i - 2] in (":", ".")
    return clock or (words[i] in TIME_ZONES and (before.isdigit() or before.lower() in ("a.m.", "p.m.")))
