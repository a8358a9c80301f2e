"""Words the system writes about a record are rendered when shown, never stored translated.

A record keeps a kind and its parameters (a reminder's title_key and title_params, an
event's kind and data, a ledger entry's source); each area's text module turns them into
words in the reader's language. Those modules call `w.t(...)` / `w.tn(...)` on a `Words`
given as a parameter: the literal calls are what the catalogue extraction finds, READER
words them in the reader's language, and ENGLISH gives the English that a NOT NULL column
still keeps beside the key (for exports, older versions, and a key a later version drops).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.i18n import t, tn


def english(source: str, /, **values: object) -> str:
    """`source` untranslated, its {placeholders} filled: what t() gives in English."""
    return source.format(**values) if values else source


def english_n(singular: str, plural: str, n: int, /, **values: object) -> str:
    """What tn() gives in English: the form for `n`, {n} written as English writes it."""
    return (singular if n == 1 else plural).format(**{"n": f"{n:,}", **values})


@dataclass(frozen=True)
class Words:
    """A pair of translators with the signatures of app.i18n.t and tn."""

    t: Callable[..., str]
    tn: Callable[..., str]


READER = Words(t, tn)
ENGLISH = Words(english, english_n)
