"""The words a capitalised run is read against: what follows a body's name or a person's, what makes the run a
place, a people or an operation, and the spelling of companies' names."""

from __future__ import annotations

import re

ORG_AFTER = frozenset("party movement militia group cartel coalition gang company firm network alliance bloc "
                       "fighters militants rebels insurgents gunmen mercenaries".split())  # "Al-Shabaab fighters"
# after a name of two words or more: "its Global Affairs department" (not "the Foreign ministry", "the X department"
#   of a country divided into departments)
BODY_AFTER = frozenset("department ministry agency directorate bureau".split())
ROLE_NOUNS = frozenset("activist businessman businesswoman journalist lawyer dissident blogger cleric tycoon magnate "
                        "oligarch banker trader financier smuggler suspect writer academic economist analyst "
                        "student farmer veteran organiser organizer campaigner reporter researcher photographer "
                        "filmmaker novelist poet artist".split())
PLACE_OF = frozenset("siege city town village capital outskirts province region district fall battle recapture "
                      "capture suburbs centre center streets port state coast north south east west northeast "
                      "northwest southeast southwest".split())  # "the Indian state of Tamil Nadu", "30 miles east of X"
STATE_BODY_NOUNS = frozenset("court tribunal judge prosecutor prosecutors police ministry official officials diplomat "
                              "spokesman spokeswoman military army government".split())  # "a Kyiv court charged X"
A_PERSONS_PEOPLE = frozenset("supporters relatives families children associates partners lawyers aides "
                              "followers loyalists".split())
OWNER_NOUNS = frozenset("owner owners founder director chairman chairwoman boss manager head".split())
PLACE_TAILS = frozenset("based registered headquartered flagged born".split())
ORG_SUFFIX = re.compile(r"..(?:technik|tech|tronics?|pharma|neft|gaz|prom|bank|soft|energo)$")
# head nouns that open a body's name in French, Spanish or Portuguese ("Groupement des Exportateurs de X", "the
# Spanish Guardia Civil", "Agence France-Presse"); last in a run they are a surname ("Rafael Guardia")
OPENING_HEADS = frozenset("groupement agence agencia guardia comunidad académie syndicat sindicato confédération "
                           "confederación fédération federación asociación associação comité conseil consejo "
                           "rassemblement mouvement".split())
CAMEL = re.compile(r"^(?!(?:Mc|Mac|De|Di|La|Le|Van|Von|Du|Da)[A-Z])[A-Z][a-z]+[A-Z][a-z]+")
PEOPLE_ADJECTIVE = re.compile(r"..(?:i|an|ese|ish|ic)$")
ADJECTIVE_END = re.compile(r"(?:al|ern|ist|ic|ical|ish)$")
# "the investigation into X Y", "a probe into X Y": the name after "into" is the one looked into, not a place
#   (nor after "the", as in "the X Y in the capital")
INQUIRIES = frozenset("the investigation investigations inquiry inquiries probe probes looking look".split())
WARSHIPS = frozenset("warship destroyer frigate corvette submarine warplane".split())  # "a U.S. warship": the state's
PLACE_PREPS = frozenset("in near at into across outside inside around toward towards through off".split())  # "off X": at sea
UNNAMED_BEFORE = frozenset("a an any some local other several many ethnic".split())
DETERMINERS = frozenset("the its their our".split())
REGION_PREPS = frozenset("in across throughout".split())
MOTION_PREPS = frozenset("over along across through beyond toward towards".split())  # not "from": "fighters
# from the Shining Path"
OPERATION_NOUNS = frozenset("mission operation operations exercise exercises drill drills campaign offensive "
                             "programme program plan initiative".split())
# adjectives of a region or a bloc's members, not of one state: "European allies", "Arab states", "Western
# governments" are several states (a group), never the union or league of the same name
REGIONAL_ADJECTIVES = frozenset("european african arab asian western eastern gulf nordic baltic balkan caribbean "
                                "sahelian scandinavian latin-american".split())
# what several states, or the people who speak for them, are called together ("its European partners" and
# "European officials" are left alone: news uses both for the union itself)
POLITY_PLURALS = frozenset("allies governments countries nations states powers capitals neighbours neighbors "
                           "democracies leaders ministers diplomats".split())
KIN_NOUNS = frozenset("son daughter wife husband brother sister father mother nephew niece cousin widow".split())
# a state's sites that force falls on ("pounded Ukrainian energy facilities", "struck a refinery in Russia"): read as
#   the state only beside a word of force (collective.demonym_mention, verb_objects.objects_of)
SITE_NOUNS = frozenset("refinery refineries facility facilities infrastructure grid plant plants depot depots base bases "
                       "airfield airfields port ports bridges installations hideout hideouts positions targets "
                       "strongholds".split())
