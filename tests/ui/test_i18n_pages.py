"""Every text on every page changes with the language, and comes back when it is switched back.

The walk goes through each page a student or a facilitator can reach, in
each state that shows other texts (an error, a card, a checked answer),
collects what a person sees or hears (labels, buttons, placeholders,
drop-down entries, table headers, list entries, tooltips, screen-reader
names), switches to Russian and to Belarusian with the language selector,
and fails on any English text that is still there. Pages added later are
walked too: every page the main window knows is shown.

Not translated, on purpose: bank and help-file content (the bank may exist
in English only: its card says so), names people typed, numbers, and the
short list below.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)

from quizapp.ui.bank_text import marks_to_html, strip_marks
from quizapp.ui.i18n import install_language

ROOT = Path(__file__).resolve().parents[2]
# proper names and symbols that read the same in every language
SAME_IN_EVERY_LANGUAGE = (
    *("English", "Русский", "Беларуская"),  # each language by its own name
    *("A−", "A+"),  # the text size buttons
    *("Take It Down", "GIFT (Moodle)", "Aiken"),  # a service's and file formats' names
    "quizapp-archive-….zip",  # the archive's file name, as the app writes it
)
WORD = re.compile(r"[^\W\d_]{2,}")
DRIVEN = {"profiles", "home", "quiz", "results", "help"}
NAMES = ("Alina", "Maksim")
PIN = "camp-2025"


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    install_language("en")


# -- what a person sees and hears -----------------------------------------------


def _plain(label: QLabel) -> str:
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


def _view_texts(view: QAbstractItemView) -> Iterable[str]:
    model = view.model()
    if model is None:
        return
    top = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    for section in range(columns if columns > 1 else 0):
        header = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(header, str):
            yield header
    for row in range(min(model.rowCount(top), 60)):
        for column in range(columns):
            # itemData: only the roles that are set (asking for others returns None)
            for value in model.itemData(model.index(row, column, top)).values():
                if isinstance(value, str):
                    yield value


def texts_of(widget: QWidget) -> Iterable[str]:
    if isinstance(widget, QLabel):
        yield _plain(widget)
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView):
        yield from _view_texts(widget)
    yield widget.accessibleName()
    yield widget.toolTip()


def snapshot(window: QWidget) -> set[str]:
    found = {window.windowTitle()}
    for widget in window.findChildren(QWidget):
        if widget.isVisible():
            found.update(t.strip() for t in texts_of(widget))
    found.discard("")
    return found


# -- what is not translated --------------------------------------------------------


def _strings(value, out: set[str]) -> None:
    if isinstance(value, str):
        out.update({value, strip_marks(value), marks_to_html(value)})
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            _strings(getattr(value, item.name), out)
    elif isinstance(value, dict):
        for key, item in value.items():
            _strings(key, out)
            _strings(item, out)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _strings(item, out)


def content_strings(window) -> list[str]:
    found: set[str] = set(SAME_IN_EVERY_LANGUAGE) | set(NAMES)
    for language in QLocale.Language:  # a language listed by its own name, like "English"
        name = QLocale(language).nativeLanguageName()
        found.update({name, name[:1].upper() + name[1:]})
    for entry in window.library().entries():
        _strings(entry.bank, found)
    for path in (ROOT / "assets" / "help").glob("*.yaml"):
        _strings(yaml.safe_load(path.read_text(encoding="utf-8")), found)
    found = {s.strip() for s in found if s.strip()}
    return sorted(found, key=len, reverse=True)


def has_words(text: str, content: list[str]) -> bool:
    """Words of the interface left once content and names are taken out."""
    rest = text
    for piece in content:
        if piece in rest:
            rest = rest.replace(piece, " ")
    return bool(WORD.search(rest))


# -- switching -----------------------------------------------------------------------


def switch(window, lang: str) -> None:
    for name in ("topBarLanguageSelector", "languageSelector"):
        combo = window.findChild(QComboBox, name)
        if combo is not None and combo.isVisible():
            combo.setCurrentIndex(combo.findData(lang))
            assert window.language == lang
            QApplication.processEvents()  # widgets a page rebuilt are shown from the event loop
            return
    raise AssertionError("no language selector is visible")


class Walk:
    def __init__(self, window, qtbot) -> None:
        self.window = window
        self.qtbot = qtbot
        self.content: list[str] = []
        self.problems: list[str] = []
        self.states: list[str] = []

    def check(self, state: str) -> None:
        """Snapshot in English, in Russian, in Belarusian, and in English again.

        A text may vanish on a switch (a hint that a refresh hides); none may stay behind.
        """
        window = self.window
        self.states.append(state)
        if not self.content:
            self.content = content_strings(window)
        english = snapshot(window)
        seen = {lang: set() for lang in ("ru", "be")}
        for lang in ("ru", "be"):
            switch(window, lang)
            seen[lang] = snapshot(window)
            for text in sorted(english & seen[lang]):
                if has_words(text, self.content):
                    self.problems.append(f"{state} [{lang}]: still in English: {text!r}")
        switch(window, "en")
        back = snapshot(window)
        for text in sorted(seen["ru"] & back):
            if has_words(text, self.content) and text not in english:
                self.problems.append(f"{state} [en]: Russian left after switching back: {text!r}")


def _click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def _stacked_pages(page: QWidget) -> list[tuple[QWidget, int]]:
    """Sub-pages shown one at a time inside a page (tabs, stacks), to walk each."""
    found = []
    for tabs in page.findChildren(QTabWidget):
        found += [(tabs, i) for i in range(tabs.count())]
    for stack in page.findChildren(QStackedWidget):
        if isinstance(stack.parent(), QTabWidget):
            continue
        found += [(stack, i) for i in range(stack.count())]
    return found


def _walk_registered_pages(walk: Walk, ui) -> None:
    window = walk.window
    # every page the window knows, also those added after this test was written
    names = sorted(set(getattr(window, "_pages", {})) | set(getattr(window, "_factories", {})))
    names = [n for n in names if n not in DRIVEN and window.has_page(n)]
    for name in names:
        if name == "facilitator":  # last: it signs the student out
            continue
        opener = getattr(window, f"show_{name}", None)
        page = opener() if callable(opener) else window.show_page(name)
        walk.check(f"page {name}")
        for holder, index in _stacked_pages(page or window.page(name)):
            holder.setCurrentIndex(index)
            walk.check(f"page {name}, part {index}")
        window.go_home()
    if "facilitator" in names:
        _open_facilitator(walk, ui)


def _open_facilitator(walk: Walk, ui) -> None:
    window = walk.window
    window.sign_out()
    _click(ui.qtbot, ui.button("facilitatorButton"))
    for _ in range(3):  # PIN, then its confirmation on first use
        edit = window.findChild(QLineEdit, "pinEdit")
        if edit is None or not edit.isVisible():
            break
        walk.check("facilitator PIN")
        edit.clear()
        ui.qtbot.keyClicks(edit, PIN)
        _click(ui.qtbot, ui.button("pinConfirmButton"))
    page = window.current_page()
    walk.check("facilitator area")
    if page is not None:
        for holder, index in _stacked_pages(page):
            holder.setCurrentIndex(index)
            walk.check(f"facilitator area, part {index}")


# -- the walk -----------------------------------------------------------------------


def test_every_visible_text_changes_with_the_language(make_window, driver_for, qtbot) -> None:
    window = make_window(lang="en")
    ui = driver_for(window)
    ui.show()
    walk = Walk(window, qtbot)

    walk.check("profiles, nobody yet")
    ui.sign_up_with_mouse(NAMES[0])
    ui.click(ui.button("signOutButton"))
    edit = window.findChild(QLineEdit, "profileNameEdit")
    ui.qtbot.keyClicks(edit, NAMES[0].lower())
    ui.click(ui.button("createProfileButton"))
    walk.check("profiles, a refused name")
    edit.clear()

    ui.sign_up_with_mouse(NAMES[1])
    ui.click(ui.button("startQuizButton"))  # nothing chosen: a message says so
    walk.check("home, nothing chosen")

    bank = window.library().get("sample", "en")
    for question in bank.questions:
        window.start_quiz(bank, [question.id])
        walk.check(f"quiz {question.kind.value}")
        widget = window.page("quiz")._widget
        if hasattr(widget, "choose"):  # match: pair each item with the wrong partner
            for left in range(len(widget.combos)):
                widget.choose(left, (left + 1) % len(widget.combos))
            ui.click(ui.button("submitButton"))
        else:
            ui.answer_with_mouse(right=False)
        walk.check(f"quiz {question.kind.value}, checked")
        ui.next_with_mouse()
        walk.check(f"results after {question.kind.value}")
        window.go_home()

    window.start_quiz(bank, [q.id for q in bank.questions[:3]])
    ui.answer_with_mouse(right=False)
    ui.click(ui.button("quitQuizButton"))
    row = ui.bank_row("sample")
    window.findChild(QAbstractItemView, "bankList").setCurrentIndex(
        window.findChild(QAbstractItemView, "bankList").model().index(row, 0)
    )
    walk.check("home, a quiz in progress, questions to practise, a topic chosen")

    ui.click(ui.button("helpButton"))
    walk.check("help")
    window.go_home()

    _walk_registered_pages(walk, ui)

    assert len(walk.states) >= 20
    assert not walk.problems, "\n".join(walk.problems)


def test_the_allowlist_is_short_and_names_no_interface_words() -> None:
    assert len(SAME_IN_EVERY_LANGUAGE) <= 10
    assert has_words("Start quiz", ["Sample bank"])
    assert not has_words("Sample bank. 6 / 6.", ["Sample bank"])
    assert not has_words("• Keep chatting", ["Keep chatting"])
