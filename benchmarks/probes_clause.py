"""Clause and structure variation around a fixed pair of parties: a relation found in "Chile sanctioned Peru on
Monday." must survive a change of tense, a word or phrase put between subject and verb or verb and object, a
sentence opener, the passive, coordination, reported speech and hedges (which change the status, not the
relation). Two pairs of parties: two countries, and a titled invented minister with a country (a person
object for arrests). Families are named after the variation; where docs/extraction.md fixes the status
("will" → hypothetical, "reportedly" → reported, "did not" → negated ...) the probe checks it.
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.probe_grid import Probe, capitalised


@dataclass(frozen=True)
class Verb:
    base: str  # "sanction", "hold talks with"
    third: str  # "sanctions"
    past: str  # "sanctioned"
    part: str  # "sanctioned" (has ...)
    ing: str  # "sanctioning"
    type: str
    tail: str = ""  # after the object: " of shelling border villages"
    person_object: bool = False  # the object is a person ("arrested X")
    passive: str | None = None  # "{o} was sanctioned by {s}" when the passive is natural


VERBS = (
    Verb("meet", "meets", "met", "met", "meeting", "MEETS_WITH"),
    Verb("hold talks with", "holds talks with", "held talks with", "held talks with", "holding talks with",
         "NEGOTIATES_WITH"),
    Verb("sanction", "sanctions", "sanctioned", "sanctioned", "sanctioning", "SANCTIONS",
         passive="{o} was sanctioned by {s}"),
    Verb("accuse", "accuses", "accused", "accused", "accusing", "ACCUSES", tail=" of shelling border villages",
         passive="{o} was accused by {s} of shelling border villages"),
    Verb("threaten", "threatens", "threatened", "threatened", "threatening", "THREATENS",
         passive="{o} was threatened by {s}"),
    Verb("attack", "attacks", "attacked", "attacked", "attacking", "ATTACKS", passive="{o} was attacked by {s}"),
    Verb("arrest", "arrests", "arrested", "arrested", "arresting", "COERCES", person_object=True,
         passive="{o} was arrested by {s}"),
    Verb("call on", "calls on", "called on", "called on", "calling on", "DEMANDS", tail=" to withdraw its troops"),
    Verb("sign a deal with", "signs a deal with", "signed a deal with", "signed a deal with", "signing a deal with",
         "AGREES_WITH"),
    Verb("back", "backs", "backed", "backed", "backing", "SUPPORTS", passive="{o} was backed by {s}"),
    Verb("deny", "denies", "denied", "denied", "denying", "DENIES", tail="'s claims"),
)

# (subject as written, its actor name, object as written, its actor name, person object, its name)
PAIRS = (
    ("Chile", "Chile", "Peru", "Peru", "opposition leader Tomas Reyes", "Tomas Reyes"),
    ("Foreign Minister Ana Duarte", "Ana Duarte", "Peru", "Peru", "opposition leader Tomas Reyes", "Tomas Reyes"),
)

_TENSES = (  # (verb form, status the wording sets)
    ("{past}", "asserted"), ("has {part}", "asserted"), ("had {part}", "asserted"), ("is {ing}", "asserted"),
    ("was {ing}", "asserted"), ("has been {ing}", "asserted"), ("{third}", "asserted"),
    ("will {base}", "hypothetical"), ("would {base}", "hypothetical"), ("plans to {base}", "hypothetical"),
    ("on Tuesday {past}", "asserted"), ("has now {part}", "asserted"),
)
# between subject and verb, by kind of subject: (country, person, status)
_SUBJECT_GAPS = (
    (" also", " also", "asserted"), (" reportedly", " reportedly", "reported"),
    (" on Tuesday", " on Tuesday", "asserted"), (" formally", " formally", "asserted"),
    (" again", " again", "asserted"), (" for the first time", " for the first time", "asserted"),
    (" later", " later", "asserted"), (", however,", ", however,", "asserted"),
    (", meanwhile,", ", meanwhile,", "asserted"),
    (", the region's largest economy,", ", the country's top diplomat,", "asserted"),
    (", which hosts the summit,", ", who chairs the talks,", "asserted"),
    (" (the summit's host)", " (a former judge)", "asserted"),
    (", a close ally of Ecuador,", ", a critic of Ecuador,", "asserted"),
    (", which signed a pact with Ecuador last year,", ", who met Ecuador's envoy last week,", "asserted"),
)
# after the verb: before its preposition ("held talks again with", "called on Tuesday on") or before the
#   object's complement ("accused Peru on Tuesday of"); an adverb between a verb and its direct object is
#   not English, so those verbs are left out
_VERB_GAPS = (" again", " on Tuesday", " for the first time", " formally")
_OPENERS = ("On Tuesday, ", "In a statement, ", "According to Reuters, ", "Late on Monday, ", "In Geneva, ",
            "Earlier this month, ", "After months of tension, ", "Speaking in Geneva, ",
            "As tensions rose with Ecuador, ", "Two days after Ecuador closed its border, ")
_OPENER_STATUS = {"According to Reuters, ": "reported"}


def _clause(s: str, form: str, v: Verb, o: str, tail: str | None = None) -> str:
    return f"{s} {form.format(**vars(v))} {o}{v.tail if tail is None else tail}"


def _objects(v: Verb, pair: tuple[str, ...]) -> tuple[str, str]:
    return (pair[4], pair[5]) if v.person_object else (pair[2], pair[3])


def _verb_gaps(s: str, v: Verb, o: str) -> list[str]:
    out = []
    for gap in _VERB_GAPS:
        head, _, prep = v.past.rpartition(" ")
        if head and gap != " formally":  # "held talks on Tuesday with Peru", "called again on Peru to ..."
            out.append(_clause(s, f"{head}{gap} {prep}", v, o))
        if v.tail.startswith(" "):  # "accused Peru on Tuesday of shelling ..."
            out.append(_clause(s, "{past}", v, o, gap + v.tail))
    if v.base == "meet":  # "met with"
        out += [_clause(s, "met with", v, o), _clause(s, "met on Tuesday with", v, o)]
    return out


def _probes() -> list[Probe]:
    out: list[Probe] = []
    for v in VERBS:
        for pair in PAIRS:
            s, sn = pair[0], pair[1]
            o, on = _objects(v, pair)
            rel = (sn, v.type, on)
            bad = (("Ecuador", v.type, on),)
            for form, status in _TENSES:
                out.append(Probe("clause: tense and aspect", _clause(s, form, v, o) + ".", rel, status=status))
            for country_gap, person_gap, status in _SUBJECT_GAPS:
                gap = country_gap if s == "Chile" else person_gap
                out.append(Probe("clause: between subject and verb", _clause(s + gap, "{past}", v, o) + ".", rel,
                                 status=status, forbidden=bad))
            for text in _verb_gaps(s, v, o):
                out.append(Probe("clause: between verb and object", text + ".", rel, status="asserted"))
            for opener in _OPENERS:
                out.append(Probe("clause: sentence opener", opener + _clause(s, "{past}", v, o) + ".", rel,
                                 status=_OPENER_STATUS.get(opener, "asserted"), forbidden=bad))
            if v.passive:
                out.append(Probe("clause: passive", capitalised(v.passive.format(s=s, o=o)) + " on Monday.", rel,
                                 status="asserted"))
    return out + _structures()


def _structures() -> list[Probe]:
    out: list[Probe] = []
    for v in VERBS:
        third, third_n = ("journalist Marta Quispe", "Marta Quispe") if v.person_object else ("Bolivia", "Bolivia")
        o, on = _objects(v, PAIRS[0])
        rel, thirds = ("Chile", v.type, on), ("Chile", v.type, third_n)

        def probe(family: str, text: str, expected: tuple[str, str, str] = rel, status: str | None = None,
                  forbidden: tuple[tuple[str, str, str], ...] = ()) -> Probe:
            return Probe(f"clause: {family}", text, expected, forbidden, status)

        out += [
            probe("coordination", _clause("Chile and Argentina", "{past}", v, o) + ".", ("Argentina", v.type, on)),
            probe("coordination", _clause("Chile and Argentina", "{past}", v, o) + "."),
            probe("coordination", _clause("Argentina, Brazil and Chile", "{past}", v, o) + "."),
            probe("coordination", _clause("Chile, along with Argentina,", "{past}", v, o) + "."),
            probe("coordination", f"Chile met Ecuador and later {v.past} {third}{v.tail}.", thirds,
                  forbidden=(("Ecuador", v.type, third_n),)),
            probe("coordination", f"Chile met Ecuador on Monday and {v.past} {third}{v.tail} on Tuesday.", thirds,
                  forbidden=(("Ecuador", v.type, third_n),)),
            probe("coordination", f"Chile condemned the vote but {v.past} {third}{v.tail}.", thirds),
            probe("reported speech", _clause("Chile said on Tuesday it", "had {part}", v, o) + "."),
            probe("reported speech", _clause("Chile said that it", "had {part}", v, o) + "."),
            probe("reported speech", _clause("Chile said it", "would {base}", v, o) + ".", status="hypothetical"),
            probe("reported speech", _clause("Bolivia said Chile", "had {part}", v, o) + "."),
            probe("reported speech", _clause("Bolivia said that Chile", "had {part}", v, o) + "."),
            probe("reported speech", _clause("Officials in Lima said Chile", "had {part}", v, o) + "."),
            probe("reported speech", _clause("Chile", "{past}", v, o) + ", officials said."),
            probe("reported speech", _clause("Chile", "{past}", v, o) + ", Reuters reported.", status="reported"),
            probe("hedge and negation", _clause("Chile", "did not {base}", v, o) + ".", status="negated"),
            probe("hedge and negation", _clause("Chile", "has not {part}", v, o) + ".", status="negated"),
            probe("hedge and negation", _clause("Chile", "has never {part}", v, o) + ".", status="negated"),
            probe("hedge and negation", _clause("Chile", "refused to {base}", v, o) + ".", status="negated"),
            probe("hedge and negation", _clause("Chile", "allegedly {past}", v, o) + ".", status="alleged"),
            probe("hedge and negation", _clause("Chile", "is alleged to have {part}", v, o) + ".", status="alleged"),
            probe("hedge and negation", _clause("Chile", "may have {part}", v, o) + ".", status="hypothetical"),
        ]
        if v.type != "DENIES":  # "Chile denied denying ..." is not English
            out += [
                probe("coordination", _clause("Chile", "{past}", v, f"{o} and {third}") + ".", rel),
                probe("coordination", _clause("Chile", "{past}", v, f"{o} and {third}") + ".", thirds),
                probe("coordination", _clause("Chile", "{past}", v, f"{o}, Ecuador and {third}") + ".", thirds),
                probe("hedge and negation", _clause("Chile", "denied {ing}", v, o) + ".", status="denied"),
                probe("hedge and negation", _clause("Chile denied that it", "had {part}", v, o) + ".",
                      status="denied"),
            ]
        if not v.person_object and v.base != "meet":  # "Peru said Chile had sanctioned it": the speaker ("met it" is
            #   not English)
            obj, tail = ("its", " claims") if v.type == "DENIES" else ("it", v.tail)
            out.append(probe("reported speech", _clause("Peru said Chile", "had {part}", v, obj, tail) + "."))
    for a, b in (("Chile", "Peru"), ("Foreign Minister Ana Duarte", "Foreign Minister Tomas Reyes")):
        an, bn = a.removeprefix("Foreign Minister "), b.removeprefix("Foreign Minister ")
        for text, typ in ((f"Talks were held between {a} and {b} on Monday.", "NEGOTIATES_WITH"),
                          (f"Talks were held on Monday between {a} and {b}.", "NEGOTIATES_WITH"),
                          (f"A deal was signed between {a} and {b} on Monday.", "AGREES_WITH"),
                          (f"{a} and {b} met on Monday.", "MEETS_WITH"),
                          (f"{a} and {b} held talks on Monday.", "NEGOTIATES_WITH"),
                          (f"{a} and {b} signed a deal on Monday.", "AGREES_WITH"),
                          (f"{b} has been sanctioned by {a}.", "SANCTIONS"),
                          (f"{b} was formally accused by {a} of shelling border villages.", "ACCUSES"),
                          (f"{b} was called on by {a} to withdraw its troops.", "DEMANDS")):
            out.append(Probe("clause: passive", text, (an, typ, bn)))
    return out


# an object named before its verb, as the antecedent of a relative clause with its own subject
_RELATIVES = (", which it", ", which it has", " that it", " it", ", which Chile", " that Chile")
_ANTECEDENTS = (("the Tana Front", "Tana Front"), ("four companies", "four companies"))


def _relative_objects() -> list[Probe]:
    out: list[Probe] = []
    for v in VERBS:
        if v.person_object or v.type in ("DENIES", "MEETS_WITH", "DEMANDS") or " " in v.base:
            continue
        for written, name in _ANTECEDENTS:
            for relative in _RELATIVES:
                verb = v.part if relative.endswith("has") else v.past
                out.append(Probe("clause: relative object", f"Chile raided the offices of {written}{relative} {verb}"
                                 f"{v.tail} last year.", ("Chile", v.type, name)))
    return out


PROBES = _probes() + _relative_objects()
