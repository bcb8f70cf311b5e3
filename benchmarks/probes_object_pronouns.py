"""Object pronouns: "it" / "them" as the object of an act, standing for an actor named before — in the sentence
before ("Peru massed troops near the border. Chile will impose sanctions on it.") or in a clause opening the
sentence ("If Peru does not withdraw, Chile will sanction it.", "After the Front seized the town, Chile attacked
it."). Never the clause's own subject ("Chile on Monday sanctioned it" does not mean Chile).

- "object pronoun: next sentence" and "object pronoun: opening clause": a state or a cue-word organisation for
  "it", a group for "them"; three kinds of subject (a country, a titled person, an organisation); verbs of several
  types, with the pronoun as direct object, after a preposition ("talks with it", "sanctions on it") and before
  "to" / "of" ("urged it to", "accused it of").
- "object pronoun: not an actor": counter-examples, each with a relation the sentence does tell: "it" for a thing
  ("signed a treaty with Peru and Ecuador backed it"), "it" where only a person was named before, "them" where
  only a state was.
"""

from __future__ import annotations

from benchmarks.probe_grid import Probe, capitalised

# (antecedent as written, its actor name, the pronoun for it)
_ANTECEDENTS = (("Peru", "Peru", "it"), ("the Northern Liberation Front", "Northern Liberation Front", "it"),
                ("Peruvian protesters", "Peruvian protesters", "them"))
_SUBJECTS = (("Chile", "Chile"), ("Interior Minister Luis Rojas", "Luis Rojas"),
             ("the Southern Liberation Front", "Southern Liberation Front"))
# (future, past, TYPE); {p} the pronoun
_VERBS = (
    ("will sanction {p}", "sanctioned {p}", "SANCTIONS"),
    ("will impose sanctions on {p}", "imposed sanctions on {p}", "SANCTIONS"),
    ("will attack {p}", "attacked {p}", "ATTACKS"),
    ("will launch strikes against {p}", "launched strikes against {p}", "ATTACKS"),
    ("will threaten {p}", "threatened {p}", "THREATENS"),
    ("will hold talks with {p}", "held talks with {p}", "NEGOTIATES_WITH"),
    ("will sign a deal with {p}", "signed a deal with {p}", "AGREES_WITH"),
    ("will back {p}", "backed {p}", "SUPPORTS"),
    ("will accuse {p} of aggression", "accused {p} of aggression", "ACCUSES"),
    ("will urge {p} to withdraw", "urged {p} to withdraw", "DEMANDS"),
)
# (template, status or None); {a} antecedent, {s} subject, {future} / {past} the verb phrase
_NEXT = (
    ("{a} massed forces near the border on Sunday. {s} {future}.", "hypothetical"),
    ("{a} massed forces near the border on Sunday. {s} {past} on Monday.", None),
    ("{a} massed forces near the border on Sunday. {s} on Monday {past}.", None),
    ("{a} massed forces near the border on Sunday. In response, {s} {past}.", None),
)
_OPENING = (
    ("If {a} does not withdraw, {s} {future}.", "hypothetical"),
    ("Unless {a} pulls back, {s} {future}.", "hypothetical"),
    ("After {a} massed forces near the border, {s} {past}.", None),
    ("Because {a} refused to withdraw, {s} {past}.", None),
    ("When {a} moved forces to the border, {s} {past}.", None),
)


def _grid() -> list[Probe]:
    out: list[Probe] = []
    for a, an, p in _ANTECEDENTS:
        for s, sn in _SUBJECTS:
            for future, past, typ in _VERBS:
                if typ in ("SANCTIONS", "AGREES_WITH") and sn == "Luis Rojas":
                    continue  # a minister does not sanction or sign deals in his own name
                verbs = {"future": future.format(p=p), "past": past.format(p=p)}
                for family, templates in (("next sentence", _NEXT), ("opening clause", _OPENING)):
                    for template, status in templates:
                        text = template.format(a=a, s=s, **verbs)
                        if p == "them":
                            text = text.replace(" does not", " do not").replace(" pulls", " pull")
                        text = ". ".join(capitalised(part) for part in text.split(". "))
                        out.append(Probe(f"object pronoun: {family}", text, (sn, typ, an), status=status))
    return out


# counter-examples: (text, the relation it does tell, triples that must not be found)
_NOT_ACTORS = (
    ("Chile signed a treaty with Peru and Ecuador backed it.", ("Chile", "AGREES_WITH", "Peru"),
     (("Ecuador", "SUPPORTS", "Peru"), ("Ecuador", "SUPPORTS", "Chile"))),
    ("Chile signed a treaty with Peru on Monday and ratified it.", ("Chile", "AGREES_WITH", "Peru"), ()),
    ("Peru met opposition leader Tomas Reyes on Sunday. Chile will sanction it.", ("Peru", "MEETS_WITH", "Tomas Reyes"),
     (("Chile", "SANCTIONS", "Tomas Reyes"),)),
    ("Chile met opposition leader Tomas Reyes. If Reyes wins, Peru will attack it.", ("Chile", "MEETS_WITH", "Tomas Reyes"),
     (("Peru", "ATTACKS", "Tomas Reyes"),)),
    ("Chile met Peru on Sunday. Ecuador will sanction them.", ("Chile", "MEETS_WITH", "Peru"),
     (("Ecuador", "SANCTIONS", "Chile"),)),
    ("Chile met Peru on Sunday. If the talks fail, Ecuador will attack them.", ("Chile", "MEETS_WITH", "Peru"),
     (("Ecuador", "ATTACKS", "Chile"),)),
    ("Chile held talks with Peru on Sunday. Ecuador later threatened it.", ("Chile", "NEGOTIATES_WITH", "Peru"),
     (("Ecuador", "THREATENS", "Ecuador"),)),
)

PROBES = _grid() + [Probe("object pronoun: not an actor", text, expected, forbidden=forbidden)
                    for text, expected, forbidden in _NOT_ACTORS]
