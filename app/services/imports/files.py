"""What kind of file a person chose, told from its first bytes, not from its name.

A workbook saved as .csv, a CSV saved as .xlsx, a PDF or a photo chosen by mistake: each
is recognised before anything is read, and a file too large to import is refused before
it is opened, so a 2 GB file never reaches memory.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.errors import ValidationError
from app.i18n import t

CSV, XLSX = "csv", "xlsx"
MAX_FILE_BYTES = 100 * 1024 * 1024  # about 800,000 customers in a CSV file
SAMPLE_BYTES = 64 * 1024

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 .xls (and old Word files)
_BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"BM",
    b"Rar!",
    b"7z\xbc\xaf",
    b"\x1f\x8b",
    b"MZ",
    b"SQLite format 3",
)


@dataclass(frozen=True)
class ImportFile:
    """A file to import: on disk, or bytes already in memory (tests, the command line)."""

    name: str
    path: Path | None = None
    content: bytes | None = None

    @classmethod
    def from_path(cls, path: Path) -> ImportFile:
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise ValidationError(t("There is no file {path}.", path=path)) from None
        except OSError as exc:
            raise ValidationError(
                t("Cannot read {path}: {reason}.", path=path, reason=exc.strerror)
            ) from None
        if path.is_dir():
            raise ValidationError(t("{path} is a folder, not a file to import.", path=path))
        _check_size(size)
        return cls(path.name, path=path)

    @classmethod
    def from_bytes(cls, content: bytes, name: str = "") -> ImportFile:
        _check_size(len(content))
        return cls(name, content=content)

    def open(self) -> BinaryIO:
        if self.content is not None:
            return io.BytesIO(self.content)
        assert self.path is not None
        try:
            return self.path.open("rb")
        except OSError as exc:
            raise ValidationError(
                t("Cannot read {path}: {reason}.", path=self.path, reason=exc.strerror)
            ) from None

    def head(self, size: int = SAMPLE_BYTES) -> bytes:
        with self.open() as stream:
            return stream.read(size)

    def read(self) -> bytes:
        with self.open() as stream:
            return stream.read()


def _check_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            t(
                "The file is {size} MB; CareDesk imports files of up to {limit} MB at a time. "
                "Split it into smaller files (for example by year) and import them one after "
                "the other. Nothing was loaded.",
                size=f"{size / 2**20:,.0f}",
                limit=MAX_FILE_BYTES // 2**20,
            )
        )


def file_kind(file: ImportFile) -> str:
    """CSV or XLSX, from the content; anything else is refused with what to do instead."""
    head = file.head(SAMPLE_BYTES)
    if not head.strip():
        raise ValidationError(
            t(
                "The file is empty: its first line must name the columns, such as "
                "full_name,phone,email. Nothing was loaded."
            )
        )
    if head.startswith(_ZIP):
        if _is_workbook(file):
            return XLSX
        raise not_a_table()
    if head.startswith(_OLE2):
        raise ValidationError(
            t(
                "This is an Excel 97-2003 workbook (.xls), which CareDesk does not read. Open it "
                "in Excel and choose File > Save As > “Excel Workbook (.xlsx)”, then import that "
                "file. Nothing was loaded."
            )
        )
    if head.startswith(_BINARY_MAGIC):
        raise not_a_table()
    return CSV


def _is_workbook(file: ImportFile) -> bool:
    try:
        with file.open() as stream, zipfile.ZipFile(stream) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return False
    return "xl/workbook.xml" in names


def not_a_table() -> ValidationError:
    """The refusal for a file that holds no table CareDesk can read."""
    return ValidationError(
        t(
            "This file is neither a CSV file nor an Excel workbook (.xlsx). In Excel, choose "
            "File > Save As and pick “Excel Workbook (.xlsx)” or “CSV UTF-8 (Comma "
            "delimited)”. Nothing was loaded."
        )
    )
