"""Request and response models of the query endpoints: named queries and ad-hoc Cypher, with the check
that every parameter is a value both engines can take."""

from __future__ import annotations

import math
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

_PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,99}$")
_INT64 = range(-(2**63), 2**63)  # both engines store 64-bit integers (FalkorDB clamped, Neo4j failed)


def _check_value(value: Any, where: str, depth: int = 0) -> None:
    if depth > 32:
        raise ValueError(f"{where}: nested too deeply")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{where}: {value!r} is not a finite number")
    if isinstance(value, int) and value not in _INT64:
        raise ValueError(f"{where}: {value} does not fit a 64-bit integer")
    if isinstance(value, dict):
        for key, item in value.items():
            if not key or "`" in key:
                raise ValueError(f"{where}: map keys must be non-empty and free of backticks")
            _check_value(item, f"{where}.{key}", depth + 1)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _check_value(item, f"{where}[{i}]", depth + 1)


def check_query_params(params: dict[str, Any]) -> dict[str, Any]:
    """Parameter names are identifiers; values are JSON that every engine can take as a literal."""
    for name, value in params.items():
        if not _PARAM_NAME.match(name):
            raise ValueError(f"parameter name {name!r} must be an identifier (letters, digits, _)")
        _check_value(value, name)
    return params


class NamedQueryParam(BaseModel):
    name: str
    type: str | None = None
    required: bool = False
    default: Any = None
    description: str | None = None


class NamedQueryOut(BaseModel):
    name: str = Field(examples=["sanctions-by"])
    description: str | None = None
    params: list[NamedQueryParam] = Field(default_factory=list)


class NamedQueryRun(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"params": {"actor": "Maduro"}}]})

    params: dict[str, Any] = Field(default_factory=dict)

    @field_validator("params")
    @classmethod
    def _params(cls, v: dict[str, Any]) -> dict[str, Any]:
        return check_query_params(v)


class QueryResultOut(BaseModel):
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = Field(description="True when the row cap cut the result")
    row_count: int
    elapsed_ms: float
    counters: dict[str, int] = Field(default_factory=dict, description="What a write changed")


class CypherRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"query": "MATCH (a:Actor {kind: $kind}) RETURN a.name AS name LIMIT 10", "params": {"kind": "Person"}},
    ]})

    query: str = Field(min_length=1, max_length=100_000)
    params: dict[str, Any] = Field(default_factory=dict)
    write: bool = Field(False, description="Allow writes (needs the API key); otherwise read-only, "
                                           "enforced by the engine")
    timeout_s: float | None = Field(None, gt=0, le=3600, description="Capped at the server's query_timeout")
    max_rows: int | None = Field(None, gt=0, le=10_000_000, description="Capped at the server's max_rows")

    @field_validator("params")
    @classmethod
    def _params(cls, v: dict[str, Any]) -> dict[str, Any]:
        return check_query_params(v)
