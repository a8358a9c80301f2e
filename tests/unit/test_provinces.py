"""The 34 provinces and cities of 2025, and every old name and spelling people type."""

from __future__ import annotations

import pytest

from app import provinces
from app.errors import ValidationError
from app.provinces import (
    OLD_PROVINCES,
    PROVINCES,
    ProvinceMatch,
    check_province,
    explain_choice,
    match_province,
    province_key,
    province_sort_key,
    search_keys,
)

HCMC = "TP. Hồ Chí Minh"

# Written out from Resolution 202/2025/QH15 (and 175/2024/QH15 for Huế), not from the code.
THE_34_IN_ORDER = [
    "An Giang",
    "Bắc Ninh",
    "Cà Mau",
    "Cao Bằng",
    "Cần Thơ",
    "Đà Nẵng",
    "Đắk Lắk",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Nội",
    "Hà Tĩnh",
    "Hải Phòng",
    "TP. Hồ Chí Minh",
    "Huế",
    "Hưng Yên",
    "Khánh Hòa",
    "Lai Châu",
    "Lạng Sơn",
    "Lào Cai",
    "Lâm Đồng",
    "Nghệ An",
    "Ninh Bình",
    "Phú Thọ",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sơn La",
    "Tây Ninh",
    "Thái Nguyên",
    "Thanh Hóa",
    "Tuyên Quang",
    "Vĩnh Long",
]

UNCHANGED = {
    "Hà Nội": "Hà Nội",
    "Lai Châu": "Lai Châu",
    "Điện Biên": "Điện Biên",
    "Sơn La": "Sơn La",
    "Lạng Sơn": "Lạng Sơn",
    "Quảng Ninh": "Quảng Ninh",
    "Thanh Hóa": "Thanh Hóa",
    "Nghệ An": "Nghệ An",
    "Hà Tĩnh": "Hà Tĩnh",
    "Cao Bằng": "Cao Bằng",
    "Thừa Thiên Huế": "Huế",
}
MERGED = {
    "Tuyên Quang": "Tuyên Quang",
    "Hà Giang": "Tuyên Quang",
    "Lào Cai": "Lào Cai",
    "Yên Bái": "Lào Cai",
    "Thái Nguyên": "Thái Nguyên",
    "Bắc Kạn": "Thái Nguyên",
    "Phú Thọ": "Phú Thọ",
    "Vĩnh Phúc": "Phú Thọ",
    "Hòa Bình": "Phú Thọ",
    "Bắc Ninh": "Bắc Ninh",
    "Bắc Giang": "Bắc Ninh",
    "Hưng Yên": "Hưng Yên",
    "Thái Bình": "Hưng Yên",
    "Hải Phòng": "Hải Phòng",
    "Hải Dương": "Hải Phòng",
    "Ninh Bình": "Ninh Bình",
    "Hà Nam": "Ninh Bình",
    "Nam Định": "Ninh Bình",
    "Quảng Trị": "Quảng Trị",
    "Quảng Bình": "Quảng Trị",
    "Đà Nẵng": "Đà Nẵng",
    "Quảng Nam": "Đà Nẵng",
    "Quảng Ngãi": "Quảng Ngãi",
    "Kon Tum": "Quảng Ngãi",
    "Gia Lai": "Gia Lai",
    "Bình Định": "Gia Lai",
    "Khánh Hòa": "Khánh Hòa",
    "Ninh Thuận": "Khánh Hòa",
    "Lâm Đồng": "Lâm Đồng",
    "Đắk Nông": "Lâm Đồng",
    "Bình Thuận": "Lâm Đồng",
    "Đắk Lắk": "Đắk Lắk",
    "Phú Yên": "Đắk Lắk",
    "TP. Hồ Chí Minh": HCMC,
    "Bình Dương": HCMC,
    "Bà Rịa – Vũng Tàu": HCMC,
    "Đồng Nai": "Đồng Nai",
    "Bình Phước": "Đồng Nai",
    "Tây Ninh": "Tây Ninh",
    "Long An": "Tây Ninh",
    "Cần Thơ": "Cần Thơ",
    "Sóc Trăng": "Cần Thơ",
    "Hậu Giang": "Cần Thơ",
    "Vĩnh Long": "Vĩnh Long",
    "Bến Tre": "Vĩnh Long",
    "Trà Vinh": "Vĩnh Long",
    "Đồng Tháp": "Đồng Tháp",
    "Tiền Giang": "Đồng Tháp",
    "Cà Mau": "Cà Mau",
    "Bạc Liêu": "Cà Mau",
    "An Giang": "An Giang",
    "Kiên Giang": "An Giang",
}
THE_63 = UNCHANGED | MERGED


def test_there_are_34_today_in_vietnamese_order():
    assert list(PROVINCES) == THE_34_IN_ORDER
    assert len(set(PROVINCES)) == 34
    assert sorted(THE_34_IN_ORDER, key=province_sort_key) == THE_34_IN_ORDER


def test_the_table_of_63_has_11_unchanged_and_52_merged():
    assert (len(UNCHANGED), len(MERGED), len(THE_63)) == (11, 52, 63)
    assert dict(OLD_PROVINCES) == THE_63


@pytest.mark.parametrize(("old", "new"), sorted(THE_63.items()))
def test_every_old_province_maps_to_the_one_it_is_now_part_of(old, new):
    found = match_province(old)
    assert found == ProvinceMatch(new, None if old == new else old)
    assert check_province(old)[0] == new


@pytest.mark.parametrize(
    ("typed", "name", "old"),
    [
        ("Tỉnh Bình Dương", HCMC, "Bình Dương"),
        ("Thành phố Hồ Chí Minh", HCMC, None),
        ("thành phố hồ chí minh", HCMC, None),
        ("TP Hồ Chí Minh", HCMC, None),
        ("TP HCM", HCMC, None),
        ("TP.HCM", HCMC, None),
        ("TPHCM", HCMC, None),
        ("tp.hcm", HCMC, None),
        ("HCM", HCMC, None),
        ("Hồ Chí Minh", HCMC, None),
        ("Sài Gòn", HCMC, None),
        ("Saigon", HCMC, None),
        ("SG", HCMC, None),
        ("Ho Chi Minh City", HCMC, None),
        ("HN", "Hà Nội", None),
        ("Hanoi", "Hà Nội", None),
        ("  hà   nội ", "Hà Nội", None),
        ("Hà Nội City", "Hà Nội", None),
        ("T. Hà Giang", "Tuyên Quang", "Hà Giang"),
        ("Bà Rịa - Vũng Tàu", HCMC, "Bà Rịa – Vũng Tàu"),
        ("Bà Rịa-Vũng Tàu", HCMC, "Bà Rịa – Vũng Tàu"),
        ("BR-VT", HCMC, "Bà Rịa – Vũng Tàu"),
        ("BRVT", HCMC, "Bà Rịa – Vũng Tàu"),
        ("Vũng Tàu", HCMC, "Bà Rịa – Vũng Tàu"),
        ("Bình Dương", HCMC, "Bình Dương"),
        ("binh duong", HCMC, "Bình Dương"),
        ("Thừa Thiên - Huế", "Huế", "Thừa Thiên Huế"),
        ("TT Huế", "Huế", "Thừa Thiên Huế"),
        ("TT-Huế", "Huế", "Thừa Thiên Huế"),
        ("Thành phố Huế", "Huế", None),
        ("Hue", "Huế", None),
        ("Dak Lak", "Đắk Lắk", None),
        ("Đắc Lắc", "Đắk Lắk", None),
        ("Daklak", "Đắk Lắk", None),
        ("Đăk Lăk", "Đắk Lắk", None),
        ("Tỉnh Đắk Lắk", "Đắk Lắk", None),
        ("Đắk Nông", "Lâm Đồng", "Đắk Nông"),
        ("Đắc Nông", "Lâm Đồng", "Đắk Nông"),
        ("Kontum", "Quảng Ngãi", "Kon Tum"),
        ("Hoà Bình", "Phú Thọ", "Hòa Bình"),
        ("Hòa Bình", "Phú Thọ", "Hòa Bình"),
        ("Khánh Hoà", "Khánh Hòa", None),
        ("Thanh Hoá", "Thanh Hóa", None),
        ("THANH HOÁ", "Thanh Hóa", None),
        ("Da Nang", "Đà Nẵng", None),
        ("Can Tho", "Cần Thơ", None),
        ("Hai Phong", "Hải Phòng", None),
        ("Tỉnh Lâm Đồng Province", "Lâm Đồng", None),
        # Legacy encodings write the Icelandic eth for "Đ".
        ("Ðồng Nai", "Đồng Nai", None),
        # Decomposed Unicode, as some keyboards and PDFs give it.
        ("Ha\u0300 Nô\u0323i", "Hà Nội", None),
    ],
)
def test_spellings_people_type(typed, name, old):
    assert match_province(typed) == ProvinceMatch(name, old)


@pytest.mark.parametrize(
    "typed", ["Lào", "Campuchia", "Quận 1", "Tỉnh", "TP", "T.", "Thành phố", "City", "Hà", "SGN"]
)
def test_what_is_no_province_is_not_matched(typed):
    assert match_province(typed) is None


def test_an_unknown_name_is_refused_with_what_to_do():
    with pytest.raises(ValidationError) as refused:
        check_province("  Lào ")
    assert refused.value.message == (
        "“Lào” is not a province of Vietnam: choose one of the 34 provinces and cities."
    )
    assert refused.value.field == "province"

    with pytest.raises(ValidationError) as refused:
        check_province("Quận 1", field="store_province")
    assert refused.value.field == "store_province"


@pytest.mark.parametrize("empty", [None, "", "   ", "\t"])
def test_empty_is_allowed_and_stays_empty(empty):
    assert check_province(empty) == ("", None)


def test_the_note_names_the_old_and_the_new_province():
    assert check_province("Bình Dương") == (
        HCMC,
        "Bình Dương is now part of TP. Hồ Chí Minh (since 1 July 2025).",
    )
    assert check_province("quang nam") == (
        "Đà Nẵng",
        "Quảng Nam is now part of Đà Nẵng (since 1 July 2025).",
    )
    # Huế was renamed (1 January 2025), not merged.
    assert check_province("Thừa Thiên Huế") == ("Huế", "Thừa Thiên Huế is now called Huế.")
    # Today's names and their spellings need no note.
    assert check_province("TP.HCM") == (HCMC, None)
    assert check_province("Hưng Yên") == ("Hưng Yên", None)
    assert ProvinceMatch("Hà Nội").note() is None


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("Thành phố Hồ Chí Minh", "hochiminh"),
        ("TP.HCM", "hcm"),
        ("Tỉnh Bình Dương", "binhduong"),
        ("T. Hà Giang", "hagiang"),
        ("Ho Chi Minh City", "hochiminh"),
        ("Đăk Lăk", "daklak"),
        ("Bà Rịa – Vũng Tàu", "bariavungtau"),
        # An administrative word alone is what is being typed, not dropped.
        ("TP", "tp"),
        ("Tỉnh", "tinh"),
        ("thanh pho", "thanhpho"),
        ("City", "city"),
        # Only a leading "Thành phố" goes: "Thanh" alone starts Thanh Hóa.
        ("Thanh Hóa", "thanhhoa"),
        ("", ""),
    ],
)
def test_the_matching_key(typed, key):
    assert province_key(typed) == key


def test_each_province_is_found_by_its_own_and_its_old_spellings():
    hcmc = search_keys(HCMC)
    for key in (
        "hochiminh",
        "hcm",
        "saigon",
        "binhduong",
        "bariavungtau",
        "vungtau",
        "tphochiminh",
        "thanhphohochiminh",
    ):
        assert key in hcmc
    assert "binhduong" not in search_keys("Gia Lai")
    assert "binhdinh" in search_keys("Gia Lai")
    assert search_keys("Hà Nội") == ("hanoi", "hn")
    assert search_keys("Lào") == ()
    every_key = [key for name in PROVINCES for key in search_keys(name)]
    assert len(every_key) == len(set(every_key))  # no key finds two provinces


@pytest.mark.parametrize(
    ("typed", "chosen", "expected"),
    [
        ("binh duong", HCMC, ProvinceMatch(HCMC, "Bình Dương")),
        ("binh du", HCMC, ProvinceMatch(HCMC, "Bình Dương")),
        ("vung", HCMC, ProvinceMatch(HCMC, "Bà Rịa – Vũng Tàu")),
        ("thua thien", "Huế", ProvinceMatch("Huế", "Thừa Thiên Huế")),
        ("quang na", "Đà Nẵng", ProvinceMatch("Đà Nẵng", "Quảng Nam")),
        # Part of the chosen province's own name: nothing to explain.
        ("ho", HCMC, None),
        ("sai", HCMC, None),
        ("da", "Đà Nẵng", None),
        ("Đà Nẵng", "Đà Nẵng", None),
        # A whole old name that is not the chosen province's.
        ("binh duong", "Gia Lai", None),
        # Nothing typed, or something the chosen province has no spelling for.
        ("", HCMC, None),
        ("xyz", HCMC, None),
        ("binh du", "Lào", None),
    ],
)
def test_explaining_a_choice_from_the_list(typed, chosen, expected):
    assert explain_choice(typed, chosen) == expected


# The two tables behind matching and searching are built once, when the module loads; they
# are rebuilt here so that a change in how they are built is seen by the tests.


def test_the_spelling_table():
    table = provinces._spellings()

    assert len(table) == 78  # 34 names of today, 30 old names gone since, 14 short forms
    assert table["hochiminh"] == HCMC
    assert table["binhduong"] == "Bình Dương"
    assert table["bariavungtau"] == table["brvt"] == table["vungtau"] == "Bà Rịa – Vũng Tàu"
    assert table["thuathienhue"] == table["tthue"] == "Thừa Thiên Huế"
    assert table["hue"] == "Huế"
    assert table["hn"] == table["hanoi"] == "Hà Nội"
    assert table["daclac"] == table["daklak"] == "Đắk Lắk"
    assert table["dacnong"] == "Đắk Nông"


def test_a_spelling_that_would_mean_two_places_is_a_mistake(monkeypatch):
    monkeypatch.setattr(provinces, "_ALIASES", {"Ha Noi": "Huế"})
    with pytest.raises(ValueError, match="'Ha Noi' would stand for both Hà Nội and Huế"):
        provinces._spellings()


def test_the_search_table():
    table = provinces._search_keys()

    assert list(table) == THE_34_IN_ORDER
    assert table[HCMC] == (
        "hochiminh",
        "binhduong",
        "bariavungtau",
        "hcm",
        "tphcm",
        "hcmc",
        "saigon",
        "sg",
        "brvt",
        "vungtau",
        "baria",
        "tphochiminh",
        "thanhphohochiminh",
    )
    assert table["Huế"] == ("hue", "thuathienhue", "tthue")
    assert table["Cao Bằng"] == ("caobang",)
    assert table["Lâm Đồng"] == ("lamdong", "daknong", "binhthuan", "dacnong")
