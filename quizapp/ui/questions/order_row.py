"""One step of an ordering question: a card that can be dragged, or moved with Alt+arrows."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from quizapp.ui.labels import make_label, set_state
from quizapp.ui.theme import Theme

MIME_TYPE = "application/x-quizapp-order-row"


class OrderRow(QFrame):
    move_requested = Signal(object, int)  # row, -1 up / +1 down
    focus_moved = Signal(object, int)  # row, -1 previous / +1 next
    selected = Signal(object)

    def __init__(self, step_index: int, text: str, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.step_index = step_index
        self.step_text = text
        self._theme = theme
        self._press: QPoint | None = None
        self.locked = False
        self.setObjectName(f"orderStep_{step_index}")
        self.setProperty("role", "orderRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

        self._grip = QLabel()
        self._position = make_label("", "choiceNumber", wrap=False)
        self._position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text = make_label(text, bank_text=True, object_name="orderStepText")
        self._mark_icon = QLabel()
        self._mark_text = make_label(role="choiceMark")
        self._mark = QWidget()
        mark_row = QHBoxLayout(self._mark)
        mark_row.setContentsMargins(0, 0, 0, 0)
        mark_row.addWidget(self._mark_icon, 0, Qt.AlignmentFlag.AlignTop)
        mark_row.addWidget(self._mark_text, 1)
        self._mark.hide()
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._text)
        column.addWidget(self._mark)
        layout = QHBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self._grip, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self._position, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(column, 1)
        for child in (self._grip, self._position, self._text, self._mark, self._mark_icon):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()

    def _apply_theme(self) -> None:
        pad = self._theme.px(12)
        self.layout().setContentsMargins(pad, pad, pad, pad)
        self._grip.setPixmap(self._theme.pixmap("grip", "muted", self._theme.px(22)))
        side = self._theme.px(30)
        self._position.setMinimumSize(side, side)
        icon = self._mark_icon.property("iconName")
        if icon:
            self._mark_icon.setPixmap(
                self._theme.pixmap(str(icon), str(self._mark_icon.property("iconColor")), side)
            )

    def set_position(self, position: int, total: int) -> None:
        self._position.setText(str(position + 1))
        self.setAccessibleName(
            self.tr("Step in place {position} of {total}: {text}").format(
                position=position + 1, total=total, text=self.step_text
            )
        )

    def set_mark(self, state: str, text: str, icon: str) -> None:
        set_state(self, state)
        self._mark_text.setText(text)
        self._mark_icon.setProperty("iconName", icon)
        self._mark_icon.setProperty("iconColor", state)
        self._mark_icon.setPixmap(
            self._theme.pixmap(icon, state, self._theme.px(22))
        )  # state is a colour
        self._mark.show()
        self.setAccessibleDescription(text)

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self.setCursor(Qt.CursorShape.ArrowCursor if locked else Qt.CursorShape.OpenHandCursor)

    # -- keyboard -------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            if alt:
                if not self.locked:
                    self.move_requested.emit(self, step)
            else:
                self.focus_moved.emit(self, step)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        self.selected.emit(self)
        super().focusInEvent(event)

    # -- mouse: click selects, drag moves ------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.selected.emit(self)  # also when the window is not active and gets no focus-in
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self.locked:
            return
        moved = (event.position().toPoint() - self._press).manhattanLength()
        if moved < QApplication.startDragDistance():
            return
        self._press = None
        mime = QMimeData()
        mime.setData(MIME_TYPE, str(self.step_index).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.grab())
        drag.setHotSpot(event.position().toPoint())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)
