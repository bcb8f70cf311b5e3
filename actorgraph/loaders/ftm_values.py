"""Value helpers of the FtM reader: dates, names written in several scripts, sanctioning jurisdictions."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from actorgraph.graph.model import Actor, normalize_name
from actorgraph.loaders.countries import display_name

SUPRANATIONAL = {"eu": "European Union", "un": "United Nations"}
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def export_hint(ent: dict[str, Any]) -> dict[str, Any]:
    """What ``export_ftm`` wrote under the ``actorgraph`` key ({} for entities from elsewhere)."""
    hint = ent.get("actorgraph")
    return hint if isinstance(hint, dict) else {}


def written_in(values: list[str], name: str) -> str | None:
    """The value whose words all occur in ``name``: FtM gives firstName/lastName in several scripts, in
    no set order, and the parts that matter for matching are those of the entity's own name."""
    own = set(normalize_name(name).split())
    return next((v for v in values if normalize_name(v) and set(normalize_name(v).split()) <= own), None)


def first_value(values: list[str] | None) -> str | None:
    return values[0] if values else None


def full_date(values: list[str] | None, earliest: bool = True) -> dt.date | None:
    full = sorted(v for v in values or [] if _FULL_DATE.match(v))
    if not full:
        return None
    try:
        return dt.date.fromisoformat(full[0] if earliest else full[-1])
    except ValueError:
        return None


def country_actor(code: str) -> Actor | None:
    """The sanctioning jurisdiction for an ISO code (``us`` -> United States; ``eu`` -> European Union)."""
    code = code.strip().lower()
    if code in SUPRANATIONAL:
        return Actor(name=SUPRANATIONAL[code], kind="Organization")
    name = display_name(code)  # the name news Country actors use: 'ru' -> Russia, one node for both
    if name is None:
        return None
    return Actor(name=name, kind="Country", external_ids=[f"iso:{code.upper()}"])
