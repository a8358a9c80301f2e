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

# Every mobile prefix in use today (Viettel, VinaPhone, MobiFone, Vietnamobile, Gmobile,
# iTel, Reddi), written out here rather than taken from app.phone_plan.
MOBILE_PREFIXES = [
    "032",
    "033",
    "034",
    "035",
    "036",
    "037",
    "038",
    "039",
    "086",
    "096",
    "097",
    "098",
    "081",
    "082",
    "083",
    "084",
    "085",
    "088",
    "091",
    "094",
    "070",
    "076",
    "077",
    "078",
    "079",
    "089",
    "090",
    "093",
    "052",
    "056",
    "058",
    "092",
    "059",
    "099",
    "087",
    "055",
]

# Today's area codes, one per province (24 and 28 take 8 subscriber digits, others 7).
AREA_CODES = [
    "24",
    "28",
    "225",
    "236",
    "292",
    "296",
    "254",
    "204",
    "209",
    "291",
    "222",
    "275",
    "256",
    "274",
    "271",
    "252",
    "290",
    "206",
    "262",
    "261",
    "215",
    "251",
    "277",
    "269",
    "226",
    "239",
    "220",
    "293",
    "221",
    "258",
    "297",
    "260",
    "213",
    "263",
    "205",
    "214",
    "272",
    "228",
    "238",
    "229",
    "259",
    "257",
    "232",
    "235",
    "255",
    "203",
    "233",
    "299",
    "212",
    "276",
    "227",
    "208",
    "237",
    "234",
    "273",
    "294",
    "207",
    "270",
    "216",
    "210",
    "211",
    "218",
    "219",
]

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
    assert phone.raw == typed


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("+65 6123 4567", "landline"),
        ("+65 9123 4567", "mobile"),
        ("+1 800 275 2273", "other"),
        ("+1 650 253 0000", "other"),
    ],  # the US does not tell mobiles from landlines
)
def test_a_foreign_number_has_the_kind_its_country_gives_it(typed: str, kind: str) -> None:
    assert parse_phone(typed).kind == kind


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (
            "+999 123",
            "“+999 123” does not start with a known country code: type a Vietnamese "
            "number such as 0912 345 678, or + and the country code, such as +65 6123 4567.",
        ),
        (
            "+1 555 0000",
            "“+1 555 0000” is not a valid number for country code +1: check the "
            "digits, or type a Vietnamese number such as 0912 345 678.",
        ),
        (
            "12ab",
            "“12ab” is not a phone number: type a Vietnamese number such as 0912 345 678 "
            "or +84 912 345 678.",
        ),
        (
            "1800 12",
            "“1800 12” is not a valid Vietnamese phone number: check the digits; a "
            "mobile looks like 0912 345 678 and a landline like 028 3823 4567.",
        ),
    ],
)
def test_a_number_that_is_not_one_is_refused_with_its_message(typed: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_phone(typed)
    assert (caught.value.message, caught.value.field) == (message, "phone")


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("1800 1234", "+8418001234"),
        ("1900 123 456", "+841900123456"),
        ("1800 599 920", "+841800599920"),
        ("84 1800 1234", "+8418001234"),
        ("+84 1900 1234", "+8419001234"),
    ],
)
def test_service_numbers_are_kept_as_other(typed: str, e164: str) -> None:
    phone = parse_phone(typed)
    assert (phone.e164, phone.kind, phone.converted_from, phone.raw) == (e164, "other", None, typed)


# -------------------------------------------------------------- 2018 renumbering


def test_renumbering_table_is_complete() -> None:
    assert dict(OLD_MOBILE_PREFIXES) == RENUMBERING
    assert len(RENUMBERING) == 21


@pytest.mark.parametrize(("old", "new"), sorted(RENUMBERING.items()))
def test_old_mobile_is_mapped_to_its_new_number(old: str, new: str) -> None:
    for typed in (f"{old}1234567", f"+84 {old[1:]} 123 4567", f"84{old[1:]}1234567"):
        phone = parse_phone(typed)
        assert phone.e164 == f"+84{new[1:]}1234567", typed
        assert phone.national == f"{new}1234567"
        assert phone.converted_from == f"{old}1234567"
        assert phone.kind == "mobile"
        assert phone.raw == typed
        # Someone who typed all 11 digits meant the mobile: no landline reading.
        assert phone.ambiguous is False
        assert interpretations(typed) == [phone]


# ------------------------------------------------------------------ old landlines


@pytest.mark.parametrize(
    ("typed", "e164", "old"),
    [
        ("04 3825 1234", "+842438251234", "0438251234"),
        ("(04) 3825 1234", "+842438251234", "0438251234"),
        ("04.3825.1234", "+842438251234", "0438251234"),
        ("+84 4 3825 1234", "+842438251234", "0438251234"),
        ("84 4 3825 1234", "+842438251234", "0438251234"),
        ("(+84) 4 3825 1234", "+842438251234", "0438251234"),
        ("0511 3822 123", "+842363822123", "05113822123"),
        ("(0511) 3.822.123", "+842363822123", "05113822123"),
        ("+84 511 3822 123", "+842363822123", "05113822123"),
        ("031 3812 345", "+842253812345", "0313812345"),
        ("(031) 3812-345", "+842253812345", "0313812345"),
        ("0281 234 5678", "+842092345678", "02812345678"),  # Bắc Kạn, not HCMC 028 1...
    ],
)
def test_an_old_landline_is_converted_to_its_new_area_code(typed: str, e164: str, old: str) -> None:
    phone = parse_phone(typed)
    assert (phone.e164, phone.kind, phone.converted_from) == (e164, "landline", old)
    assert phone.ambiguous is False
    assert interpretations(typed) == [phone]


def test_hai_phong_031_is_a_landline_not_a_mobile() -> None:
    # phonenumbers takes +84 31... for a mobile: a number that was never given out.
    assert [r.e164 for r in interpretations("031 3812 345")] == ["+842253812345"]


@pytest.mark.parametrize(
    ("typed", "mobile", "landline", "old"),
    [
        ("08 3823 4567", "+84838234567", "+842838234567", "0838234567"),
        ("0838234567", "+84838234567", "+842838234567", "0838234567"),
        ("+84 8 3823 4567", "+84838234567", "+842838234567", "0838234567"),
        ("(+84) 8 3823 4567", "+84838234567", "+842838234567", "0838234567"),
        ("037 3852 123", "+84373852123", "+842373852123", "0373852123"),
        ("070 3822 456", "+84703822456", "+842703822456", "0703822456"),
        ("0890 123 456", "+84890123456", "+842890123456", "0890123456"),
    ],
)
def test_an_old_landline_that_is_also_a_mobile_is_read_as_the_mobile_first(
    typed: str, mobile: str, landline: str, old: str
) -> None:
    first, second = interpretations(typed)
    assert first == parse_phone(typed)
    assert (first.e164, first.kind, first.converted_from, first.ambiguous) == (
        mobile,
        "mobile",
        None,
        True,
    )
    assert (second.e164, second.kind, second.converted_from, second.ambiguous) == (
        landline,
        "landline",
        old,
        True,
    )
    assert second.raw == nfc(typed)


@pytest.mark.parametrize(
    ("typed", "landline", "mobile"),
    [
        ("(08) 3823 4567", "+842838234567", "+84838234567"),
        ("(08)3823.4567", "+842838234567", "+84838234567"),
        ("(8) 3823 4567", "+842838234567", "+84838234567"),
        ("+84 (8) 3823 4567", "+842838234567", "+84838234567"),
        ("(+84 8) 3823 4567", "+842838234567", "+84838234567"),
        ("( 08 ) 3823 4567", "+842838234567", "+84838234567"),
        ("(037) 3852 123", "+842373852123", "+84373852123"),
        ("(076) 3852 123", "+842963852123", "+84763852123"),
    ],
)
def test_an_area_code_in_parentheses_is_read_as_the_landline_first(
    typed: str, landline: str, mobile: str
) -> None:
    phone = parse_phone(typed)
    assert (phone.e164, phone.kind, phone.ambiguous) == (landline, "landline", True)
    assert [r.e164 for r in interpretations(typed)] == [landline, mobile]


def test_parentheses_around_other_digits_leave_the_mobile_first() -> None:
    # The country code or a part of the subscriber number in parentheses says nothing.
    assert parse_phone("(84) 8 3823 4567").e164 == "+84838234567"
    assert parse_phone("08 (3823) 4567").e164 == "+84838234567"
    assert parse_phone("(0) 8 3823 4567").e164 == "+84838234567"


def test_other_numbers_have_one_interpretation() -> None:
    assert interpretations("0912 345 678") == [parse_phone("0912 345 678")]


@pytest.mark.parametrize("typed", ["0812 345 678", "037 1234 567", "0381 234 567"])
def test_a_mobile_whose_landline_reading_would_start_with_1_has_one_reading(typed: str) -> None:
    # No subscriber number starts with 1 (short service codes do), so 08 1234 5678 was never
    # an HCMC landline nor 037 1xx xxxx one of Thanh Hóa.
    phone = parse_phone(typed)
    assert phone.kind == "mobile" and phone.ambiguous is False
    assert interpretations(typed) == [phone]


@pytest.mark.parametrize("typed", ["0890 223 344", "0891 223 344", "0893 223 344", "0895 223 344"])
def test_0890_to_0895_are_mobiles(typed: str) -> None:
    # MobiFone numbers phonenumbers refuses.
    assert parse_phone(typed).e164 == "+84" + phone_digits(typed)[1:]
    assert parse_phone(typed).kind == "mobile"


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
        "0301 234 567",  # 030 is no mobile, and no subscriber number starts with 1
        "+999 123",  # no such country code
        "+1 555 0000",  # too short for the US
        "1800 12",
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
    ("typed", "message"),
    [
        (
            "095 123 4567",
            "“095 123 4567” is not a Vietnamese phone number: no mobile or "
            "landline starts with 095. Check the digits; a mobile looks like 0912 345 678 and a "
            "landline like 028 3823 4567.",
        ),
        (
            "0912 345",
            "“0912 345” is too short for a mobile number: a Vietnamese mobile has 10 "
            "digits, such as 0912 345 678.",
        ),
        (
            "0912 345 6789",
            "“0912 345 6789” is too long for a mobile number: a Vietnamese "
            "mobile has 10 digits, such as 0912 345 678.",
        ),
        (
            "028 3823 456",
            "“028 3823 456” is too short for a landline number of TP Hồ Chí "
            "Minh: numbers with the area code 028 have 11 digits, such as 028 3823 4567.",
        ),
        (
            "0236 3822 1234",
            "“0236 3822 1234” is too long for a landline number of Đà Nẵng: "
            "numbers with the area code 0236 have 11 digits, such as 0236 3823 456.",
        ),
        (
            "04 3825 123",
            "“04 3825 123” is too short for an old landline number of Hà Nội: "
            "numbers with the area code 04, used until 2017, had 10 digits, such as "
            "04 3823 4567.",
        ),
        (
            "0511 3822 1234",
            "“0511 3822 1234” is too long for an old landline number of Đà "
            "Nẵng: numbers with the area code 0511, used until 2017, had 11 digits, such as "
            "0511 3823 456.",
        ),
        (
            "0168 912 345",
            "“0168 912 345” is too short for an old mobile number: before 2018 "
            "the numbers starting with 0168 had 11 digits, such as 0168 912 3456.",
        ),
        (
            "0168 912 34567",
            "“0168 912 34567” is too long for an old mobile number: before "
            "2018 the numbers starting with 0168 had 11 digits, such as 0168 912 3456.",
        ),
        (
            "09",
            "“09” is too short for a phone number: a Vietnamese mobile has 10 digits, such "
            "as 0912 345 678, and a landline 11, such as 028 3823 4567.",
        ),
    ],
)
def test_invalid_phone_message_says_why(typed: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_phone(typed)
    assert caught.value.message == message


@pytest.mark.parametrize(
    ("typed", "start"),
    [
        ("0311 234 567", "0311"),  # Hải Phòng's old code, then a 1
        ("0301 234 567", "0301"),
        ("0401 234 567", "040"),
        ("0130 123 4567", "013"),
        ("0805 123 456", "080"),
        ("0512 345 678", "0512"),  # 0510 and 0511 were area codes, 0512 never
        ("0281 123 4567", "02811"),  # Bắc Kạn's old code, then a 1
        ("0241 1234 567", "02411"),
        ("+84 95 123 4567", "095"),
        ("+84 00 1234 5678", "00"),
    ],
)
def test_a_number_no_plan_has_names_the_digits_that_do_not_exist(typed: str, start: str) -> None:
    with pytest.raises(ValidationError, match=f"no mobile or landline starts with {start}\\."):
        parse_phone(typed)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("0912 345", "too short"),
        ("0912 345 6789", "too long"),
        ("12ab", "not a phone number"),
        ("1800 12", "not a valid Vietnamese phone number"),
    ],
)
def test_invalid_phone_message_names_the_problem(typed: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        parse_phone(typed)


@pytest.mark.parametrize("typed", ["", "   "])
def test_empty_phone_asks_for_one(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_phone(typed)
    assert caught.value.message == "Type a phone number, such as 0912 345 678 or +84 912 345 678."
    assert caught.value.field == "phone"


# ------------------------------------------------------------------ search helpers


def test_phone_digits_keeps_only_digits() -> None:
    assert phone_digits("(+84) 912-345.678") == "84912345678"
    assert phone_digits("đuôi 5678") == "5678"
    assert phone_digits("ABC-12:") == "12"
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
@given(st.integers(min_value=2, max_value=9), st.sampled_from("23456789"), seven_digits)
def test_every_08_number_has_a_mobile_and_a_landline_reading(
    third: int, first: str, rest: str
) -> None:
    # 080 is no mobile, and 081 is left out: no HCMC landline number starts with 1.
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
        st.tuples(
            st.sampled_from(AREA_CODES),
            st.sampled_from("23456789"),
            st.text(alphabet="0123456789", min_size=7, max_size=7),
        ),
    )
)
def test_parsed_phone_round_trips(parts: tuple[str, ...]) -> None:
    typed = "".join(parts)
    if len(parts) == 3:  # a landline: 0, area code, subscriber (7 or 8 digits)
        code, first, rest = parts
        typed = "0" + code + first + rest[: 7 if code in ("24", "28") else 6]
    phone = parse_phone(typed)
    assert parse_phone(phone.e164).e164 == phone.e164
    assert parse_phone(phone.national).e164 == phone.e164


def _quick_alphabet() -> list[str]:
    from app.text import _FOLDS_BY_LETTER

    return sorted(_FOLDS_BY_LETTER)


_LATIN_TEXT = st.one_of(
    st.text(alphabet=st.sampled_from(_quick_alphabet()), max_size=30),
    # Anything up to the Vietnamese block, so the quick and full ways meet in one string.
    st.text(alphabet=st.characters(max_codepoint=0x1EFF, exclude_categories=("Cs",)), max_size=30),
)


@settings(max_examples=3000)
@given(_LATIN_TEXT)
def test_the_quick_fold_gives_the_same_key_as_the_full_one(text):
    """Names made of Latin letters and marks skip the Unicode normalisations; the key must
    not change for it, whatever letters, marks, spaces and scripts are mixed in."""
    from app.text import _fold_slow

    assert fold(text) == _fold_slow(text)
