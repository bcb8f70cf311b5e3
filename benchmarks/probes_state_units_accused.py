"""Round 29: a state's secret services and units as the accused, a possessor's own remarks or acts as its wrong, and a
speaker's own state (their post given in the same sentence) never accused by their report.

"accused Ugandan and Kenyan security agencies of ...", "said Eritrean mechanised units had crossed into ..." -> the
speaker ACCUSES the state (lexicon ``state_nouns``); "said President X's remarks had damaged relations" -> the speaker
ACCUSES X (reported.py); "Finnish Foreign Minister X said the investigators had found that the crew damaged the
cable" and "the army's media office said 23 soldiers had been killed" accuse no one (own_state_reports.py,
reported_abuse.py)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SPEAKERS = (("Peruvian Interior Minister Rosa Quispe", "Rosa Quispe"), ("The Kestrel Rights Group", "Kestrel Rights Group"),
             ("Opposition leader Tomas Varga", "Tomas Varga"))
_STATES = (("Chilean", "Chile"), ("Bolivian", "Bolivia"), ("Ecuadorian", "Ecuador"))
_UNITS = ("security agencies", "intelligence services", "mechanised units", "special forces", "units")
_FRAMES = ("{s} accused {d} {u} of abducting two activists.",
           "{s} said {d} {u} had crossed into the border district twice this month.",
           "{s} told reporters that {d} {u} were supplying weapons to the rebels.")
_POSSESSORS = (("President Mario Soto", "Mario Soto"), ("the Vela Front", "Vela Front"),
               ("senator Ines Robles", "Ines Robles"))
_ACTS = ("remarks", "comments", "decisions", "actions", "policies")
_OWN_POSTS = (("Finnish Foreign Minister Anna Virta", "Anna Virta", "Finland"),
              ("Peruvian Defence Minister Rosa Quispe", "Rosa Quispe", "Peru"),
              ("Kenyan Interior Minister Daniel Otieno", "Daniel Otieno", "Kenya"))

PROBES = [
    Probe("state units accused", f.format(s=s, d=d, u=u), (speaker, "ACCUSES", state))
    for f in _FRAMES for s, speaker in _SPEAKERS for d, state in _STATES for u in _UNITS
] + [
    Probe("a possessor's own remarks or acts as the wrong", f.format(s=s, p=p, a=a), (speaker, "ACCUSES", who))
    for f in ("{s} said {p}'s {a} had gravely damaged relations with its neighbours.",
              "{s} said {p}'s {a} were undermining the ceasefire.")
    for s, speaker in _SPEAKERS for p, who in _POSSESSORS for a in _ACTS
] + [
    Probe("a possessor's member, not its act", f"{s} said {p}'s leader had escaped from custody.", ("", "", ""),
          forbidden=((speaker, "ACCUSES", who),))
    for s, speaker in _SPEAKERS for p, who in _POSSESSORS[1:]
] + [
    Probe("a report by the state's own office-holder", f.format(s=s), ("", "", ""),
          forbidden=((speaker, "ACCUSES", state),))
    for f in ("{s} said the investigators had found that the crew deliberately damaged the cable.",
              "{s} said investigators had concluded that the ship had dragged its anchor to sabotage the cable.",
              "{s} told reporters that police had found weapons stored in the warehouse.")
    for s, speaker, state in _OWN_POSTS
] + [
    Probe("a report on the state by its opposition", f"{s} said the investigators had tortured the crew.",
          (speaker, "ACCUSES", state))
    for s, speaker, state in (("Finnish opposition leader Anna Virta", "Anna Virta", "Finland"),
                              ("Kenyan opposition leader Daniel Otieno", "Daniel Otieno", "Kenya"))
] + [
    Probe("a state's own losses reported", f"{s}, said {n} soldiers had been killed in the ambush.", ("", "", ""),
          forbidden=((body, "ACCUSES", state),))
    for s, body, state in (("Peru's army media wing, the Joint Press Office", "Joint Press Office", "Peru"),
                           ("Chile's military press service, the Defence Information Unit", "Defence Information Unit",
                            "Chile"))
    for n in ("23", "four", "at least 11")
]
