"""An act on a counted part of a body's staff is an act on the body: "questioned four executives of Erdenes Tavan
Tolgoi" -> INVESTIGATES Erdenes Tavan Tolgoi; "raided the bureau of Sputnik Azerbaijan and detained two of its senior
editors" -> COERCES Sputnik Azerbaijan. The counted group stays a patient as well."""

from __future__ import annotations

import dataclasses
import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_STAFF = (r"(?:senior\s+|top\s+|former\s+)?(?:executives|editors|employees|staff|staffers|officials|managers|directors|"
          r"reporters|journalists|correspondents|workers|engineers|crew\s+members)")
_COUNTED_STAFF = re.compile(r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+dozen|"
                            r"dozens)\s+(?P<its>of\s+(?:its|their)\s+)?" + _STAFF + r"$", re.I)
_OF_BODY = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?$")
_ACTS = frozenset({"COERCES", "INVESTIGATES"})


def staff_patients(sent: Sentence, mentions: list[Mention], found: list[RawRelation]) -> list[RawRelation]:
    groups = {m.entity: m for m in mentions if m.kind == "Group" and m.entity and _COUNTED_STAFF.match(m.surface)}
    if not groups:
        return []
    base, text = sent.start, sent.text
    ms = sorted((m for m in mentions if m.entity), key=lambda m: m.start)
    out: list[RawRelation] = []
    for r in found:
        g = groups.get(r.target or "")
        if r.type not in _ACTS or g is None or r.source is None:
            continue
        counted = _COUNTED_STAFF.match(g.surface)
        if counted is not None and counted.group("its"):  # "two of its senior editors": the body named before
            body = next((m for m in reversed(ms) if m.end <= g.start and m.kind == "Organization"), None)
        else:  # "four executives of X"
            body = next((m for m in ms if m.start >= g.end and m.kind in ("Organization", "Person")
                         and _OF_BODY.fullmatch(text[g.end - base : m.start - base])), None)  # a bare name: the employer
        if body is not None and body.entity not in (r.source, r.target):
            out.append(dataclasses.replace(r, target=body.entity, props=dict(r.props)))
    return out
