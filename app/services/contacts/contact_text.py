"""A contact's words that the app wrote, as shown in the reader's language: the line above
the notes, and the questions of its script that the app itself asked.

The contact keeps summary_key and summary_params, never the sentence: a follow-up logged
by completing a reminder reads "Follow-up “<title>”: <how it went>" in Vietnamese for a
Vietnamese seat and in English for an English one, whoever completed it. Script answers
are stored as [[question, answer], ...]: a built-in topic's default question (or the CSAT
and CES of a follow-up) is stored in English and worded when shown; one a supervisor
wrote is kept as written.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.services.contacts.call_topics import default_questions
from app.services.reminders.reminder_text import follow_up_summary, score_questions
from app.services.stored_text import ENGLISH, READER, Words

FOLLOW_UP = "follow_up"


def contact_summary(key: str | None, params: Mapping | None, w: Words = READER) -> str:
    """The system's line of a contact; "" for none or a kind this version does not know."""
    if key == FOLLOW_UP and isinstance(params, Mapping):
        return follow_up_summary(params, w)
    return ""


def contact_notes(key: str | None, params: Mapping | None, notes: str, w: Words = READER) -> str:
    """The notes a reader sees: the system's line, then what was typed."""
    summary = contact_summary(key, params, w)
    return f"{summary}\n{notes}".strip() if summary else notes


def _app_questions(w: Words) -> list[str]:
    """Every question the app itself words, in the same order whatever `w`."""
    defaults = [q for questions in default_questions(w).values() for q in questions]
    return [*defaults, *score_questions(w)]


def question_to_store() -> dict[str, str]:
    """{the question as this seat shows it: the English a contact stores}."""
    return dict(zip(_app_questions(READER), _app_questions(ENGLISH), strict=True))


def question_to_show() -> dict[str, str]:
    """{the English a contact stores: the question in the reader's language}."""
    return dict(zip(_app_questions(ENGLISH), _app_questions(READER), strict=True))
