"""Collective mentions: quantified groups ("over a hundred Venezuelan officials", "two of Elmi's business
partners", "two of its senior editors") and demonym phrases that stand for a state ("Ukrainian officials
said", "the Iraqi complaint") or head a group ("three Russian diplomats")."""

from __future__ import annotations

import re
from collections import Counter

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.base import Extraction
from actorgraph.loaders.extractor.lexicon import Lexicon
from actorgraph.loaders.extractor.patterns import PREPS
from actorgraph.loaders.extractor.portfolios import PORTFOLIOS
from actorgraph.loaders.extractor.run_words import POLITY_PLURALS, REGIONAL_ADJECTIVES, SITE_NOUNS

NAME_WORD = re.compile(r"^[^\W\d_][\w’'\-]*$", re.UNICODE)
GROUP_STOP = frozenset("the a an of in on at to for with by from and or but said says were was is are who which "
                       "that had has have been would will could may might".split())
_NUMBER_WORD = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|hundreds?|thousands?|"
                          r"dozens?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[\d,.]+")
_POLICY_NOUNS = frozenset(
    "measures measure move decision designation designations sanctions proposal proposals plan demand demands accusations "
    "objection objections "  # (round 29: "dismissed the Iranian objections")
    "accusation claims pressure strikes strike deployment military's offer position complaint complaints request "
    "requests protest protests ultimatum allegations criticism condemnation support backing threat threats warning warnings "
    "investigation attack attacks offensive raid raids airstrike airstrikes incursion incursions assault "
    "assaults aggression provocation provocations "
    # a state's hardware and interests (not its ground, which is a place): "retaliate against Lithuanian
    # trucks", "alloys used in Russian missiles"
    "missiles missile rockets drones jets warplanes warships tanks artillery weapons positions interests targets "
    "assets trucks".split()
)
# a state's office named by its remit after the demonym ("commerce ministry"; "foreign ministry" is a state noun)
_OFFICE_NOUNS = frozenset({"ministry", "ministries", "department"})
# the kind of an unnamed court of a state (lower case: "the Bolivian Supreme Court" is a name)
_COURT_KINDS = frozenset("appeals appellate district regional provincial criminal civil lower high supreme "
                         "constitutional federal military special anti-terrorism counter-terrorism juvenile".split())
# a state's goods a trade measure falls on ("tariffs on Chilean copper", "duties on Indonesian goods"): the state only
#   after such a measure's word, else "prices of Chilean copper" would make Chile an actor
# the armed members of a named side coordinated with a state's ("Israeli and Hezbollah fighters")
_ARMED_MEMBERS = frozenset("forces troops fighters militants soldiers gunmen militiamen units".split())
_GOODS_NOUNS = frozenset("goods products exports imports copper steel aluminium aluminum beef grain wheat rice soybeans "
                         "soy vehicles cars chips semiconductors".split())
_TRADE_MEASURE_WORD = re.compile(r"tariff|dut(?:y|ies)|levies|curb|embargo|ban|import|export|controls|restrict|suspend|halt|block")
# a state's sites (SITE_NOUNS): the state only after a word of force, else "output at Russian refineries" would make
#   Russia an actor (not "raid": police raid firms' plants too)
_FORCE_WORD = re.compile(r"strik|struck|hit|attack|pound|shell|bomb|target|drone|missile|rocket|airstrike")
# "two of its senior editors": roles that head a group of a body's people
_ITS_ROLE_NOUNS = frozenset("organisers organizers founders leaders commanders editors spokesmen directors executives "
                            "lawyers employees staff reporters correspondents deputies representatives managers "
                            "advisers advisors aides researchers".split())

# words that name a measure against the people who follow: "blacklisted Chinese suppliers"
_MEASURE_WORD = re.compile(r"sanction|blacklist|designat")
# a state's law, decree or order under criticism ("criticised the Egyptian decree", "slammed a new Tunisian law"): the
#   state only right after a word of criticism, else "under Egyptian law" would make Egypt an actor
_LAW_NOUNS = frozenset("law laws decree decrees legislation ordinance ordinances order orders".split())
_CRITICISM_WORD = re.compile(r"critici[sz]|condemn|denounc|slam|lambast|deplor|decr[iy]|assail|castigat|rebuk|censur|"
                             r"blast|excoriat|fault")
_LAW_DETERMINERS = frozenset("the a an its this that new latest recent controversial draft proposed sweeping".split())
# a person the state noun before describes: "an army general", "a police officer", "a government official"
_PERSON_HEADS = frozenset("general generals officer officers commander commanders chief chiefs official officials "
                          "colonel colonels spokesman spokeswoman spokesperson adviser advisers advisor".split())
_BODY_MEMBERS = frozenset("fighters militants rebels insurgents gunmen members commanders operatives".split())
_KIN_PLURALS = frozenset("sons daughters children brothers sisters relatives nephews cousins wives".split())


def regional_group_end(words: list[str], lower: list[str], i: int) -> int | None:
    """ "European allies", "Arab foreign ministers", "Western governments": a region's adjective heading a group of
    several states or their people, which ends at the returned index. Never the union or league of the same
    name, which the single word would otherwise be read as a short form of."""
    if lower[i] not in REGIONAL_ADJECTIVES:
        return None
    for e in range(i + 1, min(i + 4, len(words))):
        if not words[e].islower():
            return None
        if lower[e] in POLITY_PLURALS:
            return e + 1
    return None


# nouns of firms: after a country's name they are that country's businesses ("Hong Kong companies", "U.S. defence
#   contractors"), never the state itself
FIRM_NOUNS = frozenset("companies firms entities banks lenders businesses contractors manufacturers makers producers "
                       "refiners insurers conglomerates subsidiaries".split())


def firms_end(words: list[str], lower: list[str], j: int) -> int | None:
    """The end of "<country> [one or two noun modifiers] firms" when word ``j`` follows the country's name (not
    "Canada sanctioned four companies": a verb or a number is no modifier)."""
    end = min(j + 3, len(words))
    if FIRM_NOUNS.isdisjoint(lower[j:end]):
        return None  # (most names are followed by no firm noun: told before the modifiers' patterns)
    for e in range(j, end):
        if lower[e] in FIRM_NOUNS:
            return e + 1
        if not _MODIFIER.fullmatch(words[e]) or lower[e] in GROUP_STOP or lower[e] in PREPS \
                or _NUMBER_WORD.fullmatch(lower[e]):
            return None  # (not "evaded sanctions imposed by Brazil through front companies")
    return None


# a noun modifier of a firm noun ("defence", "logistics", "state-owned"): lower case, not a verb's -ed or -s
_MODIFIER = re.compile(r"[a-z]+-[a-z\-]+|[a-z]*ics|[a-z]+(?<!ed)(?<!s)")


def demonym_mention(lex: Lexicon, words: list[str], lower: list[str], i: int, j: int, country: str, add,  # type: ignore[no-untyped-def]
             headline: bool = False) -> int:
    n = len(words)
    t = lex.title_at(lower, j)
    if t and j + t[0] < n and words[j + t[0]][:1].isupper():
        return j  # "Indian envoy Meera Kulkarni": the name takes the title and the country
    s = lex.phrase_at(lex.state_nouns, lower, j)
    if not s and j + 1 < n and lower[j] in PORTFOLIOS and lower[j + 1] in _OFFICE_NOUNS:
        s = 2  # "the Chinese commerce ministry", "the Russian interior ministry": the state's ministry of any remit
    if not s and j + 1 < n and lower[j] in _COURT_KINDS and lower[j + 1] in ("court", "courts", "tribunal"):
        s = 2  # "a Bolivian appeals court": the state's court of any kind
    sanction_ctx = any(_MEASURE_WORD.match(lower[x]) for x in range(max(0, i - 4), i))
    if s and sanction_ctx and j + s < n and lower[j + s] in _PERSON_HEADS:
        return j + s + 1  # "sanctions on an Angolan army general": a person, not the state
    if s and not (sanction_ctx and s == 1 and lower[j] in lex.group_nouns):  # "sanctions on Nicaraguan officials"
        add(i, j + s, country, "Country", "demonym")
        return j + s
    if j + 1 < n and lower[j] == "and":  # "Ukrainian and Russian delegations"
        other = lex.country_at(words, j + 1)
        if other and (other[1].role == "demonym" or words[j + 1].replace(".", "").isupper()):  # ("... and U.S. negotiators")
            e = j + 1 + other[0]
            if lex.phrase_at(lex.state_nouns, lower, e) or (e < n and lower[e] in lex.state_group_nouns):
                add(i, j, country, "Country", "demonym")
                return j
        if not other and words[j + 1][:1].isupper():  # "Israeli and Hezbollah fighters": the other side is a name
            e = j + 1
            while e < n and e - j <= 4 and words[e][:1].isupper() and not lex.country_at(words, e):
                e += 1
            if e < n and e > j + 1 and lower[e] in _ARMED_MEMBERS:
                add(i, j, country, "Country", "demonym")
                return j
    for e in range(j, min(j + 3, n)):
        if lower[e] in lex.group_nouns:
            if any(not words[x].islower() for x in range(j, e)):
                break
            state = lower[e] in lex.state_group_nouns
            if state and not sanction_ctx:
                add(i, e + 1, country, "Country", "demonym")
            elif not headline:  # a headline's groups are paraphrases of the body's ("Baku detains Russian editors")
                add(i, e + 1, " ".join(words[i : e + 1]), "Group", "group", country=country, bare_state=state)
            return e + 1
    goods = j < n and (lower[j] in _GOODS_NOUNS or j + 1 < n and words[j].islower() and lower[j + 1] in _GOODS_NOUNS)
    site = j < n and (lower[j] in SITE_NOUNS or j + 1 < n and words[j].islower() and lower[j + 1] in SITE_NOUNS)
    if j < n and (lower[j] in _POLICY_NOUNS or goods  # "Chinese electric vehicles": one word may qualify the goods
                  and any(_TRADE_MEASURE_WORD.match(lower[x]) for x in range(max(0, i - 5), i))
                  or site and any(_FORCE_WORD.match(lower[x]) for x in range(max(0, i - 5), i))
                  or lower[j] in _LAW_NOUNS and _criticised_law(lower, i)):
        add(i, j, country, "Country", "demonym")
    return j


def _criticised_law(lower: list[str], i: int) -> bool:
    """A demonym at ``i`` right after a word of criticism and at most three determiners or adjectives."""
    k = i - 1
    while k >= 0 and i - k <= 3 and lower[k] in _LAW_DETERMINERS:
        k -= 1
    return k >= 0 and _CRITICISM_WORD.match(lower[k]) is not None


_PLAIN_WORD = re.compile(r"[\w\-]+")


def uncounted(lex: Lexicon, name: str) -> str | None:
    """A counted group's name without its count ("at least 40 students" -> "students", "two of its senior
    editors" -> "senior editors"): the name readers and annotators give the group; ``None`` when nothing is
    counted or nothing would be left."""
    words = name.split()
    lower = [w.lower() for w in words]
    k = quantifier_length(lex, lower, 0) if lower else 0
    while k < len(words) and (lower[k] in ("a", "an", "of", "its", "their") or _NUMBER_WORD.fullmatch(lower[k])):
        k += 1
    return " ".join(words[k:]) if 0 < k < len(words) else None


def with_uncounted_aliases(extraction: Extraction, lex: Lexicon) -> Extraction:
    """Each counted group of the extraction also carries its name without the count, when no other group of
    the article would carry the same ("more than 200 people" and "more than 40 people": neither is "people")."""
    plain = {a.id: p for a in extraction.actors if a.kind == "Group" and (p := uncounted(lex, a.name))}
    shared = Counter(normalize_name(p) for p in plain.values())
    names = {normalize_name(a.name) for a in extraction.actors}
    for a in extraction.actors:
        p = plain.get(a.id)
        if p and shared[normalize_name(p)] == 1 and normalize_name(p) not in names and p not in a.aliases:
            a.aliases = sorted([*a.aliases, p])
    return extraction


_DIGITS = re.compile(r"\d[\d,]*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_PREPS = frozenset("in since by until from during before after early late mid".split())


def quantifier_length(lex: Lexicon, lower: list[str], i: int) -> int:
    """How many words the quantifier at word ``i`` runs to ("more than a hundred": 4), 0 when none starts there
    (the longest first, as the lexicon sorts them)."""
    for quant in lex.quantifiers_by_first.get(lower[i], ()):
        if tuple(lower[i : i + len(quant)]) == quant:
            return len(quant)
    return 0


# a crowd without a number is a party where force falls on it: "police fired tear gas at protesters",
# "security forces detained marchers" (the dev gold's Group "protesters"; not "demonstrators", which a story
# uses for the crowd it calls "protesters" elsewhere, and the gold names by that word)
BARE_CROWDS = frozenset("protesters marchers rioters".split())
_FORCE_BEFORE = re.compile(r"(?:(?:fired|fire|firing|shooting|shot)(?:\s+[\w\-]+){0,5}\s+(?:at|on)|"
                           r"detained|arrested|dispersed|beat|tear-gassed|teargassed|(?:to|and)\s+disperse|"
                           r"(?:(?:break|broke|breaking|breaks)\s+up|dispers(?:e|es|ed|ing))\s+(?:a|an|the)\s+"
                           r"(?:[\w\-]+\s+){0,2}?(?:protest|rally|march|demonstration|sit-in|gathering|vigil)s?\s+"
                           r"(?:by|of))$")
# the same where the crowd is named by its side and its kind: "fired tear gas at opposition supporters", "detained
#   pro-democracy activists" (the dev gold's Group "opposition supporters")
CROWD_SIDES = frozenset("opposition anti-government pro-democracy".split())
_CROWD_KINDS = frozenset("supporters protesters demonstrators activists marchers students".split())


def group_at(lex: Lexicon, words: list[str], lower: list[str], i: int) -> tuple[int, str | None] | None:
    """The end of a quantified group starting at word ``i`` ("over a hundred ... officials") and its country."""
    first = lower[i]
    if first in BARE_CROWDS and _FORCE_BEFORE.search(" ".join(lower[max(0, i - 8) : i])):
        return i + 1, None
    if first in CROWD_SIDES and i + 1 < len(lower) and lower[i + 1] in _CROWD_KINDS \
            and _FORCE_BEFORE.search(" ".join(lower[max(0, i - 8) : i])):
        return i + 2, None
    if first != "a" and first not in lex.quantifiers_by_first and not first[:1].isdigit():
        return None  # the common case, checked before anything else: this runs at every word
    if i and lower[i - 1] in _YEAR_PREPS and _YEAR.fullmatch(first):
        return None  # "In 2022 Montenegrin prosecutors charged him": a year, not 2022 prosecutors
    n = len(words)
    q = quantifier_length(lex, lower, i)
    if not q and lower[i] == "a" and i + 3 < n and words[i + 1].islower() and lower[i + 1] not in GROUP_STOP \
            and lower[i + 2] in ("group", "delegation", "coalition") and lower[i + 3] == "of":
        q = 4  # "a bipartisan group of senators"
    if not q and not (lower[i].isdigit() or _DIGITS.fullmatch(lower[i])):
        return None
    k = i + (q or 1)
    while k < n and (lower[k] in ("a", "an") or lower[k].isdigit() or _NUMBER_WORD.fullmatch(lower[k])):
        k += 1
    country = None
    owned = False
    if k > i and k + 2 < n and lower[k] == "of" and words[k + 1][:1].isupper():  # "two of Elmi's business partners"
        p = k + 1
        while p < n and words[p][:1].isupper() and NAME_WORD.match(words[p]):
            p += 1
        if p < n and words[p] in ("'s", "’s"):
            k, owned = p + 1, True
    its = k > i and k + 2 < n and lower[k] == "of" and lower[k + 1] in ("its", "their")
    if its:  # "two of its senior editors"
        k += 2
    for e in range(k, min(k + 6, n)):
        if lower[e] in _BODY_MEMBERS and e > k and country is None and all(words[x][:1].isupper() for x in range(k, e)):
            return None  # "three Coastal Front fighters": a body's own, read as the body ("Polisario Front fighters")
        if (lower[e] in lex.group_nouns and not its) or (its and lower[e] in _ITS_ROLE_NOUNS) \
                or (owned and lower[e] in _KIN_PLURALS):  # "two of Okafor's sons"
            if e + 1 < n and lower[e + 1] == "members" and e > i:
                return e + 2, country  # "three crew members", "five party members"
            return (e + 1, country) if e > i else None
        c = lex.country_at(words, e)
        if c and c[1].role in ("demonym", "name"):
            country = c[1].country
            continue
        if lower[e] == "and" and country is not None and e > k and e + 1 < n \
                and (c := lex.country_at(words, e + 1)) and c[1].role in ("demonym", "name"):
            continue  # "six Peruvian and Hong Kong companies": one group of two countries' firms
        if not _PLAIN_WORD.fullmatch(words[e]) or lower[e] in GROUP_STOP:
            return None
    return None
