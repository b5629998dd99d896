"""Errors of the standards outputs."""

from __future__ import annotations

__all__ = ["DeliveryFailed", "StandardsError"]


class StandardsError(Exception):
    """Base class of errors of the OCSF export and the SSF transmitter."""


class DeliveryFailed(StandardsError):
    """A SET could not be delivered (receiver unreachable or refusing it for a reason that
    retrying cannot fix); its command's offset was not committed."""
