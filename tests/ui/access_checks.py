"""Checks shared by the accessibility tests: what a keyboard user reaches, and its names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSlider, QComboBox, QProgressBar, QScrollBar, QWidget


def interactive(window: QWidget) -> list[QWidget]:
    """Every visible widget that takes keyboard focus (what a keyboard user can reach)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or isinstance(widget, (QScrollBar, QAbstractSlider)):
            continue
        if isinstance(widget.parent(), QComboBox):
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus or isinstance(widget, QProgressBar):
            found.append(widget)
    return found


def check_names(window: QWidget, where: str) -> None:
    """Each of them has an objectName (for tests) and an accessible name (for screen readers)."""
    for widget in interactive(window):
        label = f"{type(widget).__name__} on {where}"
        assert widget.objectName(), f"{label} has no objectName"
        assert widget.accessibleName(), f"{label} {widget.objectName()} has no accessible name"
