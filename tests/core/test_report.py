"""The group report: per question and per profile, filters, and its CSV."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from quizapp.core.paths import DataFolder
from quizapp.core.report import (
    REPORT_COLUMNS,
    ReportFilter,
    answer_counts,
    day_span,
    export_report_csv,
    facilitator_sessions,
    percent,
    profile_summaries,
    question_stats,
    run_modes,
    totals,
)
from quizapp.core.store import Store, StoreError

START = datetime(2024, 7, 30, 10, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock):
    with Store.open(DataFolder(tmp_path / "data"), clock=clock) as opened:
        yield opened


def play(
    store: Store,
    name: str,
    answers: dict[str, bool],
    mode: str = "quiz",
    bank="sample",
    seed: int = 1,
):
    profile = next((p for p in store.profiles() if p.name == name), None)
    profile = profile or store.create_profile(name)
    run = store.start_run(profile.id, bank, "en", list(answers), seed, mode)
    for question_id, correct in answers.items():
        store.record_answer(run, question_id, "0" if correct else "1", correct, float(correct), 3)
    store.finish_run(run)
    return profile


def test_percent_rounds_half_up() -> None:
    assert percent(0, 0) == 0
    assert percent(1, 3) == 33 and percent(2, 3) == 67 and percent(1, 8) == 13
    assert percent(3, 3) == 100


def test_core_does_not_import_qt() -> None:
    code = "import sys, quizapp.core.report, quizapp.core.archive, quizapp.core.group_session; "
    code += "assert 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_questions_most_missed_first_with_percent_right(store: Store) -> None:
    play(store, "Alina", {"q1": True, "q2": False, "q3": True})
    play(store, "Maksim", {"q1": True, "q2": False, "q3": False})
    play(store, "Daria", {"q1": False, "q2": False, "q3": True})
    stats = question_stats(store)
    assert [(s.question_id, s.answered, s.right, s.percent_right) for s in stats] == [
        ("q2", 3, 0, 0),
        ("q1", 3, 2, 67),
        ("q3", 3, 2, 67),
    ]
    assert stats[0].students == 3 and stats[0].missed == 3
    total = totals(store)
    assert (total.answers, total.right, total.profiles, total.questions) == (9, 4, 3, 3)


def test_among_equal_shares_the_more_answered_question_comes_first(store: Store) -> None:
    play(store, "A", {"x": False})
    play(store, "B", {"y": False})
    play(store, "C", {"y": False})
    assert [s.question_id for s in question_stats(store)] == ["y", "x"]


def test_same_question_in_two_banks_is_two_rows(store: Store) -> None:
    play(store, "A", {"q1": True}, bank="one")
    play(store, "A", {"q1": False}, bank="two")
    assert {(s.bank_id, s.percent_right) for s in question_stats(store)} == {
        ("one", 100),
        ("two", 0),
    }


def test_profile_summaries(store: Store) -> None:
    play(store, "bob", {"q1": True, "q2": True})
    play(store, "Alina", {"q1": False, "q2": True})
    play(store, "Alina", {"q3": True})
    store.create_profile("Nobody")
    rows = profile_summaries(store)
    assert [(r.name, r.answered, r.right, r.runs, r.percent_right) for r in rows] == [
        ("Alina", 3, 2, 2, 67),
        ("bob", 2, 2, 1, 100),
    ]


def test_filters_by_day_mode_and_profile(store: Store, clock: Clock) -> None:
    alina = play(store, "Alina", {"q1": False})
    clock.now = START + timedelta(days=2)
    play(store, "Maksim", {"q1": True}, mode="session")
    clock.now = START + timedelta(days=4)
    play(store, "Alina", {"q2": True}, mode="practice")
    first = START.astimezone().date()
    assert day_span(store) == (first, first + timedelta(days=4))
    assert run_modes(store) == ["practice", "quiz", "session"]

    def ids(report_filter: ReportFilter) -> list[tuple[str, int]]:
        return [(s.question_id, s.answered) for s in question_stats(store, report_filter)]

    assert ids(ReportFilter()) == [("q1", 2), ("q2", 1)]
    assert ReportFilter().covers_everything
    assert ids(ReportFilter(since=first + timedelta(days=1))) == [("q1", 1), ("q2", 1)]
    assert ids(ReportFilter(until=first + timedelta(days=2))) == [("q1", 2)]
    assert ids(ReportFilter(since=first + timedelta(days=1), until=first + timedelta(days=3))) == [
        ("q1", 1)
    ]
    assert ids(ReportFilter(modes=frozenset({"session"}))) == [("q1", 1)]
    assert ids(ReportFilter(modes=frozenset())) == []
    assert ids(ReportFilter(profile_ids=frozenset({alina.id}))) == [("q1", 1), ("q2", 1)]
    session = question_stats(store, ReportFilter(modes=frozenset({"session"})))
    assert session[0].percent_right == 100
    assert [p.name for p in profile_summaries(store, ReportFilter(modes=frozenset({"quiz"})))] == [
        "Alina"
    ]


def test_facilitator_sessions_are_listed_latest_first_and_filter_the_report(
    store: Store, clock: Clock
) -> None:
    play(store, "Alina", {"q1": False})  # a quiz of her own: in no session
    play(store, "Alina", {"q1": True}, mode="session", seed=700)
    play(store, "Alina", {"q9": True}, mode="session", bank="other", seed=700)
    clock.now = START + timedelta(hours=3)
    play(store, "Group B", {"q1": False, "q2": False}, mode="session", seed=12)
    play(store, "Maksim", {"q2": True}, seed=12)  # the same seed, but not a session run
    sessions = facilitator_sessions(store)
    assert [(s.key, s.players, s.bank_ids, s.answers) for s in sessions] == [
        (12, ("Group B",), ("sample",), 2),
        (700, ("Alina",), ("other", "sample"), 2),
    ]
    assert sessions[1].started_at < sessions[0].started_at

    def ids(report_filter: ReportFilter) -> list[tuple[str, int, int]]:
        return [(s.question_id, s.answered, s.right) for s in question_stats(store, report_filter)]

    assert ids(ReportFilter(sessions=frozenset({700}))) == [("q9", 1, 1), ("q1", 1, 1)]
    assert ids(ReportFilter(sessions=frozenset({12}))) == [("q1", 1, 0), ("q2", 1, 0)]
    assert ids(ReportFilter(sessions=frozenset())) == []
    assert not ReportFilter(sessions=frozenset({12})).covers_everything
    assert totals(store, ReportFilter(sessions=frozenset({12, 700}))).answers == 4
    assert facilitator_sessions(store, limit=1)[0].key == 12


def test_answer_counts(store: Store) -> None:
    for name, answer in (("A", "2"), ("B", "2"), ("C", "0")):
        profile = store.create_profile(name)
        run = store.start_run(profile.id, "sample", "en", ["q"], 1)
        store.record_answer(run, "q", answer, answer == "0", 0, 1)
    assert answer_counts(store, "sample", "q") == {"2": 2, "0": 1}
    assert answer_counts(store, "sample", "other") == {}


def test_export_csv_has_every_question_most_missed_first(store: Store, tmp_path: Path) -> None:
    play(store, "Alina", {"q1": True, "q2": False})
    play(store, "=cmd", {"q1": True, "q2": True})
    out = tmp_path / "report.csv"
    rows = export_report_csv(store, out, question_text=lambda b, q: f"=text of {q}")
    assert rows == 2
    with out.open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert tuple(table[0]) == REPORT_COLUMNS
    assert [(r["question_id"], r["answered"], r["right"], r["percent_right"]) for r in table] == [
        ("q2", "2", "1", "50"),
        ("q1", "2", "2", "100"),
    ]
    assert table[0]["question"] == "'=text of q2"  # a formula is defused
    assert not list(tmp_path.glob(".report.csv.*"))


def test_export_to_a_missing_folder_is_a_store_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        export_report_csv(store, tmp_path / "nowhere" / "report.csv")


def test_empty_store_reports_nothing(store: Store) -> None:
    assert question_stats(store) == [] and profile_summaries(store) == []
    assert day_span(store) is None and totals(store).percent_right == 0


def test_report_is_not_fooled_by_dates_in_a_filter_type(store: Store) -> None:
    play(store, "A", {"q": True})
    today = START.astimezone().date()
    assert question_stats(store, ReportFilter(since=today, until=today))
    assert not question_stats(store, ReportFilter(since=date(2030, 1, 1)))
