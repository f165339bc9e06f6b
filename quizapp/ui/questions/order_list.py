"""The drop target that holds the order rows."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from quizapp.ui.questions.order_row import MIME_TYPE


class OrderList(QWidget):
    row_dropped = Signal(int, int)  # step index, y in this widget

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderList")
        self.setAcceptDrops(True)

    @staticmethod
    def dragged_step(event: QDropEvent | QDragMoveEvent) -> int | None:
        if not event.mimeData().hasFormat(MIME_TYPE):
            return None
        try:
            return int(bytes(event.mimeData().data(MIME_TYPE)).decode())
        except ValueError:
            return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.dragged_step(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.dragged_step(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        step = self.dragged_step(event)
        if step is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.row_dropped.emit(step, round(event.position().y()))
