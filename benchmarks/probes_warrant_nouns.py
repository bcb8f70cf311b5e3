"""A warrant told as a noun, round 23: "the ICC's arrest warrant for X", "Spain's warrant against X", "a warrant
issued by Argentina for X" -> the issuer INVESTIGATES X, as "issued an arrest warrant for X" already reads (dev gold
gives a warrant INVESTIGATES). "arrest warrant" is no arrest (no COERCES), and a warrant someone else executes or
ignores has no issuer in that subject. A price put on someone ("offered rewards ... for X", "put a bounty on X")
COERCES X."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PAIRS = (("Argentina", "Ahmad Vahidi"), ("Peru", "Alejandro Toledo"), ("Spain", "Carles Puigdemont"),
          ("the International Criminal Court", "Omar al-Bashir"))
_OWNED = ("{o} arrest warrant for {t} remains in force, officials said.",
          "Police in Lisbon said {o} international arrest warrant for {t} was still valid.",
          "{o} warrant against {t} was renewed on Monday.")
_ISSUED = ("A warrant issued by {i} for {t} remains in force.",
           "An arrest warrant issued by {i} for {t} was upheld on Monday.",
           "Interpol cited the warrants issued by {i} against {t}.")


def _owner(issuer: str) -> str:
    cap = issuer[:1].upper() + issuer[1:]
    return cap + ("'" if issuer.endswith("s") else "'s")


_NAME = {"the International Criminal Court": "International Criminal Court"}

PROBES = [
    Probe("a warrant owned by its issuer", text.format(o=_owner(i), t=t), (_NAME.get(i, i), "INVESTIGATES", t),
          forbidden=((_NAME.get(i, i), "COERCES", t),))
    for i, t in _PAIRS for text in _OWNED
] + [
    Probe("a warrant issued by someone", text.format(i=i, t=t), (_NAME.get(i, i), "INVESTIGATES", t))
    for i, t in _PAIRS[:3] + (("Turkey", "Enes Kanter"),) for text in _ISSUED
] + [
    Probe("a price put on someone", text, expected)
    for text, expected in (
        ("Hong Kong police offered rewards of HK$1 million each for six activists living abroad.",
         ("Hong Kong", "COERCES", "six activists")),
        ("Iran put a bounty on Salman Rushdie in 1989.", ("Iran", "COERCES", "Salman Rushdie")),
        ("The United States offered a reward of up to $10 million for information on Hezbollah commander Talal "
         "Hamiyah.", ("United States", "COERCES", "Talal Hamiyah")),
        ("Colombia announced a new bounty on Dairo Otoniel, the Clan del Golfo leader.",
         ("Colombia", "COERCES", "Dairo Otoniel")),
    )
] + [
    Probe("negative: a warrant handled by someone else", text, ("", "", ""), forbidden=forbidden)
    for text, forbidden in (
        ("Thailand has not executed the Cambodian arrest warrant for Sam Rainsy.",
         (("Thailand", "INVESTIGATES", "Sam Rainsy"), ("Thailand", "COERCES", "Sam Rainsy"))),
        ("Mongolia ignored an arrest warrant for Vladimir Putin during his visit.",
         (("Mongolia", "INVESTIGATES", "Vladimir Putin"), ("Mongolia", "COERCES", "Vladimir Putin"))),
        ("Brazil received the warrant for Carla Zambelli from Italy on Monday.",
         (("Brazil", "INVESTIGATES", "Carla Zambelli"), ("Brazil", "COERCES", "Carla Zambelli"))),
        ("Police arrested Juan Perez without a warrant, Chile's ombudsman said.",
         (("Chile", "INVESTIGATES", "Juan Perez"),)),
        ("Ecuador paid a reward to the informant Luis Vera.", (("Ecuador", "COERCES", "Luis Vera"),)),
    )
]

# an arrest on another's warrant: the warrant's issuer INVESTIGATES the one arrested (the arrest stays the arrester's)
PROBES += [
    Probe("an arrest on someone's warrant", text.format(i=i, t=t), (_NAME.get(i, i), "INVESTIGATES", t),
          forbidden=(("Bulgaria", "INVESTIGATES", t),))
    for i, t in (("Argentina", "Ahmad Vahidi"), ("Peru", "Alejandro Toledo"), ("Turkey", "Enes Kanter"))
    for text in ("Police in Bulgaria arrested {t} on Friday on a warrant issued by {i}.",
                 "{t} was detained in Bulgaria on {i}'s arrest warrant.",
                 "Bulgarian police arrested {t} at Sofia airport on an international warrant issued by {i}.")
] + [
    Probe("an arrest on the ICC's warrant", "Khaled Saleh was arrested in Germany in 2025 on an ICC warrant and "
          "surrendered to The Hague weeks later.", ("ICC", "INVESTIGATES", "Khaled Saleh"),
          forbidden=(("Germany", "INVESTIGATES", "Khaled Saleh"),)),
]
