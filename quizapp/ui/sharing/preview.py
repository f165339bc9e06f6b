"""A question as the quiz will show it, in the quiz's own widgets, with a 'try it' check."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from quizapp.core.bank import Bank, Question
from quizapp.core.grading import grade
from quizapp.core.session import AnsweredQuestion, QuizSession
from quizapp.ui.bank_text import show_bank_text
from quizapp.ui.labels import make_label
from quizapp.ui.pages.feedback_panel import FeedbackPanel
from quizapp.ui.questions.factory import question_widget_for
from quizapp.ui.questions.image_view import ImageView
from quizapp.ui.questions.question_widget import QuestionWidget
from quizapp.ui.questions.scenario_view import ScenarioView
from quizapp.ui.sharing.widgets import make_button, set_texts
from quizapp.ui.theme import Theme


def rename_descendants(widget: QWidget, prefix: str) -> None:
    """Give the quiz widgets inside a preview names of their own.

    The quiz page's `choice_0`, `submitButton` and the like are looked up by
    name; a preview elsewhere in the window must never be found instead.
    """
    for child in [widget, *widget.findChildren(QWidget)]:
        name = child.objectName()
        if name and not name.startswith(prefix):
            child.setObjectName(f"{prefix}{name[:1].upper()}{name[1:]}")


class QuestionPreview(QFrame):
    """Shows one question; `try_button` checks the answer given in the preview."""

    shown = Signal()

    def __init__(self, theme: Theme, object_name: str = "questionPreview", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("role", "preview")
        self._theme = theme
        self._prefix = object_name
        self._question: Question | None = None
        self._widget: QuestionWidget | None = None
        self._extras: list[QWidget] = []
        self._folder: Path | None = None
        self._placeholder_text = ""

        self.placeholder = make_label(role="hint", object_name=f"{object_name}Placeholder")
        self.prompt = make_label(object_name=f"{object_name}Prompt", bank_text=True)
        self.prompt.setProperty("role", "heading")
        self.instructions = make_label(role="hint", object_name=f"{object_name}Instructions")
        self._extras_layout = QVBoxLayout()
        self._extras_layout.setContentsMargins(0, 0, 0, 0)
        self._holder = QVBoxLayout()
        self._holder.setContentsMargins(0, 0, 0, 0)
        self.feedback = FeedbackPanel(theme)
        rename_descendants(self.feedback, object_name)
        self.try_button = make_button(f"{object_name}TryButton")
        self.try_button.clicked.connect(self.try_answer)
        self.again_button = make_button(f"{object_name}AgainButton", "quiet")
        self.again_button.clicked.connect(self._again)
        self.message = make_label(role="hint", object_name=f"{object_name}Message")
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.try_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        pad = theme.px(14)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(theme.px(10))
        layout.addWidget(self.placeholder)
        layout.addLayout(self._extras_layout)
        layout.addWidget(self.prompt)
        layout.addWidget(self.instructions)
        layout.addLayout(self._holder)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)
        self.retranslate()
        self.show_placeholder("")

    @property
    def question(self) -> Question | None:
        return self._question

    @property
    def question_widget(self) -> QuestionWidget | None:
        return self._widget

    def _clear(self) -> None:
        for widget in [*self._extras, self._widget]:
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self._extras = []
        self._widget = None
        self.feedback.hide()
        self.message.hide()

    def show_placeholder(self, text: str) -> None:
        self._clear()
        self._question = None
        self._placeholder_text = text
        self.placeholder.setText(text or self.tr("The preview appears here as you write."))
        self.placeholder.show()
        for widget in (self.prompt, self.instructions, self.try_button, self.again_button):
            widget.hide()

    def show_question(self, question: Question, folder: Path | None = None) -> None:
        self._clear()
        self._question = question
        self._folder = folder
        self.placeholder.hide()
        if question.scenario is not None:
            self._add_extra(ScenarioView(question.scenario, self._theme))
        if question.image is not None:
            self._add_extra(ImageView(question.image, folder, self._theme))
        show_bank_text(self.prompt, question.prompt)
        bank = Bank(id="preview", language="en", title="", questions=(question,))
        session = QuizSession(bank, [question.id], seed=random.randrange(2**31))
        widget = question_widget_for(question, session.display_order(question), self._theme)
        rename_descendants(widget, self._prefix)
        widget.answer_changed.connect(self.message.hide)
        self._widget = widget
        self._holder.addWidget(widget)
        widget.show()
        self.instructions.setText(widget.instructions())
        for shown in (self.prompt, self.instructions, self.try_button):
            shown.show()
        self.again_button.hide()
        self.try_button.setEnabled(True)
        self.shown.emit()

    def _add_extra(self, widget: QWidget) -> None:
        rename_descendants(widget, self._prefix)
        self._extras.append(widget)
        self._extras_layout.addWidget(widget)
        widget.show()

    def try_answer(self) -> None:
        """Check the answer given in the preview, as the quiz would."""
        if self._widget is None or self._question is None:
            return
        answer = self._widget.answer()
        if answer is None:
            self.message.setText(self._widget.incomplete_hint())
            self.message.show()
            return
        answered = AnsweredQuestion(self._question, answer, grade(self._question, answer), 0.0)
        self._widget.show_result(answered)
        self.feedback.show_answer(answered)
        self.try_button.setEnabled(False)
        self.again_button.show()
        self.again_button.setFocus()

    def _again(self) -> None:
        if self._question is not None:
            self.show_question(self._question, self._folder)
            if self._widget is not None:
                self._widget.focus_first()

    def retranslate(self) -> None:
        set_texts(
            self.try_button,
            self.tr("Try it"),
            self.tr("Try the question: check the answer given in the preview"),
        )
        set_texts(self.again_button, self.tr("Try again"))
        if self._question is None:
            self.placeholder.setText(
                self._placeholder_text or self.tr("The preview appears here as you write.")
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
