"""Waiting for a FalkorDB reply without hanging on a server that stopped answering.

redis-py blocks on a socket read for as long as its socket timeout allows, and the only safe socket
timeout for a query is longer than any query may run. ``ReplyWatch`` reads the reply in slices instead;
after each empty slice it PINGs the server on a short-lived connection of its own. A server that answers
the PING is busy (a long query, a big commit) and is waited for; one that does not is stuck (a crash
handler that never returns, a stopped process, a host gone from the network) and the caller gets
``StoreUnavailable`` instead of a hang. A reply that never comes although PING does (the engine lost
the query) ends the wait at twice the query's own timeout plus a grace period.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from actorgraph.errors import StoreUnavailable


class ReplyWatch:
    slice_s = 10.0
    """How long one read waits before the server is asked whether it is alive."""
    probe_timeout_s = 10.0
    """How long the server gets to answer that PING."""
    grace_s = 60.0
    """Beyond twice the query's timeout, how long a live server may still take to reply."""

    def __init__(self, pool: redis.ConnectionPool, address: dict[str, Any], where: str, hint: str = "") -> None:
        self.pool = pool
        self.address = address
        self.where = where  # "FalkorDB at falkordb://host:6379", for messages
        self.hint = hint  # appended to messages, e.g. where the server's log is

    def execute(self, command: Sequence[Any], timeout_s: float) -> Any:
        """Send ``command`` and return its reply (error replies raise ``redis.ResponseError``)."""
        conn = self.pool.get_connection()
        started = time.monotonic()
        deadline = started + 2 * timeout_s + self.grace_s
        try:
            conn.send_command(*command)
            while True:
                try:
                    return conn.read_response(timeout=self.slice_s, disconnect_on_error=False)
                except redis.TimeoutError:
                    waited = time.monotonic() - started
                    if not self.alive():
                        raise StoreUnavailable(f"{self.where} stopped answering: no reply to a query after "
                                               f"{waited:.0f}s and none to PING{self.hint}") from None
                    if time.monotonic() > deadline:
                        raise StoreUnavailable(f"{self.where} answers PING but sent no reply to a query with a "
                                               f"{timeout_s:g}s timeout after {waited:.0f}s{self.hint}") from None
        except redis.ResponseError:
            raise  # an error reply: the connection is in step and goes back to the pool
        except BaseException:
            conn.disconnect()  # a reply may be half read or still coming: never reuse this connection
            raise
        finally:
            self.pool.release(conn)

    def alive(self) -> bool:
        return ping_state(self.address, self.probe_timeout_s) in ("ready", "loading")


def ping_state(address: dict[str, Any], timeout_s: float) -> str:
    """PING on a connection of its own: 'ready'; 'loading' (replaying its data: alive, not answering yet);
    'silent' (it accepts but answers nothing within ``timeout_s``: busy, or stuck); or 'down'."""
    probe = redis.Redis(**{**address, "socket_timeout": timeout_s, "socket_connect_timeout": timeout_s,
                           "retry": no_retry()})
    try:
        return "ready" if probe.ping() else "down"
    except redis.BusyLoadingError:  # (a ConnectionError: caught first)
        return "loading"
    except redis.TimeoutError:
        return "silent"
    except (redis.RedisError, OSError):
        return "down"
    finally:
        probe.close()


def no_retry() -> Retry:
    """redis-py retries a timed-out command three times by default: wrong for a probe, and for a write."""
    return Retry(NoBackoff(), 0)
