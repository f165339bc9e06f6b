"""Who is playing? Pick your name, or type it to join. Nobody is signed in here."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.store import StoreError
from quizapp.ui.enum_property import ACCESSIBLE_TEXT_ROLE, USER_ROLE
from quizapp.ui.i18n import store_message
from quizapp.ui.labels import make_label
from quizapp.ui.theme import Theme

if TYPE_CHECKING:
    from quizapp.core.store import Store

LANGUAGES = (("en", "English"), ("ru", "Русский"), ("be", "Беларуская"))
PROFILE_ID_ROLE = USER_ROLE


class ProfilesPage(QWidget):
    profile_chosen = Signal(object)  # Profile
    facilitator_requested = Signal()
    language_chosen = Signal(str)

    def __init__(
        self, store: Store, theme: Theme, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profilesPage")
        self.setProperty("role", "page")
        self._store = store
        self._theme = theme

        self.title = make_label(role="title", parent=self, object_name="profilesTitle")
        self.subtitle = make_label(role="subtitle", parent=self)

        self.profile_list = QListWidget(self)
        self.profile_list.setObjectName("profileList")
        self.profile_list.setViewMode(QListView.ViewMode.IconMode)
        self.profile_list.setFlow(QListView.Flow.LeftToRight)
        self.profile_list.setWrapping(True)
        self.profile_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.profile_list.setMovement(QListView.Movement.Static)
        self.profile_list.setUniformItemSizes(True)
        self.profile_list.setWordWrap(True)
        self.profile_list.setSelectionRectVisible(False)
        self.profile_list.setSpacing(4)
        self.profile_list.itemActivated.connect(self._item_chosen)
        self.profile_list.itemClicked.connect(self._item_chosen)
        self.empty_hint = make_label(role="subtitle", parent=self, object_name="noProfilesHint")

        self.name_label = make_label(role="heading", parent=self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("profileNameEdit")
        self.name_edit.setMaxLength(60)
        self.name_edit.returnPressed.connect(self.create_profile)
        self.name_edit.textEdited.connect(lambda _text: self.error.hide())
        self.name_label.setBuddy(self.name_edit)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("createProfileButton")
        self.create_button.setProperty("kind", "primary")
        self.create_button.setAutoDefault(True)
        self.create_button.clicked.connect(self.create_profile)
        self.error = make_label(role="error", parent=self, object_name="profileError")
        self._error_words: Callable[[], str] | None = None  # said again in a new language
        self.error.setAccessibleName("")
        self.error.hide()

        self.language_label = make_label(role="muted", parent=self, wrap=False)
        self.language_selector = QComboBox(self)
        self.language_selector.setObjectName("languageSelector")
        for code, name in LANGUAGES:
            self.language_selector.addItem(name, code)
        self.language_label.setBuddy(self.language_selector)
        self.set_language(language)
        self.language_selector.currentIndexChanged.connect(self._language_picked)
        self.facilitator_button = QPushButton(self)
        self.facilitator_button.setObjectName("facilitatorButton")
        self.facilitator_button.setProperty("kind", "quiet")
        self.facilitator_button.setAutoDefault(True)
        self.facilitator_button.clicked.connect(self.facilitator_requested)

        create_row = QHBoxLayout()
        create_row.addWidget(self.name_edit, 1)
        create_row.addWidget(self.create_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.language_label)
        bottom.addWidget(self.language_selector)
        bottom.addStretch(1)
        bottom.addWidget(self.facilitator_button)

        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addWidget(self.profile_list, 1)
        column.addWidget(self.empty_hint)
        column.addSpacing(8)
        column.addWidget(self.name_label)
        column.addLayout(create_row)
        column.addWidget(self.error)
        self._empty_space = QSpacerItem(0, 0)
        column.addItem(self._empty_space)
        column.addSpacing(8)
        column.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(column, 1)

        QWidget.setTabOrder(self.profile_list, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.create_button)
        QWidget.setTabOrder(self.create_button, self.language_selector)
        QWidget.setTabOrder(self.language_selector, self.facilitator_button)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.retranslate()
        self.refresh()

    # -- profiles -----------------------------------------------------------

    def refresh(self) -> None:
        self.profile_list.clear()
        try:
            profiles = self._store.profiles()
        except StoreError as error:  # a store problem is shown, never raised
            self._show_error(lambda error=error: store_message(error))
            profiles = []
        side = self._theme.px(64)
        cell = self.profile_list.gridSize()
        for profile in profiles:
            item = QListWidgetItem(
                QIcon(self._theme.avatar(profile.name, profile.colour, side)), profile.name
            )
            item.setSizeHint(QSize(cell.width() - 12, cell.height() - 12))
            item.setData(PROFILE_ID_ROLE, profile.id)
            item.setData(ACCESSIBLE_TEXT_ROLE, profile.name)
            item.setToolTip(self.tr("Sign in as {name}").format(name=profile.name))
            self.profile_list.addItem(item)
        self.empty_hint.setVisible(not profiles)
        self.profile_list.setVisible(bool(profiles))
        self._empty_space.changeSize(
            0,
            0 if profiles else 1,
            QSizePolicy.Policy.Minimum,
            QSizePolicy.Policy.Minimum if profiles else QSizePolicy.Policy.Expanding,
        )
        self.layout().invalidate()

    def reset(self) -> None:
        """Back to a fresh page for the next student."""
        self.name_edit.clear()
        self.error.hide()
        self.refresh()
        self.profile_list.clearSelection()

    def _item_chosen(self, item: QListWidgetItem) -> None:
        profile_id = item.data(PROFILE_ID_ROLE)
        try:
            profile = self._store.profile(int(profile_id))
        except StoreError as error:
            self._show_error(lambda error=error: store_message(error))
            return
        if profile is None:
            self.refresh()
            return
        self.profile_chosen.emit(profile)

    def create_profile(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            self._show_error(lambda: self.tr("Type your name first, then press Enter."))
            self.name_edit.setFocus()
            return
        try:
            profile = self._store.create_profile(name)
        except StoreError as error:  # refused names come back as the store's message
            self._show_error(lambda error=error: store_message(error))
            self.name_edit.setFocus()
            self.name_edit.selectAll()
            return
        self.name_edit.clear()
        self.error.hide()
        self.refresh()
        self.profile_chosen.emit(profile)

    def _show_error(self, text: str | Callable[[], str]) -> None:
        self._error_words = text if callable(text) else None
        text = text() if callable(text) else text
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.show()

    # -- language and facilitator ---------------------------------------------

    def set_language(self, code: str) -> None:
        index = self.language_selector.findData(code)
        if index >= 0 and index != self.language_selector.currentIndex():
            self.language_selector.blockSignals(True)
            self.language_selector.setCurrentIndex(index)
            self.language_selector.blockSignals(False)

    def _language_picked(self, index: int) -> None:
        code = self.language_selector.itemData(index)
        if code:
            self.language_chosen.emit(str(code))

    def set_facilitator_available(self, available: bool) -> None:
        self.facilitator_button.setEnabled(available)

    # -- look and language ------------------------------------------------------

    def _apply_theme(self) -> None:
        side = self._theme.px(64)
        self.profile_list.setIconSize(QSize(side, side))
        self.profile_list.setGridSize(QSize(self._theme.px(170), self._theme.px(140)))
        self.create_button.setIcon(self._theme.icon("user-plus", "primary_text"))
        self.facilitator_button.setIcon(self._theme.icon("lock", "text"))
        for button in (self.create_button, self.facilitator_button):
            button.setIconSize(QSize(self._theme.px(22), self._theme.px(22)))
        if self.profile_list.count():
            self.refresh()

    def retranslate(self) -> None:
        for row in range(self.profile_list.count()):
            item = self.profile_list.item(row)
            item.setToolTip(self.tr("Sign in as {name}").format(name=item.text()))
        if self._error_words is not None and not self.error.isHidden():
            self._show_error(self._error_words)
        self.title.setText(self.tr("Who's playing?"))
        self.subtitle.setText(self.tr("Pick your name to sign in, or add yourself below."))
        self.empty_hint.setText(
            self.tr("No one has joined yet. Be the first: type your name below.")
        )
        self.name_label.setText(self.tr("New here? Type your name"))
        self.name_edit.setPlaceholderText(self.tr("Your first name or a nickname"))
        self.name_edit.setAccessibleName(self.tr("Your name for a new profile"))
        self.create_button.setText(self.tr("Join"))
        self.create_button.setAccessibleName(self.tr("Create my profile and sign in"))
        self.profile_list.setAccessibleName(
            self.tr("Profiles on this laptop; press Enter or click a name to sign in")
        )
        self.language_label.setText(self.tr("Language"))
        self.language_selector.setAccessibleName(self.tr("Interface language"))
        self.facilitator_button.setText(self.tr("Facilitator"))
        self.facilitator_button.setAccessibleName(self.tr("Facilitator area (asks for the PIN)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.profile_list.count():
            self.profile_list.setFocus()
        else:
            self.name_edit.setFocus()
