"""Bank model or plain data -> a bank file that the strict loader accepts.

Every string is written double-quoted with escapes, so no text that a
teacher typed (a colon, a leading dash, `No`, `#`, a tab, an emoji) can turn
into YAML structure or another type; no anchors, aliases or tags are ever
written. Keys are plain only when they are simple words.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from quizapp.core.bank import (
    Bank,
    MatchQuestion,
    MultipleChoiceQuestion,
    OrderQuestion,
    Question,
    SingleChoiceQuestion,
    SpotQuestion,
    TrueFalseQuestion,
)
from quizapp.core.loader import FORMAT_VERSION

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_NAMED_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\t": "\\t",
    "\r": "\\r",
    "\x00": "\\0",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
}


def _printable(ch: str) -> bool:
    # YAML 1.2 "c-printable", less the characters given a named escape above.
    code = ord(ch)
    return (
        0x20 <= code <= 0x7E
        or 0xA0 <= code <= 0xD7FF
        or (0xE000 <= code <= 0xFFFD and code != 0xFEFF)
        or 0x10000 <= code <= 0x10FFFF
    )


def quote(text: str) -> str:
    """`text` as a YAML double-quoted scalar that reads back as exactly `text`."""
    out = ['"']
    for ch in text:
        named = _NAMED_ESCAPES.get(ch)
        if named is not None:
            out.append(named)
        elif _printable(ch):
            out.append(ch)
        elif 0xD800 <= ord(ch) <= 0xDFFF:
            out.append("\ufffd")  # a lone surrogate cannot be written as UTF-8
        elif ord(ch) <= 0xFF:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(f"\\u{ord(ch):04x}")
    out.append('"')
    return "".join(out)


def _key(name: object) -> str:
    text = str(name)
    return text if _PLAIN_KEY.match(text) else quote(text)


def _scalar(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (str, Path)):
        return quote(str(value))
    raise TypeError(f"cannot write {type(value).__name__} into a bank file")


def _is_scalar(value: object) -> bool:
    return value is None or isinstance(value, (bool, int, str, Path))


def _emit(value: object, indent: int, out: list[str]) -> None:
    """Append the lines of a block mapping or sequence at `indent` spaces."""
    pad = " " * indent
    if isinstance(value, Mapping):
        for key, item in value.items():
            _emit_entry(f"{pad}{_key(key)}:", item, indent, out)
    elif isinstance(value, Sequence) and not isinstance(value, str):
        for item in value:
            if isinstance(item, Mapping) and item:
                first = True
                for key, sub in item.items():
                    lead = f"{pad}- " if first else f"{pad}  "
                    _emit_entry(f"{lead}{_key(key)}:", sub, indent + 2, out)
                    first = False
            else:
                _emit_entry(f"{pad}-", item, indent, out)
    else:
        raise TypeError("a block must be a mapping or a list")


def _emit_entry(head: str, item: object, indent: int, out: list[str]) -> None:
    """One `key:` or `-` line; nested blocks go on the lines below it."""
    if _is_scalar(item):
        out.append(f"{head} {_scalar(item)}")
    elif isinstance(item, Mapping):
        if not item:
            out.append(f"{head} {{}}")
        else:
            out.append(head)
            _emit(item, indent + 2, out)
    elif isinstance(item, Sequence):
        if not item:
            out.append(f"{head} []")
        elif all(_is_scalar(x) for x in item):
            out.append(f"{head} [{', '.join(_scalar(x) for x in item)}]")
        else:
            out.append(head)
            _emit(item, indent + 2, out)
    else:
        raise TypeError(f"cannot write {type(item).__name__} into a bank file")


def dump_data(data: Mapping[str, object]) -> str:
    """Plain data (dicts, lists, str, int, bool) -> YAML text, in the given key order."""
    out: list[str] = []
    _emit(data, 0, out)
    return "\n".join(out) + "\n"


def question_to_data(question: Question, folder: Path | None = None) -> dict[str, object]:
    """One question as the plain data a bank file holds, fields in the usual order."""
    data: dict[str, object] = {
        "id": question.id,
        "kind": question.kind.value,
        "prompt": question.prompt,
        "explanation": question.explanation,
    }
    if question.difficulty != 1:
        data["difficulty"] = question.difficulty
    if question.tags:
        data["tags"] = list(question.tags)
    if question.source:
        data["source"] = question.source
    if question.image is not None:
        data["image"] = _relative_image(question.image, folder)
    if question.scenario is not None:
        scenario: dict[str, object] = {"style": question.scenario.style.value}
        if question.scenario.sender:
            scenario["sender"] = question.scenario.sender
        scenario["lines"] = list(question.scenario.lines)
        data["scenario"] = scenario
    if isinstance(question, (SingleChoiceQuestion, MultipleChoiceQuestion)):
        choices = []
        for choice in question.choices:
            item: dict[str, object] = {"text": choice.text}
            if choice.correct:
                item["correct"] = True
            if choice.feedback:
                item["feedback"] = choice.feedback
            choices.append(item)
        data["choices"] = choices
    elif isinstance(question, TrueFalseQuestion):
        data["answer"] = question.answer
    elif isinstance(question, OrderQuestion):
        data["steps"] = list(question.steps)
    elif isinstance(question, MatchQuestion):
        data["pairs"] = [list(pair) for pair in question.pairs]
    elif isinstance(question, SpotQuestion):
        message: dict[str, object] = {}
        if question.sender:
            message["sender"] = question.sender
        message["parts"] = [
            {"flag": part.text, "why": part.why} if part.flag else part.text
            for part in question.parts
        ]
        data["message"] = message
    else:  # pragma: no cover - a new kind must be added here
        raise TypeError(f"unknown question type {type(question).__name__}")
    return data


def _relative_image(image: Path, folder: Path | None) -> str:
    # The loader resolves images to absolute paths when it knows the folder.
    if image.is_absolute() and folder is not None:
        try:
            return image.relative_to(folder.resolve()).as_posix()
        except ValueError:
            pass
    return image.as_posix()


def bank_to_data(bank: Bank) -> dict[str, object]:
    """A Bank as plain data, ready for dump_data."""
    folder = bank.path.parent if bank.path is not None else None
    data: dict[str, object] = {
        "format": FORMAT_VERSION,
        "id": bank.id,
        "language": bank.language,
        "title": bank.title,
    }
    if bank.description:
        data["description"] = bank.description
    data["version"] = bank.version
    if bank.license:
        data["license"] = bank.license
    if bank.authors:
        data["authors"] = list(bank.authors)
    if bank.sources:
        data["sources"] = dict(bank.sources)
    data["questions"] = [question_to_data(q, folder) for q in bank.questions]
    return data


def dump_bank(bank: Bank | Mapping[str, object]) -> str:
    """A Bank, or plain data shaped like a bank file, as the text of a bank file."""
    data = bank_to_data(bank) if isinstance(bank, Bank) else bank
    return dump_data(data)


def write_text_atomic(path: Path | str, text: str) -> None:
    """Write UTF-8 text so that a crash leaves the old file or the new one, never half."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_bank(bank: Bank | Mapping[str, object], path: Path | str) -> None:
    """Write a bank file atomically (UTF-8, LF line ends)."""
    write_text_atomic(path, dump_bank(bank))
