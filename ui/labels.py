"""Screen labels for the values stored in the database (channels, topics, statuses...).

Code and database keep English keys; people read these. The tables are built on each
call so that a language switched at run time is honoured. An unknown key (a value a
newer version added) is shown as it is rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def channel_labels() -> dict[str, str]:
    return {
        "phone": QCoreApplication.translate("Channel", "Phone"),
        "email": QCoreApplication.translate("Channel", "Email"),
        "chat": QCoreApplication.translate("Channel", "Chat"),
        "social": QCoreApplication.translate("Channel", "Social media"),
        "sms": QCoreApplication.translate("Channel", "SMS"),
        "store_visit": QCoreApplication.translate("Channel", "Store visit"),
        "on_site": QCoreApplication.translate("Channel", "On site"),
        "web_form": QCoreApplication.translate("Channel", "Web form"),
    }


def direction_labels() -> dict[str, str]:
    return {
        "in": QCoreApplication.translate("Direction", "Inbound"),
        "out": QCoreApplication.translate("Direction", "Outbound"),
    }


def topic_labels() -> dict[str, str]:
    return {
        "product_question": QCoreApplication.translate("Topic", "Product question"),
        "usage_guidance": QCoreApplication.translate("Topic", "Usage guidance"),
        "warranty": QCoreApplication.translate("Topic", "Warranty"),
        "return": QCoreApplication.translate("Topic", "Return"),
        "delivery": QCoreApplication.translate("Topic", "Delivery"),
        "billing": QCoreApplication.translate("Topic", "Billing"),
        "complaint": QCoreApplication.translate("Topic", "Complaint"),
        "praise": QCoreApplication.translate("Topic", "Praise"),
        "other": QCoreApplication.translate("Topic", "Other"),
    }


def outcome_labels() -> dict[str, str]:
    return {
        "resolved_first_contact": QCoreApplication.translate(
            "Outcome", "Resolved on first contact"
        ),
        "information_given": QCoreApplication.translate("Outcome", "Information given"),
        "callback_needed": QCoreApplication.translate("Outcome", "Callback needed"),
        "complaint_opened": QCoreApplication.translate("Outcome", "Complaint opened"),
        "escalated": QCoreApplication.translate("Outcome", "Escalated"),
        "no_answer": QCoreApplication.translate("Outcome", "No answer"),
        "wrong_number": QCoreApplication.translate("Outcome", "Wrong number"),
    }


def complaint_status_labels() -> dict[str, str]:
    return {
        "new": QCoreApplication.translate("ComplaintStatus", "New"),
        "in_progress": QCoreApplication.translate("ComplaintStatus", "In progress"),
        "waiting_customer": QCoreApplication.translate("ComplaintStatus", "Waiting for customer"),
        "resolved": QCoreApplication.translate("ComplaintStatus", "Resolved"),
        "closed": QCoreApplication.translate("ComplaintStatus", "Closed"),
        "reopened": QCoreApplication.translate("ComplaintStatus", "Reopened"),
        "cancelled": QCoreApplication.translate("ComplaintStatus", "Cancelled"),
    }


def claim_status_labels() -> dict[str, str]:
    return {
        "received": QCoreApplication.translate("ClaimStatus", "Received"),
        "diagnosing": QCoreApplication.translate("ClaimStatus", "Diagnosing"),
        "waiting_parts": QCoreApplication.translate("ClaimStatus", "Waiting for parts"),
        "repairing": QCoreApplication.translate("ClaimStatus", "Repairing"),
        "ready": QCoreApplication.translate("ClaimStatus", "Ready for pickup"),
        "returned": QCoreApplication.translate("ClaimStatus", "Returned to customer"),
        "rejected": QCoreApplication.translate("ClaimStatus", "Rejected"),
        "exchanged": QCoreApplication.translate("ClaimStatus", "Exchanged"),
        "refunded": QCoreApplication.translate("ClaimStatus", "Refunded"),
    }


def label(labels: dict[str, str], value: str | None) -> str:
    """The label for `value`; empty for None, the key itself when it is not known."""
    if value is None:
        return ""
    return labels.get(value, value)


def loyalty_basis_labels() -> dict[str, str]:
    return {
        "points": QCoreApplication.translate("LoyaltyBasis", "Points"),
        "spend": QCoreApplication.translate("LoyaltyBasis", "Yearly spend"),
    }


def role_labels() -> dict[str, str]:
    return {
        "agent": QCoreApplication.translate("Role", "Agent"),
        "supervisor": QCoreApplication.translate("Role", "Supervisor"),
        "admin": QCoreApplication.translate("Role", "Administrator"),
    }


def tier_labels() -> dict[int, str]:
    """Escalation tiers as complaints use them: who a case goes to next."""
    return {
        1: QCoreApplication.translate("Tier", "1 · Agent"),
        2: QCoreApplication.translate("Tier", "2 · Supervisor"),
        3: QCoreApplication.translate("Tier", "3 · Manager"),
    }


def customer_tier_labels() -> dict[str, str]:
    """Loyalty tiers, lowest first (the order combo boxes list them in)."""
    return {
        "member": QCoreApplication.translate("CustomerTier", "Member"),
        "silver": QCoreApplication.translate("CustomerTier", "Silver"),
        "gold": QCoreApplication.translate("CustomerTier", "Gold"),
        "platinum": QCoreApplication.translate("CustomerTier", "Platinum"),
        "vip": QCoreApplication.translate("CustomerTier", "VIP"),
    }


def gender_labels() -> dict[str, str]:
    return {
        "female": QCoreApplication.translate("Gender", "Female"),
        "male": QCoreApplication.translate("Gender", "Male"),
        "other": QCoreApplication.translate("Gender", "Other"),
    }


def phone_label_labels() -> dict[str, str]:
    """What kind of line a customer's number is (the label stored with it)."""
    return {
        "mobile": QCoreApplication.translate("PhoneLabel", "Mobile"),
        "home": QCoreApplication.translate("PhoneLabel", "Home", "phone label"),
        "work": QCoreApplication.translate("PhoneLabel", "Work"),
        "other": QCoreApplication.translate("PhoneLabel", "Other"),
    }


def complaint_category_labels() -> dict[str, str]:
    return {
        "product_defect": QCoreApplication.translate("ComplaintCategory", "Product defect"),
        "staff_attitude": QCoreApplication.translate("ComplaintCategory", "Staff attitude"),
        "delivery": QCoreApplication.translate("ComplaintCategory", "Delivery"),
        "installation": QCoreApplication.translate("ComplaintCategory", "Installation"),
        "billing": QCoreApplication.translate("ComplaintCategory", "Billing"),
        "warranty_service": QCoreApplication.translate("ComplaintCategory", "Warranty service"),
        "other": QCoreApplication.translate("ComplaintCategory", "Other"),
    }


def severity_labels() -> dict[str, str]:
    return {
        "low": QCoreApplication.translate("Severity", "Low"),
        "normal": QCoreApplication.translate("Severity", "Normal"),
        "high": QCoreApplication.translate("Severity", "High"),
        "critical": QCoreApplication.translate("Severity", "Critical"),
    }


def claim_kind_labels() -> dict[str, str]:
    return {
        "repair": QCoreApplication.translate("ClaimKind", "Repair"),
        "exchange": QCoreApplication.translate("ClaimKind", "Exchange"),
        "return": QCoreApplication.translate("ClaimKind", "Return"),
    }


def claim_group_labels() -> dict[str, str]:
    """The claim list's tabs: still being worked on, to hand back, finished."""
    return {
        "open": QCoreApplication.translate("ClaimGroup", "In progress"),
        "ready": QCoreApplication.translate("ClaimGroup", "To hand back"),
        "closed": QCoreApplication.translate("ClaimGroup", "Closed"),
    }


def warranty_state_labels() -> dict[str, str]:
    return {
        "in_warranty": QCoreApplication.translate("WarrantyState", "In warranty"),
        "ending_soon": QCoreApplication.translate("WarrantyState", "Ending within 30 days"),
        "expired": QCoreApplication.translate("WarrantyState", "Expired"),
    }


def claim_rejection_labels() -> dict[str, str]:
    return {
        "out_of_warranty": QCoreApplication.translate("ClaimRejection", "Out of warranty"),
        "misuse": QCoreApplication.translate("ClaimRejection", "Misuse or damage"),
        "no_fault_found": QCoreApplication.translate("ClaimRejection", "No fault found"),
    }


def reminder_status_labels() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("ReminderStatus", "To do"),
        "done": QCoreApplication.translate("ReminderStatus", "Done"),
        "dismissed": QCoreApplication.translate("ReminderStatus", "Dismissed"),
    }


def reminder_rule_labels() -> dict[str, str]:
    """Why a reminder exists: the rule that raised it."""
    return {
        "post_purchase": QCoreApplication.translate("ReminderRule", "After purchase"),
        "post_resolution": QCoreApplication.translate("ReminderRule", "After resolution"),
        "birthday": QCoreApplication.translate("ReminderRule", "Birthday", "reminder rule"),
        "warranty_ending": QCoreApplication.translate("ReminderRule", "Warranty ending"),
        "inactive": QCoreApplication.translate("ReminderRule", "Quiet customer"),
        "holiday": QCoreApplication.translate("ReminderRule", "Holiday greeting"),
        "callback": QCoreApplication.translate("ReminderRule", "Promised callback"),
        "sla": QCoreApplication.translate("ReminderRule", "Complaint SLA"),
    }


def reminder_outcome_labels() -> dict[str, str]:
    """How a reminder ended, as the agent records it when completing it."""
    return {
        "reached": QCoreApplication.translate("ReminderOutcome", "Reached"),
        "no_answer": QCoreApplication.translate("ReminderOutcome", "No answer"),
        "wrong_number": QCoreApplication.translate("ReminderOutcome", "Wrong number"),
        "declined": QCoreApplication.translate("ReminderOutcome", "Declined"),
        "in_person": QCoreApplication.translate("ReminderOutcome", "Done in person"),
    }


def timeline_kind_labels() -> dict[str, str]:
    return {
        "interaction": QCoreApplication.translate("TimelineKind", "Contact"),
        "complaint": QCoreApplication.translate("TimelineKind", "Complaint"),
        "claim": QCoreApplication.translate("TimelineKind", "Claim"),
        "reminder": QCoreApplication.translate("TimelineKind", "Reminder"),
    }


def matched_by_labels() -> dict[str, str]:
    """Why a customer is in the search results."""
    return {
        "phone": QCoreApplication.translate("MatchedBy", "Phone number"),
        "phone_suffix": QCoreApplication.translate("MatchedBy", "Last digits of a phone"),
        "code": QCoreApplication.translate("MatchedBy", "Customer code"),
        "serial": QCoreApplication.translate("MatchedBy", "Serial number"),
        "invoice": QCoreApplication.translate("MatchedBy", "Invoice number"),
        "email": QCoreApplication.translate("MatchedBy", "E-mail"),
        "name": QCoreApplication.translate("MatchedBy", "Name"),
        "recent": QCoreApplication.translate("MatchedBy", "Recent contact"),
    }


def points_source_labels() -> dict[str, str]:
    """What earned or spent points, for the ledger."""
    return {
        "purchase": QCoreApplication.translate("PointsSource", "Purchase"),
        "complaint": QCoreApplication.translate("PointsSource", "Complaint"),
    }


def slip_kind_labels() -> dict[str, str]:
    """What a printed slip is (the titles the slip windows carry)."""
    return {
        "warranty": QCoreApplication.translate("SlipKind", "Warranty slip"),
        "claim": QCoreApplication.translate("SlipKind", "Claim receipt"),
        "return": QCoreApplication.translate("SlipKind", "Return slip"),
        "complaint": QCoreApplication.translate("SlipKind", "Complaint receipt"),
    }


def print_target_labels() -> dict[str, str]:
    """Where a slip went when it was printed or saved."""
    return {
        "printer": QCoreApplication.translate("PrintTarget", "Printer"),
        "pdf": QCoreApplication.translate("PrintTarget", "PDF file"),
        "cli": QCoreApplication.translate("PrintTarget", "Command line"),
    }
