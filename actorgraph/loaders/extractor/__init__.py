"""Offline rule-based extraction of actors and relationships from news text (no model weights)."""

from __future__ import annotations

__all__ = ["RuleBasedExtractor"]


def __getattr__(name: str) -> object:  # lazy: importing the package does not load the word lists
    if name == "RuleBasedExtractor":
        from actorgraph.loaders.extractor.extractor import RuleBasedExtractor

        return RuleBasedExtractor
    raise AttributeError(name)
