"""Mastery, streaks and the Leitner rules, on plain data (no database, no Qt)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

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


def _start_of_local_day(days: int) -> datetime:
    """The start of the local calendar day `days` after NOW's local day."""
    day = NOW.astimezone().date() + timedelta(days=days)
    return datetime.combine(day, time()).astimezone()


def test_default_rules_fit_a_camp_of_a_week() -> None:
    assert DEFAULT_RULES.intervals == (0, 1, 2, 3)
    assert DEFAULT_RULES.top_box == 4


@pytest.mark.parametrize(("box", "days"), [(1, 1), (2, 2), (3, 3)])
def test_right_answer_in_practice_moves_up_one_box(box: int, days: int) -> None:
    expected = _state(box + 1, _start_of_local_day(days))
    assert _next(_state(box), True, practice=True) == expected


def test_a_day_means_the_next_calendar_day_not_24_hours() -> None:
    # practised late in the afternoon: due again from the start of tomorrow,
    # so the next morning's session brings it back
    afternoon = datetime.combine(NOW.astimezone().date(), time(17, 30)).astimezone()
    state = next_review(_state(1), "bank", "q1", True, True, afternoon)
    due = datetime.fromisoformat(state.due_at)
    assert due == _start_of_local_day(1)
    next_morning = datetime.combine(afternoon.date() + timedelta(days=1), time(8, 0)).astimezone()
    assert due <= next_morning < afternoon + timedelta(hours=24)


def test_right_answer_in_the_top_box_leaves_practice() -> None:
    assert _next(_state(4), True, practice=True) is None


def test_a_whole_journey_through_the_boxes() -> None:
    state = _next(None, False, practice=False)
    boxes = [state.box]
    while state is not None:
        state = _next(state, True, practice=True)
        boxes.append(state.box if state else 0)
    assert boxes == [1, 2, 3, 4, 0]


def test_a_question_missed_on_the_first_day_can_leave_practice_within_a_week() -> None:
    """Practising each day as soon as it is due: out on the sixth day after the miss."""
    moment = datetime.combine(NOW.astimezone().date(), time(10, 0)).astimezone()
    state = next_review(None, "bank", "q1", False, False, moment)  # missed in a quiz
    days_practised = []
    while state is not None:
        due = datetime.fromisoformat(state.due_at).astimezone()
        # the next class after it is due: 10:00 local on that day (or now, if due at once)
        moment = max(moment, datetime.combine(due.date(), time(10, 0)).astimezone())
        days_practised.append((moment.date() - NOW.astimezone().date()).days)
        state = next_review(state, "bank", "q1", True, True, moment)
    assert days_practised == [0, 1, 3, 6]


def test_custom_rules() -> None:
    rules = LeitnerRules(intervals=(0, 2))
    assert rules.top_box == 2
    first = _next(None, False, False, rules)
    second = _next(first, True, True, rules)
    assert second == _state(2, _start_of_local_day(2))
    assert _next(second, True, True, rules) is None


def test_utc_text_is_one_sortable_form() -> None:
    assert utc_text(NOW) == "2024-07-30T10:00:00.000+00:00"
    minsk = timezone(timedelta(hours=3))
    assert utc_text(datetime(2024, 7, 30, 13, 0, tzinfo=minsk)) == utc_text(NOW)
    naive_local = NOW.astimezone().replace(tzinfo=None)
    assert utc_text(naive_local) == utc_text(NOW)


# What the progress page reads from the store -----------------------------------------


def test_answers_per_day_counts_local_days_newest_first(tmp_path) -> None:
    from quizapp.core.paths import DataFolder
    from quizapp.core.store import Store

    moments = [NOW - timedelta(days=2), NOW - timedelta(days=2) + timedelta(minutes=5), NOW]
    clock = {"now": moments[0]}
    with Store.open(DataFolder(tmp_path), clock=lambda: clock["now"]) as store:
        ana = store.create_profile("Ana").id
        other = store.create_profile("Bo").id
        run = store.start_run(ana, "bank", "en", ["a", "b", "c"], 1)
        for question, moment in zip("abc", moments, strict=True):
            clock["now"] = moment
            store.record_answer(run, question, "true", True, 1.0, 1.0)
        store.record_answer(store.start_run(other, "bank", "en", ["a"], 1), "a", "1", True, 1, 1)
        per_day = store.answers_per_day(ana)
        assert per_day == {
            NOW.astimezone().date(): 1,
            (NOW - timedelta(days=2)).astimezone().date(): 2,
        }
        assert list(per_day) == sorted(per_day, reverse=True)
        assert set(per_day) == set(store.answer_days(ana))
        assert store.answers_per_day(12345) == {}


def test_latest_answers_match_the_newest_row_even_in_the_same_millisecond(tmp_path) -> None:
    """The seeking query agrees with 'the row with the highest id' on random data and ties."""
    import random
    import sqlite3

    from quizapp.core.paths import DataFolder
    from quizapp.core.store import Store

    rng = random.Random(5)
    clock = {"now": NOW}
    folder = DataFolder(tmp_path)
    with Store.open(folder, clock=lambda: clock["now"]) as store:
        ana = store.create_profile("Ana").id
        for _ in range(60):
            ids = rng.sample([f"q{n}" for n in range(12)], 4)
            run = store.start_run(ana, rng.choice(["a", "b"]), "en", ids, 1)
            for question in ids:
                if rng.random() < 0.6:  # else the same millisecond as the answer before
                    clock["now"] += timedelta(seconds=rng.randint(1, 90))
                store.record_answer(run, question, "1", rng.random() < 0.5, 1.0, 1.0)
        latest = {
            (a.bank_id, a.question_id): (a.correct, a.answered_at)
            for a in store.latest_answers(ana)
        }
    with sqlite3.connect(folder.database) as connection:
        naive = {
            (bank, question): (bool(correct), at)
            for bank, question, correct, at, _ in connection.execute(
                "SELECT bank_id, question_id, correct, answered_at, max(id) FROM answers "
                "GROUP BY bank_id, question_id"
            )
        }
    assert latest == naive
