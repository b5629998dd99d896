"""Poison records on the live decisions topic (issue 15, defect 2): non-finite numbers,
out-of-range times, lone surrogates, control characters, wrong keys, types and shapes,
tombstones, oversized, huge and deeply nested values are dead-lettered with a reason, a
BOM-prefixed record is judged, a decision whose arguments pass every bound is judged with
them cut, and the worker keeps judging the agents they were mixed with (before the fix,
one NaN killed the judging agent, or wedged its state writes).
Markup and format strings in every text field: test_enforce_hostile_text.py."""

from __future__ import annotations

import json
import uuid

from missionguard.pipeline.records import dump_json


def _decision_text(make, agent: str, **changes: object) -> bytes:
    return dump_json(make.decision(agent, **changes))


async def test_poison_is_dead_lettered_and_the_worker_keeps_judging(
    make, deployment, producer, watch
):
    topics = deployment.settings.topics
    deployment.start_worker()
    tag = uuid.uuid4().hex[:6]
    victim, bommed = f"poison-bot-{tag}", f"bom-bot-{tag}"
    key = victim.encode()

    def attrs(literal: str) -> bytes:
        return _decision_text(make, victim, attributes={"x": 1}).replace(
            b'"attributes":{"x":1}', b'"attributes":{"x":' + literal.encode() + b"}"
        )

    def field(name: str, literal: str) -> bytes:
        """The victim's decision with ``name`` set to the raw JSON ``literal``."""
        d = json.loads(_decision_text(make, victim))
        d[name] = "__poison__"
        return json.dumps(d).encode().replace(b'"__poison__"', literal.encode())

    def without(name: str) -> bytes:
        d = json.loads(_decision_text(make, victim))
        del d[name]
        return json.dumps(d).encode()

    def nested(depth: int) -> str:
        return '{"a":' * depth + "1" + "}" * depth

    def dated(year: str) -> bytes:
        d = make.decision(victim)
        now = f'"time":"{d.time.year}'.encode()
        return dump_json(d).replace(now, b'"time":"' + year.encode())

    poison = {
        "nan": (attrs("NaN"), "attributes.x: Input should be a finite number"),
        "infinity": (attrs("Infinity"), "attributes.x: Input should be a finite number"),
        "-infinity": (attrs("-Infinity"), "attributes.x: Input should be a finite number"),
        "1e999": (attrs("1e999"), "attributes.x: Input should be a finite number"),
        "year-9999": (dated("9999"), "3000-01-01T00:00:00Z"),
        "year-0001": (dated("0001"), "1970-01-01T00:00:00Z"),
        "surrogate": (
            _decision_text(make, victim).replace(key, victim.encode() + b"\\ud800"),
            "malformed JSON",
        ),
        "nul": (
            _decision_text(make, victim).replace(key, victim.encode() + b"\\u0000"),
            "agent_id: must not contain control characters",
        ),
        "escape": (
            _decision_text(make, victim, event_id="e\x1b[2J"),
            "event_id: must not contain control characters",
        ),
        # Wrong shapes: every one a dead letter naming what is wrong.
        "wrong-key": (field("colour", '"red"'), "colour: Extra inputs are not permitted"),
        "wrong-type": (field("decision", "5"), "decision: Input should be 'allow' or 'deny'"),
        "missing-field": (without("resource"), "resource: Field required"),
        "array": (b"[1,2,3]", "record: Input should be an object"),
        "tombstone": (None, "empty record"),
        "not-json": (b"\x00\xff\xfe garbage", "malformed JSON"),
        "huge-int": (field("attributes", '{"x":' + "9" * 5000 + "}"), "number out of range"),
        "too-big": (field("resource", '"' + "r" * 70_000 + '"'), "oversized record"),
        # Huge and deeply nested values.
        "deep-json": (field("attributes", "[" * 5000 + "]" * 5000), "recursion limit"),
    }
    bom_hostile = make.hostile(bommed)
    # Arguments past every bound (a 9,000-character string, 40 levels, 5,000 values, a NaN)
    # and text no encoder can write (a lone surrogate escape, an invalid UTF-8 byte): the
    # agent writes its arguments, so they are cut or replaced and the call is judged
    # (before: a dead letter, and the hostile call escaped the judge).
    padded = f"padded-bot-{tag}"
    padded_hostile = make.hostile(padded)
    padded_raw = json.loads(dump_json(padded_hostile))
    padded_raw["arguments"] = {
        "body": "__b__", "deep": "__d__", "many": "__m__", "n": "__n__", "u": "__u__",
    }  # fmt: skip
    padded_text = (
        json.dumps(padded_raw)
        .encode()
        .replace(b'"__b__"', b'"' + b"x" * 9000 + b'"')
        .replace(b'"__d__"', nested(40).encode())
        .replace(b'"__m__"', b"[" + b",".join([b"1"] * 5000) + b"]")
        .replace(b'"__n__"', b"NaN")
        .replace(b'"__u__"', b'"\\ud800 \xff"')
    )
    late = f"late-bot-{tag}"
    async with watch(topics.dead_letters_topic, topics.control_topic) as out:
        for agent in (victim, bommed, late, padded):
            mission = dump_json(make.mission(agent))
            await producer.send_and_wait(topics.missions_topic, mission, key=agent.encode())
        # Valid decisions of the victim before and between the poison records, sent without
        # waiting so that they share the worker's batches (where a crash after an agent was
        # judged left its state dirty but out of the cache).
        sent, futures = {}, {}
        for name, (payload, _) in poison.items():
            await producer.send(topics.decisions_topic, _decision_text(make, victim), key=key)
            futures[name] = await producer.send(topics.decisions_topic, payload, key=key)
        bom = await producer.send(
            topics.decisions_topic, b"\xef\xbb\xbf" + dump_json(bom_hostile), key=bommed.encode()
        )
        await producer.send(topics.decisions_topic, padded_text, key=padded.encode())
        hostile = make.hostile(victim)
        await producer.send(topics.decisions_topic, dump_json(hostile), key=key)
        await producer.flush()
        for name, future in futures.items():
            meta = await future
            sent[name] = (meta.topic, meta.partition, meta.offset)
        await bom

        def command_for(trigger: str):
            return lambda t, v: (
                t == topics.control_topic and json.loads(v)["trigger_event_id"] == trigger
            )

        _, victim_command, _ = await out.wait_for(command_for(hostile.event_id))
        _, bom_command, _ = await out.wait_for(command_for(bom_hostile.event_id))
        _, padded_command, _ = await out.wait_for(command_for(padded_hostile.event_id))

        letters = {
            name: await out.dead_letter_of(topics.dead_letters_topic, origin, timeout_s=10)
            for name, origin in sent.items()
        }

        # Later batches are still judged: a hostile decision of another agent. Its mission
        # went out with the others, but missions and decisions are different topics, whose
        # order Faust does not keep: a decision judged before the mission is installed is
        # only an alert, so a fresh hostile decision is sent until one is revoked.
        for attempt in range(5):
            late_hostile = make.hostile(late)
            await producer.send_and_wait(
                topics.decisions_topic, dump_json(late_hostile), key=late.encode()
            )
            try:
                await out.wait_for(command_for(late_hostile.event_id), timeout_s=6)
                break
            except TimeoutError:
                if attempt == 4:
                    raise

    assert json.loads(victim_command)["action"] == "revoke"
    assert json.loads(bom_command)["agent_id"] == bommed
    assert json.loads(padded_command)["action"] == "revoke"
    for name, (_, reason) in poison.items():
        assert reason in letters[name]["reason"], (name, letters[name]["reason"])
        assert letters[name]["key"] == victim
