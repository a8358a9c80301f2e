"""DESIGN.md: ui/ asks app.services and never builds a query itself."""

from __future__ import annotations

import ast
from pathlib import Path

UI_DIR = Path(__file__).resolve().parents[2] / "ui"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_ui_never_imports_sqlalchemy():
    offenders = {
        str(path.relative_to(UI_DIR.parent))
        for path in UI_DIR.rglob("*.py")
        if any(m == "sqlalchemy" or m.startswith("sqlalchemy.") for m in imported_modules(path))
    }
    assert offenders == set()
