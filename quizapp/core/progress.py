"""Progress from stored answers: mastery per topic, day streaks, spaced practice.

Pure functions over plain data that the store returns, so that every rule
here is tested without a database or a widget, and the store, the progress
page and a migration that replays old answers all apply the same rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # importing the bank model costs ~20 ms of start-up
    from quizapp.core.bank import Bank


class LatestAnswer(NamedTuple):
    """The newest answer a profile gave to one question (in any language)."""

    bank_id: str
    question_id: str
    correct: bool
    answered_at: str  # ISO 8601 UTC


class TopicMastery(NamedTuple):
    tag: str
    right: int  # questions whose latest answer was right
    answered: int  # questions with this tag answered at least once

    @property
    def share(self) -> float:
        return self.right / self.answered if self.answered else 0.0


def question_tags(banks: Iterable[Bank]) -> dict[str, tuple[str, ...]]:
    """question id -> tags, over several banks (ids are shared between languages)."""
    tags: dict[str, tuple[str, ...]] = {}
    for bank in banks:
        for question in bank.questions:
            tags.setdefault(question.id, question.tags)
    return tags


def mastery(
    latest: Iterable[LatestAnswer], tags: Mapping[str, Iterable[str]]
) -> dict[str, TopicMastery]:
    """Per tag, the share of questions whose latest answer was right.

    Only the latest answer counts, so a topic climbs as mistakes are put right
    instead of carrying old mistakes for ever. Questions no longer in any bank
    (not in `tags`) are left out. Sorted by tag.
    """
    right: dict[str, int] = {}
    answered: dict[str, int] = {}
    for answer in latest:
        for tag in dict.fromkeys(tags.get(answer.question_id, ())):
            answered[tag] = answered.get(tag, 0) + 1
            right[tag] = right.get(tag, 0) + (1 if answer.correct else 0)
    return {tag: TopicMastery(tag, right[tag], answered[tag]) for tag in sorted(answered)}


def day_streak(days: Iterable[date], today: date) -> int:
    """Consecutive days with at least one answer, ending today or yesterday.

    A streak still counts on the morning after: it is only broken once a whole
    day has passed without an answer.
    """
    seen = set(days)
    if today in seen:
        day = today
    elif today - timedelta(days=1) in seen:
        day = today - timedelta(days=1)
    else:
        return 0
    streak = 0
    while day in seen:
        streak += 1
        day -= timedelta(days=1)
    return streak


# Spaced practice (Leitner boxes) -------------------------------------------


class LeitnerRules(NamedTuple):
    """Box intervals in calendar days; box 1 is where a wrong answer lands.

    Tuned for a camp of about a week: a missed question is due at once, then
    on the next day, two days later and three days later (each counted from
    the start of the local day, so "tomorrow" means any time tomorrow, not 24
    hours on the minute); a right answer while it sits in the top box (the
    fourth right in a row) takes it out of practice. A question missed on the
    first day of a camp can so leave practice on the sixth.
    """

    intervals: tuple[int, ...] = (0, 1, 2, 3)

    @property
    def top_box(self) -> int:
        return len(self.intervals)

    def interval(self, box: int) -> timedelta:
        return timedelta(days=self.intervals[box - 1])

    def due_at(self, box: int, now: datetime) -> datetime:
        """When a question put in `box` at `now` is due again.

        An interval of 0 is "at once"; n days is the start of the local
        calendar day n days on, so a class that meets every morning finds
        yesterday afternoon's questions due.
        """
        days = self.intervals[box - 1]
        if days <= 0:
            return now
        local_day = now.astimezone().date() + timedelta(days=days)
        # a naive local time made aware by astimezone(): right across DST changes
        return datetime.combine(local_day, time()).astimezone()


DEFAULT_RULES = LeitnerRules()


class ReviewState(NamedTuple):
    """Where one question stands in a profile's practice."""

    bank_id: str
    question_id: str
    box: int
    due_at: str  # ISO 8601 UTC


def utc_text(moment: datetime) -> str:
    """The one text form of a moment used in the store, so that text order is time order.

    A naive datetime is taken as local time.
    """
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds")


def next_review(
    state: ReviewState | None,
    bank_id: str,
    question_id: str,
    correct: bool,
    practice: bool,
    now: datetime,
    rules: LeitnerRules = DEFAULT_RULES,
) -> ReviewState | None:
    """The practice state after one answer; None means 'not in practice'.

    Any wrong answer, in a quiz or in practice, puts the question in box 1. A
    right answer only moves it up in practice: getting it right once in a quiz
    right after a miss says little about whether it is learnt.
    """
    if not correct:
        return ReviewState(bank_id, question_id, 1, utc_text(rules.due_at(1, now)))
    if state is None or not practice:
        return state
    if state.box >= rules.top_box:
        return None
    box = state.box + 1
    return ReviewState(bank_id, question_id, box, utc_text(rules.due_at(box, now)))
