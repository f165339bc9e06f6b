"""Problems found in files the user gave us, said where and what."""

from __future__ import annotations

from typing import NamedTuple


class Issue(NamedTuple):
    """One problem in a file, at a 1-based line and column; sorts by place.

    A NamedTuple, not a dataclass: the store imports this module on the way to
    the first window, and `dataclasses` would cost that start 3-4 ms.
    """

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class QuizappError(Exception):
    """A problem with user input that the CLI prints and the UI shows."""


class BankError(QuizappError):
    """A bank file (or a set of them) that cannot be used, with every issue found."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = list(issues)
        super().__init__("\n".join(str(i) for i in self.issues))
