"""Text rules every screen, import and search shares.

- `nfc`: the form text is stored in (Vietnamese typed on different keyboards and
  pasted from different apps arrives composed or decomposed; stored once, one way).
- `fold`: the diacritic-free search key, so "nguyen thi dao" finds "Nguyễn Thị Đào".
- Vietnamese phone numbers: `parse_phone` accepts whatever people type and gives
  E.164, mapping the old 11-digit mobiles (2018 renumbering) to their new form.

Pure Python plus `phonenumbers`: no Qt, so services, the CLI and imports use the same rules.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from types import MappingProxyType

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from app.errors import ValidationError
from app.i18n import t

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
    decomposed = unicodedata.normalize("NFD", nfc(s).casefold())
    unmarked = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    # Recompose what is left: NFD also splits scripts without marks (Hangul syllables into
    # jamo), and those must stay whole to be matched by a query typed in the usual way.
    recomposed = unicodedata.normalize("NFC", unmarked.translate(_D_LETTERS))
    # Dropping a mark that stood between two spaces leaves a double space behind.
    return " ".join(recomposed.split())


# ------------------------------------------------------------------------- phones

#: Old 11-digit mobile prefix -> new 10-digit prefix (2018 renumbering; the last 7 digits stay).
OLD_MOBILE_PREFIXES: MappingProxyType[str, str] = MappingProxyType(
    {
        # MobiFone
        "0120": "070",
        "0121": "079",
        "0122": "077",
        "0126": "076",
        "0128": "078",
        # VinaPhone
        "0123": "083",
        "0124": "084",
        "0125": "085",
        "0127": "081",
        "0129": "082",
        # Viettel
        "0162": "032",
        "0163": "033",
        "0164": "034",
        "0165": "035",
        "0166": "036",
        "0167": "037",
        "0168": "038",
        "0169": "039",
        # Vietnamobile
        "0186": "056",
        "0188": "058",
        # Gmobile
        "0199": "059",
    }
)

_FIELD = "phone"

# What people put between digits: spaces, dots, dashes (also the typographic ones word
# processors substitute) and the parentheses of "(+84)" or "(028)".
_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015()]")
_DIALLABLE = re.compile(r"\+?[0-9]+")
_PHONE_QUERY = re.compile(r"[0-9]{4,}")

_KINDS = {
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE: "landline",
}


@dataclass(frozen=True)
class ParsedPhone:
    """A phone number as stored: E.164 plus what the person typed.

    `converted_from` is the old national number when a renumbering was applied: an old
    11-digit mobile ("01689123456" -> "0389123456"), or, for the landline reading of an
    ambiguous number, the old Ho Chi Minh City landline ("0838123456" -> "02838123456").
    `ambiguous` is True when the typed number has more than one valid reading; see
    `interpretations`.
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

    An ambiguous number ("08" + 8 digits) is read as the mobile, with `ambiguous` set so
    the screen can offer the other reading from `interpretations`.
    """
    return _readings(text)[0]


def interpretations(text: str) -> list[ParsedPhone]:
    """Every valid reading of `text`, the default (as `parse_phone` gives it) first.

    Before 2017 a Ho Chi Minh City landline was "08" + 8 digits, now it is "028" + the
    same 8 digits; an old one written down the old way ("08 3812 3456") is also a valid
    new 08x mobile ("083 812 3456"). Only the person on the phone can tell which, so both
    readings are offered. Any other number gives a one-element list.
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

    converted_from = None
    # Map before asking phonenumbers: its metadata no longer knows the old prefixes.
    new_prefix = OLD_MOBILE_PREFIXES.get("0" + significant[:3])
    if new_prefix is not None and len(significant) == 10:
        converted_from = "0" + significant
        significant = new_prefix[1:] + significant[3:]

    candidates = [(significant, converted_from)]
    if converted_from is None and len(significant) == 9 and significant.startswith("8"):
        candidates.append(("2" + significant, "0" + significant))

    readings = [
        reading
        for candidate, old in candidates
        if (reading := _vietnamese_reading(raw, candidate, old)) is not None
    ]
    if not readings:
        raise _invalid_vietnamese(raw, significant)
    if len(readings) > 1:
        readings = [replace(reading, ambiguous=True) for reading in readings]
    return readings


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


def _vietnamese_reading(
    raw: str, significant: str, converted_from: str | None
) -> ParsedPhone | None:
    try:
        number = phonenumbers.parse("+84" + significant, None)
    except NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return ParsedPhone(
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        raw=raw,
        converted_from=converted_from,
        kind=_KINDS.get(phonenumbers.number_type(number), "other"),
    )


def _invalid_vietnamese(raw: str, significant: str) -> ValidationError:
    # The expected length tells "a digit missing or extra" apart from "wrong digits":
    # landlines (2x) and old mobiles or service numbers (1x) have 10 significant digits,
    # mobiles 9.
    expected = 10 if significant[:1] in ("1", "2") else 9
    if len(significant) < expected:
        message = t(
            "“{raw}” is too short for a phone number: a Vietnamese mobile has 10 digits, "
            "such as 0912 345 678, and a landline 11, such as 028 3823 4567.",
            raw=raw,
        )
    elif len(significant) > expected:
        message = t(
            "“{raw}” is too long for a phone number: a Vietnamese mobile has 10 digits, "
            "such as 0912 345 678, and a landline 11, such as 028 3823 4567.",
            raw=raw,
        )
    else:
        message = t(
            "“{raw}” is not a valid Vietnamese phone number: check the digits; a mobile "
            "looks like 0912 345 678 and a landline like 028 3823 4567.",
            raw=raw,
        )
    return ValidationError(message, _FIELD)


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
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)
