from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, StrEnumType, Timestamps, UTCDateTime, Versioned, utcnow


class Tier(enum.StrEnum):
    MEMBER = "member"
    SILVER = "silver"
    GOLD = "gold"
    PLATINUM = "platinum"
    VIP = "vip"


class Gender(enum.StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class Customer(Timestamps, Versioned, Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    # fold(full_name): accent- and case-free, for "nguyen thi dao" -> "Nguyễn Thị Đào".
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    gender: Mapped[Gender | None] = mapped_column(StrEnumType(Gender))
    birthday: Mapped[date | None] = mapped_column(Date)
    email: Mapped[str | None] = mapped_column(String(200), index=True)
    province: Mapped[str] = mapped_column(String(100), default="", index=True)
    district: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(400), default="")
    tier: Mapped[Tier] = mapped_column(StrEnumType(Tier), default=Tier.MEMBER, index=True)
    # Kept equal to the sum of the ledger in the same transaction: lists show it unjoined.
    points: Mapped[int] = mapped_column(Integer, default=0)
    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # A merged customer stays findable by its old code and points to the one kept.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))

    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerPhone.id"
    )
    tags: Mapped[list[CustomerTag]] = relationship(cascade="all, delete-orphan")
    important_dates: Mapped[list[ImportantDate]] = relationship(cascade="all, delete-orphan")


class CustomerPhone(Base):
    __tablename__ = "customer_phones"
    __table_args__ = (Index("ix_customer_phones_digits_rev", "digits_rev"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    e164: Mapped[str] = mapped_column(String(20), index=True)
    raw: Mapped[str] = mapped_column(String(40), default="")
    # National digits reversed: "last 4 digits" becomes an indexed prefix search.
    digits_rev: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(20), default="mobile")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    customer: Mapped[Customer] = relationship(back_populates="phones")


class CustomerTag(Base):
    __tablename__ = "customer_tags"
    __table_args__ = (UniqueConstraint("customer_id", "tag"), Index("ix_customer_tags_tag", "tag"))

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    tag: Mapped[str] = mapped_column(String(60))


class ImportantDate(Base):
    """Dates beyond the birthday that deserve a call: wedding anniversary, a child's birth..."""

    __tablename__ = "important_dates"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    label: Mapped[str] = mapped_column(String(100))
    date: Mapped[date] = mapped_column(Date)
    yearly: Mapped[bool] = mapped_column(Boolean, default=True)


class PointsEntry(Base):
    """The points ledger: append-only; Customer.points is its running sum."""

    __tablename__ = "points_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    delta: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200))
    source_type: Mapped[str | None] = mapped_column(String(30))
    source_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
