"""What a write changes: the kinds of record, declared on the service function itself.

A service function that writes says so with `@writes("customer", "contact")`. The
function is unchanged; the kinds are kept on it (`fn.writes`), so whoever runs it can
tell everyone else what may now read differently (the UI announces them after the unit
of work committed, and each screen decides whether that concerns it). A function without
the mark only reads.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

# The kinds of record a write can change. "contact" is an Interaction (a row of the call
# log); "loyalty" the points ledger and tiers; "import" the journal of an import run;
# "backup" a backup copy of the database (a file, not a record).
KINDS = frozenset(
    {
        "customer",
        "contact",
        "complaint",
        "claim",
        "reminder",
        "purchase",
        "product",
        "user",
        "store",
        "setting",
        "slip",
        "loyalty",
        "topic",
        "template",
        "import",
        "backup",
    }
)

F = TypeVar("F", bound=Callable[..., Any])


def writes(*kinds: str) -> Callable[[F], F]:
    """Mark a service function as one that changes records of `kinds` (at least one)."""
    unknown = sorted(set(kinds) - KINDS)
    if not kinds or unknown:
        raise ValueError(f"writes() takes kinds from {sorted(KINDS)}, not {unknown or '()'}")
    declared = frozenset(kinds)

    def mark(fn: F) -> F:
        fn.writes = declared  # type: ignore[attr-defined]
        return fn

    return mark


def writes_of(fn: Callable[..., Any]) -> frozenset[str] | None:
    """The kinds `fn` declares it writes (through functools.partial), or None for a read."""
    while isinstance(fn, partial):
        fn = fn.func
    declared = getattr(fn, "writes", None)
    return declared if isinstance(declared, frozenset) else None
