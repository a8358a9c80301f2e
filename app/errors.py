"""Errors a person may see. Each carries text meant for the user, already translated."""

from __future__ import annotations


class CareDeskError(Exception):
    """Base for errors whose message is shown to the user as it is."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(CareDeskError):
    """Input that cannot be accepted; the message says what is wrong and how to fix it."""


class NotFound(CareDeskError):
    """The record asked for does not exist (or was archived)."""


class Conflict(CareDeskError):
    """Someone else changed the record first; the message names what changed."""


class PermissionDenied(CareDeskError):
    """The signed-in user's role may not do this; the message names the role that may."""


class DatabaseError(CareDeskError):
    """The database cannot be opened or used: unreachable, not a database, too new..."""


class StorageError(DatabaseError):
    """The database could not keep a change: busy, disk full, read-only, a disk error, a
    damaged file, or the server out of reach. The unit of work was rolled back; `kind`
    names which (app/storage_errors.py), the message says what to do."""

    def __init__(self, message: str, kind: str, reason: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.reason = reason or message  # what happened, without what to do about it
