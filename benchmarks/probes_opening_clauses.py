"""Opening subordinate clauses: "If / Because / After / When / Although / Since / Once / Even if X <verb>, <main clause>".
An act told inside the opening clause ends at the clause's comma; the annotated sets hardly have one whose verb
has no object of its own, so nothing kept it from taking the main clause's subject for its target.

- "opening clause: act without an object": "If Peru refuses, Chile will sanction it", "After Peru attacked, Chile
  sanctioned it": the main act holds (Chile SANCTIONS Peru); the clause's act gives no relation to Chile (no Peru
  REJECTS / ATTACKS / PROTESTS Chile). Clause subjects a country and an organisation.
- "opening clause: target inside the clause": counter-examples whose clause names its own target ("After Peru
  attacked Bolivia, Chile sanctioned it": Peru ATTACKS Bolivia, not Chile).
- "opening clause: partner from discourse": a refusal or protest in the opening clause still answers the earlier
  sentence's demand, proposal or act ("Chile urged Peru to withdraw. Because Peru refused, Chile sanctioned it":
  Peru REJECTS Chile), as the same refusal does in a sentence of its own.
"""

from __future__ import annotations

from benchmarks.probe_grid import Probe

# (opener, whether the clause is in the present: "If Peru refuses, Chile will ..." / "After Peru refused, Chile ...")
_OPENERS = (("If", True), ("Even if", True), ("Once", True), ("Because", False), ("After", False), ("When", False),
            ("Although", False), ("Since", False))
# an act with no object of its own: (present, past, TYPE)
_BARE_ACTS = (("refuses", "refused", "REJECTS"), ("refuses to withdraw", "refused to withdraw", "REJECTS"),
              ("attacks", "attacked", "ATTACKS"), ("protests", "protested", "PROTESTS"))
# (not "massed troops near the border": a build-up's adversary is the story's other state by design, troop_buildups.py)
# the main clause's act on the clause's subject: (future, past, TYPE)
_MAIN_ACTS = (("will sanction it", "sanctioned it", "SANCTIONS"),
              ("will impose sanctions on it", "imposed sanctions on it", "SANCTIONS"),
              ("will accuse it of lying", "accused it of lying", "ACCUSES"))
_CLAUSE_SUBJECTS = (("Peru", "Peru"), ("the Southern Liberation Front", "Southern Liberation Front"))


def _bare() -> list[Probe]:
    out: list[Probe] = []
    for opener, present in _OPENERS:
        for subject, name in _CLAUSE_SUBJECTS:
            for act_now, act_past, act_type in _BARE_ACTS:
                for main_now, main_past, main_type in _MAIN_ACTS:
                    text = f"{opener} {subject} {act_now if present else act_past}, Chile {main_now if present else main_past}."
                    out.append(Probe("opening clause: act without an object", text, ("Chile", main_type, name),
                                     forbidden=((name, act_type, "Chile"),)))
    return out


# an act with its own target inside the clause: (present, past, TYPE)
_TARGETED_ACTS = (("attacks Bolivia", "attacked Bolivia", "ATTACKS"), ("sanctions Bolivia", "sanctioned Bolivia", "SANCTIONS"),
                  ("accuses Bolivia of lying", "accused Bolivia of lying", "ACCUSES"),
                  ("masses troops on the border with Bolivia", "massed troops on the border with Bolivia", "MOBILIZES_AGAINST"),
                  ("rejects Bolivia's proposal", "rejected Bolivia's proposal", "REJECTS"))


def _targeted() -> list[Probe]:
    return [Probe("opening clause: target inside the clause",
                  f"{opener} Peru {now if present else past}, Chile {'will sanction' if present else 'sanctioned'} it.",
                  ("Peru", typ, "Bolivia"), forbidden=(("Peru", typ, "Chile"),))
            for opener, present in _OPENERS for now, past, typ in _TARGETED_ACTS]


# (earlier sentence, clause act in the past, TYPE answered): the earlier sentence's author is the partner
_EARLIER = (("Chile urged Peru to withdraw its troops.", "refused", "REJECTS"),
            ("Chile urged Peru to withdraw its troops.", "refused to comply", "REJECTS"),
            ("Chile proposed talks to Peru.", "refused", "REJECTS"),
            ("Chile demanded that Peru withdraw its troops.", "refused", "REJECTS"))


def _discourse() -> list[Probe]:
    return [Probe("opening clause: partner from discourse", f"{earlier} {opener} Peru {act}, Chile sanctioned it.",
                  ("Peru", typ, "Chile"))
            for earlier, act, typ in _EARLIER for opener, present in _OPENERS if not present]


PROBES = _bare() + _targeted() + _discourse()
