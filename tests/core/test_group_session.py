"""A facilitator's session plan and team play, without widgets."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.core.bank import Bank, TrueFalseQuestion
from quizapp.core.group_session import (
    QuestionOrder,
    SessionPlan,
    TeamGame,
    TeamProblem,
    fair_count,
    team_names_problem,
)


def bank(bank_id: str, size: int) -> Bank:
    questions = tuple(
        TrueFalseQuestion(id=f"{bank_id}-{n}", prompt="p", explanation="e", answer=True)
        for n in range(size)
    )
    return Bank(id=bank_id, language="en", title=bank_id, questions=questions, path=Path("x"))


def ids(items) -> list[str]:
    return [item.question.id for item in items]


def test_as_written_keeps_bank_and_question_order() -> None:
    plan = SessionPlan((bank("a", 3), bank("b", 2)), count=4, order=QuestionOrder.AS_WRITTEN)
    assert ids(plan.items()) == ["a-0", "a-1", "a-2", "b-0"]
    assert plan.available == 5


def test_shuffled_draws_from_every_bank_once_each_and_is_repeatable() -> None:
    plan = SessionPlan((bank("a", 10), bank("b", 10)), count=None, seed=7)
    drawn = ids(plan.items())
    assert sorted(drawn) == sorted(f"{b}-{n}" for b in "ab" for n in range(10))
    assert drawn != sorted(drawn)
    assert ids(SessionPlan(plan.banks, count=None, seed=7).items()) == drawn
    assert len(SessionPlan(plan.banks, count=5, seed=7).items()) == 5


def test_count_larger_than_the_pool_gives_the_pool() -> None:
    assert len(SessionPlan((bank("a", 3),), count=50).items()) == 3


def test_a_bank_chosen_twice_asks_its_questions_once() -> None:
    a = bank("a", 2)
    assert len(SessionPlan((a, a), count=None).items()) == 2


def test_teams_get_as_many_turns_each() -> None:
    assert fair_count(10, 20, 3) == 9
    assert fair_count(2, 20, 3) == 3  # at least one turn each
    assert fair_count(10, 2, 3) == 0
    plan = SessionPlan((bank("a", 7),), count=None)
    assert len(plan.items(teams=2)) == 6


@pytest.mark.parametrize(
    ("names", "problem"),
    [
        (["Red"], TeamProblem.TOO_FEW),
        ([f"T{n}" for n in range(7)], TeamProblem.TOO_MANY),
        (["Red", "  "], TeamProblem.EMPTY),
        (["Red", "x" * 31], TeamProblem.TOO_LONG),
        (["Red", " red "], TeamProblem.SAME),
        (["Red", "Blue"], None),
    ],
)
def test_team_names(names, problem) -> None:
    assert team_names_problem(names) == problem


def test_turns_points_and_podium_with_shared_places() -> None:
    game = TeamGame(["Red", "Blue", "Green", "Gold"])
    assert [game.team_for(i) for i in range(6)] == [0, 1, 2, 3, 0, 1]
    results = [True, True, False, True, True, False, True, False]
    for index, right in enumerate(results):
        game.record(index, right)
    assert game.record(0, True) == 0  # scored once
    assert game.points == [2, 1, 1, 1]
    standings = game.standings()
    assert [(s.place, s.name, s.points) for s in standings] == [
        (1, "Red", 2),
        (2, "Blue", 1),
        (2, "Green", 1),
        (2, "Gold", 1),
    ]
    assert len(game.podium()) == 4
    assert standings[0].right == 2 and standings[0].asked == 2


def test_bad_team_names_refused() -> None:
    with pytest.raises(ValueError):
        TeamGame(["Solo"])
