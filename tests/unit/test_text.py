"""Search keys, stored text and phone numbers as an agent types them."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.text import (
    OLD_MOBILE_PREFIXES,
    ParsedPhone,
    fold,
    interpretations,
    looks_like_phone,
    nfc,
    parse_phone,
    phone_digits,
)

# The 2018 renumbering, written out again here so the table in app.text is checked
# against an independent copy rather than against itself.
RENUMBERING = {
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

# Mobile prefixes phonenumbers accepts as valid for every following 7 digits (checked
# against its metadata; 089x and 099x are only partly allocated, so they are left out).
MOBILE_PREFIXES = (
    [f"03{d}" for d in range(2, 10)]
    + ["056", "058", "059", "070", "076", "077", "078", "079"]
    + [f"08{d}" for d in range(1, 9)]
    + [f"09{d}" for d in range(0, 9)]
)

_TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]  # grave acute hook tilde dot
_VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
_LOWER = [unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in _TONES] + list(
    "bcdđghklmnpqrstvx"
)
VIETNAMESE_LETTERS = "".join(_LOWER) + "".join(c.upper() for c in _LOWER)

vietnamese_text = st.text(alphabet=VIETNAMESE_LETTERS + " ", max_size=40)
seven_digits = st.text(alphabet="0123456789", min_size=7, max_size=7)


def _has_mark(s: str) -> bool:
    return any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", s))


# ----------------------------------------------------------------------------- nfc


def test_nfc_composes_decomposed_text() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Đào")
    assert decomposed != "Nguyễn Thị Đào"
    assert nfc(decomposed) == "Nguyễn Thị Đào"


def test_nfc_strips_and_collapses_whitespace() -> None:
    assert nfc("  Nguyễn \t Thị\u00a0\u00a0Đào\n") == "Nguyễn Thị Đào"
    assert nfc("   ") == ""


# ---------------------------------------------------------------------------- fold


@pytest.mark.parametrize(
    "text",
    [
        "Nguyễn Thị Đào",
        "nguyen thi dao",
        "NGUYỄN thị đào",
        unicodedata.normalize("NFD", "Nguyễn Thị Đào"),
        "  Nguyễn   Thị\tĐào ",
        "NGUYỄN THỊ ĐÀO",
        # Icelandic eth, which legacy Vietnamese encodings leave where Đ was meant.
        "Nguyễn Thị Ðào",
    ],
)
def test_fold_matches_every_spelling_of_a_name(text: str) -> None:
    assert fold(text) == "nguyen thi dao"


def test_fold_turns_every_vietnamese_letter_into_ascii() -> None:
    folded = fold(VIETNAMESE_LETTERS)
    assert folded.isascii()
    assert folded == folded.lower()
    assert fold("Trường Ươm Ấp Ỷ Đức") == "truong uom ap y duc"


def test_fold_keeps_other_scripts_whole() -> None:
    # Hangul decomposes into jamo under NFD; the key must still match a typed syllable.
    assert fold("한국") == "한국"
    assert fold("Straße") == "strasse"


@settings(max_examples=200)
@given(st.text(max_size=30))
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@settings(max_examples=200)
@given(st.text(max_size=30))
def test_fold_output_has_no_marks_no_d_bar_and_tidy_spaces(text: str) -> None:
    folded = fold(text)
    assert not any(unicodedata.category(c) == "Mn" for c in folded)
    assert "đ" not in folded and "Đ" not in folded
    assert folded == folded.strip()
    assert "  " not in folded


@settings(max_examples=200)
@given(vietnamese_text)
def test_fold_ignores_normal_form_and_case_of_vietnamese(text: str) -> None:
    expected = fold(text)
    assert fold(unicodedata.normalize("NFD", text)) == expected
    assert fold(unicodedata.normalize("NFC", text)) == expected
    assert fold(text.upper()) == expected
    assert fold(text.lower()) == expected
    assert expected.isascii()
    assert not _has_mark(expected)


# ------------------------------------------------------------------ phone formats


@pytest.mark.parametrize(
    "typed",
    [
        "0912345678",
        "0912 345 678",
        "0912.345.678",
        "0912-345-678",
        "+84 912 345 678",
        "+84912345678",
        "84912345678",
        "(+84) 912345678",
        "(+84) 0912 345 678",
        "0084912345678",
        "0084 912 345 678",
        "  0912  345 678 ",
        "０９１２３４５６７８",  # full-width digits from some input methods
        "912345678",  # a spreadsheet dropped the leading 0
    ],
)
def test_parse_phone_accepts_common_formats(typed: str) -> None:
    phone = parse_phone(typed)
    assert phone.e164 == "+84912345678"
    assert phone.national == "0912345678"
    assert phone.kind == "mobile"
    assert phone.converted_from is None
    assert phone.ambiguous is False


def test_parse_phone_keeps_what_was_typed_tidied() -> None:
    assert parse_phone("  0912   345.678 ").raw == "0912 345.678"


def test_parse_phone_reads_a_landline() -> None:
    phone = parse_phone("028 3823 4567")
    assert phone == ParsedPhone(
        e164="+842838234567",
        raw="028 3823 4567",
        converted_from=None,
        ambiguous=False,
        kind="landline",
    )
    assert phone.national == "02838234567"
    assert interpretations("028 3823 4567") == [phone]


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("+65 6123 4567", "+6561234567"),
        ("0065 6123 4567", "+6561234567"),
        ("+44 20 7946 0958", "+442079460958"),
    ],
)
def test_parse_phone_accepts_foreign_numbers_with_country_code(typed: str, e164: str) -> None:
    phone = parse_phone(typed)
    assert phone.e164 == e164
    assert phone.national == e164
    assert phone.ambiguous is False


# -------------------------------------------------------------- 2018 renumbering


def test_renumbering_table_is_complete() -> None:
    assert dict(OLD_MOBILE_PREFIXES) == RENUMBERING


@pytest.mark.parametrize(("old", "new"), sorted(RENUMBERING.items()))
def test_old_mobile_is_mapped_to_its_new_number(old: str, new: str) -> None:
    for typed in (f"{old}1234567", f"+84 {old[1:]} 123 4567", f"84{old[1:]}1234567"):
        phone = parse_phone(typed)
        assert phone.e164 == f"+84{new[1:]}1234567", typed
        assert phone.national == f"{new}1234567"
        assert phone.converted_from == f"{old}1234567"
        assert phone.kind == "mobile"
        # Someone who typed all 11 digits meant the mobile: no landline reading.
        assert phone.ambiguous is False
        assert interpretations(typed) == [phone]


# ------------------------------------------------------- old HCMC landline vs 08x


@pytest.mark.parametrize("typed", ["0838123456", "083 812 3456", "08 3812 3456", "+84 838 123 456"])
def test_08_plus_8_digits_is_ambiguous_and_read_as_mobile_first(typed: str) -> None:
    phone = parse_phone(typed)
    assert phone.e164 == "+84838123456"
    assert phone.kind == "mobile"
    assert phone.ambiguous is True
    assert phone.converted_from is None


def test_08_plus_8_digits_offers_the_mobile_and_the_hcmc_landline() -> None:
    mobile, landline = interpretations("08 3812 3456")
    assert mobile == parse_phone("08 3812 3456")
    assert landline.e164 == "+842838123456"
    assert landline.national == "02838123456"
    assert landline.kind == "landline"
    assert landline.ambiguous is True
    assert landline.converted_from == "0838123456"
    assert landline.raw == "08 3812 3456"


def test_other_numbers_have_one_interpretation() -> None:
    assert interpretations("0912 345 678") == [parse_phone("0912 345 678")]


def test_081_mobile_is_not_ambiguous() -> None:
    # "08 1234 5678" cannot be an old HCMC landline: those never started with 1.
    phone = parse_phone("0812 345 678")
    assert phone.e164 == "+84812345678"
    assert phone.ambiguous is False
    assert interpretations("0812 345 678") == [phone]


# ------------------------------------------------------------------ invalid input


@pytest.mark.parametrize(
    "typed",
    [
        "12ab",
        "abc",
        "Nguyễn Thị Đào",
        "0912 345 678 ext 12",
        "0912/0987",
        "+",
        "0912 345",  # too short
        "0912 345 6789",  # too long
        "0912 345 678 0987 654 321",  # two numbers in one box
        "0401234567",  # no such prefix
        "0130 123 4567",  # not an old prefix that was renumbered
        "+999 123",  # no such country code
        "+1 555 0000",  # too short for the US
    ],
)
def test_invalid_phone_says_what_was_typed_and_shows_a_valid_format(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_phone(typed)
    message = str(caught.value)
    assert f"“{nfc(typed)}”" in message
    assert "0912 345 678" in message
    assert caught.value.field == "phone"
    with pytest.raises(ValidationError):
        interpretations(typed)


@pytest.mark.parametrize(
    ("typed", "words"),
    [("0912 345", "too short"), ("0912 345 6789", "too long"), ("12ab", "not a phone number")],
)
def test_invalid_phone_message_names_the_problem(typed: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        parse_phone(typed)


@pytest.mark.parametrize("typed", ["", "   "])
def test_empty_phone_asks_for_one(typed: str) -> None:
    with pytest.raises(ValidationError, match="0912 345 678"):
        parse_phone(typed)


# ------------------------------------------------------------------ search helpers


def test_phone_digits_keeps_only_digits() -> None:
    assert phone_digits("(+84) 912-345.678") == "84912345678"
    assert phone_digits("đuôi 5678") == "5678"
    assert phone_digits("") == ""


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("5678", True),
        ("0912 345 678", True),
        ("+84 912", True),
        ("(028) 3812", True),
        ("0912.345-678", True),
        ("567", False),
        ("", False),
        ("12ab", False),
        ("Nguyễn", False),
        ("Đào 5678", False),
        ("++5678", False),
    ],
)
def test_looks_like_phone(query: str, expected: bool) -> None:
    assert looks_like_phone(query) is expected


# ---------------------------------------------------------------- phone properties


def _variants(national: str) -> list[str]:
    """Ways people write the 10-digit national number `national`."""
    nsn = national[1:]
    grouped = f"{national[:4]} {national[4:7]} {national[7:]}"
    return [
        national,
        grouped,
        grouped.replace(" ", "."),
        grouped.replace(" ", "-"),
        f"+84 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
        f"+84{nsn}",
        f"84{nsn}",
        f"(+84) {nsn}",
        f"0084{nsn}",
    ]


@settings(max_examples=150)
@given(st.sampled_from(MOBILE_PREFIXES), seven_digits)
def test_every_format_of_a_mobile_gives_the_same_number(prefix: str, rest: str) -> None:
    national = prefix + rest
    for typed in _variants(national):
        phone = parse_phone(typed)
        assert phone.e164 == "+84" + national[1:], typed
        assert phone.national == national
        assert phone.kind == "mobile"
        assert phone.converted_from is None
        assert looks_like_phone(typed)
        assert phone_digits(typed).endswith(national[-4:])


@settings(max_examples=150)
@given(st.sampled_from(sorted(RENUMBERING.items())), seven_digits)
def test_every_old_mobile_is_converted(mapping: tuple[str, str], rest: str) -> None:
    old, new = mapping
    for typed in (old + rest, f"{old} {rest[:3]} {rest[3:]}", f"+84 {old[1:]}{rest}"):
        phone = parse_phone(typed)
        assert phone.e164 == f"+84{new[1:]}{rest}", typed
        assert phone.converted_from == old + rest
        assert phone.ambiguous is False


@settings(max_examples=100)
@given(st.integers(min_value=2, max_value=8), seven_digits)
def test_every_08_number_has_a_mobile_and_a_landline_reading(third: int, rest: str) -> None:
    # 081 is left out: no HCMC landline number starts with 1 (028 1... is not valid).
    significant = f"8{third}{rest}"
    readings = interpretations("0" + significant)
    assert [r.e164 for r in readings] == ["+84" + significant, "+842" + significant]
    assert [r.kind for r in readings] == ["mobile", "landline"]
    assert all(r.ambiguous for r in readings)


@settings(max_examples=150)
@given(
    st.one_of(
        st.tuples(st.sampled_from(MOBILE_PREFIXES), seven_digits),
        st.tuples(st.sampled_from(sorted(RENUMBERING)), seven_digits),
        st.tuples(st.sampled_from([f"028{d}" for d in range(2, 10)]), seven_digits),
    )
)
def test_parsed_phone_round_trips(parts: tuple[str, str]) -> None:
    phone = parse_phone("".join(parts))
    assert parse_phone(phone.e164).e164 == phone.e164
    assert parse_phone(phone.national).e164 == phone.e164
