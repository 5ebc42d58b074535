"""JSON from strangers: bounded in size and nesting depth.

``json.loads`` recurses once per nesting level and raises ``RecursionError``
(not ``ValueError``) past the interpreter's limit, so ``[[[[...]]]]`` in a
request body, a signalling frame or a bearer token's segment would reach a
handler as an unexpected error. :func:`loads` refuses such input up front with
:class:`JsonRejected`, a ``ValueError``, which every caller already treats as
"not JSON".
"""

from __future__ import annotations

import json
import re
from typing import Any

#: The deepest nesting of arrays and objects accepted. The API's bodies nest 3
#: levels, the meeting pages' frames 4 (a whiteboard stroke's points).
MAX_DEPTH = 32

# A JSON string (with escapes; an unterminated one runs to the end, so that
# the search stays linear), and the brackets that open or close a level.
_STRING = re.compile(r'"(?:[^"\\]|\\.)*+(?:"|\Z)', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


class JsonRejected(ValueError):
    """Input that is not JSON, or more of it than the caller accepts."""


def loads(data: str | bytes, *, max_bytes: int, max_depth: int = MAX_DEPTH) -> Any:
    """``json.loads`` for untrusted input: at most ``max_bytes`` long (bytes as
    given, text in characters) and ``max_depth`` levels deep."""
    if len(data) > max_bytes:
        raise JsonRejected(f"JSON is longer than {max_bytes} bytes")
    if isinstance(data, bytes):
        try:
            text = data.decode(json.detect_encoding(data))
        except UnicodeDecodeError as exc:
            raise JsonRejected(f"JSON is not valid text: {exc}") from None
    else:
        text = data
    if text.count("[") + text.count("{") > max_depth:
        _check_depth(text, max_depth)
    try:
        return json.loads(text)
    except RecursionError:  # unreachable after _check_depth; kept as a last guard
        raise JsonRejected("JSON is nested too deeply") from None
    except ValueError as exc:
        raise JsonRejected(str(exc)) from None


def _check_depth(text: str, max_depth: int) -> None:
    # Brackets inside strings do not nest. Text after an unterminated string
    # is not counted: json.loads refuses it when it gets there.
    depth = 0
    for match in _BRACKET.finditer(_STRING.sub("", text)):
        if match.group() in "[{":
            depth += 1
            if depth > max_depth:
                raise JsonRejected(f"JSON is nested deeper than {max_depth} levels")
        else:
            depth -= 1
