"""HEIC/HEIF photos (what iPhones take by default), decoded by pi-heif when it is installed."""

from __future__ import annotations

import threading

MIME = "image/heic"
# ISO base media "ftyp" brands of still HEIF/HEIC images (image sequences are refused like videos).
BRANDS = (b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1")

_lock = threading.Lock()
_state: list[bool] = []


def is_heif(data: bytes) -> bool:
    return data[4:8] == b"ftyp" and data[8:12] in BRANDS


def available() -> bool:
    """Register the decoder with Pillow once; False when pi-heif is not installed on this machine."""
    with _lock:
        if not _state:
            try:
                import pi_heif
            except ImportError:
                _state.append(False)
            else:
                # Pillow's pixel limit applies to HEIF too; thumbnails embedded in the file are not used.
                pi_heif.register_heif_opener(thumbnails=False)
                _state.append(True)
        return _state[0]
