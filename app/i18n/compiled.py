"""The compiled catalogues: .po -> .mo with Babel when stale, loaded with `gettext`.

The .mo files are build products (not committed): each start compiles a .po that is newer
than its .mo, beside it, or in data_dir()/translations when that folder is read-only (an
installed copy).
"""

from __future__ import annotations

import gettext
import logging
import os
from functools import cache
from pathlib import Path

from app.config import data_dir

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
DOMAIN = "caredesk"

log = logging.getLogger(__name__)


class _Untranslated(gettext.NullTranslations):
    """The last fallback: "" says "no translation", which the Qt translator must know."""

    def gettext(self, message: str) -> str:
        return ""

    def pgettext(self, context: str, message: str) -> str:
        return ""

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return ""

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return ""


def po_path(lang: str, source_dir: Path = TRANSLATIONS_DIR) -> Path:
    return source_dir / f"{DOMAIN}_{lang}.po"


def _is_fresh(mo: Path, po: Path) -> bool:
    try:
        return mo.is_file() and mo.stat().st_mtime >= po.stat().st_mtime
    except OSError:
        return False


def _compile(po: Path, mo: Path) -> bool:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    try:
        mo.parent.mkdir(parents=True, exist_ok=True)
        with po.open("rb") as source:
            catalogue = read_po(source)
    except (OSError, ValueError) as exc:
        log.warning("cannot read %s: %s", po, exc)
        return False
    # Written beside the target, then renamed: a second seat starting at the same moment
    # never loads a half-written file.
    partial = mo.with_name(f"{mo.name}.{os.getpid()}.tmp")
    try:
        with partial.open("wb") as out:
            write_mo(out, catalogue)
        os.replace(partial, mo)
        return True
    except OSError as exc:
        log.warning("cannot write %s: %s", mo, exc)
        return False
    finally:
        partial.unlink(missing_ok=True)


def compiled_catalogue(
    lang: str, source_dir: Path = TRANSLATIONS_DIR, cache_dir: Path | None = None
) -> Path | None:
    """The up-to-date .mo for `lang`, built if needed; None when there is no catalogue."""
    po = po_path(lang, source_dir)
    if not po.is_file():
        return None
    cache_dir = cache_dir if cache_dir is not None else data_dir() / "translations"
    candidates = (po.with_suffix(".mo"), cache_dir / f"{DOMAIN}_{lang}.mo")
    for mo in candidates:
        if _is_fresh(mo, po):
            return mo
    for mo in candidates:
        if _compile(po, mo):
            return mo
    # An older translation beats none at all.
    return next((mo for mo in candidates if mo.is_file()), None)


@cache
def translations(lang: str) -> gettext.NullTranslations | None:
    """The loaded catalogue of `lang`, or None when it has none (or it cannot be read)."""
    mo = compiled_catalogue(lang)
    if mo is None:
        return None
    try:
        with mo.open("rb") as data:
            found = gettext.GNUTranslations(data)
    except (OSError, gettext.error) as exc:
        log.warning("cannot load %s: %s", mo, exc)
        return None
    found.add_fallback(_Untranslated())
    return found


def reload() -> None:
    """Forget the loaded catalogues (after the .po files changed)."""
    translations.cache_clear()
