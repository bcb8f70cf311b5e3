"""Gaps and openings that the argument rules of arguments.py test between a mention and a trigger, compiled once
(they run per mention and trigger)."""

from __future__ import annotations

import re

# auxiliaries and adverbs between a subject's apposition and its verb: "X, Kenya's ally, has also urged"
AUX_ADVERBS = r"(?:(?:has|have|had|is|are|was|were|will|would|could|also|again|later|then|repeatedly|previously)\s+)*"

# described_subject, opens_apposition: a name's comma or dash, and the description that opens after it
CLOSE_PAREN = re.compile(r"\)?")
APPOSITION_GAP = re.compile(r"\)?(?:,|\s*[-—–])\s+")
COMMA_GAP = re.compile(r"\)?,\s+")
AFTER_COMMA = re.compile(r"(?:,|\s[-—–])\s+$")
DESCRIPTION_OPEN = re.compile(r"(?:an?|the)\s|(?:[\w\-]+\s+)?(?:allies|backers|supporters|patrons)\s+of\b|"
                              r"(?:[a-z]+\s+){0,2}(?:allied|aligned)\s+(?:with|to)\b", re.I)

# subject_of: appositions, possessives and prepositional phrases between a mention and its verb
AGE_GAP = re.compile(r"\)?(?:,\s+(?:aged\s+)?\d{1,3})?")
TO_COMMA = re.compile(r"[^,;]*,")
AND_BEFORE_COMMA = re.compile(r"[^,]*\band\b")
COMMA_SPACES = re.compile(r",\s+")
COMMA_SPACE = re.compile(r",\s")
POSSESSIVE_GAP = re.compile(r"(?:['’]s?)?\s+")
# a state's government named by its possessive before a relative clause: "relations with Mali's military government,
#   which accused ...": the relative clause is the state's (round 31)
STATE_GOVERNMENT_GAP = re.compile(r"(?:['’]s?)?\s+(?:[a-z][\w\-]*\s+){0,2}?(?:government|junta|regime|administration|"
                                  r"authorities|leadership|rulers)")
OWNER_BEFORE = re.compile(r"\b(\w+)\s+(?:of|at|from|in|for)\s+(?:(?:the|its|their|his|her|our)\s+)?$")
CLAUSE_MARK = re.compile(r"[,;]")
# only spaces and an optional "the" between a word and a name: "came under fire from (the) X"
SPACE_THE = re.compile(r"\s+(?:the\s+)?")
POSSESSED_NOUN = re.compile(r"['’]s?\s+([\w\-]+)")

POSSESSED_POST = re.compile(r"['’]s?\s+[a-z][^,;()]*,\s*" + AUX_ADVERBS)
# modifier_of: "Peru's 2021 deal", "U.S. sanctions"
MODIFIER_GAP = re.compile(r"(?:['’]s?)?\s+(?:(?:[a-z][\w\-]*|(?:19|20)\d\d)\s+){0,2}")
