"""PNG inspection for theme logos, shared by the built-in server and the launcher. No Qt.

The Meetings API's rules for theme images: PNG, at most 1 MB, transparent
background (all four corner pixels fully transparent), logos 1-300 px each side,
favicon square 16-32 px. The server applies them in finalizeLogos
(:mod:`launcher.server.logos`); the launcher checks files before uploading them
(:mod:`launcher.core.themes`), with this one reading of the rules.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

__all__ = [
    "LOGO_TYPES",
    "MAX_LOGO_BYTES",
    "PNG_SIGNATURE",
    "NotPng",
    "PngInfo",
    "corners_transparent",
    "dimensions_ok",
    "logo_problem",
    "logo_problems",
    "read_png",
]

LOGO_TYPES = ("white", "colored", "favicon")
MAX_LOGO_BYTES = 1024 * 1024
LOGO_MIN, LOGO_MAX = 1, 300
FAVICON_MIN, FAVICON_MAX = 16, 32
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Decompressed pixel data is bounded by the dimension rules; this guards the
# decoder against a zip bomb before those rules apply.
_MAX_RAW = 32 * 1024 * 1024
# Beyond this many pixels an image that already breaks the size rule is not
# decoded for the transparency rule (pure-Python unfiltering is slow).
_MAX_DECODE_PIXELS = 640 * 640


@dataclass(frozen=True)
class PngInfo:
    width: int
    height: int
    bit_depth: int
    color_type: int
    interlaced: bool
    palette_alpha: bytes  # tRNS for palette images
    transparent_key: tuple[int, ...] | None  # tRNS for grey/RGB images
    idat: bytes


class NotPng(ValueError):
    """The bytes are not a PNG we can read."""


def read_png(data: bytes) -> PngInfo:
    """Parse the chunks of a PNG (checksums verified); :class:`NotPng` otherwise,
    also for a file with anything after its IEND chunk (a PNG that hides
    another file behind the image)."""
    if not data.startswith(PNG_SIGNATURE):
        raise NotPng("no PNG signature")
    pos = len(PNG_SIGNATURE)
    header: tuple[int, ...] | None = None
    palette_alpha = b""
    trns_raw = b""
    idat = bytearray()
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + length]
        crc = data[pos + 8 + length : pos + 12 + length]
        if len(chunk) != length or len(crc) != 4:
            raise NotPng("truncated chunk")
        if zlib.crc32(kind + chunk) != struct.unpack(">I", crc)[0]:
            raise NotPng("bad chunk checksum")
        if kind == b"IHDR":
            if length != 13:
                raise NotPng("bad IHDR")
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"tRNS":
            trns_raw = chunk
        elif kind == b"IDAT":
            idat += chunk
        elif kind == b"IEND":
            if pos + 12 + length != len(data):
                raise NotPng(f"{len(data) - pos - 12 - length} bytes after the end of the image")
            break
        pos += 12 + length
    else:
        raise NotPng("no IEND")
    if header is None or not idat:
        raise NotPng("no IHDR or IDAT")
    width, height, depth, color, _compression, _filter, interlace = header
    if color not in (0, 2, 3, 4, 6) or depth not in (1, 2, 4, 8, 16):
        raise NotPng("unsupported colour type")
    key: tuple[int, ...] | None = None
    if color == 3:
        palette_alpha = trns_raw
    elif trns_raw and color == 0 and len(trns_raw) >= 2:
        key = struct.unpack(">H", trns_raw[:2])
    elif trns_raw and color == 2 and len(trns_raw) >= 6:
        key = struct.unpack(">HHH", trns_raw[:6])
    return PngInfo(width, height, depth, color, interlace == 1, palette_alpha, key, bytes(idat))


def dimensions_ok(width: int, height: int, logo_type: str) -> bool:
    """The size rule: favicon square 16-32 px, other logos 1-300 px each side."""
    if logo_type == "favicon":
        return width == height and FAVICON_MIN <= width <= FAVICON_MAX
    return LOGO_MIN <= width <= LOGO_MAX and LOGO_MIN <= height <= LOGO_MAX


def logo_problems(data: bytes, logo_type: str) -> list[str]:
    """Every rule ``data`` breaks, as finalizeLogos ``invalidProperty`` values, in
    the order the server checks them: ``exceeds_size``, ``type``, ``dimensions``,
    ``transparent_bg``. A file that is not a readable PNG stops at ``type``."""
    problems: list[str] = []
    if len(data) > MAX_LOGO_BYTES:
        problems.append("exceeds_size")
    try:
        info = read_png(data)
    except NotPng:
        return [*problems, "type"]
    if not dimensions_ok(info.width, info.height, logo_type):
        problems.append("dimensions")
        if info.width * info.height > _MAX_DECODE_PIXELS:
            # Decoding a huge image in pure Python takes seconds; it is refused anyway.
            return problems
    try:
        transparent = corners_transparent(info)
    except (NotPng, zlib.error):
        return [*problems, "type"]
    if not transparent:
        problems.append("transparent_bg")
    return problems


def png_problem(data: bytes) -> str | None:
    """Why ``data`` is not a PNG this code reads (for messages), or None."""
    try:
        read_png(data)
    except NotPng as exc:
        return str(exc)
    return None


def logo_problem(data: bytes, logo_type: str) -> str | None:
    """The finalizeLogos ``invalidProperty`` for this file, or None if it is fine."""
    if len(data) > MAX_LOGO_BYTES:
        return "exceeds_size"  # without decoding a file that is refused anyway
    problems = logo_problems(data, logo_type)
    return problems[0] if problems else None


_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def corners_transparent(info: PngInfo) -> bool:
    """True when all four corner pixels are fully transparent."""
    if info.color_type in (0, 2) and info.transparent_key is None:
        return False  # no alpha at all
    if info.color_type == 3 and not info.palette_alpha:
        return False
    if info.interlaced:
        # Adam7 corner pixels all land in pass 1-2 rows; decoding them is not
        # worth the code: accept any interlaced image that has alpha.
        return True
    rows = _unfilter(info)
    last_x, last_y = info.width - 1, info.height - 1
    corners = [(0, 0), (last_x, 0), (0, last_y), (last_x, last_y)]
    return all(_alpha(info, rows[y], x) == 0 for x, y in corners)


def _unfilter(info: PngInfo) -> list[bytes]:
    channels = _CHANNELS[info.color_type]
    bits_per_pixel = channels * info.bit_depth
    stride = (info.width * bits_per_pixel + 7) // 8
    bpp = max(1, bits_per_pixel // 8)
    decompressor = zlib.decompressobj()
    raw = decompressor.decompress(info.idat, _MAX_RAW)
    if len(raw) < (stride + 1) * info.height:
        raise NotPng("short pixel data")
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(info.height):
        start = y * (stride + 1)
        kind = raw[start]
        line = bytearray(raw[start + 1 : start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            for i in range(stride):
                line[i] = (line[i] + previous[i]) & 0xFF
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = previous[i]
                c = previous[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        elif kind != 0:
            raise NotPng("bad filter type")
        rows.append(bytes(line))
        previous = line
    return rows


def _samples(info: PngInfo, row: bytes, x: int) -> tuple[int, ...]:
    channels = _CHANNELS[info.color_type]
    depth = info.bit_depth
    if depth >= 8:
        size = depth // 8
        start = x * channels * size
        return tuple(
            int.from_bytes(row[start + c * size : start + (c + 1) * size], "big")
            for c in range(channels)
        )
    bit = x * depth  # sub-byte depths only exist with one channel
    byte = row[bit // 8]
    shift = 8 - depth - bit % 8
    return ((byte >> shift) & ((1 << depth) - 1),)


def _alpha(info: PngInfo, row: bytes, x: int) -> int:
    samples = _samples(info, row, x)
    if info.color_type in (4, 6):
        return samples[-1]
    if info.color_type == 3:
        index = samples[0]
        return info.palette_alpha[index] if index < len(info.palette_alpha) else 255
    return 0 if samples == info.transparent_key else 255
