"""The log file: what is logged before it opens is written there first, and a log folder that cannot be written
never stops the program (the log goes to the console then)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from auditor_app import logsetup


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[logging.Logger]:
    logger = logging.getLogger("auditor_app")
    before, level = list(logger.handlers), logger.level
    monkeypatch.setattr(logsetup, "_configured", False)
    monkeypatch.setattr(logsetup, "_deferred", None)
    yield logger
    for handler in logger.handlers[:]:
        if handler not in before:
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(level)


def test_what_is_logged_before_the_file_opens_is_written_there_first_and_in_order(fresh: logging.Logger) -> None:
    logsetup.begin()
    logging.getLogger("auditor_app.start").info("first, before the file")
    logging.getLogger("auditor_app.start").warning("second, before the file")
    assert not logsetup.log_file().exists() or "first" not in logsetup.log_file().read_text(encoding="utf-8")
    logsetup.setup()
    logging.getLogger("auditor_app.later").info("third, after")
    for handler in fresh.handlers:
        handler.flush()
    lines = logsetup.log_file().read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == ["first, before the file", "second, before the file",
                                                          "third, after"]
    assert "WARNING auditor_app.start: second" in lines[1]


def test_a_log_folder_that_cannot_be_written_sends_the_log_to_the_console(
        fresh: logging.Logger, capsys: pytest.CaptureFixture[str]) -> None:
    logsetup.log_file().mkdir(parents=True)  # a folder where the file belongs: it cannot be opened
    logsetup.begin()
    logging.getLogger("auditor_app.start").warning("noted before")
    logsetup.setup()  # does not raise
    err = capsys.readouterr().err
    assert "WARNING auditor_app.start: noted before" in err
    assert "cannot write the log file" in err and "logging to the console instead" in err
