"""Request-size limit on the bytes actually received (Content-Length or chunked)."""

from __future__ import annotations

from collections.abc import Callable

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.problems import problem


class BodyTooLarge(HTTPException):
    """The client sent more body bytes than the limit (an HTTPException, so FastAPI's body
    parsing passes it on to the 413 handler instead of turning it into a 400)."""

    def __init__(self, limit: int):
        super().__init__(413, too_large_detail(limit))


class BodyLimit:
    """ASGI middleware: 413 when a declared Content-Length is over `limit()` bytes, and
    as soon as the bytes received pass it, whatever the header said (chunked bodies)."""

    def __init__(self, app: ASGIApp, limit: Callable[[], int]):
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit()
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await too_large(limit)(scope, receive, send)
            return
        received, started = 0, False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except BodyTooLarge:
            if started:
                raise
            await too_large(limit)(scope, receive, send)


def too_large_detail(limit: int) -> str:
    return f"the request body is over {limit} bytes (MAX_REQUEST_BYTES)"


def too_large(limit: int):
    return problem(413, too_large_detail(limit))
