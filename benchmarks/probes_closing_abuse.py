"""Abuse by a state's forces told before its speaker, round 25: "Two of them were beaten by officers in custody, the group
said." -> the group ACCUSES the state (reported_abuse.py, as "X said ..." and "according to X" were); also "X's lawyer,
Y, said he had been beaten". Negatives: the state's own police or army as the speaker, and a non-state agent."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_LEADS = ("NAIROBI, May 2 - Kenyan police arrested 14 activists on Monday. ",
          "NAIROBI, May 2 - Police in Kenya detained dozens of protesters on Monday. ")
_ABUSE = ("Two of them were beaten by officers while in custody", "Several detainees were tortured in police custody",
          "Some of the protesters were allegedly beaten by police")
_SPEAKERS = (("Amnesty International said", "Amnesty International"),
             ("the Kenya Human Rights Commission said", "Kenya Human Rights Commission"),
             ("Human Rights Watch reported", "Human Rights Watch"))

PROBES = [
    Probe("abuse told before its speaker", f"{lead}{abuse}, {said}.", (who, "ACCUSES", "Kenya"))
    for lead in _LEADS for abuse in _ABUSE for said, who in _SPEAKERS
] + [
    Probe("the group named before refers back", f"{lead.rstrip('. ')}, according to the Kenya Human Rights Commission, "
          f"an advocacy group. {abuse}, the group said.", ("Kenya Human Rights Commission", "ACCUSES", "Kenya"))
    for lead in _LEADS for abuse in _ABUSE
] + [
    Probe("a named lawyer after the client's name", f"NAIROBI, May 2 - Kenyan police arrested Joseph Kamau on Monday. "
          f"Kamau's lawyer, Jane Wanjiru, said he had been {abuse}.", ("Jane Wanjiru", "ACCUSES", "Kenya"))
    for abuse in ("beaten by officers in custody", "tortured by police", "beaten in police custody")
] + [
    Probe("the state's own police speak", f"{lead}{abuse}, police spokesman John Otieno said.", ("", "", ""),
          forbidden=(("John Otieno", "ACCUSES", "Kenya"),))
    for lead in _LEADS for abuse in _ABUSE
] + [
    Probe("a non-state agent is no charge on the state", f"NAIROBI, May 2 - Three villagers were killed by militants "
          f"on Monday, {said}.", ("", "", ""), forbidden=((who, "ACCUSES", "Kenya"),))
    for said, who in _SPEAKERS
]
