"""Set up a session in a minute: banks, how many questions, order, a time limit, who plays."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.group_session import (
    TIME_LIMITS,
    PlayMode,
    QuestionOrder,
    SessionPlan,
    TeamProblem,
    fair_count,
    team_names_problem,
)
from quizapp.core.session import DEFAULT_LENGTH
from quizapp.core.store import Store, StoreError
from quizapp.ui.facilitator.team_play_page import TeamEditor
from quizapp.ui.facilitator.widgets import MessageLabel, Tone, fill_height, flow_of, labelled
from quizapp.ui.i18n import store_message
from quizapp.ui.labels import make_label
from quizapp.ui.scroll_column import ScrollColumn
from quizapp.ui.theme import Theme

if TYPE_CHECKING:
    from quizapp.core.bank import Bank
    from quizapp.core.library import BankLibrary

BANK_ID_ROLE = Qt.ItemDataRole.UserRole
COUNTS = (5, 10, 15, 20, 30, 40, 0)  # 0: every question of the chosen banks


class SessionSetupPage(QWidget):
    # plan, mode, profile (or None), team names (or None), projector mode
    start_requested = Signal(object, object, object, object, bool)

    def __init__(
        self,
        store: Store,
        theme: Theme,
        library: Callable[[], BankLibrary],
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionSetupPage")
        self._store = store
        self._theme = theme
        self._library = library
        self._language = language
        self._banks: dict[str, Bank] = {}

        self.scroll = ScrollColumn(theme)
        fill_height(self.scroll)
        column = self.scroll.column_layout
        self.title = make_label(role="title", object_name="sessionTitle")
        self.subtitle = make_label(role="muted")

        self.banks_label = make_label(role="heading")
        self.bank_list = QListWidget()
        self.bank_list.setObjectName("sessionBankList")
        self.bank_list.setProperty("role", "adminList")
        self.bank_list.itemChanged.connect(lambda _item: self._update_summary())
        self.bank_list.itemActivated.connect(self._toggle_item)
        self.banks_label.setBuddy(self.bank_list)

        self.count_label = make_label(wrap=False)
        self.count_combo = QComboBox()
        self.count_combo.setObjectName("sessionCountCombo")
        self.count_combo.currentIndexChanged.connect(lambda _index: self._update_summary())
        self.count_label.setBuddy(self.count_combo)
        self.order_label = make_label(wrap=False)
        self.order_combo = QComboBox()
        self.order_combo.setObjectName("sessionOrderCombo")
        self.order_combo.currentIndexChanged.connect(lambda _index: self._update_summary())
        self.order_label.setBuddy(self.order_combo)
        self.time_label = make_label(wrap=False)
        self.time_combo = QComboBox()
        self.time_combo.setObjectName("sessionTimeCombo")
        self.time_combo.currentIndexChanged.connect(lambda _index: self._update_summary())
        self.time_label.setBuddy(self.time_combo)
        self.options = flow_of(
            [
                labelled(self.count_label, self.count_combo),
                labelled(self.order_label, self.order_combo),
                labelled(self.time_label, self.time_combo),
            ],
            spacing=20,
        )

        self.projector_check = QCheckBox()
        self.projector_check.setObjectName("projectorModeCheck")
        self.projector_check.setChecked(True)

        self.who_label = make_label(role="heading")
        self.student_radio = QRadioButton()
        self.student_radio.setObjectName("soloModeRadio")
        self.teams_radio = QRadioButton()
        self.teams_radio.setObjectName("teamModeRadio")
        self.teams_radio.setChecked(True)
        who = QButtonGroup(self)
        who.addButton(self.student_radio)
        who.addButton(self.teams_radio)
        self.student_radio.toggled.connect(lambda _on: self._update_who())
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("sessionProfileCombo")
        self.teams = TeamEditor(theme)
        self.teams.teams_changed.connect(self._update_summary)
        student_row = QHBoxLayout()
        student_row.addWidget(self.student_radio)
        student_row.addWidget(self.profile_combo, 1)

        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addWidget(self.banks_label)
        column.addWidget(self.bank_list)
        column.addWidget(self.options)
        column.addWidget(self.projector_check)
        column.addWidget(self.who_label)
        column.addWidget(self.teams_radio)
        column.addWidget(self.teams)
        column.addLayout(student_row)
        column.addStretch(1)

        # always in sight: what will happen, and the button that starts it
        self.summary = make_label(role="heading", object_name="sessionPlanSummary")
        self.message = MessageLabel("sessionMessage")
        self.start_button = QPushButton()
        self.start_button.setObjectName("startSessionButton")
        self.start_button.setProperty("kind", "primary")
        self.start_button.setAutoDefault(True)
        self.start_button.clicked.connect(self.start)
        footer = QHBoxLayout()
        footer.setContentsMargins(24, 6, 24, 6)
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.scroll, 1)
        message_row = QHBoxLayout()
        message_row.setContentsMargins(24, 0, 24, 0)
        message_row.addWidget(self.message)
        layout.addLayout(message_row)
        layout.addLayout(footer)

        QWidget.setTabOrder(self.bank_list, self.count_combo)
        QWidget.setTabOrder(self.count_combo, self.order_combo)
        QWidget.setTabOrder(self.order_combo, self.time_combo)
        QWidget.setTabOrder(self.time_combo, self.projector_check)
        QWidget.setTabOrder(self.projector_check, self.teams_radio)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.retranslate()
        self._update_who()

    # -- filling ------------------------------------------------------------------------

    def reload(self) -> None:
        """Fresh banks and profiles, keeping what was ticked."""
        ticked = set(self.chosen_bank_ids())
        try:
            banks = self._library().banks_for(self._language())
        except Exception as error:
            self.message.show_message(store_message(error), Tone.ERROR)
            banks = []
        self._banks = {bank.id: bank for bank in banks}
        self.bank_list.blockSignals(True)
        self.bank_list.clear()
        for bank in banks:
            text = self.tr("{title} (%n questions)", "", len(bank.questions)).format(
                title=bank.title
            )
            item = QListWidgetItem(text)
            item.setData(BANK_ID_ROLE, bank.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            checked = bank.id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.bank_list.addItem(item)
        self.bank_list.blockSignals(False)
        if self.bank_list.count() and self.bank_list.currentRow() < 0:
            self.bank_list.setCurrentRow(0)
        self._fit_list()
        current = self.profile_combo.currentData()
        self.profile_combo.clear()
        try:
            profiles = self._store.profiles()
        except StoreError as error:
            self.message.show_message(store_message(error), Tone.ERROR)
            profiles = []
        for profile in profiles:
            self.profile_combo.addItem(profile.name, profile)
        for index in range(self.profile_combo.count()):
            if current is not None and self.profile_combo.itemData(index).id == current.id:
                self.profile_combo.setCurrentIndex(index)
        self.student_radio.setEnabled(bool(profiles))
        if not profiles and self.student_radio.isChecked():
            self.teams_radio.setChecked(True)
        self._update_who()
        self._update_summary()

    def _fit_list(self) -> None:
        rows = min(max(self.bank_list.count(), 3), 8)
        row_height = self.bank_list.sizeHintForRow(0) if self.bank_list.count() else 30
        self.bank_list.setFixedHeight(rows * row_height + self._theme.px(12))

    def _toggle_item(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def set_banks(self, bank_ids: list[str]) -> None:
        for row in range(self.bank_list.count()):
            item = self.bank_list.item(row)
            wanted = item.data(BANK_ID_ROLE) in bank_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def chosen_bank_ids(self) -> list[str]:
        return [
            self.bank_list.item(row).data(BANK_ID_ROLE)
            for row in range(self.bank_list.count())
            if self.bank_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _update_who(self) -> None:
        solo = self.student_radio.isChecked()
        self.profile_combo.setEnabled(solo and self.profile_combo.count() > 0)
        self.teams.setEnabled(not solo)
        self._update_summary()

    # -- the plan ---------------------------------------------------------------------------

    def plan(self) -> SessionPlan:
        banks = tuple(self._banks[i] for i in self.chosen_bank_ids() if i in self._banks)
        order = self.order_combo.currentData() or QuestionOrder.SHUFFLED
        return SessionPlan(
            banks=banks,
            count=self.count_combo.currentData() or None,
            order=order,
            seconds_per_question=self.time_combo.currentData() or None,
        )

    def _update_summary(self) -> None:
        plan = self.plan()
        if not plan.banks:
            self.summary.setText(self.tr("Tick one or more banks."))
            self.summary.setAccessibleName(self.summary.text())
            return
        wanted = min(plan.count or plan.available, plan.available)
        teams = len(self.teams.names()) if self.teams_radio.isChecked() else 1
        count = fair_count(wanted, plan.available, teams)
        if teams > 1:
            text = self.tr(
                "%n questions from the chosen banks: {turns} for each of {teams} teams.",
                "",
                count,
            ).format(turns=count // teams if teams else 0, teams=teams)
        else:
            text = self.tr("%n questions from the chosen banks.", "", count)
        self.summary.setText(text)
        self.summary.setAccessibleName(text)

    def start(self) -> None:
        self.message.clear_message()
        plan = self.plan()
        if not plan.banks:
            self.message.show_message(self.tr("Tick at least one bank first."), Tone.ERROR)
            self.bank_list.setFocus()
            return
        if self.student_radio.isChecked():
            profile = self.profile_combo.currentData()
            if profile is None:
                self.message.show_message(self.tr("Choose the student who will play."), Tone.ERROR)
                return
            self.start_requested.emit(
                plan, PlayMode.STUDENT, profile, None, self.projector_check.isChecked()
            )
            return
        names = [" ".join(name.split()) for name in self.teams.names()]
        problem = team_names_problem(names)
        if problem is not None:
            self.message.show_message(self._team_problem_text(problem), Tone.ERROR)
            return
        if fair_count(plan.count or plan.available, plan.available, len(names)) == 0:
            self.message.show_message(
                self.tr("These banks have too few questions for one turn per team."), Tone.ERROR
            )
            return
        self.start_requested.emit(
            plan, PlayMode.TEAMS, None, names, self.projector_check.isChecked()
        )

    def _team_problem_text(self, problem: TeamProblem) -> str:
        return {
            TeamProblem.TOO_FEW: self.tr("Team play needs at least two teams."),
            TeamProblem.TOO_MANY: self.tr("Team play takes at most six teams."),
            TeamProblem.EMPTY: self.tr("Give every team a name."),
            TeamProblem.TOO_LONG: self.tr("A team name can be at most 30 characters long."),
            TeamProblem.SAME: self.tr("Two teams have the same name; give each its own."),
        }[problem]

    # -- look and language ----------------------------------------------------------------

    def _apply_theme(self) -> None:
        side = QSize(self._theme.px(22), self._theme.px(22))
        self.start_button.setIcon(self._theme.icon("play", "primary_text"))
        self.start_button.setIconSize(side)
        if self.bank_list.count():
            self._fit_list()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Run a session"))
        self.subtitle.setText(
            self.tr(
                "Choose the banks, how many questions and how fast; then a student plays, or "
                "teams take turns on this laptop, on the projector if you like."
            )
        )
        self.banks_label.setText(self.tr("Question banks"))
        self.bank_list.setAccessibleName(
            self.tr("Question banks for the session; Space ticks or unticks one")
        )
        self.count_label.setText(self.tr("Questions"))
        count = self.count_combo.currentData() if self.count_combo.count() else DEFAULT_LENGTH
        self.count_combo.blockSignals(True)
        self.count_combo.clear()
        for number in COUNTS:
            self.count_combo.addItem(str(number) if number else self.tr("All"), number)
        self.count_combo.setCurrentIndex(max(0, self.count_combo.findData(count)))
        self.count_combo.blockSignals(False)
        self.count_combo.setAccessibleName(self.tr("Number of questions"))
        self.order_label.setText(self.tr("Order"))
        order = self.order_combo.currentData()
        self.order_combo.blockSignals(True)
        self.order_combo.clear()
        self.order_combo.addItem(self.tr("Shuffled"), QuestionOrder.SHUFFLED)
        self.order_combo.addItem(self.tr("As written"), QuestionOrder.AS_WRITTEN)
        self.order_combo.setCurrentIndex(max(0, self.order_combo.findData(order)))
        self.order_combo.blockSignals(False)
        self.order_combo.setAccessibleName(self.tr("Order of the questions"))
        self.time_label.setText(self.tr("Time limit"))
        limit = self.time_combo.currentData()
        self.time_combo.blockSignals(True)
        self.time_combo.clear()
        for seconds in TIME_LIMITS:
            text = self.tr("None") if seconds is None else self.tr("%n seconds", "", seconds)
            self.time_combo.addItem(text, seconds)
        self.time_combo.setCurrentIndex(max(0, self.time_combo.findData(limit)))
        self.time_combo.blockSignals(False)
        self.time_combo.setAccessibleName(self.tr("Time limit per question"))
        self.projector_check.setText(self.tr("Projector mode: full screen, very large text"))
        self.projector_check.setAccessibleName(self.projector_check.text())
        self.who_label.setText(self.tr("Who plays"))
        self.teams_radio.setText(self.tr("Teams take turns on this laptop"))
        self.teams_radio.setAccessibleName(self.teams_radio.text())
        self.student_radio.setText(self.tr("One student:"))
        self.student_radio.setAccessibleName(self.tr("One student plays; answers are saved"))
        self.profile_combo.setAccessibleName(self.tr("The student who plays"))
        self.start_button.setText(self.tr("Start the session"))
        self.start_button.setAccessibleName(self.tr("Start the session"))
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.bank_list.count():
                self.reload()
        super().changeEvent(event)
