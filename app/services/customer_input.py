"""What a customer form or an import row may contain, and the checks it must pass.

Pure rules (no database): the services in customers.py and customer_import.py apply
them, so a form and a CSV file meet the same messages.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

from app.errors import ValidationError
from app.i18n import t
from app.models import Gender, Tier
from app.text import interpretations, nfc, phone_digits

NAME_MAX, TEXT_MAX, ADDRESS_MAX, TAG_MAX, NOTES_MAX = 200, 100, 400, 60, 4000
EARLIEST_BIRTHDAY = date(1900, 1, 1)
PHONE_LABELS = ("mobile", "home", "work", "other")
# Deliberately loose: one @, no spaces, a dot in the domain. Whether the box exists only
# an e-mail can tell; this catches typing slips ("lan@gmail", "lan.gmail.com").
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]{2,}")


@dataclass(frozen=True)
class PhoneInput:
    text: str
    label: str = "mobile"
    is_primary: bool = False
    # For an ambiguous "08" + 8 digits: the reading the agent chose (one of phone_readings).
    confirmed_e164: str | None = None


@dataclass(frozen=True)
class CustomerInput:
    full_name: str
    phones: tuple[PhoneInput, ...] = ()
    email: str | None = None
    birthday: date | None = None
    gender: Gender | str | None = None
    province: str = ""
    district: str = ""
    address: str = ""
    # None: unchanged (a new customer starts as Member). A change needs "tier.override".
    tier: Tier | str | None = None
    marketing_consent: bool = False
    store_id: int | None = None
    notes: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class PhoneReading:
    e164: str
    national: str  # "0838123456"
    kind: str  # "mobile", "landline" or "other"
    display: str  # "083 812 3456"


@dataclass(frozen=True)
class CleanPhone:
    e164: str
    raw: str
    national: str
    label: str
    is_primary: bool
    note: str | None  # the renumbering applied, said for the agent

    @property
    def digits_rev(self) -> str:
        return phone_digits(self.national)[::-1]


class DuplicatePhone(ValidationError):
    """The number belongs to another customer: the screen offers to open that one."""

    def __init__(self, display: str, e164: str, customer_id: int, code: str, name: str) -> None:
        super().__init__(
            t("{phone} already belongs to {name} ({code}): open that customer instead of "
              "creating a second record.", phone=display, name=name, code=code),
            "phones",
        )  # fmt: skip
        self.e164 = e164
        self.customer_id = customer_id
        self.customer_code = code
        self.customer_name = name


def display_phone(national: str) -> str:
    """How a person reads a number aloud: "0912 345 678", "028 3823 4567"."""
    n = national
    if not n.startswith("0") or not n.isdigit():
        return n  # foreign numbers are shown in E.164
    if len(n) == 10:
        return f"{n[:4]} {n[4:7]} {n[7:]}"
    if len(n) == 11 and n[:3] in ("024", "028"):  # Hà Nội and HCMC have 2-digit area codes
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    if len(n) == 11:
        return f"{n[:4]} {n[4:7]} {n[7:]}"
    return n


def phone_readings(text: str) -> list[PhoneReading]:
    """Every valid reading of a typed number, the default first (two for "08 3812 3456")."""
    return [
        PhoneReading(p.e164, p.national, p.kind, display_phone(p.national))
        for p in interpretations(text)
    ]


def _conversion_note(old: str, new: str) -> str:
    # Aligned on the unchanged tail, so the agent sees what moved: 0168 912 3456 -> 038 ...
    if len(old) == 11:  # an old mobile
        before = f"{old[:4]} {old[4:7]} {old[7:]}"
        after = f"{new[:3]} {new[3:6]} {new[6:]}"
        return t("{old} was converted to {new} (2018 renumbering).", old=before, new=after)
    before = f"{old[:2]} {old[2:6]} {old[6:]}"
    after = f"{new[:3]} {new[3:7]} {new[7:]}"
    return t("{old} was converted to {new} (2017 landline renumbering).", old=before, new=after)


def _ambiguous(raw: str, readings: list) -> ValidationError:
    mobile, landline = (display_phone(r.national) for r in readings[:2])
    return ValidationError(
        t("“{raw}” can be read two ways: the mobile {mobile} or the old Ho Chi Minh City "
          "landline, now {landline}. Ask the customer and choose one.",
          raw=raw, mobile=mobile, landline=landline),
        "phones",
    )  # fmt: skip


def check_phone(p: PhoneInput) -> CleanPhone:
    try:
        readings = interpretations(p.text or "")
    except ValidationError as exc:
        raise ValidationError(exc.message, "phones") from None
    chosen = readings[0]
    if len(readings) > 1:
        picked = [r for r in readings if r.e164 == p.confirmed_e164]
        if not picked:
            raise _ambiguous(nfc(p.text), readings)
        chosen = picked[0]
    label = (p.label or "mobile").strip().lower()
    if label not in PHONE_LABELS:
        raise ValidationError(
            t("Unknown phone label “{label}”: use mobile, home, work or other.", label=label),
            "phones",
        )
    note = _conversion_note(chosen.converted_from, chosen.national) if (
        chosen.converted_from) else None  # fmt: skip
    return CleanPhone(chosen.e164, chosen.raw[:40], chosen.national, label, p.is_primary, note)


def check_phones(phones: tuple[PhoneInput, ...] | list[PhoneInput]) -> list[CleanPhone]:
    """Parsed, one per number, exactly one primary (the first marked, else the first)."""
    seen: dict[str, CleanPhone] = {}
    for p in phones:
        if not (p.text or "").strip():
            continue  # an empty row left on the form
        clean = check_phone(p)
        first = seen.get(clean.e164)
        if first is None:
            seen[clean.e164] = clean
        elif clean.is_primary and not first.is_primary:
            seen[clean.e164] = replace(first, is_primary=True)
    result = list(seen.values())
    primary = next((i for i, c in enumerate(result) if c.is_primary), 0)
    return [replace(c, is_primary=i == primary) for i, c in enumerate(result)]


def check_full_name(full_name: str) -> str:
    name = nfc(full_name or "")
    if not name:
        raise ValidationError(t("Type the customer's full name."), "full_name")
    if len(name) > NAME_MAX:
        raise ValidationError(
            t("The full name is too long: at most {n} characters.", n=NAME_MAX), "full_name"
        )
    return name


def check_email(email: str | None) -> str | None:
    value = nfc(email or "").lower()
    if not value:
        return None
    if len(value) > NAME_MAX or not _EMAIL.fullmatch(value):
        raise ValidationError(
            t("“{email}” is not an e-mail address: it looks like name@example.com.",
              email=value),
            "email",
        )  # fmt: skip
    return value


def check_birthday(birthday: date | None, today: date) -> date | None:
    if birthday is None:
        return None
    if birthday > today:
        raise ValidationError(
            t("The birthday {day} is in the future: check the year.",
              day=birthday.strftime("%d/%m/%Y")),
            "birthday",
        )  # fmt: skip
    if birthday < EARLIEST_BIRTHDAY:
        raise ValidationError(
            t("The birthday {day} is before 1900: check the year.",
              day=birthday.strftime("%d/%m/%Y")),
            "birthday",
        )  # fmt: skip
    return birthday


def check_gender(gender: Gender | str | None) -> Gender | None:
    if gender is None or gender == "":
        return None
    try:
        return Gender(gender)
    except ValueError:
        raise ValidationError(
            t("Unknown gender “{gender}”: use female, male or other, or leave it empty.",
              gender=gender),
            "gender",
        ) from None  # fmt: skip


def check_tier(tier: Tier | str) -> Tier:
    try:
        return Tier(tier)
    except ValueError:
        raise ValidationError(
            t("Unknown tier “{tier}”: use member, silver, gold, platinum or vip.", tier=tier),
            "tier",
        ) from None


def check_text(value: str | None, field: str, limit: int) -> str:
    text = nfc(value or "")
    if len(text) > limit:
        raise ValidationError(t("Too long: at most {n} characters.", n=limit), field)
    return text


def check_notes(notes: str | None) -> str:
    # Line breaks are kept (nfc() would fold them into spaces): notes are paragraphs.
    text = unicodedata.normalize("NFC", notes or "").strip()
    if len(text) > NOTES_MAX:
        raise ValidationError(t("Too long: at most {n} characters.", n=NOTES_MAX), "notes")
    return text


def check_tags(tags: tuple[str, ...] | list[str]) -> list[str]:
    """Trimmed NFC, one per spelling regardless of case ("VIP" and "vip" are one tag)."""
    kept: dict[str, str] = {}
    for tag in tags:
        clean = nfc(tag or "")
        if not clean:
            continue
        if len(clean) > TAG_MAX:
            raise ValidationError(
                t("The tag “{tag}” is too long: at most {n} characters.", tag=clean, n=TAG_MAX),
                "tags",
            )
        kept.setdefault(clean.casefold(), clean)
    return list(kept.values())
