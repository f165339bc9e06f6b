"""The progress page: the right numbers for a seeded store, reached and left by keyboard and mouse,
nothing clipped at 1280x720 with double text, charts that say their data in words."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QPushButton,
    QTableWidget,
    QWidget,
)

from quizapp.core.paths import DataFolder
from quizapp.core.store import Store
from quizapp.ui.charts.bar_chart import BarChart
from quizapp.ui.charts.column_chart import ColumnChart

TAGGED = """format: 1
id: camp-tags
language: en
title: "Tagged topics"
questions:
  - id: t-1
    kind: truefalse
    prompt: "One?"
    explanation: "Because."
    answer: true
    tags: ["jobs"]
  - id: t-2
    kind: truefalse
    prompt: "Two?"
    explanation: "Because."
    answer: true
    tags: ["jobs", "romance"]
  - id: t-3
    kind: truefalse
    prompt: "Three?"
    explanation: "Because."
    answer: true
    tags: ["romance"]
  - id: t-4
    kind: truefalse
    prompt: "Four?"
    explanation: "Because."
    answer: true
    tags: ["debt"]
"""


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now().astimezone()

    def __call__(self) -> datetime:
        return self.now

    def on(self, days_ago: int, seconds: int) -> None:
        """A moment early on a local day, so that 'today' is never in the future."""
        day = date.today() - timedelta(days=days_ago)
        self.now = datetime.combine(day, time(0, 0, 1)).astimezone() + timedelta(seconds=seconds)


@pytest.fixture
def banks(sample_dir: Path) -> Path:
    (sample_dir / "camp-tags.en.yaml").write_text(TAGGED, encoding="utf-8")
    return sample_dir


def _run(
    store: Store, clock: Clock, profile: int, bank: str, answers: dict, finish=True, total=None
):
    ids = list(answers) if total is None else total
    run = store.start_run(profile, bank, "en", ids, seed=1)
    for step, (question_id, right) in enumerate(answers.items()):
        clock.now += timedelta(seconds=step + 1)
        store.record_answer(run, question_id, "true", right, float(right), 4.0)
    if finish:
        store.finish_run(run)
    return run


def _seed(data_dir: Path) -> None:
    """Three days in a row of one student, known to the last answer."""
    clock = Clock()
    with Store.open(DataFolder(data_dir), clock=clock) as store:
        ana = store.create_profile("Ana").id
        store.create_profile("Bo")
        clock.on(2, 0)
        _run(store, clock, ana, "camp-tags", {"t-1": True, "t-2": False, "t-3": True, "t-4": True})
        clock.on(1, 0)
        _run(store, clock, ana, "sample", {"s-001": True, "s-002": False})
        clock.on(0, 0)
        _run(store, clock, ana, "camp-tags", {"t-2": True, "t-1": False})
        clock.on(0, 60)
        _run(store, clock, ana, "sample", {"s-001": True}, finish=False, total=["s-001", "s-003"])


def _open_progress(window, name: str = "Ana"):
    profile = next(p for p in window.store.profiles() if p.name == name)
    window.sign_in(profile)
    return window.show_progress()


def test_the_page_shows_the_right_numbers(make_window, banks, data_dir) -> None:
    _seed(data_dir)
    window = make_window(banks_dirs=[banks])
    page = _open_progress(window)
    assert window.current_page_name() == "progress"
    data = page.data
    today = date.today()
    assert data.per_day == {today: 3, today - timedelta(days=1): 2, today - timedelta(days=2): 4}
    assert (data.answers, data.days_answered) == (9, 3)
    assert data.streak == 3
    assert data.best == {"camp-tags": (3, 4), "sample": (1, 2)}
    assert data.practice_due == 3 and data.practice_later == 0  # t-1, t-2, s-002

    text = {
        name: window.findChild(QLabel, name).text()
        for name in ("progressTitle", "progressStreak", "progressAnswers", "progressPractice")
    }
    assert text == {
        "progressTitle": "Your progress, Ana",
        "progressStreak": "3 days in a row",
        "progressAnswers": "9 answers",
        "progressPractice": "3 questions to practise",
    }

    # topics: the latest answer of each question counts
    mastery = window.findChild(BarChart, "masteryChart")
    assert [(b.label, b.value_text) for b in mastery.bars] == [
        ("Romance", "2 of 2 right (100%)"),
        ("Debt", "1 of 1 right (100%)"),
        ("Jobs", "1 of 2 right (50%)"),
    ]
    assert [b.value for b in mastery.bars] == [1.0, 1.0, 0.5]
    assert not window.findChild(QPushButton, "showAllTopicsButton").isVisibleTo(page)

    best = window.findChild(BarChart, "bestScoresChart")
    assert [(b.label, b.value_text) for b in best.bars] == [
        ("Sample bank", "1 of 2 right (50%)"),
        ("Tagged topics", "3 of 4 right (75%)"),
    ]

    daily = window.findChild(ColumnChart, "dailyChart")
    assert len(daily.columns) == 14
    assert [c.value for c in daily.columns[-3:]] == [4, 2, 3]
    assert daily.columns[-1].marked and not any(c.marked for c in daily.columns[:-1])
    assert sum(c.value for c in daily.columns) == 9

    history = window.findChild(QTableWidget, "historyTable")
    rows = [
        [history.item(row, column).text() for column in range(history.columnCount())]
        for row in range(history.rowCount())
    ]
    assert [row[1:] for row in rows] == [
        ["Sample bank", "1 / 1", "Not finished: 1 of 2 answered"],
        ["Tagged topics", "1 / 2", "Finished"],
        ["Sample bank", "1 / 2", "Finished"],
        ["Tagged topics", "3 / 4", "Finished"],
    ]
    assert rows[0][0].startswith("Today") and rows[2][0].startswith("Yesterday")


def test_charts_say_their_data_in_words(make_window, banks, data_dir) -> None:
    _seed(data_dir)
    window = make_window(banks_dirs=[banks])
    page = _open_progress(window)
    mastery = page.mastery_chart
    assert mastery.accessibleName() == "Topics you know"
    assert mastery.accessibleDescription() == (
        "Topics you know: Romance: 2 of 2 right (100%); Debt: 1 of 1 right (100%); "
        "Jobs: 1 of 2 right (50%)."
    )
    daily = page.daily_chart.accessibleDescription()
    assert daily.startswith("Answers per day. 9 answers in the last 14 days: ")
    assert "Today, " in daily and daily.rstrip(".").endswith("3 answers")
    assert "Sample bank: 1 of 2 right (50%)" in page.best_chart.accessibleDescription()
    for tile in ("streakTile", "answersTile", "practiceTile"):
        assert page.findChild(QWidget, tile).accessibleName()


def test_reached_and_left_with_the_keyboard_and_the_mouse(make_window, banks, data_dir, driver_for):
    _seed(data_dir)
    window = make_window(banks_dirs=[banks])
    ui = driver_for(window)
    ui.show()
    profile = next(p for p in window.store.profiles() if p.name == "Ana")
    window.sign_in(profile)
    button = ui.button("progressButton")
    assert button.accessibleName()
    ui.click(button)
    assert ui.page() == "progress"
    page = window.page("progress")
    back = ui.button("progressBackButton")
    ui.qtbot.waitUntil(lambda: QApplication.focusWidget() is back)

    # Tab walks into the charts; the arrows move through a chart's items, and say them
    ui.key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.mastery_chart
    assert page.mastery_chart.current == 0
    ui.key(Qt.Key.Key_Down)
    assert page.mastery_chart.current == 1
    assert page.mastery_chart.accessibleName() == "Topics you know. Debt: 1 of 1 right (100%)"
    ui.key(Qt.Key.Key_End)
    assert page.mastery_chart.current == 2
    ui.key(Qt.Key.Key_Tab)  # "show all" is hidden with three topics: on to the days
    assert QApplication.focusWidget() is page.daily_chart
    assert page.daily_chart.current == 13  # today
    ui.key(Qt.Key.Key_Left)
    assert "2 answers" in page.daily_chart.accessibleName()
    ui.key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.best_chart
    ui.key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.history
    ui.key(Qt.Key.Key_Escape)
    assert ui.page() == "home"

    ui.click(ui.button("progressButton"))
    ui.click(ui.button("progressBackButton"))
    assert ui.page() == "home"


def test_many_topics_show_the_strongest_and_weakest_first(make_window, banks, data_dir) -> None:
    clock = Clock()
    with Store.open(DataFolder(data_dir), clock=clock) as store:
        ana = store.create_profile("Ana").id
        clock.on(0, 0)
        _run(store, clock, ana, "camp-tags", {"t-1": False, "t-2": True, "t-3": True, "t-4": False})
    window = make_window(banks_dirs=[banks])
    page = _open_progress(window)
    # three topics: all shown, best first
    assert [b.label for b in page.mastery_chart.bars] == ["Romance", "Jobs", "Debt"]
    # with more topics than fit, the best and the weakest ones, and a button for all
    import quizapp.ui.pages.progress_page as progress_page

    old = progress_page.TOPICS_SHOWN
    progress_page.TOPICS_SHOWN = 2
    try:
        page.refresh()
        assert [b.label for b in page.mastery_chart.bars] == ["Romance", "Debt"]
        button = window.findChild(QPushButton, "showAllTopicsButton")
        assert button.isVisibleTo(page) and button.text() == "Show all 3 topics"
        assert "1 strongest and 1 weakest of 3 topics" in page.topics_hint.text()
        button.click()
        assert [b.label for b in page.mastery_chart.bars] == ["Romance", "Jobs", "Debt"]
        assert button.text() == "Show fewer topics"
    finally:
        progress_page.TOPICS_SHOWN = old


def test_a_profile_with_no_answers_gets_a_friendly_empty_page(make_window, banks, data_dir):
    _seed(data_dir)
    window = make_window(banks_dirs=[banks])
    page = _open_progress(window, "Bo")
    assert page.data.answers == 0
    assert window.findChild(QLabel, "progressStreak").text() == "No streak yet"
    assert window.findChild(QLabel, "noTopicsHint").isVisibleTo(page)
    assert window.findChild(QLabel, "noBestHint").isVisibleTo(page)
    assert not page.history.isVisibleTo(page)
    assert "once you start one" in window.findChild(QLabel, "historyHint").text()


def window_px(page, size: int) -> int:
    return page.window().theme.px(size)


def _clipped(page: QWidget) -> list[str]:
    """Visible text that does not fit where it is shown."""
    problems = []
    for label in page.findChildren(QLabel):
        if not label.isVisibleTo(page) or not label.text():
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                problems.append(f"label {label.objectName() or label.text()[:30]!r} is cut")
        elif label.width() < label.sizeHint().width():
            problems.append(f"label {label.objectName() or label.text()[:30]!r} is too narrow")
    for button in page.findChildren(QAbstractButton):
        if button.isVisibleTo(page) and button.width() < button.sizeHint().width():
            problems.append(f"button {button.objectName()!r} is too narrow")
    for chart in (page.mastery_chart, page.daily_chart, page.best_chart):
        if chart.isVisibleTo(page) and chart.height() < chart.heightForWidth(chart.width()):
            problems.append(f"chart {chart.objectName()!r} is cut")
    table = page.history
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        if table.rowHeight(row) < table.sizeHintForRow(row):
            problems.append(f"history row {row} is cut")
        for column in (0, 2):  # short texts: on one line
            text = table.item(row, column).text()
            if metrics.horizontalAdvance(text) > table.columnWidth(column) - 2 * window_px(page, 8):
                problems.append(f"history cell {text!r} wraps")
    if table.isVisibleTo(page):
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        if table.viewport().height() < rows:
            problems.append("the history table scrolls inside the page")
    bar = page.scroll.horizontalScrollBar()
    if bar.maximum() > 0:
        problems.append("the page scrolls sideways")
    return problems


@pytest.mark.parametrize(("scale", "contrast"), [(1.0, False), (2.0, False), (2.0, True)])
def test_nothing_is_clipped_at_1280x720(make_window, banks, data_dir, qtbot, scale, contrast):
    _seed(data_dir)
    window = make_window(banks_dirs=[banks])
    window.theme.set_scale(scale)
    window.theme.set_high_contrast(contrast)
    window.resize(1280, 720)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page = _open_progress(window)
    qtbot.wait(50)  # layouts settle on the event loop (word wrap needs the final widths)
    assert _clipped(page) == []
    assert page.width() <= 1280


def test_the_page_follows_the_theme(make_window, banks, data_dir, qtbot) -> None:
    _seed(data_dir)
    window = make_window(banks_dirs=[banks])
    window.resize(1280, 720)
    window.show()
    page = _open_progress(window)
    chart = page.mastery_chart
    width = 900
    normal = chart.heightForWidth(width)
    window.theme.set_scale(2.0)
    assert chart.heightForWidth(width) > normal * 1.6  # larger text, taller bars
    image = chart.grab().toImage()
    accent = window.theme.color("accent")
    window.theme.set_high_contrast(True)
    contrast_image = chart.grab().toImage()
    assert image != contrast_image
    assert window.theme.color("accent") != accent
