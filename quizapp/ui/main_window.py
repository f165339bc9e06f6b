"""The main window: a stack of pages, and the routes between them.

Pages are built the first time they are shown (startup only builds the
profiles page). Another part of the app adds its own page with
`add_page(name, widget_or_factory)` and shows it with `show_page(name)`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from quizapp.core.store import StoreError
from quizapp.ui.i18n import install_language, normalise, store_message
from quizapp.ui.notice_bar import NoticeBar
from quizapp.ui.page_scroller import PageScroller
from quizapp.ui.pages.profiles_page import ProfilesPage
from quizapp.ui.theme import Theme
from quizapp.ui.top_bar import TopBar

if TYPE_CHECKING:
    from quizapp.core.bank import Bank
    from quizapp.core.help import HelpResult
    from quizapp.core.library import BankLibrary
    from quizapp.core.session import QuizResult
    from quizapp.core.store import Profile, RunState, Store

PROFILES, HOME, QUIZ, RESULTS, HELP, FACILITATOR = (
    "profiles",
    "home",
    "quiz",
    "results",
    "help",
    "facilitator",
)
WARM_UP_DELAY_MS = 300
MAX_ISSUE_LINES = 30


class MainWindow(QMainWindow):
    language_changed = Signal(str)
    page_changed = Signal(str)
    closed = Signal()

    def __init__(
        self,
        store: Store,
        theme: Theme,
        load_library: Callable[[], BankLibrary],
        load_help: Callable[[str], HelpResult],
        language: str,
        startup_notes: Sequence[str] = (),
        parent: QWidget | None = None,
        *,
        language_forced: bool = False,
    ) -> None:
        # before any widget exists, so every page is built in its language
        language = install_language(language, deliver=False)
        super().__init__(parent)
        self.setObjectName("MainWindow")
        # before any child: a child made inside a styled window is styled once, while
        # styling a built window sends every child a font, palette and style change
        theme.apply(self)
        self.store = store
        self.theme = theme
        self._load_library = load_library
        self._load_help = load_help
        self._library: BankLibrary | None = None
        self._language = language
        # nobody signed in: this language; --lang (forced) also outranks each profile's choice
        self._laptop_language = language
        self._language_forced = language_forced
        self._profile: Profile | None = None
        self._pages: dict[str, QWidget] = {}
        self._holders: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._help_back = HOME
        self._warmed = False

        # each part is made inside the styled window: made apart and put in later, a
        # part would be restyled (font, palette, stylesheet) once more for every move
        central = QWidget(self)
        central.setObjectName("central")
        self.setCentralWidget(central)
        self.top_bar = TopBar(theme, central)
        self.top_bar.smaller_requested.connect(theme.smaller)
        self.top_bar.larger_requested.connect(theme.larger)
        self.top_bar.contrast_toggled.connect(theme.set_high_contrast)
        self.top_bar.fullscreen_requested.connect(self.toggle_fullscreen)
        self.top_bar.language_selector.set_language(language)
        self.top_bar.language_selector.language_picked.connect(self.set_language)
        self.store_notice = NoticeBar("storeNotice", central)
        self.library_notice = NoticeBar("libraryNotice", central)
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("pageStack")
        self.stack.currentChanged.connect(self._current_changed)

        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        notices = QVBoxLayout()
        notices.setContentsMargins(16, 8, 16, 0)
        notices.addWidget(self.store_notice)
        notices.addWidget(self.library_notice)
        layout.addLayout(notices)
        layout.addWidget(self.stack, 1)

        # built inside its holder, so that its parts are styled once (see PageScroller)
        holder = PageScroller(self.stack)
        self.profiles = ProfilesPage(store, theme, language, holder.inside)
        self.profiles.profile_chosen.connect(self.sign_in)
        self.profiles.facilitator_requested.connect(self.open_facilitator)
        self.profiles.language_chosen.connect(self.set_language)
        self.profiles.set_facilitator_available(False)
        self._hold(PROFILES, self.profiles, holder)
        self.add_page(HOME, self._build_home)
        self.add_page(QUIZ, self._build_quiz)
        self.add_page(RESULTS, self._build_results)
        self.add_page(HELP, self._build_help)
        self._add_progress_pages()
        self._add_facilitator_pages()
        self._add_sharing_pages()

        self._add_actions()
        theme.changed.connect(self._theme_changed)
        self._startup_notes = tuple(startup_notes)  # English; said in the language in use
        self._startup_shown = ""
        if self._startup_notes:
            self.store_notice.show_notice(self._startup_text())
            self._startup_shown = self.store_notice.message
        self.retranslate()
        self.resize(1280, 720)
        self.show_page(PROFILES)

    # -- pages ----------------------------------------------------------------

    def add_page(self, name: str, page: QWidget | Callable[[], QWidget]) -> None:
        """Register a page, built now (a widget) or on first use (a callable)."""
        self._pages.pop(name, None)
        old = self._holders.pop(name, None)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self._factories.pop(name, None)
        if isinstance(page, QWidget):
            self._hold(name, page)
        else:
            self._factories[name] = page
        if name == FACILITATOR:
            self.profiles.set_facilitator_available(True)

    def has_page(self, name: str) -> bool:
        return name in self._pages or name in self._factories

    def page(self, name: str) -> QWidget:
        """The page, built on first use."""
        if name not in self._pages:
            self._hold(name, self._factories.pop(name)())
        return self._pages[name]

    def _hold(self, name: str, page: QWidget, holder: PageScroller | None = None) -> None:
        holder = holder or PageScroller(self.stack)
        holder.setStyleSheet(self._holder_stylesheet(name))
        holder.hold(page)
        self._pages[name] = page
        self._holders[name] = holder
        self.stack.addWidget(holder)

    def _holder_stylesheet(self, name: str) -> str:
        """The pages' rules (theme.pages_stylesheet), on every page's holder but the first's."""
        return "" if name == PROFILES else self.theme.pages_stylesheet()

    def show_page(self, name: str) -> QWidget:
        widget = self.page(name)
        self.stack.setCurrentWidget(self._holders[name])
        return widget

    def current_page(self) -> QWidget | None:
        name = self.current_page_name()
        return self._pages.get(name)

    def current_page_name(self) -> str:
        current = self.stack.currentWidget()
        return next((n for n, w in self._holders.items() if w is current), "")

    def _current_changed(self, _index: int) -> None:
        name = self.current_page_name()
        self.top_bar.show_language_selector(name != PROFILES)  # that page has its own
        self.page_changed.emit(name)

    def _build_home(self) -> QWidget:
        from quizapp.ui.pages.home_page import HomePage

        page = HomePage(self.store, self.library, self.theme, self._language)
        page.quiz_requested.connect(self.start_quiz)
        page.resume_requested.connect(self.resume_quiz)
        page.practice_requested.connect(lambda bank, ids: self.start_quiz(bank, ids, "practice"))
        page.help_requested.connect(lambda: self.show_help(HOME))
        page.signed_out.connect(self.sign_out)
        page.progress_requested.connect(self.show_progress)
        return page

    def _build_quiz(self) -> QWidget:
        from quizapp.ui.pages.quiz_page import QuizPage

        page = QuizPage(self.store, self.theme)
        page.quiz_finished.connect(self._quiz_finished)
        page.quiz_left.connect(self.go_home)
        return page

    def _build_results(self) -> QWidget:
        from quizapp.ui.pages.results_page import ResultsPage

        page = ResultsPage(self.theme)
        page.home_requested.connect(self.go_home)
        page.retry_requested.connect(lambda bank, ids: self.start_quiz(bank, ids, "practice"))
        page.help_requested.connect(lambda: self.show_help(RESULTS))
        return page

    def _build_help(self) -> QWidget:
        from quizapp.ui.pages.help_page import HelpPage

        page = HelpPage(self._load_help, self.theme, self._language)
        page.back_requested.connect(lambda: self.show_page(self._help_back))
        return page

    # -- progress (streak, topics, best scores, history) -----------------------

    def _add_progress_pages(self) -> None:
        """The progress page, built the first time home's progress button is pressed."""

        def build() -> QWidget:
            from quizapp.ui.pages.progress_page import ProgressPage

            page = ProgressPage(self.store, self.library, self.theme, self._language)
            page.back_requested.connect(self.go_home)
            self.language_changed.connect(page.set_language)
            return page

        self.add_page("progress", build)

    def show_progress(self) -> QWidget | None:
        """Show the signed-in profile's progress, read afresh from the store."""
        if self._profile is None:
            return None
        page = self.page("progress")
        page.show_profile(self._profile, self._language)  # type: ignore[attr-defined]
        self.show_page("progress")
        return page

    # -- the library (loaded after the window is up) ---------------------------

    def library(self) -> BankLibrary:
        if self._library is None:
            self._library = self._load_library()
            self._show_library_issues()
        return self._library

    def _show_library_issues(self) -> None:
        issues = self._library.issues if self._library is not None else []
        if not issues:
            self.library_notice.hide()
            return
        files = len({issue.path for issue in issues})
        if files == 1:
            message = self.tr("One question bank file has problems, so it is left out.")
        else:
            message = self.tr(
                "%n question bank files have problems, so they are left out.", "", files
            )
        message += " " + self.tr(
            "The other topics work as usual. Details are for your facilitator."
        )
        lines = [str(issue) for issue in issues[:MAX_ISSUE_LINES]]
        if len(issues) > MAX_ISSUE_LINES:
            lines.append(self.tr("… and {count} more").format(count=len(issues) - MAX_ISSUE_LINES))
        self.library_notice.show_notice(message, "\n".join(lines))

    def _warm_up(self) -> None:
        self.library()

    # -- routes -----------------------------------------------------------------

    @property
    def profile(self) -> Profile | None:
        return self._profile

    def sign_in(self, profile: Profile) -> None:
        self._profile = profile
        if not self._language_forced and normalise(profile.language):
            self._show_language(str(normalise(profile.language)))
        self.top_bar.set_profile(profile)
        home = self.page(HOME)
        home.set_profile(profile)  # type: ignore[attr-defined]
        self.show_page(HOME)

    def sign_out(self) -> None:
        self._profile = None
        self._show_language(self._laptop_language)
        self.top_bar.set_profile(None)
        self.profiles.reset()
        if HOME in self._pages:
            self._pages[HOME].set_profile(None)  # type: ignore[attr-defined]
        self.show_page(PROFILES)

    def go_home(self) -> None:
        if self._profile is None:
            self.sign_out()
            return
        home = self.page(HOME)
        home.set_profile(self._profile)  # type: ignore[attr-defined]
        self.show_page(HOME)

    def start_quiz(self, bank: Bank, question_ids: list[str] | None = None, mode: str = "quiz"):
        if self._profile is None:
            return
        quiz = self.page(QUIZ)
        self.show_page(QUIZ)
        quiz.start(self._profile, bank, question_ids, mode)  # type: ignore[attr-defined]

    def resume_quiz(self, bank: Bank, state: RunState) -> None:
        if self._profile is None:
            return
        quiz = self.page(QUIZ)
        self.show_page(QUIZ)
        quiz.resume(self._profile, bank, state)  # type: ignore[attr-defined]

    def _quiz_finished(self, bank: Bank, result: QuizResult) -> None:
        results = self.page(RESULTS)
        results.show_result(bank, result)  # type: ignore[attr-defined]
        self.show_page(RESULTS)

    def show_help(self, back_to: str = HOME) -> None:
        self._help_back = back_to
        page = self.page(HELP)
        page.set_language(self._language)  # type: ignore[attr-defined]
        page.load()  # type: ignore[attr-defined]
        self.show_page(HELP)

    def open_facilitator(self) -> None:
        if self.has_page(FACILITATOR):
            self.show_page(FACILITATOR)

    def _add_facilitator_pages(self) -> None:
        """The facilitator area behind the PIN (quizapp.ui.facilitator); all its wiring is here."""
        was_full_screen = [False]

        def projector(on: bool) -> None:  # a projector session: whole screen, no top bar
            with contextlib.suppress(RuntimeError):  # the window is being destroyed
                self.top_bar.setVisible(not on)
                if not self.isVisible():
                    return
                if on:
                    was_full_screen[0] = self.isFullScreen()
                    self.showFullScreen()
                elif not was_full_screen[0]:
                    self.showNormal()

        def banks_changed() -> None:
            self._library = None  # loaded again, with the new banks, when next wanted

        def build() -> QWidget:
            from quizapp.ui.facilitator.facilitator_page import FacilitatorArea

            area = FacilitatorArea(self.store, self.theme, self.library, lambda: self._language)
            area.left.connect(self.sign_out)
            area.projector_changed.connect(projector)
            area.profiles_changed.connect(self.profiles.refresh)
            area.banks_changed.connect(banks_changed)
            return area

        self.add_page(FACILITATOR, build)

    def _add_sharing_pages(self) -> None:
        """Share with peers (quizapp.ui.sharing): packs, own questions, challenges, cards."""
        from quizapp.ui.sharing.routes import SharingRoutes

        def reload_library() -> BankLibrary:
            self._library = None  # a pack or a topic of one's own came in: load again
            library = self.library()
            if HOME in self._pages and self._profile is not None:
                self._pages[HOME].refresh()  # type: ignore[attr-defined]
            return library

        self.sharing = SharingRoutes(self, reload_library)
        routes = ((HOME, self.sharing.connect_home), (RESULTS, self.sharing.connect_results))
        for name, connect in routes:  # their buttons, connected when the pages are built
            build = self._factories.get(name)
            if build is not None:
                self._factories[name] = lambda build=build, connect=connect: connect(build())

    # -- language -------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, code: str) -> None:
        """Someone picked a language: show it now, remember it for them or for the laptop."""
        language = normalise(code)
        if language is None:
            return
        self._language_forced = False  # a choice made here outranks --lang from now on
        if self._profile is not None:
            with contextlib.suppress(StoreError):  # unsaved, it only costs the next sign-in
                self.store.set_profile_language(self._profile.id, language)
        else:
            self._laptop_language = language
            self._save_setting("language", language)
        self._show_language(language)

    def _show_language(self, code: str) -> None:
        """Switch without a restart: the translator sends LanguageChange to every widget."""
        self.profiles.set_language(code)
        self.top_bar.language_selector.set_language(code)
        changed = code != self._language
        self._language = code
        if changed and HOME in self._pages:  # the bank versions follow the interface language
            self._pages[HOME].set_language(code)  # type: ignore[attr-defined]
        if changed and HELP in self._pages:
            self._pages[HELP].set_language(code)  # type: ignore[attr-defined]
        install_language(code)  # each page's retranslate() has run when this returns
        if changed and self.current_page_name() == HELP:
            self._pages[HELP].load()  # type: ignore[attr-defined]
        if changed:
            self.language_changed.emit(code)

    # -- look -----------------------------------------------------------------

    def _add_actions(self) -> None:
        theme = self.theme
        specs = (
            (
                "textLargerAction",
                [QKeySequence.StandardKey.ZoomIn, "Ctrl+=", "Ctrl++"],
                theme.larger,
            ),
            ("textSmallerAction", [QKeySequence.StandardKey.ZoomOut, "Ctrl+-"], theme.smaller),
            ("textResetAction", ["Ctrl+0"], lambda: theme.set_scale(1.0)),
            (
                "contrastAction",
                ["Ctrl+Shift+H"],
                lambda: theme.set_high_contrast(not theme.high_contrast),
            ),
            (
                "fullscreenAction",
                [QKeySequence.StandardKey.FullScreen, "F11"],
                self.toggle_fullscreen,
            ),
        )
        self.actions_by_name: dict[str, QAction] = {}
        for name, keys, slot in specs:
            action = QAction(self)
            action.setObjectName(name)
            sequences: list[QKeySequence] = []
            for key in keys:
                if isinstance(key, QKeySequence.StandardKey):
                    sequences.extend(QKeySequence.keyBindings(key))
                else:
                    sequences.append(QKeySequence(key))
            unique: list[QKeySequence] = []
            for sequence in sequences:
                if not sequence.isEmpty() and sequence not in unique:
                    unique.append(sequence)
            action.setShortcuts(unique)
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_by_name[name] = action

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def _theme_changed(self) -> None:
        self.theme.apply(self)
        for name, holder in self._holders.items():
            holder.setStyleSheet(self._holder_stylesheet(name))
        self._save_setting("text_scale", f"{self.theme.scale:g}")
        self._save_setting("high_contrast", "1" if self.theme.high_contrast else "0")

    def _save_setting(self, key: str, value: str) -> None:
        with contextlib.suppress(StoreError):  # an unsaved setting only costs the next start
            self.store.set_setting(key, value)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Spot the Trap"))
        names = {
            "textLargerAction": self.tr("Larger text"),
            "textSmallerAction": self.tr("Smaller text"),
            "textResetAction": self.tr("Normal text size"),
            "contrastAction": self.tr("High contrast"),
            "fullscreenAction": self.tr("Full screen"),
        }
        for name, text in names.items():
            self.actions_by_name[name].setText(text)
        if self._startup_shown and self.store_notice.message == self._startup_shown:
            # still the startup notice (not replaced by another): say it again,
            # leaving it hidden if it was dismissed
            dismissed = self.store_notice.isHidden()
            self.store_notice.show_notice(self._startup_text())
            if dismissed:
                self.store_notice.hide()
            self._startup_shown = self.store_notice.message
        self._show_library_issues()

    def _startup_text(self) -> str:
        return " ".join(store_message(note) for note in self._startup_notes)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._warmed:
            self._warmed = True
            QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
