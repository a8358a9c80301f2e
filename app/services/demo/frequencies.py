"""How often and how fast things happen in the demo: weights, shares, service times and
the cover lists that make even a small demo show every case.

Weights are rough real-world shares, enough for lists and reports to look like a real
counter's.
"""

from __future__ import annotations

from app.models import (
    Channel,
    ClaimKind,
    ClaimStatus,
    Direction,
    Outcome,
    Severity,
)

IN, OUT = Direction.INBOUND, Direction.OUTBOUND

PURCHASES_PER_CUSTOMER = ((0, 20), (1, 35), (2, 25), (3, 12), (4, 8))
CONTACTS_PER_CUSTOMER = ((0, 22), (1, 30), (2, 22), (3, 12), (4, 7), (5, 4), (6, 3))
SATISFACTION = ((1, 4), (2, 6), (3, 15), (4, 30), (5, 45))
CSAT = ((1, 5), (2, 7), (3, 13), (4, 30), (5, 45))
CES = ((1, 4), (2, 8), (3, 18), (4, 35), (5, 35))  # 1 very hard ... 5 very easy
# Lifetime spend (VND) from which a customer is in a tier.
TIER_SPEND = ((20_000_000, "silver"), (32_000_000, "gold"), (45_000_000, "vip"))

# Valid mobile prefixes (after the 0), weighted roughly by network size: Viettel,
# VinaPhone, MobiFone, then Vietnamobile and Gmobile.
MOBILE_PREFIXES = (
    [(p, 6) for p in ("86", "96", "97", "98")]
    + [(p, 3) for p in ("32", "33", "34", "35", "36", "37", "38", "39")]
    + [(p, 3) for p in ("88", "91", "94", "81", "82", "83", "84", "85")]
    + [(p, 3) for p in ("90", "93", "70", "76", "77", "78", "79")]
    + [(p, 1) for p in ("92", "56", "58", "59")]
)

CHANNELS = (
    (Channel.PHONE, 50),
    (Channel.CHAT, 12),
    (Channel.SOCIAL, 10),
    (Channel.EMAIL, 8),
    (Channel.SMS, 4),
    (Channel.STORE_VISIT, 10),
    (Channel.ON_SITE, 3),
    (Channel.WEB_FORM, 3),
)
OUTBOUND_SHARE = {
    Channel.PHONE: 0.3,
    Channel.CHAT: 0.05,
    Channel.SOCIAL: 0.1,
    Channel.EMAIL: 0.2,
    Channel.SMS: 0.9,
    Channel.STORE_VISIT: 0.0,
    Channel.ON_SITE: 1.0,
    Channel.WEB_FORM: 0.0,
}
# Outcomes of the contacts the store makes; a customer's own request is settled as often
# as the agent who takes it settles them (agents.py).
OUTCOMES = (
    (Outcome.INFORMATION_GIVEN, 42),
    (Outcome.RESOLVED_FIRST_CONTACT, 35),
    (Outcome.CALLBACK_NEEDED, 10),
    (Outcome.ESCALATED, 4),
)
TOPICS = (
    ("product_question", 20),
    ("usage_guidance", 18),
    ("warranty", 20),
    ("return", 5),
    ("delivery", 12),
    ("billing", 8),
    ("praise", 5),
    ("other", 12),
)
# The first interactions made take these, so even a small demo shows every channel,
# both directions and every outcome (complaint_opened comes with each complaint).
INTERACTION_COVER = (
    (Channel.PHONE, OUT, Outcome.NO_ANSWER),
    (Channel.PHONE, OUT, Outcome.WRONG_NUMBER),
    (Channel.PHONE, IN, Outcome.RESOLVED_FIRST_CONTACT),
    (Channel.EMAIL, IN, Outcome.INFORMATION_GIVEN),
    (Channel.CHAT, IN, Outcome.CALLBACK_NEEDED),
    (Channel.SOCIAL, IN, Outcome.ESCALATED),
    (Channel.SMS, OUT, Outcome.INFORMATION_GIVEN),
    (Channel.STORE_VISIT, IN, Outcome.RESOLVED_FIRST_CONTACT),
    (Channel.ON_SITE, OUT, Outcome.RESOLVED_FIRST_CONTACT),
    (Channel.WEB_FORM, IN, Outcome.INFORMATION_GIVEN),
)

# How a complaint ends (its status today follows from its timeline and its age):
# confirmed and closed, resolved but never confirmed by the customer, or withdrawn.
COMPLAINT_FATES = (("closed", 88), ("resolved", 5), ("cancelled", 7))
# Complaints: per purchase of the last year (about what was bought), per customer (about
# anything), per owner of the defect model during its wave; and how they go.
COMPLAINTS_PER_PURCHASE = 0.045
COMPLAINTS_PER_CUSTOMER = 0.04
WAVE_COMPLAINTS, WAVE_CLAIMS, WAVE_CONTACTS = 0.18, 0.2, 0.4
WAITS_FOR_CUSTOMER = 0.25
SETTLED_AT_ONCE = 0.12  # complaints resolved during the contact that raised them
PURCHASE_COMPLAINTS = (
    ("product_defect", 40),
    ("delivery", 20),
    ("installation", 15),
    ("warranty_service", 25),
)
SEVERITIES = (
    (Severity.LOW, 20),
    (Severity.NORMAL, 50),
    (Severity.HIGH, 22),
    (Severity.CRITICAL, 8),
)
COMPLAINT_CHANNELS = (
    (Channel.PHONE, 45),
    (Channel.STORE_VISIT, 15),
    (Channel.EMAIL, 10),
    (Channel.SOCIAL, 10),
    (Channel.CHAT, 10),
    (Channel.WEB_FORM, 10),
)
COMPLAINT_CATEGORIES = (
    ("product_defect", 30),
    ("delivery", 15),
    ("installation", 10),
    ("warranty_service", 15),
    ("billing", 10),
    ("staff_attitude", 12),
    ("other", 8),
)
# Categories that are about something bought: they need a purchase to point at.
PRODUCT_CATEGORIES = frozenset({"product_defect", "delivery", "installation", "warranty_service"})

_K, _C = ClaimKind, ClaimStatus
CLAIM_PLANS = (
    ((_K.REPAIR, _C.RECEIVED), 3),
    ((_K.REPAIR, _C.DIAGNOSING), 3),
    ((_K.REPAIR, _C.WAITING_PARTS), 2),
    ((_K.REPAIR, _C.REPAIRING), 3),
    ((_K.REPAIR, _C.READY), 2),
    ((_K.REPAIR, _C.RETURNED), 40),
    ((_K.REPAIR, _C.REJECTED), 6),
    ((_K.EXCHANGE, _C.DIAGNOSING), 1),
    ((_K.EXCHANGE, _C.EXCHANGED), 10),
    ((_K.EXCHANGE, _C.REJECTED), 2),
    ((_K.RETURN, _C.RECEIVED), 1),
    ((_K.RETURN, _C.REFUNDED), 12),
    ((_K.RETURN, _C.REJECTED), 3),
)
# The first claims take these: every kind and every status.
CLAIM_COVER = (
    (_K.REPAIR, _C.RECEIVED),
    (_K.REPAIR, _C.DIAGNOSING),
    (_K.REPAIR, _C.WAITING_PARTS),
    (_K.REPAIR, _C.REPAIRING),
    (_K.REPAIR, _C.READY),
    (_K.REPAIR, _C.RETURNED),
    (_K.REPAIR, _C.REJECTED),
    (_K.EXCHANGE, _C.EXCHANGED),
    (_K.RETURN, _C.REFUNDED),
)
# Status reached -> (hours after the previous step: min, max; note on the timeline).
CLAIM_STEPS = {
    _C.DIAGNOSING: (2, 48, "Kỹ thuật đang kiểm tra máy."),
    _C.WAITING_PARTS: (24, 96, "Chờ linh kiện từ hãng."),
    _C.REPAIRING: (12, 96, "Đang sửa chữa."),
    _C.READY: (12, 72, "Đã sửa xong, báo khách đến nhận."),
    _C.RETURNED: (4, 96, "Khách đã nhận lại máy."),
    _C.REJECTED: (24, 72, ""),
    _C.EXCHANGED: (2, 48, "Đã đổi máy mới cho khách."),
    _C.REFUNDED: (1, 48, "Đã hoàn tiền cho khách."),
}
