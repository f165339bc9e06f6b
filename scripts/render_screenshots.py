# ruff: noqa: E501  (the showcase bank below has long lines of text)
"""Render every page and each kind of question to docs/screenshots/*.png at 1280x720.

    python scripts/render_screenshots.py [--out DIR]

Runs offscreen in a temporary data folder, with a showcase bank (every kind,
every kind of mock message, a picture) and one broken bank to show the
notice. Also renders large-text (2x) and high-contrast variants.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from quizapp.app import application, create_window

SHOWCASE = """format: 1
id: showcase
language: en
title: "Showcase: every kind of question"
description: "A bank for screenshots and demos: every question kind and every kind of mock message."
sources:
  c17: "UNODC, Avoid the Trap: internet safety tips"
  c25: "IOM, Identify the signs of human trafficking"
questions:
  - id: sc-chat
    kind: single
    prompt: "Dana (16) gets this chat. What is the **best** next step?"
    explanation: "Secrecy, a private app and a trip abroad are warning signs. Dana can stop, not switch apps, and talk it over with someone she trusts."
    source: c25
    scenario:
      style: chat
      sender: "Max"
      lines:
        - "You're so mature 😍 Your parents won't get us, keep it between us."
        - "Let's switch to another app, it's more private."
        - "My friend has a job in Germany, we could be together!"
    choices:
      - text: "Keep chatting, but secretly"
        feedback: "Keeping it secret is exactly what the other person wants: it cuts Dana off from people who would check."
      - text: "Don't switch apps; stop and talk to someone she trusts"
        correct: true
      - text: "Send a photo to prove she trusts him"
        feedback: "A request for photos early on is a red flag, never a test of trust."
      - text: "Meet him alone to see if he is real"
  - id: sc-ad
    kind: multiple
    prompt: "Which parts of this ad are red flags? Choose all that apply."
    explanation: "High pay for no experience, a 'you repay' debt and pressure to hurry are classic lures. Working abroad itself is fine: check the agency on the official licence list."
    source: c17
    scenario:
      style: ad
      sender: "Dream Jobs Europe"
      lines:
        - "Hotel work in Poland: EUR 1800 a month, no experience!"
        - "We pay tickets and housing; you repay from your first salary."
        - "Only 3 places left. DM a passport photo today!"
    choices:
      - text: "Very high pay with no experience needed"
        correct: true
      - text: "\\"You repay from your first salary\\""
        correct: true
      - text: "\\"Only 3 places left\\" pressure"
        correct: true
      - text: "The job is abroad"
        feedback: "Working abroad is fine; the lure is in how the offer is made."
  - id: sc-post
    kind: truefalse
    prompt: "True or false: a post with thousands of likes and a blue tick is proof that a modelling agency is real."
    explanation: "False. Likes, followers and ticks can be bought or faked. Contact the agency through its official website and talk it over with an adult you trust."
    source: c25
    scenario:
      style: post
      sender: "Star Models International"
      lines:
        - "CASTING NOW ✨ Faces wanted for a shoot in Dubai. Flights paid!"
        - "Send your photos by DM. 12,400 likes"
    answer: false
  - id: sc-email
    kind: single
    prompt: "What should Artem do with this email first?"
    explanation: "Real employers do not ask for a fee to hire you. Checking the company through its official site or phone, not the email, protects you."
    source: c17
    scenario:
      style: email
      sender: "hr@global-recruit-jobs.example"
      lines:
        - "Dear Artem, congratulations! You have been selected for a support job in Thailand."
        - "Please pay the visa fee of $300 today to secure your place."
    choices:
      - text: "Check the company through its official website or phone, not the email"
        correct: true
      - text: "Pay the fee quickly so the place is not lost"
        feedback: "A fee to get a job is a red flag (ILO: workers must not pay recruitment fees)."
      - text: "Reply with a copy of his passport"
  - id: sc-sms
    kind: single
    prompt: "Which part of this text message is the biggest red flag?"
    explanation: "Asking you to keep a job offer secret cuts you off from the people who would check it. Tell someone you trust."
    source: c25
    scenario:
      style: sms
      sender: "+375 29 000 00 00"
      lines:
        - "Hi, it's Olga from the agency. The job in Milan is yours!"
        - "Don't tell your parents yet, it's a surprise."
    choices:
      - text: "\\"Don't tell your parents yet\\""
        correct: true
      - text: "The message is from an agency"
      - text: "The job is in Milan"
  - id: sc-order
    kind: order
    prompt: "A friend got a job offer abroad. Put these steps in a safe order."
    explanation: "Check first, then get a contract you can read, then leave copies and a plan with family, and only then travel."
    source: c17
    steps:
      - "Check the agency on the official licence list"
      - "Get a written contract in your language and read it"
      - "Leave a copy of your passport and your travel plan with family"
      - "Travel, and keep your passport with you"
  - id: sc-match
    kind: match
    prompt: "Match each situation with the warning sign it shows."
    explanation: "These are forced-labour indicators from the ILO. Knowing their names helps you describe what you see to someone who can help."
    source: c25
    pairs:
      - ["The manager keeps your passport 'for the permit'", "Keeping identity documents"]
      - ["Your debt for the trip keeps growing", "Debt bondage"]
      - ["'We keep your wages safe for you'", "Withheld wages"]
  - id: sc-spot
    kind: spot
    prompt: "Tap every red flag in this message."
    explanation: "Pay far above normal with no experience and a request to keep it secret are classic lures. The friendly greeting is not a warning sign on its own."
    source: c25
    message:
      sender: "Modelling scout"
      parts:
        - "Hi gorgeous! I saw your photos. "
        - flag: "You could earn EUR 5000 a month in Milan, no experience needed."
          why: "Pay far above normal for work that needs no experience is a classic lure."
        - " We have placed many young people from your town. "
        - flag: "Don't tell your parents yet, it's a surprise."
          why: "Asking you to keep it secret cuts you off from the people who would check."
        - " Write back soon!"
  - id: sc-image
    kind: truefalse
    prompt: "This poster promises a job with a free flight. Is a free flight alone proof that the offer is safe?"
    explanation: "No. 'Free' travel is often turned into a debt later. Check the agency and get a contract before you go."
    source: c17
    image: showcase-poster.png
    answer: false
"""

BROKEN = """format: 1
id: broken-bank
language: en
title: "A broken bank"
questions:
  - id: b-1
    kind: single
    prompt: "Which?"
    explenation: "typo in the key"
    choices:
      - text: "A"
        correct: true
      - text: "B"
"""

SIZE = (1280, 720)
KINDS = {
    "chat-single": "sc-chat",
    "ad-multiple": "sc-ad",
    "post-truefalse": "sc-post",
    "email-single": "sc-email",
    "sms-single": "sc-sms",
    "order": "sc-order",
    "match": "sc-match",
    "spot": "sc-spot",
    "image": "sc-image",
}


def poster(path: Path) -> None:
    image = QImage(560, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#1E3A5F"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#F5C518"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(470, 70), 60, 60)
    painter.setPen(QColor("#FFFFFF"))
    font = QFont()
    font.setPixelSize(40)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(30, 60, 420, 120), "WORK ABROAD\nFREE FLIGHT!")
    font.setPixelSize(22)
    font.setBold(False)
    painter.setFont(font)
    painter.drawText(
        QRectF(30, 200, 500, 80), "No experience. Start next week.\nWrite to us today."
    )
    painter.end()
    image.save(str(path))


def settle(app: QApplication) -> None:
    for _ in range(4):
        app.processEvents()


class Renderer:
    def __init__(self, out: Path, work: Path) -> None:
        self.out = out
        self.work = work
        self.banks = work / "banks"
        self.banks.mkdir(parents=True, exist_ok=True)
        self.app = application()
        (self.banks / "showcase.en.yaml").write_text(SHOWCASE, encoding="utf-8")
        poster(self.banks / "showcase-poster.png")
        (self.banks / "broken.en.yaml").write_text(BROKEN, encoding="utf-8")
        self.count = 0

    def window(self, name: str, scale: float = 1.0, contrast: bool = False):
        data = self.work / name
        window = create_window(data, banks_dirs=[self.banks], lang="en")
        window.theme.set_scale(scale)
        window.theme.set_high_contrast(contrast)
        window.resize(*SIZE)
        window.show()
        settle(self.app)
        return window

    def shot(self, window, name: str) -> None:
        settle(self.app)
        window.grab().save(str(self.out / f"{name}.png"))
        self.count += 1

    def sign_in(self, window, name: str = "Alina") -> None:
        window.profiles.name_edit.setText(name)
        window.profiles.create_profile()
        settle(self.app)

    def bank(self, window):
        return window.library().get("showcase", "en")

    def quiz(self, window, question_id: str) -> object:
        window.start_quiz(self.bank(window), [question_id])
        settle(self.app)
        return window.page("quiz")

    def answer(self, quiz, question_id: str) -> None:
        widget = quiz._widget
        if question_id in ("sc-order",):
            widget.move_to(3, 0)
        elif question_id == "sc-match":
            widget.choose(0, 0)
            widget.choose(1, 2)
            widget.choose(2, 1)
        elif question_id == "sc-spot":
            widget.pick(1)
            widget.pick(2)
        elif question_id in ("sc-ad",):
            widget.pick(0)
            widget.pick(3)
        else:
            widget.pick(0)
        settle(self.app)

    def render_all(self, suffix: str = "", scale: float = 1.0, contrast: bool = False) -> None:
        tag = suffix
        window = self.window(f"profiles{tag}", scale, contrast)
        self.shot(window, f"profiles-empty{tag}")
        for name in ("Alina", "Maksim", "Daria", "Yegor", "Sofia", "Timur", "Kseniya"):
            window.profiles.name_edit.setText(name)
            window.profiles.create_profile()
            window.sign_out()
        self.shot(window, f"profiles{tag}")
        window.profiles.name_edit.setText("alina")
        window.profiles.create_profile()
        self.shot(window, f"profiles-refused-name{tag}")
        window.profiles.name_edit.clear()
        window.profiles.profile_list.setCurrentRow(0)
        window.profiles._item_chosen(window.profiles.profile_list.item(0))
        settle(self.app)
        home = window.page("home")
        home.bank_list.setCurrentRow(1)
        self.shot(window, f"home{tag}")
        home.bank_list.clearSelection()
        home.start_selected()
        self.shot(window, f"home-no-bank-selected{tag}")
        window.library_notice.dismiss()
        for kind, question_id in KINDS.items():
            quiz = self.quiz(window, question_id)
            self.shot(window, f"quiz-{kind}{tag}")
            self.answer(quiz, question_id)
            quiz.submit()
            settle(self.app)
            self.shot(window, f"quiz-{kind}-checked{tag}")
            quiz.leave()
        # a whole round for the results page, then help
        bank = self.bank(window)
        window.start_quiz(bank, [q.id for q in bank.questions][:5])
        quiz = window.page("quiz")
        for _ in range(5):
            question_id = quiz.session.current.id
            self.answer(quiz, question_id)
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
        # resume card on home
        window.start_quiz(bank, [q.id for q in bank.questions][:4])
        quiz = window.page("quiz")
        self.answer(quiz, quiz.session.current.id)
        quiz.submit()
        quiz.leave()
        self.shot(window, f"home-resume{tag}")
        window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="quizapp-shots-") as work:
        renderer = Renderer(args.out, Path(work))
        renderer.render_all()
        renderer.render_all("-large", scale=2.0)
        renderer.render_all("-contrast", contrast=True)
    print(f"wrote {renderer.count} screenshots to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
