"""Vietnamese alphabetical order: the alphabet, word by word, tones second, any case."""

from __future__ import annotations

import pytest

from app.vi_order import vi_sort_key


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # The letters with marks of their own come right after their base letter.
        ("Cà Mau", "Cao Bằng"),
        ("Cao Bằng", "Cần Thơ"),
        ("Cần Thơ", "Đà Nẵng"),
        ("an", "ăn"),
        ("ăn", "ân"),
        ("ân", "ba"),
        ("Dung", "Đà"),  # Đ after every D
        ("Đức", "em"),
        ("ec", "êm"),
        ("êm", "gà"),
        ("on", "ôn"),
        ("ôn", "ơn"),
        ("ơn", "phố"),
        ("um", "ưng"),
        ("ưng", "vâng"),
        ("Lào Cai", "Lâm Đồng"),
        ("Lạng Sơn", "Lào Cai"),
        # Word by word: a shorter first word comes first.
        ("Hà Nội", "Hải Phòng"),
        ("Hà Tĩnh", "Hải Phòng"),
        ("Hồ Chí Minh", "Huế"),
        ("Huế", "Hưng Yên"),
        ("Quảng Ngãi", "Quảng Ninh"),
        ("Tây Ninh", "Thái Nguyên"),
        ("Thái Nguyên", "Thanh Hóa"),
        # Tones decide only between words spelt alike, in dictionary order.
        ("ma", "mà"),
        ("mà", "mả"),
        ("mả", "mã"),
        ("mã", "má"),
        ("má", "mạ"),
        ("má", "man"),  # letters first: "man" is after "ma" whatever the tone
        ("mạ b", "ma c"),
        ("mà x", "ma y"),
        ("ma", "Mà"),  # the tone decides before the case does
        # Case does not order; it only breaks a tie, the same way every time.
        ("an", "Bé"),
        ("bé", "Cá"),
        ("Ư", "v"),
        ("u", "Ư"),
        ("An", "an"),
        # Letters outside the Vietnamese alphabet take their English places.
        ("em", "fa"),
        ("fa", "ga"),
        ("ích", "java"),
        ("java", "kem"),
        ("vui", "web"),
        ("web", "xe"),
        ("yến", "zoo"),
        # Below every letter: a space, then punctuation, then digits.
        ("a b", "a-b"),
        ("a b", "A-b"),
        ("a-b", "a1"),
        ("a1", "a2"),
        ("a9", "aa"),
        # Other scripts after the Latin letters.
        ("zoo", "Ωmega"),
        ("Ωmega", "中国"),
    ],
)
def test_order(first, second):
    assert vi_sort_key(first) < vi_sort_key(second)
    assert not vi_sort_key(second) < vi_sort_key(first)


def test_one_spelling_sorts_the_same_however_it_is_encoded():
    composed, decomposed = "Nguyễn Thị Đào", "Nguye\u0302\u0303n Thi\u0323 \u0110a\u0300o"
    assert vi_sort_key(composed)[:2] == vi_sort_key(decomposed)[:2]
    assert vi_sort_key("Ðào")[:2] == vi_sort_key("Đào")[:2]  # legacy eth for Đ
    assert vi_sort_key("  Hà   Nội ")[:2] == vi_sort_key("Hà Nội")[:2]


def test_a_list_of_names():
    names = ["Đặng Thu", "Dương An", "Ánh", "anh", "Âu", "Ăn", "Bình", "Ðạt", "Ơn", "Ôn", "On"]
    assert sorted(names, key=vi_sort_key) == [
        "anh",
        "Ánh",
        "Ăn",
        "Âu",
        "Bình",
        "Dương An",
        "Ðạt",
        "Đặng Thu",
        "On",
        "Ôn",
        "Ơn",
    ]
