"""The one wiring point: data folder, store, bank library, help, theme and window.

Startup speed matters (a window within a small margin of a bare PySide6
window), so only the profiles page is built before the window shows; the
bank library (YAML, validation, the cache) loads just after, or the moment a
page first needs it.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication

from quizapp.core.paths import DataFolder, bundled_assets_dir, bundled_questions_dir
from quizapp.core.store import Store, StoreError
from quizapp.ui.none_guard import keep_none_alive

if TYPE_CHECKING:
    from quizapp.core.help import HelpResult
    from quizapp.core.library import BankLibrary
    from quizapp.ui.main_window import MainWindow

LANGUAGES = ("en", "ru", "be")
IMAGE_MEMORY_LIMIT_MB = 64


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("quizapp")
        app.setOrganizationName("quizapp")
    QImageReader.setAllocationLimit(IMAGE_MEMORY_LIMIT_MB)
    keep_none_alive()  # PySide6 6.12.0 on Python < 3.12 would abort the app: see none_guard
    return app  # type: ignore[return-value]


def choose_language(lang: str | None, remembered: str | None) -> str:
    """--lang, else the remembered choice, else the system's locale, else English."""
    for candidate in (lang, remembered, QLocale.system().name().split("_")[0]):
        if candidate and candidate.lower() in LANGUAGES:
            return candidate.lower()
    return "en"


def _library_loader(folder: DataFolder, banks_dirs: Sequence[Path]):
    recovered = []

    def load() -> BankLibrary:
        from quizapp.core.cache import BankCache
        from quizapp.core.library import BankLibrary

        if not recovered:  # once per start, before the banks are read: see _recover_packs
            recovered.append(_recover_packs(folder))
        user = [folder.banks, *(Path(p) for p in banks_dirs)]
        return BankLibrary([bundled_questions_dir()], user, BankCache(folder.cache)).load()

    return load


def _recover_packs(folder: DataFolder) -> list[str]:
    """Finish or undo a pack import that a crash or a pulled plug cut short."""
    from quizapp.core.issues import QuizappError
    from quizapp.core.packs import recover

    try:
        return recover(folder.root)
    except (OSError, QuizappError):  # the next import (or start) tries again
        return []


def _help_loader(folder: DataFolder):
    def load(language: str) -> HelpResult:
        from quizapp.core.help import load_help

        return load_help(folder.help, bundled_assets_dir() / "help", language)

    return load


def create_window(
    data_dir: Path | str,
    banks_dirs: Sequence[Path | str] | None = None,
    lang: str | None = None,
) -> MainWindow:
    """Everything `quizapp` builds, returned unshown and without an event loop.

    Raises StoreError (a clear message) when the data folder cannot be used.
    """
    from quizapp.ui.main_window import MainWindow
    from quizapp.ui.theme import Theme

    application()
    folder = DataFolder(Path(data_dir))
    store = Store.open(folder)
    try:
        language = choose_language(lang, store.get_setting("language"))
        try:
            scale = float(store.get_setting("text_scale", "1") or 1)
        except ValueError:
            scale = 1.0
        high_contrast = store.get_setting("high_contrast", "0") == "1"
        assets = bundled_assets_dir()
        theme = Theme(
            assets / "style", assets / "icons", scale, high_contrast, icon_cache=folder.icons
        )
        window = MainWindow(
            store,
            theme,
            _library_loader(folder, [Path(p) for p in banks_dirs or ()]),
            _help_loader(folder),
            language,
            startup_notes=store.startup_notes,
            language_forced=bool(lang) and lang.lower() in LANGUAGES,  # --lang: for this run
        )
    except BaseException:
        store.close()
        raise
    theme.setParent(window)
    window.closed.connect(store.close)
    return window


def _report_errors_to(window: MainWindow, log: Path) -> None:
    """A bug in a slot goes to a log file and an inline notice, never a traceback on screen."""

    def hook(kind, error, trace) -> None:
        try:
            log.parent.mkdir(parents=True, exist_ok=True)
            with log.open("a", encoding="utf-8") as out:
                out.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
                import traceback  # only when something has gone wrong

                out.write("".join(traceback.format_exception(kind, error, trace)))
        except OSError:
            pass
        print(f"quizapp: an unexpected error was written to {log}", file=sys.stderr)
        window.store_notice.show_notice(
            QApplication.translate(
                "App",
                "Something went wrong, but your answers are saved. "
                "Please tell your facilitator; the details are in {log}.",
            ).format(log=log)
        )

    sys.excepthook = hook


def run(data_dir: Path | str, lang: str | None = None, fullscreen: bool = False) -> int:
    """Open the app and run it until the window closes; the exit code for the CLI."""
    app = application()
    try:
        window = create_window(data_dir, lang=lang)
    except StoreError as error:
        print(f"quizapp: {error}", file=sys.stderr)
        if QApplication.platformName() not in ("offscreen", "minimal"):
            from PySide6.QtWidgets import QMessageBox

            from quizapp.ui.i18n import install_language, store_message

            install_language(choose_language(lang, None))  # the store, and its choice, are shut
            QMessageBox.critical(
                None,
                "quizapp",
                QApplication.translate("App", "The data folder cannot be used:\n{error}").format(
                    error=store_message(error)
                ),
            )
        return 1
    _report_errors_to(window, DataFolder(Path(data_dir)).root / "errors.log")
    if fullscreen:
        window.showFullScreen()
    else:
        window.show()
    QTimer.singleShot(0, collect_garbage_from_now_on)
    return app.exec()


def collect_garbage_from_now_on() -> None:
    """The window is up: the garbage collector, paused for the start (see cli), goes on.

    What start-up made (~30,000 objects: modules, classes, widgets) lives as long as
    the app, so it is frozen: later collections, during a quiz, leave it alone. The
    few hundred objects start-up left in cycles (359 at the last count) stay; a full
    collection to free them would cost ~5 ms.
    """
    gc.freeze()
    gc.enable()
