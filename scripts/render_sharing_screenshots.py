"""Render the sharing pages, the result card and the certificate to docs/screenshots/.

    python scripts/render_sharing_screenshots.py [--out DIR]

Runs offscreen in a temporary data folder at 1280x720: the Create page
(empty, a spot-the-flags question with its preview, messages for a bad
entry, a GIFT import), sharing packs (export; a facilitator's update plan
and a refused pack), a challenge (set-up, hand-over, result), the card page,
the card itself and the certificate (the PDF rendered with pdftoppm when it
is installed). Also renders large-text (2x) and high-contrast variants of
the pages.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QWidget

from quizapp.app import application, create_window
from quizapp.core.bank import Kind
from quizapp.core.packs import Manifest, PackFile, export_pack
from quizapp.ui.sharing.certificate import write_certificate
from quizapp.ui.sharing.result_card import CardInfo, save_card

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "tests" / "data" / "sample.en.yaml"
GIFT = REPO / "tests" / "data" / "imports" / "every-feature.gift"
SIZE = (1280, 720)
WAIT_MS = 20_000


def settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def wait_for(app: QApplication, done, limit: int = 2000) -> None:
    for _ in range(limit):
        if done():
            return
        app.processEvents()
        QApplication.instance().thread().msleep(5)
    raise RuntimeError("timed out")


class Renderer:
    def __init__(self, out: Path, work: Path) -> None:
        self.out = out
        self.work = work
        self.app = application()
        self.extra = work / "extra"
        self.extra.mkdir()
        shutil.copy(SAMPLE, self.extra / "sample.en.yaml")
        self.count = 0

    def window(self, name: str, scale: float, contrast: bool, extra: bool = True):
        window = create_window(
            self.work / name, banks_dirs=[self.extra] if extra else [], lang="en"
        )
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

    @staticmethod
    def reveal(area, widget: QWidget, margin: int = 40) -> None:
        area.ensureWidgetVisible(widget, 0, margin)

    # -- create ------------------------------------------------------------------

    def render_create(self, suffix: str, scale: float, contrast: bool) -> None:
        window = self.window(f"create{suffix}", scale, contrast)
        self.sign_in(window)
        window.sharing.show_create()
        page = window.page("create")
        self.shot(window, f"create-new{suffix}")

        page.bank_title.setText("Job offers that are too good")
        form = page.form
        form.set_kind(Kind.SPOT)
        form.prompt.setPlainText("Tap every red flag in this message from a 'recruiter'.")
        form.explanation.setPlainText(
            "Real employers never charge you to get a job, and never ask you to keep it "
            "secret. Check the agency on the official licence list, and talk to someone "
            "you trust."
        )
        spot = form.editors["spot"]
        spot.sender.setText("Dream Jobs Europe")
        parts = [
            ("Hi! We saw your profile and love it.", None),
            (
                "Hotel work in Poland, EUR 1800 a month, no experience needed!",
                "Pay far above normal for work that needs no experience is a classic lure.",
            ),
            ("Just pay EUR 200 for the visa today.", "Real employers never charge you a fee."),
            (
                "Don't tell your parents yet, it's a surprise.",
                "Secrecy cuts you off from the people who would check.",
            ),
        ]
        while len(spot.rows) < len(parts):
            spot.add_row()
        for row, (text, why) in zip(spot.rows, parts, strict=True):
            row.widgets["text"].setText(text)
            row.widgets["flag"].setChecked(why is not None)
            row.widgets["why"].setText(why or "")
        spot._rewind()
        page.check_now()
        settle(self.app)
        if page.preview_area.isVisible():
            page.form_area.verticalScrollBar().setValue(
                page.form.mapTo(page.form_area.widget(), page.form.stack.pos()).y()
            )
        else:
            self.reveal(page.form_area, page.preview, 10)
        self.shot(window, f"create-spot{suffix}")

        page.save_question()
        page.new_question(Kind.SINGLE)
        form.prompt.setPlainText("Which offer is safe to answer?")
        choices = form.editors["choices"]
        choices.rows[0].widgets["text"].setText("The one that asks for a fee")
        choices.rows[1].widgets["text"].setText("The one that asks for a fee")
        page.save_question()
        settle(self.app)
        self.reveal(page.form_area, form.explanation_error, 120)
        self.reveal(page.form_area, choices.rows[1], 20)
        self.shot(window, f"create-errors{suffix}")

        window.sharing.show_import_questions()
        importer = window.page("import-questions")
        importer.convert(GIFT)
        wait_for(self.app, lambda: importer.bank is not None)
        settle(self.app)
        importer.scroll.ensureWidgetVisible(importer.skipped, 0, 10)
        self.shot(window, f"create-import-gift{suffix}")
        window.close()

    # -- packs ----------------------------------------------------------------------

    def render_share(self, suffix: str, scale: float, contrast: bool) -> None:
        window = self.window(f"share{suffix}", scale, contrast)
        self.sign_in(window)
        window.sharing.show_share("sample")
        page = window.page("share")
        page.pack_title.setText("Our camp's questions")
        page.export_to(self.work / f"camp{suffix}.quizpack")
        wait_for(self.app, lambda: not page.busy and page.export_status.isVisible())
        settle(self.app)
        page.scroll.ensureWidgetVisible(page.export_status, 0, 10)
        self.shot(window, f"share-export{suffix}")
        window.close()

        # the facilitator side: an update is shown and asked about first
        v1 = self.work / f"v1{suffix}.quizpack"
        export_pack([SAMPLE], v1, self.work / "nowhere")
        newer = self.work / f"newer{suffix}"
        newer.mkdir()
        text = SAMPLE.read_text("utf-8").replace("title:", "version: 2\ntitle:", 1)
        (newer / "sample.en.yaml").write_text(text, "utf-8")
        v2 = self.work / f"v2{suffix}.quizpack"
        export_pack([newer / "sample.en.yaml", *self._pictures()], v2, self.work / "nowhere")

        window = self.window(f"facilitator{suffix}", scale, contrast, extra=False)
        self.sign_in(window, "Facilitator")
        packs = window.sharing.make_pack_page(allow_import=True)
        window.add_page("packs-shot", packs)
        window.show_page("packs-shot")
        packs.check_pack(v1)
        wait_for(self.app, lambda: packs.plan is not None)
        packs.install()
        wait_for(self.app, lambda: packs.import_result.isVisible())
        packs.check_pack(v2)
        wait_for(self.app, lambda: packs.plan is not None)
        settle(self.app)
        packs.scroll.ensureWidgetVisible(packs.confirm, 0, 10)
        self.shot(window, f"share-import-plan{suffix}")

        packs.check_pack(self._hostile(self.work / f"prizes{suffix}.quizpack"))
        wait_for(self.app, lambda: packs.import_error.isVisible())
        settle(self.app)
        self.shot(window, f"share-import-refused{suffix}")
        window.close()

    def _pictures(self) -> list[Path]:
        folder = REPO / "tests" / "data" / "packs" / "with-image"
        return [folder / "pictures.en.yaml"]

    @staticmethod
    def _hostile(path: Path) -> Path:
        data = b"format: 1\n"
        manifest = Manifest(
            id="prizes",
            title="Free prizes",
            author="?",
            created="2024-05-01T12:00:00+00:00",
            files=(PackFile("../../evil.yaml", hashlib.sha256(data).hexdigest(), len(data)),),
        )
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("pack.yaml", manifest.to_yaml())
            archive.writestr("../../evil.yaml", data)
        return path

    # -- challenge --------------------------------------------------------------------

    def render_challenge(self, suffix: str, scale: float, contrast: bool) -> None:
        window = self.window(f"challenge{suffix}", scale, contrast)
        window.store.create_profile("Sasha")
        self.sign_in(window)
        window.sharing.show_challenge()
        page = window.page("challenge")
        page.bank_selector.setCurrentIndex(page.bank_selector.findData("online-lures"))
        page.set_count(5)
        page.friend_edit.setText("Max")
        self.shot(window, f"challenge-setup{suffix}")

        page.start()
        settle(self.app)
        self._play(window, right=lambda n: n != 2)
        self.shot(window, f"challenge-handover{suffix}")
        page.friend_start()
        settle(self.app)
        self._play(window, right=lambda n: n % 2 == 0)
        self.shot(window, f"challenge-result{suffix}")
        page.result_scroll.ensureWidgetVisible(page.findChild(QWidget, "challengeTable"), 0, 10)
        self.shot(window, f"challenge-result-table{suffix}")

        # the result page leads to the card
        window.show_page("results")
        window.page("results").card_button.click()
        settle(self.app)
        self.shot(window, f"card-page{suffix}")
        window.close()

    def _play(self, window, right) -> None:
        quiz = window.page("quiz")
        number = 0
        while window.current_page_name() == "quiz" and quiz.session is not None:
            question = quiz.session.current
            widget = quiz._widget
            if question.kind in (Kind.SINGLE, Kind.MULTIPLE, Kind.TRUEFALSE):
                widget.pick(0 if right(number) else 1)
                if right(number):
                    for button in widget.buttons:
                        button.setChecked(False)
                    for index in widget._right_indices():
                        widget.buttons[index].setChecked(True)
            elif question.kind is Kind.SPOT:
                for segment in widget.segments:
                    if question.parts[segment.part_index].flag == right(number):
                        segment.setChecked(True)
                if not widget.answer():
                    widget.segments[0].setChecked(True)
            elif question.kind is Kind.MATCH:
                for left, combo in enumerate(widget.combos):
                    combo.setCurrentIndex(combo.findData(left if right(number) else 0))
            quiz.submit()
            quiz.go_next()
            settle(self.app, 2)
            number += 1

    # -- the card and the certificate ------------------------------------------------------

    def render_card_files(self) -> None:
        lessons = (
            "Real employers never ask you to pay a fee to get a job; a fee up front is a "
            "classic lure.",
            "Keeping a new online friend secret from family cuts you off from the people "
            "who would check.",
            "Never hand over your passport: whoever holds it holds your freedom to leave.",
        )
        info = CardInfo("Alina", "Spotting lures online", 8, 10, QDate(2024, 7, 30), "en", lessons)
        save_card(info, self.out / "card.png")
        self.count += 1
        russian = CardInfo(
            "Александра Константинопольская",
            "Как распознать приманки в интернете: работа, модельные агентства, учёба",
            10,
            10,
            QDate(2024, 7, 30),
            "ru",
            (
                "Настоящий работодатель не просит платить за то, чтобы получить работу.",
                "Если новый знакомый просит держать всё в секрете, это тревожный знак.",
                "Никогда не отдавайте паспорт: тот, у кого он, решает, можете ли вы уехать.",
            ),
        )
        save_card(russian, self.out / "card-ru.png")
        self.count += 1
        for name, card in (("certificate", info), ("certificate-ru", russian)):
            pdf = self.work / f"{name}.pdf"
            write_certificate(card, pdf)
            if shutil.which("pdftoppm"):
                subprocess.run(
                    ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(self.out / name)],
                    check=True,
                )
                self.count += 1
            else:
                print(f"pdftoppm not found: {name}.png not rendered", file=sys.stderr)

    def render_all(self, suffix: str = "", scale: float = 1.0, contrast: bool = False) -> None:
        self.render_create(suffix, scale, contrast)
        self.render_share(suffix, scale, contrast)
        self.render_challenge(suffix, scale, contrast)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="quizapp-sharing-shots-") as work:
        renderer = Renderer(args.out, Path(work))
        renderer.render_card_files()
        renderer.render_all()
        renderer.render_all("-large", scale=2.0)
        renderer.render_all("-contrast", contrast=True)
    print(f"wrote {renderer.count} screenshots to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
