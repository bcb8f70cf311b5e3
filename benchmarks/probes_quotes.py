"""Quoted statements, the shape wire copy is full of and the annotated sets have little of: a relation stated inside
a direct quotation attributed to a speaker outside it. The speaker comes after the quotation ('"...," X said',
'"...," said X', '"...," X told reporters'), before it ('X said: "..."', 'X said that "..."'), or splits it
('"Peru," X said, "has attacked Bolivia."'); the marks are straight or curly. What an analyst wants, as the
development gold records it: the speaker as the agent of a first-person act ("we"/"I" of the speaker: "We are not
accusing Damascus," X said -> X ACCUSES Syria, negated), the named party as the agent of a third-person act (not
the speaker), and the status set by the words inside the quotation (will/would -> hypothetical, never/not ->
negated). Quoted words inside an otherwise reported sentence ('accused Peru of "piracy"', 'said Chile would "never
negotiate" with Peru') keep the relation of the sentence. Left out as unsure: whether "we" of an official is also
the state's act, and what "our ships"/"our government" stand for.
"""

from __future__ import annotations

from benchmarks.probe_grid import Probe

# (speaker as written after a quotation, as written opening a sentence, its actor name)
_SPEAKERS = (
    ("Ana Duarte", "Ana Duarte", "Ana Duarte"),
    ("Chile's president, Ana Duarte,", "Chile's president, Ana Duarte,", "Ana Duarte"),
    ("Chilean President Ana Duarte", "Chilean President Ana Duarte", "Ana Duarte"),
    ("the Chilean foreign minister, Ana Duarte,", "The Chilean foreign minister, Ana Duarte,", "Ana Duarte"),
)

# first-person statements: (quotation without its final stop, TYPE, target, status); the speaker acts
_FIRST = (
    ("We will never negotiate with Peru", "NEGOTIATES_WITH", "Peru", "negated"),
    ("We will not hold talks with Peru", "NEGOTIATES_WITH", "Peru", "negated"),
    ("We would hold talks with Peru", "NEGOTIATES_WITH", "Peru", "hypothetical"),
    ("We will impose sanctions on Peru", "SANCTIONS", "Peru", "hypothetical"),
    ("We have sanctioned Peru", "SANCTIONS", "Peru", "asserted"),
    ("I will never meet Tomas Reyes", "MEETS_WITH", "Tomas Reyes", "negated"),
    ("I met Tomas Reyes in Lima", "MEETS_WITH", "Tomas Reyes", "asserted"),
    ("I would meet Tomas Reyes", "MEETS_WITH", "Tomas Reyes", "hypothetical"),
)

# third-person statements: (subject, rest of the quotation, TYPE, target, status); the named subject acts
_THIRD = (
    ("Peru", "has attacked Bolivia", "ATTACKS", "Bolivia", "asserted"),
    ("Peru", "will attack Bolivia", "ATTACKS", "Bolivia", "hypothetical"),
    ("Peru", "would never negotiate with Bolivia", "NEGOTIATES_WITH", "Bolivia", "negated"),
    ("Peru", "has sanctioned Bolivia", "SANCTIONS", "Bolivia", "asserted"),
)

# the quotation (``{q}``, no final stop) and its speaker (``{s}`` after it, ``{S}`` opening the sentence)
_AFTER = (
    '"{q}," {s} said on Monday.',
    '"{q}," said {s}',  # a speaker phrase ending in a comma takes the stop in its place
    '"{q}," {s} told reporters on Monday.',
    '"{q}," {s} said in a statement.',
)
_BEFORE = (
    '{S} said on Monday: "{q}."',
    '{S} told reporters: "{q}."',
    '{S} said that "{ql}."',  # the quotation runs on the reported clause, in lower case
)


def _said_after(template: str, speaker: str) -> str:
    if template.endswith("{s}"):  # '"...," said Ana Duarte.' / '"...," said Chile's president, Ana Duarte.'
        return template.format(s=speaker.rstrip(","), q="{q}") + "."
    return template.replace("{s}", speaker)


def _curled(text: str) -> str:
    """Straight double quotes as typeset pairs."""
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out).replace("'s ", "\u2019s ")


def _lower(quote: str) -> str:
    return "we" + quote[2:] if quote.startswith("We ") else quote


def _marked(texts: list[str]) -> list[str]:
    return [t for text in texts for t in (text, _curled(text))]


def _first_person() -> list[Probe]:
    out = []
    for after, opening, name in _SPEAKERS:
        for quote, rel, target, status in _FIRST:
            texts = [_said_after(t, after).format(q=quote) for t in _AFTER]
            texts += [t.format(S=opening, q=quote, ql=_lower(quote)) for t in _BEFORE]
            texts.append(f'"{quote.split()[0]} have been patient," {after} said, "but {_lower(quote)}."')
            out += [Probe("quoted first person", t, (name, rel, target), status=status) for t in _marked(texts)]
    return out


def _third_person() -> list[Probe]:
    out = []
    for after, opening, name in _SPEAKERS:
        for subject, rest, rel, target, status in _THIRD:
            quote = f"{subject} {rest}"
            texts = [_said_after(t, after).format(q=quote) for t in _AFTER]
            texts += [t.format(S=opening, q=quote, ql=_lower(quote)) for t in _BEFORE]
            texts.append(f'"{subject}," {after} said, "{rest}."')
            forbidden = ((name, rel, target),)  # the speaker only tells of it
            out += [Probe("quoted third person", t, (subject, rel, target), forbidden=forbidden, status=status)
                    for t in _marked(texts)]
    return out


# quoted words inside a reported sentence: (text, expected, status)
_REPORTED = (
    ('Chile accused Peru of "piracy" on Monday.', ("Chile", "ACCUSES", "Peru"), "asserted"),
    ('Ana Duarte accused Peru of "piracy" on Monday.', ("Ana Duarte", "ACCUSES", "Peru"), "asserted"),
    ('Chile said it would "never negotiate" with Peru.', ("Chile", "NEGOTIATES_WITH", "Peru"), "negated"),
    ('Ana Duarte said Chile would "never negotiate with Peru".', ("Chile", "NEGOTIATES_WITH", "Peru"), "negated"),
    ('Ana Duarte said Chile would "impose sanctions" on Peru.', ("Chile", "SANCTIONS", "Peru"), "hypothetical"),
    ('Chile "strongly condemned" Peru on Monday.', ("Chile", "ACCUSES", "Peru"), "asserted"),
    ('Chile threatened Peru with "grave consequences" on Monday.', ("Chile", "THREATENS", "Peru"), "asserted"),
    ('Ana Duarte said Peru had "attacked" Bolivia.', ("Peru", "ATTACKS", "Bolivia"), "asserted"),
)


def _reported() -> list[Probe]:
    return [Probe("quoted words in a reported sentence", t, exp, status=status)
            for text, exp, status in _REPORTED for t in _marked([text])]


# "they" inside a quotation stands for the party named before, as it would outside one
_THEY = (
    ('Peru massed troops on its border. "They will attack Bolivia," Ana Duarte said.', "ATTACKS", "hypothetical"),
    ('Peru massed troops on its border. "They have attacked Bolivia," Ana Duarte said.', "ATTACKS", "asserted"),
    ('Peru massed troops on its border. Ana Duarte said: "They will attack Bolivia."', "ATTACKS", "hypothetical"),
)


def _they() -> list[Probe]:
    return [Probe("quoted they", t, ("Peru", rel, "Bolivia"), forbidden=(("Ana Duarte", rel, "Bolivia"),), status=status)
            for text, rel, status in _THEY for t in _marked([text])]


PROBES = _first_person() + _third_person() + _reported() + _they()
