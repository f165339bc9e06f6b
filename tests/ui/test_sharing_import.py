"""Import what teachers already have: GIFT and Aiken files in the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QPushButton

from quizapp.core.loader import check_bank_file

IMPORTS = Path(__file__).resolve().parents[1] / "data" / "imports"
WAIT_MS = 20_000


def open_import_page(ui):
    ui.sign_up_with_mouse("Teacher")
    ui.click(ui.button("createButton"))
    assert ui.page() == "create"
    ui.click(ui.button("importQuestionsButton"))
    assert ui.page() == "import-questions"
    return ui.window.page("import-questions")


def test_gift_file_is_previewed_reported_and_saved(ui, data_dir: Path) -> None:
    page = open_import_page(ui)
    with ui.qtbot.waitSignal(page.converted, timeout=WAIT_MS) as blocker:
        page.convert(IMPORTS / "every-feature.gift")
    report = blocker.args[0]
    assert report.format == "gift" and report.question_ids
    assert not (data_dir / "banks").exists()  # nothing saved before asked

    summary = page.findChild(QLabel, "importSummary").text()
    assert f"{len(report.question_ids)} questions carried over" in summary
    skipped = page.findChild(QLabel, "importSkipped")
    assert skipped.isVisible()
    assert "Capital (short answer)" in skipped.text()  # named, with its line and reason
    assert "line 45" in skipped.text() and "no quizapp kind" in skipped.text()

    # the preview is the quiz's own widget, under names of its own
    questions = page.findChild(QListWidget, "importQuestionList")
    assert questions.count() == len(report.question_ids)
    assert page.preview.question_widget is not None
    assert page.findChild(QAbstractButton, "importPreviewChoice_0") is not None
    assert ui.window.findChild(QAbstractButton, "choice_0") is None
    questions.setCurrentRow(2)
    assert page.preview.question.id == page.bank.questions[2].id

    ui.click(page.findChild(QPushButton, "saveImportedButton"))
    status = page.findChild(QLabel, "importQuestionsStatus")
    assert status.isVisible() and "home page" in status.text()
    saved = data_dir / "banks" / report.bank_id / f"{report.bank_id}.en.yaml"
    bank, issues = check_bank_file(saved)
    assert issues == [] and bank is not None
    assert len(bank.questions) == len(report.question_ids)

    ui.window.go_home()
    banks = ui.find(QListWidget, "bankList")
    ids = [banks.item(r).data(Qt.ItemDataRole.UserRole) for r in range(banks.count())]
    assert report.bank_id in ids


def test_aiken_in_russian_and_a_broken_file(ui) -> None:
    page = open_import_page(ui)
    page.set_language("ru")
    with ui.qtbot.waitSignal(page.converted, timeout=WAIT_MS) as blocker:
        page.convert(IMPORTS / "every-feature.aiken.txt")
    assert blocker.args[0].language == "ru"
    assert blocker.args[0].format == "aiken"

    with ui.qtbot.waitSignal(page.conversion_failed, timeout=WAIT_MS) as failed:
        page.convert(IMPORTS / "broken.gift")
    problem = page.findChild(QLabel, "importQuestionsProblem")
    assert problem.isVisible() and problem.text() == failed.args[0]
    assert "broken.gift:" in problem.text()  # says where
    assert not page.findChild(QPushButton, "saveImportedButton").isVisible()
