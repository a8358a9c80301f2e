"""CareDesk: no command opens the window; a command runs the admin CLI (app.cli)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app import cli
from app.config import resolve_db_url
from app.i18n import t


def main(argv: Sequence[str] | None = None) -> int:
    parser, args = cli.parse(argv)
    failure = cli.lookup_error(parser, args)
    if failure is not None:
        print(failure, file=sys.stderr)  # nothing is started for a number that is not one
        return cli.EXIT_USER_ERROR
    if args.command is not None:
        return cli.run_command(args)
    from ui.app import SCREENS, run

    if args.screen is not None and args.screen not in SCREENS:
        parser.error(
            t(
                "unknown screen “{name}”; choose one of: {names}",
                name=args.screen,
                names=", ".join(SCREENS),
            )
        )
    return run(
        resolve_db_url(args.db),
        args.lang,
        args.screenshot,
        args.screen,
        user=args.user,
        lookup=args.lookup,
    )


if __name__ == "__main__":
    sys.exit(main())
