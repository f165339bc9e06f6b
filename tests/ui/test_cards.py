"""After a quiz: a result card (PNG) and an A4 certificate (PDF), from the results page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QLineEdit

from quizapp.core.loader import load_bank
from quizapp.ui.sharing.result_card import CARD_SIZE, key_lessons, lesson_from

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample.en.yaml"


def finish_a_quiz(ui) -> None:
    ui.sign_up_with_mouse("Alina")
    bank = ui.window.library().get("sample", "en")
    ui.window.start_quiz(bank, ["s-001", "s-002", "s-003"])
    while ui.page() == "quiz":
        ui.answer_with_mouse(right=ui.current_question().id != "s-002")
        ui.next_with_mouse()
    assert ui.page() == "results"


def test_card_and_certificate_are_saved_from_the_results(ui, tmp_path: Path) -> None:
    finish_a_quiz(ui)
    ui.click(ui.button("resultCardButton"))
    assert ui.page() == "card"
    page = ui.window.page("card")
    info = page.info
    assert (info.name, info.bank_title, info.right, info.asked) == ("Alina", "Sample bank", 2, 3)
    assert len(info.lessons) == 3
    assert info.date == QDate.currentDate()
    assert ui.find(QLabel, "cardPreview").pixmap() is not None
    assert "2 of 3 right" in ui.find(QLabel, "cardPreview").accessibleName()

    # the name on them can be changed (a nickname is not always what goes on a certificate)
    name = ui.find(QLineEdit, "cardNameEdit")
    name.selectAll()
    ui.qtbot.keyClicks(name, "Alina K.")
    assert page.info.name == "Alina K."

    card = page.save_card_to(tmp_path / "card.png")
    assert card == tmp_path / "card.png" and card.stat().st_size > 20_000
    image = QImage(str(card))
    assert not image.isNull()
    assert (image.width(), image.height()) == CARD_SIZE == (1200, 630)
    status = ui.find(QLabel, "cardStatus")
    assert status.isVisible() and str(card) in status.text()

    pdf = page.save_certificate_to(tmp_path / "certificate")  # the suffix is added
    assert pdf == tmp_path / "certificate.pdf"
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 10_000
    assert b"%%EOF" in data[-64:]
    box = re.search(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert box is not None
    width, height = float(box.group(1)), float(box.group(2))
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2  # A4 in points
    assert not list(tmp_path.glob(".*tmp*"))  # written atomically, nothing left over

    ui.click(ui.button("cardBackButton"))
    assert ui.page() == "results"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_the_certificate_renders_as_one_a4_page(ui, tmp_path: Path) -> None:
    finish_a_quiz(ui)
    ui.click(ui.button("resultCardButton"))
    pdf = ui.window.page("card").save_certificate_to(tmp_path / "certificate.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 1
    image = QImage(str(pages[0]))
    assert abs(image.height() / image.width() - 297 / 210) < 0.02


def test_a_folder_that_cannot_be_written_is_said_in_words(ui, tmp_path: Path) -> None:
    finish_a_quiz(ui)
    ui.click(ui.button("resultCardButton"))
    page = ui.window.page("card")
    assert page.save_card_to(tmp_path / "missing" / "card.png") is None
    assert page.save_certificate_to(tmp_path / "missing" / "cert.pdf") is None
    problem = ui.find(QLabel, "cardProblem")
    assert problem.isVisible() and "Try another folder" in problem.text()


def test_lessons_are_short_plain_and_taken_from_the_explanations() -> None:
    bank = load_bank(SAMPLE)
    lessons = key_lessons(bank)
    assert len(lessons) == 3
    assert all(len(lesson) <= 150 and "**" not in lesson for lesson in lessons)
    assert lesson_from("**Never** pay a fee. Real jobs pay you.") == (
        "Never pay a fee. Real jobs pay you."
    )
    long = "word " * 80
    assert lesson_from(long).endswith("…") and len(lesson_from(long)) <= 150
