"""Ids the recorder gives a record (attributes: which OPA instance decided, the request's
id) are no principal's objects. redteam-v8's rail, claims and utility agents, once their
customer's field was configured (``sources.opa.on_behalf_of_paths``), were suspended at
their second customer: each agent's sidecar OPA (``labels.id``, the attribute ``opa_id``)
decides for every customer, and its id was read as an object the first customer owned."""

from __future__ import annotations

from datetime import timedelta

from missionguard.models.features import decision_features
from missionguard.models.judge import Judge
from missionguard.models.state import AgentState
from missionguard.pipeline.records import AuthorizationDecision, MissionDeclaration

from .conftest import T0

_STOPS = ("suspend", "revoke")


def _call(agent: str, at: float, member: str, booking: str) -> AuthorizationDecision:
    return AuthorizationDecision(
        event_id=f"{agent}-{at}", time=T0 + timedelta(seconds=at), agent_id=agent,
        action="booking.get", resource=f"booking/{booking}", decision="allow", source="opa",
        on_behalf_of=member, attributes={"opa_id": f"sidecar-{agent[-1]}7f3", "human": False},
        arguments={"member_ref": member, "booking_ref": booking},
    )  # fmt: skip


def test_an_attribute_id_is_not_an_object_an_argument_id_is() -> None:
    call = _call("agent-1", 0, "M-1", "QX7M2K")
    call = call.model_copy(update={"arguments": {"booking_id": "QX7M2K"}})
    objects = decision_features(call, None, "c")["objects"]
    assert "booking_id=QX7M2K" in objects
    assert not any(o.startswith("opa_id=") for o in objects)


def test_one_sidecar_deciding_for_every_customer_stops_no_one() -> None:
    judge = Judge()
    states: dict[str, AgentState] = {}
    stops: dict[str, list[str]] = {}

    def run(call: AuthorizationDecision) -> None:
        agent = call.agent_id
        if agent not in states:
            mission = MissionDeclaration(
                time=T0, agent_id=agent, mission_id=f"m-{agent}", cohort="rail",
                purpose="Reservation agent for the logged-in member: look up their bookings.",
                allowed_actions=["booking.*"], issued_by="ops",
            )  # fmt: skip
            states[agent], _ = judge.on_mission(None, mission)
        states[agent], verdict = judge.on_decision(states[agent], call)
        stops.setdefault(agent, []).extend(c.action for c in verdict.commands if c.action in _STOPS)

    at = 0.0
    for agent in ("agent-1", "agent-2", "agent-3"):
        for m in range(6):  # six members in turn, two bookings each
            member = f"M-{agent[-1]}{m}"
            for b in range(2):
                at += 60
                run(_call(agent, at, member, f"B{agent[-1]}{m}{b}"))
    assert all(s == [] for s in stops.values()), stops
    # Another member's booking (B10 is M-10's) is still someone else's object.
    run(_call("agent-2", at + 60, "M-25", "B100"))
    run(_call("agent-2", at + 120, "M-25", "B100"))
    assert stops["agent-2"] and stops["agent-2"][0] in _STOPS
