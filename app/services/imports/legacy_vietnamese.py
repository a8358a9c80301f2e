"""The two Vietnamese 8-bit encodings of the 1990s that old customer lists still come in.

Both tables were written out from, and checked entry by entry against, two independent
open-source converters:

- UniKey's converter library VnConv by Pham Kim Long (GPL), file ukengine/data.cpp as
  shipped in ibus-unikey: its TCVN3 row of SingleByteTables and its VNI-WIN row of
  DoubleByteTables;
- duydev/vietnamese-conversion (MIT), file src/charsets.ts: its TCVN3 and VNI arrays.

The lowercase TCVN3 codes are also those of TCVN 5712:1993 VN1 as XFree86 maps it
(xc/extras/X-TrueType/TCVN/TCVNtoUCS2.c), of which VN3 is the subset without capitals.

Bytes that are not in these tables mean what they mean in Windows-1252: the ABC and VNI
fonts kept the Western punctuation (curly quotes, dashes) where Windows puts it, and
UniKey passes those bytes through the same way.
"""

from __future__ import annotations

# fmt: off
# TCVN 5712:1993 VN3, the "ABC" encoding of the .VnTime fonts: one byte a letter. It has
# every lowercase letter but only the seven capitals without a tone mark; capitals with a
# tone were drawn by the .VnTimeH fonts from the lowercase codes, so a file holds those as
# lowercase (app.services.imports.encodings decides when to give them back as capitals).
TCVN3: dict[int, str] = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ",
    0xC6: "ặ", 0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}

# VNI-Windows (the VNI-Times fonts): a plain base letter followed by one byte for its marks
# (the capital forms of the mark bytes follow capital letters), except for Đ, ơ, ư, the
# toned i and ỵ, which are single bytes. Every Vietnamese letter in both cases, 134 in all.
VNI: dict[bytes, str] = {
    b"a\xf9": "á", b"a\xf8": "à", b"a\xfb": "ả", b"a\xf5": "ã", b"a\xef": "ạ",
    b"a\xe2": "â", b"a\xe1": "ấ", b"a\xe0": "ầ", b"a\xe5": "ẩ", b"a\xe3": "ẫ", b"a\xe4": "ậ",
    b"a\xea": "ă", b"a\xe9": "ắ", b"a\xe8": "ằ", b"a\xfa": "ẳ", b"a\xfc": "ẵ", b"a\xeb": "ặ",
    b"\xf1": "đ",
    b"e\xf9": "é", b"e\xf8": "è", b"e\xfb": "ẻ", b"e\xf5": "ẽ", b"e\xef": "ẹ",
    b"e\xe2": "ê", b"e\xe1": "ế", b"e\xe0": "ề", b"e\xe5": "ể", b"e\xe3": "ễ", b"e\xe4": "ệ",
    b"\xed": "í", b"\xec": "ì", b"\xe6": "ỉ", b"\xf3": "ĩ", b"\xf2": "ị",
    b"o\xf9": "ó", b"o\xf8": "ò", b"o\xfb": "ỏ", b"o\xf5": "õ", b"o\xef": "ọ",
    b"o\xe2": "ô", b"o\xe1": "ố", b"o\xe0": "ồ", b"o\xe5": "ổ", b"o\xe3": "ỗ", b"o\xe4": "ộ",
    b"\xf4": "ơ", b"\xf4\xf9": "ớ", b"\xf4\xf8": "ờ", b"\xf4\xfb": "ở", b"\xf4\xf5": "ỡ",
    b"\xf4\xef": "ợ",
    b"u\xf9": "ú", b"u\xf8": "ù", b"u\xfb": "ủ", b"u\xf5": "ũ", b"u\xef": "ụ",
    b"\xf6": "ư", b"\xf6\xf9": "ứ", b"\xf6\xf8": "ừ", b"\xf6\xfb": "ử", b"\xf6\xf5": "ữ",
    b"\xf6\xef": "ự",
    b"y\xf9": "ý", b"y\xf8": "ỳ", b"y\xfb": "ỷ", b"y\xf5": "ỹ", b"\xee": "ỵ",
    b"A\xd9": "Á", b"A\xd8": "À", b"A\xdb": "Ả", b"A\xd5": "Ã", b"A\xcf": "Ạ",
    b"A\xc2": "Â", b"A\xc1": "Ấ", b"A\xc0": "Ầ", b"A\xc5": "Ẩ", b"A\xc3": "Ẫ", b"A\xc4": "Ậ",
    b"A\xca": "Ă", b"A\xc9": "Ắ", b"A\xc8": "Ằ", b"A\xda": "Ẳ", b"A\xdc": "Ẵ", b"A\xcb": "Ặ",
    b"\xd1": "Đ",
    b"E\xd9": "É", b"E\xd8": "È", b"E\xdb": "Ẻ", b"E\xd5": "Ẽ", b"E\xcf": "Ẹ",
    b"E\xc2": "Ê", b"E\xc1": "Ế", b"E\xc0": "Ề", b"E\xc5": "Ể", b"E\xc3": "Ễ", b"E\xc4": "Ệ",
    b"\xcd": "Í", b"\xcc": "Ì", b"\xc6": "Ỉ", b"\xd3": "Ĩ", b"\xd2": "Ị",
    b"O\xd9": "Ó", b"O\xd8": "Ò", b"O\xdb": "Ỏ", b"O\xd5": "Õ", b"O\xcf": "Ọ",
    b"O\xc2": "Ô", b"O\xc1": "Ố", b"O\xc0": "Ồ", b"O\xc5": "Ổ", b"O\xc3": "Ỗ", b"O\xc4": "Ộ",
    b"\xd4": "Ơ", b"\xd4\xd9": "Ớ", b"\xd4\xd8": "Ờ", b"\xd4\xdb": "Ở", b"\xd4\xd5": "Ỡ",
    b"\xd4\xcf": "Ợ",
    b"U\xd9": "Ú", b"U\xd8": "Ù", b"U\xdb": "Ủ", b"U\xd5": "Ũ", b"U\xcf": "Ụ",
    b"\xd6": "Ư", b"\xd6\xd9": "Ứ", b"\xd6\xd8": "Ừ", b"\xd6\xdb": "Ử", b"\xd6\xd5": "Ữ",
    b"\xd6\xcf": "Ự",
    b"Y\xd9": "Ý", b"Y\xd8": "Ỳ", b"Y\xdb": "Ỷ", b"Y\xd5": "Ỹ", b"\xce": "Ỵ",
}
# fmt: on
