"""The embedded FalkorDB launcher: persistence, one server per directory, crash recovery."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from actorgraph.graph import Actor, open_store
from actorgraph.graph.falkordb_server import SOCKET_NAME


def _url(path: Path) -> str:
    return f"falkordb-lite://{path}"


def _server_pid(data_dir: Path) -> int:
    return int((data_dir / "redis.pid").read_text())


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}").exists() and "Z" not in Path(f"/proc/{pid}/stat").read_text().split()[2]


def test_data_survives_close_and_reopen(tmp_path):
    store = open_store(_url(tmp_path))
    store.upsert_actors([Actor(name="Nicolás Maduro", kind="Person")])
    pid = _server_pid(tmp_path)
    store.close()
    assert not _alive(pid), "the last client shuts the server down"
    assert not (tmp_path / SOCKET_NAME).exists()
    assert any(tmp_path.glob("appendonlydir/*")) or (tmp_path / "dump.rdb").exists()
    store = open_store(_url(tmp_path))
    assert store.query("MATCH (a:Person) RETURN a.name AS n").values("n") == ["Nicolás Maduro"]
    store.close()


def test_second_process_attaches_to_running_server(tmp_path):
    first = open_store(_url(tmp_path))
    pid = _server_pid(tmp_path)
    code = (
        "import sys; from actorgraph.graph import open_store, Actor\n"
        f"s = open_store({_url(tmp_path)!r})\n"
        "s.upsert_actors([Actor(name='Donald Trump', kind='Person')])\n"
        "s.close()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert _server_pid(tmp_path) == pid and _alive(pid), "the CLI attached; it did not stop the server"
    assert first.query("MATCH (a:Person) RETURN a.name AS n").values("n") == ["Donald Trump"]
    first.close()
    assert not _alive(pid)


def test_stale_socket_after_crash_is_cleaned(tmp_path):
    store = open_store(_url(tmp_path))
    store.upsert_actors([Actor(name="Delcy Rodríguez", kind="Person")])
    time.sleep(1.2)  # appendfsync everysec
    pid = _server_pid(tmp_path)
    os.kill(pid, signal.SIGKILL)
    for _ in range(100):
        if not _alive(pid):
            break
        time.sleep(0.05)
    assert (tmp_path / SOCKET_NAME).exists(), "a crash leaves the socket behind"
    again = open_store(_url(tmp_path))
    assert _server_pid(tmp_path) != pid
    assert again.query("MATCH (a:Person) RETURN a.name AS n").values("n") == ["Delcy Rodríguez"]
    again.close()


def test_long_data_dir_path_gets_a_short_socket(tmp_path):
    deep = tmp_path / ("d" * 60) / ("e" * 60)
    store = open_store(_url(deep))
    store.upsert_actors([Actor(name="Caracas Group", kind="Group")])
    assert (deep / SOCKET_NAME).exists()
    store.close()


def test_close_compacts_a_grown_append_only_file(tmp_path, monkeypatch):
    from actorgraph.graph import falkordb_server

    monkeypatch.setattr(falkordb_server, "REWRITE_AFTER_BYTES", 1)
    store = open_store(_url(tmp_path))
    store.upsert_actors([Actor(name=f"Official {i}", kind="Person") for i in range(200)])
    incr = next((tmp_path / "appendonlydir").glob("*.incr.aof"))
    assert incr.stat().st_size > 0
    store.close()
    incr = next((tmp_path / "appendonlydir").glob("*.incr.aof"))
    assert incr.stat().st_size == 0, "the write log was folded into a snapshot"
    store = open_store(_url(tmp_path))
    assert store.query("MATCH (a:Person) RETURN count(a) AS n").single() == 200
    store.close()
