"""A facilitator's session, played on this laptop: one student, or teams taking turns.

In projector mode the page fills the screen with text sized to the screen's
height (a `ProjectorTheme`: the window's theme times a factor), readable
from the back of a room. Keys: 1-9 choose, R or Space reveal the answer,
N, Enter, Right or Page Down go on (a presentation clicker works), so the
facilitator can run it without the mouse.

One student: each answer is saved to the profile the moment it is revealed
(runs with mode "session", one per bank), so the group report has it.
Teams: scores live in a TeamGame; a scoreboard comes between questions and
a podium at the end.
"""

from __future__ import annotations

import enum
import math
import re
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.grading import Grade, answer_to_json, grade
from quizapp.core.group_session import PlayMode, SessionItem, SessionPlan, TeamGame
from quizapp.core.paths import bundled_assets_dir
from quizapp.core.report import SESSION_MODE
from quizapp.core.session import AnsweredQuestion, QuizSession
from quizapp.core.store import Profile, Store, StoreError
from quizapp.ui.bank_text import show_bank_text
from quizapp.ui.facilitator.team_play_page import PodiumView, ScoreboardView, team_badge
from quizapp.ui.facilitator.widgets import MessageLabel, Tone, facilitator_stylesheet, fill_height
from quizapp.ui.i18n import store_message
from quizapp.ui.labels import make_label, set_state
from quizapp.ui.pages.feedback_panel import FeedbackPanel
from quizapp.ui.questions.factory import question_widget_for
from quizapp.ui.questions.image_view import ImageView
from quizapp.ui.questions.question_widget import QuestionWidget
from quizapp.ui.questions.scenario_view import ScenarioView
from quizapp.ui.scroll_column import ScrollColumn
from quizapp.ui.theme import SIZES, Theme

NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n - 1 for n in range(1, 10)}
ADVANCE_KEYS = (
    Qt.Key.Key_N,
    Qt.Key.Key_Right,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
)
PROJECTOR_FACTOR_AT_1080 = 2.0  # text twice the usual size on a 1080-line screen
MIN_FACTOR, MAX_FACTOR = 1.0, 3.0
MAX_SCALE_AT_720 = 2.0  # the largest text size every page fits at 1280x720
WARN_SECONDS = 5
# names the quiz page owns (UI-CONTRACT.md); widgets shown here are renamed so that
# nothing outside finds a projector's button when it looks for the quiz's
_CONTRACT_NAME = re.compile(r"^(choice_\d+|explanationText|questionPrompt|submitButton)$")


class ProjectorTheme(Theme):
    """The window's theme (colours, contrast, the chosen text size) times a projector factor.

    The result is capped by the screen's height, so that larger text on top
    of projector text never outgrows the screen (the cap keeps the same
    proportions as double text on a 720-line screen, which every page fits).
    """

    def __init__(self, base: Theme, factor: float = 1.0) -> None:
        assets = bundled_assets_dir()
        super().__init__(
            assets / "style",
            assets / "icons",
            base.scale,
            base.high_contrast,
            icon_cache=base.icon_cache,
        )
        self._base = base
        self._factor = factor
        self._cap = float("inf")
        base.changed.connect(self._follow)

    @property
    def scale(self) -> float:  # what ScrollColumn and others size by
        return max(0.5, min(self._scale * self._factor, self._cap))

    @property
    def factor(self) -> float:
        return self._factor

    def px(self, size: str | int) -> int:
        base = SIZES[size] if isinstance(size, str) else size
        return max(1, round(base * self.scale))

    def set_factor(self, factor: float, cap: float = float("inf")) -> None:
        if abs(factor - self._factor) > 0.02 or cap != self._cap:
            self._factor = factor
            self._cap = cap
            self.changed.emit()

    def _follow(self) -> None:
        self.blockSignals(True)
        self.set_scale(self._base.scale)
        self.set_high_contrast(self._base.high_contrast)
        self.blockSignals(False)
        self.changed.emit()


class Stage(enum.Enum):
    IDLE = "idle"
    QUESTION = "question"
    REVEALED = "revealed"
    SCOREBOARD = "scoreboard"
    END = "end"


class ProjectorPage(QWidget):
    finished = Signal()  # the facilitator is done: the area locks again
    stage_changed = Signal(str)

    def __init__(self, store: Store, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectorPage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Session"))
        self._store = store
        self._base_theme = theme
        self.theme = ProjectorTheme(theme)
        self.clock: Callable[[], float] = time.monotonic
        self._plan: SessionPlan | None = None
        self._items: list[SessionItem] = []
        self._index = 0
        self._stage = Stage.IDLE
        self._mode = PlayMode.STUDENT
        self._profile: Profile | None = None
        self._game: TeamGame | None = None
        self._projector = False
        self._runs: dict[str, int] = {}
        self._answered: list[AnsweredQuestion] = []
        self._widget: QuestionWidget | None = None
        self._extras: list[QWidget] = []
        self._shown_at = 0.0
        self._deadline: float | None = None
        self._timed_out = False
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(80)
        self._fit_timer.timeout.connect(self._fit)

        # header: where we are, whose turn, the clock
        self.counter = make_label(role="heading", object_name="projectorCounter", wrap=False)
        self.turn_holder = QHBoxLayout()
        self.timer_label = make_label(object_name="projectorTimer", wrap=False)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.progress = QProgressBar()
        self.progress.setObjectName("projectorProgress")
        self.progress.setTextVisible(False)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.counter)
        top.addLayout(self.turn_holder)
        top.addStretch(1)
        top.addWidget(self.timer_label)
        header = QVBoxLayout()
        header.setContentsMargins(24, 12, 24, 6)
        header.addLayout(top)
        header.addWidget(self.progress)
        self._turn_badge: QWidget | None = None

        # body: the question, the scoreboard, the end
        self.scroll = ScrollColumn(self.theme)
        fill_height(self.scroll)
        column = self.scroll.column_layout
        self.question_box = QWidget()
        self.question_box.setObjectName("projectorQuestion")
        box = QVBoxLayout(self.question_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(self.theme.px(14))
        self._extras_layout = QVBoxLayout()
        self._extras_layout.setContentsMargins(0, 0, 0, 0)
        self.prompt = make_label(object_name="projectorPrompt", bank_text=True)
        self.instructions = make_label(role="hint", object_name="projectorInstructions")
        self._widget_holder = QVBoxLayout()
        self._widget_holder.setContentsMargins(0, 0, 0, 0)
        self.outcome = make_label(role="verdict", object_name="projectorOutcome")
        self.outcome.hide()
        self.feedback = FeedbackPanel(self.theme)
        for child in self.feedback.findChildren(QWidget):
            if child.objectName() == "explanationText":
                child.setObjectName("projectorExplanation")
        self.feedback.setObjectName("projectorFeedback")
        box.addLayout(self._extras_layout)
        box.addWidget(self.prompt)
        box.addWidget(self.instructions)
        box.addLayout(self._widget_holder)
        box.addWidget(self.outcome)
        box.addWidget(self.feedback)
        self.scoreboard = ScoreboardView(self.theme)
        self.podium = PodiumView(self.theme)
        self.summary = QWidget()
        self.summary.setObjectName("sessionEnd")
        summary = QVBoxLayout(self.summary)
        self.summary_title = make_label(role="title", object_name="sessionSummaryTitle")
        self.summary_score = make_label(object_name="sessionScore", wrap=False)
        self.summary_score.setProperty("role", "bigNumber")
        self.summary_text = make_label(role="subtitle", object_name="sessionSummaryText")
        summary.addWidget(self.summary_title)
        summary.addWidget(self.summary_score)
        summary.addWidget(self.summary_text)
        summary.addStretch(1)
        column.addWidget(self.question_box)
        column.addWidget(self.scoreboard)
        column.addWidget(self.podium)
        column.addWidget(self.summary)
        column.addStretch(1)

        # footer: keys and buttons
        self.message = MessageLabel("projectorMessage")
        self.keys_hint = make_label(role="muted", object_name="projectorKeysHint")
        self.reveal_button = self._button("revealButton", "primary")
        self.reveal_button.clicked.connect(self.reveal)
        self.next_button = self._button("projectorNextButton", "primary")
        self.next_button.clicked.connect(self.go_next)
        self.end_button = self._button("endSessionButton", "quiet")
        self.end_button.clicked.connect(self.end_session)
        footer = QHBoxLayout()
        footer.setContentsMargins(24, 8, 24, 14)
        footer.addWidget(self.keys_hint, 1)
        footer.addWidget(self.end_button)
        footer.addWidget(self.reveal_button)
        footer.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(footer)

        self.reveal_action = QAction(self)
        self.reveal_action.setObjectName("revealAction")
        self.reveal_action.setShortcut(QKeySequence(Qt.Key.Key_R))
        self.reveal_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reveal_action.triggered.connect(self.reveal)
        self.addAction(self.reveal_action)

        self.theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.retranslate()
        self._show_stage()

    def _button(self, name: str, kind: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setProperty("kind", kind)
        button.setAutoDefault(True)
        return button

    # -- state ---------------------------------------------------------------------

    @property
    def stage(self) -> Stage:
        return self._stage

    @property
    def items(self) -> list[SessionItem]:
        return list(self._items)

    @property
    def index(self) -> int:
        return self._index

    @property
    def game(self) -> TeamGame | None:
        return self._game

    @property
    def answered(self) -> list[AnsweredQuestion]:
        return list(self._answered)

    @property
    def question_widget(self) -> QuestionWidget | None:
        return self._widget

    @property
    def current(self) -> SessionItem | None:
        return self._items[self._index] if 0 <= self._index < len(self._items) else None

    @property
    def projector(self) -> bool:
        return self._projector

    # -- starting --------------------------------------------------------------------

    def start(
        self,
        plan: SessionPlan,
        mode: PlayMode,
        *,
        profile: Profile | None = None,
        teams: list[str] | None = None,
        projector: bool = False,
    ) -> bool:
        """Begin a session; False (with nothing started) when it has no questions."""
        self._game = TeamGame(teams or []) if mode is PlayMode.TEAMS else None
        items = plan.items(len(teams) if self._game is not None else 1)
        if not items:
            return False
        self._plan = plan
        self._items = items
        self._mode = mode
        self._profile = profile
        self._projector = projector
        self._runs = {}
        self._answered = []
        self._index = 0
        self.message.clear_message()
        if mode is PlayMode.STUDENT and profile is not None:
            try:
                old = self._store.unfinished_run(profile.id)
                if old is not None:
                    self._store.abandon_run(old.run_id)
            except StoreError as error:
                self._show_save_problem(error)
        self._fit()
        self._show_question()
        return True

    # -- one question ------------------------------------------------------------------

    def _clear_question(self) -> None:
        for widget in [*self._extras, self._widget]:
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self._extras = []
        self._widget = None

    def _show_question(self) -> None:
        self._clear_question()
        item = self.current
        if item is None:
            self._show_end()
            return
        question = item.question
        if question.scenario is not None:
            self._add_extra(ScenarioView(question.scenario, self.theme))
        if question.image is not None:
            folder = item.bank.path.parent if item.bank.path else None
            self._add_extra(ImageView(question.image, folder, self.theme))
        show_bank_text(self.prompt, question.prompt)
        order = QuizSession(item.bank, [question.id], seed=self._seed()).display_order(question)
        widget = question_widget_for(question, order, self.theme)
        for child in [widget, *widget.findChildren(QWidget)]:
            if _CONTRACT_NAME.match(child.objectName()):
                child.setObjectName(
                    "projector" + child.objectName()[:1].upper() + child.objectName()[1:]
                )
        self._widget = widget
        self._widget_holder.addWidget(widget)
        widget.show()
        self.instructions.setText(widget.instructions())
        self.feedback.clear()
        self.outcome.hide()
        self._timed_out = False
        self._shown_at = self.clock()
        seconds = self._plan.seconds_per_question if self._plan else None
        self._deadline = self._shown_at + seconds if seconds else None
        self._set_stage(Stage.QUESTION)
        self._tick()
        if self._deadline is not None:
            self._timer.start()
        self.scroll.scroll_to_top()
        self.setFocus()

    def _seed(self) -> int:
        return self._plan.seed if self._plan is not None else 0

    def _add_extra(self, widget: QWidget) -> None:
        self._extras.append(widget)
        self._extras_layout.addWidget(widget)
        widget.show()

    # -- the clock ---------------------------------------------------------------------

    def remaining_seconds(self) -> int | None:
        if self._deadline is None:
            return None
        return max(0, math.ceil(self._deadline - self.clock()))

    def _tick(self) -> None:
        remaining = self.remaining_seconds()
        if remaining is None or self._stage is not Stage.QUESTION:
            self._timer.stop()
            self.timer_label.setVisible(remaining is not None and self._stage is Stage.QUESTION)
            return
        self.timer_label.show()
        self.timer_label.setText(f"{remaining // 60}:{remaining % 60:02d}")
        self.timer_label.setAccessibleName(self.tr("%n seconds left", "", remaining))
        set_state(self.timer_label, "wrong" if remaining <= WARN_SECONDS else "")
        if remaining <= 0:
            self._timer.stop()
            self._timed_out = True
            self.reveal()

    # -- reveal, next, end ----------------------------------------------------------------

    def reveal(self) -> None:
        item, widget = self.current, self._widget
        if self._stage is not Stage.QUESTION or item is None or widget is None:
            return
        self._timer.stop()
        question = item.question
        answer = widget.answer()
        result = grade(question, answer) if answer is not None else Grade(False, 0.0)
        seconds = round(max(0.0, self.clock() - self._shown_at), 2)
        answered = AnsweredQuestion(question, answer, result, seconds)  # type: ignore[arg-type]
        self._answered.append(answered)
        widget.show_result(answered)
        self.feedback.show_answer(answered)
        self._set_outcome(result, answer is None)
        if self._mode is PlayMode.STUDENT:
            self._save(item, answered)
        elif self._game is not None:
            self._game.record(self._index, result.correct)
        self._set_stage(Stage.REVEALED)
        self.setFocus()
        QTimer.singleShot(0, self._reveal_feedback)

    def _set_outcome(self, result: Grade, unanswered: bool) -> None:
        parts = []
        if self._timed_out:
            parts.append(self.tr("Time's up!"))
        if self._game is not None:
            team = self._game.names[self._game.team_for(self._index)]
            if result.correct:
                parts.append(self.tr("Team {team}: right, one point!").format(team=team))
            elif unanswered:
                parts.append(self.tr("Team {team} gave no answer.").format(team=team))
            else:
                parts.append(self.tr("Team {team}: not this time.").format(team=team))
        elif unanswered:
            parts.append(self.tr("No answer was given."))
        text = " ".join(parts)
        self.outcome.setText(text)
        self.outcome.setAccessibleName(text)
        set_state(self.outcome, "right" if result.correct else "wrong")
        self.outcome.setVisible(bool(text))

    def _reveal_feedback(self) -> None:
        if self.feedback.isVisible():
            self.scroll.ensureWidgetVisible(self.feedback, 0, 0)
            self.scroll.ensureWidgetVisible(self.outcome, 0, 20)

    def go_next(self) -> None:
        if self._stage is Stage.REVEALED:
            last = self._index + 1 >= len(self._items)
            if self._game is not None and not last:
                self._show_scoreboard()
                return
            self._index += 1
            self._show_question()
        elif self._stage is Stage.SCOREBOARD:
            self._index += 1
            self._show_question()
        elif self._stage is Stage.END:
            self.finish()

    def end_session(self) -> None:
        """Stop early: what was answered stays saved; the end (podium or score) shows."""
        if self._stage in (Stage.QUESTION, Stage.REVEALED, Stage.SCOREBOARD):
            self._show_end()

    def finish(self) -> None:
        self._clear_question()
        self._timer.stop()
        self._set_stage(Stage.IDLE)
        self.finished.emit()

    def _show_scoreboard(self) -> None:
        game = self._game
        if game is None:
            return
        item_result = self.outcome.text()
        upcoming = game.team_for(self._index + 1)
        self.scoreboard.show_standings(
            game.standings(),
            item_result,
            self.tr("Next: team {team}, question {number} of {total}").format(
                team=game.names[upcoming], number=self._index + 2, total=len(self._items)
            ),
        )
        self._set_stage(Stage.SCOREBOARD)
        self.setFocus()

    def _show_end(self) -> None:
        self._timer.stop()
        self._clear_question()
        self._finish_runs()
        if self._game is not None:
            self.podium.show_podium(self._game.standings())
        else:
            right = sum(1 for a in self._answered if a.grade.correct)
            asked = len(self._answered)
            name = self._profile.name if self._profile is not None else ""
            self.summary_title.setText(self.tr("Session complete"))
            self.summary_score.setText(f"{right} / {asked}")
            self.summary_score.setAccessibleName(
                self.tr("{right} right out of {asked}").format(right=right, asked=asked)
            )
            self.summary_text.setText(
                self.tr(
                    "{name} got {right} of {asked} right. Every answer is saved for the group "
                    "report."
                ).format(name=name, right=right, asked=asked)
            )
        self._set_stage(Stage.END)
        self.setFocus()

    # -- saving (one student) -------------------------------------------------------------

    def _save(self, item: SessionItem, answered: AnsweredQuestion) -> None:
        if self._profile is None:
            return
        bank = item.bank
        try:
            run = self._runs.get(bank.id)
            if run is None:
                ids = [i.question.id for i in self._items if i.bank.id == bank.id]
                run = self._store.start_run(
                    self._profile.id, bank.id, bank.language, ids, self._seed(), SESSION_MODE
                )
                self._runs[bank.id] = run
            self._store.record_answer(
                run,
                answered.question.id,
                answer_to_json(answered.answer) if answered.answer is not None else "null",
                answered.grade.correct,
                answered.grade.score,
                answered.seconds,
            )
        except StoreError as error:  # shown; the session goes on
            self._show_save_problem(error)

    def _finish_runs(self) -> None:
        answered = {a.question.id for a in self._answered}
        for bank_id, run in self._runs.items():
            ids = [i.question.id for i in self._items if i.bank.id == bank_id]
            try:
                if all(q in answered for q in ids):
                    self._store.finish_run(run)
                else:
                    self._store.abandon_run(run)  # its answers stay
            except StoreError as error:
                self._show_save_problem(error)
        self._runs = {}

    def _show_save_problem(self, error: Exception) -> None:
        self.message.show_message(
            self.tr("An answer could not be saved ({error}).").format(error=store_message(error)),
            Tone.ERROR,
        )

    # -- showing ----------------------------------------------------------------------

    def _set_stage(self, stage: Stage) -> None:
        self._stage = stage
        self._show_stage()
        self.stage_changed.emit(stage.value)

    def _show_stage(self) -> None:
        stage = self._stage
        asking = stage in (Stage.QUESTION, Stage.REVEALED)
        self.question_box.setVisible(asking)
        self.scoreboard.setVisible(stage is Stage.SCOREBOARD)
        self.podium.setVisible(stage is Stage.END and self._game is not None)
        self.summary.setVisible(stage is Stage.END and self._game is None)
        self.reveal_button.setVisible(stage is Stage.QUESTION)
        self.next_button.setVisible(stage in (Stage.REVEALED, Stage.SCOREBOARD, Stage.END))
        self.end_button.setVisible(stage in (Stage.QUESTION, Stage.REVEALED, Stage.SCOREBOARD))
        self.progress.setVisible(stage is not Stage.END)
        self.timer_label.setVisible(stage is Stage.QUESTION and self._deadline is not None)
        total = len(self._items)
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(min(total, self._index + (0 if stage is Stage.QUESTION else 1)))
        self._show_turn()
        self.retranslate()

    def _show_turn(self) -> None:
        if self._turn_badge is not None:
            self._turn_badge.setParent(None)
            self._turn_badge.deleteLater()
            self._turn_badge = None
        game = self._game
        if game is None or self._stage not in (Stage.QUESTION, Stage.REVEALED):
            return
        team = game.team_for(self._index)
        badge = team_badge(
            self.tr("Team {team}'s turn").format(team=game.names[team]),
            team,
            self.theme,
            "projectorTurn",
        )
        self.turn_holder.addWidget(badge)
        self._turn_badge = badge

    def _apply_theme(self) -> None:
        theme = self.theme
        c = theme.colors
        extra = f"""
QLabel#projectorTimer {{ font-size: {theme.px("title")}px; font-weight: 800; }}
QLabel#projectorTimer[state="wrong"] {{ color: {c["wrong"]}; }}
QLabel#projectorPrompt {{ font-size: {theme.px("prompt")}px; font-weight: 700; }}
QLabel#projectorOutcome {{ font-size: {theme.px("title")}px; font-weight: 800; }}
QLabel#projectorOutcome[state="right"] {{ color: {c["right"]}; }}
QLabel#projectorOutcome[state="wrong"] {{ color: {c["wrong"]}; }}
"""
        self.setStyleSheet(theme.stylesheet() + facilitator_stylesheet(theme) + extra)
        self.setFont(theme.font())
        side = QSize(theme.px(22), theme.px(22))
        for button, icon, color in (
            (self.reveal_button, "lightbulb", "primary_text"),
            (self.next_button, "arrow-right", "primary_text"),
            (self.end_button, "close", "text"),
        ):
            button.setIcon(theme.icon(icon, color))
            button.setIconSize(side)
        self.question_box.layout().setSpacing(theme.px(14))
        if self._stage in (Stage.QUESTION, Stage.REVEALED):
            self._show_turn()

    def _fit(self) -> None:
        if not self._projector:
            self.theme.set_factor(1.0)
            return
        height = self.window().height() if self.window() is not None else 1080
        factor = height / 1080 * PROJECTOR_FACTOR_AT_1080
        cap = max(MIN_FACTOR, height / 720 * MAX_SCALE_AT_720)
        self.theme.set_factor(max(MIN_FACTOR, min(MAX_FACTOR, factor)), cap)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._projector:
            self._fit_timer.start()

    # -- keys ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not (
            event.modifiers()
            & (
                Qt.KeyboardModifier.ControlModifier
                | Qt.KeyboardModifier.AltModifier
                | Qt.KeyboardModifier.MetaModifier
            )
        )
        if not plain:
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Space:
            if self._stage is Stage.QUESTION:
                self.reveal()
            else:
                self.go_next()
            event.accept()
            return
        if key in ADVANCE_KEYS:
            if self._stage is Stage.QUESTION and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.reveal()
            else:
                self.go_next()
            event.accept()
            return
        picking = key in NUMBER_KEYS and self._stage is Stage.QUESTION and self._widget
        if picking and self._widget.pick(NUMBER_KEYS[key]):
            self.setFocus()  # Space stays "reveal", not "untick"
            event.accept()
            return
        super().keyPressEvent(event)

    # -- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        total = len(self._items)
        number = min(self._index + 1, total)
        self.counter.setText(
            self.tr("Question {number} of {total}").format(number=number, total=total)
            if self._stage in (Stage.QUESTION, Stage.REVEALED, Stage.SCOREBOARD)
            else self.tr("The end")
            if self._stage is Stage.END
            else ""
        )
        self.progress.setAccessibleName(
            self.tr("{done} of {total} questions done").format(
                done=self.progress.value(), total=total
            )
        )
        self.reveal_button.setText(self.tr("Reveal the answer (R)"))
        self.reveal_button.setAccessibleName(self.tr("Reveal the answer (R or Space)"))
        if self._stage is Stage.END:
            self.next_button.setText(self.tr("Finish"))
            self.next_button.setAccessibleName(
                self.tr("Finish the session; the facilitator area asks for the PIN again")
            )
        elif self._stage is Stage.REVEALED and self._game is not None and (self._index + 1 < total):
            self.next_button.setText(self.tr("Scoreboard (N)"))
            self.next_button.setAccessibleName(self.tr("Show the scoreboard (N)"))
        elif self._stage is Stage.REVEALED and self._index + 1 >= total:
            text = self.tr("See the podium (N)") if self._game else self.tr("See the score (N)")
            self.next_button.setText(text)
            self.next_button.setAccessibleName(text)
        else:
            self.next_button.setText(self.tr("Next question (N)"))
            self.next_button.setAccessibleName(self.tr("Go on to the next question (N)"))
        self.end_button.setText(self.tr("End the session"))
        self.end_button.setAccessibleName(self.tr("End the session now; answers stay saved"))
        if self._stage is Stage.QUESTION:
            self.keys_hint.setText(self.tr("Keys: 1–9 choose · R or Space reveal"))
        elif self._stage is Stage.END:
            self.keys_hint.setText(self.tr("Keys: N or Enter finish"))
        else:
            self.keys_hint.setText(self.tr("Keys: N, Space or Enter go on"))
        if self._widget is not None:
            self.instructions.setText(self._widget.instructions())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.setFocus()
