"""Vietnamese alphabetical order, as dictionaries and printed lists use it.

Sorting by the accent-free form puts "Đà Nẵng" among the Ds and "Lâm Đồng" before
"Lào Cai"; a Vietnamese reader expects the alphabet a ă â b c d đ e ê g h i k l m n o ô
ơ p q r s t u ư v x y, word by word ("Hà Nội" before "Hải Phòng"), with the tones only
deciding between words spelt alike (ngang, huyền, hỏi, ngã, sắc, nặng: "ma" < "mà" < "mả"
< "mã" < "má" < "mạ"). Letters outside the Vietnamese alphabet (f, j, w, z) take their
English places. Pure Python: no database, no Qt.
"""

from __future__ import annotations

import unicodedata

from app.text import nfc

__all__ = ["vi_sort_key"]

SortKey = tuple[tuple[int, ...], tuple[int, ...], str]

# Marks that make a letter of its own (ă â ê ô ơ ư): part of the letter, not a tone.
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
# The five tone marks in dictionary order; no mark (ngang) comes first.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

_ALPHABET = (
    "a",
    "ă",
    "â",
    "b",
    "c",
    "d",
    "đ",
    "e",
    "ê",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "ô",
    "ơ",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "ư",
    "v",
    "w",
    "x",
    "y",
    "z",
)
# Below every letter: a space (so a shorter word sorts first), then punctuation, then digits.
_SPACE, _OTHER, _DIGIT = 1, 2, 10
_LETTER = 100
_RANK = {letter: _LETTER + i for i, letter in enumerate(_ALPHABET)}
# Legacy encodings put the Icelandic eth where "đ" belongs; it looks the same on screen.
_RANK["ð"] = _RANK["đ"]
# Anything else (other scripts, symbols) after the Latin letters, in code point order.
_FOREIGN = _LETTER + len(_ALPHABET)


def vi_sort_key(text: str) -> SortKey:
    """A key for `sorted` that gives Vietnamese alphabetical order, case-insensitive.

    Letters first, then tones, then the text itself, so that two spellings never tie and
    the order is the same on every machine (no locale involved).
    """
    letters: list[int] = []
    tones: list[int] = []
    for char in nfc(text).lower():
        base, *marks = unicodedata.normalize("NFD", char)
        letter = base
        tone = 0
        for mark in marks:
            if mark in _TONES:
                tone = _TONES[mark]
            elif mark in (_BREVE, _CIRCUMFLEX, _HORN):
                letter = unicodedata.normalize("NFC", letter + mark)
        letters.append(_rank(letter))
        tones.append(tone)
    return tuple(letters), tuple(tones), text


def _rank(letter: str) -> int:
    if letter in _RANK:
        return _RANK[letter]
    if letter == " ":
        return _SPACE
    if letter.isdigit():
        return _DIGIT + unicodedata.digit(letter)
    if letter.isalpha():
        return _FOREIGN + ord(letter)
    return _OTHER
