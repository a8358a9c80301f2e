"""What a customer form or an import row may contain, and the checks it must pass.

Pure rules (no database): the services in customers.py and the import (services/imports) apply
them, so a form and a CSV file meet the same messages.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from typing import NamedTuple

from app.date_input import birthday_limits, limit_problem
from app.errors import ValidationError
from app.formatting import format_count
from app.i18n import t
from app.models import Gender, Tier
from app.phone_plan import area_code_of, old_area_code_of
from app.text import interpretations, nfc, phone_digits

NAME_MAX, TEXT_MAX, ADDRESS_MAX, TAG_MAX, NOTES_MAX = 200, 100, 400, 60, 4000
PHONE_LABELS = ("mobile", "home", "work", "other")
# Deliberately loose: one @, no spaces, a dot in the domain. Whether the box exists only
# an e-mail can tell; this catches typing slips ("lan@gmail", "lan.gmail.com").
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]{2,}")


@dataclass(frozen=True)
class PhoneInput:
    text: str
    label: str = "mobile"
    is_primary: bool = False
    # For a number with two readings (a mobile that is also an old landline, such as
    # "08 3823 4567"): the reading the agent chose, one of phone_readings. None: the first.
    confirmed_e164: str | None = None


@dataclass(frozen=True)
class CustomerInput:
    full_name: str
    phones: tuple[PhoneInput, ...] = ()
    email: str | None = None
    birthday: date | None = None
    gender: Gender | str | None = None
    # One of the 34 provinces and cities; an old name or spelling is mapped on save.
    province: str = ""
    ward: str = ""  # phường / xã (ward or commune): addresses have two levels since 2025
    address: str = ""
    # None: unchanged (a new customer starts as Member). A change needs "tier.override".
    tier: Tier | str | None = None
    marketing_consent: bool = False
    store_id: int | None = None
    notes: str = ""
    tags: tuple[str, ...] = ()
    # E.164 numbers the agent confirmed this customer shares with others (one household):
    # without that, a number another active customer has is refused with SharedPhone.
    shared_phones: tuple[str, ...] = ()


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


class PhoneOwner(NamedTuple):
    """An active customer who has a number."""

    customer_id: int
    code: str
    name: str


@dataclass(frozen=True)
class SharedNumber:
    """A number typed on the form that other customers have too."""

    e164: str
    display: str  # "0912 345 678"
    owners: tuple[PhoneOwner, ...]


class SharedPhone(ValidationError):
    """Numbers other customers have: allowed once the agent confirms one household shares
    them (CustomerInput.shared_phones). The screen offers to open those customers instead."""

    def __init__(self, numbers: tuple[SharedNumber, ...]) -> None:
        super().__init__(" ".join(_shared_sentence(n) for n in numbers), "phones")
        self.numbers = numbers

    @property
    def e164s(self) -> tuple[str, ...]:
        """The numbers to confirm, as CustomerInput.shared_phones takes them."""
        return tuple(n.e164 for n in self.numbers)

    @property
    def owners(self) -> tuple[PhoneOwner, ...]:
        """Every other customer named, once each, in the order named."""
        return tuple(dict.fromkeys(o for n in self.numbers for o in n.owners))


def _shared_sentence(number: SharedNumber) -> str:
    people = [f"{o.name} ({o.code})" for o in number.owners]
    who = (
        people[0]
        if len(people) == 1
        else t("{people} and {person}", people=", ".join(people[:-1]), person=people[-1])
    )
    return t("{phone} is also the number of {who}.", phone=number.display, who=who)


def display_phone(national: str) -> str:
    """How a person reads a number aloud: "0912 345 678", "028 3823 4567", "0236 3822 123".

    A landline is grouped after its area code, whatever its length (24 and 28 have two
    digits, every other province three).
    """
    n = national
    if not n.startswith("0") or not n.isdigit():
        return n  # foreign numbers are shown in E.164
    if len(n) == 10:
        return f"{n[:4]} {n[4:7]} {n[7:]}"
    area = area_code_of(n[1:])
    if len(n) == 11 and area is not None:
        return _grouped_landline(n, len(area.new))
    if len(n) == 11:
        return f"{n[:4]} {n[4:7]} {n[7:]}"
    return n


def _grouped_landline(national: str, code_digits: int) -> str:
    """0, the area code, then the subscriber number in fours: "024 3825 1234", "0511 3822 123"."""
    code, subscriber = national[: 1 + code_digits], national[1 + code_digits :]
    return f"{code} {subscriber[:4]} {subscriber[4:]}"


def phone_readings(text: str) -> list[PhoneReading]:
    """Every valid reading of a typed number, the default first (two for "08 3812 3456")."""
    return [
        PhoneReading(p.e164, p.national, p.kind, display_phone(p.national))
        for p in interpretations(text)
    ]


def _conversion_note(old: str, new: str) -> str:
    """The renumbering applied, old and new grouped so the agent sees what moved."""
    if old.startswith("01"):  # an old mobile: aligned on the unchanged tail
        before = f"{old[:4]} {old[4:7]} {old[7:]}"
        after = f"{new[:3]} {new[3:6]} {new[6:]}"
        return t("{old} was converted to {new} (2018 renumbering).", old=before, new=after)
    area = old_area_code_of(old[1:])
    before = _grouped_landline(old, len(area.old)) if area is not None else old
    after = display_phone(new)
    return t("{old} was converted to {new} (2017 landline renumbering).", old=before, new=after)


def check_phone(p: PhoneInput) -> CleanPhone:
    """The number as it will be stored: the reading the agent chose, else the first."""
    try:
        readings = interpretations(p.text or "")
    except ValidationError as exc:
        raise ValidationError(exc.message, "phones") from None
    chosen = next((r for r in readings if r.e164 == p.confirmed_e164), readings[0])
    label = (p.label or "mobile").strip().lower()
    if label not in PHONE_LABELS:
        raise ValidationError(
            t("Unknown phone label “{label}”: use mobile, home, work or other.", label=label),
            "phones",
        )
    note = (
        _conversion_note(chosen.converted_from, chosen.national)
        if (chosen.converted_from)
        else None
    )
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
            t("“{email}” is not an e-mail address: it looks like name@example.com.", email=value),
            "email",
        )
    return value


def check_birthday(birthday: date | None, today: date) -> date | None:
    # The date field of the form checks the same limits, in the same words.
    problem = limit_problem(birthday, *birthday_limits(today))
    if problem is not None:
        raise ValidationError(problem, "birthday")
    return birthday


def check_gender(gender: Gender | str | None) -> Gender | None:
    if gender is None or gender == "":
        return None
    try:
        return Gender(gender)
    except ValueError:
        raise ValidationError(
            t(
                "Unknown gender “{gender}”: use female, male or other, or leave it empty.",
                gender=gender,
            ),
            "gender",
        ) from None


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
        raise ValidationError(t("Too long: at most {n} characters.", n=format_count(limit)), field)
    return text


def check_notes(notes: str | None) -> str:
    # Line breaks are kept (nfc() would fold them into spaces): notes are paragraphs.
    text = unicodedata.normalize("NFC", notes or "").strip()
    if len(text) > NOTES_MAX:
        raise ValidationError(
            t("Too long: at most {n} characters.", n=format_count(NOTES_MAX)), "notes"
        )
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
