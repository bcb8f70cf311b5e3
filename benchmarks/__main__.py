"""Run the benchmarks: every ``benchmarks/bench_*.py`` in turn, each in its own process.

    python -m benchmarks                 # all of them (what ``make bench`` runs)
    python -m benchmarks store api       # only bench_store.py and bench_api.py
    python -m benchmarks store -- --size small    # arguments after ``--`` go to each benchmark
    python -m benchmarks --list

Each benchmark has a ``main()`` and reads its sizes from its own arguments or environment
(e.g. ``BENCH_SIZE=small``). A separate process per benchmark keeps peak-memory figures apart.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def available() -> dict[str, Path]:
    return {p.stem.removeprefix("bench_"): p for p in sorted(HERE.glob("bench_*.py"))}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in args:
        cut = args.index("--")
        args, extra = args[:cut], args[cut + 1:]
    benches = available()
    if args in (["--list"], ["-l"]):
        print("\n".join(benches))
        return 0
    if args and args[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    unknown = [a for a in args if a.removeprefix("bench_").removesuffix(".py") not in benches]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(benches)}", file=sys.stderr)
        return 2
    chosen = [a.removeprefix("bench_").removesuffix(".py") for a in args] or list(benches)
    failed = []
    for name in chosen:
        print(f"=== {name} ({benches[name].relative_to(HERE.parent)})", flush=True)
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", f"benchmarks.{benches[name].stem}", *extra],
                              cwd=HERE.parent)
        print(f"=== {name}: exit {proc.returncode} after {time.perf_counter() - started:.0f}s\n", flush=True)
        if proc.returncode != 0:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
