"""Credential material as data (issue 18, item 5): the kinds SensitiveTarget recognises are a
rule pack in config/rules/, each rule with its references, validated on load with the file,
line and field in the error; a deployment's own pack changes what is recognised."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from missionguard.models.config import DetectionConfig
from missionguard.models.judge import Judge
from missionguard.models.rules import DEFAULT_RULES, MaterialRule, RulePackError, load_rules
from missionguard.pipeline.records import AuthorizationDecision

SHIPPED = DEFAULT_RULES / "credential-material.yaml"


def test_every_shipped_rule_cites_a_reference() -> None:
    rules = load_rules(SHIPPED, MaterialRule)
    assert rules and all(r.references and r.explained_by for r in rules)
    assert all(ref.startswith("https://") for r in rules for ref in r.references)


_HEAD = "rules:\n  - id: a\n    title: t\n"


@pytest.mark.parametrize(
    ("body", "where"),
    [
        (_HEAD + "    names: [x]\n    explained_by: [x]\n", ":2: rules[0].references"),
        (_HEAD + "    explained_by: [x]\n    references: [u]\n", ":2: rules[0]"),
        (_HEAD + "    names: [x]\n    explained_by: [x]\n    references: [u]\n    colour: red\n",
         ":7: rules[0].colour"),
        ("rules: nope\n", ":1: expected a mapping with `rules:`"),
    ],
)  # fmt: skip
def test_a_broken_pack_names_file_line_and_field(tmp_path: Path, body: str, where: str) -> None:
    pack = tmp_path / "material.yaml"
    pack.write_text(body)
    with pytest.raises(RulePackError) as raised:
        load_rules(pack, MaterialRule)
    assert str(raised.value).startswith(f"{pack}{where}"), str(raised.value)


def _token_read(judge: Judge) -> list[str]:
    decision = AuthorizationDecision(
        event_id="e1", time=datetime(2026, 1, 1, tzinfo=UTC), agent_id="bot",
        action="files:read", resource="share://team/deploy/github_pat.txt", decision="allow",
        source="test",
    )  # fmt: skip
    _, verdict = judge.on_decision(None, decision)
    return [f.name for a in verdict.alerts for f in a.detectors]


def test_a_deployments_own_pack_changes_what_is_credential_material(tmp_path: Path) -> None:
    assert not any(n.startswith("sensitive_target") for n in _token_read(Judge()))
    pack = tmp_path / "material.yaml"
    pack.write_text(
        SHIPPED.read_text()
        + "\n  - id: access-token\n    title: access token\n    names: [github_pat]\n"
        "    suffixes: [_pat.txt]\n    explained_by: [token]\n"
        "    references: [https://attack.mitre.org/techniques/T1528/]\n"
    )
    judge = Judge(detection=DetectionConfig(credential_material=pack))
    assert "sensitive_target.credential_material" in _token_read(judge)


def test_a_purpose_to_back_up_explains_listing_the_secret_store() -> None:
    """A backup copies every object of what it backs up, secrets included (Velero's nightly
    backup lists each namespace's secrets with the rest): a purpose that says so, as a word
    or as the phrase, explains listing the store. The phrase is matched as a phrase: its
    words alone ("roll back", "clean up") explain nothing."""
    from missionguard.models.detectors.sensitive import SensitiveTarget
    from missionguard.models.features import tokens

    def listing(purpose: str) -> dict[str, object]:
        return {
            "resource": "k8s://c/namespaces/payments/secrets", "arguments": (),
            "purpose_tokens": tokens(purpose), "purpose_text": purpose,
        }  # fmt: skip

    det = SensitiveTarget()
    assert det.score_one(listing("Back up all cluster resources and volumes nightly.")) == 0.2
    assert det.score_one(listing("Run the nightly backups of every namespace")) == 0.2
    assert det.score_one(listing("Roll back failed upgrades and clean up old pods")) == 0.6


def test_a_credential_file_a_file_tool_is_given_by_path_is_credential_material() -> None:
    """Corpus v6 (dev): an MCP file server's ``read_text_file`` names the file in its
    ``path`` argument, not in the resource (the server's URL). A value with a ``/`` and no
    space is a path wherever it sits (``~/.aws/credentials``, ``~/.ssh/id_ed25519``); a
    sentence that mentions a password with a slash in it is not."""
    from missionguard.models.detectors.sensitive import SensitiveTarget
    from missionguard.models.features import tokens

    def read(path: str) -> dict[str, object]:
        purpose = "Research assistant: read and write the project's files"
        return {
            "resource": "https://fs.lab.example/mcp", "arguments": (), "operation": "read",
            "texts": (("path", path),), "purpose_tokens": tokens(purpose),
            "purpose_text": purpose,
        }  # fmt: skip

    det = SensitiveTarget()
    assert det.score_one(read("/home/s.laine/.aws/credentials")) == 0.6
    assert det.score_one(read("/home/s.laine/.ssh/id_ed25519")) == 0.6
    assert det.score_one(read("/projects/alloys/results.csv")) == 0.0
    assert det.score_one(read("reset my password via /help")) == 0.0
