"""A call on "both" of a pair the sentence has just named (round 28): "X met A and B separately and asked both men
to ...", "X said she had spoken to A and B and urged both governments to ..." -> X DEMANDS A and B, or the states
the two serve. A pair that is not the caller's object ("A and B met; X urged both ...": coreference's business) and
a caller who is one of the pair ("A met B and urged both men") give no such demand here."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_DATELINE = "VIENNA, March 4 (Wire) - "
_CALLERS = (("The UN envoy, Ana Berg,", "Ana Berg"), ("The mediator, Tomas Lind,", "Tomas Lind"))
_CONTACTS = ("met {a} and {b} separately on Monday", "had spoken to {a} and {b} by telephone",
             "held talks with {a} and {b} in Vienna", "met {a} and {b} on Monday")
_CALLS = ("asked both men to", "urged both men to", "called on both men to", "urged the two men to",
          "pressed both leaders to", "urged both of them to")
_ACTS = ("avoid unilateral steps.", "return to talks next week.")
_PEOPLE = (("Omar Hadi", "Salem Taher"), ("Ivo Marek", "Petr Novak"))

PROBES = [
    Probe("call on both of a pair just met", f"{_DATELINE}{caller} {contact.format(a=a, b=b)} and {call} {act}",
          (name, "DEMANDS", who))
    for caller, name in _CALLERS for contact in _CONTACTS for call in _CALLS for act in _ACTS[:1]
    for a, b in _PEOPLE for who in (a, b)
]
PROBES += [
    Probe("call on both governments of two leaders just met",
          f"{_DATELINE}Serbian President Ivo Marek accused Kosovo's prime minister, Lena Dahl, of provocation. "
          f"{caller} {contact.format(a='Marek', b='Dahl')} and {call} {act}", (name, "DEMANDS", state))
    for caller, name in _CALLERS for contact in _CONTACTS
    for call in ("urged both governments to", "called on both governments to", "asked both capitals to")
    for act in _ACTS for state in ("Serbia", "Kosovo")
]
PROBES += [
    Probe("a pair that is not the caller's object", f"{_DATELINE}{text}", ("", "", ""),
          forbidden=(("Omar Hadi", "DEMANDS", "Salem Taher"), ("Salem Taher", "DEMANDS", "Omar Hadi")))
    for text in ("Omar Hadi met Salem Taher on Monday and urged both men to keep talking.",
                 "Omar Hadi and Salem Taher said on Monday that both men had been asked to keep talking.")
]
