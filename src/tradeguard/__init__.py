"""tradeguard: sanctions and export-control screening that shows its working."""

__version__ = "0.1.0"
