"""Horizontal bars, one per row, each with its name and its value in words.

    Romance scams                                  4 of 5 right (80%)
    [██████████████████████████████░░░░░░░░░░]

The words carry the value (never the colour alone); the bar shows it at a
glance. Names wrap, and the value moves under the name when both do not fit,
so nothing is clipped at any width or text size: the chart grows in height.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from quizapp.ui.charts.chart_base import ChartWidget, keeps_none_alive
from quizapp.ui.theme import Theme

WRAP = int(Qt.TextFlag.TextWordWrap)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
TALL = 100_000


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # 0.0 .. 1.0: how much of the bar is filled
    value_text: str  # the value in words, drawn beside the label

    @property
    def words(self) -> str:
        return f"{self.label}: {self.value_text}"


@dataclass(frozen=True)
class _Row:
    frame: QRect  # the whole row (focus ring)
    label: QRect
    value: QRect
    value_align: int
    bar: QRect


class BarChart(ChartWidget):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._bars: tuple[Bar, ...] = ()
        # rows laid out per width (layouts ask for several widths while settling)
        self._layouts: dict[tuple[int, float], tuple[list[_Row], int]] = {}
        self._rows: list[_Row] = []

    # -- data -----------------------------------------------------------------

    @property
    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def set_bars(self, bars: Sequence[Bar], title: str | None = None) -> None:
        self._bars = tuple(bars)
        if title is not None:
            self._title = title
        self._layouts.clear()
        self._data_changed()

    def item_count(self) -> int:
        return len(self._bars)

    def item_words(self, index: int) -> str:
        return self._bars[index].words

    def item_at(self, x: float, y: float) -> int:
        self._layout(self.width())
        return next(
            (i for i, row in enumerate(self._rows) if row.frame.contains(int(x), int(y))), -1
        )

    # -- geometry -----------------------------------------------------------------

    def _metrics(self) -> tuple[int, int, int, int, int]:
        px = self._theme.px
        return px(4), px(10), px(6), px(18), px(6)  # margin, pad, gap, bar height, row spacing

    def _layout(self, width: int) -> int:
        """Lay the rows out for a width; the height they need."""
        key = (width, self._theme.scale)
        cached = self._layouts.get(key)
        if cached is not None:
            self._rows = cached[0]
            return cached[1]
        margin, pad, gap, bar_height, spacing = self._metrics()
        label_metrics = QFontMetrics(self.chart_font(bold=False))
        value_metrics = QFontMetrics(self.chart_font(bold=True))
        inner = max(40, width - 2 * margin - 2 * pad)
        rows: list[_Row] = []
        y = margin
        for bar in self._bars:
            value_width = value_metrics.horizontalAdvance(bar.value_text) + 2
            label_room = inner - value_width - 2 * gap
            top = y + pad // 2
            if label_room >= inner * 0.4:  # name and value side by side
                label = label_metrics.boundingRect(QRect(0, 0, label_room, TALL), WRAP, bar.label)
                value = value_metrics.boundingRect(
                    QRect(0, 0, value_width, TALL), WRAP, bar.value_text
                )
                label_rect = QRect(margin + pad, top, label_room, label.height())
                value_rect = QRect(
                    margin + pad + inner - value_width, top, value_width, value.height()
                )
                text_height = max(label.height(), value.height())
                align = RIGHT
            else:  # the value under the name
                label = label_metrics.boundingRect(QRect(0, 0, inner, TALL), WRAP, bar.label)
                value = value_metrics.boundingRect(QRect(0, 0, inner, TALL), WRAP, bar.value_text)
                label_rect = QRect(margin + pad, top, inner, label.height())
                value_rect = QRect(margin + pad, top + label.height(), inner, value.height())
                text_height = label.height() + value.height()
                align = LEFT
            bar_rect = QRect(margin + pad, top + text_height + gap, inner, bar_height)
            bottom = bar_rect.bottom() + 1 + pad // 2 + pad // 4
            frame = QRect(margin, y, width - 2 * margin, bottom - y)
            rows.append(_Row(frame, label_rect, value_rect, align, bar_rect))
            y = bottom + spacing
        height = (y - spacing + margin) if rows else 2 * margin
        if len(self._layouts) > 16:
            self._layouts.clear()
        self._layouts[key] = (rows, height)
        self._rows = rows
        return height

    @keeps_none_alive
    def heightForWidth(self, width: int) -> int:
        return self._layout(width)

    @keeps_none_alive
    def sizeHint(self) -> QSize:
        width = max(self.width(), self._theme.px(480))
        return QSize(width, self._layout(width))

    @keeps_none_alive
    def minimumSizeHint(self) -> QSize:
        width = self._theme.px(160)
        return QSize(width, self._layout(max(width, self.width())))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._layout(self.width()) != self.height():
            self.updateGeometry()

    # -- painting -----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self._layout(self.width())
        theme = self._theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_font = self.chart_font(bold=False)
        value_font = self.chart_font(bold=True)
        radius = theme.px(6)
        border = max(2, theme.px(2))
        track = theme.color("surface_alt")
        fill = theme.color("accent")
        edge = theme.color("border_strong")
        text = theme.color("text")
        for index, (bar, row) in enumerate(zip(self._bars, self._rows, strict=True)):
            if not event.rect().intersects(row.frame):
                continue
            if index == self._current and self.hasFocus():
                pen = QPen(theme.color("focus"), max(3, theme.px(3)))
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(row.frame).adjusted(1.5, 1.5, -1.5, -1.5), 8, 8)
            painter.setPen(text)
            painter.setFont(label_font)
            painter.drawText(row.label, LEFT | WRAP, bar.label)
            painter.setFont(value_font)
            painter.drawText(row.value, row.value_align | WRAP, bar.value_text)
            outline = QRectF(row.bar).adjusted(border / 2, border / 2, -border / 2, -border / 2)
            painter.setPen(QPen(edge, border))
            painter.setBrush(track)
            painter.drawRoundedRect(outline, radius, radius)
            share = max(0.0, min(1.0, bar.value))
            if share > 0:
                filled = QRectF(outline)
                filled.setWidth(max(outline.height(), outline.width() * share))
                painter.setPen(QPen(edge, border))
                painter.setBrush(fill)
                painter.drawRoundedRect(filled, radius, radius)
        painter.end()
