"""The patterns structural.py reads names by: titles held for the article's state, appositions, possessive and
affiliated roles, hedges, and the words that tell a title no longer held or a role of another kind. Split from
structural.py."""

from __future__ import annotations

import re

# Titles that, without a stated affiliation, belong to the country the article is about.
STATE_TITLES = re.compile(
    r"^(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|supreme leader|head of state|"
    r"vice[ -]president|deputy prime minister|[\w ]*minister|secretary of state|attorney general|"
    r"(?:defen[cs]e|foreign|home|interior|treasury|energy|commerce|justice) secretary|secretary of defen[cs]e|"
    r"under-?secretary|(?:chief )?cabinet secretary|state secretary|"
    r"(?:chief |state |public |deputy )?prosecutor|(?:comptroller|auditor|solicitor|inspector|prosecutor)[ -]general|"
    r"ombudsman|central bank governor|senator|(?:[\w ]+ )?judge)$")
THE_STATE_POST_AFTER = re.compile(r",\s+(?:the|who\s+is\s+(?:also\s+|now\s+|currently\s+)?(?:the\s+)?)\s*"
                                   r"(?P<title>[a-z]+(?:\s+[a-z]+){0,2})\s*(?:,|\.|$)")  # ", who is also prime minister,"
LEGISLATOR_TITLES = frozenset({"senator", "lawmaker", "legislator", "mp", "deputy", "member of parliament",
                                "congressman", "congresswoman"})
# (not "deputy": "a deputy at the agency" holds a post) a legislature's seat or post is a post in it ("a deputy chairman of the State Duma's committee"), unlike a party's
LEGISLATURE = re.compile(r"\b(?:duma|parliament|assembly|congress|senate|house|chamber|council|rada|majlis|knesset)\b")
HEADS = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan"})
# leader titles of a unit, a region or a firm: with only a state named ("a Peruvian commander, Col. X", "Peruvian
#   governor X") a post held in that state, not its leadership; a leader against or outside the state holds none there
UNIT_HEADS = frozenset({"commander", "head", "director", "director-general", "director general", "chairman",
                         "chairwoman", "chair", "chief", "governor", "mayor", "ceo"})
NON_STATE_LEADERS = frozenset({"opposition leader", "party leader", "rebel leader"})
APPOSITION = re.compile(r"^\s*\)?,\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w\-]+\s+){0,3}?(?P<title>[\w\-]+(?:\s+[\w\-]+)?)"
                         r"(?:\s+(?:of|for)\s+(?-i:State\s+for\s+)?(?:(?-i:[A-Z][\w\-]*)(?:\s+and)?\s+){0,3}(?-i:[A-Z][\w\-]*))?"
                         r"\s+(?:of|for|at|in)\s+(?:the\s+)?$", re.I)  # (", Minister of Foreign Affairs of Y": its portfolio)
AFFILIATED_ROLE = re.compile(r"^(?:['’]s?)?\s+(?:(?:former|armed|ruling|own|political|militant|parent|main|new|"
                             r"current|eldest|youngest|younger|elder|late)\s+){0,2}(?P<role>militia|faction|party|movement|holding company|company|firm|group|coalition|organisation|organization|network|son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|cousin|son-in-law|brother-in-law)\s*,\s+(?:the\s+|an?\s+)?"
                             r"(?:[a-z][\w\-]*\s+){0,4}$", re.I)  # "X's cousin, provincial councillor Y"
ITS = re.compile(r"(?:^|[,;:]\s*|\b(?:and|through|by|from|with|on|of|for|against|to)\s+)(?P<its>its|their)\s+"
                  r"(?:[a-z][\w\-]*\s+){0,2}$", re.I)
ITS_AS_OBJECT = re.compile(r"\b(?:on|of|for|against|to)\s+(?:its|their)\s+(?:[a-z][\w\-]*\s+){0,2}$", re.I)
# "Kenya's envoy X", "the cartel's alleged leader, X", "Russia sent presidential aide X", "Japan's Vice Foreign
# Minister X" (capitalised words of the title the lexicon does not know)
OWNER_GAP = re.compile(r"['’]s?\s+(?:(?:alleged|suspected|reputed|self-styled|de facto|new|top|main)\s+)?"
                        r"(?:(?!(?:of|with|and|or|the|to|for|in|on|by|from|a|an)\s)[a-z][\w\-]*\s+){0,3}"
                        r"(?:[A-Z][\w\-]*\s+){0,2}|\s*|"
                        r"\s+(?:(?:military|political|armed|senior|chief|top|media|press|official)\s+){1,2}|"  # "X military spokesman"
                        r"\s+(?:sent|sends|dispatched|dispatches)\s+|"
                        r"\s+(?:[a-z][\w\-]*\s+)?(?:secretary-general|secretary general|president|chief|head|director|"
                        r"director-general|chairman|chairwoman|chairperson|chair|leader|commissioner|prosecutor)['’]s\s+(?:[a-z][\w\-]*\s+){0,2}")
# ... and "the United Nations secretary-general's personal envoy, X": a post in the body whose head employs X
ONE_OF_THE = re.compile(r"(?:^|\W)(?:a|an|one)\s+(?:(?:senior|top|veteran|prominent|leading|local|regional)\s+)?$", re.I)
HEDGED = re.compile(r"\b(?:alleged|suspected|reputed|purported)\s+(?:[\w\-]+\s+)?$", re.I)
SEIZED_POWER = re.compile(r"^,\s+who\s+(?:\w+\s+)?(?:seized|took|grabbed|assumed|came to|rose to)\s+power\b", re.I)
MEMBER_ROLE = re.compile(r"^,\s+(?:\d{1,3}\s*,\s+)?(?:an?|the)\s+(?P<hedge>(?:alleged|suspected|reputed|purported)\s+)?(?:[\w\-]+\s+){0,2}?"
                          r"(?:operator|operative|member|financier|associate|fighter|militant|lieutenant|loyalist|"
                          r"founder|co-founder|recruiter|enforcer|money launderer|accountant)\s+(?:of|for|in|with)\s+"
                          r"(?:the\s+|an?\s+)?(?:[a-z][\w\-]*\s+){0,3}$", re.I)  # "of the independent collective Y"
# "X, a suspected Y member", "X, 35, a senior Y operative": the body's name before the member noun
MEMBER_BEFORE_BODY = re.compile(r"^,\s+(?:\d{1,3}\s*,\s+)?(?:an?|the)\s+(?P<hedge>(?:alleged|suspected|reputed|purported)\s+)?"
                                 r"(?:(?:senior|top|veteran|prominent|leading|local|regional|mid-level|low-level|known)\s+)?$",
                                 re.I)
MEMBER_NOUN_AFTER = re.compile(r"\s+(?:member|operative|fighter|militant|financier|recruiter|enforcer|loyalist)\b", re.I)
CRITIC_OF = re.compile(r",\s+(?:an?|the)\s+(?:(?:leading|vocal|fierce|outspoken|prominent|longtime|long-time|staunch|"
                        r"harsh|frequent|sharp|strong)\s+)?critic\s+of\s+(?:the\s+)?", re.I)
BACKER = re.compile(r"^['’]s?\s+(?:(?:main|chief|key|principal|biggest|largest|top|closest|staunchest|long-time|"
                     r"longtime|foreign|regional|military|financial)\s+){0,2}(?P<role>backers?|sponsors?|patrons?|"
                     r"arms suppliers?|suppliers?|financiers?|paymasters?|ally|allies|protectors?|defenders?|"
                     r"(?:security|defen[cs]e|military) partners?)\b", re.I)  # "Y's main security partners": they cooperate
ARMED_TITLE = re.compile(r"\b(?:rebel|rebels['’]?|militia|gang|cartel|guerrilla|insurgent|jihadist|militant)\s*(?:\w+\s+)?$|"
                          r"^(?:rebel|militia|gang|cartel|guerrilla|insurgent)\b", re.I)
# leaders of a body outside the state: "Russian opposition leader X" leads no part of Russia
OUTSIDE_STATE_TITLE = re.compile(r"^(?:opposition|rebel|party|militia|protest|union|student)\s+leader$", re.I)
PORTFOLIOS = frozenset("advocacy communications campaigns campaign programme programmes program programs research "
                        "policy legal media press finance financial operations project projects field technical "
                        "medical humanitarian investigations outreach fundraising marketing sales "
                        "mission delegation bureau country desk team unit".split())  # "its mission chief": a post
STATE_BODY_BEFORE = re.compile(r"\b(?:ministry|government|cabinet|presidential|presidency|interior|defen[cs]e|"
                                r"foreign affairs|army|military|police|navy|air force|armed forces)(?:['’]s?)?\s+(?:deputy\s+)?$",
                                re.I)  # "a ministry spokesman, X", "Army spokesman X", "the ministry's spokeswoman, X": the state's
ITS_OWNER = re.compile(r"\s+and\s+its\s+(?:[a-z]+\s+)?(?P<role>owners?|founder|director|chairman|chairwoman|boss|"
                        r"manager|head|chief executive),\s+", re.I)
# "X of the independent radio station Y": X works there, whatever the words describing Y
OF_DESCRIBED = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?(?:[a-z][\w\-]*\s+){0,4}")
CHARGED_OF = re.compile(r"\b(?:accus\w*|convict\w*|acquitt\w*|suspect\w*|guilty|clear\w*|warn\w*|inform\w*)\s+$", re.I)
FAMILY = frozenset("son daughter wife husband brother sister father mother nephew niece cousin son-in-law brother-in-law".split())


THE_BODYS = re.compile(r"\bthe\s+(?P<body>company|firm|bank|group|party|movement|agency|organi[sz]ation|militia|"
                        r"network|outlet|newspaper|broadcaster|charity|foundation|lender|carrier|airline|shipping line|"
                        r"conglomerate|operator|cartel|gang|federation|committee|union|association|council|commission|"
                        r"alliance|front|society|authority|service|bureau|institute|league|coalition|board|syndicate|club|bloc)"
                        r"['’]s?\s+(?:[a-z][\w\-]*\s+){0,2}$", re.I)
BODY_NOUN_BEFORE = re.compile(r"(?:^|[\s,(])(?:the\s+)?(?P<body>party|union|movement|company|firm|militia|coalition|bureau|agency|"
                               r"alliance|front|federation|association|network|group|bank)\s+$", re.I)
DIPLOMATS = re.compile(r"\b(?:diplomats|envoys|attach[ée]s|(?:consular|embassy|diplomatic)\s+(?:officials|staff|"
                        r"officers|employees|workers))$", re.I)
DIPLOMAT_TITLE = re.compile(r"\b(?:ambassador|chargé d'affaires|charge d'affaires|consul|deputy chief of mission)\b", re.I)
US_PARTY_TITLE = re.compile(r"\b(?:Republican|Democratic|Democrat)\s+(?:senator|congressman|congresswoman|"
                             r"representative|lawmaker)$")
US_PARTY_AFTER = re.compile(r"\s*,\s+an?\s+(?:Republican|Democrat|Democratic)\b")
# American cabinet titles: "Secretary of X" without "for" (Britain's are "Secretary of State for X")
US_CABINET_TITLE = re.compile(r"^secretary of (?:state|defense|the treasury|homeland security|the army|the navy|"
                               r"the air force|war)$", re.I)


# a title after these ("former ruling-party leader X", "Former President X", "jailed opposition leader Y") is not
#   held now; the first may stand a word or two before it, the last right before it
PAST_HOLDER, HELD_AWAY = ("former", "ousted", "deposed", "late", "ex", "outgoing"), ("exiled", "jailed")
NO_LONGER = frozenset(PAST_HOLDER + HELD_AWAY)
NO_LONGER_BEFORE = re.compile(rf"\b(?:{'|'.join(PAST_HOLDER)})\b\W*(?:[a-z]+\s+){{0,2}}$|\b(?:{'|'.join(HELD_AWAY)})\W*$", re.I)
COMMA_THE = re.compile(r",\s+(?:the\s+)?")
FORMER = re.compile(r"\b(?:former|ex)\b", re.I)  # "a former member of Y": no longer
OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
SUPPORTER_ROLE = re.compile(r"all|protector|defender")
