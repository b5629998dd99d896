"""Delivery envelopes: documents that carry several raw records, or one inside a wrapper.

IAM logs rarely arrive one bare event at a time. The forms recognised here are each the
vendor's own, documented delivery format:

* a JSON array of events (Okta's System Log API pages, exports);
* CloudTrail's log file, ``{"Records": [...]}`` (what CloudTrail writes to S3, and what
  pipelines that forward those files put on a queue);
* an Amazon EventBridge event whose ``detail`` is the CloudTrail event (``"detail-type":
  "AWS API Call via CloudTrail"``, and the other ``... via CloudTrail`` types), as
  EventBridge rules, Firehose and SQS deliver them;
* a Kubernetes ``audit.k8s.io`` ``EventList`` (the batches the API server's audit webhook
  backend posts);
* an Okta event hook delivery (``"eventType": "com.okta.event_hook"``, the events under
  ``data.events``);
* a Google Cloud Pub/Sub push delivery (``{"message": {"data": <base64>, "messageId": ...},
  "subscription": ...}``), as a Cloud Logging sink's Pub/Sub topic pushes Cloud Audit Logs:
  the record is the decoded ``data`` (JSON; anything else stays one record, the text, and
  dead-letters as no object).

Anything else is one record. :func:`records_in` is used by the file reader and by
:func:`~pipeline.sources.registry.normalize_payload` alike, so a Kafka record that holds a
whole CloudTrail file or a webhook batch is judged record by record (a bad one dead-letters
alone, with its index in the origin) instead of going whole to the dead letters.

>>> records_in([{"a": 1}, {"b": 2}])
[{'a': 1}, {'b': 2}]
>>> records_in({"Records": [{"eventName": "GetObject"}]})
[{'eventName': 'GetObject'}]
>>> records_in({"detail-type": "AWS API Call via CloudTrail", "source": "aws.s3",
...             "detail": {"eventName": "GetObject"}})
[{'eventName': 'GetObject'}]
>>> records_in({"kind": "EventList", "apiVersion": "audit.k8s.io/v1", "items": [{"verb": "get"}]})
[{'verb': 'get'}]
>>> records_in({"eventType": "com.okta.event_hook", "data": {"events": [{"uuid": "e1"}]}})
[{'uuid': 'e1'}]
>>> records_in({"message": {"data": "eyJsb2dOYW1lIjogIngifQ==", "messageId": "1"},
...             "subscription": "projects/p/subscriptions/s"})
[{'logName': 'x'}]
>>> records_in({"eventName": "GetObject"}) is None  # one record
True
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

import orjson

__all__ = ["records_in"]


def records_in(doc: Any) -> list[Any] | None:
    """The records a delivery envelope carries, or ``None`` when ``doc`` is one record."""
    if isinstance(doc, list):
        return doc
    if not isinstance(doc, Mapping):
        return None
    records = doc.get("Records")
    if isinstance(records, list) and len(doc) <= 2:  # CloudTrail's log file (and a digest)
        return records
    detail = doc.get("detail")
    kind = doc.get("detail-type")
    if isinstance(detail, Mapping) and isinstance(kind, str) and kind.endswith("via CloudTrail"):
        return [detail]  # EventBridge: the CloudTrail event is the detail
    items = doc.get("items")
    api = doc.get("apiVersion")
    if (
        doc.get("kind") == "EventList"
        and isinstance(items, list)
        and isinstance(api, str)
        and api.startswith("audit.k8s.io/")
    ):
        return items
    data = doc.get("data")
    if doc.get("eventType") == "com.okta.event_hook" and isinstance(data, Mapping):
        events = data.get("events")
        if isinstance(events, list):
            return events
    message = doc.get("message")
    if isinstance(message, Mapping) and isinstance(doc.get("subscription"), str):
        payload = message.get("data")
        if isinstance(payload, str) and "messageId" in message:
            return [_pubsub_data(payload)]
    return None


def _pubsub_data(payload: str) -> Any:
    """A Pub/Sub message's ``data``: base64 of the published bytes, here a JSON record; what
    does not decode stays the text (one record that is no object: a dead letter)."""
    try:
        return orjson.loads(base64.b64decode(payload, validate=True))
    except ValueError:  # binascii.Error and orjson's errors (depth too) are ValueErrors
        return payload
