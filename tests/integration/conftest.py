"""Running the command line in-process, as `python main.py ARGS...` would."""

from __future__ import annotations

import io

import pytest

import main as entry


@pytest.fixture
def run_main(capsys):
    """Run `main.py ARGS...` -> (exit code, stdout, stderr)."""

    def run(*argv: str) -> tuple[int, str, str]:
        try:
            code = entry.main(list(argv))
        except SystemExit as exc:  # argparse usage errors and --help
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def cli_db_url(db) -> str:
    """The database the `cli` fixture's commands run on: the test's `db`."""
    return db.url.render_as_string(hide_password=False)


@pytest.fixture
def cli(run_main, cli_db_url, monkeypatch):
    """Run `main.py --db <cli_db_url> --lang LANG ARGS...` with `stdin` as standard input."""

    def run(*argv: str, lang: str = "en", stdin: str | io.StringIO = "") -> tuple[int, str, str]:
        feed = stdin if isinstance(stdin, io.StringIO) else io.StringIO(stdin)
        monkeypatch.setattr("sys.stdin", feed)
        return run_main("--db", cli_db_url, "--lang", lang, *argv)

    return run
