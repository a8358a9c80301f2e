"""`python main.py backup` and `python main.py restore`, on both databases."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.factories import make_customer
from tests.unit.backup_cases import customer_count


class Terminal(io.StringIO):
    """Standard input that is a person at a terminal typing `text`."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def shop(db):
    with db.session_scope() as s:
        make_customer(s, "Nguyễn Văn An", phones=["0912 345 678"])
        make_customer(s, "Trần Thị Bình", phones=["0903 123 456"])
    return db


def counts_printed(out: str) -> dict[str, str]:
    """The rows of the table printed under "Table  Rows" (its header and rule left out)."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.split() == ["Table", "Rows"]) + 2
    return dict(line.split() for line in lines[start:] if len(line.split()) == 2)


def backup_file(cli, folder: Path) -> Path:
    code, out, _ = cli("backup", str(folder), "--json")
    assert code == 0
    return Path(json.loads(out)["file"])


def test_backup_prints_the_file_its_date_size_and_counts(shop, cli, tmp_path):
    code, out, err = cli("backup", str(tmp_path))

    assert code == 0 and err == ""
    lines = out.splitlines()
    written = Path(lines[0].removeprefix("Backup written: "))
    assert written.parent == tmp_path and written.exists()
    assert written.suffix == (".zip" if shop.is_sqlite else ".dump")
    assert lines[1].startswith("Taken ") and " KB, schema " in lines[1]
    counts = counts_printed(out)
    assert counts["customers"] == "2" and counts["customer_phones"] == "2"
    assert counts["complaints"] == "0"


def test_backup_json(shop, cli, tmp_path):
    code, out, _ = cli("backup", str(tmp_path / "mine.bak"), "--json")

    assert code == 0
    info = json.loads(out)
    assert info["file"] == str(tmp_path / "mine.bak")
    assert info["counts"]["customers"] == 2 and info["kind"] == "backup"
    assert info["size"] == (tmp_path / "mine.bak").stat().st_size
    assert info["backend"] == ("sqlite" if shop.is_sqlite else "postgresql")


def test_backup_into_a_missing_folder_is_one_line(shop, cli, tmp_path):
    code, out, err = cli("backup", str(tmp_path / "usb" / "backups"))
    assert code == 1 and out == ""
    assert err == (
        f"python main.py: The backup folder {tmp_path / 'usb' / 'backups'} does not exist. "
        "If it is on a USB disk, plug the disk in; otherwise choose another folder.\n"
    )


def test_restore_yes_puts_the_backup_back_and_says_where_the_data_went(shop, cli, tmp_path):
    path = backup_file(cli, tmp_path)
    with shop.session_scope() as s:
        make_customer(s, "Đỗ Văn Mới")

    code, out, err = cli("restore", str(path), "--yes")

    assert code == 0 and err == ""
    assert out.startswith(f"Restored {path}, taken ")
    assert counts_printed(out)["customers"] == "2"
    kept = out.splitlines()[-1]
    assert kept.startswith("The data that was there before is kept in ")
    assert Path(
        kept.removeprefix("The data that was there before is kept in ").rstrip(".")
    ).exists()
    assert customer_count(shop) == 2


def test_restore_json(shop, cli, tmp_path):
    path = backup_file(cli, tmp_path)
    code, out, _ = cli("restore", str(path), "--yes", "--json")
    result = json.loads(out)
    assert code == 0
    assert result["restored"]["file"] == str(path)
    assert result["restored"]["counts"]["customers"] == 2
    assert Path(result["kept_aside"]).name.startswith("caredesk-before-restore-")
    assert result["upgraded_from"] is None


def test_restore_without_yes_off_a_terminal_is_refused(shop, cli, tmp_path):
    path = backup_file(cli, tmp_path)
    with shop.session_scope() as s:
        make_customer(s, "Đỗ Văn Mới")

    code, out, err = cli("restore", str(path))

    assert code == 1 and out == ""
    assert err == (
        "python main.py: restore replaces all the data: run it on a terminal to be asked "
        "first, or add --yes to restore without being asked.\n"
    )
    assert customer_count(shop) == 3


def test_restore_asks_on_a_terminal(shop, cli, tmp_path):
    path = backup_file(cli, tmp_path)
    with shop.session_scope() as s:
        make_customer(s, "Đỗ Văn Mới")

    code, _, err = cli("restore", str(path), stdin=Terminal("no\n"))
    assert code == 1 and err.endswith(
        "Type yes to restore: python main.py: nothing was restored.\n"
    )
    assert "holds 2 customers" in err
    assert customer_count(shop) == 3

    code, out, _ = cli("restore", str(path), stdin=Terminal("yes\n"))
    assert code == 0 and out.startswith(f"Restored {path}")
    assert customer_count(shop) == 2


def test_restoring_a_file_that_is_not_a_backup_is_one_line(shop, cli, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("không phải bản sao lưu", encoding="utf-8")

    code, out, err = cli("restore", str(notes), "--yes")

    assert code == 1 and out == ""
    assert err == (
        f"python main.py: {notes} is not a CareDesk backup. Choose a file CareDesk made, "
        "named like caredesk-backup-….zip. Nothing was changed.\n"
    )
    assert customer_count(shop) == 2
