"""The house plan, checked on the code: arrows go one way and nothing imports in a circle.

main.py -> ui -> app.services -> app.models -> app.db, and no module reaches itself
through others, not even through an import inside a function.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules() -> dict[str, Path]:
    paths = [ROOT / "main.py", *(ROOT / "app").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]
    return {_module_name(p): p for p in paths if "__pycache__" not in p.parts}


def imports_of(path: Path, known: dict[str, Path]) -> set[str]:
    """The project modules a file imports, anywhere in it (functions included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                child = f"{node.module}.{alias.name}"
                found.add(child if child in known else node.module)
    return {name for name in found if name in known}


def graph() -> dict[str, set[str]]:
    known = project_modules()
    return {name: imports_of(path, known) - {name} for name, path in known.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> Iterator[None]:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges[node]):
            if target not in index:
                yield from visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            for _ in visit(node):
                pass
    return found


def test_no_module_imports_itself_through_others():
    assert cycles(graph()) == []


def test_the_cycle_finder_finds_a_circle_through_three_and_not_a_chain():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def _offenders(importer_prefix: str, forbidden: tuple[str, ...]) -> set[str]:
    edges = graph()
    return {
        f"{name} -> {target}"
        for name, targets in edges.items()
        if name == importer_prefix or name.startswith(importer_prefix + ".")
        for target in targets
        if any(target == f or target.startswith(f + ".") for f in forbidden)
    }


def test_arrows_go_one_way():
    assert _offenders("app", ("ui", "main")) == set()
    assert _offenders("app.models", ("app.services", "app.cli")) == set()
    assert _offenders("app.db", ("app.services", "app.cli")) == set()
    assert _offenders("app.services", ("app.cli",)) == set()
    assert _offenders("ui", ("main",)) == set()


def test_app_has_no_qt():
    offenders = {
        name
        for name, path in project_modules().items()
        if name.startswith("app")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Import | ast.ImportFrom)
        and any(
            (alias.name if isinstance(node, ast.Import) else node.module or "").startswith(
                "PySide6"
            )
            for alias in node.names
        )
    }
    assert offenders == set()
