"""Offline audit workbench for ISO management-system auditors."""

__version__ = "0.1.0"
