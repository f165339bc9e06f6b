"""Larger text, high contrast, full screen and language: at hand, and remembered."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget


def test_ctrl_plus_minus_zero_change_text_size_and_it_is_remembered(make_window, driver_for):
    window = make_window()
    ui = driver_for(window)
    ui.show()
    size = window.findChild(QLabel, "profilesTitle").font().pixelSize()
    with ui.qtbot.waitSignal(window.theme.changed):
        ui.qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.theme.scale > 1.0
    ui.qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    bigger = window.theme.scale
    assert bigger > 1.15
    assert window.findChild(QLabel, "profilesTitle").font().pixelSize() > size
    assert window.store.get_setting("text_scale") == f"{bigger:g}"
    window.close()
    again = make_window()
    assert again.theme.scale == bigger
    ui = driver_for(again)
    ui.show()
    ui.qtbot.keyClick(again, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert again.theme.scale < bigger
    ui.qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.theme.scale == 1.0


def test_text_size_buttons_in_the_top_bar(ui) -> None:
    ui.click(ui.button("textLargerButton"))
    assert ui.window.theme.scale > 1.0
    ui.click(ui.button("textSmallerButton"))
    ui.click(ui.button("textSmallerButton"))
    assert ui.window.theme.scale < 1.0


def test_high_contrast_toggles_and_is_remembered(make_window, driver_for) -> None:
    window = make_window()
    ui = driver_for(window)
    ui.show()
    before = window.palette().color(window.backgroundRole()).name()
    ui.qtbot.keyClick(
        window,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.theme.high_contrast
    assert window.palette().color(window.backgroundRole()).name() != before
    assert ui.button("contrastButton").isChecked()
    window.close()
    again = make_window()
    assert again.theme.high_contrast
    ui = driver_for(again)
    ui.click(ui.button("contrastButton"))
    assert not again.theme.high_contrast
    assert again.store.get_setting("high_contrast") == "0"


def test_f11_toggles_full_screen(ui) -> None:
    ui.show()
    ui.qtbot.keyClick(ui.window, Qt.Key.Key_F11)
    ui.qtbot.waitUntil(lambda: bool(ui.window.windowState() & Qt.WindowState.WindowFullScreen))
    ui.qtbot.keyClick(ui.window, Qt.Key.Key_F11)
    ui.qtbot.waitUntil(lambda: not ui.window.windowState() & Qt.WindowState.WindowFullScreen)


def _fits(window: QWidget) -> None:
    """Nothing forces the window past 1280x720, and the current page fits its width."""
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720, hint
    assert window.size() == QSize(1280, 720)


def test_nothing_pushes_the_window_past_1280x720_at_double_text(ui) -> None:
    ui.window.theme.set_scale(2.0)
    ui.show()
    ui.window.resize(1280, 720)
    _fits(ui.window)
    ui.sign_up_with_mouse("Alina")
    _fits(ui.window)
    ui.start_with_mouse()
    while ui.page() == "quiz":
        _fits(ui.window)
        ui.answer_with_mouse()
        _fits(ui.window)
        ui.next_with_mouse()
    _fits(ui.window)
    ui.click(ui.button("resultsHelpButton"))
    _fits(ui.window)
    top_bar = ui.window.top_bar
    assert top_bar.width() <= 1280
    assert top_bar.layout().sizeHint().width() <= top_bar.width() + 1


def test_language_choice_is_stored_and_followed(make_window, driver_for) -> None:
    window = make_window(lang=None)
    assert window.language == "en" or window.language in ("ru", "be")
    selector = window.findChild(QComboBox, "languageSelector")
    with driver_for(window).qtbot.waitSignal(window.language_changed) as changed:
        selector.setCurrentIndex(selector.findData("ru"))
    assert changed.args == ["ru"]
    assert window.store.get_setting("language") == "ru"
    window.close()
    again = make_window(lang=None)
    assert again.language == "ru"
    assert again.findChild(QComboBox, "languageSelector").currentData() == "ru"
    forced = make_window(lang="en")
    assert forced.language == "en"


def test_lang_picks_bank_translations_when_there_are_some(make_window, driver_for, sample_dir):
    text = (sample_dir / "sample.en.yaml").read_text(encoding="utf-8")
    text = text.replace("language: en", "language: ru").replace('"Sample bank"', '"Пример"')
    (sample_dir / "sample.ru.yaml").write_text(text, encoding="utf-8")
    ui = driver_for(make_window(lang="ru"))
    ui.sign_up_with_mouse("Alina")
    from PySide6.QtWidgets import QListWidget

    banks = ui.find(QListWidget, "bankList")
    assert banks.item(ui.bank_row("sample")).text() == "Пример"


def test_keyboard_focus_is_visible_on_choices(ui) -> None:
    ui.sign_up_with_mouse("Kira")
    bank = ui.window.library().get("sample", "en")
    ui.window.start_quiz(bank, ["s-001"])
    ui.show()
    choice = ui.find(QAbstractButton, "choice_0")
    ui.qtbot.waitUntil(choice.hasFocus)
    focused = choice.grab().toImage()
    ui.find(QAbstractButton, "submitButton").setFocus()
    unfocused = choice.grab().toImage()
    assert focused != unfocused


def test_the_pages_rules_follow_contrast_and_text_size(ui) -> None:
    """pages.qss sits on each page's holder (not on the window): a theme change reaches it."""
    ui.sign_up_with_mouse("Kira")
    bank = ui.window.library().get("sample", "en")
    ui.window.start_quiz(bank, ["s-001"])
    ui.show()
    theme = ui.window.theme
    holder = ui.window._holders["quiz"]
    choice = ui.find(QAbstractButton, "choice_0")
    assert 'role="choice"' in holder.styleSheet()
    assert 'role="choice"' not in ui.window.styleSheet()
    warm = choice.grab().toImage()

    ui.click(ui.button("contrastButton"))
    assert theme.high_contrast
    assert holder.styleSheet() == theme.pages_stylesheet()
    assert choice.grab().toImage() != warm

    before = holder.styleSheet()
    ui.click(ui.button("textLargerButton"))
    assert holder.styleSheet() == theme.pages_stylesheet() != before
    # the profiles page needs none of them, and a window of its own gets both parts
    assert 'role="choice"' not in ui.window._holders["profiles"].styleSheet()
    assert theme.stylesheet() == theme.window_stylesheet() + theme.pages_stylesheet()
