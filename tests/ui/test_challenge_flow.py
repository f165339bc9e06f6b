"""Challenge a friend: both players on one laptop, the same questions, scores side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPushButton

from quizapp.core.challenge import ChallengeBook, ChallengeStage


def play_through(ui, right: bool) -> list[str]:
    asked = []
    while ui.page() == "quiz":
        asked.append(ui.current_question().id)
        ui.answer_with_mouse(right=right)
        ui.next_with_mouse()
    return asked


def set_up(ui, friend: str = "Max", count: int = 4) -> list[str]:
    ui.sign_up_with_mouse("Alina")
    ui.click(ui.button("challengeButton"))
    assert ui.page() == "challenge"
    page = ui.window.page("challenge")
    combo = ui.find(QComboBox, "challengeBankSelector")
    combo.setCurrentIndex(combo.findData("sample"))
    page.set_count(count)
    ticked = page.ticked()
    assert len(ticked) == count
    edit = ui.find(QLineEdit, "friendNameEdit")
    ui.click(edit)
    ui.qtbot.keyClicks(edit, friend)
    return ticked


def test_both_players_play_the_same_questions_and_see_both_scores(ui) -> None:
    ticked = set_up(ui)
    ui.click(ui.button("challengeStartButton"))
    assert ui.page() == "quiz"
    assert ui.window.page("quiz").session.total == 4
    first_questions = play_through(ui, right=True)
    assert sorted(first_questions) == sorted(ticked)

    # the hand-over: the score stays hidden, the friend picks or makes a profile
    assert ui.page() == "challenge"
    title = ui.find(QLabel, "handoverTitle")
    assert title.isVisible() and title.text() == "Pass the laptop to Max"
    assert "4 / 4" not in ui.find(QLabel, "handoverDone").text()
    assert ui.find(QLineEdit, "friendNewNameEdit").text() == "Max"
    ui.click(ui.button("friendStartButton"))
    assert ui.page() == "quiz"
    assert ui.window.profile.name == "Max"
    second_questions = play_through(ui, right=False)
    assert second_questions == first_questions  # the same ones, in the same order

    # side by side
    assert ui.page() == "challenge"
    assert ui.find(QLabel, "challengeName_0").text() == "Alina"
    assert ui.find(QLabel, "challengeScore_0").text() == "4 / 4"
    assert ui.find(QLabel, "challengeName_1").text() == "Max"
    assert ui.find(QLabel, "challengeScore_1").text() == "0 / 4"
    assert ui.find(QLabel, "challengeHeadline").text() == "Alina wins this round!"
    first_card = ui.window.findChild(QLabel, "challengeScore_0").parentWidget()
    second_card = ui.window.findChild(QLabel, "challengeScore_1").parentWidget()
    assert first_card.geometry().top() == second_card.geometry().top()  # one row
    assert first_card.geometry().right() < second_card.geometry().left()
    assert ui.find(QLabel, "challengeQuestion_1").isVisible()

    # stored as challenge runs; the challenge is done
    store = ui.window.store
    alina, max_ = sorted(store.profiles(), key=lambda p: p.name)
    assert [r.mode for r in store.history(alina.id)] == ["challenge"]
    assert [r.mode for r in store.history(max_.id)] == ["challenge"]
    challenge = ChallengeBook(store).all()[-1]
    assert challenge.stage is ChallengeStage.DONE
    assert list(challenge.question_ids) == first_questions

    ui.click(ui.button("challengeAnswersButton"))
    assert ui.page() == "results"
    assert ui.score() == "0 / 4"
    ui.click(ui.button("homeButton"))
    assert ui.page() == "home"


def test_the_friend_can_pick_an_existing_profile_and_a_draw_is_a_draw(ui) -> None:
    ui.window.store.create_profile("Sasha")
    set_up(ui, friend="", count=3)
    ui.click(ui.button("challengeStartButton"))
    play_through(ui, right=True)
    assert ui.find(QLabel, "handoverTitle").text() == "Pass the laptop to your friend"
    friends = ui.find(QListWidget, "friendProfileList")
    names = [friends.item(r).text() for r in range(friends.count())]
    assert names == ["Sasha"]  # never the challenger
    ui.click(ui.button("friendStartButton"))
    assert ui.find(QLabel, "handoverError").isVisible()  # nobody picked yet
    friends.setCurrentRow(0)
    friends.item(0).setSelected(True)
    ui.click(ui.button("friendStartButton"))
    assert ui.window.profile.name == "Sasha"
    play_through(ui, right=True)
    assert ui.find(QLabel, "challengeHeadline").text().startswith("A draw: 3 each")


def test_the_friend_cannot_play_as_the_challenger_and_can_come_later(ui) -> None:
    set_up(ui, friend="alina", count=3)
    ui.click(ui.button("challengeStartButton"))
    play_through(ui, right=False)
    assert ui.find(QLineEdit, "friendNewNameEdit").text() == "alina"
    ui.click(ui.button("friendStartButton"))
    error = ui.find(QLabel, "handoverError")
    assert error.isVisible() and "challenger" in error.text()
    assert ui.page() == "challenge"

    # not now: the challenge waits, and can be passed on from the challenge page later
    ui.click(ui.button("challengeLaterButton"))
    assert ui.page() == "home"
    ui.click(ui.button("challengeButton"))
    waiting = ui.find(QLabel, "challengeWaitingText")
    assert waiting.isVisible() and "waiting for alina" in waiting.text()
    ui.click(ui.button("challengePassOnButton"))
    assert ui.find(QLabel, "handoverTitle").isVisible()
    edit = ui.find(QLineEdit, "friendNewNameEdit")
    edit.clear()
    ui.qtbot.keyClicks(edit, "Oleg")
    ui.qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert ui.page() == "quiz" and ui.window.profile.name == "Oleg"


def test_setup_says_what_is_wrong(ui) -> None:
    set_up(ui, count=3)
    page = ui.window.page("challenge")
    page.tick([])
    ui.click(ui.button("challengeStartButton"))
    error = ui.find(QLabel, "challengeSetupError")
    assert error.isVisible() and "Tick from 3 to 10 questions (now 0)" in error.text()
    assert ui.page() == "challenge"
    assert ui.find(QPushButton, "challengeStartButton").isVisible()
