"""Import what teachers already have: a Moodle GIFT or Aiken file becomes a topic.

The file is converted off the UI thread by the core importer; the page then
shows the converted questions in the quiz's own widgets and the report of
what could not be carried over (and why), and saves the topic into the
user's banks only when asked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.bank import Bank
from quizapp.core.formats import PLACEHOLDER_EXPLANATION, ImportReport, convert_file
from quizapp.core.formats.bank_writer import write_text_atomic
from quizapp.core.issues import QuizappError
from quizapp.core.loader import check_bank_bytes
from quizapp.ui.bank_text import strip_marks
from quizapp.ui.labels import make_label
from quizapp.ui.scroll_column import ScrollColumn
from quizapp.ui.sharing.own_banks import bank_file, free_bank_id
from quizapp.ui.sharing.pack_page import language_names
from quizapp.ui.sharing.preview import QuestionPreview
from quizapp.ui.sharing.style import apply_sharing_style
from quizapp.ui.sharing.widgets import FileChooser, make_button, run_in_background, set_texts
from quizapp.ui.theme import Theme

if TYPE_CHECKING:
    from quizapp.core.library import BankLibrary

LANGUAGES = ("en", "ru", "be")
MAX_SKIPPED_SHOWN = 40


class ImportQuestionsPage(QWidget):
    back_requested = Signal()
    converted = Signal(object)  # ImportReport
    conversion_failed = Signal(str)
    saved = Signal(str)  # bank id

    def __init__(
        self,
        data_dir: Path,
        theme: Theme,
        library: Callable[[], BankLibrary],
        language: Callable[[], str],
        reload_library: Callable[[], object],
        chooser: FileChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importQuestionsPage")
        self.setProperty("role", "page")
        self._data_dir = Path(data_dir)
        self._theme = theme
        self._library = library
        self._language = language
        self._reload_library = reload_library
        self._chooser = chooser or FileChooser(self)
        self._path: Path | None = None
        self._yaml: str | None = None
        self._bank: Bank | None = None
        self._report: ImportReport | None = None
        self._busy = False

        self.back_button = make_button("importBackButton")
        self.back_button.clicked.connect(self.back_requested)
        top = QHBoxLayout()
        top.setContentsMargins(24, 14, 24, 0)
        top.addWidget(self.back_button)
        top.addStretch(1)

        self.scroll = ScrollColumn(theme)
        column = self.scroll.column_layout
        self.title = make_label(role="title", object_name="importTitle")
        self.subtitle = make_label(role="subtitle")
        self.choose_button = make_button("chooseQuestionFileButton", "primary")
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = make_label(role="muted", object_name="importFileName")
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_button)
        choose_row.addWidget(self.file_label, 1)

        self.format_label = make_label()
        self.format_selector = QComboBox()
        self.format_selector.setObjectName("importFormatSelector")
        for value in ("", "gift", "aiken"):
            self.format_selector.addItem("", value)
        self.format_label.setBuddy(self.format_selector)
        self.language_label = make_label()
        self.language_selector = QComboBox()
        self.language_selector.setObjectName("importLanguageSelector")
        for code in LANGUAGES:
            self.language_selector.addItem(language_names([code]), code)
        self.language_label.setBuddy(self.language_selector)
        self.title_label = make_label()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("importTitleEdit")
        self.title_edit.setMaxLength(120)
        self.title_label.setBuddy(self.title_edit)
        self.convert_button = make_button("convertAgainButton")
        self.convert_button.clicked.connect(self.convert_again)
        options = QVBoxLayout()
        options.addWidget(self.format_label)
        options.addWidget(self.format_selector)
        options.addWidget(self.language_label)
        options.addWidget(self.language_selector)
        options.addWidget(self.title_label)
        options.addWidget(self.title_edit)
        convert_row = QHBoxLayout()
        convert_row.addWidget(self.convert_button)
        convert_row.addStretch(1)
        options.addLayout(convert_row)

        self.progress = QProgressBar()
        self.progress.setObjectName("importQuestionsProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.problem = make_label(role="error", object_name="importQuestionsProblem")
        self.problem_details = make_label(role="muted", object_name="importQuestionsDetails")
        self.problem.hide()
        self.problem_details.hide()

        self.report_card = QFrame()
        self.report_card.setObjectName("importReportCard")
        self.report_card.setProperty("role", "card")
        self.summary = make_label(role="heading", object_name="importSummary")
        self.placeholders = make_label(object_name="importPlaceholders")
        self.skipped_heading = make_label(role="heading")
        self.skipped = make_label(object_name="importSkipped")
        self.skipped.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = make_label(role="muted", object_name="importNotes")
        report = QVBoxLayout(self.report_card)
        pad = theme.px(16)
        report.setContentsMargins(pad, pad, pad, pad)
        report.addWidget(self.summary)
        report.addWidget(self.placeholders)
        report.addWidget(self.skipped_heading)
        report.addWidget(self.skipped)
        report.addWidget(self.notes)
        self.report_card.hide()

        self.preview_heading = make_label(role="heading")
        self.question_list = QListWidget()
        self.question_list.setObjectName("importQuestionList")
        self.question_list.setProperty("role", "picker")
        self.question_list.setWordWrap(True)
        self.question_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.question_list.currentRowChanged.connect(self._show_question)
        self.preview_heading.setBuddy(self.question_list)
        self.preview = QuestionPreview(theme, "importPreview")
        self.save_button = make_button("saveImportedButton", "primary")
        self.save_button.clicked.connect(self.save)
        self.status = make_label(role="ok", object_name="importQuestionsStatus")
        self.status.hide()
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        self.preview_box = QWidget()
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_heading)
        preview_layout.addWidget(self.question_list)
        preview_layout.addWidget(self.preview)
        preview_layout.addLayout(save_row)
        self.preview_box.hide()

        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addLayout(choose_row)
        column.addLayout(options)
        column.addWidget(self.progress)
        column.addWidget(self.problem)
        column.addWidget(self.problem_details)
        column.addWidget(self.status)
        column.addWidget(self.report_card)
        column.addWidget(self.preview_box)
        column.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        QWidget.setTabOrder(self.back_button, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.format_selector)
        QWidget.setTabOrder(self.format_selector, self.language_selector)
        QWidget.setTabOrder(self.language_selector, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.convert_button)
        QWidget.setTabOrder(self.convert_button, self.question_list)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.retranslate()
        self.set_language(language())

    def set_language(self, code: str) -> None:
        index = self.language_selector.findData(code)
        if index < 0:
            self.language_selector.addItem(language_names([code]), code)
            index = self.language_selector.count() - 1
        self.language_selector.setCurrentIndex(index)

    @property
    def report(self) -> ImportReport | None:
        return self._report

    @property
    def bank(self) -> Bank | None:
        return self._bank

    # -- converting ------------------------------------------------------------------

    def choose_file(self) -> None:
        path = self._chooser.open_file(
            self,
            self.tr("Choose a GIFT or Aiken file"),
            self.tr("Question files (*.gift *.txt *.aiken);;All files (*)"),
        )
        if path is not None:
            self.convert(path)

    def convert_again(self) -> None:
        if self._path is not None:
            self.convert(self._path)

    def convert(self, path: Path | str) -> None:
        """Convert the file (nothing is written); then show the questions and the report."""
        if self._busy:
            return
        self._path = Path(path)
        self.file_label.setText(str(self._path))
        fmt = self.format_selector.currentData() or None
        language = str(self.language_selector.currentData())
        title = " ".join(self.title_edit.text().split()) or None
        taken = set(self._library().bank_ids())
        bank_id = free_bank_id(self._path.stem.split(".")[0], taken, self._data_dir, "imported")
        self._clear()
        self._busy = True
        self.progress.show()
        self.choose_button.setEnabled(False)
        self.convert_button.setEnabled(False)
        source = self._path
        run_in_background(
            self,
            lambda: convert_file(source, fmt, language=language, bank_id=bank_id, title=title),
            self._converted,
            self._failed,
        )

    def _clear(self) -> None:
        self._yaml = None
        self._bank = None
        self._report = None
        for widget in (
            self.problem,
            self.problem_details,
            self.status,
            self.report_card,
            self.preview_box,
        ):
            widget.hide()

    def _done(self) -> None:
        self._busy = False
        self.progress.hide()
        self.choose_button.setEnabled(True)
        self.convert_button.setEnabled(True)

    def _converted(self, outcome: object) -> None:
        self._done()
        yaml_text, report = outcome  # type: ignore[misc]
        bank, issues = check_bank_bytes(yaml_text.encode("utf-8"), report.bank_id)
        if bank is None:  # pragma: no cover - the converter checks what it writes
            self._failed(QuizappError(str(issues[0]) if issues else "not a valid bank"))
            return
        self._yaml, self._bank, self._report = yaml_text, bank, report
        self._show_report(report)
        self.question_list.clear()
        for number, question in enumerate(bank.questions, 1):
            text = " ".join(strip_marks(question.prompt).split())
            self.question_list.addItem(
                QListWidgetItem(f"{number}. {text[:100]}{'…' if len(text) > 100 else ''}")
            )
        rows = min(max(1, self.question_list.count()), 6)
        line = self.question_list.fontMetrics().lineSpacing() + self._theme.px(16)
        self.question_list.setFixedHeight(rows * line + self._theme.px(14))
        self.preview_box.show()
        self.question_list.setCurrentRow(0)
        self.save_button.setEnabled(True)
        self.converted.emit(report)

    def _show_report(self, report: ImportReport) -> None:
        count = len(report.question_ids)
        self.summary.setText(
            self.tr("“{title}”: {count} questions carried over from {file} ({format}).").format(
                title=report.title,
                count=count,
                file=report.source.name,
                format=report.format.upper(),
            )
            if count != 1
            else self.tr("“{title}”: 1 question carried over from {file} ({format}).").format(
                title=report.title, file=report.source.name, format=report.format.upper()
            )
        )
        if report.placeholders:
            self.placeholders.setText(
                self.tr(
                    "{count} had no explanation; they say “{placeholder}” until someone writes "
                    "one (open the topic in “Write your own questions”): {ids}"
                ).format(
                    count=len(report.placeholders),
                    placeholder=PLACEHOLDER_EXPLANATION,
                    ids=", ".join(report.placeholders),
                )
            )
        self.placeholders.setVisible(bool(report.placeholders))
        skipped = [str(s) for s in report.skipped]
        if len(skipped) > MAX_SKIPPED_SHOWN:
            more = len(skipped) - MAX_SKIPPED_SHOWN
            skipped = skipped[:MAX_SKIPPED_SHOWN]
            skipped.append(self.tr("… and {count} more").format(count=more))
        self.skipped_heading.setText(
            self.tr("Not carried over ({count})").format(count=len(report.skipped))
            if report.skipped
            else self.tr("Everything in the file was carried over.")
        )
        self.skipped.setText("\n".join(f"• {line}" for line in skipped))
        self.skipped.setVisible(bool(skipped))
        self.notes.setText("\n".join(f"• {note}" for note in report.notes))
        self.notes.setVisible(bool(report.notes))
        self.report_card.show()

    def _failed(self, error: object) -> None:
        self._done()
        if isinstance(error, QuizappError):
            text = self.tr("This file could not be imported: {reason}").format(reason=error)
            issues = getattr(error, "issues", [])
            details = [str(i) for i in issues[1:MAX_SKIPPED_SHOWN]]
        elif isinstance(error, OSError):
            text = self.tr("This file could not be read: {reason}").format(
                reason=error.strerror or error
            )
            details = []
        else:
            text = self.tr("This file could not be imported because of an unexpected problem.")
            details = []
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.show()
        self.problem_details.setText("\n".join(details))
        self.problem_details.setVisible(bool(details))
        self.conversion_failed.emit(text)

    def _show_question(self, row: int) -> None:
        if self._bank is not None and 0 <= row < len(self._bank.questions):
            self.preview.show_question(self._bank.questions[row])

    # -- saving --------------------------------------------------------------------------

    def save(self) -> Path | None:
        """Write the converted topic into the user's banks; the library reloads."""
        if self._yaml is None or self._report is None:
            return None
        report = self._report
        taken = set(self._library().bank_ids())
        path = bank_file(self._data_dir, report.bank_id, report.language)
        if report.bank_id in taken or path.parent.exists():
            self._save_problem(
                self.tr(
                    "A topic with the id “{id}” is here already; convert the file again."
                ).format(id=report.bank_id)
            )
            return None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(path, self._yaml)
        except OSError as error:
            self._save_problem(
                self.tr("The topic could not be saved ({error}).").format(
                    error=error.strerror or error
                )
            )
            return None
        self._reload_library()
        self.save_button.setEnabled(False)
        text = self.tr("Saved. “{title}” is on the home page now.").format(title=report.title)
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()
        self.saved.emit(report.bank_id)
        return path

    def _save_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.show()

    # -- look and words --------------------------------------------------------------------

    def _apply_theme(self) -> None:
        apply_sharing_style(self, self._theme)

    def retranslate(self) -> None:
        set_texts(self.back_button, self.tr("Back"))
        self.title.setText(self.tr("Import questions from GIFT or Aiken"))
        self.subtitle.setText(
            self.tr(
                "Questions exported from Moodle (GIFT) or written in Aiken become a topic. "
                "You see them, and what could not be carried over, before anything is saved."
            )
        )
        set_texts(self.choose_button, self.tr("Choose a file…"), self.tr("Choose a question file"))
        self.format_label.setText(self.tr("Format"))
        self.format_selector.setAccessibleName(self.tr("Format of the file"))
        for index, text in enumerate(
            (self.tr("Find out from the file"), self.tr("GIFT (Moodle)"), self.tr("Aiken"))
        ):
            self.format_selector.setItemText(index, text)
        self.language_label.setText(self.tr("Language of the questions"))
        self.language_selector.setAccessibleName(self.tr("Language of the questions"))
        self.title_label.setText(self.tr("Title of the topic (optional)"))
        self.title_edit.setAccessibleName(self.tr("Title of the topic (optional)"))
        set_texts(self.convert_button, self.tr("Convert again with these choices"))
        self.preview_heading.setText(self.tr("The questions, as the quiz shows them"))
        self.question_list.setAccessibleName(self.tr("Converted questions; choose one to see it"))
        set_texts(self.save_button, self.tr("Save as a topic"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
