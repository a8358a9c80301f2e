"""The Vietnamese telephone numbering plan: which numbers exist and how old ones map to new.

Every fact CareDesk uses to read a Vietnamese mobile or landline number is in this
module, each table with where it comes from; `app.text` reads numbers with them.
phonenumbers' metadata is not used for Vietnam: it takes any 03x number for a mobile, so
Hải Phòng's old landlines ("031 3812 345") come out as numbers that do not exist, and it
refuses most of 0890-0895.

Mobile prefixes are written as people say them, with the trunk 0 ("091"); area codes
without it ("24", "236"), as the Ministry's decisions write them.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import NamedTuple

__all__ = [
    "AREA_CODES",
    "KEPT_AREA_CODES",
    "LANDLINE_RENUMBERING",
    "MOBILE_DIGITS",
    "MOBILE_PREFIXES",
    "OLD_AREA_CODES",
    "OLD_MOBILE_DIGITS",
    "OLD_MOBILE_PREFIXES",
    "SUBSCRIBER_FIRST_DIGITS",
    "LandlineArea",
    "area_code_of",
    "old_area_code_of",
]

# ------------------------------------------------------------------------------ mobiles

#: National length of a mobile number today: 0 + a 2-digit network code + 7 digits.
MOBILE_DIGITS = 10
#: National length of a mobile number before the 2018 conversion: 0 + 3 + 7.
OLD_MOBILE_DIGITS = 11

#: Mobile network codes in use today -> the network. Source: Ministry of Information and
#: Communications, the national numbering plan (Circular 22/2014/TT-BTTTT) and the network
#: codes assigned under it, those the 2018 conversion moved numbers to included. Nothing
#: else is a mobile: 030, 031, 050, 051, 053, 054, 057, 071-075, 080 and 095 are not.
MOBILE_PREFIXES: MappingProxyType[str, str] = MappingProxyType(
    {
        **dict.fromkeys(
            ("032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098"),
            "Viettel",
        ),
        **dict.fromkeys(("081", "082", "083", "084", "085", "088", "091", "094"), "VinaPhone"),
        **dict.fromkeys(("070", "076", "077", "078", "079", "089", "090", "093"), "MobiFone"),
        **dict.fromkeys(("052", "056", "058", "092"), "Vietnamobile"),
        **dict.fromkeys(("059", "099"), "Gmobile"),
        "087": "iTel",
        "055": "Reddi",
    }
)

#: Old 11-digit mobile prefix -> new 10-digit prefix; the last 7 digits stay. Source:
#: Ministry of Information and Communications, Decision 798/QĐ-BTTTT (2018), the
#: conversion of 11-digit mobile numbers to 10 digits.
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

# ---------------------------------------------------------------------------- landlines


class LandlineArea(NamedTuple):
    """One province's landline area code, before and after the 2017 change."""

    old: str  # area code before 2017, without the trunk 0 ("511")
    new: str  # area code today ("236"); the same as `old` where it did not change
    province: str  # as the province was named in 2017
    subscriber_digits: int  # digits after the area code: 8 in Hà Nội and HCMC, else 7

    @property
    def old_digits(self) -> int:
        """National length before 2017: 0 + old area code + subscriber number."""
        return 1 + len(self.old) + self.subscriber_digits

    @property
    def digits(self) -> int:
        """National length today: 0 + area code + subscriber number, always 11."""
        return 1 + len(self.new) + self.subscriber_digits


#: The 2017 landline area-code change: (old code, new code, province) for the 59 of the 63
#: provinces whose code changed; subscriber numbers stayed as they were. Source: Ministry
#: of Information and Communications, Decision 2036/QĐ-BTTTT, applied in three phases
#: from 11/02/2017, 15/04/2017 and 17/06/2017. Before it, Hà Nội and HCMC subscriber
#: numbers had 8 digits (0 + 1-digit code + 8 = 10 digits) and every other province's 7
#: (0 + 2- or 3-digit code + 7); today every landline has 11 digits (024/028 + 8,
#: 02xx + 7).
LANDLINE_RENUMBERING: tuple[LandlineArea, ...] = tuple(
    LandlineArea(old, new, province, 8 if new in ("24", "28") else 7)
    for old, new, province in (
        ("4", "24", "Hà Nội"),
        ("8", "28", "TP Hồ Chí Minh"),
        ("31", "225", "Hải Phòng"),
        ("511", "236", "Đà Nẵng"),
        ("710", "292", "Cần Thơ"),
        ("76", "296", "An Giang"),
        ("64", "254", "Bà Rịa–Vũng Tàu"),
        ("240", "204", "Bắc Giang"),
        ("281", "209", "Bắc Kạn"),
        ("781", "291", "Bạc Liêu"),
        ("241", "222", "Bắc Ninh"),
        ("75", "275", "Bến Tre"),
        ("56", "256", "Bình Định"),
        ("650", "274", "Bình Dương"),
        ("651", "271", "Bình Phước"),
        ("62", "252", "Bình Thuận"),
        ("780", "290", "Cà Mau"),
        ("26", "206", "Cao Bằng"),
        ("500", "262", "Đắk Lắk"),
        ("501", "261", "Đắk Nông"),
        ("230", "215", "Điện Biên"),
        ("61", "251", "Đồng Nai"),
        ("67", "277", "Đồng Tháp"),
        ("59", "269", "Gia Lai"),
        ("351", "226", "Hà Nam"),
        ("39", "239", "Hà Tĩnh"),
        ("320", "220", "Hải Dương"),
        ("711", "293", "Hậu Giang"),
        ("321", "221", "Hưng Yên"),
        ("58", "258", "Khánh Hòa"),
        ("77", "297", "Kiên Giang"),
        ("60", "260", "Kon Tum"),
        ("231", "213", "Lai Châu"),
        ("63", "263", "Lâm Đồng"),
        ("25", "205", "Lạng Sơn"),
        ("20", "214", "Lào Cai"),
        ("72", "272", "Long An"),
        ("350", "228", "Nam Định"),
        ("38", "238", "Nghệ An"),
        ("30", "229", "Ninh Bình"),
        ("68", "259", "Ninh Thuận"),
        ("57", "257", "Phú Yên"),
        ("52", "232", "Quảng Bình"),
        ("510", "235", "Quảng Nam"),
        ("55", "255", "Quảng Ngãi"),
        ("33", "203", "Quảng Ninh"),
        ("53", "233", "Quảng Trị"),
        ("79", "299", "Sóc Trăng"),
        ("22", "212", "Sơn La"),
        ("66", "276", "Tây Ninh"),
        ("36", "227", "Thái Bình"),
        ("280", "208", "Thái Nguyên"),
        ("37", "237", "Thanh Hóa"),
        ("54", "234", "Thừa Thiên Huế"),
        ("73", "273", "Tiền Giang"),
        ("74", "294", "Trà Vinh"),
        ("27", "207", "Tuyên Quang"),
        ("70", "270", "Vĩnh Long"),
        ("29", "216", "Yên Bái"),
    )
)

#: The four provinces that kept their area code in 2017 (same source).
KEPT_AREA_CODES: tuple[LandlineArea, ...] = (
    LandlineArea("210", "210", "Phú Thọ", 7),
    LandlineArea("211", "211", "Vĩnh Phúc", 7),
    LandlineArea("218", "218", "Hòa Bình", 7),
    LandlineArea("219", "219", "Hà Giang", 7),
)

#: Area code in use today -> its province (all 63). A landline is valid only with one of
#: these and the right length.
AREA_CODES: MappingProxyType[str, LandlineArea] = MappingProxyType(
    {area.new: area for area in LANDLINE_RENUMBERING + KEPT_AREA_CODES}
)

#: Area code before 2017 that changed -> its province (59). The kept ones are in
#: AREA_CODES: a number written with them is already in today's form.
OLD_AREA_CODES: MappingProxyType[str, LandlineArea] = MappingProxyType(
    {area.old: area for area in LANDLINE_RENUMBERING}
)

#: The first digit of a subscriber number. 0 is the trunk prefix and 1 starts the short
#: service numbers (113, 114, 115, 1080...), so no subscriber number starts with either.
#: This is also what keeps the old and new codes apart: "0241 234 5678" can only be old
#: Bắc Ninh (0241), never Hà Nội (024) with a subscriber number starting with 1.
SUBSCRIBER_FIRST_DIGITS = frozenset("23456789")


def area_code_of(significant: str) -> LandlineArea | None:
    """The area, by today's code, that a number without its trunk 0 starts with.

    Area codes are 2 or 3 digits and no code is the start of another, so at most one fits.
    """
    return AREA_CODES.get(significant[:2]) or AREA_CODES.get(significant[:3])


def old_area_code_of(significant: str) -> LandlineArea | None:
    """The area, by its code before 2017 (1, 2 or 3 digits), a number starts with."""
    return (
        OLD_AREA_CODES.get(significant[:1])
        or OLD_AREA_CODES.get(significant[:2])
        or OLD_AREA_CODES.get(significant[:3])
    )
