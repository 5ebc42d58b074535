"""``MeetingsClient``: every endpoint of the Meetings API contract, blocking, thread-safe.

Calls block; the GUI runs them on its worker pool. One client holds one keep-alive
``httpx.Client`` and may be used from several threads at once.

Retries: GET is retried (at most ``max_get_retries`` times, with backoff) after a failed
connection, a dropped connection, 429 (waiting ``Retry-After`` when it is at most
``max_retry_wait`` seconds) and 502/503/504. POST, PATCH, PUT and DELETE are never retried:
a retried create would make two rooms.

Cancellation: :meth:`MeetingsClient.cancel` abandons every call in progress on this client
from any thread. Their open connections are shut down, so a call blocked on a slow server
raises :class:`errors.Cancelled` at once instead of after its timeout; calls started later
are not affected. Multi-step calls (``iter_rooms``, ``upload_logos``) stop at the next step.
"""

from __future__ import annotations

import email.utils
import json
import logging
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from html import unescape
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import quote, urljoin, urlsplit

import httpx

from launcher import __version__
from launcher.api import errors
from launcher.api.auth import TokenSource
from launcher.api.models import (
    ApplicationInfo,
    DialInNumber,
    LogoUploadForm,
    Recording,
    Room,
    RoomPage,
    Theme,
    format_timestamp,
)
from launcher.api.transport import AbortableTransport, ClientTrust, map_transport_error

__all__ = ["MeetingsClient", "ProgressCallback"]

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
"""``progress(bytes_sent, bytes_total)``, called on the calling (worker) thread."""

LOGO_TYPES = ("colored", "white", "favicon")
_UPLOAD_CHUNK = 64 * 1024
_RETRY_STATUSES = frozenset({429, 502, 503, 504})
_QUOTA_WORDS = re.compile(r"maximum|limit|quota|exceed", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Call:
    """The cancellation state a call (or a multi-step operation) started under."""

    generation: int
    woken: threading.Event


class MeetingsClient:
    """A client of one Meetings API server for one application.

    ``api_url`` is the base, e.g. ``https://127.0.0.1:8443/v1/meetings``. TLS verification is
    always on: the system store and certifi are trusted, plus ``ca_file`` when given (an
    office server's own certificate or CA). ``timeout`` bounds each network wait (connecting
    is bounded by the smaller of it and 5 s). An unusable private key raises
    :class:`errors.AuthError`, an unreadable CA file :class:`errors.TlsError`.
    """

    max_get_retries = 2
    retry_backoff = 0.25  # seconds; doubled on each retry
    max_retry_wait = 5.0  # a longer Retry-After is not waited for: RateLimited is raised

    def __init__(
        self,
        api_url: str,
        application_id: str,
        private_key_pem: bytes | str,
        *,
        ca_file: str | Path | None = None,
        timeout: float = 10.0,
        user_agent: str = f"meeting-launcher/{__version__}",
    ) -> None:
        parts = urlsplit(api_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("the API address must be an http:// or https:// URL")
        self.api_url = api_url.rstrip("/")
        self._tokens = TokenSource(application_id, private_key_pem)
        self._transport = AbortableTransport(
            ClientTrust(ca_file),
            httpx.Limits(max_connections=20, max_keepalive_connections=10, keepalive_expiry=30),
        )
        self._http = httpx.Client(
            base_url=self.api_url + "/",
            transport=self._transport,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            headers={"User-Agent": user_agent, "Accept": "application/json"},
            follow_redirects=False,
        )
        self._cancel_lock = threading.Lock()
        self._call = _Call(0, threading.Event())

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def application_id(self) -> str:
        return self._tokens.application_id

    def close(self) -> None:
        """Close the connections. Later calls raise ``RuntimeError``.

        Closing does not wake a call blocked in another thread (httpx leaves it waiting for
        its read timeout): call :meth:`cancel` first to end calls in progress at once.
        """
        self._http.close()

    def cancel(self) -> None:
        """Abandon every call in progress on this client; they raise ``errors.Cancelled``."""
        with self._cancel_lock:
            previous = self._call
            self._call = _Call(previous.generation + 1, threading.Event())
        previous.woken.set()
        self._transport.abort()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"MeetingsClient({self.api_url!r}, application_id={self.application_id!r})"

    # -- rooms -----------------------------------------------------------------------------

    def create_room(
        self,
        display_name: str,
        *,
        type: str = "instant",  # shadows the builtin: it is the API's field name
        expires_at: datetime | str | None = None,
        **options: Any,
    ) -> Room:
        """Create a room. ``options`` are further body fields (``metadata``, ``theme_id``,
        ``recording_options``, ``expire_after_use``, ``join_approval_level``, ...).
        ``expires_at`` is required for ``long_term`` rooms; a datetime must be aware."""
        body: dict[str, Any] = {"display_name": display_name, "type": type, **options}
        if expires_at is not None:
            body["expires_at"] = _timestamp(expires_at)
        return Room.from_json(self._object("POST", "rooms", json_body=body))

    def get_room(self, room_id: str) -> Room:
        return Room.from_json(self._object("GET", f"rooms/{_seg(room_id)}"))

    def update_room(self, room_id: str, update_details: Mapping[str, Any]) -> Room:
        """Update a long-term room (instant rooms are refused by the server with 400)."""
        details = dict(update_details)
        if isinstance(details.get("expires_at"), datetime):
            details["expires_at"] = format_timestamp(details["expires_at"])
        body = {"update_details": details}
        return Room.from_json(self._object("PATCH", f"rooms/{_seg(room_id)}", json_body=body))

    def list_rooms(
        self,
        *,
        page_size: int | None = None,
        start_id: int | str | None = None,
        end_id: int | str | None = None,
    ) -> RoomPage:
        """One page of rooms; ``start_id``/``end_id`` are serial numbers from ``_links``."""
        params = _page_params(page_size, start_id, end_id)
        return RoomPage.from_json(self._object("GET", "rooms", params=params))

    def iter_rooms(self, *, page_size: int | None = None) -> Iterator[Room]:
        """Every room, page after page, following ``_links.next``."""
        return self._walk("rooms", page_size)

    # -- the door (an extension of the contract: launcher.server.host_events) -------------

    def admit_waiting(self, room_id: str, participant_id: str) -> None:
        """Let a visitor waiting at a room's door in (NotFound: nobody by that id waits)."""
        path = f"rooms/{_seg(room_id)}/waiting/{_seg(participant_id)}/admit"
        self._send("POST", path)

    def host_events(self, *, idle_timeout: float = 45.0) -> Iterator[tuple[str, Any]]:
        """The application's waiting-room events, ``(event, data)`` as they come, until the
        server ends the stream (the caller reconnects: :class:`launcher.api.events.
        HostEventStream` does). ``idle_timeout``: seconds without a byte (the server sends
        a keep-alive every 15 s) before :class:`errors.Timeout`. Not retried here."""
        call = self._begin()
        shown = "/events"
        self._check(call, "GET", shown)
        timeout = httpx.Timeout(idle_timeout, connect=min(idle_timeout, 5.0))
        headers = {
            "Authorization": "Bearer " + self._tokens.token(),
            "Accept": "text/event-stream",
        }
        try:
            with self._http.stream("GET", "events", headers=headers, timeout=timeout) as response:
                if not response.is_success:
                    response.read()
                    raise error_from_response(response, "GET", shown)
                yield from parse_event_stream(response.iter_lines())
        except httpx.TransportError as exc:
            if call.woken.is_set():
                raise errors.Cancelled(
                    "the request was cancelled", method="GET", path=shown
                ) from exc
            raise map_transport_error(exc, "GET", shown) from exc

    # -- themes ----------------------------------------------------------------------------

    def list_themes(self) -> list[Theme]:
        return Theme.list_from_json(self._send("GET", "themes"))

    def create_theme(
        self,
        main_color: str,
        brand_text: str,
        *,
        theme_name: str | None = None,
        short_company_url: str | None = None,
    ) -> Theme:
        body: dict[str, Any] = {"main_color": main_color, "brand_text": brand_text}
        if theme_name is not None:
            body["theme_name"] = theme_name
        if short_company_url is not None:
            body["short_company_url"] = short_company_url
        return Theme.from_json(self._object("POST", "themes", json_body=body))

    def get_theme(self, theme_id: str) -> Theme:
        return Theme.from_json(self._object("GET", f"themes/{_seg(theme_id)}"))

    def update_theme(self, theme_id: str, update_details: Mapping[str, Any]) -> Theme:
        body = {"update_details": dict(update_details)}
        return Theme.from_json(self._object("PATCH", f"themes/{_seg(theme_id)}", json_body=body))

    def delete_theme(self, theme_id: str, *, force: bool = False) -> None:
        """Delete a theme; without ``force`` a theme used by rooms gives InvalidRequest."""
        params = {"force": "true" if force else "false"}
        self._send("DELETE", f"themes/{_seg(theme_id)}", params=params)

    def list_theme_rooms(
        self,
        theme_id: str,
        *,
        page_size: int | None = None,
        start_id: int | str | None = None,
        end_id: int | str | None = None,
    ) -> RoomPage:
        params = _page_params(page_size, start_id, end_id)
        path = f"themes/{_seg(theme_id)}/rooms"
        return RoomPage.from_json(self._object("GET", path, params=params))

    def iter_theme_rooms(self, theme_id: str, *, page_size: int | None = None) -> Iterator[Room]:
        return self._walk(f"themes/{_seg(theme_id)}/rooms", page_size)

    def get_logo_upload_forms(self) -> list[LogoUploadForm]:
        """The server-signed forms for the logo upload, one per logo type."""
        return self._upload_forms(self._begin())

    def upload_logos(
        self,
        theme_id: str,
        *,
        colored: bytes | None = None,
        white: bytes | None = None,
        favicon: bytes | None = None,
        progress: ProgressCallback | None = None,
    ) -> Theme:
        """Upload PNG logos to a theme and return the updated theme.

        The three steps of the contract: fetch the upload forms, post each logo as a
        multipart form (fields, then ``file``; no API credentials) and finalize the keys.
        Every failed logo is named in :class:`errors.LogoRejected` ``problems``.
        """
        logos = {
            name: data
            for name, data in zip(LOGO_TYPES, (colored, white, favicon), strict=True)
            if data is not None
        }
        if not logos:
            raise ValueError("upload_logos needs at least one of colored, white, favicon")
        call = self._begin()
        forms = {form.logo_type: form for form in self._upload_forms(call)}
        missing = [name for name in logos if name not in forms]
        if missing:
            raise errors.UnexpectedResponse(
                f"the server gave no upload form for: {', '.join(missing)}",
                method="GET",
                path="/themes/logos-upload-urls",
            )
        bodies = {name: _multipart(forms[name].fields, data) for name, data in logos.items()}
        meter = _Progress(sum(len(body) for body, _ in bodies.values()), progress)
        problems = []
        for name, (body, content_type) in bodies.items():
            problem = self._post_upload_form(forms[name], name, body, content_type, meter, call)
            if problem is not None:
                problems.append(problem)
        if problems:
            raise errors.LogoRejected(
                "the logo upload was refused", problems=problems, method="POST", path="(upload)"
            )
        keys = {forms[name].key or "": name for name in logos}
        path = f"themes/{_seg(theme_id)}/finalizeLogos"
        try:
            finalized = self._send("PUT", path, json_body={"keys": list(keys)}, call=call)
        except errors.InvalidRequest as exc:
            rejected = _finalize_problems(exc.errors, keys)
            if not rejected:
                raise
            raise errors.LogoRejected(
                exc.message,
                problems=rejected,
                status=exc.status,
                name=exc.name,
                errors=exc.errors,
                method=exc.method,
                path=exc.path,
            ) from exc
        if isinstance(finalized, Mapping) and "theme_id" in finalized:
            return Theme.from_json(finalized)
        # The live API's finalizeLogos answered without a body: fetch the theme.
        return Theme.from_json(self._object("GET", f"themes/{_seg(theme_id)}", call=call))

    def set_default_theme(self, theme_id: str | None) -> ApplicationInfo:
        """Make ``theme_id`` the application's default theme (None clears it)."""
        body = {"update_details": {"default_theme_id": theme_id}}
        return ApplicationInfo.from_json(self._object("PATCH", "applications", json_body=body))

    # -- recordings, dial-in ---------------------------------------------------------------

    def get_recording(self, recording_id: str) -> Recording:
        return Recording.from_json(self._object("GET", f"recordings/{_seg(recording_id)}"))

    def delete_recording(self, recording_id: str) -> None:
        """Delete a recording; one that is not ``uploaded`` yet gives Forbidden (403)."""
        self._send("DELETE", f"recordings/{_seg(recording_id)}")

    def list_session_recordings(self, session_id: str) -> list[Recording]:
        return Recording.list_from_json(
            self._send("GET", f"sessions/{_seg(session_id)}/recordings")
        )

    def list_dial_in_numbers(self) -> list[DialInNumber]:
        data = self._send("GET", "dial-in-numbers")
        items = data if isinstance(data, list) else []
        return [DialInNumber.from_json(item) for item in items if isinstance(item, Mapping)]

    # -- plumbing --------------------------------------------------------------------------

    def _begin(self) -> _Call:
        with self._cancel_lock:
            return self._call

    def _check(self, call: _Call, method: str, path: str) -> None:
        if call.woken.is_set():
            raise errors.Cancelled("the request was cancelled", method=method, path=path)

    def _walk(self, path: str, page_size: int | None) -> Iterator[Room]:
        call = self._begin()
        start: str | None = None
        seen: set[str] = set()
        while True:
            params = _page_params(page_size, start, None)
            page = RoomPage.from_json(self._object("GET", path, params=params, call=call))
            yield from page.rooms
            following = page.next_start_id
            # The live API kept a "next" link on its last page: an empty page, or a link
            # that does not move forward, ends the walk.
            if not page.rooms or following is None or following == start or following in seen:
                return
            seen.add(following)
            start = following

    def _upload_forms(self, call: _Call) -> list[LogoUploadForm]:
        data = self._send("GET", "themes/logos-upload-urls", call=call)
        items = data if isinstance(data, list) else []
        return [LogoUploadForm.from_json(item) for item in items if isinstance(item, Mapping)]

    def _post_upload_form(
        self,
        form: LogoUploadForm,
        logo_type: str,
        body: bytes,
        content_type: str,
        meter: _Progress,
        call: _Call,
    ) -> errors.LogoProblem | None:
        url = urljoin(self.api_url + "/", form.url)
        path = urlsplit(url).path

        def chunks() -> Iterator[bytes]:
            for offset in range(0, len(body), _UPLOAD_CHUNK):
                self._check(call, "POST", path)
                chunk = body[offset : offset + _UPLOAD_CHUNK]
                yield chunk
                meter.advance(len(chunk))

        self._check(call, "POST", path)
        try:
            # Absolute URL, no Authorization header: the form's signed fields are the auth.
            response = self._http.post(
                url,
                content=chunks(),
                headers={"Content-Type": content_type, "Content-Length": str(len(body))},
            )
        except httpx.TransportError as exc:
            if call.woken.is_set():
                raise errors.Cancelled(
                    "the upload was cancelled", method="POST", path=path
                ) from exc
            raise map_transport_error(exc, "POST", path) from exc
        if response.is_success:
            return None
        code, message = _storage_error(response)
        return errors.LogoProblem(logo_type, code, key=form.key, message=message)

    def _object(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json_body: Any = None,
        call: _Call | None = None,
    ) -> Mapping[str, Any]:
        data = self._send(method, path, params=params, json_body=json_body, call=call)
        if not isinstance(data, Mapping):
            raise errors.UnexpectedResponse(
                "the server's answer is not a JSON object", method=method, path="/" + path
            )
        return data

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json_body: Any = None,
        call: _Call | None = None,
    ) -> Any:
        """One API call: the parsed JSON body (None when empty) or a typed error."""
        call = call or self._begin()
        shown = "/" + path
        retries_left = self.max_get_retries if method == "GET" else 0
        delay = self.retry_backoff
        while True:
            self._check(call, method, shown)
            started = time.perf_counter()
            wait: float | None = None
            try:
                response = self._http.request(
                    method,
                    path,
                    params=params,
                    json=json_body,
                    headers={"Authorization": "Bearer " + self._tokens.token()},
                )
            except httpx.TransportError as exc:
                if call.woken.is_set():
                    raise errors.Cancelled(
                        "the request was cancelled", method=method, path=shown
                    ) from exc
                error = map_transport_error(exc, method, shown)
                log.debug("%s %s failed: %s", method, shown, error.message)
                # Certificate and TLS failures are TlsError, never retried: a retry cannot fix
                # them. A refused or dropped connection is Offline and worth one more GET.
                if not (retries_left and isinstance(error, errors.Offline)):
                    raise error from exc
            else:
                elapsed = (time.perf_counter() - started) * 1000
                log.debug("%s %s -> %d (%.0f ms)", method, shown, response.status_code, elapsed)
                if response.is_success:
                    return _json_body(response, method, shown)
                error = error_from_response(response, method, shown)
                if not (retries_left and response.status_code in _RETRY_STATUSES):
                    raise error
                if isinstance(error, errors.RateLimited) and error.retry_after is not None:
                    if error.retry_after > self.max_retry_wait:
                        raise error
                    wait = error.retry_after
            retries_left -= 1
            wait = delay if wait is None else wait
            delay *= 2
            if call.woken.wait(wait):
                raise errors.Cancelled("the request was cancelled", method=method, path=shown)


def parse_event_stream(lines: Iterator[str]) -> Iterator[tuple[str, Any]]:
    """``(event, data)`` from Server-Sent Events lines; data is JSON (an event whose data
    is not JSON is skipped, as are comments and fields other than ``event``/``data``)."""
    kind, data = "message", list[str]()
    for line in lines:
        if not line:
            if data:
                try:
                    yield kind, json.loads("\n".join(data))
                except ValueError:
                    log.debug("event stream: skipped an event whose data is not JSON")
            kind, data = "message", []
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "event":
            kind = value
        elif name == "data":
            data.append(value)


class _Progress:
    def __init__(self, total: int, callback: ProgressCallback | None) -> None:
        self.total = total
        self.sent = 0
        self._callback = callback
        self._report()

    def advance(self, count: int) -> None:
        self.sent += count
        self._report()

    def _report(self) -> None:
        if self._callback is not None:
            self._callback(self.sent, self.total)


def error_from_response(response: httpx.Response, method: str, path: str) -> errors.ApiError:
    """The typed error for a non-success response (both error body shapes understood)."""
    status = response.status_code
    try:
        body = response.json()
    except ValueError:
        body = None
    name: str | None = None
    message = ""
    items: list[Any] = []
    if isinstance(body, Mapping):
        # {"message", "name", "status", "errors"?}, or the gateway's {"title", "detail"}.
        name = _text(body.get("name")) or _text(body.get("title"))
        message = _text(body.get("message")) or _text(body.get("detail")) or ""
        if isinstance(body.get("errors"), list):
            items = list(body["errors"])
    if not message:
        message = response.reason_phrase or f"HTTP {status}"
    common: dict[str, Any] = {
        "status": status,
        "name": name,
        "errors": items,
        "method": method,
        "path": path,
    }
    if status == 401:
        return errors.AuthError(message, **common)
    if status == 403:
        quota = _QUOTA_WORDS.search(message)
        return (errors.QuotaExceeded if quota else errors.Forbidden)(message, **common)
    if status == 404:
        return errors.NotFound(message, **common)
    if status == 409:
        return errors.Conflict(message, **common)
    if status in (400, 413, 422):
        fields = errors.field_errors_from(message, items)
        return errors.InvalidRequest(message, field_errors=fields, **common)
    if status == 429:
        retry_after = _retry_after(response.headers.get("Retry-After"))
        return errors.RateLimited(message, retry_after=retry_after, **common)
    if status >= 500:
        return errors.ServerError(message, **common)
    return errors.ApiError(message, **common)


def _json_body(response: httpx.Response, method: str, path: str) -> Any:
    if not response.content.strip():
        return None
    try:
        return response.json()
    except ValueError:
        raise errors.UnexpectedResponse(
            "the server's answer is not JSON", status=response.status_code, method=method, path=path
        ) from None


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _storage_error(response: httpx.Response) -> tuple[str, str | None]:
    """Code and message of an S3-style XML error (``<Error><Code>…``), or of a JSON one."""
    text = response.text
    code = re.search(r"<Code>(.*?)</Code>", text, re.DOTALL)
    message = re.search(r"<Message>(.*?)</Message>", text, re.DOTALL)
    if code:
        return unescape(code.group(1).strip()), unescape(
            message.group(1).strip()
        ) if message else None
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, Mapping):
        return _text(body.get("name")) or f"HTTP {response.status_code}", _text(body.get("message"))
    return f"HTTP {response.status_code}", response.reason_phrase or None


def _finalize_problems(items: list[Any], key_types: Mapping[str, str]) -> list[errors.LogoProblem]:
    problems = []
    for item in items:
        if isinstance(item, Mapping) and "logoKey" in item:
            key = _text(item.get("logoKey"))
            problems.append(
                errors.LogoProblem(
                    logo_type=key_types.get(key or ""),
                    code=_text(item.get("code")) or "invalid_logo",
                    invalid_property=_text(item.get("invalidProperty")),
                    key=key,
                )
            )
    return problems


def _multipart(fields: Mapping[str, str], data: bytes) -> tuple[bytes, str]:
    """A multipart/form-data body: every form field first, then ``file`` (S3 requires it)."""
    boundary = uuid.uuid4().hex
    out = bytearray()
    for name, value in fields.items():
        out += f"--{boundary}\r\n".encode()
        out += f'Content-Disposition: form-data; name="{_quote_name(name)}"\r\n\r\n'.encode()
        out += value.encode() + b"\r\n"
    out += f"--{boundary}\r\n".encode()
    out += b'Content-Disposition: form-data; name="file"; filename="logo.png"\r\n'
    out += b"Content-Type: image/png\r\n\r\n"
    out += data + f"\r\n--{boundary}--\r\n".encode()
    return bytes(out), f"multipart/form-data; boundary={boundary}"


def _quote_name(name: str) -> str:
    return name.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def _page_params(
    page_size: int | None, start_id: int | str | None, end_id: int | str | None
) -> dict[str, str]:
    params = {}
    if page_size is not None:
        params["page_size"] = str(page_size)
    if start_id is not None:
        params["start_id"] = str(start_id)
    if end_id is not None:
        params["end_id"] = str(end_id)
    return params


def _seg(value: str) -> str:
    """One path segment: an id with "/" or ".." cannot reach another endpoint."""
    if not value:
        raise ValueError("an empty id")
    if value in (".", ".."):
        return value.replace(".", "%2E")
    return quote(str(value), safe="")


def _timestamp(value: datetime | str) -> str:
    return format_timestamp(value) if isinstance(value, datetime) else value


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None
