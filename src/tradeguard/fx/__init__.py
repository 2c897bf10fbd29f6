"""Currency conversion at a date, from ECB reference rates (EUR base)."""

from .rates import FxError, RatesTable, bundled_rates, load_rates

__all__ = ["FxError", "RatesTable", "bundled_rates", "load_rates"]
