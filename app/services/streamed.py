"""A long list read as one streamed query, a batch of rows at a time: what an export
reads. Offset or keyset pages would make the database walk the list again for each page
(SQLite cannot seek to an OR over two columns), and a million rows would take minutes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import Session

T = TypeVar("T")


def streamed(
    session: Session, query: Select, row: Callable[[Any], T], batch: int
) -> Iterator[tuple[T, ...]]:
    """The rows of `query`, each made by `row`, `batch` at a time. The caller builds the
    query (and refuses whoever may not read it) before calling; nothing is read until the
    first batch is asked for, and the result is closed however the reading ends."""
    query = query.execution_options(yield_per=batch)

    def batches() -> Iterator[tuple[T, ...]]:
        result = session.execute(query)
        try:
            for part in result.partitions():
                yield tuple(row(r) for r in part)
        finally:
            result.close()

    return batches()
