"""Preferences: saved and read back, never lost to a damaged file, and the name stamped on edits."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from auditor_app import identity, paths
from auditor_app.errors import KnownError
from auditor_app.services import audit, preferences, queries
from auditor_app.services.preferences import Preferences


def stored_file() -> Path:
    return paths.user_config_dir() / "preferences.json"


def test_defaults_when_nothing_was_saved() -> None:
    prefs = preferences.load()
    assert prefs == Preferences()
    assert (prefs.grading_scheme, prefs.photo_keep_original, prefs.photo_long_edge, prefs.photo_quality) == (
        "iso17021", True, 2400, 85)
    assert not stored_file().exists()  # reading never writes


def test_round_trip_with_unicode() -> None:
    prefs = Preferences(author_name="李伟 (Li Wei)", initials="LW", grading_scheme="afnor",
                        brand_organisation="Prüfgesellschaft Nord — شركة التدقيق", brand_logo="/tmp/logo ü.png",
                        photo_keep_original=False, photo_long_edge=1600, photo_quality=70)
    preferences.save(prefs)
    assert preferences.load() == prefs
    text = stored_file().read_text(encoding="utf-8")
    assert "李伟" in text and "شركة" in text  # readable in an editor, not \u escapes
    assert [p.name for p in stored_file().parent.iterdir()] == ["preferences.json"]  # no temporary file left


def test_save_replaces_the_previous_version() -> None:
    preferences.save(Preferences(author_name="First"))
    preferences.save(Preferences(author_name="Second", initials="S"))
    assert preferences.load() == Preferences(author_name="Second", initials="S")


@pytest.mark.parametrize("content", [b'{"author_name": "Anna", "initi', b"\xff\xfe\x00garbage", b"[1, 2]", b""])
def test_damaged_file_falls_back_to_defaults_and_is_kept_aside(content: bytes,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    stored_file().write_bytes(content)
    with caplog.at_level(logging.WARNING):
        assert preferences.load() == Preferences()
    assert (stored_file().parent / "preferences.json.bad").read_bytes() == content
    assert not stored_file().exists()
    assert "preferences.json" in caplog.text
    preferences.save(Preferences(author_name="Anna"))  # the next save works as usual
    assert preferences.load().author_name == "Anna"


def test_unknown_keys_are_ignored_and_bad_values_replaced_by_defaults(caplog: pytest.LogCaptureFixture) -> None:
    stored_file().write_text(json.dumps({
        "version": 7, "colour_theme": "dark", "author_name": "Anna Auditor", "initials": 42,
        "grading_scheme": "nonsense", "photo_keep_original": "yes", "photo_long_edge": 50,
        "photo_quality": True, "brand_organisation": "ACME\nCertification",
    }), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        prefs = preferences.load()
    assert prefs == Preferences(author_name="Anna Auditor", brand_organisation="ACME Certification")
    for name in ("initials", "grading_scheme", "photo_keep_original", "photo_long_edge", "photo_quality"):
        assert name in caplog.text
    assert stored_file().exists()  # a readable file with some bad values is not set aside


@pytest.mark.parametrize("language", ["", "en", "de", "fr", "es", "zh_CN"])
def test_the_window_language_is_saved_and_read_back(language: str) -> None:
    preferences.save(Preferences(author_name="Anna", ui_language=language))
    assert preferences.load() == Preferences(author_name="Anna", ui_language=language)
    assert json.loads(stored_file().read_text(encoding="utf-8"))["ui_language"] == language


@pytest.mark.parametrize("value", ["klingon", "de_DE", "zh-Hans", 7, None])
def test_a_window_language_this_version_does_not_ship_falls_back_to_the_system_locale(
        value: object, caplog: pytest.LogCaptureFixture) -> None:
    stored_file().write_text(json.dumps({"author_name": "Anna", "ui_language": value}), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert preferences.load() == Preferences(author_name="Anna", ui_language="")
    assert "ui_language" in caplog.text and repr(value) in caplog.text


def test_save_to_an_unwritable_folder_names_the_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(preferences, "file_path", lambda: blocker / "preferences.json")
    with pytest.raises(KnownError, match="cannot save .*preferences.json"):
        preferences.save(Preferences(author_name="Anna"))


def test_suggested_initials() -> None:
    assert preferences.suggest_initials("Dr. Katrin Vogel") == "KV"
    assert preferences.suggest_initials("Li Wei (李伟)") == "LW"
    assert preferences.suggest_initials("张敏") == "张敏"
    assert preferences.suggest_initials("  ") == ""


def test_author_comes_from_environment_then_preferences_then_login(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDITOR_APP_AUTHOR", "From Environment")
    preferences.save(Preferences(author_name="Dr. Katrin Vogel"))
    assert identity.default_author() == "From Environment"
    monkeypatch.delenv("AUDITOR_APP_AUTHOR")
    assert identity.default_author() == "Dr. Katrin Vogel"
    preferences.save(Preferences())
    monkeypatch.setattr(identity.getpass, "getuser", lambda: "kvogel")
    assert identity.default_author() == "kvogel"


def test_the_preferred_name_is_stamped_on_a_new_audit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("AUDITOR_APP_AUTHOR")
    preferences.save(Preferences(author_name="Ахмед Аль-Фарси"))
    with audit.create_audit(tmp_path / "a.audit", author=identity.default_author()) as session:
        assert [m.name for m in queries.team(session)] == ["Ахмед Аль-Фарси"]
        assert {e.author for e in queries.history(session)} == {"Ахмед Аль-Фарси"}
