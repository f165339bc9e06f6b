"""The objectNames and promises of UI-CONTRACT.md, which outside acceptance tests rely on."""

from __future__ import annotations

import re

from access_checks import check_names
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPushButton,
)

from quizapp.app import create_window


def test_create_window_returns_unshown_main_window_on_profiles_page(window) -> None:
    assert isinstance(window, QMainWindow)
    assert window.objectName() == "MainWindow"
    assert not window.isVisible()
    assert window.current_page_name() == "profiles"
    assert window.profile is None
    for kind, name in (
        (QLineEdit, "profileNameEdit"),
        (QAbstractButton, "createProfileButton"),
        (QListView, "profileList"),
        (QComboBox, "languageSelector"),
        (QAbstractButton, "facilitatorButton"),
    ):
        assert window.findChild(kind, name) is not None, name


def test_opens_with_nobody_signed_in_even_after_a_student_used_it(
    make_window, ui, data_dir, qtbot
) -> None:
    ui.sign_up_with_mouse("Alina")
    assert ui.page() == "home"
    ui.window.close()
    again = make_window()
    assert again.current_page_name() == "profiles"
    assert again.profile is None
    names = again.findChild(QListView, "profileList")
    assert names.model().rowCount() == 1
    assert names.model().index(0, 0).data() == "Alina"


def test_language_selector_offers_three_languages(window) -> None:
    selector = window.findChild(QComboBox, "languageSelector")
    texts = [selector.itemText(i) for i in range(selector.count())]
    assert texts == ["English", "Русский", "Беларуская"]


def test_quiz_names_and_score_label(ui) -> None:
    ui.sign_up_with_mouse("Maksim")
    assert ui.find(QListView, "bankList") is not None
    ui.start_with_mouse("sample")
    prompt = ui.find(QLabel, "questionPrompt")
    assert prompt.text() == ui.current_question().prompt
    progress = ui.progress()
    assert (progress.value(), progress.maximum()) == (0, 6)
    assert ui.find(QAbstractButton, "submitButton").isVisible()
    answered = 0
    while ui.page() == "quiz":
        question = ui.current_question()
        if hasattr(question, "choices") or hasattr(question, "answer"):
            button = ui.find(QAbstractButton, "choice_0")
            expected = question.choices[0].text if hasattr(question, "choices") else "True"
            assert button.text() == expected
        ui.answer_with_mouse(right=answered % 2 == 0)
        answered += 1
        assert ui.explanation() == question.explanation
        assert ui.progress().value() == answered
        ui.next_with_mouse()
    assert ui.page() == "results"
    assert re.fullmatch(r"\d+ / 6", ui.score())
    assert ui.score() == "3 / 6"
    ui.click(ui.find(QPushButton, "homeButton"))
    assert ui.page() == "home"


def test_choices_are_named_in_order_and_hold_their_text(ui) -> None:
    ui.sign_up_with_mouse("Daria")
    bank = ui.window.library().get("sample", "en")
    ui.window.start_quiz(bank, ["s-003"])
    question = bank.question("s-003")
    for index, choice in enumerate(question.choices):
        button = ui.find(QAbstractButton, f"choice_{index}")
        assert button.text() == choice.text
    assert ui.window.findChild(QAbstractButton, f"choice_{len(question.choices)}") is None
    ui.window.start_quiz(bank, ["s-002"])
    assert ui.find(QAbstractButton, "choice_0").text() == "True"
    assert ui.find(QAbstractButton, "choice_1").text() == "False"
    assert ui.window.findChild(QAbstractButton, "choice_2") is None


def test_every_interactive_widget_has_object_and_accessible_names(ui) -> None:
    ui.show()
    check_names(ui.window, "profiles")
    ui.sign_up_with_mouse("Sofia")
    check_names(ui.window, "home")
    ui.start_with_mouse()
    while ui.page() == "quiz":
        check_names(ui.window, f"quiz ({ui.current_question().kind.value})")
        ui.answer_with_mouse()
        check_names(ui.window, f"quiz checked ({ui.current_question().kind.value})")
        ui.next_with_mouse()
    check_names(ui.window, "results")
    ui.click(ui.find(QPushButton, "resultsHelpButton"))
    assert ui.page() == "help"
    check_names(ui.window, "help")


def test_no_modal_dialog_in_the_flows(ui) -> None:
    ui.show()
    edit = ui.find(QLineEdit, "profileNameEdit")
    ui.click(ui.button("createProfileButton"))  # empty name
    assert QApplication.activeModalWidget() is None
    assert ui.find(QLabel, "profileError").isVisible()
    ui.sign_up_with_mouse("Timur")
    ui.click(ui.button("signOutButton"))
    ui.qtbot.keyClicks(edit, "timur")
    ui.click(ui.button("createProfileButton"))  # taken
    assert QApplication.activeModalWidget() is None
    assert ui.page() == "profiles"
    assert ui.find(QLabel, "profileError").isVisible()


def test_create_window_takes_strings_and_no_extra_banks(qtbot, tmp_path) -> None:
    window = create_window(str(tmp_path / "folder"))
    qtbot.addWidget(window)
    assert window.objectName() == "MainWindow"


def test_list_models_pass_the_model_tester(ui, qtmodeltester) -> None:
    ui.sign_up_with_mouse("Lena")
    qtmodeltester.check(ui.find(QListView, "bankList").model())
    ui.click(ui.button("signOutButton"))
    qtmodeltester.check(ui.find(QListView, "profileList").model())
