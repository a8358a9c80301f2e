"""The Vietnamese numbering plan: every mobile prefix, every 2018 and 2017 conversion.

The expected tables are written out here by hand, so app.phone_plan is checked against an
independent copy rather than against itself.
"""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.phone_plan import (
    AREA_CODES,
    KEPT_AREA_CODES,
    LANDLINE_RENUMBERING,
    MOBILE_PREFIXES,
    OLD_AREA_CODES,
    area_code_of,
    old_area_code_of,
)
from app.text import interpretations, parse_phone
from tests.landline_codes import KEPT, RENUMBERED

CARRIERS = {
    "032": "Viettel",
    "033": "Viettel",
    "034": "Viettel",
    "035": "Viettel",
    "036": "Viettel",
    "037": "Viettel",
    "038": "Viettel",
    "039": "Viettel",
    "086": "Viettel",
    "096": "Viettel",
    "097": "Viettel",
    "098": "Viettel",
    "081": "VinaPhone",
    "082": "VinaPhone",
    "083": "VinaPhone",
    "084": "VinaPhone",
    "085": "VinaPhone",
    "088": "VinaPhone",
    "091": "VinaPhone",
    "094": "VinaPhone",
    "070": "MobiFone",
    "076": "MobiFone",
    "077": "MobiFone",
    "078": "MobiFone",
    "079": "MobiFone",
    "089": "MobiFone",
    "090": "MobiFone",
    "093": "MobiFone",
    "052": "Vietnamobile",
    "056": "Vietnamobile",
    "058": "Vietnamobile",
    "092": "Vietnamobile",
    "059": "Gmobile",
    "099": "Gmobile",
    "087": "iTel",
    "055": "Reddi",
}

# Every 0xx from 020 to 099 that is not a mobile prefix today.
NOT_MOBILE = [
    "020",
    "021",
    "022",
    "023",
    "024",
    "025",
    "026",
    "027",
    "028",
    "029",
    "030",
    "031",
    "040",
    "041",
    "042",
    "043",
    "044",
    "045",
    "046",
    "047",
    "048",
    "049",
    "050",
    "051",
    "053",
    "054",
    "057",
    "060",
    "061",
    "062",
    "063",
    "064",
    "065",
    "066",
    "067",
    "068",
    "069",
    "071",
    "072",
    "073",
    "074",
    "075",
    "080",
    "095",
]

# Those of them that, followed by 2345678, are an old landline -> its number today: a 2-digit
# old area code and 7 digits, or Hà Nội's 4 and 8 digits.
OLD_LANDLINE = {
    "020": "+842142345678",
    "022": "+842122345678",
    "025": "+842052345678",
    "026": "+842062345678",
    "027": "+842072345678",
    "029": "+842162345678",
    "030": "+842292345678",
    "031": "+842252345678",
    "042": "+842422345678",
    "043": "+842432345678",
    "044": "+842442345678",
    "045": "+842452345678",
    "046": "+842462345678",
    "047": "+842472345678",
    "048": "+842482345678",
    "049": "+842492345678",
    "053": "+842332345678",
    "054": "+842342345678",
    "057": "+842572345678",
    "060": "+842602345678",
    "061": "+842512345678",
    "062": "+842522345678",
    "063": "+842632345678",
    "064": "+842542345678",
    "066": "+842762345678",
    "067": "+842772345678",
    "068": "+842592345678",
    "072": "+842722345678",
    "073": "+842732345678",
    "074": "+842942345678",
    "075": "+842752345678",
}

# Old codes that, with a 7-digit subscriber number (8 for HCMC), are also a mobile today.
ALSO_MOBILE = {
    "8",
    "33",
    "36",
    "37",
    "38",
    "39",
    "52",
    "55",
    "56",
    "58",
    "59",
    "70",
    "76",
    "77",
    "79",
}


def _subscriber(code: str) -> str:
    """A subscriber number as the old code had them: 8 digits in Hà Nội and HCMC."""
    return "38251234" if code in ("4", "8", "24", "28") else "3812345"


def _written(code: str, subscriber: str) -> list[str]:
    """The ways an old or new landline is written: spaces, dots, parentheses, +84, 84."""
    head, tail = subscriber[:4], subscriber[4:]
    return [
        f"0{code}{subscriber}",
        f"0{code} {head} {tail}",
        f"0{code}.{head}.{tail}",
        f"0{code}-{head}-{tail}",
        f"(0{code}) {head} {tail}",
        f"(0{code}) {head[0]}.{head[1:]}.{tail}",
        f"+84 {code} {head} {tail}",
        f"84 {code} {head} {tail}",
        f"(+84) {code} {head} {tail}",
        f"+84 (0) {code} {head} {tail}",
    ]


# ------------------------------------------------------------------------------ tables


def test_the_tables_are_the_ministrys() -> None:
    assert dict(MOBILE_PREFIXES) == CARRIERS
    assert {a.old: (a.new, a.province) for a in LANDLINE_RENUMBERING} == RENUMBERED
    assert {a.new: a.province for a in KEPT_AREA_CODES} == KEPT
    assert all(a.old == a.new for a in KEPT_AREA_CODES)


def test_63_provinces_59_changed_their_area_code_and_4_kept_it() -> None:
    assert len(RENUMBERED) == 59
    assert len(KEPT) == 4
    assert len(AREA_CODES) == 63
    assert len(OLD_AREA_CODES) == 59
    assert len({province for _, province in RENUMBERED.values()} | set(KEPT.values())) == 63


def test_every_landline_has_11_digits_today_and_had_10_or_11() -> None:
    for area in LANDLINE_RENUMBERING + KEPT_AREA_CODES:
        assert area.digits == 11, area
    assert [a.old_digits for a in LANDLINE_RENUMBERING if a.old in ("4", "8")] == [10, 10]
    assert {a.old_digits for a in LANDLINE_RENUMBERING if len(a.old) == 2} == {10}
    assert {a.old_digits for a in LANDLINE_RENUMBERING if len(a.old) == 3} == {11}


def test_no_area_code_is_the_start_of_another() -> None:
    # What makes reading a code from the front of a number unambiguous.
    for codes in (list(AREA_CODES), [*OLD_AREA_CODES, *KEPT]):
        assert [(a, b) for a in codes for b in codes if a != b and b.startswith(a)] == []


@pytest.mark.parametrize(
    ("significant", "new", "old"),
    [
        ("2438251234", "24", None),
        ("2363822123", "236", None),
        ("438251234", None, "4"),
        ("5113822123", None, "511"),
        ("313812345", None, "31"),
        ("2103812345", "210", None),
        ("912345678", None, None),
    ],
)
def test_area_codes_are_read_from_the_front(significant: str, new: str | None, old: str | None):
    found = area_code_of(significant)
    assert (found.new if found else None) == new
    found_old = old_area_code_of(significant)
    assert (found_old.old if found_old else None) == old


# ------------------------------------------------------------------------------ mobiles


@pytest.mark.parametrize("prefix", sorted(CARRIERS))
def test_every_mobile_prefix_in_use_is_a_mobile(prefix: str) -> None:
    for typed in (
        f"{prefix}1234567",
        f"{prefix[:3]} 123 4567",
        f"+84 {prefix[1:]} 123 4567",
        f"84{prefix[1:]}1234567",
        f"{prefix}.123.4567",
    ):
        phone = parse_phone(typed)
        assert (phone.e164, phone.kind, phone.converted_from) == (
            f"+84{prefix[1:]}1234567",
            "mobile",
            None,
        ), typed
    # With the subscriber number of an old landline the mobile still comes first.
    assert parse_phone(f"{prefix}3812345").e164 == f"+84{prefix[1:]}3812345"
    assert parse_phone(f"{prefix}3812345").kind == "mobile"


@pytest.mark.parametrize("prefix", NOT_MOBILE)
def test_a_prefix_no_network_has_is_not_a_mobile(prefix: str) -> None:
    # Followed by a 1, no old landline reading can rescue it either, but for Hà Nội, whose
    # old code had one digit: there the third digit starts the subscriber number.
    if prefix in ("042", "043", "044", "045", "046", "047", "048", "049"):
        assert parse_phone(f"{prefix}1234567").e164 == f"+8424{prefix[2]}1234567"
    else:
        with pytest.raises(ValidationError):
            parse_phone(f"{prefix}1234567")
    # Followed by 2-9 it is an old landline where the old plan had that code, else nothing.
    typed = f"{prefix}2345678"
    if prefix in OLD_LANDLINE:
        phone = parse_phone(typed)
        assert (phone.e164, phone.kind, phone.converted_from) == (
            OLD_LANDLINE[prefix],
            "landline",
            typed,
        )
    elif prefix in ("021", "024", "028"):  # a landline of today missing a digit
        with pytest.raises(ValidationError, match="too short for a landline"):
            parse_phone(typed)
    else:
        with pytest.raises(ValidationError):
            parse_phone(typed)


def test_the_prefixes_are_split_between_mobiles_and_the_rest() -> None:
    every = {f"0{d}" for d in range(20, 100)}
    assert set(CARRIERS) | set(NOT_MOBILE) == every
    assert not set(CARRIERS) & set(NOT_MOBILE)


# ---------------------------------------------------------------------------- landlines


@pytest.mark.parametrize(
    ("old", "new", "province"), [(old, *area) for old, area in RENUMBERED.items()]
)
def test_every_2017_landline_conversion_in_every_written_form(
    old: str, new: str, province: str
) -> None:
    subscriber = _subscriber(old)
    e164 = f"+84{new}{subscriber}"
    for typed in _written(old, subscriber):
        readings = interpretations(typed)
        landline = next(r for r in readings if r.kind == "landline")
        assert landline.e164 == e164, typed
        assert landline.converted_from == f"0{old}{subscriber}", typed
        parsed = parse_phone(typed)
        written_as_landline = f"(0{old})" in typed
        if old in ALSO_MOBILE and not written_as_landline:
            assert parsed.e164 == f"+84{old}{subscriber}", typed  # the mobile wins
            assert [r.kind for r in readings] == ["mobile", "landline"]
        else:
            assert parsed == landline, typed


@pytest.mark.parametrize(("code", "province"), sorted(KEPT.items()))
def test_the_four_kept_area_codes_are_read_as_they_are(code: str, province: str) -> None:
    for typed in _written(code, "3812345"):
        phone = parse_phone(typed)
        assert (phone.e164, phone.kind, phone.converted_from) == (
            f"+84{code}3812345",
            "landline",
            None,
        )
        assert interpretations(typed) == [phone]


@pytest.mark.parametrize("new", sorted({n for n, _ in RENUMBERED.values()} | set(KEPT)))
def test_every_landline_of_today_is_read_as_it_is(new: str) -> None:
    subscriber = _subscriber(new)
    for typed in _written(new, subscriber):
        phone = parse_phone(typed)
        assert (phone.e164, phone.kind, phone.converted_from) == (
            f"+84{new}{subscriber}",
            "landline",
            None,
        )
        assert interpretations(typed) == [phone]


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("0243 825 123", "too short for a landline number of Hà Nội"),
        ("0236 3822 12", "too short for a landline number of Đà Nẵng"),
        ("0236 3822 1234", "too long for a landline number of Đà Nẵng"),
        ("0217 3822 123", "no mobile or landline starts with 0217"),  # no such area code
        ("0223 3822 123", "too long for an old landline number of Sơn La"),  # 022 + 8
        ("0201 234 5678", "no mobile or landline starts with 0201"),
        ("0236 1822 123", "no mobile or landline starts with 02361"),
        ("0236 0822 123", "no mobile or landline starts with 02360"),
        ("031 3812 34", "too short for an old landline number of Hải Phòng"),
        # Both a mobile and an old landline of Thanh Hóa start so: the mobile is named.
        ("037 3852 12", "too short for a mobile number"),
        ("037 3852 1234", "too long for a mobile number"),
        # Quảng Ninh today, or Lào Cai's old 020 + 3...: today's code is named.
        ("0203 3812 3", "too short for a landline number of Quảng Ninh"),
        ("0203 3812 3456", "too long for a landline number of Quảng Ninh"),
        ("031 3812 3456", "too long for an old landline number of Hải Phòng"),
    ],
)
def test_a_landline_from_no_plan_is_refused_saying_why(typed: str, why: str) -> None:
    with pytest.raises(ValidationError, match=why):
        parse_phone(typed)


def test_an_old_10_digit_number_is_told_from_todays_11_digit_one_by_its_length() -> None:
    # 020 was Lào Cai's code; 0203 is Quảng Ninh's today.
    old = parse_phone("0203 3812 34")
    assert (old.e164, old.converted_from) == ("+842143381234", "0203381234")
    new = parse_phone("0203 3812 345")
    assert (new.e164, new.converted_from) == ("+842033812345", None)
