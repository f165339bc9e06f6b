"""The facilitator area: the PIN first, then sessions, the report, profiles, packs, end of camp.

The main window registers one `FacilitatorArea` as its "facilitator" page.
It locks itself whenever it is left (and when a session ends, since a
student may be at the keyboard then), so the next visit asks for the PIN.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.group_session import PlayMode, SessionPlan
from quizapp.core.store import Profile, Store
from quizapp.ui.facilitator.pin_page import PinPage
from quizapp.ui.facilitator.widgets import (
    MessageLabel,
    PageSwitcher,
    Tone,
    facilitator_stylesheet,
)
from quizapp.ui.labels import make_label
from quizapp.ui.theme import Theme

if TYPE_CHECKING:
    from quizapp.core.library import BankLibrary
    from quizapp.ui.facilitator.projector_page import ProjectorPage


class Section(enum.Enum):
    SESSION = "session"
    REPORT = "report"
    PROFILES = "profiles"
    PACKS = "packs"
    CAMP = "camp"


NAV_ICONS = {
    Section.SESSION: "play",
    Section.REPORT: "star",
    Section.PROFILES: "user-plus",
    Section.PACKS: "arrow-down",
    Section.CAMP: "retry",
}


class FacilitatorArea(QWidget):
    left = Signal()  # back to the students
    projector_changed = Signal(bool)  # a projector session began (True) or ended
    profiles_changed = Signal()
    banks_changed = Signal()

    def __init__(
        self,
        store: Store,
        theme: Theme,
        library: Callable[[], BankLibrary],
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("facilitatorPage")
        self.setProperty("role", "page")
        self._store = store
        self._theme = theme
        self._library = library
        self._language = language
        self._sections: dict[Section, QWidget] = {}
        self._projector_page: ProjectorPage | None = None
        self._projector_on = False

        self.pin_page = PinPage(store, theme)
        self.pin_page.unlocked.connect(self._unlocked)
        self.pin_page.left.connect(self.leave)

        # the unlocked area: a column of sections on the left, the section on the right
        self.home = QWidget()
        self.home.setObjectName("facilitatorHome")
        self.heading = make_label(role="heading", object_name="facilitatorHeading")
        self.nav_buttons: dict[Section, QPushButton] = {}
        nav = QVBoxLayout()
        nav.setSpacing(8)
        nav.addWidget(self.heading)
        self._nav_group = QButtonGroup(self)
        for number, section in enumerate(Section):
            button = QPushButton()
            button.setObjectName(f"{section.value}NavButton")
            button.setProperty("role", "nav")
            button.setCheckable(True)
            button.setAutoDefault(True)
            self._nav_group.addButton(button, number)
            nav.addWidget(button)
            self.nav_buttons[section] = button
        self._nav_group.idClicked.connect(lambda n: self.show_section(list(Section)[n]))
        nav.addStretch(1)
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setAutoDefault(True)
        self.lock_button.clicked.connect(self.leave)
        nav.addWidget(self.lock_button)
        self.message = MessageLabel("facilitatorMessage")
        self.sections = PageSwitcher()
        self.sections.setObjectName("facilitatorSections")
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.message)
        right.addWidget(self.sections, 1)
        home = QHBoxLayout(self.home)
        home.setContentsMargins(20, 14, 20, 14)
        home.setSpacing(20)
        home.addLayout(nav, 0)
        home.addLayout(right, 1)

        self.stack = PageSwitcher()
        self.stack.setObjectName("facilitatorStack")
        self.stack.addWidget(self.pin_page)
        self.stack.addWidget(self.home)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.retranslate()
        self.lock()

    # -- locked or not -------------------------------------------------------------------

    @property
    def unlocked(self) -> bool:
        return self.stack.currentWidget() is not self.pin_page

    def lock(self, note: str = "") -> None:
        """Close everything behind the PIN (a session that is running ends)."""
        if self._projector_page is not None and self.stack.currentWidget() is self._projector_page:
            self._projector_page.finished.disconnect(self._session_finished)
            self._projector_page.finish()
            self._projector_page.finished.connect(self._session_finished)
        self._set_projector(False)
        self.message.clear_message()
        self.pin_page.reset(note)
        self.stack.setCurrentWidget(self.pin_page)
        if self.isVisible():
            self.pin_page.pin_edit.setFocus()

    def leave(self) -> None:
        self.lock()
        self.left.emit()

    def _unlocked(self, just_set: bool) -> None:
        self.stack.setCurrentWidget(self.home)
        if just_set:
            self.message.show_message(
                lambda: self.tr(
                    "The PIN is set. Keep it from the students; if it is forgotten, "
                    "“quizapp facilitator reset-pin” clears it."
                ),
                Tone.OK,
            )
        else:
            self.message.clear_message()
        # The area always opens on the group report, brought up to date: what the group
        # missed, at a glance, one click from running a session; and `groupReport` is
        # there to read at once.
        self.show_section(Section.REPORT)
        if self.isVisible():
            self.nav_buttons[Section.REPORT].setFocus()  # the keyboard starts where the eye does

    # -- sections --------------------------------------------------------------------

    def current_section(self) -> Section | None:
        widget = self.sections.currentWidget()
        return next((s for s, w in self._sections.items() if w is widget), None)

    def section(self, section: Section) -> QWidget:
        """The section's page, built the first time it is wanted."""
        if section not in self._sections:
            page = self._build(section)
            self._sections[section] = page
            self.sections.addWidget(page)
        return self._sections[section]

    def show_section(self, section: Section) -> QWidget:
        if not self.unlocked:
            raise PermissionError("the facilitator area is locked")
        page = self.section(section)
        self.nav_buttons[section].setChecked(True)
        reload = getattr(page, "reload", None)
        if reload is not None:
            reload()
        self.sections.setCurrentWidget(page)
        return page

    def _build(self, section: Section) -> QWidget:
        store, theme = self._store, self._theme
        if section is Section.SESSION:
            from quizapp.ui.facilitator.session_setup_page import SessionSetupPage

            page = SessionSetupPage(store, theme, self._library, self._language)
            page.start_requested.connect(self.start_session)
            return page
        if section is Section.REPORT:
            from quizapp.ui.facilitator.group_report_page import GroupReportPage

            return GroupReportPage(store, theme, self._library, self._language)
        if section is Section.PROFILES:
            from quizapp.ui.facilitator.profiles_admin_page import ProfilesAdminPage

            page = ProfilesAdminPage(store, theme)
            page.profiles_changed.connect(self.profiles_changed)
            return page
        if section is Section.PACKS:
            from quizapp.ui.facilitator.packs_page import PacksPage

            page = PacksPage(store.folder.root, theme)
            page.banks_changed.connect(self.banks_changed)
            return page
        from quizapp.ui.facilitator.camp_reset_page import CampResetPage

        page = CampResetPage(store, theme)
        page.profiles_changed.connect(self.profiles_changed)
        return page

    # -- a session ---------------------------------------------------------------------

    def projector_page(self) -> ProjectorPage:
        if self._projector_page is None:
            from quizapp.ui.facilitator.projector_page import ProjectorPage

            page = ProjectorPage(self._store, self._theme)
            page.finished.connect(self._session_finished)
            self.stack.addWidget(page)
            self._projector_page = page
        return self._projector_page

    def start_session(
        self,
        plan: SessionPlan,
        mode: PlayMode,
        profile: Profile | None,
        teams: list[str] | None,
        projector: bool,
    ) -> bool:
        page = self.projector_page()
        self.stack.setCurrentWidget(page)
        self._set_projector(projector)
        if not page.start(plan, mode, profile=profile, teams=teams, projector=projector):
            self._set_projector(False)
            self.stack.setCurrentWidget(self.home)
            self.message.show_message(self.tr("These banks have no questions to ask."), Tone.ERROR)
            return False
        page.setFocus()
        return True

    def _session_finished(self) -> None:
        # a student may be at the keyboard now: the area locks
        self.lock(self.tr("The session is over. Facilitator: type the PIN to go on."))

    def _set_projector(self, on: bool) -> None:
        if on != self._projector_on:
            self._projector_on = on
            self.projector_changed.emit(on)

    # -- look and language ----------------------------------------------------------------

    def _apply_theme(self) -> None:
        self.setStyleSheet(facilitator_stylesheet(self._theme))
        side = QSize(self._theme.px(22), self._theme.px(22))
        for section, button in self.nav_buttons.items():
            button.setIcon(self._theme.icon(NAV_ICONS[section], "text"))
            button.setIconSize(side)
        self.lock_button.setIcon(self._theme.icon("lock", "text"))
        self.lock_button.setIconSize(side)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Facilitator"))
        names = {
            Section.SESSION: (self.tr("Run a session"), self.tr("Set up and run a session")),
            Section.REPORT: (self.tr("Group report"), self.tr("What the group missed")),
            Section.PROFILES: (self.tr("Profiles"), self.tr("Rename, delete or merge profiles")),
            Section.PACKS: (self.tr("Question packs"), self.tr("Install a question pack")),
            Section.CAMP: (self.tr("End of camp"), self.tr("Archive, reset or restore")),
        }
        for section, (text, accessible) in names.items():
            self.nav_buttons[section].setText(text)
            self.nav_buttons[section].setAccessibleName(accessible)
        self.lock_button.setText(self.tr("Lock and leave"))
        self.lock_button.setAccessibleName(
            self.tr("Lock the facilitator area and go back to the students")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hideEvent(self, event) -> None:
        # leaving the page (not minimising the window) locks the area
        if not event.spontaneous() and self.unlocked:
            self.lock()
        super().hideEvent(event)
