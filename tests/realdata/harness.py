"""Real logs judged offline through the replay code path (``missionguard replay``'s
``replay_raw``), and the figures the gates read: which agents were stopped, how many alerts,
how malicious examples score against benign ones. Also a script: ``python -m`` style
``.venv/bin/python tests/realdata/harness.py`` prints every figure (docs/evaluation.md).
"""

from __future__ import annotations

import gzip
import json
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from missionguard.models.judge import Judge
from missionguard.pipeline.settings import get_settings
from missionguard.pipeline.tools.replay import replay_raw

FILES = Path(__file__).resolve().parents[1] / "files"
REALDATA = FILES / "realdata"
PERFSPEC = REALDATA / "perfspec_audit_logs.csv.gz"  # the full log, 16,563 events
PERFSPEC_MISSIONS = REALDATA / "perfspec_missions.jsonl"
PANTHER_CLOUDTRAIL = FILES / "cloudtrail" / "panther_rule_tests.jsonl"
PANTHER_EKS = FILES / "k8s_audit" / "panther_eks_rule_tests.jsonl"
OTRF = FILES / "cloudtrail" / "otrf_ec2_proxy_s3_exfiltration.jsonl"
STRATUS = FILES / "cloudtrail" / "stratus_detonations"
OTRF_MISSION = Path(__file__).resolve().parents[2] / "docs" / "otrf-case" / "mission.jsonl"
STOPS = frozenset({"suspend", "revoke"})


@dataclass
class Replayed:
    """What one replay wrote, and what it could not read."""

    alerts: list[dict] = field(default_factory=list)
    commands: list[dict] = field(default_factory=list)
    dead_letters: list[str] = field(default_factory=list)
    decisions: int = 0

    @property
    def stopped(self) -> set[str]:
        return {c["agent_id"] for c in self.commands if c["action"] in STOPS}

    def severities(self) -> Counter[str]:
        return Counter(a["severity"] for a in self.alerts)


def replay(path: Path, source: str | None, missions: Path | None = None) -> Replayed:
    """Judge ``path`` as ``missionguard replay --source SOURCE [--missions M
    --trust-unsigned-missions]`` does, with a fresh judge."""
    settings = get_settings()
    with tempfile.TemporaryDirectory() as tmp:
        if path.suffix == ".gz":
            plain = Path(tmp) / path.stem
            with gzip.open(path, "rb") as src, open(plain, "wb") as dst:
                shutil.copyfileobj(src, dst)
            path = plain
        out = Path(tmp) / "out.jsonl"
        result = replay_raw(
            path,
            out,
            judge=Judge(settings.detection, settings.behaviour),
            settings=settings,
            source=source,
            missions=missions,
            trust_unsigned_missions=missions is not None,
        )
        replayed = Replayed(decisions=result.counters.decisions)
        replayed.dead_letters = [d.reason for d in result.dead_letters]
        for line in out.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["type"] == "alert":
                replayed.alerts.append(record)
            else:
                replayed.commands.append(record)
    return replayed


@dataclass
class RuleTests:
    """Panther rule-test examples judged one by one (each example a case of its own, with a
    fresh judge: a rule's unit test is an isolated event, not one account's history)."""

    flagged: Counter[bool] = field(default_factory=Counter)  # expected_alert -> flagged
    examples: Counter[bool] = field(default_factory=Counter)  # expected_alert -> examples
    judged: Counter[bool] = field(default_factory=Counter)  # expected_alert -> normalized
    dead_letters: list[str] = field(default_factory=list)

    def rate(self, malicious: bool) -> float:
        """Share of the examples (malicious or benign) with a high alert or a stop."""
        return (
            self.flagged[malicious] / self.examples[malicious] if self.examples[malicious] else 0.0
        )


def flagged(replayed: Replayed) -> bool:
    """A high (or critical) alert or a stop command."""
    return bool(replayed.stopped) or any(
        a["severity"] in ("high", "critical") for a in replayed.alerts
    )


def rule_tests(path: Path, source: str, log_type: str | None = None) -> RuleTests:
    """``log_type``: only the examples of that Panther log type (the EKS file also holds
    Azure, GCP, Okta and other examples that are no Kubernetes audit events)."""
    found = RuleTests()
    with tempfile.TemporaryDirectory() as tmp:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            case = json.loads(line)
            if log_type is not None and case["event"].get("p_log_type") != log_type:
                continue
            malicious = bool(case["expected_alert"])
            one = Path(tmp) / f"case{number}.jsonl"
            one.write_text(json.dumps(case["event"]) + "\n", encoding="utf-8")
            replayed = replay(one, source)
            found.examples[malicious] += 1
            found.dead_letters.extend(f"line {number}: {d}" for d in replayed.dead_letters)
            if replayed.decisions:
                found.judged[malicious] += 1
            if flagged(replayed):
                found.flagged[malicious] += 1
    return found


def complete_eks_lines(path: Path = PANTHER_EKS) -> set[int]:
    """Line numbers of the EKS audit examples with an identity and a time."""
    lines = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        event = json.loads(line)["event"]
        if event.get("p_log_type") != "Amazon.EKS.Audit":
            continue
        user = event.get("user") if isinstance(event.get("user"), dict) else {}
        when = event.get("stageTimestamp") or event.get("requestReceivedTimestamp")
        if user.get("username") and when:
            lines.add(number)
    return lines


def attacker_calls(path: Path = OTRF) -> set[str]:
    """Event ids of the OTRF case's attacker calls: the instance role's credential used from
    outside AWS (a real address as source, the role's session; metadata.yaml)."""
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        identity = event.get("userIdentity") or {}
        source = event.get("sourceIPAddress") or ""
        if identity.get("type") == "AssumedRole" and source[:1].isdigit():
            ids.add(event["eventID"])
    return ids


def first_s3_call(path: Path = OTRF) -> str:
    """Event id of the attacker's first S3 call (by event time)."""
    attack = attacker_calls(path)
    calls = []
    for line in path.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        if event.get("eventSource") == "s3.amazonaws.com" and event["eventID"] in attack:
            calls.append((event.get("eventTime") or event["@timestamp"], event["eventID"]))
    return min(calls)[1]


def _lines(items: Iterable[str]) -> str:
    return "\n".join(f"  {item}" for item in items)


def main() -> None:
    for label, missions in (("without missions", None), ("with missions", PERFSPEC_MISSIONS)):
        r = replay(PERFSPEC, "perfspec_k8s_csv", missions)
        agents = {a["agent_id"] for a in r.alerts} | {c["agent_id"] for c in r.commands}
        print(
            f"PerfSPEC {label}: {r.decisions} decisions, {len(r.stopped)} agents stopped, "
            f"{len(r.commands)} commands {dict(Counter(c['action'] for c in r.commands))}, "
            f"{len(r.alerts)} alerts {dict(r.severities())}, {len(agents)} agents alerted"
        )
        print(_lines(sorted(r.stopped)))
    for label, path, source in (
        ("panther CloudTrail", PANTHER_CLOUDTRAIL, "cloudtrail"),
        ("panther EKS", PANTHER_EKS, "k8s_audit"),
    ):
        t = rule_tests(path, source, "Amazon.EKS.Audit" if path == PANTHER_EKS else None)
        print(
            f"{label}: malicious flagged {t.flagged[True]}/{t.examples[True]} "
            f"({t.rate(True):.1%}), benign flagged {t.flagged[False]}/{t.examples[False]} "
            f"({t.rate(False):.1%}); normalized malicious {t.judged[True]}, benign "
            f"{t.judged[False]}; dead letters {len(t.dead_letters)}"
        )
        format_errors = [d for d in t.dead_letters if "field" in d]
        print(_lines(format_errors[:5]))
    attack = attacker_calls()
    for label, missions in (("without a mission", None), ("with its mission", OTRF_MISSION)):
        r = replay(OTRF, "cloudtrail", missions)
        on_attack = Counter(a["severity"] for a in r.alerts if a["trigger_event_id"] in attack)
        print(
            f"OTRF {label}: alerts on attacker calls {dict(on_attack)}, "
            f"commands {[(c['action'], c['agent_id'][-20:]) for c in r.commands]}"
        )


if __name__ == "__main__":
    main()
