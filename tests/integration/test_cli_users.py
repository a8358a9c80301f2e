"""`python main.py user ...` as an administrator meets it: people added, listed, disabled,
given a new password, every change audited as the OS user, and the password nowhere.

The commands run in-process (main.main) so that the suite's cheap password hasher applies.
"""

from __future__ import annotations

import getpass
import io
import json
import logging
import shutil
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

import main as entry
from app import config, logs
from app.db import Database, open_database
from app.models import AuditEntry, User
from app.services.access import auth, stores
from app.services.actor import Actor

PASSWORD = "Zebra-Quartz-7319"
NEW_PASSWORD = "Mango-Lantern-2048"


class TerminalInput(io.StringIO):
    """Standard input that says it is a terminal (the password is asked with getpass)."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def db_path(sqlite_template, tmp_path) -> Path:
    path = tmp_path / "caredesk.db"
    shutil.copyfile(sqlite_template, path)
    return path


@pytest.fixture
def cli_db_url(db_path) -> str:
    """The commands run on a file of their own (not `db`), opened again by `database`."""
    return f"sqlite:///{db_path}"


@pytest.fixture
def database(db_path) -> Iterator[Database]:
    """The same file, opened to look at what the commands left in it."""
    db = open_database(f"sqlite:///{db_path}")
    yield db
    db.dispose()


@pytest.fixture
def with_admin(cli) -> None:
    code, _, err = cli(
        "user",
        "add",
        "bao.tran",
        "--role",
        "admin",
        "--full-name",
        "Trần Quốc Bảo",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert code == 0, err


@pytest.fixture
def file_log(monkeypatch) -> Iterator[Path]:
    """The log file in this test's data dir, receiving the app's log records."""
    root = logging.getLogger()
    handlers = list(root.handlers)
    monkeypatch.setattr(logs, "_configured", None)
    assert logs.setup_file_logging() == config.log_file()
    yield config.log_file()
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()


def listed(cli) -> dict[str, dict]:
    code, out, err = cli("user", "list", "--json")
    assert code == 0, err
    return {row["username"]: row for row in json.loads(out)}


def os_actor_name() -> str:
    try:
        return f"os:{getpass.getuser()}"
    except Exception:
        return "os:unknown"


def test_add_with_password_stdin_then_list_shows_the_user(cli, database):
    with database.session_scope() as s:
        stores.add_store(s, Actor.os_user(), "HN01", "CareDesk Hà Nội")
    code, out, err = cli(
        "user",
        "add",
        "lan.nguyen",
        "--role",
        "agent",
        "--full-name",
        "Nguyễn Thị Lan",
        "--store",
        "hn01",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert (code, err) == (0, "")
    assert out == "Added user lan.nguyen (agent, store HN01).\n"

    row = listed(cli)["lan.nguyen"]
    assert row == {
        "username": "lan.nguyen",
        "full_name": "Nguyễn Thị Lan",
        "role": "agent",
        "tier": 1,
        "store": "HN01",
        "active": True,
        "locked_until": None,
        "last_login_at": None,
    }
    with database.session_scope() as s:
        assert auth.sign_in(s, "lan.nguyen", PASSWORD).ok


def test_add_json_is_the_user_with_iso_dates(cli, database):
    code, out, _ = cli(
        "user",
        "add",
        "ha.le",
        "--role",
        "supervisor",
        "--full-name",
        "Lê Thị Thu Hà",
        "--tier",
        "3",
        "--password-stdin",
        "--json",
        stdin=PASSWORD + "\n",
    )
    assert code == 0
    view = json.loads(out)
    assert view["username"] == "ha.le" and view["role"] == "supervisor" and view["tier"] == 3
    assert view["store_code"] is None and view["is_active"] is True
    with database.session_scope() as s:
        auth.sign_in(s, "ha.le", PASSWORD)
    code, out, _ = cli("user", "list", "--json")
    assert json.loads(out)[0]["last_login_at"].endswith("+00:00")


def test_the_list_is_a_readable_table(cli, with_admin):
    cli(
        "user",
        "add",
        "yen.tran",
        "--role",
        "agent",
        "--full-name",
        "Trần Thị Yến",
        "--password-stdin",
        stdin=PASSWORD,
    )
    cli("user", "disable", "yen.tran")
    code, out, _ = cli("user", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["Username", "Full", "name", "Role", "Tier", "Store", "Status"]
    assert lines[2].split() == ["bao.tran", "Trần", "Quốc", "Bảo", "admin", "3", "-", "active"]
    assert lines[3].split()[-1] == "disabled"
    # The columns line up, Vietnamese names included.
    assert len({line.index(line.split()[-1]) for line in (lines[2], lines[3])}) == 1


def test_the_password_is_nowhere_but_its_hash(cli, with_admin, db_path, database, file_log):
    outputs = []
    outputs.append(
        cli(
            "user",
            "add",
            "lan.nguyen",
            "--role",
            "agent",
            "--full-name",
            "Nguyễn Thị Lan",
            "--password-stdin",
            "--json",
            stdin=PASSWORD + "\n",
        )
    )
    outputs.append(cli("user", "passwd", "lan.nguyen", "--password-stdin", stdin=NEW_PASSWORD))
    outputs.append(
        cli("user", "passwd", "lan.nguyen", "--password-stdin", "--json", stdin=NEW_PASSWORD + "\n")
    )
    outputs.append(cli("user", "list"))
    outputs.append(cli("user", "list", "--json"))
    # A bad password is refused without being repeated back.
    outputs.append(cli("user", "passwd", "lan.nguyen", "--password-stdin", stdin="Kiwi7\n"))
    assert [code for code, _, _ in outputs] == [0, 0, 0, 0, 0, 1]

    with database.session_scope() as s:
        user = s.scalars(select(User).where(User.username == "lan.nguyen")).one()
        assert user.password_hash.startswith("$argon2")
        trail = [(e.actor, e.action, e.before, e.after) for e in s.scalars(select(AuditEntry))]
    database.dispose()

    secrets = (PASSWORD, NEW_PASSWORD, "Kiwi7")
    stored = b"".join(
        p.read_bytes() for p in (db_path, db_path.with_name(db_path.name + "-wal")) if p.exists()
    )
    logged = file_log.read_text(encoding="utf-8") if file_log.exists() else ""
    for secret in secrets:
        for _code, out, err in outputs:
            assert secret not in out and secret not in err
        assert secret.encode() not in stored
        assert secret not in logged
        assert secret not in json.dumps(trail, ensure_ascii=False)


def test_an_unexpected_failure_logs_no_password(cli, monkeypatch, file_log):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("app.services.access.users.add_user", broken)
    code, _, err = cli(
        "user",
        "add",
        "lan.nguyen",
        "--role",
        "agent",
        "--full-name",
        "Nguyễn Thị Lan",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert code == 1 and "unexpected error" in err and str(file_log) in err
    logged = file_log.read_text(encoding="utf-8")
    assert "disk on fire" in logged and PASSWORD not in logged


def test_changes_are_audited_as_the_os_user(cli, with_admin, database):
    cli(
        "user",
        "add",
        "lan.nguyen",
        "--role",
        "agent",
        "--full-name",
        "Nguyễn Thị Lan",
        "--password-stdin",
        stdin=PASSWORD,
    )
    cli("user", "passwd", "lan.nguyen", "--password-stdin", stdin=NEW_PASSWORD)
    cli("user", "disable", "lan.nguyen")
    cli("user", "enable", "lan.nguyen")
    with database.session_scope() as s:
        lan = s.scalars(select(User).where(User.username == "lan.nguyen")).one()
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == str(lan.id)).order_by(AuditEntry.id)
        ).all()
        assert [e.action for e in entries] == ["create", "reset_password", "disable", "enable"]
        assert {e.actor for e in entries} == {os_actor_name()}
        assert all(e.user_id is None for e in entries)
        assert entries[2].before == {"is_active": True}
        assert entries[2].after == {"is_active": False}


@pytest.mark.parametrize(
    ("argv", "stdin", "expected"),
    [
        (["add", "lan nguyen"], PASSWORD, "cannot contain spaces"),
        (["add", "a" * 300], PASSWORD, "too long"),
        (["add", "lan.nguyen"], "", "No password on standard input"),
        (["add", "lan.nguyen"], "\n", "No password on standard input"),
        (["add", "lan.nguyen"], "x\n", "too short"),
        (["add", "lan.nguyen", "--store", "ZZ9"], PASSWORD, "no store with the code ZZ9"),
        (["add", "bao.tran"], PASSWORD, "bao.tran is taken"),
        (["add", "BAO.TRAN"], PASSWORD, "bao.tran is taken"),
        (["passwd", "nobody", "--password-stdin"], PASSWORD, "There is no user nobody"),
        (["passwd", "bao.tran", "--password-stdin"], "x", "too short"),
        (["disable", "nobody"], "", "There is no user nobody"),
        (["enable", "nobody"], "", "There is no user nobody"),
        (["disable", "bao.tran"], "", "last active administrator"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(cli, with_admin, argv, stdin, expected):
    if argv[0] == "add":
        argv = [*argv, "--role", "agent", "--full-name", "Nguyễn Thị Lan", "--password-stdin"]
    before = listed(cli)
    code, out, err = cli("user", *argv, stdin=stdin)
    assert (code, out) == (1, "")
    assert err.startswith("python main.py: ") and err.count("\n") == 1
    assert expected in err
    assert PASSWORD not in err
    assert listed(cli) == before


def test_last_admin_stays_but_a_second_admin_can_be_disabled(cli, with_admin):
    cli(
        "user",
        "add",
        "ha.le",
        "--role",
        "admin",
        "--full-name",
        "Lê Thị Thu Hà",
        "--password-stdin",
        stdin=PASSWORD,
    )
    code, out, _ = cli("user", "disable", "bao.tran")
    assert code == 0 and out.startswith("Disabled bao.tran (Trần Quốc Bảo)")
    code, _, err = cli("user", "disable", "ha.le")
    assert code == 1 and "Lê Thị Thu Hà is the last active administrator" in err
    assert {u: r["active"] for u, r in listed(cli).items()} == {"ha.le": True, "bao.tran": False}


def test_unknown_role_is_a_usage_error(cli):
    code, out, err = cli(
        "user",
        "add",
        "lan.nguyen",
        "--role",
        "boss",
        "--full-name",
        "Lan",
        "--password-stdin",
        stdin=PASSWORD,
    )
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "boss" in err and "--help" in err


def test_a_missing_full_name_is_asked_for(cli):
    code, out, err = cli(
        "user", "add", "lan.nguyen", "--role", "agent", "--password-stdin", stdin=PASSWORD
    )
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "--full-name" in err and "full name" in err
    assert listed(cli) == {}


def test_disable_and_enable(cli, with_admin, database):
    cli(
        "user",
        "add",
        "lan.nguyen",
        "--role",
        "agent",
        "--full-name",
        "Nguyễn Thị Lan",
        "--password-stdin",
        stdin=PASSWORD,
    )
    code, out, _ = cli("user", "disable", "lan.nguyen")
    assert code == 0
    assert out == (
        "Disabled lan.nguyen (Nguyễn Thị Lan): they can no longer sign in; their records stay.\n"
    )
    assert listed(cli)["lan.nguyen"]["active"] is False
    with database.session_scope() as s:
        assert not auth.sign_in(s, "lan.nguyen", PASSWORD).ok
    code, out, _ = cli("user", "disable", "lan.nguyen")
    assert code == 0 and "already disabled; nothing changed" in out

    code, out, _ = cli("user", "enable", "lan.nguyen")
    assert code == 0 and out.startswith("Enabled lan.nguyen")
    assert listed(cli)["lan.nguyen"]["active"] is True
    with database.session_scope() as s:
        assert auth.sign_in(s, "lan.nguyen", PASSWORD).ok


def test_passwd_lifts_a_lockout(cli, with_admin, database):
    cli(
        "user",
        "add",
        "lan.nguyen",
        "--role",
        "agent",
        "--full-name",
        "Nguyễn Thị Lan",
        "--password-stdin",
        stdin=PASSWORD,
    )
    with database.session_scope() as s:
        for _ in range(auth.MAX_FAILED_ATTEMPTS):
            auth.sign_in(s, "lan.nguyen", "wrong-password")
    with database.session_scope() as s:
        assert "Too many wrong passwords" in auth.sign_in(s, "lan.nguyen", PASSWORD).message
    assert listed(cli)["lan.nguyen"]["locked_until"] is not None
    code, out, _ = cli("user", "list")
    assert "locked until" in out

    code, out, err = cli(
        "user", "passwd", "lan.nguyen", "--password-stdin", stdin=NEW_PASSWORD + "\n"
    )
    assert (code, err) == (0, "")
    assert out == "New password set for lan.nguyen; the lockout is lifted.\n"
    assert listed(cli)["lan.nguyen"]["locked_until"] is None
    with database.session_scope() as s:
        assert auth.sign_in(s, "lan.nguyen", NEW_PASSWORD).ok
        assert not auth.sign_in(s, "lan.nguyen", PASSWORD).ok


def test_passwd_of_a_disabled_user_says_how_to_enable_them(cli, with_admin):
    cli(
        "user",
        "add",
        "lan.nguyen",
        "--role",
        "agent",
        "--full-name",
        "Nguyễn Thị Lan",
        "--password-stdin",
        stdin=PASSWORD,
    )
    cli("user", "disable", "lan.nguyen")
    code, out, _ = cli("user", "passwd", "lan.nguyen", "--password-stdin", stdin=NEW_PASSWORD)
    assert code == 0
    assert out.splitlines() == [
        "New password set for lan.nguyen.",
        "lan.nguyen is disabled: run “python main.py user enable lan.nguyen” so they can sign in.",
    ]


def test_vietnamese_messages(cli, with_admin):
    code, out, _ = cli(
        "user",
        "add",
        "lan.nguyen",
        "--role",
        "agent",
        "--full-name",
        "Nguyễn Thị Lan",
        "--password-stdin",
        stdin=PASSWORD,
        lang="vi",
    )
    assert code == 0 and out == "Đã thêm người dùng lan.nguyen (nhân viên, chưa gán cửa hàng).\n"
    code, _, err = cli("user", "disable", "bao.tran", lang="vi")
    assert code == 1 and "quản trị viên cuối cùng" in err
    code, _, err = cli("user", "passwd", "lan.nguyen", "--password-stdin", lang="vi")
    assert code == 1 and "Không có mật khẩu" in err
    code, _, err = cli("user", "add", "x.y", "--role", "agent", lang="vi")
    assert code == 2 and "họ và tên" in err
    code, out, _ = cli("user", "list", lang="vi")
    assert out.splitlines()[0].startswith("Tên đăng nhập")
    assert "đang hoạt động" in out
    code, out, _ = cli("user", "add", "--help", lang="vi")
    assert code == 0 and "đầu vào chuẩn" in out


def test_without_a_terminal_or_password_stdin_it_refuses_at_once(cli, monkeypatch, with_admin):
    def no_prompt(prompt: str = "") -> str:
        raise AssertionError("getpass would wait for a terminal that is not there")

    monkeypatch.setattr("getpass.getpass", no_prompt)
    for argv in (
        ("add", "lan.nguyen", "--role", "agent", "--full-name", "Nguyễn Thị Lan"),
        ("passwd", "bao.tran"),
    ):
        code, out, err = cli("user", *argv, stdin=PASSWORD + "\n")
        assert (code, out) == (1, "")
        assert err.count("\n") == 1 and "not a terminal" in err and "--password-stdin" in err
    assert list(listed(cli)) == ["bao.tran"]


def test_on_a_terminal_the_password_is_asked_twice(cli, monkeypatch, with_admin, database):
    answers: list[str] = []
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    add = ("user", "add", "lan.nguyen", "--role", "agent", "--full-name", "Nguyễn Thị Lan")
    answers[:] = [PASSWORD, PASSWORD + "x"]
    code, out, err = cli(*add, stdin=TerminalInput())
    assert code == 1 and "not the same" in err and PASSWORD not in err
    assert "lan.nguyen" not in listed(cli)

    answers[:] = [PASSWORD, PASSWORD]
    prompts.clear()
    code, out, err = cli(*add, stdin=TerminalInput())
    assert (code, err) == (0, "")
    assert prompts == ["New password for lan.nguyen: ", "Type it again: "]
    with database.session_scope() as s:
        assert auth.sign_in(s, "lan.nguyen", PASSWORD).ok

    # A username that cannot be used is refused before anyone types a password.
    prompts.clear()
    code, _, err = cli(*add, stdin=TerminalInput())
    assert code == 1 and "is taken" in err and prompts == []


def test_help_lists_the_user_commands(cli):
    code, out, _ = cli("--help")
    assert code == 0 and "user" in out and "--user USERNAME" in out
    code, out, _ = cli("user", "--help")
    for action in ("add", "passwd", "disable", "enable", "list"):
        assert action in out
    code, out, err = cli("user")
    assert code == 2 and "ACTION" in err


def test_an_empty_database_lists_how_to_add_the_first_admin(cli):
    code, out, _ = cli("user", "list")
    assert code == 0 and "user add USERNAME --role admin" in out
    assert listed(cli) == {}


def test_demo_staff_can_sign_in_with_the_printed_password(cli, database):
    code, out, err = cli("demo", "--customers", "3")
    assert code == 0, err
    assert out.splitlines()[-1] == (
        "Demo staff sign in with their username (for example bao.tran, administrator) "
        "and the password caredesk-demo."
    )
    with database.session_scope() as s:
        assert auth.sign_in(s, "bao.tran", "caredesk-demo").ok
        load = s.scalars(select(AuditEntry).where(AuditEntry.action == "load_demo")).one()
        assert load.actor == os_actor_name()


def test_demo_staff_password_of_ones_own_is_not_echoed(cli, database):
    code, out, _ = cli("demo", "--customers", "3", "--staff-password", NEW_PASSWORD)
    assert code == 0 and NEW_PASSWORD not in out and "--staff-password" in out
    with database.session_scope() as s:
        assert auth.sign_in(s, "ha.le", NEW_PASSWORD).ok
    code, _, err = cli("demo", "--customers", "3", "--staff-password", "x")
    assert code == 1 and "too short" in err


def test_screenshot_user_reaches_the_window(monkeypatch, tmp_path):
    """main.py hands --user to the window (a stand-in here: this checks the dispatch only)."""
    seen = {}

    def run(db_url, lang, screenshot=None, screen=None, *, user=None, lookup=None):
        seen.update(screenshot=screenshot, screen=screen, user=user)
        return 0

    window = types.ModuleType("ui.app")
    window.SCREENS, window.run = ("home",), run
    monkeypatch.setitem(sys.modules, "ui.app", window)
    shot = tmp_path / "home.png"
    assert entry.main(["--screenshot", str(shot), "--screen", "home", "--user", "ha.le"]) == 0
    assert seen == {"screenshot": shot, "screen": "home", "user": "ha.le"}
    assert entry.main(["--screenshot", str(shot)]) == 0
    assert seen["user"] is None
