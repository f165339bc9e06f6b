"""Put the steps in order: drag the cards, or select one and move it with Alt+Up/Down or buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.core.bank import OrderQuestion
from quizapp.core.grading import Answer
from quizapp.core.session import AnsweredQuestion
from quizapp.ui.questions.order_list import OrderList
from quizapp.ui.questions.order_row import OrderRow
from quizapp.ui.questions.question_widget import QuestionWidget
from quizapp.ui.theme import Theme


class OrderQuestionWidget(QuestionWidget):
    def __init__(
        self,
        question: OrderQuestion,
        display_order: list[int],
        theme: Theme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("orderQuestion")
        self._question = question
        self._theme = theme
        self._selected: OrderRow | None = None
        order = display_order if sorted(display_order) == list(range(len(question.steps))) else []
        order = order or list(range(len(question.steps)))

        self._list = OrderList()
        self._list.row_dropped.connect(self.drop)
        self._rows_layout = QVBoxLayout(self._list)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(theme.px(8))
        self.rows: list[OrderRow] = []
        for step_index in order:
            row = OrderRow(step_index, question.steps[step_index], theme)
            row.move_requested.connect(self.move)
            row.focus_moved.connect(self._focus_neighbour)
            row.selected.connect(self._select)
            self.rows.append(row)
            self._rows_layout.addWidget(row)

        self.up_button = QPushButton()
        self.up_button.setObjectName("moveUpButton")
        self.down_button = QPushButton()
        self.down_button.setObjectName("moveDownButton")
        for button, step in ((self.up_button, -1), (self.down_button, 1)):
            button.setAutoDefault(True)
            button.clicked.connect(lambda _=False, s=step: self._move_selected(s))
        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.px(10))
        layout.addWidget(self._list)
        layout.addLayout(buttons)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.retranslate()
        self._renumber()
        if self.rows:
            self._select(self.rows[0])

    def _apply_theme(self) -> None:
        side = self._theme.px(22)
        self.up_button.setIcon(self._theme.icon("arrow-up"))
        self.down_button.setIcon(self._theme.icon("arrow-down"))
        for button in (self.up_button, self.down_button):
            button.setIconSize(
                button.iconSize().scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio)
            )
        self._rows_layout.setSpacing(self._theme.px(8))

    def retranslate(self) -> None:
        self.up_button.setText(self.tr("Move up"))
        self.up_button.setAccessibleName(self.tr("Move the selected step up (Alt+Up)"))
        self.down_button.setText(self.tr("Move down"))
        self.down_button.setAccessibleName(self.tr("Move the selected step down (Alt+Down)"))
        self._renumber()

    def keys_hint(self) -> str:
        return self.tr("Keys: ↑/↓ select · Alt+↑/↓ move · Enter check")

    def instructions(self) -> str:
        return self.tr(
            "Drag the steps into the right order, or select one and press Alt+Up / Alt+Down."
        )

    # -- answer ---------------------------------------------------------

    def answer(self) -> Answer | None:
        return tuple(row.step_index for row in self.rows)

    def pick(self, index: int) -> bool:
        if 0 <= index < len(self.rows):
            self.rows[index].setFocus()
            return True
        return False

    def focus_first(self) -> None:
        target = self._selected or (self.rows[0] if self.rows else None)
        if target is not None:
            target.setFocus()

    # -- moving ---------------------------------------------------------

    def _select(self, row: OrderRow) -> None:
        if self._selected is row:
            return
        for other in self.rows:
            other.setProperty("selected", other is row)
            other.style().unpolish(other)
            other.style().polish(other)
        self._selected = row

    def _move_selected(self, step: int) -> None:
        if self._selected is not None:
            self.move(self._selected, step)
            self._selected.setFocus()

    def move(self, row: OrderRow, step: int) -> None:
        if row.locked or row not in self.rows:
            return
        source = self.rows.index(row)
        self.move_to(source, source + step)
        row.setFocus()

    def move_to(self, source: int, target: int) -> None:
        """Move the row at `source` so that it ends up at `target`."""
        target = max(0, min(target, len(self.rows) - 1))
        if source == target or not 0 <= source < len(self.rows):
            return
        row = self.rows.pop(source)
        self.rows.insert(target, row)
        self._rows_layout.removeWidget(row)
        self._rows_layout.insertWidget(target, row)
        self._rows_layout.activate()  # geometries now, for the next drop
        self._renumber()
        self.answer_changed.emit()

    def _renumber(self) -> None:
        for position, row in enumerate(self.rows):
            row.set_position(position, len(self.rows))
        for i in range(len(self.rows) - 1):
            QWidget.setTabOrder(self.rows[i], self.rows[i + 1])
        if self.rows:
            QWidget.setTabOrder(self.rows[-1], self.up_button)
            QWidget.setTabOrder(self.up_button, self.down_button)

    def _focus_neighbour(self, row: OrderRow, step: int) -> None:
        index = self.rows.index(row) + step
        if 0 <= index < len(self.rows):
            self.rows[index].setFocus()

    # -- drag and drop ----------------------------------------------------

    def drop_index(self, y: int) -> int:
        """Where a row dropped at height y (in the list's coordinates) should go."""
        for index, row in enumerate(self.rows):
            if y < row.geometry().center().y():
                return index
        return len(self.rows)

    def drop(self, step_index: int, y: int) -> None:
        row = next((r for r in self.rows if r.step_index == step_index and not r.locked), None)
        if row is None:
            return
        source = self.rows.index(row)
        target = self.drop_index(y)
        if target > source:
            target -= 1
        self.move_to(source, target)
        self._select(row)
        row.setFocus()

    # -- result -----------------------------------------------------------

    def show_result(self, answered: AnsweredQuestion) -> None:
        self.up_button.hide()
        self.down_button.hide()
        self._list.setAcceptDrops(False)
        for position, row in enumerate(self.rows):
            row.set_locked(True)
            if row.step_index == position:
                row.set_mark("right", self.tr("In the right place"), "right")
            else:
                row.set_mark(
                    "wrong",
                    self.tr("Belongs in place {number}").format(number=row.step_index + 1),
                    "wrong",
                )
