"""Scores that survive anything: the real app, killed with SIGKILL at random moments, loses no
answer it said was checked, leaves a database that passes its integrity check, and offers to
carry on with the quiz it was in.

Each round is a fresh process (tests/support/answer_driver.py) on the same data folder: it
starts the app offscreen, signs in through the contract's objectNames, carries on with an
unfinished quiz when offered, and answers for ever, printing `CHECKED <bank> <question> <run>`
once the explanation shows. The test kills it at a moment drawn from a seeded random: during
start-up, right after an answer (when the next one may be half written), or at any time.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from quizapp.core.paths import DataFolder
from quizapp.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
DRIVER = ROOT / "tests" / "support" / "answer_driver.py"
BANKS = ROOT / "tests" / "data"
ROUNDS = 24
SEED = 20180730  # the World Day briefing of the article
READY_TIMEOUT = 30.0

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


@dataclass
class Round:
    """One process of the driver and what it said before it died."""

    process: subprocess.Popen
    lines: list[str] = field(default_factory=list)
    changed: threading.Condition = field(default_factory=threading.Condition)

    def read(self) -> None:
        for raw in self.process.stdout:
            if not raw.endswith("\n"):  # cut off by the kill: not a whole line
                break
            with self.changed:
                self.lines.append(raw.rstrip("\n"))
                self.changed.notify_all()
        with self.changed:
            self.changed.notify_all()

    def wait_for(self, check, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        with self.changed:
            while not check(self.lines):
                left = deadline - time.monotonic()
                if left <= 0 or self.process.poll() is not None:
                    return check(self.lines)
                self.changed.wait(min(left, 0.2))
        return True

    def words(self, first: str) -> list[list[str]]:
        return [line.split() for line in self.lines if line.split()[:1] == [first]]


def _start(data: Path, seed: int) -> tuple[Round, threading.Thread]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(data), str(BANKS), "--seed", str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    round_ = Round(process)
    reader = threading.Thread(target=round_.read, daemon=True)
    reader.start()
    return round_, reader


def _open_run(database: Path) -> tuple[int, int, int] | None:
    """(run id, answered, total) of the newest unfinished quiz, read without the app."""
    with sqlite3.connect(database) as connection:
        row = connection.execute(
            "SELECT id, asked_count, total FROM runs WHERE status = 'open' "
            "ORDER BY started_at DESC, id DESC LIMIT 1"
        ).fetchone()
    return tuple(row) if row else None


def test_no_checked_answer_is_lost_when_the_app_is_killed(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    data = tmp_path / "data"
    database = DataFolder(data).database
    checked: dict[tuple[int, str], str] = {}  # (run, question) -> bank, over every round
    kinds = {"start-up": 0, "right after an answer": 0, "any time": 0}
    offered = resumed = 0
    began = time.monotonic()
    for number in range(ROUNDS):
        open_before = _open_run(database) if database.exists() else None
        round_, reader = _start(data, rng.randrange(2**31))
        kind = rng.choices(list(kinds), weights=(2, 5, 3))[0]
        kinds[kind] += 1
        if kind == "start-up":
            time.sleep(rng.uniform(0.0, 0.5))
        else:
            ready = round_.wait_for(
                lambda lines: any(x.startswith("READY") for x in lines), READY_TIMEOUT
            )
            assert ready, f"round {number}: the app did not come up\n{round_.process.stderr.read()}"
            if kind == "right after an answer":
                target = len(round_.words("CHECKED")) + rng.randint(1, 15)
                round_.wait_for(
                    lambda lines, t=target: sum(x.startswith("CHECKED") for x in lines) >= t, 20.0
                )
                time.sleep(rng.uniform(0.0, 0.004))  # land inside the next answer's write
            else:
                time.sleep(rng.uniform(0.0, 1.2))
        round_.process.send_signal(signal.SIGKILL)
        round_.process.wait(timeout=20)
        reader.join(timeout=10)
        stderr = round_.process.stderr.read()
        round_.process.stdout.close()
        round_.process.stderr.close()
        assert round_.process.returncode == -signal.SIGKILL, (
            f"round {number}: the app ended on its own ({round_.process.returncode})\n{stderr}"
        )

        # the next start offered to carry on with the quiz the last one was killed in
        offers = round_.words("OFFERED")
        if open_before is not None and open_before[1] < open_before[2] and round_.words("READY"):
            assert offers and int(offers[0][1]) == open_before[0], (
                f"round {number}: run {open_before[0]} was open, but no carry on was offered"
            )
            assert int(offers[0][2]) == open_before[1]
        offered += bool(offers)
        resumed += bool(round_.words("RESUMED"))

        for _, bank, question, run in round_.words("CHECKED"):
            key = (int(run), question)
            assert key not in checked, f"round {number}: {key} was asked twice in one quiz"
            checked[key] = bank

        # every answer said to be checked is in the store, and the file is sound
        if not database.exists():  # killed before the store was first made
            assert not checked
            continue
        with sqlite3.connect(database) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            stored = {
                (run, question): bank
                for run, question, bank in connection.execute(
                    "SELECT run_id, question_id, bank_id FROM answers"
                )
            }
        lost = {key: bank for key, bank in checked.items() if stored.get(key) != bank}
        assert not lost, f"round {number} ({kind}): answers lost: {sorted(lost)}"

    # the app itself opens what is left, without finding damage
    with Store.open(DataFolder(data)) as store:
        assert store.startup_notice is None
        assert {(a.run_id, a.question_id) for a in store.iter_answers()} >= set(checked)
    seconds = time.monotonic() - began
    report = {
        "rounds": ROUNDS,
        "checked": len(checked),
        "lost": 0,
        "kills": kinds,
        "offered": offered,
        "resumed": resumed,
        "seconds": round(seconds, 1),
    }
    print("kill test:", json.dumps(report))
    assert len(checked) >= ROUNDS  # the rounds did answer, not only start
    assert resumed >= 3  # and the resume path was walked
