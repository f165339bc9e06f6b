"""The door to the facilitator area: set the PIN on first use (typed twice), then ask for it.

Every message is inline. A wrong PIN opens nothing; after a few wrong tries
the PinGuard makes the next try wait, and the page counts the wait down.
"""

from __future__ import annotations

import enum
import math

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from quizapp.core.pin import PinGuard, pin_problem, pin_warning
from quizapp.core.store import Store, StoreError
from quizapp.ui.facilitator.widgets import MessageLabel, Tone
from quizapp.ui.i18n import store_message
from quizapp.ui.labels import make_label
from quizapp.ui.theme import Theme


class PinStep(enum.Enum):
    ENTER = "enter"  # a PIN is set: type it
    CREATE = "create"  # first use: choose one
    CONFIRM = "confirm"  # first use: type it again


class PinPage(QWidget):
    unlocked = Signal(bool)  # True when the PIN was set just now
    left = Signal()

    def __init__(self, store: Store, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPage")
        self._theme = theme
        self.guard = PinGuard(store)
        self._step = PinStep.ENTER
        self._first: str | None = None
        self._note = ""  # said above the field, e.g. "the session is over"
        self._countdown = QTimer(self)
        self._countdown.setInterval(500)
        self._countdown.timeout.connect(self._tick)

        self.icon = QLabel()
        self.icon.setObjectName("pinIcon")
        self.title = make_label(role="title", object_name="pinTitle")
        self.note = make_label(role="subtitle", object_name="pinNote")
        self.explanation = make_label(object_name="pinExplanation")
        self.pin_label = make_label(role="heading", wrap=False)
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(32)
        self.pin_edit.returnPressed.connect(self.confirm)
        self.pin_label.setBuddy(self.pin_edit)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("pinConfirmButton")
        self.confirm_button.setProperty("kind", "primary")
        self.confirm_button.setAutoDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        self.restart_button = QPushButton()
        self.restart_button.setObjectName("pinRestartButton")
        self.restart_button.setProperty("kind", "quiet")
        self.restart_button.setAutoDefault(True)
        self.restart_button.clicked.connect(self._restart)
        self.message = MessageLabel("pinMessage")
        self.advice = MessageLabel("pinAdvice")
        self.back_button = QPushButton()
        self.back_button.setObjectName("pinBackButton")
        self.back_button.setAutoDefault(True)
        self.back_button.clicked.connect(self.left)

        field = QHBoxLayout()
        field.addWidget(self.pin_edit, 1)
        field.addWidget(self.confirm_button)
        column = QVBoxLayout()
        column.setSpacing(14)
        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addWidget(self.title, 1)
        column.addLayout(title_row)
        column.addWidget(self.note)
        column.addWidget(self.explanation)
        column.addSpacing(6)
        column.addWidget(self.pin_label)
        column.addLayout(field)
        column.addWidget(self.message)
        column.addWidget(self.advice)
        column.addWidget(self.restart_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        QWidget.setTabOrder(self.pin_edit, self.confirm_button)
        QWidget.setTabOrder(self.confirm_button, self.restart_button)
        QWidget.setTabOrder(self.restart_button, self.back_button)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.reset()

    # -- state ------------------------------------------------------------------

    @property
    def step(self) -> PinStep:
        return self._step

    def reset(self, note: str = "") -> None:
        """Back to the start: ask for the PIN, or to choose one when none is set."""
        self._note = note
        self._first = None
        try:
            is_set = self.guard.is_set
        except StoreError as error:
            is_set = True
            self.message.show_message(store_message(error), Tone.ERROR)
        self._step = PinStep.ENTER if is_set else PinStep.CREATE
        self.pin_edit.clear()
        self.message.clear_message()
        self.advice.clear_message()
        self.retranslate()
        self._tick()

    def _restart(self) -> None:
        self._first = None
        self._step = PinStep.CREATE
        self.pin_edit.clear()
        self.message.clear_message()
        self.advice.clear_message()
        self.retranslate()
        self.pin_edit.setFocus()

    def confirm(self) -> None:
        pin = self.pin_edit.text()
        self.pin_edit.clear()
        self.pin_edit.setFocus()
        try:
            if self._step is PinStep.CREATE:
                self._create(pin)
            elif self._step is PinStep.CONFIRM:
                self._confirm(pin)
            else:
                self._enter(pin)
        except StoreError as error:  # the store says what went wrong; nothing opens
            self.message.show_message(store_message(error), Tone.ERROR)

    def _create(self, pin: str) -> None:
        if pin_problem(pin):
            self.message.show_message(
                self.tr("A PIN has 4 to 32 letters or digits, with no spaces. Try another."),
                Tone.ERROR,
            )
            return
        self._first = pin
        self._step = PinStep.CONFIRM
        self.message.show_message(lambda: self.tr("Now type the same PIN again to confirm it."))
        if pin_warning(pin):
            self.advice.show_message(
                self.tr(
                    "This PIN is easy to guess. It will work, but you may want another: "
                    "press “Choose a different PIN”."
                ),
                Tone.INFO,
            )
        self.retranslate()

    def _confirm(self, pin: str) -> None:
        if pin != self._first:
            self._first = None
            self._step = PinStep.CREATE
            self.advice.clear_message()
            self.message.show_message(
                self.tr("The two PINs were not the same. Type a new PIN, then type it again."),
                Tone.ERROR,
            )
            self.retranslate()
            return
        self.guard.set_pin(pin)
        self._first = None
        self._step = PinStep.ENTER
        self.message.clear_message()
        self.advice.clear_message()
        self.retranslate()
        self.unlocked.emit(True)

    def _enter(self, pin: str) -> None:
        result = self.guard.check(pin)
        if result.ok:
            self.message.clear_message()
            self._countdown.stop()
            self.unlocked.emit(False)
            return
        if result.wait_seconds > 0:
            self._tick()
        else:
            self.message.show_message(self.tr("That PIN is not right. Try again."), Tone.ERROR)

    # -- the wait after wrong tries -------------------------------------------------

    def wait_seconds(self) -> int:
        if self._step is not PinStep.ENTER:
            return 0
        try:
            return math.ceil(self.guard.wait_seconds())
        except (StoreError, ValueError):
            return 0

    def _tick(self) -> None:
        wait = self.wait_seconds()
        waiting = wait > 0
        self.confirm_button.setEnabled(not waiting)
        if waiting:
            self.message.show_message(
                self.tr("Too many wrong tries. Wait %n seconds, then try again.", "", wait),
                Tone.ERROR,
            )
            if not self._countdown.isActive():
                self._countdown.start()
        elif self._countdown.isActive():
            self._countdown.stop()
            self.message.show_message(self.tr("You can try the PIN again now."), Tone.INFO)

    # -- look and language ---------------------------------------------------------

    def _apply_theme(self) -> None:
        self.icon.setPixmap(self._theme.pixmap("lock", "primary", self._theme.px(44)))
        side = QSize(self._theme.px(22), self._theme.px(22))
        self.confirm_button.setIcon(self._theme.icon("arrow-right", "primary_text"))
        self.confirm_button.setIconSize(side)
        self.back_button.setIcon(self._theme.icon("arrow-left", "text"))
        self.back_button.setIconSize(side)

    def retranslate(self) -> None:
        self.note.setText(self._note)
        self.note.setVisible(bool(self._note))
        if self._step is PinStep.ENTER:
            self.title.setText(self.tr("Facilitator area"))
            self.explanation.setText(
                self.tr("Type the facilitator PIN. Students: this part is for your facilitator.")
            )
            self.pin_label.setText(self.tr("PIN"))
            self.confirm_button.setText(self.tr("Open"))
            self.confirm_button.setAccessibleName(self.tr("Open the facilitator area"))
        elif self._step is PinStep.CREATE:
            self.title.setText(self.tr("Set a facilitator PIN"))
            self.explanation.setText(
                self.tr(
                    "No PIN is set on this laptop yet. Choose one (4 to 32 letters or digits) "
                    "and keep it from the students: it guards the reports, profiles and the "
                    "reset. A forgotten PIN is cleared with “quizapp facilitator reset-pin”."
                )
            )
            self.pin_label.setText(self.tr("New PIN"))
            self.confirm_button.setText(self.tr("Next"))
            self.confirm_button.setAccessibleName(self.tr("Use this PIN, then confirm it"))
        else:
            self.title.setText(self.tr("Confirm the PIN"))
            self.explanation.setText(self.tr("Type the new PIN once more, to be sure of it."))
            self.pin_label.setText(self.tr("New PIN again"))
            self.confirm_button.setText(self.tr("Set the PIN"))
            self.confirm_button.setAccessibleName(self.tr("Confirm and set the PIN"))
        self.pin_edit.setAccessibleName(self.pin_label.text())
        self.restart_button.setText(self.tr("Choose a different PIN"))
        self.restart_button.setAccessibleName(self.tr("Start again with a different PIN"))
        self.restart_button.setVisible(self._step is PinStep.CONFIRM)
        self.back_button.setText(self.tr("Back to students"))
        self.back_button.setAccessibleName(self.tr("Back to the list of students"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.pin_edit.setFocus()
        self._tick()

    def hideEvent(self, event) -> None:
        self._countdown.stop()
        super().hideEvent(event)
