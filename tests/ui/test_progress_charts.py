"""The painted charts on their own: words for every item, keyboard and mouse, growing instead of
clipping, and the guard that keeps a buggy binding from ending the process while they paint."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, QPoint, Qt

from quizapp.app import application
from quizapp.core.paths import bundled_assets_dir
from quizapp.ui import none_guard
from quizapp.ui.charts.bar_chart import Bar, BarChart
from quizapp.ui.charts.column_chart import Column, ColumnChart
from quizapp.ui.theme import Theme

BARS = [
    Bar("Romance and grooming", 0.8, "4 of 5 right (80%)"),
    Bar("Passports and documents", 0.0, "0 of 2 right (0%)"),
    Bar("A topic with a name long enough to need two lines at a narrow width", 1.0, "1 of 1"),
]


@pytest.fixture
def theme(qapp) -> Theme:
    assets = bundled_assets_dir()
    return Theme(assets / "style", assets / "icons")


@pytest.fixture
def bars(qtbot, theme) -> BarChart:
    chart = BarChart(theme)
    chart.set_bars(BARS, "Topics you know")
    qtbot.addWidget(chart)
    return chart


def test_a_bar_chart_says_every_bar_in_words(bars) -> None:
    assert bars.accessibleName() == "Topics you know"
    assert bars.accessibleDescription() == (
        "Topics you know: Romance and grooming: 4 of 5 right (80%); "
        "Passports and documents: 0 of 2 right (0%); "
        "A topic with a name long enough to need two lines at a narrow width: 1 of 1."
    )
    assert bars.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_bar_chart_grows_rather_than_clips(bars, theme) -> None:
    wide, narrow = bars.heightForWidth(1000), bars.heightForWidth(260)
    assert narrow > wide  # names wrap and values move under them
    for width in (1000, 600, 260, 160):
        height = bars.heightForWidth(width)
        bars.resize(width, height)
        bars._layout(width)
        for row in bars._rows:  # every text and bar lies inside the chart
            for rect in (row.label, row.value, row.bar):
                assert rect.left() >= 0 and rect.right() < width, (width, rect)
                assert rect.top() >= 0 and rect.bottom() < height, (width, rect)
    theme.set_scale(2.0)
    assert bars.heightForWidth(1000) > wide * 1.7


def test_keys_and_clicks_move_through_the_bars(bars, qtbot) -> None:
    bars.resize(800, bars.heightForWidth(800))
    bars.show()
    bars.setFocus()
    qtbot.keyClick(bars, Qt.Key.Key_End)
    assert bars.current == 2
    assert bars.accessibleName().endswith("two lines at a narrow width: 1 of 1")
    qtbot.keyClick(bars, Qt.Key.Key_Up)
    assert bars.current == 1
    qtbot.keyClick(bars, Qt.Key.Key_Home)
    qtbot.keyClick(bars, Qt.Key.Key_Up)  # stays on the first
    assert bars.current == 0
    bars._layout(bars.width())
    second = bars._rows[1].frame.center()
    qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=QPoint(second.x(), second.y()))
    assert bars.current == 1
    assert bars.item_at(-5, -5) == -1
    image = bars.grab()  # paints without trouble, focus ring and all
    assert not image.isNull()


def test_an_empty_chart_says_only_its_title(qtbot, theme) -> None:
    chart = BarChart(theme)
    qtbot.addWidget(chart)
    chart.set_bars([], "Best scores")
    assert chart.accessibleDescription() == "Best scores"
    chart.set_current(3)  # nothing to move to: no error
    assert not chart.grab().isNull()


def test_a_column_chart_thins_its_labels_when_they_do_not_fit(qtbot, theme) -> None:
    chart = ColumnChart(theme)
    qtbot.addWidget(chart)
    columns = [Column(f"Wed\n{day}", day % 4, f"Wednesday {day}: {day % 4}") for day in range(14)]
    chart.set_columns(columns, "Answers per day", "21 answers in the last 14 days")
    assert chart.current == 13  # today, the newest
    assert chart.accessibleDescription().startswith(
        "Answers per day. 21 answers in the last 14 days: Wednesday 0: 0; "
    )
    wide = chart._label_step(chart._slots(1200)[0].width())
    narrow = chart._label_step(chart._slots(300)[0].width())
    assert wide == 1 and narrow > 1
    theme.set_scale(2.0)
    assert chart._label_step(chart._slots(1200)[0].width()) >= wide
    chart.resize(300, chart.heightForWidth(300))
    assert not chart.grab().isNull()


def test_the_none_guard(qapp, monkeypatch) -> None:
    """With a binding that drops references to None, the app gives None plenty; without, nothing."""
    application()
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(50):
        probe.setObjectName("")
    leaks = sys.getrefcount(None) < before
    if none_guard._NONE_IS_MORTAL and leaks:
        assert none_guard._state["pinned"]
        assert sys.getrefcount(None) > 1 << 39
    elif not leaks:
        assert not none_guard._state["pinned"] or sys.getrefcount(None) > 1 << 39

    # painting code guards itself where the whole process is not pinned (yet)
    monkeypatch.setitem(none_guard._state, "pinned", False)

    @none_guard.keeps_none_alive
    def many_calls() -> None:
        for _ in range(500):
            probe.setObjectName("")

    before = sys.getrefcount(None)
    many_calls()
    assert sys.getrefcount(None) >= before - 5  # not the 500 the calls dropped
