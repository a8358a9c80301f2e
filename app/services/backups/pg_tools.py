"""PostgreSQL's own tools, pg_dump and pg_restore: finding them, the connection they are
given, and running them so that a Cancel stops them.

The password goes to the tool in the PGPASSWORD variable of its environment, never on
its command line (which other users of the machine can read).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.engine import URL

from app.db import PG_CONNECT_TIMEOUT_S
from app.errors import CareDeskError
from app.services.backups.backup_errors import tool_missing
from app.services.backups.backup_files import report

# Other seats keep working while a backup is made; a restore waits this long for them
# to let go of a table, then gives up with nothing changed.
RESTORE_LOCK_TIMEOUT_MS = 30_000


def find_tool(name: str, error: type[CareDeskError]) -> str:
    """The path of pg_dump or pg_restore; `error` saying how to install them otherwise."""
    found = shutil.which(name)
    if found is None:
        raise error(tool_missing(name))
    return found


def _quoted(value: str) -> str:
    """A value in a libpq connection string."""
    if value and not any(c in value for c in " '\\="):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def connection_args(url: URL) -> list[str]:
    """--host, --port, --username, --dbname for `url` (never its password); options of
    the address (sslmode=require...) go into --dbname as a connection string."""
    args = []
    if url.host:
        args.append(f"--host={url.host}")
    if url.port:
        args.append(f"--port={url.port}")
    if url.username:
        args.append(f"--username={url.username}")
    options = {
        key: value[-1] if isinstance(value, tuple) else value for key, value in url.query.items()
    }
    if options:
        pairs = {"dbname": url.database or "", **options}
        args.append("--dbname=" + " ".join(f"{k}={_quoted(str(v))}" for k, v in pairs.items()))
    else:
        args.append(f"--dbname={url.database}")
    return args


def tool_env(url: URL, *, lock_timeout: bool = False) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("PGCONNECT_TIMEOUT", str(PG_CONNECT_TIMEOUT_S))
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    if lock_timeout:
        env["PGOPTIONS"] = f"-c lock_timeout={RESTORE_LOCK_TIMEOUT_MS}"
    return env


@dataclass(frozen=True)
class ToolRun:
    returncode: int
    stdout: str
    stderr: str

    @property
    def reason(self) -> str:
        """The tool's first error line, without its name."""
        lines = [ln.strip() for ln in self.stderr.splitlines() if ln.strip()]
        errors = [ln for ln in lines if "error" in ln.lower()] or lines
        first = errors[0] if errors else f"exit code {self.returncode}"
        for prefix in ("pg_dump: ", "pg_restore: ", "error: ", "ERROR:  "):
            first = first.removeprefix(prefix)
        return first.rstrip(".")


def run_tool(
    args: Sequence[str],
    env: dict[str, str],
    control=None,
    *,
    percent: int = 0,
    text: str = "",
) -> ToolRun:
    """Run a tool to its end; a Cancel (the control raising) stops it and is raised on."""
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    proc = subprocess.Popen(
        list(args),
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        creationflags=flags,
    )
    try:
        while True:
            try:
                out, err = proc.communicate(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                report(control, percent, text)
    except BaseException:
        proc.kill()
        proc.communicate()
        raise
    decode = lambda raw: raw.decode("utf-8", "replace")  # noqa: E731
    return ToolRun(proc.returncode, decode(out), decode(err))
