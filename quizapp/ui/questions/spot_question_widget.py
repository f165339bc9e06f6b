"""Spot the red flags: the message is shown as tappable pieces flowing like text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from quizapp.core.bank import SpotQuestion
from quizapp.core.grading import Answer
from quizapp.core.session import AnsweredQuestion
from quizapp.ui.labels import make_label
from quizapp.ui.questions.flow_layout import FlowLayout
from quizapp.ui.questions.question_widget import QuestionWidget
from quizapp.ui.questions.spot_segment_button import SpotSegmentButton
from quizapp.ui.theme import Theme


class SpotQuestionWidget(QuestionWidget):
    def __init__(self, question: SpotQuestion, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("spotQuestion")
        self._question = question
        self._theme = theme

        phone = QFrame()
        phone.setProperty("role", "phone")
        phone.setObjectName("spotMessage")
        header = QFrame()
        header.setProperty("role", "phoneHeader")
        header_row = QHBoxLayout(header)
        sender = question.sender.strip()
        avatar = make_label((sender[:1] or "?").upper(), "avatar", wrap=False)
        avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._sender = make_label(sender, "sender", bank_text=True)
        header_row.addWidget(avatar)
        header_row.addWidget(self._sender, 1)

        bubble = QFrame()
        bubble.setObjectName("spotBubble")
        bubble.setProperty("role", "post")
        self._flow = FlowLayout(bubble, spacing=theme.px(4))
        pad = theme.px(12)
        self._flow.setContentsMargins(pad, pad, pad, pad)
        self.segments: list[SpotSegmentButton] = []
        for index, part in enumerate(question.parts):
            text = part.text.strip()
            if not text:
                continue
            segment = SpotSegmentButton(index, text, theme)
            segment.toggled.connect(self.answer_changed)
            self._flow.addWidget(segment)
            self.segments.append(segment)

        body = QVBoxLayout()
        body.setContentsMargins(pad, pad, pad, pad)
        body.addWidget(bubble)
        column = QVBoxLayout(phone)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addLayout(body)
        if not sender:
            header.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(phone)
        self.retranslate()

    def retranslate(self) -> None:
        for segment in self.segments:
            if not segment.locked:  # a checked part's tooltip tells its result
                segment.setToolTip(self.tr("Tap to mark this part as a red flag"))

    def keys_hint(self) -> str:
        return self.tr("Keys: Tab next part · Space mark it · Enter check")

    def instructions(self) -> str:
        return self.tr("Tap each part of the message that is a red flag. Tap again to undo.")

    def incomplete_hint(self) -> str:
        return self.tr("Tap at least one part of the message first.")

    def answer(self) -> Answer | None:
        # Tapping nothing is an answer too ("I see no red flag"), graded like any other.
        return frozenset(s.part_index for s in self.segments if s.isChecked())

    def pick(self, index: int) -> bool:
        if 0 <= index < len(self.segments) and not self.segments[index].locked:
            segment = self.segments[index]
            segment.setFocus()
            segment.setChecked(not segment.isChecked())
            return True
        return False

    def focus_first(self) -> None:
        if self.segments:
            self.segments[0].setFocus()

    def show_result(self, answered: AnsweredQuestion) -> None:
        tapped = answered.answer if isinstance(answered.answer, frozenset) else frozenset()
        for segment in self.segments:
            part = self._question.parts[segment.part_index]
            chosen = segment.part_index in tapped
            if part.flag and chosen:
                segment.set_mark("right", self.tr("Red flag: you found it"), "right", "right")
            elif part.flag:
                segment.set_mark("missed", self.tr("Red flag you missed"), "flag", "right")
            elif chosen:
                segment.set_mark("wrong", self.tr("Not a red flag"), "wrong", "wrong")
            else:
                segment.set_mark("plain", self.tr("Not a red flag"))
