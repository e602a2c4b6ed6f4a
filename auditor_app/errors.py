"""Error types: what the user is told, and whose fault it was."""

from __future__ import annotations


class AuditorError(Exception):
    """Base class: the message is shown to the user as one clear line."""


class KnownError(AuditorError):
    """The environment or the input is to blame (bad file, full disk, locked file)."""


class BugError(AuditorError):
    """A programming error: goes to the crash dialog and the log."""


class FileRefused(KnownError):
    """An audit file that cannot be opened: foreign, damaged, too new, locked."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"cannot open {path}: {reason}")
        self.path = path
        self.reason = reason


class DamagedFile(FileRefused):
    """An audit file whose structure or operation log is damaged; `auditor-app check` lists every problem."""

    def __init__(self, path: object, detail: str) -> None:
        super().__init__(path, f"the file is damaged ({detail}); run `auditor-app check {path}`")
        self.detail = detail


class FileLocked(FileRefused):
    """Another program (usually another copy of auditor-app) has the file open."""

    def __init__(self, path: object, holder: str) -> None:
        super().__init__(path, f"it is open in {holder}")
        self.holder = holder


class FileReadOnly(FileRefused):
    """The file cannot be written where it is (its permissions, its folder, a read-only disk): open it read-only."""

    def __init__(self, path: object, why: str) -> None:
        super().__init__(path, f"it cannot be edited where it is: {why}")
        self.why = why


class InputError(KnownError):
    """Bad user input (a checklist, a JSON file, a command argument): says what and where."""


class StorageFull(KnownError):
    """The disk is full: the edit was not saved; nothing already saved was lost."""


class NotFound(KnownError):
    """An entity id that does not exist in this audit."""
