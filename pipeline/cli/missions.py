"""``missionguard missions``: mission issuer keys, signing mission declarations, and
checking a file of them as the worker would (docs/missions.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from missionguard.pipeline.cli.common import fail, load_settings, missions_app, out


@missions_app.command("keygen")
def missions_keygen(
    kid: Annotated[str | None, typer.Option(help="Key id (default: derived).")] = None,
) -> None:
    """Create an issuer key in missions.key_dir; trust it with missions.trusted_issuers."""
    from missionguard.pipeline.control.exceptions import KeyFileError
    from missionguard.pipeline.control.keys import generate_key

    key_dir = load_settings().missions.key_dir
    try:
        made = generate_key(key_dir, kid)
    except KeyFileError as exc:
        raise fail(str(exc)) from None
    out.print(f"{made}: {key_dir / made}.key (private), {made}.pub.json (public)")


@missions_app.command("sign")
def missions_sign(
    input: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="JSONL records.")],
    out_path: Annotated[Path, typer.Option("--out", "-o", help="Where to write them signed.")],
    kid: Annotated[
        str | None, typer.Option(help="Issuer key id (default: missions.signing_kid/newest).")
    ] = None,
) -> None:
    """Sign every mission declaration in a JSONL file (other records are copied as they are)."""
    from pydantic import ValidationError

    from missionguard.pipeline.control.exceptions import KeyFileError
    from missionguard.pipeline.missions import MissionSigner
    from missionguard.pipeline.records import MissionDeclaration, dump_json, parse_record

    try:
        signer = MissionSigner.from_settings(load_settings().missions, kid)
    except KeyFileError as exc:
        raise fail(str(exc)) from None
    lines, signed = [], 0
    for number, line in enumerate(input.read_bytes().splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = parse_record(line)
        except ValidationError as exc:
            raise fail(f"{input}:{number}: not a canonical record: {exc}") from None
        if isinstance(record, MissionDeclaration):
            lines.append(dump_json(signer.sign(record)))
            signed += 1
        else:
            lines.append(line)
    out_path.write_bytes(b"".join(line + b"\n" for line in lines))
    out.print(f"signed {signed} mission declarations with {signer.kid} -> {out_path}")


@missions_app.command("verify")
def missions_verify(
    input: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="JSONL records.")],
) -> None:
    """Check each mission declaration in file order as the worker would (a fresh agent per
    file: a narrowing declaration needs a trusted one before it). Exit 1 if any is rejected."""
    from pydantic import ValidationError

    from missionguard.pipeline.missions import MissionGate
    from missionguard.pipeline.records import MissionDeclaration, parse_record

    gate = MissionGate.from_settings(load_settings().missions)
    in_force: dict[str, MissionDeclaration] = {}
    bad = 0
    for number, line in enumerate(input.read_bytes().splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = parse_record(line)
        except ValidationError as exc:
            raise fail(f"{input}:{number}: not a canonical record: {exc}") from None
        if not isinstance(record, MissionDeclaration):
            continue
        check = gate.check(record, in_force.get(record.agent_id))
        kid = record.signature.kid if record.signature else "-"
        current = in_force.get(record.agent_id)
        if check.accepted and (current is None or record.time >= current.time):
            in_force[record.agent_id] = record  # an older one is ignored, as by the judge
        if check.accepted:
            line_out = f"line {number}: {record.agent_id} ok ({check.how}, kid {kid})"
        else:
            bad += 1
            line_out = f"line {number}: {record.agent_id} REJECTED {check.reason}: {check.detail}"
        out.print(line_out, soft_wrap=True)
    if bad:
        raise fail(f"{bad} mission declaration(s) rejected")
