"""Key files, the dev key, rotation and retirement."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from missionguard.pipeline.control.envelope import CommandSigner
from missionguard.pipeline.control.exceptions import KeyFileError
from missionguard.pipeline.control.gate import Admitted, CommandGate
from missionguard.pipeline.control.keys import KeyRing, generate_key, load_signing_key, retire_key
from missionguard.pipeline.records import dump_json
from missionguard.pipeline.settings.control import ControlSettings

from .conftest import T0, command


def _admit(gate: CommandGate, signer: CommandSigner, cid: str, now=T0):
    cmd = command(cid, expires=now + timedelta(hours=1))
    value = dump_json(cmd)
    return gate.admit(b"bot", value, signer.headers(b"bot", value, now), now)


def test_a_dev_key_is_generated_once_and_trusted(tmp_path, caplog):
    settings = ControlSettings(key_dir=tmp_path / "keys")
    key = load_signing_key(settings)
    assert "generated dev key" in caplog.text
    assert load_signing_key(settings).kid == key.kid  # not a second one
    assert len(list((tmp_path / "keys").glob("*.key"))) == 1
    assert (tmp_path / "keys" / f"{key.kid}.key").stat().st_mode & 0o077 == 0
    gate = CommandGate(KeyRing.from_settings(settings))
    assert isinstance(_admit(gate, CommandSigner(key), "c1"), Admitted)


def test_without_dev_keys_a_missing_key_is_an_error_naming_the_dir(tmp_path):
    settings = ControlSettings(key_dir=tmp_path / "none", generate_dev_key=False)
    with pytest.raises(KeyFileError, match="none"):
        load_signing_key(settings)
    assert KeyRing.from_settings(settings).keys == {}


def test_rotation_signs_with_the_newest_key_and_retired_kids_are_refused(tmp_path):
    keys = tmp_path / "keys"
    old = generate_key(keys, "old", now=T0)
    new = generate_key(keys, "new", now=T0 + timedelta(days=1))
    settings = ControlSettings(key_dir=keys, generate_dev_key=False)
    assert load_signing_key(settings, now=T0 + timedelta(days=2)).kid == new
    old_signer = CommandSigner(load_signing_key(settings.model_copy(update={"signing_kid": old})))
    retire_key(keys, old, T0 + timedelta(days=3))
    ring = KeyRing.from_settings(settings)
    before = CommandGate(ring)
    assert isinstance(_admit(before, old_signer, "c1", T0 + timedelta(days=2)), Admitted)
    after = _admit(CommandGate(ring), old_signer, "c2", T0 + timedelta(days=3))
    assert after.reason == "retired_kid"
    # A retired key is no longer chosen to sign.
    retire_key(keys, new, T0 + timedelta(days=4))
    with pytest.raises(KeyFileError, match="no usable signing key"):
        load_signing_key(settings, now=T0 + timedelta(days=5))


def test_existing_keys_are_never_overwritten(tmp_path):
    generate_key(tmp_path, "k")
    with pytest.raises(KeyFileError, match="exists already"):
        generate_key(tmp_path, "k")


def test_bad_public_key_files_and_settings_name_their_source(tmp_path):
    (tmp_path / "x.pub.json").write_text(json.dumps({"kid": "x", "alg": "RS256"}))
    with pytest.raises(KeyFileError, match=r"x\.pub\.json"):
        KeyRing.from_dir(tmp_path)
    settings = ControlSettings(
        key_dir=tmp_path / "empty",
        generate_dev_key=False,
        trusted_keys=[{"kid": "t", "public_key": "AAAA"}],
    )
    with pytest.raises(KeyFileError, match=r"control.trusted_keys\[0\]"):
        KeyRing.from_settings(settings)
