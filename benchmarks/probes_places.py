"""Capitals and cities named as places, not actors. A capital stands for its government when it acts or is
acted on ("Washington said", "talks with Beijing", "Moscow denied"), but not as the site of a facility or an
event ("its embassy in Damascus", "talks in Doha", "a summit in Beijing") nor as the city a local official
serves ("Kyiv mayor X", "the governor of Tokyo, X"): a mayor or governor leads no country (the development gold
records a provincial governor as holding a post in the state, never as its leader), and a city before a post
("Istanbul mayor X") is no person, and a city's prosecutor or police chief is the one acting. A visit named as a
thing ("protested the visit of X to Taipei") is the visitor's, and a country a people is urged to leave is not the
one urged. Where the wanted relation with the place is unclear ("Israel struck targets in southern Lebanon": the
gold records strikes "inside Syria" as attacks on Syria) the probes leave it out or only forbid."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

# (capital, its country): the seats the lexicon knows
_CAPITALS = (("Damascus", "Syria"), ("Baghdad", "Iraq"), ("Kabul", "Afghanistan"), ("Beirut", "Lebanon"),
             ("Tehran", "Iran"), ("Caracas", "Venezuela"))
_FACILITIES = ("embassy", "consulate", "military base", "trade office")
# (the subject's reaction to an act on its own facility; the relation it would wrongly give the capital's state;
# the one it gives the culprit, when the wording names one)
_REACTIONS = (("vowed revenge for the strike on its {f} in {c}", "THREATENS", None),
              ("vowed to retaliate for the attack on its {f} in {c}", "THREATENS", None),
              ("condemned the attack on its {f} in {c}", "ACCUSES", None),
              ("demanded an inquiry into the bombing of its {f} in {c}", "DEMANDS", None),
              ("threatened to respond to the attack on its {f} in {c}", "THREATENS", None),
              ("vowed revenge against Israel for the strike on its {f} in {c}", "THREATENS", "THREATENS"),
              ("blamed Israel for the attack on its {f} in {c}", "ACCUSES", "ACCUSES"),
              ("accused Israel of bombing its {f} in {c}", "ACCUSES", "ACCUSES"),
              ("demanded that Israel pay for the strike on its {f} in {c}", "DEMANDS", "DEMANDS"))
_REACTORS = ("Turkey", "India", "Pakistan", "Egypt")


def _facility(subject: str, reaction: str, rel: str, culprit: str | None, facility: str, capital: str,
              country: str) -> Probe:
    text = f"{subject} {reaction.format(f=facility, c=capital)} on Monday."
    expected = (subject, culprit, "Israel") if culprit else ("", "", "")
    return Probe("places: own facility in a capital", text, expected,
                 forbidden=((subject, rel, country), (subject, "ATTACKS", country), (country, "ATTACKS", subject),
                            ("Israel", "ATTACKS", country)))


# revenge for a strike on a capital: the struck capital's state is not the one threatened
_AVENGING = (("vowed revenge for the strike on {c}", None), ("vowed revenge for Israel's strike on {c}", None),
             ("vowed to retaliate for the drone attack on {c}", None),
             ("threatened to respond to the missile strikes on {c}", None),
             ("vowed revenge against Israel for the strike on {c}", "Israel"))


def _avenged(subject: str, shape: str, culprit: str | None, capital: str, country: str) -> Probe:
    text = f"{subject} {shape.format(c=capital)} on Monday."
    expected = (subject, "THREATENS", culprit) if culprit else ("", "", "")
    return Probe("places: revenge for a strike on a capital", text, expected,
                 forbidden=((subject, "THREATENS", country),))


# meetings and deals at a venue: the parties are the two named, never the host city's state
_VENUES = (("{a} and {b} held talks in {c}", "NEGOTIATES_WITH"),
           ("{a} held talks with {b} in {c}", "NEGOTIATES_WITH"),
           ("{a} met {b} at a summit in {c}", "MEETS_WITH"),
           ("{a} signed a trade deal with {b} in {c}", "AGREES_WITH"),
           ("{a} and {b} signed a ceasefire agreement at talks in {c}", "AGREES_WITH"),
           ("{a} met {b} on the sidelines of a conference in {c}", "MEETS_WITH"),
           ("{a} accused {b} of stalling the talks in {c}", "ACCUSES"))
_VENUE_PAIRS = (("Armenia", "Azerbaijan"), ("Sudan", "Chad"), ("Peru", "Chile"))
_VENUE_CITIES = (("Doha", "Qatar"), ("Riyadh", "Saudi Arabia"), ("Beijing", "China"), ("Washington", "United States"),
                 ("Ankara", "Turkey"), ("Geneva", ""))
_ANY = ("NEGOTIATES_WITH", "MEETS_WITH", "AGREES_WITH", "ACCUSES")


def _venue(shape: str, rel: str, a: str, b: str, city: str, host: str) -> Probe:
    text = f"{shape.format(a=a, b=b, c=city)} on Monday."
    bad = tuple((x, t, host) for x in (a, b) for t in _ANY) if host else ()
    return Probe("places: venue in a capital", text, (a, rel, b), forbidden=bad)


# local officials: a mayor or governor of a city, written the ways news writes a post
_POSTS = ("{c} mayor {p}", "{c}'s mayor, {p},", "The mayor of {c}, {p},", "{p}, the mayor of {c},",
          "{p}, {c}'s mayor,", "{c} governor {p}", "The governor of {c}, {p},", "{p}, the {c} mayor,",
          "{c} Mayor {p}", "{c} Governor {p}", "Mayor {p} of {c}")
_CITIES = (("Kyiv", "Ukraine"), ("Tokyo", "Japan"), ("Tehran", "Iran"), ("Paris", "France"), ("Seoul", "South Korea"))
_OFFICIAL = "Dana Morel"
_ACTS = (("accused Russia of war crimes", "ACCUSES", "Russia"), ("criticised Israel", "ACCUSES", "Israel"),
         ("met Pope Leo", "MEETS_WITH", "Pope Leo"))


def _local(post: str, city: str, country: str, act: str, rel: str, obj: str) -> Probe:
    subject = post.format(c=city, p=_OFFICIAL)
    text = f"{subject} {act} on Monday."
    return Probe("places: mayor or governor of a capital", text, (_OFFICIAL, rel, obj),
                 forbidden=((_OFFICIAL, "LEADS", country),))


# a city that is no seat before a post: the city is no person, and the post's holder is the one acted on
_TOWNS = ("Istanbul", "Lagos", "Karachi", "Kharkiv", "Mombasa", "Izmir")
_ACTORS = (("Turkey", "detained"), ("Nigeria", "arrested"), ("Pakistan", "jailed"))
_TOWN_POSTS = ("mayor", "governor", "deputy mayor", "police chief")


_TOWN_SHAPES = ("{t} {post} {p}", "{t}'s {post}, {p},", "{t}'s {post} {p}")


def _town(state: str, verb: str, town: str, post: str, shape: str) -> Probe:
    text = f"{state} {verb} {shape.format(t=town, post=post, p=_OFFICIAL)} on Wednesday."
    return Probe("places: city before a post", text, (state, "COERCES", _OFFICIAL),
                 forbidden=((_OFFICIAL, "ASSOCIATED_WITH", town), (state, "COERCES", town)), absent=(town,))


# a city's prosecutor or police chief is the one who acts, not the one acted on
_CITY_OFFICERS = (("prosecutor", "charged", "INVESTIGATES"), ("prosecutor", "indicted", "INVESTIGATES"),
                  ("police chief", "arrested", "COERCES"), ("chief prosecutor", "charged", "INVESTIGATES"))
_OFFICER_CITIES = (("Tehran", "Iran"), ("Moscow", "Russia"), ("Nairobi", "Kenya"), ("Karachi", ""), ("Istanbul", ""))


def _officer(post: str, verb: str, rel: str, city: str, country: str) -> Probe:
    text = f"{city} {post} {_OFFICIAL} {verb} journalist Omar Haddad on Tuesday."
    bad = ((country, rel, _OFFICIAL),) if country else ()
    return Probe("places: city officer acting", text, (_OFFICIAL, rel, "Omar Haddad"),
                 forbidden=bad + ((_OFFICIAL, "LEADS", country),) if country else bad, absent=(city,))


# a visit named as a thing: its visitor and the place visited, not the state that speaks of it
_VISIT_STANCES = ("protested", "condemned", "criticised", "denounced")
_VISITS = ("the visit of {v} to {c}", "the visit by {v} to {c}", "the visit to {c} by {v}")
_VISITORS = (("Senator Mark Hale", "Mark Hale"), ("U.S. lawmakers", "United States"),
             ("Lithuania's foreign minister", "Lithuania"))


def _visit(stance: str, shape: str, visitor: str, party: str, capital: str, country: str) -> Probe:
    text = f"China {stance} {shape.format(v=visitor, c=capital)} on Monday."
    return Probe("places: visit to a capital", text, (party, "MEETS_WITH", country),
                 forbidden=(("China", "MEETS_WITH", country), ("China", "MEETS_WITH", party)))


# a people told to leave or avoid a country: the country is where they are, not the one asked
_ADVISERS = (("Washington", "United States", "Americans"), ("France", "France", "French nationals"),
             ("Canada", "Canada", "Canadians"), ("India", "India", "Indians"))
_ADVICE = ("urged {p} to leave {c}", "asked {p} to leave {c} immediately", "urged {p} to avoid travel to {c}",
           "called on {p} to leave {c}")


def _advice(speaker: str, state: str, people: str, advice: str, country: str) -> Probe:
    text = f"{speaker} {advice.format(p=people, c=country)} on Monday."
    return Probe("places: people told to leave a country", text, ("", "", ""), forbidden=((state, "DEMANDS", country),))


# a capital used as its government must stay one
_AS_GOVERNMENT = (("{c} said it would impose sanctions on Peru", "SANCTIONS", "Peru", "hypothetical"),
                  ("{c} denied the accusation made by Peru", "DENIES", "Peru", None),
                  ("{c} accused Peru of spying", "ACCUSES", "Peru", None),
                  ("Peru held talks with {c}", "NEGOTIATES_WITH", "Peru", None),
                  ("Peru urged {c} to release the sailors", "DEMANDS", "Peru", None))
_GOVERNMENT_SEATS = (("Washington", "United States"), ("Beijing", "China"), ("Moscow", "Russia"),
                     ("Tehran", "Iran"), ("Ankara", "Turkey"), ("Caracas", "Venezuela"))


def _government(shape: str, rel: str, other: str, status: str | None, seat: str, country: str) -> Probe:
    text = f"{shape.format(c=seat)} on Monday."
    expected = (other, rel, country) if shape.startswith("Peru") else (country, rel, other)
    return Probe("places: capital as its government", text, expected, status=status)


PROBES = (
    [_facility(s, r, rel, cu, f, c, k) for s in _REACTORS for r, rel, cu in _REACTIONS for f in _FACILITIES
     for c, k in _CAPITALS if k != s]
    + [_avenged(s, sh, cu, c, k) for s in _REACTORS for sh, cu in _AVENGING for c, k in _CAPITALS if k != s]
    + [_venue(shape, rel, a, b, c, h) for shape, rel in _VENUES for a, b in _VENUE_PAIRS for c, h in _VENUE_CITIES]
    + [_local(p, c, k, act, rel, o) for p in _POSTS for c, k in _CITIES for act, rel, o in _ACTS]
    + [_town(s, v, t, p, sh) for s, v in _ACTORS for t in _TOWNS for p in _TOWN_POSTS for sh in _TOWN_SHAPES]
    + [_visit(st, sh, v, p, c, k) for st in _VISIT_STANCES for sh in _VISITS for v, p in _VISITORS
       for c, k in (("Taipei", "Taiwan"), ("Kyiv", "Ukraine"))]
    + [_advice(sp, st, pe, a, c) for sp, st, pe in _ADVISERS for a in _ADVICE for c in ("Lebanon", "Iran", "Haiti")]
    + [_officer(p, v, rel, c, k) for p, v, rel in _CITY_OFFICERS for c, k in _OFFICER_CITIES]
    + [_government(sh, rel, o, st, seat, k) for sh, rel, o, st in _AS_GOVERNMENT for seat, k in _GOVERNMENT_SEATS]
)
