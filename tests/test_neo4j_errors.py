"""How Neo4j's errors reach the caller: the store's one translation from server codes to ActorGraph errors."""

from __future__ import annotations

import neo4j.exceptions as nx
import pytest

from actorgraph.errors import QueryError, QueryTimeout
from actorgraph.graph.neo4j_store import _translate


@pytest.mark.parametrize("code", ["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                                  "Neo.TransientError.Transaction.Terminated",
                                  "Neo.ClientError.Transaction.LockClientStopped"])
def test_a_transaction_stopped_at_its_timeout_is_a_query_timeout(code: str) -> None:
    """A write past its timeout under load is stopped while it waits for a lock (LockClientStopped), not
    only while it runs: either way the caller gets a 504 QueryTimeout, not a 400 QueryError."""
    err = nx.Neo4jError._hydrate_neo4j(code=code, message="The transaction has been terminated.")
    translated = _translate(err)
    assert isinstance(translated, QueryTimeout) and translated.status_code == 504


def test_a_syntax_error_stays_a_query_error() -> None:
    err = nx.Neo4jError._hydrate_neo4j(code="Neo.ClientError.Statement.SyntaxError", message="Invalid input 'MATC'")
    translated = _translate(err)
    assert type(translated) is QueryError and "MATC" in str(translated)
