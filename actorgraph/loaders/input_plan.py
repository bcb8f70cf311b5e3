"""Decide, per input, whether it is a news document or a sanctions list (OFAC SDN, FollowTheMoney).

List readers live in ``actorgraph.loaders.ofac`` and ``actorgraph.loaders.ftm`` and are imported only
when needed. An OFAC export is a folder or set of CSV files, so in ``auto`` mode a folder that looks
like one is handed over whole rather than file by file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from actorgraph.loaders.base import Extraction
from actorgraph.loaders.readers import STDIN, InputFile, ReadFailure, iter_input_files

_LIST_SUFFIXES = {"ofac": (".csv",), "ftm": (".json", ".jsonl", ".ftm", ".ndjson")}


class InputFormat(StrEnum):
    auto = "auto"
    text = "text"
    ofac = "ofac"
    ftm = "ftm"


@dataclass(frozen=True)
class ListInput:
    """A sanctions-list input: read with the list reader, not the document extractor."""

    fmt: InputFormat
    path: str

    @property
    def label(self) -> str:
        return self.path

    def read(self, on_error: Callable[[Exception], None] | None = None) -> Iterator[Extraction]:
        """Extractions from the list reader; bad rows go to ``on_error`` while the rest loads."""
        if self.fmt is InputFormat.ofac:
            from actorgraph.loaders.ofac import read_ofac

            return read_ofac(self.path, on_error=on_error)
        from actorgraph.loaders.ftm import read_ftm

        return read_ftm(self.path, on_error=on_error)


def _detector(fmt: str) -> Callable[[str], bool]:
    """C's ``looks_like_*``; a detector that is not installed (yet) never matches."""
    detect: Callable[[str], bool]
    try:
        if fmt == "ofac":
            from actorgraph.loaders.ofac import looks_like_ofac

            detect = looks_like_ofac
        else:
            from actorgraph.loaders.ftm import looks_like_ftm

            detect = looks_like_ftm
    except ImportError:
        return lambda _path: False

    def safe(path: str) -> bool:
        try:
            return bool(detect(path))
        except (OSError, ValueError):
            return False

    return safe


def plan_inputs(paths: Iterable[str], fmt: InputFormat = InputFormat.auto
                ) -> Iterator[InputFile | ReadFailure | ListInput]:
    """Expand arguments into documents to read and lists to load, in argument order."""
    if fmt is InputFormat.text:
        yield from iter_input_files(paths)
        return
    if fmt in (InputFormat.ofac, InputFormat.ftm):
        for arg in paths:
            if arg == STDIN or not Path(arg).exists():
                yield ReadFailure(arg, f"--format {fmt.value} needs an existing file or folder")
            else:
                yield ListInput(fmt, arg)
        return
    is_ofac, is_ftm = _detector("ofac"), _detector("ftm")
    whole_dirs: set[str] = set()
    for arg in paths:
        if arg != STDIN and Path(arg).is_dir() and is_ofac(arg):
            yield ListInput(InputFormat.ofac, arg)
            continue
        for item in iter_input_files([arg]):
            if isinstance(item, ReadFailure) or item.path == STDIN:
                yield item
                continue
            suffix = Path(item.path).suffix.lower()
            parent = str(Path(item.path).parent)
            if suffix in _LIST_SUFFIXES["ofac"]:
                if parent in whole_dirs:
                    continue
                if is_ofac(parent):
                    whole_dirs.add(parent)
                    yield ListInput(InputFormat.ofac, parent)
                    continue
                if is_ofac(item.path):
                    yield ListInput(InputFormat.ofac, item.path)
                    continue
            elif suffix in _LIST_SUFFIXES["ftm"] and is_ftm(item.path):
                yield ListInput(InputFormat.ftm, item.path)
                continue
            yield item
