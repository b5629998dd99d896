"""Small, deterministic decision streams for the model tests (no I/O)."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from missionguard.models.activity import ActivityWindow
from missionguard.models.features import decision_features
from missionguard.models.rules import DEFAULT_RULES, RulePackError, load_rules
from missionguard.models.state import RateWindow
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def cloudtrail_event(
    source: str,
    name: str,
    parameters: dict[str, Any] | None,
    *,
    arn: str = "arn:aws:sts::111122223333:assumed-role/deploy/deploy-bot",
    **extra: Any,
) -> dict[str, Any]:
    """A CloudTrail management event as AWS writes it, by the assumed-role session ``arn``
    (its account in ``userIdentity``); ``extra`` sets or replaces top-level fields."""
    account = arn.split(":")[4]
    return {
        "eventVersion": "1.08",
        "userIdentity": {
            "type": "AssumedRole",
            "principalId": f"AROAEXAMPLE:{arn.rsplit('/', 1)[-1]}",
            "arn": arn,
            "accountId": account,
            "accessKeyId": "ASIAEXAMPLE",
        },
        "eventTime": "2026-03-01T10:00:00Z",
        "eventSource": source,
        "eventName": name,
        "awsRegion": "eu-west-1",
        "sourceIPAddress": "198.51.100.7",
        "userAgent": "aws-cli/2.15.0",
        "requestParameters": parameters,
        "responseElements": None,
        "eventID": f"e-{name}",
        "readOnly": False,
        "eventType": "AwsApiCall",
        "recipientAccountId": account,
        **extra,
    }


ACTIONS = ("tickets:read", "crm:customers.read", "kb:search", "tickets:comment", "mail:send")


def support_mission(agent_id: str, cohort: str = "support", t: datetime = T0) -> MissionDeclaration:
    return MissionDeclaration(
        time=t,
        agent_id=agent_id,
        mission_id=f"m-{agent_id}",
        cohort=cohort,
        purpose="Answer customer support tickets: read tickets and customer records, search "
        "the knowledge base, comment, and mail replies to the customer",
        allowed_actions=["tickets:*", "crm:customers.read", "kb:search", "mail:send"],
        issued_by="ops",
    )


def support_task(
    agent_id: str, customer: str, t: datetime, rng: random.Random, n_event: int
) -> list[AuthorizationDecision]:
    """One ordinary support task: ticket, customer, knowledge base, comment, reply."""
    ticket = f"crm://customers/{customer}/tickets/{rng.randrange(10_000, 99_999)}"
    steps = [
        ("tickets:read", ticket, {}),
        ("crm:customers.read", f"crm://customers/{customer}", {}),
        ("kb:search", "kb://articles", {"query": "refund policy"}),
        ("tickets:comment", ticket, {"visibility": "public"}),
        ("mail:send", "mailbox://support/outbound", {"recipient": f"{customer}@mail.example"}),
    ]
    out = []
    for i, (action, resource, attrs) in enumerate(steps):
        out.append(
            AuthorizationDecision(
                event_id=f"{agent_id}-{n_event + i}",
                time=t + timedelta(seconds=4 * i + rng.random()),
                agent_id=agent_id,
                credential_id=f"cred-{agent_id}",
                action=action,
                resource=resource,
                decision="allow",
                source="test",
                source_ip=f"10.1.{rng.randrange(256)}.{rng.randrange(256)}",
                on_behalf_of=customer,
                attributes={"user_agent": "support-agent/1.2", "auth_method": "mtls", **attrs},
            )
        )
    return out


def fleet(agents: int, tasks: int, seed: int = 7) -> Iterator[AuthorizationDecision]:
    """Benign support work of ``agents`` agents, ``tasks`` tasks each, in time order."""
    rng = random.Random(seed)
    decisions: list[AuthorizationDecision] = []
    for a in range(agents):
        agent = f"agent-{a}"
        for k in range(tasks):
            t = T0 + timedelta(seconds=60 * k + 7 * a)
            decisions += support_task(agent, f"cus_{rng.randrange(10**5, 10**6)}", t, rng, 10 * k)
    decisions.sort(key=lambda d: (d.time, d.event_id))
    return iter(decisions)


@pytest.fixture
def feature_stream() -> Callable[[int, int], list[dict[str, Any]]]:
    """Feature dicts ``x`` as the Judge builds them, for ``agents`` x ``tasks`` benign tasks."""

    def build(agents: int = 3, tasks: int = 8, seed: int = 7) -> list[dict[str, Any]]:
        windows: dict[str, ActivityWindow] = {}
        rates: dict[str, RateWindow] = {}
        prev: dict[str, str] = {}
        xs = []
        for d in fleet(agents, tasks, seed):
            w = windows.setdefault(d.agent_id, ActivityWindow())
            r = rates.setdefault(d.agent_id, RateWindow())
            rate = r.add(d.time.timestamp())
            closed = w.add(d.time.timestamp(), d.resource, d.decision == "deny")
            x = decision_features(d, support_mission(d.agent_id), "support", prev.get(d.agent_id))
            x["rate_per_minute"] = rate
            x["window"] = {"rate": rate, **w.figures()}
            x["closed_window"] = closed
            prev[d.agent_id] = d.action
            xs.append(x)
        return xs

    return build


def assert_pack_cited_and_checked(
    tmp_path: Any, pack: str, model: Any, bad_entry: str, field: str
) -> None:
    """The shipped rule pack ``pack`` (config/rules/) loads as ``model``, each rule listing
    names and https references; a pack whose one rule has ``bad_entry`` (line 4) is refused
    with an error naming the file, the line and ``rules[0].<field>``."""
    rules = load_rules(DEFAULT_RULES / pack, model)
    assert rules and all(r.names and r.references for r in rules)
    assert all(ref.startswith("https://") for r in rules for ref in r.references)
    bad = tmp_path / "p.yaml"
    bad.write_text(f"rules:\n  - id: x\n    title: t\n    {bad_entry}\n    references: [u]\n")
    with pytest.raises(RulePackError) as err:
        load_rules(bad, model)
    assert str(err.value).startswith(f"{bad}:4: rules[0].{field}"), err.value
