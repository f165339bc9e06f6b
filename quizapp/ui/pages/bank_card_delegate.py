"""Paints a bank as a card: title, description, how many questions, the best score."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from quizapp.ui.theme import Theme

DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2
BEST_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3
CHOSEN_TEXT_ROLE = Qt.ItemDataRole.UserRole + 4
LANGUAGE_TEXT_ROLE = Qt.ItemDataRole.UserRole + 5  # "in English": no version in the UI language

_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class BankCardDelegate(QStyledItemDelegate):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setPixelSize(self._theme.px("large"))
        title.setBold(True)
        body = QFont(option.font)
        body.setPixelSize(self._theme.px("base"))
        small = QFont(option.font)
        small.setPixelSize(self._theme.px("small"))
        small.setBold(True)
        return title, body, small

    def _margins(self) -> tuple[int, int]:
        return self._theme.px(6), self._theme.px(18)  # outer, inner

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = option.rect.width()
        if isinstance(view, QWidget) and hasattr(view, "viewport"):
            width = view.viewport().width()
        outer, inner = self._margins()
        return max(120, width - 2 * outer - 2 * inner)

    def _layout(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int
    ) -> tuple[int, int, int, int]:
        title_font, body_font, small_font = self._fonts(option)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        description = str(index.data(DESCRIPTION_ROLE) or "")
        bounds = QRect(0, 0, width, 100000)
        title_h = QFontMetrics(title_font).boundingRect(bounds, _WRAP, title).height()
        body_h = (
            QFontMetrics(body_font).boundingRect(bounds, _WRAP, description).height()
            if description
            else 0
        )
        pill_h = QFontMetrics(small_font).height() + self._theme.px(8)
        # room for the "chosen" pill too, so that choosing a card never changes its height
        texts = [
            str(index.data(role) or "")
            for role in (CHOSEN_TEXT_ROLE, COUNT_TEXT_ROLE, BEST_TEXT_ROLE, LANGUAGE_TEXT_ROLE)
        ]
        rows = len(self._pill_rows(QFontMetrics(small_font), texts, width))
        footer_h = rows * pill_h + (rows - 1) * self._theme.px(6)
        return title_h, body_h, footer_h, self._theme.px(8)

    def _pill_rows(self, metrics: QFontMetrics, texts: list[str], width: int) -> list[list[str]]:
        """The pills, row by row: long words (Russian, Belarusian, large text) wrap, never clip."""
        rows: list[list[str]] = [[]]
        x = 0
        for text in texts:
            if not text:
                continue
            w = metrics.horizontalAdvance(text) + 2 * self._theme.px(8)
            if rows[-1] and x + w > width:
                rows.append([])
                x = 0
            rows[-1].append(text)
            x += w + self._theme.px(10)
        return rows

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._text_width(option)
        title_h, body_h, footer_h, gap = self._layout(option, index, width)
        outer, inner = self._margins()
        height = 2 * outer + 2 * inner + title_h + gap + body_h + gap + footer_h
        return QSize(width + 2 * outer + 2 * inner - 2, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        theme = self._theme
        outer, inner = self._margins()
        card = option.rect.adjusted(outer, outer, -outer, -outer)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = theme.color("border_strong")
        width = 2
        if hovered:
            border = theme.color("primary")
        if selected:
            border, width = theme.color("primary"), 4
        painter.setPen(QPen(border, width))
        painter.setBrush(theme.color("selection") if selected else theme.color("surface"))
        radius = theme.px(16)
        painter.drawRoundedRect(card.adjusted(2, 2, -2, -2), radius, radius)
        if focused:  # keyboard focus: a dashed ring, told apart from the choice
            pen = QPen(theme.color("focus"), 3, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            ring = card.adjusted(-outer + 2, -outer + 2, outer - 2, outer - 2)
            painter.drawRoundedRect(ring, radius + outer, radius + outer)
        # a band on the left marks the chosen card without relying on colour alone
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.color("primary"))
            band = QRect(
                card.left() + 2, card.top() + radius, theme.px(8), card.height() - 2 * radius
            )
            painter.drawRoundedRect(band, theme.px(4), theme.px(4))

        text_rect = card.adjusted(inner, inner, -inner, -inner)
        title_h, body_h, _footer_h, gap = self._layout(option, index, text_rect.width())
        title_font, body_font, small_font = self._fonts(option)
        painter.setPen(theme.color("text"))
        painter.setFont(title_font)
        y = text_rect.top()
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(QRect(text_rect.left(), y, text_rect.width(), title_h), _WRAP, title)
        y += title_h + gap
        description = str(index.data(DESCRIPTION_ROLE) or "")
        if description:
            painter.setFont(body_font)
            painter.setPen(theme.color("muted"))
            painter.drawText(
                QRect(text_rect.left(), y, text_rect.width(), body_h), _WRAP, description
            )
            y += body_h + gap

        painter.setFont(small_font)
        metrics = QFontMetrics(small_font)
        count_text = str(index.data(COUNT_TEXT_ROLE) or "")
        best_text = str(index.data(BEST_TEXT_ROLE) or "")
        chosen_text = str(index.data(CHOSEN_TEXT_ROLE) or "") if selected else ""
        language_text = str(index.data(LANGUAGE_TEXT_ROLE) or "")
        x = text_rect.left()
        pill_h = metrics.height() + theme.px(8)
        for text, fill, ink in (
            (chosen_text, "primary", "primary_text"),
            (count_text, "surface_alt", "text"),
            (best_text, "help_bg", "text"),
            (language_text, "notice_bg", "text"),
        ):
            if not text:
                continue
            pad = theme.px(8)
            w = metrics.horizontalAdvance(text) + 2 * pad
            if x > text_rect.left() and x + w > text_rect.right():  # wrap, as _pill_rows does
                x = text_rect.left()
                y += pill_h + theme.px(6)
            pill = QRect(x, y, min(w, text_rect.right() - x), pill_h)
            painter.setPen(QPen(theme.color("border_strong"), 1))
            painter.setBrush(theme.color(fill))
            painter.drawRoundedRect(pill, pill_h / 2, pill_h / 2)
            painter.setPen(theme.color(ink))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            x += w + theme.px(10)
        painter.restore()
