"""Match each item on the left with its partner: one drop-down list per item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.bank import MatchQuestion
from quizapp.core.grading import Answer
from quizapp.core.session import AnsweredQuestion
from quizapp.ui.bank_text import strip_marks
from quizapp.ui.labels import make_label, set_state
from quizapp.ui.questions.question_widget import QuestionWidget
from quizapp.ui.theme import Theme


class MatchQuestionWidget(QuestionWidget):
    def __init__(
        self,
        question: MatchQuestion,
        display_order: list[int],
        theme: Theme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("matchQuestion")
        self._question = question
        self._theme = theme
        size = len(question.pairs)
        order = display_order if sorted(display_order) == list(range(size)) else list(range(size))
        self._order = order

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.px(10))
        self.combos: list[QComboBox] = []
        self._marks: list[tuple[QLabel, QLabel]] = []
        for left_index, (left, _) in enumerate(question.pairs):
            card = QFrame()
            card.setProperty("role", "card")
            card.setObjectName(f"matchRow_{left_index}")
            row = QVBoxLayout(card)
            pad = theme.px(12)
            row.setContentsMargins(pad, pad, pad, pad)
            row.setSpacing(theme.px(6))
            label = make_label(
                left, "heading", bank_text=True, object_name=f"matchLeft_{left_index}"
            )
            combo = QComboBox()
            combo.setObjectName(f"match_{left_index}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.addItem("", -1)
            for right_index in order:
                combo.addItem(strip_marks(question.pairs[right_index][1]), right_index)
            combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
            combo.view().setWordWrap(True)
            combo.currentIndexChanged.connect(self.answer_changed)
            label.setBuddy(combo)
            mark_icon = QLabel()
            mark_text = make_label(role="choiceMark")
            marks = QHBoxLayout()
            marks.addWidget(mark_icon, 0, Qt.AlignmentFlag.AlignTop)
            marks.addWidget(mark_text, 1)
            mark_icon.hide()
            mark_text.hide()
            row.addWidget(label)
            row.addWidget(combo)
            row.addLayout(marks)
            layout.addWidget(card)
            self.combos.append(combo)
            self._marks.append((mark_icon, mark_text))
        self.retranslate()

    def retranslate(self) -> None:
        for left_index, combo in enumerate(self.combos):
            combo.setItemText(0, self.tr("Choose its partner…"))
            left = strip_marks(self._question.pairs[left_index][0])
            combo.setAccessibleName(self.tr("Partner for: {item}").format(item=left))

    def keys_hint(self) -> str:
        return self.tr("Keys: Tab next item · ↑/↓ choose its partner · Enter check")

    def instructions(self) -> str:
        return self.tr("Pick the partner of each item from its list.")

    def incomplete_hint(self) -> str:
        return self.tr("Pick a partner for every item first.")

    def answer(self) -> Answer | None:
        # An item left unmatched (-1) is simply wrong: pressing Check always checks,
        # so nobody is stuck on a question, and the feedback shows every right pair.
        return tuple(int(combo.currentData()) for combo in self.combos)

    def choose(self, left_index: int, right_index: int) -> None:
        """Pair a left item with a right one (bank indices); used by tests and scripts."""
        combo = self.combos[left_index]
        combo.setCurrentIndex(combo.findData(right_index))

    def focus_first(self) -> None:
        if self.combos:
            self.combos[0].setFocus()

    def show_result(self, answered: AnsweredQuestion) -> None:
        given = answered.answer if isinstance(answered.answer, tuple) else ()
        side = self._theme.px(22)
        for left_index, combo in enumerate(self.combos):
            combo.setEnabled(False)
            chosen = given[left_index] if left_index < len(given) else -1
            icon, text = self._marks[left_index]
            if chosen == left_index:
                set_state(combo, "right")
                icon.setPixmap(self._theme.pixmap("right", "right", side))
                text.setText(self.tr("Right"))
            else:
                set_state(combo, "wrong")
                icon.setPixmap(self._theme.pixmap("wrong", "wrong", side))
                right = strip_marks(self._question.pairs[left_index][1])
                text.setText(self.tr("Not right. Its partner is: {right}").format(right=right))
            combo.setAccessibleDescription(text.text())
            icon.show()
            text.show()
