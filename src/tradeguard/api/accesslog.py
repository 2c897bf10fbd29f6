"""uvicorn's request logs, without the values of query parameters.

A page's GET form (the audit search, the alert filters) puts what the user typed, a customer's
name perhaps, into the query string, and access logs are kept longer and shipped further than
anything else the service writes. The parameter names stay, which is enough to debug with.
"""

from __future__ import annotations

import logging
import re
from typing import Any

HIDDEN = "-"
# Our parameters are identifiers; anything else in a name's place may be typed text too.
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}")


def without_values(target: str) -> str:
    path, _, query = target.partition("?")
    if not query:
        return target
    kept = []
    for pair in query.split("&"):
        name, equals, _value = pair.partition("=")
        kept.append(f"{name}={HIDDEN}" if equals and _NAME.fullmatch(name) else HIDDEN)
    return path + "?" + "&".join(kept)


class _AccessLine(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        # uvicorn.access logs (client, method, path?query, http version, status).
        args = record.args
        if isinstance(args, tuple) and len(args) == 5 and isinstance(args[2], str):
            record.args = (args[0], args[1], without_values(args[2]), args[3], args[4])
        return True


class _TracedScope(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        # uvicorn.asgi (--log-level trace) logs each request's scope, query string included.
        if isinstance(record.args, tuple):
            record.args = tuple(_scope(arg) for arg in record.args)
        return True


def _scope(arg: Any) -> Any:
    if isinstance(arg, dict) and isinstance(arg.get("query_string"), bytes):
        query = without_values("?" + arg["query_string"].decode("latin-1"))[1:]
        return {**arg, "query_string": query.encode("latin-1")}
    return arg


_FILTERS: dict[str, type[logging.Filter]] = {
    "uvicorn.access": _AccessLine,
    "uvicorn.asgi": _TracedScope,
}


def install() -> None:
    for name, kind in _FILTERS.items():
        logger = logging.getLogger(name)
        if not any(isinstance(f, kind) for f in logger.filters):
            logger.addFilter(kind())
