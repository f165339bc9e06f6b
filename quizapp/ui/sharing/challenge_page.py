"""Challenge a friend: pick the questions, play, pass the laptop, compare scores side by side.

The page has three steps: setting up (which topic, which questions, who is
challenged), the hand-over between the turns (the friend picks or makes a
profile), and the result. The quizzes themselves run on the quiz page; the
routes start them and bring the page back at the end of each turn.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.challenge import (
    DEFAULT_QUESTIONS,
    MAX_QUESTIONS,
    MIN_QUESTIONS,
    Challenge,
    ChallengeBook,
    ChallengeError,
    PlayerScore,
    choose_questions,
    winner,
)
from quizapp.core.store import StoreError
from quizapp.ui.bank_text import strip_marks
from quizapp.ui.labels import make_label, set_state
from quizapp.ui.scroll_column import ScrollColumn
from quizapp.ui.sharing.style import apply_sharing_style
from quizapp.ui.sharing.widgets import make_button, set_texts
from quizapp.ui.theme import Theme

if TYPE_CHECKING:
    from quizapp.core.bank import Bank
    from quizapp.core.library import BankLibrary
    from quizapp.core.store import Profile, Store

QUESTION_ID_ROLE = Qt.ItemDataRole.UserRole
PROFILE_ID_ROLE = Qt.ItemDataRole.UserRole


def _short(text: str, limit: int = 110) -> str:
    flat = " ".join(strip_marks(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class ChallengePage(QWidget):
    challenger_turn_requested = Signal(object, object, object)  # Bank, ids, Challenge
    friend_turn_requested = Signal(object, object)  # Profile, Challenge
    home_requested = Signal()
    answers_requested = Signal()

    SETUP, HANDOVER, RESULT = range(3)

    def __init__(
        self,
        store: Store,
        theme: Theme,
        library: Callable[[], BankLibrary],
        language: Callable[[], str],
        profile: Callable[[], Profile | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("challengePage")
        self.setProperty("role", "page")
        self._store = store
        self._theme = theme
        self._library = library
        self._language = language
        self._profile = profile
        self.book = ChallengeBook(store)
        self._challenge: Challenge | None = None
        self._waiting: Challenge | None = None
        self._result_widgets: list[QWidget] = []

        self.back_button = make_button("challengeBackButton")
        self.back_button.clicked.connect(self.home_requested)
        top = QHBoxLayout()
        top.setContentsMargins(24, 14, 24, 0)
        top.addWidget(self.back_button)
        top.addStretch(1)

        self.steps = QStackedWidget()
        self.steps.setObjectName("challengeSteps")
        self.steps.addWidget(self._build_setup())
        self.steps.addWidget(self._build_handover())
        self.steps.addWidget(self._build_result())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.steps, 1)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.retranslate()

    # -- building ------------------------------------------------------------------

    def _build_setup(self) -> QWidget:
        self.setup_scroll = ScrollColumn(self._theme)
        column = self.setup_scroll.column_layout
        self.setup_title = make_label(role="title", object_name="challengeTitle")
        self.setup_subtitle = make_label(role="subtitle")

        self.waiting_card = QFrame()
        self.waiting_card.setObjectName("challengeWaitingCard")
        self.waiting_card.setProperty("role", "notice")
        self.waiting_text = make_label(object_name="challengeWaitingText")
        self.waiting_button = make_button("challengePassOnButton", "primary")
        self.waiting_button.clicked.connect(self._pass_on_waiting)
        waiting = QHBoxLayout(self.waiting_card)
        waiting.setContentsMargins(16, 10, 10, 10)
        waiting.addWidget(self.waiting_text, 1)
        waiting.addWidget(self.waiting_button)
        self.waiting_card.hide()

        self.bank_label = make_label(role="heading")
        self.bank_selector = QComboBox()
        self.bank_selector.setObjectName("challengeBankSelector")
        self.bank_selector.currentIndexChanged.connect(self._bank_changed)
        self.bank_label.setBuddy(self.bank_selector)
        self.count_label = make_label()
        self.count_selector = QComboBox()
        self.count_selector.setObjectName("challengeCountSelector")
        for count in range(MIN_QUESTIONS, MAX_QUESTIONS + 1):
            self.count_selector.addItem(str(count), count)
        self.count_selector.setCurrentIndex(self.count_selector.findData(DEFAULT_QUESTIONS))
        self.count_selector.currentIndexChanged.connect(lambda _i: self.pick_at_random())
        self.count_label.setBuddy(self.count_selector)
        self.shuffle_button = make_button("challengeShuffleButton")
        self.shuffle_button.clicked.connect(self.pick_at_random)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label)
        count_row.addWidget(self.count_selector)
        count_row.addWidget(self.shuffle_button)
        count_row.addStretch(1)
        self.questions_label = make_label(role="heading")
        self.question_list = QListWidget()
        self.question_list.setObjectName("challengeQuestionList")
        self.question_list.setProperty("role", "picker")
        self.question_list.setWordWrap(True)
        self.question_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.question_list.itemChanged.connect(self._ticks_changed)
        self.questions_label.setBuddy(self.question_list)
        self.ticked_label = make_label(role="muted", object_name="challengeTickedCount")
        self.friend_label = make_label(role="heading")
        self.friend_edit = QLineEdit()
        self.friend_edit.setObjectName("friendNameEdit")
        self.friend_edit.setMaxLength(60)
        self.friend_label.setBuddy(self.friend_edit)
        self.setup_error = make_label(role="error", object_name="challengeSetupError")
        self.setup_error.hide()
        self.start_button = make_button("challengeStartButton", "primary")
        self.start_button.clicked.connect(self.start)
        start_row = QHBoxLayout()
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)

        column.addWidget(self.setup_title)
        column.addWidget(self.setup_subtitle)
        column.addWidget(self.waiting_card)
        column.addWidget(self.bank_label)
        column.addWidget(self.bank_selector)
        column.addLayout(count_row)
        column.addWidget(self.questions_label)
        column.addWidget(self.question_list)
        column.addWidget(self.ticked_label)
        column.addWidget(self.friend_label)
        column.addWidget(self.friend_edit)
        column.addWidget(self.setup_error)
        column.addLayout(start_row)
        column.addStretch(1)
        QWidget.setTabOrder(self.bank_selector, self.count_selector)
        QWidget.setTabOrder(self.count_selector, self.shuffle_button)
        QWidget.setTabOrder(self.shuffle_button, self.question_list)
        QWidget.setTabOrder(self.question_list, self.friend_edit)
        QWidget.setTabOrder(self.friend_edit, self.start_button)
        return self.setup_scroll

    def _build_handover(self) -> QWidget:
        self.handover_scroll = ScrollColumn(self._theme)
        column = self.handover_scroll.column_layout
        self.handover_icon = QLabel()
        self.handover_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.handover_done = make_label(role="subtitle", object_name="handoverDone")
        self.handover_done.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.handover_title = make_label(role="title", object_name="handoverTitle")
        self.handover_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.handover_hint = make_label(object_name="handoverHint")
        self.handover_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.friend_list_label = make_label(role="heading")
        self.friend_list = QListWidget()
        self.friend_list.setObjectName("friendProfileList")
        self.friend_list.setProperty("role", "picker")
        self.friend_list.itemActivated.connect(lambda _item: self.friend_start())
        self.friend_list.itemDoubleClicked.connect(lambda _item: self.friend_start())
        self.friend_list.currentRowChanged.connect(self._friend_row_changed)
        self.friend_list_label.setBuddy(self.friend_list)
        self.new_friend_label = make_label(role="heading")
        self.new_friend_edit = QLineEdit()
        self.new_friend_edit.setObjectName("friendNewNameEdit")
        self.new_friend_edit.setMaxLength(60)
        self.new_friend_edit.textEdited.connect(self._new_friend_typed)
        self.new_friend_edit.returnPressed.connect(self.friend_start)
        self.new_friend_label.setBuddy(self.new_friend_edit)
        self.handover_error = make_label(role="error", object_name="handoverError")
        self.handover_error.hide()
        self.later_button = make_button("challengeLaterButton", "quiet")
        self.later_button.clicked.connect(self.home_requested)
        self.friend_start_button = make_button("friendStartButton", "primary")
        self.friend_start_button.clicked.connect(self.friend_start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.friend_start_button)

        column.addWidget(self.handover_icon)
        column.addWidget(self.handover_done)
        column.addWidget(self.handover_title)
        column.addWidget(self.handover_hint)
        column.addSpacing(12)
        column.addWidget(self.friend_list_label)
        column.addWidget(self.friend_list)
        column.addWidget(self.new_friend_label)
        column.addWidget(self.new_friend_edit)
        column.addWidget(self.handover_error)
        column.addLayout(buttons)
        column.addStretch(1)
        QWidget.setTabOrder(self.friend_list, self.new_friend_edit)
        QWidget.setTabOrder(self.new_friend_edit, self.friend_start_button)
        QWidget.setTabOrder(self.friend_start_button, self.later_button)
        return self.handover_scroll

    def _build_result(self) -> QWidget:
        self.result_scroll = ScrollColumn(self._theme)
        column = self.result_scroll.column_layout
        self.result_title = make_label(role="title", object_name="challengeResultTitle")
        self.result_headline = make_label(role="subtitle", object_name="challengeHeadline")
        self.players_row = QHBoxLayout()
        self.players_row.setSpacing(20)
        self.result_cheer = make_label(object_name="challengeCheer")
        self.table_heading = make_label(role="heading")
        self.table = QGridLayout()
        self.table.setHorizontalSpacing(16)
        self.table.setVerticalSpacing(8)
        table_frame = QFrame()
        table_frame.setObjectName("challengeTable")
        table_frame.setProperty("role", "card")
        table_frame.setLayout(self.table)
        self.answers_button = make_button("challengeAnswersButton")
        self.answers_button.clicked.connect(self.answers_requested)
        self.result_home_button = make_button("challengeHomeButton", "primary")
        self.result_home_button.clicked.connect(self.home_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result_home_button)
        buttons.addWidget(self.answers_button)
        buttons.addStretch(1)
        column.addWidget(self.result_title)
        column.addWidget(self.result_headline)
        column.addLayout(self.players_row)
        column.addWidget(self.result_cheer)
        column.addLayout(buttons)
        column.addWidget(self.table_heading)
        column.addWidget(table_frame)
        column.addStretch(1)
        return self.result_scroll

    # -- setting up ----------------------------------------------------------------

    @property
    def challenge(self) -> Challenge | None:
        return self._challenge

    @property
    def step(self) -> int:
        return self.steps.currentIndex()

    def show_setup(self, bank_id: str | None = None) -> None:
        self._challenge = None
        self.setup_error.hide()
        library = self._library()
        current = bank_id or self.bank_selector.currentData()
        self.bank_selector.blockSignals(True)
        self.bank_selector.clear()
        for bank in library.banks_for(self._language()):
            self.bank_selector.addItem(bank.title, bank.id)
        index = self.bank_selector.findData(current) if current else -1
        self.bank_selector.setCurrentIndex(max(0, index))
        self.bank_selector.blockSignals(False)
        self._bank_changed()
        self._show_waiting()
        self.steps.setCurrentIndex(self.SETUP)
        self.setup_scroll.scroll_to_top()
        self.back_button.show()

    def _show_waiting(self) -> None:
        me = self._profile()
        self._waiting = None
        if me is not None:
            try:
                waiting = self.book.waiting_for_friend(me.id)
            except StoreError:
                waiting = []
            self._waiting = waiting[0] if waiting else None
        if self._waiting is not None:
            bank = self._library().best(self._waiting.bank_id, self._language())
            title = bank.title if bank else self._waiting.bank_id
            friend = self._waiting.friend_name or self.tr("a friend")
            self.waiting_text.setText(
                self.tr("Your challenge on “{topic}” is waiting for {friend}.").format(
                    topic=title, friend=friend
                )
            )
        self.waiting_card.setVisible(self._waiting is not None)

    def _pass_on_waiting(self) -> None:
        if self._waiting is not None:
            self.show_handover(self._waiting)

    def selected_bank(self) -> Bank | None:
        bank_id = self.bank_selector.currentData()
        return self._library().best(bank_id, self._language()) if bank_id else None

    def _bank_changed(self, *_args: object) -> None:
        bank = self.selected_bank()
        self.question_list.blockSignals(True)
        self.question_list.clear()
        if bank is not None:
            for number, question in enumerate(bank.questions, 1):
                item = QListWidgetItem(f"{number}. {_short(question.prompt)}")
                item.setData(QUESTION_ID_ROLE, question.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.question_list.addItem(item)
        self.question_list.blockSignals(False)
        self._fit_list()
        self.pick_at_random()

    def _fit_list(self) -> None:
        rows = min(max(1, self.question_list.count()), 7)
        line = self.question_list.fontMetrics().lineSpacing() + self._theme.px(16)
        self.question_list.setFixedHeight(rows * line + self._theme.px(14))

    def pick_at_random(self) -> None:
        bank = self.selected_bank()
        if bank is None:
            self._ticks_changed()
            return
        chosen = set(choose_questions(bank, self.count(), random.randrange(2**31)))
        self.tick(chosen)

    def count(self) -> int:
        return int(self.count_selector.currentData() or DEFAULT_QUESTIONS)

    def set_count(self, count: int) -> None:
        """Pick `count` questions at random (what choosing it in the list does)."""
        self.count_selector.setCurrentIndex(self.count_selector.findData(count))

    def tick(self, question_ids: set[str] | list[str]) -> None:
        wanted = set(question_ids)
        self.question_list.blockSignals(True)
        for row in range(self.question_list.count()):
            item = self.question_list.item(row)
            checked = item.data(QUESTION_ID_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.question_list.blockSignals(False)
        self._ticks_changed()

    def ticked(self) -> list[str]:
        return [
            str(self.question_list.item(row).data(QUESTION_ID_ROLE))
            for row in range(self.question_list.count())
            if self.question_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _ticks_changed(self, *_args: object) -> None:
        count = len(self.ticked())
        self.ticked_label.setText(
            self.tr("{count} questions ticked.").format(count=count)
            if count != 1
            else self.tr("1 question ticked.")
        )
        self.setup_error.hide()

    def start(self) -> None:
        """Make the challenge with the ticked questions; the challenger plays first."""
        me = self._profile()
        bank = self.selected_bank()
        ids = self.ticked()
        smallest = min(MIN_QUESTIONS, len(bank.questions)) if bank else MIN_QUESTIONS
        if me is None:
            self._setup_problem(self.tr("Sign in first, then challenge a friend."))
            return
        if bank is None:
            self._setup_problem(self.tr("Pick a topic first."))
            self.bank_selector.setFocus()
            return
        if len(ids) < smallest or len(ids) > MAX_QUESTIONS:
            self._setup_problem(
                self.tr("Tick from {low} to {high} questions (now {count}).").format(
                    low=smallest, high=MAX_QUESTIONS, count=len(ids)
                )
            )
            self.question_list.setFocus()
            return
        ordered = [q.id for q in bank.questions if q.id in ids]
        random.Random().shuffle(ordered)
        try:
            challenge = self.book.create(
                me.id,
                me.name,
                bank.id,
                bank.language,
                ordered,
                random.randrange(2**31),
                friend_name=self.friend_edit.text(),
            )
        except (StoreError, ChallengeError) as error:
            self._setup_problem(str(error))
            return
        self._challenge = challenge
        self.friend_edit.clear()
        self.challenger_turn_requested.emit(bank, ordered, challenge)

    def _setup_problem(self, text: str) -> None:
        self.setup_error.setText(text)
        self.setup_error.setAccessibleName(text)
        self.setup_error.show()

    # -- handing over -----------------------------------------------------------------

    def show_handover(self, challenge: Challenge) -> None:
        self._challenge = challenge
        friend = challenge.friend_name
        self.handover_done.setText(
            self.tr("Well played, {name}! Your score stays hidden until the end.").format(
                name=challenge.challenger_name
            )
        )
        self.handover_title.setText(
            self.tr("Pass the laptop to {friend}").format(friend=friend)
            if friend
            else self.tr("Pass the laptop to your friend")
        )
        self.handover_hint.setText(
            self.tr(
                "{friend}, you get the same {count} questions. Pick your name, or type it "
                "if you are new here."
            ).format(friend=friend or self.tr("Friend"), count=len(challenge.question_ids))
        )
        self.handover_title.setAccessibleName(self.handover_title.text())
        self.handover_error.hide()
        self.friend_list.clear()
        try:
            profiles = self._store.profiles()
        except StoreError as error:
            profiles = []
            self._handover_problem(str(error))
        side = self._theme.px(36)
        match = -1
        for profile in profiles:
            if profile.id == challenge.challenger_id:
                continue
            item = QListWidgetItem(
                QIcon(self._theme.avatar(profile.name, profile.colour, side)), profile.name
            )
            item.setData(PROFILE_ID_ROLE, profile.id)
            self.friend_list.addItem(item)
            if friend and profile.name.casefold() == friend.casefold():
                match = self.friend_list.count() - 1
        self.friend_list.setIconSize(QSize(side, side))
        self.friend_list.setVisible(self.friend_list.count() > 0)
        self.friend_list_label.setVisible(self.friend_list.count() > 0)
        rows = min(max(1, self.friend_list.count()), 5)
        self.friend_list.setFixedHeight(rows * (side + self._theme.px(18)) + self._theme.px(14))
        self.new_friend_edit.setText("" if match >= 0 else friend)
        if match >= 0:
            self.friend_list.setCurrentRow(match)
        else:
            self.friend_list.setCurrentRow(-1)
            self.friend_list.clearSelection()
        self.steps.setCurrentIndex(self.HANDOVER)
        self.handover_scroll.scroll_to_top()
        self.back_button.hide()  # the friend's turn starts here, or 'Not now' leaves
        (self.friend_start_button if match >= 0 else self.new_friend_edit).setFocus()

    def _friend_row_changed(self, row: int) -> None:
        if row >= 0:
            self.new_friend_edit.clear()
        self.handover_error.hide()

    def _new_friend_typed(self, text: str) -> None:
        if text.strip():
            self.friend_list.clearSelection()
            self.friend_list.setCurrentRow(-1)
        self.handover_error.hide()

    def friend_start(self) -> None:
        """The friend chose or typed their name: their turn starts."""
        challenge = self._challenge
        if challenge is None:
            return
        name = " ".join(self.new_friend_edit.text().split())
        item = self.friend_list.currentItem()
        try:
            if name:
                existing = [
                    p for p in self._store.profiles() if p.name.casefold() == name.casefold()
                ]
                if existing and existing[0].id == challenge.challenger_id:
                    self._handover_problem(
                        self.tr("That is the challenger's name. The friend plays as themselves.")
                    )
                    return
                profile = existing[0] if existing else self._store.create_profile(name)
            elif item is not None and item.isSelected():
                profile = self._store.profile(int(item.data(PROFILE_ID_ROLE)))
            else:
                self._handover_problem(self.tr("Pick your name, or type it, then start."))
                self.new_friend_edit.setFocus()
                return
        except StoreError as error:
            self._handover_problem(str(error))
            self.new_friend_edit.setFocus()
            return
        if profile is None:
            self._handover_problem(self.tr("That profile is gone; pick another name."))
            return
        self.friend_turn_requested.emit(profile, challenge)

    def _handover_problem(self, text: str) -> None:
        self.handover_error.setText(text)
        self.handover_error.setAccessibleName(text)
        self.handover_error.show()

    # -- the result ---------------------------------------------------------------------

    def show_result(self, challenge: Challenge) -> None:
        self._challenge = challenge
        for widget in self._result_widgets:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self._result_widgets = []
        try:
            first, second = self.book.scores(challenge)
        except StoreError as error:
            self.result_headline.setText(str(error))
            self.steps.setCurrentIndex(self.RESULT)
            return
        if second is None:
            return
        best = winner(first, second)
        if best == -1:
            headline = self.tr("A draw: {right} each! Two sharp minds.").format(right=first.right)
        else:
            champion = (first, second)[best]
            headline = self.tr("{name} wins this round!").format(name=champion.name)
        self.result_headline.setText(headline)
        self.result_headline.setAccessibleName(headline)
        for index, player in enumerate((first, second)):
            card = self._player_card(player, best == index, index)
            self.players_row.addWidget(card, 1)
            self._result_widgets.append(card)
        both = sum(
            1 for q in challenge.question_ids if first.correct.get(q) and second.correct.get(q)
        )
        self.result_cheer.setText(
            self.tr(
                "You both got {both} of {total} right. Talk about the ones one of you missed: "
                "that is how a trick stops working."
            ).format(both=both, total=len(challenge.question_ids))
        )
        self._fill_table(challenge, first, second)
        self.steps.setCurrentIndex(self.RESULT)
        self.result_scroll.scroll_to_top()
        self.back_button.hide()
        self.result_home_button.setFocus()

    def _player_card(self, player: PlayerScore, won: bool, index: int) -> QFrame:
        card = QFrame()
        card.setObjectName(f"challengePlayer_{index}")
        card.setProperty("role", "player")
        set_state(card, "winner" if won else "")
        try:
            profile = self._store.profile(player.profile_id)
        except StoreError:
            profile = None
        avatar = QLabel()
        avatar.setPixmap(
            self._theme.avatar(player.name, profile.colour if profile else "", self._theme.px(56))
        )
        avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name = make_label(player.name, "heading", object_name=f"challengeName_{index}")
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        score = make_label(
            f"{player.right} / {player.total}",
            "bigScore",
            object_name=f"challengeScore_{index}",
            wrap=False,
        )
        score.setAlignment(Qt.AlignmentFlag.AlignCenter)
        words = self.tr("{name}: {right} right out of {total}").format(
            name=player.name, right=player.right, total=player.total
        )
        if won:
            words += ". " + self.tr("Winner")
        score.setAccessibleName(words)
        badge = make_label(self.tr("★ Winner") if won else " ", "muted")  # keeps both level
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(card)
        pad = self._theme.px(16)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.addWidget(avatar)
        layout.addWidget(name)
        layout.addWidget(score)
        layout.addWidget(badge)
        return card

    def _fill_table(self, challenge: Challenge, first: PlayerScore, second: PlayerScore) -> None:
        bank = self._library().get(challenge.bank_id, challenge.language) or self._library().best(
            challenge.bank_id, self._language()
        )
        header = [
            make_label(self.tr("Question"), "muted"),
            make_label(first.name, "muted", wrap=False),
            make_label(second.name, "muted", wrap=False),
        ]
        for column, label in enumerate(header):
            self.table.addWidget(label, 0, column)
            self._result_widgets.append(label)
        for row, question_id in enumerate(challenge.question_ids, 1):
            question = bank.question(question_id) if bank else None
            prompt = make_label(
                f"{row}. {_short(question.prompt) if question else question_id}",
                object_name=f"challengeQuestion_{row}",
            )
            self.table.addWidget(prompt, row, 0)
            self._result_widgets.append(prompt)
            for column, player in enumerate((first, second), 1):
                right = player.correct.get(question_id)
                if right is None:
                    text, state = self.tr("–  not answered"), ""
                elif right:
                    text, state = self.tr("✓ right"), "right"
                else:
                    text, state = self.tr("✗ missed"), "wrong"
                mark = make_label(text, "mark", wrap=False)
                set_state(mark, state)
                mark.setAccessibleName(f"{player.name}: {text}")
                self.table.addWidget(mark, row, column)
                self._result_widgets.append(mark)
        self.table.setColumnStretch(0, 1)

    # -- look and words ---------------------------------------------------------------------

    def _apply_theme(self) -> None:
        apply_sharing_style(self, self._theme)
        self.handover_icon.setPixmap(self._theme.pixmap("heart", "logo", self._theme.px(56)))
        self._fit_list()

    def retranslate(self) -> None:
        set_texts(self.back_button, self.tr("Back to topics"))
        self.setup_title.setText(self.tr("Challenge a friend"))
        self.setup_subtitle.setText(
            self.tr(
                "Pick the questions and play them first. Then pass the laptop: your friend "
                "plays the very same ones, and you compare scores."
            )
        )
        set_texts(self.waiting_button, self.tr("Pass it on now"))
        self.bank_label.setText(self.tr("Topic"))
        self.bank_selector.setAccessibleName(self.tr("Topic of the challenge"))
        self.count_label.setText(self.tr("How many questions"))
        self.count_selector.setAccessibleName(self.tr("How many questions to pick at random"))
        set_texts(self.shuffle_button, self.tr("Pick others at random"))
        self.questions_label.setText(self.tr("The questions (tick or untick to change them)"))
        self.question_list.setAccessibleName(
            self.tr("Questions of the challenge; Space ticks or unticks one")
        )
        self.friend_label.setText(self.tr("Who do you challenge? (optional)"))
        self.friend_edit.setAccessibleName(self.tr("Your friend's name (optional)"))
        self.friend_edit.setPlaceholderText(self.tr("Your friend's name"))
        set_texts(self.start_button, self.tr("Play my turn"), self.tr("Start: I play first"))
        self.friend_list_label.setText(self.tr("Already here? Pick your name"))
        self.friend_list.setAccessibleName(self.tr("Profiles on this laptop"))
        self.new_friend_label.setText(self.tr("New here? Type your name"))
        self.new_friend_edit.setAccessibleName(self.tr("Your name, if you are new here"))
        set_texts(self.friend_start_button, self.tr("Start my turn"))
        set_texts(self.later_button, self.tr("Not now"), self.tr("Not now: back to the topics"))
        self.result_title.setText(self.tr("Challenge result"))
        self.table_heading.setText(self.tr("Question by question"))
        set_texts(self.answers_button, self.tr("See my answers"))
        set_texts(self.result_home_button, self.tr("Back to topics"))
        self._ticks_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
