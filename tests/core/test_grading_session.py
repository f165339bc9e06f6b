"""Grading per kind and the quiz session."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.core.grading import answer_from_json, answer_to_json, grade
from quizapp.core.loader import load_bank
from quizapp.core.session import QuizSession, pick_questions

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample.en.yaml"


@pytest.fixture()
def bank():
    return load_bank(SAMPLE)


def test_grade_each_kind(bank) -> None:
    single, tf, multiple, order, match, spot = bank.questions
    assert grade(single, 0).correct and not grade(single, 1).correct
    assert not grade(single, True).correct  # a bool is not a choice index
    assert grade(tf, False).correct and not grade(tf, True).correct
    assert grade(multiple, frozenset({0, 2})).correct
    partial = grade(multiple, frozenset({0}))
    assert not partial.correct and partial.score == 0.5
    assert grade(multiple, frozenset({0, 1, 2})).score == 0.5
    assert grade(order, (0, 1, 2)).correct
    assert grade(order, (1, 0, 2)).score == pytest.approx(1 / 3, abs=1e-3)
    assert not grade(order, (0, 1)).correct
    assert grade(match, (0, 1, 2)).correct and not grade(match, (2, 1, 0)).correct
    assert grade(spot, frozenset({1, 3})).correct
    assert grade(spot, frozenset({1, 2})).score == 0.0
    assert not grade(spot, "nonsense").correct  # type: ignore[arg-type]


def test_answer_json_round_trip(bank) -> None:
    single, tf, multiple, order, match, spot = bank.questions
    for question, answer in [
        (single, 1),
        (tf, True),
        (multiple, frozenset({0, 2})),
        (order, (2, 0, 1)),
        (match, (0, 2, 1)),
        (spot, frozenset({3})),
    ]:
        assert answer_from_json(question, answer_to_json(answer)) == answer
    assert answer_from_json(single, "{bad json") is None


def test_small_bank_asks_everything_once(bank) -> None:
    ids = pick_questions(bank, 10, seed=1)
    assert sorted(ids) == sorted(q.id for q in bank.questions)


def test_session_flow_and_result(bank) -> None:
    session = QuizSession.start(bank, seed=7)
    seen = []
    while not session.finished:
        question = session.current
        seen.append(question.id)
        session.submit(0 if question.kind.value == "single" else False)
        session.submit(1)  # a second answer is ignored
        session.advance()
    assert len(seen) == len(set(seen)) == len(bank.questions)
    result = session.result()
    assert result.asked == 6 and result.right == 2  # single (0) and true/false (False)
    assert len(result.missed) == 4


def test_resume_skips_answered(bank) -> None:
    first = QuizSession.start(bank, seed=3)
    first.submit(0)
    answered = dict(first.answers)
    resumed = QuizSession(bank, list(first.question_ids), first.seed, answers=answered)
    assert resumed.current.id == first.question_ids[1]
    assert resumed.display_order(bank.questions[3]) == first.display_order(bank.questions[3])


def test_display_order_never_solved(bank) -> None:
    order = bank.questions[3]
    for seed in range(50):
        session = QuizSession(bank, [order.id], seed)
        assert session.display_order(order) != [0, 1, 2]
