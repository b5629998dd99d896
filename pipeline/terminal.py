"""Terminal output that never interprets text: every console the CLI, the demo and the
enforcement point print through reads strings as plain characters.

Text from records (an action, a resource, a reason quoting them) is data. Rich would read
``[/x]`` in it as closing markup and raise ``MarkupError``, ``:warning:`` as an emoji code,
and would colour numbers and URLs it guesses at; a terminal would obey the escape sequences
(``ESC[2J`` clears the screen) and carriage returns in it. So these consoles have markup,
emoji and highlighting off, show control characters as ``\\xNN``, and styles are applied
to whole spans with :func:`styled`, never by writing markup into a string.

>>> from io import StringIO
>>> buffer = StringIO()
>>> console = plain_console(file=buffer, width=80)
>>> console.print(styled(("revoke", "bold"), " iam:X[/x] :ok: \\x1b[2J"))
>>> buffer.getvalue()
'revoke iam:X[/x] :ok: \\\\x1b[2J\\n'
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.text import Text

__all__ = ["plain_console", "styled", "visible"]

# C0 controls but tab and newline, DEL and C1 controls: shown, never sent to the terminal.
_VISIBLE: dict[int, str] = {
    c: f"\\x{c:02x}" for c in (*range(0, 9), *range(11, 32), *range(127, 160))
}
# Bidirectional controls (embeddings, overrides, isolates, marks) and the line and paragraph
# separators: shown too. A right-to-left override in a resource name displays the rest of
# the line reversed ("Trojan Source", CVE-2021-42574; Unicode UAX #9), so an analyst would
# read another name than the record holds; a separator breaks a line where none is.
_BIDI = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_VISIBLE |= {c: f"\\u{c:04x}" for c in (*_BIDI, 0x2028, 0x2029)}


def visible(text: str) -> str:
    """``text`` with control characters (and bidirectional controls) spelled out.

    >>> visible("a\\rb\\x1b[31m\\tc")
    'a\\\\x0db\\\\x1b[31m\\tc'
    >>> visible("invoice\\u202etxt.exe")
    'invoice\\\\u202etxt.exe'
    """
    return text.translate(_VISIBLE)


class _PlainConsole(Console):
    def render_str(self, text: str, **kwargs: Any) -> Text:  # every str printed passes here
        return super().render_str(visible(text), **kwargs)


def plain_console(**kwargs: Any) -> Console:
    """A :class:`~rich.console.Console` that prints strings as they are (see module doc)."""
    return _PlainConsole(markup=False, emoji=False, highlight=False, **kwargs)


def styled(*parts: str | tuple[str, str]) -> Text:
    """Plain text from parts, each a string or a ``(string, style)`` pair.

    >>> styled(("error:", "bold red"), " [bold]not markup[/]").plain
    'error: [bold]not markup[/]'
    """
    return Text.assemble(
        *(visible(p) if isinstance(p, str) else (visible(p[0]), p[1]) for p in parts)
    )
