"""Reading customer files in the encodings stores bring: UTF-8, UTF-16, Windows-1258,
TCVN3 (ABC) and VNI; guessing which one a file is in.

The legacy bytes below are written out by hand from the published TCVN3 and VNI tables
(UniKey's converter and duydev/vietnamese-conversion); the expected text is typed.
"""

from __future__ import annotations

import io
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.services.imports import encodings
from app.services.imports.encodings import (
    ENCODINGS,
    Detected,
    decode,
    decode_lines,
    detect_encoding,
    encoding_label,
    is_vietnamese_syllable,
)
from app.services.imports.legacy_vietnamese import VNI

TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """What Windows writes for `text` in code page 1258: the letter itself where the code page
    has it, else the letter without its tone followed by the combining tone mark."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            tones = "".join(c for c in parts if c in TONES)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out += (base + tones).encode("cp1258")
    return bytes(out)


class Trickle(io.RawIOBase):
    """A stream that gives at most `size` bytes a read, as a pipe or a network share may."""

    def __init__(self, content: bytes, size: int) -> None:
        self._data = io.BytesIO(content)
        self._size = size

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        return self._data.read(self._size if n < 0 else min(n, self._size))


def lines(content: bytes, encoding: str, size: int = 1, chunk: int = 4) -> list[str]:
    """decode_lines over a stream that gives `size` bytes a read; the first `chunk` bytes
    (which decide a BOM and the UTF-16 byte order) are gathered before decoding starts."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(encodings, "_CHUNK", chunk)
        return list(decode_lines(Trickle(content, size), encoding))


def message(call, *args) -> str:
    with pytest.raises(ValidationError) as caught:
        call(*args)
    assert caught.value.field == "encoding"
    return caught.value.message


# --------------------------------------------------------------------------- fixtures

CSV = (
    "Họ tên;Số điện thoại;Địa chỉ;Tỉnh/Thành phố\r\n"
    "Nguyễn Thị Đào;0912 345 678;12 Lê Lợi, Phường Bến Thành;Hồ Chí Minh\r\n"
    "Trần Văn Tâm;0987 654 321;45 Nguyễn Tất Thành;Đắk Lắk\r\n"
    "Lê Thị Khánh Hòa;0905 111 222;7 Trần Phú;Khánh Hòa\r\n"
    "Phạm Quốc Việt;0933 444 555;99 Đường 30/4;Bà Rịa - Vũng Tàu\r\n"
)

TCVN3_CSV = (
    b"H\xe4 t\xaan;S\xe8 \xaei\xd6n tho\xb9i;\xa7\xdea ch\xd8;T\xd8nh/Th\xb5nh ph\xe8\r\n"
    b"Nguy\xd4n Th\xde \xa7\xb5o;0912 345 678;12 L\xaa L\xeei, Ph\xad\xeang B\xd5n Th\xb5nh;"
    b"H\xe5 Ch\xdd Minh\r\n"
    b"Tr\xc7n V\xa8n T\xa9m;0987 654 321;45 Nguy\xd4n T\xcat Th\xb5nh;\xa7\xbek L\xbek\r\n"
    b"L\xaa Th\xde Kh\xb8nh H\xdfa;0905 111 222;7 Tr\xc7n Ph\xf3;Kh\xb8nh H\xdfa\r\n"
    b"Ph\xb9m Qu\xe8c Vi\xd6t;0933 444 555;99 \xa7\xad\xeang 30/4;B\xb5 R\xdea - V\xf2ng T\xb5u\r\n"
)

VNI_CSV = (
    b"Ho\xef te\xe2n;So\xe1 \xf1ie\xe4n thoa\xefi;\xd1\xf2a ch\xe6;T\xe6nh/Tha\xf8nh pho\xe1\r\n"
    b"Nguye\xe3n Th\xf2 \xd1a\xf8o;0912 345 678;12 Le\xe2 L\xf4\xefi, Ph\xf6\xf4\xf8ng "
    b"Be\xe1n Tha\xf8nh;Ho\xe0 Ch\xed Minh\r\n"
    b"Tra\xe0n Va\xean Ta\xe2m;0987 654 321;45 Nguye\xe3n Ta\xe1t Tha\xf8nh;\xd1a\xe9k La\xe9k\r\n"
    b"Le\xe2 Th\xf2 Kha\xf9nh Ho\xf8a;0905 111 222;7 Tra\xe0n Phu\xf9;Kha\xf9nh Ho\xf8a\r\n"
    b"Pha\xefm Quo\xe1c Vie\xe4t;0933 444 555;99 \xd1\xf6\xf4\xf8ng 30/4;"
    b"Ba\xf8 R\xf2a - Vu\xf5ng Ta\xf8u\r\n"
)

# A 1x1 PNG image, as a person might pick by mistake.
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
    b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\xdac\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x02\x01"
    b"\xa5\xf4\xe5\xe4\x00\x00\x00\x00IEND\xaeB`\x82"
)


# ------------------------------------------------------------------- choices, labels


def test_the_choices_are_offered_in_this_order():
    assert ENCODINGS == ("utf-8", "utf-16", "cp1258", "tcvn3", "vni")


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("utf-8", "UTF-8"),
        ("utf-16", "UTF-16 (Excel “Unicode text”)"),
        ("cp1258", "Windows-1258 (Vietnamese ANSI)"),
        ("tcvn3", "TCVN3 (ABC)"),
        ("vni", "VNI"),
    ],
)
def test_each_choice_has_a_name_a_person_recognises(code, label):
    assert encoding_label(code) == label


@pytest.mark.parametrize("call", [encoding_label, lambda code: decode(b"abc", code)])
def test_an_unknown_encoding_is_refused_with_the_choices(call):
    assert message(call, "latin-1") == (
        "“latin-1” is not an encoding CareDesk can read: choose one of "
        "utf-8, utf-16, cp1258, tcvn3, vni."
    )


def test_an_unknown_encoding_is_refused_before_reading_a_line():
    with pytest.raises(ValidationError):
        decode_lines(io.BytesIO(b"abc\n"), "UTF8")


# ---------------------------------------------------------------------------- TCVN3


@pytest.mark.parametrize(
    ("content", "text"),
    [
        (b"Nguy\xd4n Th\xde \xa7\xb5o", "Nguyễn Thị Đào"),
        (b"H\xe5 Ch\xdd Minh", "Hồ Chí Minh"),
        (b"\xa7\xbek L\xbek", "Đắk Lắk"),
        (b"Kh\xb8nh H\xdfa", "Khánh Hòa"),
        (b"B\xb5 R\xdea - V\xf2ng T\xb5u", "Bà Rịa - Vũng Tàu"),
        (b"\xa1n \xa2u \xa3m \xa4ng \xa5n \xa6ng", "Ăn Âu Êm Ông Ơn Ưng"),
    ],
)
def test_tcvn3_phrases(content, text):
    assert decode(content, "tcvn3") == text


def test_tcvn3_every_letter_it_has():
    content = (
        b"\xa1\xa2\xa3\xa4\xa5\xa6\xa7 \xa8\xa9\xaa\xab\xac\xad\xae "
        b"\xb5\xb6\xb7\xb8\xb9\xbb\xbc\xbd\xbe\xc6\xc7\xc8\xc9\xca\xcb "
        b"\xcc\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6 \xd7\xd8\xdc\xdd\xde "
        b"\xdf\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee "
        b"\xef\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9 \xfa\xfb\xfc\xfd\xfe"
    )
    assert decode(content, "tcvn3") == (
        "ĂÂÊÔƠƯĐ ăâêôơưđ àảãáạằẳẵắặầẩẫấậ èẻẽéẹềểễếệ ìỉĩíị òỏõóọồổỗốộờởỡớợ ùủũúụừửữứự ỳỷỹýỵ"
    )


def test_tcvn3_capitals_with_a_tone_come_back_in_words_written_in_capitals():
    # The .VnTimeH fonts drew the lowercase codes as capitals: a word whose other letters
    # are capitals was a word in capitals.
    assert decode(b"TR\xc7N V\xa1N \xf8NG", "tcvn3") == "TRẦN VĂN ỨNG"
    assert decode(b"NGUY\xd4N TH\xde \xa7\xb5O", "tcvn3") == "NGUYỄN THỊ ĐÀO"
    assert decode(b"HO\xb5", "tcvn3") == "HOÀ"  # two capitals are enough


def test_tcvn3_lowercase_codes_stay_lowercase_elsewhere():
    # One capital is a capitalised word ("Hồ"); a word starting with a toned letter was
    # written in lowercase, since TCVN3 has no "Ứ" to write.
    assert decode(b"H\xe5", "tcvn3") == "Hồ"
    assert decode(b"Tr\xc7n V\xa8n \xf8ng", "tcvn3") == "Trần Văn ứng"
    assert decode(b"\xa7\xb5o", "tcvn3") == "Đào"
    assert decode(b"NGUYEN v\xa8n", "tcvn3") == "NGUYEN văn"


def test_only_tcvn3_turns_lowercase_into_capitals():
    assert decode("HOà".encode(), "utf-8") == "HOà"
    assert decode(b"HO\xe0", "cp1258") == "HOà"


def test_tcvn3_other_bytes_are_western_punctuation():
    assert decode(b"\x93A\x94 \x96 \x80 \xb0", "tcvn3") == "“A” – € °"


# ------------------------------------------------------------------------------ VNI


@pytest.mark.parametrize(
    ("content", "text"),
    [
        (b"Nguye\xe3n Th\xf2 \xd1a\xf8o", "Nguyễn Thị Đào"),
        (b"Tra\xe0n Va\xean \xd6\xd9ng", "Trần Văn Ứng"),
        (b"Ho\xe0 Ch\xed Minh", "Hồ Chí Minh"),
        (b"\xd1a\xe9k La\xe9k", "Đắk Lắk"),
        (b"Kha\xf9nh Ho\xf8a", "Khánh Hòa"),
        (b"Ba\xf8 R\xf2a - Vu\xf5ng Ta\xf8u", "Bà Rịa - Vũng Tàu"),
        (b"NGUYE\xc3N TH\xd2 \xd1A\xd8O", "NGUYỄN THỊ ĐÀO"),
        (b"Ng\xf6\xf4\xf8i", "Người"),
    ],
)
def test_vni_phrases(content, text):
    assert decode(content, "vni") == text


def test_vni_every_letter_in_both_cases():
    content = (
        b"a\xf9a\xf8a\xfba\xf5a\xefa\xe2a\xe1a\xe0a\xe5a\xe3a\xe4a\xeaa\xe9a\xe8a\xfaa\xfca\xeb "
        b"\xf1 e\xf9e\xf8e\xfbe\xf5e\xefe\xe2e\xe1e\xe0e\xe5e\xe3e\xe4 \xed\xec\xe6\xf3\xf2 "
        b"o\xf9o\xf8o\xfbo\xf5o\xefo\xe2o\xe1o\xe0o\xe5o\xe3o\xe4"
        b"\xf4\xf4\xf9\xf4\xf8\xf4\xfb\xf4\xf5\xf4\xef "
        b"u\xf9u\xf8u\xfbu\xf5u\xef\xf6\xf6\xf9\xf6\xf8\xf6\xfb\xf6\xf5\xf6\xef "
        b"y\xf9y\xf8y\xfby\xf5\xee\n"
        b"A\xd9A\xd8A\xdbA\xd5A\xcfA\xc2A\xc1A\xc0A\xc5A\xc3A\xc4A\xcaA\xc9A\xc8A\xdaA\xdcA\xcb "
        b"\xd1 E\xd9E\xd8E\xdbE\xd5E\xcfE\xc2E\xc1E\xc0E\xc5E\xc3E\xc4 \xcd\xcc\xc6\xd3\xd2 "
        b"O\xd9O\xd8O\xdbO\xd5O\xcfO\xc2O\xc1O\xc0O\xc5O\xc3O\xc4"
        b"\xd4\xd4\xd9\xd4\xd8\xd4\xdb\xd4\xd5\xd4\xcf "
        b"U\xd9U\xd8U\xdbU\xd5U\xcf\xd6\xd6\xd9\xd6\xd8\xd6\xdb\xd6\xd5\xd6\xcf "
        b"Y\xd9Y\xd8Y\xdbY\xd5\xce"
    )
    assert decode(content, "vni") == (
        "áàảãạâấầẩẫậăắằẳẵặ đ éèẻẽẹêếềểễệ íìỉĩị óòỏõọôốồổỗộơớờởỡợ úùủũụưứừửữự ýỳỷỹỵ\n"
        "ÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶ Đ ÉÈẺẼẸÊẾỀỂỄỆ ÍÌỈĨỊ ÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢ ÚÙỦŨỤƯỨỪỬỮỰ ÝỲỶỸỴ"
    )


def test_vni_mark_bytes_without_their_letter_are_western_characters():
    # A mark byte after a consonant, or of the other case, is not a mark: VNI fonts pair
    # capital marks with capitals only.
    assert decode(b"b\xf9 A\xf9 a\xd9 \x93x\x94", "vni") == "bù Aù aÙ “x”"


# ------------------------------------------------------------------ Windows-1258, UTF


@pytest.mark.parametrize(
    ("content", "text"),
    [
        (b"Nguy\xea\xden Thi\xf2 \xd0\xe0o", "Nguyễn Thị Đào"),
        (b"Tr\xe2\xccn V\xe3n \xdd\xecng", "Trần Văn Ứng"),
        (b"H\xf4\xcc Ch\xed Minh", "Hồ Chí Minh"),
        (b"\xd0\xe3\xeck L\xe3\xeck", "Đắk Lắk"),
        (b"Kh\xe1nh Ho\xcca", "Khánh Hòa"),
        (b"B\xe0 Ri\xf2a - Vu\xdeng T\xe0u", "Bà Rịa - Vũng Tàu"),
    ],
)
def test_windows_1258_tone_marks_are_composed(content, text):
    assert decode(content, "cp1258") == text


def test_utf8_with_and_without_bom():
    assert decode(b"\xef\xbb\xbfH\xe1\xbb\x93 Ch\xc3\xad Minh", "utf-8") == "Hồ Chí Minh"
    assert decode(b"H\xe1\xbb\x93 Ch\xc3\xad Minh", "utf-8") == "Hồ Chí Minh"


def test_decomposed_utf8_comes_out_composed():
    assert decode(b"Ho\xcc\x82\xcc\x80", "utf-8") == "Hồ"  # o, circumflex, grave


@pytest.mark.parametrize(
    "content",
    [
        b"\xff\xfeH\x00\xd3\x1e \x00T\x00\xe0\x00u\x00",  # little-endian, as Excel writes
        b"\xfe\xff\x00H\x1e\xd3\x00 \x00T\x00\xe0\x00u",  # big-endian
        b"H\x00\xd3\x1e \x00T\x00\xe0\x00u\x00",  # little-endian without a BOM
        b"\x00H\x1e\xd3\x00 \x00T\x00\xe0\x00u",  # big-endian without a BOM
    ],
)
def test_utf16_either_byte_order(content):
    assert decode(content, "utf-16") == "Hồ Tàu"


def test_utf16_zero_bytes_of_neighbouring_characters_are_no_nul():
    assert decode(b"a\x00\x00\x01", "utf-16") == "aĀ"


# ------------------------------------------------------------------------- bad bytes


UTF16 = "UTF-16 (Excel “Unicode text”)"


def bad(label: str, byte: str, offset: int, line: int) -> str:
    return (
        f"The file cannot be read as {label}: the byte 0x{byte} at offset {offset} "
        f"(line {line}) is not valid in this encoding. Choose another encoding, or open the "
        "file in Excel and save it as “CSV UTF-8 (Comma delimited)”."
    )


@pytest.mark.parametrize(
    ("content", "encoding", "expected"),
    [
        (b"ab\ncd\n\xffe", "utf-8", bad("UTF-8", "FF", 6, 3)),
        (b"\xef\xbb\xbfab\n\xc3(", "utf-8", bad("UTF-8", "C3", 6, 2)),
        (b"Nguy\xe1\xbb", "utf-8", bad("UTF-8", "E1", 4, 1)),  # cut inside a letter
        (b"ab\x00", "utf-8", bad("UTF-8", "00", 2, 1)),
        (b"a\xff\x00", "utf-8", bad("UTF-8", "FF", 1, 1)),  # the first bad byte is named
        (b"a\x00\xff", "utf-8", bad("UTF-8", "00", 1, 1)),
        (b"\x00a", "utf-8", bad("UTF-8", "00", 0, 1)),
        (b"a\x00\x00", "utf-8", bad("UTF-8", "00", 1, 1)),
        (b"\xe1\x00", "utf-8", bad("UTF-8", "E1", 0, 1)),
        (b"a\n\x81", "cp1258", bad("Windows-1258 (Vietnamese ANSI)", "81", 2, 2)),
        (b"a\n\n\x00", "cp1258", bad("Windows-1258 (Vietnamese ANSI)", "00", 3, 3)),
        (b"\xa7\xb5o\n\x8d", "tcvn3", bad("TCVN3 (ABC)", "8D", 4, 2)),
        (b"Nguye\x90", "vni", bad("VNI", "90", 5, 1)),
        (b"\xd1a\xf8o\x00", "vni", bad("VNI", "00", 4, 1)),
        (
            b"\xff\xfea\x00\n\x00\x00\xdc",
            "utf-16",
            bad(UTF16, "00", 6, 2),
        ),
        (b"\xff\xfea\x00b", "utf-16", bad(UTF16, "62", 4, 1)),
        (b"a\x00\x00\x00", "utf-16", bad(UTF16, "00", 2, 1)),
        (b"\x00\x00a\x00", "utf-16", bad(UTF16, "00", 0, 1)),
        # "aĀ" then NUL, "b" and NUL: the first NUL is named, not the zero halves of a and Ā.
        (b"a\x00\x00\x01\x00\x00b\x00\x00\x00", "utf-16", bad(UTF16, "00", 4, 1)),
        (b"\x00\xd8\x00\x00", "utf-16", bad(UTF16, "00", 0, 1)),
    ],
)
def test_a_byte_that_is_not_in_the_encoding_is_named_with_its_place(content, encoding, expected):
    assert message(decode, content, encoding) == expected


@pytest.mark.parametrize(
    ("content", "encoding", "expected"),
    [
        (b"ab\ncd\nef\xff", "utf-8", bad("UTF-8", "FF", 8, 3)),
        (b"\xef\xbb\xbfab\n\xff", "utf-8", bad("UTF-8", "FF", 6, 2)),
        (b"Nguy\xe1\xbb", "utf-8", bad("UTF-8", "E1", 4, 1)),
        (b"x\ny\nNguye\x81", "vni", bad("VNI", "81", 9, 3)),
        (
            b"\xff\xfea\x00\n\x00\x00\xdc",
            "utf-16",
            bad(UTF16, "00", 6, 2),
        ),
    ],
)
def test_reading_line_by_line_names_the_same_place(content, encoding, expected):
    assert message(lambda: lines(content, encoding, size=1)) == expected
    assert message(lambda: lines(content, encoding, size=3)) == expected


# -------------------------------------------------------------------- line by line


def test_lines_keep_their_endings_and_the_last_line_may_have_none():
    content = b"a;b\r\nc\nd\re"
    assert lines(content, "utf-8", size=1) == ["a;b\r\n", "c\n", "d\r", "e"]
    assert list(decode_lines(io.BytesIO(content), "utf-8")) == ["a;b\r\n", "c\n", "d\r", "e"]


def test_a_carriage_return_at_the_end_of_a_piece_waits_for_its_line_feed():
    assert lines(b"abc\r\nde", "utf-8", size=4) == ["abc\r\n", "de"]
    assert lines(b"a\r\nb\r", "utf-8", size=2) == ["a\r\n", "b\r"]


def test_an_empty_file_has_no_lines():
    assert lines(b"", "utf-8") == []
    assert lines(b"\xef\xbb\xbf", "utf-8") == []


@pytest.mark.parametrize(
    ("content", "encoding"),
    [
        (b"H\xf4\xcc Ch\xed Minh\nNguy\xea\xden\n", "cp1258"),  # the mark follows its letter
        (b"Ho\xe0 Ch\xed Minh\nNguye\xe3n\n", "vni"),  # so does the VNI mark byte
        (b"H\xe1\xbb\x93 Ch\xc3\xad Minh\nNguy\xe1\xbb\x85n\n", "utf-8"),
        (
            b"\xff\xfeH\x00\xd3\x1e \x00C\x00h\x00\xed\x00 \x00M\x00i\x00n\x00h\x00\n\x00"
            b"N\x00g\x00u\x00y\x00\xc5\x1en\x00\n\x00",
            "utf-16",
        ),
        (b"H\xe5 Ch\xdd Minh\nNguy\xd4n\n", "tcvn3"),
    ],
)
@pytest.mark.parametrize("size", [1, 2, 3, 5])
def test_a_letter_split_between_two_reads_stays_whole(content, encoding, size):
    assert lines(content, encoding, size) == ["Hồ Chí Minh\n", "Nguyễn\n"]


def test_a_cp1258_mark_read_after_its_letter_is_composed_with_it(monkeypatch):
    monkeypatch.setattr(encodings, "_CHUNK", 5)
    # "Nguyê" fills the first read; the tilde of "ễ" comes with the second.
    assert list(decode_lines(io.BytesIO(b"Nguy\xea\xden\n"), "cp1258")) == ["Nguyễn\n"]


def test_a_very_long_line_comes_in_pieces_cut_before_a_separator(monkeypatch):
    monkeypatch.setattr(encodings, "_LONGEST_LINE", 8)
    content = b"Nguy\xea\xden Thi\xf2;\xd0\xe0o,H\xf4\xcc\tCh\xed Minh\n"
    pieces = lines(content, "cp1258", size=4)
    assert "".join(pieces) == "Nguyễn Thị;Đào,Hồ\tChí Minh\n"
    assert len(pieces) > 1
    assert all(piece[0] in " \t,;" for piece in pieces[1:])
    assert all(unicodedata.is_normalized("NFC", piece) for piece in pieces)


@pytest.mark.parametrize(
    ("content", "pieces"),
    [
        # Reads of four bytes; a piece is cut once more than four characters wait.
        (b"aX cd eX gh\n", ["aX cd", " eX gh\n"]),  # before the last separator
        (b"a bcdefgh\n", ["a", " bcdefgh\n"]),
        (b"ab cdefghijklmn\n", ["ab", " cdefghijk", "lmn\n"]),  # only the one it starts with
    ],
)
def test_where_a_long_line_is_cut(monkeypatch, content, pieces):
    monkeypatch.setattr(encodings, "_LONGEST_LINE", 4)
    assert lines(content, "utf-8", size=4) == pieces


def test_a_long_line_without_a_separator_is_handed_out_as_it_is(monkeypatch):
    monkeypatch.setattr(encodings, "_LONGEST_LINE", 4)
    assert lines(b"abcdefgh\n", "utf-8", size=3) == ["abcdef", "gh\n"]


def test_tcvn3_capitals_come_back_line_by_line(monkeypatch):
    assert lines(b"HO\xb5\nNGUY\xd4N", "tcvn3") == ["HOÀ\n", "NGUYỄN"]
    monkeypatch.setattr(encodings, "_LONGEST_LINE", 4)
    assert lines(b"HO\xb5 HO\xb5 x\n", "tcvn3", size=4) == ["HOÀ HOÀ", " x\n"]


def test_utf16_without_bom_is_read_in_the_order_its_first_chunk_shows():
    # "ễn" big-endian: the first two bytes alone say nothing, the first four do.
    assert lines(b"\x1e\xc5\x00n", "utf-16", size=1) == ["ễn"]


def test_a_line_spanning_many_reads_comes_out_whole():
    content = CSV.encode()
    assert lines(content, "utf-8", size=7) == CSV.splitlines(keepends=True)


VIETNAMESE_TEXT = st.text(
    alphabet=st.sampled_from(sorted(set(VNI.values())) + list("abcxyzAOUY ;,\t\r\n")),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(text=VIETNAMESE_TEXT, size=st.integers(1, 9))
def test_reading_line_by_line_gives_what_reading_at_once_gives(text, size):
    inverse = {letter: code for code, letter in VNI.items()}
    for content, encoding in [
        (text.encode(), "utf-8"),
        (b"\xff\xfe" + text.encode("utf-16-le"), "utf-16"),
        (cp1258(text), "cp1258"),
        (b"".join(inverse.get(c, c.encode()) for c in text), "vni"),
    ]:
        whole = decode(content, encoding)
        assert whole == text
        assert "".join(lines(content, encoding, size)) == whole


# ------------------------------------------------------------------------ detection


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (CSV.encode(), Detected("utf-8", False, True, ())),
        (b"\xef\xbb\xbf" + CSV.encode(), Detected("utf-8", True, True, ())),
        (b"\xff\xfe" + CSV.encode("utf-16-le"), Detected("utf-16", True, True, ())),
        (b"\xfe\xff" + CSV.encode("utf-16-be"), Detected("utf-16", True, True, ())),
        (CSV.encode("utf-16-le"), Detected("utf-16", False, True, ())),
        (CSV.encode("utf-16-be"), Detected("utf-16", False, True, ())),
    ],
)
def test_unicode_files_are_recognised(content, expected):
    assert detect_encoding(content) == expected
    assert decode(content, expected.encoding) == CSV


@pytest.mark.parametrize(
    ("content", "encoding"),
    [(cp1258(CSV), "cp1258"), (TCVN3_CSV, "tcvn3"), (VNI_CSV, "vni")],
)
def test_legacy_customer_lists_are_recognised(content, encoding):
    detected = detect_encoding(content)
    assert (detected.encoding, detected.bom, detected.confident) == (encoding, False, True)
    others = {"cp1258", "tcvn3", "vni"} - {encoding}
    assert set(detected.alternatives) == others
    assert decode(content, encoding) == CSV


def test_pure_ascii_is_utf8_and_reads_the_same_in_the_other_encodings():
    content = b"Ho ten;So dien thoai\r\nNguyen Thi Dao;0912 345 678\r\n"
    assert detect_encoding(content) == Detected("utf-8", False, True, ("cp1258", "tcvn3", "vni"))
    assert detect_encoding(b"") == Detected("utf-8", False, True, ("cp1258", "tcvn3", "vni"))


def test_utf8_cut_inside_a_letter_at_the_end_of_the_sample_is_still_utf8():
    sample = CSV.encode() + "Nguyễn".encode()[:6]  # "Nguy" and two of the three bytes of "ễ"
    assert detect_encoding(sample) == Detected("utf-8", False, True, ())


def test_a_picture_is_not_taken_for_text():
    detected = detect_encoding(PNG)
    assert detected.confident is False
    assert detected.alternatives == ()


def test_control_characters_make_a_sample_binary():
    assert detect_encoding(b"a" * 49 + b"\x01").confident is True  # one in fifty is tolerated
    assert detect_encoding(b"a" * 48 + b"\x01").confident is False
    assert detect_encoding(b"a" * 50 + b"\x00").confident is False


def test_a_bom_decides_even_when_the_rest_is_broken():
    assert detect_encoding(b"\xef\xbb\xbfab\xff") == Detected(
        "utf-8", True, False, ("cp1258", "tcvn3", "vni")
    )
    assert detect_encoding(b"\xff\xfe\x00\xdca\x00") == Detected("utf-16", True, False, ())


# cp1258 words: NGUYEN (“Nguyễn”) reads as a misspelt word in TCVN3 ("Nguyờịn") and in VNI
# ("Nguyê" and a stray "Þ"); BA (“Bà”) reads as "Bà" in all three.
NGUYEN = b"Nguy\xea\xden "
BA = b"B\xe0 "


@pytest.mark.parametrize(
    ("content", "confident"),
    [
        (NGUYEN + NGUYEN + BA, True),  # 3/3 against TCVN3's 1/3
        (NGUYEN + BA, False),  # 2/2 against 1/2: too few words to be sure
        (NGUYEN + NGUYEN + BA + BA, True),  # 4/4 against 2/4: just far enough ahead
        (NGUYEN + BA + BA, False),  # 3/3 against 2/3: not far enough ahead
    ],
)
def test_a_legacy_guess_is_confident_only_when_clearly_ahead(content, confident):
    assert detect_encoding(content) == Detected("cp1258", False, confident, ("tcvn3", "vni"))


def test_well_spelled_words_are_counted_not_all_words():
    # 2 of 3 judged in Windows-1258 ("§" is a stray character), none in the others.
    assert detect_encoding(NGUYEN + NGUYEN + b"\xa7") == Detected(
        "cp1258", False, False, ("tcvn3", "vni")
    )


def test_alternatives_come_likeliest_first():
    # "Tiên" (TIEN) reads as "Tiên" in VNI too, but as "Tiờn" in TCVN3: VNI is the better
    # second guess (2 of 4 against 0 of 3).
    tien = b"Ti\xean "
    assert detect_encoding(NGUYEN + tien + tien) == Detected(
        "cp1258", False, True, ("vni", "tcvn3")
    )


def test_tcvn3_written_in_capitals_is_recognised():
    content = (
        b"H\xe4 T\xa3N;\xa7\xdeA CH\xd8\r\n"
        b"NGUY\xd4N TH\xde \xa7\xb5O;12 L\xa3 L\xeeI\r\n"
        b"TR\xc7N V\xa1N T\xa2M;45 NGUY\xd4N T\xcaT TH\xb5NH\r\n"
    )
    detected = detect_encoding(content)
    assert (detected.encoding, detected.bom, detected.confident) == ("tcvn3", False, True)
    assert set(detected.alternatives) == {"cp1258", "vni"}
    assert decode(content, "tcvn3") == (
        "Họ TÊN;ĐỊA CHỈ\r\n"  # "Họ": one capital beside "ọ" is a capitalised word
        "NGUYỄN THỊ ĐÀO;12 LÊ LỢI\r\n"
        "TRẦN VĂN TÂM;45 NGUYỄN TẤT THÀNH\r\n"
    )


def test_bytes_that_read_well_in_every_legacy_encoding_are_not_a_confident_guess():
    # "Bà Chín" in Windows-1258 is "Bà Chớn" in TCVN3 and "Bà Chín" in VNI.
    detected = detect_encoding(b"B\xe0 Ch\xedn")
    assert detected == Detected("cp1258", False, False, ("tcvn3", "vni"))


def test_bytes_no_legacy_encoding_has_are_no_alternative():
    # 0x8A and 0x9A are not in Windows-1258; TCVN3 and VNI read them as Š and š.
    detected = detect_encoding(b"Nguy\xd4n \x8a\x9a")
    assert detected.encoding == "tcvn3"
    assert detected.alternatives == ("vni",)


@pytest.mark.parametrize(
    ("sample", "order"),
    [
        (b"a\x00", "le"),
        (b"\x00a", "be"),
        (b"a\x00bbccdd", "le"),  # one character in four with a zero high byte
        (b"\x00abbccdd", "be"),
        (b"a\x00bbccddee", None),  # one in five is too few
        (b"\x00abbccddee", None),
        (b"a\x00b\x00c\x00\x00\x00", None),  # as many zero low bytes as a quarter of the rest
        (b"\x00a\x00b\x00c\x00\x00", None),
        (b"a\x00b\x00c\x00d\x00\x00\x00", "le"),  # one zero low byte against five high
        (b"\x00a\x00b\x00c\x00d\x00\x00", "be"),
        (b"a\x00\x00", "le"),  # a last odd byte is no half of a character
        (b"", None),
        (b"a", None),
    ],
)
def test_the_utf16_zero_pattern(sample, order):
    assert encodings._utf16_order(sample) == order


# ------------------------------------------------------------------------ syllables


@pytest.mark.parametrize(
    "word",
    [
        "Nguyễn",
        "thị",
        "ĐÀO",
        "Đắk",
        "lắk",
        "khuya",
        "người",
        "quốc",
        "nghiêng",
        "oanh",
        "huých",
        "xoong",
        "giữ",
        "yêu",
        "ưa",
        "ánh",
        "ý",
        "tỉnh",
        "thoại",
        "chuyện",
        "uyên",
        "hoặc",
        "tuấn",
        "thuở",
        "khoẻ",
        "quậy",
        "im",
        "ếch",
        "ăn",
        "ông",
    ],
)
def test_vietnamese_syllables(word):
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize(
    "word",
    [
        "nGuyễn",  # a capital inside the word
        "Nguyờịn",  # two tone marks
        "tíến",
        "nguyôn",  # no such vowel cluster
        "Ñaøo",
        "ă",  # ă and â need a final consonant
        "êng",  # ê does not take ng
        "onh",  # nh follows a, ê, i, y only
        "ưch",
        "anhh",
        "bcd",
    ],
)
def test_not_vietnamese_syllables(word):
    assert not is_vietnamese_syllable(word)


def test_what_counts_as_evidence():
    good, judged = encodings._evidence("Nguyễn, Thị\t“Đào”… 12\r\n")
    assert (good, judged) == (3, 3)
    # Two misspelt words ("µ" is a letter too) and three stray characters.
    assert encodings._evidence("Nguyờịn \x01 § µ abc") == (0, 5)
    assert encodings._evidence("\u00a0–—‘’•°") == (0, 0)


def test_every_vietnamese_letter_is_a_letter_not_a_stray_character():
    letters = (
        "áàảãạâấầẩẫậăắằẳẵặđéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ"
        "ÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶĐÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
    )
    _, judged = encodings._evidence(" ".join(letters))
    assert judged == 134  # each one-letter word judged once, no character judged stray
