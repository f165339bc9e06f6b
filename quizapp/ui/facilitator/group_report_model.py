"""Table models for the group report: one row per question answered, one per student."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from quizapp.core.report import ProfileSummary, QuestionStat

SORT_ROLE = Qt.ItemDataRole.UserRole
STAT_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class QuestionRow:
    stat: QuestionStat
    prompt: str  # plain text (marks stripped); the id when the bank is not at hand
    topic: str  # the bank's title


class QuestionColumn(enum.IntEnum):
    QUESTION = 0
    TOPIC = 1
    ANSWERED = 2
    RIGHT = 3


class GroupReportModel(QAbstractTableModel):
    """Questions the group answered, the most missed first; percent right in its own column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QuestionRow] = []

    def set_rows(self, rows: Sequence[QuestionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> QuestionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(QuestionColumn)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        stat = row.stat
        column = QuestionColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is QuestionColumn.QUESTION:
                return row.prompt
            if column is QuestionColumn.TOPIC:
                return row.topic
            if column is QuestionColumn.ANSWERED:
                return str(stat.answered)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("{percent}% right ({right} of {answered})").format(
                    percent=stat.percent_right, right=stat.right, answered=stat.answered
                )
            return f"{stat.percent_right}%"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (QuestionColumn.QUESTION, QuestionColumn.TOPIC):
                return row.prompt if column is QuestionColumn.QUESTION else row.topic
            return self.tr("{right} of {answered} answers right, from {students} students").format(
                right=stat.right, answered=stat.answered, students=stat.students
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (QuestionColumn.ANSWERED, QuestionColumn.RIGHT):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            if column is QuestionColumn.QUESTION:
                return row.prompt.casefold()
            if column is QuestionColumn.TOPIC:
                return row.topic.casefold()
            if column is QuestionColumn.ANSWERED:
                return stat.answered
            return stat.percent_right
        if role == STAT_ROLE:
            return stat
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < len(self._rows) else None
        names = (self.tr("Question"), self.tr("Topic"), self.tr("Answered"), self.tr("Right"))
        return names[section] if 0 <= section < len(names) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(QuestionColumn):
            return
        self.layoutAboutToBeChanged.emit()
        keys = {
            QuestionColumn.QUESTION: lambda r: (r.prompt.casefold(), r.stat.question_id),
            QuestionColumn.TOPIC: lambda r: (r.topic.casefold(), r.stat.share_right),
            QuestionColumn.ANSWERED: lambda r: (r.stat.answered, -r.stat.share_right),
            QuestionColumn.RIGHT: lambda r: (r.stat.share_right, -r.stat.answered),
        }
        key: Callable[[QuestionRow], object] = keys[QuestionColumn(column)]
        old = [self.index(r, c) for r in range(len(self._rows)) for c in range(len(QuestionColumn))]
        order_before = list(self._rows)
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)  # type: ignore[arg-type]
        position = {id(row): n for n, row in enumerate(self._rows)}
        new = [self.index(position[id(order_before[i.row()])], i.column()) for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()


class ProfileColumn(enum.IntEnum):
    NAME = 0
    ANSWERED = 1
    RIGHT = 2
    RUNS = 3
    LAST = 4


class ProfileSummaryModel(QAbstractTableModel):
    """One row per student who answered, by name."""

    def __init__(self, describe_time: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ProfileSummary] = []
        self._describe_time = describe_time

    def set_rows(self, rows: Sequence[ProfileSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ProfileColumn)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = ProfileColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is ProfileColumn.NAME:
                return row.name
            if column is ProfileColumn.ANSWERED:
                return str(row.answered)
            if column is ProfileColumn.RIGHT:
                return f"{row.percent_right}%"
            if column is ProfileColumn.RUNS:
                return str(row.runs)
            return self._describe_time(row.last_answered_at)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (ProfileColumn.ANSWERED, ProfileColumn.RIGHT, ProfileColumn.RUNS):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == STAT_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < len(self._rows) else None
        names = (
            self.tr("Student"),
            self.tr("Answered"),
            self.tr("Right"),
            self.tr("Rounds"),
            self.tr("Last played"),
        )
        return names[section] if 0 <= section < len(names) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
