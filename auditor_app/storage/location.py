"""Where a file lives: local disk, removable media, a network share or a cloud-sync folder."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

_CLOUD_MARKERS = ("onedrive", "dropbox", "icloud", "icloud drive", "google drive", "googledrive",
                  "nextcloud", "owncloud", "box sync", "pcloud", "mobilecloudstorage")
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "afpfs", "9p", "davfs", "fuse.rclone",
               "ncpfs", "glusterfs", "ceph"}
_REMOVABLE_FS = {"vfat", "exfat", "msdos", "fuseblk", "fuse.exfat"}


@dataclass(frozen=True, slots=True)
class Location:
    kind: str  # "local", "removable", "network" or "cloud"
    detail: str

    @property
    def risky(self) -> bool:
        return self.kind != "local"

    def warning(self) -> str:
        what = {
            "removable": "on removable media (USB stick or SD card), which can be unplugged mid-write",
            "network": "on a network share, where file locking is unreliable",
            "cloud": "in a cloud-sync folder, whose sync agent can copy it half-written",
        }.get(self.kind, "")
        return (f"This audit file is {what} ({self.detail}). Work on a local copy and save a copy back "
                "when you are done.")


def classify(path: Path) -> Location:
    resolved = path.resolve()
    lowered = [part.lower() for part in resolved.parts]
    for marker in _CLOUD_MARKERS:
        if any(part == marker or part.startswith(marker + " ") or part.startswith(marker + "-")
               for part in lowered):
            return Location("cloud", marker)
    if sys.platform == "win32":
        return _classify_windows(resolved)
    if sys.platform == "darwin":
        parts = resolved.parts
        if len(parts) > 2 and parts[1] == "Volumes":
            return Location("removable", f"/Volumes/{parts[2]}")
        return Location("local", "")
    return _classify_linux(resolved)


def _classify_linux(path: Path) -> Location:
    best: tuple[str, str] | None = None
    try:
        with open("/proc/self/mounts", encoding="utf-8", errors="replace") as mounts:
            for line in mounts:
                fields = line.split()
                if len(fields) < 3:
                    continue
                mount_point = fields[1].replace("\\040", " ")
                if (str(path) == mount_point or str(path).startswith(mount_point.rstrip("/") + "/")) and (
                    best is None or len(mount_point) > len(best[0])
                ):
                    best = (mount_point, fields[2])
    except OSError:
        return Location("local", "")
    if best is None:
        return Location("local", "")
    mount_point, fs_type = best
    if fs_type in _NETWORK_FS:
        return Location("network", f"{fs_type} at {mount_point}")
    if fs_type in _REMOVABLE_FS or mount_point.startswith(("/media/", "/run/media/", "/mnt/usb")):
        return Location("removable", f"{fs_type} at {mount_point}")
    return Location("local", "")


def _classify_windows(path: Path) -> Location:
    if str(path).startswith("\\\\"):
        return Location("network", "UNC path")
    import ctypes

    drive = os.path.splitdrive(str(path))[0] + "\\"
    kernel32 = getattr(ctypes, "windll").kernel32  # noqa: B009 - windll exists only on Windows
    drive_type = int(kernel32.GetDriveTypeW(ctypes.c_wchar_p(drive)))
    if drive_type == 2:
        return Location("removable", drive)
    if drive_type == 4:
        return Location("network", drive)
    return Location("local", "")
