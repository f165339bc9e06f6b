"""The end of a round: the score, where to get help, and a review of every question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from quizapp.core.session import QuizResult
from quizapp.ui.labels import make_label
from quizapp.ui.pages.review_item import ReviewItem
from quizapp.ui.questions.flow_layout import flow_of
from quizapp.ui.scroll_column import ScrollColumn
from quizapp.ui.theme import Theme

if TYPE_CHECKING:
    from quizapp.core.bank import Bank


class ResultsPage(QWidget):
    home_requested = Signal()
    retry_requested = Signal(object, object)  # Bank, list of question ids
    help_requested = Signal()
    card_requested = Signal(object, object)  # Bank, QuizResult: a result card or certificate

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPage")
        self.setProperty("role", "page")
        self._theme = theme
        self._bank: Bank | None = None
        self._result: QuizResult | None = None
        self._items: list[ReviewItem] = []

        self.scroll = ScrollColumn(theme)
        column = self.scroll.column_layout
        self.title = make_label(role="title", object_name="resultsTitle")
        self.score = make_label(object_name="scoreLabel", wrap=False)
        self.score.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.score_words = make_label(role="subtitle", object_name="scoreWords")
        self.cheer = make_label(object_name="resultsMessage")

        # where to get help: at the end of every round
        self.help_card = QFrame()
        self.help_card.setObjectName("helpCard")
        self.help_card.setProperty("role", "help")
        self.help_icon = QLabel()
        self.help_title = make_label(role="heading")
        self.help_text = make_label()
        self.help_button = QPushButton()
        self.help_button.setObjectName("resultsHelpButton")
        self.help_button.setProperty("kind", "primary")
        self.help_button.setAutoDefault(True)
        self.help_button.clicked.connect(self.help_requested)
        help_text = QVBoxLayout()
        help_text.addWidget(self.help_title)
        help_text.addWidget(self.help_text)
        help_row = QHBoxLayout(self.help_card)
        help_row.setContentsMargins(18, 14, 18, 14)
        help_row.setSpacing(14)
        help_row.addWidget(self.help_icon, 0, Qt.AlignmentFlag.AlignTop)
        help_row.addLayout(help_text, 1)
        help_row.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retryMissedButton")
        self.retry_button.setAutoDefault(True)
        self.retry_button.clicked.connect(self._retry)
        self.home_button = QPushButton()
        self.home_button.setObjectName("homeButton")
        self.home_button.setProperty("kind", "primary")
        self.home_button.setAutoDefault(True)
        self.home_button.clicked.connect(self.home_requested)
        self.card_button = QPushButton()
        self.card_button.setObjectName("resultCardButton")
        self.card_button.setAutoDefault(True)
        self.card_button.clicked.connect(self._card)
        # wraps: long Belarusian labels at large text fit
        buttons = flow_of([self.home_button, self.retry_button, self.card_button])

        self.review_heading = make_label(role="heading")
        self._review = QVBoxLayout()
        self._review.setSpacing(12)

        score_row = QHBoxLayout()
        score_row.setSpacing(20)
        score_row.addWidget(self.score)
        score_text = QVBoxLayout()
        score_text.addWidget(self.score_words)
        score_text.addWidget(self.cheer)
        score_row.addLayout(score_text, 1)
        column.addWidget(self.title)
        column.addLayout(score_row)
        column.addWidget(buttons)
        column.addWidget(self.help_card)
        column.addWidget(self.review_heading)
        column.addLayout(self._review)
        column.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        QWidget.setTabOrder(self.home_button, self.retry_button)
        QWidget.setTabOrder(self.retry_button, self.card_button)
        QWidget.setTabOrder(self.card_button, self.help_button)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.retranslate()

    @property
    def result(self) -> QuizResult | None:
        return self._result

    def show_result(self, bank: Bank, result: QuizResult) -> None:
        self._bank = bank
        self._result = result
        self._fill()
        self.scroll.scroll_to_top()

    def _fill(self) -> None:
        result = self._result
        for item in self._items:
            item.setParent(None)
            item.deleteLater()
        self._items = []
        if result is None:
            return
        self.score.setText(f"{result.right} / {result.asked}")
        self.score.setAccessibleName(
            self.tr("Score: {right} right out of {asked}").format(
                right=result.right, asked=result.asked
            )
        )
        self.score_words.setText(
            self.tr("You got {right} of {asked} right.").format(
                right=result.right, asked=result.asked
            )
        )
        ratio = result.right / result.asked if result.asked else 0
        if result.asked and result.right == result.asked:
            cheer = self.tr("Brilliant: every one right! Share what you know with a friend.")
        elif ratio >= 0.7:
            cheer = self.tr("Great work. Have a look at the ones you missed below.")
        elif ratio >= 0.4:
            cheer = self.tr("Good going. Each question you review makes a trap easier to spot.")
        else:
            cheer = self.tr(
                "These tricks are designed to fool people. Read the reviews below: "
                "every one you learn makes you harder to trick."
            )
        self.cheer.setText(cheer)
        missed = len(result.missed)
        self.retry_button.setVisible(missed > 0)
        self.retry_button.setText(self.tr("Retry the ones I missed ({count})").format(count=missed))
        for number, answered in enumerate(result.answered, 1):
            item = ReviewItem(number, answered, self._theme)
            self._review.addWidget(item)
            self._items.append(item)

    def _retry(self) -> None:
        if self._bank is not None and self._result is not None and self._result.missed:
            self.retry_requested.emit(self._bank, [a.question.id for a in self._result.missed])

    def _card(self) -> None:
        if self._bank is not None and self._result is not None and self._result.asked:
            self.card_requested.emit(self._bank, self._result)

    def _apply_theme(self) -> None:
        self.help_icon.setPixmap(self._theme.pixmap("heart", "logo", self._theme.px(40)))
        side = QSize(self._theme.px(22), self._theme.px(22))
        for button, icon, color in (
            (self.home_button, "home", "primary_text"),
            (self.retry_button, "retry", "text"),
            (self.card_button, "star", "text"),
            (self.help_button, "help", "primary_text"),
        ):
            button.setIcon(self._theme.icon(icon, color))
            button.setIconSize(side)
        if self._result is not None:
            self._fill()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Round complete"))
        self.help_title.setText(self.tr("Something on your mind?"))
        self.help_text.setText(
            self.tr(
                "Whatever has happened, it is never your fault. See who you can talk to, today."
            )
        )
        self.help_button.setText(self.tr("Where to get help"))
        self.help_button.setAccessibleName(self.tr("Where to get help"))
        self.home_button.setText(self.tr("Back to topics"))
        self.home_button.setAccessibleName(self.tr("Back to the list of topics"))
        self.retry_button.setAccessibleName(self.tr("Retry the questions I missed"))
        self.card_button.setText(self.tr("Card and certificate"))
        self.card_button.setAccessibleName(
            self.tr("Save a result card or a certificate of this quiz")
        )
        self.review_heading.setText(self.tr("Your answers"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.home_button.setFocus()
