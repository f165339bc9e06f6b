"""Profiles, for the facilitator only: rename, delete (asked inline first), merge two that are
the same person."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.store import Profile, Store, StoreError
from quizapp.ui.facilitator.widgets import InlineConfirm, MessageLabel, Tone, fill_height
from quizapp.ui.i18n import store_message
from quizapp.ui.labels import make_label
from quizapp.ui.theme import Theme

PROFILE_ID_ROLE = Qt.ItemDataRole.UserRole
NARROW_WINDOW = 1000  # px at normal text size: below it, the actions go under the list


class ProfilesAdminPage(QWidget):
    profiles_changed = Signal()

    def __init__(self, store: Store, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilesAdminPage")
        self._store = store
        self._theme = theme
        self._counts: dict[int, int] = {}
        self._pending: tuple[str, int, int | None] | None = None  # action, profile, other

        self.title = make_label(role="title", object_name="profilesAdminTitle")
        self.subtitle = make_label(role="muted")
        self.list = QListWidget()
        self.list.setObjectName("profileAdminList")
        self.list.setProperty("role", "adminList")
        fill_height(self.list)
        self.list.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.empty = make_label(role="subtitle", object_name="profilesAdminEmpty")

        self.actions = QFrame()
        self.actions.setObjectName("profileActions")
        self.actions.setProperty("role", "section")
        self.chosen = make_label(role="heading", object_name="profileAdminChosen")
        self.rename_label = make_label(role="muted", wrap=False)
        self.rename_edit = QLineEdit()
        self.rename_edit.setObjectName("renameProfileEdit")
        self.rename_edit.setMaxLength(60)
        self.rename_edit.returnPressed.connect(self.rename)
        self.rename_label.setBuddy(self.rename_edit)
        self.rename_button = QPushButton()
        self.rename_button.setObjectName("renameProfileButton")
        self.rename_button.setAutoDefault(True)
        self.rename_button.clicked.connect(self.rename)
        self.merge_label = make_label(role="muted", wrap=False)
        self.merge_combo = QComboBox()
        self.merge_combo.setObjectName("mergeTargetCombo")
        self.merge_label.setBuddy(self.merge_combo)
        self.merge_button = QPushButton()
        self.merge_button.setObjectName("mergeProfileButton")
        self.merge_button.setAutoDefault(True)
        self.merge_button.clicked.connect(self.ask_merge)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteProfileButton")
        self.delete_button.setProperty("kind", "danger")
        self.delete_button.setAutoDefault(True)
        self.delete_button.clicked.connect(self.ask_delete)
        self.confirm = InlineConfirm("profileConfirm")
        self.confirm.confirmed.connect(self._do_pending)
        self.confirm.cancelled.connect(self._cancel_pending)

        rename_row = QHBoxLayout()
        rename_row.addWidget(self.rename_edit, 1)
        rename_row.addWidget(self.rename_button)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merge_combo, 1)
        merge_row.addWidget(self.merge_button)
        delete_row = QHBoxLayout()
        delete_row.addWidget(self.delete_button)
        delete_row.addStretch(1)
        actions = QVBoxLayout(self.actions)
        actions.setContentsMargins(16, 14, 16, 14)
        actions.setSpacing(12)
        actions.addWidget(self.chosen)
        actions.addWidget(self.rename_label)
        actions.addLayout(rename_row)
        actions.addWidget(self.merge_label)
        actions.addLayout(merge_row)
        actions.addLayout(delete_row)
        actions.addWidget(self.confirm)
        actions.addStretch(1)

        self.message = MessageLabel("profilesAdminMessage")
        # side by side; one above the other where the page is narrow (large text)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(16)
        self.body.addWidget(self.list, 2)
        self.body.addWidget(self.actions, 3)
        self.list.setMinimumHeight(theme.px(120))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.message)
        layout.addWidget(self.empty)
        layout.addLayout(self.body, 1)
        QWidget.setTabOrder(self.list, self.rename_edit)
        QWidget.setTabOrder(self.rename_edit, self.rename_button)
        QWidget.setTabOrder(self.rename_button, self.merge_combo)
        QWidget.setTabOrder(self.merge_combo, self.merge_button)
        QWidget.setTabOrder(self.merge_button, self.delete_button)
        theme.changed.connect(self._fit_direction)
        self.retranslate()

    # -- the list ---------------------------------------------------------------------

    def reload(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.current_id()
        self.confirm.hide()
        self._pending = None
        try:
            profiles = self._store.profiles()
            rows = self._store.query("SELECT profile_id, count(*) FROM answers GROUP BY profile_id")
        except StoreError as error:
            self.message.show_message(store_message(error), Tone.ERROR)
            return
        self._counts = {profile_id: count for profile_id, count in rows}
        self.list.blockSignals(True)
        self.list.clear()
        for profile in profiles:
            count = self._counts.get(profile.id, 0)
            text = self.tr("{name} · %n answers", "", count).format(name=profile.name)
            item = QListWidgetItem(text)
            item.setData(PROFILE_ID_ROLE, profile.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
            if profile.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.empty.setVisible(not profiles)
        self.list.setVisible(bool(profiles))
        self.actions.setVisible(bool(profiles))
        self._selection_changed()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(PROFILE_ID_ROLE)) if item is not None else None

    def select(self, name: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            profile = self._profile(int(item.data(PROFILE_ID_ROLE)))
            if profile is not None and profile.name == name:
                self.list.setCurrentItem(item)
                return

    def _profile(self, profile_id: int | None) -> Profile | None:
        if profile_id is None:
            return None
        try:
            return self._store.profile(profile_id)
        except StoreError:
            return None

    def _selection_changed(self) -> None:
        self.confirm.hide()
        self._pending = None
        profile = self._profile(self.current_id())
        if profile is None:
            self.chosen.setText("")
            self.merge_combo.clear()
            return
        count = self._counts.get(profile.id, 0)
        self.chosen.setText(self.tr("{name}: %n answers", "", count).format(name=profile.name))
        self.rename_edit.setText(profile.name)
        self.merge_combo.clear()
        try:
            others = [p for p in self._store.profiles() if p.id != profile.id]
        except StoreError:
            others = []
        for other in others:
            self.merge_combo.addItem(other.name, other.id)
        self.merge_combo.setEnabled(bool(others))
        self.merge_button.setEnabled(bool(others))

    # -- actions --------------------------------------------------------------------

    def rename(self) -> None:
        profile = self._profile(self.current_id())
        if profile is None:
            return
        name = " ".join(self.rename_edit.text().split())
        try:
            self._store.rename_profile(profile.id, name)
        except StoreError as error:  # a taken or empty name: the store's own sentence
            self.message.show_message(store_message(error), Tone.ERROR)
            self.rename_edit.setFocus()
            return
        self.message.show_message(
            self.tr("{old} is now called {new}.").format(old=profile.name, new=name), Tone.OK
        )
        self.reload(profile.id)
        self.profiles_changed.emit()

    def ask_delete(self) -> None:
        profile = self._profile(self.current_id())
        if profile is None:
            return
        count = self._counts.get(profile.id, 0)
        self._pending = ("delete", profile.id, None)
        self.confirm.ask(
            self.tr("Delete {name} and their %n answers? This cannot be undone.", "", count).format(
                name=profile.name
            ),
            self.tr("Delete {name}").format(name=profile.name),
            self.tr("Keep"),
        )

    def ask_merge(self) -> None:
        profile = self._profile(self.current_id())
        other_id = self.merge_combo.currentData()
        target = self._profile(int(other_id)) if other_id is not None else None
        if profile is None or target is None:
            return
        count = self._counts.get(profile.id, 0)
        self._pending = ("merge", profile.id, target.id)
        self.confirm.ask(
            self.tr(
                "{name} and {target} are the same person: move %n answers of {name} to "
                "{target}, then remove {name}?",
                "",
                count,
            ).format(name=profile.name, target=target.name),
            self.tr("Merge into {target}").format(target=target.name),
            self.tr("Cancel"),
        )

    def _cancel_pending(self) -> None:
        self._pending = None
        self.delete_button.setFocus()

    def _do_pending(self) -> None:
        if self._pending is None:
            return
        action, profile_id, other_id = self._pending
        self._pending = None
        profile = self._profile(profile_id)
        if profile is None:
            self.reload()
            return
        try:
            if action == "delete":
                self._store.delete_profile(profile_id)
                text = self.tr("{name} was deleted.").format(name=profile.name)
                keep = None
            else:
                target = self._profile(other_id)
                self._store.merge_profiles(int(other_id), profile_id)  # type: ignore[arg-type]
                text = self.tr("{name} was merged into {target}.").format(
                    name=profile.name, target=target.name if target else ""
                )
                keep = other_id
        except StoreError as error:
            self.message.show_message(store_message(error), Tone.ERROR)
            return
        self.message.show_message(text, Tone.OK)
        self.reload(keep)
        self.list.setFocus()
        self.profiles_changed.emit()

    # -- language -------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Profiles"))
        self.subtitle.setText(
            self.tr("Only here can a profile be renamed, deleted or merged: students cannot do it.")
        )
        self.list.setAccessibleName(self.tr("Profiles on this laptop"))
        self.empty.setText(self.tr("No profiles on this laptop yet."))
        self.rename_label.setText(self.tr("New name"))
        self.rename_edit.setAccessibleName(self.tr("New name for this profile"))
        self.rename_button.setText(self.tr("Rename"))
        self.rename_button.setAccessibleName(self.tr("Rename this profile"))
        self.merge_label.setText(self.tr("Same person as"))
        self.merge_combo.setAccessibleName(self.tr("The profile to merge this one into"))
        self.merge_button.setText(self.tr("Merge…"))
        self.merge_button.setAccessibleName(self.tr("Merge this profile into the one chosen"))
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete this profile and its answers"))
        if self.list.count():
            self.reload()

    def _fit_direction(self) -> None:
        # by the window's width: this page's own width follows what it asks for
        narrow = self.window().width() < self._theme.px(NARROW_WINDOW)
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.body.direction() != direction:
            self.body.setDirection(direction)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_direction()

    def showEvent(self, event) -> None:
        self._fit_direction()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
