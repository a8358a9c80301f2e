"""The UI language: Qt's tr() answered from the app's gettext catalogue, and Qt's own .qm.

Screens call self.tr("..."), self.tr("...", "disambiguation"), self.tr("%n x(s)", "", n)
and QCoreApplication.translate(context, "..."). CatalogueTranslator answers them from
resources/translations/caredesk_<lang>.po (app.i18n): the disambiguation is the msgctxt,
Qt's class-name context is ignored, so one English string has one translation on every
screen and in every export. After changing UI text: `python -m app.i18n.catalogue update`.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n as app_i18n
from app.formatting import format_count
from app.i18n.compiled import translations
from ui.qt_strings import QT_CONTEXTS

LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}
# A Qt class's own context ("QShortcut", "QPlatformTheme"); ours are never Q + capital.
_QT_CLASS = re.compile(r"Q[A-Z]")

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def language_name(lang: str) -> str:
    """A language's name in that language, as language pickers show it."""
    return LANGUAGE_NAMES.get(lang, lang)


class CatalogueTranslator(QTranslator):
    """Answers Qt's lookups from the gettext catalogue of the current app language."""

    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # Qt's own lookups are answered only for the classes ui/qt_strings.py lists: a key
        # name such as QShortcut's "Home" or "Return" must not become a screen's word.
        if context and _QT_CLASS.match(context) and context not in QT_CONTEXTS:
            return None
        if n < 0:
            found = app_i18n.lookup(source_text, disambiguation or None)
        else:
            found = app_i18n.lookup(source_text, disambiguation or None, source_text, n)
            # Qt would write the count as bare digits; ours groups them as the language does.
            found = found.replace("%Ln", format_count(n)).replace("%n", format_count(n))
        # None, not "": Qt keeps the source text only for a null string.
        return found or None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def _load_qt_own(lang: str) -> QTranslator | None:
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{lang}", folder) else None


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
    else:
        # Day-first dates and "1,234" grouping, like the English text the app prints.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    # Qt ships no Vietnamese for its own dialogs today; when a release does, it is used,
    # installed first so that ours (installed last, asked first) wins where both answer.
    own = _load_qt_own(lang) if lang == "vi" else None
    if translations(lang) is None:
        log.warning("No %s catalogue could be loaded; the UI stays in English", lang)
    for translator in (own, CatalogueTranslator()):
        if translator is not None:
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    return lang
