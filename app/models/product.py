from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, Versioned


class Product(Timestamps, Versioned, Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    brand: Mapped[str] = mapped_column(String(100), default="")
    category: Mapped[str] = mapped_column(String(100), default="")
    warranty_months: Mapped[int] = mapped_column(Integer, default=12)
    return_days: Mapped[int] = mapped_column(Integer, default=7)
    list_price_vnd: Mapped[int] = mapped_column(BigInteger, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class Purchase(Timestamps, Versioned, Base):
    """One product bought by one customer: serial, invoice and warranty end."""

    __tablename__ = "purchases"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"))
    serial_no: Mapped[str | None] = mapped_column(String(60), index=True)
    invoice_no: Mapped[str | None] = mapped_column(String(60), index=True)
    purchase_date: Mapped[date] = mapped_column(Date, index=True)
    delivery_date: Mapped[date | None] = mapped_column(Date)
    price_vnd: Mapped[int] = mapped_column(BigInteger, default=0)
    warranty_months: Mapped[int] = mapped_column(Integer, default=12)
    extended_warranty_months: Mapped[int] = mapped_column(Integer, default=0)
    warranty_end: Mapped[date] = mapped_column(Date, index=True)
    # An exchange: the replacement is a new purchase that keeps the original warranty end.
    replaces_purchase_id: Mapped[int | None] = mapped_column(ForeignKey("purchases.id"), index=True)
