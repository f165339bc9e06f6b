"""A big, word-wrapping answer button: number, tick box or dot, text, and a result mark."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.labels import make_label, set_state
from quizapp.ui.theme import Theme


class ChoiceIndicator(QWidget):
    """A round (one answer) or square (several answers) box that shows the button's state."""

    def __init__(self, button: QAbstractButton, round_mark: bool, theme: Theme) -> None:
        super().__init__(button)
        self._button = button
        self._round = round_mark
        self._theme = theme
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def sizeHint(self) -> QSize:
        side = self._theme.px(26)
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 4
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter.setPen(QPen(self._theme.color("text"), max(2.0, side / 12)))
        painter.setBrush(self._theme.color("surface"))
        if self._round:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, side / 5, side / 5)
        if not self._button.isChecked():
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._theme.color("primary"))
        inner = rect.adjusted(side / 4.5, side / 4.5, -side / 4.5, -side / 4.5)
        if self._round:
            painter.drawEllipse(inner)
        else:
            painter.drawRoundedRect(inner, side / 10, side / 10)
            pen = QPen(self._theme.color("primary_text"), max(2.0, side / 9))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            w = inner.width()
            x, y = inner.left(), inner.top()
            painter.drawPolyline(
                [
                    QPointF(x + w * 0.2, y + w * 0.52),
                    QPointF(x + w * 0.42, y + w * 0.74),
                    QPointF(x + w * 0.8, y + w * 0.28),
                ]
            )


class ChoiceButton(QAbstractButton):
    """text() is the choice text, as the UI contract asks; the label shows it wrapped."""

    def __init__(
        self,
        index: int,
        text: str,
        theme: Theme,
        round_mark: bool,
        parent: QWidget | None = None,
        display_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._theme = theme
        self._locked = False
        self.setObjectName(f"choice_{index}")
        self.setProperty("role", "choice")
        self.setCheckable(True)
        self.setText(text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self._number = make_label(str(index + 1), "choiceNumber", wrap=False)
        self._number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._indicator = ChoiceIndicator(self, round_mark, theme)
        self._text = make_label(
            text if display_text is None else display_text, bank_text=True, object_name="choiceText"
        )
        self._mark_icon = QLabel()
        self._mark_text = make_label(role="choiceMark", wrap=True)
        mark_row = QHBoxLayout()
        mark_row.setContentsMargins(0, 0, 0, 0)
        mark_row.addWidget(self._mark_icon, 0, Qt.AlignmentFlag.AlignTop)
        mark_row.addWidget(self._mark_text, 1)
        self._mark = QWidget()
        self._mark.setLayout(mark_row)
        self._mark.hide()

        text_column = QVBoxLayout()
        text_column.setContentsMargins(0, 0, 0, 0)
        text_column.setSpacing(4)
        text_column.addWidget(self._text)
        text_column.addWidget(self._mark)

        layout = QHBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self._number, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._indicator, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text_column, 1)
        for child in (self._number, self._text, self._mark_icon, self._mark_text, self._mark):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.toggled.connect(self._indicator.update)

    def _apply_theme(self) -> None:
        pad = self._theme.px(14)
        self.layout().setContentsMargins(pad, pad - 2, pad, pad - 2)
        side = self._theme.px(30)
        self._number.setMinimumSize(side, side)
        self._indicator.setFixedSize(self._indicator.sizeHint())
        self._indicator.setMinimumHeight(side)
        icon = self._mark_icon.property("iconName")
        if icon:
            self._set_mark_icon(str(icon), str(self._mark_icon.property("iconColor")))

    def set_choice_text(self, text: str) -> None:
        self.setText(text)
        self._text.setText(text)
        self._text.setAccessibleName(text)  # "True" / "False" are said in the interface language

    @property
    def locked(self) -> bool:
        return self._locked

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self.setCursor(Qt.CursorShape.ArrowCursor if locked else Qt.CursorShape.PointingHandCursor)

    def nextCheckState(self) -> None:
        if not self._locked:
            super().nextCheckState()

    def set_mark(self, state: str, text: str, icon: str, color: str) -> None:
        """Show the result on this choice: a state for the style, words and an icon."""
        set_state(self, state)
        self._mark_text.setText(text)
        self._set_mark_icon(icon, color)
        self._mark.show()
        self.setAccessibleDescription(text)

    def _set_mark_icon(self, icon: str, color: str) -> None:
        self._mark_icon.setProperty("iconName", icon)
        self._mark_icon.setProperty("iconColor", color)
        side = self._theme.px(22)
        self._mark_icon.setPixmap(self._theme.pixmap(icon, color, side))

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOption()
        option.initFrom(self)
        if self.isChecked():
            option.state |= QStyle.StateFlag.State_On
        if self.isDown():
            option.state |= QStyle.StateFlag.State_Sunken
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
