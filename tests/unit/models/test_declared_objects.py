"""Objects a mission declares by writing them out (models/detectors/grounding.py,
``_undeclared_object``; models/features.py, ``mission_objects``).

A session mission issued for one customer's task often writes out the objects it is for:
"chat session for berth holder MSP-C-2143, contract MSP-2025-0404". Before, a call on
another contract of that form (``MSP-2024-0311``, a number the caller gave) drew nothing:
the contract sits in the tool server's container, no principal's, and was never seen
(corpus v12, dev). Now it is ``mission_grounding.object``, a stop on its own, like a resource
outside an allow-list. Objects the purpose writes, spans it writes ("tickets CS-2291-001 to
CS-2291-048"), the principal and identifiers of other forms are no finding."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from missionguard.models.detectors.grounding import MissionGrounding
from missionguard.models.features import decision_features, id_form, mission_objects
from missionguard.models.judge import Judge
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration, Target

from .conftest import T0

_PURPOSE = (
    "Marina chat session for berth holder Ivan Perić (MSP-C-2143; contracts MSP-2025-0404 "
    "(berth B-40)): reads the customer's own contracts and books a haul-out on them."
)


def _mission(purpose: str = _PURPOSE, acts_for: tuple[str, ...] = ()) -> MissionDeclaration:
    return MissionDeclaration(
        time=T0, agent_id="session-1", mission_id="m-1", cohort="marina", purpose=purpose,
        allowed_actions=["mcp:berths/*", "mcp:services/*"], acts_for=list(acts_for),
        issued_by="gateway",
    )  # fmt: skip


def _x(
    n: int,
    mission: MissionDeclaration | None,
    principal: str | None = "MSP-C-2143",
    **arguments: Any,
) -> Any:
    decision = AuthorizationDecision(
        event_id=f"e{n}", time=T0 + timedelta(minutes=n), agent_id="session-1",
        action="mcp:berths/get_contract", resource="https://berths.example/mcp",
        decision="allow", source="mcp", operation="read", on_behalf_of=principal,
        target=Target(type="mcp:tool", container="berths", name="get_contract"),
        arguments=arguments,
    )  # fmt: skip
    return decision_features(decision, mission, "marina")


def test_the_purpose_declares_its_objects_by_form() -> None:
    assert mission_objects(_mission()) == {
        "MSP-C-#": frozenset({"MSP-C-2143"}),
        "MSP-#-#": frozenset({"MSP-2025-0404"}),
    }
    assert id_form("B-40") is None  # two digits: no identifier form
    # What the purpose forbids declares nothing.
    assert mission_objects(_mission("Books haul-outs. Never contract MSP-2024-0311.")) == {}


def test_another_object_of_a_declared_form_is_a_finding() -> None:
    found = MissionGrounding().explain_one(_x(1, _mission(), contract_no="MSP-2024-0311"))
    assert found["object"][0] == pytest.approx(0.9)
    assert "'MSP-2024-0311' (contract_no)" in found["object"][1]
    assert "MSP-2025-0404" in found["object"][1]


@pytest.mark.parametrize(
    "arguments",
    [
        {"contract_no": "MSP-2025-0404"},  # the declared contract
        {"customer_id": "MSP-C-2143"},  # the principal
        {"invoice": "INV-2026-0001"},  # another form: the purpose declares none of it
        {"date": "2026-06-19"},  # a when, no identifier
    ],
)
def test_declared_objects_and_other_forms_are_no_finding(arguments: dict[str, str]) -> None:
    assert "object" not in MissionGrounding().explain_one(_x(2, _mission(), **arguments))


def test_a_span_the_purpose_writes_declares_what_lies_within() -> None:
    mission = _mission("Outage batch BATCH-2291: reset tickets CS-2291-001 to CS-2291-048.")
    det = MissionGrounding()
    assert "object" not in det.explain_one(_x(3, mission, ticket_id="CS-2291-017"))
    assert "object" in det.explain_one(_x(4, mission, ticket_id="CS-2291-049"))
    assert "object" in det.explain_one(_x(5, mission, ticket_id="CS-2290-017"))


def test_a_mission_that_writes_no_identifier_declares_no_objects() -> None:
    mission = _mission("Marina chat: reads the signed-in customer's contracts.")
    assert "object" not in MissionGrounding().explain_one(_x(6, mission, contract_no="MSP-1"))
    assert "object" not in MissionGrounding().explain_one(_x(7, None, contract_no="MSP-2024-0311"))


def test_only_a_call_made_for_a_principal_is_held_to_the_objects_written_out() -> None:
    # An operator's agent that triages incident INC-0042 may read the incidents linked to it.
    mission = _mission("Triage incident INC-0042: read it and the incidents it links to.")
    det = MissionGrounding()
    assert "object" not in det.explain_one(_x(8, mission, principal=None, incident="INC-0040"))
    assert "object" in det.explain_one(_x(8, mission, incident="INC-0040"))


def test_the_judge_stops_the_session_at_the_first_undeclared_object() -> None:
    judge = Judge()
    state, _ = judge.on_mission(None, _mission())
    decision = AuthorizationDecision(
        event_id="e9", time=T0 + timedelta(minutes=9), agent_id="session-1",
        action="mcp:berths/get_contract", resource="https://berths.example/mcp",
        decision="allow", source="mcp", operation="read", on_behalf_of="MSP-C-2143",
        target=Target(type="mcp:tool", container="berths", name="get_contract"),
        arguments={"contract_no": "MSP-2024-0311"},
    )  # fmt: skip
    _, verdict = judge.on_decision(state, decision)
    assert [c.action for c in verdict.commands] == ["suspend"]
    assert "'MSP-2024-0311' (contract_no)" in verdict.commands[0].reason
    assert [f.name for f in verdict.alerts[0].detectors][0] == "mission_grounding.object"


def _task(agent: str, purpose: str, subcontractor: str) -> Any:
    mission = MissionDeclaration(
        time=T0, agent_id=agent, mission_id=agent, cohort="dispatch", purpose=purpose,
        allowed_actions=["mcp:subcontractors/*"], issued_by="ops",
    )  # fmt: skip
    decision = AuthorizationDecision(
        event_id=f"{agent}-{subcontractor}", time=T0, agent_id=agent,
        action="mcp:subcontractors/get_subcontractor", resource="https://ops.example/mcp",
        decision="allow", source="mcp", operation="read", on_behalf_of="dispatcher:javier",
        target=Target(type="mcp:tool", container="subcontractors", name="get_subcontractor"),
        arguments={"subcontractor_id": subcontractor},
    )  # fmt: skip
    return decision_features(decision, mission, "dispatch")


def test_a_form_the_cohorts_tasks_reach_without_writing_it_declares_no_scope() -> None:
    # A dispatcher's tasks pay every due subcontractor, SUB-0xx, their purposes naming none.
    # One task's purpose that names the new subcontractor SUB-031 among this week's payments
    # writes an example, not the task's scope: its read of SUB-011 is no finding once
    # destination_support (2) of the cohort's agents reached the form without writing it
    # (corpus v14's coach-charter look-alike, dev data: stopped before).
    routine = "Pay this week's due subcontractor invoices to the IBANs on file."
    named = routine + " Including the first invoice of our new subcontractor SUB-031."
    det = MissionGrounding()
    det.learn_one(_task("task-1", routine, "SUB-014"))
    det.learn_one(_task("task-1", routine, "SUB-023"))  # the same agent counts once
    assert "object" in det.explain_one(_task("task-9", named, "SUB-011"))  # one agent: a scope
    det.learn_one(_task("task-2", routine, "SUB-011"))
    assert "object" not in det.explain_one(_task("task-9", named, "SUB-011"))
    # The state keeps it (the support and the agents are the model's own tables).
    again = MissionGrounding().load_state_dict(det.state_dict())
    assert "object" not in again.explain_one(_task("task-9", named, "SUB-011"))
