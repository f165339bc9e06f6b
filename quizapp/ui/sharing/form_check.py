"""Checking what someone wrote in a form with the real loader, and saying it in form words.

The form's data is written as bank text (bank_writer, the same writer the
importers use) and read back by `loader.check_bank_bytes`, so what the Create
page accepts is exactly what the app loads. Each issue the loader reports
has a line and column; the same text parsed by `yaml_tree` says which field
sits there, so the message goes under that field. The commonest messages
are put in form words (they talk of YAML keys otherwise).
"""

from __future__ import annotations

import re
from collections.abc import Mapping as MappingType
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from quizapp.core.bank import Bank, Question
from quizapp.core.formats.bank_writer import dump_data
from quizapp.core.issues import Issue
from quizapp.core.loader import FORMAT_VERSION, check_bank_bytes
from quizapp.core.yaml_tree import Mapping, Node, Sequence, YamlTreeError, parse_tree

Path_ = tuple[object, ...]
CONTEXT = ""  # where lupdate puts the bare tr("...") calls below (no class around them)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class FieldIssue:
    """One problem, placed: `path` inside the question (or the bank), and words for it."""

    path: Path_
    message: str
    issue: Issue


@dataclass(frozen=True)
class CheckResult:
    bank: Bank | None
    issues: tuple[FieldIssue, ...]
    text: str

    @property
    def ok(self) -> bool:
        return self.bank is not None and not self.issues

    @property
    def question(self) -> Question | None:
        return self.bank.questions[0] if self.bank and self.bank.questions else None


def positions(text: str) -> dict[tuple[int, int], Path_]:
    """(line, column) of every key and value in bank text -> its path from the top."""
    try:
        root = parse_tree(text, "check")
    except YamlTreeError:
        return {}
    found: dict[tuple[int, int], Path_] = {}

    def walk(node: Node | None, path: Path_) -> None:
        if node is None:
            return
        found.setdefault((node.line, node.column), path)
        if isinstance(node, Mapping):
            for key, value in node.items.items():
                found[node.key_marks[key]] = (*path, key)
                walk(value, (*path, key))
        elif isinstance(node, Sequence):
            for index, item in enumerate(node.items):
                walk(item, (*path, index))

    walk(root, ())
    return found


def place(issue: Issue, where: dict[tuple[int, int], Path_]) -> Path_:
    """The path of the deepest thing written at the issue's place."""
    exact = where.get((issue.line, issue.column))
    if exact is not None:
        return exact
    on_line = [(c, p) for (line, c), p in where.items() if line == issue.line and c <= issue.column]
    if on_line:
        return max(on_line, key=lambda item: (item[0], len(item[1])))[1]
    before = [(line, c, p) for (line, c), p in where.items() if line < issue.line]
    return max(before, key=lambda item: (item[0], item[1]))[2] if before else ()


def check_question(
    question: MappingType[str, object],
    *,
    language: str = "en",
    sources: MappingType[str, str] | None = None,
    folder: Path | None = None,
) -> CheckResult:
    """One question in a bank of its own, checked by the loader; issues placed in the question."""
    bank: dict[str, object] = {
        "format": FORMAT_VERSION,
        "id": "check",
        "language": language,
        "title": "check",
    }
    if sources:
        bank["sources"] = dict(sources)
    bank["questions"] = [dict(question)]
    result = check_bank_data(bank, folder=folder)
    inner = []
    for item in result.issues:
        path = item.path
        path = path[2:] if path[:2] == ("questions", 0) else ()
        inner.append(FieldIssue(path, friendly(path, item.issue.message), item.issue))
    return CheckResult(result.bank, tuple(inner), result.text)


def check_bank_data(
    bank: MappingType[str, object], *, where: str = "bank", folder: Path | None = None
) -> CheckResult:
    """A whole bank as plain data: its text, the loaded bank, every issue placed."""
    text = dump_data(bank)
    loaded, issues = check_bank_bytes(text.encode("utf-8"), where, folder)
    where_map = positions(text) if issues else {}
    placed = []
    for issue in issues:
        path = place(issue, where_map)
        placed.append(FieldIssue(path, friendly(path, issue.message), issue))
    return CheckResult(loaded, tuple(placed), text)


# -- in form words ---------------------------------------------------------------

_EMPTY = re.compile(r"\b(is empty|is missing)\b")
_LONG = re.compile(r"is (\d+) characters long; the limit is (\d+)")


def friendly(path: Path_, message: str) -> str:
    """The loader's message in the words of the form; the message itself when none fits."""
    field = path[-1] if path else ""
    empty = bool(_EMPTY.search(message))
    long = _LONG.search(message)
    if long:
        return tr("This text is {length} characters long; keep it to {limit}.").format(
            length=long.group(1), limit=long.group(2)
        )
    rules: list[tuple[bool, str]] = [
        (field == "prompt" and empty, tr("Write the question here.")),
        (
            field == "explanation" and empty,
            tr("Write the explanation: why this is the answer, and what to do."),
        ),
        (field == "title" and empty, tr("Give your topic a title.")),
        ("the choice's text" in message and empty, tr("Write this answer, or remove it.")),
        ("two choices read" in message, tr("Two answers read the same; make each one different.")),
        ("each item of steps" in message and empty, tr("Write this step, or remove it.")),
        ("a part of the message" in message and empty, tr("Write this part, or remove it.")),
        ("the flag's text" in message and empty, tr("Write the words of this red flag.")),
        ("the flag's why" in message and empty, tr("Say why this part is a red flag.")),
        (
            "the pair's left side" in message or "the pair's right side" in message,
            tr("Fill in both sides of this pair, or remove it."),
        ),
        (
            "needs at least one choice with `correct: true`" in message,
            tr("Mark at least one answer as right."),
        ),
        ("needs at least 2 choices" in message, tr("Write at least 2 answers.")),
        ("has no choices" in message, tr("Write at least 2 answers.")),
        (
            "needs `answer: true` or `answer: false`" in message,
            tr("Choose whether the statement is true or false."),
        ),
        ("needs at least 3 steps" in message, tr("Write at least 3 steps.")),
        ("needs `steps:`" in message, tr("Write at least 3 steps.")),
        (
            "two steps with the same text" in message,
            tr("Two steps read the same; make each one different."),
        ),
        ("needs at least 3 pairs" in message, tr("Write at least 3 pairs.")),
        ("needs `pairs:`" in message, tr("Write at least 3 pairs.")),
        (
            "two pairs with the same text on one side" in message,
            tr("Two pairs share the same words on one side; make each one different."),
        ),
        (
            "needs at least one red flag" in message,
            tr("Mark at least one part of the message as a red flag."),
        ),
        ("needs `message:`" in message, tr("Write the message, part by part.")),
    ]
    for applies, words in rules:
        if applies:
            return words
    single = re.search(r"exactly one choice needs `correct: true` \(found (\d+)\)", message)
    if single:
        return tr("Mark exactly one answer as right (now {count} are marked).").format(
            count=single.group(1)
        )
    return message[:1].upper() + message[1:]
