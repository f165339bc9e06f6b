"""Helpers shared by the facilitator UI tests (this module holds no tests itself).

They act through the UI contract where it has names (facilitatorButton,
pinEdit, pinConfirmButton, groupReport) and through the pages' own
objectNames elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QScrollBar, QWidget

PIN = "4812"


def open_area(ui):
    """Click facilitatorButton on the profiles page; returns the facilitator area."""
    if ui.page() != "profiles":
        ui.window.sign_out()
    ui.click(ui.button("facilitatorButton"))
    ui.qtbot.waitUntil(lambda: ui.page() == "facilitator")
    return ui.window.page("facilitator")


def type_pin(ui, pin: str) -> None:
    edit = ui.find(QLineEdit, "pinEdit")
    ui.click(edit)
    edit.clear()
    ui.qtbot.keyClicks(edit, pin)
    ui.click(ui.button("pinConfirmButton"))


def unlock(ui, pin: str = PIN):
    """Open the facilitator area, setting the PIN (typed twice) when none is set yet."""
    area = open_area(ui)
    if not area.pin_page.guard.is_set:
        type_pin(ui, pin)
    type_pin(ui, pin)
    ui.qtbot.waitUntil(lambda: area.unlocked)
    return area


def go_to(ui, area, section_button: str):
    ui.click(ui.button(section_button))
    return area.sections.currentWidget()


def interactive(root: QWidget) -> list[QWidget]:
    """Every visible widget that takes keyboard focus (what a keyboard user reaches)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget, QScrollBar):
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
    return found


def check_names(root: QWidget, where: str) -> None:
    from PySide6.QtWidgets import QComboBox

    for widget in interactive(root):
        if isinstance(widget.parent(), QComboBox):
            continue
        label = f"{type(widget).__name__} on {where}"
        assert widget.objectName(), f"{label} has no objectName"
        assert widget.accessibleName(), f"{label} {widget.objectName()} has no accessible name"


def no_modal() -> None:
    assert QApplication.activeModalWidget() is None


def buttons_named(root: QWidget, *names: str) -> list[QAbstractButton]:
    return [b for b in root.findChildren(QAbstractButton) if b.objectName() in names]
