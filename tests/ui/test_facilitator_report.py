"""The group report after students played: percent right, most missed first, filters, CSV, PDF."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QTableView,
)
from test_facilitator_support import check_names, go_to, no_modal, unlock

from quizapp.core.report import SESSION_MODE

RIGHTS = {
    "Alina": {"s-001", "s-002", "s-003", "s-004", "s-005", "s-006"},
    "Maksim": {"s-001", "s-002"},
    "Daria": set(),
}
EXPECTED = {"s-001": 67, "s-002": 67, "s-003": 33, "s-004": 33, "s-005": 33, "s-006": 33}


def play_as_students(ui) -> None:
    """Each student signs up and plays the sample bank through the real UI."""
    for name, rights in RIGHTS.items():
        ui.sign_up_with_mouse(name)
        ui.start_with_mouse("sample")
        while ui.page() == "quiz":
            ui.answer_with_mouse(right=ui.current_question().id in rights)
            ui.next_with_mouse()
        assert ui.page() == "results"
        ui.window.sign_out()


def rows(view: QTableView) -> list[tuple[str, str, str]]:
    model = view.model()
    return [
        (
            model.index(r, 0).data(),
            model.index(r, 2).data(),
            model.index(r, 3).data(),
        )
        for r in range(model.rowCount())
    ]


@pytest.fixture
def report(ui):
    play_as_students(ui)
    area = unlock(ui)
    page = go_to(ui, area, "reportNavButton")
    return page


def test_the_group_report_is_there_and_current_as_soon_as_the_area_opens(ui) -> None:
    """The area opens on the report: `groupReport` is shown and current, before any click."""
    ui.show()
    play_as_students(ui)
    area = unlock(ui)
    view = ui.window.findChild(QAbstractItemView, "groupReport")
    assert view is not None and view.isVisible()
    assert {answered for _, answered, _ in rows(view)} == {"3"}
    go_to(ui, area, "sessionNavButton")  # left on another section, it still opens on the report
    assert not view.isVisible()
    area.leave()
    ui.sign_up_with_mouse("Yana")
    ui.start_with_mouse("sample")
    while ui.page() == "quiz":
        ui.answer_with_mouse(right=True)
        ui.next_with_mouse()
    ui.window.sign_out()
    unlock(ui)
    assert view.isVisible()
    assert {answered for _, answered, _ in rows(view)} == {"4"}


def test_group_report_has_one_row_per_question_with_percent_right(ui, report) -> None:
    view = ui.find(QAbstractItemView, "groupReport")
    assert isinstance(view, QTableView) and view.isVisible()
    bank = ui.window.library().get("sample", "en")
    table = rows(view)
    assert len(table) == 6
    by_prompt = {q.prompt: q.id for q in bank.questions}
    got = {by_prompt[prompt]: int(right.rstrip("%")) for prompt, _, right in table}
    assert got == EXPECTED
    assert all(answered == "3" for _, answered, _ in table)
    percents = [int(right.rstrip("%")) for _, _, right in table]
    assert percents == sorted(percents)  # most missed first
    summary = ui.find(QLabel, "reportSummary").text()
    assert "18 answers from 3 students on 6 questions" in summary
    no_modal()


def test_report_models_pass_the_model_tester(ui, report, qtmodeltester) -> None:
    qtmodeltester.check(ui.find(QTableView, "groupReport").model())
    qtmodeltester.check(ui.find(QTableView, "profileSummary").model())


def test_sorting_by_a_column_and_back(ui, report, qtmodeltester) -> None:
    view = ui.find(QTableView, "groupReport")
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(view.model())
    view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    percents = [int(r.rstrip("%")) for _, _, r in rows(view)]
    assert percents == sorted(percents)


def test_choosing_a_question_opens_it_with_its_explanation(ui, report) -> None:
    view = ui.find(QTableView, "groupReport")
    view.setFocus()
    ui.show()
    view.selectRow(0)
    ui.qtbot.keyClick(view, Qt.Key.Key_Down)
    ui.qtbot.keyClick(view, Qt.Key.Key_Up)
    bank = ui.window.library().get("sample", "en")
    prompt = view.model().index(0, 0).data()
    question = next(q for q in bank.questions if q.prompt == prompt)
    assert ui.find(QLabel, "reportDetailExplanation").text() == question.explanation
    assert ui.find(QLabel, "reportDetailExplanation").isVisible()
    stats = ui.find(QLabel, "reportDetailStats").text()
    assert stats.startswith("33% right: 1 of 3")
    chose = ui.find(QLabel, "reportDetailChose").text()
    assert "times" in chose or "time" in chose


def test_per_student_summary(ui, report) -> None:
    ui.click(ui.button("reportStudentsButton"))
    students = ui.find(QTableView, "profileSummary")
    assert students.isVisible()
    model = students.model()
    table = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert table == {"Alina": "100%", "Daria": "0%", "Maksim": "33%"}


def test_filter_by_kind_of_play_and_by_dates(ui, report) -> None:
    store = ui.window.store
    timur = store.create_profile("Timur")
    run = store.start_run(timur.id, "sample", "en", ["s-001"], 1, SESSION_MODE)
    store.record_answer(run, "s-001", "1", False, 0.0, 3.0)
    report.reload()
    view = ui.find(QTableView, "groupReport")
    assert len(rows(view)) == 6
    combo = ui.find(QComboBox, "reportModeCombo")
    index = combo.findData(SESSION_MODE)
    assert index > 0 and combo.itemText(index) == "Facilitator sessions"
    combo.setCurrentIndex(index)
    assert [(a, r) for _, a, r in rows(view)] == [("1", "0%")]
    combo.setCurrentIndex(0)
    assert len(rows(view)) == 6
    # dates: every answer is from today, so tomorrow onwards is empty
    all_dates = ui.find(QCheckBox, "reportAllDatesCheck")
    ui.click(all_dates)
    assert not all_dates.isChecked()
    start = ui.find(QDateEdit, "reportFromDate")
    end = ui.find(QDateEdit, "reportToDate")
    assert start.isVisible() and end.isVisible()
    tomorrow = date.today() + timedelta(days=1)
    end.setMaximumDate(QDate(2100, 1, 1))
    end.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    start.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert rows(view) == []
    assert "No answers match" in ui.find(QLabel, "reportSummary").text()
    today = date.today()
    start.setDate(QDate(today.year, today.month, today.day))
    assert len(rows(view)) == 6
    ui.click(all_dates)
    assert len(rows(view)) == 6


def test_export_csv(ui, report, tmp_path: Path) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    folder = ui.find(QLineEdit, "reportFolderEdit")
    folder.setText(str(out))
    ui.click(ui.button("reportCsvButton"))
    files = list(out.glob("group-report-*.csv"))
    assert len(files) == 1
    with files[0].open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == 6
    got = {r["question_id"]: int(r["percent_right"]) for r in table}
    assert got == EXPECTED
    assert all(r["answered"] == "3" and r["question"] for r in table)
    message = ui.find(QLabel, "reportMessage")
    assert message.isVisible() and str(files[0]) in message.text()
    assert ui.window.store.get_setting("facilitator.export_folder") == str(out)
    # a second export never overwrites the first
    ui.click(ui.button("reportCsvButton"))
    assert len(list(out.glob("group-report-*.csv"))) == 2
    no_modal()


def test_export_pdf(ui, report, tmp_path: Path) -> None:
    ui.find(QLineEdit, "reportFolderEdit").setText(str(tmp_path))
    ui.click(ui.button("reportPdfButton"))
    files = list(tmp_path.glob("group-report-*.pdf"))
    assert len(files) == 1
    data = files[0].read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    assert b"%%EOF" in data[-64:]
    html = report.report_html()
    assert "Daria" in html and "Who do traffickers target" in html
    assert not list(tmp_path.glob(".*.tmp"))


def test_export_to_a_missing_folder_says_so_inline(ui, report, tmp_path: Path) -> None:
    ui.find(QLineEdit, "reportFolderEdit").setText(str(tmp_path / "no-such-stick"))
    ui.click(ui.button("reportCsvButton"))
    message = ui.find(QLabel, "reportMessage")
    assert message.isVisible() and "does not exist" in message.text()
    no_modal()


def test_names_on_the_report(ui, report) -> None:
    check_names(report, "the group report")
    ui.click(ui.button("reportStudentsButton"))
    check_names(report, "the group report, students")


def test_report_escapes_names_in_the_pdf(ui) -> None:
    store = ui.window.store
    person = store.create_profile("<b>Eve</b>")
    run = store.start_run(person.id, "sample", "en", ["s-001"], 1)
    store.record_answer(run, "s-001", "0", True, 1.0, 2.0)
    area = unlock(ui)
    page = go_to(ui, area, "reportNavButton")
    html = page.report_html()
    assert "<b>Eve</b>" not in html and "&lt;b&gt;Eve&lt;/b&gt;" in html


def test_empty_report(ui) -> None:
    area = unlock(ui)
    go_to(ui, area, "reportNavButton")
    assert ui.find(QLabel, "reportEmpty").isVisible()
    assert not ui.button("reportCsvButton").isEnabled()


def test_a_narrow_window_keeps_the_room_for_the_question(ui, report) -> None:
    """At 1280x720 the topic moves from its column into the opened question."""
    ui.show()
    view = ui.find(QTableView, "groupReport")
    for size, topic_column in (((1280, 720), False), ((1920, 1080), True)):
        ui.window.resize(*size)
        ui.qtbot.waitUntil(lambda shown=topic_column: view.isColumnHidden(1) is not shown)
        assert report.splitter.orientation() is Qt.Orientation.Horizontal
    report.open_row(0)
    topic = ui.find(QLabel, "reportDetailTopic")
    assert topic.isVisible() and topic.text() == view.model().index(0, 1).data()
    ui.window.theme.set_scale(2.0)
    ui.qtbot.waitUntil(lambda: report.splitter.orientation() is Qt.Orientation.Vertical)
    ui.window.theme.set_scale(1.0)
