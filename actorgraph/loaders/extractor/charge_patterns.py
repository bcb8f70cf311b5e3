"""Patterns for charges and claims and their denials: what a denial is of ("denied the accusations"), who made the
claim ("claims by the opposition"), an allegation named before or after its rejection, and charges an arrest or a
suspicion brings ("on charges of", "suspected of"). Split from patterns.py, which the other relation patterns keep."""

from __future__ import annotations

import re

# "denied X's claims", "the United States' claims", "Kenya's government's claims", "Holdings Ltd.'s claims"
DENY_OBJ_AFTER = re.compile(r"^(?:\.?['’]s?)?(?:(?:\s+[\w\-]+){1,2}['’]s?)?\s+(?:[\w\-]+\s+)?(?:accusations?|allegations?|claims?|charges?|reports?|criticism|"
                            r"account|version|narrative)\b")
_CLAIM_BY = (r"(?:accusations?|allegations?|claims?|charges?|reports?|criticism)\s+(?:(?:made|levell?ed|raised|voiced)\s+)?"
             r"(?:by|from|of)\s+(?:the\s+)?")
# "denied claims by the opposition Civic Bloc": the claimant, maybe described first ("by the exiled opposition X")
CLAIM_BY = re.compile(_CLAIM_BY + r"(?:[a-z][\w\-]*\s+){0,2}$")
# "denied claims by the opposition that ...", "rejected allegations from rights groups": a claimant left unnamed
UNNAMED_CLAIMANT = re.compile(r"\s+(?:(?:the|these|those|all|such|any)\s+)?(?:[\w\-]+\s+)?" + _CLAIM_BY
                              + r"(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*(?=\s+(?:that|of|about|over)\b|\s*[,.;])")
# "..., an allegation Kabul rejects": the rejection is a denial of the accusation just made
ALLEGATION_BEFORE = re.compile(r"\b(?:allegations?|accusations?|claims?|charges?)\s+(?:that\s+)?(?:[\w\-.’']+\s+){1,4}$|"
                               r"\b(?:an?|the)\s+(?:allegations?|accusations?|claims?|charges?)\s+(?:[\w\-.’']+\s+){1,3}"
                               r"(?:[\w\-.’']+,\s+)(?:[\w\-.’']+\s+){1,4}?(?:[\w\-.’']+,\s+)$")
ALLEGATION_DENIED_AFTER = re.compile(r"^[^,;]*,\s+(?:an?|the)\s+(?:allegation|accusation|claim|charge)s?\s+(?:that\s+)?"
                                     r"(?:[\w\-.’']+\s+){1,4}?(?:rejects|rejected|denies|denied|dismisses|dismissed|"
                                     r"refutes|refuted)\b")
# what a denial is of: the charge itself ("denied the accusations") or the act ("denied the massacres")
DENIED_CHARGE = re.compile(r"^\w+\s+(?:the\s+|these\s+|those\s+|all\s+|any\s+|its\s+|his\s+|her\s+|their\s+|that\s+|this\s+)?"
                           r"(?:[\w\-.]+\s+){0,2}?(?:accusations?|allegations?|claims?|charges?|reports?|criticism|"
                           r"designation|sanctions|listing|reading|interpretation|version|account|characteri[sz]ation|"
                           r"assertions?|narrative)\b|(?:accusations?|allegations?|claims?|charges?|reports?)\b"
                           r"|^\w+\s+(?:not\s+guilty|innocent)\b|^\w+(?:\s+on)?\s+\w+\s+innocence\b"  # a plea answers the charge
                           r"|^\w+\s+(?:[\w\-]+\s+){0,3}?(?:is|was|were|are|remains?|remained|been)\s+(?:[a-z]+ly\s+)?innocent\b")
# "arrested X on charges of ...": an arrest that is also a prosecution
ON_CHARGES = re.compile(r"^(?P<pre>[^.;]*?)\b(?:on (?:charges|accusations) of|charged (?:him |her |them )?with)\b")
# ... but not the charges of someone a relative clause describes, still open where they are told ("accusing X of
#   meeting a rebel who was jailed on charges of ...")
CHARGED_IN_RELATIVE = re.compile(r"\b[a-z]+\s+(?:who|whom|which|that)\s[^,;]*$")
# "arrested three men on suspicion of sheltering X", "detained two aides suspected of passing maps to Y": the
# gerund's agent is the one suspected, named right before it or not at all
SUSPECTED_OF = re.compile(r"\b(?:on suspicion of|suspected of|charged with|convicted of|over allegations? of|"
                          r"on charges of)\s+(?:[a-z]+ly\s+)?$")
# "detained on espionage charges", "a row over fraud charges": "charges" is the noun of the reason, not the verb
REASON_CHARGES = re.compile(r"\b(?:on|over)\s+(?:(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
                            r"[\w\-]+\s+){0,3}$")
# "was examining the Chinese decision", "examine the EU's proposal": weighing a decision or an offer, investigating no
#   party (round 25; "examining the accounts of X" is left to the verb)
WEIGHED_OBJECT = re.compile(r"examin\w*\s+(?:(?:the|its|their|his|her|this|that)\s+)?(?:[\w\-.’']+\s+){0,2}?"
                            r"(?:decisions?|proposals?|requests?|offers?|plans?|options?|implications|impact|moves?|"
                            r"responses?|statements?|texts?|drafts?|details|possibilit(?:y|ies)|terms|ideas?|suggestions?|"
                            r"invitations?|demands?|bids?|initiatives?)\b")
