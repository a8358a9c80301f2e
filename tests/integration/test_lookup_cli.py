"""`python main.py --lookup PHONE` as a softphone runs it: a bad number starts nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_letters_are_refused_with_one_line_and_nothing_starts(tmp_path):
    db = tmp_path / "caredesk.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CAREDESK_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "main.py", "--db", f"sqlite:///{db}", "--lookup", "abc"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "python main.py: --lookup: “abc” is not a phone number: type a Vietnamese number "
        "such as 0912 345 678 or +84 912 345 678."
    ]
    assert not db.exists()


def test_an_empty_number_says_what_to_give(run_main):
    code, out, err = run_main("--lookup", "")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "Type a phone number" in err


@pytest.mark.parametrize(
    "extra", [("migrate",), ("--screenshot", "x.png")], ids=["command", "screenshot"]
)
def test_lookup_only_goes_with_the_window(run_main, tmp_path, extra):
    db = tmp_path / "caredesk.db"
    code, out, err = run_main("--db", f"sqlite:///{db}", "--lookup", "0909123456", *extra)

    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "--lookup" in err
    assert not db.exists()  # the command did not run


def test_help_names_the_option(run_main):
    code, out, _ = run_main("--help")
    assert code == 0
    assert "--lookup PHONE" in out
