"""One tappable piece of a message in a spot-the-red-flags question."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOption,
    QWidget,
)

from quizapp.ui.bank_text import strip_marks
from quizapp.ui.labels import make_label, set_state
from quizapp.ui.theme import Theme


class SpotSegmentButton(QAbstractButton):
    def __init__(self, index: int, text: str, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part_index = index
        self._theme = theme
        self.locked = False
        self.setObjectName(f"segment_{index}")
        self.setProperty("role", "segment")
        self.setCheckable(True)
        self.setText(text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._icon = QLabel()
        self._icon.hide()
        self._label = make_label(text, bank_text=True, object_name="segmentText")
        self._label.setProperty("role", "segmentText")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(4)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self._label, 1)
        for child in (self._icon, self._label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.toggled.connect(self._toggled)
        self._toggled(False)

    def _toggled(self, checked: bool) -> None:
        if self.locked:
            return
        if checked:
            self._icon.setPixmap(self._theme.pixmap("flag", "flag", self._theme.px(18)))
            self._icon.show()
        else:
            self._icon.hide()
        flagged = self.tr("marked as a red flag") if checked else self.tr("not marked")
        self.setAccessibleName(
            self.tr("Part of the message: {text}").format(text=self.text().strip())
        )
        self.setAccessibleDescription(flagged)

    def sizeHint(self) -> QSize:
        # as wide as the text on one line; the flow layout narrows it to the line if needed
        layout = self.layout()
        margins = layout.contentsMargins()
        width = QFontMetrics(self._label.font()).horizontalAdvance(strip_marks(self.text()))
        width += margins.left() + margins.right() + 6
        if not self._icon.isHidden():
            width += self._icon.sizeHint().width() + layout.spacing()
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)

    def nextCheckState(self) -> None:
        if not self.locked:
            super().nextCheckState()

    def set_mark(self, state: str, words: str, icon: str = "", color: str = "text") -> None:
        self.locked = True
        self.setCursor(Qt.CursorShape.ArrowCursor)
        set_state(self, state)
        if icon:
            self._icon.setPixmap(self._theme.pixmap(icon, color, self._theme.px(18)))
            self._icon.show()
        else:
            self._icon.hide()
        self.setAccessibleDescription(words)
        self.setToolTip(words)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(
                self.tr("Part of the message: {text}").format(text=self.text().strip())
            )
            if not self.locked:
                self._toggled(self.isChecked())
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOption()
        option.initFrom(self)
        if self.isChecked():
            option.state |= QStyle.StateFlag.State_On
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
