"""Aiken -> drafts of quizapp questions.

Aiken is one question per group of lines::

    What should you check before you accept a job abroad?
    A) That the agency is licensed
    B. That the pay is high
    ANSWER: A

A line that fits nowhere (text between the options and ANSWER:, an option
letter out of turn, an answer letter with no option) breaks the file; each
is reported with its line and nothing is written. `ANSWER: A, C` (several
letters) is read as a multiple-choice question.
"""

from __future__ import annotations

import re

from quizapp.core.formats import Draft, FormatError, ParseResult, Skipped
from quizapp.core.issues import Issue

_OPTION = re.compile(r"([A-Z])[.)]\s+(\S.*)\Z")
_ANSWER = re.compile(r"ANSWER\s*:\s*(.*)\Z", re.IGNORECASE)
_LETTERS = re.compile(r"[A-Za-z](?:\s*[,;]?\s*[A-Za-z])*\Z")


def parse_aiken(text: str, where: str) -> ParseResult:
    """Read Aiken text; raise FormatError listing each broken line."""
    drafts: list[Draft] = []
    skipped: list[Skipped] = []
    issues: list[Issue] = []
    prompt: list[str] = []
    start = 0
    options: list[tuple[str, str]] = []
    number = 0
    broken = False  # the current question already has an issue; skip to its ANSWER:

    def problem(line: int, message: str, column: int = 1) -> None:
        issues.append(Issue(where, line, column, message))

    def reset() -> None:
        nonlocal prompt, options, broken
        prompt, options, broken = [], [], False

    for line_number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        column = len(raw) - len(raw.lstrip()) + 1
        answer = _ANSWER.match(line)
        option = _OPTION.match(line)
        if answer:
            if not prompt:
                problem(line_number, "ANSWER: with no question before it", column)
                reset()
                continue
            number += 1
            name = _name(prompt)
            if broken:
                reset()
                continue
            letters_text = answer.group(1).strip()
            if not _LETTERS.match(letters_text):
                problem(
                    line_number,
                    f"'ANSWER: {letters_text}' must name an option's letter, e.g. ANSWER: B",
                    column,
                )
                reset()
                continue
            letters = [ch.upper() for ch in letters_text if ch.isalpha()]
            known = [letter for letter, _ in options]
            unknown = [letter for letter in letters if letter not in known]
            if not options:
                problem(start, "this question has no options (A) ..., B) ...)")
            elif unknown:
                problem(
                    line_number,
                    f"ANSWER: {', '.join(unknown)} is not one of the options ({', '.join(known)})",
                    column,
                )
            elif len(options) < 2:
                skipped.append(
                    Skipped(start, name, "single choice with 1 choice; quizapp needs at least 2")
                )
            else:
                right = set(letters)
                choices: list[dict[str, object]] = []
                for letter, option_text in options:
                    choice: dict[str, object] = {"text": option_text}
                    if letter in right:
                        choice["correct"] = True
                    choices.append(choice)
                kind = "single" if len(right) == 1 else "multiple"
                data = {
                    "kind": kind,
                    "prompt": " ".join(prompt),
                    "explanation": "",
                    "choices": choices,
                }
                notes = (
                    ("several letters after ANSWER:, read as multiple choice",)
                    if (kind == "multiple")
                    else ()
                )
                drafts.append(Draft(number, start, name, data, notes))
            reset()
        elif option and prompt:
            if broken:
                continue
            expected = chr(ord("A") + len(options))
            letter = option.group(1)
            if letter != expected:
                problem(
                    line_number,
                    f"option {letter} comes where option {expected} should; "
                    "letter the options A, B, C, ... in turn",
                    column,
                )
                broken = True
                continue
            options.append((letter, option.group(2).strip()))
        elif options:
            if not broken:
                problem(
                    line_number,
                    "this line is neither an option ('C) text' or 'C. text') nor the answer "
                    f"('ANSWER: B'); the question at line {start} needs its ANSWER: line first",
                    column,
                )
                broken = True
        elif option:
            problem(line_number, "an option with no question before it", column)
        else:
            if not prompt:
                start = line_number
            prompt.append(line)
    if prompt:
        problem(start, "this question has no ANSWER: line; add one such as ANSWER: A")
    if issues:
        raise FormatError.from_issues(issues)
    return ParseResult(tuple(drafts), tuple(skipped))


def _name(prompt: list[str]) -> str:
    words = " ".join(prompt).split()
    return " ".join(words[:8]) + ("…" if len(words) > 8 else "")
