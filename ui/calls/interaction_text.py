"""How a logged contact reads on the profile: one summary line, and the whole of it.

A contact is never edited; its corrections are shown under it, marked as corrections,
with who added them and when, so the original text and the fix are both in view.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from app.formatting import format_datetime, format_duration
from app.services.customers.customer_timeline import TimelineItem
from ui.labels import channel_labels, direction_labels, label, outcome_labels, topic_labels

SUMMARY_NOTES = 160
CORRECTION_COLOUR = "#6b46c1"


def topic_text(topic: str | None, topic_label: str | None = None) -> str:
    """A supervisor's own topic by its name, a built-in one translated."""
    return topic_label or label(topic_labels(), topic)


def contact_kind(item: TimelineItem) -> str:
    """ "Phone · Inbound · Warranty"."""
    parts = (
        label(channel_labels(), item.channel),
        label(direction_labels(), item.direction),
        topic_text(item.title, item.topic_label),
    )
    return " · ".join(p for p in parts if p)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def interaction_summary(item: TimelineItem) -> str:
    """The contact in one line: when, how, about what, who, and how the notes begin."""
    parts = [format_datetime(item.at), contact_kind(item), item.agent_name or ""]
    line = " · ".join(p for p in parts if p)
    notes = _shorten(item.detail or "", SUMMARY_NOTES)
    return f"{line}\n{notes}" if notes else line


def facts_line(item: TimelineItem) -> str:
    """Agent, length, outcome and satisfaction, those that are known."""
    translate = QCoreApplication.translate  # literal calls below: the extractor reads them
    facts = []
    if item.agent_name:
        facts.append(translate("InteractionText", "Agent: {name}").format(name=item.agent_name))
    if item.duration_seconds is not None:
        facts.append(
            translate("InteractionText", "Length: {length}").format(
                length=format_duration(item.duration_seconds)
            )
        )
    if item.status:
        facts.append(
            translate("InteractionText", "Outcome: {outcome}").format(
                outcome=label(outcome_labels(), item.status)
            )
        )
    if item.satisfaction is not None:
        facts.append(
            translate("InteractionText", "Satisfaction: {score}/5").format(score=item.satisfaction)
        )
    return " · ".join(facts)


def answer_line(question: str, answer: str) -> str:
    """ "Question: answer"; a question that ends in "?" or ":" needs no colon of its own."""
    question = question.strip()
    joiner = " " if question.endswith(("?", ":", "？")) else ": "
    return f"{question}{joiner}{answer}"


def _paragraphs(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


def interaction_html(item: TimelineItem) -> str:
    """The whole contact as rich text: facts, notes, script answers, then its corrections."""
    blocks = []
    facts = facts_line(item)
    if facts:
        blocks.append(escape(facts))
    if item.detail:
        blocks.append(_paragraphs(item.detail))
    for a in item.script_answers:
        blocks.append(f"• {escape(answer_line(a.question, ''))}<b>{escape(a.answer)}</b>")
    for correction in item.corrections:
        heading = QCoreApplication.translate(
            "InteractionText", "Correction, {when}, {agent}:"
        ).format(when=format_datetime(correction.at), agent=correction.agent_name or "—")
        blocks.append(
            f"<span style='color:{CORRECTION_COLOUR}'><b>{escape(heading)}</b> "
            f"{_paragraphs(correction.note)}</span>"
        )
    return "<br>".join(blocks)
