"""The compiled (mypyc) extractor runs only when built from exactly the current sources (native.py): an edited
source after a build makes the pure-Python package run. Checked on a copy of the project in a temporary
directory, with a stand-in build (any checkout) and with the real one (after ``make compile``)."""

from __future__ import annotations

import fcntl
import json
import shutil
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from actorgraph.loaders.extractor import native

ROOT = native.PACKAGE_DIR.parents[2]
PROBE = "import actorgraph.loaders.extractor.substrings as m; print(m.__file__)"


def copy_project(tmp_path: Path) -> Path:
    """A checkout holding only the ``actorgraph`` package (what the build's key and manifest read)."""
    shutil.copytree(ROOT / "actorgraph", tmp_path / "actorgraph", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def loaded_file(checkout: Path, *flags: str) -> tuple[str, str]:
    """The file ``substrings`` is loaded from in a fresh interpreter on ``checkout``, and what it logged."""
    run = subprocess.run([sys.executable, *flags, "-c", PROBE], cwd=checkout, capture_output=True, text=True,
                         env={"PYTHONPATH": str(checkout)}, check=True)
    return run.stdout.strip(), run.stderr


def stand_in_build(checkout: Path) -> Path:
    """A build of the checkout's current sources whose ``substrings`` is a marked copy of the source."""
    package = checkout.joinpath(*native.PACKAGE_PATH)
    key = native.source_key(package)
    build = checkout / "build" / "mypyc" / key
    target = build.joinpath(*native.PACKAGE_PATH)
    target.mkdir(parents=True)
    (target / "substrings.py").write_text((package / "substrings.py").read_text() + "\nBUILT = True\n")
    model = "actorgraph/graph/model.py"
    manifest = {"key": key, "modules": ["substrings"], "dependencies": {model: native.file_digest(checkout / model)}}
    (build / native.MANIFEST).write_text(json.dumps(manifest))
    return target


def test_build_of_current_sources_is_used_and_an_edit_makes_the_sources_run(tmp_path: Path):
    checkout = copy_project(tmp_path)
    package = checkout.joinpath(*native.PACKAGE_PATH)
    target = stand_in_build(checkout)
    assert loaded_file(checkout) == (str(target / "substrings.py"), "")
    assert loaded_file(checkout, "-X", "extractor=pure")[0] == str(package / "substrings.py")

    source = package / "relations.py"  # any source of the package, not only the module imported
    original = source.read_text()
    source.write_text(original + "\n# edited after the build\n")
    path, logged = loaded_file(checkout)
    assert path == str(package / "substrings.py")
    assert logged.count("compiled extractor not used") == 1

    source.write_text(original)  # the same sources again: the build is used again
    assert loaded_file(checkout)[0] == str(target / "substrings.py")


def test_an_edited_dependency_outside_the_package_makes_the_sources_run(tmp_path: Path):
    checkout = copy_project(tmp_path)
    stand_in_build(checkout)
    with (checkout / "actorgraph/graph/model.py").open("a") as f:
        f.write("\n# edited after the build\n")
    path, logged = loaded_file(checkout)
    assert path == str(checkout.joinpath(*native.PACKAGE_PATH, "substrings.py"))
    assert "actorgraph/graph/model.py changed" in logged


def test_an_unfinished_build_is_not_used(tmp_path: Path):
    checkout = copy_project(tmp_path)
    target = stand_in_build(checkout)
    (target.parents[len(native.PACKAGE_PATH) - 1] / native.MANIFEST).unlink()  # the manifest is written last
    assert loaded_file(checkout)[0].endswith("/actorgraph/loaders/extractor/substrings.py")
    assert not loaded_file(checkout)[0].startswith(str(checkout / "build"))


@pytest.mark.skipif(native.compiled_dir() is None, reason="no compiled build of the current sources (make compile)")
def test_real_build_runs_compiled_until_a_source_is_edited(tmp_path: Path):
    checkout = copy_project(tmp_path)
    build = native.compiled_dir()
    assert build is not None
    key_dir = build.parents[len(native.PACKAGE_PATH) - 1]
    shutil.copytree(key_dir, checkout / "build" / "mypyc" / key_dir.name)
    path, _ = loaded_file(checkout)
    assert path.endswith(tuple(EXTENSION_SUFFIXES)) and path.startswith(str(checkout / "build"))

    package = checkout.joinpath(*native.PACKAGE_PATH)
    with (package / "substrings.py").open("a") as f:
        f.write("\nEDITED = True\n")
    path, logged = loaded_file(checkout)
    assert path == str(package / "substrings.py")
    assert "compiled extractor not used" in logged


@pytest.mark.skipif(native.compiled_dir() is None, reason="no compiled build of the current sources (make compile)")
def test_a_second_compile_waits_for_the_running_one_then_finds_the_build_up_to_date():
    """Two ``make compile`` at once (two terminals, or ``make -j``) must not build into the same directory; with a
    build of the current sources present (make test compiles first), the second one has nothing to build."""
    lock_path = native.BUILD_ROOT.parent / "mypyc.lock"
    with lock_path.open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        second = subprocess.Popen([sys.executable, str(ROOT / "tools" / "compile_extractor.py")],
                                  stdout=subprocess.PIPE, text=True)
        with pytest.raises(subprocess.TimeoutExpired):
            second.wait(timeout=3)  # blocked on the lock, not building and not done
    out, _ = second.communicate(timeout=120)
    assert second.returncode == 0 and "up to date" in out
