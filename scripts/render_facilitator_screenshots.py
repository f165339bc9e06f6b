"""Render the facilitator pages and projector mode to docs/screenshots/facilitator-*.png.

    python scripts/render_facilitator_screenshots.py [--out DIR] [--size 1920x1080]

Runs offscreen in a temporary data folder with a camp's worth of answers
(eight students on the bundled banks), then renders the PIN page, every
facilitator section, and a team game and a student's session on the
projector. Also renders 1280x720, large-text (2x) and high-contrast variants.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from quizapp.app import application, create_window
from quizapp.core.bank import (
    MatchQuestion,
    MultipleChoiceQuestion,
    OrderQuestion,
    SingleChoiceQuestion,
    SpotQuestion,
    TrueFalseQuestion,
)
from quizapp.core.grading import answer_to_json
from quizapp.core.group_session import PlayMode, QuestionOrder, SessionPlan
from quizapp.core.report import SESSION_MODE
from quizapp.ui.facilitator.facilitator_page import FacilitatorArea, Section

STUDENTS = ("Alina", "Maksim", "Daria", "Yegor", "Sofia", "Timur", "Kseniya", "Artem")
BANKS = ("online-lures", "who-is-targeted")
PIN = "4812"
VARIANTS = {"": (1.0, False), "-large": (2.0, False), "-contrast": (1.0, True)}


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def answer_for(question, right: bool):
    """A right answer, or a typical wrong one, in the bank's own terms."""
    if isinstance(question, TrueFalseQuestion):
        return question.answer if right else not question.answer
    if isinstance(question, SingleChoiceQuestion):
        wrong = next(i for i, c in enumerate(question.choices) if not c.correct)
        return question.correct_index if right else wrong
    if isinstance(question, MultipleChoiceQuestion):
        wrong = {i for i, c in enumerate(question.choices) if not c.correct}
        return question.correct_indices if right else frozenset(sorted(wrong)[:1])
    if isinstance(question, (OrderQuestion, MatchQuestion)):
        size = len(getattr(question, "steps", None) or question.pairs)
        order = tuple(range(size))
        return order if right else order[1:] + order[:1]
    if isinstance(question, SpotQuestion):
        flags = sorted(question.flag_indices)
        return question.flag_indices if right else frozenset(flags[:1])
    return None


def fill(window) -> None:
    """A camp's worth of answers: each question has its own difficulty."""
    store = window.store
    library = window.library()
    rng = random.Random(30)
    for name in STUDENTS:
        profile = store.create_profile(name)
        for bank_id in BANKS:
            bank = library.get(bank_id, "en")
            questions = list(bank.questions)[:12]
            mode = SESSION_MODE if name in ("Sofia", "Timur") else "quiz"
            seed = 100 + STUDENTS.index(name) if mode == SESSION_MODE else 1  # a session each
            ids = [q.id for q in questions]
            run = store.start_run(profile.id, bank.id, "en", ids, seed, mode)
            for number, question in enumerate(questions):
                hard = (number * 37 % 11) / 11  # 0 easy .. 1 hard, stable per question
                right = rng.random() > hard * 0.9
                answer = answer_for(question, right)
                text = answer_to_json(answer) if answer is not None else "null"
                store.record_answer(run, question.id, text, right, float(right), 9.0)
            store.finish_run(run)


class Renderer:
    def __init__(self, out: Path, work: Path, size: tuple[int, int]) -> None:
        self.out = out
        self.work = work
        self.size = size
        self.app = application()
        self.count = 0

    def window(self, name: str, scale: float, contrast: bool):
        window = create_window(self.work / name, lang="en")
        window.theme.set_scale(scale)
        window.theme.set_high_contrast(contrast)
        window.resize(*self.size)
        window.show()
        settle(self.app)
        return window

    def shot(self, window, name: str) -> None:
        settle(self.app)
        window.grab().save(str(self.out / f"facilitator-{name}.png"))
        self.count += 1

    def area(self, window) -> FacilitatorArea:
        window.open_facilitator()
        settle(self.app)
        return window.current_page()

    def unlock(self, area: FacilitatorArea) -> None:
        area.pin_page.pin_edit.setText(PIN)
        area.pin_page.confirm()
        settle(self.app)

    def render(self, tag: str, scale: float, contrast: bool) -> None:
        window = self.window(f"data{tag}", scale, contrast)
        area = self.area(window)
        self.shot(window, f"pin-set{tag}")
        area.pin_page.pin_edit.setText(PIN)
        area.pin_page.confirm()
        self.shot(window, f"pin-confirm{tag}")
        area.pin_page.pin_edit.setText(PIN)
        area.pin_page.confirm()
        fill(window)
        area.show_section(Section.SESSION)  # the area opens on the report
        self.shot(window, f"session-setup{tag}")
        area.leave()
        area = self.area(window)
        area.pin_page.pin_edit.setText("0000")
        area.pin_page.confirm()
        self.shot(window, f"pin-wrong{tag}")
        self.unlock(area)

        report = area.show_section(Section.REPORT)
        report.open_row(0)
        self.shot(window, f"report{tag}")
        report.students_button.click()
        self.shot(window, f"report-students{tag}")
        report.questions_button.click()
        report.mode_combo.setCurrentIndex(report.mode_combo.count() - 1)  # one session
        self.shot(window, f"report-session{tag}")
        report.mode_combo.setCurrentIndex(0)

        profiles = area.show_section(Section.PROFILES)
        profiles.select("Daria")
        profiles.ask_delete()
        self.shot(window, f"profiles{tag}")
        profiles.confirm.no_button.click()

        area.show_section(Section.PACKS)
        self.shot(window, f"packs{tag}")
        camp = area.show_section(Section.CAMP)
        camp.folder.edit.setText(str(self.work))
        camp.save_archive()
        camp.ask_reset()
        self.shot(window, f"camp{tag}")
        camp.reset_confirm.no_button.click()

        setup = area.show_section(Section.SESSION)
        setup.set_banks(list(BANKS))
        setup.teams.set_names(["Red", "Blue", "Green", "Gold"])
        self.shot(window, f"session-teams{tag}")

        # a team game on the projector
        library = window.library()
        banks = tuple(library.get(b, "en") for b in BANKS)
        plan = SessionPlan(
            banks, count=8, order=QuestionOrder.SHUFFLED, seed=4, seconds_per_question=30
        )
        names = ["Red", "Blue", "Green", "Gold"]
        area.start_session(plan, PlayMode.TEAMS, None, names, True)
        page = area.projector_page()
        # the offscreen screen is 800x800: a window of the projector's size stands in for it
        window.showNormal()
        window.resize(*self.size)
        page._fit()
        settle(self.app)
        self.shot(window, f"projector-question{tag}")
        page.question_widget.pick(0)
        page.reveal()
        self.shot(window, f"projector-revealed{tag}")
        page.go_next()
        self.shot(window, f"projector-scoreboard{tag}")
        rng = random.Random(2)
        while page.stage.value != "end":
            if page.stage.value == "question":
                page.question_widget.pick(rng.randrange(2))
                page.reveal()
            else:
                page.go_next()
        self.shot(window, f"projector-podium{tag}")
        page.go_next()
        self.unlock(area)
        # one student at the laptop, not on a projector
        profile = window.store.profiles()[0]
        plan = SessionPlan(banks[:1], count=3, order=QuestionOrder.AS_WRITTEN, seed=1)
        area.start_session(plan, PlayMode.STUDENT, profile, None, False)
        window.resize(*self.size)
        settle(self.app)
        self.shot(window, f"student-question{tag}")
        while page.stage.value != "end":
            if page.stage.value == "question":
                page.question_widget.pick(0)
                page.reveal()
            else:
                page.go_next()
        self.shot(window, f"student-end{tag}")
        page.go_next()
        self.shot(window, f"session-over{tag}")
        window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    parser.add_argument("--out", type=Path, default=default)
    parser.add_argument("--size", default="1920x1080", help="window size, e.g. 1280x720")
    parser.add_argument("--small", action="store_true", help="also render at 1280x720")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="quizapp-facilitator-shots-") as work:
        renderer = Renderer(args.out, Path(work), (width, height))
        for tag, (scale, contrast) in VARIANTS.items():
            renderer.render(tag, scale, contrast)
        if args.small:
            renderer.size = (1280, 720)
            for tag, (scale, contrast) in VARIANTS.items():
                renderer.render(f"-720{tag}", scale, contrast)
    print(f"wrote {renderer.count} screenshots to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
