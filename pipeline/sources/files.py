"""Reading raw IAM log files into :class:`~pipeline.sources.base.RawRecord` s.

Recognised by content, not by name: gzip (magic bytes ``1f 8b``), a JSON array, a single
JSON document (a delivery envelope, :mod:`.envelopes`, such as a CloudTrail
``{"Records": [...]}`` file, is split into its records, on a line of its own too), JSON
lines, and CSV when the source's mapping says ``format: csv`` (or the file ends in
``.csv``). ``-`` reads standard input. Origins carry the file's line number and, inside
multi-record documents, the record index.
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import orjson

from missionguard.pipeline.sources.base import Origin, RawRecord
from missionguard.pipeline.sources.envelopes import records_in
from missionguard.pipeline.sources.registry import NORMALIZERS, generic_mapping
from missionguard.pipeline.sources.settings import SourcesSettings

__all__ = ["read_raw"]


def read_raw(
    path_or_stream: str | Path | IO[bytes],
    source: str,
    settings: SourcesSettings | None = None,
) -> Iterator[RawRecord]:
    """Every raw record in a file or byte stream, in file order.

    Lines that are not JSON are still yielded (as their bytes), so that normalizing them
    dead-letters them with their line number instead of losing them silently.
    """
    settings = settings or SourcesSettings()
    name, data = _read_all(path_or_stream)
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
        name = name.removesuffix(".gz")
    layout = _csv_layout(source, name, settings)
    if layout is not None:
        yield from _csv_records(data, name, *layout)
        return
    stripped = data.lstrip()
    if stripped.startswith(b"["):
        yield from _document_records(data, name, line=1)
        return
    first_line = stripped.split(b"\n", 1)[0].rstrip()
    if stripped.startswith(b"{") and not first_line.endswith(b"}"):
        # A pretty-printed document (CloudTrail delivers these), not JSON lines: a JSON
        # line is a whole object. A broken document stays one record (one dead letter).
        line = data[: len(data) - len(stripped)].count(b"\n") + 1
        yield from _document_records(data, name, line=line)
        return
    yield from _json_lines(data, name)


def _read_all(path_or_stream: str | Path | IO[bytes]) -> tuple[str, bytes]:
    if isinstance(path_or_stream, str | Path):
        if str(path_or_stream) == "-":
            return "<stdin>", sys.stdin.buffer.read()
        path = Path(path_or_stream)
        return str(path), path.read_bytes()
    return getattr(path_or_stream, "name", "<stream>"), path_or_stream.read()


def _json_lines(data: bytes, name: str) -> Iterator[RawRecord]:
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        records = _records_of(line)
        if records is None:
            yield RawRecord(line, Origin(path=name, line=number))
            continue
        for index, record in enumerate(records):
            yield RawRecord(orjson.dumps(record), Origin(path=name, line=number, index=index))


def _document_records(data: bytes, name: str, line: int) -> Iterator[RawRecord]:
    records = _records_of(data)
    if records is None:
        yield RawRecord(data.strip(), Origin(path=name, line=line))
        return
    for index, record in enumerate(records):
        yield RawRecord(orjson.dumps(record), Origin(path=name, line=line, index=index))


def _records_of(data: bytes) -> list[object] | None:
    """The records of a delivery envelope (:func:`~.envelopes.records_in`: a JSON array, a
    CloudTrail ``Records`` file, an EventBridge event, a Kubernetes ``EventList``, an Okta
    event hook), or ``None`` when ``data`` is one record (or not JSON at all)."""
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    return records_in(doc)


def _csv_layout(
    source: str, name: str, settings: SourcesSettings
) -> tuple[tuple[str, ...], bool] | None:
    if source not in NORMALIZERS:
        try:
            mapping = generic_mapping(source, settings)
        except (KeyError, ValueError):
            mapping = None
        if mapping is not None and mapping.format == "csv":
            return mapping.csv.columns, mapping.csv.header
    return ((), True) if name.endswith(".csv") else None


def _csv_records(
    data: bytes, name: str, columns: tuple[str, ...], header: bool
) -> Iterator[RawRecord]:
    text = io.StringIO(data.decode("utf-8", errors="replace"), newline="")
    reader = csv.reader(text)
    names = list(columns)
    if header:
        first = next(reader, None)
        names = names or list(first or [])
    for row in reader:
        if not row:
            continue
        fields = {
            (names[i] if i < len(names) else f"column_{i}"): value for i, value in enumerate(row)
        }
        yield RawRecord(orjson.dumps(fields), Origin(path=name, line=reader.line_num))
