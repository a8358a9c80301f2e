"""Names of contact values in the app's language, for exports and the command line.

The screens have their own Qt-translated copies (ui/labels.py); a file written here is
read by people too, so it says "Gọi đến" rather than "in".
"""

from __future__ import annotations

from app.i18n import t


def channel_names() -> dict[str, str]:
    return {
        "phone": t("Phone"),
        "email": t("Email"),
        "chat": t("Chat"),
        "social": t("Social media"),
        "sms": t("SMS"),
        "store_visit": t("Store visit"),
        "on_site": t("On site"),
        "web_form": t("Web form"),
    }


def direction_names() -> dict[str, str]:
    return {"in": t("Inbound"), "out": t("Outbound")}


def topic_names() -> dict[str, str]:
    """The built-in topics; an added topic carries its own name."""
    return {
        "product_question": t("Product question"),
        "usage_guidance": t("Usage guidance"),
        "warranty": t("Warranty"),
        "return": t("Return"),
        "delivery": t("Delivery"),
        "billing": t("Billing"),
        "complaint": t("Complaint"),
        "praise": t("Praise"),
        "other": t("Other"),
    }


def outcome_names() -> dict[str, str]:
    return {
        "resolved_first_contact": t("Resolved on first contact"),
        "information_given": t("Information given"),
        "callback_needed": t("Callback needed"),
        "complaint_opened": t("Complaint opened"),
        "escalated": t("Escalated"),
        "no_answer": t("No answer"),
        "wrong_number": t("Wrong number"),
    }
