"""Every write the UI runs says what it changes, and no read hides a write.

ui/workers.py announces a write's kinds only when the function declares them
(`@writes`, app/services/changes.py), and refuses at run time a write passed as a read or
an undeclared function passed as a write. This walks ui/ with `ast` and checks the same
before anything runs: each function handed to `run_change` declares `writes`, and none
handed to `run_query`, `run_and_wait` or `LatestOnly.run` does.

A function reaches a call in one of these ways, all followed here: named directly (or
through functools.partial); a parameter of the calling method, given by the callers in
the same class or its subclasses; a name the method assigned; or the first item of what a
method like `save_call()` returns (`fn, args = self.save_call()`), for every method of that
name in ui/.
"""

from __future__ import annotations

import ast
import importlib
from dataclasses import dataclass
from pathlib import Path

from app.services.changes import KINDS, writes, writes_of

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
READS = ("run_query", "run_and_wait")


@dataclass(frozen=True)
class Found:
    """What one function expression came to: `writes` (None: reads), or why it could not
    be followed (`unresolved`)."""

    where: str
    writes: frozenset[str] | None = None
    unresolved: str = ""


@dataclass
class Module:
    name: str
    tree: ast.Module
    parents: dict[ast.AST, ast.AST]


def _load() -> list[Module]:
    modules = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        modules.append(Module(str(path.relative_to(ROOT)), tree, parents))
    return modules


MODULES = _load()


def _enclosing(module: Module, node: ast.AST, kind: type | tuple[type, ...]) -> ast.AST | None:
    while node in module.parents:
        node = module.parents[node]
        if isinstance(node, kind):
            return node
    return None


def _params(fn: ast.FunctionDef) -> list[str]:
    names = [a.arg for a in fn.args.posonlyargs + fn.args.args]
    is_method = names[:1] == ["self"]
    return names[1:] if is_method else names


def _declared(fn: ast.FunctionDef) -> frozenset[str] | None:
    for deco in fn.decorator_list:
        if isinstance(deco, ast.Call) and getattr(deco.func, "id", "") == "writes":
            return frozenset(a.value for a in deco.args if isinstance(a, ast.Constant))
    return None


class Resolver:
    def __init__(self) -> None:
        self.seen: set[tuple[str, int, int]] = set()

    def resolve(self, expr: ast.expr, module: Module, depth: int = 0) -> list[Found]:
        where = f"{module.name}:{expr.lineno}"
        if depth > 8:
            return [Found(where, unresolved="followed too far")]
        if isinstance(expr, ast.Call) and getattr(expr.func, "id", "") == "partial":
            return self.resolve(expr.args[0], module, depth + 1)
        if isinstance(expr, ast.Lambda):
            return [Found(where, unresolved="a lambda cannot declare writes")]
        if not isinstance(expr, ast.Name):
            return [Found(where, unresolved=f"cannot follow {ast.unparse(expr)}")]
        return self._name(expr, module, depth)

    def _name(self, name: ast.Name, module: Module, depth: int) -> list[Found]:
        where = f"{module.name}:{name.lineno}"
        fn = _enclosing(module, name, (ast.FunctionDef, ast.AsyncFunctionDef))
        if isinstance(fn, ast.FunctionDef):
            if name.id in _params(fn):
                return self._forwarded(fn, _params(fn).index(name.id), module, depth)
            assigned = self._assigned(fn, name.id, module, depth)
            if assigned is not None:
                return assigned
        for node in module.tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == name.id:
                return [Found(where, _declared(node))]
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    if (alias.asname or alias.name) != name.id:
                        continue
                    if not node.module.startswith("app."):  # and this test stays free of Qt
                        return [Found(where, unresolved=f"{name.id} is not from app.services")]
                    target = getattr(importlib.import_module(node.module), alias.name)
                    return [Found(where, writes_of(target))]
        return [Found(where, unresolved=f"{name.id} is not imported or defined here")]

    def _assigned(
        self, fn: ast.FunctionDef, name: str, module: Module, depth: int
    ) -> list[Found] | None:
        for node in ast.walk(fn):
            if not isinstance(node, ast.Assign):
                continue
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id == name:
                    return self.resolve(node.value, module, depth + 1)
                if (
                    isinstance(target, ast.Tuple)
                    and isinstance(target.elts[0], ast.Name)
                    and target.elts[0].id == name
                    and isinstance(node.value, ast.Call)
                    and isinstance(node.value.func, ast.Attribute)
                ):
                    return self._returned_by(node.value.func.attr, depth)
        return None

    def _returned_by(self, method: str, depth: int) -> list[Found]:
        """The first item of every tuple that any method named `method` returns."""
        found: list[Found] = []
        for module in MODULES:
            for node in ast.walk(module.tree):
                if isinstance(node, ast.FunctionDef) and node.name == method:
                    for ret in ast.walk(node):
                        if isinstance(ret, ast.Return) and isinstance(ret.value, ast.Tuple):
                            found += self.resolve(ret.value.elts[0], module, depth + 1)
        return found

    def _forwarded(
        self, fn: ast.FunctionDef, index: int, module: Module, depth: int
    ) -> list[Found]:
        """What the callers of method `fn` pass as its parameter number `index`."""
        owner = _enclosing(module, fn, ast.ClassDef)
        found: list[Found] = []
        for other in MODULES:
            for cls in ast.walk(other.tree):
                if not isinstance(cls, ast.ClassDef) or owner is None:
                    continue
                bases = {getattr(b, "id", getattr(b, "attr", "")) for b in cls.bases}
                if cls.name != owner.name and owner.name not in bases:
                    continue
                for call in ast.walk(cls):
                    if (
                        isinstance(call, ast.Call)
                        and isinstance(call.func, ast.Attribute)
                        and call.func.attr == fn.name
                        and getattr(call.func.value, "id", "") == "self"
                    ):
                        args = call.args
                        starred = any(isinstance(a, ast.Starred) for a in args[: index + 1])
                        if starred or index >= len(args):
                            where = f"{other.name}:{call.lineno}"
                            found.append(Found(where, unresolved="argument not positional"))
                        else:
                            found += self.resolve(args[index], other, depth + 1)
        if not found:
            where = f"{module.name}:{fn.lineno}"
            return [Found(where, unresolved=f"nobody calls {fn.name}")]
        return found


def _latest_only_attributes(module: Module) -> set[str]:
    """Attributes set to a LatestOnly in `module` (their `.run` is a read)."""
    return {
        target.attr
        for node in ast.walk(module.tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Call)
        and getattr(node.value.func, "id", "") == "LatestOnly"
        for target in node.targets
        if isinstance(target, ast.Attribute)
    }


def calls() -> tuple[list[Found], list[Found]]:
    """(what each run_change call runs, what each read call runs), followed to the end."""
    resolver = Resolver()
    changes: list[Found] = []
    reads: list[Found] = []
    for module in MODULES:
        if module.name == "ui/workers.py":
            continue  # the definitions themselves
        latest = _latest_only_attributes(module)
        for node in ast.walk(module.tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id == "run_change":
                changes += resolver.resolve(node.args[1], module)
            elif isinstance(func, ast.Name) and func.id in READS:
                reads += resolver.resolve(node.args[1], module)
            elif (
                isinstance(func, ast.Attribute)
                and func.attr == "run"
                and isinstance(func.value, ast.Attribute)
                and func.value.attr in latest
            ):
                reads += resolver.resolve(node.args[0], module)
    return changes, reads


CHANGES, READ_CALLS = calls()


def test_every_function_run_as_a_change_declares_what_it_writes():
    assert len(CHANGES) > 40  # the forms and actions of every screen
    unresolved = [f"{f.where}: {f.unresolved}" for f in CHANGES if f.unresolved]
    undeclared = [f.where for f in CHANGES if not f.unresolved and f.writes is None]
    assert unresolved == []
    assert undeclared == []
    assert all(f.writes <= KINDS for f in CHANGES if f.writes)


def test_no_read_runs_a_function_that_writes():
    # A few reads run a function the widget was handed (the Home screen's reader, the
    # customer list's row reader): those run_query itself checks when they run.
    assert len([f for f in READ_CALLS if not f.unresolved]) > 40
    writing = [f"{f.where}: {sorted(f.writes)}" for f in READ_CALLS if f.writes]
    assert writing == []


def test_the_walk_follows_forms_forwarders_and_partials():
    # FormDialog.submit runs what save_call() returns; ReminderWork._run forwards its
    # caller's function; the complaint dialog's steps go through functools.partial.
    where = {f.where.split(":")[0] for f in CHANGES}
    assert {
        "ui/customers/customer_dialog.py",
        "ui/admin/store_dialog.py",
        "ui/reminders/reminder_work.py",
        "ui/complaints/complaint_dialog.py",
        "ui/calls/topics_dialog.py",
    } <= where


def test_writes_marks_the_function_and_leaves_it_as_it_was():
    def note(session, text):
        return text

    marked = writes("contact", "customer")(note)

    assert marked is note and marked(None, "ok") == "ok"
    assert writes_of(note) == {"contact", "customer"}
    assert writes_of(lambda session: None) is None


def test_writes_refuses_no_kind_or_an_unknown_one():
    for kinds in ((), ("customers",)):
        try:
            writes(*kinds)
        except ValueError:
            continue
        raise AssertionError(f"writes{kinds} was accepted")


def test_the_refusal_names_the_kinds_that_were_wrong():
    for kinds, named in (((), "not ()"), (("customers", "contact"), "not ['customers']")):
        try:
            writes(*kinds)
        except ValueError as refused:
            assert str(refused).endswith(named)
            assert "'contact'" in str(refused)  # and lists the kinds there are
        else:
            raise AssertionError(f"writes{kinds} was accepted")


def test_an_attribute_that_only_happens_to_be_called_writes_is_no_declaration():
    def save(session):
        return None

    save.writes = "customer"  # set by hand, not by @writes
    assert writes_of(save) is None
