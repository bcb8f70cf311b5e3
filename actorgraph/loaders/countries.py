"""Country names as the lists write them, and ISO 3166-1 alpha-2 codes as FollowTheMoney writes them.

OFAC writes names ("Russia", "Korea, North", "Region: Crimea"), OpenSanctions codes ("ru", "kp", "ua-cri");
the FtM export needs codes, and entity resolution compares a listing's countries with the countries an
article names, so it needs names for codes too.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

# OFAC spellings pycountry does not know; FtM's own codes for territories (xk, ps, ua-cri)
OFAC_COUNTRIES = {
    "russia": "ru", "turkey": "tr", "korea, north": "kp", "korea, south": "kr", "burma": "mm",
    "congo, democratic republic of the": "cd", "congo, republic of the": "cg", "the gambia": "gm",
    "north macedonia, the republic of": "mk", "cote d ivoire": "ci", "macau": "mo", "bahamas, the": "bs",
    "man, isle of": "im", "kosovo": "xk", "palestinian": "ps", "west bank": "ps", "gaza": "ps",
    "northern gaza": "ps", "north gaza": "ps", "crimea": "ua-cri", "northern mali": "ml",
}
# names articles use for codes whose ISO names differ ("North Korea", not "Korea, Democratic People's ...")
COMMON_NAMES = {"kp": ["north korea"], "kr": ["south korea"], "ps": ["palestine"], "ua-cri": ["crimea"],
                "cd": ["democratic republic of the congo", "dr congo"], "us": ["united states"],
                "gb": ["united kingdom", "britain"]}
_CODE = re.compile(r"^[a-z]{2}(-[a-z0-9]{1,4})?$")


@lru_cache(maxsize=1024)
def country_code(value: str) -> str | None:
    """FtM's country code (ISO 3166-1 alpha-2, lower case) for a code or a country name as OFAC writes it
    ('Korea, North', 'Region: Crimea'); None for what names no country ('undetermined')."""
    name = value.strip().lower()
    if _CODE.match(name):
        return name
    name = name.removeprefix("region:").strip()
    if name in OFAC_COUNTRIES:
        return OFAC_COUNTRIES[name]
    try:
        return str(pycountry.countries.lookup(name).alpha_2).lower()
    except LookupError:
        return None


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
    return tuple(dict.fromkeys(names))
