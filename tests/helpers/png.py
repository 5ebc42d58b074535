"""A pure-Python PNG writer for tests: logos of any size, transparent or not.

No Qt, no Pillow: the bytes are built by hand (IHDR, IDAT, IEND), so a test
controls exactly what the image checks see.
"""

from __future__ import annotations

import struct
import zlib

Rgba = tuple[int, int, int, int]


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def png(
    width: int,
    height: int,
    *,
    color: Rgba = (230, 40, 40, 255),
    background: Rgba = (0, 0, 0, 0),
    padding: int = 0,
) -> bytes:
    """An RGBA PNG: a ``color`` block in the middle half, ``background`` around it.

    ``background`` with alpha 255 makes an opaque-background image. ``padding``
    adds that many bytes in a text chunk (a valid PNG, just a larger file).
    """
    inner = bytes(color)
    outer = bytes(background)
    x0, x1 = width // 4, width - width // 4
    y0, y1 = height // 4, height - height // 4
    rows = []
    for y in range(height):
        if y0 <= y < y1:
            line = outer * x0 + inner * (x1 - x0) + outer * (width - x1)
        else:
            line = outer * width
        rows.append(b"\x00" + line)  # filter type 0
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    extra = _chunk(b"tEXt", b"Comment\x00" + b"x" * padding) if padding else b""
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + extra
        + _chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + _chunk(b"IEND", b"")
    )


def jpeg_like() -> bytes:
    """Bytes that start like a JPEG file: not a PNG."""
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 200 + b"\xff\xd9"
