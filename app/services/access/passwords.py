"""Password rules and argon2id hashing. A password is never stored, logged or shown."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.errors import ValidationError
from app.i18n import t

MIN_LENGTH = 8
MAX_LENGTH = 200
_hasher = PasswordHasher()


def set_hasher(hasher: PasswordHasher) -> None:
    """Swap the cost parameters (the test suite uses cheap ones)."""
    global _hasher
    _hasher = hasher


def check_new_password(password: str, again: str | None = None) -> None:
    if not password:
        raise ValidationError(t("Type a password."), "password")
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            t("The password is too short: use at least {n} characters.", n=MIN_LENGTH), "password"
        )
    if len(password) > MAX_LENGTH:
        raise ValidationError(
            t("The password is too long: use at most {n} characters.", n=MAX_LENGTH), "password"
        )
    if password.strip() == "":
        raise ValidationError(t("The password cannot be only spaces."), "password")
    if again is not None and again != password:
        raise ValidationError(
            t("The two passwords are not the same: type the same password twice."),
            "password_again",
        )


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash or not password:
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    try:
        return _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True
