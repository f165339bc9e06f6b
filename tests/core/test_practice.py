"""Practice rounds across banks, on plain banks and a real store (no Qt)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from quizapp.core.bank import Bank, TrueFalseQuestion
from quizapp.core.paths import DataFolder
from quizapp.core.practice import (
    MIXED_PRACTICE_BANK_ID,
    MixedPracticeBank,
    origin_bank_id,
    practice_round,
    resume_round,
)
from quizapp.core.store import RunMode, Store


def _bank(bank_id: str, *ids: str, folder: str = "banks", image: str | None = None) -> Bank:
    questions = tuple(
        TrueFalseQuestion(
            id=qid,
            prompt=f"{qid}?",
            explanation="because",
            answer=True,
            image=Path(image) if image and qid.endswith("img") else None,
        )
        for qid in ids
    )
    return Bank(
        id=bank_id,
        language="en",
        title=bank_id.title(),
        questions=questions,
        path=Path(folder) / f"{bank_id}.en.yaml",
    )


LURES = _bank("lures", "l1", "l2", "l3")
HELP = _bank("help", "h1", "h2")
BANKS = {bank.id: bank for bank in (LURES, HELP)}


def test_a_round_from_one_bank_is_that_bank() -> None:
    bank, ids = practice_round([("lures", "l2"), ("lures", "l1")], BANKS.get, "en", "Mixed")
    assert bank is LURES
    assert ids == ["l2", "l1"]
    assert origin_bank_id(bank, "l2") is None  # the store files it under the run's bank


def test_a_round_mixes_banks_in_the_order_due() -> None:
    due = [("help", "h2"), ("lures", "l1"), ("help", "h1")]
    bank, ids = practice_round(due, BANKS.get, "en", "Practice")
    assert isinstance(bank, MixedPracticeBank)
    assert bank.id == MIXED_PRACTICE_BANK_ID and bank.title == "Practice"
    assert ids == ["h2", "l1", "h1"]
    assert [q.id for q in bank.questions] == ids
    assert {q: origin_bank_id(bank, q) for q in ids} == {"h2": "help", "l1": "lures", "h1": "help"}


def test_a_round_skips_what_cannot_be_asked_and_stops_at_its_length() -> None:
    due = [
        ("gone-bank", "x1"),  # a bank no longer installed
        ("lures", "removed"),  # a question no longer in its bank
        ("lures", "l1"),
        ("help", "h1"),
        ("lures", "l2"),
        ("lures", "l3"),
    ]
    _, ids = practice_round(due, BANKS.get, "en", "P", length=3)
    assert ids == ["l1", "h1", "l2"]
    assert practice_round([("gone", "x")], BANKS.get, "en", "P") == (None, [])
    assert practice_round([], BANKS.get, "en", "P") == (None, [])


def test_the_same_question_id_in_two_banks_waits_for_the_next_round() -> None:
    twin = _bank("twin", "l1", "t2")
    banks = {**BANKS, "twin": twin}
    bank, ids = practice_round(
        [("lures", "l1"), ("twin", "l1"), ("twin", "t2")], banks.get, "en", "P"
    )
    assert ids == ["l1", "t2"]
    assert origin_bank_id(bank, "l1") == "lures"


def test_pictures_come_from_one_folder() -> None:
    here = _bank("here", "a-img", "a2", folder="one", image="a.png")
    there = _bank("there", "b-img", "b2", folder="two", image="b.png")
    banks = {"here": here, "there": there}
    due = [("here", "a-img"), ("there", "b-img"), ("there", "b2")]
    bank, ids = practice_round(due, banks.get, "en", "P")
    assert ids == ["a-img", "b2"]  # b-img's picture lives elsewhere: next round
    assert bank.path == here.path


def test_resume_round_finds_each_question_again() -> None:
    bank = resume_round(["h2", "l1", "gone"], [LURES, HELP], "en", "P", where={"h2": "help"})
    assert [q.id for q in bank.questions] == ["h2", "l1"]
    assert bank.origins == {"h2": "help", "l1": "lures"}
    assert resume_round(["gone"], [LURES], "en", "P") is None


class _Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_a_mixed_round_moves_each_question_on_in_its_own_bank(tmp_path: Path) -> None:
    """End to end on a store: missed in two banks, practised in one round, learnt in a week."""
    start = datetime(2024, 7, 30, 9, 0, tzinfo=timezone.utc)
    clock = _Clock(start)
    store = Store.open(DataFolder(tmp_path), clock=clock)
    ana = store.create_profile("Ana")
    for bank, qid in (("lures", "l1"), ("help", "h1")):
        run = store.start_run(ana.id, bank, "en", [qid], 1)
        store.record_answer(run, qid, "false", False, 0.0, 3.0)
        store.finish_run(run)
    days = 0
    rounds = 0
    while True:
        clock.now = start + timedelta(days=days)
        due = store.review_due(ana.id)
        if due:
            bank, ids = practice_round(due, BANKS.get, "en", "Practice")
            assert sorted(ids) == ["h1", "l1"]  # both banks, in one round
            run = store.start_run(ana.id, bank.id, "en", ids, 2, mode=RunMode.PRACTICE.value)
            for qid in ids:
                store.record_answer(
                    run, qid, "true", True, 1.0, 2.0, bank_id=origin_bank_id(bank, qid)
                )
            store.finish_run(run)
            rounds += 1
        if not store.review_items(ana.id):
            break
        days += 1
        assert days < 8, "still in practice after a week"
    assert rounds == 4 and days == 6
    answers = {(a.bank_id, a.question_id, a.mode) for a in store.iter_answers(ana.id)}
    assert ("lures", "l1", "practice") in answers and ("help", "h1", "practice") in answers
    assert store.best_scores(ana.id) == {"lures": (0, 1), "help": (0, 1)}  # practice never counts
    store.close()
