"""The customer name index: every word of a folded name as a row of customer_name_tokens.

"Nguyễn Thị Đào" is stored as nguyen, thi, dao. A word typed in the search box is then a
prefix range over an indexed column ("dao" <= token < "dao" + the highest character), so
a name query costs a few index seeks whatever the number of customers, where a
`LIKE '%dao%'` would read every name.

Whoever changes a customer's full_name (create, edit, merge, import) calls
`reindex_customer_names` in the same transaction; bulk loaders insert `token_rows`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.models import Customer, CustomerNameToken
from app.text import fold

# The column's width; a longer word is indexed (and searched) by its first 60 characters.
TOKEN_LENGTH = 60
# Letters and digits of any script; everything else (spaces, hyphens, dots...) separates.
_WORD = re.compile(r"[^\W_]+")
# Comfortably under every backend's limit on bound parameters in one statement.
_CHUNK = 500


@lru_cache(maxsize=65_536)
def name_tokens(full_name: str) -> tuple[str, ...]:
    """The distinct words of fold(full_name), in the order they appear.

    Cached: a customer base repeats the same few thousand names, and bulk loads and
    imports fold each of them once.
    """
    words = (word[:TOKEN_LENGTH] for word in _WORD.findall(fold(full_name)))
    return tuple(dict.fromkeys(words))


def token_rows(customer_id: int, full_name: str) -> list[dict[str, object]]:
    """Rows of customer_name_tokens for one customer, for a Core executemany insert."""
    return [{"token": token, "customer_id": customer_id} for token in name_tokens(full_name)]


def reindex_customer_names(session: Session, customer_ids: Iterable[int]) -> None:
    """Make the name index of these customers match their current full_name.

    Reads the names through the session (pending changes are flushed first), so call it
    after setting full_name and before the unit of work commits. An id with no customer
    behind it just loses its tokens.
    """
    ids = sorted(set(customer_ids))
    table = CustomerNameToken.__table__
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        names = session.execute(
            select(Customer.id, Customer.full_name).where(Customer.id.in_(chunk))
        ).all()
        session.execute(delete(table).where(table.c.customer_id.in_(chunk)))
        rows = [row for cid, full_name in names for row in token_rows(cid, full_name)]
        if rows:
            session.execute(insert(table), rows)
