"""The help screen from the help file (facilitator's copy first), and practising weak spots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from quizapp.core.help import load_help, read_help_file
from quizapp.core.paths import bundled_assets_dir

HELP = """format: 1
language: "en"
title: "Help from the camp file"
intro: "You are not alone."
sections:
  - heading: "Talk to someone"
    body: "Your facilitator is here to listen."
contacts:
  - name: "Camp line"
    phone: "000-TEST"
    what: "A test line."
    source: "made up for a test"
    verified: true
    note: "Checked on the first day."
  - name: "Other line"
    phone: ""
    what: "A website."
    source: "test"
    verified: false
    note: "Check it."
facilitator_note: "Edit me."
"""


def _open_help(ui) -> None:
    ui.sign_up_with_mouse("Alina")
    ui.click(ui.button("helpButton"))
    assert ui.page() == "help"


def test_help_comes_from_the_facilitators_file_first(make_window, driver_for, data_dir) -> None:
    (data_dir / "help").mkdir(parents=True)
    (data_dir / "help" / "help.en.yaml").write_text(HELP, encoding="utf-8")
    ui = driver_for(make_window())
    _open_help(ui)
    assert ui.find(QLabel, "helpTitle").text() == "Help from the camp file"
    phones = [label.text() for label in ui.window.findChildren(QLabel, "helpPhone")]
    assert phones == ["000-TEST"]
    verified = [label.text() for label in ui.window.findChildren(QLabel, "helpVerified")]
    assert verified[0] == "Checked by your facilitator"
    assert verified[1].startswith("Not checked yet")
    notes = [label.text() for label in ui.window.findChildren(QLabel, "helpNote")]
    assert notes == ["Checked on the first day.", "Check it."]
    assert not ui.find(QLabel, "helpProblem").isVisible()
    ui.click(ui.find(QPushButton, "helpBackButton"))
    assert ui.page() == "home"


def test_a_broken_help_file_is_a_clear_message_not_a_crash(make_window, driver_for, data_dir):
    (data_dir / "help").mkdir(parents=True)
    (data_dir / "help" / "help.en.yaml").write_text(
        'format: 1\ntitle: "x"\ncontacts:\n  - name: "a"\n    verified: maybe\n', encoding="utf-8"
    )
    ui = driver_for(make_window())
    _open_help(ui)
    problem = ui.find(QLabel, "helpProblem")
    assert problem.isVisible()
    assert "help.en.yaml:5" in problem.text()
    assert ui.find(QLabel, "helpTitle").text()  # the bundled file (or a fallback) still shows


def test_help_falls_back_to_english(tmp_path: Path) -> None:
    (tmp_path / "help.en.yaml").write_text(HELP, encoding="utf-8")
    result = load_help(tmp_path / "user", tmp_path, "be")
    assert result.content is not None and result.content.title == "Help from the camp file"
    assert result.issues == ()


def test_help_with_no_file_at_all_still_says_where_to_turn(tmp_path: Path) -> None:
    result = load_help(tmp_path / "a", tmp_path / "b", "en")
    assert result.content is None


def test_help_file_checks(tmp_path: Path) -> None:
    path = tmp_path / "help.en.yaml"
    path.write_text(HELP.replace("verified: true", "verified: yes please"), encoding="utf-8")
    content, issues = read_help_file(path)
    assert content is None
    assert issues and issues[0].line == 13
    path.write_text(HELP.replace("format: 1", "format: 2"), encoding="utf-8")
    assert read_help_file(path)[0] is None
    path.write_text(HELP + "extra: 1\n", encoding="utf-8")
    content, issues = read_help_file(path)
    assert content is None and "unknown key 'extra'" in issues[0].message
    path.write_text("- just\n- a list\n", encoding="utf-8")
    assert read_help_file(path)[0] is None
    path.write_bytes(b"\xff\xfe not utf8")
    assert read_help_file(path)[0] is None


def test_bundled_help_files_read_cleanly() -> None:
    folder = bundled_assets_dir() / "help"
    files = sorted(folder.glob("help.*.yaml"))
    assert files, "no bundled help file"
    for path in files:
        content, issues = read_help_file(path)
        assert issues == [], issues
        assert content is not None and content.title


def test_practice_weak_spots_brings_missed_questions_back(ui) -> None:
    ui.sign_up_with_mouse("Maksim")
    bank = ui.window.library().get("sample", "en")
    ui.window.start_quiz(bank, ["s-001", "s-002"])
    ui.answer_with_mouse(right=False)
    ui.next_with_mouse()
    ui.answer_with_mouse(right=True)
    ui.next_with_mouse()
    ui.click(ui.find(QPushButton, "homeButton"))
    card = ui.find(QWidget, "practiceCard")
    assert card.isVisible()
    ui.click(ui.button("practiceButton"))
    assert ui.page() == "quiz"
    assert ui.quiz().session.question_ids == ["s-001"]
    ui.answer_with_mouse(right=True)
    ui.next_with_mouse()
    ui.click(ui.find(QPushButton, "homeButton"))
    # a practice round does not count as a best score
    assert ui.window.store.best_scores(ui.window.profile.id)["sample"] == (1, 2)


def test_a_long_page_scrolls_to_its_end_and_no_further(make_window, driver_for) -> None:
    """The bundled help is long: its column is as tall as its text at its width, no taller
    (it once kept the height of its narrowest shape: a screen of blank space below)."""
    ui = driver_for(make_window())
    _open_help(ui)
    ui.show()
    column = ui.window.current_page().findChild(QWidget, "column")
    ui.qtbot.waitUntil(lambda: column.height() == column.heightForWidth(column.width()))
    assert column.height() < column.minimumSizeHint().height()  # its narrowest shape
