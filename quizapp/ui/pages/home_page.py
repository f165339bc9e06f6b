"""Home: the topics as cards, an unfinished quiz to carry on, and a way out."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.practice import MIXED_PRACTICE_BANK_ID, practice_round, resume_round
from quizapp.core.store import StoreError
from quizapp.ui.i18n import store_message, version_mark
from quizapp.ui.labels import make_label
from quizapp.ui.pages.bank_card_delegate import (
    BEST_TEXT_ROLE,
    CHOSEN_TEXT_ROLE,
    COUNT_TEXT_ROLE,
    DESCRIPTION_ROLE,
    LANGUAGE_TEXT_ROLE,
    BankCardDelegate,
)
from quizapp.ui.theme import Theme

if TYPE_CHECKING:
    from quizapp.core.bank import Bank
    from quizapp.core.library import BankLibrary
    from quizapp.core.store import Profile, RunState, Store

BANK_ID_ROLE = Qt.ItemDataRole.UserRole
PRACTICE_LENGTH = 10


class HomePage(QWidget):
    quiz_requested = Signal(object)  # Bank
    resume_requested = Signal(object, object)  # Bank, RunState
    practice_requested = Signal(object, object)  # Bank, list of question ids
    help_requested = Signal()
    signed_out = Signal()
    progress_requested = Signal()
    create_requested = Signal()  # write your own questions
    challenge_requested = Signal()
    share_requested = Signal()  # export topics as a pack

    def __init__(
        self,
        store: Store,
        library: Callable[[], BankLibrary],
        theme: Theme,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self.setProperty("role", "page")
        self._store = store
        self._library = library
        self._theme = theme
        self._language = language
        self._profile: Profile | None = None
        self._unfinished: tuple[Bank, RunState] | None = None
        self._practice: list[tuple[str, str]] = []
        self._shown = QElapsedTimer()

        self.greeting = make_label(role="title", object_name="homeGreeting")
        self.subtitle = make_label(role="subtitle")

        # an unfinished quiz
        self.resume_card = QFrame()
        self.resume_card.setObjectName("resumeCard")
        self.resume_card.setProperty("role", "notice")
        self.resume_text = make_label(object_name="resumeText")
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("resumeButton")
        self.resume_button.setProperty("kind", "primary")
        self.resume_button.setAutoDefault(True)
        self.resume_button.clicked.connect(self._resume)
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discardRunButton")
        self.discard_button.setAutoDefault(True)
        self.discard_button.clicked.connect(self._discard)
        resume_row = QHBoxLayout(self.resume_card)
        resume_row.setContentsMargins(16, 10, 10, 10)
        resume_row.addWidget(self.resume_text, 1)
        resume_row.addWidget(self.discard_button)
        resume_row.addWidget(self.resume_button)
        self.resume_card.hide()

        # questions missed before come back until they are learnt
        self.practice_card = QFrame()
        self.practice_card.setObjectName("practiceCard")
        self.practice_card.setProperty("role", "help")
        self.practice_text = make_label(object_name="practiceText")
        self.practice_button = QPushButton()
        self.practice_button.setObjectName("practiceButton")
        self.practice_button.setAutoDefault(True)
        self.practice_button.clicked.connect(self._practise)
        practice_row = QHBoxLayout(self.practice_card)
        practice_row.setContentsMargins(16, 10, 10, 10)
        practice_row.addWidget(self.practice_text, 1)
        practice_row.addWidget(self.practice_button)
        self.practice_card.hide()

        self.list_label = make_label(role="heading")
        self.bank_list = QListWidget()
        self.bank_list.setObjectName("bankList")
        self.bank_list.setItemDelegate(BankCardDelegate(theme, self.bank_list))
        self.bank_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.bank_list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.bank_list.setUniformItemSizes(False)
        self.bank_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.bank_list.setMouseTracking(True)
        self.bank_list.itemActivated.connect(self._activated)
        self.bank_list.currentRowChanged.connect(lambda _row: self.message.hide())
        self.list_label.setBuddy(self.bank_list)
        self.no_banks = make_label(role="hint", object_name="noBanksHint")
        self.no_banks.hide()

        self.message = make_label(role="error", object_name="homeMessage")
        self.message.hide()
        self.help_button = QPushButton()
        self.help_button.setObjectName("helpButton")
        self.help_button.setAutoDefault(True)
        self.help_button.clicked.connect(self.help_requested)
        self.sign_out_button = QPushButton()
        self.sign_out_button.setObjectName("signOutButton")
        self.sign_out_button.setProperty("kind", "quiet")
        self.sign_out_button.setAutoDefault(True)
        self.sign_out_button.clicked.connect(self.signed_out)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startQuizButton")
        self.start_button.setProperty("kind", "primary")
        self.start_button.setAutoDefault(True)
        self.start_button.clicked.connect(self.start_selected)

        head = QVBoxLayout()
        head.setSpacing(4)
        head.addLayout(self._greeting_row())  # the greeting, and the progress button
        head.addWidget(self.subtitle)
        footer = QHBoxLayout()
        footer.addWidget(self.sign_out_button)
        footer.addWidget(self.help_button)
        footer.addStretch(1)
        footer.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(self.resume_card)
        layout.addWidget(self.practice_card)
        layout.addWidget(self.list_label)
        layout.addWidget(self.bank_list, 1)
        layout.addWidget(self.no_banks)
        layout.addWidget(self.message)
        layout.addWidget(self._sharing_row())  # write, challenge, share (quizapp.ui.sharing)
        layout.addLayout(footer)

        QWidget.setTabOrder(self.resume_button, self.discard_button)
        QWidget.setTabOrder(self.discard_button, self.practice_button)
        QWidget.setTabOrder(self.practice_button, self.bank_list)
        QWidget.setTabOrder(self.bank_list, self.start_button)
        QWidget.setTabOrder(self.start_button, self.help_button)
        QWidget.setTabOrder(self.help_button, self.sign_out_button)
        QWidget.setTabOrder(self.sign_out_button, self.progress_button)
        QWidget.setTabOrder(self.progress_button, self.create_button)
        QWidget.setTabOrder(self.create_button, self.challenge_button)
        QWidget.setTabOrder(self.challenge_button, self.share_button)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.retranslate()

    # -- state ----------------------------------------------------------------

    @property
    def profile(self) -> Profile | None:
        return self._profile

    def set_profile(self, profile: Profile | None) -> None:
        self._profile = profile
        self.message.hide()
        self._update_greeting()
        self.refresh()
        self.bank_list.clearSelection()
        self.bank_list.setCurrentRow(-1)

    def set_language(self, language: str) -> None:
        self._language = language
        self.refresh()

    def refresh(self) -> None:
        """Reload the cards (best scores change after every quiz) and the unfinished quiz."""
        selected = self.selected_bank_id()
        library = self._library()
        banks = library.banks_for(self._language)
        best: dict[str, tuple[int, int]] = {}
        if self._profile is not None:
            try:
                best = self._store.best_scores(self._profile.id)
            except StoreError as error:
                self._show_message(store_message(error))
        self.bank_list.clear()
        for bank in banks:
            item = QListWidgetItem(bank.title)
            item.setData(BANK_ID_ROLE, bank.id)
            item.setData(DESCRIPTION_ROLE, bank.description)
            count = len(bank.questions)
            item.setData(
                COUNT_TEXT_ROLE,
                self.tr("1 question") if count == 1 else self.tr("%n questions", "", count),
            )
            score = best.get(bank.id)
            best_text = (
                self.tr("Best: {right} / {asked}").format(right=score[0], asked=score[1])
                if score
                else self.tr("Not tried yet")
            )
            item.setData(BEST_TEXT_ROLE, best_text)
            item.setData(CHOSEN_TEXT_ROLE, self.tr("✓ Chosen"))
            mark = version_mark(bank.language, self._language)  # no version in this language
            item.setData(LANGUAGE_TEXT_ROLE, mark)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{bank.title}. {item.data(COUNT_TEXT_ROLE)}. {best_text}."
                + (f" {mark}." if mark else ""),
            )
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, bank.description)
            item.setToolTip(bank.description)
            self.bank_list.addItem(item)
            if bank.id == selected:
                self.bank_list.setCurrentItem(item)
        self.no_banks.setVisible(not banks)
        self._refresh_unfinished(library)
        self._refresh_practice(library)

    def _refresh_unfinished(self, library: BankLibrary) -> None:
        self._unfinished = None
        state = None
        if self._profile is not None:
            try:
                state = self._store.unfinished_run(self._profile.id)
            except StoreError as error:
                self._show_message(store_message(error))
        bank = library.get(state.bank_id, state.language) if state else None
        if state is not None and bank is None:
            bank = library.best(state.bank_id, self._language)
        if state is not None and bank is None and state.bank_id == MIXED_PRACTICE_BANK_ID:
            bank = self._mixed_practice(library, state)
        if state is not None and bank is not None:
            self._unfinished = (bank, state)
            done = len(state.answered)
            self.resume_text.setText(
                self.tr("You have a quiz in progress: {title}. {done} of {total} answered.").format(
                    title=bank.title, done=done, total=len(state.question_ids)
                )
            )
            self.resume_card.show()
        else:
            self.resume_card.hide()

    def _refresh_practice(self, library: BankLibrary) -> None:
        self._practice = []
        if self._profile is not None:
            try:
                due = self._store.review_due(self._profile.id)
            except StoreError as error:
                self._show_message(store_message(error))
                due = []
            known = set(library.bank_ids())
            self._practice = [(b, q) for b, q in due if b in known]
        count = len(self._practice)
        if count:
            self.practice_text.setText(
                self.tr(
                    "Questions you missed come back until you know them. %n are waiting for you.",
                    "",
                    count,
                )
                if count != 1
                else self.tr(
                    "Questions you missed come back until you know them. One is waiting for you."
                )
            )
        self.practice_card.setVisible(bool(count))

    def _practise(self) -> None:
        """One round of the questions due, least known first, from every bank."""
        if not self._practice:
            return
        bank, ids = practice_round(
            self._practice,
            lambda bank_id: self._library().best(bank_id, self._language),
            self._language,
            self.tr("Practice: questions from several topics"),
            PRACTICE_LENGTH,
        )
        if bank is not None and ids:
            self.practice_requested.emit(bank, ids)

    def _mixed_practice(self, library: BankLibrary, state: RunState) -> Bank | None:
        """An unfinished practice round over several banks, rebuilt to carry on with it."""
        try:
            items = self._store.review_items(state.profile_id)
        except StoreError:
            items = []
        return resume_round(
            state.question_ids,
            library.banks_for(state.language),
            state.language,
            self.tr("Practice: questions from several topics"),
            {item.question_id: item.bank_id for item in items},
        )

    # -- progress ---------------------------------------------------------------

    def _greeting_row(self) -> QHBoxLayout:
        self.progress_button = QPushButton()
        self.progress_button.setObjectName("progressButton")
        self.progress_button.setAutoDefault(True)
        self.progress_button.clicked.connect(self.progress_requested)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.greeting, 1)
        row.addWidget(self.progress_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return row

    # -- sharing --------------------------------------------------------------------

    def _sharing_row(self) -> QWidget:
        from quizapp.ui.questions.flow_layout import flow_of

        buttons = []
        for name, signal in (
            ("create", self.create_requested),
            ("challenge", self.challenge_requested),
            ("share", self.share_requested),
        ):
            button = QPushButton()
            button.setObjectName(f"{name}Button")
            button.setAutoDefault(True)
            button.clicked.connect(signal)
            setattr(self, f"{name}_button", button)
            buttons.append(button)
        return flow_of(buttons, spacing=10)

    def _retranslate_sharing(self) -> None:
        self.create_button.setText(self.tr("Write questions"))
        self.create_button.setAccessibleName(self.tr("Write your own questions"))
        self.challenge_button.setText(self.tr("Challenge a friend"))
        self.challenge_button.setAccessibleName(self.tr("Challenge a friend on this laptop"))
        self.share_button.setText(self.tr("Share topics"))
        self.share_button.setAccessibleName(self.tr("Share topics as a pack file"))

    def selected_bank_id(self) -> str | None:
        item = self.bank_list.currentItem()
        if item is None or not item.isSelected():
            return None
        return str(item.data(BANK_ID_ROLE))

    # -- actions ----------------------------------------------------------------

    def start_selected(self) -> None:
        bank_id = self.selected_bank_id()
        if bank_id is None:
            self._show_message(self.tr("Pick a topic from the list first."))
            self.bank_list.setFocus()
            return
        bank = self._library().best(bank_id, self._language)
        if bank is None:
            self._show_message(self.tr("This topic could not be opened. Pick another one."))
            return
        self.message.hide()
        self.quiz_requested.emit(bank)

    def _activated(self, item: QListWidgetItem) -> None:
        # The second click of a double click that signed someone in must not start a quiz.
        by_mouse = QApplication.mouseButtons() != Qt.MouseButton.NoButton
        just_shown = (
            self._shown.isValid() and self._shown.elapsed() < QApplication.doubleClickInterval() * 2
        )
        if by_mouse and just_shown:
            return
        self.bank_list.setCurrentItem(item)
        self.start_selected()

    def _resume(self) -> None:
        if self._unfinished is not None:
            bank, state = self._unfinished
            self.resume_requested.emit(bank, state)

    def _discard(self) -> None:
        if self._unfinished is None:
            return
        _, state = self._unfinished
        try:
            self._store.abandon_run(state.run_id)
        except StoreError as error:
            self._show_message(store_message(error))
        self.refresh()
        self.bank_list.setFocus()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # -- look and language ----------------------------------------------------

    def _apply_theme(self) -> None:
        side = QSize(self._theme.px(22), self._theme.px(22))
        for button, icon, color in (
            (self.start_button, "play", "primary_text"),
            (self.resume_button, "resume", "primary_text"),
            (self.help_button, "help", "text"),
            (self.sign_out_button, "sign-out", "text"),
            (self.discard_button, "close", "text"),
            (self.practice_button, "star", "text"),
            (self.progress_button, "chart", "text"),
            (self.create_button, "lightbulb", "text"),
            (self.challenge_button, "user-plus", "text"),
            (self.share_button, "heart", "text"),
        ):
            button.setIcon(self._theme.icon(icon, color))
            button.setIconSize(side)
        self.bank_list.doItemsLayout()

    def _update_greeting(self) -> None:
        name = self._profile.name if self._profile else ""
        self.greeting.setText(self.tr("Hi, {name}!").format(name=name) if name else self.tr("Hi!"))

    def retranslate(self) -> None:
        self._update_greeting()
        self._retranslate_sharing()
        self.progress_button.setText(self.tr("My progress"))
        self.progress_button.setAccessibleName(
            self.tr("My progress: streak, topics, best scores and past quizzes")
        )
        self.subtitle.setText(
            self.tr("Pick a topic and start a quiz. Every answer teaches you a trick to spot.")
        )
        self.list_label.setText(self.tr("Topics"))
        self.bank_list.setAccessibleName(self.tr("Topics; choose one, then press Enter to start"))
        self.no_banks.setText(
            self.tr("No topics could be loaded. Ask your facilitator to check the question banks.")
        )
        self.start_button.setText(self.tr("Start quiz"))
        self.start_button.setAccessibleName(self.tr("Start a quiz on the chosen topic"))
        self.resume_button.setText(self.tr("Carry on"))
        self.resume_button.setAccessibleName(self.tr("Carry on with the quiz in progress"))
        self.discard_button.setText(self.tr("Start over"))
        self.discard_button.setAccessibleName(
            self.tr("Close the quiz in progress; your answers stay saved")
        )
        self.practice_button.setText(self.tr("Practise weak spots"))
        self.practice_button.setAccessibleName(self.tr("Practise the questions I missed before"))
        self.help_button.setText(self.tr("Where to get help"))
        self.help_button.setAccessibleName(self.tr("Where to get help"))
        self.sign_out_button.setText(self.tr("Sign out"))
        self.sign_out_button.setAccessibleName(
            self.tr("Sign out, so the next person can pick their name")
        )
        if self._profile is not None:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._shown.start()
        if self.resume_card.isVisible():
            self.resume_button.setFocus()
        else:
            self.bank_list.setFocus()
