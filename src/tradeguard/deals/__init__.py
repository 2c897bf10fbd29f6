"""Deals: the format (JSON/YAML, pydantic at the edge), and screening a deal into a Decision."""

from .decision import Decision, Reason
from .load import DealError, load_deal, parse_deal
from .model import Deal
from .screen import screen

__all__ = ["Deal", "DealError", "Decision", "Reason", "load_deal", "parse_deal", "screen"]
