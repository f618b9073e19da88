"""A Content-Security-Policy on the pages a browser opens (/ui, /docs, /redoc): they load
nothing from another origin. ReDoc's bundle asks for its logo from a CDN; with the policy the
browser refuses that request instead of sending it (no call out from an offline desk)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

PAGES = ("/ui", "/docs", "/redoc")
POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
          "script-src 'self' 'unsafe-inline'; worker-src 'self' blob:; connect-src 'self'; "
          "frame-ancestors 'none'")


def is_page(path: str) -> bool:
    return any(path == page or path.startswith(page + "/") for page in PAGES)


class PagePolicy:
    """ASGI middleware adding the policy header to the responses of the pages above."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_page(scope["path"]):
            await self.app(scope, receive, send)
            return

        async def send_with_policy(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"content-security-policy", POLICY.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_policy)
