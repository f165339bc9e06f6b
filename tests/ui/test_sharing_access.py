"""The sharing pages for everyone: names for screen readers, the keyboard, 2x text, contrast."""

from __future__ import annotations

from pathlib import Path

from access_checks import check_names
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QPlainTextEdit,
    QWidget,
)

from quizapp.core.bank import Kind
from quizapp.core.packs import export_pack
from quizapp.ui.theme import HIGH_CONTRAST, WARM

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample.en.yaml"
GIFT = Path(__file__).resolve().parents[1] / "data" / "imports" / "every-feature.gift"
WAIT_MS = 20_000


def fits(window: QWidget) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720, hint
    assert window.size() == QSize(1280, 720)


def visit_every_sharing_page(ui, tmp_path: Path, check) -> None:
    """Every page and state of the sharing pages, calling `check(where)` on each."""
    window = ui.window
    ui.sign_up_with_mouse("Alina")
    check("home")
    ui.click(ui.button("createButton"))
    page = window.page("create")
    check("create, empty")
    for kind in Kind:
        page.new_question(kind)
        check(f"create, {kind.value}")
    page.new_question(Kind.SINGLE)
    page.bank_title.setText("Mine")
    page.form.prompt.setPlainText("Which one?")
    page.form.explanation.setPlainText("Because.")
    page.form.editors["choices"].rows[0].widgets["text"].setText("One")
    page.form.editors["choices"].rows[1].widgets["text"].setText("Two")
    page.form.editors["choices"].rows[0].widgets["correct"].setChecked(True)
    page.check_now()
    check("create, preview")
    ui.click(page.preview.try_button)
    check("create, preview tried")
    page.form.prompt.setPlainText("")
    page.save_question()
    check("create, errors")
    page.form.prompt.setPlainText("Which one?")
    assert page.save_question()
    check("create, saved")

    ui.click(ui.button("importQuestionsButton"))
    importer = window.page("import-questions")
    with ui.qtbot.waitSignal(importer.converted, timeout=WAIT_MS):
        importer.convert(GIFT)
    check("import questions")

    window.sharing.show_share()
    share = window.page("share")
    share.select_banks(["sample"])
    with ui.qtbot.waitSignal(share.exported, timeout=WAIT_MS):
        share.export_to(tmp_path / "a.quizpack")
    check("share")

    packs = window.sharing.make_pack_page(allow_import=True)
    window.add_page("test-packs", packs)
    window.show_page("test-packs")
    pack = tmp_path / "mine.quizpack"
    export_pack([SAMPLE], pack, tmp_path / "nowhere")
    with ui.qtbot.waitSignal(packs.planned, timeout=WAIT_MS):
        packs.check_pack(pack)
    check("packs, plan")

    window.sharing.show_challenge()
    check("challenge, set-up")
    challenge = window.page("challenge")
    challenge.bank_selector.setCurrentIndex(challenge.bank_selector.findData("sample"))
    challenge.set_count(3)
    challenge.friend_edit.setText("Max")
    challenge.start()
    while ui.page() == "quiz":
        ui.answer_with_mouse()
        ui.next_with_mouse()
    check("challenge, hand-over")
    ui.click(ui.button("friendStartButton"))
    while ui.page() == "quiz":
        ui.answer_with_mouse(right=False)
        ui.next_with_mouse()
    check("challenge, result")

    ui.click(ui.button("challengeAnswersButton"))
    ui.click(ui.button("resultCardButton"))
    check("card")


def test_every_control_has_an_object_name_and_an_accessible_name(ui, tmp_path: Path) -> None:
    ui.show()
    visit_every_sharing_page(ui, tmp_path, lambda where: check_names(ui.window, where))


def test_nothing_pushes_the_window_past_1280x720_at_double_text(ui, tmp_path: Path) -> None:
    ui.window.theme.set_scale(2.0)
    ui.show()
    ui.window.resize(1280, 720)
    visit_every_sharing_page(ui, tmp_path, lambda where: fits(ui.window))


def test_the_sharing_pages_follow_high_contrast(ui) -> None:
    ui.sign_up_with_mouse("Alina")
    ui.click(ui.button("createButton"))
    page = ui.window.page("create")
    assert WARM["primary"] in page.styleSheet()
    ui.window.theme.set_high_contrast(True)
    assert HIGH_CONTRAST["primary"] in page.styleSheet()
    assert WARM["primary"] not in page.styleSheet()


def test_the_form_is_keyboard_usable(ui) -> None:
    ui.show()
    ui.sign_up_with_keyboard("Alina")
    ui.window.sharing.show_create()
    page = ui.window.page("create")
    page.form.kind_selector.setFocus()
    ui.key(Qt.Key.Key_Tab)
    assert isinstance(QApplication.focusWidget(), QPlainTextEdit)
    assert QApplication.focusWidget().objectName() == "promptEdit"
    ui.qtbot.keyClicks(QApplication.focusWidget(), "Typed?")
    ui.key(Qt.Key.Key_Tab)  # Tab leaves a multi-line field instead of typing a tab
    assert QApplication.focusWidget().objectName() == "choiceText_0"
    assert page.form.prompt.toPlainText() == "Typed?"
    ui.qtbot.keyClicks(QApplication.focusWidget(), "Yes")
    ui.key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() == "choiceCorrect_0"
    ui.key(Qt.Key.Key_Space)
    assert page.form.editors["choices"].rows[0].widgets["correct"].isChecked()
