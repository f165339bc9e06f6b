"""Fixtures for UI tests: a window of its own per test, and a driver that acts as a user.

The driver only clicks and types (qtbot), except where a widget is looked up
to know where to click. Waits are qtbot.waitUntil / waitSignal, never sleeps.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QWidget,
)

from quizapp.app import create_window
from quizapp.core.bank import (
    MatchQuestion,
    MultipleChoiceQuestion,
    OrderQuestion,
    SingleChoiceQuestion,
    SpotQuestion,
    TrueFalseQuestion,
)

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample.en.yaml"


@pytest.fixture
def sample_dir(tmp_path: Path) -> Path:
    """A banks folder holding only the six-kind sample bank."""
    folder = tmp_path / "extra-banks"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "sample.en.yaml")
    return folder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def make_window(qtbot, data_dir: Path, sample_dir: Path) -> Callable[..., QWidget]:
    def make(
        banks_dirs: list[Path] | None = None, lang: str | None = "en", data: Path | None = None
    ):
        window = create_window(
            data or data_dir,
            banks_dirs=[sample_dir] if banks_dirs is None else banks_dirs,
            lang=lang,
        )
        qtbot.addWidget(window)
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


class Driver:
    """Acts on a window as a person would: with the mouse or with the keyboard."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot = qtbot
        self.window = window

    # -- finding -------------------------------------------------------------

    def find(self, kind, name: str):
        widget = self.window.findChild(kind, name)
        assert widget is not None, f"no {kind.__name__} named {name}"
        return widget

    def button(self, name: str) -> QAbstractButton:
        return self.find(QAbstractButton, name)

    def page(self) -> str:
        return self.window.current_page_name()

    def quiz(self):
        return self.window.page("quiz")

    def current_question(self):
        return self.quiz().session.current

    # -- showing -------------------------------------------------------------

    def show(self) -> None:
        with self.qtbot.waitActive(self.window):
            self.window.show()
            self.window.activateWindow()

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        if not self.window.isVisible():
            self.show()
        assert widget.isVisible(), f"{widget.objectName()} is not visible"
        assert widget.isEnabled(), f"{widget.objectName()} is not enabled"
        if pos is None:
            pos = widget.rect().center()
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def key(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        if not self.window.isVisible():
            self.show()
        target = QApplication.focusWidget() or self.window
        self.qtbot.keyClick(target, key, modifier)

    # -- profiles and home ---------------------------------------------------

    def sign_up_with_mouse(self, name: str) -> None:
        edit = self.find(QLineEdit, "profileNameEdit")
        self.click(edit)
        self.qtbot.keyClicks(edit, name)
        self.click(self.button("createProfileButton"))
        self.qtbot.waitUntil(lambda: self.page() == "home")

    def sign_up_with_keyboard(self, name: str) -> None:
        if not self.window.isVisible():
            self.show()
        edit = self.find(QLineEdit, "profileNameEdit")
        edit.setFocus()
        self.qtbot.keyClicks(edit, name)
        self.qtbot.keyClick(edit, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: self.page() == "home")

    def bank_row(self, bank_id: str) -> int:
        banks = self.find(QListWidget, "bankList")
        for row in range(banks.count()):
            if banks.item(row).data(Qt.ItemDataRole.UserRole) == bank_id:
                return row
        raise AssertionError(f"bank {bank_id} is not listed")

    def start_with_mouse(self, bank_id: str = "sample") -> None:
        banks = self.find(QListWidget, "bankList")
        item = banks.item(self.bank_row(bank_id))
        banks.scrollToItem(item)
        self.click(banks.viewport(), banks.visualItemRect(item).center())
        self.click(self.button("startQuizButton"))
        self.qtbot.waitUntil(lambda: self.page() == "quiz")

    # -- answering -----------------------------------------------------------

    def answer_with_mouse(self, right: bool = True) -> None:
        quiz = self.quiz()
        question = self.current_question()
        widget = quiz._widget
        if isinstance(question, (SingleChoiceQuestion, TrueFalseQuestion, MultipleChoiceQuestion)):
            for index in self._choice_picks(question, right):
                self.click(self.button(f"choice_{index}"))
        elif isinstance(question, OrderQuestion):
            target = list(range(len(question.steps))) if right else None
            if target is not None:
                for position in range(len(target)):
                    row = next(r for r in widget.rows if r.step_index == position)
                    self.click(row)
                    for _ in range(len(widget.rows)):
                        if widget.rows.index(row) <= position:
                            break
                        self.click(self.button("moveUpButton"))
                    assert widget.rows.index(row) == position, "Move up did not move the step"
        elif isinstance(question, MatchQuestion):
            for left, combo in enumerate(widget.combos):
                right_index = left if right else (left + 1) % len(widget.combos)
                self._pick_in_combo_with_mouse(combo, combo.findData(right_index))
        elif isinstance(question, SpotQuestion):
            for segment in widget.segments:
                if question.parts[segment.part_index].flag == right:
                    self.click(segment)
        self.click(self.button("submitButton"))

    def _pick_in_combo_with_mouse(self, combo: QComboBox, index: int) -> None:
        # A combo ignores the release that follows the click opening its list for a
        # double-click interval; shorten it so that the second click counts at once.
        hints = QApplication.styleHints()
        interval = hints.mouseDoubleClickInterval()
        hints.setMouseDoubleClickInterval(0)
        try:
            self.click(combo)
            view = combo.view()
            self.qtbot.waitUntil(lambda: view.isVisible())
            QApplication.processEvents()
            rect = view.visualRect(combo.model().index(index, 0))
            self.qtbot.mouseMove(view.viewport(), rect.center())
            self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            self.qtbot.waitUntil(lambda: combo.currentIndex() == index and not view.isVisible())
        finally:
            hints.setMouseDoubleClickInterval(interval)

    @staticmethod
    def _choice_picks(question, right: bool) -> list[int]:
        if isinstance(question, TrueFalseQuestion):
            return [0 if question.answer == right else 1]
        if isinstance(question, SingleChoiceQuestion):
            wrong = next(i for i, c in enumerate(question.choices) if not c.correct)
            return [question.correct_index if right else wrong]
        correct = sorted(question.correct_indices)
        if right:
            return correct
        return [i for i in range(len(question.choices)) if i not in correct][:1]

    def answer_with_keyboard(self, right: bool = True) -> None:
        """Only key presses, from wherever the focus is when the question shows."""
        quiz = self.quiz()
        question = self.current_question()
        widget = quiz._widget
        digits = [getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)]
        if isinstance(question, (SingleChoiceQuestion, TrueFalseQuestion, MultipleChoiceQuestion)):
            for index in self._choice_picks(question, right):
                self.key(digits[index])
        elif isinstance(question, OrderQuestion):
            if right:
                for position in range(len(question.steps)):
                    current = next(i for i, r in enumerate(widget.rows) if r.step_index == position)
                    focused = widget.rows.index(QApplication.focusWidget())
                    step = Qt.Key.Key_Down if current > focused else Qt.Key.Key_Up
                    for _ in range(abs(current - focused)):
                        self.key(step)
                    for _ in range(current - position):
                        self.key(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        elif isinstance(question, MatchQuestion):
            for left, combo in enumerate(widget.combos):
                assert QApplication.focusWidget() is combo
                wanted = combo.findData(left if right else (left + 1) % len(widget.combos))
                for _ in range(wanted - combo.currentIndex()):
                    self.key(Qt.Key.Key_Down)
                self.key(Qt.Key.Key_Tab)
        elif isinstance(question, SpotQuestion):
            for segment in widget.segments:
                assert QApplication.focusWidget() is segment
                if question.parts[segment.part_index].flag == right:
                    self.key(Qt.Key.Key_Space)
                self.key(Qt.Key.Key_Tab)
        self.key(Qt.Key.Key_Return)

    def checked(self) -> bool:
        return self.button("nextButton").isVisible()

    def explanation(self) -> str:
        return self.find(QLabel, "explanationText").text()

    def progress(self) -> QProgressBar:
        return self.find(QProgressBar, "quizProgress")

    def score(self) -> str:
        return self.find(QLabel, "scoreLabel").text()

    def next_with_mouse(self) -> None:
        self.click(self.find(QPushButton, "nextButton"))


@pytest.fixture
def driver_for(qtbot):
    def make(window) -> Driver:
        return Driver(qtbot, window)

    return make


@pytest.fixture
def ui(qtbot, window) -> Driver:
    return Driver(qtbot, window)
