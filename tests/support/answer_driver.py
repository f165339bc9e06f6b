"""Run the real app offscreen and answer questions for ever, saying each checked answer aloud.

    python tests/support/answer_driver.py DATA_DIR BANKS_DIR [--profile NAME] [--seed N]

The kill test (tests/e2e/test_kill.py) starts this in a fresh process, kills
it with SIGKILL at a random moment, and then checks that every answer this
printed as checked is in the store. It works only through what a user
touches, found by the objectNames of UI-CONTRACT.md (and the home page's
resume buttons), and prints one line per event, flushed at once:

    READY <pid>                         signed in, on the home page
    OFFERED <run_id> <answered>         home offers to carry on with an unfinished quiz
    RESUMED <run_id>                    ... and "Carry on" was pressed
    DISCARDED <run_id>                  ... or "Start over"
    STARTED <run_id>                    a new quiz began
    CHECKED <bank_id> <question_id> <run_id>
                                        Check was pressed and the explanation shows, so the
                                        app says the answer is saved
    FINISHED <run_id>                   the score page showed
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QListWidget

from quizapp.app import create_window


def say(*words: object) -> None:
    print(*words, flush=True)


class AnswerDriver:
    def __init__(self, window, profile: str, rng: random.Random) -> None:
        self.window = window
        self.profile = profile
        self.rng = rng
        self.app = QApplication.instance()

    # -- finding and touching ---------------------------------------------------

    def settle(self) -> None:
        self.app.processEvents()

    def find(self, kind, name: str):
        widget = self.window.findChild(kind, name)
        if widget is None:
            raise SystemExit(f"answer_driver: no {kind.__name__} named {name}")
        return widget

    def visible(self, kind, name: str):
        widget = self.window.findChild(kind, name)
        return widget if widget is not None and widget.isVisible() else None

    def click(self, name: str) -> None:
        button = self.find(QAbstractButton, name)
        if not (button.isVisible() and button.isEnabled()):
            raise SystemExit(f"answer_driver: {name} cannot be clicked now")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        self.settle()

    def page(self) -> str:
        return self.window.current_page_name()

    # -- the flow -----------------------------------------------------------------

    def sign_in(self) -> None:
        profiles = self.find(QListWidget, "profileList")
        for row in range(profiles.count()):
            if profiles.item(row).text() == self.profile:
                profiles.setFocus()
                profiles.setCurrentRow(row)
                QTest.keyClick(profiles, Qt.Key.Key_Return)
                break
        else:
            edit = self.find(QLineEdit, "profileNameEdit")
            QTest.keyClicks(edit, self.profile)
            self.click("createProfileButton")
        self.settle()
        if self.page() != "home":
            raise SystemExit(f"answer_driver: signing in left the app on {self.page()!r}")
        say("READY", os.getpid())

    def carry_on_or_start_over(self) -> None:
        if self.visible(QAbstractButton, "resumeButton") is None:
            return
        state = self.window.store.unfinished_run(self.window.profile.id)
        say("OFFERED", state.run_id if state else -1, len(state.answered) if state else -1)
        if self.rng.random() < 0.8:
            self.click("resumeButton")
            say("RESUMED", self.quiz_run())
        else:
            self.click("discardRunButton")
            say("DISCARDED", state.run_id if state else -1)

    def quiz_run(self) -> int:
        run = self.window.page("quiz").run_id
        return -1 if run is None else run

    def start_quiz(self) -> None:
        banks = self.find(QListWidget, "bankList")
        row = next(
            r
            for r in range(banks.count())
            if banks.item(r).data(Qt.ItemDataRole.UserRole) == "sample"
        )
        banks.setCurrentRow(row)
        self.click("startQuizButton")
        say("STARTED", self.quiz_run())

    def answer_one(self) -> None:
        quiz = self.window.page("quiz")
        question = quiz.session.current
        bank_id, question_id, run = quiz.session.bank.id, question.id, self.quiz_run()
        choices = []
        index = 0
        while (button := self.visible(QAbstractButton, f"choice_{index}")) is not None:
            choices.append(button)
            index += 1
        if choices:  # single, multiple, true/false; other kinds are checked as they stand
            for button in self.rng.sample(choices, self.rng.randint(1, min(2, len(choices)))):
                QTest.mouseClick(button, Qt.MouseButton.LeftButton)
                if question.kind.value != "multiple":
                    break
        self.click("submitButton")
        explanation = self.visible(QLabel, "explanationText")
        if explanation is None or not explanation.text():
            raise SystemExit(f"answer_driver: no explanation after checking {question_id}")
        say("CHECKED", bank_id, question_id, run)
        self.click("nextButton")

    def run(self) -> None:
        self.sign_in()
        self.carry_on_or_start_over()
        while True:
            page = self.page()
            if page == "home":
                self.start_quiz()
            elif page == "quiz":
                self.answer_one()
            elif page == "results":
                say("FINISHED", self.quiz_run())
                self.click("homeButton")
            else:
                raise SystemExit(f"answer_driver: lost on page {page!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("banks_dir", type=Path)
    parser.add_argument("--profile", default="Kira")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    window = create_window(args.data_dir, banks_dirs=[args.banks_dir], lang="en")
    window.show()
    QApplication.processEvents()
    AnswerDriver(window, args.profile, random.Random(args.seed)).run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
