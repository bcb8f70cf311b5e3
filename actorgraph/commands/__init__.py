"""CLI command groups; each module has ``register(app)`` and owns its commands."""
