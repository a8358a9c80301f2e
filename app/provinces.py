"""Vietnam's 34 provinces and cities (from 1 July 2025) and the 63 they replaced.

Addresses have two levels since then (ward or commune, then province): districts are
gone. Customer files still carry the old names and every spelling people type ("TP.HCM",
"Sài Gòn", "Đắc Lắc", "Bà Rịa - Vũng Tàu"), so a name is matched accent-, case-, spacing-
and punctuation-insensitively and an old province is named by the one it is now part of.
Pure Python: no database, no Qt, so forms, imports and migrations use the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from app.errors import ValidationError
from app.i18n import t
from app.text import fold, nfc
from app.vi_order import SortKey, vi_sort_key

__all__ = [
    "OLD_PROVINCES",
    "PROVINCES",
    "ProvinceMatch",
    "check_province",
    "explain_choice",
    "match_province",
    "province_key",
    "province_sort_key",
    "search_keys",
]

HCMC = "TP. Hồ Chí Minh"

#: The 34, in Vietnamese alphabetical order ("TP. Hồ Chí Minh" among the Hs).
PROVINCES: tuple[str, ...] = (
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
    HCMC,
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
)

# Each of the 34 and the provinces of before 1 July 2025 it was formed from: Resolution
# 202/2025/QH15 of the National Assembly on the arrangement of provincial-level
# administrative units (12 June 2025), Article 1. Thừa Thiên Huế had already become the
# city of Huế on 1 January 2025 (Resolution 175/2024/QH15).
_FORMED_FROM: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        # Unchanged.
        "Hà Nội": ("Hà Nội",),
        "Huế": ("Thừa Thiên Huế",),
        "Lai Châu": ("Lai Châu",),
        "Điện Biên": ("Điện Biên",),
        "Sơn La": ("Sơn La",),
        "Lạng Sơn": ("Lạng Sơn",),
        "Quảng Ninh": ("Quảng Ninh",),
        "Thanh Hóa": ("Thanh Hóa",),
        "Nghệ An": ("Nghệ An",),
        "Hà Tĩnh": ("Hà Tĩnh",),
        "Cao Bằng": ("Cao Bằng",),
        # Merged.
        "Tuyên Quang": ("Tuyên Quang", "Hà Giang"),
        "Lào Cai": ("Lào Cai", "Yên Bái"),
        "Thái Nguyên": ("Thái Nguyên", "Bắc Kạn"),
        "Phú Thọ": ("Phú Thọ", "Vĩnh Phúc", "Hòa Bình"),
        "Bắc Ninh": ("Bắc Ninh", "Bắc Giang"),
        "Hưng Yên": ("Hưng Yên", "Thái Bình"),
        "Hải Phòng": ("Hải Phòng", "Hải Dương"),
        "Ninh Bình": ("Ninh Bình", "Hà Nam", "Nam Định"),
        "Quảng Trị": ("Quảng Trị", "Quảng Bình"),
        "Đà Nẵng": ("Đà Nẵng", "Quảng Nam"),
        "Quảng Ngãi": ("Quảng Ngãi", "Kon Tum"),
        "Gia Lai": ("Gia Lai", "Bình Định"),
        "Khánh Hòa": ("Khánh Hòa", "Ninh Thuận"),
        "Lâm Đồng": ("Lâm Đồng", "Đắk Nông", "Bình Thuận"),
        "Đắk Lắk": ("Đắk Lắk", "Phú Yên"),
        HCMC: (HCMC, "Bình Dương", "Bà Rịa – Vũng Tàu"),
        "Đồng Nai": ("Đồng Nai", "Bình Phước"),
        "Tây Ninh": ("Tây Ninh", "Long An"),
        "Cần Thơ": ("Cần Thơ", "Sóc Trăng", "Hậu Giang"),
        "Vĩnh Long": ("Vĩnh Long", "Bến Tre", "Trà Vinh"),
        "Đồng Tháp": ("Đồng Tháp", "Tiền Giang"),
        "Cà Mau": ("Cà Mau", "Bạc Liêu"),
        "An Giang": ("An Giang", "Kiên Giang"),
    }
)

#: The 63 provinces and cities of before 1 July 2025 -> the one each is now (part of).
OLD_PROVINCES: Mapping[str, str] = MappingProxyType(
    {old: new for new, olds in _FORMED_FROM.items() for old in olds}
)

# Other ways people write a place -> its name (new or old) above. Spellings that differ
# only in accents, case, spacing, punctuation or tone placement ("Hoà"/"Hòa", "Dak Lak",
# "Daklak", "Đăk Lăk", "Kontum", "Hanoi", "Da Nang") need no entry: they give the same key.
_ALIASES: Mapping[str, str] = MappingProxyType(
    {
        "HCM": HCMC,
        "TPHCM": HCMC,
        "HCMC": HCMC,
        "Sài Gòn": HCMC,
        "SG": HCMC,
        "HN": "Hà Nội",
        "BR-VT": "Bà Rịa – Vũng Tàu",
        "Vũng Tàu": "Bà Rịa – Vũng Tàu",
        "Bà Rịa": "Bà Rịa – Vũng Tàu",
        "TT Huế": "Thừa Thiên Huế",
        "Đắc Lắc": "Đắk Lắk",
        "Đắk Lắc": "Đắk Lắk",
        "Đắc Lắk": "Đắk Lắk",
        "Đắc Nông": "Đắk Nông",
    }
)

# Words around the name that do not change the place: "Tỉnh", "Thành phố", "TP.", "T."
# before it; "City", "Province" after it (as English addresses write them).
_PREFIXES = (("thanh", "pho"), ("tinh",), ("tp",), ("t",))
_SUFFIXES = (("city",), ("province",))
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")


def province_key(text: str) -> str:
    """The matching key of a typed name: folded, joined, the administrative words dropped.

    "Thành phố Hồ Chí Minh", "TP.HCM" -> "hochiminh", "hcm"; "Đăk Lăk" -> "daklak".
    """
    words = _NOT_LETTERS.sub(" ", fold(text)).split()
    for prefix in _PREFIXES:
        if tuple(words[: len(prefix)]) == prefix and len(words) > len(prefix):
            words = words[len(prefix) :]
            break
    for suffix in _SUFFIXES:
        if tuple(words[-len(suffix) :]) == suffix and len(words) > len(suffix):
            words = words[: -len(suffix)]
            break
    return "".join(words)


def _spellings() -> dict[str, str]:
    """Key -> the name (new or old) it stands for."""
    table: dict[str, str] = {}
    for spelling in (*PROVINCES, *OLD_PROVINCES, *_ALIASES):
        key, name = province_key(spelling), _ALIASES.get(spelling, spelling)
        if table.setdefault(key, name) != name:
            raise ValueError(f"{spelling!r} would stand for both {table[key]} and {name}")
    return table


_BY_KEY: Mapping[str, str] = MappingProxyType(_spellings())


@dataclass(frozen=True)
class ProvinceMatch:
    """A recognised province: `name` is one of PROVINCES; `old_name` is the province of
    before 1 July 2025 that was typed, when it is not `name` itself."""

    name: str
    old_name: str | None = None

    def note(self) -> str | None:
        """What to tell the person who typed an old name, or None."""
        if self.old_name is None:
            return None
        if len(_FORMED_FROM[self.name]) == 1:  # renamed, not merged
            return t("{old} is now called {new}.", old=self.old_name, new=self.name)
        return t(
            "{old} is now part of {new} (since 1 July 2025).", old=self.old_name, new=self.name
        )


def match_province(text: str) -> ProvinceMatch | None:
    """The province `text` names, however it is spelt, or None if it names none."""
    found = _BY_KEY.get(province_key(text))
    if found is None:
        return None
    new = OLD_PROVINCES.get(found, found)
    return ProvinceMatch(new, found if found != new else None)


def check_province(text: str | None, field: str = "province") -> tuple[str, str | None]:
    """(the name to store, a note about an old name or None) for what a person typed.

    Empty stays empty; a name that is not a province is refused with the reason.
    """
    if not fold(text or ""):
        return "", None
    found = match_province(text)
    if found is None:
        raise ValidationError(
            t(
                "“{text}” is not a province of Vietnam: choose one of the 34 provinces and cities.",
                text=nfc(text),
            ),
            field,
        )
    return found.name, found.note()


def province_sort_key(name: str) -> SortKey:
    """Vietnamese order for province names, "TP. Hồ Chí Minh" filed under H."""
    return vi_sort_key(name.removeprefix("TP. "))


def _search_keys() -> dict[str, tuple[str, ...]]:
    keys: dict[str, list[str]] = {name: [] for name in PROVINCES}
    for key, name in _BY_KEY.items():
        keys[OLD_PROVINCES.get(name, name)].append(key)
    # Its full spelling too ("TP. ..." is dropped from the key), so that typing "tp" or
    # "thanh pho" already finds the city.
    keys[HCMC] += ["tphochiminh", "thanhphohochiminh"]
    return {name: tuple(found) for name, found in keys.items()}


_SEARCH_KEYS: Mapping[str, tuple[str, ...]] = MappingProxyType(_search_keys())


def search_keys(name: str) -> tuple[str, ...]:
    """Every key under which province `name` is found as the person types: its own
    spellings and those of the old provinces it took in."""
    return _SEARCH_KEYS.get(name, ())


def explain_choice(typed: str, chosen: str) -> ProvinceMatch | None:
    """The old province that made `chosen` come up for the partly typed `typed`, if any.

    Typing "binh du" (or the whole "binh duong") and taking TP. Hồ Chí Minh from the list
    is taking Bình Dương's new province: the person is told so. Nothing is said when the
    typed text is also part of `chosen`'s own name ("ho" for Hồ Chí Minh).
    """
    key = province_key(typed)
    absorbed = set(_FORMED_FROM.get(chosen, ())) - {chosen}
    hits = [_BY_KEY.get(k) for k in search_keys(chosen) if key in k]
    if not hits or any(hit not in absorbed for hit in hits):
        return None
    return ProvinceMatch(chosen, hits[0])
