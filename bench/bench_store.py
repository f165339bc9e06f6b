"""How fast the store is with a year of camp data (100,000 answers).

Prints, each next to a baseline measured in the same run on the same disk:

- the median time to record one answer (target < 10 ms) against a bare
  sqlite3 INSERT + COMMIT with the same pragmas (WAL, synchronous=FULL); a
  bare INSERT with synchronous=NORMAL is printed too, to show what the fsync
  at every commit costs;
- the queries a progress page runs (history, best scores, mastery, streak,
  review due; target < 150 ms together) against one full scan of the answers;
- opening the store, with its full quick_check (as after a crash) and after a clean
  close (whose mark spares the check), against a bare connect + query.

    python bench/bench_store.py [--answers 100000] [--profiles 30] [--dir PATH]

--dir puts the databases on another disk (a USB stick, say). Not a test:
nothing here asserts a duration.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quizapp.core.paths import DataFolder
from quizapp.core.progress import DEFAULT_RULES, utc_text
from quizapp.core.store import Store, _replay_review

BANKS = [f"bank-{i}" for i in range(6)]
QUESTIONS_PER_BANK = 40
TAGS = ["jobs", "modelling", "romance", "study", "debt", "documents", "isolation", "help"]
RUN_LENGTH = 10


def question_tags() -> dict[str, tuple[str, ...]]:
    tags: dict[str, tuple[str, ...]] = {}
    for bank in BANKS:
        for number in range(QUESTIONS_PER_BANK):
            qid = f"{bank}-q{number:03d}"
            tags[qid] = (TAGS[number % len(TAGS)], TAGS[(number // 3) % len(TAGS)])
    return tags


def generate(folder: DataFolder, answers: int, profiles: int, seed: int = 7) -> float:
    """Fill a new store with `answers` answers; returns seconds spent replaying practice."""
    Store.open(folder).close()  # the real schema, made by the real code
    rng = random.Random(seed)
    connection = sqlite3.connect(folder.database, isolation_level=None)
    connection.execute("PRAGMA synchronous = OFF")  # generation only
    connection.execute("BEGIN")
    for number in range(profiles):
        connection.execute(
            "INSERT INTO profiles (name, name_key, colour, created_at) VALUES (?,?,?,?)",
            (f"Student {number}", f"student {number}", "#1f77b4", "2024-01-01T00:00:00.000+00:00"),
        )
    # a few keen students answer far more than the rest
    weights = [1.0 / (rank + 1) for rank in range(profiles)]
    start = datetime(2024, 1, 1, 8, 0, tzinfo=timezone.utc)
    run_rows: list[tuple] = []
    answer_rows: list[tuple] = []
    run_id = 0
    while len(answer_rows) < answers:
        run_id += 1
        profile = rng.choices(range(1, profiles + 1), weights)[0]
        bank = rng.choice(BANKS)
        language = rng.choice(("en", "ru", "be"))
        mode = "practice" if rng.random() < 0.2 else "quiz"
        ids = [f"{bank}-q{n:03d}" for n in rng.sample(range(QUESTIONS_PER_BANK), RUN_LENGTH)]
        began = start + timedelta(minutes=rng.randrange(365 * 24 * 60))
        status = "finished" if rng.random() < 0.95 else "abandoned"
        run_rows.append(
            (
                run_id,
                profile,
                bank,
                language,
                json.dumps(ids),
                len(ids),
                rng.randrange(2**31),
                mode,
                status,
                utc_text(began),
                utc_text(began + timedelta(minutes=5)),
            )
        )
        for offset, qid in enumerate(ids[: answers - len(answer_rows)]):
            moment = began + timedelta(seconds=20 * offset)
            right = rng.random() < 0.7
            answer_rows.append(
                (
                    profile,
                    run_id,
                    bank,
                    qid,
                    language,
                    "[0]",
                    int(right),
                    float(right),
                    round(rng.uniform(3, 40), 2),
                    utc_text(moment),
                    moment.astimezone().date().isoformat(),
                )
            )
    # runs get their ids in the order they began, as they would have in use
    run_rows.sort(key=lambda row: row[9])
    renumber = {row[0]: number for number, row in enumerate(run_rows, start=1)}
    run_rows = [(renumber[row[0]], *row[1:]) for row in run_rows]
    answer_rows = [(row[0], renumber[row[1]], *row[2:]) for row in answer_rows]
    connection.executemany(
        "INSERT INTO runs (id, profile_id, bank_id, language, question_ids, total, seed, mode,"
        " status, started_at, finished_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        run_rows,
    )
    # answers in time order, as they would have been recorded
    answer_rows.sort(key=lambda row: row[9])
    connection.executemany(
        "INSERT INTO answers (profile_id, run_id, bank_id, question_id, language, answer_json,"
        " correct, score, seconds, answered_at, local_day) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        answer_rows,
    )
    # the per-run counts that record_answer keeps
    connection.execute(
        """UPDATE runs SET
            asked_count = (SELECT count(*) FROM answers a WHERE a.run_id = runs.id),
            right_count = (SELECT coalesce(sum(a.correct), 0) FROM answers a
                           WHERE a.run_id = runs.id)"""
    )
    began_replay = time.perf_counter()
    _replay_review(connection, DEFAULT_RULES)
    replay = time.perf_counter() - began_replay
    connection.execute("COMMIT")
    connection.execute("ANALYZE")
    connection.close()
    return replay


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def bare_insert_ms(folder: Path, synchronous: str, repeat: int) -> float:
    path = folder / f"bare-{synchronous.lower()}.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute(f"PRAGMA synchronous = {synchronous}")
    connection.execute(
        "CREATE TABLE answers (id INTEGER PRIMARY KEY, profile_id INTEGER, run_id INTEGER,"
        " bank_id TEXT, question_id TEXT, language TEXT, answer_json TEXT, correct INTEGER,"
        " score REAL, seconds REAL, answered_at TEXT, local_day TEXT)"
    )
    counter = iter(range(10**9))

    def insert() -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO answers (profile_id, run_id, bank_id, question_id, language,"
            " answer_json, correct, score, seconds, answered_at, local_day)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                1,
                1,
                "bank-0",
                f"q{next(counter)}",
                "en",
                "[0]",
                1,
                1.0,
                5.0,
                utc_text(datetime.now(timezone.utc)),
                "2024-07-30",
            ),
        )
        connection.execute("COMMIT")

    result = median_ms(insert, repeat)
    connection.close()
    return result


def busiest_profile(folder: DataFolder) -> tuple[int, int]:
    connection = sqlite3.connect(folder.database)
    row = connection.execute(
        "SELECT profile_id, count(*) FROM answers GROUP BY profile_id ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    connection.close()
    return row[0], row[1]


def measure(label: str, folder: DataFolder, records: int, repeat: int) -> None:
    tags = question_tags()
    profile_id, answered = busiest_profile(folder)
    print(f"\n== {label}: progress page of profile {profile_id} ({answered:,} answers)")

    def timed_open() -> tuple[Store, float]:
        began = time.perf_counter()
        opened = Store.open(folder)
        return opened, (time.perf_counter() - began) * 1000

    Store.open(folder).close()  # the data was written by raw SQL: one start and clean close
    store, clean_ms = timed_open()  # after a clean close: its mark spares the full check
    trusted = not store.integrity_checked
    store.close()
    folder.database.with_name(folder.database.name + ".clean").unlink(missing_ok=True)
    store, open_ms = timed_open()  # as after a crash: PRAGMA quick_check reads it all

    def bare_open() -> None:
        connection = sqlite3.connect(folder.database)
        connection.execute("SELECT count(*) FROM profiles").fetchone()
        connection.close()

    bare_open_ms = median_ms(bare_open, 5)
    print(
        f"Store.open (quick_check, no backup today)  {open_ms:8.1f} ms   "
        f"bare connect+query {bare_open_ms:6.2f} ms   ratio {open_ms / bare_open_ms:6.1f}x"
    )
    print(
        f"Store.open after a clean close            {clean_ms:8.1f} ms   "
        f"ratio {clean_ms / bare_open_ms:6.1f}x   (mark trusted: {trusted})"
    )

    queries: dict[str, Callable[[], object]] = {
        "history": lambda: store.history(profile_id),
        "best_scores": lambda: store.best_scores(profile_id),
        "mastery": lambda: store.mastery(profile_id, tags),
        "streak": lambda: store.streak(profile_id),
        "review_due": lambda: store.review_due(profile_id),
    }
    connection = store._db()

    def full_scan() -> None:
        connection.execute("SELECT count(*), sum(correct), sum(seconds) FROM answers").fetchone()

    scan_ms = median_ms(full_scan, repeat)
    total = 0.0
    for name, query in queries.items():
        ms = median_ms(query, repeat)
        total += ms
        print(f"  {name:<12} {ms:8.2f} ms   ({ms / scan_ms:5.2f}x one full scan)")
    print(
        f"progress page total  {total:8.2f} ms   (target < 150 ms)   "
        f"baseline: one full scan of {records:,} answers {scan_ms:.2f} ms, "
        f"ratio {total / scan_ms:.2f}x"
    )
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--profiles", type=int, default=30)
    parser.add_argument("--records", type=int, default=300, help="answers recorded and timed")
    parser.add_argument("--repeat", type=int, default=15, help="runs of each query")
    parser.add_argument("--dir", type=Path, default=None, help="where to put the databases")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-store-", dir=args.dir) as temporary:
        root = Path(temporary)
        folder = DataFolder(root / "data")
        began = time.perf_counter()
        replay = generate(folder, args.answers, args.profiles)
        size = folder.database.stat().st_size / 1e6
        print(
            f"sqlite {sqlite3.sqlite_version}; {args.answers:,} answers, {args.profiles} "
            f"profiles, {size:.1f} MB, generated in {time.perf_counter() - began:.1f} s "
            f"(practice replay as in the v3 migration: {replay * 1000:.0f} ms)"
        )

        # Recording answers, against bare INSERT + COMMIT on the same disk
        store = Store.open(folder)
        profile_id, _ = busiest_profile(folder)
        ids = [f"bench-q{n}" for n in range(args.records)]
        run = store.start_run(profile_id, "bank-0", "en", ids, seed=1)
        counter = iter(ids)
        record_ms = median_ms(
            lambda: store.record_answer(run, next(counter), "[0]", False, 0.0, 5.0),
            args.records,
        )
        store.finish_run(run)
        store.close()
        full_ms = bare_insert_ms(root, "FULL", args.records)
        normal_ms = bare_insert_ms(root, "NORMAL", args.records)
        print(f"\n== recording one answer (median of {args.records}; commit + fsync each)")
        print(f"Store.record_answer          {record_ms:7.3f} ms   (target < 10 ms)")
        print(f"bare INSERT+COMMIT WAL FULL  {full_ms:7.3f} ms   ratio {record_ms / full_ms:5.2f}x")
        print(
            f"bare INSERT+COMMIT WAL NORMAL{normal_ms:7.3f} ms   (no fsync per commit; "
            f"FULL costs {full_ms / normal_ms:.1f}x)"
        )

        measure("a camp laptop", folder, args.answers, args.repeat)

        # Worst case: one profile holds every answer
        lonely = DataFolder(root / "one-profile")
        generate(lonely, args.answers, 1)
        measure("worst case, one profile", lonely, args.answers, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
