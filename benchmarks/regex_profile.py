"""Where the extractor's regular expressions spend their time, pattern by pattern (pure Python only).

    python -X extractor=pure -m benchmarks.regex_profile [--docs 40] [--top 40] [--sort time|calls] [--wall]
                                                         [TEXT_FILE ...]

Before the extractor is imported, ``re.compile`` and the module-level ``re`` functions (``re.search(str, ...)``)
are replaced by counting versions for callers inside ``actorgraph.loaders.extractor``: each compiled pattern
becomes a proxy that counts and times its search/match/fullmatch/finditer/findall/sub/subn/split calls (a
``finditer``'s time includes stepping through its matches). Patterns are named ``module:ATTRIBUTE`` (or
``module:ATTRIBUTE[i]`` inside a module-level tuple, list or dict) after import, else ``module:line``; a call
of a module-level function is named by its calling line. Then the generated articles of ``bench_extraction``
(or the given text files) are extracted and the top patterns by total time are printed, with their share of
the extraction's time. Times are the thread's CPU time (``--wall``: wall-clock time, finer but inflated by
every other process on a shared machine). Timing adds overhead to every call, so shares are upper bounds;
compare patterns, not runs. The compiled build does not see the proxies, hence ``-X extractor=pure`` (the script refuses
otherwise).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PACKAGE = "actorgraph.loaders.extractor"
METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

_real_compile = re.compile
_clock = time.thread_time_ns  # (CPU time: a loaded machine's waits are not counted; --wall for perf_counter_ns)


class Stat:
    __slots__ = ("name", "calls", "hits", "ns", "chars")

    def __init__(self, name: str) -> None:
        self.name, self.calls, self.hits, self.ns, self.chars = name, 0, 0, 0, 0


STATS: list[Stat] = []


def _timed_iter(it: Iterator[Any], stat: Stat) -> Iterator[Any]:
    while True:
        t = _clock()
        try:
            m = next(it)
        except StopIteration:
            stat.ns += _clock() - t
            return
        stat.ns += _clock() - t
        stat.hits += 1
        yield m


def _counted(stat: Stat, real: Callable[..., Any], lazy: bool) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        stat.calls += 1
        if args and isinstance(args[0], str):
            stat.chars += len(args[0])
        t = _clock()
        result = real(*args, **kwargs)
        stat.ns += _clock() - t
        if lazy:
            return _timed_iter(result, stat)
        if result:
            stat.hits += 1
        return result
    return call


class CountedPattern:
    """A compiled pattern whose matching methods are counted and timed; everything else is the pattern's."""

    def __init__(self, pattern: re.Pattern[str], where: str) -> None:
        self._pattern = pattern
        self._stat = Stat(where)
        STATS.append(self._stat)
        for name in METHODS:
            setattr(self, name, _counted(self._stat, getattr(pattern, name), name == "finditer"))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"CountedPattern({self._pattern!r})"


def _unwrap(pattern: Any) -> Any:
    return pattern._pattern if isinstance(pattern, CountedPattern) else pattern


def _caller(depth: int = 2) -> str | None:
    """``module:line`` of the calling frame when it is in the extractor package, else None."""
    frame = sys._getframe(depth)
    module = frame.f_globals.get("__name__", "")
    if not module.startswith(PACKAGE):
        return None
    return f"{module.rsplit('.', 1)[-1]}:{frame.f_lineno}"


def _compile(pattern: Any, flags: int = 0) -> Any:
    compiled = _real_compile(_unwrap(pattern), flags)
    where = _caller()
    return compiled if where is None else CountedPattern(compiled, where)


_CALL_STATS: dict[str, Stat] = {}


def _module_function(name: str) -> Callable[..., Any]:
    real = getattr(re, name)

    def call(pattern: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(pattern, CountedPattern):
            return getattr(pattern, name)(*args, **kwargs)
        where = _caller()
        if where is None:
            return real(pattern, *args, **kwargs)
        stat = _CALL_STATS.get(where)
        if stat is None:
            stat = _CALL_STATS[where] = Stat(f"{where} re.{name}")
            STATS.append(stat)
        return _counted(stat, lambda *a, **k: real(pattern, *a, **k), name == "finditer")(*args, **kwargs)
    return call


def install() -> None:
    """Patch ``re`` (call before the extractor is imported) and import every module of the extractor."""
    if sys._xoptions.get("extractor") != "pure":
        raise SystemExit("run with python -X extractor=pure: compiled modules do not see the counting patterns")
    for name in METHODS:
        setattr(re, name, _module_function(name))
    re.compile = _compile  # type: ignore[assignment]
    import importlib
    import pkgutil

    package = importlib.import_module(PACKAGE)
    modules = [importlib.import_module(f"{PACKAGE}.{info.name}") for info in pkgutil.iter_modules(package.__path__)]
    for module in modules:  # name the proxies after the module attributes that hold them
        short = module.__name__.rsplit(".", 1)[-1]
        for attr, value in vars(module).items():
            if isinstance(value, CountedPattern) and value._stat.name.startswith(short + ":"):
                value._stat.name = f"{short}:{attr}"
            elif isinstance(value, (tuple, list, dict)):
                items = value.items() if isinstance(value, dict) else enumerate(value)
                for key, item in items:
                    if isinstance(item, CountedPattern) and item._stat.name.startswith(short + ":"):
                        item._stat.name = f"{short}:{attr}[{key!r}]"


def report(total_ns: int, top: int, sort: str) -> str:
    merged: dict[str, Stat] = {}  # patterns compiled on one line at run time (or one name twice) count as one
    for s in STATS:
        if s.calls:
            m = merged.setdefault(s.name, Stat(s.name))
            m.calls, m.hits, m.ns, m.chars = m.calls + s.calls, m.hits + s.hits, m.ns + s.ns, m.chars + s.chars
    modules: dict[str, Stat] = {}
    for s in merged.values():
        m = modules.setdefault(s.name.split(":")[0], Stat(s.name.split(":")[0]))
        m.calls, m.hits, m.ns, m.chars = m.calls + s.calls, m.hits + s.hits, m.ns + s.ns, m.chars + s.chars
    key: Callable[[Stat], int] = (lambda s: s.calls) if sort == "calls" else (lambda s: s.ns)
    used = sorted(merged.values(), key=key, reverse=True)
    regex_ns = sum(s.ns for s in used)
    lines = [f"extraction {total_ns / 1e9:.2f} s; in patterns {regex_ns / 1e9:.2f} s "
             f"({100 * regex_ns / max(total_ns, 1):.1f} %); {len(used)} patterns called, "
             f"{sum(s.calls for s in used)} calls",
             f"{'ms':>9} {'%':>5} {'calls':>8} {'hits':>7} {'us/call':>8} {'chars/call':>10}  pattern"]
    for s in used[:top]:
        lines.append(f"{s.ns / 1e6:9.1f} {100 * s.ns / max(total_ns, 1):5.1f} {s.calls:8d} {s.hits:7d} "
                     f"{s.ns / s.calls / 1e3:8.2f} {s.chars / s.calls:10.0f}  {s.name}")
    lines.append("by module:")
    for s in sorted(modules.values(), key=key, reverse=True)[:top]:
        lines.append(f"{s.ns / 1e6:9.1f} {100 * s.ns / max(total_ns, 1):5.1f} {s.calls:8d} {s.hits:7d} "
                     f"{s.ns / s.calls / 1e3:8.2f} {s.chars / s.calls:10.0f}  {s.name}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="per-pattern regex time of the extractor (pure Python)")
    ap.add_argument("texts", nargs="*", type=Path, help="text files to extract instead of generated articles")
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--sort", choices=("time", "calls"), default="time")
    ap.add_argument("--wall", action="store_true", help="time by the wall clock, not the thread's CPU time")
    args = ap.parse_args(argv)
    if args.wall:
        global _clock
        _clock = time.perf_counter_ns
    install()
    from actorgraph.graph.model import Document
    from actorgraph.loaders.extractor.extractor import RuleBasedExtractor
    from benchmarks.bench_extraction import make_article

    if args.texts:
        docs = [Document(text=p.read_text(encoding="utf-8"), published=dt.date(2025, 7, 1)) for p in args.texts]
    else:
        rng = random.Random(args.seed)
        docs = [make_article(rng, args.words) for _ in range(args.docs)]
    extractor = RuleBasedExtractor()
    extractor.extract(docs[0])  # word lists and first-call work outside the counts
    for s in STATS:
        s.calls = s.hits = s.ns = s.chars = 0
    started = _clock()
    for doc in docs:
        extractor.extract(doc)
    print(report(_clock() - started, args.top, args.sort))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
