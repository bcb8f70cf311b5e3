"""Row errors of the list readers (OFAC CSV, FtM JSON lines), refusing a file of the wrong format at once.

A list file with a few bad rows still loads, each bad row reported with its line. A file of another format
(an OFAC CSV given as ``--format ftm``, an FtM file as ``--format ofac``) would instead report every one of
its lines; ``HeadCheck`` holds the errors back until a first good row shows the format is right, and refuses
the file with one error when the first ``HEAD_ROWS`` rows are all bad.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from actorgraph.errors import InvalidInput

HEAD_ROWS = 20

ErrorHandler = Callable[[InvalidInput], None]


class HeadCheck:
    def __init__(self, path: Path, expected: str, on_error: ErrorHandler, limit: int = HEAD_ROWS) -> None:
        self.path, self.expected, self.on_error, self.limit = path, expected, on_error, limit
        self.pending: list[InvalidInput] | None = []

    def error(self, err: InvalidInput) -> None:
        if self.pending is None:
            self.on_error(err)
            return
        self.pending.append(err)
        if len(self.pending) >= self.limit:
            first = self.pending[0]
            raise InvalidInput(f"not {self.expected}: none of the first {self.limit} rows is one (line "
                               f"{first.line}: {first.detail})", file=str(self.path))

    def good(self) -> None:
        """A row of the expected format: report what was held back, and every later error at once."""
        if self.pending is not None:
            held, self.pending = self.pending, None
            for err in held:
                self.on_error(err)

    def done(self) -> None:
        """End of a short file (fewer bad rows than the limit): report what was held back."""
        self.good()
