"""Nominalisations: a relation told by a noun phrase rather than a verb ("Chile's sanctions on Peru", "the
arrest of X by Chilean police", "U.S. sanctions against Peru", "Maduro's negotiation attempt with Trump"). The
agent is a possessive, a demonym or state modifier, or a by-phrase; the target comes through the noun's
preposition. The phrase is put where news puts it: the subject or object of a neutral clause, after "after",
inside another relation's clause ("Ecuador condemned Chile's attack on Peru"). Status words on the noun
("planned", "proposed", "alleged", "denied any ...") set the status as docs/extraction.md says. Parties: two
countries, an invented titled minister (only for nouns a person does: talks, accusations, support ...), a
cue-word organisation and an invented opposition leader as objects.
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.probe_grid import Probe, capitalised


@dataclass(frozen=True)
class Noun:
    head: str  # "sanctions", "attack"
    prep: str  # the preposition that takes the target
    type: str
    obj: str = "country"  # country | person | org: what kind of target the noun takes
    tail: str = ""  # after the target: " as a terrorist group"
    person_agent: bool = False  # a person does it ("the minister's talks with Peru")
    modifier: bool = False  # natural after a demonym ("Chilean sanctions on Peru")
    by: bool = False  # natural with a by-phrase ("the attack by Chile on Peru", "the arrest of X by Chile")
    plural: bool = False
    planned: bool = True  # "Chile's planned/proposed N" is English ("planned talks", not "planned criticism")
    alleged: bool = True  # "Chile's alleged N" is English


NOUNS = (
    Noun("sanctions", "on", "SANCTIONS", modifier=True, by=True, plural=True),
    Noun("sanctions", "against", "SANCTIONS", modifier=True, by=True, plural=True),
    Noun("attack", "on", "ATTACKS", modifier=True, by=True),
    Noun("strikes", "on", "ATTACKS", modifier=True, by=True, plural=True),
    Noun("offensive", "against", "ATTACKS", modifier=True, by=True),
    Noun("arrest", "of", "COERCES", obj="person", by=True),
    Noun("detention", "of", "COERCES", obj="person", by=True),
    Noun("accusations", "against", "ACCUSES", person_agent=True, modifier=True, by=True, plural=True, planned=False, alleged=False),
    Noun("criticism", "of", "ACCUSES", person_agent=True, modifier=True, by=True, planned=False, alleged=False),
    Noun("condemnation", "of", "ACCUSES", person_agent=True, modifier=True, by=True, planned=False, alleged=False),
    Noun("talks", "with", "NEGOTIATES_WITH", person_agent=True, plural=True),
    Noun("negotiations", "with", "NEGOTIATES_WITH", person_agent=True, plural=True),
    Noun("meeting", "with", "MEETS_WITH", person_agent=True),
    Noun("designation", "of", "DESIGNATES", obj="org", tail=" as a terrorist group", modifier=True, by=True),
    Noun("support", "for", "SUPPORTS", obj="org", person_agent=True, modifier=True),
    Noun("backing", "of", "SUPPORTS", obj="org", person_agent=True, modifier=True),
    Noun("demand", "for", "DEMANDS", tail=" to withdraw its troops", person_agent=True, planned=False, alleged=False),
    Noun("threats", "against", "THREATENS", person_agent=True, modifier=True, by=True, plural=True, planned=False, alleged=False),
    Noun("deal", "with", "AGREES_WITH", person_agent=True),
    Noun("agreement", "with", "AGREES_WITH", person_agent=True),
    Noun("military aid", "to", "AIDS", obj="org", modifier=True, plural=True),
    Noun("investigation", "into", "INVESTIGATES", obj="org", by=True),
)

_OBJECTS = {"country": ("Peru", "Peru"), "person": ("opposition leader Tomas Vidal", "Tomas Vidal"),
            "org": ("the Northern Front", "Northern Front")}
# (agent as written, its actor name, its possessive); the person only for the nouns a person does
_AGENTS = (("Chile", "Chile", "Chile's"), ("Foreign Minister Ana Duarte", "Ana Duarte", "Foreign Minister Ana Duarte's"))
_DEMONYMS = (("Chilean", "Chile"), ("U.S.", "United States"), ("American", "United States"))
# where the noun phrase stands: "{np}" (capitalised when it opens the sentence)
_FRAMES = ("{np} drew attention on Tuesday.", "Analysts discussed {np} on Tuesday.",
           "After {np}, markets fell on Tuesday.", "The report, released on Tuesday, examined {np}.",
           "In Lima, {np} dominated the news on Tuesday.")


def _framed(np: str) -> list[str]:
    return [capitalised(f.format(np=np)) for f in _FRAMES]


def _probes() -> list[Probe]:
    out: list[Probe] = []
    for n in NOUNS:
        o, on = _OBJECTS[n.obj]
        target = f"{n.prep} {o}{n.tail}"
        for a, an, poss in _AGENTS:
            if a != "Chile" and not n.person_agent:
                continue
            rel = (an, n.type, on)
            for np in (f"{poss} {n.head} {target}", f"{poss} latest {n.head} {target}",
                       f"{poss} {n.head} on Monday {target}" if n.prep != "on" else f"{poss} {n.head} {target}"):
                out += [Probe("nominal: possessive agent", t, rel, status="asserted") for t in _framed(np)]
        rel = ("Chile", n.type, on)
        if n.by:
            art = "the"
            by_nps = ([f"{art} {n.head} of {o} by Chile{n.tail}", f"{art} {n.head} of {o} by Chilean authorities{n.tail}"]
                      if n.prep == "of" else [f"{art} {n.head} by Chile {target}", f"{art} {n.head} {target} by Chile"])
            for np in by_nps:
                out += [Probe("nominal: by-phrase agent", t, rel, status="asserted") for t in _framed(np)]
        if n.modifier:
            for dem, dn in _DEMONYMS:
                art = "" if n.plural else "the "
                np = f"{art}{dem} {n.head} {target}"
                out += [Probe("nominal: demonym agent", t, (dn, n.type, on), status="asserted") for t in _framed(np)]
        # the noun phrase inside another relation's clause, and statuses on the noun
        np = f"Chile's {n.head} {target}"
        out += [
            Probe("nominal: inside a clause", f"Ecuador condemned {np} on Tuesday.", rel),
            Probe("nominal: inside a clause", f"Ecuador said {np} was unacceptable.", rel),
            Probe("nominal: inside a clause", f"Following {np}, Ecuador recalled its envoy.", rel),
            Probe("nominal: inside a clause", f"Ecuador was surprised by {np}.", rel),
        ]
        if n.planned:
            out += [Probe("nominal: status", f"Chile's {w} {n.head} {target} drew attention on Tuesday.", rel,
                          status="hypothetical") for w in ("planned", "proposed")]
        if n.alleged:
            out.append(Probe("nominal: status", f"Chile's alleged {n.head} {target} drew attention on Tuesday.", rel,
                             status="alleged"))
        if n.by and n.alleged and n.prep != "of":
            out.append(Probe("nominal: status", f"The alleged {n.head} by Chile {target} drew attention on Tuesday.",
                             rel, status="alleged"))
    for noun, typ in (("attack", "ATTACKS"), ("strike", "ATTACKS"), ("sanctions", "SANCTIONS")):
        for prep in ("on", "against"):
            out.append(Probe("nominal: status", f"Chile denied any {noun} {prep} Peru.", ("Chile", typ, "Peru"),
                             status="denied"))
    for noun in ("talks", "negotiations"):  # the noun phrase is the subject of its own clause
        for verb in ("collapsed", "stalled", "resumed", "broke down"):
            out.append(Probe("nominal: inside a clause", f"Chile's {noun} with Peru {verb} on Tuesday.",
                             ("Chile", "NEGOTIATES_WITH", "Peru")))
    for noun in ("strikes", "attacks", "raids"):
        for obj in ("Peruvian forces", "Peruvian troops", "the Peruvian army"):  # demonym + state noun: the state
            out += [Probe("nominal: demonym target", t, ("Chile", "ATTACKS", "Peru"))
                    for t in (f"Chilean {noun} on {obj} drew attention on Tuesday.",
                              f"Chile's {noun} on {obj} drew attention on Tuesday.")]
    return out


PROBES = _probes()
