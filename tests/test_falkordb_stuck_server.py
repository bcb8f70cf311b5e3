"""A FalkorDB server that stops answering is reported, never waited for forever; a busy one is waited for.

SIGSTOP stands in for a server stuck in its crash handler: the socket still accepts, nothing answers.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from actorgraph.errors import StoreUnavailable
from actorgraph.graph import Actor, open_store
from actorgraph.graph.falkordb_server import FalkorDBServer


def _server_pid(data_dir: Path) -> int:
    return int((data_dir / "redis.pid").read_text())


@pytest.fixture
def embedded(tmp_path):
    store = open_store(f"falkordb-lite://{tmp_path}")
    store._watch.slice_s = 0.2
    store._watch.probe_timeout_s = 0.5
    yield store
    os.kill(_server_pid(tmp_path), signal.SIGCONT)
    store.close()


def test_a_stopped_server_is_reported_as_unavailable(embedded, tmp_path):
    pid = _server_pid(tmp_path)
    os.kill(pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        with pytest.raises(StoreUnavailable, match="stopped answering") as err:
            embedded.query("MATCH (a) RETURN count(a) AS n", timeout_s=5)
        assert time.monotonic() - started < 5, "reported after one slice and one PING, not after the timeout"
        assert str(tmp_path / "falkordb.log") in str(err.value), "the message says where the server's log is"
    finally:
        os.kill(pid, signal.SIGCONT)
    assert embedded.query("RETURN 1 AS one").single() == 1, "once it answers again the store works again"


def test_closing_leaves_a_stopped_server_alone(tmp_path):
    store = open_store(f"falkordb-lite://{tmp_path}")
    store._watch.probe_timeout_s = 0.5
    pid = _server_pid(tmp_path)
    os.kill(pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        store.close()
        assert time.monotonic() - started < 5
    finally:
        os.kill(pid, signal.SIGCONT)
    again = open_store(f"falkordb-lite://{tmp_path}")  # attaches to it, now answering again
    assert _server_pid(tmp_path) == pid
    again.close()


def test_a_busy_server_is_waited_for(embedded, monkeypatch):
    probes = []
    real_alive = embedded._watch.alive
    monkeypatch.setattr(embedded._watch, "alive", lambda: probes.append(1) or real_alive())
    embedded._watch.slice_s = 0.01
    n = embedded.query("UNWIND range(1, 3000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n").single()
    assert n == 3000000 // 7
    assert probes, "the query outlasted a slice, so the server was asked whether it is alive, and it was"


def test_an_error_reply_leaves_the_connection_usable(embedded):
    from actorgraph.errors import QueryError

    with pytest.raises(QueryError):
        embedded.query("RETURN nosuchfunction(1) AS x")
    assert embedded.query("RETURN 2 AS two").single() == 2


def test_opening_the_store_replaces_a_server_that_stays_silent(tmp_path, monkeypatch):
    monkeypatch.setattr(FalkorDBServer, "hung_after_s", 1.0)
    first = open_store(f"falkordb-lite://{tmp_path}")
    first.upsert_actors([Actor(name="Diosdado Cabello", kind="Person")])
    pid = _server_pid(tmp_path)
    os.kill(pid, signal.SIGSTOP)
    try:
        second = open_store(f"falkordb-lite://{tmp_path}")
    finally:
        os.kill(pid, signal.SIGCONT)  # harmless once it was killed
    try:
        assert _server_pid(tmp_path) != pid
        assert second.query("MATCH (a:Person) RETURN a.name AS n").values("n") == ["Diosdado Cabello"]
    finally:
        second.close()
    first._watch.probe_timeout_s = 0.5
    first.close()  # its server is gone: closing must neither hang nor raise


def test_a_crashed_server_is_started_again_by_the_next_request(tmp_path):
    """A long-running process (the API) keeps working after its embedded server dies: the request that finds
    it dead fails, the next one starts it again from its files."""
    store = open_store(f"falkordb-lite://{tmp_path}")
    try:
        store.upsert_actors([Actor(name="Ana Ruiz", kind="Person")])
        time.sleep(1.2)  # appendfsync everysec
        pid = _server_pid(tmp_path)
        os.kill(pid, signal.SIGKILL)
        for _ in range(100):
            if not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]:
                break
            time.sleep(0.05)
        with pytest.raises(StoreUnavailable, match="restarted on the next request"):
            store.query("MATCH (a:Person) RETURN a.name AS n")
        assert store.query("MATCH (a:Person) RETURN a.name AS n").values("n") == ["Ana Ruiz"]
        assert _server_pid(tmp_path) != pid
    finally:
        store.close()
