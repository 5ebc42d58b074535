"""Small test videos made at test time (PyAV, which ships FFmpeg's libraries)."""

from __future__ import annotations

from pathlib import Path

import av


def make_webm(
    path: Path, *, seconds: int = 30, fps: int = 10, size: tuple[int, int] = (160, 96)
) -> Path:
    """A VP8 WebM of ``seconds`` (with cues, so a player can seek in it): each second a
    different colour, a bar moving across within the second."""
    width, height = size
    with av.open(str(path), "w", format="webm") as container:
        stream = container.add_stream("libvpx", rate=fps)
        stream.width, stream.height = width, height
        stream.pix_fmt = "yuv420p"
        stream.bit_rate = 150_000
        for index in range(seconds * fps):
            second, part = divmod(index, fps)
            colour = bytes(((second * 53) % 256, (second * 97) % 256, 160))
            bar = width // fps
            row = (
                colour * (part * bar) + b"\xff\xff\xff" * bar + colour * (width - (part + 1) * bar)
            )
            frame = av.VideoFrame(width, height, "rgb24")
            plane = frame.planes[0]
            padding = b"\x00" * (plane.line_size - len(row))
            plane.update((row + padding) * height)
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path
