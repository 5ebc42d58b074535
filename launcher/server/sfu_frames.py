"""What a page may send Janus through the server (launcher.server.sfu): each ``sfu-*``
frame checked and reduced to the fields the server passes on; anything else is a
:class:`BadRequest` (the page gets ``sfu-error bad_request``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

MAX_SDP = 60_000
MAX_CANDIDATE = 1024
MAX_FEEDS = 300
PC_OF = {"sfu-publish": "pub", "sfu-unpublish": "pub", "sfu-subscribe": "sub",
         "sfu-start": "sub", "sfu-quality": "sub"}  # fmt: skip


class BadRequest(Exception):
    """An ``sfu-*`` frame this protocol does not allow."""


def parse_frame(kind: str, message: Mapping[str, Any]) -> dict[str, Any]:
    """The checked content of one ``sfu-*`` frame; BadRequest when it is not allowed."""
    if kind == "sfu-publish":
        jsep = _jsep(message.get("jsep"), "offer")
        audio, video = message.get("audio"), message.get("video")
        if not isinstance(audio, bool) or not isinstance(video, bool):
            raise BadRequest("audio and video must be true or false")
        simulcast = "a=simulcast" in jsep["sdp"]
        return {"jsep": jsep, "audio": audio, "video": video, "simulcast": simulcast}
    if kind == "sfu-unpublish":
        return {}
    if kind == "sfu-subscribe":
        feeds = message.get("feeds")
        if not isinstance(feeds, list) or len(feeds) > MAX_FEEDS:
            raise BadRequest("feeds must be a list of peer ids")
        if not all(isinstance(f, str) and 0 < len(f) <= 64 for f in feeds):
            raise BadRequest("feeds must be peer ids")
        return {"feeds": list(feeds)}
    if kind == "sfu-start":
        return {"jsep": _jsep(message.get("jsep"), "answer")}
    if kind == "sfu-trickle":
        pc = trickle_pc(message)
        if pc is None:
            raise BadRequest("pc must be pub or sub")
        raw = message.get("candidate", ...)
        if raw is ...:
            raise BadRequest("no candidate (null ends them)")
        return {"pc": pc, "candidate": None if raw is None else _candidate(raw)}
    if kind == "sfu-quality":
        peer, substream = message.get("peer"), message.get("substream")
        if not isinstance(peer, str) or not 0 < len(peer) <= 64:
            raise BadRequest("peer must be a peer id")
        if type(substream) is not int or not 0 <= substream <= 2:
            raise BadRequest("substream must be 0, 1 or 2")
        return {"peer": peer, "substream": substream}
    raise BadRequest(f"unknown SFU message {kind!r}")


def trickle_pc(message: Mapping[str, Any]) -> str | None:
    pc = message.get("pc")
    return pc if message.get("type") == "sfu-trickle" and pc in ("pub", "sub") else None


def _jsep(raw: object, kind: str) -> dict[str, str]:
    if not isinstance(raw, Mapping) or raw.get("type") != kind:
        raise BadRequest(f"jsep must be an {kind}")
    sdp = raw.get("sdp")
    if not isinstance(sdp, str) or not sdp.startswith("v=0") or len(sdp) > MAX_SDP:
        raise BadRequest("jsep.sdp must be an SDP")
    return {"type": kind, "sdp": sdp}


def _candidate(raw: object) -> dict[str, Any]:
    if not isinstance(raw, Mapping):
        raise BadRequest("candidate must be an object or null")
    return clean_candidate(raw, strict=True)


def clean_candidate(raw: Mapping[str, Any], *, strict: bool = False) -> dict[str, Any]:
    candidate, mid, index = raw.get("candidate"), raw.get("sdpMid"), raw.get("sdpMLineIndex")
    ok = (
        isinstance(candidate, str)
        and len(candidate) <= MAX_CANDIDATE
        and (mid is None or (isinstance(mid, str) and len(mid) <= 32))
        and (index is None or (type(index) is int and 0 <= index < 256))
    )
    if not ok:
        if strict:
            raise BadRequest("candidate must be {candidate, sdpMid, sdpMLineIndex}")
        return {"candidate": "", "sdpMid": None, "sdpMLineIndex": None}
    return {"candidate": candidate, "sdpMid": mid, "sdpMLineIndex": index}


def clean_jsep(jsep: Mapping[str, Any]) -> dict[str, Any]:
    return {"type": jsep.get("type"), "sdp": jsep.get("sdp")}
