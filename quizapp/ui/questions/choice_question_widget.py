"""Single choice, multiple choice and true/false: a column of big answer buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QVBoxLayout, QWidget

from quizapp.core.bank import (
    MultipleChoiceQuestion,
    Question,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from quizapp.core.grading import Answer
from quizapp.core.session import AnsweredQuestion
from quizapp.ui.answer_text import true_false_text
from quizapp.ui.questions.choice_button import ChoiceButton
from quizapp.ui.questions.question_widget import QuestionWidget
from quizapp.ui.theme import Theme


class ChoiceQuestionWidget(QuestionWidget):
    def __init__(self, question: Question, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choiceQuestion")
        self._question = question
        self._multiple = isinstance(question, MultipleChoiceQuestion)
        self._true_false = isinstance(question, TrueFalseQuestion)
        if self._true_false:
            texts = [true_false_text(True), true_false_text(False)]
        elif isinstance(question, (SingleChoiceQuestion, MultipleChoiceQuestion)):
            texts = [choice.text for choice in question.choices]
        else:
            raise TypeError(f"not a choice question: {type(question).__name__}")

        self._group = QButtonGroup(self)
        self._group.setExclusive(not self._multiple)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.px(10))
        self.buttons: list[ChoiceButton] = []
        for index, text in enumerate(texts):
            button = ChoiceButton(index, text, theme, round_mark=not self._multiple)
            self._group.addButton(button, index)
            button.toggled.connect(self.answer_changed)
            layout.addWidget(button)
            self.buttons.append(button)
        self._update_accessible_names()

    def _update_accessible_names(self) -> None:
        for index, button in enumerate(self.buttons):
            text = button.text()
            if self._true_false:
                text = true_false_text(index == 0)
                button.set_choice_text(text)
            name = self.tr("Answer {number}: {text}").format(number=index + 1, text=text)
            button.setAccessibleName(name)

    def keys_hint(self) -> str:
        return self.tr("Keys: 1–9 choose · Enter check")

    def instructions(self) -> str:
        if self._multiple:
            return self.tr("Choose all that apply.")
        if self._true_false:
            return self.tr("Is it true or false?")
        return self.tr("Choose one answer.")

    def incomplete_hint(self) -> str:
        if self._multiple:
            return self.tr("Choose at least one answer first.")
        return self.tr("Choose an answer first.")

    def chosen(self) -> list[int]:
        return [i for i, button in enumerate(self.buttons) if button.isChecked()]

    def answer(self) -> Answer | None:
        chosen = self.chosen()
        if not chosen:
            return None
        if self._multiple:
            return frozenset(chosen)
        if self._true_false:
            return chosen[0] == 0
        return chosen[0]

    def pick(self, index: int) -> bool:
        if not 0 <= index < len(self.buttons):
            return False
        button = self.buttons[index]
        if button.locked:
            return False
        button.setFocus()
        if self._multiple:
            button.setChecked(not button.isChecked())
        else:
            button.setChecked(True)
        return True

    def focus_first(self) -> None:
        if self.buttons:
            self.buttons[0].setFocus()

    def _right_indices(self) -> set[int]:
        q = self._question
        if isinstance(q, TrueFalseQuestion):
            return {0 if q.answer else 1}
        if isinstance(q, SingleChoiceQuestion):
            return {q.correct_index}
        if isinstance(q, MultipleChoiceQuestion):
            return set(q.correct_indices)
        return set()

    def show_result(self, answered: AnsweredQuestion) -> None:
        answer = answered.answer
        if isinstance(answer, bool):
            chosen = {0 if answer else 1}
        elif isinstance(answer, int):
            chosen = {answer}
        elif isinstance(answer, (frozenset, set, tuple, list)):
            chosen = set(answer)
        else:
            chosen = set()
        right = self._right_indices()
        for index, button in enumerate(self.buttons):
            button.set_locked(True)
            button.setChecked(index in chosen)
            if index in right and index in chosen:
                button.set_mark("right", self.tr("Your answer: right"), "right", "right")
            elif index in right:
                words = (
                    self.tr("This one is right too") if self._multiple else self.tr("Right answer")
                )
                button.set_mark("missed", words, "right", "right")
            elif index in chosen:
                button.set_mark("wrong", self.tr("Your answer: not right"), "wrong", "wrong")

    def retranslate(self) -> None:
        self._update_accessible_names()
