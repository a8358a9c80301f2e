"""Keep the .po catalogues in step with the code: extract every message with Babel.

    python -m app.i18n.catalogue update   # add new messages (empty), drop obsolete ones
    python -m app.i18n.catalogue check    # exit 1, listing what is missing or wrong

Messages are the literal first arguments of t(), tn(), tp() in app/ and main.py, and of
tr(), QCoreApplication.translate(), QT_TRANSLATE_NOOP() and QT_TR_NOOP() in ui/. Qt's
class-name context is dropped (one English string has one translation everywhere); a tr()
disambiguation becomes the msgctxt, as tp()'s context does. A Qt string with %n is a
plural: caredesk_en.po holds only those, with their English singular and plural.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract as extract_file
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from app.i18n.compiled import DOMAIN, TRANSLATIONS_DIR, po_path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("app", "ui", "main.py")
LANGUAGES = ("vi", "en")

# Babel keyword specs; a dict is keyed by the number of arguments, so self.tr("x", "ctx")
# (2) and self.tr("%n x", "", n) (3) take argument 2 as the msgctxt, and tr("x") has none.
# Babel counts a trailing comma as one more (empty) argument, hence the extra arities.
KEYWORDS: dict[str, object] = {
    "t": None,
    "tn": (1, 2),
    "tp": ((1, "c"), 2),
    "tr": {1: (1,), 2: (1, (2, "c")), 3: (1, (2, "c")), 4: (1, (2, "c"))},
    "translate": {2: (2,), 3: (2, (3, "c")), 4: (2, (3, "c")), 5: (2, (3, "c"))},
    "QT_TRANSLATE_NOOP": (2,),
    "QT_TR_NOOP": None,
}
_PLACEHOLDER = re.compile(r"\{([A-Za-z_]\w*)(?:[:!][^{}]*)?\}|%L?n|%\d")

Key = tuple[str, str | None]


def _sources() -> Iterable[tuple[str, int, str | tuple[str, ...], str | None]]:
    # Babel warns on stderr about f-strings passed as keyword values (t("x", n=f"{a:,}")):
    # they are values, not messages.
    with contextlib.redirect_stderr(io.StringIO()):
        for name in SOURCES:
            path = ROOT / name
            if path.is_dir():
                for file, line, message, _comments, context in extract_from_dir(
                    path, keywords=KEYWORDS, comment_tags=()
                ):
                    yield f"{name}/{file}", line, message, context or None
            else:
                with path.open("rb") as data:
                    for line, message, _comments, context in extract_file(
                        "python", data, keywords=KEYWORDS
                    ):
                        yield name, line, message, context or None


def extract() -> Catalog:
    """Every message of the code, with where it is used (files, not lines: less churn)."""
    template = Catalog(domain=DOMAIN)
    for file, _line, message, context in _sources():
        if isinstance(message, str) and "%n" in message:
            message = (message, message)  # Qt's plural: one English text, n forms
        template.add(message, locations=[(file, None)], context=context)
    return template


def is_qt_plural(message: Message) -> bool:
    return message.pluralizable and "%n" in message.id[0]


def load(lang: str, source_dir: Path = TRANSLATIONS_DIR) -> Catalog:
    path = po_path(lang, source_dir)
    if not path.is_file():
        return Catalog(locale=lang, domain=DOMAIN)
    with path.open("rb") as data:
        return read_po(data, locale=lang, domain=DOMAIN)


HEADER = """\
# CareDesk's {lang} catalogue: every message a person reads, English source first.
# Refresh with `python -m app.i18n.catalogue update`, then fill the empty msgstr."""


def save(catalogue: Catalog, lang: str, source_dir: Path = TRANSLATIONS_DIR) -> None:
    catalogue.fuzzy = False  # a fuzzy header would read as "not checked yet"
    catalogue.header_comment = HEADER.format(lang={"vi": "Vietnamese"}.get(lang, "English"))
    catalogue.project, catalogue.version = "CareDesk", "1"
    catalogue.msgid_bugs_address = ""
    catalogue.last_translator = catalogue.language_team = "CareDesk"
    out = io.BytesIO()
    write_po(
        out, catalogue, width=100, sort_output=True, ignore_obsolete=True, include_lineno=False
    )
    po_path(lang, source_dir).write_bytes(out.getvalue())


def _for_language(template: Catalog, lang: str) -> Catalog:
    if lang != "en":
        return template
    # English needs a catalogue only for the plural forms of Qt's "%n ..." strings.
    only = Catalog(domain=DOMAIN)
    for message in template:
        if message.id and is_qt_plural(message):
            only.add(message.id, locations=message.locations, context=message.context)
    return only


def update(source_dir: Path = TRANSLATIONS_DIR) -> None:
    """Bring each .po in step with the code: new messages empty, obsolete ones gone."""
    template = extract()
    for lang in LANGUAGES:
        catalogue = load(lang, source_dir)
        wanted = _for_language(template, lang)
        wanted.creation_date = catalogue.creation_date  # no date churn in the diff
        catalogue.update(wanted, no_fuzzy_matching=True)
        save(catalogue, lang, source_dir)


def _key(message: Message) -> Key:
    msgid = message.id[0] if isinstance(message.id, tuple | list) else message.id
    return msgid, message.context


def _entries(catalogue: Catalog) -> dict[Key, Message]:
    return {_key(m): m for m in catalogue if m.id}


def placeholders(text: str) -> set[str]:
    text = text.replace("{{", "").replace("}}", "")  # str.format's literal braces
    return {match.group(1) or match.group(0) for match in _PLACEHOLDER.finditer(text)}


def _translations(message: Message) -> list[str]:
    return list(message.string) if isinstance(message.string, tuple | list) else [message.string]


def problems(source_dir: Path = TRANSLATIONS_DIR) -> list[str]:
    """What is wrong with the catalogues, one line each; [] when all is well."""
    template = extract()
    found: list[str] = []
    for lang in LANGUAGES:
        wanted = _entries(_for_language(template, lang))
        have = _entries(load(lang, source_dir))
        name = f"{DOMAIN}_{lang}.po"
        found += [f"{name}: missing {key!r}" for key in wanted.keys() - have.keys()]
        found += [f"{name}: obsolete {key!r}" for key in have.keys() - wanted.keys()]
        for key, message in have.items():
            texts = _translations(message)
            if key in wanted and wanted[key].pluralizable != message.pluralizable:
                found.append(
                    f"{name}: {key!r} should be {'un' * (not wanted[key].pluralizable)}pluralizable"
                )
            if not all(texts) or message.fuzzy:
                found.append(f"{name}: untranslated {key!r}")
                continue
            source = message.id[-1] if message.pluralizable else message.id
            for text in texts:
                if placeholders(text) != placeholders(source):
                    found.append(f"{name}: placeholders differ in {key!r}: {text!r}")
    return found


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["update"]:
        update()
        args = ["check"]
    if args != ["check"]:
        print("usage: python -m app.i18n.catalogue update|check", file=sys.stderr)
        return 2
    found = problems()
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
