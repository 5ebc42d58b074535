"""Is the TURN relay usable? One allocation on it, the way a browser would make one.

    from launcher.core.relay_probe import RelayProblem, probe
    detail = probe("turns:turn.example.org:5349?transport=tcp", username, password)

A small STUN/TURN client (RFC 5389 and RFC 5766, stdlib only): an Allocate request,
the relay's 401 with its realm and nonce, the same request again with the long-term
credential (key = MD5(username:realm:password), MESSAGE-INTEGRITY and FINGERPRINT),
then a Refresh with lifetime 0 so that the allocation is freed at once. Over UDP for
``turn:…`` (or ``?transport=tcp``: plain TCP) and over TLS for ``turns:…``; the
relayed address is always UDP, as for WebRTC media.

``probe`` returns one line for a report ("allocated a relay address over UDP in
48 ms"), or raises :class:`RelayProblem` whose message names what is wrong in plain
words: nothing answering at the address, the credentials refused (the meeting
server's secret and coturn's ``static-auth-secret`` differ), an untrusted
certificate. The credentials are never part of a message.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import socket
import ssl
import struct
import time
import zlib
from dataclasses import dataclass

__all__ = ["RelayProblem", "TurnUri", "parse_uri", "probe"]

#: How long one request waits for its answer (UDP is sent again in between).
TIMEOUT = 5.0

_MAGIC = 0x2112A442
_ALLOCATE, _REFRESH = 0x003, 0x004
_SUCCESS, _ERROR = 0x100, 0x110
_USERNAME, _MESSAGE_INTEGRITY, _ERROR_CODE = 0x0006, 0x0008, 0x0009
_LIFETIME, _XOR_RELAYED_ADDRESS, _REALM, _NONCE = 0x000D, 0x0016, 0x0014, 0x0015
_REQUESTED_TRANSPORT, _FINGERPRINT = 0x0019, 0x8028
_UDP = 17
_FINGERPRINT_XOR = 0x5354554E
_STALE_NONCE = 438

_URI = re.compile(
    r"(?P<scheme>turns?):(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)"
    r"(?::(?P<port>\d{1,5}))?(?:\?transport=(?P<transport>udp|tcp))?"
)


class RelayProblem(Exception):
    """The relay cannot be used; the message says why, in one sentence."""


@dataclass(frozen=True)
class TurnUri:
    """A ``turn:`` / ``turns:`` URI (RFC 7065) taken apart."""

    uri: str
    secure: bool
    host: str
    port: int
    transport: str  # "udp" or "tcp"

    @property
    def label(self) -> str:
        """How the report names the way in: UDP, TCP or TLS."""
        return "TLS" if self.secure else self.transport.upper()


def parse_uri(uri: str) -> TurnUri:
    """The parts of a TURN URI; RelayProblem when it is not one."""
    match = _URI.fullmatch(uri)
    if match is None:
        raise RelayProblem(f"{uri!r} is not a TURN URI")
    secure = match["scheme"] == "turns"
    port = int(match["port"] or (5349 if secure else 3478))
    transport = "tcp" if secure else (match["transport"] or "udp")
    return TurnUri(uri, secure, match["host"].strip("[]"), port, transport)


# -- messages ------------------------------------------------------------------------


def _attribute(kind: int, value: bytes) -> bytes:
    padding = b"\0" * (-len(value) % 4)
    return struct.pack("!HH", kind, len(value)) + value + padding


def _message(
    method: int,
    transaction: bytes,
    attributes: list[tuple[int, bytes]],
    key: bytes | None = None,
) -> bytes:
    """A request with ``attributes``, then MESSAGE-INTEGRITY (with ``key``) and
    FINGERPRINT, each computed over the message with its length field covering it."""
    body = b"".join(_attribute(kind, value) for kind, value in attributes)

    def header(length: int) -> bytes:
        return struct.pack("!HHI", method, length, _MAGIC) + transaction

    if key is not None:
        mac = hmac.new(key, header(len(body) + 24) + body, hashlib.sha1).digest()
        body += _attribute(_MESSAGE_INTEGRITY, mac)
    crc = zlib.crc32(header(len(body) + 8) + body) ^ _FINGERPRINT_XOR
    body += _attribute(_FINGERPRINT, struct.pack("!I", crc))
    return header(len(body)) + body


@dataclass
class _Answer:
    kind: int  # the message type: method plus class bits
    attributes: dict[int, bytes]

    @property
    def error(self) -> tuple[int, str]:
        value = self.attributes.get(_ERROR_CODE, b"")
        if len(value) < 4:
            return 0, ""
        code = (value[2] & 0x7) * 100 + value[3]
        return code, value[4:].decode("utf-8", "replace").strip()


def _parse(data: bytes, transaction: bytes) -> _Answer | None:
    """The answer to ``transaction``, or None for anything else (stray datagrams)."""
    if len(data) < 20:
        return None
    kind, length, magic = struct.unpack("!HHI", data[:8])
    if magic != _MAGIC or data[8:20] != transaction or len(data) < 20 + length:
        return None
    attributes: dict[int, bytes] = {}
    offset, end = 20, 20 + length
    while offset + 4 <= end:
        attr, size = struct.unpack("!HH", data[offset : offset + 4])
        attributes.setdefault(attr, data[offset + 4 : offset + 4 + size])
        offset += 4 + size + (-size % 4)
    return _Answer(kind, attributes)


def _relayed_address(value: bytes) -> str:
    """XOR-RELAYED-ADDRESS as ``host:port``."""
    if len(value) < 8:
        return "?"
    family, port = value[1], struct.unpack("!H", value[2:4])[0] ^ (_MAGIC >> 16)
    if family == 1:
        raw = struct.unpack("!I", value[4:8])[0] ^ _MAGIC
        return f"{socket.inet_ntoa(struct.pack('!I', raw))}:{port}"
    return f"IPv6 port {port}"


# -- transports ----------------------------------------------------------------------


class _Channel:
    """One connection to the relay: a request out, its answer back."""

    def __init__(self, target: TurnUri, ca_file: str | None, deadline: float) -> None:
        self._target = target
        self._deadline = deadline
        self._buffer = b""
        family = socket.AF_INET6 if ":" in target.host else socket.AF_INET
        try:
            infos = socket.getaddrinfo(target.host, target.port, family)
        except socket.gaierror as exc:
            raise RelayProblem(f"cannot find the relay's host {target.host}: {exc}") from None
        address = infos[0][4]
        self._udp = target.transport == "udp"
        kind = socket.SOCK_DGRAM if self._udp else socket.SOCK_STREAM
        raw = socket.socket(infos[0][0], kind)
        raw.settimeout(self._left())
        self.sock: socket.socket = raw
        try:
            raw.connect(address)
            if target.secure:
                context = ssl.create_default_context()  # the system's CAs...
                if ca_file:  # ... and the account's own
                    context.load_verify_locations(ca_file)
                context.minimum_version = ssl.TLSVersion.TLSv1_2
                self.sock = context.wrap_socket(raw, server_hostname=target.host)
        except ssl.SSLCertVerificationError as exc:
            raw.close()
            raise RelayProblem(
                f"the certificate of {target.uri} is not trusted ({exc.verify_message})"
            ) from None
        except ssl.SSLError as exc:
            raw.close()
            raise RelayProblem(f"TLS failed at {target.uri}: {exc.reason or exc}") from None
        except (ConnectionRefusedError, TimeoutError):
            raw.close()
            raise RelayProblem(f"nothing answers at {target.uri}") from None
        except OSError as exc:
            raw.close()
            raise RelayProblem(f"cannot reach {target.uri}: {exc.strerror or exc}") from None

    def _left(self) -> float:
        return max(0.05, self._deadline - time.monotonic())

    def close(self) -> None:
        self.sock.close()

    def ask(self, request: bytes, transaction: bytes) -> _Answer:
        """Send ``request`` and wait for its answer (UDP: sent again every 500 ms)."""
        try:
            return (
                self._ask_udp(request, transaction)
                if self._udp
                else self._ask_stream(request, transaction)
            )
        except (ConnectionRefusedError, TimeoutError):
            raise RelayProblem(f"nothing answers at {self._target.uri}") from None
        except OSError as exc:
            raise RelayProblem(
                f"the connection to {self._target.uri} failed: {exc.strerror or exc}"
            ) from None

    def _ask_udp(self, request: bytes, transaction: bytes) -> _Answer:
        resend = 0.5
        while time.monotonic() < self._deadline:
            self.sock.send(request)
            until = min(self._deadline, time.monotonic() + resend)
            while time.monotonic() < until:
                self.sock.settimeout(max(0.01, until - time.monotonic()))
                try:
                    data = self.sock.recv(4096)
                except TimeoutError:
                    break
                answer = _parse(data, transaction)
                if answer is not None:
                    return answer
            resend = min(resend * 2, 2.0)
        raise TimeoutError

    def _ask_stream(self, request: bytes, transaction: bytes) -> _Answer:
        self.sock.sendall(request)
        while True:
            while len(self._buffer) < 20 or len(self._buffer) < 20 + int.from_bytes(
                self._buffer[2:4]
            ):
                self.sock.settimeout(self._left())
                chunk = self.sock.recv(4096)
                if not chunk:
                    raise ConnectionResetError("the relay closed the connection")
                self._buffer += chunk
            size = 20 + int.from_bytes(self._buffer[2:4])
            data, self._buffer = self._buffer[:size], self._buffer[size:]
            answer = _parse(data, transaction)
            if answer is not None:
                return answer


# -- the probe -----------------------------------------------------------------------


def _refused(target: TurnUri, answer: _Answer) -> RelayProblem:
    code, reason = answer.error
    if code == 401:
        return RelayProblem(
            f"relay {target.uri} refused the credentials: the server's TURN secret and "
            "coturn's static-auth-secret differ (or the clocks of the two machines do)"
        )
    if code == 486:
        return RelayProblem(f"relay {target.uri} has no room: allocation quota reached ({code})")
    if code == 508:
        return RelayProblem(f"relay {target.uri} is out of capacity ({code} {reason})")
    return RelayProblem(f"relay {target.uri} refused the allocation: {code} {reason}".rstrip())


def probe(
    uri: str,
    username: str,
    password: str,
    *,
    ca_file: str | None = None,
    timeout: float = TIMEOUT,
) -> str:
    """Allocate a relayed address on ``uri`` with these credentials and free it again.

    Returns a line for a report; raises RelayProblem saying what is wrong."""
    target = parse_uri(uri)
    started = time.monotonic()
    channel = _Channel(target, ca_file, started + timeout)
    try:
        transport = [(_REQUESTED_TRANSPORT, bytes([_UDP, 0, 0, 0]))]
        transaction = os.urandom(12)
        answer = channel.ask(_message(_ALLOCATE, transaction, transport), transaction)
        if answer.kind != _ALLOCATE | _ERROR or answer.error[0] != 401:
            raise RelayProblem(
                f"{target.uri} did not answer as a TURN relay with long-term credentials"
            )
        realm = answer.attributes.get(_REALM, b"")
        nonce = answer.attributes.get(_NONCE, b"")
        key = hashlib.md5(  # noqa: S324  RFC 5389's long-term credential key is MD5
            f"{username}:{realm.decode('utf-8', 'replace')}:{password}".encode()
        ).digest()
        for _attempt in range(2):  # once more when the nonce went stale
            signed = [(_USERNAME, username.encode()), (_REALM, realm), (_NONCE, nonce)]
            transaction = os.urandom(12)
            request = _message(_ALLOCATE, transaction, transport + signed, key)
            answer = channel.ask(request, transaction)
            if answer.kind == _ALLOCATE | _ERROR and answer.error[0] == _STALE_NONCE:
                nonce = answer.attributes.get(_NONCE, nonce)
                continue
            break
        if answer.kind != _ALLOCATE | _SUCCESS:
            raise _refused(target, answer)
        took = (time.monotonic() - started) * 1000
        relayed = _relayed_address(answer.attributes.get(_XOR_RELAYED_ADDRESS, b""))
        # Free the allocation at once (lifetime 0) rather than leave it for 10 minutes.
        signed = [(_USERNAME, username.encode()), (_REALM, realm), (_NONCE, nonce)]
        transaction = os.urandom(12)
        free = _message(_REFRESH, transaction, [(_LIFETIME, b"\0\0\0\0"), *signed], key)
        with contextlib.suppress(RelayProblem):  # else it expires by itself
            channel.ask(free, transaction)
        return f"allocated relay address {relayed} over {target.label} in {took:.0f} ms"
    finally:
        channel.close()
