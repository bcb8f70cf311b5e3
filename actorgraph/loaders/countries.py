"""Country names as the lists write them, and ISO 3166-1 alpha-2 codes as FollowTheMoney writes them.

OFAC writes names ("Russia", "Korea, North", "Region: Crimea"), OpenSanctions codes ("ru", "kp", "ua-cri");
the FtM export needs codes, and entity resolution compares a listing's countries with the countries an
article names, so it needs names for codes too. ``display_name`` gives the name the project's Country actors
use (the extractor's ``countries.yaml``: "Russia", "North Korea"), and ``country_facts`` turns what a list
writes into codes and those names (docs/sanctions-lists.md, "Countries, nationality, birth dates").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import pycountry
import yaml

# OFAC spellings pycountry does not know; FtM's own codes for territories (xk, ps, ua-cri)
OFAC_COUNTRIES = {
    "russia": "ru", "turkey": "tr", "korea, north": "kp", "korea, south": "kr", "burma": "mm",
    "congo, democratic republic of the": "cd", "congo, republic of the": "cg", "the gambia": "gm",
    "north macedonia, the republic of": "mk", "cote d ivoire": "ci", "macau": "mo", "bahamas, the": "bs",
    "man, isle of": "im", "kosovo": "xk", "palestinian": "ps", "west bank": "ps", "gaza": "ps",
    "northern gaza": "ps", "north gaza": "ps", "crimea": "ua-cri", "northern mali": "ml",
}
# places inside a country rather than countries: kept as written next to their country's code and name
REGIONS = frozenset({"west bank", "gaza", "northern gaza", "north gaza", "crimea", "northern mali"})
# names articles use for codes whose ISO names differ ("North Korea", not "Korea, Democratic People's ...")
COMMON_NAMES = {"kp": ["north korea"], "kr": ["south korea"], "ps": ["palestine"], "ua-cri": ["crimea"],
                "cd": ["democratic republic of the congo", "dr congo"], "us": ["united states"],
                "gb": ["united kingdom", "britain"]}
# short names pycountry does not know (it has "Brunei Darussalam", "Holy See (Vatican City State)")
OTHER_NAMES = {"vatican": "va", "vatican city": "va", "holy see": "va", "brunei": "bn", "micronesia": "fm",
               "ivory coast": "ci", "cape verde": "cv", "swaziland": "sz", "east timor": "tl",
               "republic of the congo": "cg", "congo-brazzaville": "cg"}
# user-assigned codes in use as country codes (OpenSanctions, the EU): Kosovo
USER_ASSIGNED = {"xk": "Kosovo"}
# the codes FollowTheMoney (4.11) accepts besides ISO 3166-1 alpha-2: regions ('ua-cri'), former states
# ('suhh'), unions ('eu'), 'zz' (global); OpenSanctions records may carry them
FTM_TERRITORIES = frozenset({
    "ac", "az-nk", "cn-xz", "cp", "cq", "cshh", "csxx", "cy-trnc", "dd", "dg", "eu", "gb-nir", "gb-sct", "gb-wls",
    "ge-ab", "ic", "ip", "iq-kr", "md-pmr", "pk-km", "so-som", "suhh", "ta", "ua-cri", "ua-dpr", "ua-lpr", "un",
    "x-so", "xk", "yucs", "zr", "zz"})
_CODE = re.compile(r"^[a-z]{2}(-[a-z0-9]{1,4})?$")


def _known_name(name: str) -> str | None:
    """The code of a lower-case country name from the tables above or pycountry (no gazetteer)."""
    if name in OFAC_COUNTRIES:
        return OFAC_COUNTRIES[name]
    if name in OTHER_NAMES:
        return OTHER_NAMES[name]
    for code, names in COMMON_NAMES.items():
        if name in names:
            return code
    try:
        return str(pycountry.countries.lookup(name).alpha_2).lower()
    except LookupError:
        return None


@dataclass(frozen=True)
class _Gazetteer:
    display: dict[str, str]
    """code -> the name the project's Country actors use"""
    forms: dict[str, str]
    """lower-case name, alias or (unambiguous) demonym -> code"""


@cache
def _gazetteer() -> _Gazetteer:
    """The extractor's country list (read-only): each entry's code from its name (else an alias), and its
    aliases and demonyms as further forms, unless a form names another country ("Congo") or several
    ("Dominican")."""
    try:
        text = resources.files("actorgraph.loaders.extractor").joinpath("data", "countries.yaml").read_text("utf-8")
    except (OSError, ModuleNotFoundError):  # without it, display names are pycountry's
        text = ""
    display: dict[str, str] = {}
    forms: dict[str, set[str]] = {}
    for name, spec in (yaml.safe_load(text) or {}).items():
        spec = spec or {}
        aliases = [str(a) for a in spec.get("aliases", [])]
        code = next((c for c in map(_known_name, [name.lower(), *(a.lower() for a in aliases)]) if c), None)
        if code is None or len(code) != 2:
            continue  # Transnistria, Somaliland...: no ISO code
        display.setdefault(code, name)
        for form in [name, *aliases, *(str(d) for d in spec.get("demonyms", []))]:
            if _known_name(form.lower()) in (None, code):
                forms.setdefault(form.lower(), set()).add(code)
    return _Gazetteer(display, {f: next(iter(c)) for f, c in forms.items() if len(c) == 1})


def is_country_code(code: str) -> bool:
    """An ISO 3166-1 alpha-2 code (lower case, as FtM writes it) or a user-assigned one in use (xk)."""
    return len(code) == 2 and code.islower() and (
        code in USER_ASSIGNED or pycountry.countries.get(alpha_2=code.upper()) is not None)


def is_ftm_country(code: str) -> bool:
    """A value FollowTheMoney accepts as a country: an ISO code or one of ``FTM_TERRITORIES``."""
    return is_country_code(code) or code in FTM_TERRITORIES


@lru_cache(maxsize=1024)
def country_code(value: str) -> str | None:
    """FtM's country code (ISO 3166-1 alpha-2, lower case) for a code or a country name as OFAC or an
    article writes it ('Korea, North', 'North Korea', 'Region: Crimea', 'Palestinian'); None for what names
    no country ('undetermined'). Codes are returned as given, checked or not (FtM's 'ua-cri', 'zz')."""
    name = " ".join(value.split()).lower()
    if _CODE.match(name) and (is_country_code(name) or name not in _gazetteer().forms):
        return name
    name = name.removeprefix("region:").strip()
    if name in OFAC_COUNTRIES:
        return OFAC_COUNTRIES[name]
    return _gazetteer().forms.get(name) or _known_name(name)


@lru_cache(maxsize=512)
def display_name(code: str) -> str | None:
    """The name Country actors use for an ISO code ('ru' -> 'Russia', 'kp' -> 'North Korea'); pycountry's
    (common) name for places the gazetteer lacks ('ky' -> 'Cayman Islands'); None for what is no code."""
    code = code.strip().lower()
    if not is_country_code(code):
        return None
    if code in _gazetteer().display:
        return _gazetteer().display[code]
    if code in USER_ASSIGNED:
        return USER_ASSIGNED[code]
    country = pycountry.countries.get(alpha_2=code.upper())
    return str(getattr(country, "common_name", None) or country.name) if country else None


@lru_cache(maxsize=1024)
def country_names(code: str) -> tuple[str, ...]:
    """The names a country code goes by (ISO name, common and official names, OFAC's and articles' forms);
    empty for what is not a code."""
    code = code.strip().lower()
    if not _CODE.match(code):
        return ()
    names = [name for name, c in OFAC_COUNTRIES.items() if c == code] + COMMON_NAMES.get(code, [])
    country = pycountry.countries.get(alpha_2=code[:2].upper()) if "-" not in code else None
    if country is not None:
        names += [n for n in (country.name, getattr(country, "common_name", None),
                              getattr(country, "official_name", None)) if n]
    if shown := display_name(code):
        names.append(shown)
    return tuple(dict.fromkeys(names))


@dataclass(frozen=True)
class CountryFacts:
    codes: tuple[str, ...] = ()
    """ISO 3166-1 alpha-2 codes, lower case, in the order the values name them"""
    names: tuple[str, ...] = ()
    """the display name of each code, and each value that is not itself a country, as written"""
    unmatched: tuple[str, ...] = ()
    """the values that gave no code at all ('undetermined', 'possibly Palestinian', FtM 'zz')"""


def _is_region(value: str) -> bool:
    low = " ".join(value.split()).lower()
    return low.startswith("region:") or low in REGIONS


@lru_cache(maxsize=4096)
def _value_facts(value: str) -> tuple[str | None, tuple[str, ...]]:
    """(the country code, the names to keep) for one value as written."""
    code = country_code(value)
    main = code.split("-")[0] if code else None
    country = main if main and is_country_code(main) else None
    names = [display_name(country) or country] if country else []
    if country is None or code != country or _is_region(value):
        names.append(value)
    return country, tuple(names)


def country_facts(values: Iterable[str]) -> CountryFacts:
    """Codes and display names for country names or codes as a list writes them. A region inside one
    country ('Region: Gaza', FtM 'ua-cri') adds that country and is kept as written too; a value naming no
    country is kept as written, without a code."""
    codes: list[str] = []
    names: list[str] = []
    unmatched: list[str] = []
    for raw in values:
        value = " ".join(str(raw).split())
        if not value:
            continue
        country, kept = _value_facts(value)
        if country is None:
            unmatched.append(value)
        else:
            codes.append(country)
        names += kept
    if not names:
        return _NO_FACTS
    return CountryFacts(*(tuple(dict.fromkeys(x)) for x in (codes, names, unmatched)))


_NO_FACTS = CountryFacts()
