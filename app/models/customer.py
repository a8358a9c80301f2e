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
    # The customer list sorts by these columns with ties broken by id: with id in the index
    # each sort is a walk along one index (SQLite keeps the rowid in every index anyway;
    # PostgreSQL needs it spelled out to avoid sorting a million rows).
    __table_args__ = (
        Index("ix_customers_name_key_id", "name_key", "id"),
        Index("ix_customers_tier_id", "tier", "id"),
        Index("ix_customers_province_id", "province", "id"),
        Index("ix_customers_points_id", "points", "id"),
        Index("ix_customers_birthday_id", "birthday", "id"),
        # Also "recently contacted" (the empty search).
        Index("ix_customers_last_contact_at_id", "last_contact_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    # fold(full_name): accent- and case-free, for "nguyen thi dao" -> "Nguyễn Thị Đào".
    name_key: Mapped[str] = mapped_column(String(200))
    gender: Mapped[Gender | None] = mapped_column(StrEnumType(Gender))
    birthday: Mapped[date | None] = mapped_column(Date)
    email: Mapped[str | None] = mapped_column(String(200), index=True)
    # One of the 34 provinces and cities of 2025 (app.provinces), or "" when not given.
    province: Mapped[str] = mapped_column(String(100), default="")
    # Phường / xã: addresses have two levels since 1 July 2025 (ward or commune, province).
    ward: Mapped[str] = mapped_column(String(100), default="", server_default="")
    address: Mapped[str] = mapped_column(String(400), default="")
    tier: Mapped[Tier] = mapped_column(StrEnumType(Tier), default=Tier.MEMBER)
    # A tier set by hand by a supervisor; it stays until cleared, whatever spend does.
    tier_override: Mapped[Tier | None] = mapped_column(StrEnumType(Tier))
    tier_override_reason: Mapped[str | None] = mapped_column(String(300))
    tier_override_by: Mapped[str | None] = mapped_column(String(100))
    tier_override_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Kept equal to the sum of the ledger in the same transaction: lists show it unjoined.
    points: Mapped[int] = mapped_column(Integer, default=0)
    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Indexed, as is merged_into_id: the list finds the few customers it leaves out.
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    # A merged customer stays findable by its old code and points to the one kept.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)

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


class CustomerNameToken(Base):
    """One word of a customer's folded name: "Nguyễn Thị Đào" -> nguyen, thi, dao.

    Name search turns each typed word into a range scan over `token` (a prefix is a range
    in byte order), so "thi dao" finds the name without scanning a million names. Kept in
    step with full_name by app.services.customers.name_index.
    """

    __tablename__ = "customer_name_tokens"
    __table_args__ = (
        # The other direction of the primary key: "does this customer have a word starting
        # with ...?" for the second and later typed words.
        Index("ix_customer_name_tokens_customer_id_token", "customer_id", "token"),
        # SQLite: the primary key is the table itself (clustered), no separate rowid tree.
        {"sqlite_with_rowid": False},
    )

    # Byte order on PostgreSQL too: a prefix range scan must not depend on the locale.
    token: Mapped[str] = mapped_column(
        String(60).with_variant(String(60, collation="C"), "postgresql"), primary_key=True
    )
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), primary_key=True)
