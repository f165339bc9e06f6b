"""The main window's own promises: lazy pages, a slot for the facilitator area, no tracebacks."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from quizapp.app import _report_errors_to


def test_only_the_profiles_page_is_built_at_startup(window) -> None:
    assert window.current_page_name() == "profiles"
    assert set(window._pages) == {"profiles"}
    assert window._library is None  # the banks load after the window is up, or when needed
    assert window.has_page("home") and window.has_page("quiz")


def test_the_facilitator_area_plugs_in_with_add_page(window, driver_for) -> None:
    ui = driver_for(window)
    button = ui.button("facilitatorButton")
    assert button.isEnabled()  # the window registers the facilitator area; another replaces it

    def build() -> QWidget:
        page = QWidget()
        page.setObjectName("facilitatorPage")
        layout = QVBoxLayout(page)
        pin = QLineEdit()
        pin.setObjectName("pinEdit")
        layout.addWidget(pin)
        return page

    window.add_page("facilitator", build)
    assert button.isEnabled()
    ui.click(button)
    assert ui.page() == "facilitator"
    assert window.findChild(QLineEdit, "pinEdit").isVisible()
    window.show_page("profiles")
    assert ui.page() == "profiles"


def test_an_unexpected_error_is_logged_and_shown_inline(window, tmp_path, monkeypatch) -> None:
    log = tmp_path / "errors.log"
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    _report_errors_to(window, log)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert "RuntimeError: boom" in log.read_text(encoding="utf-8")
    notice = window.findChild(QLabel, "storeNoticeMessage")
    assert window.store_notice.isVisibleTo(window)
    assert str(log) in notice.text()
    assert "Traceback" not in notice.text()


def test_store_startup_notice_is_shown_inline(make_window, data_dir, driver_for) -> None:
    first = make_window()
    first.close()
    (data_dir / "quizapp.sqlite3").write_bytes(b"this is not a database" * 100)
    for side_file in data_dir.glob("quizapp.sqlite3-*"):
        side_file.unlink()
    window = make_window()
    notice = window.store_notice
    assert window.store.startup_notice
    assert notice.isVisibleTo(window)
    assert notice.message == window.store.startup_notice
    driver_for(window).click(window.findChild(QPushButton, "storeNoticeDismissButton"))
    assert not notice.isVisible()


def _tab_stops(window: QWidget, start: QWidget, count: int) -> list[str]:
    """The objectNames Tab visits from `start`, visible widgets that take Tab only."""
    from PySide6.QtCore import Qt

    names, widget = [], start
    while len(names) < count:
        widget = widget.nextInFocusChain()
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            names.append(widget.objectName())
    return names


def test_parts_made_late_take_their_place_in_the_tab_order(window, driver_for) -> None:
    """A notice's buttons are made when it first has something to say, yet Tab reaches
    them where they are seen: the top bar, then the notice, then the page."""
    ui = driver_for(window)
    ui.show()
    assert window.findChild(QPushButton, "libraryNoticeDismissButton") is None  # not yet
    ui.sign_up_with_keyboard("Tabea")
    window.library_notice.show_notice("One bank could not be read.", "details")

    selector = window.findChild(QWidget, "topBarLanguageSelector")
    assert selector is not None and selector.isVisible()
    cycle = _tab_stops(window, selector, 60)
    cycle = cycle[: cycle.index("topBarLanguageSelector")]  # once round, back to the picker
    assert cycle[:6] == [
        "textSmallerButton",
        "textLargerButton",
        "contrastButton",
        "fullscreenButton",
        "libraryNoticeDetailsButton",
        "libraryNoticeDismissButton",
    ]
    page = window.current_page()
    rest = [window.findChild(QWidget, name) for name in cycle[6:]]
    assert rest and all(page.isAncestorOf(widget) for widget in rest), cycle[6:]
