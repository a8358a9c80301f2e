"""The words printed on slips, in the UI language (app.i18n.t), looked up when rendering."""

from __future__ import annotations

from app.i18n import t, tp


def title(kind: str) -> str:
    return {
        "warranty": t("WARRANTY SLIP"),
        "claim": t("WARRANTY / RETURN RECEIPT"),
        "return": t("PICKUP / RETURN SLIP"),
        "complaint": t("COMPLAINT RECEIPT"),
    }[kind]


def details_heading(kind: str) -> str:
    return {
        "warranty": t("Warranty"),
        "claim": t("Taken in"),
        "return": t("Outcome"),
        "complaint": t("Complaint"),
    }[kind]


def detail_label(key: str) -> str:
    """A detail line's label; a key a newer version wrote shows as it is."""
    labels = {
        "purchase_date": t("Purchase date"),
        "delivery_date": t("Delivery date"),
        "warranty_period": t("Warranty period"),
        "warranty_end": t("Warranty until"),
        "price": t("Price paid"),
        "claim_number": t("Claim number"),
        "claim_kind": t("Request"),
        "received_at": tp("date", "Received"),
        "fault": t("Fault as described"),
        "condition": t("Condition on receipt"),
        "accessories": t("Accessories received"),
        "in_warranty": t("Warranty"),
        "expected_return": t("Expected return date"),
        "quoted_cost": t("Quoted repair cost"),
        "status": t("Handled as"),
        "replacement_serial": t("Replacement serial number"),
        "refund": t("Amount refunded"),
        "reason": t("Reason"),
        "completed_at": t("Completed"),
        "complaint_number": t("Complaint number"),
        "category": t("Category"),
        "channel": t("Received via"),
        "description": t("Description"),
        "resolution_due": t("Answer expected by"),
    }
    return labels.get(key, key)


def claim_kind_label(kind: str) -> str:
    return {
        "repair": t("Warranty repair"),
        "exchange": t("Exchange"),
        "return": t("Return and refund"),
    }.get(kind, kind)


def claim_status_label(status: str) -> str:
    return {
        "received": t("Received"),
        "diagnosing": t("Diagnosing"),
        "waiting_parts": t("Waiting for parts"),
        "repairing": t("Repairing"),
        "ready": t("Ready for pickup"),
        "returned": t("Returned to customer"),
        "rejected": t("Rejected"),
        "exchanged": t("Exchanged"),
        "refunded": t("Refunded"),
    }.get(status, status)


def complaint_category_label(category: str) -> str:
    return {
        "product_defect": t("Product defect"),
        "delivery": t("Delivery"),
        "installation": t("Installation"),
        "billing": t("Billing"),
        "staff_attitude": t("Staff attitude"),
        "warranty_service": t("Warranty service"),
        "other": t("Other"),
    }.get(category, category)


def channel_label(channel: str) -> str:
    return {
        "phone": t("Phone"),
        "email": t("Email"),
        "chat": t("Chat"),
        "social": t("Social media"),
        "sms": t("SMS"),
        "store_visit": t("Store visit"),
        "on_site": t("On site"),
        "web_form": t("Web form"),
    }.get(channel, channel)
