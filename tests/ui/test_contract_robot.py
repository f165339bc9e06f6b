"""A user who knows only UI-CONTRACT.md: object names, clicks, nothing internal.

Outside acceptance tests drive the window this way, so this test does too:
it finds widgets by objectName only, answers with `choice_0` where there are
choices and presses Check everywhere else, and must reach the score.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from quizapp.app import create_window


def named(window: QWidget, kind: type, name: str):
    widget = window.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name}"
    return widget


def visible(window: QWidget, kind: type, name: str):
    widget = window.findChild(kind, name)
    return widget if widget is not None and widget.isVisible() else None


def play_bank(qtbot, window: QWidget, title: str) -> str:
    bank_list = named(window, QAbstractItemView, "bankList")
    model = bank_list.model()
    rows = [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]
    assert title in rows, rows
    bank_list.setCurrentIndex(model.index(rows.index(title), 0))
    qtbot.mouseClick(named(window, QAbstractButton, "startQuizButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible(window, QLabel, "questionPrompt") is not None)
    prompts: list[str] = []
    for _ in range(60):
        if visible(window, QLabel, "scoreLabel") is not None:
            break
        prompt = named(window, QLabel, "questionPrompt").text()
        prompts.append(prompt)
        choice = visible(window, QAbstractButton, "choice_0")
        if choice is not None:
            qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(named(window, QAbstractButton, "submitButton"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: visible(window, QWidget, "explanationText") is not None)
        progress = named(window, QProgressBar, "quizProgress")
        assert progress.value() == len(prompts)
        qtbot.mouseClick(named(window, QAbstractButton, "nextButton"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda shown=prompt: (
                visible(window, QLabel, "scoreLabel") is not None
                or named(window, QLabel, "questionPrompt").text() != shown
            )
        )
    assert len(prompts) == len(set(prompts)), "a question was asked twice"
    score = named(window, QLabel, "scoreLabel").text()
    match = re.search(r"(\d+)\s*/\s*(\d+)", score)
    assert match and int(match.group(2)) == len(prompts)
    return score


def test_a_contract_only_robot_plays_the_sample_bank(qtbot, tmp_path: Path) -> None:
    extra = Path(__file__).resolve().parents[1] / "data"
    banks = tmp_path / "banks"
    banks.mkdir()
    (banks / "sample.en.yaml").write_bytes((extra / "sample.en.yaml").read_bytes())
    window = create_window(data_dir=tmp_path / "data", banks_dirs=[banks], lang="en")
    qtbot.addWidget(window)
    window.show()
    named(window, QLineEdit, "profileNameEdit").setText("Robot")
    qtbot.mouseClick(
        named(window, QAbstractButton, "createProfileButton"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: visible(window, QAbstractItemView, "bankList") is not None)
    score = play_bank(qtbot, window, "Sample bank")
    assert "/ 6" in score.replace("/6", "/ 6")
    qtbot.mouseClick(named(window, QAbstractButton, "homeButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible(window, QAbstractItemView, "bankList") is not None)


def test_a_contract_only_robot_plays_a_bundled_bank_of_every_kind(qtbot, tmp_path: Path) -> None:
    window = create_window(data_dir=tmp_path / "data", lang="en")
    qtbot.addWidget(window)
    window.show()
    named(window, QLineEdit, "profileNameEdit").setText("Robot")
    qtbot.mouseClick(
        named(window, QAbstractButton, "createProfileButton"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: visible(window, QAbstractItemView, "bankList") is not None)
    bank_list = named(window, QAbstractItemView, "bankList")
    title = bank_list.model().index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    score = play_bank(qtbot, window, title)
    assert "/ 10" in score.replace("/10", "/ 10")
