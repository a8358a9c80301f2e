"""The data model. Importing this package registers every table on Base.metadata."""

from app.models.audit import AuditEntry
from app.models.base import Base, utcnow
from app.models.claim import OPEN_CLAIM_STATUSES, Claim, ClaimEvent, ClaimKind, ClaimStatus
from app.models.complaint import (
    OPEN_COMPLAINT_STATUSES,
    Complaint,
    ComplaintEvent,
    ComplaintStatus,
    Severity,
    SlaState,
)
from app.models.customer import (
    Customer,
    CustomerNameToken,
    CustomerPhone,
    CustomerTag,
    Gender,
    ImportantDate,
    PointsEntry,
    Tier,
)
from app.models.import_run import ImportChunk, ImportRun
from app.models.interaction import Channel, Direction, Interaction, Outcome
from app.models.pbx_call import PbxCall
from app.models.product import Product, Purchase
from app.models.reminder import Reminder, ReminderStatus
from app.models.setting import Setting
from app.models.slip import DocumentCounter, Slip, SlipPrint
from app.models.store import Store
from app.models.user import Role, User

__all__ = [
    "OPEN_CLAIM_STATUSES",
    "OPEN_COMPLAINT_STATUSES",
    "AuditEntry",
    "Base",
    "Channel",
    "Claim",
    "ClaimEvent",
    "ClaimKind",
    "ClaimStatus",
    "Complaint",
    "ComplaintEvent",
    "ComplaintStatus",
    "Customer",
    "CustomerNameToken",
    "CustomerPhone",
    "CustomerTag",
    "Direction",
    "DocumentCounter",
    "Gender",
    "ImportChunk",
    "ImportRun",
    "ImportantDate",
    "Interaction",
    "Outcome",
    "PbxCall",
    "PointsEntry",
    "Product",
    "Purchase",
    "Reminder",
    "ReminderStatus",
    "Role",
    "Setting",
    "Severity",
    "SlaState",
    "Slip",
    "SlipPrint",
    "Store",
    "Tier",
    "User",
    "utcnow",
]
