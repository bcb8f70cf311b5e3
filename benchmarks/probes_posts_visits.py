"""Taking and leaving a post, hosting a visitor, acting on property: wordings real news uses and the annotated
sets rarely do. A post taken ("took over as leader of Y", "succeeded X as head of Y") is led by the new holder,
never by the one before; a post left ("stepped down as leader of Y") is a former office, not recorded (the sets'
README convention). A visitor welcomed, hosted or received at a place ("welcomed X to Santiago") is met, while
"welcomed Peru's decision" stays support. Seizing or striking property that belongs to, is owned or operated by X
("seized a tanker belonging to X") is done to X (the sets' gold: "froze bank accounts belonging to relatives",
"set fire to machinery belonging to X", "a drone operated by its armed forces"), but a named vessel is the one
seized, not its owner ("seized the tanker X, owned by Y"). All names are invented.
"""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_BODIES = (("the Northern Liberation Front", "Northern Liberation Front"),
           ("the Popular Renewal Party", "Popular Renewal Party"),
           ("the Andes Mining Company", "Andes Mining Company"))
_TIMES = ("", " on Monday", " last year")
_ROLES = ("leader", "head", "chairman", "new leader")
_TAKEN = ("took over as {r} of", "has taken over as {r} of", "was elected {r} of", "became {r} of",
          "was named {r} of", "was appointed {r} of", "succeeded Tomas Reyes as {r} of",
          "replaced Tomas Reyes as {r} of")
_TAKEN_PLAIN = ("took over the leadership of", "assumed the leadership of", "took the helm of")
_LEFT = ("stepped down as {r} of", "resigned as {r} of", "quit as {r} of", "was ousted as {r} of",
         "was removed as {r} of", "stood down as {r} of")


def _taken() -> list[Probe]:
    out = []
    for o, on in _BODIES:
        for t in _TIMES:
            for verb in _TAKEN:
                for r in _ROLES:
                    forbidden = (("Tomas Reyes", "LEADS", on),) if "Tomas" in verb else ()
                    phrase = f"{verb.format(r=r)} {o}{t}"
                    out.append(Probe("post taken", f"Ana Duarte {phrase}.", ("Ana Duarte", "LEADS", on), forbidden))
                    out.append(Probe("post taken", f"Ana Duarte, who {phrase}, met Luis Quispe.",
                                     ("Ana Duarte", "LEADS", on), forbidden))
            for verb in _TAKEN_PLAIN:
                out.append(Probe("post taken", f"Ana Duarte {verb} {o}{t}.", ("Ana Duarte", "LEADS", on)))
    return out


def _left() -> list[Probe]:
    out = []
    for o, on in _BODIES:
        for verb in _LEFT:
            for r in _ROLES:
                phrase = f"{verb.format(r=r)} {o}"
                no_post = (("Ana Duarte", "LEADS", on), ("Ana Duarte", "HOLDS_POSITION", on))
                out.append(Probe("post left", f"Ana Duarte, who {phrase} on Monday, met Luis Quispe.",
                                 ("Ana Duarte", "MEETS_WITH", "Luis Quispe"), no_post))
                out.append(Probe("post left", f"Ana Duarte {phrase} on Monday. She met Luis Quispe on Tuesday.",
                                 ("Ana Duarte", "MEETS_WITH", "Luis Quispe"), no_post))
    return out


_HOSTS = (("Chile", "Chile"), ("Chilean Foreign Minister Ana Duarte", "Ana Duarte"))
_VISITORS = (("opposition leader Tomas Reyes", "Tomas Reyes"), ("Tomas Reyes", "Tomas Reyes"),
             ("Peru's foreign minister", "Peru"), ("Peruvian President Luis Quispe", "Luis Quispe"))
_HOSTING = (("welcomed", "to"), ("hosted", "in"), ("received", "in"), ("welcomed", "in"))
_PLACES = ("Santiago", "the presidential palace", "the capital")
_TAILS = ("", " on Monday", " for talks on trade")
# "welcomed" of an act or a return stays support, with "to" after it
_PRAISED = (("welcomed Peru's decision to withdraw its troops", "Peru"),
            ("welcomed Peru's return to the talks", "Peru"),
            ("welcomed the release of opposition leader Tomas Reyes", "Tomas Reyes"),
            ("welcomed opposition leader Tomas Reyes's release", "Tomas Reyes"))


def _hosting() -> list[Probe]:
    out = []
    for h, hn in _HOSTS:
        for v, vn in _VISITORS:
            for verb, prep in _HOSTING:
                for place in _PLACES:
                    for tail in _TAILS:
                        out.append(Probe("visitor hosted", f"{h} {verb} {v} {prep} {place}{tail}.",
                                         (hn, "MEETS_WITH", vn), ((hn, "SUPPORTS", vn),)))
        for phrase, on in _PRAISED:
            out.append(Probe("visitor hosted", f"{h} {phrase}.", (hn, "SUPPORTS", on), ((hn, "MEETS_WITH", on),)))
    return out


_OWNERS = (("the Northern Liberation Front", "Northern Liberation Front"),
           ("the Andes Mining Company", "Andes Mining Company"), ("Peru", "Peru"))
_SHIPS = ("a tanker", "two ships", "a cargo plane")
_SEIZED = (("seized", "COERCES", _SHIPS + ("weapons",)), ("confiscated", "COERCES", ("weapons", "two trucks")),
           ("impounded", "COERCES", _SHIPS), ("attacked", "ATTACKS", ("a convoy", "two depots", "a tanker")))
_OWNED = ("belonging to", "owned by", "operated by")


def _property() -> list[Probe]:
    out = []
    for s, sn in _HOSTS:
        for o, on in _OWNERS:
            for verb, rel, things in _SEIZED:
                for thing in things:
                    for owned in _OWNED:
                        out.append(Probe("property of an actor", f"{s} {verb} {thing} {owned} {o} on Monday.",
                                         (sn, rel, on), ((sn, "ASSOCIATED_WITH", on),)))
            # a named vessel is the one seized; its owner is not
            out.append(Probe("property of an actor", f"{s} seized the tanker Sea Lark, owned by {o}, on Monday.",
                             (sn, "COERCES", "Sea Lark"), ((sn, "COERCES", on),)))
    return out


PROBES = _taken() + _left() + _hosting() + _property()
