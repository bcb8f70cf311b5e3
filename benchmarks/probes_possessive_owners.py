"""Whose "its"/"their" ("his"/"her") a trigger noun takes: "The EU imposed sanctions on Belarus over its support for Russia" tells
Belarus's support, not the EU's. After a transitive verb (or a verb and its preposition: "imposed sanctions on X",
"hit out at X", "suspended aid to X"), a reason phrase ("over/for/because of/after its ...") is about the party
acted on, the name right before it; "their" is a coordinated pair's ("sanctioned X and Y over their ...").
Counter-shapes keep the subject as owner: "X said its support for Y would continue", "X reaffirmed its ...",
"X assured Z of its support for Y" (a verb of telling), "X met Z and reaffirmed its ...", and the name before the
reason phrase is no party acted on when it is an agent or a source ("X was criticised by Z for its ...", "X drew
criticism from Z over its ..."). Real state names (the
wire copy's shapes); the owner's relation is expected, the subject's is forbidden.
"""

from __future__ import annotations

from benchmarks.probe_grid import Probe

# (noun phrase after the pronoun, TYPE, target name): acts a sanctioning or criticising party holds against another
_BAD = (("support for Russia", "SUPPORTS", "Russia"), ("backing of Russia", "SUPPORTS", "Russia"),
        ("military aid to Russia", "AIDS", "Russia"), ("attacks on Lithuania", "ATTACKS", "Lithuania"),
        ("blockade of Lithuania", "COERCES", "Lithuania"), ("threats against Lithuania", "THREATENS", "Lithuania"))
# acts a thanking or praising party welcomes
_GOOD = (("support for Ukraine", "SUPPORTS", "Ukraine"), ("military aid to Ukraine", "AIDS", "Ukraine"),
         ("backing of Ukraine", "SUPPORTS", "Ukraine"))
_SUBJECTS = (("The European Union", "European Union"), ("Canada", "Canada"))
# frames where the object (the name before the reason phrase) owns the pronoun
_BAD_FRAMES = ("{s} imposed sanctions on {o} over {p} {np}.", "{s} sanctioned {o} over {p} {np}.",
               "{s} slapped sanctions on {o} because of {p} {np}.", "{s} imposed tariffs on {o} over {p} {np}.",
               "{s} criticised {o} for {p} {np}.", "{s} condemned {o} for {p} {np}.",
               "{s} hit out at {o} over {p} {np}.", "{s} suspended aid to {o} over {p} {np}.",
               "{s} protested to {o} over {p} {np}.", "{s} on Monday sanctioned {o} after {p} {np}.",
               "{s} imposed new sanctions on {o} on Monday over {p} {np}.")
_GOOD_FRAMES = ("{s} thanked {o} for {p} {np}.", "{s} praised {o} for {p} {np}.", "{s} commended {o} for {p} {np}.")
_POSSESSED_FRAMES = ("{s} expelled {o}'s ambassador over its {np}.", "{s} summoned {o}'s envoy over its {np}.")
# (object as written, the owners' names, pronoun)
_BAD_OBJECTS = (("Belarus", ("Belarus",), "its"), ("Iran", ("Iran",), "its"),
                ("Belarus and Iran", ("Belarus", "Iran"), "their"))
_GOOD_OBJECTS = (("Poland", ("Poland",), "its"), ("Turkey", ("Turkey",), "its"),
                 ("Poland and Turkey", ("Poland", "Turkey"), "their"))
# frames where the subject owns the pronoun (with an object beside it, which must not take the subject's act)
_SUBJECT_FRAMES = ("{s} said its {np} would continue.", "{s} reaffirmed its {np}.", "{s} stepped up its {np}.",
                   "{s} assured {o} of its {np}.", "{s} met {o} on Monday and reaffirmed its {np}.",
                   "{s}, which sanctioned {o} last year, said its {np} would continue.")

# frames where the name before the reason phrase is an agent or a source, or the verb one of telling: the subject's
_NOT_THE_NAME_BEFORE = ("{o} was criticised by {s} for its {np}.", "{o} drew criticism from {s} over its {np}.",
                        "{o} faced sanctions from {s} over its {np}.", "{o} told {s} about its {np}.",
                        "{o} briefed {s} on its {np}.")
# the pair of subjects of a first verb, or its subject after the pair it met; the object's after a verb that
#   answers another's act ("welcomed its ...")
_JOINED_FRAMES = (("Poland and Turkey met on Monday and reaffirmed their {np}.", ("Poland", "Turkey"), ()),
                  ("Poland met Turkey and Chile on Monday and reaffirmed its {np}.", ("Poland",), ("Turkey", "Chile")),
                  ("Poland met Turkey on Monday and stepped up its {np}.", ("Poland",), ("Turkey",)),
                  ("Chile met Turkey on Monday and welcomed its {np}.", ("Turkey",), ("Chile",)))
# a verb trigger inside the reason ("over its plan to attack X"): the same owner as a noun's
_ACTS = (("decision to sanction Lithuania", "SANCTIONS", "Lithuania"), ("plan to attack Lithuania", "ATTACKS", "Lithuania"),
         ("decision to arm Russia", "AIDS", "Russia"))
# a person sanctioned or criticised, and "his"/"her" theirs (invented names)
_PERSON_FRAMES = ("{s} sanctioned {o} over {p} {np}.", "{s} imposed sanctions on businessman {o} over {p} {np}.",
                  "{s} criticised {o} for {p} {np}.", "{s} banned {o} from entering the country over {p} {np}.")
_PEOPLE = (("Ivan Petrov", "his"), ("Anna Berg", "her"))


def _probes() -> list[Probe]:
    out: list[Probe] = []
    for frames, nouns, objects, family in ((_BAD_FRAMES, _BAD, _BAD_OBJECTS, "possessive owner: object of a sanction or criticism"),
                                           (_GOOD_FRAMES, _GOOD, _GOOD_OBJECTS, "possessive owner: object of thanks or praise")):
        for frame in frames:
            for np, typ, target in nouns:
                for subject, sname in _SUBJECTS:
                    for obj, owners, pron in objects:
                        text = frame.format(s=subject, o=obj, p=pron, np=np)
                        out += [Probe(family, text, (owner, typ, target), forbidden=((sname, typ, target),))
                                for owner in owners]
    for frame in _POSSESSED_FRAMES:
        for np, typ, target in _BAD:
            for subject, sname in _SUBJECTS:
                text = frame.format(s=subject, o="Iran", np=np)
                out.append(Probe("possessive owner: possessor of the object", text, ("Iran", typ, target),
                                 forbidden=((sname, typ, target),)))
    for frame in _SUBJECT_FRAMES:
        for np, typ, target in _GOOD:
            for subject, sname in _SUBJECTS:
                text = frame.format(s=subject, o="Poland", np=np)
                out.append(Probe("possessive owner: the subject's own", text, (sname, typ, target),
                                 forbidden=(("Poland", typ, target),)))
    for frame in _NOT_THE_NAME_BEFORE:
        for np, typ, target in _BAD:
            for subject, sname in _SUBJECTS:
                text = frame.format(s=subject[:1].lower() + subject[1:] if subject.startswith("The ") else subject,
                                    o="Belarus", np=np)
                out.append(Probe("possessive owner: the subject's own", text, ("Belarus", typ, target),
                                 forbidden=((sname, typ, target),)))
    for frame in _BAD_FRAMES:
        for np, typ, target in _ACTS:
            for subject, sname in _SUBJECTS:
                text = frame.format(s=subject, o="Belarus", p="its", np=np)
                out.append(Probe("possessive owner: a verb in the reason", text, ("Belarus", typ, target),
                                 forbidden=((sname, typ, target),)))
    for frame in _PERSON_FRAMES:
        for np, typ, target in _BAD:
            for subject, sname in _SUBJECTS:
                for person, pron in _PEOPLE:
                    out.append(Probe("possessive owner: a person acted on", frame.format(s=subject, o=person, p=pron, np=np),
                                     (person, typ, target), forbidden=((sname, typ, target),)))
    for frame, owners, others in _JOINED_FRAMES:
        for np, typ, target in _GOOD:
            out += [Probe("possessive owner: the subject's own", frame.format(np=np), (owner, typ, target),
                          forbidden=tuple((o, typ, target) for o in others)) for owner in owners]
    return out


PROBES = _probes()
