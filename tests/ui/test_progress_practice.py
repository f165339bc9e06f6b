"""Practise weak spots end to end: missed questions from every bank come back in one round from
home, until they are answered right on enough days; an unfinished round can be carried on."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

import quizapp.core.store as store_module
from quizapp.core.practice import MIXED_PRACTICE_BANK_ID, MixedPracticeBank

SECOND = """format: 1
id: second
language: en
title: "Second bank"
questions:
  - id: x-001
    kind: truefalse
    prompt: "Second bank, first question."
    explanation: "Because."
    answer: true
  - id: x-002
    kind: truefalse
    prompt: "Second bank, second question."
    explanation: "Because."
    answer: false
"""


class Clock:
    """The store's clock, moved by the test: days pass in a second."""

    def __init__(self) -> None:
        today = datetime.now().astimezone().date()
        self.now = datetime.combine(today, time(10, 0)).astimezone()

    def __call__(self) -> datetime:
        return self.now

    def next_morning(self) -> None:
        day = self.now.astimezone().date() + timedelta(days=1)
        self.now = datetime.combine(day, time(10, 0)).astimezone()


@pytest.fixture
def clock(monkeypatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(store_module, "_utc_now", clock)  # read when the window opens its store
    return clock


@pytest.fixture
def two_banks(sample_dir: Path) -> Path:
    (sample_dir / "second.en.yaml").write_text(SECOND, encoding="utf-8")
    return sample_dir


def _miss_one_in_each_bank(ui) -> None:
    library = ui.window.library()
    for bank_id, question_id in (("sample", "s-002"), ("second", "x-001")):
        ui.window.start_quiz(library.get(bank_id, "en"), [question_id])
        ui.answer_with_mouse(right=False)
        ui.next_with_mouse()
        ui.click(ui.find(QPushButton, "homeButton"))


def _practise_all_right(ui) -> list[str]:
    ui.click(ui.button("practiceButton"))
    assert ui.page() == "quiz"
    assert isinstance(ui.quiz().session.bank, MixedPracticeBank)
    asked = list(ui.quiz().session.question_ids)
    for _ in asked:
        ui.answer_with_mouse(right=True)
        ui.next_with_mouse()
    ui.click(ui.find(QPushButton, "homeButton"))
    return asked


def test_missed_questions_of_every_bank_come_back_until_learnt(
    make_window, two_banks, driver_for, clock
) -> None:
    ui = driver_for(make_window(banks_dirs=[two_banks]))
    ui.sign_up_with_mouse("Dasha")
    store, profile = ui.window.store, ui.window.profile
    _miss_one_in_each_bank(ui)
    assert sorted(store.review_due(profile.id)) == [("sample", "s-002"), ("second", "x-001")]
    card = ui.find(QWidget, "practiceCard")
    assert card.isVisible()
    assert "2 are waiting" in ui.find(QLabel, "practiceText").text()

    days_practised = []
    for day in range(8):
        ui.window.go_home()
        if card.isVisible():
            asked = _practise_all_right(ui)
            assert sorted(asked) == ["s-002", "x-001"]  # one round over both banks
            days_practised.append(day)
        if not store.review_items(profile.id):
            break
        clock.next_morning()
    # a camp's week: practised on day 0, 1, 3 and 6, then learnt
    assert days_practised == [0, 1, 3, 6]
    ui.window.go_home()
    assert not card.isVisible()

    # every practice answer was filed under its own bank, never under the mixed round
    answers = list(store.iter_answers(profile.id))
    practice = {(a.bank_id, a.question_id) for a in answers if a.mode == "practice"}
    assert practice == {("sample", "s-002"), ("second", "x-001")}
    assert all(a.bank_id != MIXED_PRACTICE_BANK_ID for a in answers)
    # practice rounds never count as a best score
    assert store.best_scores(profile.id) == {"sample": (0, 1), "second": (0, 1)}
    # the progress page names the mixed rounds in words
    page = ui.window.show_progress()
    topics = [page.history.item(row, 1).text() for row in range(page.history.rowCount())]
    assert topics.count("Practice: questions from several topics") == 4


def test_a_practice_round_over_several_banks_can_be_carried_on(
    make_window, two_banks, driver_for, data_dir, clock
) -> None:
    window = make_window(banks_dirs=[two_banks])
    ui = driver_for(window)
    ui.sign_up_with_mouse("Timur")
    _miss_one_in_each_bank(ui)
    ui.click(ui.button("practiceButton"))
    first = ui.quiz().session.current.id
    ui.answer_with_mouse(right=True)
    ui.next_with_mouse()
    ui.click(ui.button("quitQuizButton"))  # stop for now
    window.close()

    # the next start (the app was closed, or killed) offers to carry on
    again = make_window(banks_dirs=[two_banks])
    ui = driver_for(again)
    ui.show()
    again.sign_in(again.store.profiles()[0])
    assert ui.find(QWidget, "resumeCard").isVisible()
    text = ui.find(QLabel, "resumeText").text()
    assert "Practice: questions from several topics. 1 of 2 answered." in text
    ui.click(ui.button("resumeButton"))
    session = ui.quiz().session
    assert isinstance(session.bank, MixedPracticeBank)
    assert session.done == 1 and session.current.id != first
    ui.answer_with_mouse(right=True)
    ui.next_with_mouse()
    assert ui.page() == "results"
    boxes = {(i.bank_id, i.question_id): i.box for i in again.store.review_items(again.profile.id)}
    assert boxes == {("sample", "s-002"): 2, ("second", "x-001"): 2}
