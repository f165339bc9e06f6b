"""Wiring the sharing pages into the main window: pages, the home and results buttons, turns.

`MainWindow._add_sharing_pages` makes one `SharingRoutes`. Pages are built
the first time they are shown (start-up builds none of them). The home page
reaches export (never import: importing packs is for the facilitator, who
hosts `make_pack_page(allow_import=True)`), the Create page and challenges;
the results page reaches the card and certificate. A challenge's turns run
on the ordinary quiz page: when a run that belongs to a challenge finishes,
the routes bring up the hand-over or the side-by-side result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from quizapp.core.issues import QuizappError
from quizapp.core.store import StoreError
from quizapp.ui.sharing.bool_guard import keep_bools_alive

if TYPE_CHECKING:
    from quizapp.core.bank import Bank
    from quizapp.core.challenge import Challenge, ChallengeBook
    from quizapp.core.library import BankLibrary
    from quizapp.core.session import QuizResult
    from quizapp.core.store import Profile
    from quizapp.ui.main_window import MainWindow
    from quizapp.ui.sharing.challenge_page import ChallengePage
    from quizapp.ui.sharing.pack_page import PackPage
    from quizapp.ui.sharing.widgets import FileChooser

SHARE, CREATE, CHALLENGE, CARD, IMPORT_QUESTIONS = (
    "share",
    "create",
    "challenge",
    "card",
    "import-questions",
)


class SharingRoutes(QObject):
    def __init__(self, window: MainWindow, reload_library: Callable[[], BankLibrary]) -> None:
        super().__init__(window)
        keep_bools_alive()  # PySide6 6.12.0 on Python < 3.12: see bool_guard
        self.window = window
        self._reload = reload_library
        self._chooser: FileChooser | None = None
        self._quiz_hooked = False
        self._built: dict[str, QWidget] = {}
        self._book: ChallengeBook | None = None
        window.add_page(SHARE, self._build_share)
        window.add_page(CREATE, self._build_create)
        window.add_page(CHALLENGE, self._build_challenge)
        window.add_page(CARD, self._build_card)
        window.add_page(IMPORT_QUESTIONS, self._build_import)
        window.page_changed.connect(self._page_changed)

    # -- what every page needs ------------------------------------------------------

    @property
    def data_dir(self):
        return self.window.store.folder.root

    def _language(self) -> str:
        return self.window.language

    def _profile(self) -> Profile | None:
        return self.window.profile

    def chooser(self) -> FileChooser:
        """One file chooser for the window, so dialogs open where the last one was."""
        if self._chooser is None:
            from quizapp.ui.sharing.widgets import FileChooser

            self._chooser = FileChooser(self)
        return self._chooser

    def reload_library(self) -> None:
        """Load the banks again (a pack, a new topic) and refresh what shows them."""
        self._reload()
        if SHARE in self._built:
            self._built[SHARE].refresh()  # type: ignore[attr-defined]

    @property
    def book(self) -> ChallengeBook:
        if self._book is None:
            from quizapp.core.challenge import ChallengeBook

            self._book = ChallengeBook(self.window.store)
        return self._book

    def _keep(self, name: str, page: QWidget) -> QWidget:
        self._built[name] = page
        return page

    # -- pages ------------------------------------------------------------------------

    def make_pack_page(self, allow_import: bool = True) -> PackPage:
        """A pack page for the facilitator area (import and export) or for students."""
        from quizapp.ui.sharing.pack_page import PackPage

        return PackPage(
            self.data_dir,
            self.window.theme,
            self.window.library,
            self._language,
            self.reload_library,
            allow_import=allow_import,
            author=lambda: self._profile().name if self._profile() else "",
            chooser=self.chooser(),
        )

    def make_import_page(self):
        """The GIFT/Aiken import page, for the facilitator area or the Create page."""
        from quizapp.ui.sharing.import_page import ImportQuestionsPage

        return ImportQuestionsPage(
            self.data_dir,
            self.window.theme,
            self.window.library,
            self._language,
            self.reload_library,
            chooser=self.chooser(),
        )

    def _build_share(self):
        page = self.make_pack_page(allow_import=False)
        page.back_requested.connect(self.window.go_home)
        return self._keep(SHARE, page)

    def _build_create(self):
        from quizapp.ui.sharing.create_page import CreatePage

        page = CreatePage(
            self.data_dir,
            self.window.theme,
            self.window.library,
            self._language,
            self.reload_library,
        )
        page.back_requested.connect(self.window.go_home)
        page.share_requested.connect(self.show_share)
        page.import_requested.connect(self.show_import_questions)
        return self._keep(CREATE, page)

    def _build_challenge(self):
        from quizapp.ui.sharing.challenge_page import ChallengePage

        page = ChallengePage(
            self.window.store,
            self.window.theme,
            self.window.library,
            self._language,
            self._profile,
        )
        page.home_requested.connect(self.window.go_home)
        page.answers_requested.connect(lambda: self.window.show_page("results"))
        page.challenger_turn_requested.connect(self._challenger_turn)
        page.friend_turn_requested.connect(self._friend_turn)
        return page

    def _build_card(self):
        from quizapp.ui.sharing.card_page import CardPage

        page = CardPage(self.window.theme, chooser=self.chooser())
        page.back_requested.connect(lambda: self.window.show_page("results"))
        return page

    def _build_import(self):
        page = self.make_import_page()
        page.back_requested.connect(lambda: self.window.show_page(CREATE))
        page.saved.connect(lambda _bank_id: self._refresh_create())
        return page

    def _refresh_create(self) -> None:
        if CREATE in self._built:
            self._built[CREATE].reload()  # type: ignore[attr-defined]

    # -- routes from the home and results pages -----------------------------------------

    def connect_home(self, page):
        """Called with the home page when it is built; returns it."""
        page.share_requested.connect(self.show_share)
        page.create_requested.connect(self.show_create)
        page.challenge_requested.connect(self.show_challenge)
        return page

    def connect_results(self, page):
        page.card_requested.connect(self.show_card)
        return page

    def show_share(self, bank_id: str | None = None) -> None:
        page = self.window.show_page(SHARE)
        page.refresh(selected=[bank_id] if bank_id else None)  # type: ignore[attr-defined]

    def show_create(self) -> None:
        page = self.window.show_page(CREATE)
        page.reload()  # type: ignore[attr-defined]

    def show_import_questions(self) -> None:
        self.window.show_page(IMPORT_QUESTIONS)

    def show_challenge(self) -> None:
        page = self.window.show_page(CHALLENGE)
        page.show_setup()  # type: ignore[attr-defined]

    def show_card(self, bank: Bank, result: QuizResult) -> None:
        profile = self._profile()
        page = self.window.page(CARD)
        page.show_for(  # type: ignore[attr-defined]
            profile.name if profile else "", bank, result, self._language()
        )
        self.window.show_page(CARD)

    # -- challenges ---------------------------------------------------------------------

    def _challenge_page(self) -> ChallengePage:
        return self.window.page(CHALLENGE)  # type: ignore[return-value]

    def _challenger_turn(self, bank: Bank, ids: list[str], challenge: Challenge) -> None:
        self._hook_quiz()
        self.window.start_quiz(bank, list(ids), "challenge")
        run_id = self.window.page("quiz").run_id  # type: ignore[attr-defined]
        try:
            self.book.challenger_started(challenge.id, run_id)
        except (StoreError, QuizappError) as error:  # the quiz runs; the notice says why
            self.window.store_notice.show_notice(str(error))

    def _friend_turn(self, profile: Profile, challenge: Challenge) -> None:
        page = self._challenge_page()
        library = self.window.library()
        bank = library.get(challenge.bank_id, challenge.language) or library.best(
            challenge.bank_id, self._language()
        )
        if bank is None:
            gone = QCoreApplication.translate(  # page.tr() would be filed under "page"
                "ChallengePage", "The topic of this challenge is not here any more."
            )
            page._handover_problem(gone)
            return
        self._hook_quiz()
        self.window.sign_in(profile)
        self.window.start_quiz(bank, list(challenge.question_ids), "challenge")
        run_id = self.window.page("quiz").run_id  # type: ignore[attr-defined]
        try:
            self.book.friend_joined(challenge.id, profile.id, run_id)
        except (StoreError, QuizappError) as error:  # the quiz runs; the notice says why
            self.window.store_notice.show_notice(str(error))

    def _page_changed(self, name: str) -> None:
        if name == "quiz":
            self._hook_quiz()

    def _hook_quiz(self) -> None:
        if self._quiz_hooked:
            return
        self._quiz_hooked = True
        self.window.page("quiz").quiz_finished.connect(self._quiz_finished)  # type: ignore

    def _quiz_finished(self, _bank: Bank, _result: QuizResult) -> None:
        run_id = self.window.page("quiz").run_id  # type: ignore[attr-defined]
        if run_id is None:
            return
        try:
            challenge = self.book.for_run(run_id)
            if challenge is None:
                return
            if run_id == challenge.challenger_run:
                challenge = self.book.challenger_finished(challenge.id)
            else:
                challenge = self.book.friend_finished(challenge.id)
        except (StoreError, QuizappError) as error:  # the results page stays; say why
            self.window.store_notice.show_notice(str(error))
            return
        page = self._challenge_page()
        if run_id == challenge.challenger_run:
            page.show_handover(challenge)
        else:
            page.show_result(challenge)
        self.window.show_page(CHALLENGE)
