"""What CareDesk needs to know about the telephone exchange: whose extension is whose, and
how many waiting callers are too many.

`pbx.extensions` pairs each agent's extension with their CareDesk user name
("101=bao.tran, 102=lan.nguyen"), so an imported call that reached extension 101 counts
for Bảo. The waiting targets are the busy-hours KPI's: an hour is over the target when
more callers than `pbx.wait_target_queue` waited at once in one queue, or more than
`pbx.wait_target_total` in all queues together.
"""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import t
from app.services.settings_store import SettingDef, read_setting

_SEPARATORS = re.compile(r"[,;\n]+")
_EXTENSION = re.compile(r"[0-9A-Za-z_*#+-]{1,20}")
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]+")  # the rule of access/users.py
_EXAMPLE = "101=bao.tran, 102=lan.nguyen"


def extension_pairs(value: object) -> dict[str, str]:
    """Extension -> user name, or a ValidationError naming the pair that is wrong."""
    pairs: dict[str, str] = {}
    for item in _SEPARATORS.split(str(value or "")):
        item = item.strip()
        if not item:
            continue
        extension, equals, username = (part.strip() for part in item.partition("="))
        username = username.lower()
        if not equals or not extension or not username:
            raise ValidationError(
                t(
                    "“{item}” is not an extension and a user name: write each pair as "
                    "extension=user name, separated by commas, such as {example}.",
                    item=item,
                    example=_EXAMPLE,
                ),
                "pbx.extensions",
            )
        if not _EXTENSION.fullmatch(extension):
            raise ValidationError(
                t(
                    "“{extension}” is not an extension: digits (and letters), at most 20, "
                    "such as 101.",
                    extension=extension,
                ),
                "pbx.extensions",
            )
        if not _USERNAME.fullmatch(username):
            raise ValidationError(
                t(
                    "“{username}” is not a user name: 2 or more letters a-z without accents, "
                    "digits, dots, dashes or underscores, as the user signs in with.",
                    username=username,
                ),
                "pbx.extensions",
            )
        if extension in pairs and pairs[extension] != username:
            raise ValidationError(
                t(
                    "Extension {extension} is given twice, for {first} and for {second}: "
                    "keep one of them.",
                    extension=extension,
                    first=pairs[extension],
                    second=username,
                ),
                "pbx.extensions",
            )
        pairs[extension] = username
    return pairs


def check_extensions(value: object) -> str:
    """The setting as it is stored: "101=bao.tran, 102=lan.nguyen" ("" for none)."""
    return ", ".join(f"{ext}={user}" for ext, user in extension_pairs(value).items())


PBX_EXTENSIONS = SettingDef("pbx.extensions", str, "", check=check_extensions)
WAIT_TARGET_QUEUE = SettingDef("pbx.wait_target_queue", int, 2, minimum=0, maximum=1000)
WAIT_TARGET_TOTAL = SettingDef("pbx.wait_target_total", int, 15, minimum=0, maximum=10_000)
PBX_SETTINGS: tuple[SettingDef, ...] = (PBX_EXTENSIONS, WAIT_TARGET_QUEUE, WAIT_TARGET_TOTAL)


def pbx_labels() -> dict[str, str]:
    return {
        PBX_EXTENSIONS.key: t(
            "Telephone extensions of the agents (extension=user name, such as {example})",
            example=_EXAMPLE,
        ),
        WAIT_TARGET_QUEUE.key: t("Most callers waiting at once in one queue (busy-hours target)"),
        WAIT_TARGET_TOTAL.key: t("Most callers waiting at once in all queues (busy-hours target)"),
    }


def read_extensions(session: Session) -> dict[str, str]:
    """Extension -> user name, as set (a stored value was checked when it was saved)."""
    return extension_pairs(read_setting(session, PBX_EXTENSIONS))
