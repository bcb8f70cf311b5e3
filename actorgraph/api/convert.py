"""Graph rows (plain dicts from ``GraphStore.query``) to API response models."""

from __future__ import annotations

from typing import Any

from actorgraph.api.schemas import ActorOut, EvidenceOut, RelationDetail, RelationOut

_ACTOR_FIELDS = {"id", "name", "kind", "aliases", "external_ids", "description"}
_ACTOR_INTERNAL = {"_labels", "norm_name", "search_names", "search_text"}
_RELATION_FIELDS = {"id", "source", "target", "date", "end_date", "status", "attributed_to", "confidence"}
_EVIDENCE_FIELDS = {"doc_id", "sentence", "start", "end", "locator", "_type"}


def actor_out(node: dict[str, Any]) -> ActorOut:
    props = {k: v for k, v in node.items() if k not in _ACTOR_FIELDS | _ACTOR_INTERNAL}
    return ActorOut(
        id=node["id"], name=node.get("name") or node["id"], kind=node.get("kind") or "",
        aliases=list(node.get("aliases") or []), external_ids=list(node.get("external_ids") or []),
        description=node.get("description"), properties=props,
    )


def _relation_fields(edge: dict[str, Any], source_name: str | None, target_name: str | None) -> dict[str, Any]:
    return {
        "id": edge["id"], "type": edge.get("_type", ""), "source": edge.get("source", ""),
        "target": edge.get("target", ""), "source_name": source_name, "target_name": target_name,
        "date": edge.get("date"), "end_date": edge.get("end_date"), "status": edge.get("status") or "asserted",
        "attributed_to": edge.get("attributed_to"), "confidence": edge.get("confidence"),
        "properties": {k: v for k, v in edge.items() if k not in _RELATION_FIELDS | _EVIDENCE_FIELDS},
    }


def relation_out(edge: dict[str, Any], source_name: str | None = None,
                 target_name: str | None = None) -> RelationOut:
    return RelationOut(**_relation_fields(edge, source_name, target_name))


def relation_detail(row: dict[str, Any]) -> RelationDetail:
    edge = row["r"]
    evidence = EvidenceOut(
        document_id=edge.get("doc_id"), document_title=row.get("doc_title"), document_url=row.get("doc_url"),
        document_published=row.get("doc_published"), sentence=edge.get("sentence"), start=edge.get("start"),
        end=edge.get("end"), locator=edge.get("locator"),
    )
    return RelationDetail(**_relation_fields(edge, row.get("source_name"), row.get("target_name")),
                          evidence=evidence)
