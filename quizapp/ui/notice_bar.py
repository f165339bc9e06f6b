"""An inline, dismissible notice: what went wrong, with details on demand.

Most starts show no notice, so a bar builds its label and buttons the first
time it has something to say (the window shows two bars, hidden).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.ui.enum_property import set_enum
from quizapp.ui.focus_chain import place_before
from quizapp.ui.labels import make_label


class NoticeBar(QFrame):
    dismissed = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("role", "notice")
        self.setAccessibleName(self.tr("Notice"))
        self._built = False
        self.hide()

    def _build(self) -> None:
        if self._built:
            return
        self._built = True
        name = self.objectName()
        self._message = make_label(role=None, object_name=f"{name}Message")
        self._details = make_label(role="muted", object_name=f"{name}Details")
        set_enum(self._details, "textInteractionFlags", "TextSelectableByMouse")
        self._details.hide()
        self._details_button = QPushButton()
        self._details_button.setObjectName(f"{name}DetailsButton")
        self._details_button.setProperty("kind", "quiet")
        self._details_button.setCheckable(True)
        self._details_button.toggled.connect(self._details.setVisible)
        self._dismiss_button = QPushButton()
        self._dismiss_button.setObjectName(f"{name}DismissButton")
        self._dismiss_button.setProperty("kind", "quiet")
        self._dismiss_button.clicked.connect(self.dismiss)

        row = QHBoxLayout()
        row.addWidget(self._message, 1)
        row.addWidget(self._details_button)
        row.addWidget(self._dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        layout.addLayout(row)
        layout.addWidget(self._details)
        place_before([self._details_button, self._dismiss_button], self)  # where it is seen
        self.retranslate()

    @property
    def message(self) -> str:
        return self._message.text() if self._built else ""

    @property
    def details(self) -> str:
        return self._details.text() if self._built else ""

    def show_notice(self, message: str, details: str = "") -> None:
        self._build()
        self._message.setText(message)
        self._details.setText(details)
        self._details_button.setVisible(bool(details))
        self._details_button.setChecked(False)
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

    def retranslate(self) -> None:
        if not self._built:
            return
        self._details_button.setText(self.tr("Details"))
        self._details_button.setAccessibleName(self.tr("Show the details of this notice"))
        self._dismiss_button.setText(self.tr("Dismiss"))
        self._dismiss_button.setAccessibleName(self.tr("Dismiss this notice"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
