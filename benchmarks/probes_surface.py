"""Actor surface forms: one relation, with the subject or the object written the many ways news writes a
party — a country as "the U.S.", "Washington", "the Kremlin", "the Kenyan government"; a person with a title,
a demonym and title, particles or punctuation in the name, an appositive, a surname-only second mention; an
organisation by its cue word, "the U.N. Security Council", an acronym introduced in parentheses. The rest of
the sentence stays fixed, so a failure is the surface form's fault. All names are invented.
"""

from __future__ import annotations

from benchmarks.probe_grid import Probe, capitalised, possessive

P, C, G = "person", "country", "organisation"

# (written form, canonical actor name, kind)
_PEOPLE = [
    ("Alan Pryce", "Alan Pryce"),
    ("Foreign Minister Alan Pryce", "Alan Pryce"),
    ("Secretary of State Alan Pryce", "Alan Pryce"),
    ("Lt. Gen. Alan Pryce", "Alan Pryce"),
    ("Maj. Gen. Alan Pryce", "Alan Pryce"),
    ("Dr. Alan Pryce", "Alan Pryce"),
    ("President Alan Pryce", "Alan Pryce"),
    ("U.S. envoy Alan Pryce", "Alan Pryce"),
    ("U.N. envoy Alan Pryce", "Alan Pryce"),
    ("EU foreign policy chief Alan Pryce", "Alan Pryce"),
    ("Hamid Tariq al-Sayer", "Hamid Tariq al-Sayer"),
    ("Greta van der Molen", "Greta van der Molen"),
    ("Faisal bin Rashed", "Faisal bin Rashed"),
    ("Seán Ó Dálaigh", "Seán Ó Dálaigh"),
    ("Jean-Marc Diouf", "Jean-Marc Diouf"),
    ("Conor O'Malley", "Conor O'Malley"),
    ("José Ibáñez", "José Ibáñez"),
    ("Pak Song Chol", "Pak Song Chol"),
    ("Adaeze Okafor-Eze", "Adaeze Okafor-Eze"),
    ("Prime Minister Alan Pryce", "Alan Pryce"),
    ("Deputy Foreign Minister Alan Pryce", "Alan Pryce"),
    ("Gen. Alan Pryce", "Alan Pryce"),
    ("Col. Alan Pryce", "Alan Pryce"),
    ("Sheikh Alan Pryce", "Alan Pryce"),
    ("Mr. Alan Pryce", "Alan Pryce"),
    ("Russian Foreign Minister Alan Pryce", "Alan Pryce"),
    ("U.N. Secretary-General Alan Pryce", "Alan Pryce"),
    ("Alan J. Pryce", "Alan J. Pryce"),
    ("Ewan McAllister", "Ewan McAllister"),
    ("Luis da Costa", "Luis da Costa"),
    ("Omar Abu Zaid", "Omar Abu Zaid"),
    ("Yusuf ibn Khalid", "Yusuf ibn Khalid"),
    ("Anne-Marie Leclerc", "Anne-Marie Leclerc"),
    ("Nguyen Van Thanh", "Nguyen Van Thanh"),
    ("Dmitri Volkov-Petrov", "Dmitri Volkov-Petrov"),
    ("Britain's foreign secretary, Alan Pryce,", "Alan Pryce"),
    ("Kenya's defence minister Alan Pryce", "Alan Pryce"),
    ("Kenya's President Alan Pryce", "Alan Pryce"),
    ("Britain's Alan Pryce", "Alan Pryce"),
    ("Alan Pryce, 54,", "Alan Pryce"),
    ("Alan Pryce, Kenya's defence minister,", "Alan Pryce"),
    ("Alan Pryce, who leads the Tana Valley Militia,", "Alan Pryce"),
    ("the head of the Tana Valley Militia, Alan Pryce,", "Alan Pryce"),
    ("Kenyan opposition leader Alan Pryce", "Alan Pryce"),
    ("Sudan's army chief Hamid Tariq al-Sayer", "Hamid Tariq al-Sayer"),
    ("former President Alan Pryce", "Alan Pryce"),
    ("ex-President Alan Pryce", "Alan Pryce"),
    ("Ex-Prime Minister Alan Pryce", "Alan Pryce"),
    ("U.S. Secretary of State Alan Pryce", "Alan Pryce"),
    ("the U.S. envoy, Alan Pryce,", "Alan Pryce"),
    ("Israeli Prime Minister Alan Pryce", "Alan Pryce"),
    ("Crown Prince Faisal bin Rashed", "Faisal bin Rashed"),
    ("Sheikh Faisal bin Rashed Al Nahyan", "Faisal bin Rashed Al Nahyan"),
    ("Rep. Alan Pryce", "Alan Pryce"),
    ("Sen. Alan Pryce", "Alan Pryce"),
    ("Gov. Alan Pryce", "Alan Pryce"),
    ("Capt. Alan Pryce", "Alan Pryce"),
    ("Brig. Gen. Alan Pryce", "Alan Pryce"),
    ("Prof. Alan Pryce", "Alan Pryce"),
    ("Rear Adm. Alan Pryce", "Alan Pryce"),
    ("Field Marshal Alan Pryce", "Alan Pryce"),
    ("U.K. Foreign Secretary Alan Pryce", "Alan Pryce"),
    ("NATO Secretary General Alan Pryce", "Alan Pryce"),
    ("IMF chief Alan Pryce", "Alan Pryce"),
    ("the EU's foreign policy chief, Alan Pryce,", "Alan Pryce"),
    ("the U.N.'s special envoy, Alan Pryce,", "Alan Pryce"),
    ("Sudanese army chief Gen. Alan Pryce", "Alan Pryce"),
    ("Alan Pryce Jr.", "Alan Pryce Jr"),
    ("Ayatollah Alan Pryce", "Alan Pryce"),
]
_COUNTRIES = [
    ("Kenya", "Kenya"),
    ("the United States", "United States"),
    ("the U.S.", "United States"),
    ("the US", "United States"),
    ("Washington", "United States"),
    ("the White House", "United States"),
    ("Britain", "United Kingdom"),
    ("the UK", "United Kingdom"),
    ("the U.K.", "United Kingdom"),
    ("Moscow", "Russia"),
    ("the Kremlin", "Russia"),
    ("Beijing", "China"),
    ("the government of Kenya", "Kenya"),
    ("Kenya's government", "Kenya"),
    ("the Kenyan government", "Kenya"),
    ("Russia's foreign ministry", "Russia"),
    ("the United Kingdom", "United Kingdom"),
    ("the Russian government", "Russia"),
    ("Iranian authorities", "Iran"),
    ("Tehran", "Iran"),
    ("the U.S. government", "United States"),
    ("Downing Street", "United Kingdom"),
    ("Kyiv", "Ukraine"),
    ("the Democratic Republic of Congo", "Democratic Republic of the Congo"),
    ("the DRC", "Democratic Republic of the Congo"),
    ("the UAE", "United Arab Emirates"),
    ("Riyadh", "Saudi Arabia"),
    ("South Sudan", "South Sudan"),
    ("Ivory Coast", "Ivory Coast"),
    ("the Netherlands", "Netherlands"),
    ("the Philippines", "Philippines"),
    ("the Gambia", "Gambia"),
    ("Myanmar's junta", "Myanmar"),
    ("the Sudanese army", "Sudan"),
    ("Chinese authorities", "China"),
    ("the Venezuelan regime", "Venezuela"),
    ("Kenyan police", "Kenya"),
    ("the Pentagon", "United States"),
]
_ORGS = [
    ("the Rapid Support Forces", "Rapid Support Forces"),
    ("the National Front for Renewal", "National Front for Renewal"),
    ("the U.N. Security Council", "U.N. Security Council"),
    ("the EU", "EU"),
    ("NATO", "NATO"),
    ("the IMF", "IMF"),
    ("the Ministry of Foreign Affairs", "Ministry of Foreign Affairs"),
    ("the African Union", "African Union"),
    ("the AU", "AU"),
    ("the United Nations", "United Nations"),
    ("the U.N.", "U.N."),
    ("the World Bank", "World Bank"),
    ("the European Commission", "European Commission"),
    ("the International Criminal Court", "International Criminal Court"),
    ("the Justice and Equality Movement", "Justice and Equality Movement"),
    ("the People's Defence Forces", "People's Defence Forces"),
    ("the Tana Valley Militia", "Tana Valley Militia"),
    ("Orlan Holdings Ltd.", "Orlan Holdings Ltd"),
]
_FORMS = [(w, n, P) for w, n in _PEOPLE] + [(w, n, C) for w, n in _COUNTRIES] + [(w, n, G) for w, n in _ORGS]

# (template with {s} and {o}, relation type, subject kinds, object kinds); "{o_poss}" is the object's possessive
_ANY = (P, C, G)
_VERBS = [
    ("{s} met {o} on Monday.", "MEETS_WITH", (P,), (P,)),
    ("{s} held talks with {o} on Monday.", "NEGOTIATES_WITH", _ANY, _ANY),
    ("{s} sanctioned {o} on Monday.", "SANCTIONS", (C, G), _ANY),
    ("{s} accused {o} of corruption on Monday.", "ACCUSES", _ANY, _ANY),
    ("{s} denied {o_poss} accusations on Monday.", "DENIES", _ANY, _ANY),
    ("{s} threatened {o} on Monday.", "THREATENS", _ANY, _ANY),
    ("{s} attacked {o} on Monday.", "ATTACKS", _ANY, _ANY),
    ("{s} arrested {o} on Monday.", "COERCES", (C,), (P,)),
    ("{s} called on {o} to halt the offensive on Monday.", "DEMANDS", _ANY, _ANY),
    ("{s} signed a deal with {o} on Monday.", "AGREES_WITH", _ANY, _ANY),
    ("{s} backed {o} on Monday.", "SUPPORTS", _ANY, _ANY),
    ("{s} supported {o} on Monday.", "SUPPORTS", _ANY, _ANY),
]
# the fixed other party when one side varies: a person, or a country where the verb wants one
_FIXED = {P: ("Ruth Osei", "Ruth Osei"), C: ("the Kenyan government", "Kenya")}


def _sentence(template: str, s: str, o: str) -> str:
    return capitalised(template.format(s=s, o=o, o_poss=possessive(o)))


def _fixed(kinds: tuple[str, ...]) -> tuple[str, str]:
    return _FIXED[P] if P in kinds else _FIXED[C]


def _grid() -> list[Probe]:
    out = []
    for tmpl, rel, s_kinds, o_kinds in _VERBS:
        fo, fo_name = _fixed(o_kinds)
        for w, name, kind in _FORMS:
            if kind in s_kinds and name != fo_name:
                out.append(Probe(f"subject: {kind}", _sentence(tmpl, w, fo), (name, rel, fo_name)))
        fs, fs_name = _fixed(s_kinds)
        for w, name, kind in _FORMS:
            if kind in o_kinds and name != fs_name and not (rel == "DEMANDS" and "Court" in w) \
                    and not ("{o_poss}" in tmpl and w.endswith(",")):  # (petitions to
                # a court are no demands in the annotation conventions)
                out.append(Probe(f"object: {kind}", _sentence(tmpl, fs, w), (fs_name, rel, name)))
    return out


def _mentions() -> list[Probe]:
    """An appositive after the name, and the surname alone in a second sentence."""
    out = []
    for tmpl, rel, s_kinds, o_kinds in _VERBS:
        if P in s_kinds and P in o_kinds:
            out.append(Probe("appositive after the subject",
                             _sentence(tmpl, "Ruth Osei, the defence minister,", "Alan Pryce"),
                             ("Ruth Osei", rel, "Alan Pryce")))
            if "{o_poss}" not in tmpl:
                out.append(Probe("appositive after the object",
                                 _sentence(tmpl, "Ruth Osei", "Alan Pryce, the defence minister,"),
                                 ("Ruth Osei", rel, "Alan Pryce")))
            out.append(Probe("surname-only subject",
                             "Ruth Osei arrived in Nairobi on Sunday. " + _sentence(tmpl, "Osei", "Alan Pryce"),
                             ("Ruth Osei", rel, "Alan Pryce")))
            out.append(Probe("surname-only object",
                             "Alan Pryce arrived in Nairobi on Sunday. " + _sentence(tmpl, "Ruth Osei", "Pryce"),
                             ("Ruth Osei", rel, "Alan Pryce")))
        intro = "The Sudan Liberation Army (SLA) was formed in 2003. "
        if G in s_kinds:
            fo, fo_name = _fixed(o_kinds)
            out.append(Probe("acronym second mention", intro + _sentence(tmpl, "the SLA", fo),
                             ("Sudan Liberation Army", rel, fo_name)))
        if G in o_kinds:
            fs, fs_name = _fixed(s_kinds)
            out.append(Probe("acronym second mention", intro + _sentence(tmpl, fs, "the SLA"),
                             (fs_name, rel, "Sudan Liberation Army")))
    return out


# (full name, short second mention as news writes it); the second mention is the subject, then the object
_SECOND = [
    ("Hamid Tariq al-Sayer", "al-Sayer"), ("Hamid Tariq al-Sayer", "Sayer"), ("Greta van der Molen", "van der Molen"),
    ("Faisal bin Rashed", "bin Rashed"), ("Seán Ó Dálaigh", "Ó Dálaigh"), ("Jean-Marc Diouf", "Diouf"),
    ("Conor O'Malley", "O'Malley"), ("José Ibáñez", "Ibáñez"), ("Pak Song Chol", "Pak"),
    ("Adaeze Okafor-Eze", "Okafor-Eze"), ("Alan J. Pryce", "Pryce"), ("Luis da Costa", "da Costa"),
    ("Omar Abu Zaid", "Abu Zaid"), ("Alan Pryce", "Mr. Pryce"), ("Alan Pryce", "Dr. Pryce"),
    ("Gen. Alan Pryce", "Gen. Pryce"), ("Ewan McAllister", "McAllister"),
]


def _second_mentions() -> list[Probe]:
    """The short name a second sentence uses for a person the first introduced in full."""
    out = []
    for full, short in _SECOND:
        name = full.removeprefix("Gen. ")
        intro = f"{full} arrived in Nairobi on Sunday. "
        for tmpl, rel, s_kinds, o_kinds in _VERBS:
            if P in s_kinds and P in o_kinds:
                out.append(Probe("second mention as subject", intro + _sentence(tmpl, short, "Ruth Osei"),
                                 (name, rel, "Ruth Osei")))
                out.append(Probe("second mention as object", intro + _sentence(tmpl, "Ruth Osei", short),
                                 ("Ruth Osei", rel, name)))
    return out


def _appointments() -> list[Probe]:
    """The appointee holds a post in the appointer's country, however either is written."""
    out = []
    for w, name, kind in _FORMS:
        if kind == P:
            out.append(Probe("appointee", f"Kenyan President Ruth Osei appointed {w} as defence minister on Monday.",
                             (name, "HOLDS_POSITION", "Kenya")))
        elif kind == C:
            out.append(Probe("appointer", f"{capitalised(w)} appointed Alan Pryce as defence minister on Monday.",
                             ("Alan Pryce", "HOLDS_POSITION", name)))
    return out


# a demonym before a title: the post it gives in the demonym's state (None: the title is no post in that state)
_POSTS = [("President", "LEADS"), ("Prime Minister", "LEADS"), ("Foreign Minister", "HOLDS_POSITION"),
          ("army chief", "HOLDS_POSITION"), ("ambassador", "HOLDS_POSITION"), ("opposition leader", None),
          ("rebel leader", None), ("party leader", None), ("former President", None), ("ex-President", None)]


def _posts() -> list[Probe]:
    out = []
    for title, rel in _POSTS:
        text = f"Kenyan {title} Alan Pryce met Ruth Osei on Monday."
        if rel:
            out.append(Probe("post from a demonym", text, ("Alan Pryce", rel, "Kenya")))
        else:
            out.append(Probe("no post from a demonym", text, ("Alan Pryce", "MEETS_WITH", "Ruth Osei"),
                             forbidden=(("Alan Pryce", "LEADS", "Kenya"), ("Alan Pryce", "HOLDS_POSITION", "Kenya"))))
    return out


PROBES = _grid() + _mentions() + _second_mentions() + _appointments() + _posts()
