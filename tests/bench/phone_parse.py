"""Phone parsing benchmark: how long `parse_phone` takes a number, as an import meets them.

    .venv/bin/python tests/bench/phone_parse.py [--numbers 100000] [--seed 7]

The numbers are written the ways a customer file has them: mobiles with and without
spaces, +84 and 84, old 11-digit mobiles, landlines of today and from before 2017, and
numbers that are both a mobile and an old landline. The wall time per number is printed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

# Runnable as a plain script from the repository root.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.errors import ValidationError  # noqa: E402
from app.text import parse_phone  # noqa: E402

# (how it is written, weight): a format per row, the subscriber digits drawn at random.
FORMATS = (
    ("09{m}{tail}", 3),
    ("09{m}{t3} {t4}", 2),
    ("+84 3{a} {t3} {t4}", 2),
    ("8486{tail}", 1),
    ("016{a} {t3} {t4}", 1),
    ("028 3{tail}", 1),
    ("0236 3{t6}", 1),
    ("08 3{tail}", 1),
    ("(037) 3{t6}", 1),
)


def numbers(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    formats = [f for f, weight in FORMATS for _ in range(weight)]
    made = []
    for _ in range(count):
        tail = f"{rng.randrange(10**7):07d}"
        made.append(
            rng.choice(formats).format(
                a=rng.choice("2345678"),
                m=rng.choice("0134678"),
                tail=tail,
                t3=tail[:3],
                t4=tail[3:],
                t6=tail[:6],
            )
        )
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--numbers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    typed = numbers(args.numbers, args.seed)
    refused = 0
    start = time.perf_counter()
    for text in typed:
        try:
            parse_phone(text)
        except ValidationError:
            refused += 1
    spent = time.perf_counter() - start
    print(f"numbers: {len(typed):,}  refused: {refused:,}")
    print(f"total: {spent:.3f} s  per number: {spent / len(typed) * 1e6:.1f} µs")


if __name__ == "__main__":
    main()
