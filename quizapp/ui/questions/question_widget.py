"""What every question widget offers the quiz page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from quizapp.core.grading import Answer
from quizapp.core.session import AnsweredQuestion


class QuestionWidget(QWidget):
    """One question's answer area; the quiz page asks it for the answer and shows the result."""

    answer_changed = Signal()

    def answer(self) -> Answer | None:
        """The answer as it stands, or None while it is not complete enough to check."""
        raise NotImplementedError

    def incomplete_hint(self) -> str:
        """What to do before the answer can be checked."""
        return self.tr("Answer the question first.")

    def instructions(self) -> str:
        """A short line on how to answer, shown under the prompt."""
        return ""

    def keys_hint(self) -> str:
        """Which keys answer this kind of question."""
        return self.tr("Keys: Tab move · Enter check")

    def pick(self, index: int) -> bool:
        """Number key `index + 1` was pressed; True if it chose something."""
        return False

    def show_result(self, answered: AnsweredQuestion) -> None:
        """Lock the answer and mark what was right and wrong, in words and icons."""
        raise NotImplementedError

    def focus_first(self) -> None:
        self.focusNextChild()

    def retranslate(self) -> None:
        """Redo interface texts (bank text stays as it is)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
