"""Logo files: signed upload forms, the S3-style upload they post, finalized logos.

``GET /v1/meetings/themes/logos-upload-urls`` hands out one form per logo type;
``POST /v1/uploads/logos`` (no API auth: the form's signed policy is the
permission) keeps the file until the form expires; ``GET /v1/logos/{type}/{id}``
serves logos a theme has finalized (:func:`launcher.server.themes.finalize_logos`).
"""

from __future__ import annotations

import base64
import json
import logging
import uuid
from datetime import timedelta

from aiohttp import BodyPartReader, web

from launcher.server import logos
from launcher.server.keys import LOGO_UPLOAD_PATH, ORIGIN, STORE, UPLOAD_SIGNER
from launcher.server.rest import MAX_BODY, application_id, write_store
from launcher.server.store import format_time, parse_time, utc_now

log = logging.getLogger(__name__)

#: A logo upload may carry the 1 MB file plus the form fields and some slack,
#: so a file slightly over 1 MB reaches finalizeLogos (``exceeds_size``).
MAX_LOGO_UPLOAD_BODY = MAX_BODY + 128 * 1024
UPLOAD_FORM_LIFETIME = timedelta(minutes=5)
UPLOADED_LOGO_LIFETIME = timedelta(hours=1)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


async def logo_upload_urls(request: web.Request) -> web.Response:
    """One signed, short-lived upload form per logo type, posting to this server."""
    app_id = application_id(request)
    now = utc_now()
    form_expiry = now + UPLOAD_FORM_LIFETIME
    url = f"{request.app[ORIGIN]}{LOGO_UPLOAD_PATH}"
    signer = request.app[UPLOAD_SIGNER]
    forms = []
    pending = []
    for kind in logos.LOGO_TYPES:
        key = f"auto-expiring-temp/logos/{kind}/{uuid.uuid4()}"
        policy = _b64(
            json.dumps(
                {"key": key, "logoType": kind, "expiration": format_time(form_expiry)},
                separators=(",", ":"),
            ).encode()
        )
        forms.append(
            {
                "url": url,
                "fields": {
                    "Content-Type": "image/png",
                    "key": key,
                    "logoType": kind,
                    "bucket": "meeting-launcher-logos",
                    "X-Amz-Algorithm": "HMAC-SHA256",
                    "X-Amz-Date": now.strftime("%Y%m%dT%H%M%SZ"),
                    "Policy": policy,
                    "X-Amz-Signature": signer.sign(policy),
                },
            }
        )
        pending.append((key, kind, format_time(now + UPLOADED_LOGO_LIFETIME)))
    await write_store(request, lambda s: s.add_logo_uploads(app_id, pending))
    return web.json_response(forms)


def _s3_error(status: int, code: str, message: str) -> web.Response:
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{code}</Code><Message>{message}</Message>"
        f"<RequestId>{uuid.uuid4().hex[:16].upper()}</RequestId></Error>"
    )
    return web.Response(status=status, text=body, content_type="application/xml")


def _too_big() -> web.Response:
    return _s3_error(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size")


def _malformed() -> web.Response:
    return _s3_error(
        400, "MalformedPOSTRequest", "The body of your POST request is not well-formed"
    )


class _TooBig(Exception):
    pass


async def _read_form(request: web.Request) -> tuple[dict[str, str], bytes | None]:
    """The form's fields before ``file``, and the file (None without one)."""
    reader = await request.multipart()
    fields: dict[str, str] = {}
    received = 0
    while (part := await reader.next()) is not None:
        if not isinstance(part, BodyPartReader):
            continue
        name = part.name or ""
        chunks = []
        while chunk := await part.read_chunk(64 * 1024):
            received += len(chunk)
            if received > MAX_LOGO_UPLOAD_BODY:
                raise _TooBig()
            chunks.append(chunk)
        value = b"".join(chunks)
        if name == "file":
            return fields, value  # like S3: fields after the file are ignored
        fields[name] = value.decode("utf-8", "replace")
    return fields, None


async def upload_logo(request: web.Request) -> web.StreamResponse:
    """S3-style POST form upload: the signed fields, then ``file`` (last).

    Nobody is authenticated yet: whatever the multipart parser raises on a
    body it cannot read is the sender's mistake, a 400 like S3's."""
    if request.content_length is not None and request.content_length > MAX_LOGO_UPLOAD_BODY:
        return _too_big()
    try:
        fields, data = await _read_form(request)
    except _TooBig:
        return _too_big()
    except Exception as exc:  # the parser's errors have no common base class
        log.info("malformed logo upload: %s", type(exc).__name__)
        return _malformed()
    policy = fields.get("Policy") or fields.get("policy")
    signature = fields.get("X-Amz-Signature")
    if data is None:
        return _s3_error(
            400, "InvalidArgument", "POST requires exactly one file upload per request."
        )
    if not policy or not signature:
        return _s3_error(
            403, "AccessDenied", "Bucket POST must contain a field named 'Policy' and its signature"
        )
    if not request.app[UPLOAD_SIGNER].check(policy, signature):
        return _s3_error(
            403,
            "SignatureDoesNotMatch",
            "The request signature we calculated does not match the signature you provided.",
        )
    terms = json.loads(_unb64(policy))
    if parse_time(terms["expiration"]) < utc_now():
        return _s3_error(403, "AccessDenied", "Invalid according to Policy: Policy expired.")
    if fields.get("key") != terms["key"]:
        return _s3_error(
            403, "AccessDenied", "Invalid according to Policy: Policy Condition failed: key"
        )
    key = terms["key"]
    stored = await request.app[STORE].write(lambda s: s.store_logo_upload(key, data))
    if not stored:
        return _s3_error(403, "AccessDenied", "Upload form is no longer valid.")
    return web.Response(status=204)


async def get_logo(request: web.Request) -> web.StreamResponse:
    kind, logo_id = request.match_info["logo_type"], request.match_info["logo_id"]
    key = f"logos/{kind}/{logo_id}"
    data = await request.app[STORE].run(lambda s: s.get_logo(key))
    if data is None:
        raise web.HTTPNotFound()
    return web.Response(
        body=data,
        content_type="image/png",
        headers={"Cache-Control": "public, max-age=86400, immutable"},
    )
