"""benchmarks/regex_profile.py runs and names the patterns it counted (in a subprocess: it patches ``re``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_regex_profile_runs_on_two_short_texts(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Russia imposed sanctions on the Northern Front on Monday, accusing it of smuggling fuel.\n")
    second.write_text("Iranian President Tomas Varga met Japan's foreign minister. Japan denied the claims.\n")
    done = subprocess.run([sys.executable, "-X", "extractor=pure", "-m", "benchmarks.regex_profile", "--top", "5",
                           str(first), str(second)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("extraction ") and "patterns called" in lines[0]
    assert "by module:" in lines
    counted = lines[2:lines.index("by module:")]
    assert 0 < len(counted) <= 5 and all(":" in line.split(None, 6)[6] for line in counted)
