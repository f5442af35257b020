"""Strings that every later stage can store and print: no lone surrogates, no raw bytes.

Python strings may hold what UTF-8 cannot encode: a lone surrogate from a JSON escape
(``"\\ud800"``) or from a file name that is not valid UTF-8 (decoded with
``surrogateescape``). The store, pydantic and the terminal refuse such strings, so the
readers pass every string through here: surrogates in text become U+FFFD (and the caller
says so), and a path is shown with its undecodable bytes as ``\\xNN`` escapes.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Union

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(s: str) -> tuple[str, list[str]]:
    """``s`` with each lone surrogate replaced by U+FFFD, and the ones replaced (as ``\\udXXX``)."""
    found = _SURROGATE.findall(s)
    if not found:
        return s, []
    return _SURROGATE.sub(REPLACEMENT, s), [f"\\u{ord(ch):04x}" for ch in found]


def path_text(path: Union[str, Path]) -> str:
    """A path as text that encodes to UTF-8: bytes that are not UTF-8 shown as ``\\xNN``."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", "backslashreplace")


def replaced_note(replaced: list[str]) -> str:
    """The message saying which characters were replaced."""
    shown = ", ".join(sorted(set(replaced))[:3]) + (", ..." if len(set(replaced)) > 3 else "")
    n = len(replaced)
    return f"{n} lone surrogate{'s' if n != 1 else ''} ({shown}) replaced by U+FFFD; kept with the replacement"
