"""The admin CLI as an administrator meets it: exit codes, one-line errors, nothing lost."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import main as entry
from app import db as app_db
from tests.conftest import PG_SKIP_REASON, pg_url

ROOT = Path(__file__).resolve().parents[2]


def test_help_lists_every_command(run_main):
    code, out, _ = run_main("--help")
    assert code == 0
    for command in ("migrate", "demo"):
        assert command in out


def test_unknown_command_is_a_one_line_usage_error(run_main):
    code, out, err = run_main("frobnicate")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "frobnicate" in err and "--help" in err


@pytest.mark.parametrize("url", ["nonsense", "mysql://u@h/db", "postgresql://hostonly"])
def test_malformed_db_url_is_one_line(run_main, url):
    code, _, err = run_main("--db", url, "migrate")
    assert code == 1
    assert err.strip().splitlines() == [err.strip()]
    assert "sqlite:///" in err and "postgresql+psycopg://" in err


def test_unreachable_postgresql_is_one_line(run_main):
    code, _, err = run_main("--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "migrate")
    assert code == 1
    assert "Cannot reach PostgreSQL" in err and len(err.strip().splitlines()) == 1


def test_file_that_is_not_a_database_is_left_untouched(run_main, tmp_path):
    path = tmp_path / "notes.db"
    content = b"Danh sach khach hang\n" * 200
    path.write_bytes(content)
    code, _, err = run_main("--db", f"sqlite:///{path}", "migrate")
    assert code == 1 and "not a CareDesk database" in err
    assert path.read_bytes() == content


def test_read_only_data_dir_is_reported(run_main, tmp_path, monkeypatch):
    monkeypatch.setenv("CAREDESK_DATA_DIR", str(tmp_path / "ro"))
    (tmp_path / "ro").mkdir()
    monkeypatch.setattr(app_db, "_writable", lambda folder: False)
    code, _, err = run_main("migrate")
    assert code == 1 and "read-only" in err and "CAREDESK_DATA_DIR" in err
    assert list((tmp_path / "ro").iterdir()) == []


def test_migrate_twice_changes_nothing_the_second_time(run_main, tmp_path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    code, out, _ = run_main("--db", url, "migrate", "--json")
    assert code == 0 and json.loads(out)["changed"] is True
    code, out, _ = run_main("--db", url, "migrate", "--json")
    assert code == 0 and json.loads(out)["changed"] is False


@pytest.mark.pg
def test_migrate_twice_on_postgresql(run_main):
    url = pg_url()
    if url is None:
        pytest.skip(PG_SKIP_REASON)
    from tests.conftest import reset_pg_schema

    reset_pg_schema(url)
    first = run_main("--db", url, "migrate", "--json")
    second = run_main("--db", url, "migrate", "--json")
    assert first[0] == second[0] == 0
    assert json.loads(first[1])["changed"] is True
    assert json.loads(second[1])["changed"] is False


def test_default_database_lives_in_the_data_dir(run_main, tmp_path, monkeypatch):
    monkeypatch.setenv("CAREDESK_DATA_DIR", str(tmp_path / "data"))
    code, out, _ = run_main("migrate")
    assert code == 0
    assert (tmp_path / "data" / "caredesk.db").exists()
    assert str(tmp_path / "data" / "caredesk.db") in out


def test_vietnamese_messages_with_lang_vi(run_main):
    code, _, err = run_main("--lang", "vi", "--db", "nonsense", "migrate")
    assert code == 1 and "không phải" in err


def test_process_exit_codes_and_no_traceback(tmp_path):
    env = {"CAREDESK_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}

    def run(*argv):
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *argv],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
        )

    assert run("--help").returncode == 0
    bad = run("--db", "nonsense", "migrate")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    usage = run("no-such-command")
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
    ok = run("--db", f"sqlite:///{tmp_path / 'p.db'}", "migrate")
    assert ok.returncode == 0, ok.stderr


def test_a_reader_that_stops_early_is_not_an_error(capsys, tmp_path, monkeypatch):
    """`python main.py find ... | head` must not end in "unexpected error"."""

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    code = entry.main(["--db", f"sqlite:///{tmp_path / 'pipe.db'}", "migrate", "--json"])
    assert code == 0
    assert "unexpected error" not in capsys.readouterr().err
