"""Right or not, in words and an icon; the explanation, the feedback, the right answer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from quizapp.core.bank import SpotQuestion
from quizapp.core.session import AnsweredQuestion
from quizapp.ui.answer_text import (
    chosen_feedback,
    describe_right_answer,
    spot_review,
    verdict_icon,
    verdict_state,
    verdict_text,
)
from quizapp.ui.bank_text import show_bank_text
from quizapp.ui.labels import make_label, set_state
from quizapp.ui.theme import Theme


class FeedbackPanel(QFrame):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackPanel")
        self.setProperty("role", "feedback")
        self._theme = theme
        self._answered: AnsweredQuestion | None = None

        self.verdict_icon = QLabel()
        self.verdict_icon.setObjectName("verdictIcon")
        self.verdict_label = make_label(role="verdict", object_name="verdictLabel")
        verdict_row = QHBoxLayout()
        verdict_row.setSpacing(12)
        verdict_row.addWidget(self.verdict_icon, 0, Qt.AlignmentFlag.AlignVCenter)
        verdict_row.addWidget(self.verdict_label, 1)

        self.explanation_heading = make_label(role="heading")
        self.explanation = make_label(object_name="explanationText")
        self.choice_feedback = make_label(object_name="choiceFeedback")
        self.right_heading = make_label(role="heading")
        self.right_answer = make_label(object_name="rightAnswerText")
        self.spot_heading = make_label(role="heading")
        self.spot_review = make_label(object_name="spotReviewText")

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(verdict_row)
        layout.addWidget(self.choice_feedback)
        layout.addWidget(self.explanation_heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.spot_heading)
        layout.addWidget(self.spot_review)
        layout.addWidget(self.right_heading)
        layout.addWidget(self.right_answer)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.retranslate()
        self.hide()

    def _apply_theme(self) -> None:
        pad = self._theme.px(18)
        self.layout().setContentsMargins(pad, pad, pad, pad)
        if self._answered is not None:
            icon, color = verdict_icon(self._answered.grade)
            self.verdict_icon.setPixmap(self._theme.pixmap(icon, color, self._theme.px(40)))

    def show_answer(self, answered: AnsweredQuestion) -> None:
        self._answered = answered
        question, grade = answered.question, answered.grade
        state = verdict_state(grade)
        set_state(self, state)
        set_state(self.verdict_label, state)
        self.verdict_label.setText(verdict_text(grade))
        self.verdict_icon.setAccessibleName(verdict_text(grade))
        self._apply_theme()
        show_bank_text(self.explanation, question.explanation)
        feedback = chosen_feedback(question, answered.answer)
        self.choice_feedback.setText(feedback)
        self.choice_feedback.setVisible(bool(feedback))
        is_spot = isinstance(question, SpotQuestion)
        self.spot_heading.setVisible(is_spot)
        self.spot_review.setVisible(is_spot)
        self.spot_review.setText(spot_review(question, answered.answer) if is_spot else "")
        show_right = not grade.correct and not is_spot
        self.right_heading.setVisible(show_right)
        self.right_answer.setVisible(show_right)
        self.right_answer.setText(describe_right_answer(question) if show_right else "")
        self.show()

    def clear(self) -> None:
        self._answered = None
        self.hide()
        self.explanation.clear()

    def retranslate(self) -> None:
        self.explanation_heading.setText(self.tr("Why"))
        self.right_heading.setText(self.tr("The right answer"))
        self.spot_heading.setText(self.tr("The red flags in this message"))
        if self._answered is not None:  # every text of the answer, in the new language
            self.show_answer(self._answered)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
