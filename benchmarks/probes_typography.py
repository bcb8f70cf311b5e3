"""News typography and layout: the same plain relation sentences ("Chile accused Peru of shelling border villages
on Tuesday.") set the ways wire copy and scraped pages set them — a dateline, byline or time stamp before them,
dates as the wires write them ("Nov. 21", "21 Nov", "on Friday (Nov. 21)"), curly quotes and apostrophes,
dashes as parentheses, non-breaking and double spaces, an ellipsis, text hard-wrapped by single newlines or
hyphenated across a line, bullet lists, country compounds ("Chile-Peru talks") and a Title Case headline above
the body. The relation must survive, its date resolve as in the plain wording (published Tuesday 2025-11-25; a
phrase that names no day leaves the date empty), and no byline reporter, dateline city or time zone may become
an actor.
"""

from __future__ import annotations

import textwrap

from benchmarks.probe_grid import Probe

TUE, MON, FRI = "2025-11-25", "2025-11-24", "2025-11-21"


def _base(clause: str, rel: tuple[str, str, str]) -> tuple[str, tuple[str, str, str]]:
    return clause, rel


# (sentence with "{date}" where the date phrase goes, expected relation); the apostrophes are straight here and
#   curled by the punctuation family
BASES = (
    _base("Chile sanctioned Peru's defence minister, Ana Duarte, {date}.", ("Chile", "SANCTIONS", "Ana Duarte")),
    _base("Foreign Minister Ana Duarte met Peru's President Luis Quispe {date}.",
          ("Ana Duarte", "MEETS_WITH", "Luis Quispe")),
    _base("Chile accused Peru of shelling border villages {date}.", ("Chile", "ACCUSES", "Peru")),
    _base("Chile held talks with Peru {date}.", ("Chile", "NEGOTIATES_WITH", "Peru")),
    _base("Chile threatened Peru with new tariffs {date}.", ("Chile", "THREATENS", "Peru")),
)
_NOT_ACTORS = ("Ana Reyes", "Tom Lee", "Lima", "LIMA", "GMT", "EST", "Updated", "Reuters", "AP", "Santiago",
               "SANTIAGO", "WASHINGTON", "Washington", "Peruvian Defence Minister", "Staff")

_OPENERS = (
    "LIMA (Reuters) - ", "LIMA, Nov 25 (Reuters) — ", "LIMA, Nov. 25 (Reuters) -- ", "WASHINGTON — ",
    "Lima, 25 November 2025 — ", "LIMA\n\n", "LIMA, Peru\n\n", "SANTIAGO, Chile (AP) — ", "LIMA, Peru — ",
    "By Ana Reyes and Tom Lee\n\n", "By Ana Reyes, Reuters\n\n", "By ANA REYES\n\n", "Updated 14:05 GMT\n\n",
    "By Ana Reyes and Tom Lee\nUpdated 14:05 GMT\n\nLIMA (Reuters) - ",
    "Published Nov 25, 2025, 9:14 a.m. EST\n\n", "Staff Reporter\n\nLIMA — ",
)

_DATES = (  # (phrase, ISO date the relation takes, "" for none)
    ("on Tuesday", TUE), ("on Nov. 21", FRI), ("on Nov 21", FRI), ("on 21 Nov", FRI), ("on November 21st", FRI),
    ("on Friday (Nov. 21)", FRI), ("on Friday, Nov. 21", FRI), ("on Friday, November 21", FRI),
    ("on Nov. 21, 2025", FRI), ("on the 21st of November", FRI), ("on 21 November", FRI), ("Tuesday", TUE),
    ("late on Monday", MON), ("on Monday night", MON), ("earlier this month", ""), ("last week", ""),
    ("this month", ""), ("on Sept. 3", "2025-09-03"), ("on Sept 3", "2025-09-03"), ("on 3 Sept", "2025-09-03"),
    ("on Friday 21 November", FRI), ("on Nov.21", FRI),
)


def _curl(text: str) -> str:
    return text.replace("'", "’")


def _punctuated(clause: str) -> list[str]:
    """The clause with typographic punctuation and spacing of scraped pages."""
    text = clause.format(date="on Tuesday")
    subject, _, rest = text.partition(" ")
    if clause.startswith("Foreign Minister"):
        subject, rest = "Foreign Minister Ana Duarte", text.removeprefix("Foreign Minister Ana Duarte ")
        aside = "the country's top diplomat"
    else:
        aside = "the region's largest exporter"
    return [
        _curl(text), text.replace(" ", "\u00a0"), text.replace(" ", "  "), text.replace("'s ", "'s\u00a0"),
        f"{subject} — {aside} — {rest}", f"{subject} – {aside} – {rest}", f"{subject}—{_curl(aside)}—{rest}",
        f"{subject} -- {aside} -- {rest}", f"{subject} - {aside} - {rest}",
        f"Talks had stalled for weeks... {text}", f"Talks had stalled for weeks… {text}", f"… {text}",
        text[:-1] + "...", f"“{text[:-1]},” a spokesman said.", _curl(f"'{text[:-1]},' a spokesman said."),
        f"\u201c{_curl(text)}\u201d", f"{text}\u200b", text.replace(" ", "\t", 1), text + " " * 3,
    ]


def _wrapped(clause: str) -> list[str]:
    """The clause inside a paragraph hard-wrapped at several widths, with LF and CRLF line ends."""
    para = f"Tensions rose along the border this week. {clause.format(date='on Tuesday')} Officials in both " \
           "capitals declined to comment."
    out = []
    for width in (32, 40, 52, 64, 72):  # a narrow PDF column to a plain-text file (the readers unwrap from 30)
        wrapped = textwrap.fill(para, width, break_on_hyphens=False)
        out += [wrapped, wrapped.replace("\n", "\r\n")]
    return out


def _hyphenated(clause: str) -> list[str]:
    """A long word of the clause split by a hyphen at a line end ("sanc-\\ntioned")."""
    text = clause.format(date="on Tuesday")
    out = []
    for word in ("sanctioned", "minister", "accused", "shelling", "threatened", "villages", "tariffs"):
        if f" {word}" in text:
            out.append(text.replace(word, f"{word[:4]}-\n{word[4:]}", 1))
    return out


def _bulleted() -> list[Probe]:
    """Measures listed as bullets under an introducing line; every item tells its own relation."""
    out = []
    for mark in ("- ", "• ", "* ", "– ", "— ", "· "):
        for intro in ("Chile announced the following measures:\n", "Chile announced new measures on Tuesday:\n\n"):
            text = f"{intro}{mark}Chile sanctioned Peru\n{mark}Chile sanctioned Bolivia\n{mark}Chile recalled its envoy"
            for target in ("Peru", "Bolivia"):
                out.append(Probe("typography: bullet list", text, ("Chile", "SANCTIONS", target),
                                 forbidden=(("Peru", "SANCTIONS", "Bolivia"),)))
    return out


_COMPOUNDS = (  # (text, expected relation, forbidden relations)
    ("Chile-Peru talks were held in Geneva on Monday.", ("Chile", "NEGOTIATES_WITH", "Peru"), ()),
    ("Chile–Peru talks were held in Geneva on Monday.", ("Chile", "NEGOTIATES_WITH", "Peru"), ()),
    ("Chile-Peru talks resumed in Geneva on Monday.", ("Chile", "NEGOTIATES_WITH", "Peru"), ()),
    ("US-China trade talks resumed in Geneva on Monday.", ("United States", "NEGOTIATES_WITH", "China"), ()),
    ("U.S.-China trade talks resumed in Geneva on Monday.", ("United States", "NEGOTIATES_WITH", "China"), ()),
    ("The Chile-Peru talks in Geneva ended on Monday without a deal.", ("Chile", "NEGOTIATES_WITH", "Peru"), ()),
    ("Peru attacked Chile with Russian-made drones on Monday.", ("Peru", "ATTACKS", "Chile"),
     (("Russia", "ATTACKS", "Chile"),)),
    ("Peru shelled Chile with Iranian-made rockets on Monday.", ("Peru", "ATTACKS", "Chile"),
     (("Iran", "ATTACKS", "Chile"),)),
    ("Chile accused Peru of arming Bolivia-backed rebels on Monday.", ("Chile", "ACCUSES", "Peru"),
     (("Chile", "ACCUSES", "Bolivia"),)),
    ("Chile sanctioned Peru over the Peru-Bolivia border dispute on Monday.", ("Chile", "SANCTIONS", "Peru"),
     (("Chile", "SANCTIONS", "Bolivia"),)),
    ("Chile sanctioned Peru's Bolivia-backed defence minister, Ana Duarte, on Monday.",
     ("Chile", "SANCTIONS", "Ana Duarte"), (("Chile", "SANCTIONS", "Bolivia"),)),
)

_HEADLINES = (  # (headline, index of the base it heads)
    ("Chile Sanctions Peruvian Defence Minister", 0), ("Chile Sanctions Peru’s Defence Minister Ana Duarte", 0),
    ("Duarte Meets Peruvian President in Lima", 1), ("Chile Accuses Peru of Shelling Border Villages", 2),
    ("Chile, Peru Hold Talks as Border Tensions Rise", 3), ("Chile Threatens Peru With New Tariffs", 4),
    ("CHILE ACCUSES PERU OF SHELLING BORDER VILLAGES", 2), ("Chile accuses Peru of shelling border villages", 2),
)


# a headline's post names the body's person ("Chile Sanctions Peruvian Defence Minister": Ana Duarte), not the country
_HEADLINE_FORBIDDEN = {0: (("Chile", "SANCTIONS", "Peru"),), 1: (("Ana Duarte", "MEETS_WITH", "Peru"),)}


def _probes() -> list[Probe]:
    out: list[Probe] = []
    for clause, rel in BASES:
        plain = clause.format(date="on Tuesday")
        for opener in _OPENERS:
            out.append(Probe("typography: dateline and byline", opener + plain, rel, date=TUE, absent=_NOT_ACTORS))
        for phrase, iso in _DATES:
            out.append(Probe("typography: wire dates", clause.format(date=phrase), rel, date=iso))
        for text in _punctuated(clause):
            out.append(Probe("typography: punctuation", text, rel, date=TUE))
        for text in _wrapped(clause):
            out.append(Probe("typography: hard wrap", text, rel, date=TUE))
        for text in _hyphenated(clause):
            out.append(Probe("typography: hard wrap", text, rel, date=TUE))
    for text, rel, bad in _COMPOUNDS:
        out.append(Probe("typography: compounds", text, rel, forbidden=bad, date=MON))
    for headline, i in _HEADLINES:
        clause, rel = BASES[i]
        for sep in ("\n\n", "\n"):
            bad = _HEADLINE_FORBIDDEN.get(i, ())
            out.append(Probe("typography: headline", headline + sep + clause.format(date="on Tuesday"), rel,
                             forbidden=bad, date=TUE, absent=_NOT_ACTORS))
            out.append(Probe("typography: headline", f"{headline}{sep}LIMA (Reuters) - {clause.format(date='on Tuesday')}",
                             rel, forbidden=bad, date=TUE, absent=_NOT_ACTORS))
    return out + _bulleted()


PROBES = _probes()
