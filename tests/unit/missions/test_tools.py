"""The offline tools with signed missions: issuer keys from settings, the CLI's ``missions
sign`` / ``verify``, and ``evaluate`` admitting declarations as the worker does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from missionguard.models.judge import Judge
from missionguard.pipeline.cli import app
from missionguard.pipeline.control.exceptions import KeyFileError
from missionguard.pipeline.missions import (
    MissionGate,
    MissionSettings,
    MissionSigner,
    TrustedIssuer,
)
from missionguard.pipeline.records import dump_json, parse_record
from missionguard.pipeline.settings import use_config
from missionguard.pipeline.settings.missions import DEV_ISSUER_KID
from missionguard.pipeline.tools.evaluate import evaluate
from missionguard.pipeline.tools.simulate import preset, write_fleet

from .conftest import T0, declaration


def test_the_dev_issuer_is_created_on_first_use_and_trusted(tmp_path):
    settings = MissionSettings(key_dir=tmp_path / "keys")
    signer = MissionSigner.from_settings(settings)
    assert signer.kid == DEV_ISSUER_KID
    assert (tmp_path / "keys" / f"{DEV_ISSUER_KID}.pub.json").is_file()
    gate = MissionGate.from_settings(settings)
    assert gate.check(signer.sign(declaration()), None).how == "trusted"


def test_without_a_dev_key_there_is_nothing_to_sign_with(tmp_path):
    settings = MissionSettings(key_dir=tmp_path / "keys", generate_dev_key=False)
    with pytest.raises(KeyFileError):
        MissionSigner.from_settings(settings)


def test_trust_unsigned_still_verifies_signed_ones(tmp_path):
    settings = MissionSettings(key_dir=tmp_path / "keys")
    forged = MissionSigner.from_settings(settings).sign(declaration())
    forged = forged.model_copy(update={"allowed_actions": ["*"]})
    gate = MissionGate.from_settings(settings, trust_unsigned=True)
    assert gate.check(declaration(), None).how == "unsigned_allowed"
    assert gate.check(forged, None).reason == "bad_signature"


@pytest.fixture
def cli(tmp_path):
    config = {
        "missions": {
            "key_dir": str(tmp_path / "keys"),
            "generate_dev_key": False,
            "trusted_issuers": [{"kid": "issuer-a"}],
        }
    }
    path = tmp_path / "mg.yaml"
    path.write_text(yaml.safe_dump(config))
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, ["--config", str(path), *args])

    yield run
    use_config(None)


def test_cli_signs_and_verifies_a_file(cli, tmp_path):
    assert cli("missions", "keygen", "--kid", "issuer-a").exit_code == 0
    assert cli("missions", "keygen", "--kid", "agent-key").exit_code == 0
    plain = tmp_path / "missions.jsonl"
    plain.write_bytes(dump_json(declaration()) + b"\n" + dump_json(declaration("other")) + b"\n")

    unsigned = cli("missions", "verify", str(plain))
    assert unsigned.exit_code == 1 and unsigned.stdout.count("REJECTED unsigned") == 2

    signed = tmp_path / "signed.jsonl"
    result = cli("missions", "sign", str(plain), "--out", str(signed), "--kid", "issuer-a")
    assert result.exit_code == 0, result.output
    records = [parse_record(line) for line in signed.read_bytes().splitlines()]
    assert [r.signature.kid for r in records] == ["issuer-a", "issuer-a"]
    ok = cli("missions", "verify", str(signed))
    assert ok.exit_code == 0 and ok.stdout.count("ok (trusted") == 2

    by_agent = tmp_path / "by-agent.jsonl"
    result = cli("missions", "sign", str(plain), "--out", str(by_agent), "--kid", "agent-key")
    assert result.exit_code == 0, result.output
    untrusted = cli("missions", "verify", str(by_agent))
    assert untrusted.exit_code == 1 and "REJECTED no_mission" in untrusted.stdout

    tampered = json.loads(signed.read_bytes().splitlines()[0])
    tampered["allowed_actions"] = ["*"]
    signed.write_text(json.dumps(tampered) + "\n")
    forged = cli("missions", "verify", str(signed))
    assert forged.exit_code == 1 and "REJECTED bad_signature" in forged.stdout


def _report_rows(report):
    return report.attacks_total, report.benign


def test_evaluate_admits_missions_like_the_worker(tmp_path):
    settings = MissionSettings(
        key_dir=tmp_path / "keys", trusted_issuers=(TrustedIssuer(kid=DEV_ISSUER_KID),)
    )
    signed = tmp_path / "signed.jsonl"
    plain = tmp_path / "plain.jsonl"
    write_fleet(preset("smoke"), signed, MissionSigner.from_settings(settings))
    write_fleet(preset("smoke"), plain)
    labels = Path(f"{plain}.labels.json")
    gate = MissionGate.from_settings(settings)

    verified = evaluate(signed, labels, Judge, missions=gate)
    unchecked = evaluate(plain, labels, Judge)
    assert verified.missions_rejected == {}
    assert _report_rows(verified) == _report_rows(unchecked)

    rejected = evaluate(plain, labels, Judge, missions=MissionGate.from_settings(settings))
    assert rejected.missions_rejected == {"unsigned": preset("smoke").agents}
    assert _report_rows(rejected) != _report_rows(unchecked)


def test_simulated_missions_are_signed_at_their_own_time(tmp_path):
    settings = MissionSettings(key_dir=tmp_path / "keys")
    signer = MissionSigner.from_settings(settings)
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_fleet(preset("smoke"), a, signer)
    write_fleet(preset("smoke"), b, signer)
    assert a.read_bytes() == b.read_bytes()
    first = parse_record(a.read_bytes().splitlines()[0])
    assert first.signature.issued_at == first.time and first.time != T0


def test_trust_comes_from_yaml_and_environment(tmp_path, monkeypatch):
    from missionguard.pipeline.settings import Settings

    defaults = Settings().missions
    assert defaults.require_signature
    assert [t.kid for t in defaults.trusted_issuers] == [DEV_ISSUER_KID]
    monkeypatch.setenv("MISSIONGUARD_MISSIONS__REQUIRE_SIGNATURE", "false")
    monkeypatch.setenv(
        "MISSIONGUARD_MISSIONS__TRUSTED_ISSUERS", '[{"kid": "fin", "cohorts": ["finance"]}]'
    )
    missions = Settings().missions
    assert not missions.require_signature
    assert missions.trusted_issuers == (TrustedIssuer(kid="fin", cohorts=("finance",)),)
