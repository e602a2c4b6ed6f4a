"""Bulk photo import with its review step, and compacting the audit file's photos."""
