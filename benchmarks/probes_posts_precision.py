"""Precision of posts (LEADS / HOLDS_POSITION). A bare title ("Foreign Minister X", no state named) belongs to
the state of the story, never to the state X acts on: "Interior Minister X did not attend talks with Peru" gives
no post in Peru, and when the first sentence sets X's side ("Chile recalled its ambassador ...") the post is in
Chile. A post held in the past ("X, who led the Y from 2010 to 2015") is not recorded (docs/extraction.md:
former offices give no edge), while one held since a date ("who has led the Y since 2019") is."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PERSON = "Luis Rojas"
# (title, the post it gives): a head of state or government leads the state, the others hold a post in it
_TITLES = (("Foreign Minister", "HOLDS_POSITION"), ("Defence Minister", "HOLDS_POSITION"),
           ("Interior Minister", "HOLDS_POSITION"), ("President", "LEADS"), ("Prime Minister", "LEADS"),
           ("Special envoy", "HOLDS_POSITION"), ("Government spokesman", "HOLDS_POSITION"))
# (the act on the counterpart, with {c} for it; the relation it gives; its status)
_ACTS = (("met {c}'s president", "MEETS_WITH", "asserted"), ("held talks with {c}", "NEGOTIATES_WITH", "asserted"),
         ("accused {c} of stalling the talks", "ACCUSES", "asserted"), ("sanctioned {c}", "SANCTIONS", "asserted"),
         ("threatened {c} with new tariffs", "THREATENS", "asserted"),
         ("did not attend talks with {c}", "NEGOTIATES_WITH", "negated"), ("visited {c}", "MEETS_WITH", "asserted"),
         ("criticised {c}", "ACCUSES", "asserted"))
# the counterpart as a named official of its state: the act ties X to the official, the state is still not X's
_OFFICIALS = ("met {d} President Ana Soto", "held talks with {d} Foreign Minister Ana Soto",
              "sanctioned {d} Defence Minister Ana Soto", "threatened {d} President Ana Soto",
              "met {c}'s foreign minister, Ana Soto,")
_OFFICIAL_RELS = {"met": "MEETS_WITH", "held": "NEGOTIATES_WITH", "sanctioned": "SANCTIONS", "threatened": "THREATENS"}
_POSTS = ("LEADS", "HOLDS_POSITION")
# what follows the act sentence: nothing, or a sentence that names the counterpart again (the story's main state)
_AFTER = ("", " {c} has not responded.", " Officials in {c} said they were surprised.")


def _counterpart(title: str, act: str, rel: str, status: str, after: str) -> Probe:
    text = f"{title} {_PERSON} {act.format(c='Peru')} on Monday.{after.format(c='Peru')}"
    return Probe("posts: bare title, counterpart state", text, (_PERSON, rel, "Peru"),
                 forbidden=tuple((_PERSON, p, "Peru") for p in _POSTS), status=status)


def _official(title: str, act: str) -> Probe:
    text = f"{title} {_PERSON} {act.format(c='Peru', d='Peruvian')} on Monday."
    return Probe("posts: bare title, counterpart official", text,
                 (_PERSON, _OFFICIAL_RELS[act.split()[0]], "Ana Soto"),
                 forbidden=tuple((_PERSON, p, "Peru") for p in _POSTS))


def _home(title: str, post: str, act: str, after: str) -> Probe:
    text = (f"Chile recalled its ambassador on Sunday. {title} {_PERSON} {act.format(c='Peru')} on Monday."
            f"{after.format(c='Peru')}")
    return Probe("posts: bare title, home state set first", text, (_PERSON, post, "Chile"),
                 forbidden=tuple((_PERSON, p, "Peru") for p in _POSTS))


# past and present posts: (wording with {p} for the person and {o} for the body, held now)
_ORG = "Labour Party"
_PAST = ("{p}, who served as leader of the {o} until 2019, met Peru's president on Monday.",
         "{p}, who led the {o} from 2010 to 2015, met Peru's president on Monday.",
         "{p} was head of the {o} between 2012 and 2016 and met Peru's president on Monday.",
         "{p}, who headed the {o} from 2008 until 2012, met Peru's president on Monday.",
         "{p}, who was leader of the {o} between 2001 and 2005, met Peru's president on Monday.",
         "{p} led the {o} from 2014 to 2018 and met Peru's president on Monday.",
         "{p}, who chaired the {o} until 2020, met Peru's president on Monday.",
         "{p}, who led the {o} until last year, met Peru's president on Monday.",
         "{p}, the head of the {o} from March 2011 to June 2014, met Peru's president on Monday.")
_PRESENT = ("{p}, who has led the {o} since 2019, met Peru's president on Monday.",
            "{p}, who has been leader of the {o} since 2021, met Peru's president on Monday.",
            "{p}, who has headed the {o} since 2018, met Peru's president on Monday.")
_BODIES = ("Labour Party", "National Farmers Union", "Central Bank")

PROBES = [
    _counterpart(title, act, rel, status, after)
    for title, _ in _TITLES for act, rel, status in _ACTS for after in _AFTER
] + [
    _official(title, act) for title, _ in _TITLES for act in _OFFICIALS
] + [
    _home(title, post, act, after)
    for title, post in _TITLES if title != "Special envoy"  # (an envoy may be an international body's)
    for act, _, _ in _ACTS for after in _AFTER
] + [
    Probe("posts: past post", w.format(p=_PERSON, o=o), (_PERSON, "MEETS_WITH", "Peru"),
          forbidden=tuple((_PERSON, p, o) for p in _POSTS))
    for w in _PAST for o in _BODIES
] + [
    Probe("posts: post held since a date", w.format(p=_PERSON, o=o), (_PERSON, "LEADS", o))
    for w in _PRESENT for o in _BODIES
]
