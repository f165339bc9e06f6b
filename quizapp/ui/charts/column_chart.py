"""Columns side by side, e.g. answers per day: the count over each column, the day under it.

Counts are drawn as numbers (never the height alone). When the day names do
not fit under every column at a large text size, every second (or third)
one is shown, always including the last; the chart never clips them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from quizapp.ui.charts.chart_base import ChartWidget, keeps_none_alive
from quizapp.ui.theme import Theme

CENTRE_TOP = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
CENTRE_BOTTOM = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)


@dataclass(frozen=True)
class Column:
    label: str  # under the column; may hold a line break, e.g. "Tue\n30"
    value: int
    words: str  # the column in words, e.g. "Tuesday 30 July: 4 answers"
    marked: bool = False  # drawn stronger (today)


class ColumnChart(ChartWidget):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._columns: tuple[Column, ...] = ()
        self._summary = ""

    # -- data -----------------------------------------------------------------

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    def set_columns(
        self, columns: Sequence[Column], title: str | None = None, summary: str = ""
    ) -> None:
        """`summary` leads the description, e.g. '12 answers in the last 14 days'."""
        self._columns = tuple(columns)
        self._summary = summary
        if title is not None:
            self._title = title
        self._current = max(0, len(self._columns) - 1)  # the newest (today) first
        self._data_changed()

    def item_count(self) -> int:
        return len(self._columns)

    def item_words(self, index: int) -> str:
        return self._columns[index].words

    def describe(self) -> str:
        if not self._columns:
            return self._title
        lead = f"{self._title}. {self._summary}" if self._summary else self._title
        items = "; ".join(c.words for c in self._columns)
        return f"{lead}: {items}."

    def item_at(self, x: float, y: float) -> int:
        slots = self._slots(self.width())
        return next((i for i, slot in enumerate(slots) if slot.left() <= x <= slot.right()), -1)

    # -- geometry -----------------------------------------------------------------

    def _sizes(self) -> tuple[int, int, int, int, int]:
        px = self._theme.px
        count_height = QFontMetrics(self.chart_font("small", bold=True)).height()
        lines = max((c.label.count("\n") + 1 for c in self._columns), default=1)
        label_height = QFontMetrics(self.chart_font("small")).height() * lines
        return px(4), count_height, px(96), label_height, px(6)  # margin, count, plot, label, gap

    def _height(self) -> int:
        margin, count_height, plot, label_height, gap = self._sizes()
        return 2 * margin + count_height + gap + plot + gap + label_height

    def _slots(self, width: int) -> list[QRect]:
        margin = self._theme.px(4)
        count = len(self._columns)
        if not count:
            return []
        inner = max(count, width - 2 * margin)
        height = self._height()
        return [
            QRect(
                margin + round(i * inner / count),
                margin,
                round((i + 1) * inner / count) - round(i * inner / count),
                height - 2 * margin,
            )
            for i in range(count)
        ]

    def _label_step(self, slot_width: int) -> int:
        """Show every n-th day name so that none overlaps its neighbours."""
        metrics = QFontMetrics(self.chart_font("small", bold=True))
        widest = max(
            (
                metrics.horizontalAdvance(line)
                for c in self._columns
                for line in c.label.split("\n")
            ),
            default=0,
        )
        room = max(1, slot_width - self._theme.px(4))
        return max(1, math.ceil(widest / room))

    def _label_rect(self, slot: QRect, label: str, font, top: int) -> QRect:
        """Centred under its column, moved in from the edges rather than cut off."""
        metrics = QFontMetrics(font)
        width = max(metrics.horizontalAdvance(line) for line in label.split("\n")) + 2
        height = metrics.height() * (label.count("\n") + 1)
        margin = self._theme.px(4)
        left = slot.center().x() - width // 2
        left = max(margin, min(self.width() - margin - width, left))
        return QRect(left, top, width, height)

    @keeps_none_alive
    def heightForWidth(self, width: int) -> int:
        return self._height()

    @keeps_none_alive
    def sizeHint(self) -> QSize:
        return QSize(self._theme.px(480), self._height())

    @keeps_none_alive
    def minimumSizeHint(self) -> QSize:
        return QSize(self._theme.px(200), self._height())

    # -- painting -----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._columns:
            return
        theme = self._theme
        margin, count_height, plot, _, gap = self._sizes()
        slots = self._slots(self.width())
        step = self._label_step(slots[0].width())
        top = margin + count_height + gap
        base = top + plot
        highest = max(1, max(c.value for c in self._columns))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        count_font = self.chart_font("small", bold=True)
        label_font = self.chart_font("small")
        label_bold = self.chart_font("small", bold=True)
        border = max(2, theme.px(2))
        last = len(self._columns) - 1
        for index, (column, slot) in enumerate(zip(self._columns, slots, strict=True)):
            width = max(theme.px(6), min(theme.px(36), round(slot.width() * 0.6)))
            left = slot.center().x() - width / 2 + 0.5
            height = round(plot * column.value / highest)
            if column.value > 0:
                height = max(height, theme.px(4))
                rect = QRectF(left, base - height, width, height)
                painter.setPen(QPen(theme.color("border_strong"), border))
                painter.setBrush(theme.color("primary" if column.marked else "accent"))
                painter.drawRoundedRect(rect, theme.px(4), theme.px(4))
            painter.setFont(count_font)
            painter.setPen(theme.color("text" if column.value else "muted"))
            count_rect = QRect(
                slot.left(), base - height - gap - count_height, slot.width(), count_height
            )
            painter.drawText(count_rect, CENTRE_BOTTOM, str(column.value))
            if (last - index) % step == 0:
                font = label_bold if column.marked else label_font
                painter.setFont(font)
                painter.setPen(theme.color("text" if column.marked else "muted"))
                painter.drawText(
                    self._label_rect(slot, column.label, font, base + gap), CENTRE_TOP, column.label
                )
            if index == self._current and self.hasFocus():
                painter.setPen(QPen(theme.color("focus"), max(3, theme.px(3))))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(slot).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6)
        painter.setPen(QPen(theme.color("border_strong"), border))
        painter.drawLine(slots[0].left(), base, slots[-1].right(), base)
        painter.end()
