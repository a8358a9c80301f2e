"""Stores: the shops and the call centre; their details are printed on slips."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.i18n import t
from app.models import Store
from app.provinces import check_province
from app.services import audit
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.changes import writes
from app.services.stale import refuse_stale
from app.text import nfc, parse_phone

_CODE = re.compile(r"[A-Z0-9][A-Z0-9_-]{1,19}")
AUDITED = ("code", "name", "address", "province", "phone", "is_active")


@dataclass(frozen=True)
class StoreView:
    id: int
    code: str
    name: str
    address: str
    province: str
    phone: str
    is_active: bool
    version: int
    # The old province name just mapped to today's ("Bình Dương is now part of ...").
    notes: tuple[str, ...] = ()


def _view(store: Store, notes: tuple[str, ...] = ()) -> StoreView:
    return StoreView(
        id=store.id,
        code=store.code,
        name=store.name,
        address=store.address,
        province=store.province,
        phone=store.phone,
        is_active=store.is_active,
        version=store.version,
        notes=notes,
    )


def list_stores(session: Session, include_inactive: bool = True) -> list[StoreView]:
    query = select(Store).order_by(Store.code)
    if not include_inactive:
        query = query.where(Store.is_active.is_(True))
    return [_view(s) for s in session.scalars(query)]


def open_stores(session: Session) -> list[StoreView]:
    """The stores still open: what a filter or a form offers to choose from."""
    return list_stores(session, include_inactive=False)


def _check(session: Session, store_id: int | None, code: str, name: str, phone: str) -> tuple:
    code = (code or "").strip().upper()
    if not _CODE.fullmatch(code):
        raise ValidationError(
            t("A store code has 2 to 20 letters A-Z, digits, dashes or underscores, as in HN01."),
            "code",
        )
    taken = session.scalar(
        select(Store.id).where(func.upper(Store.code) == code, Store.id != (store_id or -1))
    )
    if taken is not None:
        raise ValidationError(t("The store code {code} is taken.", code=code), "code")
    name = nfc(name or "")
    if not name:
        raise ValidationError(t("Type the store's name."), "name")
    phone = nfc(phone or "")
    if phone:
        parse_phone(phone)  # refuses what is not a phone number, with the reason
    return code, name, phone


@writes("store")
def add_store(
    session: Session,
    actor: Actor,
    code: str,
    name: str,
    address: str = "",
    phone: str = "",
    province: str = "",
) -> StoreView:
    require(actor, "store.manage")
    code, name, phone = _check(session, None, code, name, phone)
    province, note = check_province(province)
    store = Store(
        code=code,
        name=name,
        address=nfc(address or ""),
        phone=phone,
        province=province,
        is_active=True,
    )
    session.add(store)
    session.flush()
    audit.record(session, actor, "store", store.id, "create", None, audit.snapshot(store, AUDITED))
    return _view(store, (note,) if note else ())


@writes("store")
def update_store(
    session: Session,
    actor: Actor,
    store_id: int,
    *,
    code: str,
    name: str,
    address: str = "",
    phone: str = "",
    province: str = "",
    is_active: bool = True,
    expected_version: int | None = None,
) -> StoreView:
    require(actor, "store.manage")
    store = session.get(Store, store_id)
    if store is None:
        raise NotFound(t("That store does not exist any more."))
    refuse_stale(store.version, expected_version, store.name)
    before = audit.snapshot(store, AUDITED)
    store.code, store.name, store.phone = _check(session, store.id, code, name, phone)
    province, note = check_province(province)
    store.address, store.province, store.is_active = nfc(address or ""), province, is_active
    after = audit.snapshot(store, AUDITED)
    if after != before:
        audit.record(session, actor, "store", store.id, "update", before, after)
    return _view(store, (note,) if note else ())
