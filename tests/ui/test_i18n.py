"""The Vietnamese catalogue: complete, in step with the code, built and loaded at start."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication

from app import i18n as app_i18n
from ui.i18n import apply_language, compiled_catalogue
from ui.resource_paths import TRANSLATIONS_DIR

UI_DIR = Path(__file__).resolve().parents[2] / "ui"
CATALOGUE = TRANSLATIONS_DIR / "caredesk_vi.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def test_every_string_is_translated():
    unfinished = [
        key
        for key, translation in messages(CATALOGUE).items()
        if translation.get("type") or not (translation.text or "").strip()
    ]
    assert unfinished == []


def test_translations_keep_placeholders_and_line_breaks():
    for (_, source), translation in messages(CATALOGUE).items():
        text = translation.text or ""
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source
        assert text.count("\n") == source.count("\n"), source


def test_catalogue_matches_the_strings_in_the_code(tmp_path):
    """Fails when a tr() string was added or changed without refreshing the .ts."""
    lupdate = Path(PySide6.__file__).parent / (
        "lupdate.exe" if sys.platform == "win32" else "lupdate"
    )
    if not lupdate.is_file():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)

    assert set(messages(fresh)) == set(messages(CATALOGUE))


def test_catalogue_is_built_when_missing_and_rebuilt_when_older(tmp_path):
    source_dir = tmp_path / "translations"
    source_dir.mkdir()
    ts = source_dir / "caredesk_vi.ts"
    shutil.copy(CATALOGUE, ts)

    qm = compiled_catalogue("vi", source_dir, tmp_path / "cache")
    assert qm == source_dir / "caredesk_vi.qm"
    assert qm.stat().st_size > 1000

    ts.touch()
    old = qm.stat().st_mtime - 60
    os.utime(qm, (old, old))
    assert compiled_catalogue("vi", source_dir, tmp_path / "cache") == qm
    assert qm.stat().st_mtime >= ts.stat().st_mtime


def test_a_catalogue_folder_that_cannot_take_the_qm_falls_back_to_the_cache(tmp_path):
    source_dir = tmp_path / "translations"
    source_dir.mkdir()
    shutil.copy(CATALOGUE, source_dir / "caredesk_vi.ts")
    # Tests run as root, where permissions cannot make a folder read-only; a folder in
    # the way of the .qm makes writing it fail just the same.
    (source_dir / "caredesk_vi.qm").mkdir()

    qm = compiled_catalogue("vi", source_dir, tmp_path / "cache")

    assert qm == tmp_path / "cache" / "caredesk_vi.qm"
    assert qm.is_file()


def test_no_catalogue_for_a_language_means_none():
    assert compiled_catalogue("fr") is None


def test_switching_language_switches_qt_and_app_text():
    apply_language("vi")
    assert app_i18n.language() == "vi"
    assert QCoreApplication.translate("MainWindow", "Home") == "Trang chủ"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"

    apply_language("en")
    assert app_i18n.language() == "en"
    assert QCoreApplication.translate("MainWindow", "Home") == "Home"


@pytest.mark.parametrize("asked", ["de", "xx"])
def test_an_unsupported_language_falls_back_to_english(asked):
    assert apply_language(asked) == "en"
