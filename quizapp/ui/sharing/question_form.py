"""The form for one question: its kind, the question, the answers (by kind), the explanation.

The form holds no rules of its own: `data()` is what a bank file would hold,
and the Create page has the loader judge it. Fields the form does not edit
(a picture, a mock message, a source, tags) are kept as they were.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.bank import Kind
from quizapp.ui.labels import make_label
from quizapp.ui.sharing.bool_guard import keep_bools_alive
from quizapp.ui.sharing.form_check import FieldIssue
from quizapp.ui.sharing.question_form_kinds import (
    ChoicesEditor,
    KindEditor,
    PairsEditor,
    SpotEditor,
    StepsEditor,
    TrueFalseEditor,
)
from quizapp.ui.theme import Theme

KINDS = (Kind.SINGLE, Kind.MULTIPLE, Kind.TRUEFALSE, Kind.ORDER, Kind.MATCH, Kind.SPOT)
COMMON = ("id", "kind", "prompt", "explanation", "difficulty")
KIND_DATA = {"choices", "answer", "steps", "pairs", "message"}


class PlainTextField(QPlainTextEdit):
    """A few lines of plain text; Tab moves on, as in any other field."""

    def __init__(self, object_name: str, lines: int, theme: Theme) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._lines = lines
        self._theme = theme
        self.fit()

    def fit(self) -> None:
        font = self.font()
        font.setPixelSize(self._theme.px("base"))
        height = QFontMetrics(font).lineSpacing() * self._lines + self._theme.px(24)
        self.setFixedHeight(height)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)


class QuestionForm(QWidget):
    changed = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_bools_alive()  # it emits `changed` on every keystroke: see bool_guard
        self.setObjectName("questionForm")
        self._theme = theme
        self._extras: dict[str, object] = {}
        self._loading = False

        self.kind_label = make_label(role="heading")
        self.kind_selector = QComboBox()
        self.kind_selector.setObjectName("kindSelector")
        for kind in KINDS:
            self.kind_selector.addItem("", kind.value)
        self.kind_label.setBuddy(self.kind_selector)
        self.kind_hint = make_label(role="hint", object_name="kindHint")

        self.prompt_label = make_label(role="heading")
        self.prompt = PlainTextField("promptEdit", 3, theme)
        self.prompt_label.setBuddy(self.prompt)
        self.prompt_error = make_label(role="fieldError", object_name="promptError")

        self.answers_label = make_label(role="heading")
        self.editors: dict[str, KindEditor] = {
            "choices": ChoicesEditor(theme),
            "truefalse": TrueFalseEditor(theme),
            "order": StepsEditor(theme),
            "match": PairsEditor(theme),
            "spot": SpotEditor(theme),
        }
        self.stack = QStackedWidget()
        self.stack.setObjectName("answersEditor")
        for editor in self.editors.values():
            self.stack.addWidget(editor)
            editor.changed.connect(self._changed)

        self.explanation_label = make_label(role="heading")
        self.explanation_hint = make_label(role="hint")
        self.explanation = PlainTextField("explanationEdit", 4, theme)
        self.explanation_label.setBuddy(self.explanation)
        self.explanation_error = make_label(role="fieldError", object_name="explanationError")

        self.difficulty_label = make_label()
        self.difficulty = QComboBox()
        self.difficulty.setObjectName("difficultySelector")
        for level in (1, 2, 3):
            self.difficulty.addItem("", level)
        self.difficulty_label.setBuddy(self.difficulty)

        self.extras_note = make_label(role="hint", object_name="keptFieldsNote")
        self.general_error = make_label(role="fieldError", object_name="questionError")

        for error in (self.prompt_error, self.explanation_error, self.general_error):
            error.hide()
        self.extras_note.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.px(8))
        layout.addWidget(self.kind_label)
        layout.addWidget(self.kind_selector)
        layout.addWidget(self.kind_hint)
        layout.addSpacing(theme.px(6))
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.prompt)
        layout.addWidget(self.prompt_error)
        layout.addSpacing(theme.px(6))
        layout.addWidget(self.answers_label)
        layout.addWidget(self.stack)
        layout.addSpacing(theme.px(6))
        layout.addWidget(self.explanation_label)
        layout.addWidget(self.explanation_hint)
        layout.addWidget(self.explanation)
        layout.addWidget(self.explanation_error)
        layout.addWidget(self.difficulty_label)
        layout.addWidget(self.difficulty)
        layout.addWidget(self.extras_note)
        layout.addWidget(self.general_error)

        self.kind_selector.currentIndexChanged.connect(self._kind_changed)
        self.prompt.textChanged.connect(self._changed)
        self.explanation.textChanged.connect(self._changed)
        self.difficulty.currentIndexChanged.connect(self._changed)
        theme.changed.connect(self._apply_theme)
        self.retranslate()
        self._kind_changed()

    # -- kind ------------------------------------------------------------------

    def kind(self) -> Kind:
        return Kind(self.kind_selector.currentData())

    def set_kind(self, kind: Kind | str) -> None:
        value = kind.value if isinstance(kind, Kind) else kind
        self.kind_selector.setCurrentIndex(self.kind_selector.findData(value))

    def editor(self, kind: Kind | None = None) -> KindEditor:
        kind = kind or self.kind()
        if kind in (Kind.SINGLE, Kind.MULTIPLE):
            return self.editors["choices"]
        return self.editors[kind.value]

    def _kind_changed(self) -> None:
        kind = self.kind()
        editor = self.editor(kind)
        if isinstance(editor, ChoicesEditor):
            editor.set_multiple(kind is Kind.MULTIPLE)
        self.stack.setCurrentWidget(editor)
        self.kind_hint.setText(self._kind_hint(kind))
        self.answers_label.setText(self._answers_title(kind))
        self.clear_errors()
        self._changed()

    # -- data --------------------------------------------------------------------

    def data(self, question_id: str) -> dict[str, object]:
        """The question as a bank file holds it, fields in the usual order."""
        kind = self.kind()
        data: dict[str, object] = {
            "id": question_id,
            "kind": kind.value,
            "prompt": self.prompt.text().strip(),
            "explanation": self.explanation.text().strip(),
        }
        level = int(self.difficulty.currentData() or 1)
        if level != 1:
            data["difficulty"] = level
        data.update(self._extras)
        data.update(self.editor(kind).data())
        return data

    def load(self, data: dict[str, object]) -> None:
        """Fill the form from a question's data (as a bank file holds it)."""
        self._loading = True
        try:
            kind = Kind(str(data.get("kind", Kind.SINGLE.value)))
            for editor in self.editors.values():
                editor.clear()
            self.set_kind(kind)
            self.editor(kind).load(data)
            if isinstance(self.editor(kind), ChoicesEditor):
                self.editor(kind).set_multiple(kind is Kind.MULTIPLE)  # type: ignore[attr-defined]
            self.prompt.setText(str(data.get("prompt", "")))
            self.explanation.setText(str(data.get("explanation", "")))
            index = self.difficulty.findData(int(data.get("difficulty", 1) or 1))  # type: ignore
            self.difficulty.setCurrentIndex(max(0, index))
            self._extras = {k: v for k, v in data.items() if k not in COMMON and k not in KIND_DATA}
        finally:
            self._loading = False
        self._show_extras_note()
        self.clear_errors()
        self._changed()

    def clear(self, kind: Kind | None = None) -> None:
        self.load({"kind": (kind or self.kind()).value})

    def _show_extras_note(self) -> None:
        names = {
            "image": self.tr("a picture"),
            "scenario": self.tr("a mock message"),
            "source": self.tr("a source"),
            "tags": self.tr("topic tags"),
        }
        kept = [names[k] for k in names if k in self._extras]
        self.extras_note.setText(
            self.tr("This question also has {things}; they are kept as they are.").format(
                things=", ".join(kept)
            )
        )
        self.extras_note.setVisible(bool(kept))

    def _changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    # -- problems ------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in (self.prompt_error, self.explanation_error, self.general_error):
            label.clear()
            label.hide()
        for editor in self.editors.values():
            editor.clear_errors()

    def show_issues(self, issues: list[FieldIssue] | tuple[FieldIssue, ...]) -> QWidget | None:
        """Each message under its field; returns the field of the first, to focus it."""
        self.clear_errors()
        first: QWidget | None = None
        for item in issues:
            target = self._show_one(item)
            first = first or target
        return first

    def _show_one(self, item: FieldIssue) -> QWidget:
        path, message = item.path, item.message
        head = path[0] if path else ""
        if head == "prompt":
            KindEditor._say(self.prompt_error, message)
            return self.prompt
        if head == "explanation":
            KindEditor._say(self.explanation_error, message)
            return self.explanation
        if head in KIND_DATA or not path or head in ("id", "kind"):
            # a problem of the answers as a whole is reported where the question starts
            editor = self.editor()
            return editor.show_error(path, message)
        KindEditor._say(self.general_error, message)
        return self.general_error

    # -- look and words ------------------------------------------------------------

    def _apply_theme(self) -> None:
        self.prompt.fit()
        self.explanation.fit()

    def _kind_name(self, kind: Kind) -> str:
        return {
            Kind.SINGLE: self.tr("One right answer"),
            Kind.MULTIPLE: self.tr("Several right answers"),
            Kind.TRUEFALSE: self.tr("True or false"),
            Kind.ORDER: self.tr("Put the steps in order"),
            Kind.MATCH: self.tr("Match the pairs"),
            Kind.SPOT: self.tr("Spot the red flags in a message"),
        }[kind]

    def _kind_hint(self, kind: Kind) -> str:
        return {
            Kind.SINGLE: self.tr("Players pick one answer; exactly one is right."),
            Kind.MULTIPLE: self.tr("Players pick every answer that applies."),
            Kind.TRUEFALSE: self.tr("Players say whether a statement is true or false."),
            Kind.ORDER: self.tr("Players put steps in the right order."),
            Kind.MATCH: self.tr("Players pair each item with its partner."),
            Kind.SPOT: self.tr("Players tap the parts of a message that are red flags."),
        }[kind]

    def _answers_title(self, kind: Kind) -> str:
        return {
            Kind.SINGLE: self.tr("Answers"),
            Kind.MULTIPLE: self.tr("Answers"),
            Kind.TRUEFALSE: self.tr("Answer"),
            Kind.ORDER: self.tr("Steps"),
            Kind.MATCH: self.tr("Pairs"),
            Kind.SPOT: self.tr("The message"),
        }[kind]

    def retranslate(self) -> None:
        for index, kind in enumerate(KINDS):
            self.kind_selector.setItemText(index, self._kind_name(kind))
        self.kind_label.setText(self.tr("Kind of question"))
        self.kind_selector.setAccessibleName(self.tr("Kind of question"))
        self.kind_hint.setText(self._kind_hint(self.kind()))
        self.prompt_label.setText(self.tr("The question"))
        self.prompt.setAccessibleName(self.tr("The question"))
        self.prompt.setPlaceholderText(
            self.tr("For example: Which of these job offers is a red flag?")
        )
        self.answers_label.setText(self._answers_title(self.kind()))
        self.explanation_label.setText(self.tr("Explanation"))
        self.explanation_hint.setText(
            self.tr("Shown after the answer: why it is right, and what someone can do.")
        )
        self.explanation.setAccessibleName(self.tr("Explanation, shown after the answer"))
        self.explanation.setPlaceholderText(
            self.tr("For example: Real employers never ask you to pay to get a job.")
        )
        self.difficulty_label.setText(self.tr("How hard is it?"))
        self.difficulty.setAccessibleName(self.tr("How hard is the question"))
        for index, text in enumerate((self.tr("Easy"), self.tr("Medium"), self.tr("Hard"))):
            self.difficulty.setItemText(index, text)
        self._show_extras_note()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
