"""Round 30 (C): "Among those arrested was X" after a detention or charge told with no agent ("37 protesters were
detained", "Police said ... 40 students detained") gives X the same act, its agent the story's state as for the
count; a body before a titled person in the listing only says whose the person is ("opposition party lawmaker X").
Negatives: a listing of those injured or present, a listing with no detention before it."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_OPENING = "Albania's opposition marched in Tirana on Friday."
_COUNTED = ("Police said 37 protesters were detained.", "Dozens of students were arrested.",
            "Police said 14 officers were injured and 37 protesters detained.",
            "Some 40 students were detained on Friday, the interior ministry said.")
_LISTINGS = (("Among those arrested was {x}.", "COERCES"), ("Among those detained were {x} and Ilir Gashi.", "COERCES"),
             ("Among those held is {x}, a student leader.", "COERCES"))
_NAMES = (("lawmaker Flutura Hoxha", "Flutura Hoxha"), ("Flutura Hoxha", "Flutura Hoxha"),
          ("Democratic Party lawmaker Flutura Hoxha", "Flutura Hoxha"))

PROBES = [
    Probe("a listing of the detained after a detention with no agent named",
          f"{_OPENING} {counted} {listing.format(x=name)}", ("Albania", rel, person),
          forbidden=(("Albania", rel, "Democratic Party"),))
    for counted in _COUNTED for listing, rel in _LISTINGS for name, person in _NAMES
] + [
    Probe("negative: a listing of others than the detained", f"{_OPENING} {counted} {listing}", ("", "", ""),
          forbidden=(("Albania", "COERCES", "Flutura Hoxha"),))
    for counted in ("Police said 14 officers were injured.", "Thousands of people joined the march.")
    for listing in ("Among those injured was Flutura Hoxha.", "Among those present was Flutura Hoxha.",
                    "Among those arrested was Flutura Hoxha's brother.")
]
PROBES += [
    Probe("a listing that itself tells the detention", f"{_OPENING} {listing.format(x=name)}", ("Albania", rel, person))
    for listing, rel in (("Among those detained were {x} and Ilir Gashi.", "COERCES"),
                         ("Among those charged was {x}.", "INVESTIGATES"), ("Among those arrested is {x}.", "COERCES"))
    for name, person in _NAMES[:2]
] + [
    Probe("negative: a listing of the injured tells no detention", f"{_OPENING} Among those {how} was Flutura Hoxha.",
          ("", "", ""), forbidden=(("Albania", "COERCES", "Flutura Hoxha"), ("Albania", "INVESTIGATES", "Flutura Hoxha")))
    for how in ("injured", "present", "named", "wounded")
]
# a name after a possessive determiner inside a prepositional phrase is no clause subject: "gathered by our Office"
PROBES += [
    Probe("negative: a name after 'by our' / 'of its' is in a prepositional phrase",
          f"{_OPENING} {text}", ("", "", ""), forbidden=(("Albania", "COERCES", body),))
    for text, body in (
        ("According to information gathered by our Monitoring Office, most of those arrested were taken from their "
         "homes at night.", "Monitoring Office"),
        ("According to reports received by its Legal Aid Centre, dozens of people were detained at night.",
         "Legal Aid Centre"),
        ("According to lawyers of their Rights Defence Network, several activists were detained on Friday.",
         "Rights Defence Network"))
] + [
    Probe("members of a body named with a possessive determiner", f"{_OPENING} {text}", ("Albania", rel, "Union for Change"))
    for text, rel in (("Several members of his Union for Change have been charged under anti-terrorism laws.",
                       "INVESTIGATES"),
                      ("Several members of their Union for Change were detained on Friday.", "COERCES"))
]
