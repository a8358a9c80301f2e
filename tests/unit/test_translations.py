"""Every message the app can print has a Vietnamese translation with the same placeholders."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from app import i18n
from app.locale_vi import CATALOG

ROOT = Path(__file__).resolve().parents[2]


def source_strings() -> dict[str, str]:
    """English strings passed as literals to app.i18n.t(), with where each appears."""
    found: dict[str, str] = {}
    for path in [*sorted((ROOT / "app").rglob("*.py")), ROOT / "main.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "t"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_scan_finds_messages():
    assert len(source_strings()) > 20


def test_every_message_has_a_vietnamese_translation():
    missing = [
        f"{where}: {text!r}" for text, where in source_strings().items() if text not in CATALOG
    ]
    assert missing == []


@pytest.mark.parametrize("source", sorted(CATALOG))
def test_translation_keeps_the_placeholders(source):
    assert placeholders(CATALOG[source]) == placeholders(source)


def test_catalogue_has_no_stale_entries():
    assert sorted(set(CATALOG) - set(source_strings())) == []


def test_t_switches_language_and_fills_values():
    i18n.set_language("vi")
    assert "không phải" in i18n.t("“{v}” is not a whole number", v="abc")
    i18n.set_language("en")
    assert i18n.t("“{v}” is not a whole number", v="abc") == "“abc” is not a whole number"
