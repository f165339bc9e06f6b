"""Write your own questions: a new topic, or more questions for one of your own.

The form's data goes through the same writer and loader as every bank, so a
saved topic is one the app (and any other laptop, once it travels in a pack)
loads. Saving writes the whole bank file atomically into the user's banks
folder, then the library reloads and the topic is on the home page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.bank import Kind
from quizapp.core.formats.bank_writer import bank_to_data, write_text_atomic
from quizapp.core.loader import FORMAT_VERSION, check_bank_file
from quizapp.ui.bank_text import strip_marks
from quizapp.ui.labels import make_label
from quizapp.ui.sharing.form_check import check_bank_data, check_question
from quizapp.ui.sharing.own_banks import (
    OwnBank,
    bank_file,
    free_bank_id,
    next_question_id,
    own_banks,
)
from quizapp.ui.sharing.preview import QuestionPreview
from quizapp.ui.sharing.question_form import QuestionForm
from quizapp.ui.sharing.style import apply_sharing_style
from quizapp.ui.sharing.widgets import ConfirmBar, make_button, set_texts
from quizapp.ui.theme import Theme

if TYPE_CHECKING:
    from quizapp.core.library import BankLibrary

CHECK_DELAY_MS = 250
NEW_BANK = ""
MAX_TITLE = 120
WIDE_ENOUGH = 1000  # px at scale 1.0 for the form and the preview side by side


def _scroll_area(object_name: str) -> tuple[QScrollArea, QVBoxLayout]:
    area = QScrollArea()
    area.setObjectName(object_name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    content = QWidget()
    content.setObjectName("scrollContent")
    layout = QVBoxLayout(content)
    layout.setContentsMargins(24, 12, 24, 24)
    area.setWidget(content)
    return area, layout


class CreatePage(QWidget):
    back_requested = Signal()
    share_requested = Signal(str)  # bank id
    bank_saved = Signal(str)  # bank id
    import_requested = Signal()

    def __init__(
        self,
        data_dir: Path,
        theme: Theme,
        library: Callable[[], BankLibrary],
        language: Callable[[], str],
        reload_library: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("createPage")
        self.setProperty("role", "page")
        self._data_dir = Path(data_dir)
        self._theme = theme
        self._library = library
        self._language = language
        self._reload_library = reload_library
        self._own: list[OwnBank] = []
        self._bank: dict[str, object] | None = None  # the bank as plain data, once saved
        self._path: Path | None = None
        self._bumped = False
        self._editing: int | None = None  # index of the question in the form; None: a new one
        self._dirty = False
        self._shown_problems = False
        self._pending: Callable[[], None] | None = None
        self._pending_undo: Callable[[], None] | None = None

        # header
        self.title = make_label(role="title", object_name="createTitle")
        self.back_button = make_button("createBackButton")
        self.back_button.clicked.connect(self._back)
        header = QHBoxLayout()
        header.setContentsMargins(24, 14, 24, 4)
        header.addWidget(self.back_button)
        header.addStretch(1)
        self.status = make_label(role="ok", object_name="createStatus")
        self.status.hide()
        self.problem = make_label(role="error", object_name="createProblem")
        self.problem.hide()
        self.confirm = ConfirmBar("createConfirm")
        self.confirm.confirmed.connect(self._run_pending)
        self.confirm.cancelled.connect(self._drop_pending)
        messages = QVBoxLayout()
        messages.setContentsMargins(24, 0, 24, 4)
        messages.addWidget(self.status)
        messages.addWidget(self.problem)
        messages.addWidget(self.confirm)

        # the form side
        self.form_area, column = _scroll_area("createFormArea")
        self.bank_heading = make_label(role="heading")
        self.bank_selector = QComboBox()
        self.bank_selector.setObjectName("bankSelector")
        self.bank_selector.activated.connect(self._bank_chosen)
        self.bank_heading.setBuddy(self.bank_selector)
        self.import_button = make_button("importQuestionsButton", "quiet")
        self.import_button.clicked.connect(lambda: self._guarded(self.import_requested.emit))
        self.bank_title_label = make_label()
        self.bank_title = QLineEdit()
        self.bank_title.setObjectName("bankTitleEdit")
        self.bank_title.setMaxLength(MAX_TITLE)
        self.bank_title.textEdited.connect(self._title_edited)
        self.bank_title_label.setBuddy(self.bank_title)
        self.bank_title_error = make_label(role="fieldError", object_name="bankTitleError")
        self.bank_title_error.hide()
        self.description_label = make_label()
        self.description = QLineEdit()
        self.description.setObjectName("bankDescriptionEdit")
        self.description.setMaxLength(400)
        self.description.textEdited.connect(lambda _t: self._mark_dirty())
        self.description_label.setBuddy(self.description)

        self.list_heading = make_label(role="heading")
        self.question_list = QListWidget()
        self.question_list.setObjectName("questionList")
        self.question_list.setProperty("role", "picker")
        self.question_list.setWordWrap(True)
        self.question_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.question_list.itemActivated.connect(self._question_activated)
        self.question_list.itemClicked.connect(self._question_activated)
        self.list_heading.setBuddy(self.question_list)
        self.no_questions = make_label(role="hint", object_name="noQuestionsHint")
        self.new_button = make_button("newQuestionButton")
        self.new_button.clicked.connect(lambda: self._guarded(self._start_new_question))
        self.delete_button = make_button("deleteQuestionButton", "quiet")
        self.delete_button.clicked.connect(self._ask_delete)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)

        self.editing_heading = make_label(role="title", object_name="editingTitle")
        self.form = QuestionForm(theme)
        self.form.changed.connect(self._form_changed)
        self.save_button = make_button("saveQuestionButton", "primary")
        self.save_button.clicked.connect(self.save_question)
        self.save_hint = make_label(role="hint", object_name="saveHint")
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.save_hint, 1)

        column.setSpacing(theme.px(8))
        column.addWidget(self.title)
        column.addWidget(self.bank_heading)
        column.addWidget(self.bank_selector)
        import_row = QHBoxLayout()
        import_row.addWidget(self.import_button)
        import_row.addStretch(1)
        column.addLayout(import_row)
        column.addWidget(self.bank_title_label)
        column.addWidget(self.bank_title)
        column.addWidget(self.bank_title_error)
        column.addWidget(self.description_label)
        column.addWidget(self.description)
        column.addSpacing(theme.px(8))
        column.addWidget(self.list_heading)
        column.addWidget(self.question_list)
        column.addWidget(self.no_questions)
        column.addLayout(list_buttons)
        column.addSpacing(theme.px(12))
        column.addWidget(self.editing_heading)
        column.addWidget(self.form)
        column.addSpacing(theme.px(8))
        column.addLayout(save_row)
        self._form_column = column

        # the preview side
        self.preview_area, preview_column = _scroll_area("createPreviewArea")
        self.preview_panel = QWidget()
        self.preview_panel.setObjectName("createPreviewPanel")
        panel = QVBoxLayout(self.preview_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.setSpacing(theme.px(10))
        self.preview_heading = make_label(role="heading")
        self.preview_hint = make_label(role="hint")
        self.preview = QuestionPreview(theme, "createPreview")
        self.share_card = QFrame()
        self.share_card.setObjectName("createShareCard")
        self.share_card.setProperty("role", "help")
        self.share_text = make_label()
        self.share_button = make_button("shareTopicButton")
        self.share_button.clicked.connect(self._share)
        share_layout = QVBoxLayout(self.share_card)
        share_layout.addWidget(self.share_text)
        share_row = QHBoxLayout()
        share_row.addWidget(self.share_button)
        share_row.addStretch(1)
        share_layout.addLayout(share_row)
        self.share_card.hide()
        panel.addWidget(self.preview_heading)
        panel.addWidget(self.preview_hint)
        panel.addWidget(self.preview)
        panel.addWidget(self.share_card)
        panel.addStretch(1)
        preview_column.addWidget(self.preview_panel)
        self._preview_column = preview_column
        column.addStretch(1)

        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(0)
        self.body.addWidget(self.form_area, 5)
        self.body.addWidget(self.preview_area, 4)
        self._side_by_side = True

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addLayout(messages)
        layout.addLayout(self.body, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)

        QWidget.setTabOrder(self.back_button, self.bank_selector)
        QWidget.setTabOrder(self.bank_selector, self.import_button)
        QWidget.setTabOrder(self.import_button, self.bank_title)
        QWidget.setTabOrder(self.bank_title, self.description)
        QWidget.setTabOrder(self.description, self.question_list)
        QWidget.setTabOrder(self.question_list, self.new_button)
        QWidget.setTabOrder(self.new_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.form.kind_selector)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.retranslate()
        self.reload()
        self._open_new_bank()

    # -- banks -------------------------------------------------------------------

    @property
    def bank_data(self) -> dict[str, object] | None:
        return self._bank

    @property
    def bank_path(self) -> Path | None:
        return self._path

    def reload(self, select: Path | None = None) -> None:
        """Offer 'a new topic' and every editable bank of this laptop."""
        self._own = own_banks(self._data_dir)
        self.bank_selector.blockSignals(True)
        self.bank_selector.clear()
        self.bank_selector.addItem(self.tr("A new topic"), NEW_BANK)
        for own in self._own:
            count = len(own.bank.questions)
            self.bank_selector.addItem(
                self.tr("{title} ({count} questions)").format(title=own.bank.title, count=count)
                if count != 1
                else self.tr("{title} (1 question)").format(title=own.bank.title),
                str(own.path),
            )
        target = str(select or self._path or "")
        index = self.bank_selector.findData(target) if target else 0
        self.bank_selector.setCurrentIndex(max(0, index))
        self.bank_selector.blockSignals(False)

    def _bank_chosen(self, index: int) -> None:
        data = self.bank_selector.itemData(index)
        current = str(self._path or "")
        if data == current:
            return

        def switch() -> None:
            if data:
                self.open_bank(Path(data))
            else:
                self._open_new_bank()

        def undo() -> None:
            self.bank_selector.setCurrentIndex(max(0, self.bank_selector.findData(current)))

        self._guarded(switch, undo)

    def choose_bank(self, path: Path | None) -> None:
        """Pick a bank in the selector, as a person would (None: a new topic)."""
        index = self.bank_selector.findData(str(path) if path else NEW_BANK)
        self.bank_selector.setCurrentIndex(index)
        self._bank_chosen(index)

    def _open_new_bank(self) -> None:
        self._bank = None
        self._path = None
        self._bumped = False
        self.bank_title.clear()
        self.description.clear()
        self.bank_title_error.hide()
        self.share_card.hide()
        self._fill_question_list()
        self._start_new_question()
        self._dirty = False

    def open_bank(self, path: Path) -> bool:
        bank, issues = check_bank_file(path)
        if bank is None:
            self._show_problem(
                self.tr("This topic cannot be opened: {problem}").format(
                    problem=str(issues[0]) if issues else path
                )
            )
            return False
        self._bank = bank_to_data(bank)
        self._path = path
        self._bumped = False
        self.bank_title.setText(bank.title)
        self.description.setText(bank.description)
        self.bank_title_error.hide()
        self._fill_question_list()
        self._start_new_question()
        self._dirty = False
        self._update_share_card()
        return True

    def _questions(self) -> list[dict[str, object]]:
        if self._bank is None:
            return []
        return list(self._bank.get("questions") or [])  # type: ignore[call-overload]

    def _fill_question_list(self) -> None:
        self.question_list.clear()
        for number, question in enumerate(self._questions(), 1):
            kind = Kind(str(question.get("kind")))
            text = strip_marks(" ".join(str(question.get("prompt", "")).split()))
            if len(text) > 90:
                text = text[:88].rstrip() + "…"
            item = QListWidgetItem(
                self.tr("{number}. {prompt} ({kind})").format(
                    number=number, prompt=text, kind=self.form._kind_name(kind)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, number - 1)
            self.question_list.addItem(item)
        count = self.question_list.count()
        self.question_list.setVisible(count > 0)
        self.no_questions.setVisible(count == 0)
        self.delete_button.setEnabled(self._editing is not None and count > 0)
        self._fit_list()
        if self._editing is not None and self._editing < count:
            self.question_list.setCurrentRow(self._editing)

    def _fit_list(self) -> None:
        rows = min(max(1, self.question_list.count()), 6)
        line = self.question_list.fontMetrics().lineSpacing() + self._theme.px(18)
        self.question_list.setFixedHeight(rows * line + self._theme.px(14))

    # -- questions -------------------------------------------------------------------

    def _question_activated(self, item: QListWidgetItem) -> None:
        index = int(item.data(Qt.ItemDataRole.UserRole))
        if index == self._editing:
            return
        previous = self._editing

        def undo() -> None:
            if previous is None:
                self.question_list.clearSelection()
            else:
                self.question_list.setCurrentRow(previous)

        self._guarded(lambda: self.edit_question(index), undo)

    def edit_question(self, index: int) -> None:
        questions = self._questions()
        if not 0 <= index < len(questions):
            return
        self._editing = index
        self._shown_problems = False
        self.form.load(questions[index])
        self.editing_heading.setText(self.tr("Question {number}").format(number=index + 1))
        self.save_button.setText(self.tr("Save changes"))
        self.delete_button.setEnabled(True)
        self.question_list.setCurrentRow(index)
        self._dirty = False
        self.check_now()

    def _start_new_question(self, kind: Kind | None = None) -> None:
        self._editing = None
        self._shown_problems = False
        self.form.clear(kind)
        self.question_list.clearSelection()
        self.question_list.setCurrentRow(-1)
        self.delete_button.setEnabled(False)
        self.editing_heading.setText(self.tr("A new question"))
        set_texts(self.save_button, self.tr("Save question"))
        self._dirty = False
        self.check_now()

    def new_question(self, kind: Kind | None = None) -> None:
        """Start writing another question (what 'New question' does, without asking)."""
        self._start_new_question(kind)
        self.form.kind_selector.setFocus()

    def _mark_dirty(self) -> None:
        self._dirty = True
        self.status.hide()

    def _title_edited(self, _text: str) -> None:
        self._mark_dirty()
        if self.bank_title.text().strip():
            self.bank_title_error.hide()

    def _form_changed(self) -> None:
        self._mark_dirty()
        self._timer.start()

    def _question_id(self) -> str:
        questions = self._questions()
        if self._editing is not None and self._editing < len(questions):
            return str(questions[self._editing].get("id"))
        return next_question_id([str(q.get("id")) for q in questions])

    def _folder(self) -> Path | None:
        return self._path.parent if self._path is not None else None

    def _sources(self) -> dict[str, str]:
        sources = self._bank.get("sources") if self._bank else None
        return dict(sources) if isinstance(sources, dict) else {}

    def _bank_language(self) -> str:
        if self._bank is not None:
            return str(self._bank.get("language"))
        return self._language()

    def check_now(self):
        """Check the form with the loader: the preview, and the messages once asked for."""
        self._timer.stop()
        result = check_question(
            self.form.data(self._question_id()),
            language=self._bank_language(),
            sources=self._sources(),
            folder=self._folder(),
        )
        if result.ok and result.question is not None:
            self.preview.show_question(result.question, self._folder())
        else:
            self.preview.show_placeholder(
                self.tr("The preview appears when the question is complete.")
            )
        if self._shown_problems:
            self.form.show_issues(result.issues)
            if result.ok:
                self.problem.hide()
        return result

    # -- saving ------------------------------------------------------------------------

    def save_question(self) -> bool:
        """Check the question and the whole topic, then write the topic's file."""
        self.status.hide()
        self.problem.hide()
        result = self.check_now()
        title = " ".join(self.bank_title.text().split())
        problems = 0
        first: QWidget | None = None
        if not title:
            self._say_title(self.tr("Give your topic a title."))
            first = self.bank_title
            problems += 1
        else:
            self.bank_title_error.hide()
        if not result.ok:
            self._shown_problems = True
            target = self.form.show_issues(result.issues)
            first = first or target
            problems += len(result.issues)
        if problems:
            self._show_problem(
                self.tr("Not saved yet: mend the marked fields and save again.")
                if problems != 1
                else self.tr("Not saved yet: mend the marked field and save again.")
            )
            if first is not None:
                self._focus(first)
            return False
        self._shown_problems = False
        self.form.clear_errors()
        question = self.form.data(self._question_id())
        bank = self._compose(title, question)
        bank_id = str(bank["id"])
        path = self._path or bank_file(self._data_dir, bank_id, str(bank["language"]))
        checked = check_bank_data(bank, where=str(path), folder=path.parent)
        if not checked.ok:
            for item in checked.issues:
                if item.path[:1] == ("title",):
                    self._say_title(item.message)
            lines = "\n".join(str(i.issue) for i in checked.issues[:10])
            self._show_problem(self.tr("Not saved: {problems}").format(problems=lines))
            return False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(path, checked.text)
        except OSError as error:
            self._show_problem(
                self.tr("The topic could not be saved ({error}). Nothing was changed.").format(
                    error=error.strerror or error
                )
            )
            return False
        questions = list(bank["questions"])  # type: ignore[call-overload]
        self._bank = bank
        self._path = path
        self._editing = next(i for i, q in enumerate(questions) if q.get("id") == question["id"])
        self._dirty = False
        self._reload_library()
        self.reload(select=path)
        self._fill_question_list()
        self.editing_heading.setText(self.tr("Question {number}").format(number=self._editing + 1))
        set_texts(self.save_button, self.tr("Save changes"))
        self.delete_button.setEnabled(True)
        self._show_status(
            self.tr(
                "Saved. “{title}” now has {count} questions and is on the home page. "
                "Write another one, or share the topic."
            ).format(title=title, count=len(questions))
            if len(questions) != 1
            else self.tr(
                "Saved. “{title}” has its first question and is on the home page. "
                "Write another one, or share the topic."
            ).format(title=title)
        )
        self._update_share_card()
        self.bank_saved.emit(bank_id)
        return True

    def _compose(self, title: str, question: dict[str, object]) -> dict[str, object]:
        """The whole bank with this question added or replaced."""
        if self._bank is None:
            taken = set(self._library().bank_ids())
            bank_id = free_bank_id(title, taken, self._data_dir)
            bank: dict[str, object] = {
                "format": FORMAT_VERSION,
                "id": bank_id,
                "language": self._language(),
                "title": title,
                "version": 1,
                "questions": [],
            }
            self._bumped = True  # a new bank starts at version 1
        else:
            bank = dict(self._bank)
            bank["title"] = title
            if not self._bumped:
                # another laptop updates from a pack only to a higher version
                bank["version"] = int(bank.get("version", 1) or 1) + 1  # type: ignore[arg-type]
                self._bumped = True
        description = " ".join(self.description.text().split())
        ordered: dict[str, object] = {}
        for key in ("format", "id", "language", "title"):
            ordered[key] = bank[key]
        if description:
            ordered["description"] = description
        for key, value in bank.items():
            if key not in ordered and key not in ("description", "questions"):
                ordered[key] = value
        questions = [dict(q) for q in bank.get("questions") or []]  # type: ignore[union-attr]
        if self._editing is not None and self._editing < len(questions):
            questions[self._editing] = question
        else:
            questions.append(question)
        ordered["questions"] = questions
        return ordered

    def _ask_delete(self) -> None:
        if self._editing is None:
            return
        if len(self._questions()) <= 1:
            self._show_problem(
                self.tr("A topic needs at least one question. Write another before deleting this.")
            )
            return
        self._pending = self.delete_question
        self.confirm.ask(
            self.tr("Delete question {number} from this topic?").format(number=self._editing + 1),
            self.tr("Delete it"),
            self.tr("Keep it"),
        )

    def delete_question(self) -> bool:
        if self._editing is None or self._bank is None or self._path is None:
            return False
        questions = self._questions()
        if len(questions) <= 1:
            return False
        del questions[self._editing]
        bank = dict(self._bank)
        bank["questions"] = questions
        if not self._bumped:
            bank["version"] = int(bank.get("version", 1) or 1) + 1  # type: ignore[arg-type]
            self._bumped = True
        checked = check_bank_data(bank, where=str(self._path), folder=self._path.parent)
        if not checked.ok:
            self._show_problem(str(checked.issues[0].issue))
            return False
        try:
            write_text_atomic(self._path, checked.text)
        except OSError as error:
            self._show_problem(
                self.tr("The topic could not be saved ({error}). Nothing was changed.").format(
                    error=error.strerror or error
                )
            )
            return False
        self._bank = bank
        self._reload_library()
        self.reload(select=self._path)
        self._fill_question_list()
        self._start_new_question()
        self._show_status(self.tr("The question was deleted."))
        return True

    # -- leaving unsaved work --------------------------------------------------------

    def _guarded(self, action: Callable[[], None], undo: Callable[[], None] | None = None) -> None:
        """Do `action` now, or after asking when the question has unsaved changes."""
        if not self._dirty:
            action()
            return
        self._pending = action
        self._pending_undo = undo
        self.confirm.ask(
            self.tr("The question you are writing has changes that are not saved. Leave them?"),
            self.tr("Leave them"),
            self.tr("Keep writing"),
        )

    def _run_pending(self) -> None:
        action, self._pending = self._pending, None
        self._pending_undo = None
        self._dirty = False
        if action is not None:
            action()

    def _drop_pending(self) -> None:
        self._pending = None
        undo, self._pending_undo = self._pending_undo, None
        if undo is not None:
            undo()
        self.form.prompt.setFocus()

    def _back(self) -> None:
        self._guarded(self.back_requested.emit)

    # -- sharing ---------------------------------------------------------------------

    def _update_share_card(self) -> None:
        if self._bank is None:
            self.share_card.hide()
            return
        self.share_text.setText(
            self.tr(
                "Your topic is ready to share: save it as a pack file, and a friend's laptop "
                "can add it. Or challenge a friend to play it here."
            )
        )
        self.share_card.show()

    def _share(self) -> None:
        if self._bank is not None:
            self._guarded(lambda: self.share_requested.emit(str(self._bank["id"])))

    # -- messages ----------------------------------------------------------------------

    def _say_title(self, message: str) -> None:
        self.bank_title_error.setText(message)
        self.bank_title_error.setAccessibleName(message)
        self.bank_title_error.show()

    def _show_status(self, text: str) -> None:
        self.problem.hide()
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()

    def _show_problem(self, text: str) -> None:
        self.status.hide()
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.show()

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus()
        area = self.form_area if self.form_area.isAncestorOf(widget) else None
        if area is not None:
            area.ensureWidgetVisible(widget, 20, 60)

    # -- look and words ------------------------------------------------------------------

    def _apply_theme(self) -> None:
        apply_sharing_style(self, self._theme)
        self._fit_list()
        self._arrange()

    def _arrange(self) -> None:
        wide = self.width() >= round(WIDE_ENOUGH * self._theme.scale) or self.width() == 0
        if wide == self._side_by_side:
            return
        self._side_by_side = wide
        if wide:
            self._preview_column.addWidget(self.preview_panel)
            self.preview_area.show()
        else:
            self._form_column.insertWidget(self._form_column.count() - 1, self.preview_panel)
            self.preview_area.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Write your own questions"))
        set_texts(self.back_button, self.tr("Back to topics"))
        self.bank_heading.setText(self.tr("Topic"))
        self.bank_selector.setAccessibleName(self.tr("Which topic to write for"))
        if self.bank_selector.count():
            self.bank_selector.setItemText(0, self.tr("A new topic"))
        set_texts(
            self.import_button,
            self.tr("Or import a GIFT or Aiken file…"),
            self.tr("Import questions from a GIFT or Aiken file"),
        )
        self.bank_title_label.setText(self.tr("Title of the topic"))
        self.bank_title.setAccessibleName(self.tr("Title of the topic"))
        self.bank_title.setPlaceholderText(self.tr("For example: Job offers that are too good"))
        self.description_label.setText(self.tr("One line about it (optional)"))
        self.description.setAccessibleName(self.tr("One line about the topic (optional)"))
        self.list_heading.setText(self.tr("Questions in this topic"))
        self.question_list.setAccessibleName(
            self.tr("Questions in this topic; choose one to change it")
        )
        self.no_questions.setText(
            self.tr("No questions yet. Write the first one below and save it.")
        )
        set_texts(self.new_button, self.tr("New question"))
        set_texts(self.delete_button, self.tr("Delete question"))
        self.save_hint.setText(
            self.tr("Saving checks the question; anything to mend is marked in red.")
        )
        set_texts(
            self.save_button,
            self.tr("Save changes") if self._editing is not None else self.tr("Save question"),
        )
        self.preview_heading.setText(self.tr("Preview: how it looks in the quiz"))
        self.preview_hint.setText(self.tr("Answer it here and press “Try it” to test it."))
        set_texts(self.share_button, self.tr("Share this topic…"))
        self._update_share_card()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._editing is None:
                self.editing_heading.setText(self.tr("A new question"))
            else:
                self.editing_heading.setText(
                    self.tr("Question {number}").format(number=self._editing + 1)
                )
            self.check_now()  # the preview's words, in the new language
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._arrange()
        QTimer.singleShot(0, self._focus_start)

    def _focus_start(self) -> None:
        focused = self.focusWidget()
        if self.isVisible() and (focused is None or not self.form_area.isAncestorOf(focused)):
            (self.bank_title if self._bank is None else self.form.kind_selector).setFocus()
