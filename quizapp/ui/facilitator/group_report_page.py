"""What the group missed: per question (most missed first) and per student; filters; CSV and PDF.

The report covers every answer in the data folder until the facilitator
filters it (by dates or by the kind of play). Choosing a question opens it
beside the table, with its right answer, its explanation and what the group
chose, to discuss with the room.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QMarginsF,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.grading import answer_from_json
from quizapp.core.report import (
    SESSION_MODE,
    ReportFilter,
    SessionSummary,
    answer_counts,
    day_span,
    export_report_csv,
    facilitator_sessions,
    profile_summaries,
    question_stats,
    run_modes,
    totals,
)
from quizapp.core.store import Store, StoreError
from quizapp.ui.answer_text import describe_answer, describe_right_answer
from quizapp.ui.bank_text import escape, show_bank_text, strip_marks
from quizapp.ui.facilitator.group_report_model import (
    GroupReportModel,
    ProfileSummaryModel,
    QuestionColumn,
    QuestionRow,
)
from quizapp.ui.facilitator.widgets import (
    FolderField,
    MessageLabel,
    PageSwitcher,
    Tone,
    fill_height,
    flow_of,
    labelled,
    unique_path,
)
from quizapp.ui.i18n import store_message
from quizapp.ui.labels import make_label
from quizapp.ui.theme import Theme

if TYPE_CHECKING:
    from quizapp.core.bank import Bank, Question
    from quizapp.core.library import BankLibrary

MAX_CHOICES_SHOWN = 6
SESSION_MARK = "› "  # a session's line under "Facilitator sessions" in the Play filter


def local_time(text: str) -> str:
    """A stored UTC time as the laptop's local date and time, in the locale's short form."""
    moment = QDateTime.fromString(text, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(text, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return text
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class GroupReportPage(QWidget):
    def __init__(
        self,
        store: Store,
        theme: Theme,
        library: Callable[[], BankLibrary],
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("groupReportPage")
        self._store = store
        self._theme = theme
        self._library = library
        self._language = language
        self._loading = False
        self._split = False  # the table and the question beside it get 3:2 once, then it is theirs

        self.title = make_label(role="title", object_name="reportTitle")
        self.summary = make_label(role="subtitle", object_name="reportSummary")

        # filters
        self.all_dates = QCheckBox()
        self.all_dates.setObjectName("reportAllDatesCheck")
        self.all_dates.setChecked(True)
        self.all_dates.toggled.connect(self._dates_toggled)
        self.from_label = make_label(wrap=False)
        self.from_date = self._date_edit("reportFromDate")
        self.to_label = make_label(wrap=False)
        self.to_date = self._date_edit("reportToDate")
        self.from_label.setBuddy(self.from_date)
        self.to_label.setBuddy(self.to_date)
        self.mode_label = make_label(wrap=False)
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("reportModeCombo")
        # as wide as its longest choice (a session names its players and topics), up to a limit
        self.mode_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mode_combo.setMaximumWidth(theme.px(520))
        self.mode_combo.currentIndexChanged.connect(self.refresh)
        self.mode_label.setBuddy(self.mode_combo)
        self.from_pair = labelled(self.from_label, self.from_date)
        self.to_pair = labelled(self.to_label, self.to_date)
        self.filters = flow_of(
            [
                self.all_dates,
                self.from_pair,
                self.to_pair,
                labelled(self.mode_label, self.mode_combo),
            ]
        )

        # questions / students
        self.questions_button = self._toggle("reportQuestionsButton")
        self.students_button = self._toggle("reportStudentsButton")
        self.questions_button.setChecked(True)
        toggles = QButtonGroup(self)
        toggles.addButton(self.questions_button, 0)
        toggles.addButton(self.students_button, 1)
        toggles.idClicked.connect(self._show_view)

        self.model = GroupReportModel(self)
        self.table = QTableView()
        self.table.setObjectName("groupReport")
        self.table.setModel(self.model)
        self._set_up_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QuestionColumn.QUESTION, QHeaderView.ResizeMode.Stretch)
        for column in (QuestionColumn.TOPIC, QuestionColumn.ANSWERED, QuestionColumn.RIGHT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSortIndicator(QuestionColumn.RIGHT, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.table.activated.connect(lambda _index: self._open_detail())
        self.table.installEventFilter(self)

        self.detail = self._build_detail()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("reportSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.profile_model = ProfileSummaryModel(local_time, self)
        self.students = QTableView()
        self.students.setObjectName("profileSummary")
        self.students.setModel(self.profile_model)
        self._set_up_table(self.students)
        self.students.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.views = PageSwitcher()
        self.views.setObjectName("reportViews")
        self.views.addWidget(self.splitter)
        self.views.addWidget(self.students)
        fill_height(self.views)
        self.views.setMinimumHeight(theme.px(160))
        self.empty = make_label(role="subtitle", object_name="reportEmpty")
        self.empty.hide()

        # export
        self.folder = FolderField(store, "reportFolder")
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("reportCsvButton")
        self.csv_button.setAutoDefault(True)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("reportPdfButton")
        self.pdf_button.setAutoDefault(True)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.message = MessageLabel("reportMessage")
        self.view_row = flow_of(
            [self.questions_button, self.students_button, self.csv_button, self.pdf_button]
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.filters)
        layout.addWidget(self.view_row)
        layout.addWidget(self.message)
        layout.addWidget(self.empty)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.folder)

        QWidget.setTabOrder(self.all_dates, self.from_date)
        QWidget.setTabOrder(self.from_date, self.to_date)
        QWidget.setTabOrder(self.to_date, self.mode_combo)
        QWidget.setTabOrder(self.mode_combo, self.questions_button)
        QWidget.setTabOrder(self.questions_button, self.students_button)
        QWidget.setTabOrder(self.students_button, self.csv_button)
        QWidget.setTabOrder(self.csv_button, self.pdf_button)
        QWidget.setTabOrder(self.pdf_button, self.table)
        QWidget.setTabOrder(self.table, self.students)
        QWidget.setTabOrder(self.students, self.folder.edit)
        QWidget.setTabOrder(self.folder.edit, self.folder.choose_button)
        self.retranslate()
        self._dates_toggled(True)

    # -- building -------------------------------------------------------------------

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDate(QDate.currentDate())
        edit.dateChanged.connect(lambda _date: self.refresh())
        return edit

    def _toggle(self, name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setCheckable(True)
        button.setAutoDefault(True)
        return button

    @staticmethod
    def _set_up_table(table: QTableView) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().hide()

    def _build_detail(self) -> QWidget:
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setObjectName("reportDetailScroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel = QFrame()
        panel.setObjectName("reportDetail")
        panel.setProperty("role", "card")
        self.detail_hint = make_label(role="muted", object_name="reportDetailHint")
        self.detail_stats = make_label(role="heading", object_name="reportDetailStats")
        self.detail_topic = make_label(role="muted", object_name="reportDetailTopic")
        self.detail_prompt = make_label(object_name="reportDetailPrompt", bank_text=True)
        self.detail_prompt.setProperty("role", "heading")
        self.right_heading = make_label(role="heading")
        self.detail_right = make_label(object_name="reportDetailRight")
        self.why_heading = make_label(role="heading")
        self.detail_explanation = make_label(object_name="reportDetailExplanation", bank_text=True)
        self.chose_heading = make_label(role="heading")
        self.detail_chose = make_label(object_name="reportDetailChose")
        column = QVBoxLayout(panel)
        column.setContentsMargins(16, 14, 16, 14)
        column.setSpacing(8)
        for widget in (
            self.detail_hint,
            self.detail_stats,
            self.detail_topic,
            self.detail_prompt,
            self.right_heading,
            self.detail_right,
            self.why_heading,
            self.detail_explanation,
            self.chose_heading,
            self.detail_chose,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        self.detail_scroll.setWidget(panel)
        self._set_detail_visible(False)
        return panel

    def _set_detail_visible(self, visible: bool) -> None:
        self.detail_hint.setVisible(not visible)
        for widget in (
            self.detail_stats,
            self.detail_topic,
            self.detail_prompt,
            self.right_heading,
            self.detail_right,
            self.why_heading,
            self.detail_explanation,
            self.chose_heading,
            self.detail_chose,
        ):
            widget.setVisible(visible)

    # -- the filter -----------------------------------------------------------------

    def report_filter(self) -> ReportFilter:
        since = until = None
        if not self.all_dates.isChecked():
            since = self.from_date.date().toPython()
            until = self.to_date.date().toPython()
            if since > until:
                since, until = until, since
        chosen = self.mode_combo.currentData()
        if isinstance(chosen, int):  # one facilitator session, by its key
            return ReportFilter(since=since, until=until, sessions=frozenset({chosen}))
        modes = frozenset({chosen}) if chosen else None
        return ReportFilter(since=since, until=until, modes=modes)

    def _dates_toggled(self, everything: bool) -> None:
        # the days are asked only when wanted: a shorter page by default
        self.from_pair.setVisible(not everything)
        self.to_pair.setVisible(not everything)
        self.refresh()

    def _fill_modes(self) -> None:
        current = self.mode_combo.currentData()
        try:
            modes = run_modes(self._store)
            sessions = facilitator_sessions(self._store) if SESSION_MODE in modes else []
        except StoreError:
            modes, sessions = [], []
        self._loading = True
        self.mode_combo.clear()
        self.mode_combo.addItem(self.tr("All kinds of play"), "")
        for mode in modes:
            self.mode_combo.addItem(self._mode_name(mode), mode)
            if mode == SESSION_MODE:  # each session under them, the latest first
                for session in sessions:
                    self.mode_combo.addItem(SESSION_MARK + self._session_name(session), session.key)
        index = self.mode_combo.findData(current) if current not in (None, "") else 0
        self.mode_combo.setCurrentIndex(max(0, index))
        # the list may be wider than the box: let it open as wide as its longest line
        view = self.mode_combo.view()
        view.setMinimumWidth(min(view.sizeHintForColumn(0) + 24, self._theme.px(720)))
        self._loading = False

    def _session_name(self, session: SessionSummary) -> str:
        topics = [self._topic(bank_id) for bank_id in session.bank_ids]
        return self.tr("{when}: {players} · {topics}").format(
            when=local_time(session.started_at),
            players=", ".join(session.players),
            topics="; ".join(topics),
        )

    def _mode_name(self, mode: str) -> str:
        names = {
            "quiz": self.tr("Quizzes"),
            "practice": self.tr("Practice"),
            "challenge": self.tr("Challenge a friend"),
            SESSION_MODE: self.tr("Facilitator sessions"),
        }
        return names.get(mode, mode)

    def _fill_dates(self) -> None:
        try:
            span = day_span(self._store)
        except StoreError:
            span = None
        first, last = span or (date.today(), date.today())
        self._loading = True
        for edit in (self.from_date, self.to_date):
            edit.setDateRange(QDate(first.year, first.month, first.day), QDate(2100, 12, 31))
        if self.all_dates.isChecked():
            self.from_date.setDate(QDate(first.year, first.month, first.day))
            self.to_date.setDate(QDate(last.year, last.month, last.day))
        self._loading = False

    # -- filling ----------------------------------------------------------------------

    def reload(self) -> None:
        """Fresh choices and rows: called each time the report is shown."""
        self._fill_modes()
        self._fill_dates()
        self.refresh()

    def _bank(self, bank_id: str) -> Bank | None:
        try:
            library = self._library()
        except Exception:
            return None
        return library.best(bank_id, self._language())

    def _topic(self, bank_id: str) -> str:
        bank = self._bank(bank_id)
        return bank.title if bank is not None else bank_id

    def _question(self, bank_id: str, question_id: str) -> tuple[Question | None, str]:
        bank = self._bank(bank_id)
        if bank is None:
            return None, bank_id
        return bank.question(question_id), bank.title

    def question_text(self, bank_id: str, question_id: str) -> str:
        question, _ = self._question(bank_id, question_id)
        return strip_marks(question.prompt) if question is not None else question_id

    def refresh(self) -> None:
        if self._loading:
            return
        report_filter = self.report_filter()
        try:
            stats = question_stats(self._store, report_filter)
            people = profile_summaries(self._store, report_filter)
            total = totals(self._store, report_filter)
        except StoreError as error:
            self.message.show_message(store_message(error), Tone.ERROR)
            return
        rows = []
        for stat in stats:
            question, topic = self._question(stat.bank_id, stat.question_id)
            prompt = strip_marks(question.prompt) if question is not None else stat.question_id
            rows.append(QuestionRow(stat, prompt, topic))
        selected = self._current_key()
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.profile_model.set_rows(people)
        self.summary.setText(
            self.tr("{answers} from {students} on {questions}: {percent}% right.").format(
                answers=self.tr("%n answers", "report summary", total.answers),
                students=self.tr("%n students", "report summary", total.profiles),
                questions=self.tr("%n questions", "report summary", total.questions),
                percent=total.percent_right,
            )
            if total.answers
            else self.tr("No answers match this filter yet.")
        )
        self.summary.setAccessibleName(self.summary.text())
        # no answers at all: one line says so (the table stays in view, with its headings)
        nothing_yet = not rows and report_filter.covers_everything
        self.empty.setVisible(nothing_yet)
        self.summary.setVisible(not nothing_yet)
        self.csv_button.setEnabled(bool(rows))
        self.pdf_button.setEnabled(bool(rows))
        self._select(selected)

    def _current_key(self) -> tuple[str, str] | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return (row.stat.bank_id, row.stat.question_id) if row else None

    def _select(self, key: tuple[str, str] | None) -> None:
        for number in range(self.model.rowCount()):
            row = self.model.row_at(number)
            if row is not None and key == (row.stat.bank_id, row.stat.question_id):
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(number, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return
        self._show_detail()

    def _show_view(self, which: int) -> None:
        self.views.setCurrentIndex(which)

    # -- one question, to discuss ---------------------------------------------------------

    def open_row(self, row: int) -> None:
        """Select a question and open it beside the table."""
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._open_detail()

    def _open_detail(self) -> None:
        self._show_detail()
        self.detail_scroll.verticalScrollBar().setValue(0)

    def _show_detail(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            self._set_detail_visible(False)
            return
        stat = row.stat
        question, topic = self._question(stat.bank_id, stat.question_id)
        self._set_detail_visible(True)
        self.detail_topic.setText(topic)
        self.detail_stats.setText(
            self.tr("{percent}% right: {right} of {answered}, from {students}").format(
                percent=stat.percent_right,
                right=stat.right,
                answered=self.tr("%n answers", "of a question", stat.answered),
                students=self.tr("%n students", "from whom", stat.students),
            )
        )
        if question is None:
            self.detail_prompt.setText(
                self.tr("Question {id} of {bank} (the bank is not on this laptop)").format(
                    id=stat.question_id, bank=stat.bank_id
                )
            )
            for widget in (
                self.right_heading,
                self.detail_right,
                self.why_heading,
                self.detail_explanation,
                self.chose_heading,
                self.detail_chose,
            ):
                widget.hide()
            return
        show_bank_text(self.detail_prompt, question.prompt)
        self.detail_right.setText(describe_right_answer(question))
        show_bank_text(self.detail_explanation, question.explanation)
        self.detail_chose.setText(self._what_they_chose(question, stat.bank_id))

    def _what_they_chose(self, question: Question, bank_id: str) -> str:
        try:
            counts = answer_counts(self._store, bank_id, question.id, self.report_filter())
        except StoreError:
            return ""
        described: dict[str, int] = {}
        for text, count in counts.items():
            answer = answer_from_json(question, text)
            words = describe_answer(question, answer).replace("\n", "; ")
            described[words] = described.get(words, 0) + count
        ranked = sorted(described.items(), key=lambda item: -item[1])
        lines = [
            self.tr("%n times: {answer}", "", count).format(answer=words)
            for words, count in ranked[:MAX_CHOICES_SHOWN]
        ]
        if len(ranked) > MAX_CHOICES_SHOWN:
            lines.append(self.tr("… and %n other answers", "", len(ranked) - MAX_CHOICES_SHOWN))
        return "\n".join(lines)

    # -- export -----------------------------------------------------------------------

    def _target(self, suffix: str) -> Path | None:
        folder = self.folder.folder()
        if not folder.is_dir():
            self.message.show_message(
                self.tr("The folder {folder} does not exist. Type or choose another.").format(
                    folder=folder
                ),
                Tone.ERROR,
            )
            return None
        self.folder.remember()
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
        return unique_path(folder, f"group-report-{stamp}.{suffix}")

    def export_csv(self) -> Path | None:
        target = self._target("csv")
        if target is None:
            return None
        try:
            rows = export_report_csv(self._store, target, self.report_filter(), self.question_text)
        except StoreError as error:
            self.message.show_message(store_message(error), Tone.ERROR)
            return None
        self.message.show_message(
            self.tr("Saved {file}: %n questions.", "", rows).format(file=target), Tone.OK
        )
        return target

    def export_pdf(self) -> Path | None:
        target = self._target("pdf")
        if target is None:
            return None
        temporary = target.with_name(f".{target.name}.tmp")
        try:
            writer = QPdfWriter(str(temporary))
            writer.setTitle(self.tr("Group report"))
            writer.setCreator("quizapp")
            writer.setResolution(150)
            writer.setPageLayout(
                QPageLayout(
                    QPageSize(QPageSize.PageSizeId.A4),
                    QPageLayout.Orientation.Portrait,
                    QMarginsF(15, 15, 15, 15),
                    QPageLayout.Unit.Millimeter,
                )
            )
            document = QTextDocument()
            font = QFont()
            font.setPointSize(10)
            document.setDefaultFont(font)
            document.setHtml(self.report_html())
            document.print_(writer)
            del writer  # finishes the file
            if not temporary.is_file() or temporary.stat().st_size == 0:
                raise OSError(self.tr("the PDF could not be written"))
            os.replace(temporary, target)
        except OSError as error:
            with contextlib.suppress(OSError):
                temporary.unlink()
            self.message.show_message(
                self.tr("Cannot write {file}: {error}").format(file=target, error=error),
                Tone.ERROR,
            )
            return None
        self.message.show_message(self.tr("Saved {file}.").format(file=target), Tone.OK)
        return target

    def _filter_words(self) -> str:
        parts = []
        report_filter = self.report_filter()
        if report_filter.since is not None and report_filter.until is not None:
            locale = QLocale()
            parts.append(
                self.tr("from {first} to {last}").format(
                    first=locale.toString(
                        QDate(report_filter.since), QLocale.FormatType.LongFormat
                    ),
                    last=locale.toString(QDate(report_filter.until), QLocale.FormatType.LongFormat),
                )
            )
        if report_filter.modes or report_filter.sessions:
            parts.append(self.mode_combo.currentText().removeprefix(SESSION_MARK))
        return "; ".join(parts) or self.tr("every answer on this laptop")

    def report_html(self) -> str:
        """The report as HTML for the PDF; every text from a bank or a name is escaped."""
        report_filter = self.report_filter()
        stats = question_stats(self._store, report_filter)
        people = profile_summaries(self._store, report_filter)
        cell = 'style="padding: 3px 6px; border-bottom: 1px solid #999;"'
        head = 'style="padding: 3px 6px; background: #eee; text-align: left;"'
        lines = [
            "<h1>" + escape(self.tr("Group report")) + "</h1>",  # tr() outside f-strings: lupdate
            f"<p>{escape(self.summary.text())}<br>",
            escape(self.tr("Covers: {what}").format(what=self._filter_words())) + "<br>",
            escape(
                self.tr("Made {when}").format(
                    when=QLocale().toString(
                        QDateTime.currentDateTime(), QLocale.FormatType.LongFormat
                    )
                )
            )
            + "</p>",
            "<h2>" + escape(self.tr("Questions, the most missed first")) + "</h2>",
            '<table width="100%" cellspacing="0">',
            "<tr>"
            + "".join(
                f"<th {head}>{escape(text)}</th>"
                for text in (
                    "#",
                    self.tr("Question"),
                    self.tr("Topic"),
                    self.tr("Answered"),
                    self.tr("Right"),
                )
            )
            + "</tr>",
        ]
        for number, stat in enumerate(stats, 1):
            question, topic = self._question(stat.bank_id, stat.question_id)
            prompt = strip_marks(question.prompt) if question is not None else stat.question_id
            lines.append(
                f"<tr><td {cell}>{number}</td><td {cell}>{escape(prompt)}</td>"
                f"<td {cell}>{escape(topic)}</td><td {cell} align='right'>{stat.answered}</td>"
                f"<td {cell} align='right'><b>{stat.percent_right}%</b></td></tr>"
            )
        lines.append("</table>")
        lines.append("<h2>" + escape(self.tr("Students")) + "</h2>")
        lines.append('<table width="100%" cellspacing="0"><tr>')
        for text in (self.tr("Student"), self.tr("Answered"), self.tr("Right"), self.tr("Rounds")):
            lines.append(f"<th {head}>{escape(text)}</th>")
        lines.append("</tr>")
        for person in people:
            lines.append(
                f"<tr><td {cell}>{escape(person.name)}</td><td {cell} align='right'>"
                f"{person.answered}</td><td {cell} align='right'>{person.percent_right}%</td>"
                f"<td {cell} align='right'>{person.runs}</td></tr>"
            )
        lines.append("</table>")
        return "\n".join(lines)

    # -- language ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Group report"))
        self.all_dates.setText(self.tr("All dates"))
        self.all_dates.setAccessibleName(self.tr("Report on all dates"))
        self.from_label.setText(self.tr("From"))
        self.from_date.setAccessibleName(self.tr("First day of the report"))
        self.to_label.setText(self.tr("to"))
        self.to_date.setAccessibleName(self.tr("Last day of the report"))
        self.mode_label.setText(self.tr("Play"))
        self.mode_combo.setAccessibleName(self.tr("Kind of play to report on"))
        self.questions_button.setText(self.tr("Questions"))
        self.questions_button.setAccessibleName(self.tr("Show the report per question"))
        self.students_button.setText(self.tr("Students"))
        self.students_button.setAccessibleName(self.tr("Show the report per student"))
        self.table.setAccessibleName(
            self.tr("Questions the group answered, the most missed first, with the percent right")
        )
        self.students.setAccessibleName(self.tr("Each student's answers and percent right"))
        self.empty.setText(
            self.tr("No answers to report yet. They appear here as soon as students play.")
        )
        self.detail_hint.setText(
            self.tr("Choose a question (arrows, or click) to see it here with its explanation.")
        )
        self.right_heading.setText(self.tr("The right answer"))
        self.why_heading.setText(self.tr("Why"))
        self.chose_heading.setText(self.tr("What the group chose"))
        self.csv_button.setText(self.tr("Save as CSV"))
        self.csv_button.setAccessibleName(self.tr("Save the report as a CSV spreadsheet"))
        self.pdf_button.setText(self.tr("Save as PDF"))
        self.pdf_button.setAccessibleName(self.tr("Save the report as a PDF to print"))
        if self.mode_combo.count():
            self._fill_modes()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._split:
            QTimer.singleShot(0, self._split_evenly)

    def _split_evenly(self) -> None:
        self._orient()
        vertical = self.splitter.orientation() is Qt.Orientation.Vertical
        room = self.splitter.height() if vertical else self.splitter.width()
        if room > 0:
            self._split = True
            self.splitter.setSizes([room * 3 // 5, room - room * 3 // 5])

    def _orient(self) -> None:
        """The question beside the table where there is room, else under it (large text)."""
        wide = self.width() >= self._theme.px(900)
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() is not wanted:
            self.splitter.setOrientation(wanted)
            self._split = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            # a narrow table keeps its room for the question; the topic is in the detail
            narrow = self.table.width() < self._theme.px(720)
            self.table.setColumnHidden(QuestionColumn.TOPIC, narrow)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._orient()
        if not self._split and self.isVisible():
            QTimer.singleShot(0, self._split_evenly)
