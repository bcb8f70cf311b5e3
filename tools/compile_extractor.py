"""Compile the rule-based extractor with mypyc into build/mypyc/<key>/ (``make compile``; docs/extraction.md).

    .venv/bin/python tools/compile_extractor.py [--jobs N]

Does nothing when a build of the current sources exists. Without mypyc or a C compiler it says so and exits 0:
the extractor then runs as pure Python. A finished build is renamed into place and only then gets its
manifest, so an interrupted build is never used; older builds are removed. Builds take turns (a lock file beside
build/mypyc): a second ``make compile`` started meanwhile waits, then finds the build up to date.
"""

from __future__ import annotations

import argparse
import ast
import fcntl
import json
import shutil
import sys
import sysconfig
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actorgraph.loaders.extractor import native  # noqa: E402

PACKAGE = ".".join(native.PACKAGE_PATH)
GROUP = f"{PACKAGE}.compiled"  # the shared library: build/mypyc/<key>/actorgraph/loaders/extractor/compiled__mypyc.*.so
NOT_COMPILED = {"__init__", "native"}  # they choose between compiled and pure modules, so they stay pure
LOCK = native.BUILD_ROOT.parent / "mypyc.lock"  # outside BUILD_ROOT, whose every other entry is a build


def compiled_sources() -> list[Path]:
    return [p for p in sorted(native.PACKAGE_DIR.glob("*.py")) if p.stem not in NOT_COMPILED]


def module_file(module: str) -> Path | None:
    base = ROOT.joinpath(*module.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def project_dependencies(sources: list[Path]) -> list[Path]:
    """Project modules outside the package that the sources import, directly or not (and their packages)."""
    seen: set[Path] = set()
    todo = list(sources)
    while todo:
        tree = ast.parse(todo.pop().read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else []
            for name in names:
                parts = name.split(".")
                for i in range(1, len(parts) + 1):
                    path = module_file(".".join(parts[:i])) if parts[0] == "actorgraph" else None
                    if path is not None and path not in seen and native.PACKAGE_DIR not in path.parents:
                        seen.add(path)
                        todo.append(path)
    return sorted(seen)


def compiler_missing() -> str | None:
    try:
        import mypyc  # noqa: F401
    except ImportError:
        return "mypyc is not installed (pip install -e '.[dev]')"
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        return f"no C compiler ({cc})"
    if not Path(sysconfig.get_paths()["include"], "Python.h").is_file():
        return "no Python headers (Python.h)"
    return None


def build(key: str, jobs: int) -> Path:
    from mypyc.build import mypycify
    from setuptools import Distribution

    work = native.BUILD_ROOT / f"tmp-{key}"
    shutil.rmtree(work, ignore_errors=True)
    sources = compiled_sources()
    extensions = mypycify(["--config-file", str(ROOT / "pyproject.toml"), *map(str, sources)],
                          opt_level="2", debug_level="0", multi_file=True, group_name=GROUP,
                          target_dir=str(work / "c"))
    for ext in extensions:  # mypyc writes a dotted group's headers under its package path, out of the C files' reach
        ext.include_dirs.append(str(work.joinpath("c", *native.PACKAGE_PATH)))
    dist = Distribution({"name": "actorgraph-extractor-compiled", "ext_modules": extensions})
    cmd = dist.get_command_obj("build_ext")
    cmd.build_lib = str(work / "lib")  # type: ignore[attr-defined]
    cmd.build_temp = str(work / "obj")  # type: ignore[attr-defined]
    cmd.parallel = jobs  # type: ignore[attr-defined]
    dist.run_command("build_ext")
    target = native.BUILD_ROOT / key
    shutil.rmtree(target, ignore_errors=True)
    (work / "lib").rename(target)
    deps = {str(p.relative_to(ROOT)): native.file_digest(p) for p in project_dependencies(sources)}
    manifest = {"key": key, "modules": [p.stem for p in sources], "dependencies": deps}
    (target / native.MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    shutil.rmtree(work)
    return target


def compile_once(jobs: int) -> int:
    key = native.source_key()
    if native.compiled_dir() is not None:
        print(f"compiled extractor is up to date: {native.BUILD_ROOT / key}")
        return 0
    missing = compiler_missing()
    if missing:
        print(f"compiled extractor not built: {missing}; the extractor runs as pure Python")
        return 0
    start = time.monotonic()
    target = build(key, jobs)
    for old in native.BUILD_ROOT.iterdir():
        if old != target:
            shutil.rmtree(old, ignore_errors=True)
    print(f"compiled {len(compiled_sources())} extractor modules into {target} in {time.monotonic() - start:.0f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=2, help="C compiler processes")
    args = ap.parse_args(argv)
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, also if this process dies
        return compile_once(args.jobs)


if __name__ == "__main__":
    raise SystemExit(main())
