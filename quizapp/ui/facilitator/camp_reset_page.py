"""End of camp: save an archive, reset the laptop for the next group, or restore an archive.

The work is done by quizapp.core.archive; this page only asks (inline) and
says what happened.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.core.archive import (
    ArchiveError,
    ArchiveInfo,
    ArchiveProblem,
    check_archive,
    default_archive_name,
    make_archive,
    reset_for_next_group,
    restore_archive,
    store_counts,
)
from quizapp.core.store import Store, StoreError
from quizapp.ui.facilitator.group_report_page import local_time
from quizapp.ui.facilitator.widgets import (
    FileField,
    FolderField,
    InlineConfirm,
    MessageLabel,
    Tone,
    fill_height,
    unique_path,
)
from quizapp.ui.i18n import store_message
from quizapp.ui.labels import make_label
from quizapp.ui.scroll_column import ScrollColumn
from quizapp.ui.theme import Theme


class CampResetPage(QWidget):
    profiles_changed = Signal()

    def __init__(self, store: Store, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campResetPage")
        self._store = store
        self._theme = theme
        self._archived_counts: tuple[int, int] | None = None  # what that archive holds
        self._checked: ArchiveInfo | None = None

        self.scroll = ScrollColumn(theme)
        fill_height(self.scroll)
        column = self.scroll.column_layout
        self.title = make_label(role="title", object_name="campTitle")
        self.subtitle = make_label(role="muted")

        # 1. archive
        self.archive_box, archive = self._section()
        self.archive_heading = make_label(role="heading")
        self.archive_text = make_label()
        self.folder = FolderField(store, "archiveFolder")
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("saveArchiveButton")
        self.archive_button.setProperty("kind", "primary")
        self.archive_button.setAutoDefault(True)
        self.archive_button.clicked.connect(self.save_archive)
        self.archive_message = MessageLabel("archiveMessage")
        archive.addWidget(self.archive_heading)
        archive.addWidget(self.archive_text)
        archive.addWidget(self.folder)
        archive.addWidget(self.archive_button, 0, Qt.AlignmentFlag.AlignLeft)
        archive.addWidget(self.archive_message)

        # 2. reset
        self.reset_box, reset = self._section()
        self.reset_heading = make_label(role="heading")
        self.reset_text = make_label()
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetLaptopButton")
        self.reset_button.setProperty("kind", "danger")
        self.reset_button.setAutoDefault(True)
        self.reset_button.clicked.connect(self.ask_reset)
        self.reset_confirm = InlineConfirm("resetConfirm")
        self.reset_confirm.confirmed.connect(self.reset_laptop)
        self.reset_message = MessageLabel("resetMessage")
        reset.addWidget(self.reset_heading)
        reset.addWidget(self.reset_text)
        reset.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)
        reset.addWidget(self.reset_confirm)
        reset.addWidget(self.reset_message)

        # 3. restore
        self.restore_box, restore = self._section()
        self.restore_heading = make_label(role="heading")
        self.restore_text = make_label()
        self.restore_file = FileField("restoreFile", "quizapp archive (*.zip)")
        self.check_button = QPushButton()
        self.check_button.setObjectName("checkArchiveButton")
        self.check_button.setAutoDefault(True)
        self.check_button.clicked.connect(self.check)
        self.restore_file.edit.returnPressed.connect(self.check)
        self.restore_file.edit.textEdited.connect(lambda _text: self._forget_check())
        self.restore_confirm = InlineConfirm("restoreConfirm")
        self.restore_confirm.confirmed.connect(self.restore)
        self.restore_message = MessageLabel("restoreMessage")
        file_row = QHBoxLayout()
        file_row.addWidget(self.restore_file, 1)
        file_row.addWidget(self.check_button)
        restore.addWidget(self.restore_heading)
        restore.addWidget(self.restore_text)
        restore.addLayout(file_row)
        restore.addWidget(self.restore_message)
        restore.addWidget(self.restore_confirm)

        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addWidget(self.archive_box)
        column.addWidget(self.reset_box)
        column.addWidget(self.restore_box)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self.retranslate()

    @staticmethod
    def _section() -> tuple[QFrame, QVBoxLayout]:
        box = QFrame()
        box.setProperty("role", "section")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(10)
        return box, layout

    def reload(self) -> None:
        self.folder.load()
        self.reset_confirm.hide()
        self.restore_confirm.hide()

    # -- archive ----------------------------------------------------------------------

    def save_archive(self) -> ArchiveInfo | None:
        folder = self.folder.folder()
        if not folder.is_dir():
            self.archive_message.show_message(
                self.tr("The folder {folder} does not exist. Type or choose another.").format(
                    folder=folder
                ),
                Tone.ERROR,
            )
            return None
        self.folder.remember()
        target = unique_path(folder, default_archive_name())
        try:
            info = make_archive(self._store, target)
        except ArchiveError as error:
            self.archive_message.show_message(
                self.tr("The archive could not be saved: {error}").format(
                    error=store_message(error)
                ),
                Tone.ERROR,
            )
            return None
        self._archived_counts = (info.profiles, info.answers)
        self.archive_message.show_message(
            self.tr(
                "Saved {file}: {profiles} profiles and {answers} answers, checked and readable."
            ).format(file=target, profiles=info.profiles, answers=info.answers),
            Tone.OK,
        )
        return info

    # -- reset --------------------------------------------------------------------------

    def ask_reset(self) -> None:
        self.reset_message.clear_message()
        try:
            profiles, _, answers = store_counts(self._store)
        except StoreError as error:
            self.reset_message.show_message(store_message(error), Tone.ERROR)
            return
        question = self.tr(
            "Remove {profiles} profiles and {answers} answers from this laptop? "
            "Question banks, the PIN and the settings stay."
        ).format(profiles=profiles, answers=answers)
        if self._needs_archive(profiles, answers):
            question += " " + self.tr(
                "An archive of them is saved to {folder} first; if it cannot be saved, "
                "nothing is removed."
            ).format(folder=self.folder.folder())
        self.reset_confirm.ask(question, self.tr("Yes, reset this laptop"), self.tr("Cancel"))

    def _needs_archive(self, profiles: int, answers: int) -> bool:
        """Results that no archive of this visit holds (none saved, or more played since)."""
        if profiles == 0 and answers == 0:
            return False
        return self._archived_counts != (profiles, answers)

    def reset_laptop(self) -> None:
        """Archive first (the product's rule: nothing is lost), then remove the results."""
        try:
            profiles, _, answers = store_counts(self._store)
        except StoreError as error:
            self.reset_message.show_message(store_message(error), Tone.ERROR)
            return
        if self._needs_archive(profiles, answers) and self.save_archive() is None:
            self.reset_message.show_message(
                self.tr("Nothing was removed: the archive could not be saved (see above)."),
                Tone.ERROR,
            )
            return
        try:
            summary = reset_for_next_group(self._store)
        except StoreError as error:
            self.reset_message.show_message(
                self.tr("Nothing was removed: {error}").format(error=store_message(error)),
                Tone.ERROR,
            )
            return
        self.reset_message.show_message(
            self.tr(
                "Ready for the next group: {profiles} profiles and {answers} answers were removed."
            ).format(profiles=summary.profiles, answers=summary.answers),
            Tone.OK,
        )
        self.profiles_changed.emit()

    # -- restore ------------------------------------------------------------------------

    def _forget_check(self) -> None:
        self._checked = None
        self.restore_confirm.hide()

    def _problem_text(self, error: ArchiveError) -> str:
        lead = {
            ArchiveProblem.MISSING: self.tr("There is no such file."),
            ArchiveProblem.NOT_AN_ARCHIVE: self.tr("This is not a quizapp archive."),
            ArchiveProblem.UNSAFE: self.tr("This file is refused: it holds something unexpected."),
            ArchiveProblem.DAMAGED: self.tr("This archive is damaged."),
            ArchiveProblem.NEWER: self.tr("This archive was made by a newer quizapp."),
            ArchiveProblem.WRITE: self.tr("The data folder could not be written."),
        }[error.problem]
        return self.tr("{lead} Nothing was changed. ({detail})").format(lead=lead, detail=error)

    def check(self) -> ArchiveInfo | None:
        self._checked = None
        self.restore_confirm.hide()
        path = self.restore_file.path()
        if path is None:
            self.restore_message.show_message(
                self.tr("Type or choose the archive (.zip) to restore."), Tone.ERROR
            )
            return None
        try:
            info = check_archive(path)
            profiles, _, answers = store_counts(self._store)
        except ArchiveError as error:
            self.restore_message.show_message(self._problem_text(error), Tone.ERROR)
            return None
        except StoreError as error:
            self.restore_message.show_message(store_message(error), Tone.ERROR)
            return None
        self._checked = info
        self.restore_message.show_message(
            self.tr(
                "The archive is good: made {when}, {profiles} profiles, {answers} answers."
            ).format(
                when=local_time(info.created_at), profiles=info.profiles, answers=info.answers
            ),
            Tone.OK,
        )
        self.restore_confirm.ask(
            self.tr(
                "Restoring replaces the {profiles} profiles and {answers} answers on this laptop "
                "with the archive's. A copy of them goes to the backups folder first."
            ).format(profiles=profiles, answers=answers),
            self.tr("Restore this archive"),
            self.tr("Cancel"),
        )
        return info

    def restore(self) -> None:
        path = self.restore_file.path()
        if self._checked is None or path is None:
            return
        try:
            summary = restore_archive(self._store, path)
        except ArchiveError as error:
            self.restore_message.show_message(self._problem_text(error), Tone.ERROR)
            return
        self._checked = None
        self.restore_message.show_message(
            self.tr("Restored: {profiles} profiles and {answers} answers are back.").format(
                profiles=summary.info.profiles, answers=summary.info.answers
            ),
            Tone.OK,
        )
        self.profiles_changed.emit()

    # -- language ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("End of camp"))
        self.subtitle.setText(
            self.tr("Carry the results home, then make the laptop ready for the next group.")
        )
        self.archive_heading.setText(self.tr("1. Save an archive"))
        self.archive_text.setText(
            self.tr(
                "One .zip file with everything: a copy of the scores database, every answer "
                "as a spreadsheet (CSV) and the group report. Save it to a USB stick."
            )
        )
        self.archive_button.setText(self.tr("Save the archive"))
        self.archive_button.setAccessibleName(self.tr("Save an archive of all results"))
        self.reset_heading.setText(self.tr("2. Reset for the next group"))
        self.reset_text.setText(
            self.tr(
                "Removes every profile and answer, after saving an archive of them if none "
                "was saved here since they were played. Question banks, packs, the PIN and "
                "the settings stay."
            )
        )
        self.reset_button.setText(self.tr("Reset this laptop…"))
        self.reset_button.setAccessibleName(self.tr("Remove every profile and answer"))
        self.restore_heading.setText(self.tr("Restore an archive"))
        self.restore_text.setText(
            self.tr(
                "Brings back the profiles and answers of an archive. It is checked in full "
                "first; if anything is wrong, nothing changes."
            )
        )
        self.restore_file.edit.setAccessibleName(self.tr("Archive file to restore"))
        self.restore_file.edit.setPlaceholderText(self.tr("quizapp-archive-….zip"))
        self.check_button.setText(self.tr("Check"))
        self.check_button.setAccessibleName(self.tr("Check the archive before restoring it"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
