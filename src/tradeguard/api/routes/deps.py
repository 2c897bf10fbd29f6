"""Shared route dependencies."""

from __future__ import annotations

from fastapi import Request

from tradeguard.api.state import Service


def service(request: Request) -> Service:
    svc: Service = request.app.state.service
    return svc
