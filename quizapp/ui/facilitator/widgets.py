"""Small pieces the facilitator pages share: inline messages and confirmations, the folder
that files are saved in, and the extra styles for widgets the app's stylesheet leaves out.
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.store import Store, StoreError
from quizapp.ui.labels import make_label, set_state
from quizapp.ui.theme import Theme

EXPORT_FOLDER_KEY = "facilitator.export_folder"


class Tone(enum.Enum):
    INFO = "info"
    OK = "ok"
    ERROR = "error"


def facilitator_stylesheet(theme: Theme) -> str:
    """Styles for tables, check boxes, spin and date boxes and inline messages, from the theme."""
    c = theme.colors
    px = theme.px
    return f"""
QTableView {{
    background: {c["surface"]};
    alternate-background-color: {c["surface_alt"]};
    color: {c["text"]};
    gridline-color: {c["border"]};
    border: 2px solid {c["border_strong"]};
    border-radius: {px("radius_small")}px;
    selection-background-color: {c["selection"]};
    selection-color: {c["text"]};
}}
QTableView:focus {{ border-color: {c["focus"]}; }}
QTableView::item {{ padding: {px("pad_small")}px; }}
QHeaderView::section {{
    background: {c["surface_alt"]};
    color: {c["text"]};
    font-weight: 700;
    padding: {px("pad_small")}px;
    border: none;
    border-bottom: 2px solid {c["border_strong"]};
    border-right: 1px solid {c["border"]};
}}
QListWidget[role="adminList"] {{
    background: {c["surface"]};
    border: 2px solid {c["border_strong"]};
    border-radius: {px("radius_small")}px;
}}
QListWidget[role="adminList"]:focus {{ border-color: {c["focus"]}; }}
QListWidget[role="adminList"]::item {{
    padding: {px("pad_small")}px;
    color: {c["text"]};
}}
QListWidget[role="adminList"]::indicator {{
    width: {px(20)}px;
    height: {px(20)}px;
}}
QListWidget[role="adminList"]::item:selected {{
    background: {c["selection"]};
    color: {c["text"]};
}}
QCheckBox, QRadioButton {{
    spacing: {px(10)}px;
    min-height: {px("control_small")}px;
}}
QCheckBox:focus, QRadioButton:focus {{
    color: {c["text"]};
    border: 2px solid {c["focus"]};
    border-radius: {px("radius_small")}px;
}}
QCheckBox::indicator, QRadioButton::indicator {{
    width: {px(20)}px;
    height: {px(20)}px;
}}
QDateEdit::drop-down {{
    border: none;
    width: {px("control_small")}px;
}}
QSpinBox, QDateEdit {{
    background: {c["surface"]};
    color: {c["text"]};
    border: 3px solid {c["border_strong"]};
    border-radius: {px("radius")}px;
    padding: {px("pad_small")}px {px("pad")}px;
    min-height: {px("control_inner")}px;
}}
QSpinBox:focus, QDateEdit:focus {{ border-color: {c["focus"]}; }}
QSpinBox:disabled, QDateEdit:disabled {{
    background: {c["disabled_bg"]};
    color: {c["muted"]};
    border-color: {c["border"]};
}}
QLabel[role="message"] {{
    border-radius: {px("radius_small")}px;
    padding: {px("pad_small")}px {px("pad")}px;
    font-weight: 700;
}}
QLabel[role="message"][state="info"] {{
    background: {c["notice_bg"]};
    border: 2px solid {c["notice_border"]};
    color: {c["text"]};
}}
QLabel[role="message"][state="ok"] {{
    background: {c["right_bg"]};
    border: 2px solid {c["right"]};
    color: {c["text"]};
}}
QLabel[role="message"][state="error"] {{
    background: {c["wrong_bg"]};
    border: 2px solid {c["wrong"]};
    color: {c["wrong"]};
}}
QFrame[role="confirm"] {{
    background: {c["wrong_bg"]};
    border: 2px solid {c["wrong"]};
    border-radius: {px("radius")}px;
}}
QFrame[role="section"] {{
    background: {c["surface"]};
    border: 2px solid {c["border"]};
    border-radius: {px("radius_large")}px;
}}
QPushButton[kind="danger"] {{
    background: {c["wrong"]};
    color: {c["primary_text"] if theme.high_contrast else "#FFFFFF"};
    border-color: {c["wrong"]};
}}
QPushButton[kind="danger"]:focus {{ border-color: {c["focus"]}; }}
QPushButton[role="nav"] {{
    text-align: left;
    padding: 2px {px("pad")}px;
    min-height: {px("control_small")}px;
}}
QPushButton[role="nav"]:checked {{
    background: {c["selection"]};
    border-color: {c["primary"]};
}}
QPushButton[role="nav"]:focus {{ border-color: {c["focus"]}; }}
QLabel[role="bigNumber"] {{
    font-size: {px("huge")}px;
    font-weight: 800;
    color: {c["primary"]};
}}
"""


class MessageLabel(QLabel):
    """An inline message (never a dialog); its accessible name follows its text."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("role", "message")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._words: Callable[[], str] | None = None
        self.hide()

    def show_message(self, text: str | Callable[[], str], tone: Tone = Tone.INFO) -> None:
        """`text` may be a callable (a lambda around tr()): then it is said again on a switch."""
        self._words = text if callable(text) else None
        set_state(self, tone.value)
        text = text() if callable(text) else text
        self.setText(text)
        self.setAccessibleName(text)
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._words is not None and self.text():
            self.setText(self._words())
            self.setAccessibleName(self.text())
        super().changeEvent(event)

    def clear_message(self) -> None:
        self._words = None
        self.clear()
        self.setAccessibleName("")
        self.hide()

    @property
    def tone(self) -> str:
        return str(self.property("state") or "")


class InlineConfirm(QFrame):
    """“Are you sure?” inside the page: the question, a button that does it, one that does not."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("role", "confirm")
        self.text = make_label(object_name=f"{object_name}Text")
        self.yes_button = QPushButton()
        self.yes_button.setObjectName(f"{object_name}YesButton")
        self.yes_button.setProperty("kind", "danger")
        self.yes_button.setAutoDefault(True)
        self.yes_button.clicked.connect(self._yes)
        self.no_button = QPushButton()
        self.no_button.setObjectName(f"{object_name}NoButton")
        self.no_button.setAutoDefault(True)
        self.no_button.clicked.connect(self._no)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.text)
        layout.addWidget(flow_of([self.yes_button, self.no_button], spacing=10))
        self.hide()

    def ask(self, question: str, yes: str, no: str) -> None:
        self.text.setText(question)
        self.setAccessibleName(question)
        self.yes_button.setText(yes)
        self.yes_button.setAccessibleName(yes)
        self.no_button.setText(no)
        self.no_button.setAccessibleName(no)
        self.show()
        self.no_button.setFocus()  # the safe answer is where Enter lands

    def _yes(self) -> None:
        self.hide()
        self.confirmed.emit()

    def _no(self) -> None:
        self.hide()
        self.cancelled.emit()


def labelled(label: QWidget, widget: QWidget, parent: QWidget | None = None) -> QWidget:
    """A label and its field kept together on one line (in a flow that wraps between pairs)."""
    pair = QWidget(parent)
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(8)
    row.addWidget(label)
    row.addWidget(widget)
    return pair


def flow_of(widgets: list[QWidget], spacing: int = 12) -> QWidget:
    """Widgets side by side, wrapping to the next line where the page is too narrow."""
    from quizapp.ui.questions.flow_layout import flow_of as flow

    return flow(widgets, spacing)


def fill_height(area: QWidget) -> None:
    """A scrolling part that takes the height it is given and asks for none.

    Its content's full height would otherwise pass up through height-for-width
    to the page holder, which would then scroll the whole page (header and
    buttons too) instead of only this part.
    """
    area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)


class PageSwitcher(QWidget):
    """Shows one of its pages; unlike QStackedWidget, sized by the page it shows.

    A QStackedWidget asks for the height of its tallest page (height for
    width included), so one tall page would make every page scroll.
    Hidden pages take no part in a layout, so here only the shown one counts.
    """

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> int:
        self._pages.append(page)
        self.layout().addWidget(page, 1)
        if self._current is None:
            self._current = page
            page.show()  # a widget put into a shown parent would only show later
        else:
            page.hide()
        return len(self._pages) - 1

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def currentWidget(self) -> QWidget | None:
        return self._current

    def currentIndex(self) -> int:
        return self._pages.index(self._current) if self._current in self._pages else -1

    def setCurrentIndex(self, index: int) -> None:
        page = self.widget(index)
        if page is not None:
            self.setCurrentWidget(page)

    def setCurrentWidget(self, page: QWidget) -> None:
        if page is self._current or page not in self._pages:
            return
        previous = self._current
        self._current = page
        page.show()
        if previous is not None:
            previous.hide()
        self.currentChanged.emit(self._pages.index(page))


def default_export_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder if folder.is_dir() else Path.home()


class FolderField(QWidget):
    """Where files are saved: a folder typed or chosen, remembered for the next time."""

    def __init__(self, store: Store, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.label = make_label(role="muted", wrap=False)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"{object_name}Edit")
        self.choose_button = QPushButton()
        self.choose_button.setObjectName(f"{object_name}ChooseButton")
        self.choose_button.setAutoDefault(True)
        self.choose_button.clicked.connect(self._choose)
        self.label.setBuddy(self.edit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose_button)
        self.retranslate()
        self.load()

    def load(self) -> None:
        saved = None
        with contextlib.suppress(StoreError):
            saved = self._store.get_setting(EXPORT_FOLDER_KEY)
        self.edit.setText(saved or str(default_export_folder()))

    def folder(self) -> Path:
        return Path(self.edit.text().strip() or ".").expanduser()

    def remember(self) -> None:
        with contextlib.suppress(StoreError):
            self._store.set_setting(EXPORT_FOLDER_KEY, str(self.folder()))

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Save files in"), str(self.folder())
        )
        if chosen:
            self.edit.setText(chosen)
            self.remember()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Save files in"))
        self.edit.setAccessibleName(self.tr("Folder that files are saved in"))
        self.choose_button.setText(self.tr("Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the folder that files are saved in"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FileField(QWidget):
    """A file to read (an archive, a pack): typed or chosen."""

    def __init__(
        self, object_name: str, name_filter: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._filter = name_filter
        self.edit = QLineEdit()
        self.edit.setObjectName(f"{object_name}Edit")
        self.choose_button = QPushButton()
        self.choose_button.setObjectName(f"{object_name}ChooseButton")
        self.choose_button.setAutoDefault(True)
        self.choose_button.clicked.connect(self._choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose_button)
        self.retranslate()

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def _choose(self) -> None:
        start = str(self.path() or default_export_folder())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), start, self._filter)
        if chosen:
            self.edit.setText(chosen)

    def retranslate(self) -> None:
        self.choose_button.setText(self.tr("Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the file"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def unique_path(folder: Path, name: str) -> Path:
    """`folder/name`, or `name (2)`... when it exists, so an export never overwrites one."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while target.exists():
        target = folder / f"{stem} ({number}){suffix}"
        number += 1
    return target
