"""A layout that places widgets like words in a paragraph, wrapping at the edge.

A widget wider than the line gets the whole line and wraps its own text
(height for width), so long segments never run off the side.

Give a FlowLayout its widget when it is made (`FlowLayout(holder)`, or use
`flow_of`): one made without a parent and then nested with addLayout lost
its items' Python wrappers in PySide6 6.11 (shiboken called them deleted
while Qt still used them), which ended in errors and a crash on relayout.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


def flow_of(widgets: list[QWidget], spacing: int = 12) -> QWidget:
    """Widgets side by side, wrapping to the next line where the page is too narrow."""
    holder = QWidget()
    flow = FlowLayout(holder, spacing)
    for widget in widgets:
        flow.addWidget(widget)
    return holder


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def set_spacing(self, spacing: int) -> None:
        self._spacing = spacing
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            hint = item.minimumSize()
            size = size.expandedTo(QSize(min(hint.width(), 200), hint.height()))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, int, int]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            # height for width only: a word-wrapped label's minimum height is that of
            # its narrowest layout, far taller than it needs on one line
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            if x > area.x() and x + width > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, width, height))
            x += width + self._spacing
        y = area.y()
        for line in lines:
            if not line:
                continue
            line_height = max(height for _, _, height in line)
            x = area.x()
            for item, width, height in line:
                if apply:  # centred on the line, like words of different sizes
                    top = y + (line_height - height) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, height)))
                x += width + self._spacing
            y += line_height + self._spacing
        used = y - self._spacing if any(lines) else y
        return used - rect.y() + margins.bottom()
