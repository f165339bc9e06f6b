"""The question bank model: a bank and the six question kinds.

Everything here is a frozen dataclass so that a loaded bank can be shared
between pages, sessions and threads without anyone changing it underneath.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path


class Kind(enum.Enum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUEFALSE = "truefalse"
    ORDER = "order"
    MATCH = "match"
    SPOT = "spot"


class ScenarioStyle(enum.Enum):
    CHAT = "chat"
    POST = "post"
    AD = "ad"
    EMAIL = "email"
    SMS = "sms"


@dataclass(frozen=True)
class Scenario:
    """A mock message shown above the prompt, as a teenager would see it."""

    style: ScenarioStyle
    sender: str = ""
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Choice:
    text: str
    correct: bool = False
    feedback: str = ""


@dataclass(frozen=True)
class SpotPart:
    """One segment of a spot-the-red-flag message; `why` is set on flags."""

    text: str
    flag: bool = False
    why: str = ""


@dataclass(frozen=True, kw_only=True)
class Question:
    id: str
    prompt: str
    explanation: str
    difficulty: int = 1
    tags: tuple[str, ...] = ()
    source: str = ""
    image: Path | None = None
    scenario: Scenario | None = None
    line: int = 0

    @property
    def kind(self) -> Kind:
        raise NotImplementedError


@dataclass(frozen=True, kw_only=True)
class SingleChoiceQuestion(Question):
    choices: tuple[Choice, ...]

    @property
    def kind(self) -> Kind:
        return Kind.SINGLE

    @property
    def correct_index(self) -> int:
        return next(i for i, c in enumerate(self.choices) if c.correct)


@dataclass(frozen=True, kw_only=True)
class MultipleChoiceQuestion(Question):
    choices: tuple[Choice, ...]

    @property
    def kind(self) -> Kind:
        return Kind.MULTIPLE

    @property
    def correct_indices(self) -> frozenset[int]:
        return frozenset(i for i, c in enumerate(self.choices) if c.correct)


@dataclass(frozen=True, kw_only=True)
class TrueFalseQuestion(Question):
    answer: bool

    @property
    def kind(self) -> Kind:
        return Kind.TRUEFALSE


@dataclass(frozen=True, kw_only=True)
class OrderQuestion(Question):
    steps: tuple[str, ...]  # in the right order

    @property
    def kind(self) -> Kind:
        return Kind.ORDER


@dataclass(frozen=True, kw_only=True)
class MatchQuestion(Question):
    pairs: tuple[tuple[str, str], ...]

    @property
    def kind(self) -> Kind:
        return Kind.MATCH


@dataclass(frozen=True, kw_only=True)
class SpotQuestion(Question):
    parts: tuple[SpotPart, ...]
    sender: str = ""

    @property
    def kind(self) -> Kind:
        return Kind.SPOT

    @property
    def flag_indices(self) -> frozenset[int]:
        return frozenset(i for i, p in enumerate(self.parts) if p.flag)


AnyQuestion = (
    SingleChoiceQuestion
    | MultipleChoiceQuestion
    | TrueFalseQuestion
    | OrderQuestion
    | MatchQuestion
    | SpotQuestion
)


@dataclass(frozen=True)
class Bank:
    """One bank in one language, as read from one file."""

    id: str
    language: str
    title: str
    questions: tuple[Question, ...]
    description: str = ""
    version: int = 1
    license: str = ""
    authors: tuple[str, ...] = ()
    sources: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    path: Path | None = None

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    @property
    def tags(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for q in self.questions:
            for t in q.tags:
                seen.setdefault(t, None)
        return tuple(seen)
