"""Render the progress page to docs/screenshots/progress-*.png at 1280x720.

    python scripts/render_progress_screenshots.py [--out DIR]

Runs offscreen in a temporary data folder holding two weeks of a student's
camp (quizzes on the bundled banks, practice rounds, a quiz left unfinished),
then shows the page as a student would: the top, scrolled to the charts, and
scrolled to the history; normal, large text (2x) and high contrast. Also the
page of a profile that has answered nothing yet, and home's progress button.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QWidget

from quizapp.app import application, create_window
from quizapp.core.library import BankLibrary
from quizapp.core.paths import DataFolder, bundled_questions_dir
from quizapp.core.practice import MIXED_PRACTICE_BANK_ID
from quizapp.core.store import Store

SIZE = (1280, 720)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def seed_camp(folder: DataFolder, name: str = "Alina", seed: int = 3) -> None:
    """Two weeks of one student's answers, written through the store as the app would."""
    rng = random.Random(seed)
    library = BankLibrary([bundled_questions_dir()], []).load()
    banks = library.banks_for("en")
    today = datetime.now().astimezone().date()
    clock = Clock(datetime.combine(today - timedelta(days=13), time(10)).astimezone())
    with Store.open(folder, clock=clock) as store:
        profile = store.create_profile(name)
        store.create_profile("Maksim")
        skill = {bank.id: rng.uniform(0.45, 0.9) for bank in banks}
        for offset in range(13, -1, -1):
            if offset in (12, 9, 8, 5, 4):
                continue  # days without camp sessions
            day = today - timedelta(days=offset)
            clock.now = datetime.combine(day, time(10, rng.randrange(60))).astimezone()
            for bank in rng.sample(banks, rng.randint(1, 2)):
                ids = [q.id for q in rng.sample(bank.questions, 10)]
                run = store.start_run(profile.id, bank.id, "en", ids, rng.randrange(2**31))
                for question_id in ids:
                    clock.now += timedelta(seconds=rng.randint(8, 40))
                    right = rng.random() < skill[bank.id]
                    store.record_answer(run, question_id, "null", right, float(right), 12.0)
                store.finish_run(run)
                skill[bank.id] = min(0.97, skill[bank.id] + 0.03)
            due = store.review_due(profile.id)[:8]
            if due and offset % 2 == 0:
                clock.now += timedelta(minutes=5)
                run = store.start_run(
                    profile.id,
                    MIXED_PRACTICE_BANK_ID,
                    "en",
                    [q for _, q in due],
                    1,
                    mode="practice",
                )
                for bank_id, question_id in due:
                    clock.now += timedelta(seconds=15)
                    right = rng.random() < 0.75
                    store.record_answer(
                        run, question_id, "null", right, float(right), 9.0, bank_id=bank_id
                    )
                store.finish_run(run)
        # a quiz left half done this morning
        bank = banks[0]
        ids = [q.id for q in bank.questions[:10]]
        run = store.start_run(profile.id, bank.id, "en", ids, 5)
        for question_id in ids[:4]:
            clock.now += timedelta(seconds=20)
            store.record_answer(run, question_id, "null", True, 1.0, 10.0)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


class Renderer:
    def __init__(self, out: Path, work: Path) -> None:
        self.out = out
        self.work = work
        self.app = application()
        self.written: list[Path] = []

    def shot(self, window, name: str) -> None:
        settle(self.app)
        path = self.out / f"{name}.png"
        window.grab().save(str(path))
        self.written.append(path)

    def window(self, name: str, scale: float, contrast: bool):
        data = self.work / name
        seed_camp(DataFolder(data))
        window = create_window(data, lang="en")
        window.theme.set_scale(scale)
        window.theme.set_high_contrast(contrast)
        window.resize(*SIZE)
        window.show()
        settle(self.app)
        return window

    def scroll_to(self, page, widget: QWidget) -> None:
        bar = page.scroll.verticalScrollBar()
        top = widget.mapTo(page.scroll.widget(), widget.rect().topLeft()).y()
        bar.setValue(max(0, top - page.scroll.viewport().height() // 12))
        settle(self.app)

    def render(self, suffix: str = "", scale: float = 1.0, contrast: bool = False) -> None:
        window = self.window(f"camp{suffix}", scale, contrast)
        window.sign_in(window.store.profiles()[0])
        settle(self.app)
        self.shot(window, f"progress-home-button{suffix}")
        page = window.show_progress()
        self.shot(window, f"progress{suffix}")
        page.mastery_chart.setFocus()
        self.scroll_to(page, page.topics_heading)
        self.shot(window, f"progress-topics{suffix}")
        self.scroll_to(page, page.days_heading)
        self.shot(window, f"progress-days{suffix}")
        self.scroll_to(page, page.history_heading)
        self.shot(window, f"progress-history{suffix}")
        window.go_home()
        window.sign_out()
        window.sign_in(window.store.profiles()[1])  # has answered nothing yet
        window.show_progress()
        self.shot(window, f"progress-empty{suffix}")
        window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="quizapp-progress-shots-") as work:
        renderer = Renderer(args.out, Path(work))
        renderer.render()
        renderer.render("-large", scale=2.0)
        renderer.render("-contrast", contrast=True)
    print(f"wrote {len(renderer.written)} screenshots to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
