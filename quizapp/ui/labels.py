"""Word-wrapped plain-text labels with a style role."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from quizapp.ui.bank_text import show_bank_text
from quizapp.ui.enum_property import set_enum


def make_label(
    text: str = "",
    role: str | None = None,
    parent: QWidget | None = None,
    *,
    object_name: str | None = None,
    bank_text: bool = False,
    wrap: bool = True,
) -> QLabel:
    """A label that never interprets its text as HTML (bank text may use ** and *)."""
    label = QLabel(parent)
    label.setWordWrap(wrap)
    label.setOpenExternalLinks(False)
    set_enum(label, "textInteractionFlags", "NoTextInteraction")
    if wrap:
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if role:
        label.setProperty("role", role)
    if object_name:
        label.setObjectName(object_name)
    if bank_text:
        show_bank_text(label, text)
    else:
        set_enum(label, "textFormat", "PlainText")
        label.setText(text)
    return label


def set_state(widget: QWidget, state: str) -> None:
    """Set the `state` style property and restyle the widget."""
    if widget.property("state") == state:
        return
    widget.setProperty("state", state)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
