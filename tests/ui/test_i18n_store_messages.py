"""What the store says (a repair, a read-only folder, a newer database) reaches a
Russian or Belarusian reader in their language, with its details kept."""

from __future__ import annotations

import errno
import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox

from quizapp.core.paths import DataFolder
from quizapp.core.store import Store, StoreError, _store_error
from quizapp.ui.i18n import install_language, store_message

CYRILLIC = re.compile(r"[А-Яа-яЁёІіЎў]")


@pytest.fixture(autouse=True)
def back_to_english(qapp):
    """Translators live on the application: leave it in English for the next test."""
    yield
    install_language("en")


def sqlite_error(code: int) -> sqlite3.Error:
    error = sqlite3.OperationalError("simulated")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


FOLDER = Path("/media/usb/quizapp-data")


def core_messages() -> list[str]:
    """Every message the store's error mapping can give, with real wording."""
    errors = [
        _store_error(OSError(errno.ENOSPC, "No space left on device"), FOLDER),
        _store_error(OSError(errno.EACCES, "Permission denied"), FOLDER),
        *(_store_error(sqlite_error(code), FOLDER) for code in (5, 8, 13, 11, 10)),
    ]
    return [str(error) for error in errors]


@pytest.mark.parametrize("lang", ["ru", "be"])
def test_every_store_error_is_said_in_the_language_with_its_folder(lang: str) -> None:
    install_language(lang)
    for english in core_messages():
        said = store_message(english)
        assert said != english and CYRILLIC.search(said), english
        assert str(FOLDER) in said


@pytest.mark.parametrize("lang", ["ru", "be"])
def test_a_newer_database_is_refused_in_the_language(tmp_path: Path, lang: str) -> None:
    folder = DataFolder(tmp_path)
    with Store.open(folder):
        pass
    with sqlite3.connect(folder.database) as connection:
        connection.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError) as caught:
        Store.open(folder)
    install_language(lang)
    said = store_message(caught.value)
    assert CYRILLIC.search(said) and "99" in said and str(tmp_path) in said


def test_a_message_inside_a_message_is_said_in_the_language_too() -> None:
    inner = str(_store_error(OSError(errno.ENOSPC, "No space left on device"), FOLDER))
    install_language("ru")
    said = store_message(f"Today's backup of the scores could not be made ({inner}).")
    assert said.startswith("Сегодняшнюю резервную копию")
    assert "Диск с папкой" in said


def test_the_repair_notice_is_in_the_language_and_follows_a_switch(
    make_window, data_dir: Path
) -> None:
    first = make_window(lang="en")
    first.store.create_profile("Ana")
    first.close()
    first.store.close()
    # a backup to restore from: the store makes one at the next start of a day
    with Store.open(DataFolder(data_dir)) as store:
        store._make_backup("")
    (data_dir / "quizapp.sqlite3").write_bytes(b"this is not a database" * 100)
    for side_file in data_dir.glob("quizapp.sqlite3-*"):
        side_file.unlink()
    window = make_window(lang="ru")
    notice = window.store_notice
    assert notice.isVisibleTo(window)
    assert notice.message.startswith("База результатов была повреждена")
    assert "quizapp.sqlite3.damaged-" in notice.message
    assert not re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", notice.message)  # a local date
    assert [p.name for p in window.store.profiles()] == ["Ana"]
    combo = window.findChild(QComboBox, "languageSelector")
    combo.setCurrentIndex(combo.findData("be"))
    combo.activated.emit(combo.currentIndex())
    assert notice.message.startswith("База вынікаў была пашкоджаная")
    notice.dismiss()
    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())
    assert notice.isHidden()
    assert notice.message.startswith("The score database was damaged")
