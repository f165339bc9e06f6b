"""Packs: save topics to a .quizpack file, and (for the facilitator) add topics from one.

`PackPage(allow_import=False)` is what students reach from the home page:
export only. The facilitator area hosts `PackPage(allow_import=True)`, which
adds the import: choose a file, the pack is checked in full off the UI
thread (a progress bar shows the steps), the plan is shown in words before
anything is installed, an update is asked about first, a refused pack says
why inline, and after installing the library reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.formats import slugify
from quizapp.core.issues import QuizappError
from quizapp.core.library import Origin
from quizapp.core.packs import (
    PACK_SUFFIX,
    Action,
    ImportPlan,
    ImportResult,
    PackError,
    PackRefused,
    PackReport,
    apply_import,
    export_pack,
    plan_import,
)
from quizapp.ui.labels import make_label
from quizapp.ui.scroll_column import ScrollColumn
from quizapp.ui.sharing.style import apply_sharing_style
from quizapp.ui.sharing.widgets import (
    ConfirmBar,
    FileChooser,
    make_button,
    run_in_background,
    set_texts,
)
from quizapp.ui.theme import Theme

if TYPE_CHECKING:
    from quizapp.core.library import BankLibrary

BANK_ID_ROLE = Qt.ItemDataRole.UserRole
MAX_DETAILS = 20
STEPS = 3  # check, decide, install


KNOWN_LANGUAGES = {"en": "English", "ru": "Русский", "be": "Беларуская"}


def language_names(codes: tuple[str, ...] | list[str]) -> str:
    """Languages in their own names: English, Русский, Беларуская."""
    names = []
    for code in codes:
        name = KNOWN_LANGUAGES.get(code) or QLocale(code).nativeLanguageName()
        names.append(name[:1].upper() + name[1:] if name else code)
    return ", ".join(names)


class PackPage(QWidget):
    back_requested = Signal()
    exported = Signal(object)  # PackReport
    export_failed = Signal(str)
    planned = Signal(object)  # ImportPlan
    imported = Signal(object)  # ImportResult
    import_failed = Signal(str)

    def __init__(
        self,
        data_dir: Path,
        theme: Theme,
        library: Callable[[], BankLibrary],
        language: Callable[[], str],
        reload_library: Callable[[], object],
        *,
        allow_import: bool = False,
        author: Callable[[], str] | None = None,
        chooser: FileChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("packPage" if allow_import else "sharePage")
        self.setProperty("role", "page")
        self._data_dir = Path(data_dir)
        self._theme = theme
        self._library = library
        self._language = language
        self._reload_library = reload_library
        self._author = author or (lambda: "")
        self._chooser = chooser or FileChooser(self)
        self.allow_import = allow_import
        self._plan: ImportPlan | None = None
        self._busy = False

        self.back_button = make_button("packBackButton")
        self.back_button.clicked.connect(self.back_requested)
        top = QHBoxLayout()
        top.setContentsMargins(24, 14, 24, 0)
        top.addWidget(self.back_button)
        top.addStretch(1)

        self.scroll = ScrollColumn(theme)
        column = self.scroll.column_layout
        self.title = make_label(role="title", object_name="packTitle")
        self.subtitle = make_label(role="subtitle")

        # -- export
        self.export_card = QFrame()
        self.export_card.setObjectName("exportCard")
        self.export_card.setProperty("role", "card")
        self.export_heading = make_label(role="heading")
        self.export_hint = make_label(role="hint")
        self.bank_list = QListWidget()
        self.bank_list.setObjectName("exportBankList")
        self.bank_list.setProperty("role", "picker")
        self.bank_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.bank_list.setWordWrap(True)
        self.bank_list.itemChanged.connect(self._selection_changed)
        self.pack_title_label = make_label()
        self.pack_title = QLineEdit()
        self.pack_title.setObjectName("packTitleEdit")
        self.pack_title.setMaxLength(120)
        self.pack_title_label.setBuddy(self.pack_title)
        self.author_label = make_label()
        self.author_edit = QLineEdit()
        self.author_edit.setObjectName("packAuthorEdit")
        self.author_edit.setMaxLength(120)
        self.author_label.setBuddy(self.author_edit)
        self.export_button = make_button("exportPackButton", "primary")
        self.export_button.clicked.connect(self.choose_export_file)
        self.export_status = make_label(role="ok", object_name="exportStatus")
        self.export_error = make_label(role="error", object_name="exportError")
        self.export_status.hide()
        self.export_error.hide()
        export = QVBoxLayout(self.export_card)
        pad = theme.px(18)
        export.setContentsMargins(pad, pad, pad, pad)
        export.setSpacing(theme.px(8))
        export.addWidget(self.export_heading)
        export.addWidget(self.export_hint)
        export.addWidget(self.bank_list)
        export.addWidget(self.pack_title_label)
        export.addWidget(self.pack_title)
        export.addWidget(self.author_label)
        export.addWidget(self.author_edit)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        export.addLayout(export_row)
        export.addWidget(self.export_status)
        export.addWidget(self.export_error)

        # -- import
        self.import_card = QFrame()
        self.import_card.setObjectName("importCard")
        self.import_card.setProperty("role", "card")
        self.import_heading = make_label(role="heading")
        self.import_hint = make_label(role="hint")
        self.choose_button = make_button("choosePackButton", "primary")
        self.choose_button.clicked.connect(self.choose_import_file)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, STEPS)
        self.progress.setTextVisible(False)
        self.step = make_label(role="muted", object_name="importStep")
        self.plan_text = make_label(object_name="importPlan")
        self.plan_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm = ConfirmBar("importConfirm")
        self.confirm.confirmed.connect(self.install)
        self.confirm.cancelled.connect(self.cancel_import)
        self.import_error = make_label(role="error", object_name="importError")
        self.import_details = make_label(role="muted", object_name="importErrorDetails")
        self.import_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_result = make_label(role="ok", object_name="importResult")
        for widget in (
            self.progress,
            self.step,
            self.plan_text,
            self.import_error,
            self.import_details,
            self.import_result,
        ):
            widget.hide()
        imports = QVBoxLayout(self.import_card)
        imports.setContentsMargins(pad, pad, pad, pad)
        imports.setSpacing(theme.px(8))
        imports.addWidget(self.import_heading)
        imports.addWidget(self.import_hint)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_button)
        choose_row.addStretch(1)
        imports.addLayout(choose_row)
        imports.addWidget(self.step)
        imports.addWidget(self.progress)
        imports.addWidget(self.plan_text)
        imports.addWidget(self.confirm)
        imports.addWidget(self.import_error)
        imports.addWidget(self.import_details)
        imports.addWidget(self.import_result)
        self.import_card.setVisible(allow_import)

        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addWidget(self.import_card)
        column.addWidget(self.export_card)
        column.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        QWidget.setTabOrder(self.back_button, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.bank_list)
        QWidget.setTabOrder(self.bank_list, self.pack_title)
        QWidget.setTabOrder(self.pack_title, self.author_edit)
        QWidget.setTabOrder(self.author_edit, self.export_button)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.retranslate()
        self.refresh()

    # -- export ----------------------------------------------------------------------

    def refresh(self, selected: list[str] | None = None) -> None:
        """List the topics this laptop has; `selected` ticks those ids."""
        keep = set(selected if selected is not None else self.selected_bank_ids())
        library = self._library()
        self.bank_list.blockSignals(True)
        self.bank_list.clear()
        for bank in library.banks_for(self._language()):
            own = library.origin(bank.id) is Origin.USER
            where = self.tr("yours") if own else self.tr("comes with the app")
            count = len(bank.questions)
            item = QListWidgetItem(
                self.tr("{title} — {count} questions, {where}").format(
                    title=bank.title, count=count, where=where
                )
            )
            item.setData(BANK_ID_ROLE, bank.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if bank.id in keep else Qt.CheckState.Unchecked
            )
            self.bank_list.addItem(item)
        self.bank_list.blockSignals(False)
        self._fit_list()
        if not self.author_edit.text():
            self.author_edit.setText(self._author())
        self._selection_changed()

    def _fit_list(self) -> None:
        rows = min(max(1, self.bank_list.count()), 7)
        line = self.bank_list.fontMetrics().lineSpacing() + self._theme.px(16)
        self.bank_list.setFixedHeight(rows * line + self._theme.px(14))

    def select_banks(self, bank_ids: list[str]) -> None:
        for row in range(self.bank_list.count()):
            item = self.bank_list.item(row)
            checked = item.data(BANK_ID_ROLE) in bank_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def selected_bank_ids(self) -> list[str]:
        return [
            str(self.bank_list.item(row).data(BANK_ID_ROLE))
            for row in range(self.bank_list.count())
            if self.bank_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _selection_changed(self, *_args: object) -> None:
        self.export_button.setEnabled(bool(self.selected_bank_ids()) and not self._busy)
        self.export_status.hide()

    def _default_name(self) -> str:
        ids = self.selected_bank_ids()
        stem = slugify(self.pack_title.text(), "") or (ids[0] if len(ids) == 1 else "topics")
        return f"{stem}{PACK_SUFFIX}"

    def choose_export_file(self) -> None:
        if not self.selected_bank_ids():
            self._export_problem(self.tr("Tick at least one topic first."))
            return
        path = self._chooser.save_file(
            self,
            self.tr("Save the pack"),
            self._default_name(),
            self.tr("Quiz packs (*.quizpack)"),
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path | str) -> None:
        """Write the ticked topics (every language, with their pictures) to `path`."""
        path = Path(path)
        if path.suffix.lower() != PACK_SUFFIX:
            path = path.with_name(path.name + PACK_SUFFIX)
        ids = self.selected_bank_ids()
        if not ids:
            self._export_problem(self.tr("Tick at least one topic first."))
            return
        library = self._library()
        files: list[Path] = []
        for bank_id in ids:
            for language in library.languages(bank_id):
                bank = library.get(bank_id, language)
                if bank is not None and bank.path is not None:
                    files.append(bank.path)
        title = " ".join(self.pack_title.text().split()) or None
        author = " ".join(self.author_edit.text().split())
        self._set_busy(True)
        self.export_error.hide()
        self.export_status.setText(self.tr("Saving the pack…"))
        self.export_status.show()
        run_in_background(
            self,
            lambda: export_pack(files, path, self._data_dir, title=title, author=author),
            self._exported,
            self._export_failed,
        )

    def _exported(self, report: object) -> None:
        self._set_busy(False)
        assert isinstance(report, PackReport)
        topics = len({b[0] for b in report.banks})
        text = (
            self.tr("Saved {count} topics to {file}.").format(count=topics, file=report.path)
            if topics != 1
            else self.tr("Saved 1 topic to {file}.").format(file=report.path)
        )
        if report.images:
            text += " " + self.tr("Pictures included: {count}.").format(count=len(report.images))
        text += " " + self.tr("Copy it to a USB stick; a facilitator can add it on another laptop.")
        self.export_status.setText(text)
        self.export_status.setAccessibleName(text)
        self.export_status.show()
        self.exported.emit(report)

    def _export_failed(self, error: object) -> None:
        self._set_busy(False)
        self.export_status.hide()
        if isinstance(error, QuizappError):
            text = self.tr("The pack was not saved: {reason}").format(reason=error)
        elif isinstance(error, OSError):
            text = self.tr("The pack was not saved: {reason}").format(
                reason=error.strerror or error
            )
        else:
            text = self.tr("The pack was not saved because of an unexpected problem.")
        self._export_problem(text)
        self.export_failed.emit(text)

    def _export_problem(self, text: str) -> None:
        self.export_error.setText(text)
        self.export_error.setAccessibleName(text)
        self.export_error.show()

    # -- import ---------------------------------------------------------------------------

    @property
    def plan(self) -> ImportPlan | None:
        return self._plan

    def choose_import_file(self) -> None:
        path = self._chooser.open_file(
            self, self.tr("Choose a pack"), self.tr("Quiz packs (*.quizpack);;All files (*)")
        )
        if path is not None:
            self.check_pack(path)

    def check_pack(self, path: Path | str) -> None:
        """Check the whole pack (off the UI thread), then show what installing it would do."""
        if not self.allow_import:
            return
        self._reset_import()
        self._set_busy(True)
        self._show_step(1, self.tr("Step 1 of 3: checking every file in the pack…"), busy=True)
        data_dir = self._data_dir
        run_in_background(
            self, lambda: plan_import(Path(path), data_dir), self._planned, self._import_failed
        )

    def _planned(self, plan: object) -> None:
        self._set_busy(False)
        assert isinstance(plan, ImportPlan)
        self._plan = plan
        self.plan_text.setText("\n".join(self.describe_plan(plan)))
        self.plan_text.show()
        if not plan.banks:
            self._show_step(STEPS, self.tr("Nothing to install: these topics are already here."))
            self.planned.emit(plan)
            return
        self._show_step(2, self.tr("Step 2 of 3: read what the pack will do, then decide."))
        if plan.needs_confirmation:
            self.confirm.ask(
                self.tr(
                    "This pack updates topics this laptop already has (see above). Students' "
                    "answers and scores stay. Update them?"
                ),
                self.tr("Yes, update"),
                self.tr("Cancel"),
            )
        else:
            self.confirm.ask(
                self.tr("Install these topics?"), self.tr("Install"), self.tr("Cancel")
            )
        self.planned.emit(plan)

    def describe_plan(self, plan: ImportPlan) -> list[str]:
        manifest = plan.manifest
        head = (
            self.tr("Pack “{title}” by {author}, made {date}:")
            if manifest.author
            else self.tr("Pack “{title}”, made {date}:")
        ).format(title=manifest.title, author=manifest.author, date=manifest.created[:10])
        lines = [head]
        for bank in plan.banks:
            languages = language_names(list(bank.languages))
            if bank.action is Action.UPDATE:
                line = self.tr(
                    "• Update “{title}” from version {old} to {new} ({languages}, "
                    "{count} questions)."
                ).format(
                    title=bank.title,
                    old=bank.installed_version,
                    new=bank.version,
                    languages=languages,
                    count=bank.questions,
                )
                if bank.renamed:
                    line += " " + self.tr(
                        "It is the copy kept apart here as ‘{id}’, beside a different topic "
                        "that uses the id ‘{original}’."
                    ).format(id=bank.id, original=bank.original_id)
            elif bank.action is Action.INSTALL_APART:
                line = self.tr(
                    "• Install “{title}” as ‘{id}’, version {version} ({languages}, {count} "
                    "questions). A different topic here already uses the id ‘{original}’; "
                    "both are kept, nothing is replaced."
                ).format(
                    title=bank.title,
                    id=bank.id,
                    original=bank.original_id,
                    version=bank.version,
                    languages=languages,
                    count=bank.questions,
                )
            else:
                line = self.tr(
                    "• Install “{title}”, version {version} ({languages}, {count} questions)."
                ).format(
                    title=bank.title,
                    version=bank.version,
                    languages=languages,
                    count=bank.questions,
                )
                if bank.bundled_version is not None:
                    line += " " + self.tr(
                        "It goes beside the app's own version {version} as a newer copy."
                    ).format(version=bank.bundled_version)
            if bank.kept_languages:
                line += " " + self.tr("Keeps the {languages} already here.").format(
                    languages=language_names(list(bank.kept_languages))
                )
            if bank.dropped_languages:
                line += " " + self.tr(
                    "Removes the {languages} here, which no longer matches."
                ).format(languages=language_names(list(bank.dropped_languages)))
            lines.append(line)
        lines.extend(self.tr("Note: {note}").format(note=note) for note in plan.notes)
        return lines

    def install(self) -> None:
        plan = self._plan
        if plan is None or self._busy:
            return
        self.confirm.hide()
        self._set_busy(True)
        self._show_step(3, self.tr("Step 3 of 3: installing…"), busy=True)
        run_in_background(self, lambda: apply_import(plan), self._installed, self._import_failed)

    def _installed(self, result: object) -> None:
        self._set_busy(False)
        assert isinstance(result, ImportResult)
        self._plan = None
        self._show_step(STEPS, self.tr("Done."))
        lines = []
        for bank in result.plan.banks:
            if bank.action is Action.UPDATE:
                lines.append(
                    self.tr("Updated “{title}” to version {version}.").format(
                        title=bank.title, version=bank.version
                    )
                )
            elif bank.action is Action.INSTALL_APART:
                lines.append(
                    self.tr("Installed “{title}” as ‘{id}’, beside the topic already here.").format(
                        title=bank.title, id=bank.id
                    )
                )
            else:
                lines.append(self.tr("Installed “{title}”.").format(title=bank.title))
        lines.append(self.tr("The topics are on the home page now."))
        text = "\n".join(lines)
        self.import_result.setText(text)
        self.import_result.setAccessibleName(text)
        self.import_result.show()
        self._reload_library()
        self.refresh()
        self.imported.emit(result)

    def _import_failed(self, error: object) -> None:
        self._set_busy(False)
        self._plan = None
        self.confirm.hide()
        self.progress.hide()
        self.step.hide()
        if isinstance(error, PackRefused):
            text = self.tr("This pack was not installed: {reason}").format(reason=error)
            details = error.details
        elif isinstance(error, PackError):
            text = self.tr("This pack cannot be used, so nothing was installed: {reason}").format(
                reason=error
            )
            details = error.details
        elif isinstance(error, QuizappError):
            text = self.tr("This pack cannot be used: {reason}").format(reason=error)
            details = []
        elif isinstance(error, OSError):
            text = self.tr("The pack could not be read or installed: {reason}").format(
                reason=error.strerror or error
            )
            details = []
        else:
            text = self.tr("The pack could not be installed because of an unexpected problem.")
            details = []
        self.import_error.setText(text)
        self.import_error.setAccessibleName(text)
        self.import_error.show()
        shown = [d for d in details if d not in str(error)][:MAX_DETAILS]
        if len(details) > MAX_DETAILS:
            shown.append(self.tr("… and {count} more").format(count=len(details) - MAX_DETAILS))
        self.import_details.setText("\n".join(shown))
        self.import_details.setVisible(bool(shown))
        self.import_failed.emit(text)

    def cancel_import(self) -> None:
        self._plan = None
        self._reset_import()
        self.step.setText(self.tr("Cancelled: nothing was installed."))
        self.step.show()
        self.choose_button.setFocus()

    def _reset_import(self) -> None:
        self._plan = None
        self.confirm.hide()
        for widget in (
            self.progress,
            self.step,
            self.plan_text,
            self.import_error,
            self.import_details,
            self.import_result,
        ):
            widget.hide()

    def _show_step(self, value: int, text: str, busy: bool = False) -> None:
        self.progress.setRange(0, 0 if busy else STEPS)
        if not busy:
            self.progress.setValue(value)
        self.progress.setAccessibleName(text)
        self.progress.show()
        self.step.setText(text)
        self.step.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.choose_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy and bool(self.selected_bank_ids()))

    @property
    def busy(self) -> bool:
        return self._busy

    # -- look and words -------------------------------------------------------------------

    def _apply_theme(self) -> None:
        apply_sharing_style(self, self._theme)
        self._fit_list()

    def retranslate(self) -> None:
        set_texts(self.back_button, self.tr("Back"))
        if self.allow_import:
            self.title.setText(self.tr("Packs: share topics between laptops"))
            self.subtitle.setText(
                self.tr("Add topics from a pack file, or save topics to one for another laptop.")
            )
        else:
            self.title.setText(self.tr("Share topics"))
            self.subtitle.setText(
                self.tr(
                    "Learn, act, share: save topics to a pack file and pass what you know on "
                    "to your friends."
                )
            )
        self.export_heading.setText(self.tr("Save topics to a pack file"))
        self.export_hint.setText(
            self.tr(
                "Tick the topics to share. The pack holds every language of them and their "
                "pictures; a facilitator adds it on another laptop."
            )
        )
        self.bank_list.setAccessibleName(self.tr("Topics to put in the pack; tick with Space"))
        self.pack_title_label.setText(self.tr("Name of the pack (optional)"))
        self.pack_title.setAccessibleName(self.tr("Name of the pack (optional)"))
        self.author_label.setText(self.tr("Made by (optional; others will see it)"))
        self.author_edit.setAccessibleName(self.tr("Made by (optional; others will see it)"))
        set_texts(self.export_button, self.tr("Save pack…"), self.tr("Save the pack to a file"))
        self.import_heading.setText(self.tr("Add topics from a pack"))
        self.import_hint.setText(
            self.tr(
                "Every file of the pack is checked first. You see what it will install or "
                "update before anything changes; an unsafe or broken pack installs nothing."
            )
        )
        set_texts(self.choose_button, self.tr("Choose a pack file…"), self.tr("Choose a pack file"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.bank_list.count():
                self.refresh()  # the topics' lines, in the new language (ticks are kept)
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        (self.choose_button if self.allow_import else self.bank_list).setFocus()
