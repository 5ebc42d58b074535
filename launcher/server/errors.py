"""Error bodies of the Meetings API.

Every error except 401 is ``{"message", "name", "status", "errors"?}``; 401 comes
from the (former) API gateway and has its own shape.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

from aiohttp import web

UNAUTHORIZED_BODY = {
    "title": "Unauthorized",
    "detail": "You did not provide correct credentials",
}


class ApiError(Exception):
    """An error answered to the API caller with the contract's body shape."""

    status = 500
    name = "InternalServerError"
    headers: ClassVar[tuple[tuple[str, str], ...]] = ()  # added to the answer

    def __init__(self, message: str, errors: list[Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.errors = errors

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"message": self.message, "name": self.name}
        if self.errors is not None:
            body["errors"] = self.errors
        body["status"] = self.status
        return body

    def response(self) -> web.Response:
        return web.json_response(
            self.body(), status=self.status, dumps=json.dumps, headers=dict(self.headers)
        )


class BadRequest(ApiError):
    status = 400
    name = "BadRequestError"


class InputValidation(ApiError):
    """A field failed validation; ``field`` names it (Joi-style message)."""

    status = 400
    name = "InputValidationError"

    def __init__(self, field: str, message: str, *, with_errors: bool = True) -> None:
        super().__init__(message, [{"field": field, "message": message}] if with_errors else None)
        self.field = field


class Forbidden(ApiError):
    status = 403
    name = "ForbiddenError"


class NotFound(ApiError):
    status = 404
    name = "NotFoundError"


class MethodNotAllowed(ApiError):
    status = 405
    name = "MethodNotAllowedError"


class Conflict(ApiError):
    status = 409
    name = "ConflictError"


class PayloadTooLarge(ApiError):
    status = 413
    name = "PayloadTooLargeError"


class ServiceUnavailable(ApiError):
    """The server cannot answer for now (its database is unreachable); try again
    after ``Retry-After`` seconds."""

    status = 503
    name = "ServiceUnavailableError"
    headers = (("Retry-After", "5"), ("Cache-Control", "no-store"))


def unauthorized() -> web.Response:
    """The API gateway's 401 answer."""
    return web.json_response(UNAUTHORIZED_BODY, status=401)
