"""The part of the question form that differs by kind: answers, steps, pairs, message parts.

Each editor turns its rows into the data a bank file holds for its kind and
back. Rows left wholly blank are skipped (a spare row is no mistake); every
other row goes to the loader as written, so its messages can point at it.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.loader import MAX_TEXT
from quizapp.ui.labels import make_label, set_state
from quizapp.ui.sharing.widgets import make_button, set_texts
from quizapp.ui.theme import Theme

Path_ = tuple[object, ...]


def line_edit(object_name: str, max_length: int = MAX_TEXT) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setMaxLength(max_length)
    edit.setClearButtonEnabled(False)
    return edit


class KindEditor(QWidget):
    """The kind-specific part of a question; `changed` on every edit."""

    changed = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self.error = make_label(role="fieldError")
        self.error.hide()

    def data(self) -> dict[str, object]:
        raise NotImplementedError

    def load(self, data: dict[str, object]) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        self.load({})

    def clear_errors(self) -> None:
        self.error.hide()

    def show_error(self, path: Path_, message: str) -> QWidget:
        """Put the message where `path` (a path inside the question) points; the widget there."""
        self._say(self.error, message)
        return self

    @staticmethod
    def _say(label: QLabel, message: str) -> None:
        old = label.text() if label.isVisibleTo(label.parentWidget()) else ""
        if message not in old.split("\n"):
            label.setText(f"{old}\n{message}" if old else message)
        label.setAccessibleName(label.text())
        label.show()

    def focus_first(self) -> None:
        self.focusNextChild()

    def retranslate(self) -> None:
        """Interface texts."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# -- rows ------------------------------------------------------------------------


class Row(QFrame):
    """One answer, step, pair or part, with its own error line and a remove button."""

    def __init__(self, prefix: str, index: int) -> None:
        super().__init__()
        self.setProperty("role", "formRow")
        self.setObjectName(f"{prefix}Row_{index}")
        self.index = index
        self.number = make_label(role="muted", wrap=False)
        self.fields = QGridLayout()
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.fields.setHorizontalSpacing(8)
        self.fields.setVerticalSpacing(6)
        self.error = make_label(role="fieldError", object_name=f"{prefix}Error_{index}")
        self.error.hide()
        self.up_button = make_button(f"{prefix}Up_{index}", "quiet")
        self.down_button = make_button(f"{prefix}Down_{index}", "quiet")
        self.remove_button = make_button(f"{prefix}Remove_{index}", "quiet")
        tools = QHBoxLayout()
        tools.setSpacing(2)
        tools.addWidget(self.number)
        tools.addStretch(1)
        tools.addWidget(self.up_button)
        tools.addWidget(self.down_button)
        tools.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(tools)
        layout.addLayout(self.fields)
        layout.addWidget(self.error)
        self.widgets: dict[str, QWidget] = {}

    def add(self, key: str, widget: QWidget, row: int, column: int, span: int = 1) -> None:
        self.widgets[key] = widget
        self.fields.addWidget(widget, row, column, 1, span)


class RowEditor(KindEditor):
    """Rows of one kind of item: add, remove, move, and their data in order."""

    prefix = "row"
    data_key = ""
    min_rows = 3
    max_rows = 10
    movable = False

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.rows: list[Row] = []
        self.item_rows: list[int] = []  # index in the data -> index of the row
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(theme.px(8))
        self.add_button = make_button(f"add{self.prefix[:1].upper()}{self.prefix[1:]}Button")
        self.add_button.clicked.connect(self._add_clicked)
        self.top = QVBoxLayout()
        self.top.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.px(8))
        layout.addLayout(self.top)
        layout.addLayout(self._rows_layout)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        self._set_count(self.min_rows)

    # -- rows ----------------------------------------------------------------

    def make_row(self, row: Row) -> None:
        raise NotImplementedError

    def row_value(self, row: Row) -> object | None:
        """The row's item for the bank data; None when the row is wholly blank."""
        raise NotImplementedError

    def fill_row(self, row: Row, value: object | None) -> None:
        raise NotImplementedError

    def _new_row(self) -> Row:
        row = Row(self.prefix, len(self.rows))
        self.make_row(row)
        row.remove_button.clicked.connect(lambda _=False, r=row: self.remove_row(r.index))
        row.up_button.clicked.connect(lambda _=False, r=row: self.move_row(r.index, -1))
        row.down_button.clicked.connect(lambda _=False, r=row: self.move_row(r.index, 1))
        row.up_button.setVisible(self.movable)
        row.down_button.setVisible(self.movable)
        for widget in row.widgets.values():
            signal = getattr(widget, "textChanged", None) or getattr(widget, "toggled", None)
            if signal is not None:
                signal.connect(self.changed)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        return row

    def _set_count(self, count: int) -> None:
        while len(self.rows) < count:
            self._new_row()
        while len(self.rows) > count:
            row = self.rows.pop()
            row.hide()
            row.setParent(None)
            row.deleteLater()
        self._update_rows()

    def _rewind(self) -> None:
        """Show the start of every filled-in line, not its end."""
        for row in self.rows:
            for widget in row.widgets.values():
                if isinstance(widget, QLineEdit):
                    widget.setCursorPosition(0)

    def _update_rows(self) -> None:
        for index, row in enumerate(self.rows):
            row.index = index
            row.up_button.setEnabled(index > 0)
            row.down_button.setEnabled(index < len(self.rows) - 1)
            row.remove_button.setEnabled(len(self.rows) > 1)
        self.add_button.setEnabled(len(self.rows) < self.max_rows)
        self._chain_tab_order()
        self.retranslate()

    def _chain_tab_order(self) -> None:
        """Tab goes through each row's fields, then its tools, then to "add"."""
        chain: list[QWidget] = []
        for row in self.rows:
            chain.extend(row.widgets.values())
            chain.extend((row.up_button, row.down_button, row.remove_button))
        chain.append(self.add_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _add_clicked(self) -> None:
        if len(self.rows) >= self.max_rows:
            return
        row = self._new_row()
        self._update_rows()
        self.focus_row(row.index)
        self.changed.emit()

    def add_row(self) -> Row:
        self._add_clicked()
        return self.rows[-1]

    def remove_row(self, index: int) -> None:
        if not 0 <= index < len(self.rows) or len(self.rows) <= 1:
            return
        values = [self.row_value(r) for r in self.rows]
        del values[index]
        self._set_count(len(values))
        for row, value in zip(self.rows, values, strict=True):
            self.fill_row(row, value)
        self.focus_row(min(index, len(self.rows) - 1))
        self.changed.emit()

    def move_row(self, index: int, step: int) -> None:
        other = index + step
        if not (0 <= index < len(self.rows) and 0 <= other < len(self.rows)):
            return
        first, second = self.row_value(self.rows[index]), self.row_value(self.rows[other])
        self.fill_row(self.rows[index], second)
        self.fill_row(self.rows[other], first)
        button = self.rows[other].up_button if step < 0 else self.rows[other].down_button
        (button if button.isEnabled() else self.rows[other].remove_button).setFocus()
        self.changed.emit()

    def focus_row(self, index: int) -> None:
        if 0 <= index < len(self.rows):
            first = next(iter(self.rows[index].widgets.values()), None)
            if first is not None:
                first.setFocus()

    def focus_first(self) -> None:
        self.focus_row(0)

    # -- data ------------------------------------------------------------------

    def items(self) -> list[object]:
        values: list[object] = []
        self.item_rows = []
        for row in self.rows:
            value = self.row_value(row)
            if value is not None:
                values.append(value)
                self.item_rows.append(row.index)
        return values

    def data(self) -> dict[str, object]:
        return {self.data_key: self.items()}

    def load(self, data: dict[str, object]) -> None:
        values = list(data.get(self.data_key) or [])  # type: ignore[call-overload]
        self._set_count(max(self.min_rows, len(values)))
        for index, row in enumerate(self.rows):
            self.fill_row(row, values[index] if index < len(values) else None)
        self._rewind()

    def clear_errors(self) -> None:
        super().clear_errors()
        for row in self.rows:
            row.error.hide()
            row.error.clear()
            set_state(row, "")

    def item_path(self, path: Path_) -> tuple[int | None, Path_]:
        """(row index, the rest of the path) for a path inside the question."""
        if len(path) >= 2 and path[0] == self.data_key and isinstance(path[1], int):
            data_index = path[1]
            if data_index < len(self.item_rows):
                return self.item_rows[data_index], path[2:]
        return None, ()

    def show_error(self, path: Path_, message: str) -> QWidget:
        index, rest = self.item_path(path)
        if index is None:
            return super().show_error(path, message)
        row = self.rows[index]
        self._say(row.error, message)
        set_state(row, "wrong")
        return self.widget_in_row(row, rest)

    def widget_in_row(self, row: Row, rest: Path_) -> QWidget:
        return next(iter(row.widgets.values()), row)

    # -- texts -------------------------------------------------------------------

    def row_title(self, index: int) -> str:
        return self.tr("Item {number}").format(number=index + 1)

    def retranslate(self) -> None:
        for row in self.rows:
            title = self.row_title(row.index)
            row.number.setText(title)
            set_texts(row.up_button, "↑", self.tr("{item}: move up").format(item=title))
            set_texts(row.down_button, "↓", self.tr("{item}: move down").format(item=title))
            set_texts(
                row.remove_button, self.tr("Remove"), self.tr("Remove {item}").format(item=title)
            )
            self.name_row(row, title)

    def name_row(self, row: Row, title: str) -> None:
        """Accessible names and placeholders of the row's fields."""


def _text(widget: QWidget) -> str:
    return widget.text()  # type: ignore[attr-defined]


# -- single and multiple choice ------------------------------------------------------


class ChoicesEditor(RowEditor):
    prefix = "choice"
    data_key = "choices"
    min_rows = 3
    max_rows = 8

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        self._multiple = False
        self._group = QButtonGroup()
        super().__init__(theme, parent)
        self._group.setParent(self)
        self.hint = make_label(role="hint")
        self.top.addWidget(self.hint)

    def set_multiple(self, multiple: bool) -> None:
        self._multiple = multiple
        if not multiple:
            # one right answer: keep the first one marked
            marked = [r for r in self.rows if r.widgets["correct"].isChecked()]  # type: ignore
            for row in marked[1:]:
                row.widgets["correct"].setChecked(False)  # type: ignore[attr-defined]
        self._group.setExclusive(not multiple)
        self.retranslate()

    def make_row(self, row: Row) -> None:
        index = row.index
        text = line_edit(f"choiceText_{index}")
        correct = QCheckBox()
        correct.setObjectName(f"choiceCorrect_{index}")
        feedback = line_edit(f"choiceFeedback_{index}")
        self._group.addButton(correct)
        row.add("text", text, 0, 0)
        row.add("correct", correct, 0, 1)
        row.add("feedback", feedback, 1, 0, 2)
        row.fields.setColumnStretch(0, 1)

    def _set_count(self, count: int) -> None:
        for row in self.rows[count:]:
            self._group.removeButton(row.widgets["correct"])  # type: ignore[arg-type]
        super()._set_count(count)

    def row_value(self, row: Row) -> object | None:
        text = _text(row.widgets["text"]).strip()
        feedback = _text(row.widgets["feedback"]).strip()
        correct = row.widgets["correct"].isChecked()  # type: ignore[attr-defined]
        if not text and not feedback and not correct:
            return None
        item: dict[str, object] = {"text": text}
        if correct:
            item["correct"] = True
        if feedback:
            item["feedback"] = feedback
        return item

    def fill_row(self, row: Row, value: object | None) -> None:
        item = value if isinstance(value, dict) else {}
        row.widgets["text"].setText(str(item.get("text", "")))  # type: ignore[attr-defined]
        row.widgets["feedback"].setText(str(item.get("feedback", "")))  # type: ignore
        box = row.widgets["correct"]
        exclusive = self._group.exclusive()
        self._group.setExclusive(False)
        box.setChecked(bool(item.get("correct")))  # type: ignore[attr-defined]
        self._group.setExclusive(exclusive)

    def widget_in_row(self, row: Row, rest: Path_) -> QWidget:
        return row.widgets["feedback"] if rest[:1] == ("feedback",) else row.widgets["text"]

    def row_title(self, index: int) -> str:
        return self.tr("Answer {number}").format(number=index + 1)

    def name_row(self, row: Row, title: str) -> None:
        text, correct, feedback = (row.widgets[k] for k in ("text", "correct", "feedback"))
        text.setAccessibleName(self.tr("{item}: its text").format(item=title))
        text.setPlaceholderText(self.tr("Write an answer"))  # type: ignore[attr-defined]
        correct.setText(self.tr("Right answer"))  # type: ignore[attr-defined]
        correct.setAccessibleName(self.tr("{item} is right").format(item=title))
        feedback.setAccessibleName(
            self.tr("{item}: what to say if someone picks it (optional)").format(item=title)
        )
        feedback.setPlaceholderText(  # type: ignore[attr-defined]
            self.tr("What to say if someone picks it (optional)")
        )

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "hint"):
            self.hint.setText(
                self.tr("Tick every right answer; at least one.")
                if self._multiple
                else self.tr("Tick the one right answer.")
            )
        set_texts(self.add_button, self.tr("Add an answer"))


# -- true or false ---------------------------------------------------------------------


class TrueFalseEditor(KindEditor):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.label = make_label(role="heading")
        self.true_button = QRadioButton()
        self.true_button.setObjectName("answerTrueButton")
        self.false_button = QRadioButton()
        self.false_button.setObjectName("answerFalseButton")
        self._group = QButtonGroup(self)
        self._group.addButton(self.true_button)
        self._group.addButton(self.false_button)
        for button in (self.true_button, self.false_button):
            button.toggled.connect(self.changed)
        self.label.setBuddy(self.true_button)
        row = QHBoxLayout()
        row.addWidget(self.true_button)
        row.addWidget(self.false_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.retranslate()

    def data(self) -> dict[str, object]:
        if self.true_button.isChecked():
            return {"answer": True}
        if self.false_button.isChecked():
            return {"answer": False}
        return {}

    def load(self, data: dict[str, object]) -> None:
        answer = data.get("answer")
        self._group.setExclusive(False)
        self.true_button.setChecked(answer is True)
        self.false_button.setChecked(answer is False)
        self._group.setExclusive(True)

    def show_error(self, path: Path_, message: str) -> QWidget:
        super().show_error(path, message)
        return self.true_button

    def focus_first(self) -> None:
        self.true_button.setFocus()

    def retranslate(self) -> None:
        self.label.setText(self.tr("The statement is…"))
        set_texts(self.true_button, self.tr("True"), self.tr("The statement is true"))
        set_texts(self.false_button, self.tr("False"), self.tr("The statement is false"))


# -- order -----------------------------------------------------------------------------


class StepsEditor(RowEditor):
    prefix = "step"
    data_key = "steps"
    min_rows = 3
    max_rows = 10
    movable = True

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.hint = make_label(role="hint")
        self.top.addWidget(self.hint)
        self.retranslate()

    def make_row(self, row: Row) -> None:
        row.add("text", line_edit(f"stepText_{row.index}"), 0, 0)

    def row_value(self, row: Row) -> object | None:
        return _text(row.widgets["text"]).strip() or None

    def fill_row(self, row: Row, value: object | None) -> None:
        row.widgets["text"].setText("" if value is None else str(value))  # type: ignore

    def row_title(self, index: int) -> str:
        return self.tr("Step {number}").format(number=index + 1)

    def name_row(self, row: Row, title: str) -> None:
        row.widgets["text"].setAccessibleName(title)
        row.widgets["text"].setPlaceholderText(self.tr("Write this step"))  # type: ignore

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "hint"):
            self.hint.setText(
                self.tr("Write the steps in the right order; the quiz shuffles them.")
            )
        set_texts(self.add_button, self.tr("Add a step"))


# -- match -----------------------------------------------------------------------------


class PairsEditor(RowEditor):
    prefix = "pair"
    data_key = "pairs"
    min_rows = 3
    max_rows = 8

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.hint = make_label(role="hint")
        self.top.addWidget(self.hint)
        self.retranslate()

    def make_row(self, row: Row) -> None:
        arrow = QLabel("↔")
        arrow.setAccessibleName("")
        row.add("left", line_edit(f"pairLeft_{row.index}"), 0, 0)
        row.fields.addWidget(arrow, 0, 1)
        row.add("right", line_edit(f"pairRight_{row.index}"), 0, 2)
        row.fields.setColumnStretch(0, 1)
        row.fields.setColumnStretch(2, 1)

    def row_value(self, row: Row) -> object | None:
        left = _text(row.widgets["left"]).strip()
        right = _text(row.widgets["right"]).strip()
        return [left, right] if left or right else None

    def fill_row(self, row: Row, value: object | None) -> None:
        left, right = ([*list(value), "", ""])[:2] if isinstance(value, list) else ("", "")
        row.widgets["left"].setText(str(left))  # type: ignore[attr-defined]
        row.widgets["right"].setText(str(right))  # type: ignore[attr-defined]

    def widget_in_row(self, row: Row, rest: Path_) -> QWidget:
        return row.widgets["right"] if rest[:1] == (1,) else row.widgets["left"]

    def row_title(self, index: int) -> str:
        return self.tr("Pair {number}").format(number=index + 1)

    def name_row(self, row: Row, title: str) -> None:
        row.widgets["left"].setAccessibleName(self.tr("{item}: left side").format(item=title))
        row.widgets["right"].setAccessibleName(self.tr("{item}: its partner").format(item=title))
        row.widgets["left"].setPlaceholderText(self.tr("Left side"))  # type: ignore
        row.widgets["right"].setPlaceholderText(self.tr("Its partner"))  # type: ignore

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "hint"):
            self.hint.setText(
                self.tr("Write each item with its partner; the quiz shuffles the partners.")
            )
        set_texts(self.add_button, self.tr("Add a pair"))


# -- spot the red flags -------------------------------------------------------------------


class SpotEditor(RowEditor):
    prefix = "part"
    data_key = "parts"
    min_rows = 3
    max_rows = 10
    movable = True

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.hint = make_label(role="hint")
        self.sender_label = make_label()
        self.sender = line_edit("spotSenderEdit", 200)
        self.sender.textChanged.connect(self.changed)
        self.sender_label.setBuddy(self.sender)
        self.sender_error = make_label(role="fieldError", object_name="spotSenderError")
        self.sender_error.hide()
        self.top.addWidget(self.hint)
        self.top.addWidget(self.sender_label)
        self.top.addWidget(self.sender)
        self.top.addWidget(self.sender_error)
        self.retranslate()

    def make_row(self, row: Row) -> None:
        index = row.index
        text = line_edit(f"partText_{index}")
        flag = QCheckBox()
        flag.setObjectName(f"partFlag_{index}")
        why = line_edit(f"partWhy_{index}")
        why.setEnabled(False)
        flag.toggled.connect(why.setEnabled)
        row.add("text", text, 0, 0)
        row.add("flag", flag, 0, 1)
        row.add("why", why, 1, 0, 2)
        row.fields.setColumnStretch(0, 1)

    def row_value(self, row: Row) -> object | None:
        text = _text(row.widgets["text"]).strip()
        flagged = row.widgets["flag"].isChecked()  # type: ignore[attr-defined]
        why = _text(row.widgets["why"]).strip()
        if flagged:
            return {"flag": text, "why": why}
        return text or None

    def fill_row(self, row: Row, value: object | None) -> None:
        if isinstance(value, dict):
            text, flagged, why = str(value.get("flag", "")), True, str(value.get("why", ""))
        else:
            text, flagged, why = ("" if value is None else str(value)), False, ""
        row.widgets["text"].setText(text)  # type: ignore[attr-defined]
        row.widgets["flag"].setChecked(flagged)  # type: ignore[attr-defined]
        row.widgets["why"].setText(why)  # type: ignore[attr-defined]

    def data(self) -> dict[str, object]:
        message: dict[str, object] = {}
        sender = self.sender.text().strip()
        if sender:
            message["sender"] = sender
        message["parts"] = self.items()
        return {"message": message}

    def load(self, data: dict[str, object]) -> None:
        message = data.get("message") if isinstance(data.get("message"), dict) else {}
        self.sender.setText(str(message.get("sender", "")))  # type: ignore[union-attr]
        super().load({"parts": message.get("parts") or []})  # type: ignore[union-attr]

    def item_path(self, path: Path_) -> tuple[int | None, Path_]:
        if path[:1] == ("message",):
            return super().item_path(path[1:])
        return None, ()

    def show_error(self, path: Path_, message: str) -> QWidget:
        if path[:2] == ("message", "sender"):
            self._say(self.sender_error, message)
            return self.sender
        return super().show_error(path, message)

    def clear_errors(self) -> None:
        super().clear_errors()
        self.sender_error.hide()
        self.sender_error.clear()

    def widget_in_row(self, row: Row, rest: Path_) -> QWidget:
        return row.widgets["why"] if rest[:1] == ("why",) else row.widgets["text"]

    def row_title(self, index: int) -> str:
        return self.tr("Part {number}").format(number=index + 1)

    def name_row(self, row: Row, title: str) -> None:
        row.widgets["text"].setAccessibleName(self.tr("{item}: its words").format(item=title))
        row.widgets["text"].setPlaceholderText(self.tr("Words of the message"))  # type: ignore
        row.widgets["flag"].setText(self.tr("Red flag"))  # type: ignore[attr-defined]
        row.widgets["flag"].setAccessibleName(self.tr("{item} is a red flag").format(item=title))
        row.widgets["why"].setAccessibleName(
            self.tr("{item}: why it is a red flag").format(item=title)
        )
        row.widgets["why"].setPlaceholderText(  # type: ignore[attr-defined]
            self.tr("Why is it a red flag? (for red flags)")
        )

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "hint"):
            self.hint.setText(
                self.tr(
                    "Write the message part by part, in order. Tick the parts that are red "
                    "flags and say why."
                )
            )
            self.sender_label.setText(self.tr("Who sent it (optional)"))
            self.sender.setAccessibleName(self.tr("Who sent the message (optional)"))
        set_texts(self.add_button, self.tr("Add a part"))


EDITORS: dict[str, Callable[[Theme], KindEditor]] = {
    "choices": ChoicesEditor,
    "truefalse": TrueFalseEditor,
    "order": StepsEditor,
    "match": PairsEditor,
    "spot": SpotEditor,
}
