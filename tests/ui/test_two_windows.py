"""Two windows on one data folder (two quizapps on a shared laptop or USB stick): answers given
in turn in each are all kept, and each window's progress page sees the other's answers."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QPushButton

from quizapp.core.paths import DataFolder
from quizapp.core.store import RunStatus, Store


def _checked(ui) -> tuple[str, int]:
    """Answer the current question, and say what was checked (question id, run id)."""
    _turn_to(ui)
    question = ui.current_question().id
    ui.answer_with_mouse(right=question != "s-002")
    assert ui.checked()
    return question, ui.quiz().run_id


def _turn_to(ui) -> None:
    """The student turns to this window: it becomes the active one, as a click would make it."""
    with ui.qtbot.waitActive(ui.window):
        ui.window.raise_()
        ui.window.activateWindow()


def _answers_in(data_dir) -> set[tuple[str, str, int]]:
    with Store.open(DataFolder(data_dir)) as store:
        return {(a.profile_name, a.question_id, a.run_id) for a in store.iter_answers()}


def test_two_profiles_answering_in_turn_in_two_windows(make_window, driver_for, data_dir):
    first, second = make_window(), make_window()
    one, two = driver_for(first), driver_for(second)
    one.sign_up_with_mouse("Ira")
    two.show()
    two.sign_up_with_mouse("Oleg")
    for ui in (one, two):
        _turn_to(ui)
        ui.start_with_mouse()
    given: set[tuple[str, str, int]] = set()
    for _ in range(6):  # the sample bank has six questions: both finish
        for name, ui in (("Ira", one), ("Oleg", two)):
            question, run = _checked(ui)
            given.add((name, question, run))
            ui.next_with_mouse()
    assert one.page() == "results" and two.page() == "results"
    assert len(given) == 12
    assert _answers_in(data_dir) == given
    with sqlite3.connect(data_dir / "quizapp.sqlite3") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_one_profile_in_two_windows_loses_nothing(make_window, driver_for, data_dir):
    first = make_window()
    one = driver_for(first)
    one.sign_up_with_mouse("Sasha")
    second = make_window()
    two = driver_for(second)
    two.show()
    second.sign_in(second.store.profiles()[0])  # the same person, at the other window
    for ui in (one, two):  # the second start closes the first run for resuming; answers stay
        _turn_to(ui)
        ui.start_with_mouse()
    given = set()
    for _ in range(3):
        for ui in (one, two):
            question, run = _checked(ui)
            given.add(("Sasha", question, run))
            ui.next_with_mouse()
    assert len(given) == 6
    assert _answers_in(data_dir) == given

    # each window reads the other's answers: its progress page counts all six
    for window in (first, second):
        page = window.show_progress()
        assert page.data.answers == 6
        runs = {run.run_id: run for run in page.data.history}
        assert {run.asked for run in runs.values()} == {3}
    statuses = {run.status for run in second.store.history(second.profile.id)}
    assert statuses == {RunStatus.ABANDONED, RunStatus.OPEN}

    # both finish their rounds; then home in either window shows both best scores
    for ui in (one, two):
        _turn_to(ui)
        ui.window.show_page("quiz")
        while ui.page() == "quiz":
            _checked(ui)
            ui.next_with_mouse()
        ui.click(ui.find(QPushButton, "homeButton"))
    assert len(_answers_in(data_dir)) == 12
