"""Call topics and their scripts: what a contact was about, and what to ask about it.

The nine built-in topics always exist (their names are translated on screen); a
supervisor can add topics of their own, switch any topic off for new contacts, and
give each a short list of questions the agent should ask. The whole list is one
setting row, so a change is one audited write and every seat reads the same list.
Old contacts keep the topic they were logged with, even one switched off since.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.formatting import format_count
from app.i18n import t
from app.models import Setting
from app.services import audit
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.changes import writes
from app.services.stored_text import READER, Words
from app.text import fold, nfc

SETTING_KEY = "calls.topics"
BUILT_IN: tuple[str, ...] = (
    "product_question",
    "usage_guidance",
    "warranty",
    "return",
    "delivery",
    "billing",
    "complaint",
    "praise",
    "other",
)
# A script is a few questions read during a call, not a questionnaire.
MAX_QUESTIONS = 10
MAX_QUESTION_LENGTH = 200
MAX_LABEL_LENGTH = 60
_KEY_WIDTH = 40  # interactions.topic


@dataclass(frozen=True)
class CallTopic:
    """`label` is None for a built-in topic (the screen translates its key)."""

    key: str
    label: str | None
    questions: tuple[str, ...]
    active: bool = True

    @property
    def built_in(self) -> bool:
        return self.key in BUILT_IN


def default_questions(w: Words = READER) -> dict[str, tuple[str, ...]]:
    """What a built-in topic's script asks until a supervisor writes their own (in `w`: a
    contact stores the English of these, see contact_text)."""
    return {
        "product_question": (
            w.t("Which product (model) is it about?"),
            w.t("Did the customer buy it from us? Which store?"),
        ),
        "usage_guidance": (
            w.t("Which product and model?"),
            w.t("What is the customer trying to do?"),
            w.t("Did the guidance solve it while on the line?"),
        ),
        "warranty": (
            w.t("What is the serial number on the product label?"),
            w.t("When and where was it bought (invoice number)?"),
            w.t("What is the fault, and since when?"),
        ),
        "return": (
            w.t("What is the invoice number?"),
            w.t("Why does the customer want to return it?"),
            w.t("Is the product unused, with its box and accessories?"),
        ),
        "delivery": (
            w.t("What is the invoice or order number?"),
            w.t("Which delivery address and time suit the customer?"),
        ),
        "billing": (w.t("What is the invoice number?"), w.t("Which amount is in question?")),
        "complaint": (
            w.t("What happened, and when?"),
            w.t("What would the customer like us to do?"),
        ),
    }


def _stored(session: Session) -> list[dict]:
    row = session.get(Setting, SETTING_KEY)
    return list(row.value) if row is not None and isinstance(row.value, list) else []


def list_topics(session: Session, include_inactive: bool = False) -> tuple[CallTopic, ...]:
    """Built-in topics first in their usual order, then the added ones as they were added."""
    stored = {entry.get("key"): entry for entry in _stored(session) if isinstance(entry, dict)}
    keys = [*BUILT_IN, *(k for k in stored if k not in BUILT_IN)]
    defaults = default_questions()
    topics = []
    for key in keys:
        entry = stored.get(key, {})
        topic = CallTopic(
            key=key,
            label=None if key in BUILT_IN else str(entry.get("label") or key),
            questions=tuple(str(q) for q in entry.get("questions", defaults.get(key, ()))),
            active=bool(entry.get("active", True)),
        )
        if topic.active or include_inactive:
            topics.append(topic)
    return tuple(topics)


def custom_topic_names(session: Session) -> dict[str, str]:
    """key -> name of every topic a supervisor added (built-in ones are translated)."""
    return {tp.key: tp.label for tp in list_topics(session, True) if tp.label}


def get_topic(session: Session, key: str) -> CallTopic:
    for topic in list_topics(session, include_inactive=True):
        if topic.key == key:
            return topic
    raise NotFound(t("There is no call topic “{key}”.", key=key))


def _clean_questions(questions: Sequence[str]) -> tuple[str, ...]:
    cleaned = tuple(q for q in (nfc(q).strip() for q in questions) if q)
    if len(cleaned) > MAX_QUESTIONS:
        raise ValidationError(
            t(
                "A script holds at most {n} questions; this one has {count}.",
                n=MAX_QUESTIONS,
                count=len(cleaned),
            ),
            "questions",
        )
    for question in cleaned:
        if len(question) > MAX_QUESTION_LENGTH:
            raise ValidationError(
                t(
                    "“{start}…” is {count} characters long; a question holds at most {n}.",
                    start=question[:30],
                    count=format_count(len(question)),
                    n=MAX_QUESTION_LENGTH,
                ),
                "questions",
            )
    return cleaned


def _new_key(label: str, taken: set[str]) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_")[: _KEY_WIDTH - 8] or "topic"
    key, n = f"custom_{slug}", 2
    while key in taken:
        key, n = f"custom_{slug}_{n}", n + 1
    return key


@writes("topic")
def save_topic(
    session: Session,
    actor: Actor,
    key: str | None,
    questions: Sequence[str],
    label: str | None = None,
    active: bool = True,
) -> CallTopic:
    """Create (key None, a label required) or change a topic: its script, its label (added
    topics only) and whether new contacts may use it."""
    require(actor, "script.edit")
    topics = list_topics(session, include_inactive=True)
    by_key = {topic.key: topic for topic in topics}
    if key is not None and key not in by_key:
        raise NotFound(t("There is no call topic “{key}”.", key=key))
    if key is None or key not in BUILT_IN:
        label = nfc(label or "").strip()
        if not label:
            raise ValidationError(t("Give the topic a name."), "label")
        if len(label) > MAX_LABEL_LENGTH:
            raise ValidationError(
                t("A topic name holds at most {n} characters.", n=MAX_LABEL_LENGTH), "label"
            )
        clash = [
            k for k, tp in by_key.items() if k != key and tp.label and fold(tp.label) == fold(label)
        ]
        if clash:
            raise ValidationError(t("There is already a topic “{label}”.", label=label), "label")
    else:
        label = None
    cleaned = _clean_questions(questions)
    if key is None:
        key = _new_key(label or "", set(by_key))
    saved = CallTopic(key=key, label=label, questions=cleaned, active=active)
    before = by_key.get(key)
    entries = [
        {"key": tp.key, "label": tp.label, "questions": list(tp.questions), "active": tp.active}
        for tp in (saved if tp.key == key else tp for tp in (*topics, *([] if before else [saved])))
    ]
    row = session.get(Setting, SETTING_KEY)
    if row is None:
        session.add(Setting(key=SETTING_KEY, value=entries, updated_by_id=actor.user_id))
    else:
        row.value = entries
        row.updated_by_id = actor.user_id
    session.flush()
    after = {"label": saved.label, "questions": list(saved.questions), "active": saved.active}
    if before is None:
        audit.record(session, actor, "call_topic", key, "create", None, after)
    else:
        old = {"label": before.label, "questions": list(before.questions), "active": before.active}
        audit.record(session, actor, "call_topic", key, "update", old, after)
    return saved
