"""Team play on one laptop: naming the teams, the scoreboard between questions, the podium.

The turns and the scores are kept by quizapp.core.group_session.TeamGame;
these widgets only show them, large enough for a projector.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.group_session import MAX_TEAM_NAME, MAX_TEAMS, MIN_TEAMS, Standing
from quizapp.ui.avatar import readable_on
from quizapp.ui.labels import make_label
from quizapp.ui.theme import Theme

TEAM_COLOURS = ("#C62828", "#1565C0", "#2E7D32", "#F9A825", "#6A1B9A", "#EF6C00")
DEFAULT_TEAMS = 2


def team_colour(team: int) -> str:
    return TEAM_COLOURS[team % len(TEAM_COLOURS)]


def team_badge(name: str, team: int, theme: Theme, object_name: str = "") -> QLabel:
    """A team's name on its colour, as on a sports scoreboard."""
    label = make_label(name, wrap=False, object_name=object_name or None)
    fill = QColor(team_colour(team))
    label.setStyleSheet(
        f"background: {fill.name()}; color: {readable_on(fill).name()}; font-weight: 800;"
        f"font-size: {theme.px('large')}px;"
        f"border-radius: {theme.px('radius_small')}px;"
        f"padding: {theme.px(4)}px {theme.px(12)}px;"
        + ("border: 2px solid #FFFFFF;" if theme.high_contrast else "")
    )
    label.setAccessibleName(name)
    return label


class TeamEditor(QWidget):
    """Two to six team names, typed by the facilitator."""

    teams_changed = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamEditor")
        self._theme = theme
        self._count = DEFAULT_TEAMS
        self.edits: list[QLineEdit] = []
        self.chips: list[QLabel] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        for team in range(MAX_TEAMS):
            chip = QLabel()
            chip.setObjectName(f"teamColour_{team}")
            edit = QLineEdit()
            edit.setObjectName(f"teamName_{team}")
            edit.setMaxLength(MAX_TEAM_NAME)
            edit.textChanged.connect(lambda _text: self.teams_changed.emit())
            grid.addWidget(chip, team // 2, (team % 2) * 2)
            grid.addWidget(edit, team // 2, (team % 2) * 2 + 1)
            self.edits.append(edit)
            self.chips.append(chip)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addTeamButton")
        self.add_button.setAutoDefault(True)
        self.add_button.clicked.connect(self.add_team)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeTeamButton")
        self.remove_button.setAutoDefault(True)
        self.remove_button.clicked.connect(self.remove_team)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.retranslate(first_time=True)
        self._update()

    def names(self) -> list[str]:
        return [edit.text() for edit in self.edits[: self._count]]

    def set_names(self, names: Sequence[str]) -> None:
        self._count = max(MIN_TEAMS, min(MAX_TEAMS, len(names)))
        for edit, name in zip(self.edits, names, strict=False):
            edit.setText(name)
        self._update()

    def add_team(self) -> None:
        if self._count < MAX_TEAMS:
            self._count += 1
            self._update()
            self.edits[self._count - 1].setFocus()
            self.edits[self._count - 1].selectAll()

    def remove_team(self) -> None:
        if self._count > MIN_TEAMS:
            self._count -= 1
            self._update()
            self.edits[self._count - 1].setFocus()

    def _update(self) -> None:
        for team, (edit, chip) in enumerate(zip(self.edits, self.chips, strict=False)):
            edit.setVisible(team < self._count)
            chip.setVisible(team < self._count)
        self.add_button.setEnabled(self._count < MAX_TEAMS)
        self.remove_button.setEnabled(self._count > MIN_TEAMS)
        self.teams_changed.emit()

    def _apply_theme(self) -> None:
        side = self._theme.px(26)
        for team, chip in enumerate(self.chips):
            chip.setFixedSize(QSize(side, side))
            chip.setStyleSheet(
                f"background: {team_colour(team)}; border-radius: {side // 2}px;"
                + ("border: 2px solid #FFFFFF;" if self._theme.high_contrast else "")
            )

    def _default_names(self) -> list[str]:
        return [
            self.tr("Red"),
            self.tr("Blue"),
            self.tr("Green"),
            self.tr("Gold"),
            self.tr("Purple"),
            self.tr("Orange"),
        ]

    def retranslate(self, first_time: bool = False) -> None:
        for team, (edit, default) in enumerate(
            zip(self.edits, self._default_names(), strict=False)
        ):
            if first_time or not edit.text():
                edit.setText(default)
            edit.setAccessibleName(self.tr("Name of team {number}").format(number=team + 1))
            self.chips[team].setAccessibleName(
                self.tr("Colour of team {number}").format(number=team + 1)
            )
        self.add_button.setText(self.tr("Add a team"))
        self.add_button.setAccessibleName(self.tr("Add a team (up to six)"))
        self.remove_button.setText(self.tr("Remove a team"))
        self.remove_button.setAccessibleName(self.tr("Remove the last team"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ScoreboardView(QWidget):
    """Between questions: every team's points, best first, and whose turn is next."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreboard")
        self._theme = theme
        self.title = make_label(role="title", object_name="scoreboardTitle")
        self.result = make_label(role="subtitle", object_name="scoreboardResult")
        self.next_turn = make_label(role="heading", object_name="scoreboardNext")
        self._rows = QGridLayout()
        self._rows.setHorizontalSpacing(24)
        self._rows.setVerticalSpacing(12)
        self._widgets: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(18)
        layout.addWidget(self.title)
        layout.addWidget(self.result)
        layout.addLayout(self._rows)
        layout.addWidget(self.next_turn)
        layout.addStretch(1)
        self.title.setText(self.tr("Scoreboard"))

    def show_standings(self, standings: Sequence[Standing], result: str, next_turn: str) -> None:
        for widget in self._widgets:
            widget.setParent(None)
            widget.deleteLater()
        self._widgets = []
        self.title.setText(self.tr("Scoreboard"))
        self.result.setText(result)
        self.result.setVisible(bool(result))
        self.next_turn.setText(next_turn)
        self.next_turn.setVisible(bool(next_turn))
        best = max((s.points for s in standings), default=0)
        for row, standing in enumerate(standings):
            place = make_label(
                self.tr("{place}.").format(place=standing.place), role="heading", wrap=False
            )
            badge = team_badge(standing.name, standing.team, self._theme, f"scoreTeam_{row}")
            bar = QFrame()
            bar.setObjectName(f"scoreBar_{row}")
            share = standing.points / best if best else 0
            bar.setMinimumWidth(max(self._theme.px(6), round(self._theme.px(360) * share)))
            bar.setMaximumWidth(bar.minimumWidth())
            bar.setFixedHeight(self._theme.px(18))
            bar.setStyleSheet(
                f"background: {team_colour(standing.team)}; border-radius: {self._theme.px(4)}px;"
            )
            points = make_label(
                self.tr("%n points", "", standing.points),
                role="heading",
                wrap=False,
                object_name=f"scorePoints_{row}",
            )
            points.setAccessibleName(
                self.tr("{team}: place {place}, %n points", "", standing.points).format(
                    team=standing.name, place=standing.place
                )
            )
            for column, widget in enumerate((place, badge, bar, points)):
                alignment = Qt.AlignmentFlag.AlignVCenter | (
                    Qt.AlignmentFlag.AlignRight if column == 0 else Qt.AlignmentFlag.AlignLeft
                )
                self._rows.addWidget(widget, row, column, alignment)
                self._widgets.append(widget)
        self._rows.setColumnMinimumWidth(2, self._theme.px(360))
        self._rows.setColumnStretch(4, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.title.setText(self.tr("Scoreboard"))
        super().changeEvent(event)


class PodiumView(QWidget):
    """The end of team play: first, second and third place on a podium, then everyone."""

    HEIGHTS = {1: 120, 2: 85, 3: 60}

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("podium")
        self._theme = theme
        self.title = make_label(role="title", object_name="podiumTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.stage = QHBoxLayout()
        self.stage.setSpacing(self._theme.px(16))
        self.rest = make_label(role="subtitle", object_name="podiumRest")
        self.rest.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._widgets: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(18)
        layout.addWidget(self.title)
        layout.addLayout(self.stage)
        layout.addWidget(self.rest)
        layout.addStretch(1)
        self.title.setText(self.tr("The podium"))

    def show_podium(self, standings: Sequence[Standing]) -> None:
        for widget in self._widgets:
            widget.setParent(None)
            widget.deleteLater()
        self._widgets = []
        self.title.setText(self.tr("The podium"))
        places: dict[int, list[Standing]] = {}
        for standing in standings:
            places.setdefault(standing.place, []).append(standing)
        shown = [place for place in (2, 1, 3) if place in places]
        self.stage.addStretch(1)
        for place in shown:
            step = self._step(place, places[place])
            self.stage.addWidget(step, 0, Qt.AlignmentFlag.AlignBottom)
            self._widgets.append(step)
        self.stage.addStretch(1)
        others = [s for s in standings if s.place > 3]
        self.rest.setText(
            "   ".join(
                self.tr("{place}. {team}: %n points", "", s.points).format(
                    place=s.place, team=s.name
                )
                for s in others
            )
        )
        self.rest.setVisible(bool(others))

    def _step(self, place: int, teams: Sequence[Standing]) -> QWidget:
        holder = QWidget()
        holder.setObjectName(f"podiumPlace_{place}")
        column = QVBoxLayout(holder)
        column.setSpacing(self._theme.px(8))
        names = []
        for standing in teams:
            badge = team_badge(standing.name, standing.team, self._theme)
            column.addWidget(badge, 0, Qt.AlignmentFlag.AlignHCenter)
            names.append(standing.name)
        points = make_label(self.tr("%n points", "", teams[0].points), role="heading", wrap=False)
        points.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(points)
        block = QLabel(str(place))
        block.setObjectName(f"podiumBlock_{place}")
        block.setAlignment(Qt.AlignmentFlag.AlignCenter)
        block.setFixedSize(self._theme.px(170), self._theme.px(self.HEIGHTS.get(place, 50)))
        block.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        colours = self._theme.colors
        block.setStyleSheet(
            f"background: {colours['primary'] if place == 1 else colours['surface_alt']};"
            f"color: {colours['primary_text'] if place == 1 else colours['text']};"
            f"border: 3px solid {colours['border_strong']};"
            f"border-top-left-radius: {self._theme.px(10)}px;"
            f"border-top-right-radius: {self._theme.px(10)}px;"
            f"font-size: {self._theme.px('huge')}px; font-weight: 800;"
        )
        column.addWidget(block, 0, Qt.AlignmentFlag.AlignHCenter)
        holder.setAccessibleName(
            self.tr("Place {place}: {teams}, %n points", "", teams[0].points).format(
                place=place, teams=", ".join(names)
            )
        )
        return holder

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.title.setText(self.tr("The podium"))
        super().changeEvent(event)
