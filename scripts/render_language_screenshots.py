"""Render every page in Russian and Belarusian to docs/screenshots/*-ru.png and *-be.png.

    python scripts/render_language_screenshots.py [--out DIR] [--lang ru be] [--no-large]

Runs offscreen at 1280x720 in a temporary data folder, with the bundled banks
(each kind of question, each kind of mock message, in the interface language)
and one English-only bank, to show the mark a bank gets when it has no version
in the interface language. Each page is also rendered at double text size
(*-large-<lang>.png): the longer Russian and Belarusian strings must fit
there too. Look at the pictures: that is the point.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from quizapp.app import application, create_window

SIZE = (1280, 720)
LANGUAGES = ("ru", "be")

# (shot name, bank id, question id): every kind of question and of mock message
QUESTIONS = (
    ("chat-single", "online-lures", "ol-012"),
    ("ad-multiple", "how-traffickers-operate", "ho-012"),
    ("post-single", "international-response", "ir-004"),
    ("email-single", "safe-travel-work", "st-011"),
    ("sms-single", "getting-help", "gh-031"),
    ("truefalse", "online-lures", "ol-002"),
    ("order", "online-lures", "ol-010"),
    ("match", "online-lures", "ol-023"),
    ("spot", "how-traffickers-operate", "ho-013"),
)

ENGLISH_ONLY = """format: 1
id: camp-extras
language: en
title: "Camp extras: spotting a fake job post"
description: "A bank written at camp, in English only so far."
questions:
  - id: ce-1
    kind: truefalse
    prompt: "A job that asks you to pay a fee before you start is always safe."
    explanation: "A fee to get a job is a red flag: real employers do not charge for hiring."
    answer: false
  - id: ce-2
    kind: single
    prompt: "What should you do before you accept a job abroad?"
    explanation: "Check the agency on the official licence list and read the contract first."
    choices:
      - text: "Check the agency and read the contract"
        correct: true
      - text: "Send your passport to the recruiter"
      - text: "Pay the fee quickly to keep the place"
"""


def settle(app: QApplication) -> None:
    for _ in range(4):
        app.processEvents()


class LanguageRenderer:
    def __init__(self, out: Path, work: Path) -> None:
        self.out = out
        self.work = work
        self.banks = work / "banks"
        self.banks.mkdir(parents=True, exist_ok=True)
        (self.banks / "camp-extras.en.yaml").write_text(ENGLISH_ONLY, encoding="utf-8")
        self.app = application()
        self.count = 0

    def window(self, name: str, lang: str, scale: float):
        window = create_window(self.work / name, banks_dirs=[self.banks], lang=lang)
        window.theme.set_scale(scale)
        window.resize(*SIZE)
        window.show()
        settle(self.app)
        return window

    def shot(self, window, name: str) -> None:
        settle(self.app)
        window.grab().save(str(self.out / f"{name}.png"))
        self.count += 1

    def answer(self, quiz) -> None:
        """Part right, part wrong, so the checked page shows every kind of mark."""
        widget = quiz._widget
        name = type(widget).__name__
        if name == "OrderQuestionWidget":
            widget.move_to(len(widget.rows) - 1, 0)
        elif name == "MatchQuestionWidget":
            size = len(widget.combos)
            for left in range(size):
                widget.choose(left, left if left == 0 else (left % (size - 1)) + 1)
        elif name == "SpotQuestionWidget" or len(getattr(widget, "buttons", ())) > 2:
            widget.pick(0)
            widget.pick(1)
        else:
            widget.pick(0)
        settle(self.app)

    def render(self, lang: str, scale: float) -> None:
        tag = ("-large" if scale > 1 else "") + f"-{lang}"
        window = self.window(f"data{tag}", lang, scale)
        self.shot(window, f"profiles-empty{tag}")
        for name in ("Alina", "Maksim", "Daria", "Yegor", "Sofia"):
            window.profiles.name_edit.setText(name)
            window.profiles.create_profile()
            window.sign_out()
        self.shot(window, f"profiles{tag}")
        window.profiles.name_edit.setText("alina")
        window.profiles.create_profile()
        self.shot(window, f"profiles-refused-name{tag}")
        window.profiles.name_edit.clear()
        window.profiles._item_chosen(window.profiles.profile_list.item(0))
        settle(self.app)
        home = window.page("home")
        home.bank_list.setCurrentRow(0)  # the English-only bank: its card has the mark
        home.bank_list.scrollToTop()
        self.shot(window, f"home{tag}")

        library = window.library()
        quiz = window.page("quiz")
        for shot_name, bank_id, question_id in QUESTIONS:
            bank = library.best(bank_id, lang)
            window.start_quiz(bank, [question_id])
            settle(self.app)
            self.shot(window, f"quiz-{shot_name}{tag}")
            self.answer(quiz)
            quiz.submit()
            settle(self.app)
            self.shot(window, f"quiz-{shot_name}-checked{tag}")
            quiz.leave()

        english = library.get("camp-extras", "en")
        window.start_quiz(english, ["ce-2"])
        self.shot(window, f"quiz-english-bank{tag}")
        quiz.leave()

        # a whole round (some wrong) for the results page, then help
        bank = library.best("online-lures", lang)
        window.start_quiz(bank, ["ol-001", "ol-002", "ol-012", "ol-023"])
        for _ in range(4):
            self.answer(quiz)
            quiz.submit()
            quiz.go_next()
        settle(self.app)
        self.shot(window, f"results{tag}")
        window.show_help("results")
        self.shot(window, f"help{tag}")
        help_page = window.page("help")
        contact = help_page.findChild(QWidget, "helpContact_0")
        if contact is not None:
            help_page.scroll.verticalScrollBar().setValue(contact.y() - 20)
            self.shot(window, f"help-contacts{tag}")

        # home with a quiz in progress and questions to practise
        window.start_quiz(bank, ["ol-003", "ol-004", "ol-006"])
        self.answer(quiz)
        quiz.submit()
        quiz.leave()
        self.shot(window, f"home-resume{tag}")
        self.other_pages(window, tag)
        window.close()

    def other_pages(self, window, tag: str) -> None:
        """Every other page the window knows (progress, sharing, ...), then the facilitator area."""
        names = sorted(set(window._pages) | set(window._factories))
        done = {"profiles", "home", "quiz", "results", "help", "facilitator"}
        for name in [n for n in names if n not in done]:
            opener = getattr(window, f"show_{name}", None)
            page = opener() if callable(opener) else window.show_page(name)
            if page is not None:
                self.shot(window, f"{name}{tag}")
            window.go_home()
        if not window.has_page("facilitator"):
            return
        window.sign_out()
        window.findChild(QWidget, "facilitatorButton").click()
        for _ in range(2):  # a PIN, then the same again to confirm it
            edit = window.findChild(QLineEdit, "pinEdit")
            if edit is None or not edit.isVisible():
                break
            edit.setText("camp-2025")
            window.findChild(QWidget, "pinConfirmButton").click()
            settle(self.app)
        area = window.current_page()
        self.shot(window, f"facilitator{tag}")
        for index, button in enumerate(getattr(area, "nav_buttons", {}).values()):
            if not button.isChecked():  # the section the area opens on is shot already
                button.click()
                self.shot(window, f"facilitator-{index}{tag}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    parser.add_argument("--out", type=Path, default=default)
    parser.add_argument("--lang", nargs="+", default=list(LANGUAGES), choices=LANGUAGES)
    parser.add_argument("--no-large", action="store_true", help="skip the double text size")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="quizapp-lang-shots-") as work:
        renderer = LanguageRenderer(args.out, Path(work))
        for lang in args.lang:
            renderer.render(lang, 1.0)
            if not args.no_large:
                renderer.render(lang, 2.0)
    print(f"wrote {renderer.count} screenshots to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
