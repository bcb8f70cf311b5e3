"""The REST API: ``create_app(settings)`` returns a FastAPI app; ``actorgraph serve`` runs it."""

from actorgraph.api.app import create_app

__all__ = ["create_app"]
