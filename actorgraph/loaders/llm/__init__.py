"""Optional LLM extractor: any OpenAI-compatible chat endpoint (llama.cpp server, vLLM, Ollama, LM Studio,
a hosted API). Chosen with ``--extractor llm``; configured with ``ACTORGRAPH_LLM_*`` settings. Nothing is
downloaded: it talks only to the endpoint the user configures."""

from __future__ import annotations

from pydantic import ValidationError

from actorgraph.errors import InvalidInput
from actorgraph.loaders.llm.extractor import LLMStats, OpenAICompatibleExtractor

__all__ = ["LLMStats", "OpenAICompatibleExtractor", "extractor_from_settings"]


def extractor_from_settings() -> OpenAICompatibleExtractor:
    """The ``llm`` extractor configured from ``ACTORGRAPH_LLM_*`` (read now, not at import time)."""
    from actorgraph.settings import Settings

    try:
        settings = Settings()
    except ValidationError as err:
        first = err.errors()[0]
        variable = "ACTORGRAPH_" + "_".join(str(p) for p in first["loc"]).upper()
        raise InvalidInput(f"{variable}: {first['msg']}", field=variable) from None
    if not settings.llm_base_url:
        raise InvalidInput("the llm extractor needs an OpenAI-compatible endpoint: set ACTORGRAPH_LLM_BASE_URL "
                           "(e.g. http://127.0.0.1:8080/v1 for a llama.cpp server)",
                           field="ACTORGRAPH_LLM_BASE_URL")
    if not settings.llm_model:
        raise InvalidInput("the llm extractor needs a model name: set ACTORGRAPH_LLM_MODEL (as the endpoint "
                           "lists it under /v1/models)", field="ACTORGRAPH_LLM_MODEL")
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
    return OpenAICompatibleExtractor(settings.llm_base_url, settings.llm_model, key, timeout=settings.llm_timeout)
