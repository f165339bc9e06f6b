"""Scoring one answer, per kind. Pure functions, no state.

Answers are given in the bank's own terms so that shuffling stays a display
matter: a choice index into `choices`, a step index into `steps` (which is
written in the right order), a right-hand index into `pairs`, a part index
into `parts`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from quizapp.core.bank import (
    MatchQuestion,
    MultipleChoiceQuestion,
    OrderQuestion,
    Question,
    SingleChoiceQuestion,
    SpotQuestion,
    TrueFalseQuestion,
)

# int (single), frozenset[int] (multiple, spot), bool (truefalse),
# tuple[int, ...] (order: steps as arranged; match: right index per left item)
Answer = int | bool | frozenset[int] | tuple[int, ...]


@dataclass(frozen=True)
class Grade:
    correct: bool
    score: float  # 0.0 .. 1.0, partial credit for several-part kinds


def grade(question: Question, answer: Answer) -> Grade:
    """Grade an answer; a malformed answer is simply wrong, never an error."""
    if isinstance(question, SingleChoiceQuestion):
        ok = (
            isinstance(answer, int)
            and not isinstance(answer, bool)
            and answer == question.correct_index
        )
        return Grade(ok, 1.0 if ok else 0.0)
    if isinstance(question, TrueFalseQuestion):
        ok = isinstance(answer, bool) and answer == question.answer
        return Grade(ok, 1.0 if ok else 0.0)
    if isinstance(question, MultipleChoiceQuestion):
        return _grade_set(frozenset(_ints(answer)), question.correct_indices)
    if isinstance(question, SpotQuestion):
        return _grade_set(frozenset(_ints(answer)), question.flag_indices)
    if isinstance(question, OrderQuestion):
        return _grade_sequence(tuple(_ints(answer)), len(question.steps))
    if isinstance(question, MatchQuestion):
        return _grade_sequence(tuple(_ints(answer)), len(question.pairs))
    raise TypeError(f"unknown question type {type(question).__name__}")


def _ints(answer: object) -> list[int]:
    if isinstance(answer, (frozenset, set, tuple, list)):
        return [a for a in answer if isinstance(a, int) and not isinstance(a, bool)]
    return []


def _grade_set(chosen: frozenset[int], right: frozenset[int]) -> Grade:
    hits = len(chosen & right)
    misses = len(chosen - right)
    score = max(0.0, (hits - misses) / len(right)) if right else 0.0
    return Grade(chosen == right, round(score, 4))


def _grade_sequence(given: tuple[int, ...], size: int) -> Grade:
    if len(given) != size:
        return Grade(False, 0.0)
    placed = sum(1 for position, index in enumerate(given) if position == index)
    return Grade(placed == size, round(placed / size, 4) if size else 0.0)


def answer_to_json(answer: Answer) -> str:
    """A stable text form for the store and for exports."""
    if isinstance(answer, (frozenset, set)):
        return json.dumps(sorted(answer))
    if isinstance(answer, tuple):
        return json.dumps(list(answer))
    return json.dumps(answer)


def answer_from_json(question: Question, text: str) -> Answer | None:
    try:
        value = json.loads(text)
    except (ValueError, TypeError):
        return None
    if isinstance(question, (MultipleChoiceQuestion, SpotQuestion)) and isinstance(value, list):
        return frozenset(_ints(value))
    if isinstance(question, (OrderQuestion, MatchQuestion)) and isinstance(value, list):
        return tuple(_ints(value))
    if isinstance(question, TrueFalseQuestion) and isinstance(value, bool):
        return value
    if isinstance(question, SingleChoiceQuestion) and isinstance(value, int):
        return value
    return None
