"""A facilitator's session: questions drawn from several banks, and team play on one laptop.

Qt-free, so the order of questions, the turns and the podium are tested
without widgets. The projector page asks a `SessionPlan` for its questions
and keeps score in a `TeamGame`.
"""

from __future__ import annotations

import enum
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from quizapp.core.bank import Bank, Question

MIN_TEAMS, MAX_TEAMS = 2, 6
MAX_TEAM_NAME = 30
TIME_LIMITS = (None, 15, 30, 45, 60, 90, 120)  # seconds per question; None: no limit


class QuestionOrder(enum.Enum):
    SHUFFLED = "shuffled"
    AS_WRITTEN = "as-written"


class PlayMode(enum.Enum):
    STUDENT = "student"  # one student answers; every answer is saved to the profile
    TEAMS = "teams"  # teams take turns on one laptop; scores kept for the podium


@dataclass(frozen=True)
class SessionItem:
    bank: Bank
    question: Question


@dataclass(frozen=True)
class SessionPlan:
    """What the facilitator chose: banks, how many questions, their order, a time limit."""

    banks: tuple[Bank, ...]
    count: int | None = 10  # None or 0: every question of the chosen banks
    order: QuestionOrder = QuestionOrder.SHUFFLED
    seconds_per_question: int | None = None
    seed: int = field(default_factory=lambda: random.randrange(2**31))

    @property
    def available(self) -> int:
        return sum(len(bank.questions) for bank in self.banks)

    def items(self, teams: int = 1) -> list[SessionItem]:
        """The questions in playing order, each at most once.

        Shuffled: drawn from all the chosen banks at random. As written: the
        banks in the order chosen, each bank's questions as written, cut at
        `count`. With teams, the number is rounded down to a whole number of
        turns each (but never below one turn each when there are enough
        questions), so that every team answers as many questions.
        """
        pool = [SessionItem(bank, q) for bank in self.banks for q in bank.questions]
        seen: set[tuple[str, str]] = set()
        unique = []
        for item in pool:
            key = (item.bank.id, item.question.id)
            if key not in seen:
                seen.add(key)
                unique.append(item)
        if self.order is QuestionOrder.SHUFFLED:
            random.Random(self.seed).shuffle(unique)
        wanted = len(unique) if not self.count or self.count <= 0 else self.count
        wanted = min(wanted, len(unique))
        if teams > 1:
            wanted = fair_count(wanted, len(unique), teams)
        return unique[:wanted]


def fair_count(wanted: int, available: int, teams: int) -> int:
    """Questions for `teams` taking turns: a multiple of `teams`, at most what is available."""
    if teams <= 1:
        return min(wanted, available)
    turns = min(wanted, available) // teams
    if turns == 0 and available >= teams:
        turns = 1
    return turns * teams


class TeamProblem(enum.Enum):
    TOO_FEW = "too-few"
    TOO_MANY = "too-many"
    EMPTY = "empty"
    TOO_LONG = "too-long"
    SAME = "same"


def team_names_problem(names: Sequence[str]) -> TeamProblem | None:
    """Why these team names cannot be used (the UI says it in words), or None."""
    cleaned = [" ".join(name.split()) for name in names]
    if len(cleaned) < MIN_TEAMS:
        return TeamProblem.TOO_FEW
    if len(cleaned) > MAX_TEAMS:
        return TeamProblem.TOO_MANY
    if any(not name for name in cleaned):
        return TeamProblem.EMPTY
    if any(len(name) > MAX_TEAM_NAME for name in cleaned):
        return TeamProblem.TOO_LONG
    if len({name.casefold() for name in cleaned}) != len(cleaned):
        return TeamProblem.SAME
    return None


@dataclass(frozen=True)
class Standing:
    place: int  # 1-based; teams with the same score share a place (1, 1, 3)
    team: int  # index into the game's teams
    name: str
    points: int
    right: int
    asked: int


class TeamGame:
    """Teams take turns: question i belongs to team i mod n; one point per right answer."""

    def __init__(self, names: Sequence[str]) -> None:
        problem = team_names_problem(names)
        if problem is not None:
            raise ValueError(f"team names cannot be used: {problem.value}")
        self.names = [" ".join(name.split()) for name in names]
        self.points = [0] * len(self.names)
        self.right = [0] * len(self.names)
        self.asked = [0] * len(self.names)
        self._scored: set[int] = set()

    def team_for(self, question_index: int) -> int:
        return question_index % len(self.names)

    def record(self, question_index: int, correct: bool) -> int:
        """Score the answer to question `question_index`; a second call for it changes nothing.

        Returns the points given.
        """
        if question_index in self._scored:
            return 0
        self._scored.add(question_index)
        team = self.team_for(question_index)
        self.asked[team] += 1
        if correct:
            self.right[team] += 1
            self.points[team] += 1
            return 1
        return 0

    def standings(self) -> list[Standing]:
        """Best first; equal points share a place, then the teams keep their order."""
        order = sorted(range(len(self.names)), key=lambda t: (-self.points[t], t))
        result: list[Standing] = []
        for position, team in enumerate(order, 1):
            if result and result[-1].points == self.points[team]:
                place = result[-1].place
            else:
                place = position
            result.append(
                Standing(
                    place,
                    team,
                    self.names[team],
                    self.points[team],
                    self.right[team],
                    self.asked[team],
                )
            )
        return result

    def podium(self) -> list[Standing]:
        """The teams in places 1 to 3 (more than three when places are shared)."""
        return [s for s in self.standings() if s.place <= 3]
