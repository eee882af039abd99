"""The version, below every module that records it (the package imports it from here)."""

__version__ = "0.1.0"
