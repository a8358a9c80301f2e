"""The gettext catalogues: in step with the code, complete, and t/tn/tp/format_count right."""

from __future__ import annotations

import os
import shutil

import pytest

from app import i18n
from app.formatting import format_count, format_vnd
from app.i18n import catalogue, compiled, t, tn, tp
from app.i18n.compiled import TRANSLATIONS_DIR, compiled_catalogue


@pytest.fixture(scope="module")
def found() -> list[str]:
    return catalogue.problems()


def _kind(found: list[str], word: str) -> list[str]:
    return [line for line in found if f": {word} " in line]


def test_the_extractor_finds_every_kind_of_call():
    keys = {(m.id if isinstance(m.id, str) else m.id[0], m.context) for m in catalogue.extract()}
    assert len(keys) > 1500
    assert ("“{v}” is not a whole number", None) in keys  # t() in app/
    assert ("Tier", "escalation") in keys and ("Tier", "loyalty") in keys  # tp() and tr(x, ctx)
    assert ("{n} month", None) in keys  # tn()
    assert ("%n contact(s)", None) in keys  # tr("%n ...", "", n)
    assert ("Cancel", None) in keys  # QT_TRANSLATE_NOOP
    assert ("Tier", None) not in keys  # every "Tier" says which one it is


def test_every_message_is_in_the_catalogues(found):
    assert _kind(found, "missing") == []


def test_no_obsolete_entries(found):
    assert _kind(found, "obsolete") == []


def test_every_message_has_a_translation(found):
    assert _kind(found, "untranslated") == []


def test_translations_keep_the_placeholders(found):
    assert [line for line in found if "placeholders differ" in line] == []


def test_the_check_command_passes(capsys):
    assert catalogue.main(["check"]) == 0
    assert capsys.readouterr().out == ""
    assert catalogue.main(["nonsense"]) == 2


def test_placeholders_are_names_percent_n_and_numbered_args():
    assert catalogue.placeholders("{name} has %n points, %1 {count:,}") == {
        "name",
        "%n",
        "%1",
        "count",
    }
    assert catalogue.placeholders("no {{braces}}") == set()


def test_a_wrong_placeholder_in_a_translation_is_reported(tmp_path):
    shutil.copy(TRANSLATIONS_DIR / "caredesk_en.po", tmp_path / "caredesk_en.po")
    po = (TRANSLATIONS_DIR / "caredesk_vi.po").read_text(encoding="utf-8")
    good = 'msgstr "“{v}” không phải là số nguyên"'
    assert good in po
    (tmp_path / "caredesk_vi.po").write_text(
        po.replace(good, 'msgstr "“{x}” không phải là số nguyên"'), encoding="utf-8"
    )

    found = [line for line in catalogue.problems(tmp_path) if "placeholders differ" in line]

    assert len(found) == 1
    assert "is not a whole number" in found[0]


@pytest.mark.parametrize(("n", "english"), [(0, "0 months"), (1, "1 month"), (2, "2 months")])
def test_english_plurals(n, english):
    assert tn("{n} month", "{n} months", n) == english


def test_english_plural_of_a_qt_string_comes_from_the_english_catalogue():
    i18n.set_language("en")
    assert i18n.lookup("%n user(s)", None, "%n user(s)", 1) == "%n user"
    assert i18n.lookup("%n user(s)", None, "%n user(s)", 2) == "%n users"


@pytest.mark.parametrize("n", [0, 1, 2, 1234])
def test_vietnamese_has_one_form_for_every_count(n):
    i18n.set_language("vi")
    assert tn("{n} month", "{n} months", n) == f"{format_count(n)} tháng"


def test_vietnamese_words():
    i18n.set_language("vi")
    assert t("Claims") == "Bảo hành"
    assert t("Claim") == "Yêu cầu bảo hành"
    assert t("“{v}” is not a whole number", v="abc") == "“abc” không phải là số nguyên"
    assert tp("loyalty", "Tier") == "Hạng"
    assert tp("escalation", "Tier") == "Bậc xử lý"
    assert tp("reminder rule", "Birthday") == "Sinh nhật"
    assert t("Birthday") == "Ngày sinh"
    assert tn("{n} row skipped", "{n} rows skipped", 1) == "bỏ qua 1 dòng"
    assert (
        tn("{done} of {n} contact", "{done} of {n} contacts", 5000, done="1.000")
        == "1.000 / 5.000 lượt liên hệ"
    )


def test_english_is_the_source_and_an_unknown_text_stays_as_it_is():
    assert t("Claims") == "Claims"
    assert tp("loyalty", "Tier") == "Tier"
    i18n.set_language("vi")
    assert t("Not a message of the catalogue: {x}", x=1) == "Not a message of the catalogue: 1"
    assert tp("nonsense", "Claims") == "Claims"


def test_tn_lets_the_caller_write_n_itself():
    assert tn("{n} month", "{n} months", 2, n="two") == "two months"


@pytest.mark.parametrize(
    ("n", "vi", "en"),
    [(999, "999", "999"), (1000, "1.000", "1,000"), (1234, "1.234", "1,234"), (0, "0", "0")],
)
def test_format_count(n, vi, en):
    assert format_count(n, "vi") == vi
    assert format_count(n, "en") == en
    i18n.set_language("vi")
    assert format_count(n) == vi
    i18n.set_language("en")
    assert format_count(n) == en


def test_money_uses_the_same_grouping():
    assert format_vnd(1_234_567, "vi") == "1.234.567 ₫"
    assert format_vnd(999, "en") == "999 ₫"


def test_an_unsupported_language_falls_back_to_english():
    i18n.set_language("fr")
    assert i18n.language() == "en"


def _copy_po(tmp_path):
    source_dir = tmp_path / "translations"
    source_dir.mkdir()
    shutil.copy(TRANSLATIONS_DIR / "caredesk_vi.po", source_dir)
    return source_dir, source_dir / "caredesk_vi.po"


def test_catalogue_is_compiled_when_missing_and_again_when_older(tmp_path):
    source_dir, po = _copy_po(tmp_path)

    mo = compiled_catalogue("vi", source_dir, tmp_path / "cache")
    assert mo == source_dir / "caredesk_vi.mo"
    assert mo.stat().st_size > 10_000

    os.utime(mo, (po.stat().st_mtime - 60,) * 2)
    assert compiled_catalogue("vi", source_dir, tmp_path / "cache") == mo
    assert mo.stat().st_mtime >= po.stat().st_mtime
    assert not list(source_dir.glob("*.tmp"))


def test_a_folder_that_cannot_take_the_mo_falls_back_to_the_data_folder(tmp_path):
    source_dir, _po = _copy_po(tmp_path)
    # Tests run as root, where permissions cannot make a folder read-only; a folder in
    # the way of the .mo makes writing it fail just the same.
    (source_dir / "caredesk_vi.mo").mkdir()

    mo = compiled_catalogue("vi", source_dir, tmp_path / "cache")

    assert mo == tmp_path / "cache" / "caredesk_vi.mo"
    assert mo.is_file()


def test_the_default_fallback_folder_is_in_the_data_folder(tmp_path, monkeypatch):
    source_dir, _po = _copy_po(tmp_path)
    (source_dir / "caredesk_vi.mo").mkdir()
    monkeypatch.setenv("CAREDESK_DATA_DIR", str(tmp_path / "data"))

    assert compiled_catalogue("vi", source_dir) == tmp_path / "data/translations/caredesk_vi.mo"


def test_no_catalogue_for_a_language_means_none():
    assert compiled_catalogue("fr") is None
    assert compiled.translations("fr") is None


# -- which language a seat starts in -----------------------------------------------------------

LANGUAGE_VARIABLES = ("CAREDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def bare_environment(monkeypatch):
    """No language variable set and an English system locale, unless a test says otherwise."""
    for name in LANGUAGE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(i18n.locale, "getlocale", lambda: ("en_US", "UTF-8"))
    return monkeypatch


def test_lang_given_on_the_command_line_wins(bare_environment):
    bare_environment.setenv("CAREDESK_LANG", "vi")
    assert i18n.detect_language("en") == "en"
    assert i18n.detect_language("vi") == "vi"


@pytest.mark.parametrize("name", LANGUAGE_VARIABLES)
@pytest.mark.parametrize(
    ("value", "expected"), [("vi_VN.UTF-8", "vi"), ("VI", "vi"), ("en_GB", "en")]
)
def test_each_language_variable_is_read(bare_environment, name, value, expected):
    bare_environment.setenv(name, value)
    assert i18n.detect_language() == expected
    assert i18n.detect_language(None) == expected


def test_the_first_variable_set_decides(bare_environment):
    bare_environment.setenv("CAREDESK_LANG", "en")
    bare_environment.setenv("LC_ALL", "vi_VN")
    bare_environment.setenv("LANG", "vi_VN")
    assert i18n.detect_language() == "en"
    bare_environment.setenv("LC_MESSAGES", "en_US")
    bare_environment.delenv("CAREDESK_LANG")
    assert i18n.detect_language() == "vi"  # LC_ALL comes before LC_MESSAGES
    bare_environment.setenv("LC_ALL", "")  # an empty variable is not set
    assert i18n.detect_language() == "en"


@pytest.mark.parametrize(
    ("system", "expected"),
    [(("vi_VN", "UTF-8"), "vi"), (("en_US", "UTF-8"), "en"), ((None, None), "en")],
)
def test_without_variables_the_system_locale_decides(bare_environment, system, expected):
    bare_environment.setattr(i18n.locale, "getlocale", lambda: system)
    assert i18n.detect_language() == expected


def test_a_locale_python_cannot_read_means_english(bare_environment):
    def unreadable():
        raise ValueError("unknown locale: C.UTF-8@xyz")

    bare_environment.setattr(i18n.locale, "getlocale", unreadable)
    assert i18n.detect_language() == "en"


def test_braces_without_values_are_left_as_written():
    assert t("Use {curly} braces") == "Use {curly} braces"
    i18n.set_language("vi")
    assert t("Use {curly} braces") == "Use {curly} braces"


def test_tp_fills_its_values():
    assert tp("nonsense", "{n} apples", n=3) == "3 apples"
    i18n.set_language("vi")
    assert tp("loyalty", "Tier") == "Hạng"
    assert tp("nonsense", "{n} apples", n=3) == "3 apples"


class _Echo:
    """A catalogue that answers with the call it got, to see what lookup() asks for."""

    def gettext(self, source):
        return f"gettext({source})"

    def pgettext(self, context, source):
        return f"pgettext({context}, {source})"

    def ngettext(self, source, plural, n):
        return f"ngettext({source}, {plural}, {n})"

    def npgettext(self, context, source, plural, n):
        return f"npgettext({context}, {source}, {plural}, {n})"


def test_lookup_asks_the_catalogue_for_context_plural_and_count(monkeypatch):
    monkeypatch.setattr(i18n, "translations", lambda lang: _Echo())
    assert i18n.lookup("user") == "gettext(user)"
    assert i18n.lookup("Tier", "loyalty") == "pgettext(loyalty, Tier)"
    assert i18n.lookup("user", None, "users") == "ngettext(user, users, 1)"
    assert i18n.lookup("user", None, "users", 3) == "ngettext(user, users, 3)"
    assert i18n.lookup("day", "age", "days", 2) == "npgettext(age, day, days, 2)"


def test_lookup_without_a_catalogue_says_not_translated(monkeypatch):
    monkeypatch.setattr(i18n, "translations", lambda lang: None)
    assert i18n.lookup("Claims") == ""
    assert t("Claims") == "Claims"
