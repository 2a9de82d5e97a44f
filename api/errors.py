"""Sluice's API errors and their one mapping to HTTP status and the OpenAI error shape."""

from __future__ import annotations

import logging

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

from api.protocol import ErrorDetail, ErrorResponse

log = logging.getLogger(__name__)


class ApiError(Exception):
    status = 400
    type = "invalid_request_error"
    code: str | None = None

    def __init__(self, message: str, *, param: str | None = None, code: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        self.headers = headers or {}
        if code is not None:
            self.code = code

    def body(self) -> ErrorResponse:
        return ErrorResponse(error=ErrorDetail(message=self.message, type=self.type, param=self.param, code=self.code))


class InvalidRequest(ApiError):
    pass


class ContextLengthExceeded(ApiError):
    code = "context_length_exceeded"


class ContentPolicyViolation(ApiError):
    code = "content_policy_violation"


class AuthenticationFailed(ApiError):
    status = 401
    type = "authentication_error"
    code = "invalid_api_key"


class NotFound(ApiError):
    status = 404
    code = "not_found"


class ModelNotFound(NotFound):
    code = "model_not_found"


class Conflict(ApiError):
    """The request clashes with what exists (a customer's name already taken)."""

    status = 409
    code = "conflict"


class PayloadTooLarge(ApiError):
    status = 413
    code = "request_too_large"


class PermissionDenied(ApiError):
    status = 403
    type = "permission_error"
    code = "insufficient_permissions"


class RateLimitExceeded(ApiError):
    """A tenant limit refused the request (api/limits.py); ``type`` says which: requests, tokens, streams."""

    status = 429
    code = "rate_limit_exceeded"

    def __init__(self, message: str, *, limit_type: str, headers: dict[str, str]) -> None:
        super().__init__(message, headers=headers)
        self.type = limit_type


class QuotaExceeded(ApiError):
    """The monthly token budget is spent."""

    status = 429
    type = "insufficient_quota"
    code = "insufficient_quota"


class ServiceUnavailable(ApiError):
    status = 503
    type = "server_error"
    code = "service_unavailable"


class GenerationFailed(ApiError):
    status = 500
    type = "server_error"
    code = "generation_failed"


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(error: ApiError):
        response = jsonify(error.body().model_dump())
        response.status_code = error.status
        response.headers.update(error.headers)
        return response

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException):
        mapped = {404: NotFound, 405: InvalidRequest, 413: PayloadTooLarge}.get(error.code or 500)
        api_error = (mapped or ApiError)(error.description or error.name)
        api_error.status = error.code or 500
        return _api_error(api_error)

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        log.exception("unhandled error")  # the trace goes to the log, never to the client
        return _api_error(GenerationFailed("internal error", code="internal_error"))
