"""Write your own questions: every kind, a live preview, plain-word messages, a loadable file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListWidget, QPlainTextEdit

from quizapp.core.bank import Kind
from quizapp.core.loader import check_bank_file

TITLE = "Job offers that are too good"


def open_create(ui):
    ui.sign_up_with_mouse("Alina")
    ui.click(ui.button("createButton"))
    assert ui.page() == "create"
    return ui.window.page("create")


def type_into(ui, name: str, text: str, kind=QLineEdit) -> None:
    widget = ui.find(kind, name)
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
    ui.qtbot.keyClicks(widget, text)


def tick(ui, name: str) -> None:
    ui.click(ui.find(QAbstractButton, name))


def write_question(ui, page, kind: Kind) -> None:
    """Fill the form for one question of `kind`, with the keyboard and the mouse."""
    combo = page.form.kind_selector
    combo.setCurrentIndex(combo.findData(kind.value))
    type_into(ui, "promptEdit", f"A {kind.value} question about job offers?", QPlainTextEdit)
    type_into(
        ui,
        "explanationEdit",
        "Real employers never ask for a fee. Check the agency first.",
        QPlainTextEdit,
    )
    if kind in (Kind.SINGLE, Kind.MULTIPLE):
        type_into(ui, "choiceText_0", "Pay a fee to get the job")
        type_into(ui, "choiceText_1", "Check the agency's licence")
        type_into(ui, "choiceFeedback_0", "A fee up front is a classic lure.")
        tick(ui, "choiceCorrect_1")
        if kind is Kind.MULTIPLE:
            type_into(ui, "choiceText_2", "Ask for a written contract")
            tick(ui, "choiceCorrect_2")
    elif kind is Kind.TRUEFALSE:
        tick(ui, "answerFalseButton")
    elif kind is Kind.ORDER:
        for index, step in enumerate(("See the offer", "Check the agency", "Sign a contract")):
            type_into(ui, f"stepText_{index}", step)
    elif kind is Kind.MATCH:
        for index, (left, right) in enumerate(
            (
                ("Passport kept", "Document control"),
                ("Growing debt", "Debt bondage"),
                ("Wages held", "Withheld pay"),
            )
        ):
            type_into(ui, f"pairLeft_{index}", left)
            type_into(ui, f"pairRight_{index}", right)
    elif kind is Kind.SPOT:
        type_into(ui, "spotSenderEdit", "Dream Jobs")
        type_into(ui, "partText_0", "Hi! We saw your profile.")
        type_into(ui, "partText_1", "Pay EUR 200 for your visa today.")
        tick(ui, "partFlag_1")
        type_into(ui, "partWhy_1", "Real employers never charge to hire you.")
        type_into(ui, "partText_2", "See you soon!")


def test_a_bank_with_every_kind_is_written_previewed_and_saved(ui, data_dir: Path) -> None:
    page = open_create(ui)
    type_into(ui, "bankTitleEdit", TITLE)
    for number, kind in enumerate(
        (Kind.SINGLE, Kind.MULTIPLE, Kind.TRUEFALSE, Kind.ORDER, Kind.MATCH, Kind.SPOT), 1
    ):
        if number > 1:
            ui.click(ui.button("newQuestionButton"))
        write_question(ui, page, kind)
        page.check_now()  # what the timer does a moment after typing stops
        preview = page.preview
        assert preview.question is not None, kind
        assert preview.question.kind is kind
        assert preview.question_widget is not None and preview.question_widget.isVisible()
        assert ui.find(QLabel, "createPreviewPrompt").text().startswith(f"A {kind.value}")
        ui.click(ui.button("saveQuestionButton"))
        status = ui.find(QLabel, "createStatus")
        assert status.isVisible(), ui.find(QLabel, "createProblem").text()
        assert page.question_list.count() == number

    path = page.bank_path
    assert path is not None and path.parent.parent == data_dir / "banks"
    assert path.parent.name == path.name.split(".")[0] == "job-offers-that-are-too-good"
    bank, issues = check_bank_file(path)
    assert issues == [] and bank is not None
    assert bank.title == TITLE and bank.language == "en" and bank.version == 1
    assert [q.kind for q in bank.questions] == [
        Kind.SINGLE,
        Kind.MULTIPLE,
        Kind.TRUEFALSE,
        Kind.ORDER,
        Kind.MATCH,
        Kind.SPOT,
    ]
    single = bank.questions[0]
    assert [c.correct for c in single.choices] == [False, True]  # the blank row is skipped
    assert single.choices[0].feedback == "A fee up front is a classic lure."
    assert bank.questions[2].answer is False
    assert bank.questions[5].sender == "Dream Jobs"
    assert [p.flag for p in bank.questions[5].parts] == [False, True, False]

    # the topic is on the home page, and playable
    ui.click(ui.button("createBackButton"))
    assert ui.page() == "home"
    banks = ui.find(QListWidget, "bankList")
    titles = [banks.item(r).text() for r in range(banks.count())]
    assert TITLE in titles
    ui.start_with_mouse(bank.id)
    assert ui.current_question() is not None


def test_a_bad_entry_gets_messages_under_its_fields_and_is_not_saved(ui) -> None:
    page = open_create(ui)
    type_into(ui, "bankTitleEdit", TITLE)
    type_into(ui, "promptEdit", "Which offer is safe?", QPlainTextEdit)
    type_into(ui, "choiceText_0", "The one that asks for a fee")
    type_into(ui, "choiceText_1", "The one that asks for a fee")
    ui.click(ui.button("saveQuestionButton"))

    assert page.bank_path is None  # nothing was written
    problem = ui.find(QLabel, "createProblem")
    assert problem.isVisible() and "Not saved yet" in problem.text()
    explanation = ui.find(QLabel, "explanationError")
    assert explanation.isVisible()
    assert explanation.text() == "Write the explanation: why this is the answer, and what to do."
    assert not ui.find(QLabel, "promptError").isVisible()
    same = ui.find(QLabel, "choiceError_1")
    assert same.isVisible() and "Two answers read the same" in same.text()
    assert ui.window.focusWidget() is ui.find(QPlainTextEdit, "explanationEdit")

    # mending it: the messages follow as they are mended
    type_into(ui, "choiceText_1", "The one with a licence you can check")
    page.check_now()
    assert not same.isVisible()
    choices_error = page.form.editors["choices"].error
    assert choices_error.isVisible()
    assert choices_error.text() == "Mark exactly one answer as right (now 0 are marked)."
    tick(ui, "choiceCorrect_1")
    type_into(ui, "explanationEdit", "A licence can be checked; a fee is a lure.", QPlainTextEdit)
    page.check_now()
    assert not choices_error.isVisible() and not explanation.isVisible()
    ui.click(ui.button("saveQuestionButton"))
    assert page.bank_path is not None and page.bank_path.is_file()


def test_every_kind_names_what_is_missing(ui) -> None:
    page = open_create(ui)
    type_into(ui, "bankTitleEdit", TITLE)
    expected = {
        Kind.TRUEFALSE: "Choose whether the statement is true or false.",
        Kind.ORDER: "Write at least 3 steps.",
        Kind.MATCH: "Write at least 3 pairs.",
        Kind.SPOT: "Mark at least one part of the message as a red flag.",
        Kind.MULTIPLE: "Mark at least one answer as right.",
    }
    for kind, words in expected.items():
        page.new_question(kind)
        type_into(ui, "promptEdit", "Something?", QPlainTextEdit)
        type_into(ui, "explanationEdit", "Because.", QPlainTextEdit)
        if kind is Kind.ORDER:
            type_into(ui, "stepText_0", "Only one step")
        if kind is Kind.MATCH:
            type_into(ui, "pairLeft_0", "Left")
            type_into(ui, "pairRight_0", "Right")
        if kind is Kind.SPOT:
            type_into(ui, "partText_0", "Hello there")
        if kind is Kind.MULTIPLE:
            type_into(ui, "choiceText_0", "One")
            type_into(ui, "choiceText_1", "Two")
        assert not page.save_question(), kind
        editor = page.form.editor(kind)
        assert editor.error.isVisible(), kind
        assert words in editor.error.text(), (kind, editor.error.text())
    # a red flag needs its reason, said on its own row
    page.new_question(Kind.SPOT)
    type_into(ui, "promptEdit", "Spot it", QPlainTextEdit)
    type_into(ui, "explanationEdit", "Because.", QPlainTextEdit)
    type_into(ui, "partText_0", "Send your passport")
    tick(ui, "partFlag_0")
    assert not page.save_question()
    row_error = ui.find(QLabel, "partError_0")
    assert row_error.isVisible() and row_error.text() == "Say why this part is a red flag."


def test_add_to_your_own_bank_later_bumps_its_version(
    ui, make_window, driver_for, data_dir: Path
) -> None:
    page = open_create(ui)
    type_into(ui, "bankTitleEdit", TITLE)
    write_question(ui, page, Kind.TRUEFALSE)
    assert page.save_question()
    path = page.bank_path
    assert check_bank_file(path)[0].version == 1

    # another day: the app opens again, and the topic is offered as your own
    ui.window.close()
    again = make_window(data=data_dir)
    them = driver_for(again)
    them.show()
    again.sign_in(again.store.profiles()[0])
    them.click(them.button("createButton"))
    page = again.page("create")
    assert page.bank_selector.findData(str(path)) > 0
    page.choose_bank(path)
    assert page.question_list.count() == 1
    assert them.find(QLineEdit, "bankTitleEdit").text() == TITLE
    page.new_question(Kind.ORDER)
    write_question(them, page, Kind.ORDER)
    assert page.save_question()
    bank = check_bank_file(path)[0]
    assert bank.version == 2  # a pack of it now updates the copy on a friend's laptop
    assert [q.kind for q in bank.questions] == [Kind.TRUEFALSE, Kind.ORDER]

    # changing the first question, in the same sitting: still version 2
    page.question_list.setCurrentRow(0)
    page.edit_question(0)
    assert page.form.kind() is Kind.TRUEFALSE
    them.click(them.button("answerTrueButton"))
    assert page.save_question()
    bank = check_bank_file(path)[0]
    assert bank.version == 2 and bank.questions[0].answer is True and len(bank.questions) == 2

    # and deleting one asks first
    them.click(them.button("deleteQuestionButton"))
    them.click(them.button("createConfirmYes"))
    assert len(check_bank_file(path)[0].questions) == 1


def test_unsaved_changes_are_not_lost_without_asking(ui) -> None:
    page = open_create(ui)
    type_into(ui, "bankTitleEdit", TITLE)
    write_question(ui, page, Kind.TRUEFALSE)
    assert page.save_question()
    ui.click(ui.button("newQuestionButton"))
    type_into(ui, "promptEdit", "Half a thought", QPlainTextEdit)
    ui.click(ui.button("createBackButton"))
    assert ui.page() == "create"  # asked first
    confirm = ui.find(QLabel, "createConfirmMessage")
    assert confirm.isVisible() and "not saved" in confirm.text()
    ui.click(ui.button("createConfirmNo"))
    assert ui.find(QPlainTextEdit, "promptEdit").toPlainText() == "Half a thought"
    ui.click(ui.button("createBackButton"))
    ui.click(ui.button("createConfirmYes"))
    assert ui.page() == "home"


def test_the_preview_is_interactive_and_never_mistaken_for_the_quiz(ui) -> None:
    page = open_create(ui)
    write_question(ui, page, Kind.SINGLE)
    page.check_now()
    assert ui.window.findChild(QAbstractButton, "choice_0") is None
    choice = ui.find(QAbstractButton, "createPreviewChoice_1")
    ui.click(choice)
    ui.click(ui.button("createPreviewTryButton"))
    verdict = ui.find(QLabel, "createPreviewVerdictLabel")
    assert verdict.isVisible() and verdict.text() == "Right!"
    assert ui.find(QLabel, "createPreviewExplanationText").text().startswith("Real employers")
    assert page.bank_path is None  # trying is not saving
