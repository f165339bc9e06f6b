"""Small pieces the sharing pages share: buttons, an inline question, work off the UI thread."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.labels import make_label


def make_button(object_name: str, kind: str | None = None) -> QPushButton:
    """A push button that Enter and Space press when it has the focus."""
    button = QPushButton()
    button.setObjectName(object_name)
    if kind:
        button.setProperty("kind", kind)
    button.setAutoDefault(True)
    return button


def set_texts(widget: QWidget, text: str, accessible: str | None = None) -> None:
    """The visible text and the screen reader's name (the text itself unless told)."""
    widget.setText(text)  # type: ignore[attr-defined]
    widget.setAccessibleName(accessible or text.replace("…", ""))


class ConfirmBar(QFrame):
    """An inline question with two answers; no modal dialog interrupts the flow."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("role", "notice")
        self.message = make_label(object_name=f"{object_name}Message")
        self.confirm_button = make_button(f"{object_name}Yes", "primary")
        self.cancel_button = make_button(f"{object_name}No")
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.hide()

    def ask(self, message: str, yes: str, no: str) -> None:
        self.message.setText(message)
        self.setAccessibleName(message)
        set_texts(self.confirm_button, yes)
        set_texts(self.cancel_button, no)
        self.show()
        self.confirm_button.setFocus()

    def _confirm(self) -> None:
        self.hide()
        self.confirmed.emit()

    def _cancel(self) -> None:
        self.hide()
        self.cancelled.emit()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


def run_in_background(
    owner: QObject,
    work: Callable[[], object],
    on_done: Callable[[object], None],
    on_failed: Callable[[BaseException], None],
) -> None:
    """Run `work` on a worker thread; its result or error comes back on the UI thread.

    For core work only (files, packs): nothing here touches a widget or the store.
    """
    relay = _Relay(owner)
    queued = Qt.ConnectionType.QueuedConnection
    relay.done.connect(on_done, queued)
    relay.failed.connect(on_failed, queued)
    relay.done.connect(relay.deleteLater, queued)
    relay.failed.connect(relay.deleteLater, queued)

    def job() -> None:
        try:
            result = work()
        except Exception as error:  # shown to the user in words by on_failed
            outcome, value = relay.failed, error
        else:
            outcome, value = relay.done, result
        with contextlib.suppress(RuntimeError):  # the page was closed meanwhile
            outcome.emit(value)

    threading.Thread(target=job, name="quizapp-sharing", daemon=True).start()


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


class FileChooser(QObject):
    """Where file dialogs start, remembered between them; tests bypass it with a path."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None

    def _start(self, name: str = "") -> str:
        folder = self.folder or documents_folder()
        return str(folder / name) if name else str(folder)

    def open_file(self, parent: QWidget, caption: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, caption, self._start(), filters)
        return self._remember(path)

    def save_file(self, parent: QWidget, caption: str, name: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, caption, self._start(name), filters)
        return self._remember(path)

    def _remember(self, path: str) -> Path | None:
        if not path:
            return None
        chosen = Path(path)
        self.folder = chosen.parent
        return chosen


class RetranslatingWidget(QWidget):
    """A widget that calls `retranslate` when the interface language changes."""

    def retranslate(self) -> None:  # pragma: no cover - each page has its own
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
