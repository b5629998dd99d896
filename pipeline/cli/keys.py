"""``missionguard keys``: the Ed25519 keys that sign control commands (revoke, suspend,
reinstate) and that enforcement points trust."""

from __future__ import annotations

from typing import Annotated

import typer

from missionguard.pipeline.cli.common import fail, keys_app, load_settings, out


@keys_app.command("generate")
def keys_generate(
    kid: Annotated[str | None, typer.Option(help="Key id (default: derived).")] = None,
) -> None:
    """Create an Ed25519 signing key in control.key_dir; distribute its .pub.json to points."""
    from missionguard.pipeline.control.exceptions import KeyFileError
    from missionguard.pipeline.control.keys import generate_key

    s = load_settings()
    try:
        made = generate_key(s.control.key_dir, kid)
    except KeyFileError as exc:
        raise fail(str(exc)) from None
    out.print(f"{made}: {s.control.key_dir / made}.key (private), {made}.pub.json (public)")


@keys_app.command("list")
def keys_list() -> None:
    """The trusted keys (key_dir and settings) and which one the worker signs with."""
    from missionguard.pipeline.control.exceptions import KeyFileError
    from missionguard.pipeline.control.keys import KeyRing, load_signing_key

    s = load_settings()
    try:
        ring = KeyRing.from_settings(s.control)
        signing = load_signing_key(s.control).kid
    except KeyFileError as exc:
        raise fail(str(exc)) from None
    for kid, key in sorted(ring.keys.items()):
        mark = " (signing)" if kid == signing else ""
        out.print(f"{kid}  not_after={key.not_after or '-'}{mark}")


@keys_app.command("retire")
def keys_retire(
    kid: Annotated[str, typer.Argument(help="The key id to retire.")],
    at: Annotated[str, typer.Option(help="RFC 3339 time after which points refuse it.")],
) -> None:
    """Set a key's not_after: enforcement points refuse its commands after that time."""
    from datetime import datetime

    from missionguard.pipeline.control.exceptions import KeyFileError
    from missionguard.pipeline.control.keys import retire_key

    try:
        when = datetime.fromisoformat(at.replace("Z", "+00:00"))
        path = retire_key(load_settings().control.key_dir, kid, when)
    except ValueError:
        raise fail(f"--at: not an RFC 3339 time: {at}") from None
    except KeyFileError as exc:
        raise fail(str(exc)) from None
    out.print(f"{path}: not_after={at}")
