"""Settings from ``ACTORGRAPH_*`` environment variables, validated when read (never at import time)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import platformdirs
from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from actorgraph.graph.factory import LITE_SCHEMES, open_store
from actorgraph.graph.store import GraphStore


def _default_data_dir() -> Path:
    return platformdirs.user_data_path("actorgraph")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ACTORGRAPH_", extra="ignore")

    store: str = Field("falkordb-lite://", description="Store URL: falkordb-lite://DIR, falkordb://HOST:PORT, "
                                                       "bolt://HOST:7687 or neo4j://HOST")
    data_dir: Path = Field(default_factory=_default_data_dir,
                           description="Where the embedded store keeps its files")
    graph: str = Field("actorgraph", pattern=r"^[A-Za-z0-9_\-]{1,64}$", description="FalkorDB graph key")
    neo4j_user: str | None = Field(None, description="Neo4j user (omit for auth-less servers)")
    neo4j_password: SecretStr | None = Field(None, description="Neo4j password")
    neo4j_database: str | None = Field(None, description="Neo4j database name (default: the server's)")
    query_timeout: float = Field(30.0, gt=0, le=3600, description="Seconds before a query is cancelled")
    max_rows: int = Field(10_000, gt=0, le=10_000_000, description="Row cap for read queries")
    api_key: SecretStr | None = Field(None, description="Key required (header X-API-Key) for API writes")
    api_read_key_required: bool = Field(False, description="Also require the API key for reads")
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="Comma-separated origins allowed by CORS (closed when empty)")
    max_body_bytes: int = Field(10 * 1024 * 1024, gt=0, description="Largest accepted API request body")
    viz_max_nodes: int = Field(1500, gt=0, description="Node cap of HTML views (most connected kept)")
    llm_base_url: str | None = Field(None, description="OpenAI-compatible endpoint of the optional LLM "
                                                       "extractor, e.g. http://127.0.0.1:8080/v1")
    llm_model: str | None = Field(None, description="Model name sent to the LLM endpoint")
    llm_api_key: SecretStr | None = Field(None, description="Bearer key for the LLM endpoint (if it needs one)")
    llm_timeout: float = Field(120.0, gt=0, le=3600, description="Seconds to wait for one LLM answer")

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split(cls, v: object) -> object:
        if isinstance(v, str):
            return [o.strip() for o in v.split(",") if o.strip()]
        return v

    @field_validator("store")
    @classmethod
    def _scheme(cls, v: str) -> str:
        if "://" not in v:
            raise ValueError("store must be a URL such as falkordb-lite:///path, falkordb://host:6379 "
                             "or bolt://host:7687")
        return v

    @field_validator("llm_base_url")
    @classmethod
    def _http_url(cls, v: str | None) -> str | None:
        if v is None or not v.strip():
            return None
        v = v.strip().rstrip("/")
        if not v.lower().startswith(("http://", "https://")):
            raise ValueError("llm_base_url must be an http(s) URL such as http://127.0.0.1:8080/v1")
        return v

    def store_is_embedded(self) -> bool:
        return self.store.split("://", 1)[0].lower() in LITE_SCHEMES

    def open_store(self, *, setup: bool = True) -> GraphStore:
        return open_store(
            self.store,
            data_dir=self.data_dir,
            user=self.neo4j_user,
            password=self.neo4j_password.get_secret_value() if self.neo4j_password else None,
            database=self.neo4j_database,
            graph=self.graph,
            timeout_s=self.query_timeout,
            max_rows=self.max_rows,
            setup=setup,
        )
