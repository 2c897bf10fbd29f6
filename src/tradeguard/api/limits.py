"""Reject request bodies above a size limit with 413, whether or not Content-Length is sent."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self.refuse(send)
            return
        await _Guarded(self, receive, send).run(scope)

    async def refuse(self, send: Send) -> None:
        body = json.dumps(
            {"detail": f"request body over {self.max_bytes} bytes; send fewer queries per call"}
        ).encode()
        headers = [(b"content-type", b"application/json")]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})


class _Guarded:
    """Counts a streamed body. Past the limit it answers 413 itself and tells the app the client
    went away, so the app stops reading; the app's own late response is dropped."""

    def __init__(self, limit: BodyLimit, receive: Receive, send: Send) -> None:
        self.limit = limit
        self.receive = receive
        self.send = send
        self.seen = 0
        self.refused = False

    async def run(self, scope: Scope) -> None:
        await self.limit.app(scope, self._receive, self._send)

    async def _receive(self) -> Message:
        if self.refused:
            return {"type": "http.disconnect"}
        message = await self.receive()
        self.seen += len(message.get("body", b""))
        if self.seen > self.limit.max_bytes:
            self.refused = True
            await self.limit.refuse(self.send)
            return {"type": "http.disconnect"}
        return message

    async def _send(self, message: Message) -> None:
        if not self.refused:
            await self.send(message)
