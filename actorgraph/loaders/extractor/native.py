"""The extractor's mypyc-compiled modules, used only when they were built from exactly the sources on disk.

``make compile`` (``tools/compile_extractor.py``) builds them outside the package, into
``build/mypyc/<key>/actorgraph/loaders/extractor/``, where ``<key>`` hashes every ``.py`` file of this package.
The build also writes ``manifest.json`` with the hash of each other project module it type-checked (mypyc
copies ``Final`` values of imported modules into the compiled code). The package's ``__init__`` puts that
directory before the sources on its ``__path__`` only when both match, so an edited source (here or in a
module the build read) makes the whole package run from its ``.py`` files, with one logged warning: a stale
build is never used, not even in part. Python prefers an extension module over the ``.py`` beside it, which
is why nothing compiled is ever written next to the sources.

Pure Python, whatever is built: ``python -X extractor=pure`` (``make test-pure``), or delete ``build/mypyc``.
This module and ``__init__`` are never compiled.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
BUILD_ROOT = PACKAGE_DIR.parents[2] / "build" / "mypyc"  # <checkout>/build/mypyc (not in an installed wheel)
PACKAGE_PATH = ("actorgraph", "loaders", "extractor")
MANIFEST = "manifest.json"
PURE_OPTION = "extractor"  # python -X extractor=pure

log = logging.getLogger(__name__)


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def source_key(package_dir: Path = PACKAGE_DIR) -> str:
    """The hash of this package's sources (names and contents) and of the interpreter's extension ABI."""
    h = hashlib.sha256(EXTENSION_SUFFIXES[0].encode())
    for path in sorted(package_dir.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:24]


def compiled_dir(package_dir: Path = PACKAGE_DIR, build_root: Path = BUILD_ROOT) -> Path | None:
    """The directory of compiled modules built from exactly the current sources, or None (pure Python)."""
    if sys._xoptions.get(PURE_OPTION) == "pure" or not build_root.is_dir():
        return None
    key = source_key(package_dir)
    build = build_root / key
    try:
        manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = None
    if manifest is not None and manifest.get("key") == key:
        root = package_dir.parents[len(PACKAGE_PATH) - 1]
        changed = [name for name, digest in manifest.get("dependencies", {}).items()
                   if not (root / name).is_file() or file_digest(root / name) != digest]
        if not changed:
            return build.joinpath(*PACKAGE_PATH)
        log.warning("compiled extractor not used: %s changed since `make compile`; running pure Python", changed[0])
    elif any(build_root.iterdir()):
        log.warning("compiled extractor not used: no finished `make compile` of the current sources; running pure Python")
    return None


def is_compiled(module: object) -> bool:
    """Whether a module of this package was loaded from a compiled build."""
    return str(getattr(module, "__file__", "")).endswith(tuple(EXTENSION_SUFFIXES))
