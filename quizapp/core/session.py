"""A quiz in progress: which questions, in what order, what was answered.

The session knows nothing of storage or widgets: the UI asks it for the
current question, hands it an answer, and saves what it returns. A session
can be rebuilt from what was saved (resume after a crash) with the same
order and the same display shuffles, because both come from a seed.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field

from quizapp.core.bank import Bank, MatchQuestion, OrderQuestion, Question
from quizapp.core.grading import Answer, Grade, grade

DEFAULT_LENGTH = 10


@dataclass(frozen=True)
class AnsweredQuestion:
    question: Question
    answer: Answer
    grade: Grade
    seconds: float


@dataclass(frozen=True)
class QuizResult:
    right: int
    asked: int
    score: float  # sum of partial scores
    answered: tuple[AnsweredQuestion, ...]

    @property
    def missed(self) -> tuple[AnsweredQuestion, ...]:
        return tuple(a for a in self.answered if not a.grade.correct)


def pick_questions(
    bank: Bank, length: int | None, seed: int, only: list[str] | None = None
) -> list[str]:
    """Question ids for a quiz: each at most once; all of them when the bank is small."""
    pool = [q.id for q in bank.questions if only is None or q.id in only]
    rng = random.Random(seed)
    rng.shuffle(pool)
    if length is None or length <= 0 or len(pool) <= length:
        return pool
    return pool[:length]


@dataclass
class QuizSession:
    bank: Bank
    question_ids: list[str]
    seed: int = field(default_factory=lambda: random.randrange(2**31))
    answers: dict[str, AnsweredQuestion] = field(default_factory=dict)
    index: int = 0
    _shown_at: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        known = {q.id for q in self.bank.questions}
        # a question removed from the bank since the quiz began is skipped
        self.question_ids = [qid for qid in dict.fromkeys(self.question_ids) if qid in known]
        while self.index < len(self.question_ids) and self.question_ids[self.index] in self.answers:
            self.index += 1

    @classmethod
    def start(
        cls, bank: Bank, length: int | None = DEFAULT_LENGTH, seed: int | None = None
    ) -> QuizSession:
        seed = random.randrange(2**31) if seed is None else seed
        return cls(bank, pick_questions(bank, length, seed), seed)

    @property
    def total(self) -> int:
        return len(self.question_ids)

    @property
    def done(self) -> int:
        return len(self.answers)

    @property
    def finished(self) -> bool:
        return self.index >= self.total

    @property
    def current(self) -> Question | None:
        if self.finished:
            return None
        return self.bank.question(self.question_ids[self.index])

    @property
    def current_answered(self) -> AnsweredQuestion | None:
        question = self.current
        return self.answers.get(question.id) if question else None

    def submit(self, answer: Answer) -> AnsweredQuestion:
        """Grade the current question; answering it twice keeps the first answer."""
        question = self.current
        if question is None:
            raise RuntimeError("the quiz is over")
        if question.id in self.answers:
            return self.answers[question.id]
        seconds = round(time.monotonic() - self._shown_at, 2)
        result = AnsweredQuestion(question, answer, grade(question, answer), seconds)
        self.answers[question.id] = result
        return result

    def advance(self) -> Question | None:
        self.index += 1
        while not self.finished and self.question_ids[self.index] in self.answers:
            self.index += 1
        self._shown_at = time.monotonic()
        return self.current

    def result(self) -> QuizResult:
        answered = tuple(self.answers[q] for q in self.question_ids if q in self.answers)
        return QuizResult(
            right=sum(1 for a in answered if a.grade.correct),
            asked=len(answered),
            score=round(sum(a.grade.score for a in answered), 4),
            answered=answered,
        )

    def display_order(self, question: Question) -> list[int]:
        """A stable shuffle for order steps and match right-hand sides.

        Never the solved order, so an order question cannot be 'answered' by
        pressing Check at once.
        """
        if isinstance(question, OrderQuestion):
            size = len(question.steps)
        elif isinstance(question, MatchQuestion):
            size = len(question.pairs)
        else:
            return []
        rng = random.Random(f"{self.seed}:{question.id}")
        order = list(range(size))
        for _ in range(10):
            rng.shuffle(order)
            if order != sorted(order):
                break
        return order
