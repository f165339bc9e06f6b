"""A scroll area holding one centred column, so nothing is ever clipped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.theme import Theme

COLUMN_WIDTH = 1000


class ScrollColumn(QScrollArea):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content = QWidget()
        content.setObjectName("scrollContent")
        outer = QHBoxLayout(content)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # sized by height for width
        outer.setContentsMargins(24, 16, 24, 24)
        self.column = QWidget()
        self.column.setObjectName("column")
        # the column's height is its height for the width it gets (the scroll area asks
        # the layout), never its tallest shape at its narrowest: that minimum left up
        # to a screen of blank space below a long page
        self.column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setContentsMargins(0, 0, 0, 0)
        self.column_layout.setSpacing(16)
        outer.addStretch(0)
        outer.addWidget(self.column, 1)
        outer.addStretch(0)
        self.setWidget(content)
        theme.changed.connect(self._apply_width)
        self._apply_width()

    def _apply_width(self) -> None:
        self.column.setMaximumWidth(round(COLUMN_WIDTH * max(1.0, self._theme.scale)))
        self.column_layout.setSpacing(self._theme.px(16))

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)
