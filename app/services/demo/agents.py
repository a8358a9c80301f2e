"""How each demo staff member works, so that the scorecards show people who differ.

Yến is the quick one customers praise, Khoa the slow one whose cases come back and get
handed on, Trang is new; the others work as most people do.
"""

from __future__ import annotations

from typing import NamedTuple


class Profile(NamedTuple):
    speed: float  # times the usual time to answer and to resolve a complaint
    settles: float  # share of customers' requests settled during the contact itself
    csat: float  # lean of the satisfaction given: +0.8 often one point higher, -0.8 lower
    reopens: float  # share of resolutions the customer comes back on
    transfers: float  # share of complaints handed on to a colleague
    late: float  # share of promised callbacks made after the promised time
    handle: float  # times the usual length of a call


USUAL = Profile(1.0, 0.84, 0.0, 0.07, 0.08, 0.1, 1.0)
PROFILES: dict[str, Profile] = {
    "yen.tran": Profile(0.45, 0.92, 0.8, 0.02, 0.02, 0.03, 0.85),
    "khoa.ly": Profile(2.0, 0.62, -0.8, 0.28, 0.3, 0.3, 1.45),
    "trang.do": Profile(1.25, 0.76, -0.2, 0.1, 0.16, 0.12, 1.15),
    "lan.nguyen": Profile(0.8, 0.9, 0.4, 0.04, 0.05, 0.05, 0.9),
    "huy.ngo": Profile(1.3, 0.74, -0.1, 0.12, 0.12, 0.22, 1.05),
    "tam.dang": Profile(0.8, 0.82, 0.2, 0.05, 0.04, 0.08, 1.0),
}


def profile(username: str) -> Profile:
    """The way `username` works (the usual way for anyone not singled out)."""
    return PROFILES.get(username, USUAL)


def nudged(score: int, lean: float, draw: float) -> int:
    """A 1-5 score moved one point the way `lean` points, with its strength as the chance
    (`draw` is a uniform number in [0, 1))."""
    if draw < abs(lean):
        score += 1 if lean > 0 else -1
    return max(1, min(5, score))
