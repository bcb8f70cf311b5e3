"""Turn files, folders, globs and stdin into ``Document``s, one clear ``ReadFailure`` per bad input.

Readers never raise for bad input: a failure is yielded in place of the document(s) the input would
have produced, so one broken file never stops the others. Formats live in ``doc_formats``.
"""

from __future__ import annotations

import glob
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from actorgraph.graph import Document
from actorgraph.loaders import doc_formats
from actorgraph.loaders.doc_text import InputProblem

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"
_GLOB_CHARS = frozenset("*?[")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def printable_path(path: str) -> str:
    """A file name on one line: control characters (a newline in a name) shown escaped, as ``\\n``."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], path)


@dataclass(frozen=True)
class ReadFailure:
    """One input that could not be read: where, and why, in one line."""

    path: str
    message: str
    line: int | None = None

    def __post_init__(self) -> None:
        # one line, whatever a third-party parser put in its exception text
        object.__setattr__(self, "message", " ".join(self.message.split()))

    def __str__(self) -> str:
        where = printable_path(self.path) + (f":{self.line}" if self.line is not None else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class InputFile:
    """One file to read (``path`` is ``"-"`` for stdin)."""

    path: str

    @property
    def suffix(self) -> str:
        return doc_formats.format_suffix(self.path)


def supported_suffixes() -> list[str]:
    return sorted(doc_formats.READERS)


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _file(path: Path) -> InputFile | ReadFailure:
    """A regular file (or a link to one) to read; a pipe or device would block or never end."""
    if path.is_file():
        return InputFile(str(path))
    if not path.exists():
        return ReadFailure(str(path), "broken symbolic link" if path.is_symlink() else "no such file")
    return ReadFailure(str(path), "not a regular file")


def _walk(directory: Path) -> Iterator[InputFile | ReadFailure]:
    """Every non-hidden file under ``directory``, sorted, so runs are reproducible; a folder with none is a
    failure, as a pattern matching nothing is (a mistyped path should not pass as "nothing to do")."""
    found = False
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                found = True
                yield _file(Path(root) / name)
    if not found:
        yield ReadFailure(str(directory), "no files in this folder (hidden files and folders are skipped)")


def iter_input_files(paths: Iterable[str]) -> Iterator[InputFile | ReadFailure]:
    """Expand arguments: ``-`` is stdin, folders are walked recursively, globs are matched."""
    for arg in paths:
        if arg == STDIN:
            yield InputFile(STDIN)
            continue
        p = Path(arg).expanduser()
        if p.is_dir():
            yield from _walk(p)
        elif p.is_file():
            yield InputFile(str(p))
        elif _GLOB_CHARS & set(arg):
            matches = sorted(glob.glob(str(p), recursive=True))
            if not matches:
                yield ReadFailure(arg, "no file matches this pattern")
            for match in matches:
                mp = Path(match)
                if mp.is_dir():
                    yield from _walk(mp)
                else:
                    yield _file(mp)
        elif p.exists():
            yield ReadFailure(arg, "not a regular file")
        else:
            yield ReadFailure(arg, "no such file or directory")


def _read_bytes(source: InputFile, max_bytes: int, stdin: BinaryIO | None) -> bytes:
    if source.path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputProblem(f"input is larger than the {_mb(max_bytes)} limit")
        return data
    size = os.path.getsize(source.path)
    if size > max_bytes:
        raise InputProblem(f"file is {_mb(size)}, larger than the {_mb(max_bytes)} limit "
                           "(raise it with --max-file-mb)")
    with open(source.path, "rb") as fh:
        return fh.read()


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def read_file(source: InputFile, *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None,
              stdin_format: str = ".txt") -> Iterator[Document | ReadFailure]:
    """Documents of one file; a ``ReadFailure`` for the whole file or for each bad record in it."""
    # stdin takes the same names as files do: "rss", "atom", "markdown", "ndjson" ...
    suffix = doc_formats.format_suffix("stdin" + stdin_format) if source.path == STDIN else source.suffix
    where = "<stdin>" if source.path == STDIN else source.path
    reader = doc_formats.READERS.get(suffix)
    if reader is None:
        known = ", ".join(supported_suffixes())
        yield ReadFailure(where, f"unknown file type {suffix or '(no extension)'!r}; "
                                       f"readable types: {known}")
        return
    try:
        data = _read_bytes(source, max_bytes, stdin)
        for item in reader(data, source.path):
            if isinstance(item, InputProblem):
                yield ReadFailure(where, item.message, item.line)
            else:
                yield item
    except InputProblem as problem:
        yield ReadFailure(where, problem.message, problem.line)
    except OSError as err:
        yield ReadFailure(where, f"cannot read: {err.strerror or err}")
    except Exception as err:  # noqa: BLE001 - third-party parsers (pdf, feeds, html) fail in many ways on junk
        yield ReadFailure(where, f"cannot parse as {suffix}: {type(err).__name__}: {err}")


def read_inputs(paths: list[str], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None,
                stdin_format: str = ".txt") -> Iterator[Document | ReadFailure]:
    """Documents from files, folders (recursively), globs and ``-`` (stdin, read as ``stdin_format``)."""
    for item in iter_input_files(paths):
        if isinstance(item, ReadFailure):
            yield item
        else:
            yield from read_file(item, max_bytes=max_bytes, stdin=stdin, stdin_format=stdin_format)
