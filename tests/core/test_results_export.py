"""Answers to CSV: columns, spreadsheet-formula safety, atomic writing."""

from __future__ import annotations

import csv
import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

from quizapp.core.paths import DataFolder
from quizapp.core.results_export import COLUMNS, export_answers_csv, safe_cell
from quizapp.core.store import Store, StoreError

NOW = datetime(2024, 7, 30, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(DataFolder(tmp_path / "data"), clock=lambda: NOW) as opened:
        yield opened


def _read(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _answer(store: Store, name: str, qid: str, correct: bool, *, language: str = "en") -> int:
    profile = next((p for p in store.profiles() if p.name == name), None)
    profile = profile or store.create_profile(name)
    run = store.start_run(profile.id, "online-lures", language, [qid], seed=1)
    store.record_answer(run, qid, "[0, 2]", correct, 0.5 if not correct else 1.0, 7.25)
    return run


def test_header_and_one_row_per_answer(store: Store, tmp_path: Path) -> None:
    run = _answer(store, "Ana", "ol-001", True)
    _answer(store, "Ольга", "ol-002", False, language="ru")
    target = tmp_path / "results.csv"
    assert export_answers_csv(store, target) == 2
    rows = _read(target)
    assert rows[0] == list(COLUMNS)
    assert {
        "profile",
        "bank_id",
        "question_id",
        "correct",
        "answered_at",
        "language",
        "score",
        "seconds",
        "run_id",
    } <= set(rows[0])
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record == {
        "profile": "Ana",
        "bank_id": "online-lures",
        "question_id": "ol-001",
        "language": "en",
        "correct": "1",
        "score": "1",
        "seconds": "7.25",
        "answered_at": "2024-07-30T10:00:00.000+00:00",
        "run_id": str(run),
        "mode": "quiz",
        "answer": "[0, 2]",
    }
    second = dict(zip(rows[0], rows[2], strict=True))
    assert (second["profile"], second["correct"], second["score"], second["language"]) == (
        "Ольга",
        "0",
        "0.5",
        "ru",
    )
    assert target.read_bytes().startswith(b"profile,")  # no BOM: the header is plain


def test_empty_store_gives_a_header_only(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "empty.csv"
    assert export_answers_csv(store, str(target)) == 0
    assert _read(target) == [list(COLUMNS)]


def test_one_profile_only(store: Store, tmp_path: Path) -> None:
    _answer(store, "Ana", "q1", True)
    _answer(store, "Bob", "q2", True)
    bob = next(p for p in store.profiles() if p.name == "Bob")
    target = tmp_path / "bob.csv"
    assert export_answers_csv(store, target, profile_id=bob.id) == 1
    assert [r[0] for r in _read(target)[1:]] == ["Bob"]


@pytest.mark.parametrize("name", ['=HYPERLINK("x")', "+1+1", "-2+3", "@SUM(A1)"])
def test_formula_like_cells_are_defused(store: Store, tmp_path: Path, name: str) -> None:
    _answer(store, name, "q1", True)
    target = tmp_path / "results.csv"
    export_answers_csv(store, target)
    assert _read(target)[1][0] == "'" + name


def test_safe_cell() -> None:
    assert safe_cell("Ana") == "Ana"
    assert safe_cell("=1") == "'=1"
    assert safe_cell("\t=1") == "'\t=1"
    assert safe_cell("a=1") == "a=1"
    assert safe_cell("") == ""


def test_failed_export_leaves_the_old_file_and_no_temporary(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(store, "Ana", "q1", True)
    target = tmp_path / "results.csv"
    target.write_text("yesterday's export")

    def broken(profile_id: int | None = None):
        yield from Store.iter_answers(store, profile_id)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "iter_answers", broken)
    with pytest.raises(StoreError, match="No space left"):
        export_answers_csv(store, target)
    assert target.read_text() == "yesterday's export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "results.csv"]


def test_export_replaces_an_old_file_and_is_readable(store: Store, tmp_path: Path) -> None:
    _answer(store, "Ana", "q1", True)
    target = tmp_path / "results.csv"
    target.write_text("old")
    export_answers_csv(store, target)
    assert len(_read(target)) == 2
    assert os.stat(target).st_mode & 0o777 == 0o644


def test_export_into_a_missing_folder_is_a_store_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="Cannot write"):
        export_answers_csv(store, tmp_path / "no such folder" / "results.csv")
