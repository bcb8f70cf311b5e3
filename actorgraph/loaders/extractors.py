"""Extractors by name: the seam where an NER model or an LLM extractor plugs in.

Built in: ``rules`` (offline, rule-based, the default) and ``llm`` (any OpenAI-compatible chat
endpoint, configured by ``ACTORGRAPH_LLM_*``; see ``actorgraph.loaders.llm``). Other packages add
theirs through the ``actorgraph.extractors`` entry-point group (``name = "pkg.module:factory"``), or code calls
``register_extractor``. A factory takes no arguments and returns an object with ``.name`` and
``.extract(Document) -> Extraction``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib.metadata import entry_points

from actorgraph.errors import InvalidInput
from actorgraph.loaders.base import Extractor

DEFAULT_EXTRACTOR = "rules"
ENTRY_POINT_GROUP = "actorgraph.extractors"

ExtractorFactory = Callable[[], Extractor]
_factories: dict[str, ExtractorFactory] = {}
_instances: dict[str, Extractor] = {}


def _rule_based() -> Extractor:
    # the package exports RuleBasedExtractor lazily (module __getattr__), so take it by name
    package = importlib.import_module("actorgraph.loaders.extractor")
    factory: ExtractorFactory = package.RuleBasedExtractor
    return factory()


def _llm() -> Extractor:
    # reads ACTORGRAPH_LLM_* now; InvalidInput naming the missing variable when unconfigured
    from actorgraph.loaders.llm import extractor_from_settings

    return extractor_from_settings()


def register_extractor(name: str, factory: ExtractorFactory) -> None:
    """Make ``factory`` available as ``--extractor NAME`` (replaces an earlier one of that name)."""
    _factories[name] = factory
    _instances.pop(name, None)


def _plugin_factories() -> dict[str, ExtractorFactory]:
    return {ep.name: ep.load for ep in entry_points(group=ENTRY_POINT_GROUP)}


def extractor_names() -> list[str]:
    return sorted({*_factories, *_plugin_factories()})


def get_extractor(name: str = DEFAULT_EXTRACTOR) -> Extractor:
    """One shared instance per name (extractors compile their patterns or load models once)."""
    if name in _instances:
        return _instances[name]
    factory = _factories.get(name)
    if factory is None:
        plugin = _plugin_factories().get(name)
        if plugin is None:
            raise InvalidInput(f"unknown extractor {name!r}; available: {', '.join(extractor_names())}",
                               field="extractor")
        loaded = plugin()
        factory = loaded if callable(loaded) else None  # type: ignore[assignment]
        if factory is None:
            raise InvalidInput(f"extractor plugin {name!r} is not callable", field="extractor")
    try:
        extractor = factory()
    except ImportError as err:
        raise InvalidInput(f"extractor {name!r} cannot be loaded: {err}", field="extractor") from None
    if not callable(getattr(extractor, "extract", None)):
        raise InvalidInput(f"extractor {name!r} has no extract(document) method", field="extractor")
    _instances[name] = extractor
    return extractor


register_extractor(DEFAULT_EXTRACTOR, _rule_based)
register_extractor("llm", _llm)
