"""Scan directories for secret material left in files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def _needles(secret: str) -> list[bytes]:
    """The whole value, and for a PEM 40-character runs of its base64 body.

    Runs are taken both within each line (a file holding the PEM as written, or
    JSON-escaped) and across the joined body (a file holding it unwrapped).
    """
    needles = {secret.strip().encode()}
    lines = [line for line in secret.splitlines() if line and not line.startswith("-----")]
    for line in lines:
        if len(line) >= 40:
            needles.update({line[:40].encode(), line[-40:].encode()})
    body = "".join(lines)
    if len(body) >= 40:
        needles.update(body[i : i + 40].encode() for i in range(0, len(body) - 39, 40))
    return sorted(needles)


def assert_no_secret_in(roots: Iterable[Path], secret: str) -> None:
    """Fail naming the file if any file under ``roots`` contains ``secret`` or a chunk of it."""
    needles = _needles(secret)
    for root in roots:
        for path in root.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            for needle in needles:
                assert needle not in data, f"secret material found in {path}"
