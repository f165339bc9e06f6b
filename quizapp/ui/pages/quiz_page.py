"""The quiz: one question at a time, checked at once, every answer saved as it is checked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.grading import Grade, answer_from_json, answer_to_json, grade
from quizapp.core.practice import origin_bank_id
from quizapp.core.session import AnsweredQuestion, QuizSession
from quizapp.core.store import StoreError
from quizapp.ui.bank_text import show_bank_text
from quizapp.ui.i18n import store_message, version_mark
from quizapp.ui.labels import make_label
from quizapp.ui.pages.feedback_panel import FeedbackPanel
from quizapp.ui.questions.factory import question_widget_for
from quizapp.ui.questions.image_view import ImageView
from quizapp.ui.questions.question_widget import QuestionWidget
from quizapp.ui.questions.scenario_view import ScenarioView
from quizapp.ui.scroll_column import ScrollColumn
from quizapp.ui.theme import Theme

if TYPE_CHECKING:
    from quizapp.core.bank import Bank
    from quizapp.core.store import Profile, RunState, Store


NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n - 1 for n in range(1, 10)}


class QuizPage(QWidget):
    quiz_finished = Signal(object, object)  # Bank, QuizResult
    quiz_left = Signal()

    def __init__(self, store: Store, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizPage")
        self.setProperty("role", "page")
        self._store = store
        self._theme = theme
        self._session: QuizSession | None = None
        self._bank: Bank | None = None
        self._profile: Profile | None = None
        self._run_id: int | None = None
        self._mode = "quiz"
        self._widget: QuestionWidget | None = None
        self._extras: list[QWidget] = []
        self._checked = False
        self._last_answered: AnsweredQuestion | None = None  # shown again in a new language

        # header: where am I
        self.bank_title = make_label(role="muted", object_name="quizBankTitle")
        # "in English": this bank has no version in the interface language
        self.version_mark = make_label(role="badge", object_name="bankVersionMark", wrap=False)
        self.version_mark.hide()
        self.counter = make_label(role="heading", object_name="questionCounter", wrap=False)
        self.progress = QProgressBar()
        self.progress.setObjectName("quizProgress")
        self.progress.setTextVisible(False)  # the counter says it in words
        self.quit_button = QPushButton()
        self.quit_button.setObjectName("quitQuizButton")
        self.quit_button.setProperty("kind", "quiet")
        self.quit_button.setAutoDefault(True)
        self.quit_button.clicked.connect(self.leave)
        top = QHBoxLayout()
        top.setSpacing(16)
        title_column = QVBoxLayout()  # the mark under the title, so long titles keep their width
        title_column.setSpacing(2)
        title_column.addWidget(self.bank_title)
        title_column.addWidget(self.version_mark, 0, Qt.AlignmentFlag.AlignLeft)
        top.addWidget(self.counter)
        top.addLayout(title_column, 1)
        top.addWidget(self.quit_button)
        header = QVBoxLayout()
        header.setContentsMargins(24, 14, 24, 6)
        header.addLayout(top)
        header.addWidget(self.progress)

        # the question
        self.scroll = ScrollColumn(theme)
        column = self.scroll.column_layout
        self._extras_layout = QVBoxLayout()
        self._extras_layout.setContentsMargins(0, 0, 0, 0)
        self._extras_layout.setSpacing(theme.px(12))
        self.prompt = make_label(object_name="questionPrompt", bank_text=True)
        self.instructions = make_label(role="hint", object_name="questionInstructions")
        self._widget_holder = QVBoxLayout()
        self._widget_holder.setContentsMargins(0, 0, 0, 0)
        self.message = make_label(role="error", object_name="quizMessage")
        self.message.hide()
        self.feedback = FeedbackPanel(theme)
        column.addLayout(self._extras_layout)
        column.addWidget(self.prompt)
        column.addWidget(self.instructions)
        column.addLayout(self._widget_holder)
        column.addWidget(self.message)
        column.addWidget(self.feedback)
        column.addStretch(1)

        # footer: check / next
        self.keys_hint = make_label(role="muted", object_name="keysHint")
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setProperty("kind", "primary")
        self.submit_button.setAutoDefault(True)
        self.submit_button.clicked.connect(self.submit)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.next_button.setProperty("kind", "primary")
        self.next_button.setAutoDefault(True)
        self.next_button.clicked.connect(self.go_next)
        self.next_button.hide()
        footer = QHBoxLayout()
        footer.setContentsMargins(24, 8, 24, 16)
        footer.addWidget(self.keys_hint, 1)
        footer.addWidget(self.submit_button)
        footer.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(footer)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.retranslate()

    # -- starting -----------------------------------------------------------

    @property
    def session(self) -> QuizSession | None:
        return self._session

    @property
    def run_id(self) -> int | None:
        return self._run_id

    def start(
        self,
        profile: Profile,
        bank: Bank,
        question_ids: list[str] | None = None,
        mode: str = "quiz",
    ) -> None:
        """A new run; any older unfinished run of this profile is closed (its answers stay)."""
        if question_ids is None:
            session = QuizSession.start(bank)
        else:
            session = QuizSession(bank, list(question_ids))
        self._begin(profile, bank, session, mode)
        self._run_id = None
        try:
            old = self._store.unfinished_run(profile.id)
            if old is not None:
                self._store.abandon_run(old.run_id)
            self._run_id = self._store.start_run(
                profile.id, bank.id, bank.language, list(session.question_ids), session.seed, mode
            )
        except StoreError as error:  # the store says what went wrong; the quiz still runs
            self._show_save_problem(error)
        self._show_question()

    def resume(self, profile: Profile, bank: Bank, state: RunState) -> None:
        answers: dict[str, AnsweredQuestion] = {}
        for question_id, (text, correct, score, seconds) in state.answered.items():
            question = bank.question(question_id)
            if question is None:
                continue
            answer = answer_from_json(question, text)
            result = grade(question, answer) if answer is not None else Grade(correct, score)
            answers[question_id] = AnsweredQuestion(question, answer, result, seconds)
        session = QuizSession(bank, list(state.question_ids), state.seed, answers)
        self._begin(profile, bank, session, state.mode)
        self._run_id = state.run_id
        if session.finished:
            self._finish_run()
            self.quiz_finished.emit(bank, session.result())
            return
        self._show_question()

    def _begin(self, profile: Profile, bank: Bank, session: QuizSession, mode: str) -> None:
        self._profile = profile
        self._bank = bank
        self._session = session
        self._mode = mode
        self.message.hide()
        self.bank_title.setText(bank.title)
        self._update_version_mark()
        self.progress.setRange(0, max(1, session.total))

    # -- one question ---------------------------------------------------------

    def _clear_question(self) -> None:
        for widget in [*self._extras, self._widget]:
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self._extras = []
        self._widget = None

    def _show_question(self) -> None:
        session = self._session
        self._clear_question()
        if session is None or session.current is None:
            self.quiz_left.emit()
            return
        question = session.current
        self._checked = False
        if question.scenario is not None:
            self._add_extra(ScenarioView(question.scenario, self._theme))
        if question.image is not None:
            folder = self._bank.path.parent if self._bank and self._bank.path else None
            self._add_extra(ImageView(question.image, folder, self._theme))
        show_bank_text(self.prompt, question.prompt)
        widget = question_widget_for(question, session.display_order(question), self._theme)
        widget.answer_changed.connect(self._answer_changed)
        self._widget = widget
        self._widget_holder.addWidget(widget)
        widget.show()
        self.instructions.setText(widget.instructions())
        self.feedback.clear()
        self.message.hide()
        self.submit_button.show()
        self.submit_button.setEnabled(True)
        self.next_button.hide()
        self._update_progress()
        self._update_keys_hint()
        self.scroll.scroll_to_top()
        self._set_tab_order()
        if self.isVisible():
            widget.focus_first()
        else:
            QTimer.singleShot(0, self._focus_question)

    def _focus_question(self) -> None:
        if self._widget is not None and self.isVisible():
            self._widget.focus_first()

    def _add_extra(self, widget: QWidget) -> None:
        self._extras.append(widget)
        self._extras_layout.addWidget(widget)
        widget.show()

    def _set_tab_order(self) -> None:
        # question widget -> Check -> Next -> Stop, whatever order they were built in
        last = self._last_focusable(self._widget) if self._widget is not None else None
        if last is not None:
            QWidget.setTabOrder(last, self.submit_button)
        QWidget.setTabOrder(self.submit_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.quit_button)

    @staticmethod
    def _last_focusable(container: QWidget) -> QWidget | None:
        last = None
        widget = container.nextInFocusChain()
        seen = 0
        while widget is not container and seen < 1000:
            seen += 1
            if container.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                last = widget
            widget = widget.nextInFocusChain()
        return last

    def _answer_changed(self) -> None:
        if not self._checked:
            self.message.hide()

    def _update_progress(self) -> None:
        session = self._session
        if session is None:
            return
        self.progress.setRange(0, max(1, session.total))
        self.progress.setValue(session.done)
        number = min(session.index + 1, session.total)
        self.counter.setText(
            self.tr("Question {number} of {total}").format(number=number, total=session.total)
        )
        self.progress.setAccessibleName(
            self.tr("{done} of {total} questions done").format(
                done=session.done, total=session.total
            )
        )

    def _update_keys_hint(self) -> None:
        if self._checked:
            self.keys_hint.setText(self.tr("Enter: go on"))
        elif self._widget is not None:
            self.keys_hint.setText(self._widget.keys_hint())

    # -- checking -------------------------------------------------------------

    def submit(self) -> None:
        session, widget = self._session, self._widget
        if session is None or widget is None or self._checked or session.current is None:
            return
        answer = widget.answer()
        if answer is None:
            self.message.setText(widget.incomplete_hint())
            self.message.show()
            widget.focus_first()
            return
        answered = session.submit(answer)
        self._checked = True
        self.message.hide()
        self._save(answered)
        widget.show_result(answered)
        self._last_answered = answered
        self.feedback.show_answer(answered)
        self.submit_button.hide()
        last = session.done >= session.total
        self.next_button.setText(self.tr("See my score") if last else self.tr("Next question"))
        self.next_button.show()
        self.next_button.setFocus()
        self._update_progress()
        self._update_keys_hint()
        if last:
            self._finish_run()
        QTimer.singleShot(0, self._reveal_feedback)

    def _reveal_feedback(self) -> None:
        if self.feedback.isVisible():
            self.scroll.ensureWidgetVisible(self.feedback, 0, 0)
            self.scroll.ensureWidgetVisible(self.feedback.verdict_label, 0, 40)

    def _save(self, answered: AnsweredQuestion) -> None:
        if self._run_id is None:
            return
        try:
            self._store.record_answer(
                self._run_id,
                answered.question.id,
                answer_to_json(answered.answer),
                answered.grade.correct,
                answered.grade.score,
                answered.seconds,
                # a practice round over several banks: each answer under its own bank
                bank_id=origin_bank_id(self._bank, answered.question.id) if self._bank else None,
            )
        except StoreError as error:  # shown, never raised into the event loop
            self._show_save_problem(error)

    def _finish_run(self) -> None:
        if self._run_id is None:
            return
        try:
            self._store.finish_run(self._run_id)
        except StoreError as error:
            self._show_save_problem(error)

    def _show_save_problem(self, error: Exception) -> None:
        self.message.setText(
            self.tr(
                "Your answers could not be saved ({error}). Please tell your facilitator."
            ).format(error=store_message(error) or type(error).__name__)
        )
        self.message.show()

    def go_next(self) -> None:
        session = self._session
        if session is None or not self._checked:
            return
        if session.advance() is None:
            self._clear_question()
            self.quiz_finished.emit(self._bank, session.result())
            return
        self._show_question()

    def leave(self) -> None:
        """Stop for now: the answers are saved, the quiz can be resumed from the home page."""
        self._clear_question()
        self._session = None
        self.quiz_left.emit()

    # -- keyboard -------------------------------------------------------------

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
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if self._checked:
                self.go_next()
            else:
                self.submit()
            event.accept()
            return
        choosing = key in NUMBER_KEYS and plain and self._widget is not None and not self._checked
        if choosing and self._widget.pick(NUMBER_KEYS[key]):
            event.accept()
            return
        super().keyPressEvent(event)

    # -- look and language ----------------------------------------------------

    def _apply_theme(self) -> None:
        side = self._theme.px(22)
        for button, icon, color in (
            (self.submit_button, "check", "primary_text"),
            (self.next_button, "arrow-right", "primary_text"),
            (self.quit_button, "pause", "text"),
        ):
            button.setIcon(self._theme.icon(icon, color))
            button.setIconSize(
                button.iconSize().scaled(side, side, Qt.AspectRatioMode.IgnoreAspectRatio)
            )
        self._extras_layout.setSpacing(self._theme.px(12))

    def _update_version_mark(self) -> None:
        mark = version_mark(self._bank.language) if self._bank is not None else ""
        self.version_mark.setText(mark)
        self.version_mark.setAccessibleName(mark)
        self.version_mark.setVisible(bool(mark))

    def retranslate(self) -> None:
        self._update_version_mark()
        self.quit_button.setText(self.tr("Stop for now"))
        self.quit_button.setAccessibleName(
            self.tr("Stop for now; your answers are saved and you can carry on later")
        )
        self.submit_button.setText(self.tr("Check"))
        self.submit_button.setAccessibleName(self.tr("Check my answer (Enter)"))
        self.next_button.setAccessibleName(self.tr("Go on (Enter)"))
        self.progress.setFormat(self.tr("%v of %m done"))
        if self._session is not None:
            last = self._session.done >= self._session.total
            self.next_button.setText(self.tr("See my score") if last else self.tr("Next question"))
            self._update_progress()
        self._update_keys_hint()
        if self._widget is not None:
            self.instructions.setText(self._widget.instructions())
        if self._checked and self._widget is not None and self._last_answered is not None:
            self._widget.show_result(self._last_answered)  # its marks, in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._widget is not None and not self._checked:
            QTimer.singleShot(0, self._focus_question)
        elif self._checked:
            self.next_button.setFocus()
