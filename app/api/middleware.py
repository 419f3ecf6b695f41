"""The request envelope: request id, body-size limit, metrics, access log, last-resort 500.

One pure ASGI middleware rather than several ``BaseHTTPMiddleware`` layers, so streamed
responses (server-sent events) pass through untouched.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.logging import request_id_var
from app.metrics import Metrics

log = logging.getLogger("teinei.http")

REQUEST_ID_HEADER = "x-request-id"
_SAFE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def _json_response(status: int, body: dict[str, Any], request_id: str) -> list[Message]:
    payload = json.dumps(body, ensure_ascii=False).encode()
    return [
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                (REQUEST_ID_HEADER.encode(), request_id.encode()),
            ],
        },
        {"type": "http.response.body", "body": payload},
    ]


def route_template(scope: Scope) -> str:
    """The matched route's path template with its router prefix (``/v1/suggest``), so
    metrics have one label per route, not per URL; ``unmatched`` when no route matched."""
    route = scope.get("route")
    template = getattr(route, "path", None)
    if not isinstance(template, str):
        return "unmatched"
    # An included router's prefix is not part of the route's own path; prefixes hold no
    # parameters, so it is the leading segments of the URL that the template lacks.
    actual = scope.get("path", "").strip("/").split("/")
    own = template.strip("/").split("/") if template.strip("/") else []
    extra = len(actual) - len(own)
    prefix = "/" + "/".join(actual[:extra]) if extra > 0 else ""
    return prefix + template


class RequestEnvelope:
    """Wraps every HTTP request.

    - takes ``X-Request-ID`` from the request (when it is a safe token) or makes one, and
      returns it on every response;
    - refuses bodies larger than ``max_body_bytes`` with 413 before the app reads them;
    - counts the request by route template and status, and logs one JSON access line;
    - turns an unhandled exception into a JSON 500 that names the request id, after
      logging it (the client never sees a stack trace).

    Args:
        app: The wrapped application.
        metrics: Where to count requests.
        max_body_bytes: The largest request body accepted.
    """

    def __init__(self, app: ASGIApp, *, metrics: Metrics, max_body_bytes: int) -> None:
        self.app = app
        self.metrics = metrics
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        headers = dict(scope.get("headers") or [])
        given = headers.get(REQUEST_ID_HEADER.encode(), b"").decode("latin-1")
        request_id = given if _SAFE_ID.match(given) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        outcome = {"status": 500, "started": False}

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                outcome["status"] = message["status"]
                outcome["started"] = True
                message["headers"] = [
                    *[
                        (k, v)
                        for k, v in message.get("headers", [])
                        if k != REQUEST_ID_HEADER.encode()
                    ],
                    (REQUEST_ID_HEADER.encode(), request_id.encode()),
                ]
            await send(message)

        async def reply(status: int, body: dict[str, Any]) -> None:
            for message in _json_response(status, {**body, "request_id": request_id}, request_id):
                await send_wrapper(message)

        try:
            body_receive = await self._read_body(scope, receive, headers)
            if body_receive is None:
                await reply(
                    413,
                    {"detail": f"request body too large: the limit is {self.max_body_bytes} bytes"},
                )
                return
            await self.app(scope, body_receive, send_wrapper)
        except Exception:
            log.exception(
                "unhandled error",
                extra={"fields": {"method": scope.get("method"), "path": scope.get("path")}},
            )
            if not outcome["started"]:
                await reply(
                    500,
                    {
                        "detail": "internal error; the request id identifies it in the "
                        "service's logs"
                    },
                )
        finally:
            elapsed = time.perf_counter() - started
            template = route_template(scope)
            status = int(outcome["status"])
            self.metrics.observe_request(template, scope.get("method", ""), status, elapsed)
            log.info(
                "request",
                extra={
                    "fields": {
                        "method": scope.get("method"),
                        "route": template,
                        "status": status,
                        "duration_ms": round(elapsed * 1000, 1),
                        "tenant": state.get("tenant"),
                        "role": state.get("role"),
                    }
                },
            )
            request_id_var.reset(token)

    async def _read_body(
        self, scope: Scope, receive: Receive, headers: dict[bytes, bytes]
    ) -> Receive | None:
        """Read the whole body (bounded) and replay it; ``None`` when it is too large."""
        length = headers.get(b"content-length")
        if length is not None:
            try:
                if int(length) > self.max_body_bytes:
                    return None
            except ValueError:
                pass
        if scope.get("method") in ("GET", "HEAD", "OPTIONS", "DELETE"):
            return receive
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return replay
