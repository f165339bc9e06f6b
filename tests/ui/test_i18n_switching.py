"""The interface language: chosen at start, switched at once, remembered; the banks follow it."""

from __future__ import annotations

import sys
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QListWidget

from quizapp.ui.i18n import (
    current_language,
    format_date,
    format_number,
    install_language,
    store_message,
    version_mark,
)
from quizapp.ui.pages.bank_card_delegate import BEST_TEXT_ROLE, LANGUAGE_TEXT_ROLE

WHO = {"en": "Who's playing?", "ru": "Кто играет?", "be": "Хто гуляе?"}
JOIN = {"en": "Join", "ru": "Присоединиться", "be": "Далучыцца"}
TITLE = {"en": "Spot the Trap", "ru": "Распознай ловушку", "be": "Распазнай пастку"}
IN_ENGLISH = {"ru": "на английском", "be": "па-англійску"}


@pytest.fixture(autouse=True)
def back_to_english():
    """The translator belongs to the application: leave it in English for the next test."""
    yield
    install_language("en")


def profiles_title(window) -> str:
    return window.findChild(QLabel, "profilesTitle").text()


def selector(window) -> QComboBox:
    return window.findChild(QComboBox, "languageSelector")


def pick(combo: QComboBox, code: str) -> None:
    """As a user does: choose the entry; no event loop runs before the caller looks."""
    combo.setCurrentIndex(combo.findData(code))


def title(window, lang: str, bank_id: str = "online-lures") -> str:
    """The bank's title in that language, as its file says."""
    bank = window.library().get(bank_id, lang)
    assert bank is not None, f"no {lang} version of {bank_id}"
    return bank.title


def bank_item(window, bank_id: str):
    banks = window.findChild(QListWidget, "bankList")
    for row in range(banks.count()):
        if banks.item(row).data(Qt.ItemDataRole.UserRole) == bank_id:
            return banks.item(row)
    raise AssertionError(f"{bank_id} is not listed")


@pytest.mark.parametrize("lang", ["ru", "be"])
def test_create_window_opens_in_the_language_given(make_window, lang: str) -> None:
    window = make_window(lang=lang)
    assert window.language == lang
    assert window.current_page_name() == "profiles" and window.profile is None
    assert profiles_title(window) == WHO[lang]
    assert window.findChild(QAbstractButton, "createProfileButton").text() == JOIN[lang]
    assert window.windowTitle() == TITLE[lang]
    assert selector(window).currentData() == lang
    assert window.findChild(QLineEdit, "profileNameEdit").placeholderText() != (
        "Your first name or a nickname"
    )
    assert QLocale().language() == QLocale(lang).language()


def test_the_selector_switches_every_text_at_once_and_back(make_window) -> None:
    window = make_window(lang="en")
    assert profiles_title(window) == WHO["en"]
    for lang in ("ru", "be", "en"):
        pick(selector(window), lang)
        # no qtbot.wait: the LanguageChange events have been delivered already
        assert profiles_title(window) == WHO[lang]
        assert window.top_bar.title.text() == TITLE[lang]
        assert window.windowTitle() == TITLE[lang]
        assert window.language == lang == current_language()
        assert QLocale().language() == QLocale(lang).language()


def test_numbers_dates_and_plurals_follow_the_language(make_window) -> None:
    window = make_window(lang="ru")
    translate = QCoreApplication.translate
    forms = [translate("HomePage", "%n questions", "", n) for n in (1, 3, 5, 21, 12)]
    assert forms == ["1 вопрос", "3 вопроса", "5 вопросов", "21 вопрос", "12 вопросов"]
    assert format_number(1234567) == QLocale("ru_BY").toString(1234567)
    assert format_date(date(2025, 7, 30), long=True).startswith("среда, 30 июля 2025")
    pick(selector(window), "be")
    forms = [translate("HomePage", "%n questions", "", n) for n in (1, 3, 5, 21)]
    assert forms == ["1 пытанне", "3 пытанні", "5 пытанняў", "21 пытанне"]
    assert "ліпеня" in format_date(date(2025, 7, 30), long=True)
    pick(selector(window), "en")
    assert translate("HomePage", "%n questions", "", 1) == "1 question"
    assert format_number(1234567) == "1,234,567"


def test_the_laptop_remembers_the_choice_made_with_nobody_signed_in(make_window) -> None:
    window = make_window(lang=None)
    pick(selector(window), "be")
    assert window.store.get_setting("language") == "be"
    window.close()
    again = make_window(lang=None)
    assert again.language == "be" and profiles_title(again) == WHO["be"]
    assert again.current_page_name() == "profiles" and again.profile is None


def test_lang_overrides_the_remembered_choice_for_that_run_only(make_window) -> None:
    window = make_window(lang=None)
    pick(selector(window), "ru")
    window.close()
    forced = make_window(lang="be")
    assert forced.language == "be" and profiles_title(forced) == WHO["be"]
    assert forced.store.get_setting("language") == "ru"
    forced.close()
    assert make_window(lang=None).language == "ru"


def test_each_profile_keeps_its_language_and_gets_it_back_at_sign_in(
    make_window, driver_for
) -> None:
    window = make_window(lang=None)
    ui = driver_for(window)
    assert window.language == "en"
    ui.sign_up_with_mouse("Alina")
    top = window.findChild(QComboBox, "topBarLanguageSelector")
    assert top.isVisible()
    pick(top, "be")
    assert window.findChild(QLabel, "homeGreeting").text() == "Прывітанне, Alina!"
    alina = window.profile
    assert window.store.profile(alina.id).language == "be"
    assert window.store.get_setting("language") is None  # the laptop's default is untouched

    ui.click(ui.button("signOutButton"))
    assert window.current_page_name() == "profiles"
    assert window.language == "en" and profiles_title(window) == WHO["en"]
    assert not top.isVisible()
    ui.sign_up_with_mouse("Maksim")  # a new profile keeps the language on screen
    assert window.language == "en"
    ui.click(ui.button("signOutButton"))

    window.close()
    again = make_window(lang=None)  # a new start: nobody signed in, the laptop's language
    assert again.language == "en" and again.current_page_name() == "profiles"
    driver = driver_for(again)
    names = again.findChild(QListWidget, "profileList")
    row = next(r for r in range(names.count()) if names.item(r).text() == "Alina")
    driver.click(names.viewport(), names.visualItemRect(names.item(row)).center())
    driver.qtbot.waitUntil(lambda: again.current_page_name() == "home")
    assert again.language == "be"
    assert again.findChild(QComboBox, "topBarLanguageSelector").currentData() == "be"
    assert bank_item(again, "online-lures").text() == title(again, "be")


def test_lang_outranks_a_profiles_language_until_someone_picks_one(make_window, driver_for):
    window = make_window(lang=None)
    ui = driver_for(window)
    ui.sign_up_with_mouse("Alina")
    pick(window.findChild(QComboBox, "topBarLanguageSelector"), "be")
    window.close()
    forced = make_window(lang="ru")
    driver = driver_for(forced)
    names = forced.findChild(QListWidget, "profileList")
    driver.click(names.viewport(), names.visualItemRect(names.item(0)).center())
    driver.qtbot.waitUntil(lambda: forced.current_page_name() == "home")
    assert forced.language == "ru"
    assert forced.store.profile(forced.profile.id).language == "be"


def test_switching_also_switches_the_bank_versions_on_home(make_window, driver_for) -> None:
    window = make_window(lang="en")
    ui = driver_for(window)
    ui.sign_up_with_mouse("Daria")
    assert bank_item(window, "online-lures").text() == title(window, "en")
    for lang in ("ru", "be", "en"):
        pick(window.findChild(QComboBox, "topBarLanguageSelector"), lang)
        assert bank_item(window, "online-lures").text() == title(window, lang)
        assert window.findChild(QAbstractButton, "startQuizButton").text() != ""


def test_a_bank_without_the_language_is_shown_in_english_with_a_mark(make_window, driver_for):
    window = make_window(lang="ru")
    ui = driver_for(window)
    ui.sign_up_with_mouse("Yegor")
    sample = bank_item(window, "sample")  # tests/data/sample.en.yaml: English only
    assert sample.text() == "Sample bank"
    assert sample.data(LANGUAGE_TEXT_ROLE) == IN_ENGLISH["ru"]
    assert IN_ENGLISH["ru"] in sample.data(Qt.ItemDataRole.AccessibleTextRole)
    assert bank_item(window, "online-lures").data(LANGUAGE_TEXT_ROLE) == ""

    ui.start_with_mouse("sample")
    mark = window.findChild(QLabel, "bankVersionMark")
    assert mark.isVisible() and mark.text() == IN_ENGLISH["ru"]
    pick(window.findChild(QComboBox, "topBarLanguageSelector"), "be")
    assert mark.isVisible() and mark.text() == IN_ENGLISH["be"]
    pick(window.findChild(QComboBox, "topBarLanguageSelector"), "en")
    assert not mark.isVisible()


def test_the_mark_names_the_language_of_the_version_shown() -> None:
    install_language("ru")
    assert version_mark("ru", "ru") == ""
    assert version_mark("en", "ru") == "на английском"
    assert version_mark("be", "ru") == "на белорусском"
    assert version_mark("uk", "ru") == "язык: " + QLocale("uk").nativeLanguageName()


def test_progress_carries_over_between_languages(make_window, driver_for) -> None:
    window = make_window(lang="en")
    ui = driver_for(window)
    ui.sign_up_with_mouse("Sofia")
    bank = window.library().get("online-lures", "en")
    window.start_quiz(bank, [bank.questions[0].id])
    while ui.page() == "quiz":
        ui.answer_with_mouse(right=True)
        ui.next_with_mouse()
    ui.click(ui.button("homeButton"))
    assert bank_item(window, "online-lures").data(BEST_TEXT_ROLE) == "Best: 1 / 1"
    pick(window.findChild(QComboBox, "topBarLanguageSelector"), "ru")
    item = bank_item(window, "online-lures")
    assert item.text() == title(window, "ru")
    assert item.data(BEST_TEXT_ROLE) == "Рекорд: 1 / 1"


def test_a_refused_name_is_explained_in_the_language(make_window, driver_for) -> None:
    window = make_window(lang="be")
    ui = driver_for(window)
    ui.sign_up_with_mouse("Kira")
    ui.click(ui.button("signOutButton"))
    edit = window.findChild(QLineEdit, "profileNameEdit")
    ui.click(edit)
    ui.qtbot.keyClicks(edit, "kira")
    ui.click(ui.button("createProfileButton"))
    error = window.findChild(QLabel, "profileError")
    assert error.isVisible()
    assert error.text() == "Профіль з імем «kira» ужо ёсць."
    assert store_message("something the catalogue does not know") == (
        "something the catalogue does not know"
    )


def test_the_help_page_follows_a_switch_while_it_is_open(make_window, driver_for) -> None:
    window = make_window(lang="en")
    ui = driver_for(window)
    ui.sign_up_with_mouse("Timur")
    ui.click(ui.button("helpButton"))
    title = window.findChild(QLabel, "helpTitle")
    english = title.text()
    pick(window.findChild(QComboBox, "topBarLanguageSelector"), "be")
    title = window.findChild(QLabel, "helpTitle")
    assert title.text() != english
    assert title.text() == "Дзе знайсці дапамогу"


def test_switching_again_and_again_keeps_the_app_alive(make_window, driver_for) -> None:
    """Switching must be repeatable all day without the interpreter ending.

    PySide6-Essentials 6.12.0 returns None from void calls such as
    QLabel.setText without taking a reference; before Python 3.12 None is not
    immortal, so after some thousands of calls Python aborts with "Fatal
    Python error: none_dealloc" (about 20 switches on the home page).
    quizapp.ui.none_guard.keep_none_alive(), run by app.application(), pins
    None where the binding has the bug; 6.11.2 does not have it.
    """
    import gc

    window = make_window(lang="en")
    ui = driver_for(window)
    ui.sign_up_with_mouse("Alina")
    top = window.findChild(QComboBox, "topBarLanguageSelector")
    gc.collect()
    before = sys.getrefcount(None)
    for lang in ("ru", "be") * 5:
        pick(top, lang)
    gc.collect()
    lost = before - sys.getrefcount(None)
    assert lost < 1000 or sys.getrefcount(None) > 1 << 30, (
        f"10 switches lost {lost} references to None and nothing keeps None alive: "
        "the app would abort after a while"
    )
    for lang in ("ru", "be", "en") * 10:  # survives what would have ended it
        pick(top, lang)
    assert window.findChild(QLabel, "homeGreeting").text() == "Hi, Alina!"
