"""Exporters: the audit as PDF and Excel documents, built from plain records (no Qt, no database)."""


class Cancelled(Exception):
    """The user cancelled a long export; nothing was written."""
