"""One running CareDesk per OS user and database: a later start hands its request over.

The first process listens on a local socket (a named pipe on Windows, a socket file in
the temp folder elsewhere) named after a hash of the OS user and the database, so two
people on one machine, or one person on two databases, never reach each other's window.
A later start connects, sends one JSON line (`{"lookup": "0909…"}`, or `{}` to bring the
window to the front), waits for "ok" and exits 0. When nobody answers (no CareDesk, or a
socket file left by a crash) it becomes the instance itself.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import logging
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.db import parse_url
from app.errors import CareDeskError

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 1_000
ANSWER_TIMEOUT_MS = 5_000
MESSAGE_MAX = 4_096  # a phone number and a little JSON; anything longer is not ours
ACK = b"ok\n"
_UNCONNECTED = QLocalSocket.LocalSocketState.UnconnectedState
WAIT_SLICE_MS = 20


@dataclass(frozen=True)
class Request:
    """What a later start asks for: a caller to look up, or (None) just the window."""

    lookup: str | None = None

    def encode(self) -> bytes:
        body = {"lookup": self.lookup} if self.lookup is not None else {}
        return json.dumps(body).encode("utf-8") + b"\n"

    @staticmethod
    def decode(line: bytes) -> Request | None:
        """The request in one line, or None when it is not one (garbage is ignored)."""
        try:
            body = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None
        if not isinstance(body, dict):
            return None
        lookup = body.get("lookup")
        if lookup is not None and not (isinstance(lookup, str) and lookup.strip()):
            return None
        return Request(lookup)


def _os_user() -> str:
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a service account, a container)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    # Windows account names are case-insensitive; elsewhere "Bao" and "bao" differ.
    return user.casefold() if sys.platform == "win32" else user


def database_key(db_url: str) -> str:
    """The database as one stable string: a SQLite file by its absolute path (as the app
    opens it), a server by its address without the password."""
    try:
        url = parse_url(db_url)
    except CareDeskError:
        return db_url  # start-up will refuse it anyway
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            return f"sqlite:memory:{os.getpid()}"  # nobody else can share it
        path = Path(url.database).expanduser().resolve()
        return "sqlite:" + os.path.normcase(str(path))
    host = (url.host or "localhost").lower()
    return f"postgresql://{url.username or ''}@{host}:{url.port or 5432}/{url.database}"


def server_name(db_url: str, user: str | None = None) -> str:
    """A short, file-name-safe socket name for this OS user and database."""
    identity = f"{user if user is not None else _os_user()}\n{database_key(db_url)}"
    return "caredesk-" + hashlib.sha256(identity.encode("utf-8")).hexdigest()[:20]


class InstanceServer(QObject):
    """Listens for later starts: `lookup_requested(phone)` or `activate_requested()`.

    Each request is acknowledged as soon as it is read; the work happens afterwards.
    """

    lookup_requested = Signal(str)
    activate_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        # Only this OS user's processes may connect (other users get their own name anyway).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._sockets: list[QLocalSocket] = []  # children of the server until freed

    def listen(self) -> bool:
        """Take the name; a socket file left by a crashed CareDesk is removed first.

        Call only after `hand_over` found nobody answering on the name.
        """
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            return True
        log.warning("Cannot listen on %s: %s", self.name, self._server.errorString())
        return False

    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        self._free_finished()
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._sockets.append(socket)
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            # A client that connects and says nothing is not kept forever.
            QTimer.singleShot(ANSWER_TIMEOUT_MS, socket, socket.abort)
            if socket.bytesAvailable():
                self._read(socket, buffer)

    def _free_finished(self) -> None:
        # Conversations that are over are freed here, outside their own signals. Not with
        # deleteLater: a socket still waiting for it when the server goes away crashes
        # PySide ("shared QObject was deleted directly").
        for socket in [s for s in self._sockets if s.state() == _UNCONNECTED]:
            self._sockets.remove(socket)
            shiboken6.delete(socket)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MESSAGE_MAX:
                socket.abort()
            return
        socket.readyRead.disconnect()  # one request per connection; the rest is ignored
        request = Request.decode(bytes(buffer.split(b"\n", 1)[0]))
        if request is None:
            log.warning("Ignored a message on %s that is not a CareDesk request", self.name)
            socket.abort()
            return
        socket.write(ACK)
        socket.flush()
        socket.disconnectFromServer()
        if request.lookup is None:
            self.activate_requested.emit()
        else:
            self.lookup_requested.emit(request.lookup)


def _allow_foreground() -> None:
    # Windows lets only the foreground process bring a window forward; this process was
    # just started by the user or the softphone, so it may hand that right on.
    if sys.platform == "win32":  # pragma: no cover - Windows only
        with contextlib.suppress(Exception):
            import ctypes

            asfw_any = -1
            ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)


def hand_over(name: str, request: Request, timeout_ms: int = ANSWER_TIMEOUT_MS) -> bool:
    """Send `request` to the CareDesk listening on `name`; True once it acknowledged.

    Blocking (the caller has no event loop yet). False: nobody listens, or nobody answered.
    """
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    _allow_foreground()
    socket.write(request.encode())
    socket.flush()
    answer = bytearray()
    deadline = time.monotonic() + timeout_ms / 1000
    # Short waits: PySide keeps the GIL inside a wait, and a server in this same process
    # (the tests) needs it to answer.
    while len(answer) < len(ACK) and time.monotonic() < deadline:
        if socket.waitForReadyRead(WAIT_SLICE_MS):
            answer += bytes(socket.readAll().data())
        elif socket.state() == _UNCONNECTED:
            break
    answer += bytes(socket.readAll().data())  # an answer that came with the hang-up
    socket.abort()
    return answer.startswith(ACK)


def become_instance(db_url: str, lookup: str | None = None) -> InstanceServer | None:
    """Hand `lookup` to a running CareDesk on the same database (returns None: this
    process has nothing more to do), or become that CareDesk (returns its server).

    A name that cannot be taken is logged and the app runs on without one.
    """
    name = server_name(db_url)
    if hand_over(name, Request(lookup)):
        return None
    server = InstanceServer(name)
    server.listen()
    return server
