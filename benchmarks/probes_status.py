"""Status and attribution: a relation keeps its parties whatever the source says of it, and carries how the source
tells it — alleged ("allegedly", "is accused of ...ing", "X accused A of ...ing B"), reported ("reportedly",
"according to reports", "Reuters reported that"), hypothetical ("may", "plans to", "threatened to", "called on A
to"), requested ("called on A to": A is asked), negated ("did not", "has yet to", "refused to"), denied ("denied ...ing", "rejected reports that") — and,
where docs/extraction.md sets it, who tells it (``attributed_to``: "according to Reuters", "Reuters reported",
"X's foreign ministry said"). Three kinds of subject (a country, a titled invented person, a cue-word
organisation) across eight relation types; a person object for arrests.
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.probe_grid import Probe, capitalised


@dataclass(frozen=True)
class Verb:
    base: str
    third: str
    past: str
    ing: str
    type: str
    person_object: bool = False


VERBS = (
    Verb("meet", "meets", "met", "meeting", "MEETS_WITH"),
    Verb("hold talks with", "holds talks with", "held talks with", "holding talks with", "NEGOTIATES_WITH"),
    Verb("sanction", "sanctions", "sanctioned", "sanctioning", "SANCTIONS"),
    Verb("attack", "attacks", "attacked", "attacking", "ATTACKS"),
    Verb("threaten", "threatens", "threatened", "threatening", "THREATENS"),
    Verb("arrest", "arrests", "arrested", "arresting", "COERCES", person_object=True),
    Verb("sign a deal with", "signs a deal with", "signed a deal with", "signing a deal with", "AGREES_WITH"),
    Verb("support", "supports", "supported", "supporting", "SUPPORTS"),
)

# (subject as written, its actor name, its pronoun)
SUBJECTS = (
    ("Chile", "Chile", "it"),
    ("Interior Minister Luis Rojas", "Luis Rojas", "he"),
    ("the Southern Liberation Front", "Southern Liberation Front", "it"),
)
OBJECT, PERSON = ("Peru", "Peru"), ("opposition leader Tomas Reyes", "Tomas Reyes")

# (family, template, status); {s} subject, {o} object, {p} subject's pronoun, verb forms by name
_GRID = (
    ("alleged", "{s} allegedly {past} {o}.", "alleged"),
    ("alleged", "{s} is accused of {ing} {o}.", "alleged"),
    ("alleged", "Ecuador accused {s} of {ing} {o}.", "alleged"),
    ("alleged", "{s} is suspected of {ing} {o}.", "alleged"),
    ("alleged", "Ecuador claimed that {s} had {past} {o}.", "alleged"),
    ("alleged", "{s} purportedly {past} {o}.", "alleged"),
    ("reported", "{s} reportedly {past} {o}.", "reported"),
    ("reported", "According to reports, {s} {past} {o}.", "reported"),
    ("reported", "{s} {past} {o}, according to reports.", "reported"),
    ("reported", "State media said {s} {past} {o}.", "reported"),
    ("reported", "State television said {s} {past} {o}.", "reported"),
    ("reported", "{s} {past} {o}, state media reported.", "reported"),
    ("hypothetical", "{s} may {base} {o}.", "hypothetical"),
    ("hypothetical", "{s} could {base} {o}.", "hypothetical"),
    ("hypothetical", "{s} plans to {base} {o}.", "hypothetical"),
    ("hypothetical", "{s} is expected to {base} {o}.", "hypothetical"),
    ("hypothetical", "{s} would {base} {o} if talks failed.", "hypothetical"),
    ("hypothetical", "{s} is considering whether to {base} {o}.", "hypothetical"),
    ("negated", "{s} did not {base} {o}.", "negated"),
    ("negated", "{s} has never {past} {o}.", "negated"),
    ("negated", "{s} refused to {base} {o}.", "negated"),
    ("negated", "{s} has yet to {base} {o}.", "negated"),
    ("negated", "{s} has not yet {past} {o}.", "negated"),
    ("negated", "{s} declined to {base} {o}.", "negated"),
    ("denied", "{s} denied {ing} {o}.", "denied"),
    ("denied", "{s} rejected reports that {p} had {past} {o}.", "denied"),
    ("denied", "{s} dismissed claims that {p} had {past} {o}.", "denied"),
    ("denied", "{s} denies that {p} {past} {o}.", "denied"),
)
# an act one party asks of another: the request is told (DEMANDS); the act is no relation of the party asked, save
#   measures called for, which stay hypothetical (the convention of docs/extraction.md's gold sets)
_ASKED = ("Ecuador called on {s} to {base} {o}.", "Ecuador urged {s} to {base} {o}.")
_MEASURES = ("SANCTIONS", "COERCES", "THREATENS")
# (template, status, attributed to)
_SAID = (
    ("According to Reuters, {s} {past} {o}.", "reported", "Reuters"),
    ("{s} {past} {o}, according to Reuters.", "reported", "Reuters"),
    ("Reuters reported that {s} {past} {o}.", "reported", "Reuters"),
    ("{s} {past} {o}, Reuters reported.", "reported", "Reuters"),
    ("Ecuador's foreign ministry said {s} {past} {o}.", "asserted", "Ecuador"),
    ("Ecuador's defence ministry said on Monday that {s} had {past} {o}.", "asserted", "Ecuador"),
)
# wordings for one type only: (template, TYPE, status)
_TYPED = (
    ("{s} threatened to sanction {o}.", "SANCTIONS", "hypothetical"),
    ("{s} threatened to attack {o}.", "ATTACKS", "hypothetical"),
    ("{s} is considering sanctions against {o}.", "SANCTIONS", "hypothetical"),
    ("{s} failed to reach a deal with {o}.", "AGREES_WITH", "negated"),
    ("{s} no longer supports {o}.", "SUPPORTS", "negated"),
    ("{s} ruled out talks with {o}.", "NEGOTIATES_WITH", "negated"),
    ("{s} has never met {o}.", "MEETS_WITH", "negated"),
    ("{s} did not attend talks with {o}.", "NEGOTIATES_WITH", "negated"),
)


def _text(template: str, v: Verb, s: str, p: str, o: str) -> str:
    text = template.format(s=s, o=o, p=p, base=v.base, third=v.third, past=v.past, ing=v.ing)
    return capitalised(text)


def _probes() -> list[Probe]:
    out: list[Probe] = []
    for s, sn, p in SUBJECTS:
        for v in VERBS:
            o, on = PERSON if v.person_object else OBJECT
            rel = (sn, v.type, on)
            for family, template, status in _GRID:
                if v.base == "threaten" and "accus" in template:
                    continue
                out.append(Probe(f"status: {family}", _text(template, v, s, p, o), rel, status=status))
            for template in _ASKED:
                text = _text(template, v, s, p, o)
                out.append(Probe("status: requested act", text, ("Ecuador", "DEMANDS", sn), status="asserted"))
                if v.type in _MEASURES:
                    out.append(Probe("status: requested act", text, rel, status="hypothetical",
                                     forbidden=(("Ecuador", v.type, on),)))
            for template, status, who in _SAID:
                out.append(Probe("status: attribution", _text(template, v, s, p, o), rel, status=status,
                                 attributed_to=who))
        for template, type_, status in _TYPED:
            out.append(Probe("status: one type", _text(template, VERBS[0], s, p, OBJECT[0]), (sn, type_, "Peru"),
                             status=status))
        out.append(Probe("status: one type", _text("{s} threatened to sanction {o}.", VERBS[0], s, p, "Peru"),
                         (sn, "THREATENS", "Peru"), status="asserted"))
    return out


PROBES = _probes()
