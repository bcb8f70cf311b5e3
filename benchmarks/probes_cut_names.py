"""Round 30: a body's name that the name run cuts short is still the body its acronym declares: a country word at
the end ("Tehrik-e-Taliban Pakistan (TTP)"), a particle joined to a capitalised word ("... al-Islam wal-Muslimin
(JNIM)"); and a confederation named after its country ("the Confederation of Indigenous Nationalities of Ecuador")
is a body, not the country alone. The acronym used later then names the same actor; letters that spell no such
name declare nothing. So does a one-word short name in brackets ("the Optimist Party for ... (Podemos)")."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

# (declaring text, full name as extracted, acronym); invented bodies
_CUT = (("the Harakat-e-Nijat Pakistan (HNP)", "Harakat-e-Nijat Pakistan", "HNP"),
        ("the Tehrik-e-Azadi Kashmir (TAK)", "Tehrik-e-Azadi Kashmir", "TAK"),
        ("Jabhat Tahrir al-Sham wal-Furat (JTSF)", "Jabhat Tahrir al-Sham", "JTSF"),
        ("the Confederation of Indigenous Nationalities of Bolivia (CONAIB)",
         "Confederation of Indigenous Nationalities of Bolivia", "CONAIB"),
        ("the Confederation of Free Unions of Peru (CFUP)", "Confederation of Free Unions of Peru", "CFUP"))
_LATER = (("{acr} accused Pakistan of killing its fighters.", "{name}", "ACCUSES", "Pakistan"),
          ("Police arrested two {acr} leaders on Monday, and Pakistan accused the {acr} of planning attacks.",
           "Pakistan", "ACCUSES", "{name}"),
          ("On Tuesday the {acr} demanded that Pakistan release its leaders.", "{name}", "DEMANDS", "Pakistan"))

PROBES = [
    Probe("an acronym declared after a cut name",
          f"{decl[:1].upper()}{decl[1:]} called a strike on Monday. {later.format(acr=acr)}",
          (s.format(name=name), rel, t.format(name=name)),
          forbidden=((s.format(name=acr), rel, t.format(name=acr)),))
    for decl, name, acr in _CUT for later, s, rel, t in _LATER
] + [
    Probe("a confederation named after its country is a body",
          f"Police detained Rosa Quispe, vice-president of {decl}, on Monday.",
          ("Rosa Quispe", "HOLDS_POSITION", name))
    for decl, name, _ in _CUT[3:]
] + [
    Probe("letters that spell no cut name declare nothing",
          "Tehrik-e-Azadi Kashmir leaders met in Lahore (PTI) on Monday. PTI accused Pakistan of killing its fighters.",
          ("PTI", "ACCUSES", "Pakistan"), forbidden=(("Tehrik-e-Azadi Kashmir", "ACCUSES", "Pakistan"),)),
]

# (declaring text, full name, one-word short name in brackets); invented bodies
_SHORT = (("the Party for the Renewal of Bolivia (Renova)", "Party for the Renewal of Bolivia", "Renova"),
          ("the opposition Malaysian United Reform Party (Bersepadu)", "Malaysian United Reform Party", "Bersepadu"),
          ("the Democratic Union of Peru (Unidos)", "Democratic Union of Peru", "Unidos"))
PROBES += [
    Probe("a one-word short name declared in brackets",
          f"Police detained two leaders of {decl} on Monday. {later.format(acr=short)}",
          (s.format(name=name), rel, t.format(name=name)),
          forbidden=((s.format(name=short), rel, t.format(name=short)),))
    for decl, name, short in _SHORT for later, s, rel, t in _LATER
]
