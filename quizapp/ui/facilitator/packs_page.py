"""Question packs, for the facilitator only: check a .quizpack, then install all its banks or none.

quizapp.core.packs checks the whole pack first and installs atomically; this
page shows what it would do and asks inline before anything replaces a bank.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.core.issues import QuizappError
from quizapp.core.packs import ImportPlan, PackRefused, apply_import, plan_import, recover
from quizapp.ui.facilitator.widgets import FileField, InlineConfirm, MessageLabel, Tone, fill_height
from quizapp.ui.i18n import store_message
from quizapp.ui.labels import make_label
from quizapp.ui.scroll_column import ScrollColumn
from quizapp.ui.theme import Theme

MAX_DETAIL_LINES = 20


class PacksPage(QWidget):
    banks_changed = Signal()

    def __init__(self, data_dir, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packsPage")
        self._data_dir = data_dir
        self._plan: ImportPlan | None = None

        self.scroll = ScrollColumn(theme)
        fill_height(self.scroll)
        column = self.scroll.column_layout
        self.title = make_label(role="title", object_name="packsTitle")
        self.subtitle = make_label(role="muted")
        self.file = FileField("packFile", "quizapp pack (*.quizpack)")
        self.file.edit.returnPressed.connect(self.check)
        self.file.edit.textEdited.connect(lambda _text: self._forget())
        self.check_button = QPushButton()
        self.check_button.setObjectName("checkPackButton")
        self.check_button.setProperty("kind", "primary")
        self.check_button.setAutoDefault(True)
        self.check_button.clicked.connect(self.check)
        self.message = MessageLabel("packMessage")
        self.details = make_label(role="muted", object_name="packDetails")
        self.details.hide()
        self.confirm = InlineConfirm("packConfirm")
        self.confirm.confirmed.connect(self.install)
        self.confirm.cancelled.connect(self._forget)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.check_button)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addLayout(row)
        column.addWidget(self.message)
        column.addWidget(self.details)
        column.addWidget(self.confirm)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self.retranslate()

    def _forget(self) -> None:
        self._plan = None
        self.confirm.hide()

    def check(self) -> ImportPlan | None:
        self._forget()
        self.details.hide()
        path = self.file.path()
        if path is None:
            self.message.show_message(self.tr("Type or choose a .quizpack file."), Tone.ERROR)
            return None
        try:
            recover(self._data_dir)
            plan = plan_import(path, self._data_dir)
        except PackRefused as error:
            self.message.show_message(
                self.tr("Nothing to install: {error}").format(error=store_message(error)), Tone.INFO
            )
            return None
        except QuizappError as error:
            self.message.show_message(
                self.tr("This pack cannot be installed: {error}").format(
                    error=store_message(error)
                ),
                Tone.ERROR,
            )
            lines = getattr(error, "details", None) or []
            self._show_details([str(line) for line in lines])
            return None
        self._show_details(plan.lines())
        if not plan.banks:
            self.message.show_message(
                self.tr("Nothing to install: every bank in this pack is here already."),
                Tone.INFO,
            )
            return None
        self._plan = plan
        self.message.show_message(
            self.tr("The pack is good: %n banks to install.", "", len(plan.banks)), Tone.OK
        )
        question = self.tr("Install the banks of this pack for everyone on this laptop?")
        if plan.needs_confirmation:
            question += " " + self.tr("It replaces banks that are installed already.")
        self.confirm.ask(question, self.tr("Install"), self.tr("Cancel"))
        return plan

    def _show_details(self, lines: list[str]) -> None:
        shown = lines[:MAX_DETAIL_LINES]
        if len(lines) > MAX_DETAIL_LINES:
            shown.append(self.tr("… and %n more", "", len(lines) - MAX_DETAIL_LINES))
        self.details.setText("\n".join(shown))
        self.details.setVisible(bool(shown))

    def install(self) -> None:
        plan = self._plan
        self._plan = None
        if plan is None:
            return
        try:
            result = apply_import(plan)
        except QuizappError as error:
            self.message.show_message(
                self.tr("Nothing was installed: {error}").format(error=store_message(error)),
                Tone.ERROR,
            )
            return
        self._show_details(result.lines())
        count = len(result.installed) + len(result.updated)
        self.message.show_message(
            self.tr("Installed %n banks. Students see them on their topic list now.", "", count),
            Tone.OK,
        )
        self.banks_changed.emit()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Question packs"))
        self.subtitle.setText(
            self.tr(
                "Install banks that other camps shared as a .quizpack file, e.g. from a USB "
                "stick. Every bank in the pack is checked first; all are installed, or none."
            )
        )
        self.file.edit.setAccessibleName(self.tr("Pack file to install"))
        self.file.edit.setPlaceholderText(self.tr("…/banks.quizpack"))
        self.check_button.setText(self.tr("Check the pack"))
        self.check_button.setAccessibleName(self.tr("Check the pack before installing it"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
