"""Text rules every screen, import and search shares.

- `nfc`: the form text is stored in (Vietnamese typed on different keyboards and
  pasted from different apps arrives composed or decomposed; stored once, one way).
- `fold`: the diacritic-free search key, so "nguyen thi dao" finds "Nguyễn Thị Đào".
- Vietnamese phone numbers: `parse_phone` accepts whatever people type and gives
  E.164, mapping the old 11-digit mobiles (2018 renumbering) and the old landline area
  codes (2017) to today's form. What is a number is decided by `app.phone_plan`.

Pure Python (plus `phonenumbers` for foreign and 1800/1900 numbers): no Qt, so services,
the CLI and imports use the same rules.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from app.errors import ValidationError
from app.i18n import t
from app.phone_plan import (
    AREA_CODES,
    MOBILE_DIGITS,
    MOBILE_PREFIXES,
    OLD_AREA_CODES,
    OLD_MOBILE_DIGITS,
    OLD_MOBILE_PREFIXES,
    SUBSCRIBER_FIRST_DIGITS,
    LandlineArea,
    area_code_of,
    old_area_code_of,
)

__all__ = [
    "OLD_MOBILE_PREFIXES",
    "ParsedPhone",
    "fold",
    "interpretations",
    "looks_like_phone",
    "nfc",
    "parse_phone",
    "phone_digits",
]


# --------------------------------------------------------------------------- text


def nfc(s: str) -> str:
    """NFC form with surrounding whitespace stripped and inner runs collapsed to one space.

    Names and addresses are stored this way so that two spellings that look the same on
    screen are the same string in the database.
    """
    return " ".join(unicodedata.normalize("NFC", s).split())


# "Đ/đ" is a letter of its own, not "D" plus a mark, so NFD does not split it. Text that went
# through legacy Vietnamese encodings often carries the Icelandic eth "Ð/ð" instead: it looks
# identical on screen, so it must fold the same way.
_D_LETTERS = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})


def fold(s: str) -> str:
    """Search key: case-, accent- and spacing-insensitive ("Nguyễn Thị Đào" -> "nguyen thi dao").

    Vietnamese letters come out as plain ASCII. Idempotent, so a key can be folded again
    (for example a query typed without accents) and still match.
    """
    if s.isascii():
        return " ".join(s.lower().split())
    if _FOLDS_BY_LETTER.issuperset(s):
        return " ".join(s.translate(_LETTER_KEYS).lower().split())
    return _fold_slow(s)


def _fold_slow(s: str) -> str:
    """Search key: case-, accent- and spacing-insensitive ("Nguyễn Thị Đào" -> "nguyen thi dao").

    Vietnamese letters come out as plain ASCII. Idempotent, so a key can be folded again
    (for example a query typed without accents) and still match.
    """
    decomposed = unicodedata.normalize("NFD", nfc(s).casefold())
    unmarked = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    # Recompose what is left: NFD also splits scripts without marks (Hangul syllables into
    # jamo), and those must stay whole to be matched by a query typed in the usual way.
    recomposed = unicodedata.normalize("NFC", unmarked.translate(_D_LETTERS))
    # Dropping a mark that stood between two spaces leaves a double space behind.
    return " ".join(recomposed.split())


# Latin letters with marks, and the marks, fold one by one to what _fold_slow() makes of
# them: text made only of those and ASCII (every Vietnamese name) skips the three Unicode
# normalisations, which are most of the time of an import of 100,000 customers. U+0345
# is left out: it is the one mark that case folding turns into a letter.
_LETTER_KEYS = {
    c: _fold_slow(chr(c))
    for c in (*range(0xC0, 0x250), *range(0x300, 0x370), *range(0x1E00, 0x1F00))
    if c != 0x345 and unicodedata.category(chr(c))[0] in "LM"
}
_FOLDS_BY_LETTER = frozenset(map(chr, _LETTER_KEYS)) | frozenset(map(chr, range(128)))


# ------------------------------------------------------------------------- phones

_FIELD = "phone"

# What people put between digits: spaces, dots, dashes (also the typographic ones word
# processors substitute) and the parentheses of "(+84)" or "(028)".
_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015()]")
_DIALLABLE = re.compile(r"\+?[0-9]+")
_PHONE_QUERY = re.compile(r"[0-9]{4,}")
_PARENTHESES = re.compile(r"\(([^()]*)\)")
# Free (1800) and paid (1900) service numbers: kept as numbers of kind "other".
_SERVICE_PREFIXES = ("1800", "1900")
_SERVICE_KINDS = (PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE)

_KINDS = {
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE: "landline",
}


@dataclass(frozen=True, slots=True)
class ParsedPhone:
    """A phone number as stored: E.164 plus what the person typed.

    `converted_from` is the old national number when a renumbering was applied: an old
    11-digit mobile ("01689123456" -> "0389123456", 2018) or an old landline area code
    ("05113822123" -> "02363822123", 2017). `ambiguous` is True when the typed number
    has more than one valid reading; see `interpretations`.
    """

    e164: str
    raw: str
    converted_from: str | None = None
    ambiguous: bool = False
    kind: str = "other"  # "mobile", "landline" or "other"

    @property
    def national(self) -> str:
        """National form, leading 0, no spaces ("0912345678").

        A number from another country has no Vietnamese national form: that one is
        given in E.164, which is also how it is dialled from Vietnam.
        """
        if self.e164.startswith("+84"):
            return "0" + self.e164[3:]
        return self.e164


def phone_digits(text: str) -> str:
    """Only the digits of `text`, for matching the last digits of a stored number."""
    return "".join(c for c in _ascii_digits(text) if "0" <= c <= "9")


def looks_like_phone(text: str) -> bool:
    """Whether a search query is a phone number or its last digits rather than a name.

    Four digits is the shortest tail an agent reads out ("the one ending 5678").
    """
    compact = _SEPARATORS.sub("", _ascii_digits(text)).removeprefix("+")
    return _PHONE_QUERY.fullmatch(compact) is not None


def parse_phone(text: str) -> ParsedPhone:
    """Parse a phone number typed in any common way; raise ValidationError if it is not one.

    A number that is both a mobile and an old landline is read as the mobile (with
    `ambiguous` set) unless its area code is written in parentheses; the other reading
    is in `interpretations`.
    """
    return _readings(text)[0]


def interpretations(text: str) -> list[ParsedPhone]:
    """Every valid reading of `text`, the default (as `parse_phone` gives it) first.

    Before 2017 a landline was dialled with a shorter area code, and some of those old
    numbers are also valid mobiles today: HCMC's "08 3823 4567" is now the landline
    028 3823 4567 and also the mobile 083 823 4567; Thanh Hóa's "037 3852 123" is now
    0237 3852 123 and also a Viettel mobile. The mobile comes first, unless the area
    code was written in parentheses ("(08) 3823 4567"), which only a landline is. Any
    other number gives a one-element list.
    """
    return _readings(text)


def _readings(text: str) -> list[ParsedPhone]:
    raw = nfc(text)
    if not raw:
        raise ValidationError(
            t("Type a phone number, such as 0912 345 678 or +84 912 345 678."), _FIELD
        )
    compact = _SEPARATORS.sub("", _ascii_digits(raw))
    if not _DIALLABLE.fullmatch(compact):
        raise ValidationError(
            t(
                "“{raw}” is not a phone number: type a Vietnamese number such as "
                "0912 345 678 or +84 912 345 678.",
                raw=raw,
            ),
            _FIELD,
        )
    significant = _vietnamese_significant(compact)
    if significant is None:
        return [_foreign(raw, compact)]
    if significant.startswith(_SERVICE_PREFIXES):
        return [_service(raw, significant)]
    readings = [
        reading
        for reading in (
            _mobile(raw, significant),
            _landline(raw, significant),
            _old_landline(raw, significant),
        )
        if reading is not None
    ]
    if not readings:
        raise _invalid_vietnamese(raw, significant)
    if len(readings) == 1:
        return readings
    # Only a 9-digit number has two readings: a mobile, then an old landline.
    mobile, landline = readings
    if "(" in raw and _written_area_code(raw, significant):
        mobile, landline = landline, mobile
    return [_ambiguous(mobile), _ambiguous(landline)]


def _ambiguous(reading: ParsedPhone) -> ParsedPhone:
    # Built directly: dataclasses.replace() costs more than the whole parse before it.
    return ParsedPhone(reading.e164, reading.raw, reading.converted_from, True, reading.kind)


def _vietnamese_significant(compact: str) -> str | None:
    """The national significant number (no trunk 0, no 84) or None for a foreign number."""
    if compact.startswith("+"):
        if not compact.startswith("+84"):
            return None
        significant = compact[3:]
    elif compact.startswith("0084"):
        significant = compact[4:]
    elif compact.startswith("00"):
        # 00 is Vietnam's international prefix: "0065 ..." is a Singapore number.
        return None
    elif compact.startswith("0"):
        return compact[1:]
    elif compact.startswith("84") and len(compact) >= 10:
        # No Vietnamese significant number of 8+ digits starts with 84, so this is the
        # country code. Shorter ones ("849 123 456") are an 084 mobile that lost its 0.
        significant = compact[2:]
    else:
        # Spreadsheets drop the leading 0 of a number stored as a number: "912345678".
        return compact
    # "(+84) 0912 345 678" is common: the trunk 0 is redundant after the country code.
    return significant.removeprefix("0")


def _mobile(raw: str, significant: str) -> ParsedPhone | None:
    """A mobile of today, or an old 11-digit one converted (2018)."""
    if len(significant) == MOBILE_DIGITS - 1 and "0" + significant[:2] in MOBILE_PREFIXES:
        return ParsedPhone("+84" + significant, raw, kind="mobile")
    if len(significant) == OLD_MOBILE_DIGITS - 1:
        new_prefix = OLD_MOBILE_PREFIXES.get("0" + significant[:3])
        if new_prefix is not None:
            new = new_prefix[1:] + significant[3:]
            return ParsedPhone("+84" + new, raw, "0" + significant, kind="mobile")
    return None


def _landline(raw: str, significant: str) -> ParsedPhone | None:
    """A landline with one of today's 63 area codes."""
    area = area_code_of(significant)
    if area is None or not _subscriber_fits(significant[len(area.new) :], area):
        return None
    return ParsedPhone("+84" + significant, raw, kind="landline")


def _old_landline(raw: str, significant: str) -> ParsedPhone | None:
    """A landline written with its area code from before 2017, converted."""
    area = old_area_code_of(significant)
    if area is None:
        return None
    subscriber = significant[len(area.old) :]
    if not _subscriber_fits(subscriber, area):
        return None
    return ParsedPhone("+84" + area.new + subscriber, raw, "0" + significant, kind="landline")


def _subscriber_fits(subscriber: str, area: LandlineArea) -> bool:
    return len(subscriber) == area.subscriber_digits and subscriber[:1] in SUBSCRIBER_FIRST_DIGITS


def _written_area_code(raw: str, significant: str) -> bool:
    """Whether `raw` puts the old area code of `significant` in parentheses, as only a
    landline is written: "(08) 3823 4567", "(037) 3852 123", "+84 (8) 3823 4567"."""
    area = old_area_code_of(significant)
    for inside in _PARENTHESES.findall(raw):
        code = _SEPARATORS.sub("", _ascii_digits(inside)).removeprefix("+84")
        if area is not None and code.removeprefix("0") == area.old:
            return True
    return False


def _service(raw: str, significant: str) -> ParsedPhone:
    try:
        number = phonenumbers.parse("+84" + significant, None)
    except NumberParseException:
        number = None
    if number is None or phonenumbers.number_type(number) not in _SERVICE_KINDS:
        raise ValidationError(
            t(
                "“{raw}” is not a valid Vietnamese phone number: check the digits; a mobile "
                "looks like 0912 345 678 and a landline like 028 3823 4567.",
                raw=raw,
            ),
            _FIELD,
        )
    return ParsedPhone(phonenumbers.format_number(number, PhoneNumberFormat.E164), raw)


def _foreign(raw: str, compact: str) -> ParsedPhone:
    international = "+" + (compact[1:] if compact.startswith("+") else compact[2:])
    try:
        number = phonenumbers.parse(international, None)
    except NumberParseException:
        raise ValidationError(
            t(
                "“{raw}” does not start with a known country code: type a Vietnamese number "
                "such as 0912 345 678, or + and the country code, such as +65 6123 4567.",
                raw=raw,
            ),
            _FIELD,
        ) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(
            t(
                "“{raw}” is not a valid number for country code +{code}: check the digits, "
                "or type a Vietnamese number such as 0912 345 678.",
                raw=raw,
                code=number.country_code,
            ),
            _FIELD,
        )
    return ParsedPhone(
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        raw=raw,
        kind=_KINDS.get(phonenumbers.number_type(number), "other"),
    )


def _ascii_digits(text: str) -> str:
    # Full-width digits arrive from some East Asian input methods and from PDFs.
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


# ------------------------------------------------------- why a number is not one


class _Shape(NamedTuple):
    """What a number looks like from its first digits, and how long that kind is."""

    rank: int  # which shape a message names when several fit: the lowest
    kind: str  # "mobile", "old mobile", "landline", "old landline"
    digits: int  # national length, trunk 0 included
    start: str  # the digits that make it look so ("091", "0168", "0236")
    area: LandlineArea | None = None


def _shapes() -> dict[str, list[_Shape]]:
    """National starts -> the shapes they begin. A landline's start includes the first
    subscriber digit (never 0 or 1), a mobile's is the prefix alone."""
    shapes: dict[str, list[_Shape]] = {}

    def add(key: str, shape: _Shape) -> None:
        shapes.setdefault(key, []).append(shape)

    for prefix in MOBILE_PREFIXES:
        add(prefix, _Shape(0, "mobile", MOBILE_DIGITS, prefix))
    for prefix in OLD_MOBILE_PREFIXES:
        add(prefix, _Shape(1, "old mobile", OLD_MOBILE_DIGITS, prefix))
    for code, area in AREA_CODES.items():
        for first in SUBSCRIBER_FIRST_DIGITS:
            add("0" + code + first, _Shape(2, "landline", area.digits, "0" + code, area))
    for code, area in OLD_AREA_CODES.items():
        for first in SUBSCRIBER_FIRST_DIGITS:
            shape = _Shape(3, "old landline", area.old_digits, "0" + code, area)
            add("0" + code + first, shape)
    return shapes


_SHAPES = _shapes()
_PROPER_STARTS = frozenset(key[:k] for key in _SHAPES for k in range(1, len(key)))
_LONGEST_START = max(map(len, _SHAPES))


def _shape_of(national: str) -> _Shape | str | None:
    """The shape `national` looks like; else the first digits no number starts with;
    None when it is too short to tell."""
    found: list[_Shape] = []
    for k in range(1, min(len(national), _LONGEST_START) + 1):
        start = national[:k]
        found += _SHAPES.get(start, ())
        if not found and start not in _PROPER_STARTS:
            return start
    return min(found) if found else None


def _invalid_vietnamese(raw: str, significant: str) -> ValidationError:
    national = "0" + significant
    shape = _shape_of(national)
    if isinstance(shape, str):
        message = t(
            "“{raw}” is not a Vietnamese phone number: no mobile or landline starts with "
            "{start}. Check the digits; a mobile looks like 0912 345 678 and a landline "
            "like 028 3823 4567.",
            raw=raw,
            start=shape,
        )
    elif shape is None:
        message = t(
            "“{raw}” is too short for a phone number: a Vietnamese mobile has 10 digits, "
            "such as 0912 345 678, and a landline 11, such as 028 3823 4567.",
            raw=raw,
        )
    else:
        message = _wrong_length(raw, shape, short=len(national) < shape.digits)
    return ValidationError(message, _FIELD)


def _wrong_length(raw: str, shape: _Shape, short: bool) -> str:
    """Too short or too long for what the number looks like, with the length it needs."""
    if shape.area is not None:
        return _wrong_landline_length(raw, shape, shape.area, short)
    if shape.kind == "mobile":
        if short:
            return t(
                "“{raw}” is too short for a mobile number: a Vietnamese mobile has 10 digits, "
                "such as 0912 345 678.",
                raw=raw,
            )
        return t(
            "“{raw}” is too long for a mobile number: a Vietnamese mobile has 10 digits, "
            "such as 0912 345 678.",
            raw=raw,
        )
    values = {"raw": raw, "prefix": shape.start, "example": shape.start + " 912 3456"}
    if short:
        return t(
            "“{raw}” is too short for an old mobile number: before 2018 the numbers "
            "starting with {prefix} had 11 digits, such as {example}.",
            **values,
        )
    return t(
        "“{raw}” is too long for an old mobile number: before 2018 the numbers "
        "starting with {prefix} had 11 digits, such as {example}.",
        **values,
    )


def _wrong_landline_length(raw: str, shape: _Shape, area: LandlineArea, short: bool) -> str:
    values = {
        "raw": raw,
        "province": area.province,
        "code": shape.start,
        "digits": shape.digits,
        "example": _example(shape.start, area),
    }
    if shape.kind == "landline":
        if short:
            return t(
                "“{raw}” is too short for a landline number of {province}: numbers with the "
                "area code {code} have {digits} digits, such as {example}.",
                **values,
            )
        return t(
            "“{raw}” is too long for a landline number of {province}: numbers with the area "
            "code {code} have {digits} digits, such as {example}.",
            **values,
        )
    if short:
        return t(
            "“{raw}” is too short for an old landline number of {province}: numbers with the "
            "area code {code}, used until 2017, had {digits} digits, such as {example}.",
            **values,
        )
    return t(
        "“{raw}” is too long for an old landline number of {province}: numbers with the area "
        "code {code}, used until 2017, had {digits} digits, such as {example}.",
        **values,
    )


def _example(code: str, area: LandlineArea) -> str:
    """A number of that area code written the usual way: "028 3823 4567", "0236 3823 456"."""
    subscriber = "38234567"[: area.subscriber_digits]
    return f"{code} {subscriber[:4]} {subscriber[4:]}"
