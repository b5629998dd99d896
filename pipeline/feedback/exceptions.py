"""Errors of analyst feedback (the CLI side)."""

from __future__ import annotations

__all__ = ["AlertNotFound", "FeedbackError"]


class FeedbackError(Exception):
    """Base class of errors of writing analyst feedback."""


class AlertNotFound(FeedbackError, LookupError):
    """The alert a verdict names is not on the alerts topic (mistyped id, other deployment,
    or expired); nothing was published."""
