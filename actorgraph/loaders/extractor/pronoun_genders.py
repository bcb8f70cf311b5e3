"""Gender agreement of personal pronouns: a person a "she" has stood for is no later "he" ("Nazarov's wife, X,
said she feared he would be held": he is Nazarov, not X; "She said ... . A spokesman for the embassy rejected
what he called ...": not her). The text's own pronouns are the only evidence: no list of first names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import Entity, EntityTable

_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_REACH = 2  # sentences back that another person is sought in
_PRONOUNS = ("pronoun", "obj-person")


def pronoun_gender(m: Mention) -> str | None:
    """ "m" or "f" for a subject or object pronoun, else None."""
    return _GENDER.get(m.surface.lower())


def note_gender(genders: dict[str, set[str]], ent: Entity, m: Mention, named: set[str], near: list[Mention]) -> None:
    """The gender a pronoun resolved to a person gives them, gathered over one sentence: only once the person is
    named (not a pronoun read back to a description: "A dissident ended a strike after a minister said she ..."),
    and only when no other person is named near: in the sentence, or, for a person named before it, in the one
    before too (X's "his wife, Y. She was ..." may be either)."""
    gender = pronoun_gender(m)
    people = {x.entity for x in near if x.kind == "Person" and x.entity}
    if ent.kind == "Person" and gender and m.via in _PRONOUNS and ent.key in named and people == {ent.key}:
        genders.setdefault(ent.key, set()).add(gender)


def set_genders(table: EntityTable, genders: dict[str, set[str]]) -> None:
    """After a sentence, the gender of each person its pronouns agree on ("she said he ..." read as one person, as
    when one of the two was misread, settles nothing)."""
    for key, found in genders.items():
        ent = table.entities.get(key)
        if ent is not None and ent.gender is None and len(found) == 1:
            ent.gender = next(iter(found))


def agreeing_person(table: EntityTable, m: Mention, candidate: str | None, here: list[Mention],
                    history: list[tuple[Sentence, list[Mention]]], named_here: set[str]) -> str | None:
    """``candidate`` if it is named in the pronoun's own sentence (whatever an earlier pronoun made of them) or
    its gender does not contradict the pronoun ``m``'s; else the person named last before ``m`` in its sentence,
    then in the two before, whose gender does not (a person left without one counts); else None (someone
    unnamed). A candidate an earlier pronoun of the other gender in the same sentence stood for ("She said he
    ...") gives way only to a person known to agree (the earlier pronoun may be the one misread)."""
    gender = pronoun_gender(m)
    ent = table.entities.get(candidate or "")
    if gender is None or ent is None or ent.key in named_here:
        return candidate
    clash = any(x.entity == candidate and pronoun_gender(x) not in (None, gender) and x.via in _PRONOUNS
                for x in here if x.end <= m.start)
    if ent.gender in (None, gender) and not clash:
        return candidate
    strict = ent.gender in (None, gender)
    previous = [x for _, ms in history[-_REACH:] for x in ms]
    for x in [*reversed([x for x in here if x.end <= m.start]), *reversed(previous)]:
        other = table.entities.get(x.entity or "")
        if other is not None and other.kind == "Person" and other.key != candidate \
                and (other.gender == gender if strict else other.gender in (None, gender)):
            return other.key
    return candidate if strict else None
