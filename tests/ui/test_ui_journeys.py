"""A student's journey, from profile to score, with the mouse only and with the keyboard only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QPushButton

from quizapp.core.bank import Kind


@pytest.mark.parametrize("right", [True, False])
def test_mouse_journey_through_every_kind(ui, right: bool) -> None:
    ui.sign_up_with_mouse("Alina")
    ui.start_with_mouse("sample")
    kinds = set()
    asked = 0
    while ui.page() == "quiz":
        question = ui.current_question()
        kinds.add(question.kind)
        ui.answer_with_mouse(right=right)
        assert ui.checked()
        verdict = ui.find(QLabel, "verdictLabel").text()
        if right:
            assert verdict == "Right!"
        else:
            assert verdict in ("Not right", "Partly right")
        assert ui.find(QLabel, "verdictIcon").pixmap() is not None
        assert ui.explanation() == question.explanation
        asked += 1
        ui.next_with_mouse()
    assert kinds == set(Kind)
    assert ui.page() == "results"
    assert ui.score() == (f"{asked} / {asked}" if right else f"0 / {asked}")
    assert ui.find(QPushButton, "retryMissedButton").isVisible() is not right
    ui.click(ui.find(QPushButton, "homeButton"))
    assert ui.page() == "home"


def test_keyboard_only_journey_through_every_kind(ui) -> None:
    ui.show()
    ui.sign_up_with_keyboard("Yegor")
    banks = ui.find(QListWidget, "bankList")
    assert QApplication.focusWidget() is banks
    row = ui.bank_row("sample")
    for _ in range(row):
        ui.key(Qt.Key.Key_Down)
    if row == 0:
        ui.key(Qt.Key.Key_Space)
    ui.key(Qt.Key.Key_Return)
    ui.qtbot.waitUntil(lambda: ui.page() == "quiz")
    kinds = set()
    while ui.page() == "quiz":
        kinds.add(ui.current_question().kind)
        ui.answer_with_keyboard(right=True)
        assert ui.checked(), ui.current_question().kind
        assert QApplication.focusWidget() is ui.find(QPushButton, "nextButton")
        assert ui.find(QLabel, "verdictLabel").text() == "Right!"
        ui.key(Qt.Key.Key_Return)
    assert kinds == set(Kind)
    assert ui.page() == "results"
    assert ui.score() == "6 / 6"
    assert QApplication.focusWidget() is ui.find(QPushButton, "homeButton")
    ui.key(Qt.Key.Key_Return)
    ui.qtbot.waitUntil(lambda: ui.page() == "home")


def test_enter_checks_then_goes_on(ui) -> None:
    ui.sign_up_with_mouse("Sofia")
    bank = ui.window.library().get("sample", "en")
    ui.window.start_quiz(bank, ["s-001", "s-002"])
    ui.show()
    ui.key(Qt.Key.Key_1)
    ui.key(Qt.Key.Key_Return)
    assert ui.checked()
    assert ui.progress().value() == 1
    ui.key(Qt.Key.Key_Return)
    assert ui.current_question().id == "s-002"
    assert not ui.checked()


def test_number_keys_toggle_multiple_choices(ui) -> None:
    ui.sign_up_with_mouse("Sofia")
    bank = ui.window.library().get("sample", "en")
    ui.window.start_quiz(bank, ["s-003"])
    ui.show()
    ui.key(Qt.Key.Key_1)
    ui.key(Qt.Key.Key_3)
    ui.key(Qt.Key.Key_2)
    ui.key(Qt.Key.Key_2)
    chosen = [ui.button(f"choice_{i}").isChecked() for i in range(3)]
    assert chosen == [True, False, True]
    ui.key(Qt.Key.Key_Return)
    assert ui.find(QLabel, "verdictLabel").text() == "Right!"


def test_answers_cannot_change_after_checking(ui) -> None:
    ui.sign_up_with_mouse("Kira")
    bank = ui.window.library().get("sample", "en")
    ui.window.start_quiz(bank, ["s-001"])
    ui.click(ui.button("choice_1"))
    ui.click(ui.button("submitButton"))
    ui.click(ui.button("choice_0"))
    ui.key(Qt.Key.Key_1)
    assert ui.button("choice_1").isChecked()
    assert not ui.button("choice_0").isChecked()
    assert ui.quiz().session.done == 1


def test_order_by_drag_and_drop(ui) -> None:
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    from quizapp.ui.questions.order_row import MIME_TYPE

    ui.sign_up_with_mouse("Artem")
    bank = ui.window.library().get("sample", "en")
    ui.window.start_quiz(bank, ["s-004"])
    ui.show()
    widget = ui.quiz()._widget
    target_list = widget.findChild(QWidget_type(), "orderList")
    for position in range(3):
        row = next(r for r in widget.rows if r.step_index == position)
        if widget.rows.index(row) == position:
            continue
        mime = QMimeData()
        mime.setData(MIME_TYPE, str(row.step_index).encode())
        above = widget.rows[position].geometry().top() + 2
        drop = QDropEvent(
            QPointF(10, above),
            Qt.DropAction.MoveAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        target_list.dropEvent(drop)
    assert [r.step_index for r in widget.rows] == [0, 1, 2]
    ui.click(ui.button("submitButton"))
    assert ui.find(QLabel, "verdictLabel").text() == "Right!"


def QWidget_type():
    from PySide6.QtWidgets import QWidget

    return QWidget


def test_retry_the_ones_missed(ui) -> None:
    ui.sign_up_with_mouse("Olga")
    ui.start_with_mouse("sample")
    missed = []
    right = True
    while ui.page() == "quiz":
        if not right:
            missed.append(ui.current_question().id)
        ui.answer_with_mouse(right=right)
        right = not right
        ui.next_with_mouse()
    ui.click(ui.find(QPushButton, "retryMissedButton"))
    assert ui.page() == "quiz"
    assert sorted(ui.quiz().session.question_ids) == sorted(missed)
    assert ui.progress().maximum() == len(missed)


def test_results_lead_to_the_help_screen_and_back(ui, tmp_path) -> None:
    ui.sign_up_with_mouse("Nika")
    bank = ui.window.library().get("sample", "en")
    ui.window.start_quiz(bank, ["s-002"])
    ui.answer_with_mouse()
    ui.next_with_mouse()
    assert ui.page() == "results"
    assert ui.find(QPushButton, "resultsHelpButton").isVisible()
    ui.click(ui.find(QPushButton, "resultsHelpButton"))
    assert ui.page() == "help"
    assert ui.find(QLabel, "helpTitle").text()
    ui.click(ui.find(QPushButton, "helpBackButton"))
    assert ui.page() == "results"


def test_best_score_shows_on_the_bank_card(ui) -> None:
    from quizapp.ui.pages.bank_card_delegate import BEST_TEXT_ROLE

    ui.sign_up_with_mouse("Lev")
    banks = ui.find(QListWidget, "bankList")
    item = banks.item(ui.bank_row("sample"))
    assert item.data(BEST_TEXT_ROLE) == "Not tried yet"
    ui.start_with_mouse("sample")
    while ui.page() == "quiz":
        ui.answer_with_mouse(right=True)
        ui.next_with_mouse()
    ui.click(ui.find(QPushButton, "homeButton"))
    item = banks.item(ui.bank_row("sample"))
    assert item.data(BEST_TEXT_ROLE) == "Best: 6 / 6"


def test_sign_out_returns_to_profiles_with_nobody_signed_in(ui) -> None:
    ui.sign_up_with_mouse("Mila")
    ui.click(ui.button("signOutButton"))
    assert ui.page() == "profiles"
    assert ui.window.profile is None
    ui.click(
        ui.find(QListWidget, "profileList").viewport(),
        ui.find(QListWidget, "profileList")
        .visualItemRect(ui.find(QListWidget, "profileList").item(0))
        .center(),
    )
    ui.qtbot.waitUntil(lambda: ui.page() == "home")
    assert ui.window.profile.name == "Mila"
