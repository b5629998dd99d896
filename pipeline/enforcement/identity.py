"""Identities a check may name: canonical form, and the key under which ids are "the same".

An attacker whose agent ``Bot-1`` is revoked gains a way around the revocation if the
enforcement point answers "no restriction" for ``bot-1 ``, ``BOT-1`` or ``Bot-1\\x00`` while
the IAM side behind it treats them as the same principal (many do: IAM role names, Okta
logins, SPIFFE trust domains and most HTTP stacks trim, fold case or stop at a NUL). So:

* an id that is not in canonical form is refused outright (HTTP 400, restriction
  ``invalid_id``), never answered "no restriction": see :func:`id_problem`;
* a canonical id that equals a restricted one under :func:`fold` (Unicode NFKC, then case
  folding) is refused as that one is (``enforcement.id_matching: fold``, the default), so a
  case or compatibility variant of a revoked id is revoked too.

>>> id_problem("bot-1"), id_problem("spiffe://corp/ns/ai/sa/bot 2")
(None, None)
>>> id_problem("bot-1 ")
'surrounding whitespace'
>>> id_problem("bot\\x00")
'control or invisible character U+0000'
>>> fold("BOT-1") == fold("bot-1") == fold("\uff22\uff4f\uff54-1")  # full-width "Bot"
True
"""

from __future__ import annotations

import unicodedata

__all__ = ["MAX_ID_LENGTH", "Ambiguous", "fold", "id_problem", "one_identity"]

# The canonical records' limit for ids (pipeline/records/canonical.py ``_ID``).
MAX_ID_LENGTH = 512
# Control, format (zero-width, bidi overrides, BOM), surrogate, line and paragraph separators.
_INVISIBLE = {"Cc", "Cf", "Cs", "Zl", "Zp"}


def id_problem(value: str) -> str | None:
    """Why ``value`` is not a canonical agent or credential id (``None`` if it is)."""
    if not value:
        return "empty"
    if len(value) > MAX_ID_LENGTH:
        return f"longer than {MAX_ID_LENGTH} characters"
    if value != value.strip():
        return "surrounding whitespace"
    for ch in value:
        if unicodedata.category(ch) in _INVISIBLE:
            return f"control or invisible character U+{ord(ch):04X}"
        if ch.isspace() and ch != " ":
            return f"whitespace other than a space U+{ord(ch):04X}"
    return None


def fold(value: str) -> str:
    """The key under which ids count as the same identity: NFKC, then case-folded."""
    return unicodedata.normalize("NFKC", value).casefold()


class Ambiguous(ValueError):
    """An identity named more than once (differently or not): refused, never the first."""


def one_identity(*sources: tuple[str, list[str]] | None) -> str | None:
    """The one value named by ``(name, values)`` sources, or :class:`Ambiguous`.

    >>> one_identity(("x-agent-id", ["a"]), ("agent_id", ["a"])), one_identity(None)
    ('a', None)
    >>> twice, differ = [("x-agent-id", ["a", "a"])], [("x-agent-id", ["a"]), ("agent_id", ["b"])]
    >>> for sources in (twice, differ):
    ...     try:
    ...         one_identity(*sources)
    ...     except Ambiguous as exc:
    ...         print(exc)
    ambiguous identity: 2 'x-agent-id' values
    ambiguous identity: 'x-agent-id' and 'agent_id' differ
    """
    found: tuple[str, str] | None = None
    for source in sources:
        if source is None:
            continue
        name, values = source
        if len(values) > 1:
            raise Ambiguous(f"ambiguous identity: {len(values)} {name!r} values")
        if not values:
            continue
        if found is not None and found[1] != values[0]:
            raise Ambiguous(f"ambiguous identity: {found[0]!r} and {name!r} differ")
        found = found or (name, values[0])
    return None if found is None else found[1]
