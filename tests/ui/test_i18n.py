"""Qt's tr() answered from the gettext catalogue: one translation per English string."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject

from app import i18n as app_i18n
from ui.i18n import CatalogueTranslator, apply_language

translate = QCoreApplication.translate


@pytest.fixture
def vietnamese(qapp):
    apply_language("vi")
    yield
    apply_language("en")


def test_switching_language_switches_qt_and_app_text(qapp):
    apply_language("vi")
    assert app_i18n.language() == "vi"
    assert translate("MainWindow", "Home") == "Trang chủ"
    assert QLocale().toString(1234) == "1.234"

    apply_language("en")
    assert app_i18n.language() == "en"
    assert translate("MainWindow", "Home") == "Home"


def test_the_qt_context_is_ignored_and_the_disambiguation_is_the_msgctxt(vietnamese):
    assert translate("ClaimsScreen", "Claims") == translate("AuditField", "Claims") == "Bảo hành"
    assert translate("CustomersModel", "Tier", "loyalty") == "Hạng"
    assert translate("UsersModel", "Tier", "escalation") == "Bậc xử lý"
    assert translate("PhoneLabel", "Home", "phone label") == "Nhà riêng"


class Probe(QObject):
    pass


def test_tr_of_a_qobject_uses_the_catalogue(vietnamese):
    assert Probe().tr("Cancel") == "Hủy"
    assert Probe().tr("Tier", "loyalty") == "Hạng"
    assert Probe().tr("%n customer(s)", "", 1234) == "1.234 khách hàng"


def test_qt_own_strings_come_from_the_catalogue_but_not_key_names(vietnamese):
    assert translate("QPlatformTheme", "Cancel") == "Hủy"
    assert translate("QLineEdit", "&Paste") == translate("QWidgetTextControl", "&Paste")
    # Qt names keys through QShortcut: "Home" and "Return" stay key names.
    assert translate("QShortcut", "Home") == "Home"
    assert translate("QShortcut", "Return") == "Return"


def test_an_untranslated_text_keeps_the_source(vietnamese):
    assert translate("Nowhere", "Not in the catalogue") == "Not in the catalogue"
    assert translate("Nowhere", "%n thing(s)", "", 3) == "3 thing(s)"
    assert CatalogueTranslator().translate("Nowhere", "Not in the catalogue") is None


@pytest.mark.parametrize(
    ("n", "english", "vietnamese"),
    [
        (0, "0 contacts", "0 lượt liên hệ"),
        (1, "1 contact", "1 lượt liên hệ"),
        (2, "2 contacts", "2 lượt liên hệ"),
        (999, "999 contacts", "999 lượt liên hệ"),
        (1234, "1,234 contacts", "1.234 lượt liên hệ"),
    ],
)
def test_percent_n_plurals_and_grouped_counts(qapp, n, english, vietnamese):
    apply_language("en")
    assert translate("CallTotals", "%n contact(s)", "", n) == english
    apply_language("vi")
    assert translate("CallTotals", "%n contact(s)", "", n) == vietnamese
    apply_language("en")


def test_english_plural_forms_of_a_sentence(qapp):
    apply_language("en")
    text = "%n reminder(s) fell due while CareDesk was closed"
    assert translate("Announcer", text, "", 1) == "1 reminder fell due while CareDesk was closed"
    assert translate("Announcer", text, "", 2) == "2 reminders fell due while CareDesk was closed"


@pytest.mark.parametrize("asked", ["de", "xx"])
def test_an_unsupported_language_falls_back_to_english(qapp, asked):
    assert apply_language(asked) == "en"
