"""Property-based tests from the app's own OpenAPI schema: no 500s, responses conform to the schema.

Runs every operation with a bounded number of generated requests (valid and invalid), on both engines.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from actorgraph.api import create_app
from actorgraph.graph import GraphStore
from tests.api.conftest import API_KEY, settings_for

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES_PER_OPERATION = 30


def test_api_conforms_to_its_schema(engine: Any, seeded: GraphStore) -> None:
    app = create_app(settings_for(engine, query_timeout=5.0, max_rows=500), store=seeded)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    # Operations that can write (keyed Cypher, ingest) go last, so reads and exports see the seeded graph.
    operations.sort(key=lambda op: op.method.upper() == "POST" and op.path in ("/cypher", "/documents",
                                                                                 "/documents/text"))
    for operation in operations:
        # Half the runs send the API key, so keyed writes are exercised too.
        @given(case=operation.as_strategy(), keyed=st.booleans())
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def exercise(case: Any, keyed: bool) -> None:
            headers = {"X-API-Key": API_KEY} if keyed else None
            response = case.call_and_validate(headers=headers, checks=CHECKS)
            assert "Traceback" not in response.text

        exercise()
