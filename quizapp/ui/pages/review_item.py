"""One question in the review after a round: right or not, your answer, the right one, why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from quizapp.core.bank import SpotQuestion
from quizapp.core.session import AnsweredQuestion
from quizapp.ui.answer_text import (
    describe_answer,
    describe_right_answer,
    spot_review,
    verdict_icon,
    verdict_state,
    verdict_text,
)
from quizapp.ui.labels import make_label, set_state
from quizapp.ui.theme import Theme


class ReviewItem(QFrame):
    def __init__(
        self, number: int, answered: AnsweredQuestion, theme: Theme, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"review_{number}")
        self.setProperty("role", "feedback")
        self.answered = answered
        question, grade = answered.question, answered.grade
        set_state(self, verdict_state(grade))

        icon_name, color = verdict_icon(grade)
        icon = QLabel()
        icon.setPixmap(theme.pixmap(icon_name, color, theme.px(30)))
        icon.setAccessibleName(verdict_text(grade))
        verdict = make_label(
            self.tr("Question {number}: {verdict}").format(
                number=number, verdict=verdict_text(grade)
            ),
            "heading",
        )
        verdict.setProperty("state", verdict_state(grade))
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(verdict, 1)

        layout = QVBoxLayout(self)
        pad = theme.px(16)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(theme.px(6))
        layout.addLayout(head)
        layout.addWidget(make_label(question.prompt, bank_text=True, object_name="reviewPrompt"))
        if isinstance(question, SpotQuestion):
            layout.addWidget(make_label(self.tr("The red flags"), "muted"))
            layout.addWidget(make_label(spot_review(question, answered.answer)))
        else:
            layout.addWidget(make_label(self.tr("Your answer"), "muted"))
            layout.addWidget(
                make_label(describe_answer(question, answered.answer), object_name="reviewAnswer")
            )
            if not grade.correct:
                layout.addWidget(make_label(self.tr("The right answer"), "muted"))
                layout.addWidget(
                    make_label(describe_right_answer(question), object_name="reviewRightAnswer")
                )
        layout.addWidget(make_label(self.tr("Why"), "muted"))
        layout.addWidget(
            make_label(question.explanation, bank_text=True, object_name="reviewExplanation")
        )
