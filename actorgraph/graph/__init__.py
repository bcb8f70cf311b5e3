"""The graph model (actors, documents, evidence, the ontology) and the stores that hold it."""

from actorgraph.graph.factory import open_store
from actorgraph.graph.model import Actor, Document, Evidence, Relation, actor_id, normalize_name
from actorgraph.graph.registry import RelationClass, RelationStatus, ontology
from actorgraph.graph.store import GraphStore, LoadSummary, QueryResult

__all__ = [
    "Actor", "Document", "Evidence", "GraphStore", "LoadSummary", "QueryResult", "Relation",
    "RelationClass", "RelationStatus", "actor_id", "normalize_name", "ontology", "open_store",
]
