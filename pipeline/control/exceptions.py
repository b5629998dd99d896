"""Errors of the control protocol."""

from __future__ import annotations

__all__ = ["ControlError", "KeyFileError"]


class ControlError(Exception):
    """Base class of control-protocol errors."""


class KeyFileError(ControlError):
    """A key file or key setting is missing or unreadable (the message names the file)."""
