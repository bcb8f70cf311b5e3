"""Start and stop the Neo4j Community test server of tools/neo4j from Python (tests, benchmarks).

    python tools/neo4j/server.py [DATA_DIR] [PORT]    # run in the foreground (make neo4j)

Fetches the jars with Maven on first use (cached in ~/.m2), then runs Main.java with Java 17.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIB = HERE / "lib"


class Neo4jUnavailable(RuntimeError):
    pass


def ensure_jars() -> None:
    if LIB.is_dir() and any(LIB.glob("neo4j-kernel-*.jar")):
        return
    if shutil.which("mvn") is None:
        raise Neo4jUnavailable("Maven (mvn) is not installed; it fetches Neo4j from Maven Central")
    proc = subprocess.run(
        ["mvn", "-q", "-B", "-f", str(HERE / "pom.xml"), "dependency:copy-dependencies",
         f"-DoutputDirectory={LIB}"], capture_output=True, text=True)
    if proc.returncode != 0:
        raise Neo4jUnavailable(f"mvn dependency:copy-dependencies failed:\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")


class Neo4jServer:
    def __init__(self, data_dir: Path, port: int = 0, heap: str = "1g") -> None:
        self.data_dir = Path(data_dir)
        self.port = port
        self.heap = heap
        self.proc: subprocess.Popen[str] | None = None
        self.uri = ""
        self.output: list[str] = []

    def start(self, timeout_s: float = 180.0) -> str:
        if shutil.which("java") is None:
            raise Neo4jUnavailable("Java 17 (java) is not installed")
        ensure_jars()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        cmd = ["java", f"-Xmx{self.heap}", "-cp", f"{LIB}/*", str(HERE / "Main.java"),
               str(self.data_dir), str(self.port)]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        ready = threading.Event()

        def pump() -> None:
            assert self.proc and self.proc.stdout
            for line in self.proc.stdout:
                self.output.append(line.rstrip())
                if line.startswith("NEO4J READY "):
                    self.uri = line.split()[-1]
                    ready.set()

        threading.Thread(target=pump, daemon=True).start()
        deadline = time.monotonic() + timeout_s
        while not ready.wait(0.2):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                tail = "\n".join(self.output[-30:])
                raise Neo4jUnavailable(f"Neo4j did not start:\n{tail}")
        return self.uri

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()


if __name__ == "__main__":
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("var/neo4j")
    server = Neo4jServer(data, int(sys.argv[2]) if len(sys.argv) > 2 else 7687)
    print(server.start(), flush=True)
    signal.signal(signal.SIGTERM, lambda *_: server.stop())
    try:
        while server.proc and server.proc.poll() is None:
            time.sleep(1)
    except KeyboardInterrupt:
        server.stop()
    os._exit(0)
