"""A profile's progress: its day streak, answers per day, topics it knows, best scores, quizzes.

Everything comes from the store in a handful of indexed queries
(`load_progress`), so the page opens at once with a year of camp data; the
charts are painted (quizapp.ui.charts) and say their data in words too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.practice import MIXED_PRACTICE_BANK_ID
from quizapp.core.progress import TopicMastery, day_streak, question_tags
from quizapp.core.store import RunStatus, RunSummary, StoreError
from quizapp.ui.charts.bar_chart import Bar, BarChart
from quizapp.ui.charts.column_chart import Column, ColumnChart
from quizapp.ui.i18n import format_datetime, format_percent, store_message
from quizapp.ui.labels import make_label
from quizapp.ui.none_guard import keeps_none_alive
from quizapp.ui.pages.topic_names import topic_name
from quizapp.ui.scroll_column import ScrollColumn
from quizapp.ui.theme import Theme

if TYPE_CHECKING:
    from quizapp.core.library import BankLibrary
    from quizapp.core.store import Profile, Store

HISTORY_LIMIT = 20
TOPICS_SHOWN = 8
DAYS_SHOWN = 14


@dataclass(frozen=True)
class ProgressData:
    """What the page shows, read from the store in one go."""

    history: tuple[RunSummary, ...]  # newest first, at most HISTORY_LIMIT
    best: Mapping[str, tuple[int, int]]  # bank id -> (right, asked)
    mastery: Mapping[str, TopicMastery]  # tag -> mastery
    per_day: Mapping[date, int]  # local day -> answers that day, for the last DAYS_SHOWN days
    answers: int  # ever
    days_answered: int  # local days with at least one answer, ever
    streak: int
    practice_due: int  # questions waiting in practice now
    practice_later: int  # in practice, but not due yet
    today: date


def load_progress(
    store: Store,
    profile_id: int,
    tags: Mapping[str, tuple[str, ...]],
    today: date | None = None,
    history_limit: int = HISTORY_LIMIT,
) -> ProgressData:
    """Everything the page shows for one profile; raises StoreError.

    Every read is an index seek or a short range, none a scan of all the
    answers, so a year of camp data opens as fast as a week.
    """
    today = today or date.today()
    days = store.answer_days(profile_id)
    due = len(store.review_due(profile_id))
    in_practice = len(store.review_items(profile_id))
    return ProgressData(
        history=tuple(store.history(profile_id, limit=history_limit)),
        best=store.best_scores(profile_id),
        mastery=store.mastery(profile_id, tags),
        per_day=store.answers_per_day(profile_id, since=today - timedelta(days=DAYS_SHOWN - 1)),
        answers=store.answer_count(profile_id),
        days_answered=len(days),
        streak=day_streak(days, today),
        practice_due=due,
        practice_later=max(0, in_practice - due),
        today=today,
    )


def mastery_order(mastery: Mapping[str, TopicMastery]) -> list[TopicMastery]:
    """Best known first; among equals, the topic with more questions answered."""
    return sorted(mastery.values(), key=lambda m: (-m.share, -m.answered, m.tag))


class _WrappingDelegate(QStyledItemDelegate):
    """Measures wrapped text in the width it is drawn in: the cell less its padding.

    The style sheet's item padding narrows the text when painting but not
    when Qt measures a row, which then comes out a line short and cut off.
    """

    def __init__(self, padding: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._padding = padding

    @keeps_none_alive
    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        narrower = QStyleOptionViewItem(option)
        narrower.rect = option.rect.adjusted(0, 0, -2 * self._padding(), 0)
        return super().sizeHint(narrower, index)


class HistoryTable(QTableWidget):
    """The latest quizzes, as tall as its rows: the page scrolls, never the table."""

    def __init__(self, padding: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("historyTable")
        self._padding = padding
        self.setItemDelegate(_WrappingDelegate(padding, self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrap, never cut a title short
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Fixed,  # set in fill(): as wide as its widest text
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Fixed,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(column, mode)
        # rows grow with their wrapped text once the columns have their widths
        self._relayout_pending = False
        header.sectionResized.connect(self._schedule_relayout)
        header.geometriesChanged.connect(self._schedule_relayout)

    def _schedule_relayout(self, *_args: object) -> None:
        if not self._relayout_pending:
            self._relayout_pending = True
            QTimer.singleShot(0, self._relayout)

    @keeps_none_alive
    def _relayout(self) -> None:
        self._relayout_pending = False
        self.resizeRowsToContents()
        self._fit_height()

    def _fit_height(self) -> None:
        rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
        height = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(height)

    def fill(self, rows: list[tuple[str, str, str, str]]) -> None:
        self.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.setItem(row, column, item)
        self.fit_columns()
        self._schedule_relayout()  # once the page has its width: measuring now is wasted

    def fit_columns(self) -> None:
        """The short columns (when, score) as wide as their widest text; the others share the rest.

        Measured here once rather than by Qt asking every cell on every layout.
        """
        cells = QFontMetrics(self.font())
        heads = QFontMetrics(self.horizontalHeader().font())
        room = 2 * self._padding() + 8
        for column in (0, 2):
            head = self.horizontalHeaderItem(column)
            widest = heads.horizontalAdvance(head.text()) * 1.1 if head else 0  # bold
            for row in range(self.rowCount()):
                item = self.item(row, column)
                if item is not None:
                    widest = max(widest, cells.horizontalAdvance(item.text()))
            self.setColumnWidth(column, int(widest) + room)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._schedule_relayout()  # after the header has stretched its columns

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.height())


class ProgressPage(QWidget):
    back_requested = Signal()

    def __init__(
        self,
        store: Store,
        library: Callable[[], BankLibrary],
        theme: Theme,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progressPage")
        self.setProperty("role", "page")
        self._store = store
        self._library = library
        self._theme = theme
        self._language = language
        self._profile: Profile | None = None
        self._data: ProgressData | None = None
        self._all_topics = False

        self.scroll = ScrollColumn(theme)
        column = self.scroll.column_layout

        self.back_button = QPushButton()
        self.back_button.setObjectName("progressBackButton")
        self.back_button.setProperty("kind", "quiet")
        self.back_button.setAutoDefault(True)
        self.back_button.clicked.connect(self.back_requested)
        self.title = make_label(role="title", object_name="progressTitle")
        self.subtitle = make_label(role="subtitle", object_name="progressSubtitle")
        self.message = make_label(role="error", object_name="progressMessage")
        self.message.hide()

        # three tiles: streak, answers, practice
        self.streak_tile, self.streak_caption, self.streak_label, self.streak_hint = self._tile(
            "streakTile", "progressStreak"
        )
        self.answers_tile, self.answers_caption, self.answers_label, self.answers_hint = self._tile(
            "answersTile", "progressAnswers"
        )
        (
            self.practice_tile,
            self.practice_caption,
            self.practice_label,
            self.practice_hint,
        ) = self._tile("practiceTile", "progressPractice")
        tiles = QHBoxLayout()
        tiles.setSpacing(16)
        for tile in (self.streak_tile, self.answers_tile, self.practice_tile):
            tiles.addWidget(tile, 1)

        # topics
        self.topics_heading = make_label(role="heading", object_name="topicsHeading")
        self.topics_hint = make_label(role="muted", object_name="topicsHint")
        self.mastery_chart = BarChart(theme)
        self.mastery_chart.setObjectName("masteryChart")
        self.no_topics = make_label(role="hint", object_name="noTopicsHint")
        self.all_topics_button = QPushButton()
        self.all_topics_button.setObjectName("showAllTopicsButton")
        self.all_topics_button.setAutoDefault(True)
        self.all_topics_button.clicked.connect(self._toggle_topics)
        topics_button_row = QHBoxLayout()
        topics_button_row.addWidget(self.all_topics_button)
        topics_button_row.addStretch(1)

        # answers per day
        self.days_heading = make_label(role="heading", object_name="daysHeading")
        self.daily_chart = ColumnChart(theme)
        self.daily_chart.setObjectName("dailyChart")

        # best scores
        self.best_heading = make_label(role="heading", object_name="bestHeading")
        self.best_chart = BarChart(theme)
        self.best_chart.setObjectName("bestScoresChart")
        self.no_best = make_label(role="hint", object_name="noBestHint")

        # the latest quizzes
        self.history_heading = make_label(role="heading", object_name="historyHeading")
        self.history = HistoryTable(lambda: theme.px(8))
        self.history_hint = make_label(role="muted", object_name="historyHint")

        top_row = QHBoxLayout()
        top_row.addWidget(self.back_button)
        top_row.addStretch(1)
        column.addLayout(top_row)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addWidget(self.message)
        column.addLayout(tiles)
        for widget in (self.topics_heading, self.topics_hint, self.mastery_chart, self.no_topics):
            column.addWidget(widget)
        column.addLayout(topics_button_row)
        column.addWidget(self.days_heading)
        column.addWidget(self.daily_chart)
        for widget in (self.best_heading, self.best_chart, self.no_best):
            column.addWidget(widget)
        for widget in (self.history_heading, self.history, self.history_hint):
            column.addWidget(widget)
        column.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

        QWidget.setTabOrder(self.back_button, self.mastery_chart)
        QWidget.setTabOrder(self.mastery_chart, self.all_topics_button)
        QWidget.setTabOrder(self.all_topics_button, self.daily_chart)
        QWidget.setTabOrder(self.daily_chart, self.best_chart)
        QWidget.setTabOrder(self.best_chart, self.history)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.retranslate()

    def _tile(self, name: str, value_name: str) -> tuple[QFrame, QLabel, QLabel, QLabel]:
        tile = QFrame()
        tile.setObjectName(name)
        tile.setProperty("role", "card")
        caption = make_label(role="muted")
        value = make_label(role="heading", object_name=value_name)
        hint = make_label()
        box = QVBoxLayout(tile)
        box.setContentsMargins(18, 12, 18, 14)
        box.setSpacing(4)
        box.addWidget(caption)
        box.addWidget(value)
        box.addWidget(hint)
        box.addStretch(1)
        return tile, caption, value, hint

    # -- state ----------------------------------------------------------------

    @property
    def profile(self) -> Profile | None:
        return self._profile

    @property
    def data(self) -> ProgressData | None:
        """What the page shows now (None before a profile is shown, or when reading failed)."""
        return self._data

    def show_profile(self, profile: Profile | None, language: str | None = None) -> None:
        self._profile = profile
        if language:
            self._language = language
        self._all_topics = False
        self.refresh()
        self.scroll.scroll_to_top()

    def set_language(self, language: str) -> None:
        self._language = language
        self.refresh()

    @keeps_none_alive
    def refresh(self) -> None:
        """Read the profile's progress again and show it."""
        self._data = None
        self.message.hide()
        if self._profile is not None:
            library = self._library()
            tags = question_tags(library.banks_for(self._language))
            try:
                self._data = load_progress(self._store, self._profile.id, tags)
            except StoreError as error:
                self.message.setText(store_message(error))
                self.message.show()
        self._fill()

    # -- filling ----------------------------------------------------------------

    def _bank_title(self, bank_id: str, mode: str = "quiz") -> str:
        if bank_id == MIXED_PRACTICE_BANK_ID:
            return self.tr("Practice: questions from several topics")
        bank = self._library().best(bank_id, self._language)
        title = bank.title if bank is not None else bank_id
        if mode == "practice":
            return self.tr("{title} (practice)").format(title=title)
        if mode == "challenge":
            return self.tr("{title} (challenge)").format(title=title)
        return title

    def _right_of(self, right: int, asked: int) -> str:
        percent = format_percent(right / asked if asked else 0.0)
        return self.tr("{right} of {asked} right ({percent})").format(
            right=right, asked=asked, percent=percent
        )

    def _fill(self) -> None:
        data = self._data
        name = self._profile.name if self._profile is not None else ""
        self.title.setText(self.tr("Your progress, {name}").format(name=name) if name else "")
        self._fill_tiles(data)
        self._fill_topics(data)
        self._fill_days(data)
        self._fill_best(data)
        self._fill_history(data)

    def _fill_tiles(self, data: ProgressData | None) -> None:
        streak = data.streak if data else 0
        if streak == 0:
            self.streak_label.setText(self.tr("No streak yet"))
            self.streak_hint.setText(self.tr("Answer a question today to start one."))
        else:
            self.streak_label.setText(
                self.tr("1 day in a row")
                if streak == 1
                else self.tr("%n days in a row", "", streak)
            )
            answered_today = bool(data and data.per_day.get(data.today))
            self.streak_hint.setText(
                self.tr("You answered today. See you tomorrow!")
                if answered_today
                else self.tr("Answer a question today to keep it going.")
            )
        answers = data.answers if data else 0
        days = data.days_answered if data else 0
        self.answers_label.setText(
            self.tr("1 answer") if answers == 1 else self.tr("%n answers", "", answers)
        )
        self.answers_hint.setText(
            self.tr("Every one is saved.")
            if days == 0
            else self.tr("on 1 day")
            if days == 1
            else self.tr("on %n different days", "", days)
        )
        due = data.practice_due if data else 0
        later = data.practice_later if data else 0
        if due == 0:
            self.practice_label.setText(self.tr("Nothing to practise now"))
        elif due == 1:
            self.practice_label.setText(self.tr("1 question to practise"))
        else:
            self.practice_label.setText(self.tr("%n questions to practise", "", due))
        if later:
            self.practice_hint.setText(
                self.tr("1 more comes back on a later day.")
                if later == 1
                else self.tr("%n more come back on later days.", "", later)
            )
        elif due:
            self.practice_hint.setText(self.tr("Start them from the home page."))
        else:
            self.practice_hint.setText(self.tr("Questions you miss come back here to practise."))
        for tile, label, hint in (
            (self.streak_tile, self.streak_label, self.streak_hint),
            (self.answers_tile, self.answers_label, self.answers_hint),
            (self.practice_tile, self.practice_label, self.practice_hint),
        ):
            tile.setAccessibleName(f"{label.text()}. {hint.text()}")

    def _fill_topics(self, data: ProgressData | None) -> None:
        ordered = mastery_order(data.mastery) if data else []
        trimmed = not self._all_topics and len(ordered) > TOPICS_SHOWN
        half = TOPICS_SHOWN // 2
        shown = ordered[:half] + ordered[-half:] if trimmed else ordered
        explain = self.tr(
            "For each topic: how many questions you got right the last time you answered."
        )
        if trimmed:
            explain += " " + self.tr(
                "Here are your {count} strongest and {count} weakest of {total} topics."
            ).format(count=half, total=len(ordered))
        self.topics_hint.setText(explain)
        bars = [Bar(topic_name(m.tag), m.share, self._right_of(m.right, m.answered)) for m in shown]
        title = self.tr("Topics you know")
        self.mastery_chart.set_bars(bars, title)
        self.mastery_chart.setVisible(bool(bars))
        self.no_topics.setVisible(not bars)
        more = len(ordered) > TOPICS_SHOWN
        self.all_topics_button.setVisible(more)
        if self._all_topics:
            self.all_topics_button.setText(self.tr("Show fewer topics"))
        else:
            self.all_topics_button.setText(self.tr("Show all %n topics", "", len(ordered)))
        self.all_topics_button.setAccessibleName(self.all_topics_button.text())

    @keeps_none_alive
    def _toggle_topics(self) -> None:
        self._all_topics = not self._all_topics
        self._fill_topics(self._data)
        self.all_topics_button.setFocus()

    def _fill_days(self, data: ProgressData | None) -> None:
        today = data.today if data else date.today()
        locale = QLocale()
        columns = []
        total = 0
        for offset in range(DAYS_SHOWN - 1, -1, -1):
            day = today - timedelta(days=offset)
            count = data.per_day.get(day, 0) if data else 0
            total += count
            short = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            long_day = locale.toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
            )
            answers = self.tr("1 answer") if count == 1 else self.tr("%n answers", "", count)
            if offset == 0:
                words = self.tr("Today, {day}: {answers}").format(day=long_day, answers=answers)
            else:
                words = f"{long_day}: {answers}"
            columns.append(Column(f"{short}\n{day.day}", count, words, marked=offset == 0))
        summary = self.tr("{answers} in the last {days} days").format(
            answers=self.tr("1 answer") if total == 1 else self.tr("%n answers", "", total),
            days=DAYS_SHOWN,
        )
        self.daily_chart.set_columns(columns, self.tr("Answers per day"), summary)

    def _fill_best(self, data: ProgressData | None) -> None:
        best = data.best if data else {}
        rows = sorted(
            ((self._bank_title(bank_id), right, asked) for bank_id, (right, asked) in best.items()),
            key=lambda row: row[0].casefold(),
        )
        bars = [
            Bar(title, right / asked if asked else 0.0, self._right_of(right, asked))
            for title, right, asked in rows
        ]
        self.best_chart.set_bars(bars, self.tr("Best scores"))
        self.best_chart.setVisible(bool(bars))
        self.no_best.setVisible(not bars)

    def _when(self, text: str, today: date) -> str:
        try:
            moment = datetime.fromisoformat(text).astimezone()
        except ValueError:
            return text
        clock = QLocale().toString(
            QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat
        )
        if moment.date() == today:
            return self.tr("Today, {time}").format(time=clock)
        if moment.date() == today - timedelta(days=1):
            return self.tr("Yesterday, {time}").format(time=clock)
        return format_datetime(moment)

    def _status(self, run: RunSummary) -> str:
        if run.status is RunStatus.FINISHED:
            return self.tr("Finished")
        done = self.tr("{asked} of {total} answered").format(asked=run.asked, total=run.total)
        if run.status is RunStatus.OPEN:
            return self.tr("Not finished: {done}").format(done=done)
        return self.tr("Stopped: {done}").format(done=done)

    def _fill_history(self, data: ProgressData | None) -> None:
        runs = data.history if data else ()
        today = data.today if data else date.today()
        rows = []
        for run in runs:
            score = self.tr("{right} / {asked}").format(right=run.right, asked=run.asked)
            rows.append(
                (
                    self._when(run.started_at, today),
                    self._bank_title(run.bank_id, run.mode),
                    score,
                    self._status(run),
                )
            )
        self.history.fill(rows)
        self.history.setVisible(bool(rows))
        if not rows:
            self.history_hint.setText(self.tr("Your quizzes show up here once you start one."))
        elif len(rows) >= HISTORY_LIMIT:
            self.history_hint.setText(
                self.tr("The latest %n quizzes are shown.", "", HISTORY_LIMIT)
            )
        else:
            self.history_hint.setText("")
        self.history_hint.setVisible(bool(self.history_hint.text()))
        self.history.setAccessibleDescription(
            "; ".join(", ".join(cells) for cells in rows) if rows else self.history_hint.text()
        )

    # -- look and language ----------------------------------------------------

    @keeps_none_alive
    def _apply_theme(self) -> None:
        theme = self._theme
        side = QSize(theme.px(22), theme.px(22))
        self.back_button.setIcon(theme.icon("arrow-left", "text"))
        self.back_button.setIconSize(side)
        c = theme.colors
        self.history.setStyleSheet(
            f"""
            QTableWidget#historyTable {{
                background: {c["surface"]};
                alternate-background-color: {c["surface_alt"]};
                border: 2px solid {c["border_strong"]};
                border-radius: {theme.px("radius_small")}px;
                selection-background-color: {c["selection"]};
                selection-color: {c["text"]};
            }}
            QTableWidget#historyTable:focus {{ border-color: {c["focus"]}; }}
            QTableWidget#historyTable::item {{ padding: {theme.px(6)}px {theme.px(8)}px; }}
            QHeaderView::section {{
                background: {c["surface_alt"]};
                color: {c["text"]};
                font-weight: 700;
                border: none;
                border-bottom: 2px solid {c["border_strong"]};
                padding: {theme.px(6)}px {theme.px(8)}px;
            }}
            """
        )
        self.history.fit_columns()
        self.history._schedule_relayout()

    @keeps_none_alive
    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back to topics"))
        self.back_button.setAccessibleName(self.tr("Back to the list of topics"))
        self.subtitle.setText(
            self.tr("Every answer you give is saved here. Keep going: every trap you learn counts.")
        )
        self.streak_caption.setText(self.tr("Day streak"))
        self.answers_caption.setText(self.tr("Answers"))
        self.practice_caption.setText(self.tr("Practice"))
        self.topics_heading.setText(self.tr("Topics you know"))
        self.no_topics.setText(self.tr("Answer a few questions and your topics show up here."))
        self.days_heading.setText(self.tr("Answers per day"))
        self.best_heading.setText(self.tr("Best scores"))
        self.no_best.setText(self.tr("Finish a quiz and your best score for it shows up here."))
        self.history_heading.setText(self.tr("Your quizzes"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Topic"), self.tr("Score"), self.tr("How it went")]
        )
        self.history.setAccessibleName(self.tr("Your latest quizzes"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.back_button.setFocus()
