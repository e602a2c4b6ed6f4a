"""File ▸ Sync with the office store…: the window's side of the office store (its feature, flow and dialogs)."""
