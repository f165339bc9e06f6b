"""What every chart shares: a title, the theme, keyboard focus on one item, words for readers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFocusEvent,
    QFont,
    QKeyEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from quizapp.ui.none_guard import keeps_none_alive
from quizapp.ui.theme import FONT_FAMILIES, Theme


class ChartWidget(QWidget):
    """A painted chart of a few items, one of which is current for the keyboard.

    The accessible name is the title (and, once the user moves with the
    arrow keys, the current item in words); the accessible description holds
    every item in words, so a screen reader gets the whole chart without the
    picture.
    """

    current_changed = Signal(int)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._title = ""
        self._current = 0
        self._moved = False  # the user has moved through the items with the keyboard
        self._fonts: dict[tuple[str, bool, float], QFont] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        theme.changed.connect(self._theme_changed)

    # -- to fill in -------------------------------------------------------------

    def item_count(self) -> int:
        raise NotImplementedError

    def item_words(self, index: int) -> str:
        """One item in words, e.g. 'Romance scams: 4 of 5 right (80%)'."""
        raise NotImplementedError

    def item_at(self, x: float, y: float) -> int:
        """The item under a point, or -1."""
        raise NotImplementedError

    # -- title, words, current item ---------------------------------------------

    @property
    def title(self) -> str:
        return self._title

    def set_title(self, title: str) -> None:
        self._title = title
        self._update_accessible()

    @property
    def current(self) -> int:
        return self._current

    def set_current(self, index: int) -> None:
        count = self.item_count()
        if count == 0:
            return
        index = max(0, min(count - 1, index))
        if index != self._current:
            self._current = index
            self.current_changed.emit(index)
        self._update_accessible()
        self.update()

    def describe(self) -> str:
        """The whole chart in words: its title and then every item."""
        count = self.item_count()
        if count == 0:
            return self._title
        items = "; ".join(self.item_words(i) for i in range(count))
        return f"{self._title}: {items}."

    def _data_changed(self) -> None:
        self._current = min(self._current, max(0, self.item_count() - 1))
        self._moved = False
        self._update_accessible()
        self.updateGeometry()
        self.update()

    def _update_accessible(self) -> None:
        name = self._title
        if self._moved and self.item_count():
            name = f"{self._title}. {self.item_words(self._current)}"
        changed = name != self.accessibleName()
        self.setAccessibleName(name)
        self.setAccessibleDescription(self.describe())
        if changed and self.hasFocus() and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    # -- look ---------------------------------------------------------------------

    def chart_font(self, size: str = "base", bold: bool = False) -> QFont:
        key = (size, bold, self._theme.scale)
        font = self._fonts.get(key)
        if font is None:
            font = QFont()
            font.setFamilies(FONT_FAMILIES)
            font.setPixelSize(self._theme.px(size))
            font.setBold(bold)
            self._fonts[key] = font
        return font

    @keeps_none_alive
    def _theme_changed(self) -> None:
        self._fonts.clear()
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    # -- keyboard and mouse -----------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = self.item_count()
        moves = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Right: 1,
        }
        key = event.key()
        if count and key in moves:
            target = self._current + moves[key]
        elif count and key == Qt.Key.Key_Home:
            target = 0
        elif count and key == Qt.Key.Key_End:
            target = count - 1
        else:
            super().keyPressEvent(event)
            return
        self._moved = True
        self.set_current(target)
        event.accept()

    def mousePressEvent(self, event) -> None:
        index = self.item_at(event.position().x(), event.position().y())
        if index >= 0:
            self._moved = True
            self.set_current(index)
        super().mousePressEvent(event)

    @keeps_none_alive
    def event(self, event: QEvent) -> bool:  # paints, resizes, keys, mouse: all come here
        if event.type() == QEvent.Type.ToolTip:
            index = self.item_at(event.pos().x(), event.pos().y())
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.item_words(index), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
