"""Word sets and regular expressions the relation rules use to find agents, targets and clause limits."""

from __future__ import annotations

import re

PREPS = frozenset(
    "of in from to with on at by for against near into between including over under about after before during "
    "among toward towards across through like via amid despite within without since until around".split())
BAD_OBJ_PREPS = frozenset(
    "in at during near into across inside since until after before through amid despite under within without "
    "around over".split())  # "sanctions ... over the siege of X": the reason, not the target
SUBORDINATORS = frozenset("after before since until".split())
# a clause opening the sentence before its main clause: "If Peru does not withdraw, ...", "After the talks, ..."
OPENING_CLAUSE = re.compile(r"[\"“]?(?:If|Unless|After|Because|When|Whenever|Once|Although|Though|Before|Until|While|Since|"
                            r"As|Even if|Even though|Even when|Now that)\s[^,;]+,\s*")


def opening_end(text: str) -> int:
    """Where the sentence's main clause starts: after an opening clause ("If Peru refuses, "), else 0."""
    opening = OPENING_CLAUSE.match(text)
    return opening.end() if opening else 0


def clause_end(text: str, at: int) -> int:
    """How far the objects of a trigger at ``at`` may lie: to the comma closing the opening clause the trigger is in
    ("If Peru refuses, Chile will ...": not Chile), else to the sentence's end."""
    main = opening_end(text)
    return main if at < main else len(text)
CLAUSE_SUBJECT_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:had|has|have|was|were|is|been|also|first|formally|officially|"
                                r"finally|\w+ly)\s+){0,2}")
# the same subject told more fully: its short form in brackets ("after the National Crime Agency (NCA) arrested"), the
#   owner of the body that acts ("after Moldova's border police detained"), and the body's own "said it had" ("after
#   X's intelligence agency said it had captured"); subject_of still weighs whether the owner acts through that body
CLAUSE_SUBJECT_BODY_GAP = re.compile(
    r"(?:\s*\([A-Z][\w\-.]{0,15}\))?(?:['’]s?(?:\s+(?!(?:of|in|on|at|for|with|and|or|to|by|from|who|which|that|"
    r"said|says)\b)[a-z][\w\-]*){1,3}?(?:\s+(?:said|says|announced|claimed)\s+(?:that\s+)?(?:it|they))?)?"
    + CLAUSE_SUBJECT_GAP.pattern.replace("(?:['’]s)?", "", 1))
# "Riot police in Tbilisi detained ...": a state's forces named by where they act
STATIONED_AGENTS = frozenset("police forces troops authorities officials army soldiers agents officers".split())
# a present-tense verb between a name and a nominal trigger ("Belgrade protests arrest"): not a modifier
VERB_LIKE = re.compile(r"(?!(?:arms|news|forces|affairs|rights|series|services|sanctions|relations|operations)$)"
                       r"[a-z]+[^s's]s")
# "was detained", "were reportedly detained", "were also detained", "was not detained", 'were also "requisitioned"'
BE_AUXILIARY = re.compile(r"\b(?:was|were|been|being|be|is|are|get|got)\s+(?:(?:[a-z]+ly|also|still|not|never|now|then|"
                          r"later|first|again|already|just|since|once|even|soon)\s+){0,2}[\"“‘']?$")
# "X was among those detained", "X is one of five officers charged": X undergoes the participle with its group
MEMBER_PASSIVE = re.compile(r"\b(?:was|were|is|are)\s+(?:(?:[a-z]+ly|also|still|now)\s+)?(?:among|one\s+of)\s+"
                            r"(?:the\s+)?(?:those|(?:[\w\-]+\s+){0,3}?(?:[a-z\-]+s|people|men|women))\s+$", re.I)
PARTICIPLE = re.compile(r"^(?:\w+ed|struck|led|held|met|sought|shot|hit|seen|known|taken|given|sent|brought|"
                         r"caught|beaten|bombed|kept|told|chosen|frozen|seized|sworn)\b")
CASUALTY_VERB = re.compile(r"^(?:kill|wound|injur|maim)")
LIGHT_VERB = re.compile(r"\b(?:(?:re-?)?impos\w*|announc\w*|launch\w*|unleash\w*|deliver\w*|mount(?:s|ed)?|order\w*|stag\w*|conduct\w*|held|hold\w*|carri\w* out|"
                         r"began|start\w*|maintain\w*|kept|keep\w*|extend\w*|expand\w*|has|have|had|made|make\w*|"
                         r"resum\w*|open\w*|ramp\w* up|step\w* up|intensif\w*|consider\w*|weigh\w*|plan\w*|"
                         r"threaten\w*|propos\w*|seek\w*|sought|want\w*|call\w* for|back\w*|oppos\w*|"
                         r"prepar\w*|announc\w*|agree\w*|approv\w*|deepen\w*|strengthen\w*|boost\w*|broaden\w*|bolster\w*|"
                         r"enhanc\w*|increas\w*|build\w* up|end\w*|suspend\w*|halt\w*|cut\w*|"
                         r"fil(?:e|es|ed|ing)|lodg\w*|brought|bring\w*)[\"”’]?\s+(?:[\w\-]+\s+){0,4}$")
# A trigger inside a longer one of another type that it only names a part of: "imposed travel bans on" is not
# also a ban (COERCES), "suspended development aid to" and "halted gas supplies to" not also aid, "suspended its partnership with" not cooperation,
# "joined forces with X" no membership of X, "welcomed a delegation from X" no praise of X, "a scathing attack on X"
# no force, "X, an armed group allied with Y" (an ally's standing) no act of allying.
NESTED_DROP = frozenset({("DENIES", "REJECTS"), ("SANCTIONS", "COERCES"), ("COERCES", "AIDS"),
                         ("COERCES", "COOPERATES_WITH"), ("COERCES", "NEGOTIATES_WITH"), ("COERCES", "AGREES_WITH"), ("EASES_SANCTIONS", "COERCES"), ("EASES_SANCTIONS", "SANCTIONS"),
                         ("SANCTIONS", "AIDS"), ("AIDS", "SUPPORTS"), ("COOPERATES_WITH", "MEMBER_OF"),
                         ("MEETS_WITH", "SUPPORTS"), ("ACCUSES", "ATTACKS"),
                         ("SUPPORTS", "COOPERATES_WITH")})
# the gap between two items of a list: "Chile, Peru and the EU" (LIST_GAP); only "and"/"or", where ", and the ..."
#   may open a new clause (AND_OR_GAP)
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")
AND_OR_GAP = re.compile(r"\s+(?:and|or)\s+")
# "sanctioned X and his brother Y", "froze the assets of X and his brother, Y": a relative named after a coordinated name
KIN = r"(?:brother|sister|son|daughter|wife|husband|cousin|nephew|niece|father|mother|brother-in-law|son-in-law)"
COORD = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+|as well as\s+)(?:(?<=and\s)(?:on|against|with|for|to)\s+)?(?:the\s+|an?\s+|its\s+|their\s+|(?<=and\s)(?:his|her)\s+(?=" + KIN
                   + r"\s))?(?:(?:[A-Z][\w.\-]*|[a-z]+-[a-z\-]+|envoy|minister|president|spokes(?:wo)?man|ambassador|leader|chief|commander|general|secretary|official|adviser|negotiator|prime|foreign|defen[cs]e|interior|"
                   r"visiting|outgoing|incoming|acting|former|deputy|of|businessman|businesswoman|tycoon|lawyer|journalist|"
                   r"activist|lawmaker|legislator|congressman|congresswoman|senator|mayor|governor|judge|prosecutor|"
                   r"colonel|officer|director|executive|founder|owner|chairman|chairwoman|opposition|police|commissioner|"
                   r"senior|retired|trader|banker|financier|associate|aide|" + KIN + r")\s+){0,7}$")
# "X and a Hong Kong-registered shipping company, Y": a described actor named after a comma
APPOSED_COORD = re.compile(r"^\s*,?\s*and\s+(?:(?:on|against|with|for)\s+)?(?:an?|the|its|their|his|her)\s+[\w\-\s]{0,50}?"
                            r"(?:company|firm|group|bank|party|movement|militia|organi[sz]ation|network|agency|"
                            r"operator|subsidiary|outlet|businessman|official|commander|leader|owner|founder|director|chairman|"
                            r"chief|manager|commissioner|minister|governor|general|" + KIN + r")\s*,\s*(?:the\s+)?$")
NOT_MODIFIERS = PREPS | frozenset("the a an said says and or but that which who is was are were has have had will "
                                    "would its their his her this these".split())
# a speech tag, past or present ("X said", "..., the spokesperson adds"); lists of speech verbs start with it
SPEECH_TAGS = r"said|says|told|tells|added|adds"
SPEAKER = re.compile(r"^,?\s+(?:" + SPEECH_TAGS + r"|announced|stated)\b")
TARGET_PREP = re.compile(r"\b(?:of|on|against|with|to|for|between|into|including|around|near|off|toward|towards|over|at)\b")
ADJACENT_TARGET = frozenset({"LEADS", "MEMBER_OF", "ASSOCIATED_WITH", "FAMILY_OF"})
OBJECT_BEFORE_OF = frozenset({"ACCUSES", "INVESTIGATES", "THREATENS", "DEMANDS"})
IMPLICIT_PASSIVE = frozenset({"SANCTIONS", "DESIGNATES", "COERCES", "INVESTIGATES"})
CLAUSE_BREAK = re.compile(r"\b(?:" + SPEECH_TAGS + r"|while|but|although|because|whereas|which|who|whose)\b|,\s+and\b|"
                          r",\s+(?:saying|adding|arguing|insisting|noting|stressing|warning)\b|"
                          r",\s+(?:an?\s+|the\s+)?(?:accusations?|allegations?|claims?|charges?)\b")  # ", accusations X denies"
AGENT_NOUNS = frozenset("agents members officers units soldiers forces officials troops fighters jets aircraft "
                         "commandos detectives guards patrol patrols panel chamber judges "
                         "drones warships ships police delegation delegations investigators experts inspectors monitors "
                         "prosecutors diplomats envoys negotiators government administration authorities regime "
                         "cabinet leadership".split())  # "The government of X on Monday ordered ...": X acts
# those who speak for a body: "A spokeswoman for the X ministry denied the charge", "the group's spokesman said": X speaks
VOICE_NOUNS = frozenset("spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople".split())
CLOSE_SUBJECT = frozenset({"ASSOCIATED_WITH", "MEMBER_OF", "FAMILY_OF"})
# "condemned the arrest", "welcomed the designation", "welcomed Wednesday's decision": the target is whoever did the
#   event referred to
EVENT_NOUNS = {
    "COERCES": r"arrests?(?!\s+warrants?\b)|detentions?|expulsions?|extraditions?|crackdown|seizure|blockade|handover|release|bans?|"
               r"transfers?|deportations?|dismissal|removal",
    "INVESTIGATES": r"verdicts?|rulings?|convictions?|sentences?|trials?|indictments?|prosecutions?|(?:arrest\s+)?warrants?",
    "ATTACKS": r"attacks?|strikes?|airstrikes?|air strikes?|bombing|raids?|offensive|invasion|assault|shelling|"
               r"killings?|deaths|shootings?",
    "DESIGNATES": r"designations?|listing",
    "SANCTIONS": r"sanctions|measures|penalties|restrictions|travel bans",
    "EASES_SANCTIONS": r"easing|lifting|relief",
    "MOBILIZES_AGAINST": r"drills|exercises|deployment|build-?up|mobili[sz]ation|manoeuvres|maneuvers",
    "OFFERS": r"proposal|offer|plan",
    "DEMANDS": r"demands?|requests?|ultimatum",
    # "dismissed the threat", "rejected the warning": the threatener's (round 31)
    "THREATENS": r"threats?|warnings?",
    # a protest lodged, not a street's ("rejected the protest", "dismissed the complaint") (round 30)
    "PROTESTS": r"protest(?:\s+note)?(?![\w\-]|\s+(?:movement|leaders?|organi[sz]ers?|camps?|sites?|marches|rall(?:y|ies))\b)|"
                r"complaint",
    "ACCUSES": r"accusations?|allegations?|criticism|charges?|claims?|statements?|remarks|comments",
    "NEGOTIATES_WITH": r"talks|negotiations|dialogue",
    "AGREES_WITH": r"agreements?|deals?|accords?|signing|ceasefire|truce|pact|protocol",
    "ANY": r"move|decision|step|announcement",  # whatever the last act of another side was
    # a state's law, decree or order, whose author the sentence leaves unnamed (criticised_laws)
    "LAW": r"(?:draft\s+)?(?:laws?|decrees?|legislation|ordinances?|(?:executive\s+)?orders?)"
           r"(?![\w\-]|\s+(?:enforcement|firms?|makers?|schools?|society|and\s+order|of\s+the\s+sea)\b)",
}
# "imposed sanctions on X ... X dismissed the designations": a listing and the sanctions it brings are one act
EVENT_TWINS = {"DESIGNATES": ("DESIGNATES", "SANCTIONS"), "SANCTIONS": ("SANCTIONS", "DESIGNATES")}
WEEKDAY_STEMS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")  # "<stem>day", in date.weekday() order
EVENT_REF = re.compile(r"^[\"”’']?\s+[\"“‘']?(?:the|this|that|these|those|its|their|his|her|last|recent|an?|"
                       r"(?:" + "|".join(WEEKDAY_STEMS) + r")day['’]s)"
                       r"\s+(?:[\w\-]+\s+){0,2}?(?P<noun>"
                        + "|".join(f"(?P<{k}>{v})" for k, v in EVENT_NOUNS.items()) + r")\b", re.I)
# "accused X of arming Y and warned Z": the gerund's agent does not go on to the next coordinated verb
# a verb joined to the previous one ("X expelled Y and closed", "X endorsed Y and has (also) filed", ", but"): it goes
#   on with the previous verb's subject unless the clause names its own; after a comma an auxiliary may open the main
#   clause again ("X, which has supplied drones, and is negotiating"); a quotation may open after the auxiliary
#   ('X "backs Y" but was "in contact with Z"')
JOINED_VERB = re.compile(r"(?:(?:\band|\bbut)\s+(?:[a-z]+ly\s+|then\s+|later\s+)?(?:also\s+)?|(?<![,;])\s(?:and|but)\s+(?:[a-z]+ly\s+)?"
                         r"(?:also\s+)?(?:has|have|had|will|would|is|are|was|were|then|later|since)\s+(?:[a-z]+ly\s+)?"
                         r"(?:also\s+)?[\"“]?|,\s+(?:[a-z]+ly\s+|then\s+|later\s+)?(?:also\s+)?)$")
GERUND_OF = re.compile(r"\bof\s+[\"“‘']?[a-z]+ing$")
# a reciprocal object: "A and B threatened each other", "expelled one another's envoys": each party's act on the other
EACH_OTHER = re.compile(r"\s+(?:each other|one another)\b")
EVENT_TRIGGERS = frozenset({"SUPPORTS", "ACCUSES", "PROTESTS", "REJECTS", "DENIES", "INVESTIGATES"})
# "asked Ghana (on Monday) to arrest him": the party asked, then the act asked of it
ASKED_TO_ACT = re.compile(r"^\s+(?:on \w+day\s+)?to\s+")
# "called on (upon) Chile to ...", "appealed to the rebels to ...": the object of the preposition is the party asked
ASKED_ON = re.compile(r"\b(?:call(?:s|ed|ing)?\s+(?:on|upon)|appeal(?:s|ed|ing)?\s+to)\s+(?:the\s+)?$", re.I)
REQUESTED = re.compile(r"\b(?:propos\w*|demand\w*|call\w* for|sought|seek\w*|ask\w*(?: [\w\-.’]+){0,3}? for|offer\w*|urg\w*|push\w* for)\b")
# adjectives that only stand before a noun ("the latest sanctions", "Chile's recent backing of X"), never a verb
_PRE_NOUN = r"new|further|fresh|additional|widespread|alleged|planned|proposed|possible|potential|latest|recent|upcoming|ongoing|previous"
_NOUN_GUARD_WORDS = (r"the|a|an|its|their|his|her|existing|such|these|"
                     r"those|sparked|triggered|staged|dispersed|amid|mass|(?-i:street)|any|no|"  # ("Downing Street backed X": a seat)
                     r"[\w.]+['’]s|" + _PRE_NOUN)
NOUN_GUARD = re.compile(r"(?:^|\s)(?:" + _NOUN_GUARD_WORDS + r")\s+$", re.I)
_NOUN_GUARD_WORD = re.compile(_NOUN_GUARD_WORDS, re.I)


def noun_guarded(before: str) -> bool:
    """``NOUN_GUARD.search(before)``, told from the last word alone (the pattern is anchored at the end and its
    words hold no space, so only the last word can match): the same answer without a try at every position."""
    words = before.rstrip()
    if len(words) == len(before):
        return False
    parts = words.rsplit(None, 1)
    return bool(parts) and _NOUN_GUARD_WORD.fullmatch(parts[-1]) is not None \
        and not (parts[-1].lower() == "those" and MEMBER_PASSIVE.search(before))  # "was among those arrested"


_POSSESSED = re.compile(r"\w['’]s\s+(?:(?:" + _PRE_NOUN + r")\s+)?$", re.I)


def possessed(before: str) -> bool:
    """ "Chile's meeting", "Ana Duarte's latest meeting": the trigger is a noun its possessor does (a noun guard
    even for "meeting", which after "the" is left to the clause's subject)."""
    return _POSSESSED.search(before) is not None
# ", which backs X," / ", who met X,": a relative clause opened before a mention
# (also after a preposition: "the party, to which X belongs, accused ...": X is inside the clause)
RELATIVE_OPEN = re.compile(r",\s*(?:(?:to|of|in|with|for|from|under|by|at|on)\s+(?=wh))?(?:which|who|whose|whom|where)\b[^,;]*$")
# "X's former armed group, Y" / "the state company's mining subsidiary, Y": the object is Y, named after the comma
POSSESSED_APPOSITION = re.compile(
    r"^(?=[^,]*['’]s\b)(?:['’]s)?\s+(?:[\w\-]+(?:['’]s)?\s+){0,5}?(?:group|company|firm|subsidiary|party|movement|"
    r"militia|network|organi[sz]ation|wing|unit|bank|arm|faction|affiliate|front|brigade|operator)\s*,\s*(?:the\s+)?$")
# "its mutual defence treaty with X": the nominal's agent is the clause subject
OWN_DETERMINER = re.compile(r"\b(?:its|their)\s+(?:[\w\-]+\s+){0,3}$")
# "accused the government of President X of ...": that "of" names the government, not the accusation
GOVERNMENT_OF = re.compile(r"\b(?:government|administration|regime|cabinet|forces|army|allies|supporters)\s+of\b")
GOVERNMENT_OF_PERSON = re.compile(r"\b(?:government|administration|regime|cabinet)\s+of\s+(?:(?:the\s+)?[\w\-]+\s+){0,3}$", re.I)
GOVERNMENT_PREFIX = "Government-of:"  # a target key standing for the state a person leads, resolved in discourse
RELEASE_OF = re.compile(r"^\s+(?:the\s+)?(?:immediate\s+|unconditional\s+)?(?:release|freedom|return|handover)\s+of\s+")
# ", which it still lists as ..." / ", whom Ankara accuses of ..." / ", a group that Y designated": the relative
# pronoun is the verb's object
REL_OBJECT = re.compile(r",\s+(?:which|whom|(?:an?|the)\s+[^,;\"“]{0,60}?\s+that)\s+(?:(?P<pron>it|they)|he|she|(?:(?:the|an?)\s+)?[A-Z][\w.\-’' ]{1,40}?"
                        r"(?:\s+and\s+(?:the\s+)?[A-Z][\w.\-’' ]{1,30}?)?)\s+"
                        r"(?:(?:still|also|now|has|have|had|formally|officially|later|repeatedly|already|long)\s+)*$")
# "four companies that it accused of ...", "the firms it accuses of ...", "the group that Peru designated": a restrictive
#   relative, no comma; only after a group or organisation (after a state or a person, "told Peru that it accused ..."
#   is what was told)
REL_OBJECT_BOUND = re.compile(r"\s+(?:(?:that|which|whom)\s+)?(?:(?P<pron>it|they)|(?<=that |hich |whom )(?:the\s+)?"
                              r"[A-Z][\w.\-’' ]{1,40}?)\s+"
                              r"(?:(?:still|also|now|has|have|had|formally|officially|later|repeatedly|already|long)\s+)*$")
# a finite past-tense verb ("rammed", "struck"), not a gerund or noun ("an emergency meeting and accused")
PAST_VERB = re.compile(r"[a-z]+ed|struck|seized|met|led|held|hit|shot|sent|fought|froze|cut|shut|beat|took|gave|made")
# "stormed a passenger train": the vehicle, not the verb of training
TRAIN_NOUN = re.compile(r"trains?")
TRAIN_BEFORE = re.compile(r"\b(?:a|an|the|this|that|passenger|freight|commuter|cargo|express|goods|night|high-speed)\s+"
                          r"(?:[\w\-]+\s+)?$")
# "killing 30 Somali soldiers": casualties among a state's forces are an attack on the state
# words that make a capitalised name a party or movement ("the Renewal Front", "Green League")
ACTOR_KINDS = ("Person", "Organization", "Country", "Group")  # the kinds of mention that can be a party to a relation
PARTY_NAME_WORDS = frozenset("party movement alliance front coalition congress league rally".split())
STATE_FORCES = frozenset("soldiers troops servicemen policemen police officers guards personnel".split())
# "is due in Ankara", "is expected to visit", "is weighing similar measures": not yet happened
PLANNED = re.compile(r"(?:is|are|was|were) (?:due|expected|scheduled|set)\b|(?:consider|weigh|mull|draft)\w* ")
# "pledged $5 million to help X": aid promised is an offer
PROMISE_TO = re.compile(r"\b(?:ready|willing|prepared|offer(?:s|ed|ing)?|pledg\w*|promis\w*|vow\w*)\b(?:\s+[^\s.;]+){0,4}?"
                        r"\s+to\s+$")
# "Peru's foreign minister, X": words between a state and the titled person it qualifies
TITLE_GAP = re.compile(r"(?:['’]s?)?(?:\s+[\w\-.]+){1,6},?\s+")
# "warned (that) it could suspend X", "threatened that troops would attack X", "threatened on Monday to expel X's troops",
#   "threatening in a video to attack X": the act is threatened
WARNABLE = frozenset({"SANCTIONS", "COERCES", "ATTACKS", "DESIGNATES", "MOBILIZES_AGAINST", "INVESTIGATES"})
# acts a threat or warning only holds out ("threatened to expel X's troops", "warned that its crews could be detained",
#   "warned that Washington could move aircraft to X"): the threat is the relation, the act has not happened
THREATENED_ACTS = WARNABLE | {"AIDS", "EASES_SANCTIONS"}
WARNED_THAT = re.compile(r"\b(?:(?:warn\w*|threaten\w*)\s+(?:on\s+\w+\s+)?(?:that\s+|(?=(?:it|they|he|she)\s))(?:it|they|he|she|[\w\-.’']+(?:\s+[\w\-.’']+){0,2})"
                         r"\s+(?:could|would|might|will|may)\s+(?:\w+ly\s+)?(?:also\s+)?(?:be\s+)?"
                         # "would keep striking X", "will continue to strike", "would not hesitate to", "would be
                         #   forced to", "would respond by seizing": the act held out, told through another verb
                         r"(?:(?:keep|continue|resume|start|begin)\s+(?:to\s+)?|not\s+hesitate\s+to\s+|"
                         r"(?:forced|ready|prepared)\s+to\s+|(?:respond|retaliate)\s+(?:\w+\s+)?by\s+)?"
                         r"|threat(?:en|ens|ened|ening)\s+(?:(?:on|in|late on|earlier on|last|this)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?)?"
                         r"(?:(?:again|also|once more|repeatedly)\s+)?to\s+(?:\w+ly\s+)?)$")
# "could reimpose UN sanctions on X", "would slap new tariffs on X": the verb that takes a measure named by a noun
TAKEN_MEASURE = re.compile(r"(?:re-?)?(?:impos\w*|slap\w*|restor\w*|introduc\w*|adopt\w*|levy\w*|levie\w*|extend\w*|"
                           r"tighten\w*|expand\w*)\s+(?:[\w\-.’']+\s+){0,3}?$")
# ", which the CCAT joined last year, called ...": a relative clause closed right before a verb
RELATIVE_CLOSED = re.compile(r",\s*(?:which|who|whom|whose)\b[^,;]*,\s*$")
# capitalised words before a titled name: its demonym or remit ("by Ethiopian Prime Minister X", "hosted Peruvian
# President X")
CAPITALISED_TAIL = re.compile(r"(?:[A-Z][\w\-]*\s+){1,3}$")
# the agent of a passive: "designated as a terrorist group by X", "is designated a terrorist organisation by X",
# "was detained on Monday by X", "is under investigation by the country's anti-graft agency"
PASSIVE_BY = re.compile(r"^\s+(?:(?:as\s+)?(?:an?\s+|the\s+)?(?!(?:after|before|when|while|during|following|amid|for|"
                        r"because|since|until|despite|and|or|but)\b)(?:[\w\-]+\s+){1,4}?)?by\s+(?:the\s+|an?\s+)?"
                        r"(?:[a-z][\w\-]*(?:['’]s)?\s+){0,4}$")
# "A has renewed its pact with B, X's office announced on Thursday, rebuffing C": a speech tag between a
# clause and the participle that goes on with that clause's subject
SPEECH_TAG_BEFORE = re.compile(r"(?:['’]s\s+(?:office|spokes\w+|ministry|government))?\s+(?:said|says|announced|added|"
                               r"stated|reported|confirmed)(?:\s+(?:on|late on|early on|earlier on|last)\s+\w+)?"
                               r"(?:\s+in\s+a\s+statement)?\s*,\s+")
# "rejected criticism from abroad", "dismissed foreign pressure", "brushed aside international condemnation":
# the critics are unnamed, so no partner from the discourse is meant
UNNAMED_CRITICS = re.compile(r"\s+(?:(?:all|any|the)\s+)?(?:(?:foreign|international|western|outside|external)\s+"
                             r"(?:criticism|pressure|interference|condemnation|calls)|(?:criticism|pressure|interference|"
                             r"condemnation|calls)\s+from\s+(?:abroad|outside|overseas|the\s+international\s+community))\b")
# "would pay back", "hit back", "scaled back its plans", "came back": "back" is the particle of another verb,
#   not the verb "to back" (support)
PHRASAL_BACK = re.compile(
    r"\b(?:pa(?:y|ys|id|ying)|hit(?:s|ting)?|cut(?:ting)?|g[eo]t|gets|getting|w[io]n|wins|winning|"
    r"c[ao]me|comes|coming|went|go|goes|going|sen[dt]|sends|sending|g[ai]ve|gives|giving|t[ao]o?k|takes?|taking|"
    r"held|hold(?:s|ing)?|f[ae]ll|falls|falling|step(?:s|ped|ping)?|turn(?:s|ed|ing)?|pull(?:s|ed|ing)?|"
    r"push(?:es|ed|ing)?|roll(?:s|ed|ing)?|call(?:s|ed|ing)?|look(?:s|ed|ing)?|play(?:s|ed|ing)?|"
    r"fl(?:y|ies|ew|own|ying)|fight(?:s|ing)?|fought|strik(?:e|es|ing)|struck|bring(?:s|ing)?|brought|"
    r"scal(?:e|es|ed|ing)|claw(?:s|ed|ing)?|mov(?:e|es|ed|ing)|wr(?:ite|ites|ote|iting)|kick(?:s|ed|ing)?|"
    r"fir(?:e|es|ed|ing)|dr[ae]w|draws|drawing|bounc(?:e|es|ed|ing)|stay(?:s|ed|ing)?|head(?:s|ed|ing)?|"
    r"hand(?:s|ed|ing)?|snap(?:s|ped|ping)?|answer(?:s|ed|ing)?|rein(?:s|ed|ing)?|sc?rambl(?:e|es|ed|ing))"
    r"\s+[\"“‘']?$")

# "urging lawmakers to abandon X", "brushed aside pressure from exporters to switch recognition to X": X sits in an
#   infinitive that a non-actor object (or a noun) governs, so it is not the verb's own object
NOUN_INFINITIVE = re.compile(r"\b(?!(?:again|also|now|not|never|once|twice|then|still|today|yesterday|quickly|"
                             r"ready|willing|prepared|able|unable|due|likely|expected|set|about|going|order|enough)\b)"
                             r"[a-z][\w\-]*(?<!ly)\s+to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those)\b)"
                             r"[a-z][a-z\-]+\s")
# a direct object slot filled by a common noun phrase, closed by a comma and an adjunct or another clause ("raided its
#   newsroom, in a ruling the OSCE's envoy called ...": the object was the newsroom)
FILLED_OBJECT = re.compile(r"^\s+(?:its|their|his|her|the|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}\s*,\s+"
                           r"(?:in|on|at|as|after|before|while|when|during|which|where|prompting|sparking)\b")

# the people of a news outlet named before them ("Reuters journalist X", "an Al Jazeera camera crew"): the name
#   before is the outlet
OUTLET_ROLES = frozenset("journalist journalists reporter reporters correspondent correspondents photographer "
                         "photographers photojournalist cameraman camerawoman cameramen crew editor columnist "
                         "producer presenter anchor".split())
OUTLET_PERSON_GAP = re.compile(r"(?:['’]s)?\s+(?:(?!and\s|or\s)[a-z][\w\-]*\s+)?(?:" + "|".join(sorted(OUTLET_ROLES)) + r")\s+")
# "..., a suggestion flatly denied by X's spokeswoman, Y", "..., a charge rejected by Moscow": the by-phrase denies
CLAIM_DENIED_BY = re.compile(r",\s+(?:an?|the)\s+(?:[\w\-]+\s+)?(?:charges?|accusations?|allegations?|claims?|suggestions?|"
                             r"assertions?|version)\s+(?:(?:that\s+was|which\s+was|since|later|also|\w+ly)\s+)*"
                             r"(?P<verb>denied|rejected|dismissed|disputed|refuted)\s+by\s+", re.I)
