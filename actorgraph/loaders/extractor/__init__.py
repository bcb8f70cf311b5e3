"""Offline rule-based extraction of actors and relationships from news text (no model weights)."""

from __future__ import annotations

from actorgraph.loaders.extractor.native import compiled_dir as _compiled_dir

__all__ = ["RuleBasedExtractor"]

_native_dir = _compiled_dir()
if _native_dir is not None:  # modules compiled from exactly these sources come first (see native.py)
    __path__.insert(0, str(_native_dir))


def __getattr__(name: str) -> object:  # lazy: importing the package does not load the word lists
    if name == "RuleBasedExtractor":
        from actorgraph.loaders.extractor.extractor import RuleBasedExtractor

        return RuleBasedExtractor
    raise AttributeError(name)
