"""Bad moments: no bank chosen, a broken bank, a quiz left half way, bad pictures and files."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QPushButton

from quizapp.ui.questions.image_view import read_bank_image

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample.en.yaml"
BROKEN = """format: 1
id: broken
language: en
title: "Broken"
questions:
  - id: b-1
    kind: single
    prompt: "Which?"
    explenation: "a typo in the key"
    choices:
      - text: "A"
        correct: true
      - text: "B"
"""


def test_start_without_choosing_a_bank_says_so_inline(ui) -> None:
    ui.sign_up_with_mouse("Alina")
    banks = ui.find(QListWidget, "bankList")
    banks.clearSelection()
    ui.click(ui.button("startQuizButton"))
    assert ui.page() == "home"
    message = ui.find(QLabel, "homeMessage")
    assert message.isVisible()
    assert "Pick a topic" in message.text()
    assert QApplication.activeModalWidget() is None
    ui.start_with_mouse("sample")
    assert ui.page() == "quiz"


def test_broken_bank_in_banks_dirs_is_a_dismissible_notice(make_window, driver_for, tmp_path):
    extra = tmp_path / "more-banks"
    extra.mkdir()
    shutil.copy(SAMPLE, extra / "sample.en.yaml")
    (extra / "broken.en.yaml").write_text(BROKEN, encoding="utf-8")
    ui = driver_for(make_window(banks_dirs=[extra]))
    ui.sign_up_with_mouse("Maksim")
    notice = ui.window.findChild(type(ui.window.library_notice), "libraryNotice")
    assert notice.isVisible()
    assert "left out" in notice.message
    assert "broken.en.yaml" in notice.details
    assert "explenation" in notice.details
    assert QApplication.activeModalWidget() is None
    ui.bank_row("sample")  # the good bank is still there
    ui.click(ui.button("libraryNoticeDismissButton"))
    assert not notice.isVisible()
    ui.start_with_mouse("sample")
    assert ui.page() == "quiz"


def test_a_missing_banks_dir_is_no_problem(make_window, tmp_path) -> None:
    window = make_window(banks_dirs=[tmp_path / "does-not-exist"])
    window.library()
    assert not window.library_notice.isVisibleTo(window)


def test_quit_mid_quiz_then_resume_in_a_new_window(make_window, driver_for, data_dir) -> None:
    ui = driver_for(make_window())
    ui.sign_up_with_mouse("Daria")
    ui.start_with_mouse("sample")
    first = [ui.current_question().id]
    ui.answer_with_mouse(right=True)
    ui.next_with_mouse()
    first.append(ui.current_question().id)
    ui.answer_with_mouse(right=False)
    order = list(ui.quiz().session.question_ids)
    ui.click(ui.button("quitQuizButton"))
    assert ui.page() == "home"
    assert ui.find(QLabel, "resumeText").isVisible()
    assert "2 of 6" in ui.find(QLabel, "resumeText").text()
    ui.window.close()  # the laptop is shut

    again = driver_for(make_window())
    assert again.page() == "profiles"
    names = again.find(QListWidget, "profileList")
    again.click(names.viewport(), names.visualItemRect(names.item(0)).center())
    again.qtbot.waitUntil(lambda: again.page() == "home")
    again.click(again.button("resumeButton"))
    assert again.page() == "quiz"
    session = again.quiz().session
    assert list(session.question_ids) == order
    assert set(session.answers) == set(first)
    assert again.progress().value() == 2
    assert again.current_question().id == order[2]
    while again.page() == "quiz":
        again.answer_with_mouse(right=True)
        again.next_with_mouse()
    assert again.score() == "5 / 6"
    again.click(again.find(QPushButton, "homeButton"))
    assert not again.find(QLabel, "resumeText").isVisible()


def test_start_over_closes_the_unfinished_quiz(ui) -> None:
    ui.sign_up_with_mouse("Ivan")
    ui.start_with_mouse("sample")
    ui.answer_with_mouse()
    ui.click(ui.button("quitQuizButton"))
    assert ui.find(QLabel, "resumeText").isVisible()
    ui.click(ui.button("discardRunButton"))
    assert not ui.find(QLabel, "resumeText").isVisible()
    assert ui.window.store.unfinished_run(ui.window.profile.id) is None


def test_every_answer_is_saved_when_checked(ui) -> None:
    ui.sign_up_with_mouse("Zoya")
    ui.start_with_mouse("sample")
    store, profile = ui.window.store, ui.window.profile
    for done in range(1, 4):
        ui.answer_with_mouse(right=True)
        state = store.unfinished_run(profile.id)
        assert state is not None and len(state.answered) == done
        ui.next_with_mouse()


def test_a_finished_round_is_closed_in_the_store(ui) -> None:
    ui.sign_up_with_mouse("Roma")
    bank = ui.window.library().get("sample", "en")
    ui.window.start_quiz(bank, ["s-001"])
    ui.answer_with_mouse(right=True)
    # finished the moment the last answer is checked, before "See my score"
    assert ui.window.store.unfinished_run(ui.window.profile.id) is None
    assert ui.window.store.best_scores(ui.window.profile.id)["sample"] == (1, 1)


def test_refused_and_empty_names_are_inline(ui) -> None:
    ui.click(ui.button("createProfileButton"))
    error = ui.find(QLabel, "profileError")
    assert error.isVisible() and error.text()
    ui.sign_up_with_mouse("Vera")
    ui.click(ui.button("signOutButton"))
    edit = ui.find(type(ui.window.profiles.name_edit), "profileNameEdit")
    ui.qtbot.keyClicks(edit, "Vera")
    ui.click(ui.button("createProfileButton"))
    assert ui.page() == "profiles"
    assert error.isVisible() and error.text()
    assert len(ui.window.store.profiles()) == 1


def _picture_bank(folder: Path, picture: str) -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace(
        "    answer: false\n", f"    answer: false\n    image: {picture}\n", 1
    )
    (folder / "sample.en.yaml").write_text(text, encoding="utf-8")


def test_a_broken_picture_shows_a_placeholder(make_window, driver_for, tmp_path) -> None:
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "bad.png").write_bytes(b"\x89PNG\r\n\x1a\nthis is not a picture")
    _picture_bank(folder, "bad.png")
    ui = driver_for(make_window(banks_dirs=[folder]))
    ui.sign_up_with_mouse("Pasha")
    bank = ui.window.library().get("sample", "en")
    assert bank.question("s-002").image is not None
    ui.window.start_quiz(bank, ["s-002"])
    placeholder = ui.find(QLabel, "imagePlaceholder")
    assert placeholder.isVisible()
    ui.answer_with_mouse()
    assert ui.checked()


def test_a_good_picture_is_shown(make_window, driver_for, tmp_path) -> None:
    folder = tmp_path / "pictures"
    folder.mkdir()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    image.save(str(folder / "good.png"))
    _picture_bank(folder, "good.png")
    ui = driver_for(make_window(banks_dirs=[folder]))
    ui.sign_up_with_mouse("Gleb")
    bank = ui.window.library().get("sample", "en")
    ui.window.start_quiz(bank, ["s-002"])
    picture = ui.find(QLabel, "questionPicture")
    assert picture.isVisible()
    assert picture.pixmap().size() == QSize(40, 30)


def test_pictures_are_read_only_from_inside_the_bank_folder(tmp_path, qapp) -> None:
    inside = tmp_path / "bank"
    inside.mkdir()
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("#000000"))
    image.save(str(tmp_path / "outside.png"))
    image.save(str(inside / "inside.png"))
    fit = QSize(100, 100)
    assert read_bank_image(Path("inside.png"), inside, fit) is not None
    assert read_bank_image(Path("../outside.png"), inside, fit) is None
    assert read_bank_image(tmp_path / "outside.png", inside, fit) is None
    assert read_bank_image(Path("inside.png"), None, fit) is None
    (inside / "vector.png").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    assert read_bank_image(Path("vector.png"), inside, fit) is None
