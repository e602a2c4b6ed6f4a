"""The desktop application (PySide6): windows, models and undoable commands over the services."""
