"""Median, 90th percentile and mean of a column, per group, in one SQL statement.

Window functions rank the values in each group; the median is the mean of the middle
rank(s), the 90th percentile the nearest rank ceil(0.9 n), written (9n + 9) / 10 in
integer arithmetic so SQLite and PostgreSQL agree without a CEIL function.
"""

from __future__ import annotations

from sqlalchemy import Select, case, func, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.services.kpis.scope import Scope
from app.services.kpis.window import Values, group_key


def distribution(
    session: Session,
    base: Select,
    value: ColumnElement,
    scope: Scope,
    keys: tuple[str, str, str],
    values: Values,
) -> None:
    """`base` selects the records (FROM and WHERE); `keys` names (median, p90, mean)."""
    group = scope.group if scope.group is not None else literal("")
    ranked = scope.apply(
        base.add_columns(
            group.label("g"),
            value.label("x"),
            func.row_number().over(partition_by=group, order_by=value).label("rn"),
            func.count().over(partition_by=group).label("n"),
        ).where(value.is_not(None))
    )
    # apply() may have added a GROUP BY: ranking needs the rows themselves.
    ranked = ranked.group_by(None).subquery()
    n, rn, x = ranked.c.n, ranked.c.rn, ranked.c.x
    rows = session.execute(
        select(
            ranked.c.g,
            func.count(),
            func.avg(case((rn.in_([(n + 1) // 2, (n + 2) // 2]), x))),
            func.min(case((rn >= (9 * n + 9) // 10, x))),
            func.avg(x),
        ).group_by(ranked.c.g)
    ).all()
    median, p90, mean = keys
    for g, count, med, pct, avg in rows:
        key = group_key(g) if scope.group is not None else None
        slot = values.setdefault(key, {})
        slot[median] = (float(med), count)
        slot[p90] = (float(pct), count)
        slot[mean] = (float(avg), count)
