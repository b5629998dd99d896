"""Where an agent is judged: its *route* (docs/architecture.md, "Partitions and routes").

Cohort models learn from the agents judged in the same input partition. Spread by agent id,
each partition sees about ``1/P`` of a cohort, and a cohort of short sessions (an assistant's
tasks, a job's runs) is young for ``P`` times longer: the first sessions of a purpose go by
before any model has seen three of them. With ``topics.partition_by: cohort`` (the default)
an agent is judged on the partition of its *route* instead:

* an agent's route is the cohort of the first mission declared for it that the mission gate
  admits on its own (signed by a trusted issuer; the default cohort if it names none), kept
  for as long as the agent is remembered; an agent that never declared such a mission is
  routed by its own id, as with ``partition_by: agent``;
* producers still key every record by agent id. The partition where a record lands (its
  agent id's) keeps the agent's route in the state table (:func:`entry_key`, written when
  the first mission passes) and re-publishes the records of a routed agent to the route's
  partition (unless they landed there), same key, with the headers :data:`ROUTE_HEADER` (the
  route) and :data:`FROM_HEADER` (where it was re-published from: a record re-published
  twice, after a restart, is judged once);
* the agent's state is kept under :func:`state_key` (route and agent id), in the route's
  changelog partition.

Offline replay routes the same way, without the hop. The cost (documented in
docs/architecture.md): a busy cohort is judged by one worker at a time; and what reaches a
route's partition from several others interleaves as it arrives, so the worker's judgement
of a cohort equals replay's only for the order its partition received (each agent's own
records keep their order).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal, cast

__all__ = [
    "FROM_HEADER",
    "ROUTE_HEADER",
    "ROUTE_PREFIX",
    "ROUTE_REFRESH_S",
    "Headers",
    "PartitionBy",
    "agent_of",
    "entry_key",
    "entry_value",
    "header_pairs",
    "mission_route",
    "read_entry",
    "route_of",
    "state_key",
]

PartitionBy = Literal["cohort", "agent"]
Headers = tuple[tuple[str, bytes], ...]  # a record's Kafka headers, as (name, value) pairs

ROUTE_HEADER = "mg-route"  # the route of a re-published record (set by the judging stage only)
FROM_HEADER = "mg-routed-from"  # "<topic>:<partition>:<offset>" it was re-published from
ROUTE_PREFIX = "\x00route:"  # table key of an agent's route (ids never hold control chars)
_SEP = "\x1f"  # between route and agent id in a routed agent's state key
ROUTE_REFRESH_S = 3600  # a route's time (its agent's last decision) is rewritten this often


def mission_route(cohort: str | None, default_cohort: str) -> str:
    """The route a mission declaring ``cohort`` gives its agent: the cohort it is judged
    with (the default cohort for a mission that names none)."""
    return cohort or default_cohort


def state_key(agent_id: str, route: str) -> str:
    """The state table key of ``agent_id`` judged under ``route``: the agent id itself when
    it is its own route (every agent with ``partition_by: agent``).

    >>> state_key("a-1", "a-1"), state_key("a-1", "billing")
    ('a-1', 'billing\\x1fa-1')
    >>> route_of(state_key("a-1", "billing")), agent_of(state_key("a-1", "billing"))
    ('billing', 'a-1')
    """
    return agent_id if route == agent_id else f"{route}{_SEP}{agent_id}"


def route_of(key: str) -> str:
    """The route part of a state key (the agent id for an agent that is its own route).
    Split at the last separator: agent ids hold no control characters, cohort names may."""
    at = key.rfind(_SEP)
    return key if at < 0 else key[:at]


def agent_of(key: str) -> str:
    """The agent id of a state key."""
    return key[key.rfind(_SEP) + 1 :]


def entry_key(agent_id: str) -> str:
    """The table key under which the partition of ``agent_id`` keeps its route.

    >>> entry_key("a-1")[len(ROUTE_PREFIX):]
    'a-1'
    """
    return f"{ROUTE_PREFIX}{agent_id}"


def entry_value(since: str, route: str) -> bytes:
    """What :func:`entry_key` holds: the time of the agent's last decision (epoch seconds;
    empty before its first) and its route.

    >>> read_entry(entry_value("", "a:b")), read_entry(entry_value("1700000000", "c"))
    (('', 'a:b'), ('1700000000', 'c'))
    """
    return f"{since}:{route}".encode()


def read_entry(value: bytes) -> tuple[str, str]:
    """``(since, route)`` of an :func:`entry_value`."""
    since, _, route = value.decode().partition(":")
    return since, route


def header_pairs(raw: object) -> Headers:
    """A record's headers as (name, bytes) pairs, however a client hands them over (a list
    of pairs, a mapping, nothing)."""
    if not raw:
        return ()
    pairs = raw.items() if isinstance(raw, Mapping) else cast(Iterable[Any], raw)
    return tuple((str(k), bytes(v or b"")) for k, v in pairs)
