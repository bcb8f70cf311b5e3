"""Write the graph out as FollowTheMoney entities (JSON lines) for Aleph / OpenSanctions tooling.

Actors become Person / Organization / Company / LegalEntity / PublicBody / Vessel / Airplane entities (the
schema they were loaded from when known); relations become interval entities: SANCTIONS and DESIGNATES ->
Sanction, MEMBER_OF -> Membership, FAMILY_OF -> Family, LEADS / HOLDS_POSITION -> Directorship (when the
target is an organisation; otherwise UnknownLink with the role), ASSOCIATED_WITH -> Ownership (for ownership
links) or UnknownLink, every other fact type -> UnknownLink with the type as its role. Each entity also carries
an ``actorgraph`` key (ids, kind, relation type, status) that FtM tools ignore and ``read_ftm`` uses to
restore the graph exactly.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Protocol

from actorgraph.graph.registry import RelationClass, ontology
from actorgraph.graph.store import GraphStore
from actorgraph.loaders.countries import country_code, is_ftm_country
from actorgraph.loaders.list_facts import iso_date, ofac_birth_dates

KIND_SCHEMAS = {"Person": "Person", "Organization": "Organization", "Group": "Organization",
                "Country": "PublicBody", "Vessel": "Vessel", "Aircraft": "Airplane"}
ORG_SCHEMAS = {"Organization", "Company", "LegalEntity", "PublicBody"}
# FtM property -> the actor properties holding its codes, then names (the last: as graphs loaded before
# the list facts had one shape wrote them)
COUNTRY_PROPS = {"country": ("country_codes", "countries"),
                 "nationality": ("nationality_codes", "nationalities", "nationality"),
                 "citizenship": ("citizenship_codes", "citizenships", "citizenship")}


class TextSink(Protocol):
    def write(self, text: str, /) -> Any: ...


def _entity_id(actor: dict[str, Any]) -> str:
    """The OpenSanctions id for an actor loaded from OpenSanctions (its own id comes first), else ours."""
    if actor.get("list_source") == "opensanctions":
        for ext in actor.get("external_ids") or []:
            if ext.startswith("opensanctions:"):
                return ext.split(":", 1)[1]
    return "ag-" + actor["id"].replace(":", "-")


def _schema(actor: dict[str, Any]) -> str:
    loaded = actor.get("ftm_schema")
    if isinstance(loaded, str) and loaded in {*KIND_SCHEMAS.values(), "Company", "LegalEntity"}:
        return loaded
    return KIND_SCHEMAS.get(actor.get("kind") or "", "LegalEntity")


def ftm_date(value: str) -> str | None:
    """An FtM date (YYYY, YYYY-MM or YYYY-MM-DD) from ISO or OFAC's '02 Mar 1970', 'Mar 1970', 'circa
    1970'; None for what FtM cannot hold (ranges such as '1960 to 1962', free text). For graphs loaded
    before ``birth_dates`` existed, whose ``dob`` is OFAC's text."""
    if found := iso_date(value):
        return found
    born = ofac_birth_dates([value])
    return born.dates[0] if len(born.dates) == 1 else None


def _values(*items: Any) -> list[str]:
    out: list[str] = []
    for item in items:
        for v in item if isinstance(item, list) else [item]:
            if v is not None and str(v) and str(v) not in out:
                out.append(str(v))
    return out


def _country_codes(actor: dict[str, Any], *keys: str) -> list[str]:
    """FtM country codes for what ``keys`` hold: codes as stored, names ('Venezuela', 'Region: Crimea' ->
    'ua-cri') through ``country_code``; what names no country FtM knows ('undetermined', 'xx') is left out."""
    values: list[Any] = []
    for key in keys:
        stored = actor.get(key)
        values += stored if isinstance(stored, list) else [stored]
    codes = [country_code(str(v)) for v in values if v]
    return _values([c for c in codes if c and is_ftm_country(c)])


def _actor_entity(a: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, list[str]] = {"name": [a["name"]]}
    if a.get("aliases"):
        props["alias"] = _values(a["aliases"])
    for src, dst in (("source_urls", "sourceUrl"), ("topics", "topics"), ("positions", "position"),
                     ("programs", "program")):
        if a.get(src) and (dst != "position" or a.get("kind") == "Person"):
            props[dst] = _values(a[src])
    for prop, sources in COUNTRY_PROPS.items():
        codes = _country_codes(a, *sources)
        if codes and (prop == "country" or a.get("kind") == "Person"):
            props[prop] = codes
    if a.get("kind") == "Person":
        if a.get("given_names") and a.get("surnames"):
            props["firstName"], props["lastName"] = [a["given_names"]], [a["surnames"]]
        born = [iso_date(str(d)) for d in a.get("birth_dates") or []] or [
            ftm_date(str(a["dob"])) if a.get("dob") else None]
        if dates := _values([d for d in born if d]):
            props["birthDate"] = dates
    if a.get("description"):
        props["notes"] = [a["description"]]
    referents = [("ofac-" + x[5:]) if x.startswith("ofac:") else x.split(":", 1)[1]
                 for x in a.get("external_ids") or [] if x.startswith(("ofac:", "opensanctions:"))]
    entity_id = _entity_id(a)
    return {
        "id": entity_id, "schema": _schema(a), "caption": a["name"], "properties": props,
        "referents": [r for r in referents if r != entity_id],
        "datasets": _values(a.get("datasets") or ["actorgraph"]),
        "actorgraph": {"id": a["id"], "kind": a.get("kind"), "list_source": a.get("list_source"),
                       "external_ids": a.get("external_ids") or []},
    }


def _relation_entity(rtype: str, r: dict[str, Any], ent_ids: dict[str, str], actors: dict[str, dict[str, Any]]
                     ) -> dict[str, Any]:
    src, dst = ent_ids[r["source"]], ent_ids[r["target"]]
    props: dict[str, list[str]] = {}
    if r.get("date"):
        props["startDate"] = [r["date"]]
    if r.get("end_date"):
        props["endDate"] = [r["end_date"]]
    target_schema = _schema(actors[r["target"]])
    if rtype in ("SANCTIONS", "DESIGNATES"):
        schema = "Sanction"
        authority = actors.get(r.get("attributed_to") or "") or actors[r["source"]]
        props.update(entity=[dst], authority=[authority["name"]], program=_values(r.get("programs")))
        if rtype == "DESIGNATES":
            props["provisions"] = ["designation"]
    elif rtype == "MEMBER_OF" and target_schema in ORG_SCHEMAS:
        schema, props["member"], props["organization"] = "Membership", [src], [dst]
    elif rtype == "FAMILY_OF" and {_schema(actors[r["source"]]), target_schema} == {"Person"}:
        schema, props["person"], props["relative"] = "Family", [src], [dst]
        props["relationship"] = _values(r.get("relationship"))
    elif rtype in ("LEADS", "HOLDS_POSITION") and target_schema in ORG_SCHEMAS:
        schema, props["director"], props["organization"] = "Directorship", [src], [dst]
        props["role"] = _values(r.get("role") or ("leader" if rtype == "LEADS" else []))
    elif rtype == "ASSOCIATED_WITH" and r.get("link") == "ownership":
        schema, props["owner"], props["asset"] = "Ownership", [src], [dst]
        props["percentage"] = _values(r.get("percentage"))
    else:
        schema, props["subject"], props["object"] = "UnknownLink", [src], [dst]
        props["role"] = _values(r.get("role") or rtype.lower().replace("_", " "))
    if r.get("source_urls"):
        props["sourceUrl"] = _values(r["source_urls"])
    if r.get("sentence") and schema != "Sanction":
        props["summary"] = [str(r["sentence"])[:1000]]
    extra_keys = ("programs", "role", "relationship", "percentage", "link", "authority", "countries")
    hint = {"type": rtype, "source": r["source"], "target": r["target"], "status": r.get("status"),
            "date": r.get("date"), "end_date": r.get("end_date"), "attributed_to": r.get("attributed_to"),
            "confidence": r.get("confidence", 1.0), "sentence": r.get("sentence"), "relation_id": r.get("id"),
            "properties": {k: r[k] for k in extra_keys if r.get(k) is not None}}
    digest = hashlib.sha1(str(r.get("id") or json.dumps(r, sort_keys=True)).encode()).hexdigest()[:24]
    return {"id": f"ag-rel-{digest}", "schema": schema, "properties": {k: v for k, v in props.items() if v},
            "datasets": _values(r.get("datasets") or ["actorgraph"]),
            "actorgraph": {k: v for k, v in hint.items() if v is not None}}


def export_ftm(store: GraphStore, fh: TextSink) -> int:
    """Write every actor and every fact relation as one FtM entity per line; returns the number written."""
    o = ontology()
    label = o.actor_label
    actors: dict[str, dict[str, Any]] = {}
    for row in store.query(f"MATCH (a:{label}) RETURN a ORDER BY a.id", max_rows=100_000_000).rows:
        actors[row["a"]["id"]] = row["a"]
    ent_ids = {aid: _entity_id(a) for aid, a in actors.items()}
    n = 0
    for a in actors.values():
        fh.write(json.dumps(_actor_entity(a), ensure_ascii=False) + "\n")
        n += 1
    types = [t for t, spec in o.relation_types.items() if spec.relation_class is not RelationClass.INTERNAL]
    rows = store.query(f"MATCH (a:{label})-[r]->(b:{label}) WHERE type(r) IN $types "
                       "RETURN type(r) AS type, r AS r ORDER BY r.id", {"types": types},
                       max_rows=100_000_000).rows
    for row in rows:
        r = row["r"]
        if r.get("source") not in actors or r.get("target") not in actors:
            continue
        fh.write(json.dumps(_relation_entity(row["type"], r, ent_ids, actors), ensure_ascii=False) + "\n")
        n += 1
    return n
