"""The Store API as the UI uses it: profiles, runs, answers, progress, settings."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from quizapp.core.paths import DataFolder
from quizapp.core.progress import LatestAnswer, ReviewState, TopicMastery
from quizapp.core.store import (
    MAX_NAME_LENGTH,
    PALETTE,
    SCHEMA_VERSION,
    Profile,
    RunMode,
    RunStatus,
    RunSummary,
    Store,
    StoreError,
    StoreProblem,
)

START = datetime(2024, 7, 30, 10, 0, tzinfo=timezone.utc)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def folder(tmp_path: Path) -> DataFolder:
    return DataFolder(tmp_path / "data")


@pytest.fixture
def store(folder: DataFolder, clock: Clock):
    with Store.open(folder, clock=clock) as opened:
        yield opened


def _quiz(
    store: Store,
    profile_id: int,
    answers: dict[str, bool],
    *,
    bank: str = "lures",
    mode: str = "quiz",
    finish: bool = True,
    language: str = "en",
) -> int:
    run = store.start_run(profile_id, bank, language, list(answers), seed=1, mode=mode)
    for qid, right in answers.items():
        store.record_answer(run, qid, "0", right, 1.0 if right else 0.0, 2.5)
    if finish:
        store.finish_run(run)
    return run


# Opening ---------------------------------------------------------------------


def test_open_creates_folder_and_current_schema(folder: DataFolder, store: Store) -> None:
    assert folder.database.is_file()
    assert store.startup_notice is None
    raw = sqlite3.connect(folder.database)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"profiles", "runs", "answers", "settings", "review"} <= tables
    raw.close()


def test_connection_pragmas_are_durable(store: Store) -> None:
    connection = store._db()
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert connection.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_closed_store_raises_store_error(folder: DataFolder) -> None:
    store = Store.open(folder)
    store.close()
    store.close()  # twice is fine
    with pytest.raises(StoreError) as caught:
        store.profiles()
    assert caught.value.problem is StoreProblem.CLOSED


def test_core_modules_do_not_import_qt() -> None:
    code = (
        "import sys, quizapp.core.store, quizapp.core.progress, quizapp.core.results_export;"
        "assert 'PySide6' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# Profiles ----------------------------------------------------------------------


def test_create_profile_cleans_name_and_picks_distinct_colours(store: Store) -> None:
    ana = store.create_profile("  Ana   Maria ")
    assert ana == Profile(ana.id, "Ana Maria", PALETTE[0], "2024-07-30T10:00:00.000+00:00", None)
    colours = {store.create_profile(f"P{i}").colour for i in range(len(PALETTE) - 1)}
    assert colours | {ana.colour} == set(PALETTE)
    extra = store.create_profile("One more")
    assert extra.colour in PALETTE


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "needs a name"),
        ("   ", "needs a name"),
        ("x" * (MAX_NAME_LENGTH + 1), "at most"),
        ("bad\x00name", "control"),
    ],
)
def test_create_profile_rejects_bad_names(store: Store, name: str, message: str) -> None:
    with pytest.raises(StoreError, match=message) as caught:
        store.create_profile(name)
    assert caught.value.problem is StoreProblem.INVALID
    assert store.profiles() == []


def test_profile_names_are_unique_ignoring_case(store: Store) -> None:
    store.create_profile("Ольга")
    with pytest.raises(StoreError, match="already a profile"):
        store.create_profile("ОЛЬГА")
    assert len(store.profiles()) == 1


def test_profiles_sorted_case_insensitively_and_lookup(store: Store) -> None:
    for name in ("bob", "Alice", "carl", "Ben"):
        store.create_profile(name)
    assert [p.name for p in store.profiles()] == ["Alice", "Ben", "bob", "carl"]
    alice = store.profiles()[0]
    assert store.profile(alice.id) == alice
    assert store.profile(9999) is None


def test_rename_profile(store: Store) -> None:
    ana = store.create_profile("Ana")
    store.create_profile("Bob")
    store.rename_profile(ana.id, "ANA")  # its own name in other case is fine
    assert store.profile(ana.id).name == "ANA"
    with pytest.raises(StoreError, match="already"):
        store.rename_profile(ana.id, "bob")
    with pytest.raises(StoreError, match="no profile"):
        store.rename_profile(9999, "Zed")
    with pytest.raises(StoreError, match="needs a name"):
        store.rename_profile(ana.id, " ")
    assert store.profile(ana.id).name == "ANA"


def test_set_profile_language(store: Store) -> None:
    ana = store.create_profile("Ana")
    store.set_profile_language(ana.id, "ru")
    assert store.profile(ana.id).language == "ru"
    store.set_profile_language(ana.id, None)
    assert store.profile(ana.id).language is None
    with pytest.raises(StoreError):
        store.set_profile_language(9999, "en")


def test_delete_profile_removes_runs_answers_and_practice(store: Store) -> None:
    ana = store.create_profile("Ana")
    bob = store.create_profile("Bob")
    _quiz(store, ana.id, {"q1": False, "q2": True})
    _quiz(store, bob.id, {"q1": False})
    store.delete_profile(ana.id)
    store.delete_profile(ana.id)  # twice is a no-op
    assert [p.name for p in store.profiles()] == ["Bob"]
    connection = store._db()
    assert connection.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
    assert connection.execute("SELECT count(*) FROM answers").fetchone()[0] == 1
    assert connection.execute("SELECT count(*) FROM review").fetchone()[0] == 1
    assert store.review_due(bob.id) == [("lures", "q1")]


def test_merge_profiles_moves_everything_and_rebuilds_practice(store: Store, clock: Clock) -> None:
    keep = store.create_profile("Ana")
    other = store.create_profile("Ana on the other laptop")
    _quiz(store, keep.id, {"q1": True, "q2": False})
    clock.advance(minutes=5)
    _quiz(store, other.id, {"q3": False})
    clock.advance(minutes=5)
    # the other profile fixed q2 in practice (it never missed it, so this changes nothing
    # for it), but once merged, q2 was missed by the same person and moves up a box
    _quiz(store, other.id, {"q2": True}, mode="practice")
    store.merge_profiles(keep.id, other.id)
    assert store.profile(other.id) is None
    assert len(store.history(keep.id)) == 3
    items = {(i.question_id, i.box) for i in store.review_items(keep.id)}
    assert items == {("q2", 2), ("q3", 1)}
    with pytest.raises(StoreError, match="itself"):
        store.merge_profiles(keep.id, keep.id)
    with pytest.raises(StoreError, match="no profile"):
        store.merge_profiles(keep.id, other.id)


# Runs and answers -----------------------------------------------------------------


def test_start_run_needs_a_profile(store: Store) -> None:
    with pytest.raises(StoreError, match="no profile"):
        store.start_run(9999, "lures", "en", ["q1"], seed=3)


def test_record_answer_is_committed_before_it_returns(store: Store, folder: DataFolder) -> None:
    ana = store.create_profile("Ana")
    run = store.start_run(ana.id, "lures", "ru", ["q1", "q2"], seed=7)
    store.record_answer(run, "q1", "[0, 2]", False, 0.5, 12.25)
    # another connection sees it at once: it is not waiting in an open transaction
    other = sqlite3.connect(folder.database)
    row = other.execute(
        "SELECT profile_id, run_id, bank_id, question_id, language, answer_json, correct,"
        " score, seconds, answered_at FROM answers"
    ).fetchone()
    other.close()
    assert row == (
        ana.id,
        run,
        "lures",
        "q1",
        "ru",
        "[0, 2]",
        0,
        0.5,
        12.25,
        "2024-07-30T10:00:00.000+00:00",
    )
    assert not store._db().in_transaction


def test_answer_survives_a_killed_process(folder: DataFolder) -> None:
    code = f"""
import os
from pathlib import Path
from quizapp.core.paths import DataFolder
from quizapp.core.store import Store
store = Store.open(DataFolder(Path({str(folder.root)!r})))
profile = store.create_profile("Ana")
run = store.start_run(profile.id, "lures", "en", ["q1"], seed=1)
store.record_answer(run, "q1", "1", True, 1.0, 3.0)
os._exit(9)  # no close, no cleanup
"""
    result = subprocess.run([sys.executable, "-c", code], check=False)
    assert result.returncode == 9
    with Store.open(folder) as reopened:
        ana = reopened.profiles()[0]
        state = reopened.unfinished_run(ana.id)
        assert state is not None and state.answered == {"q1": ("1", True, 1.0, 3.0)}


def test_second_answer_to_a_question_keeps_the_first(store: Store) -> None:
    ana = store.create_profile("Ana")
    run = store.start_run(ana.id, "lures", "en", ["q1"], seed=1)
    store.record_answer(run, "q1", "1", False, 0.0, 3.0)
    store.record_answer(run, "q1", "0", True, 1.0, 4.0)
    assert store.run_state(run).answered == {"q1": ("1", False, 0.0, 3.0)}


def test_record_answer_to_unknown_run_fails_clearly(store: Store) -> None:
    with pytest.raises(StoreError, match="not saved"):
        store.record_answer(42, "q1", "0", True, 1.0, 1.0)


def test_record_answer_with_bank_override(store: Store) -> None:
    ana = store.create_profile("Ana")
    run = store.start_run(ana.id, "practice", "en", ["q1", "t1"], seed=1, mode="practice")
    store.record_answer(run, "q1", "0", False, 0.0, 1.0, bank_id="lures")
    store.record_answer(run, "t1", "0", False, 0.0, 1.0, bank_id="travel")
    assert store.review_due(ana.id) == [("lures", "q1"), ("travel", "t1")]


def test_unfinished_run_resumes_the_newest_open_run(store: Store, clock: Clock) -> None:
    ana = store.create_profile("Ana")
    assert store.unfinished_run(ana.id) is None
    _quiz(store, ana.id, {"q1": True, "q2": True, "q3": True}, finish=False)
    clock.advance(minutes=1)
    run = store.start_run(ana.id, "travel", "be", ["t3", "t1", "t2"], seed=99, mode="challenge")
    store.record_answer(run, "t1", "[1, 0]", True, 1.0, 8.0)
    state = store.unfinished_run(ana.id)
    assert state is not None
    assert state.run_id == run
    assert state.profile_id == ana.id
    assert (state.bank_id, state.language, state.seed, state.mode) == (
        "travel",
        "be",
        99,
        "challenge",
    )
    assert state.question_ids == ("t3", "t1", "t2")
    assert state.answered == {"t1": ("[1, 0]", True, 1.0, 8.0)}
    assert state.started_at == "2024-07-30T10:01:00.000+00:00"
    store.abandon_run(run)
    assert store.unfinished_run(ana.id).bank_id == "lures"


def test_finish_and_abandon(store: Store, clock: Clock) -> None:
    ana = store.create_profile("Ana")
    run = _quiz(store, ana.id, {"q1": True}, finish=False)
    clock.advance(minutes=2)
    store.finish_run(run)
    clock.advance(minutes=2)
    store.finish_run(run)  # again: keeps the first time
    store.abandon_run(run)  # a finished run stays finished
    (summary,) = store.history(ana.id)
    assert summary.status is RunStatus.FINISHED
    assert summary.finished_at == "2024-07-30T10:02:00.000+00:00"
    with pytest.raises(StoreError, match="no quiz run"):
        store.finish_run(12345)
    with pytest.raises(StoreError, match="no quiz run"):
        store.abandon_run(12345)


def test_run_state_of_any_run(store: Store) -> None:
    ana = store.create_profile("Ana")
    run = _quiz(store, ana.id, {"q1": True, "q2": False})
    state = store.run_state(run)
    assert state.answered["q2"] == ("0", False, 0.0, 2.5)
    assert store.run_state(999) is None


def test_history_newest_first_with_counts(store: Store, clock: Clock) -> None:
    ana = store.create_profile("Ana")
    first = _quiz(store, ana.id, {"q1": True, "q2": False, "q3": True})
    clock.advance(hours=1)
    empty = store.start_run(ana.id, "lures", "en", ["q1"], seed=2)
    store.abandon_run(empty)  # nothing answered: not history
    clock.advance(hours=1)
    half = store.start_run(ana.id, "travel", "ru", ["t1", "t2"], seed=3)
    store.record_answer(half, "t1", "1", True, 1.0, 1.0)
    history = store.history(ana.id)
    assert history == [
        RunSummary(
            half,
            "travel",
            "ru",
            "quiz",
            1,
            1,
            2,
            "2024-07-30T12:00:00.000+00:00",
            None,
            RunStatus.OPEN,
        ),
        RunSummary(
            first,
            "lures",
            "en",
            "quiz",
            2,
            3,
            3,
            "2024-07-30T10:00:00.000+00:00",
            "2024-07-30T10:00:00.000+00:00",
            RunStatus.FINISHED,
        ),
    ]
    assert store.history(ana.id, limit=1) == history[:1]
    assert store.history(9999) == []


def test_best_scores(store: Store, clock: Clock) -> None:
    ana = store.create_profile("Ana")
    _quiz(store, ana.id, {"q1": True, "q2": False})  # 1/2
    _quiz(store, ana.id, {"q1": True, "q2": True, "q3": True, "q4": False})  # 3/4 best share
    _quiz(store, ana.id, {"q5": True, "q6": True, "q7": True, "q8": False})  # 3/4 again: tie
    _quiz(store, ana.id, {"q1": True}, mode="practice")  # practice: ignored
    _quiz(store, ana.id, {"q1": True}, finish=False)  # unfinished: ignored
    _quiz(store, ana.id, {"t1": False}, bank="travel")
    assert store.best_scores(ana.id) == {"lures": (3, 4), "travel": (0, 1)}
    # the same share over more questions is better
    _quiz(store, ana.id, {f"x{i}": i % 4 != 0 for i in range(8)})
    assert store.best_scores(ana.id)["lures"] == (6, 8)


# Progress -------------------------------------------------------------------------


def test_latest_answers_take_the_newest_in_any_language(store: Store, clock: Clock) -> None:
    ana = store.create_profile("Ana")
    _quiz(store, ana.id, {"q1": False, "q2": True})
    clock.advance(minutes=1)
    _quiz(store, ana.id, {"q1": True}, language="ru")
    latest = sorted(store.latest_answers(ana.id), key=lambda a: a.question_id)
    assert latest == [
        LatestAnswer("lures", "q1", True, "2024-07-30T10:01:00.000+00:00"),
        LatestAnswer("lures", "q2", True, "2024-07-30T10:00:00.000+00:00"),
    ]


def test_mastery_through_the_store(store: Store) -> None:
    ana = store.create_profile("Ana")
    _quiz(store, ana.id, {"q1": True, "q2": False, "q3": True})
    tags = {"q1": ("jobs",), "q2": ("jobs", "romance"), "q3": ("romance",)}
    assert store.mastery(ana.id, tags) == {
        "jobs": TopicMastery("jobs", 1, 2),
        "romance": TopicMastery("romance", 1, 2),
    }


def test_answer_days_and_streak(store: Store, clock: Clock) -> None:
    ana = store.create_profile("Ana")
    assert store.streak(ana.id) == 0
    for day in range(3):
        clock.now = START + timedelta(days=day)
        _quiz(store, ana.id, {f"q{day}": True})
    clock.now = START + timedelta(days=3)
    local = [(START + timedelta(days=d)).astimezone().date() for d in (2, 1, 0)]
    assert store.answer_days(ana.id) == local
    assert store.streak(ana.id) == 3  # ended yesterday: still alive
    assert store.streak(ana.id, today=local[0] + timedelta(days=2)) == 0
    assert store.streak(ana.id, today=local[0]) == 3
    assert store.answer_days(9999) == []


def test_practice_follows_answers(store: Store, clock: Clock) -> None:
    ana = store.create_profile("Ana")
    _quiz(store, ana.id, {"q1": False, "q2": True})
    assert store.review_due(ana.id) == [("lures", "q1")]
    # a right answer in a normal quiz leaves practice as it is
    _quiz(store, ana.id, {"q1": True})
    assert store.review_items(ana.id) == [
        ReviewState("lures", "q1", 1, "2024-07-30T10:00:00.000+00:00")
    ]
    # right in practice: box 2, due in a day
    _quiz(store, ana.id, {"q1": True}, mode=RunMode.PRACTICE.value)
    assert store.review_due(ana.id) == []
    assert store.review_due(ana.id, now=clock.now + timedelta(days=1)) == [("lures", "q1")]
    for box, days in ((3, 1), (4, 3)):
        clock.advance(days=days)
        _quiz(store, ana.id, {"q1": True}, mode="practice")
        assert [i.box for i in store.review_items(ana.id)] == [box]
    clock.advance(days=7)
    assert store.review_due(ana.id) == [("lures", "q1")]
    _quiz(store, ana.id, {"q1": True}, mode="practice")
    assert store.review_items(ana.id) == []  # learnt
    _quiz(store, ana.id, {"q1": False})  # forgotten again
    assert [i.box for i in store.review_items(ana.id)] == [1]


def test_review_due_orders_by_box_then_due(store: Store, clock: Clock) -> None:
    ana = store.create_profile("Ana")
    _quiz(store, ana.id, {"a": False, "b": False})
    clock.advance(minutes=1)
    _quiz(store, ana.id, {"c": False})
    _quiz(store, ana.id, {"a": True}, mode="practice")  # box 2
    clock.advance(days=2)
    assert store.review_due(ana.id) == [("lures", "b"), ("lures", "c"), ("lures", "a")]


def test_review_due_takes_naive_time_as_local(store: Store, clock: Clock) -> None:
    ana = store.create_profile("Ana")
    _quiz(store, ana.id, {"a": False})
    naive_later = (clock.now + timedelta(hours=1)).astimezone().replace(tzinfo=None)
    assert store.review_due(ana.id, now=naive_later) == [("lures", "a")]


def test_iter_answers(store: Store, clock: Clock) -> None:
    ana = store.create_profile("Ana")
    bob = store.create_profile("Bob")
    _quiz(store, ana.id, {"q1": True})
    _quiz(store, bob.id, {"q2": False}, mode="practice")
    every = list(store.iter_answers())
    assert [(a.profile_name, a.question_id, a.correct, a.mode) for a in every] == [
        ("Ana", "q1", True, "quiz"),
        ("Bob", "q2", False, "practice"),
    ]
    assert [a.profile_name for a in store.iter_answers(bob.id)] == ["Bob"]


def test_iter_answers_reads_in_batches(store: Store) -> None:
    ana = store.create_profile("Ana")
    _quiz(store, ana.id, {f"q{i}": True for i in range(2500)})
    assert sum(1 for _ in store.iter_answers()) == 2500


# Settings -------------------------------------------------------------------------


def test_settings(store: Store) -> None:
    assert store.get_setting("theme") is None
    assert store.get_setting("theme", "light") == "light"
    store.set_setting("theme", "contrast")
    store.set_setting("theme", "dark")
    assert store.get_setting("theme", "light") == "dark"
    store.delete_setting("theme")
    assert store.get_setting("theme") is None


def test_settings_persist(folder: DataFolder) -> None:
    with Store.open(folder) as store:
        store.set_setting("ui.language", "be")
    with Store.open(folder) as store:
        assert store.get_setting("ui.language") == "be"


def test_answers_on_the_same_day_count_once(store: Store) -> None:
    ana = store.create_profile("Ana")
    _quiz(store, ana.id, {"q1": True, "q2": False})
    assert len(store.answer_days(ana.id)) == 1
    assert isinstance(store.answer_days(ana.id)[0], date)
