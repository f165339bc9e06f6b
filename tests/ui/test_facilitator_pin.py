"""The facilitator area's door: the PIN set on first use, asked after, slowed, reset."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit
from test_facilitator_support import PIN, check_names, no_modal, open_area, type_pin, unlock

from quizapp.core.paths import DataFolder
from quizapp.core.pin import PIN_KEY, PinGuard
from quizapp.core.store import Store


def message(ui) -> str:
    label = ui.find(QLabel, "pinMessage")
    return label.text() if label.isVisible() else ""


def test_facilitator_button_opens_the_pin_page_inside_the_window(ui) -> None:
    button = ui.button("facilitatorButton")
    assert button.isEnabled()
    area = open_area(ui)
    assert area.window() is ui.window
    edit = ui.find(QLineEdit, "pinEdit")
    assert edit.isVisible() and edit.echoMode() == QLineEdit.EchoMode.Password
    assert ui.button("pinConfirmButton").isVisible()
    assert not area.unlocked
    no_modal()


def test_first_use_sets_the_pin_typed_twice(ui) -> None:
    area = open_area(ui)
    type_pin(ui, PIN)
    assert not area.unlocked  # asked to confirm, in the same field
    assert "again" in message(ui)
    assert ui.find(QLineEdit, "pinEdit").text() == ""
    type_pin(ui, PIN)
    assert area.unlocked
    no_modal()
    stored = ui.window.store.get_setting(PIN_KEY)
    assert stored.startswith("scrypt$") and PIN not in stored
    assert PinGuard(ui.window.store).check(PIN).ok
    assert ui.find(QLabel, "facilitatorMessage").isVisible()  # "the PIN is set ..."


def test_a_different_pin_on_confirming_sets_nothing(ui) -> None:
    area = open_area(ui)
    type_pin(ui, PIN)
    type_pin(ui, "4813")
    assert not area.unlocked
    assert "not the same" in message(ui)
    assert not PinGuard(ui.window.store).is_set
    # and it starts again: a new PIN, then the same again
    type_pin(ui, "7391")
    type_pin(ui, "7391")
    assert area.unlocked


def test_a_too_short_pin_is_refused_and_an_easy_one_is_advised_against(ui) -> None:
    area = open_area(ui)
    type_pin(ui, "12")
    assert "4 to 32" in message(ui)
    type_pin(ui, "1111")
    assert ui.find(QLabel, "pinAdvice").isVisible()
    assert ui.button("pinRestartButton").isVisible()
    type_pin(ui, "1111")
    assert area.unlocked  # accepted, with advice


def test_a_wrong_pin_opens_nothing_and_says_so_inline(ui) -> None:
    PinGuard(ui.window.store).set_pin(PIN)
    area = open_area(ui)
    type_pin(ui, "0000")
    assert not area.unlocked
    assert "not right" in message(ui)
    no_modal()
    assert ui.window.findChild(QAbstractItemView, "groupReport") is None
    assert not area.home.isVisible()
    type_pin(ui, PIN)
    assert area.unlocked


def test_enter_in_the_pin_field_confirms(ui) -> None:
    PinGuard(ui.window.store).set_pin(PIN)
    area = open_area(ui)
    edit = ui.find(QLineEdit, "pinEdit")
    ui.qtbot.waitUntil(edit.hasFocus)
    ui.qtbot.keyClicks(edit, PIN)
    ui.qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert area.unlocked


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_repeated_wrong_tries_make_the_next_wait_and_show_it(ui) -> None:
    PinGuard(ui.window.store).set_pin(PIN)
    area = open_area(ui)
    clock = Clock()
    area.pin_page.guard = PinGuard(ui.window.store, clock=clock)
    type_pin(ui, "0000")
    type_pin(ui, "0001")
    assert ui.button("pinConfirmButton").isEnabled()
    type_pin(ui, "0002")  # the third wrong try: now a wait
    text = message(ui)
    assert "Wait 10 seconds" in text, text
    assert not ui.button("pinConfirmButton").isEnabled()
    # even the right PIN does nothing while waiting (Enter still reaches the guard)
    edit = ui.find(QLineEdit, "pinEdit")
    ui.qtbot.keyClicks(edit, PIN)
    ui.qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not area.unlocked
    clock.now += 4
    ui.qtbot.waitUntil(lambda: "Wait 6 seconds" in message(ui))
    clock.now += 7
    ui.qtbot.waitUntil(lambda: ui.button("pinConfirmButton").isEnabled())
    assert "try the PIN again" in message(ui)
    type_pin(ui, PIN)
    assert area.unlocked


def test_the_wait_survives_leaving_and_coming_back(ui) -> None:
    PinGuard(ui.window.store).set_pin(PIN)
    for wrong in ("0000", "0001", "0002"):
        open_area(ui)
        type_pin(ui, wrong)
        ui.click(ui.button("pinBackButton"))
    area = open_area(ui)
    assert "Wait" in message(ui)
    assert not ui.button("pinConfirmButton").isEnabled()
    edit = ui.find(QLineEdit, "pinEdit")
    ui.qtbot.keyClicks(edit, PIN)
    ui.qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not area.unlocked


def test_leaving_locks_the_area_again(ui) -> None:
    area = unlock(ui)
    ui.click(ui.button("lockButton"))
    assert ui.page() == "profiles"
    area = open_area(ui)
    assert not area.unlocked
    assert ui.find(QLineEdit, "pinEdit").isVisible()
    type_pin(ui, PIN)
    assert area.unlocked
    ui.window.sign_out()  # any way of leaving the page locks it
    assert not area.unlocked


def test_students_have_no_admin_actions_without_the_pin(ui) -> None:
    names = ("deleteProfileButton", "renameProfileButton", "mergeProfileButton")
    names += ("resetLaptopButton", "checkPackButton", "saveArchiveButton")
    ui.sign_up_with_mouse("Alina")
    for page in ("home", "profiles"):
        ui.window.show_page(page)
        for name in names:
            button = ui.window.findChild(QAbstractButton, name)
            assert button is None or not button.isVisible(), (page, name)
    open_area(ui)
    for name in names:
        assert ui.window.findChild(QAbstractButton, name) is None  # not even built yet


def test_pin_page_names_every_control(ui) -> None:
    area = open_area(ui)
    check_names(area, "the PIN page")
    type_pin(ui, "1111")
    check_names(area, "the PIN page, confirming")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "QUIZAPP_DATA_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "quizapp", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_reset_pin_from_the_command_line(make_window, driver_for, data_dir: Path) -> None:
    with Store.open(DataFolder(data_dir)) as store:
        guard = PinGuard(store)
        guard.set_pin(PIN)
        guard.check("0000")
    result = run_cli("facilitator", "reset-pin", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and "cleared" in lines[0]
    assert result.stderr == ""
    with Store.open(DataFolder(data_dir)) as store:
        assert not PinGuard(store).is_set
        assert PinGuard(store).wait_seconds() == 0
    # the app now asks for a new PIN
    ui = driver_for(make_window())
    area = open_area(ui)
    assert area.pin_page.step.value == "create"
    # a second reset says there was none
    again = run_cli("facilitator", "reset-pin", "--data-dir", str(data_dir))
    assert again.returncode == 0 and len(again.stdout.splitlines()) == 1


def test_reset_pin_on_an_empty_folder_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "nothing-here"
    result = run_cli("facilitator", "reset-pin", "--data-dir", str(folder))
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 1
    assert not folder.exists()
