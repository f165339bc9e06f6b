"""Opening the progress page with a year of camp data (100,000 answers), against a baseline.

Prints, as medians over several openings in one process, offscreen (and the
fastest opening: on a busy machine the median drifts up with the load):

- open: from pressing "My progress" (MainWindow.show_progress) until the page
  has been laid out and painted: building the page, reading the store
  (history, best scores, mastery over every answer, answers per day,
  practice) and the first paint; target < 150 ms;
- of which the store reads alone (progress_page.load_progress);
- baseline: the same window showing a plain page with as many child widgets
  (QLabels) as the progress page has, built and painted the same way;
- the ratio of the two.

    python bench/bench_progress_page.py [--answers 100000] [--repeat 9] [--dir PATH]

The answers are generated straight into a store made by the real code, on
the bundled banks (so that mastery has all their topics), over a year, all
for one profile: the worst case for a page that shows one profile. Not a
test: nothing here asserts a duration.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from quizapp.app import application, create_window
from quizapp.core.library import BankLibrary
from quizapp.core.paths import DataFolder, bundled_questions_dir
from quizapp.core.progress import DEFAULT_RULES, question_tags, utc_text
from quizapp.core.store import Store, _replay_review
from quizapp.ui.pages.progress_page import load_progress

RUN_LENGTH = 10


def generate(folder: DataFolder, answers: int, seed: int = 11) -> None:
    """`answers` answers of one profile over the last year, as record_answer would store them."""
    Store.open(folder).close()  # the real schema, made by the real code
    banks = BankLibrary([bundled_questions_dir()], []).load().banks_for("en")
    rng = random.Random(seed)
    connection = sqlite3.connect(folder.database, isolation_level=None)
    connection.execute("PRAGMA synchronous = OFF")  # generation only
    connection.execute("BEGIN")
    connection.execute(
        "INSERT INTO profiles (name, name_key, colour, created_at) VALUES (?,?,?,?)",
        ("Student", "student", "#1f77b4", "2024-01-01T00:00:00.000+00:00"),
    )
    start = datetime.now(timezone.utc) - timedelta(days=365)
    runs: list[tuple] = []
    rows: list[tuple] = []
    while len(rows) < answers:
        bank = rng.choice(banks)
        ids = [q.id for q in rng.sample(bank.questions, RUN_LENGTH)]
        mode = "practice" if rng.random() < 0.2 else "quiz"
        began = start + timedelta(minutes=rng.randrange(365 * 24 * 60))
        run_id = len(runs) + 1
        runs.append(
            (run_id, 1, bank.id, "en", json.dumps(ids), len(ids), rng.randrange(2**31), mode,
             "finished", utc_text(began), utc_text(began + timedelta(minutes=5)))
        )  # fmt: skip
        for offset, qid in enumerate(ids[: answers - len(rows)]):
            moment = began + timedelta(seconds=20 * offset)
            right = rng.random() < 0.7
            rows.append(
                (1, run_id, bank.id, qid, "en", "[0]", int(right), float(right), 12.0,
                 utc_text(moment), moment.astimezone().date().isoformat())
            )  # fmt: skip
    connection.executemany(
        "INSERT INTO runs (id, profile_id, bank_id, language, question_ids, total, seed, mode,"
        " status, started_at, finished_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        runs,
    )
    rows.sort(key=lambda row: row[9])
    connection.executemany(
        "INSERT INTO answers (profile_id, run_id, bank_id, question_id, language, answer_json,"
        " correct, score, seconds, answered_at, local_day) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    connection.execute(
        """UPDATE runs SET
            asked_count = (SELECT count(*) FROM answers a WHERE a.run_id = runs.id),
            right_count = (SELECT coalesce(sum(a.correct), 0) FROM answers a
                           WHERE a.run_id = runs.id)"""
    )
    _replay_review(connection, DEFAULT_RULES)
    connection.execute("COMMIT")
    connection.execute("ANALYZE")
    connection.close()


class PaintWatch(QObject):
    """Notes the first paint of any widget inside a given page."""

    def __init__(self) -> None:
        super().__init__()
        self.page: QWidget | None = None
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.painted_at is None
            and event.type() == QEvent.Type.Paint
            and self.page is not None
            and isinstance(watched, QWidget)
            and (watched is self.page or self.page.isAncestorOf(watched))
        ):
            self.painted_at = time.perf_counter()
        return False


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def baseline_page(labels: int) -> QWidget:
    page = QWidget()
    page.setObjectName("baselinePage")
    layout = QVBoxLayout(page)
    for number in range(labels):
        layout.addWidget(QLabel(f"Label {number}: some words on a page"))
    return page


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--dir", type=Path, default=None, help="where to put the data folder")
    args = parser.parse_args()
    app = application()
    with tempfile.TemporaryDirectory(prefix="bench-progress-", dir=args.dir) as temporary:
        folder = DataFolder(Path(temporary) / "data")
        began = time.perf_counter()
        generate(folder, args.answers)
        print(
            f"{args.answers:,} answers of one profile over a year, generated in "
            f"{time.perf_counter() - began:.1f} s ({folder.database.stat().st_size / 1e6:.1f} MB)"
        )
        window = create_window(folder.root, lang="en")
        window.resize(1280, 720)
        window.show()
        settle(app)
        library = window.library()
        window.sign_in(window.store.profiles()[0])
        settle(app)
        watch = PaintWatch()
        app.installEventFilter(watch)

        def open_progress() -> tuple[float, float]:
            window._add_progress_pages()  # a page not built yet, as on the first press
            watch.page, watch.painted_at = None, None
            start = time.perf_counter()
            page = window.show_progress()
            watch.page = page
            settle(app)
            done = time.perf_counter()
            window.go_home()
            settle(app)
            first_paint = (watch.painted_at or done) - start
            return (done - start) * 1000, first_paint * 1000

        open_progress()  # warm-up: imports, fonts, the stylesheet's first use
        opened = [open_progress() for _ in range(args.repeat)]
        page = window.show_progress()
        widgets = len(page.findChildren(QWidget))
        data = page.data
        window.go_home()
        settle(app)

        def open_baseline() -> float:
            window.add_page("baseline", lambda: baseline_page(widgets))
            start = time.perf_counter()
            window.show_page("baseline")
            settle(app)
            done = time.perf_counter()
            window.go_home()
            settle(app)
            return (done - start) * 1000

        open_baseline()
        baseline = statistics.median(open_baseline() for _ in range(args.repeat))

        tags = question_tags(library.banks_for("en"))
        profile_id = window.profile.id
        reads = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            load_progress(window.store, profile_id, tags)
            reads.append((time.perf_counter() - start) * 1000)

        fastest = min(o[0] for o in opened)
        total = statistics.median(o[0] for o in opened)
        painted = statistics.median(o[1] for o in opened)
        read = statistics.median(reads)
        print(
            f"page shows {data.answers:,} answers on {data.days_answered} days, "
            f"{len(data.mastery)} topics, {len(data.history)} quizzes; {widgets} child widgets"
        )
        print(f"open the progress page (build + store + layout + paint)  {total:7.1f} ms   "
              "(target < 150 ms)")  # fmt: skip
        fastest_label = f"fastest of {args.repeat} openings"
        print(f"  {fastest_label:<55}{fastest:7.1f} ms")
        print(f"  first paint of the page after                          {painted:7.1f} ms")
        print(f"  of which the store reads (load_progress)                {read:7.1f} ms")
        print(f"baseline: a page of {widgets} QLabels, built and painted      {baseline:7.1f} ms")
        print(
            f"ratio open / baseline {total / baseline:5.2f}x   "
            f"open without the store reads / baseline {(total - read) / baseline:5.2f}x"
        )
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
