"""`python main.py user ...`: the people who sign in, managed from the command line.

Every change is made by app.services.access.users as the OS account running the command
(Actor.os_user()), so it is audited like a change made on the admin screen. A password
comes from a prompt on a terminal or, with --password-stdin, from the first line of
standard input; it is never taken as an argument (it would sit in the shell history and
the process list) and never printed.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict

from app.cli.common import EXIT_OK, PROG, open_db, print_json, table
from app.errors import ValidationError
from app.formatting import format_datetime
from app.i18n import t, tp
from app.models import Role
from app.services.access import users
from app.services.actor import Actor
from app.timeutil import now_utc


def add_user_commands(sub: argparse._SubParsersAction) -> None:
    """Register `user add|passwd|disable|enable|list` under the top-level commands."""
    user = sub.add_parser(
        "user", help=t("manage the people who sign in: add, set a password, disable, list")
    )
    actions = user.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    json_help = t("machine-readable output")
    username_help = t("the user's sign-in name, as in lan.nguyen")
    stdin_help = t(
        "read the password from the first line of standard input instead of asking for it"
    )

    p = actions.add_parser("add", help=t("add a person who can sign in"))
    p.add_argument(
        "username",
        metavar="USERNAME",
        help=t("sign-in name: letters a-z without accents, digits and dots, as in lan.nguyen"),
    )
    p.add_argument(
        "--role",
        required=True,
        choices=[r.value for r in Role],
        help=t("what the person may do: agent (own work), supervisor (a team), admin (everything)"),
    )
    p.add_argument(
        "--full-name",
        metavar="NAME",
        help=t("the person's full name, as records and slips show it (required)"),
    )
    p.add_argument("--store", metavar="CODE", help=t("code of the person's store, as in HN01"))
    p.add_argument(
        "--tier",
        type=int,
        choices=(1, 2, 3),
        help=t(
            "escalation tier for complaints: 1 agent, 2 supervisor, 3 manager "
            "(default: from the role)"
        ),
    )
    p.add_argument("--password-stdin", action="store_true", help=stdin_help)
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_user_add, usage_error=p.error)

    p = actions.add_parser("passwd", help=t("set a new password for a user (also lifts a lockout)"))
    p.add_argument("username", metavar="USERNAME", help=username_help)
    p.add_argument("--password-stdin", action="store_true", help=stdin_help)
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_user_passwd)

    p = actions.add_parser("disable", help=t("stop a user signing in (their records stay)"))
    p.add_argument("username", metavar="USERNAME", help=username_help)
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_user_disable)

    p = actions.add_parser("enable", help=t("let a disabled user sign in again"))
    p.add_argument("username", metavar="USERNAME", help=username_help)
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_user_enable)

    p = actions.add_parser("list", help=t("list the users with their role, store and status"))
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_user_list)


# --- passwords --------------------------------------------------------------------------


def _check_password_source(args) -> None:
    """Fail at once, before any prompt could wait forever on a pipe or a service."""
    # No stdin at all under pythonw.exe or some services.
    if not args.password_stdin and (sys.stdin is None or not sys.stdin.isatty()):
        raise ValidationError(
            t(
                "Cannot ask for the password: standard input is not a terminal. "
                "Send the password on standard input and add --password-stdin."
            )
        )


def _read_password(args, username: str) -> tuple[str, str | None]:
    """(password, the same typed again or None): from stdin's first line, or two prompts."""
    if args.password_stdin:
        line = sys.stdin.readline() if sys.stdin is not None else ""
        password = line[:-1] if line.endswith("\n") else line
        password = password[:-1] if password.endswith("\r") else password
        if not password:
            raise ValidationError(
                t(
                    "No password on standard input: --password-stdin reads it from the first "
                    "line, and that line was empty."
                )
            )
        return password, None
    try:
        password = getpass.getpass(t("New password for {username}: ", username=username))
        again = getpass.getpass(t("Type it again: "))
    except EOFError:
        raise ValidationError(t("No password was typed; nothing was changed.")) from None
    return password, again


# --- output -----------------------------------------------------------------------------


def _role_label(role: str) -> str:
    return {
        Role.AGENT: t("agent"),
        Role.SUPERVISOR: t("supervisor"),
        Role.ADMIN: t("admin"),
    }.get(role, role)


def _locked(view: users.UserView) -> bool:
    return view.locked_until is not None and view.locked_until > now_utc()


def _status(view: users.UserView) -> str:
    if not view.is_active:
        return t("disabled")
    if _locked(view):
        return t("locked until {time}", time=format_datetime(view.locked_until))
    return t("active")


# --- commands ---------------------------------------------------------------------------


@contextmanager
def _session(args) -> Iterator:
    """One migrated database and one unit of work for the whole command."""
    db, _ = open_db(args)
    try:
        with db.session_scope() as session:
            yield session
    finally:
        db.dispose()


def cmd_user_add(args) -> int:
    if args.full_name is None:
        args.usage_error(
            t(
                "give the person's full name with --full-name, as in --full-name "
                '"Nguyễn Thị Lan": records and slips name who did the work'
            )
        )
    _check_password_source(args)
    with _session(args) as s:
        # Everything but the password first, so nobody types one for a refused user.
        store_id = users.store_id_for_code(s, args.store)
        users.check_username(s, args.username)
        users.check_full_name(args.full_name)
        password, again = _read_password(args, args.username.strip().lower())
        view = users.add_user(
            s,
            Actor.os_user(),
            args.username,
            args.full_name,
            args.role,
            password,
            again,
            store_id=store_id,
            tier=args.tier,
        )
    if args.json:
        print_json(asdict(view))
    elif view.store_code:
        print(
            t(
                "Added user {username} ({role}, store {store}).",
                username=view.username,
                role=_role_label(view.role),
                store=view.store_code,
            )
        )
    else:
        print(
            t(
                "Added user {username} ({role}, no store).",
                username=view.username,
                role=_role_label(view.role),
            )
        )
    return EXIT_OK


def cmd_user_passwd(args) -> int:
    _check_password_source(args)
    with _session(args) as s:
        user = users.get_user_by_username(s, args.username)
        was_locked = user.locked_until is not None and user.locked_until > now_utc()
        password, again = _read_password(args, user.username)
        view = users.reset_password(s, Actor.os_user(), user.id, password, again)
    if args.json:
        print_json(asdict(view))
        return EXIT_OK
    if was_locked:
        print(t("New password set for {username}; the lockout is lifted.", username=view.username))
    else:
        print(t("New password set for {username}.", username=view.username))
    if not view.is_active:
        print(
            t(
                "{username} is disabled: run “{command}” so they can sign in.",
                username=view.username,
                command=f"{PROG} user enable {view.username}",
            )
        )
    return EXIT_OK


def _set_active(args, active: bool) -> int:
    with _session(args) as s:
        user = users.get_user_by_username(s, args.username)
        was_active = user.is_active
        view = users.set_active(s, Actor.os_user(), user.id, active)
    if args.json:
        print_json(asdict(view))
    elif was_active == active:
        if active:
            print(t("{username} is already active; nothing changed.", username=view.username))
        else:
            print(t("{username} is already disabled; nothing changed.", username=view.username))
    elif active:
        print(
            t(
                "Enabled {username} ({name}): they can sign in again.",
                username=view.username,
                name=view.full_name,
            )
        )
    else:
        print(
            t(
                "Disabled {username} ({name}): they can no longer sign in; their records stay.",
                username=view.username,
                name=view.full_name,
            )
        )
    return EXIT_OK


def cmd_user_disable(args) -> int:
    return _set_active(args, False)


def cmd_user_enable(args) -> int:
    return _set_active(args, True)


def cmd_user_list(args) -> int:
    with _session(args) as s:
        views = users.list_users(s)
    if args.json:
        print_json(
            [
                {
                    "username": v.username,
                    "full_name": v.full_name,
                    "role": v.role,
                    "tier": v.tier,
                    "store": v.store_code,
                    "active": v.is_active,
                    "locked_until": v.locked_until if _locked(v) else None,
                    "last_login_at": v.last_login_at,
                }
                for v in views
            ]
        )
        return EXIT_OK
    if not views:
        print(
            t(
                "No users yet. Add the first administrator with: {command}",
                command=f'{PROG} user add USERNAME --role admin --full-name "..."',
            )
        )
        return EXIT_OK
    headers = [
        t("Username"),
        t("Full name"),
        t("Role"),
        tp("escalation", "Tier"),
        t("Store"),
        t("Status"),
    ]
    rows = [
        [v.username, v.full_name, _role_label(v.role), str(v.tier), v.store_code or "-", _status(v)]
        for v in views
    ]
    print(table(headers, rows))
    return EXIT_OK
