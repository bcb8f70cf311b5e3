"""Connecting to something that is not a usable Neo4j server gives one clear line, not a driver log dump.

A scripted socket stands in for the server: it answers the Bolt handshake with version 5.1 (servers before
5.7, which cannot filter notifications) and then hangs up.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from actorgraph.errors import StoreUnavailable
from actorgraph.graph import open_store

BOLT_5_1 = b"\x00\x00\x01\x05"


@pytest.fixture
def bolt_5_1_that_hangs_up() -> Iterator[str]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            with conn:
                conn.recv(64)  # magic preamble + four proposed versions
                conn.sendall(BOLT_5_1)
                time.sleep(0.1)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"bolt://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join(2)
    server.close()


def test_an_older_protocol_server_that_hangs_up_is_unavailable(bolt_5_1_that_hangs_up: str) -> None:
    with pytest.raises(StoreUnavailable, match="not reachable") as err:
        open_store(bolt_5_1_that_hangs_up)
    assert "50N42" not in str(err.value), "the driver's generic GQL text says nothing to the user"


def test_the_cli_prints_one_line_and_no_driver_log(bolt_5_1_that_hangs_up: str) -> None:
    cli = Path(sys.executable).with_name("actorgraph")
    run = subprocess.run([str(cli), "--store", bolt_5_1_that_hangs_up, "stats"], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode != 0
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "not reachable" in lines[0], run.stderr
