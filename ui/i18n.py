"""The UI language: Qt translators for our catalogue and Qt's own, built from .ts at start.

Source strings are English, passed through tr() / QCoreApplication.translate. The
Vietnamese catalogue is resources/translations/caredesk_vi.ts; its compiled .qm is a
build product (not committed), so it is rebuilt with PySide6's lrelease whenever it is
missing or older than the .ts.

After changing UI text, refresh the catalogue and translate what is new (Qt Linguist,
or by hand: a <translation> without type="unfinished"); tests/ui/test_i18n.py fails
while the two disagree:

    pyside6-lupdate $(find ui -name '*.py') -ts resources/translations/caredesk_vi.ts \
        -target-language vi -no-obsolete -locations relative
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n as app_i18n
from app.config import data_dir
from ui.resource_paths import TRANSLATIONS_DIR

CATALOGUE_NAME = "caredesk"
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}
LRELEASE_TIMEOUT_S = 60

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def language_name(lang: str) -> str:
    """A language's name in that language, as language pickers show it."""
    return LANGUAGE_NAMES.get(lang, lang)


def find_lrelease() -> Path | None:
    """PySide6's bundled lrelease, else one on PATH."""
    exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).parent / exe
    if bundled.is_file():
        return bundled
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


def _is_fresh(qm: Path, ts: Path) -> bool:
    try:
        return qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime
    except OSError:
        return False


def _compile(ts: Path, qm: Path) -> bool:
    lrelease = find_lrelease()
    if lrelease is None:
        log.warning("lrelease not found: cannot build %s", qm)
        return False
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    # Build beside the target and rename: a second seat starting at the same moment
    # never loads a half-written file.
    partial = qm.with_name(f"{qm.name}.{os.getpid()}.tmp")
    try:
        done = subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(partial)],
            capture_output=True,
            text=True,
            timeout=LRELEASE_TIMEOUT_S,
            check=False,
        )
        if done.returncode != 0 or not partial.is_file():
            log.warning("lrelease failed for %s: %s", qm, (done.stderr or done.stdout).strip())
            return False
        os.replace(partial, qm)
        return True
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed for %s: %s", qm, exc)
        return False
    finally:
        partial.unlink(missing_ok=True)


def compiled_catalogue(
    lang: str, source_dir: Path = TRANSLATIONS_DIR, cache_dir: Path | None = None
) -> Path | None:
    """The up-to-date .qm for `lang`, built if needed; None when there is no catalogue.

    The .qm goes beside the .ts; where that folder is read-only (an installed copy)
    it goes to a cache folder in the data dir instead.
    """
    ts = source_dir / f"{CATALOGUE_NAME}_{lang}.ts"
    if not ts.is_file():
        return None
    cache_dir = cache_dir if cache_dir is not None else data_dir() / "translations"
    candidates = (
        source_dir / f"{CATALOGUE_NAME}_{lang}.qm",
        cache_dir / f"{CATALOGUE_NAME}_{lang}.qm",
    )
    for qm in candidates:
        if _is_fresh(qm, ts):
            return qm
    for qm in candidates:
        if _compile(ts, qm):
            return qm
    # An older translation beats none at all.
    return next((qm for qm in candidates if qm.is_file()), None)


def _load(path_or_name: str, folder: str = "") -> QTranslator | None:
    translator = QTranslator()
    if translator.load(path_or_name, folder):
        return translator
    return None


def apply_language(lang: str) -> str:
    """Switch the UI to `lang` ("vi" or "en"): app.i18n, Qt translators and number locale.

    Returns the language in effect. Widgets created afterwards use it; screens already
    built keep their text until they are rebuilt.
    """
    app_i18n.set_language(lang)
    lang = app_i18n.language()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if lang == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Qt ships no Vietnamese for its own dialogs today; when a release does, use it.
        # Until then the buttons Qt draws are translated in our catalogue (ui/qt_strings.py).
        found = [_load("qtbase_vi", qt_dir)]
        qm = compiled_catalogue(lang)
        found.append(_load(str(qm)) if qm else None)
        if found[-1] is None:
            log.warning("No Vietnamese catalogue could be loaded; the UI stays in English")
        for translator in found:
            if translator is not None:
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
    else:
        # Day-first dates and "1,234" grouping, like the English text the app prints.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return lang
