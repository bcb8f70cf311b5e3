"""What a capitalised run of words in a sentence is: a country or demonym, a titled person (with the country
or organisation of the title), an organisation by cue word, suffix or acronym, a place, or a person's name.

``classify_run`` reports each mention through the ``add`` callback of ``mentions.find_mentions``."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.collective import (
    GROUP_STOP,
    NAME_WORD,
    demonym_mention,
    regional_group_end,
)
from actorgraph.loaders.extractor.country_runs import country_run
from actorgraph.loaders.extractor.feature_names import FLED, feature_name, remit_for
from actorgraph.loaders.extractor.lexicon import Lexicon
from actorgraph.loaders.extractor.name_runs import ACRONYM as _ACRONYM
from actorgraph.loaders.extractor.name_runs import acronym_follows
from actorgraph.loaders.extractor.name_shapes import (
    apposed_body,
    could_be_a_persons_name,
    hidden_cues,
    named_place,
    persons_name_word,
    titled_name_of,
    titled_no_name,
)
from actorgraph.loaders.extractor.patterns import OUTLET_ROLES
from actorgraph.loaders.extractor.run_context import (
    HONORIFICS,
    PLACE_HEADS,
    designation_label,
    initials_follow,
    named_body_before,
    possessor_state,
    post_follows,
    quoted,
    remit_title_start,
    title_before,
)
from actorgraph.loaders.extractor.run_context import ORG_BEFORE as _ORG_BEFORE
from actorgraph.loaders.extractor.run_words import (
    A_PERSONS_PEOPLE,
    ADJECTIVE_END,
    BODY_AFTER,
    CAMEL,
    DETERMINERS,
    INQUIRIES,
    MOTION_PREPS,
    OPENING_HEADS,
    OPERATION_NOUNS,
    ORG_AFTER,
    ORG_SUFFIX,
    OWNER_NOUNS,
    PEOPLE_ADJECTIVE,
    PLACE_OF,
    PLACE_PREPS,
    PLACE_TAILS,
    ROLE_NOUNS,
    UNNAMED_BEFORE,
)
from actorgraph.loaders.extractor.single_word_runs import single_word_run
from actorgraph.loaders.extractor.text import Sentence

# a name described right after it as a settlement: ", a village of ...", ", a small town near ...", ", the port city."
_PLACE_APPOSED = re.compile(r",\s+(?:an?|the)\s+(?:[a-z][\w\-]*\s+){0,2}?(?:village|town|city|hamlet|township|"
                            r"settlement|suburb|district|port|oasis)(?=[,.;:]|\s+(?:of|in|on|near|some|about|that|where|"
                            r"whose|with|close|just|outside|north|south|east|west)\b)")
_LAW_WORDS = frozenset("act law ordinance regulations decree statute code directive".split())
_LAW_DETERMINERS = frozenset("the a an its their this that".split())


def _law_determined(lower: list[str], i: int) -> bool:
    """A determiner right before the run, or before the year or the one lower-case word between ("the 2020 X Law",
    "a new X Act")."""
    if i > 0 and lower[i - 1] in _LAW_DETERMINERS:
        return True
    return i > 1 and (len(lower[i - 1]) == 4 and lower[i - 1].isdigit() or lower[i - 1].isalpha()) \
        and lower[i - 2] in _LAW_DETERMINERS


def classify_run(lex: Lexicon, sent: Sentence, words: list[str], lower: list[str], i: int, j: int, add) -> int:  # type: ignore[no-untyped-def]
    """Classify the capitalised run words[i:j]; returns the index to continue from."""
    n = len(words)
    while i < j and lower[i] in lex.function_words and not lex.country_at(words, i) and not lex.title_at(lower, i) \
            and not (lower[i] in ("new", "jan") and i + 1 < j and (i > 0 or lower[i] == "jan")):
        i += 1  # but "in New Caledonia", "Jan Novak": part of the name (not "New sanctions", "Jan 5")
    if (t := lex.title_at(lower, i)) and i + t[0] > j:
        return j  # "the Chargé d'Affaires of X": the capitals are part of a title that goes on in lower case (round 23)
    if i == 0 and j - i > 2 and lower[i] in ROLE_NOUNS:
        i += 1  # "Activist Nino Beridze was ...": capitalised only because it opens the sentence
    while i < j and (lower[i] == "h.e." or lower[i] in HONORIFICS and i + 1 == j):
        i += 1  # "H.E. Dr. X", "H.E. X": the honorifics before a name are no part of it
    if i >= j:
        return max(j, i)
    country = lex.country_at(words, i)  # (asked below several times)
    if not country and j < n and words[j] == "," \
            and _PLACE_APPOSED.match(sent.text, sent.tokens[j - 1].end - sent.start):  # (the pattern opens with ",")
        return j  # "Residents of Nerkin Hand, a village of a few hundred people, said ...": a place (round 23)
    if tuple(words[i:j]) in lex.places or designation_label(lower, i):
        return j  # (a place; "designated X as a Foreign Terrorist Organization": the category)
    if j - i >= 2 and _law_determined(lower, i) and (lower[j - 1] in _LAW_WORDS or lower[i] in _LAW_WORDS
                                                    and lower[i + 1] == "of"):
        return j  # "under the Foreign Trade Law", "the Law of the People's Republic ...", "its 2020 Special
        #   Cybercrimes Law": a law, no actor
    if not country and feature_name(words, lower, i, j, set(lower[i:j]) & lex.organization_cues):
        return j  # "X, an annual exercise", "Cape of Good Hope" (not "Puerto Rico", "Cape Verde"): no actor
    if j < n and lower[j] in OUTLET_ROLES and not country and not lex.title_at(lower, i) \
            and (i > 0 or j + 1 < n and words[j + 1][:1].isupper()):  # (not "Independent journalists were ...")
        add(i, j, " ".join(words[i:j]), "Organization", "outlet")  # "Reuters journalist X", "Al Jazeera reporter X"
        return j
    if j - i <= 2 and 0 < i and j < n and lower[i - 1] in ("its", "his", "her", "their", "'s", "’s") \
            and words[j].islower() and lex.title_at(lower, j) and not _ACRONYM.match(words[i]) \
            and not country and not set(lower[i:j]) & lex.organization_cues:
        return j  # "its Pacific envoy", "the bank's Africa director": the remit of a post, not an actor
        # (but "Iran's Quds Force commander": a body of the state's)
    # the whole run is a country, its capital or seat ("the Kremlin"), or a demonym
    if country and i + country[0] == j:
        return country_run(lex, sent, words, lower, i, j, country[1], add)
    if sent.headline:  # Title Case: only forms the lexicon knows; names come from the body via coref
        x = i
        while x < j:
            c = lex.country_at(words, x)
            if c and x + c[0] <= j:
                add(x, x + c[0], c[1].country, "Country", "country")
                x += c[0]
                continue
            if lower[x] not in lex.function_words and lower[x] not in lex.connectors:
                add(x, x + 1, words[x], None, "headline")
            x += 1
        return j
    # title prefix: [country/demonym] title+ name
    k, aff, title, title_i = i, None, None, None
    if country and lex.title_at(lower, i + country[0]):
        aff, k = country[1].country, i + country[0]
    elif country and country[1].role == "demonym" and i + country[0] < j:
        p = remit_title_start(lex, words, lower, i + country[0], j, lambda *a, **kw: None)  # "Indian Home Minister X":
        # the remit is a portfolio of the country's, not an organisation of its own
        if p > i + country[0]:
            aff, k = country[1].country, p
    if k == i and not country and not lex.title_at(lower, i):
        k = remit_title_start(lex, words, lower, i, j, add)  # "Security Secretary X", "Senate Leader X"
    while k < j:
        t = lex.title_at(lower, k)
        c = lex.country_at(words, k) if not t and title is not None and title.rank else None
        if c and lex.title_at(lower, k + c[0]):  # "Former Kenyan President X", "Former U.S. President X"
            aff, k = c[1].country, k + c[0]
            continue
        if not t or k + t[0] >= j:
            break
        title, title_i, k = (t[1] if not (title and t[1].rank) else title), (title_i if title_i is not None else k), k + t[0]
    if title is not None and title.rank and (c := lex.country_at(words, k)) and c[1].role == "demonym" and k + c[0] == j:
        return demonym_mention(lex, words, lower, k, j, c[1].country, add, sent.headline)  # "Former Colombian
        # officials", "Former Colombian guerrilla commander X": the rank word qualifies a demonym, no person's name
    state_at = next((x for x in range(k + 1, j) if lex.country_at(words, x)), None) if lower[k:k + 1] == ["of"] else None
    if title is not None and not title.rank and state_at is not None and lower[state_at - 1] == "of":
        return state_at - 1  # "(Foreign) Minister (of Foreign Affairs) of Chile": the remit; Chile a run of its own
    if title is not None and not title.rank and k + 1 < j and (lower[k] == "for" or lower[k] == "of" and state_at is None):
        stop, name_at = remit_for(words, lower, k, j)  # "Minister for Trade and Industry X Y": the remit, then X Y;
        # "Minister of Foreign Affairs and Emigration X Y" the same
        if name_at is not None and could_be_a_persons_name(lex, words, lower, name_at, stop):
            add(name_at, stop, " ".join(words[name_at:stop]), "Person", "title", title=title, title_i=title_i,
                country=aff)
        return stop
    if title is None or title.rank:
        t_before = title_before(lex, lower, i, words) if not (j - i == 1 and _ACRONYM.match(words[i])) else None
        if t_before and not (t_before[0].rank and post_follows(lex, words, lower, j)):  # (not "the official APS news
            # agency": initials are a body's; nor "detained Istanbul mayor X": the rank word is X's, the run his city's)
            title, title_i = t_before
            for back in (1, 2):  # "the French ambassador, X"
                c = lex.country_at(words, title_i - back) if title_i - back >= 0 else None
                if c and (c[1].role == "demonym" or words[title_i - back].replace(".", "").isupper()) \
                        and title_i - back + c[0] == title_i:  # "the US envoy": initials as an adjective
                    outer = lex.country_at(words, title_i - back - 1) if title_i - back >= 1 else None
                    if not (outer and outer[1].role == "demonym"):  # "the Turkish Cypriot leader": a community's
                        aff = c[1].country
            aff = aff or possessor_state(lex, words, lower, title_i)  # "Lithuania's foreign minister, X"
    cues = set(lower[k:j])
    if any(ORG_SUFFIX.search(lower[x]) or CAMEL.match(words[x]) or words[x] == "&" for x in range(k, j)):
        cues.add("company")  # "Rosneft", "Gazprombank", "TotalEnergies", "Hallberg Aerotechnik", "Lund & Berg"
    if any(lower[x] in OPENING_HEADS for x in range(k, j - 1)):
        cues.add("organization")
    cues |= hidden_cues(lex, words, lower, k, j)
    if title is not None and not title.rank and k < j and cues & lex.organization_cues:
        of_org = next((x for x in range(k + 2, j - 1) if lower[x] == "of" and not {lower[y] for y in range(k, x)}
                       & lex.organization_cues), None)  # "Opposition leader X Y of the Civic Union": X Y, and the union
        if of_org is not None:
            add(k, of_org, " ".join(words[k:of_org]), "Person", "title", title=title, title_i=title_i, country=aff)
            return of_org + 1
    if title is not None and not title.rank and (split := titled_name_of(lex, words, lower, k, j, title)):
        of_body, tail, state = split  # "Opposition leader X Y of [the] Z": X Y, and Z
        add(k, of_body, " ".join(words[k:of_body]), "Person", "title", title=title, title_i=title_i,
            country=state or aff)
        if state:
            return tail  # "Prime Minister X of the United Kingdom": the country, read as ever
        add(tail, j, " ".join(words[tail:j]), "Organization", "cue")  # "of Progressive Z": a body's name
        return j
    if j + 1 < n and lower[j] in PLACE_TAILS and not country and sent.text[
            sent.tokens[j - 1].end - sent.start : sent.tokens[j - 1].end - sent.start + 1] == "-":
        return j  # "the Casablanca-based company", "a Lagos-registered firm": where the company is
    if title is not None and title.rank and j < n and lower[j] in ORG_AFTER:
        title = None  # "the opposition Fretilin party", "the jailed X movement": the word before describes a body
    if title is not None and (lower[j - 1] in PLACE_HEADS or titled_no_name(lex, words, lower, i, k, j) and not cues
                              & lex.organization_cues):  # "the President Hotel", "called a General Strike"
        return j  # a building named with a title's word, titles alone, a rank's word in a common phrase: no person
    if k < j and (lower[j - 1] if j - k > 1 else "") not in lex.organization_cues and not (cues & lex.organization_cues) and title:
        of_country = next((x for x in range(k + 2, j - 1) if lower[x] == "of" and (c := lex.country_at(words, x + 1))
                           and x + 1 + c[0] == j), None)  # "Foreign Minister X Y of Malaysia": X Y, Malaysia's
        if of_country is not None:
            add(k, of_country, " ".join(words[k:of_country]), "Person", "title", title=title, title_i=title_i,
                country=lex.country_at(words, of_country + 1)[1].country)  # type: ignore[index]
            return of_country + 1
        add(k, j, " ".join(words[k:j]), "Person", "title", title=title, title_i=title_i, country=aff)
        return j
    # a country inside a longer run without an organisation cue: split ("Agents of Venezuela")
    if j - i == 1 and (lower[i],) in lex.government_anaphors:
        add(i, j, words[i], None, "government")  # "Junta spokesman ..."
        return j
    if j - i == 1 and not _ACRONYM.match(words[i]) and lower[i] in lex.organization_cues:
        add(i, j, words[i], None, "single")  # "Brigades": only as a short form of a known organisation
        return j
    if j - i == 1 and (e := regional_group_end(words, lower, i)):
        add(i, e, " ".join(words[i:e]), "Group", "group")  # "European allies": several states, not the union
        return e
    if j - i == 1 and j < n and words[j].islower() and words[j] not in ("'s", "’s") and (
            ADJECTIVE_END.search(lower[i]) or i == 0 and (
            lower[i].endswith("ed") and len(lower[i]) > 4)) and lower[j] not in GROUP_STOP \
            and (i == 0 or lower[i - 1] in ("the", "a", "an")) and not _ACRONYM.match(words[i]) \
            and not cues & lex.organization_cues:
        return j  # "Federal troops", "Islamist fighters": an adjective capitalised at the start of the sentence
    if j + 2 < n and lower[j] == "and" and lower[j + 1] == "its" and lower[j + 2] in OWNER_NOUNS \
            and not country:
        add(i, j, " ".join(words[i:j]), "Organization", "cue")  # "X and its owner": X is a company
        return j
    org_before = (i > 0 and lower[i - 1] in _ORG_BEFORE) or (i > 1 and lower[i - 1] == "," and lower[i - 2] in _ORG_BEFORE
                                                             and words[i - 2].islower()
                                                             and "former" not in lower[max(0, i - 5) : i - 2]) \
        or (lower[i] in ("los", "las") and j - i > 1) \
        or named_body_before(lower, i)  # "Los Chacales": a Spanish plural article opens a gang's name
    if j - i == 1 and j < n and lower[j] in ORG_AFTER and i > 0 and lower[i - 1] in UNNAMED_BEFORE \
            and not cues & lex.organization_cues and not _ACRONYM.match(words[i]):
        return j  # "a local Yazidi militia", "any Baloch militants": a people's name describing the noun
    if j - i == 1 and j < n and lower[j] in ROLE_NOUNS and i > 0 and lower[i - 1] in ("a", "an") \
            and PEOPLE_ADJECTIVE.search(lower[i]) and not cues & lex.organization_cues:
        return j  # "a Sahrawi activist", "an Ogoni farmer": the people the person belongs to, not an actor
    if i > 0 and lower[i - 1] in ("based", "headquartered") and sent.text[
            sent.tokens[i - 1].start - sent.start - 1 : sent.tokens[i - 1].start - sent.start] == "-" \
            and not country:
        org_before = True  # "Dubai-based Harbor Crest": people are born somewhere, firms are based there
    elif not sent.headline and not country and apposed_body(lex, words, lower, j):
        org_before = True  # "Lashkar-e-Taiba, a Pakistan-based group"
    elif not country and acronym_follows(lex, words, i, j):
        org_before = True  # "the Rally for Renewal and Unity (RRU)": a name with its initials is a body's
    of_x = next((x for x in range(i + 2, j - 1) if lower[x] == "of"), None)
    if of_x is not None and not org_before and not set(lower[i:of_x]) & lex.organization_cues \
            and set(lower[of_x + 1 : j]) & lex.organization_cues and not country \
            and all(NAME_WORD.match(w) and not w.isupper() for w in words[i:of_x]) \
            and could_be_a_persons_name(lex, words, lower, i, of_x):
        add(i, of_x, " ".join(words[i:of_x]), "Person", "name-of")  # "Mira Okello of Radio Lakeside"
        return classify_run(lex, sent, words, lower, of_x + 1, j, add)
    if j - i >= 2 and lower[j - 1] in PLACE_HEADS and not org_before and not _ACRONYM.match(words[i]):
        return j  # "at the Government Palace", "the Presidential Palace": a building named after a body
    if cues & lex.organization_cues or (j < n and (lower[j] in ORG_AFTER or j - i >= 2 and lower[j] in BODY_AFTER)) \
            or org_before:
        acronym = j - i == 1 and _ACRONYM.match(words[i])  # "RSF fighters": still the initials of a full name
        add(i, j, " ".join(words[i:j]), "Organization", "acronym" if acronym else "cue")
        return j
    if cues & lex.place_cues:
        return j
    if named_place(words, lower, j):
        return j
    inner = next((x for x in range(i, j) if lex.country_at(words, x)), None)
    if inner is not None and inner > i:
        return inner if lower[inner - 1] in lex.connectors else classify_run(lex, sent, words, lower, i, inner, add)
    if j - i == 1:
        return single_word_run(lex, sent, words, lower, i, j, add)
    if i > 1 and lower[i - 1] == "of" and lower[i - 2] in PLACE_OF:
        return j  # "the siege of El Fasher": a place
    if j - i >= 2 and lower[j - 1] == "state":
        return j  # "a lawmaker from Ogun State", "toured Shan State": a federal state, a place (no person's name
        # ends so; "Islamic State" has its cue, see name_shapes.hidden_cues)
    if j < n and words[j] == "-" or sent.text[sent.tokens[j - 1].end - sent.start : sent.tokens[j - 1].end - sent.start + 1] == "-":
        return j  # "Hong Kong-registered": a modifier, not a person
    if all(persons_name_word(words, x, j) for x in range(i, j) if words[x][0].isupper()) and j - i <= 5:
        if i == 0 and j > 2 and lower[1] == "of" and title is None:
            return classify_run(lex, sent, words, lower, 2, j, add)  # "Control of Somair will pass to ...": a
            # noun capitalised only because it opens the sentence, then the name
        if i > 0 and (lower[i - 1] in PLACE_PREPS or lower[i - 1] in FLED) and i > 1 and lower[i - 2] not in INQUIRIES:
            # "in North Waziristan": a place unless a title or cue says otherwise
            return j
        if not could_be_a_persons_name(lex, words, lower, i, j):
            return j
        if quoted(sent, i, j):
            return j  # an "India Out" platform, a "Stop the Steal" rally: a slogan, not a person's name
        if i > 1 and lower[i - 1] == "the" and lower[i - 2] in MOTION_PREPS:
            return j  # "water drawn from the Amu Darya", "patrols along the Rovuma": a river or region
        if i > 0 and lower[i - 1] in DETERMINERS and j < n and lower[j] in OPERATION_NOUNS:
            return j  # "its Baltic Sentry mission", "the Golden Shield operation": an operation, not its doer
        if i > 0 and lower[i - 1] in DETERMINERS or initials_follow(lex, sent, words, i, j):
            # "the Shining Path", "the Kimberley Process": people are not named with an article, bodies are;
            # nor do people have their initials declared after their name ("Chama Cha Mapinduzi (CCM)")
            add(i, j, " ".join(words[i:j]), "Organization", "cue")
            return j
        if j < n and lower[j] in lex.group_nouns and lower[j] not in lex.state_group_nouns \
                and lower[j] not in A_PERSONS_PEOPLE and not (j + 1 < n and lower[j + 1] in ("of", "'s", "’s", "'", "’")):
            add(i, j + 1, " ".join(words[i : j + 1]), "Group", "group")  # "Tamil Nadu politicians": a place's people
            return j + 1  # (not "Imran Khan supporters": a person's own people)
        add(i, j, " ".join(words[i:j]), "Person", "name")
    return j
