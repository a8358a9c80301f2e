"""Which encoding a customer file is in, and reading it as text in that encoding.

Stores bring customer lists written over many years by Excel and by old point-of-sale
programs: UTF-8 (with or without the BOM Excel's "CSV UTF-8" writes), UTF-16 (Excel's
"Unicode text"), Windows-1258, and the two 8-bit encodings of the 1990s, TCVN3 (ABC) and
VNI (tables in legacy_vietnamese.py). Nothing in the bytes names the encoding, so
`detect_encoding` guesses from a sample and says how sure it is; the person confirms the
guess on screen when it is not sure, and `decode` / `decode_lines` then read the file.

Text always comes out NFC, the form CareDesk stores (Windows-1258 writes tone marks as
separate combining characters). TCVN3 has no capitals with tone marks: headings were
typed in lowercase codes and drawn as capitals by the .VnTimeH fonts, so in a word whose
other letters are all capitals (at least two of them) the lowercase letters are read as
capitals too ("NGUYễN" is "NGUYỄN"); elsewhere they stay as written.

Pure Python, no Qt and no database: the CLI, the import screen and the tests share it.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from app.errors import ValidationError
from app.i18n import t
from app.services.imports.legacy_vietnamese import TCVN3, VNI

__all__ = [
    "ENCODINGS",
    "Detected",
    "decode",
    "decode_lines",
    "detect_encoding",
    "encoding_label",
    "is_vietnamese_syllable",
]

ENCODINGS: tuple[str, ...] = ("utf-8", "utf-16", "cp1258", "tcvn3", "vni")
_SINGLE_BYTE = ("cp1258", "tcvn3", "vni")
_FIELD = "encoding"

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_LE_BOM = b"\xff\xfe"
_UTF16_BE_BOM = b"\xfe\xff"

# Bytes read from a stream at a time, and the longest piece of one line handed out whole:
# a file that is one endless line must not end up in memory either.
_CHUNK = 1 << 16
_LONGEST_LINE = 1 << 20

_WORD = re.compile(r"[^\W\d_]+")  # a run of letters


@dataclass(frozen=True)
class Detected:
    """The guess for a file's encoding, from the first bytes of the file."""

    encoding: str  # one of ENCODINGS
    bom: bool  # a byte-order mark was found (decode skips it)
    confident: bool  # False: the bytes fit several encodings, so the person should confirm
    alternatives: tuple[str, ...]  # the other encodings that read the sample, likeliest first


def encoding_label(code: str) -> str:
    """The encoding's name as screens and reports show it."""
    labels = {
        "utf-8": t("UTF-8"),
        "utf-16": t("UTF-16 (Excel “Unicode text”)"),
        "cp1258": t("Windows-1258 (Vietnamese ANSI)"),
        "tcvn3": t("TCVN3 (ABC)"),
        "vni": t("VNI"),
    }
    return labels[_known(code)]


def _known(code: str) -> str:
    if code not in ENCODINGS:
        raise ValidationError(
            t(
                "“{code}” is not an encoding CareDesk can read: choose one of {choices}.",
                code=code,
                choices=", ".join(ENCODINGS),
            ),
            _FIELD,
        )
    return code


# ----------------------------------------------------------------------- byte tables

# charmap_decode's "no character here": decoding such a byte is an error.
_NOTHING = "\ufffe"


def _charmap(codec: str, letters: dict[int, str]) -> str:
    table = list(bytes(range(256)).decode(codec, errors="replace").replace("\ufffd", _NOTHING))
    # A NUL byte is never text: it means a binary file or UTF-16 read the wrong way.
    table[0] = _NOTHING
    for byte, letter in letters.items():
        table[byte] = letter
    return "".join(table)


_CP1258 = _charmap("cp1258", {})
_CP1252 = _charmap("cp1252", {})
_TCVN3 = _charmap("cp1252", TCVN3)
_TCVN3_LOWERCASE = frozenset(letter for letter in TCVN3.values() if letter.islower())

# VNI is read in two steps: bytes to Windows-1252 characters one for one (so an error
# offset is a byte offset), then each letter's one or two characters to the letter.
_VNI_LETTERS = {code.decode("cp1252"): letter for code, letter in VNI.items()}
_VNI_SEQUENCE = re.compile(
    "|".join(re.escape(code) for code in sorted(_VNI_LETTERS, key=len, reverse=True))
)
# A byte that may still get its mark byte from the next piece of the file.
_VNI_BASES = frozenset(code[0] for code in VNI if len(code) == 2)

# ------------------------------------------------------------------------- decoders

# Each decoder takes bytes from the start of `data` and says how many it used: with
# final=False it stops before a character whose bytes are not all there yet. It raises
# UnicodeDecodeError or _Undecodable, whose `start` is the offset in `data` of the first
# byte that is not in the encoding.
_Part = Callable[[bytes, bool], tuple[str, int]]


class _Undecodable(ValueError):
    """A byte the codec accepts but no text file holds: NUL."""

    def __init__(self, start: int) -> None:
        super().__init__(start)
        self.start = start


def _utf8(data: bytes, final: bool) -> tuple[str, int]:
    nul = data.find(b"\x00")
    if nul >= 0:
        codecs.utf_8_decode(data[:nul], "strict", True)  # a bad byte before it comes first
        raise _Undecodable(nul)
    return codecs.utf_8_decode(data, "strict", final)


def _utf16(
    decoder: Callable[[bytes, str, bool], tuple[str, int]], data: bytes, final: bool
) -> tuple[str, int]:
    nul = data.find(b"\x00\x00")
    while nul > 0 and nul % 2:  # the zero halves of two neighbouring characters: no NUL
        nul = data.find(b"\x00\x00", nul + 1)
    if nul >= 0:
        decoder(data[:nul], "strict", True)  # a bad byte before it comes first
        raise _Undecodable(nul)
    return decoder(data, "strict", final)


def _utf16_le(data: bytes, final: bool) -> tuple[str, int]:
    return _utf16(codecs.utf_16_le_decode, data, final)


def _utf16_be(data: bytes, final: bool) -> tuple[str, int]:
    return _utf16(codecs.utf_16_be_decode, data, final)


def _cp1258(data: bytes, final: bool) -> tuple[str, int]:
    return codecs.charmap_decode(data, "strict", _CP1258)


def _tcvn3(data: bytes, final: bool) -> tuple[str, int]:
    return codecs.charmap_decode(data, "strict", _TCVN3)


def _vni(data: bytes, final: bool) -> tuple[str, int]:
    used = len(data)
    if not final and used and data[-1] in _VNI_BASES:
        used -= 1
    text, _ = codecs.charmap_decode(data[:used], "strict", _CP1252)
    return _VNI_SEQUENCE.sub(lambda match: _VNI_LETTERS[match.group()], text), used


_PARTS: dict[str, _Part] = {"utf-8": _utf8, "cp1258": _cp1258, "tcvn3": _tcvn3, "vni": _vni}


def _utf16_order(sample: bytes) -> str | None:
    """The byte order ("le" or "be") when the bytes have UTF-16's zero pattern, else None.

    Most characters of a Vietnamese file (ASCII, and à á â è é ê ì í ò ó ô õ ù ú ý) have a
    zero high byte in UTF-16, and almost none a zero low byte.
    """
    pairs = len(sample) // 2
    low = sample[0 : 2 * pairs : 2].count(0)
    high = sample[1 : 2 * pairs : 2].count(0)
    if 4 * high >= pairs and 4 * low < high:
        return "le"
    if 4 * low >= pairs and 4 * high < low:
        return "be"
    return None


def _start(encoding: str, head: bytes) -> tuple[int, _Part]:
    """How many bytes of byte-order mark to skip, and the decoder for the rest."""
    if encoding == "utf-16":
        if head.startswith(_UTF16_LE_BOM):
            return 2, _utf16_le
        if head.startswith(_UTF16_BE_BOM):
            return 2, _utf16_be
        # Without a BOM the zero bytes tell the order; Excel writes little-endian.
        return 0, _utf16_be if _utf16_order(head) == "be" else _utf16_le
    if encoding == "utf-8" and head.startswith(_UTF8_BOM):
        return 3, _utf8
    return 0, _PARTS[encoding]


class _Reader:
    """Decodes a file piece by piece and knows where in the file it is, for the message."""

    def __init__(self, encoding: str) -> None:
        self._encoding = _known(encoding)
        self._part: _Part | None = None
        self._carry = b""
        self._offset = 0
        self._line = 1

    def feed(self, data: bytes, final: bool) -> str:
        data = self._carry + data
        if self._part is None:
            # The first chunk decides, as the sample does in detect_encoding: a BOM, or the
            # byte order of UTF-16 without one. A stream giving smaller pieces is waited for.
            if len(data) < _CHUNK and not final:
                self._carry = data
                return ""
            skip, self._part = _start(self._encoding, data)
            self._offset += skip
            data = data[skip:]
        try:
            text, used = self._part(data, final)
        except (UnicodeDecodeError, _Undecodable) as error:
            raise self._error(self._part, data, error.start) from None
        self._carry = data[used:]
        self._offset += used
        self._line += text.count("\n")
        return text

    def _error(self, part: _Part, data: bytes, position: int) -> ValidationError:
        before, _ = part(data[:position], False)
        return ValidationError(
            t(
                "The file cannot be read as {label}: the byte 0x{byte} at offset {offset} "
                "(line {line}) is not valid in this encoding. Choose another encoding, or "
                "open the file in Excel and save it as “CSV UTF-8 (Comma delimited)”.",
                label=encoding_label(self._encoding),
                byte=f"{data[position]:02X}",
                offset=self._offset + position,
                line=self._line + before.count("\n"),
            ),
            _FIELD,
        )


def _finish(text: str, encoding: str) -> str:
    text = unicodedata.normalize("NFC", text)
    return _WORD.sub(_tcvn3_capitals, text) if encoding == "tcvn3" else text


def _tcvn3_capitals(match: re.Match[str]) -> str:
    word = match.group()
    others = [letter for letter in word if letter not in _TCVN3_LOWERCASE]
    return word.upper() if len(others) >= 2 and all(c.isupper() for c in others) else word


def decode(content: bytes, encoding: str) -> str:
    """The whole of `content` as NFC text (a BOM skipped); ValidationError if the bytes are
    not in `encoding`, naming the offset and line of the first byte that is not."""
    return _finish(_Reader(encoding).feed(content, final=True), encoding)


# A "\r" at the very end may be the first half of a "\r\n" still to come.
_LINE_END = re.compile(r"\r\n|\r(?!\Z)|\n")


def decode_lines(stream: BinaryIO, encoding: str) -> Iterator[str]:
    """The file's lines, each NFC text with its line ending, read a chunk at a time.

    A line longer than a million characters is handed out in pieces cut before a space,
    tab, comma or semicolon, so that no letter is parted from its marks and memory stays
    small whatever the file. Joined, the pieces are exactly what `decode` gives.
    """
    reader = _Reader(encoding)  # an unknown encoding is reported now, not at the first line
    return _lines(stream, reader, encoding)


def _lines(stream: BinaryIO, reader: _Reader, encoding: str) -> Iterator[str]:
    pending = ""
    while True:
        chunk = stream.read(_CHUNK)
        final = not chunk
        pending += reader.feed(chunk, final)
        start = 0
        for end in _LINE_END.finditer(pending):
            yield _finish(pending[start : end.end()], encoding)
            start = end.end()
        pending = pending[start:]
        if final:
            if pending:
                yield _finish(pending, encoding)
            return
        if len(pending) > _LONGEST_LINE:
            cut = max(pending.rfind(separator) for separator in " \t,;")
            cut = cut if cut > 0 else len(pending)
            yield _finish(pending[:cut], encoding)
            pending = pending[cut:]


# ------------------------------------------------------------------------ detection

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
# Onset, then a rime: a vowel cluster with the final consonants it takes (k as in Đắk Lắk).
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(?:ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ui|ưi|ưu|ua|ưa|oai|oao|oay|oeo|uây|uôi"
    r"|ươi|ươu|iêu|yêu|uya|uyu"
    r"|(?:ă|â|iê|yê|uô|ươ|uâ|oă|uyê|oo)(?:ng|[cmnptk])"
    r"|(?:a|oa|ê|uê|i|y|uy)(?:ch|nh)"
    r"|(?:a|e|o|ô|ơ|u|ư|oa|oe|uơ)(?:ng|[cmnptk])?"
    r"|(?:ê|i|y|uê|uy)[mnpt]?)"
)
_VIETNAMESE_LETTERS = frozenset(VNI.values())  # the 134 letters beyond ASCII, both cases
# Punctuation any of the encodings writes the same way: no evidence for or against one.
_TYPOGRAPHY = frozenset("\u00a0–—‘’“”…•°")
_LAYOUT = "\t\n\r"  # the control characters every text file has


def is_vietnamese_syllable(word: str) -> bool:
    """Whether `word` (letters only) is spelled the way a Vietnamese syllable can be: an
    onset, a vowel cluster and a final consonant that go together, at most one tone mark,
    in lowercase, capitalised or in capitals. Misread legacy bytes seldom are."""
    if word not in (word.lower(), word.capitalize(), word.upper()):
        return False
    spelled = unicodedata.normalize("NFD", word.lower())
    toneless = "".join(c for c in spelled if c not in _TONE_MARKS)
    if len(spelled) - len(toneless) > 1:
        return False
    return _SYLLABLE.fullmatch(unicodedata.normalize("NFC", toneless)) is not None


def _evidence(text: str) -> tuple[int, int]:
    """(well-spelled Vietnamese words, words with a non-ASCII letter plus stray characters)

    A stray character is what no Vietnamese text in that encoding would hold: a control
    character, or something outside ASCII that is neither a Vietnamese letter nor common
    punctuation (the "§µ" a TCVN3 "Đà" becomes in Windows-1258, a mark left on its own).
    """
    good = judged = 0
    for word in _WORD.findall(text):
        if not word.isascii():
            good += is_vietnamese_syllable(word)
            judged += 1
    for char in text:
        if char.isascii():
            judged += char < " " and char not in _LAYOUT
        else:
            judged += char not in _VIETNAMESE_LETTERS and char not in _TYPOGRAPHY
    return good, judged


def _sample_text(sample: bytes, encoding: str) -> str | None:
    skip, part = _start(encoding, sample)
    try:
        text, _ = part(sample[skip:], False)
    except (UnicodeDecodeError, _Undecodable):
        return None
    return _finish(text, encoding)


def _looks_like_text(text: str) -> bool:
    # Control characters other than line ends and tabs: a binary file, whatever it decodes to.
    controls = sum(1 for c in text if unicodedata.category(c)[0] == "C" and c not in _LAYOUT)
    return 50 * controls <= len(text)


def detect_encoding(sample: bytes) -> Detected:
    """Guess the encoding of a file from its first bytes (up to 64 KiB).

    A BOM decides; so does UTF-16's pattern of zero bytes. Valid UTF-8 (pure ASCII
    included) is UTF-8: other encodings seldom produce it by chance. Otherwise the sample
    is read as Windows-1258, TCVN3 and VNI, and the reading with the largest share of
    well-spelled Vietnamese words wins; it is confident only when clearly ahead.
    """
    texts = {encoding: _sample_text(sample, encoding) for encoding in ENCODINGS}
    bom16 = sample.startswith((_UTF16_LE_BOM, _UTF16_BE_BOM))
    if not bom16 and _utf16_order(sample) is None:
        texts["utf-16"] = None  # almost any even number of bytes decodes as UTF-16
    evidence = {e: _evidence(text) for e, text in texts.items() if text is not None}
    shares = {e: good / judged if judged else 0.0 for e, (good, judged) in evidence.items()}
    readable = [encoding for encoding in _SINGLE_BYTE if texts[encoding] is not None]
    if sample.startswith(_UTF8_BOM):
        guess = "utf-8"
    elif bom16 or texts["utf-16"] is not None:
        guess = "utf-16"
    elif texts["utf-8"] is not None or not readable:
        guess = "utf-8"
    else:
        guess = max(readable, key=lambda encoding: shares[encoding])
    text = texts[guess]
    confident = text is not None and _looks_like_text(text)
    if guess in _SINGLE_BYTE:
        # Clearly ahead: at least three well-spelled words, and a share of well-spelled
        # words at least 0.5 above the next best reading's.
        runner_up = max((shares[e] for e in readable if e != guess), default=0.0)
        confident = confident and evidence[guess][0] >= 3 and shares[guess] - runner_up >= 0.5
    alternatives = sorted((e for e in shares if e != guess), key=lambda e: -shares[e])
    return Detected(
        encoding=guess,
        bom=sample.startswith((_UTF8_BOM, _UTF16_LE_BOM, _UTF16_BE_BOM)),
        confident=confident,
        alternatives=tuple(alternatives),
    )
