"""Mastery, streaks and the Leitner rules, on plain data (no database, no Qt)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from quizapp.core.bank import Bank, TrueFalseQuestion
from quizapp.core.progress import (
    DEFAULT_RULES,
    LatestAnswer,
    LeitnerRules,
    ReviewState,
    TopicMastery,
    day_streak,
    mastery,
    next_review,
    question_tags,
    utc_text,
)

NOW = datetime(2024, 7, 30, 10, 0, tzinfo=timezone.utc)
TODAY = date(2024, 7, 30)


def _latest(qid: str, correct: bool) -> LatestAnswer:
    return LatestAnswer("bank", qid, correct, utc_text(NOW))


# Mastery -------------------------------------------------------------------------


def test_mastery_share_per_tag() -> None:
    tags = {"q1": ("jobs",), "q2": ("jobs", "romance"), "q3": ("romance",), "q4": ()}
    result = mastery(
        [_latest("q1", True), _latest("q2", True), _latest("q3", False), _latest("q4", True)],
        tags,
    )
    assert result == {"jobs": TopicMastery("jobs", 2, 2), "romance": TopicMastery("romance", 1, 2)}
    assert result["jobs"].share == 1.0
    assert result["romance"].share == 0.5
    assert list(result) == ["jobs", "romance"]


def test_mastery_skips_questions_no_longer_in_a_bank_and_counts_a_tag_once() -> None:
    result = mastery([_latest("gone", False), _latest("q1", False)], {"q1": ["a", "a"]})
    assert result == {"a": TopicMastery("a", 0, 1)}


def test_mastery_of_nothing() -> None:
    assert mastery([], {"q1": ("a",)}) == {}
    assert TopicMastery("a", 0, 0).share == 0.0


def test_question_tags_from_banks_first_language_wins() -> None:
    def bank(language: str, tags: tuple[str, ...]) -> Bank:
        question = TrueFalseQuestion(id="q1", prompt="p", explanation="e", answer=True, tags=tags)
        return Bank(id="b", language=language, title="t", questions=(question,))

    assert question_tags([bank("en", ("jobs",)), bank("ru", ("работа",))]) == {"q1": ("jobs",)}


# Streaks ---------------------------------------------------------------------------


def _days(*offsets: int) -> list[date]:
    return [TODAY - timedelta(days=o) for o in offsets]


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ([], 0),
        (_days(0), 1),
        (_days(1), 1),  # yesterday only: still a streak this morning
        (_days(2), 0),  # a whole day missed
        (_days(0, 1, 2, 3), 4),
        (_days(1, 2, 3), 3),
        (_days(0, 1, 3, 4, 5), 2),  # a gap ends it
        (_days(0, 0, 1, 1), 2),  # several answers a day count once
        (_days(2, 3, 4), 0),
        (_days(-1, 0), 1),  # a day in the future (clock changed) is not counted
    ],
)
def test_day_streak(days: list[date], expected: int) -> None:
    assert day_streak(days, TODAY) == expected


def test_day_streak_across_a_month_and_a_year() -> None:
    new_year = date(2025, 1, 1)
    days = [new_year - timedelta(days=i) for i in range(40)]
    assert day_streak(days, new_year) == 40


# Leitner ---------------------------------------------------------------------------


def _state(box: int, due: datetime = NOW) -> ReviewState:
    return ReviewState("bank", "q1", box, utc_text(due))


def _next(
    state: ReviewState | None, correct: bool, practice: bool, rules: LeitnerRules = DEFAULT_RULES
) -> ReviewState | None:
    return next_review(state, "bank", "q1", correct, practice, NOW, rules)


@pytest.mark.parametrize("practice", [False, True])
@pytest.mark.parametrize("box", [None, 1, 2, 3, 4])
def test_wrong_answer_lands_in_box_one_due_at_once(box: int | None, practice: bool) -> None:
    state = None if box is None else _state(box, NOW + timedelta(days=5))
    assert _next(state, False, practice) == _state(1)


@pytest.mark.parametrize("practice", [False, True])
def test_right_answer_outside_practice_stays_outside(practice: bool) -> None:
    assert _next(None, True, practice) is None


@pytest.mark.parametrize("box", [1, 2, 3, 4])
def test_right_answer_in_a_quiz_changes_nothing(box: int) -> None:
    state = _state(box, NOW + timedelta(days=2))
    assert _next(state, True, practice=False) == state


@pytest.mark.parametrize(("box", "days"), [(1, 1), (2, 3), (3, 7)])
def test_right_answer_in_practice_moves_up_one_box(box: int, days: int) -> None:
    assert _next(_state(box), True, practice=True) == _state(box + 1, NOW + timedelta(days=days))


def test_right_answer_in_the_top_box_leaves_practice() -> None:
    assert _next(_state(4), True, practice=True) is None


def test_a_whole_journey_through_the_boxes() -> None:
    state = _next(None, False, practice=False)
    boxes = [state.box]
    while state is not None:
        state = _next(state, True, practice=True)
        boxes.append(state.box if state else 0)
    assert boxes == [1, 2, 3, 4, 0]


def test_custom_rules() -> None:
    rules = LeitnerRules(intervals=(0, 2))
    assert rules.top_box == 2
    first = _next(None, False, False, rules)
    second = _next(first, True, True, rules)
    assert second == _state(2, NOW + timedelta(days=2))
    assert _next(second, True, True, rules) is None


def test_utc_text_is_one_sortable_form() -> None:
    assert utc_text(NOW) == "2024-07-30T10:00:00.000+00:00"
    minsk = timezone(timedelta(hours=3))
    assert utc_text(datetime(2024, 7, 30, 13, 0, tzinfo=minsk)) == utc_text(NOW)
    naive_local = NOW.astimezone().replace(tzinfo=None)
    assert utc_text(naive_local) == utc_text(NOW)
