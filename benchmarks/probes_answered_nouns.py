"""Answered nouns: a demand, proposal, offer, request or accusation named as a noun, whose maker or answerer
sits in a relative clause, an apposition or a participle — shapes wire copy uses constantly ("X rejected the
demand, which Washington made on Monday", "the proposal put forward by Y", "..., a request Y opposed", "a claim
Y denies"). Conventions (the development gold): refusing a demand, proposal, offer, request or plan is REJECTS
its maker; accepting an offer, proposal, plan or invitation is AGREES_WITH its maker; denying, rejecting or
dismissing an accusation, claim or allegation is DENIES its maker. A third party may welcome or oppose what was
put to another, so "..., a request Y opposed" gives Y REJECTS the maker but never the maker DEMANDS Y; a welcome
(whose convention is unclear) is left out. The day in the maker's clause
("made on Monday") is the maker's, not the answer's. Answerers: a country, a leader introduced by the possessive
("Colombia's president X"), a titled minister; makers: a capital standing for its state, a bloc, a country.
"""

from __future__ import annotations

from benchmarks.probe_grid import Probe, capitalised, possessive

# (as written, actor name, as written again later in the sentence)
_ANSWERERS = (("Colombia", "Colombia", "Colombia"), ("Colombia's president Tomas Arbelaez", "Tomas Arbelaez", "Arbelaez"),
              ("Colombian Foreign Minister Lucia Ferro", "Lucia Ferro", "Ferro"))
_MAKERS = (("Washington", "United States"), ("the European Union", "European Union"), ("Brazil", "Brazil"))
# noun -> the verbs that make it ("made", "put forward"): what a relative clause or participle says of it
_NOUNS = {"demand": ("made", "issued"), "proposal": ("put forward", "tabled"), "offer": ("made", "put forward"),
          "request": ("made", "submitted"), "plan": ("put forward", "presented"), "ultimatum": ("issued", "delivered")}
_REFUSALS = ("rejected", "dismissed", "turned down")
_ACCEPTED = ("offer", "proposal", "plan")  # nouns whose acceptance is an agreement
_CHARGES = {"accusation": ("made", "levelled"), "allegation": ("made", "raised"), "claim": ("made", "repeated")}
_DENIALS = ("denied", "rejected", "dismissed")


def _shapes(noun: str, makes: tuple[str, str], maker: str) -> tuple[str, ...]:
    """The object after the answering verb, the maker in a relative clause or a participle (the two making verbs
    take turns)."""
    one, two = makes
    return (f"the {noun}, which {maker} {one} on Monday", f"the {noun} that {maker} {two} on Monday",
            f"the {noun} {maker} {one} on Monday", f"the {noun} {two} by {maker} on Monday",
            f"the {noun} {one} by {maker}", f"{possessive(maker)} {noun}", f"{possessive(maker)} latest {noun}")


def _pairs() -> list[tuple[str, str, str, str, str]]:
    """Each answerer with two of the makers: (answerer as written, its name, again, maker as written, its name)."""
    return [(said, who, again, *_MAKERS[(k + d) % len(_MAKERS)])
            for k, (said, who, again) in enumerate(_ANSWERERS) for d in (0, 1)]


def _answered() -> list[Probe]:
    out = []
    for k, (said, who, _again, msaid, maker) in enumerate(_pairs()):
        for noun, makes in _NOUNS.items():
            for obj in _shapes(noun, makes if k % 2 else makes[::-1], msaid):
                for verb in _REFUSALS:
                    out.append(Probe("answered noun, maker in a clause", f"{said} {verb} {obj}.",
                                     (who, "REJECTS", maker), forbidden=((maker, "REJECTS", who),)))
                if noun in _ACCEPTED:
                    out.append(Probe("answered noun, maker in a clause", f"{said} accepted {obj}.",
                                     (who, "AGREES_WITH", maker), forbidden=((who, "REJECTS", maker),)))
        for noun, makes in _CHARGES.items():
            for obj in _shapes(noun, makes if k % 2 else makes[::-1], msaid):
                for verb in _DENIALS:
                    out.append(Probe("answered charge, maker in a clause", f"{said} {verb} {obj}.",
                                     (who, "DENIES", maker), forbidden=((who, "REJECTS", maker),)))
    return out


def _dated() -> list[Probe]:
    """ "rejected the demand, which Washington made on Monday": Monday is the demand's day, not the refusal's."""
    out = []
    for k, (said, who, _again, msaid, maker) in enumerate(_pairs()):
        for noun in ("demand", "proposal", "offer"):
            makes = _NOUNS[noun] if k % 2 else _NOUNS[noun][::-1]
            for obj in _shapes(noun, makes, msaid) + (f"the {noun}, {makes[0]} by {msaid} on Monday,",):
                if "Monday" in obj:
                    out.append(Probe("answered noun, the clause's day", f"{said} rejected {obj}".rstrip(",") + ".",
                                     (who, "REJECTS", maker), date=""))
    return out


def _passive() -> list[Probe]:
    """ "The proposal put forward by Brazil was rejected by Colombia": the answered noun is the passive's subject."""
    out = []
    for k, (said, who, _again, msaid, maker) in enumerate(_pairs()):
        m = capitalised(msaid)
        for noun, makes in (("demand", _NOUNS["demand"]), ("offer", _NOUNS["offer"]), ("accusation", _CHARGES["accusation"])):
            made = makes[k % 2]
            subjects = (f"{possessive(m)} {noun}", f"The {noun} {made} by {msaid}", f"The {noun}, which {msaid} {made} on Monday,",
                        f"{capitalised('an' if noun[0] in 'aeiou' else 'a')} {noun} from {msaid}")
            answers = (("denied", "DENIES"),) if noun == "accusation" else \
                (("rejected", "REJECTS"), ("turned down", "REJECTS")) + ((("accepted", "AGREES_WITH"),) if noun == "offer" else ())
            for subject in subjects:
                for verb, rel in answers:
                    out.append(Probe("answered noun, passive answer", f"{subject} was {verb} by {said}.", (who, rel, maker),
                                     date="" if "Monday" in subject else None))
    return out


def _summed() -> list[Probe]:
    """ "X asked ..., a request Y opposed": the noun sums up the act just told; Y answers it."""
    out = []
    for said, who, again, msaid, maker in _pairs():
        m = capitalised(msaid)
        acts = (
            (f"{m} asked the United Nations Security Council to hold an emergency session", "request"),
            (f"{m} called for an emergency session of the United Nations Security Council", "call"),
            (f"{m} proposed a ceasefire", "proposal"),
            (f"{m} demanded a ceasefire", "demand"),
            (f"{m} offered to host the talks", "offer"),
        )
        for act, noun in acts:
            art = "an" if noun[0] in "aeiou" else "a"
            for verb in ("rejected", "opposed", "dismissed"):
                # a request put to the Council was not put to whoever answers it, nor is an opponent the one asked;
                #   a call for a session is no phone call
                forbidden: tuple[tuple[str, str, str], ...] = \
                    ((maker, "DEMANDS", who), (maker, "OFFERS", who)) if noun == "request" or verb == "opposed" else ()
                forbidden += ((maker, "MEETS_WITH", who),) if noun == "call" else ()
                out.append(Probe("summed-up noun answered", f"{act}, {art} {noun} {said} {verb}.",
                                 (who, "REJECTS", maker), forbidden=forbidden + ((maker, "REJECTS", who),)))
            if noun in ("proposal", "offer"):
                out.append(Probe("summed-up noun answered", f"{act}, {art} {noun} {said} accepted.",
                                 (who, "AGREES_WITH", maker), forbidden=((who, "REJECTS", maker),)))
        charges = (f"{m} accused {{s}} of arming the rebels", f"{m} said {{s}} had armed the rebels",
                   f"{m} said {{s}} was arming the rebels")
        for charge in charges:
            for noun, verb in (("a charge", "denies"), ("a claim", "denies"), ("an accusation", "rejects"),
                               ("an allegation", "has denied"), ("a claim", "dismissed")):
                out.append(Probe("summed-up charge denied", f"{charge.format(s=said)}, {noun} {again} {verb}.",
                                 (who, "DENIES", maker), forbidden=((who, "REJECTS", maker),)))
    return out


PROBES = _answered() + _dated() + _passive() + _summed()
