"""Question files that teachers already have (Moodle GIFT, Aiken) -> banks.

A parser turns a file into drafts: one plain-data question each, in the
shape a bank file holds, plus what it could not carry over and why. The
code here turns drafts into a bank that the loader accepts: each question
is checked on its own by the loader, so one odd question is named and left
out instead of spoiling the bank; a question without an explanation gets a
placeholder, and the report says how many did.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.core.formats.bank_writer import dump_data, write_text_atomic
from quizapp.core.issues import Issue, QuizappError
from quizapp.core.loader import FORMAT_VERSION, LANGUAGE, MAX_FILE_BYTES, check_bank_bytes

PLACEHOLDER_EXPLANATION = "No explanation was given in the original file; ask your facilitator."
FORMATS = ("gift", "aiken")
MAX_TITLE = 120


class FormatError(QuizappError):
    """A question file that cannot be read; `issues` says where, one per problem."""

    def __init__(self, message: str, issues: list[Issue] | None = None) -> None:
        self.issues = list(issues or [])
        super().__init__(message)

    @classmethod
    def from_issues(cls, issues: list[Issue]) -> FormatError:
        more = len(issues) - 1
        tail = f" (and {more} more problem{'s' if more != 1 else ''})" if more else ""
        return cls(f"{issues[0]}{tail}", issues)


@dataclass(frozen=True)
class Skipped:
    """A question of the source file that did not become a quizapp question."""

    line: int
    title: str
    reason: str

    def __str__(self) -> str:
        name = f' "{self.title}"' if self.title else ""
        return f"line {self.line}{name}: {self.reason}"


@dataclass(frozen=True)
class Draft:
    """One question read from a source file, as bank data without its id yet.

    `number` is its place among the file's questions (1-based, counting the
    ones left out too), so ids stay the same if a teacher fixes one question
    and imports again.
    """

    number: int
    line: int
    title: str
    data: dict[str, object] = field(hash=False, compare=False)
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParseResult:
    drafts: tuple[Draft, ...]
    skipped: tuple[Skipped, ...]
    category: str = ""


@dataclass(frozen=True)
class ImportReport:
    """What an import made of a file: the CLI prints it, the UI shows it."""

    source: Path
    out: Path | None
    format: str
    bank_id: str
    language: str
    title: str
    question_ids: tuple[str, ...]
    placeholders: tuple[str, ...]  # ids of questions given the placeholder explanation
    skipped: tuple[Skipped, ...]
    notes: tuple[str, ...]

    def lines(self) -> list[str]:
        where = f"wrote {self.out}" if self.out else "read"
        lines = [
            f"{where}: bank '{self.bank_id}' ({self.language}), \"{self.title}\", "
            f"{len(self.question_ids)} question{'s' if len(self.question_ids) != 1 else ''} "
            f"from {self.source.name} ({self.format.upper()})"
        ]
        if self.placeholders:
            count = len(self.placeholders)
            lines.append(
                f"{count} question{'s' if count != 1 else ''} had no explanation and got the "
                f'placeholder "{PLACEHOLDER_EXPLANATION}": {", ".join(self.placeholders)}'
            )
        if self.skipped:
            lines.append(f"not carried over ({len(self.skipped)}):")
            lines.extend(f"  {s}" for s in self.skipped)
        if self.notes:
            lines.append("notes:")
            lines.extend(f"  {n}" for n in self.notes)
        return lines


# Russian and Belarusian letters in Latin, for ids made from file names ("-": dropped)
_CYRILLIC_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіўєїґ"
_LATIN_SPELLINGS = (
    "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i u ye yi g"
)
_CYRILLIC = {
    letter: latin.strip("-")
    for letter, latin in zip(_CYRILLIC_LETTERS, _LATIN_SPELLINGS.split(), strict=True)
}


def slugify(text: str, fallback: str = "imported") -> str:
    """A bank or question id from free text: lowercase ASCII, digits and hyphens."""
    lowered = text.lower()
    translit = "".join(_CYRILLIC.get(ch, ch) for ch in lowered)
    ascii_text = unicodedata.normalize("NFKD", translit).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:64].strip("-")
    return slug or fallback


def humanize(stem: str) -> str:
    words = re.sub(r"[_\-.]+", " ", stem).split()
    text = " ".join(words) or "Imported questions"
    return text[:1].upper() + text[1:]


def read_text(path: Path) -> str:
    """A source file's text: UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FormatError(f"{where} is {size / 1048576:.1f} MB; the limit is 16 MB")
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise FormatError(f"{where} is a folder, not a question file") from None
    except FileNotFoundError:
        raise FormatError(f"{where}: no such file") from None
    except OSError as error:
        raise FormatError(f"{where}: cannot read it ({error.strerror or error})") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise FormatError(f"{where} is not valid UTF-16 text") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        message = "not UTF-8 text; save the file as UTF-8 and import again"
        issue = Issue(where, line, column, message)
        raise FormatError.from_issues([issue]) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        issue = Issue(where, line, 1, "the file holds a NUL byte; it is not a text file")
        raise FormatError.from_issues([issue])
    return text.replace("\r\n", "\n").replace("\r", "\n")


def detect_format(path: Path, text: str) -> str:
    """gift or aiken, from the extension, else from what the text looks like."""
    suffix = path.suffix.lower()
    if suffix == ".gift":
        return "gift"
    if suffix == ".aiken":
        return "aiken"
    if re.search(r"^\s*ANSWER\s*:\s*[A-Za-z]", text, re.MULTILINE | re.IGNORECASE):
        return "aiken"
    if "{" in text:
        return "gift"
    raise FormatError(
        f"cannot tell whether {path.name} is GIFT or Aiken; say which with --format gift "
        "or --format aiken"
    )


def _question_issues(data: dict[str, object], language: str) -> list[Issue]:
    bank = {
        "format": FORMAT_VERSION,
        "id": "check",
        "language": language,
        "title": "check",
        "questions": [data],
    }
    _, issues = check_bank_bytes(dump_data(bank).encode("utf-8"), "check")
    return issues


def build_bank(
    parsed: ParseResult,
    *,
    source: Path,
    fmt: str,
    language: str = "en",
    bank_id: str | None = None,
    title: str | None = None,
) -> tuple[dict[str, object], ImportReport]:
    """Drafts -> bank data that passes the loader, and the report of what happened."""
    if not LANGUAGE.match(language):
        raise FormatError(f"language '{language}' must be a two-letter code such as en, ru or be")
    bank_id = bank_id or slugify(source.stem, "imported")
    title = (title or parsed.category or humanize(source.stem))[:MAX_TITLE].strip()
    questions: list[dict[str, object]] = []
    ids: list[str] = []
    placeholders: list[str] = []
    skipped = list(parsed.skipped)
    notes: list[str] = []
    width = max(3, len(str(max((d.number for d in parsed.drafts), default=1))))
    for draft in parsed.drafts:
        qid = f"q-{draft.number:0{width}d}"
        data = {"id": qid, **draft.data}
        placeholder = not str(data.get("explanation") or "").strip()
        if placeholder:
            data["explanation"] = PLACEHOLDER_EXPLANATION
        # keep the bank file's usual key order: id, kind, prompt, explanation, ...
        order = ["id", "kind", "prompt", "explanation"]
        data = {k: data[k] for k in order if k in data} | {
            k: v for k, v in data.items() if k not in order
        }
        issues = _question_issues(data, language)
        if issues:
            skipped.append(Skipped(draft.line, draft.title, issues[0].message))
            continue
        questions.append(data)
        ids.append(qid)
        if placeholder:
            placeholders.append(qid)
        notes.extend(f"{qid} (line {draft.line}): {n}" for n in draft.notes)
    skipped.sort(key=lambda s: s.line)
    if not questions:
        reasons = "; ".join(str(s) for s in skipped[:3]) or "the file holds no questions"
        raise FormatError(f"{source.name}: no question could be carried over ({reasons})")
    bank: dict[str, object] = {
        "format": FORMAT_VERSION,
        "id": bank_id,
        "language": language,
        "title": title or "Imported questions",
        "version": 1,
        "questions": questions,
    }
    report = ImportReport(
        source=source,
        out=None,
        format=fmt,
        bank_id=bank_id,
        language=language,
        title=str(bank["title"]),
        question_ids=tuple(ids),
        placeholders=tuple(placeholders),
        skipped=tuple(skipped),
        notes=tuple(notes),
    )
    return bank, report


def convert_file(
    path: Path | str,
    fmt: str | None = None,
    *,
    language: str = "en",
    bank_id: str | None = None,
    title: str | None = None,
) -> tuple[str, ImportReport]:
    """Read a GIFT or Aiken file; return the bank file's text and the report.

    Raises FormatError when the file is broken (with each issue's line) or
    when nothing in it can become a quizapp question.
    """
    from quizapp.core.formats import aiken, gift

    path = Path(path)
    text = read_text(path)
    fmt = (fmt or detect_format(path, text)).lower()
    if fmt == "gift":
        parsed = gift.parse_gift(text, str(path))
    elif fmt == "aiken":
        parsed = aiken.parse_aiken(text, str(path))
    else:
        raise FormatError(f"unknown format '{fmt}'; use gift or aiken")
    bank, report = build_bank(
        parsed, source=path, fmt=fmt, language=language, bank_id=bank_id, title=title
    )
    yaml_text = dump_data(bank)
    _, issues = check_bank_bytes(yaml_text.encode("utf-8"), f"{bank['id']}.{language}.yaml")
    if issues:  # pragma: no cover - each question was checked alone; a bug if reached
        raise FormatError.from_issues(issues)
    return yaml_text, report


def import_file(
    path: Path | str,
    out: Path | str,
    fmt: str | None = None,
    *,
    language: str = "en",
    bank_id: str | None = None,
    title: str | None = None,
) -> ImportReport:
    """Convert a GIFT or Aiken file and write the bank to `out` (atomically)."""
    out = Path(out)
    yaml_text, report = convert_file(path, fmt, language=language, bank_id=bank_id, title=title)
    if out.is_dir():
        raise FormatError(
            f"{out} is a folder; give the bank file's name, e.g. {report.bank_id}"
            f".{report.language}.yaml"
        )
    if not out.parent.is_dir():
        raise FormatError(f"the folder {out.parent} does not exist")
    try:
        write_text_atomic(out, yaml_text)
    except OSError as error:
        raise FormatError(f"cannot write {out}: {error.strerror or error}") from None
    return dataclasses.replace(report, out=out)
