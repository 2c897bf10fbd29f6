"""Errors a caller can fix. Each carries the HTTP status the API answers with; the API's one
exception handler maps them, and the CLI prints the message."""

from __future__ import annotations


class StoreError(Exception):
    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(StoreError):
    status = 404


class Forbidden(StoreError):
    status = 403


class Conflict(StoreError):
    status = 409
