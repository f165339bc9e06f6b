"""Where to get help, from the help file the facilitator checks (no number is in the app)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from quizapp.core.help import HelpContact, HelpResult
from quizapp.ui.labels import make_label
from quizapp.ui.scroll_column import ScrollColumn
from quizapp.ui.theme import Theme


class HelpPage(QWidget):
    back_requested = Signal()

    def __init__(
        self,
        load_help: Callable[[str], HelpResult],
        theme: Theme,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("helpPage")
        self.setProperty("role", "page")
        self._load_help = load_help
        self._theme = theme
        self._language = language
        self._result: HelpResult | None = None
        self._content_widgets: list[QWidget] = []

        self.back_button = QPushButton()
        self.back_button.setObjectName("helpBackButton")
        self.back_button.setProperty("kind", "primary")
        self.back_button.setAutoDefault(True)
        self.back_button.clicked.connect(self.back_requested)
        top = QHBoxLayout()
        top.setContentsMargins(24, 14, 24, 0)
        top.addWidget(self.back_button)
        top.addStretch(1)

        self.scroll = ScrollColumn(theme)
        self.problem = make_label(role="error", object_name="helpProblem")
        self.problem.hide()
        self._body = QVBoxLayout()
        self._body.setSpacing(14)
        self.scroll.column_layout.addWidget(self.problem)
        self.scroll.column_layout.addLayout(self._body)
        self.scroll.column_layout.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.retranslate()

    def set_language(self, language: str) -> None:
        self._language = language

    def load(self) -> None:
        self._result = self._load_help(self._language)
        self._fill()
        self.scroll.scroll_to_top()

    # -- building -----------------------------------------------------------

    def _add(self, widget: QWidget) -> QWidget:
        self._body.addWidget(widget)
        self._content_widgets.append(widget)
        return widget

    def _fill(self) -> None:
        for widget in self._content_widgets:
            widget.setParent(None)
            widget.deleteLater()
        self._content_widgets = []
        result = self._result
        if result is None:
            return
        if result.issues:
            lines = "\n".join(str(issue) for issue in result.issues[:6])
            if result.content is not None:
                text = self.tr(
                    "A help file could not be read, so another one is shown. "
                    "Please tell your facilitator:\n{lines}"
                ).format(lines=lines)
            else:
                text = self.tr(
                    "The help file could not be read. Please tell your facilitator:\n{lines}"
                ).format(lines=lines)
            self.problem.setText(text)
            self.problem.show()
        else:
            self.problem.hide()
        content = result.content
        if content is None:
            self._add(make_label(self.tr("Where to get help"), "title", object_name="helpTitle"))
            self._add(
                make_label(
                    self.tr(
                        "Whatever has happened, it is never your fault. Talk to your facilitator "
                        "or another adult you trust, today."
                    )
                )
            )
            return
        self._add(make_label(content.title, "title", object_name="helpTitle"))
        if content.intro:
            self._add(make_label(content.intro, "subtitle", object_name="helpIntro"))
        for section in content.sections:
            card = QFrame()
            card.setProperty("role", "card")
            box = QVBoxLayout(card)
            pad = self._theme.px(16)
            box.setContentsMargins(pad, pad, pad, pad)
            box.addWidget(make_label(section.heading, "heading"))
            if section.body:
                box.addWidget(make_label(section.body))
            self._add(card)
        if content.contacts:
            self._add(make_label(self.tr("Who you can contact"), "title"))
            for number, contact in enumerate(content.contacts):
                self._add(self._contact_card(number, contact))
        if content.facilitator_note:
            note = QFrame()
            note.setProperty("role", "notice")
            box = QVBoxLayout(note)
            box.addWidget(make_label(self.tr("For facilitators"), "heading"))
            box.addWidget(make_label(content.facilitator_note, "muted"))
            if content.path is not None:
                box.addWidget(
                    make_label(self.tr("File: {path}").format(path=str(content.path)), "muted")
                )
            self._add(note)

    def _contact_card(self, number: int, contact: HelpContact) -> QFrame:
        theme = self._theme
        card = QFrame()
        card.setObjectName(f"helpContact_{number}")
        card.setProperty("role", "help")
        box = QVBoxLayout(card)
        pad = theme.px(16)
        box.setContentsMargins(pad, pad, pad, pad)
        box.setSpacing(theme.px(6))
        box.addWidget(make_label(contact.name, "heading"))
        if contact.phone:
            row = QHBoxLayout()
            icon = QLabel()
            icon.setPixmap(theme.pixmap("phone", "text", theme.px(28)))
            phone = make_label(contact.phone, "title", wrap=False, object_name="helpPhone")
            phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row.addWidget(icon)
            row.addWidget(phone)
            row.addStretch(1)
            box.addLayout(row)
        if contact.what:
            box.addWidget(make_label(contact.what))
        status = QHBoxLayout()
        status_icon = QLabel()
        if contact.verified:
            status_icon.setPixmap(theme.pixmap("verified", "right", theme.px(24)))
            words = self.tr("Checked by your facilitator")
        else:
            status_icon.setPixmap(theme.pixmap("unverified", "partial", theme.px(24)))
            words = self.tr(
                "Not checked yet: ask your facilitator whether it works before you rely on it"
            )
        status_label = make_label(words, "heading", object_name="helpVerified")
        status_label.setProperty("verified", contact.verified)
        status.addWidget(status_icon, 0, Qt.AlignmentFlag.AlignTop)
        status.addWidget(status_label, 1)
        box.addLayout(status)
        if contact.note:
            box.addWidget(make_label(contact.note, object_name="helpNote"))
        if contact.source:
            box.addWidget(
                make_label(self.tr("Source: {source}").format(source=contact.source), "muted")
            )
        card.setAccessibleName(contact.name)
        return card

    # -- look and language -------------------------------------------------------

    def _apply_theme(self) -> None:
        side = QSize(self._theme.px(22), self._theme.px(22))
        self.back_button.setIcon(self._theme.icon("arrow-left", "primary_text"))
        self.back_button.setIconSize(side)
        if self._result is not None:
            self._fill()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to where you were"))
        if self._result is not None:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.back_button.setFocus()
