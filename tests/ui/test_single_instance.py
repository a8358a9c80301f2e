"""One CareDesk per OS user and database: a later start hands its request to the first."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

import ui.app as ui_app
from ui.single_instance import (
    InstanceServer,
    Request,
    become_instance,
    hand_over,
    server_name,
)

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 10_000


class Client(threading.Thread):
    """A later start, on a thread: `hand_over` blocks, and the server needs this thread's
    event loop to answer."""

    def __init__(self, name: str, request: Request) -> None:
        super().__init__(daemon=True)
        self.name_ = name
        self.request = request
        self.acknowledged: bool | None = None

    def run(self) -> None:
        self.acknowledged = hand_over(self.name_, self.request)


def send(qtbot, name: str, request: Request) -> bool | None:
    client = Client(name, request)
    client.start()
    qtbot.waitUntil(lambda: not client.is_alive(), timeout=TIMEOUT)
    return client.acknowledged


@pytest.fixture
def name(tmp_path) -> str:
    return server_name(f"sqlite:///{tmp_path / 'caredesk.db'}")


@pytest.fixture
def server(name):
    server = InstanceServer(name)
    assert server.listen()
    yield server
    server.close()
    server.deleteLater()


def test_a_lookup_reaches_the_running_instance(qtbot, name, server):
    with qtbot.waitSignal(server.lookup_requested, timeout=TIMEOUT) as popped:
        acknowledged = send(qtbot, name, Request("0909 123 456"))

    assert popped.args == ["0909 123 456"]
    assert acknowledged is True


def test_a_plain_second_start_only_brings_the_window_forward(qtbot, name, server):
    with (
        qtbot.assertNotEmitted(server.lookup_requested),
        qtbot.waitSignal(server.activate_requested, timeout=TIMEOUT),
    ):
        assert send(qtbot, name, Request()) is True


def test_nobody_listening_means_this_start_is_the_instance(qtbot, name):
    assert hand_over(name, Request("0909123456")) is False

    server = become_instance(f"sqlite:///{Path(name)}", None)  # any database will do
    assert server is not None and server.is_listening()
    server.close()


def test_a_second_start_on_the_same_database_hands_over_and_ends(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    first = become_instance(url)
    assert first is not None and first.is_listening()
    outcome: dict[str, object] = {}

    def second_start() -> None:
        outcome["server"] = become_instance(url, "0283 823 4567")

    thread = threading.Thread(target=second_start, daemon=True)
    with qtbot.waitSignal(first.lookup_requested, timeout=TIMEOUT) as popped:
        thread.start()
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=TIMEOUT)

    assert popped.args == ["0283 823 4567"]
    assert outcome["server"] is None  # nothing left for the second start to do
    first.close()


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe leaves no file behind")
def test_a_socket_left_by_a_crash_is_taken_over(qtbot, name):
    # A crashed CareDesk leaves its socket file; connecting to it is refused.
    path = os.path.join(QDir.tempPath(), name)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(path)
    stale.close()
    assert os.path.exists(path)
    assert hand_over(name, Request()) is False

    server = InstanceServer(name)
    assert server.listen()
    with qtbot.waitSignal(server.lookup_requested, timeout=TIMEOUT) as popped:
        assert send(qtbot, name, Request("0909123456")) is True
    assert popped.args == ["0909123456"]
    server.close()


def test_the_name_depends_on_the_user_and_the_database(tmp_path, monkeypatch):
    db = tmp_path / "caredesk.db"
    monkeypatch.chdir(tmp_path)
    names = {
        server_name(f"sqlite:///{db}", "yen.tran"),
        server_name(f"sqlite:///{tmp_path / 'other.db'}", "yen.tran"),
        server_name(f"sqlite:///{db}", "ha.le"),
        server_name("postgresql+psycopg://care@db.local/caredesk", "yen.tran"),
        server_name("postgresql+psycopg://care@db.local/training", "yen.tran"),
    }
    assert len(names) == 5
    for name in names:  # short and safe as a file name in the temp folder
        assert re.fullmatch(r"caredesk-[0-9a-f]{20}", name)
    # The same file however it is written; the same server whatever the password.
    assert server_name("sqlite:///caredesk.db", "yen.tran") == server_name(
        f"sqlite:///{db}", "yen.tran"
    )
    assert server_name("postgresql://care:secret@db.local/caredesk", "yen.tran") == server_name(
        "postgresql+psycopg://care@db.local/caredesk", "yen.tran"
    )


def test_what_is_not_a_request_is_ignored():
    assert Request.decode(b'{"lookup": "0909123456"}') == Request("0909123456")
    assert Request.decode(b"{}") == Request(None)
    for garbage in (b"hello", b"[1, 2]", b'{"lookup": 42}', b'{"lookup": " "}', b"\xff"):
        assert Request.decode(garbage) is None


def test_a_screenshot_neither_listens_nor_hands_over(qtbot, sqlite_db, tmp_path, monkeypatch):
    def refuse(*_args):
        raise AssertionError("a screenshot run must not look for another CareDesk")

    monkeypatch.setattr(ui_app, "become_instance", refuse)
    url = sqlite_db.url.render_as_string(hide_password=False)
    assert ui_app.run(url, "en", tmp_path / "home.png") == 0
    assert hand_over(server_name(url), Request()) is False


def test_the_command_line_lookup_reaches_the_running_window(qtbot, tmp_path):
    """`python main.py --lookup NUMBER` from a softphone, with CareDesk already open."""
    db = tmp_path / "caredesk.db"
    url = f"sqlite:///{db}"
    server = InstanceServer(server_name(url))
    assert server.listen()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CAREDESK_DATA_DIR": str(tmp_path)}
    env.pop("CAREDESK_DB", None)
    with qtbot.waitSignal(server.lookup_requested, timeout=60_000) as popped:
        process = subprocess.Popen(
            [sys.executable, "main.py", "--db", url, "--lookup", "0909 123 456"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
    out, err = process.communicate(timeout=60)

    assert popped.args == ["0909 123 456"]
    assert process.returncode == 0, err
    assert out == b"" and err == b""
    assert not db.exists()  # handed over before the database was even opened
    server.close()
